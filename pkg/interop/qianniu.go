package interop

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// QianniuHeader is the header row of the file 千牛 exports and imports under
// 接待设置 → 快捷短语 → 导入/导出 (the three columns of its Excel template).
var QianniuHeader = []string{"快捷短语编码", "快捷短语", "快捷短语分组"}

// qianniuAliases are other names the columns go by in shops' hand-made
// sheets; the header is matched on these after trimming.
var qianniuAliases = map[string]string{
	"快捷短语编码": "code", "快捷编码": "code", "短语编码": "code", "编码": "code",
	"快捷短语": "text", "短语": "text", "短语内容": "text", "快捷短语内容": "text", "内容": "text",
	"快捷短语分组": "group", "分组": "group", "分组名称": "group", "短语分组": "group",
}

// Imported is what a reader got from a file: the records as the file has
// them, the encoding it was read in, and notes on how it was read.
type Imported struct {
	Records  []Record
	Encoding Encoding
	Notes    []Note
}

// ReadQianniu reads a 千牛 快捷短语 CSV. Without force it is read as GB18030
// (what 千牛 and Excel write), unless a BOM says otherwise or the bytes are
// UTF-8 whose first line is the 千牛 header and not GBK's reading of it
// (then with a note). Leading tabs Excel needed are stripped from every field.
func ReadQianniu(data []byte, force Encoding) (*Imported, error) {
	text, enc, note, err := decodeQianniu(data, force)
	if err != nil {
		return nil, err
	}
	im := &Imported{Encoding: enc}
	if note != "" {
		im.Notes = append(im.Notes, Note{Msg: note})
	}
	delim := detectDelim(text)
	if delim == '\t' {
		im.Notes = append(im.Notes, Note{Msg: "文件以制表符分隔（Excel「Unicode 文本」），按制表符读取"})
	}
	rows, err := parseTable(text, delim)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("文件是空的：至少要有表头 %s", strings.Join(QianniuHeader, ","))
	}
	cols, ignored, err := findColumns(rows[0].line, rows[0].fields, func(h string) string { return qianniuAliases[headerName(h)] })
	if err != nil {
		return nil, err
	}
	if cols.code < 0 || cols.text < 0 {
		return nil, fmt.Errorf("第 %d 行不是千牛快捷短语的表头：应为 %s，实际是 %s",
			rows[0].line, strings.Join(QianniuHeader, ","), quote(strings.Join(rows[0].fields, ",")))
	}
	if len(ignored) > 0 {
		im.Notes = append(im.Notes, Note{rows[0].line, "忽略不认识的列：" + strings.Join(ignored, "、")})
	}
	for _, r := range rows[1:] {
		if blankRow(r.fields) {
			continue
		}
		im.Records = append(im.Records, Record{
			Line:  r.line,
			Code:  strings.TrimSpace(cols.get(r.fields, cols.code)),
			Group: strings.TrimSpace(cols.get(r.fields, cols.group)),
			Text:  strings.TrimLeft(cols.get(r.fields, cols.text), "\t"),
		})
	}
	return im, nil
}

// decodeQianniu decides the encoding of a 千牛 file; see ReadQianniu.
func decodeQianniu(data []byte, force Encoding) (string, Encoding, string, error) {
	if force != "" || hasBOM(data) {
		return decodeForced(data, force)
	}
	if _, ok := looksUTF16(data); ok {
		return "", "", "", &EncodingError{Encoding: GB18030, Hint: encodingHint(data)}
	}
	gb, gbErr := decodeAs(GB18030, data)
	if !utf8.Valid(data) {
		var ee *EncodingError
		if errors.As(gbErr, &ee) {
			ee.Hint = "也不是 UTF-8；请确认这是千牛导出的快捷短语文件，或用 --encoding 指定编码"
			return "", "", "", ee
		}
		return gb, GB18030, "", nil
	}
	if isASCII(data) {
		return gb, GB18030, "", nil
	}
	const utf8Note = "文件是 UTF-8 编码（千牛导出的是 GBK），已按 UTF-8 读取；如果文字不对，请加 --encoding gb18030"
	u8Header := strings.Contains(firstLine(string(data)), "快捷短语")
	gbHeader := gbErr == nil && strings.Contains(firstLine(gb), "快捷短语")
	switch {
	case gbHeader && !u8Header:
		return gb, GB18030, "", nil
	case u8Header, gbErr != nil:
		return string(data), UTF8, utf8Note, nil
	}
	return "", "", "", fmt.Errorf("无法确定编码：文件既能按 UTF-8 也能按 GBK 读取，第 1 行又不是千牛表头；请加 --encoding utf8 或 --encoding gb18030")
}

func isASCII(data []byte) bool {
	for _, c := range data {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

func firstLine(s string) string {
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		return s[:i]
	}
	return s
}

// WriteQianniu encodes records as a 千牛 快捷短语 CSV: GB18030, CRLF, the
// header row, columns code, text, group. A value Excel would turn into a
// number, a date or a formula (618, 001, 3-5, =…) gets the leading tab that
// keeps it text; the reader strips it again.
//
// GB18030 encodes every character, but a reader that takes the file as
// plain GBK (older 千牛 builds, Excel) shows characters outside GBK (emoji,
// rare CJK extensions) as garbage; each record holding one gets a note.
func WriteQianniu(recs []Record) ([]byte, []Note, error) {
	rows := [][]string{QianniuHeader}
	var notes []Note
	for _, r := range recs {
		rows = append(rows, []string{excelText(r.Code), excelText(crlfToLF(r.Text)), excelText(r.Group)})
		if c, ok := outsideGBK(r.Code + r.Text + r.Group); ok {
			notes = append(notes, Note{Msg: fmt.Sprintf("编码 %s 含 GBK 以外的字符 %s：文件按 GB18030 写出，不支持 GB18030 的软件会显示为乱码", quote(r.Code), quote(string(c)))})
		}
	}
	var b strings.Builder
	writeTable(&b, rows, "\r\n")
	out, err := Encode(GB18030, b.String())
	return out, notes, err
}

// outsideGBK returns the first character of s that GBK cannot encode.
func outsideGBK(s string) (rune, bool) {
	for _, r := range s {
		if r < utf8.RuneSelf {
			continue
		}
		if _, err := simplifiedchinese.GBK.NewEncoder().String(string(r)); err != nil {
			return r, true
		}
	}
	return 0, false
}

func crlfToLF(s string) string { return strings.ReplaceAll(s, "\r\n", "\n") }

// excelText prefixes a tab to a value Excel would not keep as text when it
// opens the CSV: numbers (leading zeros and long digit runs are lost),
// dates and times (3-5, 6/18, 12:00), and formulas (=, +, -, @).
func excelText(s string) string {
	if s == "" {
		return s
	}
	if strings.ContainsRune("=+-@", rune(s[0])) {
		return "\t" + s
	}
	digit := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case strings.ContainsRune(".,eE+-/:% ", r):
		default:
			return s
		}
	}
	if digit {
		return "\t" + s
	}
	return s
}
