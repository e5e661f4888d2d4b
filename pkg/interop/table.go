package interop

import (
	"fmt"
	"strings"
)

// row is one CSV record and the line it starts on.
type row struct {
	line   int
	fields []string
}

// parseTable reads Excel-style CSV (RFC 4180 as Excel writes it): fields
// separated by delim, records by CRLF, LF or CR; a field in double quotes may
// hold the delimiter, line breaks and "" for a quote. It is lenient where
// Excel files written by hand are sloppy and strict where guessing would
// change a reply:
//   - tabs before an opening quote (Excel's "keep as text" tab) stay part of
//     the field, and the quotes still count;
//   - a quote inside an unquoted field is kept as a character;
//   - characters after a closing quote are kept, as Excel does;
//   - a quoted field that never closes is an error naming its line.
//
// Line breaks inside quoted fields are kept as written (CRLF or LF).
func parseTable(s string, delim byte) ([]row, error) {
	var (
		rows   []row
		fields []string
		field  strings.Builder
		line   = 1
		start  = 1
		i      = 0
	)
	endField := func() {
		fields = append(fields, field.String())
		field.Reset()
	}
	endRow := func() {
		endField()
		rows = append(rows, row{line: start, fields: fields})
		fields = nil
	}
	atFieldStart := true
	for i < len(s) {
		c := s[i]
		if atFieldStart {
			// Tabs Excel put before a quoted value belong to the field.
			j := i
			for j < len(s) && s[j] == '\t' && delim != '\t' {
				j++
			}
			if j < len(s) && s[j] == '"' {
				field.WriteString(s[i:j])
				qline := line
				i = j + 1
				closed := false
				for i < len(s) {
					c := s[i]
					if c == '"' {
						if i+1 < len(s) && s[i+1] == '"' {
							field.WriteByte('"')
							i += 2
							continue
						}
						i++
						closed = true
						break
					}
					if c == '\n' || (c == '\r' && (i+1 >= len(s) || s[i+1] != '\n')) {
						line++
					}
					field.WriteByte(c)
					i++
				}
				if !closed {
					return nil, fmt.Errorf("第 %d 行：引号没有闭合（从这里开始的字段一直到文件末尾）", qline)
				}
				atFieldStart = false
				continue
			}
			atFieldStart = false
		}
		switch c {
		case delim:
			endField()
			atFieldStart = true
			i++
		case '\r', '\n':
			if c == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			i++
			endRow()
			line++
			start = line
			atFieldStart = true
		default:
			field.WriteByte(c)
			i++
		}
	}
	if field.Len() > 0 || len(fields) > 0 || !atFieldStart {
		endRow()
	}
	return rows, nil
}

// detectDelim picks the delimiter from the header line: a comma, or a tab for
// what Excel saves as "Unicode 文本" (tab-separated UTF-16).
func detectDelim(s string) byte {
	first := s
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		first = s[:i]
	}
	if !strings.Contains(first, ",") && strings.Contains(first, "\t") {
		return '\t'
	}
	return ','
}

// writeTable writes rows as Excel does: fields holding a comma, a quote or a
// line break in double quotes with quotes doubled, every record ended by eol.
// Line breaks inside a field are written as they are in the text (LF, which
// is what Excel writes for Alt+Enter).
func writeTable(b *strings.Builder, rows [][]string, eol string) {
	for _, r := range rows {
		for i, f := range r {
			if i > 0 {
				b.WriteByte(',')
			}
			if strings.ContainsAny(f, ",\"\r\n") || strings.HasPrefix(f, " ") || strings.HasSuffix(f, " ") {
				b.WriteByte('"')
				b.WriteString(strings.ReplaceAll(f, `"`, `""`))
				b.WriteByte('"')
			} else {
				b.WriteString(f)
			}
		}
		b.WriteString(eol)
	}
}

// blankRow reports whether every field is empty or spaces (Excel leaves such
// rows, ",,", under a table).
func blankRow(fields []string) bool {
	for _, f := range fields {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// columns maps header names to a record's fields.
type columns struct {
	code, title, group, text, ask int // -1 when the file has no such column
}

func (c columns) get(fields []string, i int) string {
	if i < 0 || i >= len(fields) {
		return ""
	}
	return fields[i]
}

// headerName is a header cell as compared: trimmed of spaces, tabs and a
// stray BOM, lower-cased.
func headerName(s string) string {
	return strings.ToLower(strings.Trim(s, " \t\uFEFF\u3000"))
}
