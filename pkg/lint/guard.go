package lint

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Context guards: a hit of a word list is cancelled by what stands around
// it. Each guard looks at the cue words of its kind in words/guards.yaml
// (found in the same automaton pass as the words) and at the clause
// breaks in norm. Entries name the guards that apply to them (WordEntry
// Guards); the compliance rules apply the refusal guard to all their hits.

// guards maps a guard name (as written in the word lists) to its test.
var guards = map[string]func(c *checker, h *wordHit) bool{
	"refusal":               (*checker).refusedBefore,
	"buyer":                 (*checker).buyerSubject,
	"follow-up":             (*checker).followsUp,
	"worry":                 (*checker).worryAsked,
	"disowns-echo":          (*checker).disownsEcho,
	"apology":               (*checker).apologizes,
	"owns-fault":            (*checker).ownsFault,
	"shop-asks":             (*checker).shopAsks,
	"feature":               (*checker).productFeature,
	"in-app":                (*checker).inApp,
	"polite":                (*checker).polite,
	"on-product":            (*checker).onProduct,
	"shows-product":         (*checker).showsProduct,
	"after-sales":           (*checker).afterSales,
	"refund-reason":         (*checker).refundReason,
	"same-goods":            (*checker).sameGoods,
	"refund-cause":          (*checker).refundCause,
	"no-platform":           (*checker).noPlatform,
	"negated":               (*checker).negated,
	"spared":                (*checker).spared,
	"option":                (*checker).option,
	"others":                (*checker).others,
	"no-directive":          (*checker).noDirective,
	"no-directive-sentence": (*checker).noDirectiveSentence,
	"thing-subject":         (*checker).thingSubject,
	"platform-share":        (*checker).platformShare,
	"reassure":              (*checker).reassures,
	"answered-before":       (*checker).answeredBefore,
	"no-cheaper":            (*checker).notCheaper,
	"dissuaded":             (*checker).dissuaded,
	"internal":              (*checker).internal,
	"asks":                  (*checker).asksBuyer,
	"only-sells":            (*checker).onlySells,
	"permitted":             (*checker).permitted,
	"praised":               (*checker).praised,
	"review-complaint":      (*checker).reviewComplaint,
	"which":                 (*checker).asksWhich,
	"registered":            (*checker).registered,
	"top-up":                (*checker).topUp,
	"model-name":            (*checker).modelName,
	"only-there":            (*checker).onlyThere,
	"handoff":               (*checker).handoff,
	"seen-there":            (*checker).seenThere,
	"escrow":                (*checker).escrow,
	"ordered-there":         (*checker).orderedThere,
	"not-our-order":         (*checker).notOurOrder,
	"shop-first":            (*checker).shopFirst,
	"design-name":           (*checker).designName,
	"platform-only":         (*checker).platformOnly,
	"platform-named":        (*checker).platformNamed,
	"asks-back":             (*checker).asksBack,
	"blocked-there":         (*checker).blockedThere,
	"weighed":               (*checker).weighed,
	"risk-warned":           (*checker).riskWarned,
	"pointed-at":            (*checker).pointedAt,
	"offer":                 (*checker).offers,
	"luck":                  (*checker).luck,
	"warranty":              (*checker).warranty,
	"platform-perk":         (*checker).platformPerk,
	"claim-asked":           (*checker).claimAsked,
	"answers-after":         (*checker).answersAfter,
	"asked-no":              (*checker).askedAnsweredNo,
	"condition":             (*checker).condition,
	"mentioned":             (*checker).mentioned,
	"seen":                  (*checker).seenUnclear,
	"stay-here":             (*checker).staysHere,
	"no-deal":               (*checker).noDeal,
	"another-way":           (*checker).anotherWay,
	"self-run":              (*checker).selfRun,
	"disclosed":             (*checker).disclosed,
	"statement":             (*checker).statement,
	"instead":               (*checker).offersInstead,
	"ailment":               (*checker).vagueAilment,
	"compatible":            (*checker).compatible,
	"lacks":                 (*checker).lacks,
	"no-access":             (*checker).noAccess,
	"family":                (*checker).family,
	"child":                 (*checker).child,
	"helps-anyway":          (*checker).helpsAnyway,
	"claim-unknown":         (*checker).claimUnknown,
	"fine-anyway":           (*checker).fineAnyway,
	"mistake":               (*checker).shippedWrong,
	"undergoing":            (*checker).undergoing,
	"no-substitute":         (*checker).noSubstitute,
	"code-use":              (*checker).codeUse,
	"shop-section":          (*checker).shopSection,
	"bubbles":               (*checker).bubbles,
	"cheaper-here":          (*checker).cheaperHere,
	"compared":              (*checker).compared,
	"platform-pays":         (*checker).platformPays,
	"courier-calls":         (*checker).courierCalls,
	"fraud-warning":         (*checker).fraudWarning,
	"price-prevails":        (*checker).pricePrevails,
	"reorder":               (*checker).reorder,
	"warned-off":            func(c *checker, h *wordHit) bool { return c.thirdPartyWarned(h, true) },
	"police":                (*checker).policeNamed,
	"met-elsewhere":         func(c *checker, h *wordHit) bool { return c.cueBefore(guardList, "met-elsewhere", h.nstart, 2) },
	"not-ours":              (*checker).notOurs,
	"family-use":            (*checker).familyUse,
	"assigned-store":        (*checker).assignedStore,
	"means":                 (*checker).meansSubject,
	"typed":                 (*checker).typedText,
	"courier-adds":          (*checker).courierAdds,
	"consigned":             (*checker).consigned,
}

// maxRefusalGap is how far (in norm runes) a refusal may stand before what it
// refuses: 我们不会以任何形式好评返现 has five runes between. Further away,
// up to maxRefusalScope, the refusal still reaches the hit when words that
// carry its scope stand between (不会以任何理由让您加好友或私下转账).
const (
	maxRefusalGap   = 6
	maxRefusalScope = 24
)

// refusedBefore: a refusal (不能, 不会, 请勿…) stands before the hit in the
// same clause: 抱歉亲，平台规定不能好评返现哦; 我们不提供QQ等站外联系方式.
// It also covers a refusal after the hit in the same sentence (好评返现是违规
// 的，我们不做; 有人让您私下转账，请不要相信).
//
// A refusal further back in the clause (a list comma 、 does not end it)
// reaches the hit through words that carry its scope: 本店不会以任何理由让您
// 加好友或私下转账; 我们不会通过电话、QQ或微信联系您. And a warning against
// fraud anywhere in the sentence (请注意防骗, 冒充客服, 是诈骗) makes the whole
// sentence a warning, not an offer.
func (c *checker) refusedBefore(h *wordHit) bool { return c.refused(h, true) }

// refused is refusedBefore; needless says whether "not needed" (不需要, 无需,
// 不用…) before the hit counts too. It does not for a review trigger: 不需要
// 五星，带图评价就返10元 drops the review, not the reward.
//
// lint v6 added, for every compliance hit: 不需要/无需/不用 before it (不需要
// 加微信，售后都在这里处理; 无需给我们发好评截图) unless the hit names a
// reward after the review (不用好评也返现); a refusal that ends the hit's
// clause (加微信这个真不行，…; 私下转账是不可以的; 加好友就不必了), or the
// next clause after a condition (您想加微信的话，很抱歉不行); 禁止 or 不受平
// 台保护 after the hit in its clause (好评返现属于平台禁止行为); and a
// refusal that points back (好评返现平台查得很严，我们不能这么做).
func (c *checker) refused(h *wordHit, needless bool) bool {
	if c.refusalJustBefore(h) || c.cueBefore(guardList, "refusal-near", h.nstart, 1) {
		return true
	}
	if h.nstart < 0 {
		return false
	}
	if c.refusedAdding(h) {
		return true
	}
	if needless && c.needless(h) {
		return true
	}
	if c.bareNegation(h) {
		return true
	}
	if c.refusalReaches(h) || c.refusalEnds(h) || c.refusedListItem(h) || c.answeredNo(h) || c.mentionedThenDenied(h) {
		return true
	}
	for _, q := range c.cuesIn(guardList, "refusal-after", h.nend, h.nend+13) {
		if q.nend < len(c.norm.norm) && strings.ContainsRune("说讲提明", c.norm.norm[q.nend]) {
			continue // lint v18: 平台不让说哈 is a wink that the deal stands, no refusal of it (lint v26: 不让明说)
		}
		if !c.breakBetween(h.nend, q.nstart, sentenceBreak) && !c.denied(q) {
			return true
		}
	}
	if h.rule == RuleContact {
		if c.buyerSentDeclined(h) || c.cueWithin(guardList, "denies-adding", h.nend, c.sentenceEnd(h.nend)) {
			return true // lint v25: …二维码名片功能是展示您自己的运动主页，不是加我们的
		}
		// It must end its clause (QQ不能留的; 私下交易封店), so 微信
		// lulu_8899，这边不能发图片 is no refusal.
		n := c.norm.norm
		for _, q := range c.cuesIn(guardList, "contact-after", h.nend, h.nend+13) {
			if c.breakBetween(h.nend, q.nstart, sentenceBreak) || c.denied(q) || n[q.nstart-1] == '才' {
				continue
			}
			if c.onlyParticles(q.nend, c.clauseEnd(q.nend)) {
				return true
			}
		}
	}
	for _, q := range c.cuesIn(guardList, "refusal-clause", h.nend, h.nend+13) {
		if !c.breakBetween(h.nend, q.nstart, clauseBreak) && !c.denied(q) {
			return true
		}
	}
	return c.inSentence("fraud", h) || c.thirdPartyWarned(h, false) || c.giftDenied(h) || c.claimDenied(h)
}

// refusalJustBefore: a refusal cue ends at most maxRefusalGap runes before
// the hit — but not one inside a condition that ends before it (lint v25,
// after red teams 706-713: 投影对焦不会调的话扣扣找我 — 不会 is the buyer's
// trouble, the 的话 closes it, and the offer follows).
func (c *checker) refusalJustBefore(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	n := c.norm.norm
	for _, q := range c.cuesIn(guardList, "refusal", max(c.clauseStart(h.nstart), h.nstart-maxRefusalGap-c.l.words.maxCue), h.nstart) {
		if q.nend > h.nstart && h.rule == RuleMedical {
			continue // lint v30: 从来不得胃病 — the 不 is the claim's own (不得{病症}), not a refusal of it
		}
		if h.nstart-q.nend <= maxRefusalGap && !strings.Contains(string(n[min(q.nend, h.nstart):h.nstart]), "的话") {
			return true
		}
	}
	return false
}

// buyerSentDeclined (lint v25, after red teams 690-697): the ID is the
// buyer's, sent to the shop (guards.yaml buyer-sent: 您发过来的, 您留的…
// right before the hit), and the reply goes on to keep the talk here
// (keep-here: 不建议交换, 就在这边聊…): 看到您发过来的微信号了，…平台上不建
// 议交换私人联系方式，咱们就在这边聊 declines it. Without the decline (您发
// 过来的微信号我加了) the shop takes it up.
func (c *checker) buyerSentDeclined(h *wordHit) bool {
	if !c.cueBefore(guardList, "buyer-sent", h.nstart, 2) {
		return false
	}
	return len(c.cuesIn(guardList, "keep-here", h.nend, len(c.norm.norm))) > 0
}

// claimDenied (lint v12 round 10): a medical-claim hit right after 不是 (or
// 并非): 修护“不是治疗作用” denies the claim. Another claim after it is its own
// hit: 不是治疗，是根治 stays.
func (c *checker) claimDenied(h *wordHit) bool {
	if h.rule != RuleMedical {
		return false
	}
	if c.rightAfterNot(h) {
		return true
	}
	// lint v15: the second of two claims denied together (不是杀菌治病的):
	// another medical hit ends right where this one starts, right after 不是.
	for i := range c.hits {
		p := &c.hits[i]
		if p.rule == RuleMedical && p.nstart >= 0 && p.nend == h.nstart && p.nstart < h.nstart && c.rightAfterNot(p) {
			return true
		}
	}
	return false
}

// rightAfterNot reports 不是, 并非 or 不属于 right before the hit.
func (c *checker) rightAfterNot(h *wordHit) bool {
	if h.nstart < 2 {
		return false
	}
	before := string(c.norm.norm[max(0, h.nstart-3):h.nstart])
	return strings.HasSuffix(before, "不是") || strings.HasSuffix(before, "并非") || strings.HasSuffix(before, "不属于")
}

// giftDenied (lint v12 round 10): a review-cashback hit right after 不是
// (or 并非, 不属于) in a reply that says the gift goes with every order
// (cues.every-order: 下单赠品, 每单都有): 这个小礼品是下单赠品，不是评价礼品.
// Another reward in the reply is its own hit: 不是好评返现，是晒图有礼 stays.
func (c *checker) giftDenied(h *wordHit) bool {
	return h.rule == RuleCashback && len(c.cuesOf(guardList, "every-order")) > 0 && c.rightAfterNot(h)
}

// thirdPartyWarned (lint v12 round 10): the sentence warns the buyer about
// someone else — a someone-asks cue (有人让, 对方要求…) before the hit and a
// warn-off cue (请不要付款, 别转, 拉黑, 马上告诉我们…) after it: 如果有人让您
// 私下转账，请不要付款 — in the hit's clause or the next, so 转给我们就行，不
// 要付款给别人 still offers a transfer. With anyOrder the hit may also follow the warn-off (a
// push-to-platform hit: 请不要扫，直接联系平台客服); a contact hit after the
// warning (别加，加我们的微信) is an offer of its own.
func (c *checker) thirdPartyWarned(h *wordHit, anyOrder bool) bool {
	if h.nstart < 0 || len(c.cuesOf(guardList, "someone-asks")) == 0 {
		return false
	}
	ss, se := c.sentenceStart(h.nstart), c.sentenceEnd(h.nend)
	for _, a := range c.cuesIn(guardList, "someone-asks", ss, h.nstart) {
		from, to := h.nend, se
		if anyOrder {
			from = a.nend
		} else if ce := c.clauseEnd(h.nend); ce < se {
			to = c.clauseEnd(ce + 1) // the hit's clause or the next
		} else if se < len(c.norm.norm) && c.questionAt(se) {
			// lint v15: the buyer's report asked back, then the warning
			// (快递员让您加他微信？那是他个人行为，您不用加).
			to = c.sentenceEnd(se + 1)
		}
		if c.cueWithin(guardList, "warn-off", from, to) {
			return true
		}
		// Lint v16 (after red teams 338-341): or the warning right before
		// the one who asks (别信别人私下加你的).
		for _, w := range c.cuesIn(guardList, "warn-off", max(ss, a.nstart-3), a.nstart) {
			if w.nend <= a.nstart && !c.breakBetween(w.nstart+1, a.nend-1, clauseBreak) &&
				!strings.ContainsAny(string(c.norm.norm[a.nend:min(len(c.norm.norm), a.nend+1)]), "我咱") {
				return true // not 别信别人，私下加我微信: the one asked to add is the shop
			}
		}
	}
	return false
}

// policeNamed (lint v30, after red teams 930-945): the police or being
// cheated (guards.yaml police: 报警, 被骗, 诈骗…) stand in the hit's sentence
// or the one before — 您说被人骗着拍单返佣了？请马上报警，并联系平台客服 sends a
// fraud victim where the case belongs, not the shop's own work.
func (c *checker) policeNamed(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	return c.cueWithin(guardList, "police", c.priorSentenceStart(h.nstart), c.sentenceEnd(h.nend))
}

// refusedAdding (lint v10 round 6): a refusal-near cue, then 加/留/添 and
// at most four runes of whose account before the hit (平台不准加私人微信,
// 不让加个人QQ, 规定不准加客户私人微信): what is refused is adding it. Only the
// verb may open the gap, so 为了不让您等加微信 still reaches the shop.
func (c *checker) refusedAdding(h *wordHit) bool {
	n := c.norm.norm
	for k := h.nstart - 1; k >= 0 && k >= h.nstart-5; k-- {
		if c.breakBetween(k, h.nstart, clauseBreak) {
			return false
		}
		if strings.ContainsRune("加留添", n[k]) && c.cueBefore(guardList, "refusal-near", k, 0) {
			return true
		}
	}
	return false
}

// bareNegation: 不, 没 or 别 (lint v10 round 5: Cantonese 冇, 唔) right
// before the hit in its clause — 我们不加微信哦, 从没私下交易, 我哋冇微信㗎 —
// unless the clause makes it a condition (不加微信的话
// 就没法便宜: the offer stands on the other side of it).
//
// Lint v14, after red team 245: 不是 right before the hit too (主播说的“私人定
// 制”是指…，不是私下交易哦) — not 是不是, and not a question (不是加微信更方
// 便吗？ pushes all the same).
func (c *checker) bareNegation(h *wordHit) bool {
	n := c.norm.norm
	if h.nstart < 1 || c.breakBetween(h.nstart, h.nstart, clauseBreak) {
		return false
	}
	if !strings.ContainsRune("不没别冇唔", n[h.nstart-1]) {
		k := h.nstart - 1
		if n[k] != '是' || k < 1 || n[k-1] != '不' || k >= 2 && n[k-2] == '是' && !c.breakBetween(k-1, k-1, clauseBreak) || c.breakBetween(k, k, clauseBreak) {
			return false
		}
		if _, question := c.questionEnds(h); question {
			return false
		}
	}
	if n[h.nstart-1] == '别' && h.nstart >= 2 && strings.ContainsRune("级特区类分差个性识告辨鉴派职门", n[h.nstart-2]) {
		return false // lint v11 round 8: 性能为同级别最高 — 别 ends 级别, it forbids nothing
	}
	if n[h.nstart-1] == '不' && h.nstart >= 2 && n[h.nstart-2] == '要' && (h.nstart < 3 || n[h.nstart-3] != '不') {
		return false // lint v30: 要不加个威 — 要不 proposes (how about), it forbids nothing; 不要不 aside
	}
	end := c.clauseEnd(h.nend)
	for k := h.nend; k+1 < end; k++ {
		if n[k] == '的' && n[k+1] == '话' {
			return false
		}
	}
	return true
}

// needless: "not needed" (不需要, 无需, 不用…) ends within maxRefusalGap
// before the hit in its clause, and is not about a review whose reward
// follows: in 不用好评也返现 and 不需要五星也返红包 a review trigger and then
// a reward stand between the cue and the hit's end, so what is not needed
// is the review (the reward comes anyway).
func (c *checker) needless(h *wordHit) bool {
	for _, q := range c.cuesIn(guardList, "needless", max(c.clauseStart(h.nstart), h.nstart-maxRefusalGap-c.l.words.maxCue), h.nstart) {
		if q.nend > h.nstart || h.nstart-q.nend > maxRefusalGap {
			continue
		}
		if !c.reviewThenReward(q.nend, h.nend) {
			return true
		}
	}
	return false
}

// askedThenMore reports that the sentence ending at norm index se ends with a
// question mark and another sentence follows it — the shape answeredNo,
// echoAsked and askedThenDisowned read the next sentence's opening from.
func (c *checker) askedThenMore(se int) bool {
	n := &c.norm
	return se > 0 && se < len(n.norm) && (strings.ContainsAny(string(n.folded[n.idx[se-1]+1:n.idx[se]]), "?？") || n.quotedQuestionAt(se))
}

// answeredNo: the hit is in a question the reply repeats and then answers
// no — 能杀菌吗？不能，它只是普通的清洁剂; 能降血压吗？没有这个功效; 好评返
// 现？我们没有这个活动哦.
func (c *checker) answeredNo(h *wordHit) bool {
	n := &c.norm
	se := c.sentenceEnd(h.nend)
	if !c.askedThenMore(se) {
		return false
	}
	// Lint v14, after red team 263: or calls it a fraud (你朋友讲有人找她刷
	// 单？那肯定是骗子，莫理).
	for _, q := range c.cuesIn(guardList, "fraud", se, se+6) {
		if !c.breakBetween(se+1, q.nstart, clauseBreak) {
			return true
		}
	}
	// The answer opens the next sentence: 不能…, or 我们没有… (a subject
	// of up to four runes before the refusal).
	for _, kind := range []string{"refusal", "refusal-end"} {
		for _, q := range c.cuesIn(guardList, kind, se, se+5) {
			if !c.breakBetween(se+1, q.nstart, clauseBreak) && !c.denied(q) {
				return true
			}
		}
	}
	// lint v17 (after red teams 346-353): or, for a way to reach the shop,
	// sends the buyer to the platform's own chat instead (可以加个微信发图吗？
	// 亲，直接在旺旺发图就行).
	if h.rule == RuleContact {
		for _, q := range c.cuesIn(guardList, "here-instead", se, se+maxAnswerGap) {
			if !c.breakBetween(q.nend, q.nend, sentenceBreak) && !c.breakBetween(se+1, q.nstart, sentenceBreak) {
				return true
			}
		}
	}
	// Lint v31 (after red teams 986-993): or, for a cheaper listing elsewhere
	// the buyer reported, explains the difference (拼多多上有同款便宜的？可能是
	// 不同的规格，您发我看看).
	if h.rule == RuleContact {
		for _, q := range c.cuesIn(guardList, "price-answer", se, se+maxAnswerGap) {
			if !c.breakBetween(se+1, q.nstart, sentenceBreak) {
				return true
			}
		}
	}
	// lint v17 (after red teams 346-353): or says what the product only is
	// or does, early in the answer (能治痘吗？这是洗面奶，只能清洁控油; 能降血
	// 压吗？这个只是普通的茶): claims only. 只能说 goes on to say something else.
	for _, q := range c.cuesIn(guardList, "only-does", se, se+maxAnswerGap) {
		if (h.rule == RuleMedical || h.rule == RuleAdLaw) && !c.breakBetween(se+1, q.nstart, sentenceBreak) && (q.nend >= len(n.norm) || n.norm[q.nend] != '说') {
			return true
		}
	}
	// lint v10 round 5: or opens with an English No and a break (Can it
	// prevent flu? No, it is only a humidifier.).
	// lint v15: or 不是 with its particle (这件是冠军系列吗？不是哈，…).
	for _, q := range c.cuesIn(guardList, "answer-no", se, se+1) {
		if q.nend < len(n.norm) && (c.breakBetween(q.nend, q.nend, clauseBreak) || c.onlyParticles(q.nend, c.clauseEnd(q.nend+1)) && c.clauseEnd(q.nend+1) < len(n.norm)) {
			return true
		}
	}
	// lint v10: or calls the claim a false one (cues.debunk: 虚假宣传,
	// 谣言…) in the answer's first clause — 能治失眠？这是网上的虚假宣传;
	// 能降血压吗？都是谣言 — in its own voice: 别人说是谣言，其实… reports
	// someone else (说 before the cue), 不是谣言 is denied.
	for _, q := range c.cuesIn(guardList, "debunk", se, se+maxAnswerGap) {
		if c.breakBetween(se+1, q.nstart, clauseBreak) || c.denied(q) ||
			strings.ContainsRune(string(c.norm.norm[se:q.nstart]), '说') {
			continue
		}
		return true
	}
	return false
}

// mentionedThenDenied (lint v10 round 5): the hit's clause only repeats what
// the buyer mentioned (你说的微信群, 您问的QQ群: a mention cue right before
// the hit, at most three runes after it to the clause's end) and the next
// clause opens with a refusal or a denial — 你说的微信群，我们没有哦; 您问的
// 抖音号，我哋冇㗎.
func (c *checker) mentionedThenDenied(h *wordHit) bool {
	if !c.cueBefore(guardList, "mention", h.nstart, 1) {
		return false
	}
	end := c.clauseEnd(h.nend)
	n := c.norm.norm
	if end-h.nend > 3 || end >= len(n) || c.breakBetween(end, end, sentenceBreak) {
		return false
	}
	// The denial is the next clause's (a short one: 我们没有哦, 我哋冇㗎,
	// 店里不卖这个), not the start of something else (没有问题，马上拉您进群).
	next := c.clauseEnd(end + 1)
	for _, kind := range append([]string{"refusal"}, c.endKinds(h)...) {
		for _, q := range c.cuesIn(guardList, kind, end, min(end+6, next)) {
			if q.nend <= next && next-q.nend <= 4 && !c.denied(q) {
				return true
			}
		}
	}
	return false
}

// maxAnswerGap is how far into the answer (norm runes) a debunk cue
// may stand: 这是网上的 before 虚假宣传.
const maxAnswerGap = 10

// denied reports a refusal cue after a hit that is itself negated — 不 or
// 没 among the four runes before it in its clause: 好评返现不违规哦, 加微信，
// 不会被判违规的, 平台不禁止的, 也没什么不可以的 assure the buyer, they do
// not refuse — or that opens a condition (不加微信的话没优惠).
func (c *checker) denied(q cueHit) bool {
	n := c.norm.norm
	from := max(c.clauseStart(q.nstart), q.nstart-4)
	for k := from; k < q.nstart; k++ {
		if n[k] == '不' || n[k] == '没' {
			return true
		}
	}
	// A condition is no refusal either: 加微信就便宜，不加微信的话没优惠.
	end := min(c.clauseEnd(q.nend), q.nend+8)
	for k := q.nend; k+1 < end; k++ {
		if n[k] == '的' && n[k+1] == '话' {
			return true
		}
	}
	return false
}

// refusedListItem: the hit opens an item of a list (、) whose first item a
// refusal stands right before: 商家不得以返现、红包等方式诱导好评 refuses the
// 红包 as it refuses the 返现.
func (c *checker) refusedListItem(h *wordHit) bool {
	cs := c.clauseStart(h.nstart)
	if cs == 0 || h.nstart-cs > 2 || !c.norm.listBreak(cs) {
		return false
	}
	ls := max(c.listClauseStart(h.nstart), cs-maxRefusalGap-c.l.words.maxCue)
	for _, q := range c.cuesIn(guardList, "refusal", ls, cs) {
		if q.nend <= cs && cs-q.nend <= maxRefusalGap {
			return true
		}
	}
	return false
}

// reviewThenReward reports a review trigger and after it a reward, both in
// norm [a, b).
func (c *checker) reviewThenReward(a, b int) bool {
	for _, tr := range c.cuesIn(RuleCashback, "review", a, b) {
		for _, rw := range c.cuesIn(RuleCashback, "reward", tr.nend, b) {
			if rw.nend <= b {
				return true
			}
		}
	}
	return false
}

// endParticles are what may follow a refusal at the end of its clause (不行哦,
// 不可以的呢, 就不必了哈; lint v10 round 5: Cantonese 噶, 嘅, 㗎, 喎 — 我哋冇噶, 噃).
const endParticles = "的哦啦了呢啊哈呀滴噢喔吧嘛哟哇耶亲啊噶嘅㗎喎咯啰噃"

// onlyParticles reports that norm[from:end] holds nothing but endParticles:
// a cue ending at from ends the clause that ends at end.
func (c *checker) onlyParticles(from, end int) bool {
	n := c.norm.norm
	for k := from; k < end; k++ {
		if !strings.ContainsRune(endParticles, n[k]) {
			return false
		}
	}
	return true
}

// refusalEnds: a refusal-end cue ends the hit's clause, only particles after
// it — or the next clause's, when the hit's clause is a condition (…的话).
func (c *checker) refusalEnds(h *wordHit) bool {
	n := c.norm.norm
	end := c.clauseEnd(h.nend)
	if end >= 2 && string(n[end-2:end]) == "的话" && end < len(n) {
		end = c.clauseEnd(end + 1)
	}
	// Only a cue near the clause's end can end it (particles after it are
	// few): a window, so a long clause of many hits stays linear.
	for _, kind := range c.endKinds(h) {
		for _, q := range c.cuesIn(guardList, kind, max(h.nend, end-c.l.words.maxCue-8), end) {
			if q.nend > end {
				continue
			}
			if c.denied(q) {
				continue // 加微信也没什么不可以的
			}
			if kind == "denial-end" && strings.ContainsAny(string(n[h.nend:q.nstart]), "有别同其外人他") {
				continue // 微信上有的款这里我们没有; 加微信的优惠别家都没有
			}
			if c.onlyParticles(q.nend, end) && !c.workaroundAfter(end) {
				return true
			}
		}
	}
	return false
}

// endKinds are the kinds of cue that may end a hit's clause as a refusal:
// an off-platform-contact hit also takes a denial that the thing exists
// (lint v10 round 5: 您问的QQ群我们没有哦); a claim does not (全网最低价别家
// 也没有 still claims).
func (c *checker) endKinds(h *wordHit) []string {
	switch h.rule {
	case RuleContact, RuleCashback, RuleFakeOrder:
		// lint v11: paid reviews and fake orders too (买家秀的奖励活动我们没有做)
		return []string{"refusal-end", "denial-end"}
	}
	return []string{"refusal-end"}
}

// workaroundAfter: the sentence goes on after the clause that ends at norm
// end with a way round it (截图, 扫一下, 加上我): 二维码在聊天里发不了，您截
// 图这张图扫一下就能加上我 says the chat blocks the code and sends it anyway.
func (c *checker) workaroundAfter(end int) bool {
	if end >= len(c.norm.norm) {
		return false
	}
	// The first cue after the clause is the nearest: if a sentence break
	// stands before it, one stands before every later one too.
	qs := c.cuesIn(guardList, "workaround", end, len(c.norm.norm))
	return len(qs) > 0 && !c.breakBetween(end, qs[0].nstart, sentenceBreak)
}

// refusalReaches: a refusal stands in the hit's clause (list commas aside)
// at most maxRefusalScope runes before it, with a scope word between them.
func (c *checker) refusalReaches(h *wordHit) bool {
	start := max(c.listClauseStart(h.nstart), h.nstart-maxRefusalScope-c.l.words.maxCue)
	for _, q := range c.cuesIn(guardList, "refusal", start, h.nstart) {
		if q.nend > h.nstart || h.nstart-q.nend > maxRefusalScope {
			continue
		}
		if c.cueWithin(guardList, "refusal-scope", q.nend, h.nstart) {
			return true
		}
	}
	for _, q := range c.cuesIn(guardList, "cannot-install", start, h.nstart) {
		if q.nend > h.nstart || h.nstart-q.nend > maxRefusalScope || strings.ContainsAny(string(c.norm.norm[q.nend:h.nstart]), "加+") {
			continue
		}
		if c.cueWithin(guardList, "refusal-scope", q.nend, h.nstart) {
			return true
		}
	}
	return false
}

// inSentence reports a guard cue of that kind in the sentence that holds
// the hit.
// noDeal (lint v10 round 3): the sentence says what is sold there is fake or
// costs the same (在闲鱼买便宜的要小心，很多是翻新机; 有人说在美团订更划算，其实
// 价格是一样的): a warning or a correction, not a deal elsewhere.
func (c *checker) noDeal(h *wordHit) bool {
	return c.inSentence("no-deal", h)
}

func (c *checker) inSentence(kind string, h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	start, end := c.sentenceStart(h.nstart), c.sentenceEnd(h.nend)
	return c.cueWithin(guardList, kind, start, end)
}

// afterSales: an after-sales remedy in the same sentence (补发, 理赔, 拒收,
// 漏发, 开箱视频): 收到空包的话…给您登记补发 and 漏发的配件已经补单 are a
// lost parcel and a reissue, not a fake order.
//
// Shipping (发出, 寄出) right after or before the hit is the hit's own verb,
// not a remedy: 空包发出就行 is the fake order itself.
func (c *checker) afterSales(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	start, end := c.sentenceStart(h.nstart), c.sentenceEnd(h.nend)
	if ce, question := c.questionEnds(h); question && ce == end {
		// Lint v16 (after red teams 302-305): the buyer's report echoed as a
		// question (快递员说是空包？) is answered in the next sentence (恁别急，
		// 俺这边先给恁重新发一单).
		end = c.nextSentenceEnd(end)
	}
	for _, q := range c.cuesIn(guardList, "after-sales", start, end) {
		if q.nend > end {
			continue
		}
		if (q.nstart == h.nend || q.nend == h.nstart || q.nstart > h.nend && q.nstart-h.nend <= 2 &&
			strings.Trim(string(c.norm.norm[h.nend:q.nstart]), "已经都") == "") && shippingVerb(c.norm.norm[q.nstart:q.nend]) {
			continue // lint v15: 空包已经发出去了 ships the empty parcel, it remedies nothing
		}
		if q.nstart > 0 && strings.ContainsRune("莫别勿甭", c.norm.norm[q.nstart-1]) {
			continue // lint v14: 你莫拒收 asks the buyer to play along, it remedies nothing
		}
		return true
	}
	return false
}

// shippedWrong: the shop owns a shipping mistake in the hit's sentence (发错,
// 出错, 装错, 失误 — guards.yaml mistake): 拍A款发B款是仓库发错了，给您重新发
// is an apology for a wrong parcel. A mistake denied (不会出错, 别弄错, 没发错)
// is no apology: 拍A发B，放心不会出错 is the fake order.
func (c *checker) shippedWrong(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	start, end := c.sentenceStart(h.nstart), c.sentenceEnd(h.nend)
	if c.askedThenMore(end) {
		// Lint v20 (after red teams 522-529): or the answer to a question
		// about it (您收到的是“拍A发B”了吗？发错货非常抱歉).
		end = c.sentenceEnd(end + 1)
	}
	n := c.norm.norm
	for _, q := range c.cuesIn(guardList, "mistake", start, end) {
		if q.nend > end {
			continue
		}
		denied := false
		for k := q.nstart - 1; k >= q.nstart-2 && k >= start; k-- {
			if strings.ContainsRune("不别没免", n[k]) {
				denied = true
			}
		}
		if !denied {
			return true
		}
	}
	return false
}

// undergoing: the buyer is under a treatment named in the hit's clause
// (guards.yaml undergoing: 正在做, 正在接受, 刚做完 at most eight runes before
// it): 正在做放射治疗的话，使用前最好问一下医生 is advice to someone being
// treated, not a product that treats.
func (c *checker) undergoing(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	start := max(c.clauseStart(h.nstart), h.nstart-8-c.l.words.maxCue)
	for _, q := range c.cuesIn(guardList, "undergoing", start, h.nstart) {
		if h.nstart-q.nend <= 8 && !c.breakBetween(q.nend, h.nstart, clauseBreak) {
			return true
		}
	}
	return false
}

// noSubstitute: the reply says the product is no medicine (guards.yaml
// no-substitute: 不能代替药物, 不能替代治疗): 普通食品，能帮助调理身体，但不能
// 代替药物 puts a food's everyday use next to its disclaimer.
func (c *checker) noSubstitute(h *wordHit) bool {
	return len(c.cuesOf(guardList, "no-substitute")) > 0
}

// shippingVerb reports the after-sales cues that only say a parcel left.
func shippingVerb(w []rune) bool {
	s := string(w)
	return s == "发出" || s == "寄出"
}

// refundReason: the refund has an ordinary reason in the sentence (不满意,
// 拍错了, 缺货, 七天无理由, 申请退款): a return, not an order paid back to
// boost sales.
func (c *checker) refundReason(h *wordHit) bool {
	return c.inSentence("refund-reason", h)
}

// refundCause (lint v12 round 10): the refund has a cause in the sentence
// (拍错, 不想要, 不合适, 降价…) — refund-reason without the words that only
// name the refund itself (申请退款, 仅退款), for entries whose hit is an
// order followed by 申请退款: 帮拍一下然后申请仅退款 gives no cause, 朋友帮忙
// 拍错了，申请退款就行 does.
func (c *checker) refundCause(h *wordHit) bool {
	return c.inSentence("refund-cause", h)
}

// internal: the clause is about the shop's own staff (我们有个内部群，已经帮
// 您反馈了): a group of colleagues, not one for the buyer.
func (c *checker) internal(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	start, end := c.clauseStart(h.nstart), c.clauseEnd(h.nend)
	return c.cueWithin(guardList, "internal", start, end)
}

// dissuaded: 不用/别/不必 right before the hit in its clause — the shop tells
// the buyer they need not go there (不用问京东客服，我们这边就能处理). Lint
// v14: the buyer and 去 may stand between (不需要您去找平台，我直接帮您处理).
func (c *checker) dissuaded(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	n := c.norm.norm
	for _, q := range c.cuesIn(guardList, "dissuade", max(c.clauseStart(h.nstart), h.nstart-4-c.l.words.maxCue), h.nstart) {
		if q.nend <= h.nstart && h.nstart-q.nend <= 4 && !strings.ContainsFunc(string(n[q.nend:h.nstart]), func(r rune) bool {
			return !strings.ContainsRune("您你亲去再还专门特意地自己另外", r) // lint v15: 不用您自己找厂家; v19: 不用另外找京东客服
		}) {
			return true
		}
	}
	return false
}

// option: the hit is offered as an option (可以先看看详情再问我): narrower
// than polite, which also counts 麻烦 (麻烦先看完详情再问 is a brush-off).
func (c *checker) option(h *wordHit) bool {
	return c.cueBefore(guardList, "option", h.nstart, 2)
}

// others: the sentence is about other platforms, shops or apps before the hit
// (其他平台的价格我们管不了; 参加抖音的活动需要在抖音App里报名，和本店无关),
// or says after it that the platform set it (是平台的统一活动价): what the
// shop cannot control, not the buyer's problem brushed off.
func (c *checker) others(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	if c.cueWithin(guardList, "others", c.sentenceStart(h.nstart), h.nstart) {
		return true
	}
	se := c.sentenceEnd(h.nend)
	for _, q := range c.cuesIn(guardList, "others-after", h.nend, se) {
		if q.nend <= se {
			return true // 这个价格我们也管不了，是平台的统一活动价
		}
	}
	return false
}

// negated: 不 right before the hit (这不是平台的问题，是我们发错了; 这不归
// 平台管，我们来处理) says the opposite of it.
func (c *checker) negated(h *wordHit) bool {
	return h.nstart > 0 && c.norm.norm[h.nstart-1] == '不' && !c.breakBetween(h.nstart, h.nstart, clauseBreak)
}

// spared (lint v21, after red teams 562-569): the buyer is spared the
// errand — 不用, 无需, 唔使… and at most the buyer (guards.yaml buyer, you)
// right before the hit in its clause (不用侬自己联系快递，阿姐这边跟网点说好了).
func (c *checker) spared(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	from := max(c.clauseStart(h.nstart), h.nstart-5)
	before := string(c.norm.norm[from:h.nstart])
	for _, w := range sparingWords {
		i := strings.LastIndex(before, w)
		if i < 0 {
			continue
		}
		end := from + utf8.RuneCountInString(before[:i+len(w)])
		if end == h.nstart {
			return true
		}
		for _, kind := range []string{"buyer", "you"} {
			for _, q := range c.cuesIn(guardList, kind, end, h.nstart) {
				if q.nstart == end && q.nend == h.nstart {
					return true
				}
			}
		}
	}
	return false
}

// sparingWords tell the buyer they need not do something (spared).
var sparingWords = []string{"不用", "不需要", "无需", "不必", "用不着", "唔使", "甭"}

// noPlatform: cancels a hit unless a platform is named in its sentence
// (这个得拼夕夕官方处理，您自己去反馈): 您去反馈吧 alone may mean the
// shop's own feedback form. Lint v22 (after red teams 570-577): or a third
// party, a courier among them (guards.yaml third-party: 泡沫箱是物流公司给
// 的，漏水了你找他们).
func (c *checker) noPlatform(h *wordHit) bool {
	return !c.inSentence("platform", h) && !c.inSentence("third-party", h)
}

// noDirective: an app or platform named with a weak head (直播间, 店, 链接)
// is only where something was seen (抖音直播间的价格是直播专享) unless the
// clause tells the buyer to go there (去, 搜, 关注, 拍) or the sentence says
// it is cheaper there (更便宜, 更低).
func (c *checker) noDirective(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	cs, ce := c.clauseStart(h.nstart), c.clauseEnd(h.nend)
	ss, se := c.sentenceStart(h.nstart), c.sentenceEnd(h.nend)
	inside := func(q cueHit) bool { return q.nstart < h.nend && q.nend > h.nstart } // 抖音直播 is not told to go anywhere by itself
	for _, q := range c.cuesIn(guardList, "directive", cs, ce) {
		if q.nend <= ce && !inside(q) {
			return false
		}
	}
	// Lint v20 (after red teams 490-497): or the next clause of the
	// sentence opens by asking the buyer to come (…抖音直播间抽奖送鼠标，记得
	// 来蹲): 来 is to where the hit is; 去 there could be elsewhere.
	for _, q := range c.cuesIn(guardList, "directive", ce, ce+1) {
		if q.nstart == ce && ce < se && strings.ContainsRune(string(c.norm.norm[q.nstart:q.nend]), '来') {
			return false
		}
	}
	for _, q := range c.cuesIn(guardList, "cheaper", ss, se) {
		switch {
		case q.nend > se || inside(q):
		default:
			return false
		}
	}
	// Lint v17 (after red teams 362-369): or the next sentence opens by
	// sending the buyer there (我们B站有穿搭视频！搜“樱织制服社”关注一下).
	if se < len(c.norm.norm) {
		for _, q := range c.cuesIn(guardList, "directive", se, se+1) {
			if q.nstart == se {
				return false
			}
		}
	}
	return !c.namedInSentence(h)
}

// namedInSentence: the sentence names a shop or an account in quotes after
// 搜, 店名, 名字是… (cues.named): 快手直播间周五有专场，搜“阿花家纺”进来 sends
// the buyer there even with the search in another clause.
func (c *checker) namedInSentence(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	ss, se := c.sentenceStart(h.nstart), c.sentenceEnd(h.nend)
	qs := c.namedQuotes()
	i := sort.Search(len(qs), func(i int) bool { return qs[i].nstart >= ss })
	for ; i < len(qs) && qs[i].nstart < se; i++ {
		if q := qs[i]; q.nend <= se && (q.nstart >= h.nend || q.nend <= h.nstart) {
			return true
		}
	}
	return false
}

// appEdition (lint v19, after red teams 434-441) reports that the folded
// span [s, e) is an app's edition — it opens with an app (cues.app: sets.yaml
// 站外) and ends in 版 (“抖音电视版”, “微信视频版”): an app installed on the
// goods or a model of them, not a shop or an account to find there.
func (c *checker) appEdition(s, e int) bool {
	if e-s < 3 || c.norm.folded[e-1] != '版' {
		return false
	}
	for _, q := range c.cuesOf(RuleContact, "app") {
		if editionOf(c.norm.folded, s, e, c.norm.idx[q.nstart], c.norm.idx[q.nend-1]+1) {
			return true
		}
	}
	return false
}

// editionOf reports that the quoted folded span [s, e) opens with the app at
// [as, ae) and ends in 版 after it (“微信视频版”).
func editionOf(f []rune, s, e, as, ae int) bool {
	return as == s && ae < e-1 && f[e-1] == '版'
}

// namedQuotes are the reply's named cues that a quoted name follows, by
// start, found once per reply: a long sentence of apps and names asks for
// them once, not once per hit.
func (c *checker) namedQuotes() []cueHit {
	if !c.named.ready {
		c.named.ready = true
		c.named.qs = c.named.qs[:0]
		for _, q := range c.cuesOf(guardList, "named") {
			if s, e, ok := c.quotedAfter(q.nend); ok && !c.appEdition(s, e) && !c.searchedHere(q) {
				c.named.qs = append(c.named.qs, q)
			}
		}
	}
	return c.named.qs
}

// searchedHere (lint v21, after red teams 538-545): a search in this shop
// (您说在小红书看到的那件风衣，店里搜“米色风衣”就能找到) names a product here,
// not a shop or an account elsewhere.
func (c *checker) searchedHere(q cueHit) bool {
	w := string(c.norm.norm[q.nstart:q.nend])
	if w != "搜" && w != "搜索" {
		return false
	}
	before := string(c.norm.norm[max(c.sentenceStart(q.nstart), q.nstart-4):q.nstart])
	for _, here := range searchHereWords {
		if strings.HasSuffix(before, here) || strings.HasSuffix(before, here+"直接") {
			return true
		}
	}
	return false
}

// searchHereWords: where a search stays in the shop (店里搜, 本店搜索).
var searchHereWords = []string{"店里", "店内", "本店", "店铺里", "店铺内", "咱店", "我们店", "我店", "小店里", "店里面"}

// notCheaper: cancels a hit unless its sentence says it is cheaper there
// (cues.cheaper: 便宜, 更低, 出厂价, 批发价…): picking up at the shop's
// warehouse is a delivery option (来仓库自提可以省运费), picking up there for
// less is a deal off the platform (厂里直接拿货更便宜).
func (c *checker) notCheaper(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	ss, se := c.sentenceStart(h.nstart), c.sentenceEnd(h.nend)
	for _, q := range c.cuesIn(guardList, "cheaper", ss, se) {
		if q.nend <= se {
			return false
		}
	}
	return true
}

// noDirectiveSentence: as noDirective, with the directive anywhere in the
// sentence: 可以去隔壁「暖阳家纺」看看，是我们的小号店铺 names the shop in one
// clause and sends the buyer there in another.
func (c *checker) noDirectiveSentence(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	ss, se := c.sentenceStart(h.nstart), c.sentenceEnd(h.nend)
	for _, kind := range []string{"directive", "cheaper"} {
		for _, q := range c.cuesIn(guardList, kind, ss, se) {
			if q.nend <= se && (q.nstart >= h.nend || q.nend <= h.nstart) { // not inside the hit
				return false
			}
		}
	}
	return !c.namedInSentence(h)
}

// thingSubject: a thing is the subject of the clause (那个链接不是本店的, 这个
// 包裹不是我们的): a fact about the thing, not the agent refusing blame.
//
// Lint v11: or a thing earlier in the sentence, with no word of blame in it
// (问题, 责任, 错, 锅, 事): 那个电话是快递员的，不是我们的 says whose phone it
// is, while 是快递的问题，不是我们的 still passes the blame.
func (c *checker) thingSubject(h *wordHit) bool {
	if c.cueBefore(guardList, "thing", h.nstart, 12) {
		return true
	}
	if h.nstart < 0 {
		return false
	}
	ss := c.sentenceStart(h.nstart)
	if containsAnyWord(string(c.norm.norm[ss:c.clauseEnd(h.nend)]), "错", "锅", "事", "问题", "责任") {
		return false // up to the end of the hit's clause: 不是我们的，派送问题… names another matter after it
	}
	return c.cueWithin(guardList, "thing", ss, h.nstart)
}

// condition: the hit is a condition — a conditional word before it in its
// clause (如果, 万一) or 的话/的时候 right after it (找官方客服的话，电话在
// App里): what the buyer may do, not where the shop sends them. Narrower
// than buyer, which also counts 您 before the hit.
func (c *checker) condition(h *wordHit) bool {
	if c.cueBefore(guardList, "condition", h.nstart, 12) {
		return true
	}
	if c.relativeThenHelp(h) || c.relativeThenHelpInClause(h) {
		return true
	}
	for _, q := range c.cuesIn(guardList, "condition-after", h.nend, h.nend+11) {
		if !c.breakBetween(h.nend, q.nstart, clauseBreak) {
			return true
		}
	}
	return false
}

// relativeThenHelp (lint v22, after red teams 594-601): the hit's clause
// ends on 的 — whoever is in that case — and the next clause opens the shop's
// door (随时, 问我, 找我: 路上遇到问题不清楚怎么处理的，随时发消息问我).
func (c *checker) relativeThenHelp(h *wordHit) bool {
	n := c.norm.norm
	if h.nend < 0 {
		return false
	}
	ce := c.clauseEnd(h.nend)
	if ce >= len(n) || ce == 0 || n[ce-1] != '的' {
		return false
	}
	next := string(n[ce:c.clauseEnd(ce+1)])
	return containsAnyWord(next, helpDoorWords...)
}

// helpDoorWords open the shop's door to the buyer (随时, 问我, 找我…).
var helpDoorWords = []string{"随时", "问我", "找我", "联系我", "告诉我"}

// relativeThenHelpInClause (lint v25, after red teams 722-729): the same
// within one clause — 的 right after the hit, then the door (有么子不晓得的就
// 问我).
func (c *checker) relativeThenHelpInClause(h *wordHit) bool {
	n := c.norm.norm
	if h.nend < 0 || h.nend >= len(n) || n[h.nend] != '的' {
		return false
	}
	after := string(n[h.nend+1 : c.clauseEnd(h.nend)])
	return containsAnyWord(after, helpDoorWords...)
}

// buyerSubject: the buyer or people in general are the subject, right before
// the hit (您不清楚的地方; 很多人不清楚), or the clause is a condition the
// buyer may be in: a conditional word before the hit (如果您不确定, 万一不清
// 楚怎么退) or 的话/的时候 after it (不清楚尺码的话, 不清楚脚长的时候).
func (c *checker) buyerSubject(h *wordHit) bool {
	return c.buyerBefore(h) || c.condition(h) || c.manySubject(h) || c.relativeBuyer(h) || c.youHelped(h) || c.othersMatter(h)
}

// othersMatter (lint v13, after red teams 178-185): the clause opens with
// another shop's or another platform's matter (guards.yaml others, the list
// the others guard reads: 别家的价格, 那边的情况, 其他平台) before the hit — 别家的价格我不清楚，我们这边有满减;
// 那边的情况我们不了解: the agent need not know other sellers' business, and
// says so about them, not about the buyer's question.
func (c *checker) othersMatter(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	n := c.norm.norm
	cs := c.clauseStart(h.nstart)
	for _, q := range c.cuesIn(guardList, "others", cs, h.nstart) {
		if q.nend > h.nstart {
			continue
		}
		if q.nstart-cs <= 2 {
			return true
		}
		// Lint v25 (after red teams 698-705): after a platform's name and
		// 上 or 里 (天猫上别家店的价格我们不清楚), or right before the hit
		// with only the agent between (是哪家俺不清楚).
		if q.nstart-cs <= 6 && strings.ContainsRune("上里", n[q.nstart-1]) {
			return true
		}
		if between := string(n[q.nend:h.nstart]); between == "" || agentAlone(between) {
			return true
		}
	}
	// Or the clause opens with 那 and points back to the clause before,
	// which names another shop or platform (您说抖音上卖得便宜，那个俺不清楚
	// 是不是一样的货).
	// Lint v25 (after red teams 722-729): or the hit opens its clause (跟
	// 我们店无关 after 那是快递公司的取件通知). Both only for what the agent
	// says of it (a service hit): a contact hit there is an offer of its own
	// (我们在得物、京东都有店).
	if cs > 0 && cs < len(n) && (n[cs] == '那' || h.nstart-cs <= 1) && strings.HasPrefix(h.rule, "service/") && !c.breakBetween(cs, cs, sentenceBreak) &&
		c.cueWithin(guardList, "others", c.clauseStart(cs-1), cs) {
		return true
	}
	// Lint v14, after red team 248: or names it right after the hit, as
	// what is not known (我们这边不清楚别处价格，这边是店铺统一价).
	return len(c.cuesIn(guardList, "others", h.nend, h.nend+1)) > 0 && !c.breakBetween(h.nend, h.nend, clauseBreak)
}

// agentAlone reports that s is only the agent as a subject: a first person
// (firstPersons), with 们 and 也 at most (我, 俺们, 我们也).
func agentAlone(s string) bool {
	s = strings.TrimSuffix(s, "也")
	s = strings.TrimSuffix(s, "们")
	return slices.Contains(firstPersons, s)
}

// youHelped (lint v12 round 10): a second-person pronoun, standard or dialect
// (你, 侬, 尔, 汝, 你哋: cues.you), is the subject right before the hit and the
// reply goes on to help (help-you: 我拿视频发侬, 我一步步教汝): 侬勿晓得哪能装？
// 我拿安装视频发侬 is the buyer not knowing. Without the help (你不知道看详情
// 页吗) the pronoun does not clear the hit.
//
// Lint v12: or the pronoun's clause is a condition, 的话/嘅话 later in it (你唔
// 知自己部Switch系边个型号嘅话，睇下主机背面就有写): what to do if the buyer
// does not know.
func (c *checker) youHelped(h *wordHit) bool {
	if h.nend < 0 || !c.subjectBefore(h, "you", 3) {
		return false
	}
	if len(c.cuesIn(guardList, "help-you", h.nend, len(c.norm.norm))) > 0 {
		return true
	}
	cl := string(c.norm.norm[h.nend:c.clauseEnd(h.nend)])
	return strings.Contains(cl, "的话") || strings.Contains(cl, "嘅话")
}

// fineAnyway (lint v11): 也没关系/也没事 right after the hit's clause goes on
// (不清楚码数也没关系，您把旧鞋的鞋底长度告诉我): it is all right for the
// buyer not to know; the agent takes over.
func (c *checker) fineAnyway(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	rest := string(c.norm.norm[h.nend:c.clauseEnd(h.nend)])
	for _, w := range fineAnywayEnds {
		if strings.HasSuffix(rest, w) {
			return true
		}
	}
	// Lint v14, after red team 244: what is not known, then 没关系 (不知道
	// 密码没关系，按reset键重置) — unless someone is named between: 不清楚跟
	// 我们没关系 disowns.
	for _, w := range []string{"没关系", "不要紧", "没事"} {
		if strings.HasSuffix(rest, w) && len(rest) > len(w) && !strings.ContainsAny(rest, "跟和与同我咱店") {
			return true
		}
	}
	return false
}

// fineAnywayEnds close a clause that says not knowing is all right (lint v11
// round 8: 也不要紧, and the Cantonese 都唔紧要 of 你唔知…都唔紧要，我教你;
// lint v22: the Wuhan 也么事, 冇得事 of 说了好几遍也么事).
var fineAnywayEnds = []string{"也没关系", "也没事", "没关系的", "都没关系", "也不要紧", "都不要紧", "不要紧的", "都唔紧要", "也唔紧要", "也么事", "都么事", "也冇得事", "都冇得事", "也勿要紧", "都勿要紧", "都冇问题", "也冇问题", "都没问题", "也没问题"}

// family (lint v11): a family member stands before the hit in its sentence
// (孩子帮忙下单也行，收货地址写老人家的就可以): ordering for a relative.
func (c *checker) family(h *wordHit) bool {
	return h.nstart >= 0 && len(c.cuesIn(guardList, "family", c.sentenceStart(h.nstart), h.nstart)) > 0
}

// child (lint v33, after red teams 1098-1105): a child or a child's age
// (guards.yaml child: 孩子, 宝宝, 岁以上…) earlier in the hit's clause — the
// words describe the child, not the buyer: 孩子还不识字没关系，看图就能讲故事;
// 字比较小，适合七岁以上自己翻.
func (c *checker) child(h *wordHit) bool {
	return h.nstart >= 0 && len(c.cuesIn(guardList, "child", c.clauseStart(h.nstart), h.nstart)) > 0
}

// helpsAnyway (lint v33, after red teams 1114-1121): the brush-off only
// names a kind of matter that the shop then takes on all the same — 的事 or
// 的问题 right after the hit, then (我们, 我) 也/照样/一样/都 and a verb of
// helping in the same clause: 不归我们管的事我们也帮您问. 不归我们管，你找快递
// stays reported.
func (c *checker) helpsAnyway(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	n := c.norm.norm
	rest := string(n[h.nend:c.clauseEnd(h.nend)])
	for _, kind := range []string{"的事情", "的事", "的问题"} {
		if !strings.HasPrefix(rest, kind) {
			continue
		}
		after := strings.TrimPrefix(rest, kind)
		for _, who := range []string{"我们", "咱们", "俺们", "我"} {
			after = strings.TrimPrefix(after, who)
		}
		for _, still := range []string{"也", "照样", "一样", "都"} {
			if a, ok := strings.CutPrefix(after, still); ok {
				verb := []rune(a)
				return containsAnyWord(string(verb[:min(4, len(verb))]), "帮", "管", "给", "替", "会", "可以")
			}
		}
	}
	return false
}

// claimUnknown (lint v33, after red teams 1098-1105): "we don't know" said
// of whether the goods do something (a whether cue — 能不能, 是不是, 有没有 —
// earlier in the hit's clause), and the sentence goes on to tell the buyer
// not to believe such claims (debunk: 莫信, 别信, 谣言…): 能不能降血压我们真
// 不晓得，莫信那些乱说的 declines a claim honestly. 不晓得，你问别人 has
// neither.
func (c *checker) claimUnknown(h *wordHit) bool {
	if h.nstart < 0 || !c.cueWithin(guardList, "whether", c.clauseStart(h.nstart), h.nstart) {
		return false
	}
	for _, q := range c.cuesIn(guardList, "debunk", h.nend, c.sentenceEnd(h.nend)) {
		if !c.denied(q) {
			return true
		}
	}
	return false
}

// noAccess (lint v11): the reply says the shop cannot see the buyer's own
// data (我这边看不到您的账户; 店铺这边看不到账号状态): sending the buyer to
// the platform is then the only help there is. 商家没有权限 alone is the
// deck's brush-off and stays. Lint v11 round 8: only a helpful handoff —
// a polite modal (可以, 请, 麻烦, 需要, 建议: cues.handoff-polite) earlier in
// the hit's clause (您可以咨询京东金融客服) or an apology in its sentence; the
// imperative 你去问京东, 问京东去, 您直接找拼多多客服吧 stays a push.
func (c *checker) noAccess(h *wordHit) bool {
	if h.nstart < 0 || len(c.cuesOf(guardList, "no-access")) == 0 {
		return false
	}
	if c.cueWithin(guardList, "handoff-polite", c.clauseStart(h.nstart), h.nstart) {
		return true
	}
	return c.inSentence("apology", h)
}

// lacks (lint v11): the product does not have it — 不带, 没带, 没有, 不具备
// or 无 right before the hit: 这个灯不带杀菌功能的哦.
func (c *checker) lacks(h *wordHit) bool {
	if h.nstart < 2 {
		return false
	}
	n := c.norm.norm
	before := string(n[max(0, h.nstart-3):h.nstart])
	for _, w := range []string{"不带", "没有", "不具备", "没带", "无"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// compatible (lint v11): the device works with the app — a compatible cue
// (支持, 兼容, 连接…) earlier in the hit's clause or right after it, and
// nothing of buying in the clause (下单, 买, 拍, 便宜, 优惠): 目前支持京东小
// 京鱼和我们自己的App. 下载我们自己的App下单 stays contact.
func (c *checker) compatible(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	cs, ce := c.clauseStart(h.nstart), c.clauseEnd(h.nend)
	if containsAnyWord(string(c.norm.norm[cs:ce]), "下单", "买", "拍", "便宜", "优惠", "领", "注册") {
		return false
	}
	return len(c.cuesIn(guardList, "compatible", cs, ce)) > 0
}

// vagueAilment (lint v11): the "disease" the hit names is 毛病, a problem of
// any kind (换粮慢慢过渡，肠胃不容易闹毛病): no disease is claimed.
func (c *checker) vagueAilment(h *wordHit) bool {
	return strings.HasSuffix(h.what, "毛病")
}

// offersInstead (lint v11): the hit goes on with what cannot be done (我没办
// 法单独改价 — no break or particle right after it) and the sentence then
// offers what can (不过, 但是, 可以帮您…): 我没办法单独改价，不过现在有券.
// 我也没办法，不过您可以找快递 ends its clause at the hit and stays.
func (c *checker) offersInstead(h *wordHit) bool {
	n := c.norm.norm
	if h.nstart < 0 || h.nend >= len(n) || c.breakBetween(h.nend, h.nend, clauseBreak) || c.onlyParticles(h.nend, c.clauseEnd(h.nend)) {
		return false
	}
	se := c.sentenceEnd(h.nend)
	return c.cueWithin(guardList, "instead", h.nend, se)
}

// buyerBefore: a word for the buyer (您, 亲, 宝, 老铁…) ends at most three
// runes before the hit in its clause, with no 我 or 咱 between: 宝说不清楚也
// 没关系 is the buyer's, 宝我也不知道 the agent's.
func (c *checker) buyerBefore(h *wordHit) bool { return c.subjectBefore(h, "buyer", 3) }

// subjectBefore reports a cue of kind ending at most gap runes before the hit
// (or overlapping it) in its clause, with no 我 or 咱 between: someone other
// than the agent is the subject.
func (c *checker) subjectBefore(h *wordHit, kind string, gap int) bool {
	if h.nstart < 0 {
		return false
	}
	n := c.norm.norm
	for _, q := range c.cuesIn(guardList, kind, max(c.clauseStart(h.nstart), h.nstart-gap-c.l.words.maxCue), h.nstart) {
		if h.nstart-q.nend <= gap && (q.nend >= h.nstart || !strings.ContainsAny(string(n[q.nend:h.nstart]), "我咱")) {
			return true
		}
	}
	return false
}

// relativeBuyer: the hit is inside a clause that describes buyers — 的 and
// a buyer noun follow it in its clause (不知道自己度数的亲，可以先去验光; 不清
// 楚尺码的宝妈看这里): the buyers who do not know, not the agent — unless 我
// or 咱 stands before the hit in its clause.
func (c *checker) relativeBuyer(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	n := c.norm.norm
	if strings.ContainsAny(string(n[c.clauseStart(h.nstart):h.nstart]), "我咱") {
		return false // 这个我也不知道的亲: the agent does not know
	}
	for _, q := range c.cuesIn(guardList, "buyer-noun", h.nend, c.clauseEnd(h.nend)) {
		if q.nstart > h.nend && n[q.nstart-1] == '的' {
			return true
		}
	}
	return false
}

// manySubject: a quantity of people stands at most four runes before the hit
// in its clause, with no 我 or 咱 between (很多宝妈不知道的小知识, 不少新手
// 不清楚): other people do not know; 很多事我也不知道 is still the agent.
//
// Lint v22 (after red teams 570-577): or at most seven when 都 or 也 ends
// what stands between (很多新手铲屎官都不清楚).
func (c *checker) manySubject(h *wordHit) bool {
	if c.subjectBefore(h, "many", 4) {
		return true
	}
	if h.nstart < 1 || !strings.ContainsRune("都也", c.norm.norm[h.nstart-1]) {
		return false
	}
	return c.subjectBefore(h, "many", 7)
}

// disclosed: the hit is 写…了 and the shop said before it in its clause that
// it put the facts somewhere (咱都在商品页写明白了): a disclosure, while 我说
// 的很清楚了 and 页面写得很清楚了 still brush the buyer off.
func (c *checker) disclosed(h *wordHit) bool {
	return h.nstart >= 0 && c.norm.norm[h.nstart] == '写' && c.cueBefore(guardList, "we-put", h.nstart, 8)
}

// notOurOrder (lint v15, after red teams 286-293): the reply says the order
// is not the shop's (guards.yaml not-our-order: 我们是另一家店, 查不到这个订单):
// the buyer bought from the platform's own store, and its service is where
// they get help (您是在京东自营买的吗？那售后要找京东自营客服).
func (c *checker) notOurOrder(h *wordHit) bool {
	return len(c.cuesOf(guardList, "not-our-order")) > 0
}

// shopFirst (lint v16, after red teams 302-305): after the hit, in its
// sentence or the next, the shop takes the problem on first (guards.yaml
// shop-first: 我先尽力, 我先帮您…): 您要投诉也可以找平台，不过我先尽力帮您解
// 决好吗 names the buyer's right and keeps the case, it does not push them
// away.
func (c *checker) shopFirst(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	return c.cueWithin(guardList, "shop-first", h.nend, c.nextSentenceEnd(c.sentenceEnd(h.nend)))
}

// designName (lint v16, after red teams 314-321): the hit stands in quotes
// that a design word follows (“微信绿”配色, "微信聊天"主题, 「抖音蓝」系列): the
// name of a colourway or a theme that holds an app's name, not the app.
func (c *checker) designName(h *wordHit) bool {
	open, closeAt := c.quoteAround(*h)
	if open < 0 {
		return false
	}
	after := string(c.norm.folded[closeAt+1 : min(len(c.norm.folded), closeAt+5)])
	for _, p := range []string{"那个", "这个", "那种", "这种", "的"} {
		after = strings.TrimPrefix(after, p) // lint v20: “微信绿”那个配色
	}
	// Lint v20 (after red teams 506-513): or a brand or series word names
	// the quotes before them (枕头的品牌叫“云上QQ”，是我们自己的系列名).
	before := string(c.norm.folded[max(0, open-4):open])
	if slices.ContainsFunc(designNamers, func(w string) bool { return strings.HasSuffix(before, w) }) {
		return true
	}
	if slices.ContainsFunc(designWords, func(w string) bool { return strings.HasPrefix(after, w) }) || editionOf(c.norm.folded, open+1, closeAt, h.start, h.end) {
		return true
	}
	// Lint v17 (after red teams 346-353): or the quotes name one item of the
	// range, opened right after 这/那 and a measure word and followed by what
	// it is (这套“QQ企鹅”小颗粒积木): the product's name. The name holds more
	// than the app (这个“微信”号加一下 stays).
	f := c.norm.folded
	return (h.start > open+1 || h.end < closeAt) && open >= 2 && strings.ContainsRune("这那", f[open-2]) && strings.ContainsRune(itemMeasures, f[open-1]) &&
		closeAt+1 < len(f) && unicode.Is(unicode.Han, f[closeAt+1])
}

// designWords name what a quoted design is (designName); designNamers
// introduce a product's own name before its quotes (品牌叫“云上QQ”).
var (
	designWords  = []string{"配色", "主题", "系列", "色", "图案", "造型", "颜色", "风格", "款式"}
	designNamers = []string{"品牌叫", "牌子叫", "系列叫", "品牌名叫", "型号叫",
		"叫它", "叫做", "款名叫", "名字叫", "俗称", "外号叫"} // lint v28: 大家叫它“微信键盘”，其实只是配色像
)

// platformOnly (lint v16, after red teams 314-321): the sentence is about
// what only the platform can do (guards.yaml platform-only: 账户被盗, 冻结账
// 户, 支付密码…): 账户被盗请第一时间联系拼多多官方客服冻结账户 sends the buyer
// where the help is.
func (c *checker) platformOnly(h *wordHit) bool {
	return c.inSentence("platform-only", h)
}

// platformNamed (lint v16): a platform (sets.yaml 平台) is named inside the
// hit: 下载淘宝App搜我们店名 sends the buyer to the platform's own app.
func (c *checker) platformNamed(h *wordHit) bool {
	return h.nstart >= 0 && c.cueWithin(guardList, "platform", h.nstart, h.nend)
}

// asksBack (lint v16, after red teams 306-313): what is not known is the
// buyer's — 您 or 你 right after the hit — and a later clause of the
// sentence asks the buyer politely (guards.yaml polite: 麻烦, 请, 方便…): 我不
// 清楚您量的是哪个位置，麻烦您按示意图再量一下 asks for what the agent needs.
// 我不清楚，您自己看吧 names nothing of the buyer's and stays.
func (c *checker) asksBack(h *wordHit) bool {
	n := c.norm.norm
	if h.nstart < 0 || h.nend >= len(n) || !strings.ContainsRune("您你", n[h.nend]) || c.breakBetween(h.nend, h.nend, clauseBreak) {
		return false
	}
	ce := c.clauseEnd(h.nend)
	return ce < len(n) && c.cueWithin(guardList, "polite", ce, c.sentenceEnd(ce+1))
}

// blockedThere (lint v16, after red teams 306-313): right after the app, a
// link will not open in it (guards.yaml blocked-there: 里打不开, 屏蔽了…) and
// the sentence or the next names a platform (淘宝链接, 淘宝APP): 微信里打不
// 开淘宝链接，复制到淘宝APP打开就行 sends the buyer back to the platform.
func (c *checker) blockedThere(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	for _, q := range c.cuesIn(guardList, "blocked-there", h.nend, h.nend+1) {
		if q.nstart == h.nend && !c.breakBetween(h.nend, q.nend, clauseBreak) {
			return c.cueWithin(guardList, "platform", c.sentenceStart(h.nstart), c.nextSentenceEnd(c.sentenceEnd(h.nend)))
		}
	}
	return false
}

// weighed (lint v16, after red teams 302-305): the hit is followed by a
// weight (空包才600克, 空包重1.2公斤): a bag's or a box's own weight, not an
// empty parcel. At most three runes between (才, 只有, 重, 约), no break.
func (c *checker) weighed(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	n := c.norm.norm
	ce := c.clauseEnd(h.nend)
	i := h.nend
	for i < ce && i < h.nend+3 && numeralValue(n[i]) < 0 {
		i++
	}
	if i >= ce || numeralValue(n[i]) < 0 {
		return false
	}
	for i < ce && (numeralValue(n[i]) >= 0 || n[i] == '点' || n[i] == '.') {
		i++
	}
	if i >= ce {
		return false
	}
	switch {
	case n[i] == '克' || n[i] == '斤' || n[i] == 'g':
		return true
	case i+1 < ce && (string(n[i:i+2]) == "公斤" || string(n[i:i+2]) == "kg" || string(n[i:i+2]) == "千克"):
		return true
	}
	return false
}

// riskWarned (lint v15, after red teams 294-297): the sentence is about a
// deal off the platform (guards.yaml risk-warned: 私下转账, 私下交易…), so
// "no one can help" names its risk: 平台上下单才有售后保障，私下转账出了问题谁都
// 帮不了您.
func (c *checker) riskWarned(h *wordHit) bool {
	return c.inSentence("risk-warned", h)
}

// pointedAt (lint v15, after red teams 294-297): the sentence points at a
// numbered place before the hit (第三张图, 第2页, 第5条): 您瞅瞅详情页第三张图，
// 折叠以后的尺寸都标着呢 shows the buyer where, it does not brush them off.
func (c *checker) pointedAt(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	n := c.norm.norm
	for k := c.sentenceStart(h.nstart); k+2 < h.nstart; k++ {
		if n[k] != '第' {
			continue
		}
		j := k + 1
		for j < h.nstart && numeralValue(n[j]) >= 0 {
			j++
		}
		if j > k+1 && j < h.nstart && strings.ContainsRune("张页条行幅栏项步", n[j]) {
			return true
		}
	}
	return false
}

// selfRun: the reply says, before the hit, that the shop is the platform's
// own store (我们是京东自营店铺，售后都由京东负责): the platform is the seller
// and its customer service is the shop's own.
func (c *checker) selfRun(h *wordHit) bool {
	return h.nstart >= 0 && len(c.cuesIn(guardList, "self-run", 0, h.nstart)) > 0
}

// anotherWay: the platform's service is offered as one more way, not the only
// one — 也可以/还可以 before the hit in its clause (有问题也可以联系京东客服;
// 售后问题也可以直接在“我的—客户服务”里联系京东客服) — or the hit gives the
// line's number (可以拨打京东物流客服热线 950616 咨询), or the sentence offers
// the shop too (…也可以直接找我们店铺): the shop still answers,
// while 找京东客服吧 sends the buyer away.
func (c *checker) anotherWay(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	if c.cueBefore(guardList, "also", h.nstart, 20) {
		return true
	}
	// 打京东客服电话也可以: 也可以 right after the hit in its clause.
	ce := c.clauseEnd(h.nend)
	for _, q := range c.cuesIn(guardList, "also", h.nend, min(ce, h.nend+4)) {
		if q.nend <= ce {
			return true
		}
	}
	// 打京东客服电话也可以，号码是950618: a call in the hit's clause and the
	// number later in its sentence.
	if c.numberAfterCall(h) {
		return true
	}
	for _, q := range c.cuesIn(guardList, "hotline", h.nend, h.nend+4) {
		if !c.breakBetween(h.nend, q.nstart, clauseBreak) {
			return true
		}
	}
	if c.hotlineGiven(h) {
		return true
	}
	// 售后可以联系京东客服，也可以直接找我们店铺: the shop offers itself too.
	se := c.sentenceEnd(h.nend)
	if c.cueWithin(guardList, "also-us", h.nend, se) {
		return true
	}
	return c.numberInClause(h.nend)
}

// hotlineGiven: before the hit, the reply gave a hotline — a cue (热线,
// 客服电话, 拨打…) with a number of five digits or more after it in its
// clause — and the hit's clause or the next one in its sentence is about
// calling it (cues call: 电话, 拨打…): 京东客服热线是950618，如果您想电话咨询平台
// 政策，可以直接拨打 informs; 京东客服热线950618，有问题你问京东吧 still sends
// the buyer away.
func (c *checker) hotlineGiven(h *wordHit) bool {
	n := c.norm.norm
	given := false
	for _, q := range c.cuesIn(guardList, "hotline-before", 0, h.nstart) {
		given = given || fiveDigits(n, q.nend, min(c.clauseEnd(q.nend), h.nstart))
	}
	if !given {
		return false
	}
	a, se := c.clauseStart(h.nstart), c.sentenceEnd(h.nend)
	b := c.clauseEnd(h.nend)
	if b < se {
		b = min(c.clauseEnd(b+1), se)
	}
	return c.cueWithin(guardList, "call", a, b)
}

// numberAfterCall: the hit's clause is about calling (cues call: 电话,
// 拨打…) and a number of five digits or more follows later in its sentence
// (打京东客服电话也可以，号码是950618): the shop gives the line.
func (c *checker) numberAfterCall(h *wordHit) bool {
	a, ce := c.clauseStart(h.nstart), c.clauseEnd(h.nend)
	called := false
	for _, q := range c.cuesIn(guardList, "call", a, ce) {
		called = called || q.nend <= ce
	}
	if !called {
		return false
	}
	return fiveDigits(c.norm.norm, h.nend, c.sentenceEnd(h.nend))
}

// statement: the hit's clause is not put as a question — no ？ after it and
// no 啊/呀/吗/呢/么 closing it. 哪双新鞋刚穿不磨脚？ asks back; 哪个型号不支持快
// 充，详情页有标注 states which one.
func (c *checker) statement(h *wordHit) bool {
	if h.nend > 0 && strings.ContainsRune("啊呀吗呢么", c.norm.norm[h.nend-1]) {
		return false
	}
	_, question := c.questionEnds(h)
	return !question
}

// asksBuyer: the hit (不知道) opens a polite question to the buyer — no
// self-subject right before it (我也不知道, 真不知道), a cue of the buyer or
// of what the buyer prefers after it in its clause (您, 宝宝, 平时, 多大), and
// the clause ends as a question (？, or 呢/吗/呀/么 last): 不知道宝宝平时穿
// 多大码呢？ asks, 我也不知道是什么原因呢？ does not. A polite 您是/亲对
// before the hit in a question asks too (您是对退款金额不清楚吗？).
func (c *checker) asksBuyer(h *wordHit) bool {
	n := &c.norm
	if h.nstart < 0 {
		return false
	}
	if h.nstart > 0 && c.clauseStart(h.nstart) < h.nstart && strings.ContainsRune("我们也都还真并就可", n.norm[h.nstart-1]) {
		return false
	}
	end, question := c.questionEnds(h)
	// Lint v14, after red team 244: the hit and what is not known open the
	// sentence as a question, and the reply goes on (不清楚尺码？发我体重胸
	// 围): the buyer's doubt asked back. 不知道？自己看 names nothing.
	if question && h.nstart == c.sentenceStart(h.nstart) && end > h.nend+1 && c.askedThenMore(c.sentenceEnd(h.nend)) {
		return true
	}
	if !question {
		// 不知道这个颜色您是否喜欢: 是否 (or 喜不喜欢…) makes the clause a question.
		for _, q := range c.cuesIn(guardList, "whether", h.nend, end) {
			if q.nend <= end {
				question = true
			}
		}
		// Lint v27 (after red teams 802-809): an A-not-A pair asks as
		// whether does (不晓得您家老人手臂粗不粗).
		question = question || aNotA(c.norm.norm[h.nend:end])
	}
	if !question {
		return false
	}
	// 您是对退款金额不清楚吗？ asks whether the buyer is unsure.
	if c.cueBefore(guardList, "asks-before", h.nstart, 20) {
		return true
	}
	return c.cueWithin(guardList, "asks", h.nend, end)
}

// aNotA reports a one-character A-not-A question in s (粗不粗, 够不够).
func aNotA(s []rune) bool {
	for k := 1; k+1 < len(s); k++ {
		if s[k] == '不' && s[k-1] == s[k+1] && unicode.Is(unicode.Han, s[k-1]) {
			return true
		}
	}
	return false
}

// onlySells (lint v27, after red teams 802-809): the sentence goes on to say
// what the shop sells instead (guards.yaml only-sells: 本店只卖, 我们只做…) —
// not knowing is about goods the shop does not carry (珍珠粉能不能美白我们不
// 清楚，本店只卖珍珠首饰哦), not about its own.
func (c *checker) onlySells(h *wordHit) bool {
	return h.nstart >= 0 && c.cueWithin(guardList, "only-sells", h.nend, c.sentenceEnd(h.nend))
}

// permitted (lint v27, after red teams 818-825): the hit's clause goes on to
// say the buyer may do it (guards.yaml permitted: 完全可以, 当然可以…): 您要找
// 京东客服介入完全可以，我这边也把情况同步写清楚 leaves the choice to the
// buyer, where a push sends them.
func (c *checker) permitted(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	ce := c.clauseEnd(h.nend)
	if c.cueWithin(guardList, "permitted", h.nend, ce) {
		return true
	}
	// Lint v28 (after red teams 842-865): the buyer's own wish, put as a
	// condition that closes the hit's clause (您要找平台客服的话，在拼多多App里
	// 点“官方客服”): the shop says how, it sends nobody away.
	return ce-h.nend <= 6 && strings.HasSuffix(string(c.norm.norm[h.nend:ce]), "的话") &&
		c.cueWithin(guardList, "buyer", c.clauseStart(h.nstart), h.nstart)
}

// praised (lint v28, after red teams 882-889): the sentence goes on to
// praise the buyer's choice (guards.yaml praise-after: 这款俺自个儿也稀罕,
// 眼光好): 您可真会挑 is then a compliment, not sarcasm.
func (c *checker) praised(h *wordHit) bool {
	return h.nstart >= 0 && c.cueWithin(guardList, "praise-after", h.nend, c.sentenceEnd(h.nend))
}

// reviewComplaint (lint v28, after red teams 890-897): the hit opens with
// what the buyer complained of in a review (guards.yaml review-complaint:
// 您评价里说炉门有缝，我们给您寄个密封条): what is sent is a remedy for it.
func (c *checker) reviewComplaint(h *wordHit) bool {
	return h.nstart >= 0 && c.cueWithin(guardList, "review-complaint", c.sentenceStart(h.nstart), h.nstart+4)
}

// questionEnds reports where the hit's clause ends and whether it ends as a
// question (？, or 呢/吗/呀/么 last).
func (c *checker) questionEnds(h *wordHit) (end int, question bool) {
	n := &c.norm
	end = c.clauseEnd(h.nend)
	if end < h.nend || end < 1 {
		return end, false
	}
	// The hit may end its clause itself (哪个操作不清楚？): then only the mark after it can make it a question.
	// Lint v25 (after red teams 714-721): 没 ends a V-没 question too (不知道
	// 亲收到没).
	question = end > h.nend && strings.ContainsRune("呢吗呀么没", n.norm[end-1]) || n.quotedQuestionAt(end)
	for k := n.idx[end-1] + 1; !question && k < len(n.folded); k++ {
		r := n.folded[k]
		if r == '？' || r == '?' {
			question = true
		}
		if r != ' ' && r != '~' && r != '～' {
			break
		}
	}
	return end, question
}

// asksWhich: the hit (不清楚) follows an interrogative in its clause and the
// clause ends as a question — the shop asks what the buyer is unsure of
// (请问是哪里不清楚呢？), while 哪里出的问题我们也不清楚 states it.
func (c *checker) asksWhich(h *wordHit) bool {
	if h.nstart < 0 || !c.cueBefore(guardList, "which", h.nstart, 6) {
		return false
	}
	_, question := c.questionEnds(h)
	return question
}

// mentioned: the hit stands alone between quotation marks (您说的“不清楚”是指…):
// the agent quotes the buyer's word back, it does not say it.
func (c *checker) mentioned(h *wordHit) bool {
	n := &c.norm
	return h.start >= 1 && h.end < len(n.folded) &&
		strings.ContainsRune(openQuotes, n.folded[h.start-1]) && strings.ContainsRune(closeQuotes, n.folded[h.end])
}

// quotedMention (lint v11): the agent repeats someone's words to ask about
// or explain them, so the hit is theirs, not the agent's. It cancels a hit of
// every rule (ruleHits) in three shapes:
//   - the hit inside quotation marks that a mention cue (您说的, 您问的…)
//     opens: 您说的“空包”是指…？; 您问的“100%灭菌”我们不能这么承诺;
//   - unquoted, a mention cue at most four runes before the hit and a clarify
//     cue (是指, 指的是, 是别家…) a few runes after it in its clause: 您说的扣
//     扣是指包上的搭扣吧？;
//   - quoted words someone else said or wrote (cues said: 说的, 写的, 标的)
//     that the agent then explains: 包装上写的“100%大米制作”是指…;
//   - quoted words named as a saying and judged: “不归我们管”这种说法是不对的.
//
// A quoted word without such a cue (加“微信”) still counts.
func (c *checker) quotedMention(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	open, closeAt := c.quoteAround(*h)
	openN := -1
	if open >= 0 {
		openN = sort.SearchInts(c.norm.idx, open)
	}
	if openN >= 0 && c.cueBefore(guardList, "mention", openN, 1) {
		return true
	}
	if c.cueBefore(guardList, "mention", h.nstart, 4) {
		// Unquoted: the clause goes on to ask or say what it was (您说的扣扣
		// 是指…; 宝宝说的微信小程序下单是别家的吧), a few runes on at most.
		if c.mentioned(h) {
			return true
		}
		for _, q := range c.cuesIn(guardList, "clarify", h.nend, h.nend+7) {
			if !c.breakBetween(h.nend, q.nstart, clauseBreak) {
				return true
			}
		}
		return false
	}
	if openN < 0 {
		return false
	}
	// Lint v26 (after red teams 778-785): the reply opens with the buyer's
	// words in quotes and answers them after a dash (“我不知道怎么连WiFi”——没
	// 关系，我一步一步教您): the quote is what is answered.
	// Only for what the agent says of it (a service hit): a contact word
	// there is still asked for, and the answer may grant it.
	if f := c.norm.folded; strings.HasPrefix(h.rule, "service/") && strings.TrimSpace(string(f[:open])) == "" && closeAt+1 < len(f) && strings.ContainsRune("—-－", f[closeAt+1]) {
		return true
	}
	at := sort.SearchInts(c.norm.idx, closeAt)
	if c.cueBefore(guardList, "said", openN, 1) && len(c.cuesIn(guardList, "clarify", at, at+1)) > 0 {
		return true // “第一方”，就是…: a comma may stand between
	}
	// Lint v14, after red teams 226-233: quoted words, then the saying
	// named (guards.yaml quote-noun: 这种说法, 那句话) and judged (clarify:
	// 是不对的, 是我们不对): “不归我们管”这种说法是不对的.
	for _, q := range c.cuesIn(guardList, "quote-noun", at, at+1) {
		if len(c.cuesIn(guardList, "clarify", q.nend, q.nend+1)) > 0 {
			return true
		}
	}
	return false
}

// repeated: the hit repeats someone else's words or names a title
// (quotedMention, reportedSpeech, hearsayDebunked, bookTitle) — every rule's
// hits and the models' blanks skip it.
func (c *checker) repeated(h *wordHit) bool {
	return c.quotedMention(h) || c.reportedSpeech(h) || c.hearsayDebunked(h) || c.bookTitle(h) || c.echoAsked(h) || c.askedThenDisowned(h) ||
		c.quotedApologised(h) || c.askedThenStayHere(h)
}

// askedThenStayHere (lint v21, after red teams 554-561): an off-platform
// word in a question about the buyer (朋友在微信上推荐您来的？) and, after it,
// the reply keeps the order here (guards.yaml stay-here: 下单就在这里拍): the
// app is how the buyer heard of the shop, not where the shop sends them.
func (c *checker) askedThenStayHere(h *wordHit) bool {
	if h.nstart < 0 || h.rule != RuleContact || h.account {
		return false
	}
	ss, se := c.sentenceStart(h.nstart), c.sentenceEnd(h.nend)
	// The question names the buyer, or it opens the reply and is the
	// buyer's own words asked back (小程序下单？我们只在这个店里卖).
	q := string(c.norm.norm[ss:se])
	if !c.askedThenMore(se) || !strings.ContainsAny(q, "您你") && (ss > 0 || strings.ContainsRune(q, '我')) {
		return false
	}
	return c.cueWithin(guardList, "stay-here", se, len(c.norm.norm))
}

// quotedApologised (lint v21, after red teams 546-553): a service phrase
// alone in quotation marks, with an apology in its sentence or the next
// (您觉得我们"爱买不买"的态度不好？真的对不起): the agent names what the buyer
// heard and says sorry for it.
func (c *checker) quotedApologised(h *wordHit) bool {
	if h.nstart < 0 || !strings.HasPrefix(h.rule, "service/") || !c.mentioned(h) {
		return false
	}
	return len(c.cuesIn(guardList, "apology", c.sentenceStart(h.nstart), c.nextSentenceEnd(c.sentenceEnd(h.nend)))) > 0
}

// askedThenDisowned (lint v13, after red teams 178-185): the hit's sentence
// is a question about what the buyer saw or got — 您 or 你 before the hit in
// it — and the next sentence opens by disowning it (guards.yaml disown: 那不
// 是我们放的, 不是本店发的…): 您收到的卡片上写着加微信？那不是我们放的. The
// agent asks back about someone else's words; 您加下微信？不是我们骗你 is not
// disowning anything.
func (c *checker) askedThenDisowned(h *wordHit) bool {
	if h.nstart < 0 || h.account || h.offered {
		return false
	}
	n := &c.norm
	ss, se := c.sentenceStart(h.nstart), c.sentenceEnd(h.nend)
	if !c.askedThenMore(se) {
		return false
	}
	// Lint v14, after red team 263: the buyer may stand inside the hit (快递员
	// 说要加你微信？), and 那个 may open the answer (那个不是我们安排的).
	if !strings.ContainsRune(string(n.norm[ss:h.nend]), '您') && !c.cueWithin(guardList, "you", ss, h.nend) {
		// Lint v22 (after red teams 570-577): or the question is the
		// buyer's word alone, asked back at the start of the reply, and the
		// next sentence tells them to pay it no mind (guards.yaml dismiss:
		// 二维码？那是快递面单上的码，不用管它).
		return ss == 0 && c.onlyParticles(h.nend, se) && c.cueWithin(guardList, "dismiss", se, c.nextSentenceEnd(se))
	}
	return len(c.cuesIn(guardList, "disown", se, se+3)) > 0
}

// disownsEcho (lint v14, after red teams 242-249): the hit opens its
// sentence (那 or 这 before it at most) right after a question that reports
// what the buyer said or asked (guards.yaml reported, asked, mention at its
// start): 您说闲鱼上有人卖我们的衣服？那不是我们的 — the 不是我们的 disowns
// the goods, it does not brush off the buyer's problem.
func (c *checker) disownsEcho(h *wordHit) bool {
	if h.nstart < 1 {
		return false
	}
	ss := c.sentenceStart(h.nstart)
	if ss < 1 || h.nstart-ss > 1 || !c.askedThenMore(ss) {
		return false
	}
	ps := c.sentenceStart(ss - 1)
	for _, kind := range []string{"reported", "asked", "mention"} {
		for _, q := range c.cuesIn(guardList, kind, ps, ps+1) {
			if q.nend <= ss {
				return true
			}
		}
	}
	return false
}

// worryAsked (lint v14, after red teams 210-225): the buyer's worry asked
// back — 您担心是空包？这是真空袋装的腊肠，比较轻 — a worry with the buyer as
// its subject (guards.yaml worry: 您担心, 您是怕, 你怀疑…) at most four runes
// before the hit in its clause, and the clause is a question. The shop names
// what the buyer fears in order to answer it. 怕空包被查？ has no buyer
// before the worry, and a worry that is not asked (您担心空包的话，我们走
// 礼品代发) is no echo: both stay reported.
func (c *checker) worryAsked(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	if _, question := c.questionEnds(h); !question {
		// lint v15: or said, the worry its own clause and the answer after it
		// in the sentence (您担心是空包，我们发货都有称重记录); 您担心空包的话，
		// 我们可以走礼品代发 goes on in the hit's clause.
		ce := c.clauseEnd(h.nend)
		return c.cueBefore(guardList, "worry", h.nstart, 4) && c.onlyParticles(h.nend, ce) && ce < c.sentenceEnd(h.nend)
	}
	return c.cueBefore(guardList, "worry", h.nstart, 4)
}

// echoAsked (lint v13, after red teams 170-177): the hit is all of a short
// question (at most two runes besides it: 亲，补单？ 刷单吗？) and the next
// sentence opens by asking what the buyer meant (guards.yaml echo-ask: 您是
// 说, 你指的是…): 补单？您是说少发了一袋红豆吗？ The agent echoes the
// buyer's word to ask about it; the words of the question asked back (刷单？
// 您是说帮您刷单吗？) are judged on their own.
func (c *checker) echoAsked(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	cs, ce := c.clauseStart(h.nstart), c.clauseEnd(h.nend)
	se := c.sentenceEnd(h.nend)
	if ce != se || ce-cs-(h.nend-h.nstart) > 2 || !c.askedThenMore(se) {
		return false
	}
	return len(c.cuesIn(guardList, "echo-ask", se, se+3)) > 0
}

// bookTitle (lint v12, after red teams 146-153): the hit stands inside 《》
// and the reply speaks of a book (guards.yaml book: 书, 出版, 作者, 这本…):
// 《微信营销实战》 is a title on a second-hand book shelf. 关注《…》公众号 names
// no book and stays reported.
func (c *checker) bookTitle(h *wordHit) bool {
	open, closeAt := c.quoteAround(*h)
	if open < 0 || c.norm.folded[open] != '《' || c.norm.folded[closeAt] != '》' {
		return false
	}
	return len(c.cuesOf(guardList, "book")) > 0
}

// hearsayDebunked (lint v12, after red teams 122-129): the hit's clause opens
// with hearsay (guards.yaml hearsay: 有人说, 网上说, 听说…) and the rest of its
// sentence calls it baseless (debunk: 没有依据, 谣言, 不靠谱…): 有人说蜂蜜能降
// 血糖，这个没有依据. Hearsay alone is how a shop slips a claim in (听说能治
// 失眠哦) and stays reported.
func (c *checker) hearsayDebunked(h *wordHit) bool {
	if h.nstart < 0 || h.account || h.offered {
		return false
	}
	if !c.opensClause("hearsay", h) {
		return false
	}
	for _, q := range c.cuesIn(guardList, "debunk", h.nend, c.sentenceEnd(h.nend)) {
		// 说 in between reports someone else's verdict (…，别人说是谣言); 说法
		// is the claim itself (这种说法您别信).
		if !c.denied(q) && !strings.ContainsRune(strings.ReplaceAll(string(c.norm.norm[h.nend:q.nstart]), "说法", ""), '说') {
			return true
		}
	}
	return false
}

// askedWhy (lint v20, after red teams 506-513): the clause the buyer's
// question is reported in holds the question itself (为什么, 是不是, 能不
// 能…), ends without sending anyone (吧, 去, 呗) and the reply goes on to
// answer it: 您问拼多多上同款为什么便宜，那边可能是小包装. 您问拼多多客服怎么
// 退吧 sends the buyer off.
func (c *checker) askedWhy(h *wordHit) bool {
	n := c.norm.norm
	ce := c.clauseEnd(h.nend)
	if ce >= len(n) || strings.ContainsRune("吧去呗", n[ce-1]) {
		return false
	}
	return containsAnyWord(string(n[h.nend:ce]), "为什么", "为啥", "为何", "怎么这么", "咋这么", "是不是", "能不能", "有没有", "可不可以", "会不会")
}

// reportedSpeech (lint v12, after red teams 114-121): the hit's clause
// reports what the buyer said or asked — a reported cue (guards.yaml
// reported: 您说, 你问, 汝讲…) opens the clause and the hit follows it with no
// break (您说想加QQ传图纸，图纸直接在这里发; 您说邻居在抖音上买的更便宜): the
// words are the buyer's, and the agent goes on to answer them. Not when the
// cue agrees or asks back (您说得对, 您说呢), when the hit is an account
// (您说加我微信abc123), when the agent agrees after it (您说加微信？可以的…;
// 侬讲的空包单我们也做), or,
// for a service rule, when the agent speaks in between (你说的那款我也不清楚:
// the 不清楚 is the agent's). 你问 and 您问 (asked) report the buyer's question
// for every rule; for push-to-platform only when the question is asked back
// and answered in the next sentence: 你问天猫客服去 sends the buyer off.
func (c *checker) reportedSpeech(h *wordHit) bool {
	if h.nstart < 0 || h.account || h.offered {
		return false
	}
	n := c.norm.norm
	cs := c.clauseStart(h.nstart)
	reported := false
	for _, kind := range []string{"reported", "asked"} {
		if kind == "asked" && h.rule == RulePushAway && !c.askedThenMore(c.sentenceEnd(h.nend)) && !c.askedWhy(h) {
			// 你问天猫客服去 sends the buyer off; 您问晒图送不送东西 repeats the
			// question. Lint v14, after red team 234: so does a question
			// asked back and then answered (您问京东物流能不能送上楼？能的).
			continue
		}
		for _, q := range c.cuesIn(guardList, kind, cs, h.nstart) {
			// A push may begin with the cue's own 问 (您问天猫积分？: the
			// push's 问天猫); 你问了好多遍了 is the agent's words.
			if q.nstart != cs || q.nstart >= h.nstart || q.nend > h.nstart && (kind != "asked" || h.rule != RulePushAway) || strings.ContainsRune("得呢吧", n[q.nend]) {
				continue
			}
			if h.rule == RulePushAway && n[q.nend] == '的' {
				// Lint v33 (after red teams 1114-1121): 你说的 + what the
				// buyer named is a reference, and the push after it is the
				// agent's (你说的掉色问题去找厂家); a quoted push is quotedReport's.
				continue
			}
			// Lint v18: the hit may open with the first person itself
			// (你问的这个我怎么知道); lint v29: after the buyer's question,
			// or with a preposition before it (你问的这些跟我说没用; 您看到的
			// 广告跟我们店没关系 reports what the buyer saw).
			first := h.nstart + 1
			if kind == "asked" && strings.ContainsRune("跟和对同冲给", n[h.nstart]) {
				first = h.nstart + 2
			}
			if strings.HasPrefix(h.rule, "service/") && containsAnyWord(string(n[min(q.nend, h.nstart):min(first, h.nend)]), firstPersons...) && !c.quotesAfterCue(q, h) {
				continue // 你问的这个我答不上来: the agent's own words (您说我们"爱买不买"quotes the buyer)
			}
			reported = true
		}
	}
	if !reported && c.quotedThenDenied(h) {
		return true // lint v16: the denial is the agent's answer (“永久不坏”我们不敢保证), no 保证 after it agrees
	}
	quoted := c.quotedReport(h)
	if !reported && (c.wishEchoed(h) || c.spaceQuoted(h) || quoted) {
		reported = true
	}
	if !reported {
		return false
	}
	if strings.HasPrefix(h.rule, "service/") && quoted {
		// Lint v17 (after red teams 370-377): the buyer's rude words in
		// quotes are not taken up by a 好的 after them (您说"就按这个印，别
		// 再问了"，好的，我们就按现稿印).
		return true
	}
	if h.rule == RulePushAway {
		// Lint v16 (after red teams 314-321): a question about the platform
		// asked back is answered, not taken up, by 可以的 (您是想问"京东PLUS会
		// 员"能不能用？可以的，会员价会自动显示).
		return true
	}
	// The agent takes the words up later in the clause (侬讲的空包单我们也做) or
	// opens the next clause agreeing (你说的微信群，没有问题，拉你进去).
	end := c.clauseEnd(h.nend)
	for _, q := range c.cuesIn(guardList, "agree", h.nend, end+1) {
		if (q.nstart == end || q.nend <= end && !c.denied(q)) && !c.butAfter(q) {
			return false
		}
	}
	return true
}

// quotedReport (lint v17, after red teams 346-353): the hit stands in
// quotation marks that open right after a reported cue (您说“不要你们处理了，
// 找平台”，我理解您的心情): the quotes hold the buyer's words, commas and all,
// though the cue opens another clause than the hit's.
func (c *checker) quotedReport(h *wordHit) bool {
	open, _ := c.quoteAround(*h)
	if open < 0 {
		return false
	}
	n := &c.norm
	from := c.priorSentenceStart(h.nstart) // the cue may end the sentence before: 你说啥？“找京东去”？
	for _, kind := range []string{"reported", "quote-intro"} {
		for _, q := range c.cuesIn(guardList, kind, from, h.nstart) {
			if q.nend < 1 || n.idx[q.nend-1] >= open {
				continue
			}
			// Lint v19 (after red teams 482-489): or a question mark, the
			// buyer's words asked back (你说啥？“找京东去”？不用不用).
			if strings.Trim(string(n.folded[n.idx[q.nend-1]+1:open]), "的:： ？?") == "" {
				return true
			}
		}
	}
	// lint v18: the buyer's question reported with its frame before the
	// quote (侬问这只包是不是“最保值”额，阿拉讲不好): an asked cue earlier in
	// the sentence, and the quote opens right after 是不是, 是否, 有没有….
	before := strings.TrimRight(string(n.folded[:open]), " ")
	for _, f := range c.cuesIn(guardList, "question-frame", max(0, c.sentenceStart(h.nstart)), h.nstart) {
		if f.nend < 1 || n.idx[f.nend-1] >= open || !strings.HasSuffix(before, string(n.folded[n.idx[f.nstart]:n.idx[f.nend-1]+1])) {
			continue
		}
		if len(c.cuesIn(guardList, "asked-about", max(0, c.sentenceStart(h.nstart)), f.nstart)) > 0 {
			return true
		}
	}
	return false
}

// spaceQuoted (lint v16, after red teams 306-313): agents who type without
// punctuation quote the buyer's words between spaces (您说的 第一名 那是别的品
// 牌的广告; 亲 您说的 永久保修 我们没有的哈): a reported cue (您说, 你讲…, then
// 的 or nothing) ends the clause before the hit's, the break between them is
// a space, and the hit's clause is a short phrase of at most eight runes.
func (c *checker) spaceQuoted(h *wordHit) bool {
	cs := c.clauseStart(h.nstart)
	if cs == 0 || c.clauseEnd(h.nend)-cs > 8 || !c.norm.spaceAt(cs) {
		return false
	}
	for _, q := range c.cuesIn(guardList, "reported", c.clauseStart(cs-1), cs) {
		if q.nend == cs || q.nend+1 == cs && c.norm.norm[q.nend] == '的' {
			return true
		}
	}
	return false
}

// butAfter (lint v13, after red teams 194-201): the clause after the cue q
// opens with 不过, 但是 or 但 and has the shop do it instead (帮您, 我来, 我这
// 边…): the agreement is taken back (您说想找拼多多客服？可以的，不过我这边
// 能直接帮您处理). 可以的，不过要等我下班 still agrees.
func (c *checker) butAfter(q cueHit) bool {
	n := c.norm.norm
	ce := c.clauseEnd(q.nend)
	if ce >= len(n) || ce-q.nend > 2 {
		return false
	}
	next := string(n[ce:c.clauseEnd(ce+1)])
	return (strings.HasPrefix(next, "不过") || strings.HasPrefix(next, "但")) &&
		containsAnyWord(next, "帮您", "帮你", "我来", "我这边", "我们这边", "我们来")
}

// quotesAfterCue: the hit stands in quotation marks that open after the cue q
// (您刚才说我们"爱买不买的态度": the words in quotes are the buyer's).
func (c *checker) quotesAfterCue(q cueHit, h *wordHit) bool {
	open, _ := c.quoteAround(*h)
	return open >= 0 && q.nend < len(c.norm.idx) && open >= c.norm.idx[q.nend-1]
}

// wishEchoed (lint v12, after red teams 130-137): the hit's clause echoes
// what the buyer wants as a question (guards.yaml wish: 您要, 侬要, 您想…;
// 侬要加微信啊？) and the answer right after it refuses (refusal,
// refusal-after: 平台勿允许嗰): the wish is the buyer's, the refusal the
// agent's. An echo answered yes (您要加微信？可以的) is not.
func (c *checker) wishEchoed(h *wordHit) bool {
	if !c.opensClause("wish", h) {
		return false
	}
	end, question := c.questionEnds(h)
	return question && c.refusalOpens(end, 8)
}

// quotedThenDenied (lint v12, after red teams 154-161): the hit stands in
// quotation marks and the next sentence opens by denying it (refusal,
// refusal-after: 包裹里有张“好评返现”小卡片？那不是我们放的), or the words
// right after the closing mark do: the quoted words are someone else's, the
// denial the agent's.
func (c *checker) quotedThenDenied(h *wordHit) bool {
	if h.nstart < 0 || !c.opensInQuote(h.start) {
		return false
	}
	se := c.sentenceEnd(h.nend)
	if se < len(c.norm.norm) && c.refusalOpens(se, 6) {
		return true
	}
	// Lint v16 (after red teams 314-321): or the shop, right after the
	// closing mark in the same sentence, denies it (“永久免费保养”我们没有哦).
	if _, closeAt := c.quoteAround(*h); closeAt >= 0 {
		k := sort.SearchInts(c.norm.idx, closeAt+1)
		// A word for the quoted words may stand first (“爱买不买”那种话我们
		// 不会说的; 这种说法): ad-law's quoted-talk cues, 这种/那种 before.
		for _, q := range c.cuesIn(RuleAdLaw, "quoted-talk", k, min(se, k+3)) {
			if q.nstart-k <= 2 && q.nend <= se {
				k = q.nend
				break
			}
		}
		for _, who := range []string{"我们", "咱们", "本店", "我家", "咱家", "店里"} {
			if hasPrefixRunes(c.norm.norm[k:se], who) {
				return c.refusalRightAt(k+len([]rune(who)), 3) // not “全网最低价”，不能错过
			}
		}
	}
	return false
}

// refusalOpens reports a refusal (guards.yaml refusal or refusal-after) that
// nothing denies, starting within reach norm runes from at: the answer that
// opens right after a question or a sentence turns the words before it down.
func (c *checker) refusalOpens(at, reach int) bool {
	for _, kind := range []string{"refusal", "refusal-after"} {
		for _, q := range c.cuesIn(guardList, kind, at, at+reach) {
			if !c.denied(q) {
				return true
			}
		}
	}
	return false
}

// refusalRightAt reports a refusal cue (refusal or refusal-after) starting
// within reach runes of at, nothing negating it between at and it: unlike
// refusalOpens it does not look back past at, where the quoted words stand
// (“永久不坏”我们不敢保证: the 不 of 不坏 is the quote's).
func (c *checker) refusalRightAt(at, reach int) bool {
	for _, kind := range []string{"refusal", "refusal-after"} {
		for _, q := range c.cuesIn(guardList, kind, at, at+reach) {
			if !strings.ContainsAny(string(c.norm.norm[at:q.nstart]), "不没") {
				return true
			}
		}
	}
	return false
}

// opensInQuote reports a quotation mark opened at most ten runes before the
// original rune index start and not closed before it (the hit may run past
// the closing mark: “好评返现”小卡片).
func (c *checker) opensInQuote(start int) bool {
	f := c.norm.folded
	for i := start - 1; i >= 0 && i >= start-10; i-- {
		switch {
		case strings.ContainsRune(closeQuotes, f[i]) && f[i] != '"' && f[i] != '\'':
			return false
		case strings.ContainsRune(openQuotes, f[i]):
			return true
		}
	}
	return false
}

// opensClause reports a guard cue of kind that starts the hit's clause and
// ends at or before the hit (有人说蜂蜜能降血糖; 侬要加微信啊).
func (c *checker) opensClause(kind string, h *wordHit) bool {
	cs := c.clauseStart(h.nstart)
	for _, q := range c.cuesIn(guardList, kind, cs, h.nstart) {
		if q.nstart == cs && q.nend <= h.nstart {
			return true
		}
	}
	return false
}

// firstPersons are the agent's own 我 in the dialects the lists know.
var firstPersons = []string{"我", "俺", "咱", "阮", "阿拉", "偶", "𠊎"}

// seenUnclear: something seen or heard (guards.yaml seen: 图片, 声音, 字迹,
// 印得…) stands at most four runes before the hit in its clause, with no 我
// between: 这张图片有点不清楚 says the picture is blurred, not that the agent
// does not know (看了图片我也不清楚 still does).
func (c *checker) seenUnclear(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	const gap = 4
	n := &c.norm
	for _, q := range c.cuesIn(guardList, "seen", max(c.clauseStart(h.nstart), h.nstart-gap-c.l.words.maxCue), h.nstart) {
		if h.nstart-q.nend <= gap && !runesContain(n.norm[q.nend:h.nstart], '我') {
			return true
		}
	}
	return false
}

// followsUp: the reply promises to find out (我去问一下, 帮您确认).
func (c *checker) followsUp(h *wordHit) bool {
	// Lint v13: not a cue that is part of the hit itself (去找中通问一下吧:
	// the buyer is to ask, not the shop). Lint v15 (after red teams
	// 270-277): nor one that goes straight on from it in its clause (您自己
	// 联系快递问一下吧): the asking is still the buyer's.
	return slices.ContainsFunc(c.cuesOf(guardList, "follow-up"), func(q cueHit) bool {
		if h.nstart >= 0 && q.nstart >= h.nend && q.nstart-h.nend <= 1 && !c.breakBetween(h.nend, q.nstart+1, clauseBreak) {
			return false
		}
		return h.nstart < 0 || q.nend <= h.nstart || q.nstart >= h.nend
	})
}

// apologizes: an apology or 让您 in the hit's sentence, before it (不好意思
// 让您问了好几次) or after it (您说了好几次，是我们没处理好，实在抱歉).
func (c *checker) apologizes(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	ss, se, cs := c.sentenceStart(h.nstart), c.sentenceEnd(h.nend), c.clauseStart(h.nstart)
	for _, q := range c.cuesIn(guardList, "apology", ss, se) {
		if q.nend > se || c.fakeOwning(q) {
			continue
		}
		// Lint v13, after red team 211: an apology that only opens the
		// sentence, a break before the hit (抱歉，说了多少遍了，不能机洗),
		// is a formula, not regret for the hit — it counts in the hit's own
		// clause, after the hit (您说了好几次，是我们没处理好，实在抱歉), or
		// when it names the buyer's trouble (不好意思让您问了好几次; 给您添
		// 麻烦了，…).
		if q.nstart >= h.nend || q.nstart >= cs || c.apologyForTrouble(q) {
			return true
		}
	}
	return c.echoedThenApologised(h, ss, se)
}

// echoedThenApologised (lint v22, after red teams 562-569): the hit is in a
// question that reports the buyer's words — 您说, 你讲 (guards.yaml
// reported) before it in its sentence — and the next sentence says sorry:
// 您说我说了好几遍还没解决？确实是我们慢了. The agent repeats the complaint
// to own it; a question of her own (说了好几遍你还不懂？) names no buyer
// before the hit.
func (c *checker) echoedThenApologised(h *wordHit, ss, se int) bool {
	if !c.askedThenMore(se) || !c.cueWithin(guardList, "reported", ss, h.nstart) {
		return false
	}
	for _, q := range c.cuesIn(guardList, "apology", se, c.nextSentenceEnd(se)) {
		if !c.fakeOwning(q) {
			return true
		}
	}
	return false
}

// fakeOwning (lint v14): an apology cue that owns the fault (是我们的问题,
// 是我们的错) negated or put in the buyer's mouth right before it (又不是我们
// 的错, 还说是我们的问题, 都是我们的错) or shrugged off right after it (…，
// 行了吧): no one owns anything.
func (c *checker) fakeOwning(q cueHit) bool {
	n := c.norm.norm
	if !strings.HasPrefix(string(n[q.nstart:q.nend]), "是我们") {
		return false
	}
	if strings.ContainsAny(string(n[max(0, q.nstart-2):q.nstart]), "不说都又") {
		return true
	}
	return strings.HasPrefix(string(n[q.nend:min(len(n), q.nend+3)]), "行了") || strings.HasPrefix(string(n[q.nend:min(len(n), q.nend+1)]), "吧")
}

// ownsFault (lint v32, after red teams 1066-1073): the hit's sentence owns
// the fault with an apology cue that says whose it is (guards.yaml apology:
// 是我们没讲清楚, 是我的错, 是我们的问题) and fakeOwning does not undo: the
// 不知道 in it admits what the shop did not know (我真不知道这批布会掉色这么厉害，
// 是我们没讲清楚，给您退), it brushes nothing off. A bare sorry (不好意思，我不
// 知道) owns nothing and leaves the hit.
func (c *checker) ownsFault(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	s, e := c.sentenceStart(h.nstart), c.sentenceEnd(h.nend)
	for _, q := range c.cuesIn(guardList, "apology", s, e) {
		if q.nend <= e && strings.HasPrefix(string(c.norm.norm[q.nstart:q.nend]), "是我") && !c.fakeOwning(q) {
			return true
		}
	}
	return false
}

// apologyForTrouble: the apology cue q goes on, within a few runes, to what
// the buyer went through (让您, 让你, 给您添, 久等, 耽误…, guards.yaml
// apology-object).
func (c *checker) apologyForTrouble(q cueHit) bool {
	return len(c.cuesIn(guardList, "apology-object", q.nstart, q.nend+3)) > 0
}

// registered: the sentence names the product's registration as a
// disinfection product or a medical device (消字号, 械字号, 医疗器械注册证): such
// a product may claim what it is registered for (这款消毒液能杀灭99.9%的细菌，
// 有消字号), which an ordinary product may not.
func (c *checker) registered(h *wordHit) bool {
	return c.inSentence("registered", h)
}

// shopAsks: the shop does the asking (我帮您问京东物流).
func (c *checker) shopAsks(h *wordHit) bool {
	return c.cueBefore(guardList, "shop-asks", h.nstart, 2)
}

// cueBefore reports whether a cue of rule/kind starts before position s and
// ends at most gap norm runes before it (or overlaps it: 不刷 in 不刷单),
// with no clause break between it and s.
func (c *checker) cueBefore(rule, kind string, s, gap int) bool {
	if s < 0 {
		return false
	}
	// A cue that ends within gap of s starts at most gap+maxCue before it.
	for _, q := range c.cuesIn(rule, kind, max(c.clauseStart(s), s-gap-c.l.words.maxCue), s) {
		if s-q.nend <= gap {
			return true
		}
	}
	return false
}

// guarded reports whether one of the hit's own guards, or one of extra,
// cancels it.
func (c *checker) guarded(h *wordHit, extra ...string) bool {
	if c.inQAQuestion(h) {
		return true
	}
	for _, g := range h.guards {
		if guards[g](c, h) && !c.apologyOverruled(g, h) {
			return true
		}
	}
	for _, g := range extra {
		if guards[g](c, h) && !c.apologyOverruled(g, h) {
			return true
		}
	}
	return false
}

// apologyOverrule is the rude-tone model's score (rule_inferred.go) from
// which an apology no longer cancels a service hit.
const apologyOverrule = 6.0

// apologyOverruled (lint v26, after red teams 770-785): an apology cancels
// a service hit when it owns the fault (不好意思让您问了好几次), but a brush-off
// said with a sorry (这个问题我已经说了很多遍了，不好意思不再重复了; 是您自己
// 没放阴凉处的原因，抱歉我们不负责) is still the brush-off: when the model
// reads the sentence as plainly rude, the apology guard does not count.
func (c *checker) apologyOverruled(g string, h *wordHit) bool {
	if g != "apology" || !strings.HasPrefix(h.rule, "service/") || h.nstart < 0 {
		return false
	}
	j, score := c.sentenceScore(h.rule, *h)
	return j >= 0 && score >= apologyOverrule
}

// ruleHits are the word-list hits of one rule that no guard cancels,
// overlapping ones merged.
func (c *checker) ruleHits(rule string, extra ...string) []wordHit {
	if !c.anyHit(rule) {
		return nil
	}
	var out []wordHit
	for i := range c.hits {
		h := &c.hits[i]
		if h.rule == rule && !c.repeated(h) && !c.guarded(h, extra...) {
			out = append(out, *h)
		}
	}
	return dedupeHits(out)
}

// productFeature: a feature word right before the hit (手表支持微信消息提醒,
// 退回微信) or just after it in the clause (微信消息, 微信付的, 支付宝和微信
// 都可以付款), with no transfer (转) between.
func (c *checker) productFeature(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	if h.nstart > 0 && strings.ContainsRune("加搜系我", c.norm.norm[h.nstart-1]) {
		return false // 加微信, 搜微信, 联系…: reaching the shop, whatever came before
	}
	if c.cueBefore(guardList, "feature", h.nstart, 8) || c.featureBeforeList(h, "feature") {
		return true
	}
	if (c.cueBefore(guardList, "feature-device", h.nstart, 8) || c.featureBeforeList(h, "feature-device")) && !c.shopAfter(h) {
		return true
	}
	for _, q := range c.cuesIn(guardList, "feature-after", h.nend, h.nend+5) {
		if !c.breakBetween(h.nend, q.nstart, clauseBreak) && !runesContain(c.norm.norm[h.nend:q.nstart], '转') &&
			!c.numberInClause(q.nend) {
			return true
		}
	}
	return c.featureAfterList(h) || c.deviceWorks(h) || c.payChoice(h) || c.ownData(h) || c.refundRouted(h) || c.payMethodListed(h)
}

// payMethodListed (lint v22, after red teams 578-585): the app is one way of
// paying beside another named in its sentence (guards.yaml pay-method: 银行
// 卡, 支付宝…), and the sentence is about the checkout or the refund
// (guards.yaml checkout: 付款方式在拼多多支付页面选，微信、银行卡都支持; 您是付的微信
// 就退微信，付的银行卡就退银行卡). Nothing that reaches the shop (加, 转, 私聊…,
// guards.yaml reach-shop) may stand in the hit's clause. The checkout words
// are a list of their own (checkout): payment's 支付 is inside 支付宝, which
// a deal off the platform names as well (私下微信支付宝都行).
func (c *checker) payMethodListed(h *wordHit) bool {
	if h.nstart < 0 || !c.inSentence("pay-method", h) || !c.inSentence("checkout", h) {
		return false
	}
	return len(c.cuesIn(guardList, "reach-shop", c.clauseStart(h.nstart), c.clauseEnd(h.nend))) == 0
}

// refundRouted (lint v17): the money goes back the way it came, said a clause
// or two before the hit in the same sentence (退款……原路回……您微信……): agents
// who type in fragments cut 原路退回 off from the account it goes to. Nothing
// that reaches the shop (加, 联系, 私聊…) may stand in the hit's clause.
func (c *checker) refundRouted(h *wordHit) bool {
	start := c.sentenceStart(h.nstart)
	if len(c.cuesIn(guardList, "refund-route", max(start, h.nstart-maxRefundRouteGap), h.nstart)) == 0 {
		return false
	}
	return len(c.cuesIn(guardList, "reach-shop", c.clauseStart(h.nstart), h.nend)) == 0
}

// maxRefundRouteGap: how far (norm runes) before the account the refund's
// route may be said.
const maxRefundRouteGap = 12

// featureAfterList (lint v15, after red teams 270-277): the hit opens a list
// of apps whose last item a feature follows (这款网卡跑微信、QQ视频通话都没问题):
// the feature is every item's, as featureBeforeList's cue before the list is.
// Nothing of the shop's may stand between (微信、QQ我加您视频通话 stays).
func (c *checker) featureAfterList(h *wordHit) bool {
	n := &c.norm
	if h.nstart < 0 || h.nend >= len(n.norm) {
		return false
	}
	from := h.nend + 1 // 微信和QQ
	if n.listBreak(h.nend) {
		from = h.nend // 微信、QQ
	} else if !strings.ContainsRune("和与及或跟", n.norm[h.nend]) {
		return false
	}
	for _, q := range c.cuesIn(guardList, "feature-after", from, from+8) {
		if !c.breakBetween(h.nend+1, q.nstart, clauseBreak) &&
			!strings.ContainsAny(string(n.norm[from:q.nstart]), "我加找私转搜您你") {
			return true
		}
	}
	return false
}

// ownData (lint v11 round 9): the app is where the buyer's own data lives —
// an own-data noun later in the hit's clause with 的 or 里 between (QQ和微信的
// 聊天记录建议您提前备份; 存微信里的视频和照片), or 从 right before the hit and
// an own-data-act cue after it (从微信里保存下来的照片; 从QQ空间下载的). Nothing
// of the shop's may come before the hit (我, 咱, 店, 加, 搜) or between (我,
// 加, 找, 私, 转, 搜, 发, 给, 联系, 客服), nor an account in the clause nor
// the shop reaching the buyer later in the sentence: 我们微信里的实拍视频更清楚
// and 微信上的买家秀照片，搜店名加一下 stay contact.
func (c *checker) ownData(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	n := c.norm.norm
	before := string(n[max(c.clauseStart(h.nstart), h.nstart-3):h.nstart])
	if strings.ContainsAny(before, "我咱俺店加搜") {
		return false
	}
	end := min(c.clauseEnd(h.nend), h.nend+10)
	from := h.nstart > 0 && n[h.nstart-1] == '从'
	ok := false
	for _, kind := range []string{"own-data", "own-data-act"} {
		if kind == "own-data-act" && !from {
			continue
		}
		for _, q := range c.cuesIn(guardList, kind, h.nend, end) {
			gap := string(n[h.nend:q.nstart])
			if kind == "own-data" && !from && !strings.ContainsAny(gap, "的里") && (gap != "" || string(n[q.nstart:q.nend]) != "聊天记录") {
				continue // lint v12 round 10: 微信聊天记录 needs no 的
			}
			if strings.ContainsAny(gap, "我加找私转搜发给") || containsAnyWord(gap, "联系", "客服") {
				continue
			}
			ok = true
		}
	}
	if !ok {
		ok = c.appOwnFeature(h)
	}
	return ok && !c.numberInClause(h.nend) && !c.shopAfter(h)
}

// appOwnFeature (lint v12 round 10): the app's own feature right after it
// (用微信自带的迁移功能备份到手机: cues.app-own), or the app on the buyer's
// device (备份到电脑微信: a device cue right before the hit) in a sentence
// that moves the buyer's data (cues.data-move: 备份, 迁移, 导出), with
// nothing in the hit's clause of paying, adding or sending to the shop.
func (c *checker) appOwnFeature(h *wordHit) bool {
	n := c.norm.norm
	ce := c.clauseEnd(h.nend)
	if clause := string(n[c.clauseStart(h.nstart):ce]); strings.ContainsAny(clause, "我咱加") || containsAnyWord(clause, "转给", "转账", "付款", "付钱") {
		return false
	}
	for _, q := range c.cuesIn(guardList, "app-own", h.nend, h.nend+1) {
		if q.nend <= ce {
			return true
		}
	}
	for _, q := range c.cuesIn(guardList, "app-device", max(0, h.nstart-4), h.nstart) {
		if q.nend == h.nstart && c.inSentence("data-move", h) {
			return true
		}
	}
	return false
}

// assignedStore (lint v11 round 9): the store is the one the platform
// assigned and shows on the order (an assigned-store cue in the sentence:
// 导航搜订单页显示的门店名称就能到), and the sentence says nothing of a lower
// price there (cheaper): 京东养车、天猫养车的安装门店.
// meansSubject (lint v19, after red teams 434-441): the clause names a means
// before the hit (guards.yaml means: 换, 光靠, 单靠…) with no 我 or 咱
// between — 尿血要马上带去看兽医，换猫砂解决不了: the means cannot solve it,
// the agent does not refuse; 换货我们也解决不了 is the shop refusing.
func (c *checker) meansSubject(h *wordHit) bool {
	return h.nstart >= 0 && c.subjectBefore(h, "means", h.nstart-c.clauseStart(h.nstart))
}

// typedText (lint v19, after red teams 434-441): 打 of the hit types text —
// its clause names what is typed (guards.yaml typed: 内容, 刻字, 地址…) and no
// money: 刻字内容直接打给我 asks for the words in the chat; 尾款直接打给我
// still pays.
func (c *checker) typedText(h *wordHit) bool {
	if h.nstart < 0 || c.norm.norm[h.nstart] != '打' {
		return false
	}
	cs := c.clauseStart(h.nstart)
	if !c.cueWithin(guardList, "typed", cs, h.nstart) {
		return false
	}
	return !containsAnyWord(string(c.norm.norm[cs:h.nstart]), "钱", "款", "费", "账", "金", "元", "块")
}

func (c *checker) assignedStore(h *wordHit) bool {
	return c.inSentence("assigned-store", h) && !c.inSentence("cheaper", h)
}

// payChoice (lint v11): the buyer picks the app as the way to pay at the
// platform's checkout — a pay-choose cue right before it (选, 选择, 切换到)
// and a payment cue in its sentence: 拼多多支持微信支付，下单时候选微信就行.
// 加好友时选微信 names no payment and stays contact.
func (c *checker) payChoice(h *wordHit) bool {
	return c.cueBefore(guardList, "pay-choose", h.nstart, 1) && c.inSentence("payment", h)
}

// deviceWorks (lint v10 round 6): the app logs in or runs on the device —
// a device-works cue at most four runes before it in its clause (可以正常登录
// 微信和QQ) or later in its clause, a list comma not counting as a break
// (手机QQ、微信、支付宝都可以正常登录; 微信、抖音都能正常使用), with
// nothing of the shop's between (我, 联系, 加, 找, 私, 客服) and no account in
// the clause.
func (c *checker) deviceWorks(h *wordHit) bool {
	if c.cueBefore(guardList, "device-works", h.nstart, 4) {
		return true // 可以正常登录微信和QQ
	}
	qs := c.cuesIn(guardList, "device-works", h.nend, c.sentenceEnd(h.nend))
	if len(qs) == 0 || c.listClauseStart(qs[0].nstart) > h.nstart {
		return false
	}
	gap := string(c.norm.norm[h.nend:qs[0].nstart])
	return !strings.ContainsAny(gap, "我加找私转搜") && !strings.Contains(gap, "联系") && !strings.Contains(gap, "客服") &&
		!c.numberInClause(h.nend) && !c.shopAfter(h)
}

// featureBeforeList (lint v10 round 6): a cue of kind before a list of
// apps, a list comma not counting as a break (测试过微信、QQ视频通话; 平板可以
// 安装微信、QQ), with nothing of the shop's between.
func (c *checker) featureBeforeList(h *wordHit, kind string) bool {
	ls := c.listClauseStart(h.nstart)
	if ls == c.clauseStart(h.nstart) {
		return false // no list comma: cueBefore has looked already
	}
	for _, q := range c.cuesIn(guardList, kind, max(ls, h.nstart-8-c.l.words.maxCue), h.nstart) {
		if h.nstart-q.nend <= 8 && q.nend <= h.nstart &&
			!strings.ContainsAny(string(c.norm.norm[q.nend:h.nstart]), "我加找私转搜") {
			return true
		}
	}
	return false
}

// shopAfter reports the shop reaching the buyer in the rest of the hit's
// sentence (加, 私, 联系, 找我, 我发, 我给…): 您下载一下微信，我发您链接 and
// 安装好微信后加我好友 reach it; 都测过了，我们保证没问题 does not.
func (c *checker) shopAfter(h *wordHit) bool {
	rest := string(c.norm.norm[h.nend:max(h.nend, c.sentenceEnd(h.nend))])
	if strings.ContainsAny(rest, "加私") {
		return true
	}
	for _, w := range shopReach {
		if strings.Contains(rest, w) {
			return true
		}
	}
	return false
}

var shopReach = []string{"联系", "找我", "我发", "我给", "我们发", "我们给", "发您", "发你"}

// numberInClause reports five digits or more in a row from norm[s] to the end
// of its clause: an account after the feature word (QQ分身号 876543210) makes
// it contact again.
func (c *checker) numberInClause(s int) bool {
	return fiveDigits(c.norm.norm, s, c.clauseEnd(s))
}

// fiveDigits reports five digits or more in a row in n[a:b]: a number long
// enough to be an account or a phone line.
func fiveDigits(n []rune, a, b int) bool {
	run := 0
	for k := a; k < b && k < len(n); k++ {
		if !isDigit(n[k]) {
			run = 0
		} else if run++; run >= 5 {
			return true
		}
	}
	return false
}

func runesContain(rs []rune, r rune) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

// platformShare: WeChat as the channel of the platform's own share feature —
// a share verb right before it in the clause (分享给/转发到/发给/邀请/喊上 微信
// 好友), nothing of the shop's between (发给我微信, 发到我们店长微信 reach the
// shop), and what is shared is a platform activity in the sentence (代付, 拼
// 单/拼团, 助力, 砍价, a link).
func (c *checker) platformShare(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	for _, q := range c.cuesIn(guardList, "share", max(c.clauseStart(h.nstart), h.nstart-12), h.nstart) {
		if q.nend > h.nstart || h.nstart-q.nend > 4 {
			continue
		}
		between := string(c.norm.norm[q.nend:h.nstart])
		if strings.ContainsAny(between, "我咱店客") {
			continue
		}
		// Lint v25 (after red teams 690-697): the shop sending to the
		// buyer's account is no share (我把内部链接发到您微信上).
		if strings.ContainsAny(between, "您你") && strings.ContainsAny(string(c.norm.norm[c.clauseStart(q.nstart):q.nstart]), "我咱") {
			continue
		}
		if c.inSentence("platform-activity", h) {
			return true
		}
	}
	// Lint v25 (after red teams 690-697): or the link came from a friend
	// by way of the app — the share right after the hit, a 链接 later in
	// its clause, nobody of the shop's between (您朋友从微信分享给您的拼单链
	// 接也能直接拼; 您是朋友在微信里分享的链接吧).
	// Lint v26 (after red teams 746-753): a few words may stand between —
	// where in the app and who shared it (您是在微信群里看到朋友分享的拼多多链接吧).
	for _, q := range c.cuesIn(guardList, "share", h.nend, h.nend+8) {
		ce := c.clauseEnd(q.nend)
		if q.nstart < h.nend || c.breakBetween(h.nend, q.nstart, clauseBreak) || strings.ContainsAny(string(c.norm.norm[h.nend:q.nstart]), "我咱店客加") {
			continue
		}
		if after := string(c.norm.norm[q.nend:ce]); strings.Contains(after, "链接") && !strings.ContainsAny(after, "我咱加") {
			return true
		}
	}
	// lint v12 round 10: a friend on WeChat asked to pay, the cue spanning
	// the hit: 或者找微信好友帮您代付 (not 让微信好友加我, where the friend
	// reaches the shop).
	for _, q := range c.cuesIn(guardList, "friend-pays", max(0, h.nstart-2), h.nstart+1) {
		if q.nstart <= h.nstart && q.nend >= h.nend && c.inSentence("platform-activity", h) &&
			!strings.ContainsRune(string(c.norm.norm[q.nend:c.clauseEnd(q.nend)]), '加') {
			return true
		}
	}
	return false
}

// reassures: the reply reassures the buyer (别担心, 没关系, 放心; the tone
// model's tone-reassure cues): 这么简单的操作都不会也没关系，我一步步教您.
func (c *checker) reassures(h *wordHit) bool {
	return c.toneCue("tone-reassure", 0, len(c.norm.norm))
}

// answeredBefore (lint v15, after red teams 270-277): the sentence first
// answers — a clause that states a fact, with a number, ending on 的 or saying
// what it is with 的是 — and the hit only says where that is written, ending
// the sentence: 这款四件套是100%纯棉的，洗标上写着呢; 下单满两瓶送一个分酒器，
// 活动页面上写着呢. A clause
// about the buyer's question (您问的这个，详情页写着呢) or telling them to look
// themselves answers nothing, and words after the hit (…写着呢，自己看) keep it.
func (c *checker) answeredBefore(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	n := c.norm.norm
	ss, cs, se := c.sentenceStart(h.nstart), c.clauseStart(h.nstart), c.sentenceEnd(h.nend)
	if cs <= ss || !c.onlyParticles(h.nend, se) {
		return false
	}
	before := []rune(strings.TrimRight(string(n[ss:cs]), strings.ReplaceAll(endParticles, "的", "")))
	// 问题 (a fault) is no question: 拍框有质量问题我们店保修三个月，详情页写着呢.
	if len(before) < 4 || strings.ContainsAny(strings.ReplaceAll(string(before), "问题", ""), "问吗么？?") {
		return false
	}
	// Lint v21 (after red teams 538-545): the buyer named in a stated fact
	// (您拍的是S码，我们发的也是S码，吊牌上写着呢) is still an answer.
	if strings.ContainsAny(string(before), "您你") && !strings.Contains(string(before), "的是") {
		return false
	}
	if before[len(before)-1] == '的' || strings.Contains(string(before), "的是") ||
		slices.ContainsFunc(before, func(r rune) bool { return isDigit(r) || numeralValue(r) >= 0 }) {
		return true
	}
	// Lint v31 (after red teams 1002-1009): or states what the thing is, a
	// subject and 是 and its answer (线材是美丽诺羊毛，成分吊牌上都写了), or
	// (after 1010-1017) where it is (配料表在包装背面，…都写得清清楚楚).
	if at := slices.IndexFunc(before, func(r rune) bool { return r == '是' || r == '在' }); at >= 2 && len(before)-at-1 >= 2 &&
		before[at-1] != '不' && !strings.Contains(string(before), "是不是") && !strings.Contains(string(before), "常识") {
		return true
	}
	// Lint v25 (after red teams 714-721): or an earlier clause of the
	// sentence ends on 的 and the next corrects it (这件底座是鸡翅木的，不是红
	// 木，页面上写着呢).
	for k := ss + 1; k < cs; k++ {
		if c.norm.brk[k] != 0 && n[k-1] == '的' {
			return true
		}
	}
	return false
}

// offers: the reply goes on, after the hit, to give the buyer another way
// (没办法，您收到后拒收就行; 没办法，我们一恢复第一时间发出): a limit
// explained, not the conversation ended.
//
// Lint v14: not an offer the third party is to make (您去问品牌专柜吧，让他
// 们给您看看呢): guards.yaml third-party-acts (让他们, 叫她) right before it.
// Lint v16 (after red teams 306-313): nor a cue that goes straight on from
// the hit in its clause (破损了您找顺丰理赔就行).
func (c *checker) offers(h *wordHit) bool {
	if h.nend < 0 {
		return false
	}
	n := c.norm.norm
	for _, q := range c.cuesIn(guardList, "offer", h.nend, len(n)) {
		if c.cueWithin(guardList, "third-party-acts", max(h.nend, q.nstart-4), q.nstart) {
			continue
		}
		if q.nstart-h.nend <= 1 && !c.breakBetween(h.nend, q.nstart, clauseBreak) {
			continue // lint v16: 您找顺丰理赔就行 — the 就行 closes the push itself
		}
		return true
	}
	return false
}

// luck: the sentence is about the buyer's luck (盲盒, 隐藏款, 抽到): 隐藏款
// 能不能抽到就随缘了 is how a blind box works, not a question shrugged off.
func (c *checker) luck(h *wordHit) bool {
	return c.inSentence("luck", h)
}

// warranty: the sentence is about the maker's nationwide warranty (全国联保,
// 保修, 售后网点): 保修期内您直接找厂家，售后网点全国都有 is how such goods are
// serviced, not a brush-off.
func (c *checker) warranty(h *wordHit) bool {
	return c.inSentence("warranty", h)
}

// platformPerk: the sentence is about a perk the platform itself grants
// (京豆, 淘金币, 购物津贴, 百亿补贴): 京东评价晒单后会有京豆奖励，这是平台规则，
// 和店铺无关哦 tells the buyer who grants it, it does not brush them off.
//
// Lint v14: not when the sentence also refuses to act (guards.yaml
// brush-off: 管不了, 别找我们): 优惠券是天猫发的，我们管不了 brushes the buyer
// off all the same.
func (c *checker) platformPerk(h *wordHit) bool {
	return c.inSentence("platform-perk", h) && !c.inSentence("brush-off", h)
}

// claimAsked (lint v26, after red teams 754-761): the buyer asked whether
// the product holds a ranking claim (您问这款是不是卖得“第一名”) and the reply
// will not say (这个我说不上来): not vouching for a claim is honest, not a
// brush-off. An ad-law word stands earlier in the hit's sentence, with 问
// before it in that sentence.
func (c *checker) claimAsked(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	ss := c.sentenceStart(h.nstart)
	for i := range c.hits {
		p := &c.hits[i]
		if p.rule != RuleAdLaw || p.nstart < ss || p.nend > h.nstart {
			continue
		}
		if runesContain(c.norm.norm[ss:p.nstart], '问') {
			return true
		}
	}
	return false
}

// answersAfter (lint v26, after red teams 762-769): a colon right after the
// hit (spaces and endParticles at most between) and the answer itself after
// it (这个上面回过了：新米10月底开始发): the agent says it again, and 上面回过了
// only points to where it was said first. Telling the buyer to look (：自己往
// 上翻) answers nothing.
func (c *checker) answersAfter(h *wordHit) bool {
	f := c.norm.folded
	i := h.end
	for i < len(f) && (f[i] == ' ' || strings.ContainsRune(endParticles, f[i])) {
		i++
	}
	if i >= len(f) || f[i] != ':' && f[i] != '：' {
		return false
	}
	rest := strings.TrimSpace(string(f[i+1:]))
	return utf8.RuneCountInString(rest) >= 4 && !strings.ContainsAny(rest, "翻看找") && !strings.Contains(rest, "自己")
}

// askedAnsweredNo (lint v26, after red teams 770-777): the hit's clause
// repeats the buyer's question (guards.yaml asked: 您问… before the hit) and the next clause of
// the sentence opens with no — 不是, or not needed (guards.yaml needless: 不
// 用, 不需要, 没必要…): 您问价保要不要找京东客服，不用的，在订单页点“价格保护”
// 就能自助申请.
func (c *checker) askedAnsweredNo(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	n := c.norm.norm
	if !c.cueWithin(guardList, "asked", c.clauseStart(h.nstart), h.nstart) {
		return false
	}
	ce := c.clauseEnd(h.nend)
	if ce >= len(n) || c.breakBetween(ce, ce, sentenceBreak) {
		return false
	}
	if strings.HasPrefix(string(n[ce:min(ce+2, len(n))]), "不是") {
		return true
	}
	for _, q := range c.cuesIn(guardList, "needless", ce, ce+1) {
		if q.nstart == ce {
			return true
		}
	}
	return false
}

// inApp: the reply places the thing inside the platform's own app (淘宝群,
// 店铺首页): a shop group on 淘宝 is not a group off the platform.
func (c *checker) inApp(h *wordHit) bool {
	return len(c.cuesOf(guardList, "in-app")) > 0
}

// polite: a polite modal (可以, 请, 麻烦) shortly before the hit.
func (c *checker) polite(h *wordHit) bool {
	return c.cueBefore(guardList, "polite", h.nstart, 3)
}

func (c *checker) anyHit(rule string) bool {
	for i := range c.hits {
		if c.hits[i].rule == rule {
			return true
		}
	}
	return false
}

// onProduct: the thing is on the product or its packaging, in the same
// clause before the hit (包装上的二维码; 吊牌上的二维码可以验真伪), or 验真/防伪
// right after it; lint v10 round 3: or further along (showsProduct: 包裹里有
// 二维码，扫一下可以看安装视频).
func (c *checker) onProduct(h *wordHit) bool {
	if h.nstart >= 0 && c.reachesShopAfter(h) {
		return false // 卡片背面有个二维码，扫一下关注就能领优惠: the card leads away
	}
	if h.nstart >= 2 && slices.Contains(contactOwners, string(c.norm.norm[h.nstart-2:h.nstart])) {
		return false // lint v19: 保修卡背面有客服微信，扫一下: whose account it is says it is one
	}
	if c.reachedRightBefore(h) {
		return false // lint v20: 加个微信，我们把洗涤说明发给您; 拍照发我微信，号码在说明书封底
	}
	if c.searchedRightAfter(h) {
		return false // lint v29: 微信小程序搜“净澜服务”，填机身码注册: the buyer searches the app, not the box
	}
	if c.inSentence("shop-card", h) {
		return false // lint v31: 微信号在感谢卡背面 — a card the shop slips into the parcel is the shop's, not the maker's
	}
	if c.cueBefore(guardList, "on-product", h.nstart, 6) {
		return true
	}
	for _, q := range c.cuesIn(guardList, "on-product", h.nend, h.nend+5) {
		if !c.breakBetween(h.nend, q.nstart, clauseBreak) {
			return true
		}
	}
	return c.showsProduct(h)
}

// reachedRightBefore (lint v20, after red teams 482-489): the contact word
// is what the buyer is asked to add or send to, in the runes right before it
// in its clause (加个微信, 发我微信, 私我QQ): whatever the reply then says is
// printed on the goods (洗涤说明, 说明书封底), the buyer is led to an account.
// Lint v29: 额 and 俺 are 我 in northern dialects (你加额微信么).
func (c *checker) reachedRightBefore(h *wordHit) bool {
	if h.nstart < 1 {
		return false
	}
	before := string(c.norm.norm[max(c.clauseStart(h.nstart), h.nstart-3):h.nstart])
	for _, w := range []string{"加", "发我", "发到我", "私我", "联系我", "+"} {
		if strings.HasSuffix(before, w) || len([]rune(w)) == 1 && strings.HasSuffix(strings.TrimRight(before, "个下我的额俺"), w) {
			return true
		}
	}
	return false
}

// searchedRightAfter (lint v29, after red teams 906-913): the buyer is told
// to search in the app the hit names — 搜 in the hit itself or within four
// runes after it, in its clause (微信小程序搜“…”): a name searched in an app
// is not printed on the goods, whatever the sentence says about the box.
func (c *checker) searchedRightAfter(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	after := c.norm.norm[h.nstart:min(h.nend+4, c.clauseEnd(h.nend))]
	return slices.Contains(after, '搜')
}

// contactOwners name whose account a contact word is (客服微信, 店长微信):
// printed on a card or not, it is a person to add.
var contactOwners = []string{"客服", "售后", "店长", "老板", "掌柜", "技术", "导购", "专员", "顾问"}

// reachesShopAfter (lint v11): the rest of the hit's sentence reaches the
// shop or a group (加, 关注, 私, 群, 好友, 联系): what is scanned leads the
// buyer away, wherever it is printed.
//
// Lint v12 (after red teams 122-129): a reach word the sentence negates
// right before it (不用关注任何账号, 无需加好友) reaches nobody.
func (c *checker) reachesShopAfter(h *wordHit) bool {
	r := c.reachIndex()
	from, end := h.nend, c.sentenceEnd(h.nend)
	k, _ := slices.BinarySearchFunc(r.at, from, func(o [2]int, p int) int { return o[0] - p })
	for ; k < len(r.at) && r.at[k][0] < from+3; k++ {
		// a word within three runes of the hit: the hit itself is not its
		// negation (不用加微信关注 reads 关注 after the hit's end only)
		if p := r.at[k][0]; r.at[k][1] <= end && !negatedBefore(c.norm.norm[max(from, p-3):p]) {
			return true
		}
	}
	return k < len(r.at) && r.firstEnd[k] <= end
}

// reachIndex finds shopReachWords in the reply once: a reply of
// thousands of contact words in one sentence (二维码二维码…) made
// reachesShopAfter read the rest of the sentence once per hit.
func (c *checker) reachIndex() *shopReachIndex {
	r := &c.reach
	if r.ready {
		return r
	}
	r.ready, r.at, r.firstEnd = true, r.at[:0], r.firstEnd[:0]
	n := c.norm.norm
	for p := range n {
		for _, w := range shopReachRunes {
			if p+len(w) <= len(n) && slices.Equal(n[p:p+len(w)], w) {
				r.at = append(r.at, [2]int{p, p + len(w)})
			}
		}
	}
	// firstEnd[k]: the earliest end of a word at or after r.at[k] that its
	// own three runes before do not negate.
	r.firstEnd = slices.Grow(r.firstEnd, len(r.at))[:len(r.at)]
	least := len(n) + 1
	for k := len(r.at) - 1; k >= 0; k-- {
		if p := r.at[k][0]; !negatedBefore(n[max(0, p-3):p]) {
			least = min(least, r.at[k][1])
		}
		r.firstEnd[k] = least
	}
	return r
}

// shopReachIndex is where shopReachWords stand in one reply.
type shopReachIndex struct {
	ready    bool
	at       [][2]int // norm start and end of each word, by start
	firstEnd []int
}

// negatedBefore reports a negation (不, 无需, 别, 甭) in the few runes before
// a word. 免 is not one: 免费关注 reaches the buyer all the same.
func negatedBefore(before []rune) bool {
	return strings.ContainsAny(string(before), "不别甭") || strings.Contains(string(before), "无需")
}

// containsAnyWord reports whether s contains one of words.
func containsAnyWord(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// shopReachWords are what reachesShopAfter looks for: whole words, so 加热,
// 相关 and 朋友圈同款 do not count.
var shopReachWords = []string{"加我", "加好友", "加群", "加一下", "加个", "添加", "关注", "私聊", "私信", "私发", "进群", "入群", "群里", "好友", "联系", "加了给", "加了送", "加了就", "加了返", "加上给", "加了以后", "加上以后", "加了之后",
	"加顾问", "加品牌顾问", "加客服", "加导购", "加专属", "加店长", "加小助手"} // lint v17: 微信号见包裹卡片背面，加了给您补寄小样; v22: 扫吊牌背面的二维码加品牌顾问

var shopReachRunes = func() (out [][]rune) {
	for _, w := range shopReachWords {
		out = append(out, []rune(w))
	}
	return out
}()

// showsProduct: what scanning the hit shows is the product's, further along
// its sentence (包裹里的卡片上有我们的二维码，扫码可以看安装视频), with nothing
// between that reaches the shop (加, 关注, 私, 群, 联系, 好友). Lint v10 round
// 3: the after part of on-product, alone, for a contact the reply says is the
// shop's own — a box or a bottom before it does not make it the product's.
func (c *checker) showsProduct(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	se := min(c.sentenceEnd(h.nend), h.nend+16)
	for _, q := range c.cuesIn(guardList, "on-product", h.nend, se) {
		if q.nend <= se && !strings.ContainsAny(string(c.norm.norm[h.nend:q.nstart]), "加关私群联友") {
			return true
		}
	}
	return false
}

// topUp: the QQ of the hit is a top-up's — a QQ product right after it (QQ会
// 员, QQ黄钻, QQ币, 游戏的QQ区), or the QQ number the buyer gives for a top-up
// (填写充值的QQ号; Q币充值需要您提供QQ号码: a fill-in word before it, a top-up
// in the reply) — and nothing in its sentence reaches the shop: 充值有问题立刻QQ
// 联系我 and 留下您的QQ号，我加您 stay contact, as does a QQ right after 加.
func (c *checker) topUp(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	n := c.norm.norm
	if h.nstart > 0 && strings.ContainsRune("加+私", n[h.nstart-1]) {
		return false
	}
	if c.cueBefore(guardList, "top-up-contact", h.nstart, 4) {
		return false // 联系我QQ…
	}
	se := c.sentenceEnd(h.nend)
	for _, q := range c.cuesIn(guardList, "top-up-contact", h.nend, se) {
		if q.nend <= se {
			return false
		}
	}
	if len(c.cuesIn(guardList, "top-up-item", h.nend, h.nend+1)) > 0 {
		return true
	}
	if n[h.nend-1] == '号' || h.nend < len(n) && (n[h.nend] == '号' || hasPrefixRunes(n[h.nend:], "账号")) {
		// The top-up may be named in another sentence of the reply (您备注的
		// QQ号是 12345678 吗？我们核对一下充值账号).
		return c.cueBefore(guardList, "top-up-fill", h.nstart, 4) && len(c.cuesOf(guardList, "top-up")) > 0
	}
	return false
}

// modelName: a Latin hit (vx, wx) names a product line — a model word right
// after it, up to four digits between (VX系列, VX200型号, wx系列的键盘), or
// one to four digits glued to it (a dash between allowed) and then no more
// (VX3的尺寸比VX2大一圈, 和VX-300不通用). A WeChat ID after the cue has six
// characters or more and starts with a letter, a QQ number has five digits or
// more, so neither reads as a model; a comma between (vx，1对1服务) is no
// model number either. Not right after 加, +, 我, 私, 搜 or 找: 加我vx系列…
// still reaches the shop.
func (c *checker) modelName(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	n := &c.norm
	if h.nstart > 0 && strings.ContainsRune("加+我私搜找", n.norm[h.nstart-1]) {
		return false
	}
	k := h.nend
	for k < len(n.norm) && isDigit(n.norm[k]) {
		k++
	}
	if k-h.nend > 4 {
		return false
	}
	if len(c.cuesIn(guardList, "model", k, k+1)) > 0 {
		return true
	}
	f := n.folded
	o := n.idx[h.nend-1] + 1
	if o < len(f) && f[o] == '-' {
		o++
	}
	d := 0
	for o+d < len(f) && isDigit(f[o+d]) {
		d++
	}
	return d >= 1 && d <= 4 && (o+d == len(f) || !isASCIILetter(f[o+d]))
}

// onlyThere: the hit names an offer of WeChat or a mini program that its
// sentence then says cannot be used here (微信小程序才能用的优惠，我们店铺用不
// 了; 品牌微信小程序的会员价，我们店里享受不了): what the buyer saw elsewhere,
// not where the shop sends them. Not when a verb that sends the buyer there
// opens the hit or stands right before it (加我微信, 搜小程序, 去小程序).
func (c *checker) onlyThere(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	n := c.norm.norm
	if strings.ContainsRune("加搜关进去到打添上用", n[h.nstart]) ||
		h.nstart > 0 && strings.ContainsRune("加+我搜关进去到", n[h.nstart-1]) {
		return false
	}
	se := c.sentenceEnd(h.nend)
	for _, q := range c.cuesIn(guardList, "unusable-here", h.nend, se) {
		if q.nend <= se && !c.denied(q) {
			return true
		}
	}
	return false
}

// handoff: the hit's clause hands a case to the agent (这个问题同事已经转给我
// 了; 您的售后单已经转给我; 您的问题已转我处理) and names no money: 转给我
// passes the case on. With money in the clause (运费您转我就好; 差价转给我) it
// is a transfer.
func (c *checker) handoff(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	cs, ce := c.clauseStart(h.nstart), c.clauseEnd(h.nend)
	for _, q := range c.cuesIn(guardList, "handoff-money", cs, ce) {
		if q.nend <= ce {
			return false
		}
	}
	return c.cueWithin(guardList, "handoff-case", cs, ce)
}

// seenThere: the buyer saw something in the app the hit names — 看到的,
// 刷到的… right after it, 里/上 between allowed (视频号里看到的价格是品牌直播
// 间的) — and the clause sends nobody there (no 去, 搜, 关注…).
func (c *checker) seenThere(h *wordHit) bool {
	if h.nstart < 0 || !c.seenAfter(h.nend) {
		return false
	}
	cs, ce := c.clauseStart(h.nstart), c.clauseEnd(h.nend)
	for _, q := range c.cuesIn(guardList, "directive", cs, ce) {
		if q.nend <= ce && (q.nstart >= h.nend || q.nend <= h.nstart) {
			return false
		}
	}
	return true
}

// seenAfter: a seen-there cue (看到的, 刷到的…) starts at norm index end,
// or right after 里/上/中 there (视频号里看到的, 抖音上看到的): what the buyer
// saw in the app just named. seenThere and sameGoodsNamed share it.
func (c *checker) seenAfter(end int) bool {
	n := c.norm.norm
	if end < len(n) && strings.ContainsRune("里上中", n[end]) {
		end++
	}
	return len(c.cuesIn(guardList, "seen-there", end, end+1)) > 0
}

// reorder (lint v12 round 10): the hit is ordering again (重新 right before
// 下一单/拍一单) in a reply that says the earlier order was cancelled
// (cues.cancelled: 取消, 关闭): 原订单已经取消并全额退款了，您重新下一单就可
// 以. 先拍一单，收到货全额退款给您 is no re-order and stays.
func (c *checker) reorder(h *wordHit) bool {
	if h.nstart < 2 {
		return false
	}
	before := string(c.norm.norm[max(0, h.nstart-3):h.nstart])
	if !strings.HasSuffix(before, "重新") && !strings.HasSuffix(before, "重新再") {
		return false
	}
	for _, q := range c.cuesOf(guardList, "cancelled") {
		if !c.denied(q) { // 不用取消 cancels nothing
			return true
		}
	}
	return false
}

// pricePrevails (lint v12 round 10): a price quoted in the app the hit names
// (price-there right after it, 群 and 里/上 between allowed: 微信群里的价格) that the reply then sets aside
// for the platform's page (page-prevails after the hit: 一切以京东商品页面为
// 准), with nothing cheaper said in the hit's sentence: 微信群里的价格我们没
// 办法确认，一切以京东商品页面为准. 微信群里的价格更便宜 stays.
func (c *checker) pricePrevails(h *wordHit) bool {
	n := c.norm.norm
	k := h.nend
	if k < len(n) && n[k] == '群' {
		k++
	}
	if k < len(n) && strings.ContainsRune("里上中", n[k]) {
		k++
	}
	if len(c.cuesIn(guardList, "price-there", k, k+1)) == 0 || c.inSentence("cheaper", h) {
		return false
	}
	// Lint v14: the buyer sent there first (guards.yaml sent-there) is no
	// price set aside (关注公众号的活动领券，价格以下单页为准).
	if c.cueWithin(guardList, "sent-there", c.clauseStart(h.nstart), h.nstart) {
		return false
	}
	return len(c.cuesIn(guardList, "page-prevails", h.nend, len(n))) > 0
}

// orderedThere: the buyer's order was placed in the app the hit names — a
// cue of ordered-there (拍下的订单, 下的单, 我的订单…) within eight runes after
// it in its clause — and the sentence sends nobody there and promises nothing
// cheaper: 抖音直播间拍下的订单，售后也在抖音处理 says where the buyer bought;
// 抖音直播间拍下的订单更便宜，去抖音搜我们店 does not. Lint v10 round 3: or a
// hit that ends in the buying (美团买, 美团上下单) with a cue of bought-there
// right after it (的票, 的券, 的订单, 的吗): 您在携程买的票我们这边没法退.
func (c *checker) orderedThere(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	ce := c.clauseEnd(h.nend)
	var order []cueHit
	for _, q := range c.cuesIn(guardList, "ordered-there", h.nend, min(h.nend+8, ce)) {
		if q.nend <= ce {
			order = append(order, q)
		}
	}
	if n := c.norm.norm; h.nend > 0 && strings.ContainsRune("买单订拍", n[h.nend-1]) {
		// 您在携程买的票: the hit ends in the buying, what was bought right after
		order = append(order, c.cuesIn(guardList, "bought-there", h.nend, h.nend+1)...)
		// Lint v20 (after red teams 522-529): or 买了 with the buyer before
		// it in the clause (您说在闲鱼买了旧砚台): what the buyer did.
		if n[h.nend-1] == '买' && h.nend < len(n) && n[h.nend] == '了' && strings.ContainsAny(string(n[c.clauseStart(h.nstart):h.nstart]), "您你") {
			order = append(order, cueHit{nstart: h.nend, nend: h.nend + 1})
		}
	}
	if len(order) == 0 {
		return false
	}
	within := func(q cueHit) bool { // the cue is part of the hit or of the order's words (拍 of 拍下的订单)
		if q.nstart < h.nend && q.nend > h.nstart {
			return true
		}
		for _, o := range order {
			if q.nstart < o.nend && q.nend > o.nstart {
				return true
			}
		}
		return false
	}
	ss, se := c.sentenceStart(h.nstart), c.sentenceEnd(h.nend)
	for _, kind := range []string{"directive", "cheaper"} {
		for _, q := range c.cuesIn(guardList, kind, ss, se) {
			if q.nend <= se && !within(q) {
				return false
			}
		}
	}
	return true
}

// escrow: the sentence says before the hit that the platform holds the money
// (平台的账户, 平台担保…) and the hit pays the shop (…我们), with no 不, 别 or
// 没 between: 这个钱会走平台的账户，确认收货后才打给我们 is the platform paying
// the shop; 平台账户不方便，直接打给我 is not.
func (c *checker) escrow(h *wordHit) bool {
	n := c.norm.norm
	if h.nstart < 0 {
		return false
	}
	if n[h.nend-1] != '们' {
		return false
	}
	for _, q := range c.cuesIn(guardList, "escrow", c.sentenceStart(h.nstart), h.nstart) {
		if q.nend <= h.nstart && !strings.ContainsAny(string(n[q.nend:h.nstart]), "不别没") {
			return true
		}
	}
	return false
}

// staysHere: after naming the shop's store on another platform, the sentence
// keeps the buyer here (我们在京东也有旗舰店，您在这里下单一样的) and says
// nothing of that store being cheaper, names it in quotes nor sends the
// buyer there (去, 搜… outside the stay-here words).
func (c *checker) staysHere(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	ss, se := c.sentenceStart(h.nstart), c.sentenceEnd(h.nend)
	if len(c.cuesIn(guardList, "cheaper", ss, se)) > 0 || c.namedInSentence(h) {
		return false
	}
	stay := false
	var spans [][2]int
	for _, q := range c.cuesIn(guardList, "stay-here", ss, se) {
		if q.nstart >= h.nend && q.nend <= se {
			stay = true
			spans = append(spans, [2]int{q.nstart, q.nend})
		}
	}
	if !stay {
		return false
	}
	for _, q := range c.cuesIn(guardList, "directive", ss, se) {
		if q.nend > se || q.nstart < h.nend && q.nend > h.nstart {
			continue // inside the hit
		}
		inside := false
		for _, sp := range spans {
			if q.nstart >= sp[0] && q.nend <= sp[1] {
				inside = true
			}
		}
		if !inside {
			return false // 您这里下单会慢一点，建议去那边: sent there after all
		}
	}
	return true
}

// codeUse (lint v11 round 8): the sentence says what a code is read by or
// for — a login on a screen, a scanner or till that reads the buyer's payment
// code, a warehouse's pick label, the buyer's own artwork printed as sent
// (扫电视屏幕上的二维码登录就行; 扫码枪可以扫微信和支付宝付款码; 您上传的二维码
// 图案我们会原样印出来) — and nothing in it reaches the shop (加, 好友, 客服,
// 我的, 转账…: 扫码枪坏了，扫我的付款码转账也行 is still a transfer).
func (c *checker) codeUse(h *wordHit) bool {
	return c.inSentenceOrAnswer("code-use", h) && !c.inSentenceOrAnswer("code-reach", h)
}

// inSentenceOrAnswer is inSentence, reading on through the next sentence
// when the hit's sentence is a question the reply answers (lint v17: “二维
// 码扫不出来”——那是京东订单的核销码).
func (c *checker) inSentenceOrAnswer(kind string, h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	start, end := c.sentenceStart(h.nstart), c.sentenceEnd(h.nend)
	if c.askedThenMore(end) {
		end = c.nextSentenceEnd(end)
	}
	return c.cueWithin(guardList, kind, start, end)
}

// shopSection (lint v11 round 8): 那里/那边 points back to a part of this
// shop named before it in the sentence (女装专区在首页，您去那里逛逛; 零食分类里
// 还有很多，可以去那里看看), and the sentence names no other platform or app.
func (c *checker) shopSection(h *wordHit) bool {
	if h.nstart < 0 || c.inSentence("elsewhere", h) {
		return false
	}
	return len(c.cuesIn(guardList, "shop-section", c.sentenceStart(h.nstart), h.nstart)) > 0
}

// bubbles (lint v11 round 8): 绿泡泡 among bubbles of other colours or next to
// a bubble toy (蓝泡泡和绿泡泡两种颜色; 泡泡机送绿泡泡水) is a literal bubble,
// not WeChat; not right after 加 or +, nor when the sentence reaches the
// shop (code-reach: 发你, 加, 好友…).
func (c *checker) bubbles(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	if h.nstart > 0 && strings.ContainsRune("加+", c.norm.norm[h.nstart-1]) {
		return false
	}
	return c.inSentence("bubble", h) && !c.inSentence("code-reach", h)
}

// cheaperHere (lint v11 round 8): after the hit, the sentence says it costs
// less here (这款在官网买要1299，在我们店只要999; 抖音买要贵些，这边更便宜): a
// comparison that keeps the buyer here, not a place to send them.
func (c *checker) cheaperHere(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	se := c.sentenceEnd(h.nend)
	for _, q := range c.cuesIn(guardList, "cheaper-here", h.nend, se) {
		if q.nend <= se && !c.denied(q) {
			return true
		}
	}
	return false
}

// compared (lint v11 round 8): 比 (or 比在) right before the hit makes the app
// what this shop is compared with (比抖音直播间便宜，放心下单; 比在官网买划算):
// the buyer is kept here.
func (c *checker) compared(h *wordHit) bool {
	if h.nstart < 1 {
		return false
	}
	n := c.norm.norm
	k := h.nstart
	if k >= 2 && n[k-1] == '在' {
		k--
	}
	return n[k-1] == '比'
}

// platformPays (lint v11 round 8): the sentence makes the platform the one who
// pays the shop, before the hit and with no 不, 别 or 没 between (平台会把货款
// 打到我们银行账户): settlement, not the buyer sending money.
func (c *checker) platformPays(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	n := c.norm.norm
	for _, q := range c.cuesIn(guardList, "platform-pays", c.sentenceStart(h.nstart), h.nstart+1) {
		if q.nstart < h.nstart && !strings.ContainsAny(string(n[q.nend:max(q.nend, h.nstart)]), "不别没") {
			return true
		}
	}
	return false
}

// courierCalls (lint v11 round 9, lead): the one who 打过来 is the courier,
// named right before it (快递面单上的电话是虚拟号，快递员打过来是正常的): the
// number on the waybill is the delivery's, not the shop's. 面单上的电话打过来就
// 是我 and …快递员打过来也是这个号，其实就是我的 still report.
func (c *checker) courierCalls(h *wordHit) bool {
	if h.nstart < 0 || !strings.HasSuffix(string(c.norm.norm[h.nstart:h.nend]), "打过来") {
		return false
	}
	if strings.Contains(string(c.norm.norm[h.nend:c.sentenceEnd(h.nend)]), "是我") {
		return false // 快递员打过来也是这个号，其实就是我的
	}
	call := h.nend - len([]rune("打过来"))
	for _, q := range c.cuesIn(guardList, "courier", h.nstart, call) {
		if call-q.nend <= 2 { // 快递员会打过来
			return true
		}
	}
	return false
}

// courierAdds (lint v19, after red teams 442-449): the courier (guards.yaml
// courier) wants to add the buyer's account, named before the hit in its
// clause with 加您/加你 between (快递员说要加您微信确认地址的话，您可以直接把派
// 送电话给他): the shop is advising on someone else's request, not offering
// its own account.
func (c *checker) courierAdds(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	n := c.norm.norm
	for _, q := range c.cuesIn(guardList, "courier", c.clauseStart(h.nstart), h.nstart) {
		// The hit may hold the 加您 itself (快递员说要加您微信: lint v20).
		// Lint v22: or asks the buyer to add the courier (快递员让您加他微信).
		if between := string(n[q.nend:min(h.nend, h.nstart+2)]); q.nend <= h.nstart && h.nstart-q.nend <= 8 &&
			(strings.Contains(between, "加您") || strings.Contains(between, "加你") || containsAnyWord(between, courierAsksBuyer...)) {
			return true
		}
	}
	return false
}

// consigned (lint v22, after red teams 586-593): the sentence is about goods
// left with the shop to sell (guards.yaml consigned: 寄卖, 代售, 成交价): the
// commission is the shop's fee, not money for a fake order.
func (c *checker) consigned(h *wordHit) bool {
	return c.inSentence("consigned", h)
}

// courierAsksBuyer: the courier asking the buyer to add someone
// (courierAdds, lint v22).
var courierAsksBuyer = []string{"让您加", "让你加", "叫您加", "叫你加", "要您加", "要你加", "请您加", "请你加"}

// fraudWarning (lint v11 round 9, lead): the sentence warns against fraud
// (如果有人冒充我们让您扫码退款，请不要理会并及时向平台举报): reporting a scam to
// the platform is the right channel, not the shop sending the buyer away.
func (c *checker) fraudWarning(h *wordHit) bool {
	return c.inSentence("fraud", h)
}

// notOurs (lint v12 round 10): the page or account named is said in its own
// clause not to be the shop's — someone else's right after it (臉書專頁是品牌方
// 的, 那个专页不是我们的) or a fake one before it (仿冒的臉書專頁): a warning
// about it, not a place the shop sends the buyer.
func (c *checker) notOurs(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	if c.cueWithin(guardList, "not-ours-after", h.nend, c.clauseEnd(h.nend)) {
		return true
	}
	return c.cueWithin(guardList, "not-ours-before", c.clauseStart(h.nstart), h.nstart)
}

// sameGoods (lint v18, after red teams 394-401) cancels a 拍 X 的链接，我们发 Y
// hit (compliance/fake-order) when Y is X or is no other goods: the two share
// two runes running (拍大号的链接，我们发大号), or Y opens with the courier, the
// time or the way it goes (我们发顺丰, 我们发货, 我们给您发出去). 拍化肥的链接，
// 我们发农药 names two goods and stays a hit.
func (c *checker) sameGoods(h *wordHit) bool {
	if h.nstart < 0 {
		return true
	}
	t := string(c.norm.norm[h.nstart:h.nend])
	link := strings.Index(t, "链接")
	if link <= len("拍") {
		return true
	}
	x := t[len("拍"):link]
	for _, p := range []string{"这个", "那个", "这款", "那款", "这条", "那条"} {
		if rest, ok := strings.CutPrefix(x, p); ok {
			x = rest
			break
		}
	}
	x = strings.TrimRight(x, "的")
	y := t[link:]
	k := strings.LastIndexAny(y, "发寄")
	if k < 0 {
		return true
	}
	_, size := utf8.DecodeRuneInString(y[k:])
	y = y[k+size:]
	for again := true; again; {
		again = false
		for _, p := range goodsFillers {
			if rest, ok := strings.CutPrefix(y, p); ok {
				y, again = rest, true
			}
		}
	}
	if strings.HasPrefix(x, "错") {
		return true // 拍错了链接的话，我们发另一款给您: an exchange
	}
	if (strings.Contains(x, "差价") || strings.Contains(x, "补差")) && (utf8.RuneCountInString(y) < 2 || strings.ContainsRune("另换那这", []rune(y)[0]) || strings.HasSuffix(y, "的")) {
		// 拍补差价的链接: it pays a difference, for another one of the same
		// (发那款大的, 发另一款). Lint v19 (after red teams 458-473): goods
		// named after it (拍0.1元那个补差价链接，我们照常给您发手表) are sent
		// for the difference's price — a swap.
		return true
	}
	if slices.ContainsFunc(notGoods, func(w string) bool { return strings.HasPrefix(y, w) }) {
		return true
	}
	ys := []rune(y)
	if len(ys) < 2 || x == "" {
		return false // 我们发这条JSK; 拍这个链接，我们发小礼品: goods the words do not set side by side
	}
	for i := 0; i+1 < len(ys); i++ {
		if strings.Contains(x, string(ys[i:i+2])) {
			return true
		}
	}
	return false
}

// goodsFillers open what 发 names before the goods (sameGoods): 发您一双袜子,
// 发的其实是棉线, 给您发这饼老班章.
var goodsFillers = []string{"给您", "给你", "您", "你", "的", "其实是", "还是", "是", "一个", "一双", "一包", "一条", "一件", "一瓶", "一盒", "一饼", "一套", "个", "这饼", "这条", "这款", "这个", "那瓶", "那款", "那个", "那双"}

// notGoods open what 发 names when it is no other goods: the courier, the
// shipping itself, the same thing (sameGoods).
var notGoods = []string{"货", "要的", "想要的", "选的", "换的", "快递", "顺丰", "中通", "圆通", "韵达", "申通", "邮政", "京东", "出去", "出来", "过去", "走", "同款", "一样", "原样", "正常", "今天", "明天", "后天"}

// qaQuestions (lint v31, after red teams 1010-1017) are the norm spans of
// the buyer's questions in a reply written as questions and answers (问：
// 可以加微信吗？答：平台规定不能加微信哦; Q: … A: …; 您问……对吧？答：…), and
// (lint v34) the buyer's message echoed in quotation marks at the start of
// the reply before the answer (reading.go echoedQuote):
// from a question marker — 问：, Q: or a cue of guards.yaml asked (您问,
// 买家问…) — to the answer marker after it. The question is the buyer's
// words, quoted to be answered; the answer is the shop's and is read as
// usual. A question marker with no answer after it (请问：您要哪个尺码？)
// opens no span.
func (c *checker) qaQuestions() [][2]int {
	if c.qa.ready {
		return c.qa.qs
	}
	c.qa.ready = true
	c.qa.qs = c.qa.qs[:0]
	if c.shape.echoed {
		c.qa.qs = append(c.qa.qs, c.shape.echo) // lint v34: 「你们抖音也卖吗」我们只开了这家淘宝店哦
	}
	n := &c.norm
	f := n.folded
	if !slices.Contains(f, '答') && !slices.Contains(f, 'a') {
		return c.qa.qs
	}
	asked := c.cuesOf(guardList, "asked")
	q := -1 // where the open question's words begin in f
	for i := 0; i < len(f); i++ {
		if !markerStart(f, i) {
			continue
		}
		k := qaMarkerAt(f, i, qaQuestionMarkers)
		for _, a := range asked {
			if n.idx[a.nstart] == i {
				k = n.idx[a.nend-1] + 1 - i
			}
		}
		if k > 0 {
			q = i + k
			i += k - 1
			continue
		}
		if k := qaMarkerAt(f, i, qaAnswerMarkers); k > 0 {
			if q >= 0 {
				ns, ne := sort.SearchInts(n.idx, q), sort.SearchInts(n.idx, i)
				if ns < ne {
					c.qa.qs = append(c.qa.qs, [2]int{ns, ne})
				}
			}
			q = -1
			i += k - 1
		}
	}
	return c.qa.qs
}

// qaQuestionMarkers and qaAnswerMarkers open a question and its answer, as
// the folded text spells them (foldRune: ：is :, Q is q).
var (
	qaQuestionMarkers = []string{"问:", "q:"}
	qaAnswerMarkers   = []string{"答:", "a:", "回复:"}
)

// markerStart: a question or answer marker stands at the start of the reply
// or after a space or punctuation, so 请问： and 款式a： open nothing.
func markerStart(f []rune, i int) bool {
	return i == 0 || f[i-1] == ' ' || breakLevel(f[i-1]) != 0
}

// qaMarkerAt is the length of the marker of markers at f[i], or 0.
func qaMarkerAt(f []rune, i int, markers []string) int {
	for _, m := range markers {
		if hasPrefixRunes(f[i:], m) {
			return len([]rune(m))
		}
	}
	return 0
}

// inQAQuestion: the hit lies in one of qaQuestions' spans.
func (c *checker) inQAQuestion(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	for _, q := range c.qaQuestions() {
		if q[0] <= h.nstart && h.nend <= q[1] {
			return true
		}
	}
	return false
}

// familyUse (lint v31, after red teams 1034-1041): the buyer's own use of
// the app with the family — a shop that sells phones to the elderly teaches
// it (视频通话：打开微信，点孙子的头像; 先在微信里加她好友，这个让她帮您弄) —
// a family member (guards.yaml family-chat) named in the sentence and nobody
// of the shop's in it (加我微信，我教您和女儿视频 reaches the shop).
func (c *checker) familyUse(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	ss, se := c.sentenceStart(h.nstart), c.sentenceEnd(h.nend)
	if !c.cueWithin(guardList, "family-chat", ss, se) {
		return false
	}
	// Nobody of the shop's, and nothing searched for: 您叫孩子在微信里搜“福寿”
	// 俩字，加上好友就中 has the child add the shop.
	sent := string(c.norm.norm[ss:se])
	return !strings.ContainsAny(sent, "我咱店搜") && !containsAnyWord(sent, "客服", "本店", "掌柜", "老板")
}
