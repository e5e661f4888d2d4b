package interop

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/huashu-cli/huashu/pkg/phrase"
	"github.com/huashu-cli/huashu/pkg/render"
)

// Flattened counts what Flatten changed on the way out.
type Flattened struct {
	Phrases      int // phrases given
	Written      int // records out
	NotPlatform  int // skipped: not meant for the platform
	Expired      int // skipped: the campaign window has ended
	Parts        int // multi-part replies joined into one text
	Variants     int // platform variants used instead of the default reply
	Placeholders int // texts with {{…}} left as written
}

// Flatten turns loaded phrases into one record each, for tools that know
// one text per code:
//   - with a platform, phrases not meant for it are left out and a phrase's
//     variant for it replaces the default reply; without one, the default
//     reply is used and variants are left out;
//   - a multi-part reply (分次回答) becomes one text, its parts separated by
//     a blank line — the same text `huashu get` copies and --json shows;
//   - placeholders ({{店铺}}) stay as written: the target tools have no
//     variables, and a filled-in value would freeze one shop's data;
//   - a campaign phrase whose valid window ended before now is left out
//     (the target tools cannot hide it, and a stale promise reaches
//     buyers); one whose window has not begun is written, with a note.
//
// A zero now skips the window checks.
func Flatten(phs []*phrase.Phrase, platform phrase.Platform, now time.Time) ([]Record, Flattened, []Note) {
	st := Flattened{Phrases: len(phs)}
	var (
		out   []Record
		notes []Note
	)
	for _, ph := range phs {
		if platform != "" && !ph.AppliesTo(platform) {
			st.NotPlatform++
			continue
		}
		if w := ph.Valid; w != nil && !now.IsZero() && !w.Contains(now) {
			if w.Until != nil && now.After(*w.Until) {
				st.Expired++
				notes = append(notes, Note{Msg: fmt.Sprintf("跳过编码 %s（%s）：活动已于 %s 结束", quote(ph.Code), quote(ph.Title), w.Until.Format("2006-01-02 15:04"))})
				continue
			}
			notes = append(notes, Note{Msg: fmt.Sprintf("编码 %s（%s）的活动 %s 才开始；导出后不会按时间隐藏，请到时再用", quote(ph.Code), quote(ph.Title), w.From.Format("2006-01-02 15:04"))})
		}
		body := ph.Body
		if platform != "" {
			if v, ok := ph.Variants[platform]; ok {
				body = v
				st.Variants++
			}
		}
		if len(body.Parts) > 1 {
			st.Parts++
		}
		// The text as written (render.Values.Verbatim): the one renderer
		// joins the parts and finds the placeholders.
		reply := render.Render(body, render.Values{Verbatim: true})
		text := reply.Text()
		if len(reply.Fields) > 0 {
			st.Placeholders++
		}
		out = append(out, Record{Line: ph.Line, Code: ph.Code, Title: ph.Title, Group: ph.Group, Text: text, Ask: ph.Ask})
	}
	st.Written = len(out)
	return out, st, notes
}

// Dedupe keeps the first record of each code, for formats where a code is a
// key (千牛, CSV); the same code twice happens when one layer has a conflict.
func Dedupe(recs []Record) ([]Record, []Note) {
	seen := map[string]bool{}
	var (
		out   []Record
		notes []Note
	)
	for _, r := range recs {
		if seen[r.Code] {
			notes = append(notes, Note{Msg: fmt.Sprintf("跳过重复编码 %s（标题 %s）：同一编码只导出第一条", quote(r.Code), quote(r.Title))})
			continue
		}
		seen[r.Code] = true
		out = append(out, r)
	}
	return out, notes
}

// Read reads a file of format f (see ReadQianniu, ReadSogou, ReadCSV). An
// Excel workbook is refused with the fix: the readers take CSV text.
func Read(f Format, data []byte, force Encoding) (*Imported, error) {
	switch {
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return nil, fmt.Errorf("这是 Excel 工作簿（.xlsx）或其他压缩文件，不是 CSV：请在 Excel 里「另存为」CSV 再导入")
	case bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0}):
		return nil, fmt.Errorf("这是旧版 Excel 工作簿（.xls），不是 CSV：请在 Excel 里「另存为」CSV 再导入")
	}
	switch f {
	case Qianniu:
		return ReadQianniu(data, force)
	case Sogou:
		return ReadSogou(data, force)
	case CSV:
		return ReadCSV(data, force)
	}
	return nil, fmt.Errorf("未知格式 %q", f)
}

// Write encodes records in format f. It returns how many records it wrote,
// with notes on what the format could not hold.
func Write(f Format, recs []Record) ([]byte, int, []Note, error) {
	recs, blank := dropBlank(recs)
	out, n, notes, err := write(f, recs)
	return out, n, append(blank, notes...), err
}

// blankText reports whether a text is nothing but white space: written out
// it is an invalid, empty entry ("ab,1=" in 搜狗, an empty 千牛 phrase).
func blankText(s string) bool { return strings.TrimSpace(s) == "" }

// dropBlank leaves out the records whose text is blank, with a note naming
// each code: every format gets only entries it can hold.
func dropBlank(recs []Record) ([]Record, []Note) {
	var (
		out   = recs[:0:0]
		notes []Note
	)
	for _, r := range recs {
		if blankText(r.Text) {
			notes = append(notes, Note{Msg: fmt.Sprintf("跳过编码 %s（%s）：正文是空的（只有空白），导出后是一条无效的空短语", quote(r.Code), quote(r.Title))})
			continue
		}
		out = append(out, r)
	}
	return out, notes
}

func write(f Format, recs []Record) ([]byte, int, []Note, error) {
	switch f {
	case Qianniu:
		recs, notes := Dedupe(recs)
		out, more, err := WriteQianniu(recs)
		return out, len(recs), append(notes, more...), err
	case Sogou:
		out, n, notes := WriteSogou(recs)
		return out, n, notes, nil
	case CSV:
		recs, notes := Dedupe(recs)
		return WriteCSV(recs), len(recs), notes, nil
	}
	return nil, 0, nil, fmt.Errorf("未知格式 %q", f)
}
