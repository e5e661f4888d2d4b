package lint

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// compliance/*: what costs the shop points or a fine besides contact
// details — paid reviews, fake orders, the 《广告法》. Every rule here is
// cancelled by a refusal just before its hit (抱歉亲，平台规定不能好评返现哦).

var cashbackRule = Rule{ID: RuleCashback, Severity: Error, Summary: "好评返现、付费好评（评价/五星/晒单…换红包/返现/券/免单…）", check: checkCashback}

// checkCashback reports the words of words/compliance-review-cashback.yaml
// and a review trigger (cues.review: 好评, 五星, 晒单, 追评, 带图…) paired with
// a reward (cues.reward: 返现, 红包, 券, 报销, 退您, 免单, 有礼…) in the same
// sentence: the reward within maxRewardGap runes after the trigger (收货后给
// 个五星，联系客服领取小惊喜), or right before it in the same clause (返 5 元
// 好评截图). A thank-you for a review or an invitation without a reward is
// fine.
func checkCashback(c *checker, t *textCtx) {
	var hits []wordHit
	for _, h := range c.ruleHits(RuleCashback, "refusal") {
		if !c.deniesReward(h) {
			hits = append(hits, h)
		}
	}
	hits = append(hits, c.reviewRewards()...)
	c.reportHits(t, RuleCashback, dedupeHits(hits), func(orig string) string {
		return fmt.Sprintf("好评返现/付费好评 %q：平台禁止以利益换好评", orig)
	})
}

// deniesReward: the sentence that holds a paid-review word denies every
// reward it names (好评截图发不发都可以，我们没有任何返现; 评价不需要截图，
// 也不会给您返钱): the word is spoken of, nothing is paid for it.
func (c *checker) deniesReward(h wordHit) bool {
	if len(c.cuesIn(RuleCashback, "reward", max(0, h.nstart-c.l.words.maxCue), h.nend)) > 0 {
		for _, rw := range c.cuesIn(RuleCashback, "reward", max(0, h.nstart-c.l.words.maxCue), h.nend) {
			if rw.nend > h.nstart {
				return false // the hit's own reward (好评返现)
			}
		}
	}
	start, end := c.sentenceStart(h.nstart), c.sentenceEnd(h.nend)
	if c.denySent.ready && c.denySent.start == start {
		return c.denySent.all // hits come in order: one answer per sentence
	}
	all := false
	for _, rw := range c.cuesIn(RuleCashback, "reward", start, end) {
		if !c.refusedBefore(&wordHit{nstart: rw.nstart, nend: rw.nend}) {
			all = false
			break
		}
		all = true
	}
	c.denySent.ready, c.denySent.start, c.denySent.all = true, start, all
	return all
}

// Gaps, in norm runes, between a review trigger and its reward.
const (
	maxRewardGap       = 20 // reward after the trigger, same sentence
	maxRewardGapBefore = 6  // reward before the trigger, same clause
	maxLinkedGap       = 24 // reward before the trigger, tied by a link word (条件, 前提…), same sentence
	maxNextSentenceGap = 40 // reward in the next sentence, which opens with the proof step (截图发给客服…)
)

// proofNextSentence reports a reward in the sentence right after the
// trigger's when that sentence, before the reward, asks for the proof of the
// review (cues.proof: 截图, 完成后, 评完…): 给个五星+晒图哦！截图发给客服，给您
// 补一张5元券 is one deal across the full stop. A reward in the next sentence
// with no such step (感谢您的好评！店铺现有满200减20的券可以领) is an unrelated
// offer: the window stays one sentence for it.
//
// The same step lets a reward stand further than maxRewardGap after the
// trigger in its own sentence (五星好评加三张实拍图，然后把评价页面截图发到这个
// 聊天窗口，我们这边确认后返您3元).
func (c *checker) proofNextSentence(tr, rw cueHit) bool {
	s2 := c.sentenceStart(rw.nstart)
	switch {
	case s2 <= tr.nend:
		s2 = tr.nend // the same sentence, the reward beyond maxRewardGap
	case c.sentenceStart(s2-1) != c.sentenceStart(tr.nstart):
		return false // further than the next sentence
	}
	if len(c.cuesIn(RuleCashback, "complaint", s2, rw.nstart)) > 0 || len(c.cuesIn(RuleCashback, "repair", s2, rw.nstart)) > 0 {
		return false // 不满意可以截图联系客服，给您退款: the proof of a fault
	}
	return c.cueWithin(RuleCashback, "proof", s2, rw.nstart)
}

func (c *checker) reviewRewards() []wordHit {
	triggers := c.cuesOf(RuleCashback, "review")
	if len(triggers) == 0 {
		return nil
	}
	rewards := c.cuesOf(RuleCashback, "reward")
	for _, q := range c.cuesOf(RuleCashback, "reward-amount") {
		if c.amountAfter(q.nend) {
			rewards = append(rewards, q) // 便宜五块, 减5元
		}
	}
	rewards = append(rewards, c.equalsAmounts()...)
	rewards = append(rewards, c.feeWaivers()...)
	notRewards := c.cuesOf(RuleCashback, "not-reward")
	notReviews := c.cuesOf(RuleCashback, "not-review")
	// What disqualifies a reward does not depend on the trigger: decide it
	// once, so a long reply full of both stays linear in the pairs that are
	// near enough to count.
	valid := rewards[:0:0]
	for _, rw := range rewards {
		switch {
		case c.decorativeEmoji(rw): // 感谢亲的五星好评🎁: an emoji that decorates, nothing is handed over
		case coveredByAny(rw, notRewards): // 返回, 领口, 送达: the same characters, another word
		case extendedByAny(rw, notRewards) && !c.giftAfter(rw): // 给您补|发: the reward's last character starts another word (给您补差价 still pays)
		case c.repairReward(rw): // 螺丝漏发了，给您补一个: after-sales, not a reward
		case c.cueBefore(RuleCashback, "giver", rw.nstart, 4): // 平台发放的红包: the platform's own program
		case c.inSentenceCue(RuleCashback, "platform-program", rw): // 评价后可以获得京豆，这是京东平台的活动
		case c.inSentenceCue(RuleCashback, "apology-gift", rw): // 另外送您一张5元券表示歉意: for the fault, not the review
		case c.refusedBefore(&wordHit{nstart: rw.nstart, nend: rw.nend}): // 评价按真实感受写，平台规定不能用现金或红包换评价
		case c.inQAQuestion(&wordHit{nstart: rw.nstart, nend: rw.nend}): // lint v31: 问：评价有奖励吗？答：没有的哦 — the buyer asks; a reward the answer names still counts
		default:
			valid = append(valid, rw)
		}
	}
	links := append(c.cuesOf(RuleCashback, "link"), c.cuesOf(RuleCashback, "link-weak")...)
	var out []wordHit
	for _, tr := range triggers {
		h := wordHit{rule: RuleCashback, nstart: tr.nstart, nend: tr.nend}
		if overlapsUncovered(tr, notReviews) || spokenOfAfter(tr, triggers, notReviews) || c.unlinked(tr) || c.cardWithoutStep(tr) || c.refused(&h, false) {
			continue // 好评率很高, 评价里说的: a review spoken of, not asked for
		}
		for _, rw := range valid {
			if rw.nstart-tr.nend > maxNextSentenceGap || tr.nstart-rw.nend > maxLinkedGap {
				continue // too far on either side: the cheap test first
			}
			var s, e int
			linked, weakLink := false, false
			if rw.nend <= tr.nstart && tr.nstart-rw.nend <= maxLinkedGap && !c.breakBetween(rw.nend, tr.nstart, sentenceBreak) {
				linked, weakLink = linkBetween(links, rw.nend, tr.nstart)
				if !linked && c.colonLink(rw.nend, tr.nstart) {
					linked = true // 红包5元等您拿：收货后五星评价并截图
				}
			}
			switch {
			case rw.nstart >= tr.nend && rw.nstart-tr.nend <= maxRewardGap && !c.breakBetween(tr.nend, rw.nstart, sentenceBreak):
				if c.breakBetween(tr.nend, rw.nstart, clauseBreak) && c.inClause(RuleCashback, "other-condition", rw) &&
					!c.cueWithin(RuleCashback, "proof", tr.nend, rw.nstart) {
					continue // 期待您的五星好评，关注店铺还能领券: the coupon is for following (but 五分全满的截图拿来，领一张店铺券 pays for the proof)
				}
				if c.breakBetween(tr.nend, rw.nstart, clauseBreak) && c.faultBetween(tr.nend, rw.nstart) {
					continue // 满意请给个好评，如果有问题联系我们，给您退换: the remedy is for a fault
				}
				s, e = tr.nstart, rw.nend
			case rw.nend <= tr.nstart && tr.nstart-rw.nend <= maxRewardGapBefore && !c.breakBetween(rw.nend, tr.nstart, clauseBreak):
				if c.cueWithin(guardList, "needless", rw.nend, tr.nstart) {
					continue // lint v16: 赠品不需要晒图，下单就送: the gift asks for no review
				}
				s, e = rw.nstart, tr.nend
				weakLink = false
			case linked:
				if weakLink && c.inClause(RuleCashback, "other-condition", rw) {
					continue // 本单满两件赠送的发圈已经打包啦，收到满意的话记得给个好评: the gift is for the order
				}
				s, e = rw.nstart, tr.nend // 领10元红包的条件：确认收货+5星评价
			case rw.nstart >= tr.nend && rw.nstart-tr.nend <= maxNextSentenceGap && c.proofNextSentence(tr, rw):
				if c.inClause(RuleCashback, "other-condition", rw) {
					continue
				}
				s, e = tr.nstart, rw.nend // 给个五星+晒图哦！截图发给客服，给您补一张券
			default:
				continue
			}
			if e == rw.nend {
				e = c.extendRewards(rewards, rw)
			}
			h.nstart, h.nend = s, e
			h.start, h.end = c.norm.span(s, e)
			// A thank-you or an invitation (感谢您的好评…, 期待您的五星好评…)
			// is not the conditional ask a paid review is: weak.
			h.weak = c.cueBefore(RuleCashback, "thanks", tr.nstart, 4) || weakLink
			if c.repeated(&h) {
				break // 您问评价送不送东西，抱歉不能哦: the buyer's question
			}
			out = append(out, h)
			break
		}
	}
	return out
}

// equalsAmounts are the amounts of money an equals sign gives (好评+晒图=5元,
// 五星＋三张图 ＝ 8块): the sum written out is a reward like 返5元. Only a
// number with a unit of money (元, 块, r, 毛) counts: 好评率=98% is a rate.
func (c *checker) equalsAmounts() []cueHit {
	n := &c.norm
	var out []cueHit
	for i, r := range n.folded {
		if r != '=' && r != '＝' {
			continue
		}
		at := sort.SearchInts(n.idx, i) // the first norm rune after the sign
		if j := skipSpaces(n.folded, i+1); j < len(n.folded) && strings.ContainsRune("¥￥$", n.folded[j]) && at < len(n.norm) && isDigit(n.norm[at]) && n.idx[at] == skipSpaces(n.folded, j+1) {
			e := at // lint v11 round 7: 好评+图=¥5, the currency before the amount
			for e < len(n.norm) && (isDigit(n.norm[e]) || n.norm[e] == '.') {
				e++
			}
			out = append(out, cueHit{rule: RuleCashback, kind: "reward", nstart: at, nend: e, entry: -1})
			continue
		}
		e := at
		for e < len(n.norm) && (numeralValue(n.norm[e]) >= 0 || n.norm[e] == '十' || n.norm[e] == '点' || n.norm[e] == '.') {
			e++
		}
		if e == at || e >= len(n.norm) || c.breakBetween(at, e, clauseBreak) || !strings.ContainsRune("元块毛r", n.norm[e]) {
			continue
		}
		out = append(out, cueHit{rule: RuleCashback, kind: "reward", nstart: at, nend: e + 1, entry: -1})
	}
	return out
}

// rewardEmoji are the emoji normalize spells out as a reward (🧧 红包,
// 💰 现金, 🎁 礼物).
const rewardEmoji = "🧧💰💵💴💶💷💸🤑🎁"

// decorativeEmoji (lint v11 round 7): a reward spelled out from an emoji
// counts only as the result of an equation (5星+图=🧧, 好评+晒图→💰) or
// after a verb that hands it over (送🎁, 领🧧, 发你🧧); after anything else
// (感谢亲的五星好评🎁🎁) it decorates the sentence.
func (c *checker) decorativeEmoji(rw cueHit) bool {
	n := &c.norm
	i := n.idx[rw.nstart]
	if !strings.ContainsRune(rewardEmoji, n.folded[i]) {
		return false
	}
	for i--; i >= 0; i-- {
		r := n.folded[i]
		switch {
		case r == ' ' || r == '\t' || isVariation(r) || strings.ContainsRune(rewardEmoji, r):
			continue
		case strings.ContainsRune("=→➡👉⇒:+", r):
			return false
		}
		break
	}
	// lint v12 round 10: the verb may stand before whom and how many (发你🧧,
	// 送您个💰, 给你一个🧧).
	j := rw.nstart - 1
	// Lint v20: and how small (给你包个小🧧).
	for k := 0; k < 3 && j > 0 && strings.ContainsRune("你您个一小", n.norm[j]); k++ {
		j--
	}
	if j >= 0 && strings.ContainsRune("送领返得拿有发给赠抽换包", n.norm[j]) {
		return false
	}
	// Lint v17 (after red teams 362-369): or the buyer is told where to
	// claim it right after (5⃣️星好评🧧找我).
	return !slices.ContainsFunc(emojiClaims, func(w string) bool { return hasPrefixRunes(n.norm[rw.nend:], w) })
}

// emojiClaims tell the buyer to come and claim a reward (decorativeEmoji).
// Lint v30 (after red teams 954-961): or that it is on its way (给个 hp
// 私我，🧧安排上).
var emojiClaims = []string{"找我", "找客服", "私我", "私聊", "私信", "联系客服", "截图", "来领", "来拿", "领取", "安排上", "安排了", "奉上", "到账"}

// skipSpaces returns the first index from i on in rs that is no space.
func skipSpaces(rs []rune, i int) int {
	for i < len(rs) && (rs[i] == ' ' || rs[i] == '\t') {
		i++
	}
	return i
}

// feeWaivers (lint v10 round 6) are the fees a reply waives: 免 and 费 with
// one to four runes between them in one clause (下次保养免工时费, 免设计费,
// 免上门服务费) — a reward like 免运费, for any fee. 免费 alone is no reward
// (换码是免费的), nor 避免, 以免, 难免, 未免, 不免 (以免产生运费) or 免得, 免疫.
func (c *checker) feeWaivers() []cueHit {
	n := c.norm.norm
	var out []cueHit
	for i, r := range n {
		if r != '免' || i+2 >= len(n) || strings.ContainsRune("得疫", n[i+1]) {
			continue
		}
		if i > 0 && strings.ContainsRune("避以难未不豁赦", n[i-1]) {
			continue
		}
		for j := i + 2; j < len(n) && j <= i+5; j++ {
			if n[j-1] == '免' || c.breakBetween(i, j, clauseBreak) {
				break
			}
			if n[j] == '费' {
				out = append(out, cueHit{rule: RuleCashback, kind: "reward", nstart: i, nend: j + 1, entry: -1})
				break
			}
		}
	}
	return out
}

// inSentenceCue reports a cue of rule/kind in the sentence that holds q.
func (c *checker) inSentenceCue(rule, kind string, q cueHit) bool {
	end := c.sentenceEnd(q.nend)
	return c.cueWithin(rule, kind, c.sentenceStart(q.nstart), end)
}

// inClause reports a cue of rule/kind in the clause that holds q.
func (c *checker) inClause(rule, kind string, q cueHit) bool {
	start, end := c.clauseStart(q.nstart), c.clauseEnd(q.nend)
	return c.cueWithin(rule, kind, start, end)
}

// linkBetween reports a link word (cues.link: 条件, 前提, 方式, 只要, 就差…)
// in norm [a, b), between a reward and the review after it: 返现3元，条件是晒
// 图好评. weak: only cues.link-weak (记得), which may follow a gift for the
// order itself.
func linkBetween(links []cueHit, a, b int) (linked, weak bool) {
	for _, q := range links {
		if q.nstart < a || q.nend > b {
			continue
		}
		switch q.kind {
		case "link":
			return true, false
		case "link-weak":
			linked, weak = true, true
		}
	}
	return linked, weak
}

// colonLink reports a colon between a reward ending at norm a and a review
// starting at b, and no other break — the reward announced, then how to earn
// it (返现8元：确认收货后给个五星) — unless the reward heads an explanation
// (cues.heading: 运费险说明：收货后评价不影响理赔) or the colon is one of a list
// of headings (红包：下单时自动抵扣；评价：收货后可以写).
func (c *checker) colonLink(a, b int) bool {
	n := &c.norm
	if a <= 0 || b >= len(n.norm) {
		return false
	}
	colons, breaks := 0, 0
	for _, r := range n.folded[n.idx[a-1]+1 : n.idx[b]] {
		switch {
		case r == ':' || r == '：':
			colons++
		case breakLevel(r) != 0:
			breaks++ // 红包：下单时自动抵扣；评价：… is a list of headings
		}
	}
	if colons != 1 || breaks > 0 {
		return false
	}
	for _, q := range c.cuesIn(RuleCashback, "heading", a, b) {
		if q.nend <= b {
			return false
		}
	}
	return true
}

// coveredByAny reports whether one of qs covers q (返回 covers the 返 of
// 返回; 补差 covers 补 but not 给您补 in 给您补差价).
func coveredByAny(q cueHit, qs []cueHit) bool {
	for _, o := range qs {
		if o.nstart <= q.nstart && o.nend >= q.nend {
			return true
		}
	}
	return false
}

// extendedByAny reports a cue of qs that starts inside q and runs past its
// end: 补发 after the reward 给您补 (给您补发一个配件) makes the 补 part of
// another word, as coveredByAny does for a cue that covers the whole reward.
func extendedByAny(q cueHit, qs []cueHit) bool {
	for _, o := range qs {
		if o.nstart > q.nstart && o.nstart < q.nend && o.nend > q.nend {
			return true
		}
	}
	return false
}

// repairReward: a 补 or 寄 reward (补, 给您补, 寄一包) in a clause that names a missing or
// broken part (cues.repair: 配件, 螺丝, 漏发, 坏了, 新的…) and no gift after
// it (cues.gift: 小礼物, 赠品, 小样, 红包, 券, 元…) is after-sales — 盖子坏了
// 的话我们给您补一个新的 replaces what the order lacked; 好评后补个小样给您
// still pays for the review.
func (c *checker) repairReward(rw cueHit) bool {
	if w := c.norm.norm[rw.nstart:rw.nend]; !strings.ContainsRune(string(w), '补') && w[0] != '寄' {
		return false // 补, 给您补; lint v10: 寄一包, 寄一份 (再给您寄一包 after 少了一包)
	}
	if c.giftAfter(rw) {
		return false
	}
	start, end := c.clauseStart(rw.nstart), c.clauseEnd(rw.nend)
	// The part may stand in the clause before (螺丝漏发了，今天给您补寄一个).
	if start > 0 {
		start = c.clauseStart(start - 1)
	}
	return len(c.cuesIn(RuleCashback, "repair", start, end)) > 0
}

// faultBetween reports a fault (cues.complaint, cues.repair: 有问题, 不满意,
// 破损…) in norm [a, b): a reward after it answers the fault, not the review
// before it.
func (c *checker) faultBetween(a, b int) bool {
	for _, kind := range []string{"complaint", "repair"} {
		if c.cueWithin(RuleCashback, kind, a, b) {
			return true
		}
	}
	return false
}

// giftAfter reports a gift (cues.gift) from the reward to the end of its
// clause: 补发小礼物, 补个小样, 补差价 are still something for the review.
func (c *checker) giftAfter(rw cueHit) bool {
	return len(c.cuesIn(RuleCashback, "gift", rw.nstart, c.clauseEnd(rw.nend))) > 0
}

// amountAfter reports a number right after norm[:e] (便宜五块, 减 5 元), or
// after up to two words for whom (少收您五块, 少算了你三块).
func (c *checker) amountAfter(e int) bool {
	n := c.norm.norm
	for k := 0; k < 3 && e < len(n); k++ {
		if numeralValue(n[e]) >= 0 || n[e] == '十' || n[e] == '百' {
			return true
		}
		if !strings.ContainsRune("了个您你给我", n[e]) {
			return false
		}
		e++
	}
	return false
}

// extendRewards is where the reward that starts with rw ends: the longest
// reward cue at its start (补偿 over 补) and the rewards that follow within
// a few runes in the same clause (返3元红包, 领红包).
func (c *checker) extendRewards(rewards []cueHit, rw cueHit) int {
	end := rw.nend
	for grown := true; grown; {
		grown = false
		for _, o := range rewards {
			if o.nstart >= rw.nstart && o.nstart <= end+2 && o.nend > end && !c.breakBetween(end, o.nstart, clauseBreak) {
				end, grown = o.nend, true
			}
		}
	}
	return end
}

// unlinked (lint v11): 和/跟/与 right before the trigger and a denial of any
// link right after it, at most two runes on (收藏店铺领的券和评价没关系的; 赠
// 品和评价无关; 跟好评也没关系), or "not needed" right before it and 也/都
// right after (不需要评价也会送): the reply says the perk does not depend on a
// review.
func (c *checker) unlinked(tr cueHit) bool {
	n := c.norm.norm
	// 不需要评价也会送, 不用好评都有: the perk comes without the review.
	// 不用好评也返现 still pays cash for a review that it pretends to waive.
	if c.cueBefore(guardList, "needless", tr.nstart, 1) && tr.nend+1 < len(n) && strings.ContainsRune("也都", n[tr.nend]) && n[tr.nend+1] != '返' {
		return true
	}
	// 晒单分享不影响任何优惠: the review, as the subject, changes nothing.
	for _, q := range c.cuesIn(RuleCashback, "unlinked", tr.nend, tr.nend+5) {
		if string(n[q.nstart:q.nend]) == "不影响" && q.nstart-tr.nend <= 4 && !c.breakBetween(tr.nend, q.nstart, clauseBreak) &&
			q.nend < len(n) && strings.ContainsRune("任您你售", n[q.nend]) { // 不影响任何优惠, 不影响售后 (lint v26); 不影响返现 still pays
			return true
		}
	}
	if tr.nstart < 1 || !strings.ContainsRune("和跟与同", n[tr.nstart-1]) {
		return false
	}
	for _, q := range c.cuesIn(RuleCashback, "unlinked", tr.nend, tr.nend+3) {
		if q.nstart-tr.nend <= 2 && !c.breakBetween(tr.nend, q.nstart, clauseBreak) {
			return true
		}
	}
	return false
}

// cardWithoutStep (lint v30, after red teams 938-945): a card in the parcel
// (cues.card: 小卡片) carries a paid review only when the sentence tells the
// buyer what to do with it (cues.card-step: 按, 扫, 步骤, 上面…: 按小卡片上的
// 步骤领红包). 每个包裹都有一张手写小卡片和一颗糖，是我们家的小心意 is a
// gift with a note.
func (c *checker) cardWithoutStep(tr cueHit) bool {
	for _, q := range c.cuesIn(RuleCashback, "card", tr.nstart, tr.nend) {
		if q.nstart <= tr.nstart && q.nend >= tr.nend {
			for _, st := range c.cuesIn(RuleCashback, "card-step", c.sentenceStart(tr.nstart), c.sentenceEnd(tr.nend)) {
				if !c.denied(st) {
					return false // 没有二维码 denies the step
				}
			}
			return true
		}
	}
	return false
}

// spokenOfAfter (lint v11): the trigger runs straight into another that a
// not-review word takes (五星|好评的老师傅): the pair is one word, and the
// not-review word speaks of what is rated, so the first is spoken of too.
// A trigger inside the first is part of it, not another word (lint v11 round
// 8: 评价 in 返图到评价区).
func spokenOfAfter(tr cueHit, triggers, notReviews []cueHit) bool {
	for _, o := range triggers {
		if o.nstart > tr.nstart && o.nstart <= tr.nend && o.nend > tr.nend && overlapsUncovered(o, notReviews) {
			return true
		}
	}
	return false
}

// overlapsUncovered reports whether q overlaps one of qs that it does not
// cover whole (lint v10 round 5): the longer review word 晒到评价区 says
// what 评价区 alone (a place) does not.
func overlapsUncovered(q cueHit, qs []cueHit) bool {
	for _, o := range qs {
		if o.nstart < q.nend && q.nstart < o.nend && (o.nstart < q.nstart || o.nend > q.nend) {
			return true
		}
	}
	return false
}

// breakBetween reports a break of at least level dropped between norm[a-1]
// and norm[b] (brk[a] … brk[b]): a is where one span ends, b where the next
// starts.
func (c *checker) breakBetween(a, b int, level uint8) bool {
	for i := max(a, 1); i <= b && i < len(c.norm.brk); i++ {
		if c.norm.brk[i] >= level {
			return true
		}
	}
	return false
}

var fakeOrderRule = Rule{ID: RuleFakeOrder, Severity: Error, Summary: "刷单、补单、炒信及其黑话（拍A发B、S单、空包、全额返款冲销量）", check: checkFakeOrder}

func checkFakeOrder(c *checker, t *textCtx) {
	// Lint v12 (after red teams 122-129): a word denied right before it
	// (单号查不到不是假单号，揽收后会有延迟) is not claimed.
	hits := slices.DeleteFunc(c.ruleHits(RuleFakeOrder, "refusal", "met-elsewhere"), c.deniedRightBefore)
	c.reportHits(t, RuleFakeOrder, hits, func(orig string) string {
		return fmt.Sprintf("刷单/炒信 %q：违法，并违反平台规则", orig)
	})
}

var adLawRule = Rule{ID: RuleAdLaw, Severity: Warning, Summary: "《广告法》第九条禁用的绝对化用语", check: checkAdLaw}

// checkAdLaw reports the absolute terms of words/compliance-ad-law.yaml,
// except an ordinal followed by a measure word (第1次, 第一批: an order, not
// a ranking), 100%/百分百 next to a fibre or content word (棉100%, 含量
// 100%: a composition, not a claim; lint v10 round 5: also a plastic's
// abbreviation right next to it, 100% TPU, PC 100%), a brand name (永久牌, 冠军牌), 唯一 said
// of a code (券码是唯一的) and an absolute word right before a service the
// shop promises (绝对不会泄露您的个人信息, 百分百负责到底).
func checkAdLaw(c *checker, t *textCtx) {
	var keep []wordHit
	for _, h := range c.ruleHits(RuleAdLaw, "refusal") {
		if c.adLawExcused(h) {
			continue
		}
		keep = append(keep, h)
	}
	c.reportHits(t, RuleAdLaw, keep, func(orig string) string {
		return fmt.Sprintf("《广告法》绝对化用语 %q：换成客观描述；确属合理用法时在 .huashu-lint.yaml 加例外", orig)
	})
}

// adLawExcused reports an ad-law hit that its context shows to be no claim
// (checkAdLaw's list above). The model still reads such a hit: lint v16
// tried blanking them (这款不是销量第一 is cleared by the words, then read again
// by the model) and lost 16 true claims the model catches where an excuse
// reads too much (我们店卖得最火的, 100%不伤电池, 永久免费更新).
func (c *checker) adLawExcused(h wordHit) bool {
	return c.ordinalCount(h) || isPercentTerm(h.what) && !c.claimAfterPercent(h) && (c.nearAdLawCue("material", h, 4) || c.nearAdLawCue("plastic", h, 1)) || c.specLimit(h) || c.specValue(h) || c.permanentAccess(h) ||
		c.brandName(h) || h.what == "唯一" && c.nearAdLawCue("identifier", h, 6) || c.servicePromise(h) ||
		c.optionComparison(h) || c.periodLow(h) || c.modalBest(h) || c.partDimension(h) || c.stageBest(h) ||
		c.percentLevel(h) || c.fitAdvice(h) || c.adviceMost(h) || c.quotedName(h) || c.quotedRefused(h) || c.positionMost(h) || c.listOrdinal(h) || c.selfComparison(h) || c.ownRange(h) ||
		c.deniedRightBefore(h) || c.autoChoice(h) || c.buyersFavourite(h) || c.paperSize(h) || c.settingMost(h) || c.permanentCaution(h) || c.onlyPending(h) || c.buyersTitle(h) || c.pickedOut(h) || c.sizeRank(h) || c.quotedReport(&h) || c.wordMentioned(h) || c.quotedQuestionAnswered(h) ||
		c.quoteSplits(h) || c.awardGoods(h) || c.settingPicked(h) || c.deniedAfter(h)
}

// deniedAfter (lint v22, after red teams 586-593): the hit's clause goes on
// to say there is no such thing, a few runes on (永久保修没有哈; 永久性的大
// 棚膜没有), or that it cannot be (钢带说永不生锈不现实): the shop says what
// it does not offer.
func (c *checker) deniedAfter(h wordHit) bool {
	n := c.norm.norm
	if h.nend < 0 || h.nend >= len(n) {
		return false
	}
	ce := c.clauseEnd(h.nend)
	rest := strings.TrimRightFunc(string(n[h.nend:ce]), func(r rune) bool { return strings.ContainsRune(endParticles, r) })
	// Lint v23 (after red teams 618-625): or that the shop dare not say it
	// (第一名不敢当; 顶级的果子我们说不上; 说百分之百一个不坏我们不敢打包票),
	// a little further on.
	for _, w := range []string{"不敢当", "说不上", "谈不上", "称不上", "不敢说", "不敢打包票", "不敢保证"} {
		if strings.HasSuffix(rest, w) && len([]rune(rest)) <= 14 {
			return true
		}
	}
	if len([]rune(rest)) > 8 {
		return false
	}
	for _, w := range []string{"不现实", "不可能", "做不到", "不靠谱"} { // 说永不生锈不现实
		if strings.HasSuffix(rest, w) {
			return true
		}
	}
	if strings.ContainsRune(rest, '不') {
		return false
	}
	for _, w := range []string{"没有", "没得", "冇", "莫得", "呒没", "没"} {
		if strings.HasSuffix(rest, w) {
			return true
		}
	}
	return false
}

// claimAfterPercent (lint v22, after red teams 570-577): a promise follows
// 100% right away (材质100%安全无毒): the material named before it does not
// make the share a composition.
func (c *checker) claimAfterPercent(h wordHit) bool {
	n := c.norm.norm
	if h.nend < 0 || h.nend >= len(n) {
		return false
	}
	rest := string(n[h.nend:min(c.clauseEnd(h.nend), h.nend+3)]) // 外壳是ABS 100%，不含回收料: another clause
	for _, w := range percentPromises {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// percentPromises are what 100% promises when it does not measure a share
// (claimAfterPercent).
var percentPromises = []string{"安全", "无毒", "无害", "有效", "放心", "不会", "不伤", "不含", "没有",
	"吸净", "吸干净", "去除", "清除", "除", "杀灭", "过滤"} // lint v27 (after red teams 802-809): 100%吸净宠物毛 promises a result

// quoteSplits (lint v20, after red teams 482-489): a closing quotation mark
// falls inside the hit, and the quotes hold at least two runes before it —
// the hit joins the end of a quoted name to the word after it (“唱片王”牌子:
// 王 + 牌, not 王牌). A word quoted whole or a rune at a time (全网“最”低)
// is not split this way and stays a claim.
func (c *checker) quoteSplits(h wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	f := c.norm.folded
	split := -1
	for i := h.start + 1; i < h.end; i++ {
		if strings.ContainsRune(closeQuotes, f[i]) {
			split = i
			break
		}
	}
	if split < 0 {
		return false
	}
	for i := h.start - 1; i >= 0 && i >= h.start-10; i-- {
		if strings.ContainsRune(openQuotes, f[i]) {
			return h.start-i-1 >= 2
		}
	}
	return false
}

// awardGoods (lint v20, after red teams 482-489): 冠军 or 第一名 in a
// clause that names an award made to order (cues.award: 徽章, 奖牌, 奖杯):
// 运动会冠军徽章可以定制 sells what is printed on the medal, it ranks nothing.
func (c *checker) awardGoods(h wordHit) bool {
	if h.nstart < 0 || h.what != "冠军" && !strings.HasPrefix(h.what, "第一") {
		return false
	}
	// The clause, where a list comma 、 does not end it (第一名、第二名的奖牌).
	for _, q := range c.cuesIn(RuleAdLaw, "award", c.listClauseStart(h.nstart), c.sentenceEnd(h.nend)) {
		if c.listClauseStart(q.nstart) <= h.nstart {
			return true
		}
	}
	return false
}

// settingPicked (lint v20, after red teams 482-489): a verb of choosing or
// switching before 最 in its clause, and 最 + a one-rune degree + a
// measure word of settings (档, 挡, 级), 的 or 那 aside: 第一次用就揀最细嗰
// 档, 先开最小档 — which setting to use, not a rank. 最高档 is left out: it
// also means the highest grade (用最高档的面料).
func (c *checker) settingPicked(h wordHit) bool {
	n := c.norm.norm
	if h.nstart < 1 || h.what != "最" || h.nend+1 >= len(n) || !strings.ContainsRune("大小粗细强弱轻低慢快", n[h.nend]) {
		return false
	}
	i := h.nend + 1
	if i < len(n) && strings.ContainsRune("的嗰𠮶那个一", n[i]) {
		i++
	}
	if i >= len(n) || !strings.ContainsRune("档挡级", n[i]) || c.breakBetween(h.nend, i, clauseBreak) {
		return false
	}
	return strings.ContainsAny(string(n[c.clauseStart(h.nstart):h.nstart]), "揀拣选挑开调用换切")
}

// quotedQuestionAnswered (lint v18, after red teams 402-409): the hit stands
// in a quoted question that the reply then answers (“哪里买最便宜？”——我们天
// 猫旗舰店就是官方价格; normalize.go quotedQuestionBreaks): the buyer's
// words, echoed before the answer.
func (c *checker) quotedQuestionAnswered(h wordHit) bool {
	open, closeAt := c.quoteAround(h)
	if closeAt < 0 {
		return false
	}
	// A question: a question mark or 吗呢么 inside (“全网最便宜”——就是我们家
	// answers nothing, it says so).
	quoted := string(c.norm.folded[open+1 : closeAt])
	if !strings.ContainsAny(quoted, "?？吗呢么") {
		return false
	}
	k := sort.SearchInts(c.norm.idx, closeAt)
	return c.norm.quotedQuestionAt(k)
}

// wordMentioned (lint v18, after red teams 386-393): the hit is named as
// words right after it, without quotes (cues.word-count: 两个字, 这几个字):
// 冠军两个字可以印, the buyer's text for a print, not the shop's claim.
func (c *checker) wordMentioned(h wordHit) bool {
	return h.nstart >= 0 && len(c.cuesIn(RuleAdLaw, "word-count", h.nend, h.nend+1)) > 0
}

// pickedOut (lint v16, after red teams 302-305): 最 opens its clause (or
// follows 其中) and names one of the shop's items by it — 最 + one to three
// runes + 的 + (那|这|一)? + a measure word (最便宜的那款是基础款, 其中最小的一
// 只也有半斤; lint v16: or a way of buying, 最便宜的办法是选拼单): the subject
// of what follows, picked out of the range, not a claim about it. 这是最好的一
// 款 (最 not opening its clause) and a sentence naming the market (全网最便宜
// 的那款) stay claims.
func (c *checker) pickedOut(h wordHit) bool {
	n := c.norm.norm
	if h.nstart < 0 || h.what != "最" {
		return false
	}
	cs := c.clauseStart(h.nstart)
	ce := c.clauseEnd(h.nend)
	if c.bestAspect(h, ce) {
		return !c.wideInSentence(h)
	}
	if numberedItemIs(n, cs, h.nstart) {
		cs = h.nstart // lint v22: 一弦是最细的那根 — a numbered part, then which it is
	}
	if h.nstart == cs && c.setCounted(cs) && h.nend < ce {
		// Lint v22 (after red teams 594-601): the clause before counts the
		// set (这个收纳袋套装一共6个，最大的能装四五件T恤): 最X的 picks one of it.
		if i := strings.IndexRune(string(n[h.nend:min(ce, h.nend+4)]), '的'); i > 0 {
			return !c.wideInSentence(h)
		}
	}
	if h.nstart != cs && (h.nstart-2 < cs || string(n[h.nstart-2:h.nstart]) != "其中") {
		// Lint v16 (after red teams 342-345): or an attribute of one to
		// three runes opens the clause and 最X的是 follows (辣度最低的是微辣).
		if h.nstart-cs > 3 || !strings.Contains(string(n[h.nend:min(ce, h.nend+4)]), "的是") {
			return false
		}
		return !c.wideInSentence(h) && !containsAnyWord(string(n[cs:h.nstart]), rankedSubjects...)
	}
	i := h.nend
	for i < ce && i < h.nend+3 && n[i] != '的' && n[i] != '𠮶' && unicode.Is(unicode.Han, n[i]) {
		i++
	}
	if i == h.nend || i >= ce || n[i] != '的' && n[i] != '𠮶' {
		return false
	}
	if n[i] == '的' {
		i++
	}
	if i < ce && strings.ContainsRune("那这一𠮶", n[i]) { // lint v22: Cantonese 嗰 (𠮶) for 的那 (最低音嗰條)
		i++
	}
	if ce-i == 2 && unicode.Is(unicode.Han, n[i+1]) {
		// Lint v33 (after red teams 1098-1105): the clause ends on a
		// two-rune noun that opens with a measure word (最牢的支架，烂路也颠
		// 不掉): nothing follows that it is the subject of — the clause is
		// the claim. 其中最小的一只，… still picks one out.
		return false
	}
	if i < ce && strings.ContainsRune(itemMeasures, n[i]) || slices.ContainsFunc(optionNouns, func(w string) bool { return hasPrefixRunes(n[i:ce], w) }) ||
		letterSizeAt(n, i, ce) { // lint v22: 最小的S码适合…
		return !c.wideInSentence(h)
	}
	// Lint v17 (after red teams 362-369): or 的是 and a quantity of the
	// range (最便宜的是两斤装) — not a price (最便宜的是9块9).
	if i+1 < ce && n[i] == '是' && numeralValue(n[i+1]) >= 0 {
		j := i + 1
		for j < ce && numeralValue(n[j]) >= 0 {
			j++
		}
		return j < ce && !strings.ContainsRune("元块毛钱米", n[j]) && !c.wideInSentence(h)
	}
	return false
}

// bestAspect (lint v33, after red teams 1098-1105): 最 + one to three runes
// + 的 + a word for one side of a thing (地方, 一点, 优点, 特点, 亮点) + 是 —
// which of the product's own sides stands out (这台机器最省心的地方是不用改
// 橱柜), a comparison inside the product, not with the market.
func (c *checker) bestAspect(h wordHit, ce int) bool {
	n := c.norm.norm
	for k := h.nend + 1; k <= h.nend+3 && k < ce; k++ {
		if n[k] == '的' && slices.ContainsFunc(aspectNouns, func(w string) bool { return hasPrefixRunes(n[k+1:ce], w+"是") }) {
			return true
		}
	}
	return false
}

// aspectNouns name one side of a product (bestAspect: 最省心的地方是…).
var aspectNouns = []string{"地方", "一点", "优点", "特点", "亮点"}

// numberedItemIs reports a clause that opens with a numbered part of one
// product and 是 right before at (一弦是…, 3号是…): pickedOut then reads 最
// as picking that part out.
func numberedItemIs(n []rune, cs, at int) bool {
	return at-cs == 3 && numeralAt(n, cs) && strings.ContainsRune(sizeMeasures, n[cs+1]) && n[cs+2] == '是'
}

// setCounted reports that the clause before the one starting at cs counts a
// set of things (一共6个, 一套三件, 总共): pickedOut's 最X的 then picks one.
func (c *checker) setCounted(cs int) bool {
	if cs == 0 {
		return false
	}
	prev := string(c.norm.norm[c.clauseStart(cs-1):cs])
	return containsAnyWord(prev, "一共", "总共", "一套", "共有", "套装")
}

// sizeRank (lint v16, after red teams 314-321): a size number or letter
// with 号 or 码 right before 最, and 大/小/长/短/宽/窄 ending the clause after
// it (甲片尺寸是0到9号，0号最大，9号最小; XL码最大; L码已经是最大的): which
// end of a size chart is which, not a claim.
func (c *checker) sizeRank(h wordHit) bool {
	n := c.norm.norm
	if h.nstart < 2 || h.what != "最" || h.nend >= len(n) || !strings.ContainsRune(sizeDegrees, n[h.nend]) {
		return false
	}
	ce := c.clauseEnd(h.nend)
	if !c.onlyParticles(h.nend+1, ce) && (h.nend+1 >= ce || n[h.nend+1] != '的' || !c.onlyParticles(h.nend+2, ce)) {
		return false
	}
	// The size right before 最 (0号最大), or earlier in the clause with at
	// most 已经是 between (L码已经是最大的).
	cs := c.clauseStart(h.nstart)
	for k := h.nstart - 1; k >= cs+1 && k >= h.nstart-5; k-- {
		if strings.ContainsRune(sizeMeasures, n[k]) && (numeralValue(n[k-1]) >= 0 || n[k-1] == '十' || isASCIILetter(n[k-1])) { // lint v22: 十档最热
			between := n[k+1 : h.nstart]
			// Lint v20: or what is measured, one or two Han runes (一档力度最小, 七号弦最细).
			return k == h.nstart-1 || strings.Trim(string(between), "已经是就") == "" ||
				len(between) <= 2 && allHan(between) && !strings.ContainsAny(string(between), "是都也在")
		}
	}
	return false
}

// sizeMeasures count the sizes or settings of one product (sizeRank: 0号最
// 大, XL码最大; lint v20: 一档力度最小, 一弦最粗，七弦最细), sizeDegrees the
// one-rune degrees said of them (lint v22: of settings too, 一档最低，十档最热).
const (
	sizeMeasures = "号码档挡弦层级格"
	sizeDegrees  = "大小长短宽窄粗细轻重松紧厚薄强弱高低热冷快慢亮暗"
)

// optionNouns name one way of buying among several (pickedOut: 最便宜的办法
// 是选拼单).
var optionNouns = []string{"办法", "方法", "方式", "买法", "组合", "方案", "选择", "途径"}

// itemMeasures are the measure words for one item of a shop's range.
const itemMeasures = "款个种套件只台盒份双把张条瓶袋罐箱支根" // lint v22: 最细的那根 (a string)

// buyersFavourite (lint v13, after red teams 186-193): 最 + a verb of liking
// or needing (最爱, 最喜欢, 最常, 最想, 最关心…; lint v14: 最尊敬的老师) with the buyer as its subject
// right before (guards' buyer: 您最爱吃哪种？宝宝最喜欢哪个颜色): the buyer's
// preference, asked about, not a claim. 给您最好的 has no such verb.
func (c *checker) buyersFavourite(h wordHit) bool {
	n := c.norm.norm
	if h.nstart < 0 || h.what != "最" || h.nend >= len(n) {
		return false
	}
	rest := string(n[h.nend:min(len(n), h.nend+2)])
	liking := slices.ContainsFunc([]string{"爱", "喜欢", "常", "想", "关心", "在意", "担心", "需要", "怕", "尊敬", "敬重", "亲近", "疼", "在乎", "惦记", "熟", "拿手", "方便"},
		func(v string) bool { return strings.HasPrefix(rest, v) })
	// Lint v20: or 你 right before it (放你最熟的歌).
	return liking && (c.buyerBefore(&h) || h.nstart >= 1 && n[h.nstart-1] == '你')
}

// buyersTitle (lint v14, after red teams 210-225): 冠军 (contestTitles) right after a
// contest (cues.contest: 比赛, 大赛, 少儿组…), won by the buyer or their
// family, asked about — the buyer before it in its clause (guards' buyer
// and family: 您家孩子拿了市里比赛冠军？) and a question — or congratulated
// (cues.congrats: 恭喜, 真厉害): the buyer's news, not the product's rank.
// 我们的茶是斗茶大赛冠军 and 亲这款是大赛冠军款 do neither and stay claims.
func (c *checker) buyersTitle(h wordHit) bool {
	if h.nstart < 0 || !contestTitles[h.what] {
		return false
	}
	contest := false
	for _, q := range c.cuesIn(RuleAdLaw, "contest", max(c.clauseStart(h.nstart), h.nstart-7), h.nstart) {
		// lint v16 (after red teams 338-341): a verb of winning may stand
		// between (比赛攞咗冠军, 比赛拿了冠军).
		contest = contest || q.nend == h.nstart || q.nend < h.nstart && slices.Contains(wonVerbs, string(c.norm.norm[q.nend:h.nstart]))
	}
	if !contest {
		return false
	}
	if len(c.cuesIn(RuleAdLaw, "congrats", 0, len(c.norm.norm))) > 0 {
		return true
	}
	// Lint v17 (after red teams 362-369): a family member's title, 的 and
	// what keeps it after it (孩子比赛拿冠军的纪念册).
	if h.nend < len(c.norm.norm) && c.norm.norm[h.nend] == '的' && c.subjectBefore(&h, "family", 8) {
		return true
	}
	// Lint v31 (after red teams 994-1001): a family member's win told as
	// news (我家老大上周跑步拿了年级冠军), unless the title names a product
	// (冠军款, 冠军级).
	n := c.norm.norm
	if c.subjectBefore(&h, "family", 12) && (h.nend >= len(n) || !strings.ContainsRune("款级品牌同", n[h.nend])) {
		return true
	}
	_, question := c.questionEnds(&h)
	if !question || c.cueWithin(RuleAdLaw, "product-subject", c.clauseStart(h.nstart), h.nstart) {
		return false // 您看这款是大赛冠军款吗？ asks about the product
	}
	return c.subjectBefore(&h, "buyer", 12) || c.subjectBefore(&h, "family", 12)
}

// wonVerbs may stand between a contest and 冠军 (buyersTitle).
var wonVerbs = []string{"拿了", "得了", "拿到", "拿到了", "获得", "获得了", "夺得", "赢了", "攞咗", "拎咗", "得咗", "拿"} // lint v17: 孩子比赛拿冠军的纪念册

// contestTitles are the titles buyersTitle reads (lint v23, after red teams
// 626-633: a place in class too, 考了班级第一名？恭喜恭喜).
var contestTitles = map[string]bool{"冠军": true, "第一名": true, "第1名": true, "第一": true}

// autoChoice: 最 is what the platform's or the app's own logic picks — an
// auto cue (cues.auto: 自动, 系统, 算法) earlier in the clause and a picking
// verb (cues.auto-pick: 选, 匹配, 使用, 计算) right before 最 (系统会自动选最优
// 的组合, 下单时系统自动使用最大面额的券): a rule of the checkout, not a
// claim. The market named in the sentence (自动匹配全网最低价) keeps it one.
func (c *checker) autoChoice(h wordHit) bool {
	if h.nstart < 0 || h.what != "最" || c.wideInSentence(h) {
		return false
	}
	picked := false
	for _, q := range c.cuesIn(RuleAdLaw, "auto-pick", max(c.clauseStart(h.nstart), h.nstart-3), h.nstart) {
		if h.nstart-q.nend <= 1 {
			picked = true
		}
	}
	if !picked {
		return false
	}
	return c.cueWithin(RuleAdLaw, "auto", c.clauseStart(h.nstart), h.nstart)
}

// paperSize: 最大/最小, a verb of printing or scanning and a paper size (最大
// 可以印A0, 最小能打印A6): the range of a printer, not a claim.
func (c *checker) paperSize(h wordHit) bool {
	n := c.norm.norm
	if h.nstart < 0 || h.what != "最" || h.nend >= len(n) || !strings.ContainsRune("大小", n[h.nend]) {
		return false
	}
	ce := c.clauseEnd(h.nend)
	for i := h.nend + 1; i+1 < ce && i <= h.nend+6; i++ {
		if (n[i] == 'a' || n[i] == 'b') && isDigit(n[i+1]) && (i+2 >= len(n) || !isDigit(n[i+2])) {
			return strings.Contains(string(n[h.nend+1:i]), "印") || strings.Contains(string(n[h.nend+1:i]), "扫")
		}
	}
	return false
}

// hedgedIs (lint v15, after red teams 270-277) are the words before a term
// that decline to claim it (我们家不一定是最便宜的, 未必是第一): no rhetorical
// question turns them round.
var hedgedIs = []string{"不一定是", "未必是", "不敢说是", "不敢说", "不一定", "未必", "不可能是", "不可能", "不算", "算不上", "谈不上",
	"不好说哪家", "说不好哪家", "不敢说哪家"} // lint v17: 发芽率不可能是100%, 价格不算最低; lint v32: 我们不好说哪家最正宗

// deniedRightBefore: 不是 or 并非 right before the term denies the claim
// (不是永久防水，穿久了需要护理; 不是100%的纯氮; lint v15: hedgedIs) — unless a 还, 难道 or 是
// before it makes it a rhetorical question that asserts it (还不是最好的？
// 是不是最便宜).
func (c *checker) deniedRightBefore(h wordHit) bool {
	n := c.norm.norm
	if h.nstart < 2 {
		return false
	}
	at := h.nstart
	if at >= 3 && string(n[at-3:at]) == "不是说" {
		at-- // lint v11: 不是说第一名 denies the reading of a word
	}
	if at >= 4 && (string(n[at-2:at]) == "什么" || string(n[at-2:at]) == "啥子") && string(n[at-4:at-2]) == "不是" {
		at -= 2 // lint v20: 不是什么独家秘方; lint v33: 不是啥子冠军
	}
	if at >= 4 && strings.ContainsRune("它这那", n[at-1]) && string(n[at-4:at-1]) == "不是说" {
		at -= 2 // lint v33: 是型号名，不是说它最厉害
	}
	for _, w := range hedgedIs {
		if k := at - len([]rune(w)); k >= 0 && string(n[k:at]) == w {
			return true // lint v15: 我们家不一定是最便宜的
		}
	}
	// lint v15: 不是 + the shop's own range (这台不是我们店最贵的); lint v16:
	// or the market (我们家不是全网最低价), or what is ranked (不是销量第一).
	// lint v17: or the verb that ranks it (不是说排第一). lint v32: or the
	// measure it is ranked on (我们这台不是亮度最高的).
	for _, own := range []string{"我们店", "我们家", "店里", "本店", "咱家", "全网", "全国", "全平台", "市面上", "销量", "排名", "口碑", "人气", "排在", "排",
		"亮度", "功率", "性能", "配置", "价格", "速度", "续航"} {
		if k := at - len([]rune(own)); k >= 2 && string(n[k:at]) == own {
			at = k
			if at >= 3 && string(n[at-3:at]) == "不是说" {
				at--
			}
			break
		}
	}
	if p := string(n[at-2 : at]); p != "不是" && p != "并非" {
		return false
	}
	return at < 3 || !strings.ContainsRune("还是难", n[at-3])
}

// optionComparison: 最 ranks the options the buyer is choosing between — its
// sentence first names a few of them (这两个颜色里, 这几款中, 两款都…, 有两个
// 颜色) or compares them (两种面料相比, 对比下来) — and names no wider market
// (全网, 同类, 市面上, 别家…): 这两个颜色里，黑色最耐脏.
func (c *checker) optionComparison(h wordHit) bool {
	if h.nstart < 0 || h.what != "最" {
		return false
	}
	start := c.sentenceStart(h.nstart)
	if c.cmp.start != start || !c.cmp.valid {
		c.cmp = comparison{valid: true, start: start, at: c.firstComparison(start, c.sentenceEnd(h.nend))}
	}
	return c.cmp.at <= h.nstart
}

// comparison caches firstComparison for the sentence the last 最 was in:
// replies have many hits per sentence, and each would ask again.
type comparison struct {
	valid     bool
	start, at int
}

// firstComparison is where the sentence norm [start, end) has first compared
// the buyer's options — the end of a compare cue, or of 里/中/都 six runes or
// less after a choice — or end+1 when it never does or names a wider market.
func (c *checker) firstComparison(start, end int) int {
	never := end + 1
	for _, q := range c.cuesIn(RuleAdLaw, "wide", start, end) {
		if q.nend <= end {
			return never
		}
	}
	at := never
	for _, q := range c.cuesIn(RuleAdLaw, "compare", start, end) {
		at = min(at, q.nend)
	}
	for _, q := range c.cuesIn(RuleAdLaw, "choice", start, end) {
		if q.nstart > 0 && c.norm.norm[q.nstart-1] == '有' && q.nend <= end {
			at = min(at, q.nend) // 这款有两个颜色，灰色最耐脏: the options, listed
		}
	}
	for _, a := range c.cuesIn(RuleAdLaw, "among", start, end) {
		for _, q := range c.cuesIn(RuleAdLaw, "choice", a.nstart-6-c.l.words.maxCue, a.nstart+1) {
			if q.nstart >= start && q.nend <= a.nstart && a.nstart-q.nend <= 6 {
				at = min(at, a.nend)
				break
			}
		}
	}
	return at
}

// periodLow: 最低/最便宜 after a period in the same clause or sentence before
// it (活动期间这款价格是最低的): the shop's own price over time.
func (c *checker) periodLow(h wordHit) bool {
	n := &c.norm
	if h.nstart < 0 || h.what != "最" || h.nend >= len(n.norm) || !strings.ContainsRune("低便", n.norm[h.nend]) {
		return false
	}
	return c.cueWithin(RuleAdLaw, "period", c.sentenceStart(h.nstart), h.nstart)
}

// specLimit: 最 + 高/低/大/小 next to a measure (最高温度, 水温最高不超过 40
// 度, 最大承重): a specification limit, not a claim — unless the sentence
// names the market (全网最高时速).
func (c *checker) specLimit(h wordHit) bool {
	n := &c.norm
	if h.nstart < 0 || h.what != "最" || h.nend >= len(n.norm) || !strings.ContainsRune("高低大小", n.norm[h.nend]) {
		return false
	}
	// 全网最高时速, 同类最大吸力: ranked against the market, a claim.
	return c.nearAdLawCue("spec", wordHit{nstart: h.nstart, nend: h.nend + 1}, 2) && !c.wideInSentence(h)
}

// specValue: 最 + 高/低/大/小 (lint v13: 近/远/长/短/宽/窄 too: 投影距离最近是
// 1.2米), then at most a verb of reaching (cues.spec-verb:
// 支持, 可达, 可以到, 零下…), then a number and its unit (cues.unit: G, K,
// mAh, A, 度…): 最大支持128G内存卡, 最高支持4K输出, 冷冻最低可以到零下18度 give
// a measure, not a claim. A price in the clause keeps it a claim (最低只要9
// 块9), and so does anything else between (最大的优势是续航10小时) or the
// market named in the sentence (同类最大支持2T).
func (c *checker) specValue(h wordHit) bool {
	n := &c.norm
	if h.nstart < 0 || h.what != "最" || h.nend >= len(n.norm) || !strings.ContainsRune("高低大小近远长短宽窄", n.norm[h.nend]) {
		return false
	}
	at := h.nend + 1
	ce := c.clauseEnd(at)
	named := false // lint v17: 最小的收纳尺寸是55厘米 — 的, then the measure's name
	if at+1 < ce && n.norm[at] == '的' && n.norm[at+1] != '是' {
		at++
		named = true
	}
	for k := 0; k < 3 && !named; k++ { // 可以到 | 零下; lint v22: 能调到 | 零下
		next := verbReaching(n.norm, at, ce)
		for _, q := range c.cuesIn(RuleAdLaw, "spec-verb", at, at+1) {
			if q.nend <= ce {
				next = max(next, q.nend)
			}
		}
		at = next
	}
	if at >= ce || c.inClause(RuleAdLaw, "price", cueHit{nstart: h.nstart, nend: h.nend}) || c.wideInSentence(h) {
		return false
	}
	if !named && letterSize(n.norm, at, ce) {
		return true // lint v15: 纸尿裤最大是XXL码
	}
	if named && numeralAt(n.norm, at) {
		return false // 最大的5个: a count, not a measure's name
	}
	if !numeralAt(n.norm, at) {
		// Lint v14: the measure's name between (最大火力4.5kW, 最高温度230
		// 度; lint v20: or Latin, 最高DPI是26000): at most three runes (lint v16: four, 最远投影距离4米), no 的 or 是, and a unit after the
		// number. 最大的优势是续航10小时 stays a claim.
		k := at
		for k < ce && k < at+4 && !numeralAt(n.norm, k) && (unicode.Is(unicode.Han, n.norm[k]) || isASCIILetter(n.norm[k])) && !strings.ContainsRune("的是之", n.norm[k]) {
			k++
		}
		if k > at && k < ce && strings.ContainsRune("是为达有", n.norm[k]) {
			k++ // 最大扭力是45牛米, 最远投影距离有5米
		}
		if k <= at || k >= ce || numeralValue(n.norm[k]) < 0 {
			return false
		}
		if c.measureAfter(k, 0) {
			return true
		}
		// Lint v20: or a bare number ending the clause, as below (最高
		// DPI 是 26000，可以在驱动里调).
		j := k
		for j < ce && numeralValue(n.norm[j]) >= 0 {
			j++
		}
		return j == ce && len(c.cuesIn(RuleAdLaw, "price", c.sentenceStart(h.nstart), c.sentenceEnd(h.nend))) == 0
	}
	if c.measureAfter(at, 0) {
		return true
	}
	// A bare number that ends the clause, in a sentence that names no price
	// (鼠标 DPI 可调，最高 16000): the top of a setting's range.
	j := at
	for j < ce && numeralValue(n.norm[j]) >= 0 {
		j++
	}
	ss, se := c.sentenceStart(h.nstart), c.sentenceEnd(h.nend)
	return j == ce && len(c.cuesIn(RuleAdLaw, "price", ss, se)) == 0
}

// numeralAt reports a numeral at norm[i] that counts: 零 of 零件, 零食 or
// 零钱 is a word of its own (lint v22: 最小的零件直径有3厘米).
func numeralAt(norm []rune, i int) bool {
	if numeralValue(norm[i]) < 0 {
		return false
	}
	return norm[i] != '零' || i+1 >= len(norm) || !strings.ContainsRune("件食钱售星碎部头", norm[i+1])
}

// letterSizeAt reports a letter size and 码 or 号 at norm[at:ce] (S码, XL号):
// one size of the range, named.
func letterSizeAt(norm []rune, at, ce int) bool {
	j := letterRunEnd(norm, at, ce)
	return j >= 0 && j < ce && (norm[j] == '码' || norm[j] == '号')
}

// letterSize reports a letter size at norm[at:ce], after an optional 是 or 到: one
// to four of x, s, m, l, then 码 or 号 or the end of the clause (最大是XXL码,
// 最小是S).
func letterSize(norm []rune, at, ce int) bool {
	if at < ce && (norm[at] == '是' || norm[at] == '到') { // lint v17: 最大到XXL
		at++
	}
	j := letterRunEnd(norm, at, ce)
	return j >= 0 && (j == ce || norm[j] == '码' || norm[j] == '号')
}

// letterRunEnd is where a run of one to four size letters (x, s, m, l)
// starting at norm[at] ends, before ce; -1 when there is no such run.
func letterRunEnd(norm []rune, at, ce int) int {
	j := at
	for j < ce && strings.ContainsRune("xslm", norm[j]) {
		j++
	}
	if j == at || j-at > 4 {
		return -1
	}
	return j
}

// verbReaching skips a verb of reaching written as (能|可|可以)? + verb + 到
// at norm[at:ce] (lint v14: DPI最高能调到16000, 拍线最低能穿到20磅): the
// spec-verb list names the common ones, this the rest. It returns at
// unchanged when there is none.
func verbReaching(norm []rune, at, ce int) int {
	k := at
	for _, aux := range []string{"可以", "能", "可"} {
		if k < ce && hasPrefixRunes(norm[k:ce], aux) {
			k += len([]rune(aux))
			break
		}
	}
	if k+1 < ce && unicode.Is(unicode.Han, norm[k]) && norm[k] != '到' && norm[k+1] == '到' {
		return k + 2
	}
	return at
}

// permanentAccess: 永久 right before, or two runes before (永久免费回看), the
// access a course or a live stream sells (cues.access: 回看, 回放, 观看,
// 学习…): 课程支持永久回看 is the term of the service. 永久不褪色 and 永久保值
// stay claims.
func (c *checker) permanentAccess(h wordHit) bool {
	if h.nstart < 0 || h.what != "永久" {
		return false
	}
	for _, q := range c.cuesIn(RuleAdLaw, "access", h.nend, h.nend+3) {
		if !c.breakBetween(h.nend, q.nstart, clauseBreak) {
			return true
		}
	}
	return false
}

// brandName: 牌 right after the term (永久牌的自行车, 冠军牌球拍) makes it a
// brand's name; 王牌 ends in 牌 itself and stays a claim.
// quotedName: the hit is inside quotation marks that a naming word opens
// (cues.name: 品牌名叫“第一坊”, 店名是「最美时光」, 系列叫《永恒》): a name
// as registered, not a claim about the product. A quoted claim with no naming
// word before it (“史上最强”的吹风机) stays a claim.
//
// Lint v11: or a naming word right after the closing mark (“小冠军”系列, 「第
// 一名」款, “永恒”牌): the quoted words are the series' or the style's name.
// Lint v13: or 是 right after it and a name later in that clause (cues.
// name-noun: “冠军”是这台游戏本的系列名, “冠军蓝”是这款书包的颜色名).
func (c *checker) quotedName(h wordHit) bool {
	open, closeAt := c.quoteAround(h)
	if open < 0 {
		return false
	}
	if c.norm.folded[open] == '《' && c.norm.folded[closeAt] == '》' {
		return true // lint v11 round 9: 《冠军之路》 is a title
	}
	if c.cueBefore(RuleAdLaw, "name", sort.SearchInts(c.norm.idx, open), 2) {
		return true
	}
	after := sort.SearchInts(c.norm.idx, closeAt)
	if after < len(c.norm.norm) && c.norm.norm[after] == '是' && c.cueWithin(RuleAdLaw, "name-noun", after, c.clauseEnd(after+1)) {
		return true // lint v13: “冠军”是这台游戏本的系列名
	}
	return len(c.cuesIn(RuleAdLaw, "name-after", after, after+1)) > 0
}

// quotedRefused: the hit is inside quotation marks and, after them in the
// same sentence, the reply calls it a wording (cues.quoted-talk: 说法, 宣传,
// 字眼…) and refuses it (guards' refusal cues: 不能, 不会, 不允许…):
// 关于“第一品牌”这个说法，我们不能这样宣传. The agent is declining the
// claim, not making it; “全网最低”，不能错过！ names no wording and stays.
func (c *checker) quotedRefused(h wordHit) bool {
	open, closeAt := c.quoteAround(h)
	if closeAt < 0 {
		return false
	}
	// Lint v17 (after red teams 346-353): or disowned right before the
	// quotes (这款老人机不说什么“销量第一”，老实讲就是按键大).
	if c.cueBefore(RuleAdLaw, "disown-quote", sort.SearchInts(c.norm.idx, open), 0) {
		return true
	}
	after := sort.SearchInts(c.norm.idx, closeAt)
	end := c.sentenceEnd(after + 1)
	talk := c.cuesIn(RuleAdLaw, "quoted-talk", after, end)
	if len(talk) == 0 {
		return false
	}
	return len(c.cuesIn(guardList, "refusal", talk[0].nstart, end)) > 0 || len(c.cuesIn(guardList, "refusal", after, talk[0].nstart)) > 0
}

// quoteAround finds the quotation marks around the hit, each at most 10
// runes from it, in folded positions; -1, -1 when it is not quoted.
func (c *checker) quoteAround(h wordHit) (openAt, closeAt int) {
	return c.quoteWithin(h, 10)
}

// quoteWithin is quoteAround with the quotation marks at most reach runes
// from the hit (lint v34: someone's words run longer than a name,
// reading.go othersWords).
func (c *checker) quoteWithin(h wordHit, reach int) (openAt, closeAt int) {
	n := &c.norm
	if h.nstart < 0 {
		return -1, -1
	}
	openAt = -1
	for i := h.start - 1; i >= 0 && i >= h.start-reach; i-- {
		if r := n.folded[i]; strings.ContainsRune(openQuotes, r) {
			openAt = i
			break
		} else if strings.ContainsRune(closeQuotes, r) {
			return -1, -1
		}
	}
	if openAt < 0 {
		return -1, -1
	}
	for i := h.end; i < len(n.folded) && i < h.end+reach; i++ {
		if strings.ContainsRune(closeQuotes, n.folded[i]) {
			return openAt, i
		}
	}
	return -1, -1
}

// Quotation marks around a name (quotedName); a straight " both opens and
// closes.
const (
	openQuotes  = "“「『《‘\"'"
	closeQuotes = "”」』》’\"'"
)

// Lint v11 round 9: 永久 right before a bicycle word, 的 aside (cues.bike:
// 永久的通勤车, 永久山地车), is the Shanghai brand; 永久不生锈的自行车 has
// words between and stays a claim.
//
// Lint v11: or the hit is an item of a list of brands that a brand word
// closes in its clause (cues.brand-list: 永久、凤凰这些牌子的自行车都能用).
func (c *checker) brandName(h wordHit) bool {
	n := &c.norm
	if h.nstart >= 0 && h.nend < len(n.norm) && n.norm[h.nend] == '牌' && n.norm[h.nend-1] != '牌' &&
		!c.breakBetween(h.nend, h.nend, clauseBreak) {
		return true
	}
	if h.nstart >= 0 && h.what == "永久" {
		at := h.nend
		if at < len(n.norm) && n.norm[at] == '的' {
			at++
		}
		if len(c.cuesIn(RuleAdLaw, "bike", at, at+1)) > 0 && !c.breakBetween(h.nend, at, clauseBreak) {
			return true
		}
	}
	for _, q := range c.cuesIn(RuleAdLaw, "brand-list", h.nend, h.nend+12) {
		if c.listClauseStart(q.nstart) <= h.nstart { // a list comma 、 does not end the clause
			return true
		}
	}
	return false
}

// absoluteWords are the ad-law terms that also intensify a promise.
var absoluteWords = map[string]bool{"绝对": true, "百分百": true, "百分之百": true, "100%": true}

// servicePromise: an absolute word followed, within six runes of its clause,
// by what the shop will do (保密, 负责, 补发, 发货…), with no claim about the
// product between them (绝对正品保证售后 stays a claim).
func (c *checker) servicePromise(h wordHit) bool {
	if h.nstart < 0 || !absoluteWords[h.what] {
		return false
	}
	for _, q := range c.cuesIn(RuleAdLaw, "service", h.nend, h.nend+7) {
		if c.breakBetween(h.nend, q.nstart, clauseBreak) {
			continue
		}
		claim := false
		for _, p := range c.cuesIn(RuleAdLaw, "claim", h.nend, q.nstart) {
			if p.nend <= q.nstart {
				claim = true
				break
			}
		}
		if !claim {
			return true
		}
	}
	return false
}

// modalBest: 最好 is the modal "had better" when what follows it in its
// clause is what to do (床垫拆封后最好平放一晚再使用, 最好用温水手洗, 最好等地板
// 干透了再铺), and the adjective "best" when it ends its clause (效果最好, 口感
// 最好), a particle aside, or modifies a noun (最好的选择, 最好不过, 没有之一),
// or when 最好 + a verb makes an "easy to" adjective (cues.good-to: 好用, 好吃,
// 好清洗) that ends its clause or modifies a noun (最好用的扫地机器人, 这台最好
// 清洗) — 最好用温水, 最好看一下说明书 go on with an object and are advice. An
// attribute right before it (cues.attribute: 质量, 效果, 做工…) makes it the
// adjective whatever follows (质量最好还便宜).
func (c *checker) modalBest(h wordHit) bool {
	n := &c.norm
	if h.nstart < 0 || h.what != "最" || h.nend >= len(n.norm) || n.norm[h.nend] != '好' {
		return false
	}
	for _, q := range c.cuesIn(RuleAdLaw, "attribute", h.nstart-c.l.words.maxCue, h.nstart) {
		if q.nend == h.nstart {
			return false // 质量最好还便宜: an attribute is best, whatever follows
		}
	}
	ce := c.clauseEnd(h.nend + 1)
	rest := h.nend + 1
	for _, q := range c.cuesIn(RuleAdLaw, "good-to", h.nend, h.nend+1) {
		if q.nend <= ce {
			rest = max(rest, q.nend) // 最好用的, 最好清洗: the adjective 好用, 好清洗
		}
	}
	return !adjectiveEnds(n.norm[rest:ce])
}

// adjectiveEnds reports what follows a superlative in its clause when it
// leaves the superlative an adjective: nothing, a particle, 的 + a noun, 之一,
// 不过.
// It looks at the first runes only, so a clause of many superlatives stays
// linear.
func adjectiveEnds(rest []rune) bool {
	i := 0
	for i < len(rest) && strings.ContainsRune("了啦呢哦吧啊呀哈嘛咯喔", rest[i]) {
		i++
	}
	if i == len(rest) {
		return true
	}
	for _, p := range []string{"的", "之一", "不过", "没有之一", "嘅"} {
		if hasPrefixRunes(rest, p) {
			return true
		}
	}
	// Lint v11 round 9: Cantonese 嘅 and Shanghainese 额 say 的 (全网最好用嘅,
	// 上海滩最好额); 额外, 额度 are other words.
	return rest[i] == '额' && (i+1 == len(rest) || !strings.ContainsRune("外度头", rest[i+1]))
}

// partDimension: 最 + a dimension (cues.dimension: 宽, 高, 厚, 亮…) that
// names a part of the product (cues.part: 处, 点, 的地方, 的位置, 一层, 档 —
// 沙发最宽处是2.1米, 衣柜最高点离地2米2, 开到最大档) or is given as a measure
// (最宽2.1米: a number and a unit, cues.unit, a few runes on in its clause) is
// a specification; 最宽的床垫, 最轻的吸尘器 rank the product and stay claims,
// and so does any of these when the sentence names the market (cues.wide:
// 同类里最轻的吸尘器，才1.2公斤) or the clause a price (cues.price: 价格降到最
// 低点).
func (c *checker) partDimension(h wordHit) bool {
	n := &c.norm
	if h.nstart < 0 || h.what != "最" || h.nend >= len(n.norm) {
		return false
	}
	var dim cueHit
	found := false
	for _, q := range c.cuesIn(RuleAdLaw, "dimension", h.nend, h.nend+1) {
		dim, found = q, true
	}
	if !found || c.wideInSentence(h) || c.inClause(RuleAdLaw, "price", cueHit{nstart: h.nstart, nend: h.nend}) {
		return false // 同类里最轻的, 价格降到最低点: the market, or money
	}
	at := dim.nend
	if at < len(n.norm) && n.norm[at] == '的' && !c.breakBetween(at, at+1, clauseBreak) {
		at++
	}
	for _, q := range c.cuesIn(RuleAdLaw, "part", at, at+1) {
		if !c.breakBetween(dim.nend, q.nstart, clauseBreak) {
			return true
		}
	}
	// Lint v26 (after red teams 746-753): 的是 and a measure right after it
	// gives the range the product comes in (这款垫子最薄的是4mm，最厚的是10mm).
	if at+1 < len(n.norm) && n.norm[at-1] == '的' && n.norm[at] == '是' && c.measureAfter(at+1, 1) {
		return true
	}
	// Lint v27 (after red teams 802-809): so does a measure right after 的,
	// or after 的一 and a measure word, that closes its clause (这串珍珠最大
	// 的一颗8.2mm，最小的7.6mm); 最轻的500ml杯子 ranks the cup.
	if at < len(n.norm) && n.norm[at-1] == '的' && (c.measureCloses(at) || n.norm[at] == '一' && c.measureCloses(at+2)) {
		return true
	}
	// 最大的优势是内存128G: 的 makes 最大 modify a noun, not take a measure.
	return n.norm[min(dim.nend, len(n.norm)-1)] != '的' && c.measureAfter(dim.nend, 6)
}

// measureAfter reports a number followed by a unit (cues.unit: 米, 厘米, cm,
// 公斤, 度, 档…) starting within gap norm runes after e, in its clause.
func (c *checker) measureAfter(e, gap int) bool {
	n := &c.norm
	ce := c.clauseEnd(e)
	for i := e; i < ce && i <= e+gap; i++ {
		if !numberStart(n.norm[i]) {
			continue
		}
		j := c.numberEnd(i, ce)
		for _, q := range c.cuesIn(RuleAdLaw, "unit", j, j+1) {
			if q.nend <= ce {
				return true
			}
		}
		return false
	}
	return false
}

// numberStart reports a rune a measure's number may open with: a digit or
// numeral, or 十 and 百 (lint v26, after red teams 762-769: 最远十米左右).
func numberStart(r rune) bool {
	return numeralValue(r) >= 0 || strings.ContainsRune("十百", r)
}

// numberEnd returns where the number starting at i ends, before ce: digits,
// numerals and 十百千万点, and x between digits (lint v17: 55x40x20厘米, the
// measures of a box).
func (c *checker) numberEnd(i, ce int) int {
	n := &c.norm
	j := i
	for j < ce && (numeralValue(n.norm[j]) >= 0 || strings.ContainsRune("十百千万点", n.norm[j]) ||
		n.norm[j] == 'x' && j+1 < ce && isDigit(n.norm[j+1])) {
		j++
	}
	return j
}

// measureCloses reports a number starting at e and a unit after it that ends
// its clause (…最小的7.6mm，).
func (c *checker) measureCloses(e int) bool {
	n := &c.norm
	ce := c.clauseEnd(e)
	j := c.numberEnd(e, ce)
	if j == e || !numberStart(n.norm[e]) {
		return false
	}
	for _, q := range c.cuesIn(RuleAdLaw, "unit", j, j+1) {
		if q.nend == ce || slices.Contains(approximately, string(n.norm[q.nend:ce])) {
			return true // lint v32: 这批果子最大的80mm左右
		}
	}
	return false
}

// approximately are the words that may close a measure's clause after its
// unit (80mm左右, 2米以上) and keep it a measure.
var approximately = []string{"左右", "上下", "以上", "以内", "出头"}

// fitAdvice: 最合适/最适宜/最合身 ending its clause is advice on how to use or
// choose (水温40度左右最合适, 身高165-170的穿M码最合适, 尺码按平时穿的选最合适):
// what fits the buyer, not the product ranked against others. 最适合送长辈
// and 最合适的选择 (anything but a particle after it) stay claims, and so does any of them when the
// sentence names the market (同类产品里这款最合适).
func (c *checker) fitAdvice(h wordHit) bool {
	n := &c.norm
	if h.nstart < 0 || h.what != "最" || h.nend >= len(n.norm) {
		return false
	}
	after := string(n.norm[h.nend:min(h.nend+2, len(n.norm))])
	if r := n.norm[h.nend]; r == '准' && h.nstart > 0 && strings.ContainsRune("选量测挑", n.norm[h.nstart-1]) {
		after = "准" // 按肩宽和胸围来选最准: how to choose
	}
	rest := h.nend + len([]rune(after))
	switch after {
	case "合适", "适宜", "合身", "准":
	default:
		return false
	}
	if tail := string(n.norm[rest:c.clauseEnd(rest)]); strings.HasPrefix(tail, "的") && fitNouns[strings.TrimPrefix(tail, "的")] {
		return !c.wideInSentence(h) // 推荐最合适的尺码: the size that fits the buyer
	} else if noun, value, ok := strings.Cut(strings.TrimPrefix(tail, "的"), "是"); ok && strings.HasPrefix(tail, "的") && fitNouns[noun] && value != "" {
		return !c.wideInSentence(h) // lint v22: 最合适的号型是175/92A names the size
	}
	for _, r := range n.norm[rest:c.clauseEnd(rest)] {
		if !strings.ContainsRune("了啦呢哦吧啊呀哈嘛咯喔", r) {
			return false // 最合适的选择: ranks the product
		}
	}
	return !c.wideInSentence(h)
}

// adviceMost (lint v11): 最 + how it turns out (好, 佳, 安全, 方便, 新鲜…)
// ending its clause, after a way to use it in the same clause (cues.advice:
// 尽快, 趁热, 冷藏, 直接用, 建议…): 收到尽快吃口感最好, 直接用自己的账号支付
// 最安全 tell the buyer how to do it, they rank nothing. 我们家口感最好 has
// no such way and stays a claim; so does any of them when the sentence names
// the market.
func (c *checker) adviceMost(h wordHit) bool {
	n := &c.norm
	if h.nstart < 0 || h.what != "最" || h.nend >= len(n.norm) {
		return false
	}
	ce := c.clauseEnd(h.nend)
	rest := -1
	for _, w := range adviceOutcomes {
		if k := h.nend + len([]rune(w)); k <= ce && string(n.norm[h.nend:k]) == w {
			rest = k
			break
		}
	}
	if rest < 0 || !c.onlyParticles(rest, ce) {
		return false
	}
	for _, q := range c.cuesIn(RuleAdLaw, "advice", c.clauseStart(h.nstart), h.nstart) {
		if q.nend <= h.nstart {
			return !c.wideInSentence(h)
		}
	}
	// Lint v16 (after red teams 322-329): or the clause is how to handle it,
	// an action of care with nothing of the shop's or the product's named
	// (挂起来最好, 春秋两季修最好): advice too.
	cs := c.clauseStart(h.nstart)
	before := string(n.norm[cs:h.nstart])
	if strings.ContainsAny(before, careActions) && !containsAnyWord(before, rankedSubjects...) && !c.wideInSentence(h) {
		return true
	}
	// Lint v18 (after red teams 402-409): or the clause points back at the
	// advice before it (刻字建议中文不超过6个字，这样最清楚).
	if (before == "这样" || before == "这样子" || before == "这么做" || before == "这样做") && cs > 0 && !c.wideInSentence(h) {
		return true
	}
	// Lint v16 (after red teams 334-337): or a setting right before it, a
	// number and its unit (发芽温度在20到25度最好).
	// Lint v18 (after red teams 410-417): 左右 or 上下 may stand between
	// (水温六十度左右最好).
	at := h.nstart
	if w := string(n.norm[max(cs, at-2):at]); w == "左右" || w == "上下" {
		at -= 2
	}
	for _, q := range c.cuesIn(RuleAdLaw, "unit", max(cs, at-3), at) {
		if q.nend == at && q.nstart > cs && (numeralValue(n.norm[q.nstart-1]) >= 0 || strings.ContainsRune("十百千", n.norm[q.nstart-1])) {
			return !c.wideInSentence(h)
		}
	}
	return false
}

// careActions are the actions a piece of care advice names (adviceMost);
// rankedSubjects name what a claim ranks. Lint v21 (after red teams
// 530-545): how to buy is advice too (脚宽的拿大半码最稳妥, 着急用今天拍最稳).
const careActions = "挂晾晒叠放存修剪浇洗泡擦收烘拿拍选蒸煮炖炒" // lint v22: 梭子蟹清蒸最简单

var rankedSubjects = []string{"我们", "我家", "咱家", "本店", "店里", "这款", "这个", "这台", "这件", "这种", "它", "品质", "质量", "效果", "口感"}

// adviceOutcomes are what 最 may end a piece of advice with (adviceMost).
// lint v17: 稳 and Cantonese 稳阵 (喺平台拍最稳阵) as 稳妥 (after the longer forms, which are tried first).
// lint v18: what a way of buying saves (买两箱用满减最省钱; 在这里拍最安心) and
// how a machine is best loaded (七成满烘得最均匀); not 划算 or 实惠, which
// rank the shop (我们家下单最划算).
var adviceOutcomes = []string{"好吃", "好喝", "好", "佳", "靠谱", "搭", "配", "安全", "稳妥", "稳当", "稳阵", "稳", "保险", "方便", "省事", "省心", "省钱", "安心", "放心", "均匀", "清楚", "清晰", "新鲜", "入味", "简单"}

// fitNouns are what 最合适的… may name in size advice (推荐最合适的尺码).
var fitNouns = map[string]bool{"尺码": true, "码": true, "码数": true, "码子": true, "尺寸": true, "号": true, "号码": true, "型号": true, "大小": true, "长度": true, "号型": true}

// wideInSentence reports a word naming the market (cues.wide: 全网, 同类,
// 市面上…) in the sentence of the hit.
func (c *checker) wideInSentence(h wordHit) bool {
	start, end := c.sentenceStart(h.nstart), c.sentenceEnd(h.nend)
	return c.cueWithin(RuleAdLaw, "wide", start, end)
}

// stageBest: 最 ranks the stages or conditions of using the product, not the
// product against others — a quality of what the buyer tastes or sees
// (cues.quality: 口感, 风味, 香气, 效果…) right before it, the superlative
// ending its clause, and the sentence before it naming a stage: an ordinal
// count (第二泡开始喝口感最好, 第三泡的香气最浓) or a time or condition (cues.stage:
// 开瓶醒半小时后口感最好, 出炉当天吃口感最好, 敷15分钟左右的时候效果最好).
func (c *checker) stageBest(h wordHit) bool {
	n := &c.norm
	if h.nstart < 0 || h.what != "最" || h.nend >= len(n.norm) {
		return false
	}
	if !adjectiveEnds(n.norm[min(h.nend+1, len(n.norm)):c.clauseEnd(h.nend+1)]) || c.wideInSentence(h) {
		return false
	}
	ss := c.sentenceStart(h.nstart)
	quality := false
	for _, q := range c.cuesIn(RuleAdLaw, "quality", max(ss, h.nstart-c.l.words.maxCue-1), h.nstart) {
		if q.nend == h.nstart || q.nend == h.nstart-1 && n.norm[q.nend] == '的' {
			quality = true
		}
	}
	if !quality {
		return false
	}
	if c.cueWithin(RuleAdLaw, "stage", ss, h.nstart) {
		return true
	}
	// An ordinal count names the stage a few words before (第二泡开始喝口感
	// 最好): looking no further keeps a long sentence of them linear.
	for i := max(ss, h.nstart-maxStageGap); i+2 < h.nstart; i++ {
		if n.norm[i] == '第' && c.countAfter(i+1) {
			return true
		}
	}
	return false
}

// maxStageGap is how far before 最 an ordinal count may name the stage.
const maxStageGap = 24

// percentLevel: 100% as the level something is at — a battery's charge, a
// progress bar, humidity, brightness (cues.level: 电量, 充到, 进度, 湿度, 调到…
// within four runes in its clause: 充到100%会自动断电, 电量显示100%) — not a
// guarantee; a rate next to it (cues.rate: 有效率, 好评率, 满意度) keeps it a
// claim (充电效率100%).
func (c *checker) percentLevel(h wordHit) bool {
	if isPercentTerm(h.what) && h.nstart >= 0 && hasPrefixRunes(c.norm.norm[h.nend:], "左右") && c.nearAdLawCue("level", h, 8) {
		return true // lint v20: 健康度…应该是100%左右, a reading, not a claim
	}
	if isPercentTerm(h.what) && c.setRightBefore(h) {
		return true // lint v20: 填充率设成100%, a setting the buyer picks, rate or not
	}
	return isPercentTerm(h.what) && c.nearAdLawCue("level", h, 4) && !c.nearAdLawCue("rate", h, 4)
}

// isPercentTerm reports the entries that say "all of it" with a number.
func isPercentTerm(s string) bool {
	// Lint v19 (after red teams 442-449): a percentage denying a fault
	// (100%不掉屑) promises a result; it names no share of a material.
	return (strings.Contains(s, "100") || strings.Contains(s, "百分")) && !strings.ContainsAny(s, "不无没零")
}

// measureWords follow an ordinal that counts rather than ranks: 第一次, 第一步,
// 第一泡 (a steep of tea), 第一口, 第一晚. Words that rank (名, 家, 品牌) are
// not among them.
const measureWords = "面级只次件个天步条段行页张份单批位种排项轮句期季集章节课层楼届站周年月日关回把台套双支瓶盒袋包箱版代册卷辑部款波道遍" +
	"泡片口杯壶碗盘勺罐锅茬颗粒圈晚夜顿餐趟格针剂根节首枚盏辆棵朵块座间栋幅封声下场局拨胎挡档粒滴遭番阶" +
	"副弦弹问" + // lint v10 lead: 第一副眼镜, 第一弦, 第一弹（发售的批次）; lint v16: 常见问题第1问
	"团卷捆" + // lint v15: 第一团线织完了再接第二团
	"枝束" + // lint v32: 春天的第一枝樱花, 第一束花
	"区列栏" + // lint v11 round 8: 内场第一区是站票, 第一列, 第一栏 (a seating area, a column)
	"任桶" + // lint v14: 第一任机主 (the first owner of a second-hand camera), 第一桶水
	"轨网曲" + // lint v12 after red teams 114-121: A面第一轨, 今年第一网蟹, 第一曲
	"本稿" + // lint v12 after red teams 130-137: 系列的第一本, 第一稿
	"穗垄畦" + // lint v22 after red teams 586-593: 番茄第一穗果, 第一垄, 第一畦
	"缕束" + // lint v20: 清晨的第一缕光, 第一束花
	"班屏笔摆" + // lint v12 after red teams 146-153: 第一班冷链, App第一屏, 第一笔订单, 第一摆 (Hakka: the first time)
	"缸船" // lint v27 after red teams 810-817: 第一缸醋, 凌晨第一船 (not 刀: 厨师圈公认的第一刀 is a knife ranked first)

// measureCompounds are nouns that open with a measure word's character: after
// 第一 they are what is ranked (新疆第一番茄酱, 全国第一口碑), not a count
// (lint v30, after red teams 938-945).
var measureCompounds = []string{"番茄", "番薯", "口碑", "面膜", "面霜", "面包", "包子",
	"泡菜", "泡椒", "泡面"} // lint v36 (after red teams 1194-1201): 眉山第一泡菜品牌

// measureCompound reports one of measureCompounds at norm[i:].
func measureCompound(norm []rune, i int) bool {
	return slices.ContainsFunc(measureCompounds, func(w string) bool { return hasPrefixRunes(norm[i:], w) })
}

// selfComparison: 最 ranks the shop's own goods against each other — the shop
// named as the scope right before it, or before 卖得/销量 (cues.shop-scope:
// 我们店, 我们家, 本店, 店里: 这个是我们店最便宜的一款, 在我们店里卖得
// 最好). 我们家的面膜是最好用的 and 我们家面膜最好用 name the shop as the
// owner of what is ranked, not as the range: still claims. 《广告绝对化
// 用语执法指南》（市场监管总局 2023）第九条（四）：仅用于对同一品牌或同一企业商品
// 进行自我比较的，一般不认为违法. The market named anywhere in the sentence
// (我们家是全网最便宜的) keeps it a claim.
func (c *checker) selfComparison(h wordHit) bool {
	if h.nstart < 0 || h.what != "最" || c.wideInSentence(h) {
		return false
	}
	for _, q := range c.cuesIn(RuleAdLaw, "shop-scope", max(c.clauseStart(h.nstart), h.nstart-2-c.l.words.maxCue), h.nstart) {
		if q.nend > h.nstart {
			continue
		}
		switch string(c.norm.norm[q.nend:h.nstart]) {
		case "", "卖得", "卖的", "买得", "销量", "人气":
			return true // 我们店最便宜的一款, 店里卖得最好
		}
	}
	return false
}

// ownRange (lint v32, after red teams 1050-1057): 最 picks one of the
// listing's own sizes or specifications, as selfComparison's shop does its
// own goods — 最 and a dimension (cues.dimension: 大, 小, 轻…) or 便宜/贵, then
// 的 and a spec noun (cues.spec-noun: 规格, 型号, 尺码…: 最便宜的规格是半斤装);
// a spec noun earlier in the clause (码数已经是最大的了); or the shop's range
// (cues.shop-scope) earlier in the clause and 的一款 after (这是店里颗粒最小的
// 一款); or any one-rune quality, 的是 and a spec noun later in the clause
// (最辣的是“特辣”那个规格). 最小的一款 alone, and any of these with the market in the sentence
// (全网最便宜的规格), stay claims.
func (c *checker) ownRange(h wordHit) bool {
	n := c.norm.norm
	if h.nstart < 0 || h.what != "最" || h.nend >= len(n) || c.wideInSentence(h) {
		return false
	}
	if k := h.nend + 1; k+2 <= len(n) && string(n[k:k+2]) == "的是" && c.cueWithin(RuleAdLaw, "spec-noun", k+2, c.clauseEnd(k)) {
		return true // 最辣的是“特辣”那个规格
	}
	at := -1
	for _, q := range c.cuesIn(RuleAdLaw, "dimension", h.nend, h.nend+1) {
		at = q.nend
	}
	for _, w := range []string{"便宜", "贵"} {
		if at < 0 && hasPrefixRunes(n[h.nend:], w) {
			at = h.nend + len([]rune(w))
		}
	}
	if at < 0 {
		return false
	}
	cs := c.clauseStart(h.nstart)
	if at < len(n) && n[at] == '的' {
		for _, q := range c.cuesIn(RuleAdLaw, "spec-noun", at+1, at+2) {
			if !c.breakBetween(at, q.nend, clauseBreak) {
				return true // 最便宜的规格
			}
		}
		if hasPrefixRunes(n[at+1:], "一款") && c.cueWithin(RuleAdLaw, "shop-scope", cs, h.nstart) {
			return true // 店里颗粒最小的一款
		}
	}
	return c.cueWithin(RuleAdLaw, "spec-noun", cs, h.nstart) // 码数已经是最大的了
}

// listOrdinal: 第一 heads the first item of a numbered list — a clause break
// right after it, and a 第二 (or 第2) later in the reply that opens a clause
// and ends one too: 注意事项：第一，不要水洗；第二，避免暴晒. 口碑第一，第二名都
// 比不上 does not count: its 第二 runs on into 名.
//
// Lint v11: or both items go on with the same word (第一是换货，第二是退款;
// 第一呢…，第二呢…).
func (c *checker) listOrdinal(h wordHit) bool {
	n := &c.norm
	if h.nstart < 0 || h.nend >= len(n.norm) || n.norm[h.nstart] != '第' || h.nend-h.nstart != 2 {
		return false
	}
	broken := c.breakBetween(h.nend, h.nend, clauseBreak)
	for i := h.nend; i+2 < len(n.norm) && i < h.nend+maxListItem; i++ {
		if n.norm[i] != '第' || n.norm[i+1] != '二' && n.norm[i+1] != '2' || !c.breakBetween(i, i, clauseBreak) {
			continue
		}
		if broken && c.breakBetween(i+2, i+2, clauseBreak) ||
			!broken && !c.breakBetween(i+2, i+2, clauseBreak) && n.norm[i+2] == n.norm[h.nend] {
			return true
		}
	}
	return false
}

// maxListItem is how far (norm runes) the list's 第二 may stand after 第一.
const maxListItem = 60

// ordinalCount: the hit is 第 + a numeral and a measure word follows in the
// same clause (口碑第一，回头客多 ranks: the 回 is another clause's).
func (c *checker) ordinalCount(h wordHit) bool {
	n := &c.norm
	if h.nstart < 0 || n.norm[h.nstart] != '第' || h.nend >= len(n.norm) || c.breakBetween(h.nend, h.nend, clauseBreak) {
		return false
	}
	if m := subNumberEnd(n.norm, h.nend); m < len(n.norm) && m > h.nend && strings.ContainsRune(measureWords, n.norm[m]) {
		return true // lint v14: 第13条, 第1.3条 (the dot is dropped before matching): a numbered clause
	}
	if !strings.ContainsRune(measureWords, n.norm[h.nend]) || measureCompound(n.norm, h.nend) {
		return false
	}
	// lint v10 round 5: the market named right before (业界第一个, 行业第一款)
	// ranks, it does not count; 所有第一次下单的, 同款第一件 and a period
	// (行业第一个月免费) still count.
	if h.nend+1 < len(n.norm) && strings.ContainsRune("月星礼周季年", n.norm[h.nend+1]) {
		return true
	}
	for _, q := range c.cuesIn(RuleAdLaw, "rank-scope", max(c.clauseStart(h.nstart), h.nstart-2-c.l.words.maxCue), h.nstart) {
		if h.nstart-q.nend <= 2 {
			return false
		}
	}
	// lint v10 round 6: a marketplace right before and a verb of making or
	// selling right after (淘宝第一个做X的) rank on that market; 这是您在淘宝
	// 第一个订单吗 counts.
	for _, q := range c.cuesIn(RuleAdLaw, "rank-platform", max(c.clauseStart(h.nstart), h.nstart-2-c.l.words.maxCue), h.nstart) {
		if h.nstart-q.nend <= 2 && len(c.cuesIn(RuleAdLaw, "rank-verb", h.nend+1, min(h.nend+2, c.clauseEnd(h.nend)))) > 0 {
			return false
		}
	}
	return true
}

// subNumberEnd skips the rest of a number at norm[i:] — the 3 of 第13条, or
// of 第1.3条 once the dot is dropped — and returns where it ends; i when
// there is none.
func subNumberEnd(norm []rune, i int) int {
	j := i
	for j < len(norm) && (numeralValue(norm[j]) >= 0 || norm[j] == '.' || norm[j] == '．') {
		j++
	}
	return j
}

// countAfter reports numerals from norm[i] on followed by a measure word in
// the same clause: the rest of an ordinal count after its 第 (第三泡).
func (c *checker) countAfter(i int) bool {
	n := &c.norm
	j := i
	for j < len(n.norm) && (numeralValue(n.norm[j]) >= 0 || n.norm[j] == '十') {
		j++
	}
	return j > i && j < len(n.norm) && !c.breakBetween(j, j, clauseBreak) && strings.ContainsRune(measureWords, n.norm[j])
}

// nearAdLawCue reports a cue of compliance/ad-law's kind within gap norm
// runes of the hit, on either side, in the same clause.
func (c *checker) nearAdLawCue(kind string, h wordHit, gap int) bool {
	if h.nstart < 0 {
		return false
	}
	for _, q := range c.cuesIn(RuleAdLaw, kind, h.nstart-gap-c.l.words.maxCue, h.nend+gap+1) {
		switch {
		case q.nend <= h.nstart && h.nstart-q.nend <= gap && !c.breakBetween(q.nend, h.nstart, clauseBreak):
			return true
		case q.nstart >= h.nend && q.nstart-h.nend <= gap && !c.breakBetween(h.nend, q.nstart, clauseBreak):
			return true
		}
	}
	return false
}

var medicalRule = Rule{ID: RuleMedical, Severity: Warning, Summary: "普通商品宣称医疗、疗效（《广告法》第十七条）", check: checkMedical}

// checkMedical reports disease-treatment and efficacy claims on ordinary
// goods (words/compliance-medical-claim.yaml): 《广告法》第十七条 keeps them
// to medicines and medical devices. A disclaimer (本品不能治疗疾病) is fine,
// and so is a 保健食品's approved function (approvedFunction).
func checkMedical(c *checker, t *textCtx) {
	hits := c.ruleHits(RuleMedical, "refusal")
	if len(hits) > 0 && len(c.cuesOf(RuleMedical, "health-food")) > 0 {
		keep := hits[:0:0]
		for _, h := range hits {
			if !c.approvedFunction(h) {
				keep = append(keep, h)
			}
		}
		hits = keep
	}
	keep := hits[:0:0]
	for _, h := range hits {
		if !c.notAKind(h) && !c.sterilizingStep(h) && !c.disclaimedSaying(h) && !c.aboutCrops(h) && !c.inDisclaimer(h) && !c.sayingDebunked(h) && !c.referredToDoctor(h) && !c.claimDisowned(h) && !c.dietAdvice(h) {
			keep = append(keep, h)
		}
	}
	hits = keep
	c.reportHits(t, RuleMedical, hits, func(orig string) string {
		return fmt.Sprintf("医疗/功效宣称 %q：普通商品不得宣称治疗、预防疾病或医疗功效（《广告法》第十七条），换成客观描述", orig)
	})
}

// claimDisowned (lint v20, after red teams 482-489): 不是说 (能/可以/会)
// right before the claim disowns it: 其实是指喷头自洁功能，不是说能防病哦.
func (c *checker) claimDisowned(h wordHit) bool {
	if h.nstart < 3 {
		return false
	}
	before := string(c.norm.norm[max(0, h.nstart-5):h.nstart])
	for _, w := range []string{"不是说", "不是说能", "不是说可以", "不是说会", "不说", "不说能", "不讲能", "不敢说", "不敢说能"} { // lint v22: 俺们不说能降血压那种话
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// dietAdvice (lint v20, after red teams 482-489): the claim is the buyer's
// goal, put as a condition (减肥的话, 控糖期间), and the sentence advises
// eating or using less (少放, 少吃, 适量): 芝麻酱热量有点高，减肥的话酱少放
// 一点. 想减肥的话就喝我们的茶 advises no less and stays a claim.
func (c *checker) dietAdvice(h wordHit) bool {
	n := c.norm.norm
	if h.nstart < 0 {
		return false
	}
	rest := string(n[h.nend:min(len(n), h.nend+2)])
	if rest != "的话" && rest != "期间" {
		return false
	}
	after := string(n[h.nend:c.sentenceEnd(h.nend)])
	return containsAnyWord(after, "少放", "少吃", "少喝", "少用", "适量", "别放太多", "不要放太多", "控制用量", "减量")
}

// aboutCrops (lint v11; narrowed in lint v18): a crop in the sentence
// (cues.crop: 小麦, 蔬菜, 果树) means a pesticide or fertiliser treats the
// plant (这个杀菌剂是防治小麦白粉病的), unless the claim itself is eaten or
// drunk — plants do neither (辅食机做的蔬菜泥助消化，宝宝拉肚子吃两顿就好;
// lint v22: nor is it steeped or boiled to drink in the hit's clause).
func (c *checker) aboutCrops(h wordHit) bool {
	if !c.inSentenceCue(RuleMedical, "crop", cueHit{nstart: h.nstart, nend: h.nend}) {
		return false
	}
	if h.nstart >= 0 && containsAnyWord(string(c.norm.norm[c.clauseStart(h.nstart):h.nend]), "泡水", "煮水", "泡茶", "煲汤", "熬水") {
		return false // lint v22: 种出来的花泡水治咽炎 — the flowers are drunk
	}
	return h.nstart < 0 || !strings.ContainsAny(string(c.norm.norm[h.nstart:h.nend]), "吃喝")
}

// referredToDoctor (lint v17, after red teams 346-353): the treatment is
// the doctor's — a doctor or hospital (guards.yaml see-doctor: 看医生, 就医)
// ends the hit's clause with at most a modal between (治疗痘痘要看医生哦;
// 调理肠胃还是得去医院). 治疗痘痘效果好，不行再看医生 claims before it.
func (c *checker) referredToDoctor(h wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	ce := c.clauseEnd(h.nend)
	for _, q := range c.cuesIn(guardList, "see-doctor", h.nend, min(ce, h.nend+8)) {
		gap := strings.Trim(string(c.norm.norm[h.nend:q.nstart]), "的话还是要得需请先最好您你")
		if gap == "" && q.nend <= ce && c.onlyParticles(q.nend, ce) {
			return true
		}
	}
	return false
}

// sayingDebunked (lint v14, after red teams 234-241): the hit is named a
// saying right after it (guards.yaml quote-noun: 的说法, 这种说法) and the
// clause goes on to tell the buyer not to believe it (debunk: 莫信, 别信, 不
// 靠谱): 手串就是个饰品，治病的说法莫信. 治病的说法是真的 stays a claim.
func (c *checker) sayingDebunked(h wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	at := h.nend
	if open, closeAt := c.quoteAround(h); open >= 0 {
		// Lint v19 (after red teams 450-457): the buyer is told not to
		// believe the quoted saying (请别相信“枸杞能治病”这类说法).
		before := strings.TrimRight(string(c.norm.folded[:open]), " ")
		if slices.ContainsFunc(disbelieve, func(w string) bool { return strings.HasSuffix(before, w) }) {
			return true
		}
		// Lint v18 (after red teams 394-401): or right after the quotes
		// around it (“防近视台灯”这个说法不规范).
		at = sort.SearchInts(c.norm.idx, closeAt)
	}
	ce := c.clauseEnd(at)
	for _, q := range c.cuesIn(guardList, "quote-noun", at, at+1) {
		for _, kind := range []string{"debunk", "saying-wrong"} {
			for _, d := range c.cuesIn(guardList, kind, q.nend, ce) {
				if d.nend <= ce {
					return true
				}
			}
		}
	}
	return false
}

// disbelieve are the words that tell the buyer not to believe a quoted
// saying (sayingDebunked).
var disbelieve = []string{"别相信", "不要相信", "别信", "不要信", "勿信", "莫信", "不可信", "别轻信", "不要轻信", "勿轻信"}

// inDisclaimer (lint v14, after red teams 226-233): the hit starts inside a
// disclaimer (guards.yaml no-substitute: 代替不了治疗, 不能替代药物): 净化器
// 代替不了治疗，过敏严重还是要看医生 — the 治疗 is what the product is not.
func (c *checker) inDisclaimer(h wordHit) bool {
	for _, q := range c.cuesOf(guardList, "no-substitute") {
		if q.nstart <= h.nstart && h.nstart < q.nend {
			return true
		}
	}
	return false
}

// notAKind: 不是/并非 right before the hit and a kind of goods right after
// it (也不是减肥药, 并非降压产品): the reply says what the product is not.
// 不是药，但能减肥 has no 不是 right before 减肥 and stays a claim.
func (c *checker) notAKind(h wordHit) bool {
	n := c.norm.norm
	if h.nstart < 2 || h.nend >= len(n) {
		return false
	}
	before := string(n[max(0, h.nstart-3):h.nstart])
	if !strings.HasSuffix(before, "不是") && !strings.HasSuffix(before, "并非") && !strings.HasSuffix(before, "不属于") {
		return false
	}
	tail := string(n[h.nend:min(len(n), h.nend+2)])
	for _, k := range []string{"药", "产品", "用品", "食品", "茶", "器械"} {
		if strings.HasPrefix(tail, k) {
			return true
		}
	}
	return false
}

// sterilizingStep (lint v10 round 5): 杀菌/灭菌 named as a step of making
// the goods — a step word right after it (高温杀菌工艺, 灭菌处理, 杀菌工序),
// or a method right before it (高温, 超高温, UHT) in a sentence about keeping
// food (cues.sterile-food: 保质期, 冷藏, 罐头…): 罐头经过高温灭菌，常温可以放
// 两年. 能杀菌, 杀菌率99% and 蒸汽高温杀菌，家里更干净 stay claims.
func (c *checker) sterilizingStep(h wordHit) bool {
	n := c.norm.norm
	if h.nstart < 0 || (h.what != "杀菌" && h.what != "灭菌") {
		return false
	}
	if h.nstart >= 1 && strings.ContainsRune("能可会", n[h.nstart-1]) {
		return false // 能杀菌, 可灭菌
	}
	ce := c.clauseEnd(h.nend)
	for _, q := range c.cuesIn(RuleMedical, "sterile-step", h.nend, h.nend+2) {
		if q.nstart-h.nend <= 1 && q.nend <= ce {
			return true
		}
	}
	cs := c.clauseStart(h.nstart)
	for _, q := range c.cuesIn(RuleMedical, "sterile-method", max(cs, h.nstart-1-c.l.words.maxCue), h.nstart) {
		if h.nstart-q.nend <= 1 {
			return c.inSentenceCue(RuleMedical, "sterile-food", cueHit{nstart: h.nstart, nend: h.nend})
		}
	}
	return false
}

// disclaimedSaying (lint v10 round 5): the hit's sentence goes on to call it
// a saying (cues.saying: 说法, 老话) and the reply then refuses any efficacy
// claim (a refusal right before cues.claim-word: 没有功效宣称, 不做功效宣传):
// 泡脚能祛湿是民间的传统说法，我们的产品没有功效宣称.
func (c *checker) disclaimedSaying(h wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	se := c.sentenceEnd(h.nend)
	says := c.cuesIn(RuleMedical, "saying", h.nend, se)
	if len(says) == 0 {
		return false
	}
	for _, q := range c.cuesIn(RuleMedical, "claim-word", says[0].nend, says[0].nend+30) {
		if c.cueBefore(guardList, "refusal", q.nstart, 4) {
			return true
		}
	}
	return false
}

// positionMost: 最 right before a position (cues.position: 上方, 底部, 里面…)
// says where something is — 页面最上方, 放在箱子最底部 — unless its sentence
// names a wider market (全网最…).
func (c *checker) positionMost(h wordHit) bool {
	if h.nstart < 0 || h.what != "最" {
		return false
	}
	return len(c.cuesIn(RuleAdLaw, "position", h.nend, h.nend+1)) > 0 && !c.wideInSentence(h)
}

// approvedFunction: the hit lies inside the name of a 保健功能 as the
// function list words it (cues.approved-function: 辅助降血脂, 增强免疫力…) in
// a reply that names the product's registration (cues.health-food: 蓝帽,
// 保健食品, 国食健注…): 保健食品，保健功能是辅助降血脂 states what the
// registration allows. 能降血脂, 治疗高血压 and 吃一个月血脂就降了 are not
// the function's name and stay claims, registration or not.
func (c *checker) approvedFunction(h wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	for _, q := range c.cuesIn(RuleMedical, "approved-function", h.nstart-c.l.words.maxCue, h.nend) {
		if q.nstart <= h.nstart && q.nend >= h.nend {
			return true
		}
	}
	return false
}

// settingMost (lint v11 round 9): 最 right after turning a control to a
// setting (cues.set-to: 调到, 拧到, 拉到…) and a one-rune adjective that ends
// its clause, a particle or a part aside, or goes on with 就 — 把踏板的松紧调到
// 最松, 旋钮拧到最大就行: where the buyer sets it, not the product ranked. A price in the
// clause (价格已经调到最低了) or the market in the sentence keeps it a claim.
func (c *checker) settingMost(h wordHit) bool {
	n := &c.norm
	if h.nstart < 0 || h.what != "最" || h.nend+1 > len(n.norm) {
		return false
	}
	if !c.setRightBefore(h) || c.wideInSentence(h) || c.inClause(RuleAdLaw, "price", cueHit{nstart: h.nstart, nend: h.nend}) {
		return false
	}
	rest := h.nend + 1
	if rest > c.clauseEnd(h.nend) {
		return false
	}
	for _, q := range c.cuesIn(RuleAdLaw, "part", rest, rest+1) {
		rest = max(rest, q.nend)
	}
	// lint v32 (after red teams 1066-1073): or 就 and what the setting does
	// (睡觉时调到最暗就不晃眼).
	return c.onlyParticles(rest, c.clauseEnd(h.nend)) || rest < len(n.norm) && n.norm[rest] == '就'
}

// setRightBefore reports a verb of setting a control (cues.set-to: 调到,
// 拧到, 设成…) ending right where the hit starts (settingMost, percentLevel).
func (c *checker) setRightBefore(h wordHit) bool {
	for _, q := range c.cuesIn(RuleAdLaw, "set-to", h.nstart-c.l.words.maxCue, h.nstart) {
		if q.nend == h.nstart {
			return true
		}
	}
	return false
}

// permanentCaution (lint v11 round 9): 永久 in a sentence that warns the
// work cannot be undone (cues.irreversible: 不能更改, 改不了, 去不掉…): 刻字是
// 永久性的，刻好后就不能更改了 cautions the buyer, it claims nothing. 永久不
// 褪色 with no such warning stays a claim.
func (c *checker) permanentCaution(h wordHit) bool {
	if h.nstart < 0 || h.what != "永久" {
		return false
	}
	end := c.sentenceEnd(h.nend)
	return c.cueWithin(RuleAdLaw, "irreversible", c.sentenceStart(h.nstart), end)
}

// onlyPending (lint v11 round 9): 唯一 + the state of an item of the
// buyer's order within two runes in its clause (cues.pending: 没发, 没到,
// 漏发, 缺货…): 唯一没发的那件今天补上了 picks one parcel, it ranks nothing.
// 唯一没有添加剂的 names no order state and stays a claim.
func (c *checker) onlyPending(h wordHit) bool {
	if h.nstart < 0 || h.what != "唯一" {
		return false
	}
	for _, q := range c.cuesIn(RuleAdLaw, "pending", h.nend, h.nend+3) {
		if !c.breakBetween(h.nend, q.nstart, clauseBreak) {
			return true
		}
	}
	return false
}

// allHan reports whether every rune of rs is a Han character.
func allHan(rs []rune) bool {
	for _, r := range rs {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}
