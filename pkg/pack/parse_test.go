package pack

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// parseGuarded runs Parse with a hang guard: a loader bug that loops must
// fail the test, not stall CI. The bound is generous; it is not a speed test.
func parseGuarded(t testing.TB, file string, data []byte) (*phrase.Pack, ErrorList) {
	t.Helper()
	type result struct {
		pk   *phrase.Pack
		errs ErrorList
	}
	done := make(chan result, 1)
	go func() {
		pk, errs := Parse(file, data)
		done <- result{pk, errs}
	}()
	select {
	case r := <-done:
		return r.pk, r.errs
	case <-time.After(20 * time.Second):
		t.Fatalf("Parse(%s) did not return", file)
		return nil, nil
	}
}

// generated are bad inputs too big or too binary to commit; each has a
// NAME.golden beside the committed cases.
func generated() map[string][]byte {
	utf16le := func(s string, bom bool) []byte {
		var b []byte
		if bom {
			b = append(b, 0xFF, 0xFE)
		}
		for _, u := range utf16.Encode([]rune(s)) {
			b = append(b, byte(u), byte(u>>8))
		}
		return b
	}
	utf16be := func(s string, bom bool) []byte {
		var b []byte
		if bom {
			b = append(b, 0xFE, 0xFF)
		}
		for _, u := range utf16.Encode([]rune(s)) {
			b = append(b, byte(u>>8), byte(u))
		}
		return b
	}
	const small = "pack: 测试\nphrases:\n  - code: hy\n    title: 欢迎语\n    text: 您好，欢迎光临\n"
	gbk, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(small))
	if err != nil {
		panic(err)
	}
	bigPhrase := "pack: 测试\nphrases:\n  - code: ok\n    title: 正常\n    text: 您好\n  - code: big\n    title: 超长\n    text: " +
		strings.Repeat("话", 1<<20) + "\n"
	var bomb strings.Builder // billion laughs
	bomb.WriteString("pack: 测试\nl0: &l0 [\"哈哈\", \"哈哈\", \"哈哈\", \"哈哈\", \"哈哈\", \"哈哈\", \"哈哈\", \"哈哈\", \"哈哈\"]\n")
	for i := 1; i <= 9; i++ {
		fmt.Fprintf(&bomb, "l%d: &l%d [*l%d, *l%d, *l%d, *l%d, *l%d, *l%d, *l%d, *l%d, *l%d]\n", i, i,
			i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1)
	}
	bomb.WriteString("phrases:\n  - {code: a, title: b, parts: *l9, tags: *l9}\n")
	// The shape that would make the loader itself blow up: many aliases of a
	// phrase whose parts are many aliases of a string.
	var fanout strings.Builder
	fanout.WriteString("pack: 测试\ns: &s 嗯\nps: &ps [")
	for i := 0; i < 20000; i++ {
		fanout.WriteString("*s,")
	}
	fanout.WriteString("]\nphrases:\n  - &p {code: a, title: b, parts: *ps}\n")
	for i := 0; i < 20000; i++ {
		fanout.WriteString("  - *p\n")
	}
	huge := make([]byte, MaxFileSize+1)
	copy(huge, "pack: 测试\nphrases: []\n#")
	for i := 24; i < len(huge); i++ {
		huge[i] = 'x'
	}
	return map[string][]byte{
		"gen-empty":             {},
		"gen-whitespace":        []byte("  \n\t\n\r\n   "),
		"gen-utf16le-bom":       utf16le(small, true),
		"gen-utf16be-bom":       utf16be(small, true),
		"gen-utf16le-nobom":     utf16le(small, false),
		"gen-utf16be-nobom":     utf16be(small, false),
		"gen-utf32le-bom":       append([]byte{0xFF, 0xFE, 0, 0}, "p\x00\x00\x00"...),
		"gen-gbk":               gbk,
		"gen-invalid-utf8":      []byte("pack: 测试\nphrases:\n  - code: hy\n    title: 欢迎语\n    text: 您好\xff欢迎\n"),
		"gen-binary":            []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"),
		"gen-binary-late-nul":   []byte("pack: 测试\nphrases: []\n# \x00\x00\x01\x02\n"),
		"gen-alias-bomb":        []byte(bomb.String()),
		"gen-alias-fanout":      []byte(fanout.String()),
		"gen-deep-flow":         []byte("pack: 测试\nphrases: " + strings.Repeat("[", 20000) + "\n"),
		"gen-deep-flow-map":     []byte(strings.Repeat("{a: ", 20000) + "b" + strings.Repeat("}", 20000) + "\n"),
		"gen-deep-block-seq":    []byte("pack: 测试\nphrases:\n" + strings.Repeat("- ", 20000) + "x\n"),
		"gen-deep-block-map":    []byte(strings.Repeat("a: ", 20000) + "x\n"),
		"gen-big-phrase":        []byte(bigPhrase),
		"gen-too-big-file":      huge,
		"gen-control-no-escape": []byte("pack: 测试\nphrases:\n  - code: hy\n    title: \U00100000\n    text: 您好\x1b[31m\n"),
	}
}

func TestBadGolden(t *testing.T) {
	gen := generated()
	inputs := map[string][]byte{}
	yamls, _ := filepath.Glob("testdata/bad/*.yaml")
	for _, f := range yamls {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inputs[strings.TrimSuffix(filepath.Base(f), ".yaml")] = data
	}
	for name, data := range gen {
		if _, dup := inputs[name]; dup {
			t.Fatalf("%s is both generated and committed", name)
		}
		inputs[name] = data
	}
	if len(inputs) < 25 {
		t.Fatalf("only %d bad cases", len(inputs))
	}
	names := make([]string, 0, len(inputs))
	for n := range inputs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			data := inputs[name]
			_, errs := parseGuarded(t, name+".yaml", data)
			if len(errs) == 0 {
				t.Fatalf("no error for a bad pack")
			}
			checkBounds(t, data, errs)
			for _, e := range errs {
				if strings.ContainsAny(e.Msg, "\n\r") {
					t.Errorf("message is not one line: %q", e.Msg)
				}
				if e.Rule == "" {
					t.Errorf("no rule: %v", e)
				}
			}
			got := errs.String()
			golden := filepath.Join("testdata", "bad", name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./pkg/pack -update)", err)
			}
			if got != string(want) {
				t.Errorf("errors differ from %s\n got:\n%s\nwant:\n%s", golden, got, want)
			}
		})
	}
	// Every golden has its input.
	goldens, _ := filepath.Glob("testdata/bad/*.golden")
	for _, g := range goldens {
		if _, ok := inputs[strings.TrimSuffix(filepath.Base(g), ".golden")]; !ok {
			t.Errorf("%s has no input", g)
		}
	}
}

// checkBounds asserts every error points inside the file: a line that
// exists, and a column at most one past that line's last rune.
func checkBounds(t testing.TB, data []byte, errs ErrorList) {
	t.Helper()
	lines := splitLines(bytes.TrimPrefix(data, utf8BOM))
	for _, e := range errs {
		if e.Line == 0 {
			if e.Column != 0 {
				t.Errorf("column without line: %v", e)
			}
			continue
		}
		if e.Line < 0 || e.Line > len(lines) {
			t.Errorf("line %d outside 1..%d: %v", e.Line, len(lines), e)
			continue
		}
		l := lines[e.Line-1]
		n := 0
		for i := 0; i < len(l); {
			_, size := utf8.DecodeRune(l[i:])
			i += size
			n++
		}
		if e.Column < 1 || e.Column > n+1 {
			t.Errorf("column %d outside 1..%d on line %d: %v", e.Column, n+1, e.Line, e)
		}
	}
}

// TestBadPhrasesLeftOut: a phrase with a problem is left out, the others
// stay, and a file-level problem gives no pack.
func TestBadPhrasesLeftOut(t *testing.T) {
	tests := []struct {
		file  string
		codes []string // nil: no pack
	}{
		{"unknown-key", []string{"hy"}},
		{"code-malformed", []string{"618yfx"}},
		{"phrase-not-mapping", []string{"ok"}},
		{"wrong-types", []string{"ok"}},
		{"bad-vars", []string{"hy"}},
		{"duplicate-key", []string{}},
		{"missing-pack", nil},
		{"missing-phrases", nil},
		{"phrases-not-list", nil},
		{"not-mapping", nil},
		{"multi-doc", nil},
		{"syntax-tab", nil},
	}
	for _, tt := range tests {
		data, err := os.ReadFile("testdata/bad/" + tt.file + ".yaml")
		if err != nil {
			t.Fatal(err)
		}
		pk, errs := Parse(tt.file, data)
		if len(errs) == 0 {
			t.Errorf("%s: no errors", tt.file)
		}
		if tt.codes == nil {
			if pk != nil {
				t.Errorf("%s: got a pack for a file-level problem", tt.file)
			}
			continue
		}
		if pk == nil {
			t.Fatalf("%s: no pack", tt.file)
		}
		got := []string{}
		for _, ph := range pk.Phrases {
			got = append(got, ph.Code)
		}
		if !reflect.DeepEqual(got, tt.codes) {
			t.Errorf("%s: phrases %q, want %q", tt.file, got, tt.codes)
		}
	}
	// wrong-types keeps numbers and booleans as written
	data, _ := os.ReadFile("testdata/bad/wrong-types.yaml")
	pk, _ := Parse("wrong-types.yaml", data)
	ph := pk.Phrases[0]
	if ph.Group != "2026" || ph.Text != "12345" || !reflect.DeepEqual(ph.Tags, []string{"true", "1.5"}) {
		t.Errorf("scalars not kept as written: %+v", ph)
	}
}

// TestGoodGolden parses every good pack with no errors and compares the
// whole parsed structure (Locs included) with NAME.golden.json.
func TestGoodGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/good/*.yaml")
	if len(files) == 0 {
		t.Fatal("no good packs")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			pk, errs := Parse(filepath.Base(f), data)
			if len(errs) > 0 {
				t.Fatalf("errors in a good pack:\n%s", errs)
			}
			got, err := json.MarshalIndent(goldenOf(pk), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(f, ".yaml") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./pkg/pack -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("parsed pack differs from %s:\n%s", golden, got)
			}
		})
	}
}

// goldenPack is the part of a parsed pack the golden files pin: what the
// loader fills in. It is spelled out here so that fields other packages add
// to the shared types do not churn the goldens.
type goldenPack struct {
	Name, Description, File string
	Platforms               []phrase.Platform
	Vars                    map[string]string
	VarLocs                 map[string]phrase.Loc
	Phrases                 []goldenPhrase
}

type goldenPhrase struct {
	Code, Title, Group string
	Tags, Keywords     []string
	Ask                []string
	Text               string
	Parts              []string
	Variants           map[phrase.Platform]phrase.Body
	Platforms          []phrase.Platform
	From, Until        *time.Time
	Pack, File         string
	Line, Column       int
	Locs               map[string]phrase.Loc
}

func goldenOf(pk *phrase.Pack) goldenPack {
	g := goldenPack{Name: pk.Name, Description: pk.Description, File: pk.File,
		Platforms: pk.Platforms, Vars: pk.Vars, VarLocs: pk.VarLocs}
	for _, ph := range pk.Phrases {
		gp := goldenPhrase{Code: ph.Code, Title: ph.Title, Group: ph.Group, Tags: ph.Tags, Keywords: ph.Keywords, Ask: ph.Ask,
			Text: ph.Text, Parts: ph.Parts, Variants: ph.Variants, Platforms: ph.Platforms,
			Pack: ph.Pack, File: ph.File, Line: ph.Line, Column: ph.Column, Locs: ph.Locs}
		if ph.Valid != nil {
			gp.From, gp.Until = ph.Valid.From, ph.Valid.Until
		}
		g.Phrases = append(g.Phrases, gp)
	}
	return g
}

// TestParseFull spells out the parsed structure of testdata/good/full.yaml
// by hand, so the golden above is checked against something independent.
// Columns are runes: on `    title: 欢迎语` the value starts at column 12,
// and on `      tmall: "感谢…"` at 14, whatever the bytes.
func TestParseFull(t *testing.T) {
	data, err := os.ReadFile("testdata/good/full.yaml")
	if err != nil {
		t.Fatal(err)
	}
	pk, errs := Parse("full.yaml", data)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	all := []phrase.Platform{phrase.JD, phrase.Tmall, phrase.PDD}
	if pk.Name != "通用售前" || pk.Description != "售前接待常用话术" || pk.File != "full.yaml" ||
		!reflect.DeepEqual(pk.Platforms, all) {
		t.Errorf("pack header: %+v", pk)
	}
	if want := map[string]string{"店铺": "示例旗舰店", "客服": "小美"}; !reflect.DeepEqual(pk.Vars, want) {
		t.Errorf("vars = %v", pk.Vars)
	}
	if want := map[string]phrase.Loc{"店铺": {Line: 6, Column: 7}, "客服": {Line: 7, Column: 7, Style: phrase.StyleDoubleQuoted}}; !reflect.DeepEqual(pk.VarLocs, want) {
		t.Errorf("var locs = %v", pk.VarLocs)
	}
	if len(pk.Phrases) != 6 {
		t.Fatalf("%d phrases", len(pk.Phrases))
	}
	cst := time.FixedZone("", 8*3600)
	from := time.Date(2026, 5, 31, 18, 0, 0, 0, cst)
	until := time.Date(2026, 6, 20, 23, 59, 59, 999999999, cst)
	from2 := time.Date(2026, 6, 1, 0, 0, 0, 0, cst)
	want := []*phrase.Phrase{
		{
			Code: "hy", Title: "欢迎语", Group: "售前/问候", Tags: []string{"欢迎", "开场"}, Keywords: []string{"huanying"},
			Body:      phrase.Body{Text: "您好，欢迎光临{{店铺}}，请问有什么可以帮您？"},
			Platforms: all, Pack: "通用售前", File: "full.yaml", Line: 9, Column: 5,
			Locs: map[string]phrase.Loc{
				"code": {Line: 9, Column: 11}, "title": {Line: 10, Column: 12}, "group": {Line: 11, Column: 12},
				"tags": {Line: 12, Column: 11}, "tags[0]": {Line: 12, Column: 12}, "tags[1]": {Line: 12, Column: 16},
				"keywords": {Line: 13, Column: 15}, "keywords[0]": {Line: 13, Column: 16},
				"text": {Line: 14, Column: 11},
			},
		},
		{
			Code: "fhsj", Title: "发货时间", Group: "售中/物流",
			Body:      phrase.Body{Parts: []string{"亲，现货商品会在付款后48小时内发出。", "预售商品以页面标注的发货时间为准。"}},
			Platforms: all, Pack: "通用售前", File: "full.yaml", Line: 15, Column: 5,
			Locs: map[string]phrase.Loc{
				"code": {Line: 15, Column: 11}, "title": {Line: 16, Column: 12}, "group": {Line: 17, Column: 12},
				"parts": {Line: 19, Column: 7}, "parts[0]": {Line: 19, Column: 9},
				"parts[1]": {Line: 20, Column: 9, Style: phrase.StyleSingleQuoted},
			},
		},
		{
			Code: "yhp", Title: "邀请评价",
			Body: phrase.Body{Text: "感谢您的支持，收到商品满意的话欢迎给个评价～\n"},
			Variants: map[phrase.Platform]phrase.Body{
				phrase.Tmall: {Text: "感谢您的支持，有任何问题随时联系我们哦～"},
				phrase.JD:    {Parts: []string{"感谢您选择京东{{店铺}}。", "有任何问题随时联系我们。\n"}},
			},
			Platforms: []phrase.Platform{phrase.Tmall, phrase.JD}, Pack: "通用售前", File: "full.yaml", Line: 21, Column: 5,
			Locs: map[string]phrase.Loc{
				"code": {Line: 21, Column: 11}, "title": {Line: 22, Column: 12},
				"text":      {Line: 23, Column: 11, Style: phrase.StyleLiteral},
				"platforms": {Line: 25, Column: 16}, "platforms[0]": {Line: 25, Column: 17}, "platforms[1]": {Line: 25, Column: 24},
				"platform":            {Line: 27, Column: 7},
				"platform.tmall":      {Line: 27, Column: 14, Style: phrase.StyleDoubleQuoted},
				"platform.tmall.text": {Line: 27, Column: 14, Style: phrase.StyleDoubleQuoted},
				"platform.jd":         {Line: 29, Column: 9},
				"platform.jd.parts":   {Line: 30, Column: 11}, "platform.jd.parts[0]": {Line: 30, Column: 13},
				"platform.jd.parts[1]": {Line: 31, Column: 13, Style: phrase.StyleFolded},
			},
		},
		{
			Code: "618yfx", Title: "618 运费险说明",
			Body:      phrase.Body{Text: "活动期间下单的商品均支持运费险……"},
			Valid:     &phrase.Window{From: &from, Until: &until},
			Platforms: all, Pack: "通用售前", File: "full.yaml", Line: 33, Column: 5,
			Locs: map[string]phrase.Loc{
				"code": {Line: 33, Column: 11}, "title": {Line: 34, Column: 12},
				"valid": {Line: 35, Column: 12}, "valid.from": {Line: 35, Column: 19}, "valid.until": {Line: 35, Column: 53},
				"text": {Line: 36, Column: 11},
			},
		},
		{
			Code: "退款", Title: "退款进度",
			Body:      phrase.Body{Text: "您的退款已在处理中，请耐心等待。"},
			Valid:     &phrase.Window{From: &from2},
			Platforms: all, Pack: "通用售前", File: "full.yaml", Line: 37, Column: 5,
			Locs: map[string]phrase.Loc{
				"code": {Line: 37, Column: 11}, "title": {Line: 38, Column: 12},
				"valid": {Line: 40, Column: 7}, "valid.from": {Line: 40, Column: 13},
				"text": {Line: 41, Column: 11},
			},
		},
		{
			// Buyer questions are kept as written, an empty one too (lint
			// judges them), each with its position.
			Code: "zpsm", Title: "赠品说明", Ask: []string{"有赠品吗？", "送什么", ""},
			Body:      phrase.Body{Text: "下单即送收纳袋一个。"},
			Platforms: all, Pack: "通用售前", File: "full.yaml", Line: 42, Column: 5,
			Locs: map[string]phrase.Loc{
				"code": {Line: 42, Column: 11}, "title": {Line: 43, Column: 12},
				"ask": {Line: 45, Column: 7}, "ask[0]": {Line: 45, Column: 9},
				"ask[1]": {Line: 46, Column: 9, Style: phrase.StyleSingleQuoted},
				"ask[2]": {Line: 47, Column: 9, Style: phrase.StyleDoubleQuoted},
				"text":   {Line: 48, Column: 11},
			},
		},
	}
	for i, w := range want {
		got := pk.Phrases[i]
		// Times compare by instant, not by *Location.
		if (got.Valid == nil) != (w.Valid == nil) {
			t.Errorf("%s: valid %v, want %v", w.Code, got.Valid, w.Valid)
		} else if got.Valid != nil {
			if !sameTime(got.Valid.From, w.Valid.From) || !sameTime(got.Valid.Until, w.Valid.Until) {
				t.Errorf("%s: valid %v–%v, want %v–%v", w.Code, got.Valid.From, got.Valid.Until, w.Valid.From, w.Valid.Until)
			}
		}
		g2, w2 := *got, *w
		g2.Valid, w2.Valid = nil, nil
		if !reflect.DeepEqual(g2, w2) {
			t.Errorf("phrase %d:\n got %#v\nwant %#v", i, g2, w2)
		}
	}
}

func sameTime(a, b *time.Time) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Equal(*b)
}

// TestColumnsAreRunes pins the yaml.v3 behaviour the Locs rely on: node
// columns count runes, so a value after CJK text on the same line (a flow
// mapping) gets the column an editor shows.
func TestColumnsAreRunes(t *testing.T) {
	src := "pack: 测试\nphrases:\n  - {code: 退款进度, title: 退款说明, text: 您好}\n"
	pk, errs := Parse("p.yaml", []byte(src))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	locs := pk.Phrases[0].Locs
	// "  - {code: 退款进度, title: 退款说明, text: 您好}"
	//  col 12 = 退, col 25 = 退 of 退款说明, col 37 = 您
	want := map[string]phrase.Loc{"code": {Line: 3, Column: 12}, "title": {Line: 3, Column: 25}, "text": {Line: 3, Column: 37}}
	if !reflect.DeepEqual(locs, want) {
		t.Errorf("locs = %v, want %v", locs, want)
	}
	// An error after CJK text points at the rune column too.
	_, errs = Parse("p.yaml", []byte("pack: 测试\nphrases:\n  - {code: 退款, 标题: 说明, text: 好}\n"))
	if len(errs) != 2 || errs[1].Line != 3 || errs[1].Column != 16 || errs[1].Rule != RuleUnknownKey {
		t.Errorf("errors = %s", errs)
	}
}

func TestEncodingsAccepted(t *testing.T) {
	src := "pack: 测试\nphrases:\n  - code: hy\n    title: 欢迎语\n    text: 您好\n"
	// UTF-8 BOM: stripped, positions as without it.
	pk, errs := Parse("bom.yaml", append([]byte{0xEF, 0xBB, 0xBF}, src...))
	if len(errs) > 0 || pk.Phrases[0].Locs["title"] != (phrase.Loc{Line: 4, Column: 12}) {
		t.Errorf("BOM: %v %v", errs, pk)
	}
	// CRLF line ends.
	pk, errs = Parse("crlf.yaml", []byte(strings.ReplaceAll(src, "\n", "\r\n")))
	if len(errs) > 0 || pk.Phrases[0].Text != "您好" {
		t.Errorf("CRLF: %v %v", errs, pk)
	}
}

// TestControlCharactersKept: raw control characters (that yaml.v3 alone
// would refuse) are data: kept in values, positions unchanged.
func TestControlCharactersKept(t *testing.T) {
	src := "pack: 测试\nphrases:\n  - code: hy\n    title: 欢\x08迎语\n    text: 您好\x1b[31m红字\x7f\u0080尾\n    tags: [\"a\\u0007b\"]\n"
	pk, errs := Parse("ctrl.yaml", []byte(src))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	ph := pk.Phrases[0]
	if ph.Title != "欢\x08迎语" || ph.Text != "您好\x1b[31m红字\x7f\u0080尾" || ph.Tags[0] != "a\x07b" {
		t.Errorf("got title %q text %q tags %q", ph.Title, ph.Text, ph.Tags)
	}
	if ph.Locs["text"] != (phrase.Loc{Line: 5, Column: 11}) {
		t.Errorf("text loc %v", ph.Locs["text"])
	}
	// A control character in a key is an unknown key, quoted on one line.
	_, errs = Parse("ctrl.yaml", []byte("pack: 测试\nphrases:\n  - code: hy\n    ti\x1btle: 欢迎语\n    text: 您好\n"))
	if len(errs) == 0 || !strings.Contains(errs.String(), `"ti\x1btle"`) {
		t.Errorf("errors = %s", errs)
	}
}

func TestValidTimes(t *testing.T) {
	cst := time.FixedZone("", 8*3600)
	tests := []struct {
		in    string
		until bool
		want  time.Time
	}{
		{"2026-05-31T18:00:00+08:00", false, time.Date(2026, 5, 31, 18, 0, 0, 0, cst)},
		{"2026-05-31T10:00:00Z", false, time.Date(2026, 5, 31, 18, 0, 0, 0, cst)},
		{"2026-05-31t18:00:00.5+08:00", false, time.Date(2026, 5, 31, 18, 0, 0, 5e8, cst)},
		{"2026-05-31 18:00:00 +08:00", false, time.Date(2026, 5, 31, 18, 0, 0, 0, cst)},
		{"2026-05-31 18:00:00", false, time.Date(2026, 5, 31, 18, 0, 0, 0, cst)}, // no zone: Beijing time
		{"2026-05-31 18:00", false, time.Date(2026, 5, 31, 18, 0, 0, 0, cst)},
		{"2026-5-1", false, time.Date(2026, 5, 1, 0, 0, 0, 0, cst)},
		{"2026-06-20", false, time.Date(2026, 6, 20, 0, 0, 0, 0, cst)},
		{"2026-06-20", true, time.Date(2026, 6, 20, 23, 59, 59, 999999999, cst)},
	}
	for _, tt := range tests {
		got, err := parseTime(tt.in, tt.until)
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("parseTime(%q, %v) = %v, %v; want %v", tt.in, tt.until, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "明天", "2026-13-01", "2026/06/01", "06-01", "2026-06-01T25:00:00+08:00"} {
		if _, err := parseTime(bad, false); err == nil {
			t.Errorf("parseTime(%q) accepted", bad)
		}
	}
	// Inclusive bounds: a window of one date covers that whole day.
	pk, errs := Parse("v.yaml", []byte("pack: 测试\nphrases:\n  - {code: a, title: b, text: c, valid: {from: 2026-06-18, until: 2026-06-18}}\n"))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	w := pk.Phrases[0].Valid
	for _, tm := range []time.Time{time.Date(2026, 6, 18, 0, 0, 0, 0, cst), time.Date(2026, 6, 18, 23, 59, 59, 0, cst)} {
		if !w.Contains(tm) {
			t.Errorf("window %v–%v misses %v", w.From, w.Until, tm)
		}
	}
	if w.Contains(time.Date(2026, 6, 19, 0, 0, 0, 0, cst)) {
		t.Error("window reaches into the next day")
	}
}

func TestCodes(t *testing.T) {
	for _, ok := range []string{"hy", "618yfx", "退款", "退款2", "a1b2"} {
		if msg := codeProblem(ok); msg != "" {
			t.Errorf("codeProblem(%q) = %q", ok, msg)
		}
	}
	tests := map[string]string{
		"HY":     `（可改成 "hy"）`,
		"h-y":    `（可改成 "hy"）`,
		"ｈｙ２":    `（可改成 "hy2"）`,
		"退款!":    `（可改成 "退款"）`,
		"!!":     `不能有大写字母、空格或标点`,
		"hy\x1b": `"hy\x1b"`,
	}
	for code, want := range tests {
		if msg := codeProblem(code); !strings.Contains(msg, want) {
			t.Errorf("codeProblem(%q) = %q, want it to contain %q", code, msg, want)
		}
	}
}

func TestVarsAndEmptyPack(t *testing.T) {
	pk, errs := Parse("v.yaml", []byte("pack: 个人\nvars:\n  店铺: 小店\n  空:\n  年份: 2026\nphrases:\n"))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if len(pk.Phrases) != 0 || !reflect.DeepEqual(pk.Vars, map[string]string{"店铺": "小店", "空": "", "年份": "2026"}) {
		t.Errorf("pack = %+v", pk)
	}
}

// TestPhraseInheritsPlatforms: the phrase's own list wins, else the pack's.
func TestPhraseInheritsPlatforms(t *testing.T) {
	pk, errs := Parse("p.yaml", []byte("pack: 测试\nplatforms: [pdd]\nphrases:\n  - {code: a, title: b, text: c}\n  - {code: d, title: e, text: f, platforms: [jd]}\n"))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if got := pk.Phrases[0].Platforms; !reflect.DeepEqual(got, []phrase.Platform{phrase.PDD}) {
		t.Errorf("inherited %v", got)
	}
	if got := pk.Phrases[1].Platforms; !reflect.DeepEqual(got, []phrase.Platform{phrase.JD}) {
		t.Errorf("own %v", got)
	}
}

// TestLimitJustUnder: a phrase of exactly 64 KiB loads.
func TestLimitJustUnder(t *testing.T) {
	text := strings.Repeat("a", MaxPhraseSize)
	pk, errs := Parse("p.yaml", []byte("pack: 测试\nphrases:\n  - code: a\n    title: b\n    text: "+text+"\n"))
	if len(errs) > 0 || len(pk.Phrases[0].Text) != MaxPhraseSize {
		t.Fatalf("%v", errs)
	}
}

// genPack writes a deterministic pack of n phrases in the shapes the
// starter packs use.
func genPack(n int) []byte {
	var b bytes.Buffer
	b.WriteString("pack: 生成的话术包\nplatforms: [jd, tmall, pdd]\nvars:\n  店铺: 示例旗舰店\nphrases:\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "  - code: c%d\n    title: 第%d条话术\n    group: 售后/退换\n    tags: [退款, 售后]\n    keywords: [tuikuan%d]\n", i, i, i)
		switch i % 3 {
		case 0:
			fmt.Fprintf(&b, "    text: 亲，您的退款申请%d已经收到，{{店铺}}会在24小时内处理，请您耐心等待哦～\n", i)
		case 1:
			fmt.Fprintf(&b, "    parts:\n      - 亲，现货商品会在付款后48小时内发出。\n      - \"预售商品%d以页面标注的发货时间为准。\"\n", i)
		case 2:
			fmt.Fprintf(&b, "    text: |\n      感谢您的支持%d。\n      有任何问题随时联系我们。\n    platform:\n      tmall: 感谢您的支持，有任何问题随时联系我们哦～\n", i)
		}
	}
	return b.Bytes()
}

func TestParseLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("large pack")
	}
	data := genPack(100000)
	start := time.Now()
	pk, errs := Parse("big.yaml", data)
	t.Logf("100k phrases, %.1f MiB: %v", float64(len(data))/(1<<20), time.Since(start))
	if len(errs) > 0 || len(pk.Phrases) != 100000 {
		t.Fatalf("%d phrases, %v", len(pk.Phrases), errs)
	}
}

func BenchmarkParse(b *testing.B) {
	data := genPack(10000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, errs := Parse("bench.yaml", data); len(errs) > 0 {
			b.Fatal(errs)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, dir := range []string{"testdata/good", "testdata/bad"} {
		files, _ := filepath.Glob(dir + "/*.yaml")
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	f.Add([]byte("pack: a\nphrases:\n  - {code: a, title: b, text: \"\\e\", valid: {from: 2026-01-01}}\n"))
	f.Add([]byte("\xef\xbb\xbfpack: a\r\nphrases: []\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		whole, split, we, se, chunked := parseBothWays(data, 2)
		if !reflect.DeepEqual(whole, split) || we.String() != se.String() {
			t.Fatalf("chunked parse differs (chunked=%v)\nwhole:\n%s\nsplit:\n%s", chunked, we, se)
		}
		checkSurvey(t, data)
		pk, errs := Parse("f.yaml", data)
		checkBounds(t, data, errs)
		checkLean(t, data, pk, errs)
		for _, e := range errs {
			if strings.ContainsAny(e.Msg, "\n\r") {
				t.Fatalf("multi-line message %q", e.Msg)
			}
			checkYAMLErrorChinese(t, e)
		}
		if pk == nil {
			if len(errs) == 0 {
				t.Fatal("no pack and no error")
			}
			return
		}
		for _, ph := range pk.Phrases {
			if ph.Code == "" || ph.Title == "" || ph.Line < 1 {
				t.Fatalf("incomplete phrase %+v", ph)
			}
			if (ph.Text != "") && len(ph.Parts) > 0 {
				t.Fatalf("text and parts %+v", ph)
			}
			for k, l := range ph.Locs {
				if l.Line < 1 || l.Column < 1 {
					t.Fatalf("loc %s %+v", k, l)
				}
			}
		}
	})
}

// parseBothWays parses data whole and, with chunkMin lowered, split over
// n chunks; it returns both results and whether the split was taken.
func parseBothWays(data []byte, n int) (whole, split *phrase.Pack, wholeErrs, splitErrs ErrorList, chunked bool) {
	saved := chunkMin
	chunkMin = 1 << 62
	whole, wholeErrs = Parse("c.yaml", data)
	chunkMin = saved
	chunkMin, chunkWays = 0, n
	text, e := checkEncoding("c.yaml", data)
	if e == nil {
		var swapped bool
		text, swapped, _ = hideControls(text)
		p := &parser{file: "c.yaml", data: text, swapped: swapped, budget: 4*len(text) + 1000}
		_, chunked = p.parseStreamed(text, nil)
	}
	split, splitErrs = Parse("c.yaml", data)
	chunkMin, chunkWays = saved, 0
	return
}

// TestChunkedEqualsWhole: parsing a big pack in chunks gives exactly what
// parsing it whole gives, positions included; and inputs the chunker must
// not split are parsed whole.
func TestChunkedEqualsWhole(t *testing.T) {
	cases := map[string][]byte{
		"generated": genPack(300),
		"crlf":      bytes.ReplaceAll(genPack(50), []byte("\n"), []byte("\r\n")),
		"indent0":   bytes.ReplaceAll(genPack(50), []byte("\n  "), []byte("\n")),
		"after":     append(genPack(50), "description: 在后面\n# 注释\n"...),
		"comments":  bytes.ReplaceAll(genPack(50), []byte("\n  - code"), []byte("\n# 注释\n\n  - code")),
		"bad":       bytes.ReplaceAll(genPack(50), []byte("title: 第7条"), []byte("titel: 第7条")),
	}
	files, _ := filepath.Glob("testdata/*/*.yaml")
	for _, f := range files {
		data, _ := os.ReadFile(f)
		cases[f] = data
	}
	// Shapes that must fall back to a whole parse.
	refuse := map[string][]byte{
		"alias across chunks": []byte("pack: a\nphrases:\n  - {code: a, title: b, text: &t x}\n  - {code: b, title: b, text: c}\n  - {code: c, title: b, text: c}\n  - {code: d, title: b, text: *t}\n"),
		"quote across items": []byte("pack: a\nphrases:\n  - {code: a, title: b, text: c}\n  - {code: b, title: b, text: \"" +
			strings.Repeat("x", 200) + "\n  - y\"}\n  - {code: c, title: b, text: c}\n  - {code: d, title: b, text: c}\n"),
		"inline list": []byte("pack: a\nphrases: [{code: a, title: b, text: c}, {code: b, title: b, text: c}, {code: c, title: b, text: c}, {code: d, title: b, text: c}]\n"),
		"in a string": []byte("pack: a\ndescription: \"x\nphrases:\n  - y\n  - z\n  - w\n  - v\"\nphrases: []\n"),
	}
	for name, data := range refuse {
		cases[name] = data
	}
	for name, data := range cases {
		whole, split, we, se, chunked := parseBothWays(data, 2)
		if _, isRefuse := refuse[name]; isRefuse && chunked {
			t.Errorf("%s: split a file that must be parsed whole", name)
		}
		if name == "generated" && !chunked {
			t.Errorf("%s: not split", name)
		}
		if !reflect.DeepEqual(whole, split) || we.String() != se.String() {
			t.Errorf("%s: chunked parse differs (chunked=%v)\nwhole errors:\n%s\nsplit errors:\n%s", name, chunked, we, se)
		}
	}
}

// TestChunkedEqualsWholeMutated compares the chunked and the whole parse on
// line-level mutations of real packs — the shapes byte-level fuzzing rarely
// reaches: lines moved, dropped or duplicated, quotes, anchors, aliases and
// block scalars dropped in at item boundaries.
func TestChunkedEqualsWholeMutated(t *testing.T) {
	bases := [][]byte{genPack(12)}
	for _, f := range []string{"testdata/good/full.yaml", "testdata/good/anchors.yaml"} {
		data, _ := os.ReadFile(f)
		bases = append(bases, data)
	}
	inserts := []string{`    text: "半个引号`, `  - "`, `  - {code: x, title: y, text: &a 锚}`, `    tags: *a`,
		`  - code: z`, `    text: |`, `      - 像列表`, `  -`, `phrases:`, `# 注释`, ``, `  - [`, `]`, `    parts:`,
		`  - code: q`, `    title: q`, `    text: q`, `description: 后面`, `- code: r`, `\t- tab`, `  - 'a`, `  b'`}
	rng := uint64(1)
	next := func(n int) int { // xorshift: deterministic and dependency-free
		rng ^= rng << 13
		rng ^= rng >> 7
		rng ^= rng << 17
		return int(rng % uint64(n))
	}
	chunked := 0
	for i := 0; i < 3000; i++ {
		lines := strings.Split(string(bases[i%len(bases)]), "\n")
		for m := 0; m < 1+next(3); m++ {
			j := next(len(lines))
			switch next(4) {
			case 0:
				lines = append(lines[:j], lines[j+1:]...)
			case 1:
				lines = append(lines[:j], append([]string{inserts[next(len(inserts))]}, lines[j:]...)...)
			case 2:
				k := next(len(lines))
				lines[j], lines[k] = lines[k], lines[j]
			case 3:
				lines = append(lines[:j], append([]string{lines[j]}, lines[j:]...)...)
			}
		}
		data := []byte(strings.Join(lines, "\n"))
		whole, split, we, se, c := parseBothWays(data, 2+next(3))
		if c {
			chunked++
		}
		if !reflect.DeepEqual(whole, split) || we.String() != se.String() {
			t.Fatalf("chunked parse differs for:\n%s\nwhole:\n%s\nsplit:\n%s", data, we, se)
		}
	}
	if chunked < 100 {
		t.Errorf("only %d of 3000 mutants were split: the test is not testing the split", chunked)
	}
	t.Logf("%d of 3000 mutants split", chunked)
}

// checkLean: ParseLean gives what Parse gave (pk, errs), less the
// locations.
func checkLean(t *testing.T, data []byte, pk *phrase.Pack, errs ErrorList) {
	t.Helper()
	lean, leanErrs := ParseLean("f.yaml", data)
	if errs.String() != leanErrs.String() {
		t.Fatalf("lean errors differ:\n%s\n%s", errs, leanErrs)
	}
	if (pk == nil) != (lean == nil) {
		t.Fatal("lean pack nil-ness differs")
	}
	if pk == nil {
		return
	}
	full := *pk
	if pk.Phrases != nil {
		full.Phrases = make([]*phrase.Phrase, len(pk.Phrases))
	}
	for i, ph := range pk.Phrases {
		c := *ph
		c.Locs = nil
		full.Phrases[i] = &c
	}
	if !reflect.DeepEqual(&full, lean) {
		t.Fatal("lean pack differs")
	}
}

// TestParseLean: ParseLean gives what Parse gives, less the locations.
func TestParseLean(t *testing.T) {
	files, _ := filepath.Glob("testdata/*/*.yaml")
	inputs := [][]byte{genPack(300)}
	for _, f := range files {
		data, _ := os.ReadFile(f)
		inputs = append(inputs, data)
	}
	saved := chunkMin
	defer func() { chunkMin, chunkWays = saved, 0 }()
	for _, split := range []bool{false, true} {
		if split {
			chunkMin, chunkWays = 0, 3
		}
		for i, data := range inputs {
			full, fullErrs := Parse("l.yaml", data)
			lean, leanErrs := ParseLean("l.yaml", data)
			if fullErrs.String() != leanErrs.String() {
				t.Errorf("input %d (split %v): errors differ:\n%s\n%s", i, split, fullErrs, leanErrs)
			}
			if (full == nil) != (lean == nil) {
				t.Fatalf("input %d: pack nil-ness differs", i)
			}
			if full == nil {
				continue
			}
			for _, ph := range full.Phrases {
				ph.Locs = nil
			}
			for _, ph := range lean.Phrases {
				if ph.Locs != nil {
					t.Fatalf("input %d: lean phrase %s has Locs", i, ph.Code)
				}
			}
			if !reflect.DeepEqual(full, lean) {
				t.Errorf("input %d (split %v): lean pack differs", i, split)
			}
		}
	}
}

// englishWords is yaml.v3's English showing through: two English words in a
// row ("did not", "unexpected end").
var englishWords = regexp.MustCompile(`[A-Za-z]{2,} [A-Za-z]{2,}`)

// checkYAMLErrorChinese: a YAML syntax, limit or type error says where
// (line and column) and says it in Chinese only.
func checkYAMLErrorChinese(t *testing.T, e *Error) {
	t.Helper()
	switch e.Rule {
	case RuleSyntax, RuleLimit:
	default:
		return
	}
	if e.Line < 1 || e.Column < 1 || englishWords.MatchString(e.Msg) || strings.Contains(e.Msg, "yaml:") {
		t.Fatalf("YAML error %q: want file:line:col and Chinese only", e.Error())
	}
}

// TestYAMLErrorsAreChinese: every yaml.v3 error a hand-written file reaches
// is explained in Chinese, at a line and column, with no English tail.
func TestYAMLErrorsAreChinese(t *testing.T) {
	for _, src := range []string{
		"pack: x\nphrases: !<tag:%zz> []\n",
		"pack: x\nphrases: [\n",
		"pack: x\nphrases:\n- code: a\n  title: \"b\n",
		"pack: x\n  phrases: []\n",
		"pack: x\nphrases:\n  - code: a\n   title: b\n",
		"pack: x\ntitle: *nope\nphrases: []\n",
		"pack: x\nphrases: |0\n  a\n",
		"pack: x\n%FOO bar\nphrases: []\n",
		"pack: \"a\\qb\"\nphrases: []\n",
		"pack: \"\\xZZ\"\nphrases: []\n",
	} {
		_, errs := Parse("p.yaml", []byte(src))
		if len(errs) == 0 {
			t.Errorf("%q: no error", src)
			continue
		}
		for _, e := range errs {
			if e.Rule == RuleSyntax && (e.Line < 1 || e.Column < 1 || englishWords.MatchString(e.Msg)) {
				t.Errorf("%q: %q, want file:line:col and Chinese only", src, e.Error())
			}
		}
	}
}
