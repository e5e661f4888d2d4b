package lint

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

func TestByteColumn(t *testing.T) {
	data := []byte("a𐐀b\n  text: 您好，加我微信\r\n\xEF\xBB\xBF")
	// Line 2 is "  text: " (8 bytes), 您好，加我微信 (7 runes, 21 bytes), "\r".
	for _, c := range []struct {
		line, col, want int
	}{
		{1, 1, 1}, {1, 2, 2}, {1, 3, 6}, // reviewdog's own example: b is at byte 6
		{1, 4, 7},   // the exclusive end after b
		{2, 9, 9},   // 您
		{2, 10, 12}, // 好
		{2, 14, 24}, // 微
		{2, 16, 30}, // \r
		{2, 30, 44}, // past the end of the line: one byte a rune
		{9, 4, 4},   // no such line: unchanged
	} {
		if got := byteColumn(data, c.line, c.col); got != c.want {
			t.Errorf("byteColumn(line %d, col %d) = %d, want %d", c.line, c.col, got, c.want)
		}
	}
	// A UTF-8 BOM is in the file but not in the parser's columns.
	if got := byteColumn([]byte("\xEF\xBB\xBFpack: 售后\n"), 1, 7); got != 10 {
		t.Errorf("after a BOM: %d, want 10", got)
	}
}

// rdjson counts columns in UTF-8 bytes (reviewdog's Position.column), so a
// problem after Chinese text points at the same character in both counts.
func TestRDJSONColumnsAreBytes(t *testing.T) {
	src := "pack: 售后\nphrases:\n  - code: wx\n    title: 联系\n    text: 您好，有问题加我微信abc123\n"
	l, err := New(Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	r := l.Lint([]Input{{File: "p.yaml", Data: []byte(src), Layer: phrase.LayerFlag}})
	var buf bytes.Buffer
	if err := Write(&buf, "rdjson", r); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Diagnostics []struct {
			Location struct {
				Range struct {
					Start, End struct{ Line, Column int }
				} `json:"range"`
			} `json:"location"`
		} `json:"diagnostics"`
	}
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil || len(out.Diagnostics) == 0 || len(out.Diagnostics) != len(r.Problems) {
		t.Fatalf("%v %s", err, buf.String())
	}
	lines := strings.Split(src, "\n")
	for i, d := range out.Diagnostics {
		p := r.Problems[i]
		line := lines[p.Line-1]
		// The byte column names the byte where the problem's first rune starts.
		want := len(string([]rune(line)[:p.Column-1])) + 1
		if d.Location.Range.Start.Column != want || d.Location.Range.Start.Line != p.Line {
			t.Errorf("%s: start %+v, want line %d byte column %d", p.Rule, d.Location.Range.Start, p.Line, want)
		}
		first, _ := utf8.DecodeRuneInString(line[want-1:])
		if first != []rune(line)[p.Column-1] {
			t.Errorf("%s: byte column %d is not rune column %d", p.Rule, want, p.Column)
		}
		if d.Location.Range.End.Column <= d.Location.Range.Start.Column && d.Location.Range.End.Line == p.Line {
			t.Errorf("%s: empty or reversed range %+v", p.Rule, d.Location.Range)
		}
	}
}

// Every machine format names files with "/" (as CI tools and reviewdog
// expect) even where the platform's separator is "\\"; text keeps it.
func TestMachineFormatsUseSlashes(t *testing.T) {
	defer func(s rune) { pathSeparator = s }(pathSeparator)
	pathSeparator = '\\'
	l, err := New(Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	const win = `packs\售后\退款.yaml`
	r := l.Lint([]Input{{File: win, Data: []byte("pack: 售后\nphrases:\n  - code: wx\n    title: 联系\n    text: 加我微信abc123\n"), Layer: phrase.LayerFlag}})
	if len(r.Problems) == 0 {
		t.Fatal("no problems")
	}
	for _, format := range Formats {
		var buf bytes.Buffer
		if err := Write(&buf, format, r); err != nil {
			t.Fatal(err)
		}
		s := buf.String()
		switch format {
		case "text":
			if !strings.Contains(s, win+":") {
				t.Errorf("text lost the native path:\n%s", s)
			}
		case "sarif":
			if !strings.Contains(s, "packs/%E5%94%AE%E5%90%8E/%E9%80%80%E6%AC%BE.yaml") {
				t.Errorf("sarif:\n%s", s)
			}
		default:
			if strings.Contains(s, `售后\`) || strings.Contains(s, `售后\\`) || !strings.Contains(s, "packs/售后/退款.yaml") {
				t.Errorf("%s keeps a backslash or lacks packs/售后/退款.yaml:\n%s", format, s)
			}
		}
	}
	if r.Problems[0].File != win {
		t.Errorf("Write changed the caller's result: %q", r.Problems[0].File)
	}
}
