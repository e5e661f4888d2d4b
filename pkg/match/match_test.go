package match

import (
	"fmt"
	"reflect"
	"sync"
	"testing"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

func TestReadingsEveryReading(t *testing.T) {
	tests := []struct {
		r    rune
		want []string
	}{
		{'重', []string{"chong", "zhong"}},
		{'还', []string{"hai", "huan"}},
		{'行', []string{"hang", "xing"}},
		{'长', []string{"chang", "zhang"}},
		{'差', []string{"cha", "chai"}},
		{'调', []string{"diao", "tiao"}},
		{'便', []string{"bian", "pian"}},
		{'绿', []string{"lv"}},
	}
	for _, tt := range tests {
		got := Readings(tt.r)
		for _, w := range tt.want {
			found := false
			for _, g := range got {
				found = found || g == w
			}
			if !found {
				t.Errorf("Readings(%c) = %v, missing %s", tt.r, got, w)
			}
		}
	}
	if Readings('a') != nil {
		t.Errorf("Readings('a') = %v, want nil", Readings('a'))
	}
}

func ph(code, title string) *phrase.Phrase { return &phrase.Phrase{Code: code, Title: title} }

// TestPinyinForms checks every way of typing a title, with its highlight:
// the Chinese characters the query covered.
func TestPinyinForms(t *testing.T) {
	phrases := []*phrase.Phrase{
		ph("a1", "重新发货"), ph("a2", "退还运费"), ph("a3", "银行卡退款"), ph("a4", "花呗还款"),
		ph("a5", "尺码偏长"), ph("a6", "调货说明"), ph("a7", "便宜一点"), ph("a8", "88VIP折扣"),
	}
	m := New(phrases)
	tests := []struct {
		query string
		code  string
		pos   []int
	}{
		{"cx", "a1", []int{0, 1}},
		{"zx", "a1", []int{0, 1}},
		{"chongxin", "a1", []int{0, 1}},
		{"zhongxinf", "a1", []int{0, 1, 2}},
		{"tuihuan", "a2", []int{0, 1}},
		{"yinhang", "a3", []int{0, 1}},
		{"yh", "a3", []int{0, 1}},
		{"tkuan", "a3", []int{3, 4}},
		{"退kuan", "a3", []int{3, 4}},
		{"huankuan", "a4", []int{2, 3}},
		{"pianchang", "a5", []int{2, 3}},
		{"diaohuo", "a6", []int{0, 1}},
		{"pianyi", "a7", []int{0, 1}},
		{"vip", "a8", []int{2, 3, 4}},
		{"ＶＩＰ", "a8", []int{2, 3, 4}},
		{"88vipzk", "a8", []int{0, 1, 2, 3, 4, 5, 6}},
	}
	for _, tt := range tests {
		res := m.Search(tt.query, 1)
		if len(res) == 0 {
			t.Errorf("%q: no match", tt.query)
			continue
		}
		r := res[0]
		if r.Phrase.Code != tt.code || r.Field != FieldTitle || !reflect.DeepEqual(r.Positions, tt.pos) {
			t.Errorf("%q: got %s %s %v, want %s title %v", tt.query, r.Phrase.Code, r.Field, r.Positions, tt.code, tt.pos)
		}
	}
	for _, q := range []string{"tkuanz", "xz", "退z", "qq"} {
		for _, r := range m.Search(q, 0) {
			if r.Field == FieldTitle && !r.Approximate {
				t.Errorf("%q matched title of %s at %v", q, r.Phrase.Code, r.Positions)
			}
		}
	}
}

func TestTiersAndTies(t *testing.T) {
	phrases := []*phrase.Phrase{
		{Code: "x1", Title: "其他", Body: phrase.Body{Text: "这里写着hy两个字母"}},
		{Code: "hyx", Title: "欢迎光临本店"},
		{Code: "x2", Title: "欢迎"},
		{Code: "hy", Title: "问候"},
		{Code: "x3", Title: "欢迎"},
	}
	m := New(phrases)
	var got []string
	for _, r := range m.Search("hy", 0) {
		got = append(got, fmt.Sprintf("%s:%s:%d", r.Phrase.Code, r.Field, r.Score))
	}
	title := TierTitle + bonusTitleField + 2*bonusInitial + bonusFieldStart + bonusWhole
	want := []string{
		fmt.Sprintf("hy:code:%d", TierCodeExact),
		fmt.Sprintf("hyx:code:%d", TierCodePrefix+90),
		fmt.Sprintf("x2:title:%d", title), // shorter title than hyx's, earlier than x3
		fmt.Sprintf("x3:title:%d", title),
		// hy as written in a body is a Latin token, though letters without
		// a vowel are initials first.
		fmt.Sprintf("x1:body:%d", TierBareToken+tokenBody+2*bonusLatinLiteral),
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}

	// Frecency reorders inside a tier, never across one.
	m.SetFrecency(map[string]float64{"x3": 5, "x1": 1e9})
	got = got[:0]
	for _, r := range m.Search("hy", 0) {
		got = append(got, r.Phrase.Code)
	}
	if want := []string{"hy", "hyx", "x3", "x2", "x1"}; !reflect.DeepEqual(got, want) {
		t.Errorf("with frecency: got %v, want %v", got, want)
	}
	// The empty query: most used first, then input order.
	got = got[:0]
	for _, r := range m.Search("", 0) {
		got = append(got, r.Phrase.Code)
	}
	if want := []string{"x1", "x3", "hyx", "x2", "hy"}; !reflect.DeepEqual(got, want) {
		t.Errorf("empty query: got %v, want %v", got, want)
	}
}

func TestTermsAllMatchInAnyField(t *testing.T) {
	phrases := []*phrase.Phrase{
		{Code: "a", Title: "退款流程", Body: phrase.Body{Text: "原路退回银行卡"}},
		{Code: "b", Title: "退款到账", Group: "售后/银行"},
		{Code: "c", Title: "物流查询"},
	}
	m := New(phrases)
	res := m.Search("tk 银行", 0)
	if len(res) != 2 || res[0].Phrase.Code != "b" || res[1].Phrase.Code != "a" {
		t.Fatalf("got %v", res)
	}
	want := []FieldMatch{{FieldTitle, []int{0, 1}}, {FieldGroup, []int{3, 4}}}
	if !reflect.DeepEqual(res[0].Matches, want) {
		t.Errorf("Matches = %v, want %v", res[0].Matches, want)
	}
	// No phrase has both: the closest one is shown, marked approximate.
	got := m.Search("tk 物流", 0)
	if len(got) != 1 || got[0].Phrase.Code != "c" || !got[0].Approximate || got[0].Score >= TierBodyFuzzy {
		t.Errorf("terms in different phrases matched: %v", got)
	}
}

func TestBodyPositionsAndVariants(t *testing.T) {
	p := &phrase.Phrase{Code: "a", Title: "说明",
		Body:     phrase.Body{Parts: []string{"第一段", "签收前检查"}},
		Variants: map[phrase.Platform]phrase.Body{phrase.Tmall: {Text: "打到支付宝"}}}
	m := New([]*phrase.Phrase{p})
	tests := []struct {
		q, field string
		pos      []int
	}{
		{"签收", "body", []int{5, 6}},
		// Chinese only scattered through a body is left to the approximate
		// ranking: 签 as a character, 前检 by its sound (qian jian).
		{"签检", "body", []int{5, 7, 8}},
		{"支付宝", "body.tmall", []int{2, 3, 4}},
	}
	for _, tt := range tests {
		res := m.Search(tt.q, 0)
		if len(res) != 1 || res[0].Field != tt.field || !reflect.DeepEqual(res[0].Positions, tt.pos) {
			t.Errorf("%q: got %+v, want %s %v", tt.q, res, tt.field, tt.pos)
			continue
		}
		v := []rune(FieldValue(p, tt.field))
		for _, i := range tt.pos {
			if i >= len(v) {
				t.Errorf("%q: position %d outside %q", tt.q, i, string(v))
			}
		}
	}
}

func TestNarrowingMatchesFullSearch(t *testing.T) {
	phrases := loadPack(t, "testdata/relevance.yaml")
	seq := []string{"t", "tk", "tku", "tkua", "tkuan", "tkuan ", "tkuan y", "tkuan yh", "t", "退", "退k", "退款", "退款 银"}
	narrow := New(phrases)
	for _, q := range seq {
		got := narrow.Search(q, 0)
		want := New(phrases).Search(q, 0)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: narrowed search differs from a fresh one: %d vs %d results", q, len(got), len(want))
		}
	}
}

func TestConcurrentSearch(t *testing.T) {
	phrases := loadPack(t, "testdata/relevance.yaml")
	m := New(phrases)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, q := range []string{"t", "tk", "tku", "退", "hy", "", "yh"} {
				m.Search(q, i)
				if g == 0 {
					m.SetFrecency(map[string]float64{"tk": float64(i)})
				}
			}
		}()
	}
	wg.Wait()
}

// TestLimitKeepsTheBest: the bounded selection returns exactly the first
// limit results of the full ranking.
func TestLimitKeepsTheBest(t *testing.T) {
	phrases := loadPack(t, "testdata/relevance.yaml")
	m := New(phrases)
	for _, q := range []string{"t", "退", "h", "s", "a"} {
		all := m.Search(q, 0)
		for _, limit := range []int{1, 2, 5, 17} {
			got := m.Search(q, limit)
			want := all[:min(limit, len(all))]
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%q limit %d: got %d results, not the top of the full ranking", q, limit, len(got))
			}
		}
	}
}

// TestCommonReadingsFirst: a match through go-pinyin's default (or a common
// 多音字) reading of every character ranks above one that needs a rare
// reading (款 as xin, 核 as kai, 提 as chi), which still matches.
func TestCommonReadingsFirst(t *testing.T) {
	m := New([]*phrase.Phrase{
		ph("b1", "退款进度"), ph("b2", "尾款提醒"), ph("b3", "核对地址"),
		ph("b4", "指定快递"), ph("b5", "发什么快递"), ph("b6", "物流查询"),
	})
	tests := []struct{ query, want string }{
		{"tx", "b2"},     // 提醒, not 退款 with 款 = xin
		{"kd", "b4"},     // 快递, not 核对 with 核 = kai
		{"cx", "b6"},     // 查询, not 提醒 with 提 = chi
		{"xin", "b2"},    // 醒 xing, not 款 xin
		{"kai", "b3"},    // a rare reading still matches
		{"tuixin", "b1"}, // 退款 with 款 = xin, still found
		{"chix", "b2"},   // 提醒 as chi-xing
	}
	for _, tt := range tests {
		res := m.Search(tt.query, 0)
		if len(res) == 0 || res[0].Phrase.Code != tt.want {
			var got []string
			for _, r := range res {
				got = append(got, fmt.Sprintf("%s:%s/%d", r.Phrase.Code, r.Phrase.Title, r.Score))
			}
			t.Errorf("%q: got %v, want %s first", tt.query, got, tt.want)
		}
	}
	if got, want := PrimaryReadings('款'), []string{"kuan"}; !reflect.DeepEqual(got, want) {
		t.Errorf("PrimaryReadings(款) = %v, want %v", got, want)
	}
	for _, r := range "重还行长调便差" {
		if len(PrimaryReadings(r)) < 2 {
			t.Errorf("PrimaryReadings(%c) = %v: a common 多音字 reading is penalised", r, PrimaryReadings(r))
		}
	}
}

// TestSetPlatform: with a platform set, only the text the agent would send
// on it (phrase.For) is matched as the body; switching platforms resets the
// narrowing cache.
func TestSetPlatform(t *testing.T) {
	withVariant := &phrase.Phrase{Code: "v", Title: "说明",
		Body:     phrase.Body{Text: "默认文本 顺丰"},
		Variants: map[phrase.Platform]phrase.Body{phrase.Tmall: {Text: "打到支付宝"}, phrase.JD: {Text: "京东物流"}}}
	plain := &phrase.Phrase{Code: "p", Title: "其他", Body: phrase.Body{Text: "支付宝 顺丰"}}
	m := New([]*phrase.Phrase{withVariant, plain})
	codes := func(q string) []string {
		var out []string
		for _, r := range m.Search(q, 0) {
			out = append(out, r.Phrase.Code+":"+r.Field)
		}
		return out
	}
	tests := []struct {
		plat phrase.Platform
		q    string
		want []string
	}{
		{"", "支付宝", []string{"p:body", "v:body.tmall"}},
		{"", "顺丰", []string{"v:body", "p:body"}},
		{phrase.Tmall, "支付宝", []string{"p:body", "v:body.tmall"}},
		{phrase.Tmall, "顺丰", []string{"p:body"}}, // v's default body is not sent on tmall
		{phrase.JD, "支付宝", []string{"p:body"}},   // only in the tmall variant
		{phrase.JD, "京东", []string{"v:body.jd"}},
		{phrase.PDD, "顺丰", []string{"v:body", "p:body"}}, // no pdd variant: the default body
		{phrase.PDD, "京东", nil},
		{"", "京东", []string{"v:body.jd"}},
	}
	for _, tt := range tests {
		m.SetPlatform(tt.plat)
		if got := codes(tt.q); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("platform %q, %q: got %v, want %v", tt.plat, tt.q, got, tt.want)
		}
	}
	// An empty variant is still what is sent on its platform.
	empty := New([]*phrase.Phrase{{Code: "e", Title: "空", Body: phrase.Body{Text: "顺丰"},
		Variants: map[phrase.Platform]phrase.Body{phrase.PDD: {}}}})
	empty.SetPlatform(phrase.PDD)
	if got := empty.Search("顺丰", 0); len(got) != 0 {
		t.Errorf("pdd: matched the default body of a phrase with an (empty) pdd variant: %v", got[0].Field)
	}
	// Narrowing: a query extending the previous one must not reuse hits
	// computed for another platform.
	m.SetPlatform(phrase.JD)
	if got := codes("支"); !reflect.DeepEqual(got, []string{"p:body"}) {
		t.Fatalf("jd 支: %v", got)
	}
	m.SetPlatform("")
	if got := codes("支付"); !reflect.DeepEqual(got, []string{"p:body", "v:body.tmall"}) {
		t.Errorf("after SetPlatform(\"\"), 支付 narrowed from jd's hits: %v", got)
	}
}

func TestSetPlatformConcurrent(t *testing.T) {
	phrases := loadPack(t, "testdata/relevance.yaml")
	m := New(phrases)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j, q := range []string{"t", "tk", "上门", "tkuan", "退款 银"} {
				m.SetPlatform(phrase.Platforms[(i+j)%len(phrase.Platforms)])
				m.Search(q, 5)
			}
		}()
	}
	wg.Wait()
}
