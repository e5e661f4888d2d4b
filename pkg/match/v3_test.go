package match

import (
	"strings"
	"testing"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

// Tests of search round 3: one per class of miss the red teams found,
// each asserting the ranking on a few phrases written for it.

// firstCodes are the codes of the results, best first.
func firstCodes(res []Result) []string {
	var out []string
	for _, r := range res {
		out = append(out, r.Phrase.Code)
	}
	return out
}

// shop adds to phrases a dozen replies about other things, so that word
// weights (IDF) are those of a shop's pack, not of three phrases.
func shop(phrases ...*phrase.Phrase) []*phrase.Phrase {
	return append(phrases,
		withBody("f1", "欢迎语", "您好，欢迎光临本店，请问有什么可以帮您？"),
		withBody("f2", "物流查询", "东西发出后，请在订单详情里查看物流信息。"),
		withBody("f3", "发票说明", "下单时填写抬头，确认收货后开具电子发票。"),
		withBody("f4", "优惠券", "首页领取优惠券，满199能减20。"),
		withBody("f5", "包邮说明", "全场包邮，偏远地区不能包邮。"),
		withBody("f6", "会员积分", "消费1元积1分，积分可抵现金。"),
		withBody("f7", "催付", "您拍的东西还未付款，库存有限哦。"),
		withBody("f8", "好评感谢", "感谢您的好评，期待再次光临。"),
		withBody("f9", "快递公司", "默认发中通快递，可补差价发顺丰。"),
		withBody("f10", "结束语", "感谢您的咨询，东西用得好再来，祝您生活愉快。"),
		withBody("f11", "尺码推荐", "告诉我身高体重，帮您推荐尺码。"),
		withBody("f12", "面料材质", "面料是纯棉的，透气吸汗。"),
	)
}

func wantFirst(t *testing.T, m *Matcher, query, code string) []Result {
	t.Helper()
	res := m.Search(query, 5)
	if len(res) == 0 || res[0].Phrase.Code != code {
		t.Errorf("%q: got %v, want %s first", query, top(res), code)
	}
	return res
}

// A short question that is a substring of some reply's text no longer
// beats the reply whose title or question answers it: a message found only
// in bodies is ranked with the approximate results.
func TestMessageInBodiesOnly(t *testing.T) {
	m := New(shop(
		withBody("a", "发货须知", "下单后48小时发货，能退能换，放心购买。"),
		withBody("b", "运费说明", "能退能换，运费由买家承担。"),
		&phrase.Phrase{Code: "th", Title: "退货流程", Ask: []string{"怎么退货"}, Body: phrase.Body{Text: "在订单页申请退货，填写单号即可。"}},
	))
	res := m.Search("能退吗", 5)
	if len(res) < 3 || res[0].Phrase.Code != "th" && res[1].Phrase.Code != "th" && res[2].Phrase.Code != "th" {
		t.Errorf("能退吗: got %v, want th in the top 3", top(res))
	}
	for _, r := range res {
		if !r.Approximate {
			t.Errorf("%s: strict, want approximate: only bodies hold 能退", r.Phrase.Code)
		}
	}
	// A message found in a title stays strict.
	if res := m.Search("退货流程呢", 5); len(res) == 0 || res[0].Phrase.Code != "th" || res[0].Approximate {
		t.Errorf("退货流程呢: %v", top(res))
	}
	// A question word makes a query a message: 多久 is asked, not typed to
	// find a title.
	if q := parseQuery("多久能到"); !q.sentence {
		t.Error("多久能到 does not read as a message")
	}
	if q := parseQuery("退货流程"); q.sentence {
		t.Error("退货流程 reads as a message")
	}
}

// One-character words carry the intent (修, 洗, 换): they weigh as a
// bigram, unless they are part of a word the phrases know (退 in 退货).
func TestOneCharacterWords(t *testing.T) {
	m := New(shop(
		withBody("zp", "赠品说明", "送的东西随机发，东西以实物为准。"),
		&phrase.Phrase{Code: "wx", Title: "维修流程", Tags: []string{"维修"}, Body: phrase.Body{Text: "寄回后工程师检测，一周内修好寄出。"}},
		withBody("xd", "洗涤方法", "建议手洗，水温不超过30度。"),
	))
	wantFirst(t, m, "东西坏了 修吗", "wx")
	// 怎么洗: 么 ends the run, 洗 is alone: a word, not chance.
	wantFirst(t, m, "怎么洗啊", "xd")
	aq := newApproxQuery(foldRunes("我退货了"))
	for _, tok := range aq.toks {
		if tok.char() && tok.a == '退' && (!tok.word || len(tok.in) == 0) {
			t.Errorf("退 in 退货: word %v, bigrams %v", tok.word, tok.in)
		}
	}
}

// Question frames (有没有, 能不能…) are cut out like particles: a short buyer
// question made mostly of one does not win on it.
func TestQuestionFrames(t *testing.T) {
	m := New([]*phrase.Phrase{
		{Code: "xs", Title: "XS码说明", Ask: []string{"有没有XS"}, Body: phrase.Body{Text: "XS码适合80-90斤。"}},
		{Code: "xr", Title: "新人礼", Tags: []string{"新客", "优惠"}, Body: phrase.Body{Text: "新客首单立减5元。"}},
	})
	wantFirst(t, m, "亲，第一次买 有没有新客优惠啊", "xr")
	if got := frameLen([]rune("有没有赠品"), 0); got != 3 {
		t.Errorf("frameLen(有没有赠品) = %d, want 3", got)
	}
	if got := frameLen([]rune("有货"), 0); got != 0 {
		t.Errorf("frameLen(有货) = %d, want 0", got)
	}
	// A query of particles, punctuation or emoji only matches nothing.
	for _, q := range []string{"亲", "？？", "🙂🙂"} {
		if res := m.Search(q, 0); len(res) != 0 {
			t.Errorf("%q: %v, want nothing", q, top(res))
		}
	}
}

// An input-method slip no phrase holds as written (起秋) weighs as the word it
// sounds like (起球), above a common word shared with neighbours' titles.
func TestSlipBySound(t *testing.T) {
	m := New([]*phrase.Phrase{
		withBody("pd", "衣服破洞", "收到的衣服有破洞请拍照。"),
		withBody("kx", "衣服开线", "衣服开线可以退换。"),
		withBody("qq", "起球问题", "轻微起球属正常，可用去球器。"),
		withBody("jj", "适合季节", "春秋季节都能穿。"),
	})
	wantFirst(t, m, "衣服起秋", "qq")
	// Typed alone, 起…秋 scattered through a body (春秋) is weaker than
	// the slip.
	res := wantFirst(t, m, "起秋", "qq")
	if len(res) > 0 && !res[0].Approximate {
		t.Errorf("起秋: %+v is strict", res[0])
	}
}

// Latin in a message: a run and the character after it is a token (l码 is
// not XL码); letters without a vowel found as a Latin token rank above
// initials in tags and questions; typed in capitals, a Latin token ranks
// above a code prefix.
func TestLatinRuns(t *testing.T) {
	m := New([]*phrase.Phrase{
		withBody("xl", "XL码库存", "XL码有货，下单就发。"),
		withBody("gz", "L码库存", "L码有货，下单就发。"),
		{Code: "hc", Title: "换尺码", Ask: []string{"尺码不合适能换吗"}, Body: phrase.Body{Text: "可以换。"}},
		withBody("sb", "设备编号", "设备的SN码在机身底部。"),
		withBody("xxlj", "商品链接", "链接发您。"),
		withBody("qb", "XL和XXL区别", "XXL比XL大一码。"),
	})
	// The same Chinese; only the Latin before 码 tells them apart.
	wantFirst(t, m, "L码还有货吗", "gz")
	wantFirst(t, m, "XL码还有货吗", "xl")
	res := wantFirst(t, m, "sn", "sb")
	if len(res) > 0 && (res[0].Score < TierBareToken || res[0].Score >= TierTitle) {
		t.Errorf("sn: score %d, want in TierBareToken", res[0].Score)
	}
	wantFirst(t, m, "sn码是哪个", "sb")
	// Lower case is a code prefix first, capitals are the text.
	wantFirst(t, m, "xxl", "xxlj")
	res = wantFirst(t, m, "XXL", "qb")
	if len(res) > 0 && (res[0].Score < TierUpperToken || res[0].Score >= TierCodeExact) {
		t.Errorf("XXL: score %d, want in TierUpperToken", res[0].Score)
	}
	// Initials still come first for letters without a vowel.
	wantFirst(t, m, "hcm", "hc")
}

// A typo in the first letter is tolerated (dahuo for fahuo, kanjie for
// lanjie), and a letter replaced by a keyboard neighbour or two letters
// swapped rank above a letter replaced by a far one (qiqui is 起球 with u
// and i swapped before 期退 with t typed as q).
func TestTypoFirstLetterAndKeyboard(t *testing.T) {
	m := New(shop(
		withBody("fh", "发货时间", "付款后48小时内发货。"),
		withBody("lj", "拦截快递", "已联系快递拦截。"),
		withBody("fq", "分期退款", "分期订单退款后分期取消。"),
		withBody("qq", "起球问题", "轻微起球属正常。"),
	))
	wantFirst(t, m, "dahuoshijian", "fh")
	wantFirst(t, m, "kanjiekuaidi", "lj")
	wantFirst(t, m, "qiqui", "qq")
	if !keyNeighbours('d', 'f') || !keyNeighbours('g', 'h') || keyNeighbours('t', 'q') || keyNeighbours('a', 'l') {
		t.Error("keyNeighbours")
	}
	for _, tt := range []struct {
		syl, typed string
		ok, far    bool
	}{
		{"fa", "da", true, false}, {"tui", "qui", true, true}, {"qiu", "qui", true, false},
		{"huo", "ho", true, false}, {"huo", "huoo", true, false}, {"huo", "huo", false, false},
	} {
		if ok, far := oneEdit(tt.syl, []rune(tt.typed)); ok != tt.ok || far != tt.far {
			t.Errorf("oneEdit(%s, %s) = %v, %v", tt.syl, tt.typed, ok, far)
		}
	}
}

// A Chinese numeral in a message is also the digits a reply writes: 四点 is
// 4点, 三十天 is 30天.
func TestNumeralsInMessages(t *testing.T) {
	m := New(shop(
		withBody("jd", "截单时间", "每天下午4点截单，之后的订单第二天发出。"),
		withBody("bj", "价格保护", "本店支持30天价格保护，降价可申请保价。"),
		withBody("hd", "活动时间", "活动从周一上午10点开始，到周日结束。"),
	))
	wantFirst(t, m, "下午四点以后拍的还能发吗", "jd")
	wantFirst(t, m, "能保三十天吗", "bj")
	for _, tt := range []struct {
		s    string
		v, l int
	}{{"七天", 7, 1}, {"十一点", 11, 2}, {"三十天", 30, 2}, {"二十四", 24, 3}, {"两件", 2, 1}, {"十", 10, 1}, {"天", 0, 0}, {"零点", 0, 0}} {
		if v, l := numeralValue([]rune(tt.s)); v != tt.v || l != tt.l {
			t.Errorf("numeralValue(%s) = %d, %d, want %d, %d", tt.s, v, l, tt.v, tt.l)
		}
	}
}

// A Chinese word and its pinyin give the same phrase first (issue 11, item
// 7): every title, tag and keyword of the evaluation pack typed in Chinese
// and in its pinyin (each character's first common reading), except where
// the pinyin also spells another phrase's word (a homophone the Chinese
// rules out).
func TestChineseAndPinyinAgree(t *testing.T) {
	ph := loadPack(t, evalPack)
	m := New(ph)
	homophones := map[string]string{
		"加钱": "价钱 (dsq's tag)",
		"退回": "退会 (tchy's tag)",
		"登记": "等级 (hydj's title)",
	}
	seen := map[string]bool{}
	for _, p := range ph {
		for _, w := range append(append([]string{p.Title}, p.Tags...), p.Keywords...) {
			if seen[w] || !cjkTerm([]rune(w)) {
				continue
			}
			seen[w] = true
			var py strings.Builder
			for _, r := range w {
				py.WriteString(PrimaryReadings(r)[0])
			}
			a, b := firstCodes(m.Search(w, 1)), firstCodes(m.Search(py.String(), 1))
			same := len(a) == 1 && len(b) == 1 && a[0] == b[0]
			if why, ok := homophones[w]; ok {
				if same {
					t.Errorf("%s and %s agree now: drop the exception (%s)", w, py.String(), why)
				}
				continue
			}
			if !same {
				t.Errorf("%s → %v, %s → %v", w, a, py.String(), b)
			}
		}
	}
}

// A short Chinese query that holds a particle or pronoun (不退了, 坏了, 其他)
// is a word typed as it stands when a title or keyword holds it or a tag is
// it: its 了 or 他 is not cut off.
func TestTypedWordsWithParticles(t *testing.T) {
	m := New(shop(
		&phrase.Phrase{Code: "cx", Title: "撤销退款", Tags: []string{"不退了"}, Body: phrase.Body{Text: "可以在订单页撤销退款申请。"}},
		withBody("zh", "只换不退", "特价商品只换不退。"),
		&phrase.Phrase{Code: "qt", Title: "还有其他问题吗", Body: phrase.Body{Text: "还有其他问题随时找我。"}},
		&phrase.Phrase{Code: "qw", Title: "七天无理由", Keywords: []string{"qitian"}, Body: phrase.Body{Text: "支持七天无理由退换。"}},
	))
	wantFirst(t, m, "不退了", "cx")
	wantFirst(t, m, "其他", "qt")
	// A longer one stays a message.
	if q := parseQuery("东西不退了"); !q.sentence {
		t.Error("东西不退了 is no message")
	}
}

// One letter read as an initial that, with the whole syllable typed beside
// it, spells a syllable is a split syllable: shaofa is 少发, not 单(s)号发;
// huanghuo is 换货 said the southern way, not 换(huan)购(g)活.
func TestSplitSyllable(t *testing.T) {
	m := New(shop(
		withBody("dh", "单号发错了", "单号发错了，这边马上更新。"),
		&phrase.Phrase{Code: "lf", Title: "漏发处理", Tags: []string{"少发"}, Body: phrase.Body{Text: "少发的商品马上补发。"}},
		withBody("hg", "换购活动", "加1元换购。"),
		withBody("hh", "换货流程", "申请换货后寄回。"),
	))
	wantFirst(t, m, "shaofa", "lf")
	wantFirst(t, m, "huanghuo", "hh")
	// Initials and whole syllables still mix where nothing is split.
	wantFirst(t, m, "hgou", "hg")
	wantFirst(t, m, "huanhuo", "hh")
}

// A rare reading covering a whole field does not beat a common reading in
// the middle of another (penaltyRare above the field-start and whole-field
// bonuses together): xin is 新 in 上新提醒 before 款 (rare xin) as a whole
// title, and likewise in tags.
func TestRareReadingNeverWinsATie(t *testing.T) {
	m := New(shop(
		withBody("k", "款", "款式见详情页。"),
		withBody("sx", "上新提醒", "每周五上新。"),
		&phrase.Phrase{Code: "kt", Title: "其他一", Tags: []string{"款"}},
		&phrase.Phrase{Code: "st", Title: "其他二", Tags: []string{"上新"}},
	))
	res := m.Search("xin", 0)
	var got []string
	for _, r := range res {
		got = append(got, r.Phrase.Code)
	}
	pos := func(c string) int {
		for i, g := range got {
			if g == c {
				return i
			}
		}
		return len(got)
	}
	if pos("sx") > pos("k") || pos("st") > pos("kt") {
		t.Errorf("xin: %v: a rare reading ranks above a common one", got)
	}
}
