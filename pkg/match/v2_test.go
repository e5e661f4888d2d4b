package match

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

// Tests of search v2 (issue 11): one per mechanism, asserting the ranking,
// the field, the highlighted characters and the score band.

func withBody(code, title, text string) *phrase.Phrase {
	return &phrase.Phrase{Code: code, Title: title, Body: phrase.Body{Text: text}}
}

// top is "code field positions" of each result, for compact comparison.
func top(res []Result) []string {
	var out []string
	for _, r := range res {
		out = append(out, fmt.Sprintf("%s %s %v", r.Phrase.Code, r.Field, r.Positions))
	}
	return out
}

func TestApproximateMessage(t *testing.T) {
	m := New([]*phrase.Phrase{
		withBody("fhsj", "发货时间", "现货付款后48小时内发货。"),
		withBody("th", "退货流程", "在订单里申请退货。"),
		{Code: "wl", Title: "物流查询", Ask: []string{"快递到哪了"}, Body: phrase.Body{Text: "请在订单详情查看物流。"}},
		withBody("x", "其他", "与发货无关的内容"),
	})
	// 快递到哪儿 is no substring of a phrase: the message is ranked.
	res := m.Search("亲 我买的东西快递到哪儿了呀？？", 0)
	if len(res) == 0 || res[0].Phrase.Code != "wl" {
		t.Fatalf("got %v", top(res))
	}
	r := res[0]
	// The question matched: its characters are highlighted (not 了, a
	// particle that names nothing).
	if !r.Approximate || r.Field != FieldAsk || !reflect.DeepEqual(r.Positions, []int{0, 1, 2, 3}) {
		t.Errorf("top = %+v", r)
	}
	for _, r := range res {
		if !r.Approximate || r.Score <= 0 || r.Score >= TierBodyFuzzy-MaxFrecencyBonus {
			t.Errorf("%s: approximate %v, score %d", r.Phrase.Code, r.Approximate, r.Score)
		}
	}

	// A message that also matches strictly: strict results first, then the
	// approximate ones, never the same phrase twice.
	res = m.Search("亲 发货时间？", 0)
	if len(res) < 2 || res[0].Phrase.Code != "fhsj" || res[0].Approximate {
		t.Fatalf("got %v", top(res))
	}
	seen := map[string]bool{}
	strict := true
	for _, r := range res {
		if seen[r.Phrase.Code] {
			t.Errorf("%s twice", r.Phrase.Code)
		}
		seen[r.Phrase.Code] = true
		if !r.Approximate && !strict {
			t.Errorf("strict %s after an approximate result", r.Phrase.Code)
		}
		strict = strict && !r.Approximate
	}

	// One shared character of a longer message is not a match.
	if res := m.Search("支付宝", 0); len(res) != 0 {
		t.Errorf("支付宝: %v", top(res))
	}
	// Input-method slips: 发火 for 发货 matches by sound.
	if res := m.Search("啥时候发火呀", 1); len(res) != 1 || res[0].Phrase.Code != "fhsj" || !reflect.DeepEqual(res[0].Positions, []int{0, 1, 2}) {
		t.Errorf("发火: %v", top(res))
	}
}

// TestApproximateFrecency: usage reorders approximate results among
// themselves, and never lifts one into the strict tiers.
func TestApproximateFrecency(t *testing.T) {
	m := New([]*phrase.Phrase{
		withBody("a", "退款到账说明", "退款原路退回"),
		withBody("b", "退款到账提示", "退款原路退回"),
		withBody("c", "发货时间", "现货当天发"),
	})
	codes := func() []string {
		var out []string
		for _, r := range m.Search("退款什么时候到账啊", 0) {
			out = append(out, r.Phrase.Code)
			if !r.Approximate || r.Score >= TierBodyFuzzy {
				t.Errorf("%s: approximate %v, score %d", r.Phrase.Code, r.Approximate, r.Score)
			}
		}
		return out
	}
	if got := codes(); !reflect.DeepEqual(got, []string{"a", "b"}) {
		t.Errorf("without usage: %v", got)
	}
	m.SetFrecency(map[string]float64{"b": 1e6})
	if got := codes(); !reflect.DeepEqual(got, []string{"b", "a"}) {
		t.Errorf("b used: %v", got)
	}
}

func TestBodyPinyin(t *testing.T) {
	m := New([]*phrase.Phrase{
		withBody("jy", "验证说明", "请把机身上的校验码发给我们。"),
		ph("t", "教研马达"), // the same syllables in a title rank first
	})
	res := m.Search("jiaoyanma", 0)
	if want := []string{"t title [0 1 2]", "jy body [6 7 8]"}; !reflect.DeepEqual(top(res), want) {
		t.Fatalf("got %v, want %v", top(res), want)
	}
	if res[1].Score != TierBodyPinyin+bonusSyllable {
		t.Errorf("body score %d", res[1].Score)
	}
	// Initials and cut-off syllables do not reach bodies.
	for _, q := range []string{"jym", "jiaoyanm", "jiaoyan"[:4]} {
		for _, r := range m.Search(q, 0) {
			if r.Phrase.Code == "jy" && strings.HasPrefix(r.Field, FieldBody) && !r.Approximate {
				t.Errorf("%q matched the body: %v", q, top([]Result{r}))
			}
		}
	}
	// Typing on until the term reads as syllables finds the body even
	// though the shorter query did not (no stale narrowing).
	m.Search("jiaoyanm", 0)
	if got := m.Search("jiaoyanma", 0); len(got) != 2 {
		t.Errorf("after narrowing: %v", top(got))
	}
}

func TestFuzzyPinyin(t *testing.T) {
	m := New([]*phrase.Phrase{ph("a", "上门取件"), ph("b", "桑门小店"), ph("c", "支付方式")})
	// sangmen is 桑门 exactly and 上门 through sh→s: the exact one first.
	if want := []string{"b title [0 1]", "a title [0 1]"}; !reflect.DeepEqual(top(m.Search("sangmen", 0)), want) {
		t.Errorf("sangmen: %v", top(m.Search("sangmen", 0)))
	}
	if want := []string{"a title [0 1 2 3]"}; !reflect.DeepEqual(top(m.Search("sanmenqujian", 0)), want) {
		t.Errorf("sanmenqujian (sh→s, ang→an): %v", top(m.Search("sanmenqujian", 0)))
	}
	if res := m.Search("zifu", 0); len(res) != 1 || res[0].Phrase.Code != "c" || res[0].Score >= TierTitle+bonusTitleField {
		t.Errorf("zifu: %v", res)
	}
	strict := func(res []Result) []string {
		var out []string
		for _, r := range res {
			if !r.Approximate {
				out = append(out, r.Phrase.Code)
			}
		}
		return out
	}
	// 模糊音 starts from a whole syllable: hu may be 付 said southern, h
	// alone is the initial of nothing in 支付方式 (f is not h).
	if got := strict(m.Search("zhihu", 0)); !reflect.DeepEqual(got, []string{"c"}) {
		t.Errorf("zhihu (f→h): %v", got)
	}
	if got := strict(m.Search("h", 0)); len(got) != 0 {
		t.Errorf("h matched through 模糊音: %v", got)
	}
	m.SetFuzzyPinyin(0)
	if res := m.Search("sanmenqujian", 0); len(strict(res)) != 0 {
		t.Errorf("模糊音 off: %v", top(res))
	}
	m.SetFuzzyPinyin(FuzzyS) // an-ang off
	if res := m.Search("sanmenqujian", 0); len(strict(res)) != 0 {
		t.Errorf("only s-sh: %v", top(res))
	}
	m.SetFuzzyPinyin(FuzzyS | FuzzyAnAng)
	if res := m.Search("sanmenqujian", 0); !reflect.DeepEqual(strict(res), []string{"a"}) {
		t.Errorf("s-sh and an-ang: %v", top(res))
	}
	if _, err := ParseFuzzyPairs([]string{"zh", "x-y"}); err == nil || !strings.Contains(err.Error(), `"x-y"`) {
		t.Errorf("ParseFuzzyPairs: %v", err)
	}
}

func TestOneTypo(t *testing.T) {
	m := New([]*phrase.Phrase{ph("a", "退款进度"), ph("b", "取消订单"), withBody("c", "其他", "tuikuan")})
	for _, q := range []string{"tiukuanjindu", "tuikuanjndu", "tuikuanjjindu", "tuikuanjinfu"} {
		res := m.Search(q, 0)
		if len(res) == 0 || res[0].Phrase.Code != "a" || res[0].Field != FieldTitle ||
			res[0].Score < TierTypo || res[0].Score >= TierBodyPinyin || !reflect.DeepEqual(res[0].Positions, []int{0, 1, 2, 3}) {
			t.Errorf("%q: %v", q, res)
		}
	}
	if res := m.Search("quxaio", 0); len(res) != 1 || res[0].Phrase.Code != "b" {
		t.Errorf("quxaio: %v", top(res))
	}
	// Two slips more than a typo: the letters in order still find it, as
	// an approximate result with the title's characters highlighted.
	if res := m.Search("tukuanjdu", 0); len(res) != 1 || !res[0].Approximate || top(res)[0] != "a title [0 1 2 3]" {
		t.Errorf("tukuanjdu: %v", top(res))
	}
	// Four letters are too few for a typo; two typos are too many.
	for _, q := range []string{"tiuk", "tiukuanjinud"} {
		for _, r := range m.Search(q, 0) {
			if r.Phrase.Code == "a" && !r.Approximate {
				t.Errorf("%q matched %v", q, top([]Result{r}))
			}
		}
	}
}

func TestLatinTokens(t *testing.T) {
	m := New([]*phrase.Phrase{
		withBody("sb", "设备编号", "设备ID（SN码）在机身底部。"),
		ph("xd", "洗涤"), // keyword-free, but "id" must not be read in xidi
		{Code: "kw", Title: "洗涤方法", Keywords: []string{"xidi"}},
		withBody("xl", "XL码说明", "XL码适合170以上。"),
		withBody("l", "高个子", "建议选L码以上。"),
		withBody("tc", "充电接口", "用Type-C接口充电。"),
		withBody("tk", "退款", "TK"),
	})
	cases := []struct{ q, want string }{
		{"id", "sb body [2 3]"},
		{"sn码", "sb body [5 6 7]"},
		{"l码", "l body [3 4]"},
		{"xl码", "xl title [0 1 2]"},
		{"typec", "cdjk"},
	}
	for _, c := range cases {
		res := m.Search(c.q, 0)
		if c.q == "typec" {
			if len(res) == 0 || res[0].Phrase.Code != "tc" || res[0].Score < TierToken {
				t.Errorf("typec: %v", top(res))
			}
			continue
		}
		if len(res) == 0 || top(res)[0] != c.want || res[0].Score < TierToken {
			t.Errorf("%q: got %v, want %s first in TierToken", c.q, top(res), c.want)
		}
		for _, r := range res {
			if c.q == "id" && r.Phrase.Code == "kw" {
				t.Errorf("id read inside the keyword xidi")
			}
			if c.q == "l码" && r.Phrase.Code == "xl" && !r.Approximate {
				t.Errorf("l码 found inside XL码")
			}
		}
	}
	// Initials stay initials: a body "TK" does not outrank the title 退款.
	if res := m.Search("tk", 0); len(res) == 0 || res[0].Phrase.Code != "tk" || res[0].Field != FieldCode {
		t.Errorf("tk: %v", top(res))
	}
}

// TestSameRankingChineseAndPinyin: a keyword written in pinyin counts the
// same whichever way the agent types the word.
func TestSameRankingChineseAndPinyin(t *testing.T) {
	m := New([]*phrase.Phrase{
		ph("a", "赠品说明"),
		{Code: "b", Title: "有赠品", Keywords: []string{"zengpin"}},
		ph("c", "正品保证"),
		{Code: "d", Title: "活动", Tags: []string{"赠品"}},
	})
	var chinese, pinyin []string
	for _, r := range m.Search("赠品", 0) {
		chinese = append(chinese, r.Phrase.Code)
	}
	found := map[string]bool{}
	for _, c := range chinese {
		found[c] = true
	}
	// The pinyin finds more (正品 through zh-z: pinyin is ambiguous); the
	// phrases both find come in the same order.
	for _, r := range m.Search("zengpin", 0) {
		if found[r.Phrase.Code] {
			pinyin = append(pinyin, r.Phrase.Code)
		}
	}
	if want := []string{"b", "a", "d"}; !reflect.DeepEqual(chinese, want) || !reflect.DeepEqual(pinyin, want) {
		t.Errorf("赠品 %v, zengpin %v, want %v", chinese, pinyin, want)
	}
}

// TestWholeSyllableBeatsCutOff: zhan typed whole reads 展 before 长 (zhang)
// cut off, and a whole syllable in the middle of a term reads its own
// character (dizuo is 底座, not 订做).
func TestWholeSyllableBeatsCutOff(t *testing.T) {
	m := New([]*phrase.Phrase{ph("zc", "长期活动"), ph("zl", "新品展览")})
	if res := m.Search("zhan", 0); len(res) != 2 || res[0].Phrase.Code != "zl" {
		t.Errorf("zhan: %v", top(res))
	}
	m = New([]*phrase.Phrase{{Code: "dz", Title: "定制", Tags: []string{"订做"}}, withBody("pj", "配件", "主机和底座")})
	if res := m.Search("dizuo", 0); len(res) == 0 || res[0].Phrase.Code != "pj" {
		t.Errorf("dizuo: %v", top(res))
	}
	if res := m.Search("dingzuo", 0); len(res) == 0 || res[0].Phrase.Code != "dz" {
		t.Errorf("dingzuo: %v", top(res))
	}
}

func TestDigitsMatchChineseNumerals(t *testing.T) {
	m := New([]*phrase.Phrase{ph("q", "七天无理由"), withBody("b", "退货", "签收7天内可退")})
	if res := m.Search("7tian", 0); len(res) == 0 || top(res)[0] != "q title [0 1]" {
		t.Errorf("7tian: %v", top(res))
	}
	if res := m.Search("7天", 0); len(res) != 2 || res[0].Phrase.Code != "q" || res[1].Phrase.Code != "b" {
		t.Errorf("7天: %v", top(res))
	}
}

func TestNearestCodes(t *testing.T) {
	m := New([]*phrase.Phrase{ph("tkdz", "退款到账"), ph("tk", "退款"), ph("fhsj", "发货时间"), ph("tk", "重复")})
	var got []string
	for _, p := range m.NearestCodes("tkdx", 5) {
		got = append(got, p.Code)
	}
	if want := []string{"tkdz", "tk"}; !reflect.DeepEqual(got, want) {
		t.Errorf("NearestCodes(tkdx) = %v, want %v", got, want)
	}
	if got := m.NearestCodes("亲 这个多少钱", 5); len(got) != 0 {
		t.Errorf("a message has no nearest codes: %v", got)
	}
}

// TestNarrowingWhileTyping types every evaluation query one rune at a time
// into one matcher, as the picker does, and wants each step to rank exactly
// as a fresh search: the 模糊音 pass starting (n → ni for 里), a body
// reading completed (xiaoya → xiaoyan for 校验), a typo pass, a message
// forming — narrowing must never lose a phrase.
func TestNarrowingWhileTyping(t *testing.T) {
	phrases := loadPack(t, evalPack)
	fresh := New(phrases)
	typed := New(phrases)
	var queries []labelled
	queries = append(queries, loadQueries(t, evalTune)...)
	queries = append(queries, loadQueries(t, evalHeldout)...)
	queries = append(queries, labelled{query: "nizi"}, labelled{query: "huwu"}, labelled{query: "xiaoyanma"})
	for _, q := range queries {
		rs := []rune(q.query)
		for i := 1; i <= len(rs); i++ {
			s := string(rs[:i])
			got := typed.Search(s, 0)
			fresh.ForgetNarrowing()
			want := fresh.Search(s, 0)
			if !reflect.DeepEqual(top(got), top(want)) {
				t.Fatalf("typing %q: at %q the narrowed search differs from a fresh one:\n got %v\nwant %v", q.query, s, head(top(got), 5), head(top(want), 5))
			}
		}
	}
}
