package lint

import "testing"

// Lint v34: readings of the whole reply's shape (reading.go) instead of new
// phrasings in the word lists (docs/rules.md, "lint v34"). Each reading
// lowers an error to a warning, or (the buyer's message echoed in quotes)
// drops the hit. Every line below that is not a look-alike was an error on
// 2dc6c81, the commit before lint v34.

// shopActsLater: a brush-off or a push followed by a clause in which the shop
// acts for the buyer now.
func TestLintV34ShopActsLater(t *testing.T) {
	wantLint(t, map[string][]string{
		// The shop acts in a later clause: a warning.
		"我也搞不清楚为啥漏水，我这边立刻安排师傅上门": {RuleForbidden + " warning"},
		"具体多重我不晓得，我等下称好发给您":      {RuleForbidden + " warning"},
		"物流的事你找拼多多，我马上帮你反馈":      {RulePushAway + " warning"},
		// Look-alikes that stay errors: nothing done now, a past act, the act undone, 一会儿…一会儿, an order to the buyer.
		"不知道，我们会处理的":       {RuleForbidden + " error"},
		"我不知道，我也查不到":       {RuleForbidden + " error"},
		"不清楚，我们发出去都是好的":    {RuleForbidden + " error"},
		"你烦不烦，一会儿问这一会儿问那":  {RuleForbidden + " error"},
		"物流问题您去问京东，我们也催不动": {RulePushAway + " error"},
		"不晓得，你去问快递嘛":       {RuleForbidden + " error"},
	})
}

// appAsSoftware: a chat app named as the software a device runs, in a reply
// that never reaches the buyer.
func TestLintV34AppAsSoftware(t *testing.T) {
	wantLint(t, map[string][]string{
		// An app named as software, nothing of the shop's in the reply: a warning.
		"新电脑装好了，钉钉和企业微信都能登录":  {RuleContact + " warning"},
		"旧手机的微信也能装，在应用商店下载就行": {RuleContact + " warning"},
		// Look-alikes that stay errors: the shop reaches the buyer.
		"电脑装好了，微信加我发您驱动":      {RuleContact + " error"},
		"平板兼容微信，扫码进群领驱动":      {RuleContact + " error"},
		"手机装个QQ，搜群号 56781234": {RuleContact + " error"},
		"装好微信，在应用商店就能下载，加我好友": {RuleContact + " error", RuleContact + " error"},
	})
}

// blameDenied: 不是 right before words that blame the buyer.
func TestLintV34BlameDenied(t *testing.T) {
	wantLint(t, map[string][]string{
		// A blame denied: a warning.
		"不是你弄坏的，是配件本身的毛病，给您补发": {RuleForbidden + " warning"},
		// Look-alikes that stay errors.
		"又不是你一个人买的": {RuleForbidden + " error"},
		"是你弄坏的吧":    {RuleForbidden + " error"},
	})
}

// quotedSpeech: the hit inside someone else's words in quotation marks, the
// shop's own answer outside them: the buyer's message echoed before the
// answer is not reported, a third person's words are a warning.
func TestLintV34QuotedSpeech(t *testing.T) {
	wantLint(t, map[string][]string{
		// The buyer's message echoed: not reported, whatever the rule; its closing quote ends a clause, so its 不 refuses nothing after it. A third person's words: a warning.
		"「这个能治失眠不」治不了哦，只是睡着舒服些":       nil,
		"「是不是全网最低」以页面价格为准，下单还能用店铺券":   nil,
		"「你们小红书也卖吗」只有这家店哦，认准店名":       nil,
		"「还能便宜点不」闲鱼上搜“阿木的小铺”，同款只要半价":  {RuleContact + " error"},
		"隔壁大姐讲“你们不知道变通”，我们这次给您多包了一层":  {RuleForbidden + " warning"},
		"快递小哥留言“不归我们管”，我已经帮您投诉了":      {RuleForbidden + " warning"},
		"「你是不是看不懂中文」不好意思，是我没写清楚，我重新说": nil,
		"「好评送啥子」亲，评价我们不送东西的，照实写就好":    nil,
		// Look-alikes that stay errors: an answer that agrees, the shop's own speaker, a name in quotes, a quote with no question in it.
		"我们老板说“不清楚就别问了”，这话不对，给您道歉": {RuleForbidden + " error", RuleForbidden + " error"},
		"「能加v吗」能，v：hs2288":         {RuleContact + " error", RuleContact + " error"},
		"我们老板说“好评返五块”，记得截图":        {RuleCashback + " error"},
		"“好评返现”活动进行中，晒图找客服领":       {RuleCashback + " error", RuleCashback + " error"},
		"“说了几遍了还不发”真的抱歉，今天一定发出":    {RuleForbidden + " error"},
	})
}
