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
// cell holds questions one per line or separated by "|". Values are taken exactly as written; a
// file in another encoding is an error that names it.
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
	cols, ignored := findColumns(rows[0].fields, csvColumn)
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
			Code:  cols.get(r.fields, cols.code),
			Title: cols.get(r.fields, cols.title),
			Group: cols.get(r.fields, cols.group),
			Text:  cols.get(r.fields, cols.text),
			Ask:   splitAsk(cols.get(r.fields, cols.ask)),
		})
	}
	return im, nil
}

// WriteCSV writes the generic CSV: UTF-8 without a BOM, LF line ends, the
// header code,title,group,text, and ask when a phrase has buyer questions
// (one per line in the cell). Values are written exactly (no Excel tabs):
// this file is for scripts and spreadsheets that import CSV as UTF-8.
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
		row := []string{r.Code, r.Title, r.Group, crlfToLF(r.Text)}
		if withAsk {
			row = append(row, strings.Join(r.Ask, "\n"))
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
func findColumns(header []string, canon func(string) string) (columns, []string) {
	cols := columns{code: -1, title: -1, group: -1, text: -1, ask: -1}
	var ignored []string
	for i, h := range header {
		switch canon(h) {
		case "code":
			cols.code = i
		case "title":
			cols.title = i
		case "group":
			cols.group = i
		case "text":
			cols.text = i
		case csvAsk:
			cols.ask = i
		default:
			if headerName(h) != "" {
				ignored = append(ignored, strings.TrimSpace(h))
			}
		}
	}
	return cols, ignored
}
