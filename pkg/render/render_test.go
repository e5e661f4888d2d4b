package render

import (
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

func TestPlaceholders(t *testing.T) {
	tests := []struct {
		in   string
		want []Placeholder
	}{
		{"", nil},
		{"没有占位符", nil},
		{"{{店铺}}", []Placeholder{{Name: "店铺", Start: 0, End: 10}}},
		{"欢迎光临{{ 店铺 }}！", []Placeholder{{Name: "店铺", Start: 12, End: 24}}},
		{"{{订单号|您的订单}}", []Placeholder{{Name: "订单号", Default: "您的订单", HasDefault: true, Start: 0, End: 26}}},
		{"{{a|}}", []Placeholder{{Name: "a", Default: "", HasDefault: true, Start: 0, End: 6}}},
		{"{{a| x |y}}", []Placeholder{{Name: "a", Default: " x |y", HasDefault: true, Start: 0, End: 11}}},
		{"{{a}}{{b}}", []Placeholder{{Name: "a", Start: 0, End: 5}, {Name: "b", Start: 5, End: 10}}},
		{"{{{a}}}", []Placeholder{{Name: "a", Start: 1, End: 6}}},
		// malformed: left alone
		{"{{订单号", nil},
		{"{{}}", nil},
		{"{{ }}", nil},
		{"{{|默认}}", nil},
		{"{{a\nb}}", nil},
		{"{{a}", nil},
		{"{a}}", nil},
		{"{{a{b}}", nil},
		{"{{订单号 {{店铺}}", []Placeholder{{Name: "店铺", Start: 12, End: 22}}},
		{"{{a}b}} {{c}}", []Placeholder{{Name: "c", Start: 8, End: 13}}},
		{"{{a|多\n行}}", []Placeholder{{Name: "a", Default: "多\n行", HasDefault: true, Start: 0, End: 13}}},
	}
	for _, tt := range tests {
		got := Placeholders(tt.in)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Placeholders(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
		for _, ph := range got {
			if !strings.HasPrefix(tt.in[ph.Start:], "{{") || !strings.HasSuffix(tt.in[:ph.End], "}}") {
				t.Errorf("Placeholders(%q): %+v does not span {{…}}", tt.in, ph)
			}
		}
	}
}

// expand renders one text with vars as the highest layer.
func expand(s string, vars map[string]string) (string, []string) {
	r := Render(phrase.Body{Text: s}, Values{Vars: vars})
	if len(r.Messages) == 0 {
		return "", r.Missing
	}
	return r.Messages[0], r.Missing
}

func TestExpand(t *testing.T) {
	vars := map[string]string{"店铺": "示例旗舰店", "空": ""}
	tests := []struct {
		in      string
		want    string
		missing []string
	}{
		{"您好，欢迎光临{{店铺}}！", "您好，欢迎光临示例旗舰店！", nil},
		{"{{ 店铺 }}", "示例旗舰店", nil},
		{"{{店铺|默认店}}", "示例旗舰店", nil},            // a value beats the default
		{"订单{{订单号|您的订单}}已发货", "订单您的订单已发货", nil}, // the default fills in
		{"[{{空|不用}}]", "[]", nil},               // an empty value is a value
		{"{{订单号}}和{{物流}}，{{订单号}}", "{{订单号}}和{{物流}}，{{订单号}}", []string{"订单号", "物流"}},
		{"{{订单号", "{{订单号", nil},
		{"{{}}{{店铺}}", "{{}}示例旗舰店", nil},
		{"{{店铺}}{{店铺}}", "示例旗舰店示例旗舰店", nil},
		{"无占位符", "无占位符", nil},
	}
	for _, tt := range tests {
		got, missing := expand(tt.in, vars)
		if got != tt.want || !reflect.DeepEqual(missing, tt.missing) {
			t.Errorf("Expand(%q) = %q, %q; want %q, %q", tt.in, got, missing, tt.want, tt.missing)
		}
	}
	if got, missing := expand("{{a|x}}{{b}}", nil); got != "x{{b}}" || !reflect.DeepEqual(missing, []string{"b"}) {
		t.Errorf("Expand with no values = %q, %q", got, missing)
	}
}

func TestPrecedence(t *testing.T) {
	v := Values{
		Vars:     map[string]string{"店铺": "命令行店"},
		Config:   map[string]string{"店铺": "配置店", "客服": "小美"},
		Pack:     map[string]string{"店铺": "包里的店", "客服": "包里的客服", "活动": "618", "今天": "包里的今天"},
		Builtins: Builtins(time.Date(2026, 11, 22, 14, 5, 0, 0, time.FixedZone("CST", 8*3600))),
	}
	r := Render(phrase.Body{Parts: []string{"{{店铺}}/{{客服}}/{{活动}}/{{明天}}", "{{尺码|M}}/{{订单号}}/{{店铺}}/{{今天}}"}}, v)
	if want := []string{"命令行店/小美/618/11月23日", "M/{{订单号}}/命令行店/包里的今天"}; !reflect.DeepEqual(r.Messages, want) {
		t.Errorf("messages = %q, want %q", r.Messages, want)
	}
	if !reflect.DeepEqual(r.Missing, []string{"订单号"}) {
		t.Errorf("missing = %q", r.Missing)
	}
	want := []Field{
		{Name: "店铺", Value: "命令行店", Origin: OriginVar},
		{Name: "客服", Value: "小美", Origin: OriginConfig},
		{Name: "活动", Value: "618", Origin: OriginPack},
		{Name: "明天", Value: "11月23日", Origin: OriginBuiltin},
		{Name: "尺码", Value: "M", Origin: OriginDefault, Default: "M", HasDefault: true},
		{Name: "订单号", Origin: OriginNone},
		{Name: "今天", Value: "包里的今天", Origin: OriginPack},
	}
	if !reflect.DeepEqual(r.Fields, want) {
		t.Errorf("fields =\n%+v\nwant\n%+v", r.Fields, want)
	}
	if got := r.Text(); got != "命令行店/小美/618/11月23日\n\nM/{{订单号}}/命令行店/包里的今天" {
		t.Errorf("text = %q", got)
	}
}

func TestDefaultPerOccurrence(t *testing.T) {
	// A value from a layer fills every occurrence; an inline default only
	// its own.
	r := Render(phrase.Body{Text: "{{a}}{{a|x}}{{a}}"}, Values{})
	if r.Messages[0] != "{{a}}x{{a}}" || !reflect.DeepEqual(r.Missing, []string{"a"}) {
		t.Errorf("got %q missing %q", r.Messages[0], r.Missing)
	}
	if f := r.Fields[0]; f.Value != "x" || f.Origin != OriginDefault || len(r.Fields) != 1 {
		t.Errorf("fields %+v, want one field a defaulting to x", r.Fields)
	}
	r = Render(phrase.Body{Text: "{{a}}{{a|x}}"}, Values{Vars: map[string]string{"a": "y"}})
	if r.Messages[0] != "yy" || len(r.Missing) != 0 {
		t.Errorf("with a value: %q missing %q", r.Messages[0], r.Missing)
	}
}

func TestVerbatim(t *testing.T) {
	body := phrase.Body{Parts: []string{"{{店铺}}您好", "{{尺码|M}}码"}}
	r := Render(body, Values{Verbatim: true, Vars: map[string]string{"店铺": "x"}})
	if !reflect.DeepEqual(r.Messages, body.Parts) || len(r.Missing) != 0 {
		t.Errorf("verbatim = %q missing %q, want the text as written", r.Messages, r.Missing)
	}
	if len(r.Fields) != 2 || r.Fields[1].Origin != OriginNone || r.Fields[1].Default != "M" {
		t.Errorf("verbatim fields %+v", r.Fields)
	}
}

func TestSpans(t *testing.T) {
	v := Values{Config: map[string]string{"客服名": "小美"}}
	got := Spans("您好{{客服名}}为您{{ 服务 }}，{{尺码|M}}码", v)
	want := []Span{
		{Text: "您好", Raw: 0},
		{Text: "小美", Raw: 2, Value: true},
		{Text: "为您{{ 服务 }}，", Raw: 9},
		{Text: "M", Raw: 20, Value: true},
		{Text: "码", Raw: 28},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("spans =\n%+v\nwant\n%+v", got, want)
	}
	var b strings.Builder
	for _, sp := range got {
		b.WriteString(sp.Text)
	}
	if r := Render(phrase.Body{Text: "您好{{客服名}}为您{{ 服务 }}，{{尺码|M}}码"}, v); b.String() != r.Messages[0] {
		t.Errorf("spans join to %q, Render gives %q", b.String(), r.Messages[0])
	}
}

func TestBuiltins(t *testing.T) {
	cst := time.FixedZone("CST", 8*3600)
	tests := []struct {
		now  time.Time
		want map[string]string
	}{
		{time.Date(2026, 11, 22, 14, 5, 0, 0, cst), map[string]string{
			"今天": "11月22日", "明天": "11月23日", "后天": "11月24日",
			"日期": "2026-11-22", "时间": "14:05", "星期": "星期日", "年": "2026",
		}},
		{time.Date(2026, 12, 31, 9, 0, 0, 0, cst), map[string]string{ // year and month roll over
			"今天": "12月31日", "明天": "1月1日", "后天": "1月2日",
			"日期": "2026-12-31", "时间": "09:00", "星期": "星期四", "年": "2026",
		}},
		{time.Date(2028, 2, 28, 23, 59, 0, 0, cst), map[string]string{ // leap year
			"今天": "2月28日", "明天": "2月29日", "后天": "3月1日",
			"日期": "2028-02-28", "时间": "23:59", "星期": "星期一", "年": "2028",
		}},
	}
	for _, tt := range tests {
		if got := Builtins(tt.now); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Builtins(%v) = %v, want %v", tt.now, got, tt.want)
		}
	}
}

// TestExpandLinear guards against quadratic rescanning: inputs full of
// unclosed "{{" must still expand quickly. It is a hang guard, not a speed
// assertion: the bound is generous.
func TestExpandLinear(t *testing.T) {
	inputs := []string{
		strings.Repeat("{{", 1<<20),
		strings.Repeat("{{a", 1<<19),
		strings.Repeat("{{a|b}", 1<<18),
		strings.Repeat("{", 1<<20) + "a}}",
		strings.Repeat("{{a}}", 1<<18),
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for _, in := range inputs {
			expand(in, map[string]string{"a": "x"})
			Placeholders(in)
		}
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("Expand did not finish: quadratic or hanging scan")
	}
}

func FuzzExpand(f *testing.F) {
	for _, s := range []string{"", "{{店铺}}", "{{a|b}}", "{{订单号", "{{}}", "{{{a}}}", "{{a}b}}{{c|}}", "x{{ y |z}}w"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, missing := expand(s, nil)
		phs := Placeholders(s)
		hasDefault := false
		prevEnd := 0
		for _, ph := range phs {
			if ph.Start < prevEnd || ph.End > len(s) || ph.End-ph.Start < 5 {
				t.Fatalf("bad span %+v in %q", ph, s)
			}
			prevEnd = ph.End
			if ph.Name == "" || strings.ContainsAny(ph.Name, "{}|\n") {
				t.Fatalf("bad name %+v in %q", ph, s)
			}
			hasDefault = hasDefault || ph.HasDefault
		}
		if !hasDefault && out != s {
			t.Fatalf("Expand(%q) with nothing to fill = %q", s, out)
		}
		if !hasDefault && len(phs) > 0 && len(missing) == 0 {
			t.Fatalf("Expand(%q): placeholders but nothing missing", s)
		}
		seen := map[string]bool{}
		for _, m := range missing {
			if seen[m] {
				t.Fatalf("missing %q twice", m)
			}
			seen[m] = true
		}
		// Filling everything with a value never leaves a well-formed placeholder
		// that was in the input unfilled.
		all := map[string]string{}
		for _, ph := range phs {
			all[ph.Name] = "值"
		}
		full, missing := expand(s, all)
		if len(missing) != 0 {
			t.Fatalf("missing %q with a total lookup", missing)
		}
		var joined strings.Builder
		for _, sp := range Spans(s, Values{Vars: all}) {
			joined.WriteString(sp.Text)
		}
		if s != "" && joined.String() != full {
			t.Fatalf("Spans(%q) join to %q, Render gives %q", s, joined.String(), full)
		}
		if utf8.ValidString(s) && !utf8.ValidString(full) {
			t.Fatalf("Expand broke UTF-8: %q → %q", s, full)
		}
	})
}

func BenchmarkExpand(b *testing.B) {
	s := strings.Repeat("您好，欢迎光临{{店铺}}！您的订单{{订单号|已经}}发货了，预计{{明天}}送达。", 20)
	v := Values{Pack: map[string]string{"店铺": "示例旗舰店"}, Builtins: Builtins(time.Now())}
	body := phrase.Body{Text: s}
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Render(body, v)
	}
}
