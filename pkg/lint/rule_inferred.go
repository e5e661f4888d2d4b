package lint

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/huashu-cli/huashu/pkg/lint/internal/infer"
)

// service/rude-tone has no check of its own: inferred (below) runs its model.
var rudeToneRule = Rule{ID: RuleRudeTone, Severity: Warning, Summary: "语气像服务禁语（模型推断，只报警告）"}

// inferredMessages are what each inferred check says about the clause it
// marks; the suffix says the model inferred it.
var inferredMessages = map[string]string{
	RuleRudeTone:  "语气生硬 %q：读起来像服务禁语，换成委婉、负责的说法",
	RuleCashback:  "像好评返现/付费好评 %q：评价和好处连在一起，平台禁止以利益换好评",
	RuleFakeOrder: "像刷单/炒信 %q：下单、发货、退钱连在一起，违法并违反平台规则",
	RuleContact:   "像站外联系或引流 %q：读起来像把买家引到平台以外（联系方式、别的平台、站外交易）",
	RuleMedical:   "像医疗功效宣称 %q：普通商品不得宣称治疗、预防疾病或医疗功效（《广告法》第十七条）",
	RuleAdLaw:     "像绝对化用语 %q：读起来像《广告法》第九条禁止的“最好、第一、独一无二”",
}

// inferred runs the models of internal/infer (trained on the labelled corpus,
// the red teams' replies and the starter packs) on a reply, after every
// rule's own check. A model speaks only where its rules have not:
// service/rude-tone when no service/* rule reported anything about the reply
// (a 禁语, a push, the deck's discouraged 我不会) and the reply does not help
// the buyer (helpful), the compliance models when none of the rules they
// learned from (Spec.Train: the contact model's are off-platform contact,
// phone numbers and links) found anything — and the cashback
// model only in a reply that hints at a review (cues.review-hint: 评, 晒, 星,
// review…) and does not leave it to the buyer (cues.voluntary: 自愿, 评不评), the fake-order model only where it hints at ordering (guards.yaml
// order-hint: 拍, 单, 链接, 销量…), the off-platform contact model (lint v12)
// only where it hints at reaching someone, somewhere or paying (contact-hint:
// 加, 号, 群, 店, 电话, 转, app…), never where the platform's own service is
// named (platform-service: 天猫客服, 95095 — push-to-platform's business) and
// never for a team that names its own platform. What a model infers
// is at most a warning; the span is the clause it scores highest.
func (c *checker) inferred(t *textCtx) {
	scored := false
	var rs []rune
	for j, sp := range infer.Specs {
		if sp.Report == "" || !c.l.on(sp.Report) || c.reportedFor(t, sp) || sp.Report == RuleRudeTone && (c.helpful() || c.refusesViolation()) ||
			sp.Report == RuleCashback && (!c.reviewHinted() || c.platformGrants() || len(c.cuesOf(RuleCashback, "voluntary")) > 0) ||
			sp.Report == RuleFakeOrder && len(c.cuesOf(guardList, "order-hint")) == 0 ||
			sp.Report == RuleContact && (len(c.cuesOf(guardList, "contact-hint")) == 0 || len(c.cuesOf(guardList, "platform-service")) > 0 || c.l.cfg.platform() != "" || c.searchesHowTo()) {
			continue // a paid review needs a review (截图发给客服，给您补偿 is after-sales), a fake order an order,
			// off-platform contact someone to reach; a shop that names its own platform (platform: 抖音) sells
			// where the model learned that naming 抖音 is the violation
		}
		if !scored { // first spec that runs: read the reply once, score every model
			rs = c.modelRunes(t.rs)
			c.infer.Load(string(rs))
			c.inferScores = slices.Grow(c.inferScores[:0], len(infer.Specs))[:len(infer.Specs)]
			infer.ScoreAll(&c.infer, c.inferScores)
			scored = true
		}
		if c.inferScores[j] <= sp.Threshold {
			continue
		}
		start, end := c.strongestClause(j, rs)
		if sp.Report == RuleContact && (!c.hintedSentence(start, end) || c.codeUseIn(start, end)) {
			continue // the sentence it reads as contact must itself hint at it: 颜色代码wxyz does not
		}
		sev := c.l.sev[sp.Report]
		if sev > Warning {
			sev = Warning
		}
		c.reportAt(t, sp.Report, sev, start, end,
			fmt.Sprintf(inferredMessages[sp.Report], string(t.rs[start:end]))+"（模型推断，报为警告）", nil)
	}
}

// modelRunes is the reply as the models read it: rs with blanks over the
// spans the word lists have already judged clean where they stand — links
// and domains (lint v12: compliance/external-link judges them), an
// exception of a service rule or of a model's rule (您不清楚的话, 你说不清楚,
// 空包裹), a hit of a service rule or of a model's rule that a guard cancels
// (亲您说不知道怎么查物流; 刷单是违规的，我们店不做) and a
// review word that is spoken of, not asked for (好评率, 好评的老师傅, 和评价
// 无关). A model trained on 不清楚 as a 禁语 would read them again. A blank
// is a gap for the models, so no gram crosses it, and the runes keep their
// places for the reported span.
func (c *checker) modelRunes(rs []rune) []rune {
	spoken := c.spokenReviews()
	links := linkSpans(rs, mayHaveDomain(c.norm.folded))
	quotes := append(c.buyerQuotes(), c.qaQuestions()...) // lint v31: 问：…答：… quotes the buyer's question too
	if len(c.sc.excs) == 0 && len(spoken) == 0 && len(links) == 0 && len(quotes) == 0 && !slices.ContainsFunc(c.hits, func(h wordHit) bool { return strings.HasPrefix(h.rule, "service/") || isModelRule(h.rule) }) {
		return rs
	}
	c.inferRunes = append(c.inferRunes[:0], rs...)
	out := c.inferRunes
	for _, l := range links {
		for k := l[0]; k < l[1]; k++ {
			out[k] = ' ' // a link is compliance/external-link's to judge: https://m.tb.cn/h.abc is the platform's
		}
	}
	blank := func(ns, ne int) {
		s, e := c.norm.span(ns, ne)
		for k := s; k < e && k < len(out); k++ {
			out[k] = ' '
		}
	}
	for _, x := range c.sc.excs {
		rule := c.l.words.info[x.term].rule
		if strings.HasPrefix(rule, "service/") || isModelRule(rule) {
			blank(x.start, x.end)
		}
	}
	for _, q := range spoken {
		blank(q.nstart, q.nend) // 好评率; 和评价无关: the perk is not for it
	}
	for _, q := range quotes {
		blank(q[0], q[1]) // 您说"你是不是机器人"？: the buyer's words, not the agent's tone
	}
	for i := range c.hits {
		h := &c.hits[i]
		if h.nstart < 0 {
			continue
		}
		switch {
		case strings.HasPrefix(h.rule, "service/") && (c.repeated(h) || c.guarded(h, ruleGuards[h.rule]...)):
			blank(h.nstart, h.nend) // 亲您说不知道怎么查物流: the list's guard already read it
		case h.rule == RuleMedical && c.sayingDebunked(*h):
			blank(h.nstart, h.nend) // lint v18: 说这个枕头能治失眠的都不靠谱 — debunked where it stands
		case isModelRule(h.rule) && (c.repeated(h) || guards["refusal"](c, h) || !slices.Equal(h.guards, []string{"same-goods"}) && c.guarded(h)):
			// (lint v18: same-goods cancels a hit the words cannot be sure
			// of — 拍9.9那个链接，我们发您要的2斤装 — and leaves the model its say)
			blank(h.nstart, h.nend) // 刷单是违规的，我们店不做: refused where it stands
		}
	}
	return out
}

// buyerQuotes (lint v13, after red teams 178-185) are the norm spans of the
// quotations that a reported or mention cue opens (您说"这不归你们管吧"，您
// 问的“能不能加微信”): the buyer's words, which the models must not read as
// the agent's — and (after 186-193) of a quoted how-to (百度搜一下“空气炸锅
// 怎么用”): a question searched for is never a shop's name or an account.
// Quotes run at most maxQuote runes.
func (c *checker) buyerQuotes() [][2]int {
	n := &c.norm
	var out [][2]int
	const maxQuote = 40
	for i := 0; i < len(n.folded); i++ {
		if !strings.ContainsRune(openQuotes, n.folded[i]) {
			continue
		}
		j := i + 1
		for j < len(n.folded) && j <= i+maxQuote && !strings.ContainsRune(closeQuotes, n.folded[j]) {
			j++
		}
		if j >= len(n.folded) || j > i+maxQuote {
			continue
		}
		ns, ne := sort.SearchInts(n.idx, i), sort.SearchInts(n.idx, j)
		if ns < ne && (c.cueBefore(guardList, "reported", ns, 1) || c.cueBefore(guardList, "mention", ns, 1) || howTo(n.norm[ns:ne])) {
			out = append(out, [2]int{ns, ne})
		}
		i = j
	}
	return out
}

// searchesHowTo (lint v13, after red teams 186-193) reports a search (搜)
// right before a quoted how-to (百度搜一下“空气炸锅怎么用”, 网上搜“路由器怎么
// 重置”): the buyer is sent to an answer, not to a shop or an account, so the
// contact model does not speak. The word lists still judge the reply.
func (c *checker) searchesHowTo() bool {
	n := &c.norm
	for _, q := range c.buyerQuotes() {
		if !howTo(n.norm[q[0]:q[1]]) {
			continue
		}
		for k := max(0, q[0]-4); k < q[0]; k++ {
			if n.norm[k] == '搜' {
				return true
			}
		}
	}
	return false
}

// howTo reports a question word in q (怎么, 如何, 为什么, 咋): quoted, it is
// what the buyer may search for, not whom to find.
func howTo(q []rune) bool {
	return containsAnyWord(string(q), "怎么", "如何", "为什么", "咋")
}

// spokenReviews are the review words the rule judged spoken of, not asked
// for: not-review cues (好评率, 好评的老师傅) and review cues it found unlinked
// from any reward (和评价无关).
func (c *checker) spokenReviews() []cueHit {
	spoken := c.cuesOf(RuleCashback, "not-review")
	for _, q := range c.cuesOf(RuleCashback, "review") {
		if c.unlinked(q) {
			spoken = append(spoken, q)
		}
	}
	return spoken
}

// reviewHinted reports a hint of a review (cues.review-hint) that the rule has
// not judged spoken of (spokenReviews).
func (c *checker) reviewHinted() bool {
	spoken := c.spokenReviews()
	for _, h := range c.cuesOf(RuleCashback, "review-hint") {
		if !slices.ContainsFunc(spoken, func(s cueHit) bool { return s.nstart < h.nend && h.nstart < s.nend }) {
			return true
		}
	}
	return false
}

// hintedSentence (lint v12) reports a contact hint (guards' contact-hint) in
// the sentence that holds the reply's runes [start, end).
func (c *checker) hintedSentence(start, end int) bool {
	ns, ne := sort.SearchInts(c.norm.idx, start), sort.SearchInts(c.norm.idx, end)
	if ns >= len(c.norm.norm) {
		return false
	}
	return c.cueWithin(guardList, "contact-hint", c.sentenceStart(ns), c.sentenceEnd(max(ne, ns+1)))
}

// refusesViolation (lint v12): the reply turns down an off-platform contact,
// a paid review or a fake order where it stands (a refusal guard cancels the
// hit: 加微信？这个真的不行，平台盯得紧). A refusal on the rules' side is not
// rude tone, however short it is.
func (c *checker) refusesViolation() bool {
	for i := range c.hits {
		h := &c.hits[i]
		if (h.rule == RuleContact || h.rule == RuleCashback || h.rule == RuleFakeOrder) && h.nstart >= 0 && c.refusedBefore(h) {
			return true
		}
	}
	// lint v12 (after red teams 146-153): or it calls a claim false (debunk:
	// 能治失眠？这是网上的虚假宣传，我们没这么说过; 有人说…，没有依据).
	return slices.ContainsFunc(c.cuesOf(guardList, "debunk"), func(q cueHit) bool { return !c.denied(q) })
}

// platformGrants (lint v12) reports a reward the platform grants or a
// platform program named in the reply (guards' platform-perk: 京豆, 淘金币;
// the cashback list's platform-program: 平台的活动): the rule has judged who
// pays (京东评价晒单后会有京豆奖励，这是平台规则), and a shop that pays for a
// review with one (好评送京豆) is the rule's hit, not the model's.
func (c *checker) platformGrants() bool {
	return len(c.cuesOf(guardList, "platform-perk")) > 0 || len(c.cuesOf(RuleCashback, "platform-program")) > 0
}

// isModelRule reports whether a model reports under rule (infer.Specs).
func isModelRule(rule string) bool {
	return slices.ContainsFunc(infer.Specs, func(sp infer.Spec) bool { return sp.Report == rule })
}

// helpfulKinds are the guard cues (words/guards.yaml) that mark a reply as
// helping the buyer: the shop acting for them (tone-helps: 为您, 帮您), an
// apology, the agent following up, a question put to the buyer (asks-before,
// whether), a platform prohibition explained (rule-explained). The service rules' patterns read them per hit; for the tone
// model, which reads the reply as a whole, any of them anywhere vetoes rude
// tone.
var helpfulKinds = []string{"tone-helps", "apology", "follow-up", "asks-before", "whether", "rule-explained"}

// helpful reports a helpful-kind guard cue anywhere in the reply.
func (c *checker) helpful() bool {
	for _, k := range helpfulKinds {
		if slices.ContainsFunc(c.cuesOf(guardList, k), func(q cueHit) bool { return k != "apology" || !c.fakeOwning(q) }) {
			return true
		}
	}
	return false
}

// reportedFor tells whether the current reply already has a problem that
// silences sp's model: any service/* problem for rude tone, one of the rules
// it learned from (or reports under) otherwise.
func (c *checker) reportedFor(t *textCtx, sp infer.Spec) bool {
	for _, p := range t.st.problems[c.textFrom:] {
		if p.Rule == sp.Report || slices.Contains(sp.Train, p.Rule) || (sp.Report == RuleRudeTone && strings.HasPrefix(p.Rule, "service/")) {
			return true
		}
	}
	return false
}

// strongestClause returns the rune range of the clause Specs[spec]'s model
// scores highest, without its closing punctuation. It reuses the reply's
// scratch: only a reply already reported gets here.
func (c *checker) strongestClause(spec int, rs []rune) (int, int) {
	scores := make([]float64, len(infer.Specs))
	bestS, bestE, best := 0, len(rs), -1e18
	for s := 0; s < len(rs); {
		e := s
		for e < len(rs) && !isClauseBreak(foldRune(rs[e])) {
			e++
		}
		if e > s {
			c.infer.Load(string(rs[s:e]))
			infer.ScoreAll(&c.infer, scores)
			if v := scores[spec]; v > best {
				bestS, bestE, best = s, e, v
			}
		}
		s = e + 1
	}
	return bestS, bestE
}

// modelDoubts (lint v12) reports that the model doubting rule's errors
// (infer.Spec.Doubts) scores the sentence holding h below its DoubtBelow: the
// rule's words are there, but the sentence does not read like the violation.
// The model reads the sentence as the matcher does (Traditional folded,
// spaces and separators dropped: 好 评 返 现 is 好评返现), with a break at
// every clause. Lint v12 read the whole reply; lint v13 reads the sentence,
// so that clean sentences added around a violation (亲，感谢您的支持，有问题
// 随时找我们。好评返现5元) do not talk it down.
func (c *checker) modelDoubts(rule string, h wordHit) bool {
	j, score := c.sentenceScore(rule, h)
	return j >= 0 && score < infer.Specs[j].DoubtBelow
}

// modelDismisses (lint v13) reports that the same model scores the sentence
// holding h below its DropBelow: the rule's words are there, and the
// sentence around them reads as a plainly clean reply — a polite refusal in
// words no guard knows (支付宝和微信都转不了，请在平台下单), the shop
// explaining itself. Such a hit is not reported at all.
func (c *checker) modelDismisses(rule string, h wordHit) bool {
	j, score := c.sentenceScore(rule, h)
	return j >= 0 && score < infer.Specs[j].DropBelow
}

// sentenceScore is the score of the model that doubts rule on the sentence
// holding h, and that model's index in infer.Specs; -1 when no model doubts
// rule, h has no place in norm (a raw word), or the sentence is little more
// than h (contextAround). The sentence's scores are kept for the next hit in
// it.
func (c *checker) sentenceScore(rule string, h wordHit) (int, float64) {
	j := slices.IndexFunc(infer.Specs, func(sp infer.Spec) bool { return slices.Contains(sp.Doubts, rule) })
	if j < 0 || h.nstart < 0 {
		return -1, 0
	}
	n := &c.norm
	ss, se := c.sentenceStart(h.nstart), c.sentenceEnd(h.nend)
	if !c.contextAround(h, ss, se) {
		return -1, 0
	}
	if !c.sent.ready || c.sent.start != ss || c.sent.end != se {
		b := c.sent.text[:0]
		for i := ss; i < se && i < len(n.norm); i++ {
			if i > ss && i < len(n.brk) && n.brk[i] != 0 {
				b = append(b, '|')
			}
			b = utf8.AppendRune(b, n.norm[i])
		}
		c.sent.text = b
		c.infer.Load(string(b))
		c.sent.scores = slices.Grow(c.sent.scores[:0], len(infer.Specs))[:len(infer.Specs)]
		infer.ScoreAll(&c.infer, c.sent.scores)
		c.sent.ready, c.sent.start, c.sent.end = true, ss, se
	}
	return j, c.sent.scores[j]
}

// contextAround reports that norm[s:e] holds at least as many runes outside
// the hit as in it — enough for a model to judge the words by their context.
// A reply that is little more than the words (就这点开始上班？ 不可能是我们
// 发错货) is judged by the words: the deck lists them as they stand.
func (c *checker) contextAround(h wordHit, s, e int) bool {
	in := min(h.nend, e) - max(h.nstart, s)
	return e-s-in >= in
}

// codeUseIn (lint v18, after red teams 386-393) reports that the contact
// hits in the reply's runes [start, end) are all codes whose code-use guard
// cancels them, at least one: the reply names what the code is for (扫一下包
// 装盒侧面的二维码就能看电子版说明书和使用视频), so the contact model's reading
// of 扫 and 码 there is answered. Another contact word beside it (扫描说明书
// 背面二维码进入品牌小程序办理) leaves the model its say.
func (c *checker) codeUseIn(start, end int) bool {
	found := false
	for i := range c.hits {
		h := &c.hits[i]
		if h.rule != RuleContact || h.nstart < 0 {
			continue
		}
		if s, e := c.norm.span(h.nstart, h.nend); s < start || e > end {
			continue
		}
		if !slices.Contains(h.guards, "code-use") || !guards["code-use"](c, h) {
			return false
		}
		found = true
	}
	return found
}
