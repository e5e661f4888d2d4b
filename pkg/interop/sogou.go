package interop

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// 搜狗 custom phrases (phrases.ini / PhraseEdit.txt), as the header comment
// of the file 搜狗 itself writes describes them:
//
//	; 单行的格式：
//	; 字符串+英文逗号+数字（指定排序位置）=短语
//	; 多行的格式：
//	; 字符串+英文逗号+数字（指定排序位置）=
//	; 多行短语
//
// and "; 开头的行是注释". There are no sections: a line "[微笑]" inside a
// multi-line phrase is text (旺旺 emoticons look exactly like that). The
// reading here:
//   - an entry line is CODE,POSITION=TEXT, CODE letters/digits, POSITION a
//     number (the candidate's place among the code's candidates);
//   - a multi-line entry is CODE,POSITION= with nothing after "=": its text
//     is every following line up to the next entry line or comment line,
//     without leading and trailing blank lines (blank lines inside stay);
//   - lines outside a multi-line entry that are not entries, comments or
//     blank are reported and skipped;
//   - "#" at the start of a text is a 搜狗 time expression ($year…): kept
//     as written, with a note.
var sogouEntryRe = regexp.MustCompile(`^[ \t]*([A-Za-z0-9_]+)[ \t]*,[ \t]*([0-9]+)[ \t]*=(.*)$`)

// ReadSogou reads a 搜狗 phrases.ini: UTF-16LE with a BOM (what 搜狗 writes),
// or UTF-8 with or without a BOM; CRLF or LF. Records come out grouped by
// code in the order codes first appear, each code's candidates sorted by
// position (stable, so equal positions keep file order).
func ReadSogou(data []byte, force Encoding) (*Imported, error) {
	text, enc, note, err := decodeUTF8(data, force)
	if err != nil {
		return nil, err
	}
	im := &Imported{Encoding: enc}
	if note != "" && enc != UTF16LE {
		im.Notes = append(im.Notes, Note{Msg: note})
	}

	type entry struct {
		Record
		pos   int
		multi bool
		lines []string
	}
	var (
		entries []*entry
		cur     *entry // the multi-line entry being read
	)
	finish := func() {
		if cur == nil {
			return
		}
		lines := cur.lines
		for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
			lines = lines[1:]
		}
		for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
			lines = lines[:len(lines)-1]
		}
		cur.Text = strings.Join(lines, "\n")
		cur = nil
	}
	for i, line := range splitLines(text) {
		n := i + 1
		if strings.HasPrefix(line, ";") {
			finish()
			continue
		}
		if m := sogouEntryRe.FindStringSubmatch(line); m != nil {
			finish()
			pos, err := strconv.Atoi(m[2])
			if err != nil {
				pos = 1 << 30
			}
			e := &entry{Record: Record{Line: n, Code: m[1], Text: m[3]}, pos: pos}
			if m[3] == "" {
				e.multi = true
				cur = e
			}
			entries = append(entries, e)
			continue
		}
		if cur != nil {
			cur.lines = append(cur.lines, line)
			continue
		}
		if strings.TrimSpace(line) != "" {
			im.Notes = append(im.Notes, Note{n, fmt.Sprintf("不是「编码,位置=短语」格式，也不在多行短语里，已忽略：%s", quote(truncate(line, 30)))})
		}
	}
	finish()

	first := map[string]int{}
	for i, e := range entries {
		k := strings.ToLower(e.Code)
		if _, ok := first[k]; !ok {
			first[k] = i
		}
	}
	sort.SliceStable(entries, func(i, j int) bool {
		a, b := first[strings.ToLower(entries[i].Code)], first[strings.ToLower(entries[j].Code)]
		if a != b {
			return a < b
		}
		return entries[i].pos < entries[j].pos
	})
	for _, e := range entries {
		if strings.HasPrefix(e.Text, "#") {
			im.Notes = append(im.Notes, Note{e.Line, fmt.Sprintf("编码 %s 是搜狗的时间函数（# 开头），按原文导入，huashu 不会计算它", quote(e.Code))})
		}
		im.Records = append(im.Records, e.Record)
	}
	return im, nil
}

// splitLines splits on CRLF, LF or CR; a final line end adds no empty line.
func splitLines(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// sogouCode reports whether 搜狗 can take code as a custom phrase code: 搜狗
// codes are what is typed in pinyin mode, Latin letters and digits.
func sogouCode(code string) bool {
	if code == "" {
		return false
	}
	for _, r := range code {
		if (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}

// WriteSogou encodes records as a 搜狗 phrases.ini: UTF-16LE with a BOM, CRLF,
// a short comment header. Each code's records get positions 1, 2, 3… in
// order. A one-line text is written CODE,POS=TEXT; a text with line breaks
// in the multi-line form. What 搜狗 cannot hold is noted: a code that is not
// Latin letters and digits (skipped), and text that would read back
// differently — a line starting with ";" or looking like an entry, blank
// lines at the start or end, a leading "#" (a 搜狗 time expression).
func WriteSogou(recs []Record) ([]byte, int, []Note) {
	var (
		b     strings.Builder
		notes []Note
		pos   = map[string]int{}
		n     int
	)
	b.WriteString("; 搜狗输入法自定义短语，由 huashu 导出\r\n")
	b.WriteString("; 单行：编码,位置=短语；多行：编码,位置= 后面各行是短语\r\n")
	b.WriteString("\r\n")
	for _, r := range recs {
		text := crlfToLF(r.Text)
		if !sogouCode(r.Code) {
			notes = append(notes, Note{Msg: fmt.Sprintf("跳过编码 %s：搜狗自定义短语的编码只能是英文字母和数字", quote(r.Code))})
			continue
		}
		if blankText(text) { // Write notes these; an entry "ab,1=" is invalid
			continue
		}
		pos[r.Code]++
		n++
		lines := strings.Split(text, "\n")
		if strings.HasPrefix(text, "#") {
			notes = append(notes, Note{Msg: fmt.Sprintf("编码 %s：正文以 # 开头，搜狗会把它当作时间函数", quote(r.Code))})
		}
		if len(lines) > 1 && (strings.TrimSpace(lines[0]) == "" || strings.TrimSpace(lines[len(lines)-1]) == "") {
			notes = append(notes, Note{Msg: fmt.Sprintf("编码 %s：多行正文开头或结尾的空行在搜狗里会丢掉", quote(r.Code))})
		}
		for _, l := range lines {
			if len(lines) > 1 && (strings.HasPrefix(l, ";") || sogouEntryRe.MatchString(l)) {
				notes = append(notes, Note{Msg: fmt.Sprintf("编码 %s：正文中的一行 %s 会被搜狗当作注释或另一条短语", quote(r.Code), quote(truncate(l, 20)))})
				break
			}
		}
		fmt.Fprintf(&b, "%s,%d=", r.Code, pos[r.Code])
		if len(lines) == 1 {
			b.WriteString(text)
		} else {
			b.WriteString("\r\n")
			b.WriteString(strings.Join(lines, "\r\n"))
		}
		b.WriteString("\r\n")
	}
	out, _ := Encode(UTF16LE, b.String())
	return out, n, notes
}
