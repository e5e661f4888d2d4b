package interop

import (
	"fmt"
	"slices"
	"strings"
)

// CSVHeader is the header of the generic CSV huashu reads and writes; an
// ask column (csvAsk) follows when a phrase has buyer questions.
var CSVHeader = []string{"code", "title", "group", "text"}

// csvAsk is the generic CSV's optional column of buyer questions.
const csvAsk = "ask"

// askHeaders are the header cells read as the ask column: its name, and
// what a Q&A knowledge base export (店小蜜's 相似问法) calls it.
var askHeaders = []string{csvAsk, "相似问法", "买家问法"}

// csvColumn is the column a generic CSV header cell names.
func csvColumn(h string) string {
	name := headerName(h)
	for _, a := range askHeaders {
		if name == a {
			return csvAsk
		}
	}
	return name
}

// splitAsk reads the questions of an ask cell: one per line or between
// "|" (full-width "｜" too), trimmed, empty pieces dropped.
func splitAsk(cell string) []string {
	var out []string
	for _, q := range strings.FieldsFunc(cell, func(r rune) bool { return r == '\n' || r == '\r' || r == '|' || r == '｜' }) {
		if q = strings.TrimSpace(q); q != "" {
			out = append(out, q)
		}
	}
	return out
}

// ReadCSV reads the generic CSV: UTF-8 (a UTF-8 or UTF-16 BOM is honoured
// with a note), a header naming the columns code, title, group, text and
// ask (or 相似问法, 买家问法) in any order (code and text required); an ask
// cell holds questions one per line or separated by "|". Values are taken
// exactly as written; a file in another encoding is an error that names it.
func ReadCSV(data []byte, force Encoding) (*Imported, error) {
	text, enc, note, err := decodeUTF8(data, force)
	if err != nil {
		return nil, err
	}
	im := &Imported{Encoding: enc}
	if note != "" {
		im.Notes = append(im.Notes, Note{Msg: note})
	}
	rows, err := parseTable(text, detectDelim(text))
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("文件是空的：至少要有表头 %s", strings.Join(CSVHeader, ","))
	}
	cols, ignored, err := findColumns(rows[0].line, rows[0].fields, csvColumn)
	if err != nil {
		return nil, err
	}
	if cols.code < 0 || cols.text < 0 {
		return nil, fmt.Errorf("第 %d 行不是表头：应为 %s（至少要有 code 和 text 列），实际是 %s",
			rows[0].line, strings.Join(CSVHeader, ","), quote(strings.Join(rows[0].fields, ",")))
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
			Code:  fromCSVText(cols.get(r.fields, cols.code)),
			Title: fromCSVText(cols.get(r.fields, cols.title)),
			Group: fromCSVText(cols.get(r.fields, cols.group)),
			Text:  fromCSVText(cols.get(r.fields, cols.text)),
			Ask:   splitAsk(fromCSVText(cols.get(r.fields, cols.ask))),
		})
	}
	return im, nil
}

// WriteCSV writes the generic CSV: UTF-8 without a BOM, LF line ends, the
// header code,title,group,text, and ask when a phrase has buyer questions
// (one per line in the cell). Values are written exactly, except that a
// value a spreadsheet would run as a formula gets a leading tab (csvText):
// this file is for scripts and for spreadsheets, and opening it must not
// run =cmd|' /C calc'!A0 or =HYPERLINK(…) from a pack.
func WriteCSV(recs []Record) []byte {
	withAsk := false
	for _, r := range recs {
		withAsk = withAsk || len(r.Ask) > 0
	}
	header := CSVHeader
	if withAsk {
		header = append(slices.Clip(CSVHeader), csvAsk)
	}
	rows := [][]string{header}
	for _, r := range recs {
		row := []string{toCSVText(r.Code), toCSVText(r.Title), toCSVText(r.Group), toCSVText(crlfToLF(r.Text))}
		if withAsk {
			row = append(row, toCSVText(strings.Join(r.Ask, "\n")))
		}
		rows = append(rows, row)
	}
	var b strings.Builder
	writeTable(&b, rows, "\n")
	return []byte(b.String())
}

// findColumns maps header cells to the columns they name; canon turns a cell
// into "code", "title", "group", "text", "ask" or anything else for a column
// huashu does not read. The cells not read (and not empty) come back for a note.
// Two cells naming the same column are an error: which one holds the
// replies is not huashu's guess to make.
func findColumns(line int, header []string, canon func(string) string) (columns, []string, error) {
	cols := columns{code: -1, title: -1, group: -1, text: -1, ask: -1}
	var ignored []string
	for i, h := range header {
		var slot *int
		name := canon(h)
		switch name {
		case "code":
			slot = &cols.code
		case "title":
			slot = &cols.title
		case "group":
			slot = &cols.group
		case "text":
			slot = &cols.text
		case csvAsk:
			slot = &cols.ask
		default:
			if headerName(h) != "" {
				ignored = append(ignored, strings.TrimSpace(h))
			}
			continue
		}
		if *slot >= 0 {
			return cols, nil, fmt.Errorf("第 %d 行：表头有两列都是 %s（第 %d 列%s和第 %d 列%s）：删掉或改名其中一列",
				line, name, *slot+1, quote(strings.TrimSpace(header[*slot])), i+1, quote(strings.TrimSpace(h)))
		}
		*slot = i
	}
	return cols, ignored, nil
}

// formulaStart are the characters that make a spreadsheet cell a formula
// (=, +, -, @: Excel, LibreOffice, Google Sheets) or that some of them trim
// before one (a tab, a carriage return) — OWASP's CSV injection list.
const formulaStart = "=+-@\t\r"

// toCSVText neutralises a value a spreadsheet would run: one leading tab,
// as the 千牛 export writes (excelText), keeps it text. A value that starts
// with a tab gets one more, so fromCSVText gives back exactly the value.
func toCSVText(s string) string {
	if s != "" && strings.IndexByte(formulaStart, s[0]) >= 0 {
		return "\t" + s
	}
	return s
}

// fromCSVText undoes toCSVText: a leading tab in front of a formula
// character (or of another tab) is the neutralising one and goes. A tab in
// front of anything else is kept: it is the value's own.
func fromCSVText(s string) string {
	if len(s) >= 2 && s[0] == '\t' && strings.IndexByte(formulaStart, s[1]) >= 0 {
		return s[1:]
	}
	return s
}
