package lint

import (
	"strconv"
	"strings"
	"testing"
)

// Normalization: what each kind of disguise becomes, and that every norm
// rune points back at the original rune it came from.
func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ in, norm, digits string }{
		{"聯繫方式：企鵝號", "联系方式企鹅号", ""},                     // Traditional → Simplified
		{"什么干坤", "什么干坤", ""},                            // 么 stays: it is Simplified too
		{"ＶＸ 微　信", "vx微信", ""},                          // full width, ideographic space
		{"ⓥⓧ 𝐕𝐗 Ⅴ ν ✘", "vxvxvvx", ""},                  // letter-like symbols
		{"加我 V❤：abc", "加我vxabc", ""},                    // a heart after v is the x
		{"❤️信号", "微信号", ""},                             // a heart before 信 is the 微
		{"🐧群 📞 💚泡泡 🍠", "企鹅群电话绿泡泡红薯", ""},                // app emoji spelled out
		{"①③⑧ ❶ ➀ ⓵ ⑩ ⑴ ⒈", "1381111011", ""},           // circled and other digits
		{"1️⃣3️⃣8️⃣", "138", ""},                        // keycaps
		{"¹³⁸₀", "1380", ""},                            // super- and subscripts
		{"一三九 一二三四 五六七八", "一三九一二三四五六七八", "13912345678"}, // numerals in a number
		{"壹叁捌贰贰叁叁肆肆伍伍", "壹叁捌贰贰叁叁肆肆伍伍", "13822334455"},
		{"幺三八幺二三四五六七八", "幺三八幺二三四五六七八", "13812345678"},
		{"138 幺二三四 5678", "138幺二三四5678", "13812345678"},
		{"13800l38000", "13800l38000", "13800138000"},      // l between digits is 1
		{"第一次，三四个", "第一次三四个", "第一次三四个"},                    // a short run of numerals is prose
		{"hello 1l", "hello1l", "hello1l"},                 // l after a digit but not between two
		{"wēi xìn Wèixìn ǘ café", "weixinweixinucafe", ""}, // tone marks and accents folded
	} {
		n := normalize(tc.in)
		if got := string(n.norm); got != tc.norm {
			t.Errorf("%q: norm %q, want %q", tc.in, got, tc.norm)
		}
		if tc.digits != "" {
			n.digitView()
			if got := string(n.digits); got != tc.digits {
				t.Errorf("%q: digits %q, want %q", tc.in, got, tc.digits)
			}
		}
		runes := []rune(tc.in)
		for i, o := range n.idx {
			if o < 0 || o >= len(runes) || i > 0 && o < n.idx[i-1] {
				t.Errorf("%q: norm rune %d maps to %d", tc.in, i, o)
			}
		}
	}
}

func TestT2STable(t *testing.T) {
	if len(t2sFrom) != len(t2sTo) || len(t2sFrom) < 4000 {
		t.Fatalf("table: %d / %d pairs", len(t2sFrom), len(t2sTo))
	}
	for i := 1; i < len(t2sFrom); i++ {
		if t2sFrom[i] <= t2sFrom[i-1] {
			t.Fatalf("t2sFrom not sorted at %d", i)
		}
	}
	for in, want := range map[rune]rune{'號': '号', '碼': '码', '聯': '联', '繫': '系', '評': '评', '價': '价', '返': '返', '么': '么', '后': '后', '里': '里', '綫': '线'} {
		if got := t2s(in); got != want {
			t.Errorf("t2s(%c) = %c, want %c", in, got, want)
		}
	}
}

// The positions of a hit found through normalization point at the
// original characters: 加我 V❤：abc… is reported from 加 to the ID's end.
func TestPositionsThroughNormalization(t *testing.T) {
	src := "pack: x\nphrases:\n  - code: a\n    title: t\n    text: 亲，加我 V❤：abc_shop888 哦\n  - code: b\n    title: t\n    text: 電話一三九 一二三四 五六七八\n"
	r := lintBytes(t, nil, map[string]string{"f.yaml": src}, nil)
	var got []string
	for _, p := range r.Problems {
		got = append(got, strings.Join([]string{p.Rule, itoa(p.Line), itoa(p.Column), itoa(p.EndColumn)}, " "))
	}
	want := []string{
		"compliance/off-platform-contact 5 16 29", // V … 8 (the cue and the ID)
		"compliance/phone-number 8 13 25",         // 一 … 八
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

// Lint v3: a spaced-out ID, a star emoji folded to 星 and a hit across a
// decimal point still point at the original characters.
func TestPositionsLintV3(t *testing.T) {
	src := "pack: x\nphrases:\n" +
		"  - code: a\n    title: t\n    text: 亲 ,V 是 l i n 8 8 9 9，加一下\n" +
		"  - code: b\n    title: t\n    text: 给个5⭐，红包马上安排\n" +
		"  - code: c\n    title: t\n    text: 拍这个 0.1 元的链接，东西另外给您寄\n"
	r := lintBytes(t, nil, map[string]string{"f.yaml": src}, nil)
	var got []string
	for _, p := range r.Problems {
		got = append(got, strings.Join([]string{p.Rule, p.Severity.String(), itoa(p.Line), itoa(p.Column), itoa(p.EndColumn)}, " "))
	}
	want := []string{
		"compliance/off-platform-contact error 5 14 30", // V … the last 9
		"compliance/review-cashback error 8 13 17",      // 5 … 包
		"compliance/fake-order warning 11 11 29",        // 拍 … 您
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A dot between digits is a decimal point, not the end of a sentence; after
// a number with no digit following it is one.
func TestDecimalPoint(t *testing.T) {
	n := normalize("0.1元")
	for i, b := range n.brk {
		if b != 0 {
			t.Errorf("0.1元: break before %c", n.norm[i])
		}
	}
	n = normalize("满100. 再减")
	if string(n.norm) != "满100再减" || n.brk[4] != sentenceBreak {
		t.Errorf("满100. 再减: %q %v", string(n.norm), n.brk)
	}
}

// Unassigned code points in the blocks folded through NFKC are their own
// compatibility form; folding them returns them instead of recursing
// (FuzzMatch found U+2073).
func TestFoldUnassigned(t *testing.T) {
	for _, r := range []rune{0x2073, 0x1D455, 0x209D} {
		if got := foldRune(r); got != r {
			t.Errorf("foldRune(%U) = %U", r, got)
		}
	}
	if got := foldRune('⁴'); got != '4' {
		t.Errorf("foldRune(⁴) = %c", got)
	}
}
