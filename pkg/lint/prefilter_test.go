package lint

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// String writes a prefilter the way the tests compare it: conjunctions
// joined by " | ", clauses by " & ", a clause's literals in braces.
func (f prefilter) String() string {
	if f == nil {
		return "*"
	}
	var conjs []string
	for _, c := range f {
		var cls []string
		for _, cl := range c {
			cls = append(cls, "{"+strings.Join(cl, ",")+"}")
		}
		conjs = append(conjs, strings.Join(cls, " & "))
	}
	return strings.Join(conjs, " | ")
}

func TestPrefilterDerivation(t *testing.T) {
	for _, tc := range []struct{ expr, want string }{
		{`加微信`, `{加微信}`},
		// One-character branches are a class after parsing: [催问].
		{`(别|不要)(再)?(问|催)`, `{别} & {催,问} | {不要} & {催,问}`},
		{`(号|号码)[^。]{0,3}发我`, `{号} & {发我}`}, // parsed as 号码?
		// A branch that needs nothing, an optional part, a wide class: nothing.
		{`加微信|好评.*`, `{加微信} | {好评}`},
		{`加微信|(好评)?`, `*`},
		{`\p{Han}{2}`, `*`},
		{`[^我]私我`, `{私我}`},
		{`(^|[^我你])找(京东|天猫)`, `{找} & {京东} | {找} & {天猫}`},
		{`[0-9]{8}`, `{0,1,2,3,4,5,6,7,8,9}`}, // once, not eight times
		{`(?i)vx`, `*`},
		{`x+y{2,}`, `{x} & {y}`},
		{`(a|b|c|d|e)(f|g|h|i)(jj|kk)`, `{a,b,c,d,e} & {f,g,h,i} & {jj} | {a,b,c,d,e} & {f,g,h,i} & {kk}`},
		{`(甲乙|丙)(丁|戊)x|(己|庚)y`, `{甲乙} & {丁,戊} & {x} | {丙} & {丁,戊} & {x} | {己,庚} & {y}`},
		// Past maxPrefilterConjs alternatives, each factor is weakened to its
		// most selective clause: every match still holds one of them.
		{`(aa|bb|cc|dd|ee)(ff|gg|hh|ii)`, `{aa,bb,cc,dd,ee} & {ff,gg,hh,ii}`},
		{`(aa|bb|cc)(ff|gg)x|y`, `{aa} & {ff} & {x} | {aa} & {gg} & {x} | {bb} & {ff} & {x} | {bb} & {gg} & {x} | {cc} & {ff} & {x} | {cc} & {gg} & {x} | {y}`},
		{`(ab|cd|ef|gh|ij|kl|mn|op|qr)x|(st|uv|wx|yz|AB|CD|EF|GH|IJ)y`, `{AB,CD,EF,GH,IJ,ab,cd,ef,gh,ij,kl,mn,op,qr,st,uv,wx,yz}`},
	} {
		if got := newPrefilter(tc.expr).String(); got != tc.want {
			t.Errorf("newPrefilter(%q) = %s, want %s", tc.expr, got, tc.want)
		}
	}
}

func TestPrefilterAdmits(t *testing.T) {
	f := newPrefilter(`(别|不要)(再)?(问|催)`)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"别再问了", true},
		{"不要催", true},
		{"有问题随时问", false}, // 问 alone: the pattern cannot match, so it does not run
		{"别急", false},
		{"", false},
	} {
		var b runeBloom
		b.reset([]byte(tc.text))
		if got := f.admits([]byte(tc.text), &b); got != tc.want {
			t.Errorf("admits(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestPrefilterIsSound runs every pattern of the built-in lists whose
// required literals occur in a reply of the labelled corpus, whatever its
// prefilter says, and fails if one that the prefilter turned away matches.
// It also fails if the prefilter turned none away: then it would test
// nothing (and save nothing).
func TestPrefilterIsSound(t *testing.T) {
	l, err := New(Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	m := l.words
	var lines []corpusLine
	for _, name := range []string{"bad.tsv", "clean.tsv"} {
		lines = append(lines, readCorpus(t, name, name == "bad.tsv")...)
	}
	skipped, ran := 0, 0
	var sc matchScratch
	for _, cl := range lines {
		n := normalize(cl.text)
		m.matchTerms(n, nil, &sc)
		sc.plain.built, sc.clauses.built, sc.sentences.built = false, false, false
		for _, pi := range append(sc.runs, m.unconditional...) {
			p := &m.patterns[pi]
			pt := sc.text(n, p.marks)
			pre := m.prefilter(pi)
			if pre.admits(pt.s, &pt.bloom) {
				ran++
				continue
			}
			skipped++
			if loc := p.re.FindIndex(pt.s); loc != nil {
				t.Errorf("%s:%d: prefilter %s turned away %s, which matches %q in %q", cl.file, cl.line, pre, p.re, pt.s[loc[0]:loc[1]], pt.s)
			}
		}
	}
	if skipped == 0 {
		t.Fatalf("the prefilters turned away no run in %d replies (%d ran)", len(lines), ran)
	}
	t.Logf("%d replies: %d pattern runs skipped, %d ran", len(lines), skipped, ran)
}

// FuzzPrefilter: whatever the expression and the text, a prefilter never
// turns away a text its expression matches.
func FuzzPrefilter(f *testing.F) {
	for _, s := range [][2]string{
		{`(别|不要)(再)?(问|催)`, "别再问了"},
		{`(^|[^我你])找(京东|天猫)`, "去找京东"},
		{`(a|b|c|d|e)(f|g|h|i)(jj|kk)`, "xdhkk"},
		{`[0-9]{8}|qq`, "12345678"},
		{`x{2,3}(?:y|z)+`, "xxzy"},
		{`(?i)Vx|微[信心]`, "VX"},
		{`(，|^)不[^。]{0,4}(知道|清楚)(，|$)`, "我，不太清楚"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, expr, text string) {
		if !utf8.ValidString(text) {
			return
		}
		re, err := regexp.Compile(expr)
		if err != nil {
			return
		}
		if !re.MatchString(text) {
			return
		}
		var b runeBloom
		b.reset([]byte(text))
		if pre := newPrefilter(expr); !pre.admits([]byte(text), &b) {
			t.Fatalf("prefilter %s of %q turns away %q, which matches", pre, expr, text)
		}
	})
}
