package match

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

// FuzzSearch: any query over any phrase never panics, every position lies
// inside the field it names, approximate results (a pasted message) follow
// every strict one and score below the strict tiers, and narrowing agrees
// with a fresh search. The seeds reach every tier: codes, pinyin, 模糊音,
// one typo, pinyin of the body, Latin tokens, buyer questions, messages.
func FuzzSearch(f *testing.F) {
	f.Add("tk", "tk", "退款流程", "售后/退款", "退款,到账", "tuikuan", "在订单详情页申请退款", "天猫\n\n变体")
	f.Add("退kuan 银", "YH", "银行卡退款", "", "", "", "原路退回", "")
	f.Add("zhongxin", "cx", "重新发货VIP８８", "a/b", "补发", "ＡＢＣ", "\x00\xff坏字节", "x")
	f.Add("亲 发货了没有啊？？😂", "fh", "发货时间", "售中", "发货了吗|几天发", "fahuo", "现货48小时内发货", "")
	f.Add("sangmenqujian", "sm", "上门取件", "", "", "", "快递员上门", "")
	f.Add("tiukuanjindu", "tk", "退款进度", "", "", "", "", "")
	f.Add("jiaoyanma", "jy", "说明", "", "", "", "请把校验码发给我们", "校验")
	f.Add("sn码 id l码", "sb", "XL码", "", "", "", "设备ID（SN码）在底部，L码", "Type-C")
	f.Add("7tian 赠品", "q", "七天无理由", "", "赠品", "zengpin", "", "")
	f.Fuzz(func(t *testing.T, query, code, title, group, tags, keywords, text, variant string) {
		p := &phrase.Phrase{Code: code, Title: title, Group: group, Tags: strings.Split(tags, ","),
			Keywords: []string{keywords}, Ask: strings.Split(tags, "|"), Body: phrase.Body{Parts: []string{text, variant}},
			Variants: map[phrase.Platform]phrase.Body{phrase.JD: {Text: variant}}}
		m := New([]*phrase.Phrase{p, {Code: "x", Title: "无关"}})
		res := m.Search(query, 0)
		approx := false
		for _, r := range res {
			if r.Approximate && r.Score >= TierBodyFuzzy || !r.Approximate && approx {
				t.Fatalf("query %q: %s approximate %v score %d after approximate results: %v", query, r.Phrase.Code, r.Approximate, r.Score, approx)
			}
			approx = approx || r.Approximate
			for _, fm := range r.Matches {
				n := utf8.RuneCountInString(FieldValue(r.Phrase, fm.Field))
				for _, pos := range fm.Positions {
					if pos < 0 || pos >= n {
						t.Fatalf("query %q: position %d outside %s (%d runes)", query, pos, fm.Field, n)
					}
				}
			}
		}
		// With a platform, only the body sent on it (phrase.For) counts.
		m.SetPlatform(phrase.JD)
		for _, r := range m.Search(query, 0) {
			for _, fm := range r.Matches {
				if r.Phrase == p && strings.HasPrefix(fm.Field, FieldBody) && fm.Field != FieldBody+".jd" {
					t.Fatalf("query %q on jd matched %s", query, fm.Field)
				}
			}
		}
		m.SetPlatform("")
		// Typing one more rune only narrows.
		if query != "" {
			short := New(m.phrases)
			r, _ := utf8.DecodeLastRuneInString(query)
			short.Search(strings.TrimSuffix(query, string(r)), 0)
			if got := short.Search(query, 0); len(got) != len(res) {
				t.Fatalf("narrowed %q: %d results, fresh %d", query, len(got), len(res))
			}
		}
	})
}

func FuzzStringMask(f *testing.F) {
	f.Add("退款，ＡＢＣ\xe4\x41\x41\xed\xa0\x80")
	f.Fuzz(func(t *testing.T, s string) {
		var want letterBits
		for _, r := range s {
			want |= bitOf(r)
		}
		if got := stringMask(s); got != want {
			t.Fatalf("stringMask(%q) = %x, want %x", s, got, want)
		}
	})
}

func FuzzFoldString(f *testing.F) {
	f.Add("退款，ＡＢＣ１\u3000Ab\xe4\x41\x41ÉΣ“引号”")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := foldString(s), foldStringSlow(s); got != want {
			t.Fatalf("foldString(%q) = %q, want %q", s, got, want)
		}
	})
}

// foldStringSlow is foldString without the byte-level fast path.
func foldStringSlow(s string) string {
	for i, r := range s {
		if fold(r) != r {
			var b strings.Builder
			b.Grow(len(s))
			b.WriteString(s[:i])
			for _, r := range s[i:] {
				b.WriteRune(fold(r))
			}
			return b.String()
		}
	}
	return s
}
