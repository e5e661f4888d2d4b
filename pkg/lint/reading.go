package lint

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Readings of a whole reply's shape (lint v34): who acts after a hit, an app
// named as the software it is, a blame denied. They read a few closed word
// classes (subjects, adverbs, verbs, the guards' device words), not lists of
// phrasings: lint v33 measured that phrasing lists learned from one red-team
// batch do not move the next one. They lower an error to a warning, and the
// hit is still reported — except the buyer's own message echoed in quotes
// before the answer, which is not the shop's words at all (echoedQuote).

// shopSubjects are how the shop names itself as the one who acts.
var shopSubjects = []string{"我们这边", "我们这里", "咱们这边", "我这边", "我这里", "我们", "咱们", "我们店", "小店", "本店", "店里", "这边", "我"}

// soonAdverbs say "right now" on their own, so they may open the clause with
// no subject: 马上去帮您称一下. Not 一会儿 (一会儿问这一会儿问那 complains) and
// not 赶紧 (赶紧退 may be an order).
var soonAdverbs = []string{"现在就", "马上", "立刻", "立即", "这就", "稍后", "尽快", "等下", "等会"}

// immediateAdverbs say the act is about to happen, not done or habitual:
// 我们发出去都是好的 and 我这边也查不到 defend, 我去问一下 acts.
var immediateAdverbs = append([]string{"先", "再", "去", "来"}, soonAdverbs...)

// actAdverbs may stand between the subject and the verb: 我马上去帮您称一下.
var actAdverbs = append([]string{"现在", "今天", "就", "也", "都", "会", "给", "亲自", "专门", "直接"}, immediateAdverbs...)

// benefactives name the buyer as the one the act is for: 我们也帮您问.
var benefactives = []string{"帮您", "帮你", "给您", "给你", "替您", "替你", "为您"}

// actVerbs are what the shop does for the buyer on the spot.
var actVerbs = append([]string{"问", "查", "找", "联系", "安排", "核实", "确认", "核对", "称", "测", "量", "处理", "退", "换", "补", "发", "申请", "催", "跟进", "反馈", "登记", "对接", "沟通", "打电话", "上报", "报备", "试"}, benefactives...)

// failedAct words in the clause undo the act: 我去问了也没用, 我们也处理不了.
var failedAct = []string{"没用", "没办法", "没法", "不了", "不行", "不会", "没空", "不管", "不能", "白搭", "不到", "不动", "不上", "不着", "不出", "没有"}

// leadIns may open the clause before the subject: 不过我这边帮您问一下.
var leadIns = []string{"不过", "但是", "但", "所以", "那", "好的", "好", "这样", "放心"}

// shopActsLater (lint v34) reports a later clause of the reply in which
// the shop does something for the buyer now: 这个我不清楚具体重量，马上去帮
// 您称一下; 不晓得咋回事，我这边联系仓库查一下. An ignorance word or a push
// followed by the shop's own act is as often an honest "I'll find out" as a
// brush-off, so the hit is a warning.
func (c *checker) shopActsLater(h wordHit) bool {
	if h.nend < 0 {
		return false
	}
	if !c.shape.actsReady {
		// Once per reply: a reply of a thousand 不知道 is read once, not a
		// thousand times.
		c.shape.actsReady, c.shape.lastAct = true, -1
		n := c.norm.norm
		for s := 0; s < len(n); {
			e := c.clauseEnd(s + 1)
			if shopActs(n[s:e]) {
				c.shape.lastAct = s
			}
			if e <= s {
				break
			}
			s = e
		}
	}
	return c.shape.lastAct >= 0 && c.shape.lastAct >= c.clauseEnd(h.nend)
}

// shopActs reads one clause: [lead-in] shop subject {adverb} verb, or
// [lead-in] immediate adverb {adverb} verb, and nothing in it undoing the
// act.
func shopActs(cl []rune) bool {
	i := skipOne(cl, 0, leadIns)
	subj := false
	if j := skipOne(cl, i, shopSubjects); j > i {
		subj, i = true, j
	}
	immediate, soon := false, false
	for {
		j := skipOne(cl, i, actAdverbs)
		if j == i {
			break
		}
		immediate = immediate || skipOne(cl, i, immediateAdverbs) > i
		soon = soon || skipOne(cl, i, soonAdverbs) > i
		i = j
	}
	benefit := skipOne(cl, i, benefactives) > i
	// With no subject only a "right now" tells the shop from an order to the
	// buyer: 马上去帮您称一下 acts, 去问快递吧 sends the buyer.
	if !soon && (!subj || !immediate && !benefit) {
		return false
	}
	if skipOne(cl, i, actVerbs) == i {
		return false
	}
	return !containsAnyWord(string(cl[i:]), failedAct...)
}

// skipOne returns i past the longest word of ws that cl[i:] starts with, or
// i.
func skipOne(cl []rune, i int, ws []string) int {
	best := i
	for _, w := range ws {
		if hasPrefixRunes(cl[i:], w) {
			best = max(best, i+utf8.RuneCountInString(w))
		}
	}
	return best
}

// softwareApps are the chat and office apps a device runs, as norm writes
// them (企业微 is how the contact list reports 企业微信).
var softwareApps = []string{"企业微信", "企业微", "微信", "qq", "钉钉", "飞书", "腾讯会议", "抖音", "快手", "微博", "小红书"}

// softwareKinds are the guards' cue kinds that speak of software on a
// device: 能登录, 装上, 兼容, 电脑.
var softwareKinds = []string{"device-works", "feature-device", "compatible", "app-device"}

// reachRunes and reachWords, with guard.go's shopReach and shopReachWords,
// are the shop reaching the buyer anywhere in the reply: a person of the
// shop, adding, private talk, searching, scanning, transferring, a group, a
// number, a price, the shop, a deal.
const reachRunes = "我咱俺加私找搜扫转群号价买拍"

var reachWords = []string{"店铺", "本店", "小店", "客服", "下单", "便宜", "优惠", "直播", "链接", "主页", "红包", "券"}

// appAsSoftware (lint v34) reports a contact hit that names an app as the
// software a device runs, in a reply that never reaches the buyer:
// 办公软件都兼容，企业微信和钉钉都能登录; 手机的QQ也能装，跟微信一样在应用商店下载.
// Each contact entry names its own guards, and the ones for app names in
// device talk (deviceWorks, featureBeforeList) are not on every app's entry;
// this reading is the rule's, for every app. It asks for a software word
// of the guards anywhere in the reply and for nothing of the shop's:
// 装个微信，加我 reaches the buyer and stays an error.
func (c *checker) appAsSoftware(h wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	n := c.norm.norm
	if !slices.Contains(softwareApps, string(n[h.nstart:h.nend])) {
		return false
	}
	soft := slices.ContainsFunc(softwareKinds, func(k string) bool { return len(c.cuesOf(guardList, k)) > 0 })
	return soft && !c.reachesBuyer()
}

// reachesBuyer reports, once per reply, the shop reaching the buyer
// anywhere in it: reachRunes, reachWords, shopReach, shopReachWords or five
// digits in a row.
func (c *checker) reachesBuyer() bool {
	if c.shape.reachReady {
		return c.shape.reachesYou
	}
	c.shape.reachReady = true
	n := c.norm.norm
	all := string(n)
	c.shape.reachesYou = strings.ContainsAny(all, reachRunes) || containsAnyWord(all, reachWords...) ||
		containsAnyWord(all, shopReach...) || containsAnyWord(all, shopReachWords...) || fiveDigits(n, 0, len(n))
	return c.shape.reachesYou
}

// blameDenied (lint v34) reports a service hit that puts the blame on the
// buyer (it opens with 你 or 您) right after 不是, 并非 or 不属于: 不是你弄坏
// 的，是线本身的问题 takes the blame off the buyer. 又不是 is a retort (又
// 不是你一个人买的) and stays.
func (c *checker) blameDenied(h wordHit) bool {
	if h.nstart < 2 {
		return false
	}
	n := c.norm.norm
	if n[h.nstart] != '你' && n[h.nstart] != '您' {
		return false
	}
	retort := h.nstart >= 3 && n[h.nstart-3] == '又'
	return c.rightAfterNot(&h) && !retort
}

// speechVerbs open someone's words in quotation marks: 婆婆说“…”.
var speechVerbs = []string{"说", "问", "讲", "写", "留言", "回复", "发来", "道"}

// shopSpeakers are the shop speaking through a quote (我们老板说“好评返五块”):
// their words are the shop's own.
var shopSpeakers = []string{"我", "咱", "俺", "店", "客服", "老板", "掌柜", "主管", "同事", "小编"}

// questionMarks make a quote that opens a reply read as the buyer's message
// echoed before the answer: 「你是不是不识字」抱歉，可能是我理解错了.
var questionMarks = []string{"你", "您", "吗", "呢", "么", "？", "?", "吧", "怎么", "什么", "啥", "咋", "多少",
	"是不是", "有没有", "能不能", "会不会", "可不可以", "要不要", "行不行", "好不好", "对不对"}

// othersWords (lint v34) reports a hit wholly inside someone else's words
// in quotation marks after a speech verb whose speaker is not the shop, with
// the shop's own words after them: 婆婆说“不晓得你喜欢咸还是淡”，所以两种小样
// 都给你放了; 快递小哥留言“不归我们管”，我已经帮您投诉了. Who says the words
// decides what they are; the shop chose to repeat them, so they are still
// reported, as a warning. The shop's own people (我们老板说“…”) speak for
// it, and an answer that opens with a yes (…说“能加微信吗”——可以的) makes
// the words the shop's own offer. The buyer's message echoed at the start of
// the reply is not reported at all (echoedQuote, guard.go qaQuestions).
func (c *checker) othersWords(h wordHit) bool {
	f := c.norm.folded
	open, close := c.quoteWithin(h, maxSpeechQuote)
	if open < 0 || !answered(f[close+1:]) {
		return false
	}
	lead := strings.TrimRight(string(f[:open]), " ：:，,")
	lr := []rune(lead)
	for _, v := range speechVerbs {
		if strings.HasSuffix(lead, v) {
			vn := utf8.RuneCountInString(v)
			who := string(lr[max(0, len(lr)-vn-4) : len(lr)-vn])
			return !containsAnyWord(who, shopSpeakers...)
		}
	}
	return false
}

// asks reports a quote that reads as a question or as words addressed to
// the shop: a question word, 你/您, or a closing 不/没 (能治颈椎不).
func asks(q []rune) bool {
	if len(q) > 0 && strings.ContainsRune("不没否", q[len(q)-1]) {
		return true
	}
	return containsAnyWord(string(q), questionMarks...)
}

// quoteClose is the folded index of the quotation mark that closes the one
// opening at open, at most maxSpeechQuote runes on, or -1.
func (c *checker) quoteClose(open int) int {
	f := c.norm.folded
	for k := open + 1; k < len(f) && k-open <= maxSpeechQuote; k++ {
		if strings.ContainsRune(closeQuotes, f[k]) {
			return k
		}
	}
	return -1
}

// answered reports the shop's own words after a quote, not opening with a
// yes.
func answered(after []rune) bool { return hasWords(after) && !answersYes(after) }

// echoedQuote (lint v34) is the norm span of the buyer's message echoed in
// quotation marks at the start of the reply, followed by the shop's answer:
// 「你们抖音也卖吗」我们只开了这家淘宝店哦; 「颈枕能治颈椎不」那治不了哦. The
// quote must read as a question or as words to the shop (asks), and the
// answer must not open with a yes (「能加v吗」能，v：hs2288 is the shop's
// offer). It is one of the buyer's questions of qaQuestions (guard.go): no
// hit inside it is reported and the models do not read it. ok is false when
// the reply has none.
func (c *checker) echoedQuote() (span [2]int, ok bool) {
	n := &c.norm
	open := 0
	for open < len(n.folded) && unicode.IsSpace(n.folded[open]) {
		open++
	}
	if open >= len(n.folded) || !strings.ContainsRune(openQuotes, n.folded[open]) {
		return span, false
	}
	close := c.quoteClose(open)
	if close < 0 || !answered(n.folded[close+1:]) || !asks(n.folded[open+1:close]) {
		return span, false
	}
	ns, ne := sort.SearchInts(n.idx, open), sort.SearchInts(n.idx, close)
	return [2]int{ns, ne}, ns < ne
}

// yesWords open an answer that agrees: “能加微信吗”——可以的，加vx abc123 makes
// the quoted question the shop's own offer. guards.yaml agree holds words of
// the same kind for the reported guard, which reads them anywhere in the
// next clause as cues; echoedQuote runs before the word lists are matched
// (the quote it finds ends a clause for them), so it cannot read cues, and
// only an answer's first word counts here.
var yesWords = []string{"可以", "能", "行", "好的", "好滴", "没问题", "当然", "有的", "是的", "对", "嗯", "要得", "得行", "阔以", "ok"}

// answersYes reports an answer that opens, after punctuation and 亲, with a
// yes.
func answersYes(rs []rune) bool {
	i := 0
	for i < len(rs) && (!unicode.IsLetter(rs[i]) && !unicode.IsDigit(rs[i]) || rs[i] == '亲') {
		i++
	}
	rest := []rune(strings.ToLower(string(rs[i:])))
	return skipOne(rest, 0, yesWords) > 0
}

// maxSpeechQuote bounds how far a quote may reach around a hit.
const maxSpeechQuote = 40

// hasWords reports a letter, digit or Han character in rs.
func hasWords(rs []rune) bool {
	for _, r := range rs {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
