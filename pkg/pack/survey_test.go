package pack

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// checkSurvey: when surveyText calls data plain, every check it stands
// for passes on it and learns what it learned; and it calls plain text
// plain.
func checkSurvey(t *testing.T, data []byte) {
	t.Helper()
	text := bytes.TrimPrefix(data, utf8BOM)
	sv, plain := surveyText(text)
	if !plain {
		return
	}
	got, e := checkEncoding("s.yaml", data)
	if e != nil || !bytes.Equal(got, text) {
		t.Fatalf("plain, but checkEncoding says %v", e)
	}
	if out, swapped, at := hideControls(text); swapped || at >= 0 || !bytes.Equal(out, text) {
		t.Fatalf("plain, but hideControls swapped %v, at %d", swapped, at)
	}
	if !printable(text) {
		t.Fatal("plain, but not printable")
	}
	if sv.docMarker != hasDocMarker(text) {
		t.Fatalf("docMarker %v, hasDocMarker %v", sv.docMarker, hasDocMarker(text))
	}
	if bytes.Contains(text, []byte("\xc2\x85")) || bytes.Contains(text, []byte("\xe2\x80\xa8")) ||
		bytes.Contains(text, []byte("\xe2\x80\xa9")) || bytes.Count(text, []byte("\r")) != bytes.Count(text, []byte("\r\n")) {
		t.Fatal("plain, but with a line break splitPhrases refuses")
	}
	want := []int{0}
	for i, b := range text {
		if b == '\n' {
			want = append(want, i+1)
		}
	}
	if want[len(want)-1] < len(text) {
		want = append(want, len(text))
	} else {
		want[len(want)-1] = len(text)
	}
	if !reflect.DeepEqual(sv.starts, want) {
		t.Fatalf("starts %v, want %v", sv.starts, want)
	}
}

func TestSurvey(t *testing.T) {
	big := genPack(3000) // above surveyMin: split over the cores
	if len(big) < surveyMin {
		t.Fatalf("genPack(3000) is %d bytes", len(big))
	}
	plain := map[string][]byte{
		"generated":           big,
		"crlf":                bytes.ReplaceAll(big, []byte("\n"), []byte("\r\n")),
		"bom":                 append(append([]byte{}, utf8BOM...), big...),
		"no final line feed":  bytes.TrimRight(big, "\n"),
		"marker":              append(append([]byte{}, big...), "---\npack: b\n"...),
		"marker at the start": []byte("--- \npack: a\n"),
		"empty":               nil,
		"latin":               []byte("pack: ü ß ñ ·\nphrases: [] # “引号” …\n"),
		"astral":              []byte("pack: 𠀀 \U0010FFFD\n"),
	}
	for name, data := range plain {
		if _, ok := surveyText(bytes.TrimPrefix(data, utf8BOM)); !ok {
			t.Errorf("%s: not plain", name)
		}
		checkSurvey(t, data)
	}
	notPlain := map[string]string{
		"nul": "\x00", "bell": "\a", "del": "\x7f", "c1": "\u0080", "nel": "\u0085",
		"ls": "\u2028", "ps": "\u2029", "lone cr": "\r", "bom inside": "\ufeff", "fffe": "\ufffe", "ffff": "\uffff",
		"invalid": "\xff", "cut": "\xe4\xbd", "gbk": "\xc4\xe3\xba\xc3",
	}
	for name, s := range notPlain {
		for _, at := range []int{0, len(big) / 2, len(big)} {
			data := append(append(append([]byte{}, big[:at]...), s...), big[at:]...)
			if _, ok := surveyText(data); ok {
				t.Errorf("%s at %d: plain", name, at)
			}
		}
	}
	files, _ := filepath.Glob("testdata/*/*.yaml")
	for _, f := range files {
		data, _ := os.ReadFile(f)
		checkSurvey(t, data)
	}
}

func FuzzSurvey(f *testing.F) {
	f.Add([]byte("pack: a\r\nphrases:\n  - x\n---\n"))
	f.Add([]byte("... \n\u2028\u0085\r"))
	f.Add([]byte(strings.Repeat("标题：“好”\n", 40)))
	saved := surveyMin
	f.Cleanup(func() { surveyMin = saved })
	surveyMin = 16 // split every input over the cores
	f.Fuzz(checkSurvey)
}

// TestNullAndMergeAsShortTag: isNull and isMerge answer what yaml.v3's
// ShortTag does, for the nodes its parser makes and the untagged ones the
// scanner of fast.go makes.
func TestNullAndMergeAsShortTag(t *testing.T) {
	values := []string{"", "~", "null", "Null", "NULL", "nULL", "nul", "<<", "< <", "0", "-1", ".5", "1e3", "true",
		"2026-01-01", "0x1F", ".nan", "+.inf", "话术", "a b", "!!null", "~x"}
	styles := []yaml.Style{0, yaml.SingleQuotedStyle, yaml.DoubleQuotedStyle, yaml.LiteralStyle, yaml.FoldedStyle, yaml.TaggedStyle}
	for _, v := range values {
		for _, style := range styles {
			for _, tag := range []string{"", "!", "!!str", "!!null", "!!merge", "!!int", "tag:yaml.org,2002:null"} {
				n := &yaml.Node{Kind: yaml.ScalarNode, Value: v, Style: style, Tag: tag}
				if got, want := isNull(n), n.ShortTag() == "!!null"; got != want {
					t.Errorf("isNull(%q, style %v, tag %q) = %v, ShortTag %q", v, style, tag, got, n.ShortTag())
				}
				if got, want := isMerge(n), n.ShortTag() == "!!merge"; got != want {
					t.Errorf("isMerge(%q, style %v, tag %q) = %v, ShortTag %q", v, style, tag, got, n.ShortTag())
				}
			}
		}
		// As yaml.v3 parses them.
		var doc yaml.Node
		if err := yaml.Unmarshal([]byte("k: "+v+"\n"+v+": 1\n"), &doc); err == nil && len(doc.Content) == 1 {
			for _, n := range doc.Content[0].Content {
				if isNull(n) != (n.ShortTag() == "!!null") || isMerge(n) != (n.ShortTag() == "!!merge") {
					t.Errorf("parsed %q: isNull %v isMerge %v, ShortTag %q", v, isNull(n), isMerge(n), n.ShortTag())
				}
			}
		}
	}
	for _, kind := range []yaml.Kind{yaml.MappingNode, yaml.SequenceNode, yaml.AliasNode, 0} {
		n := &yaml.Node{Kind: kind}
		if isNull(n) || isMerge(n) != (n.ShortTag() == "!!merge") {
			t.Errorf("kind %v: isNull %v isMerge %v", kind, isNull(n), isMerge(n))
		}
	}
}
