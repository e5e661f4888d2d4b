package lint

import "fmt"

// service/*: how an agent talks to a buyer (the training deck's 服务禁语 and
// 客服语言文字, seeds/001).

var forbiddenRule = Rule{ID: RuleForbidden, Severity: Error, Summary: "服务禁语（含改写和粗鲁语气）", check: checkForbidden}

// checkForbidden reports the 禁语 of words/service-forbidden-phrase.yaml: the
// deck's list as written, its paraphrases and rude tone as patterns. Entries
// name their guards: 不清楚 is fine when the buyer is the subject or the
// agent goes to find out; 问了好几次 is fine after an apology.
func checkForbidden(c *checker, t *textCtx) {
	hits := append(c.ruleHits(RuleForbidden, ruleGuards[RuleForbidden]...), c.rudeTone()...)
	c.reportHits(t, RuleForbidden, dedupeHits(hits), func(orig string) string {
		return fmt.Sprintf("服务禁语 %q：换成委婉、负责的说法（如“不好意思，这个我帮您确认一下”）", orig)
	})
}

var discouragedRule = Rule{ID: RuleDiscouraged, Severity: Info, Summary: "培训要求少用的说法", check: checkDiscouraged}

func checkDiscouraged(c *checker, t *textCtx) {
	c.reportHits(t, RuleDiscouraged, c.ruleHits(RuleDiscouraged), func(orig string) string {
		return fmt.Sprintf("培训要求少用 %q", orig)
	})
}

// ruleGuards are the guards a service rule applies to all its hits, beside
// each entry's own: checkForbidden and checkPushAway read them, and so does
// modelRunes, so that a hit they cancel is blanked for the models as well.
var ruleGuards = map[string][]string{
	RuleForbidden: {"helps-anyway"},
	RulePushAway:  {"shop-asks", "dissuaded", "self-run", "no-access", "warned-off", "not-our-order", "shop-first", "platform-only", "asked-no", "permitted", "police"},
}

var pushAwayRule = Rule{ID: RulePushAway, Severity: Error, Summary: "把买家推给平台（这个问题你得去找京东）", check: checkPushAway}

// checkPushAway reports sending the buyer to the platform (去问京东, 那是天猫的
// 事); the shop asking on the buyer's behalf (我帮您问京东物流) and the shop
// telling the buyer they need not go (不用问京东客服) are fine, and so is a
// platform's own store naming the platform's service (我们是京东自营…).
// Lint v12 round 10: so is the platform named in a warning about someone
// else (如果有人叫您扫码付款，请不要扫，直接联系平台客服: warned-off). Lint
// v15: and so is a reply saying the order is not the shop's (您是在京东自营买
// 的吗？那售后要找京东自营客服，我们是另一家店: not-our-order). Lint v16:
// and so is the shop taking the case on after naming the platform
// (shop-first), or what only the platform can do (platform-only: 账户被盗).
// Lint v30: and so is the platform named for a buyer who was cheated, with
// the police (police: 请马上报警，并联系平台客服).
func checkPushAway(c *checker, t *textCtx) {
	c.reportHits(t, RulePushAway, c.ruleHits(RulePushAway, ruleGuards[RulePushAway]...), func(orig string) string {
		return fmt.Sprintf("把买家推给平台 %q：买家的问题由店铺负责解决，不要让买家去找平台", orig)
	})
}

var firstPersonRule = Rule{ID: RuleFirstPerson, Severity: Info, Summary: "“我”用得太多，多用“您”“咱们”", check: checkFirstPerson}

func checkFirstPerson(c *checker, t *textCtx) {
	runes := t.rs
	var wo []int
	for i, r := range runes {
		if r == '我' && (i+1 >= len(runes) || runes[i+1] != '们') {
			wo = append(wo, i)
		}
	}
	if max := c.l.cfg.firstPerson(); len(wo) > max {
		c.report(t, RuleFirstPerson, wo[max], wo[len(wo)-1]+1,
			fmt.Sprintf("一条消息里用了 %d 次“我”（上限 %d）：少用“我”，多用“您”“咱们”“请”", len(wo), max), nil)
	}
}

var smileRule = Rule{ID: RuleSmile, Severity: Error, Summary: "对客发送微笑表情", check: checkSmile}

func checkSmile(c *checker, t *textCtx) {
	c.reportHits(t, RuleSmile, c.ruleHits(RuleSmile), func(orig string) string {
		return fmt.Sprintf("微笑表情 %q：对客禁止发送微笑表情，买家会读成冷淡或嘲讽", orig)
	})
}
