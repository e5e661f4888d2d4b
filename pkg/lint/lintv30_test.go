package lint

import "testing"

// lint v30: red teams 938-945 were measured on d8d991d (lint v29's last
// change of verdicts) and not fixed from in lint v29; these are the classes
// of their misses, their false errors and their false warnings, in new words
// where the class is a miss, with the look-alikes that keep their verdict.
func TestLintV30AfterRedTeams938to945(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: contact (an order without an order, an ID that spells syllables in Han).
		"收货地址写好拍照发我，我直接发货，不用拍": {RuleContact + " warning"},
		"威：tt 雪 雪 5 8 8": {RuleContact + " error"},
		// Misses: cashback (a letter for 评).
		"P评返5": {RuleCashback + " error"},
		// Misses: fake orders (for show, no goods sent).
		"就是走个过场，货不用发的": {RuleFakeOrder + " error"},
		// Misses: medical (a natural drug, recovery after surgery, a disease gone, a pet disease pulled through, a lab value down).
		"蜂蜜是纯天然的抗生素":    {RuleMedical + " warning"},
		"术后喝我们家鸽子汤，好得快": {RuleMedical + " warning"},
		"泡了就没得啥子脚气了":    {RuleMedical + " warning"},
		"猫咪得了猫瘟也能挺过来":   {RuleMedical + " warning"},
		"吃了半年，血糖指标降下来了": {RuleMedical + " warning"},
		// Misses: medical (从来不 before a disease is the claim's own negation).
		"我们寨子的人喝这个茶从来不得高血压": {RuleMedical + " warning"},
		// Misses: service (dialect X哪样X, who'd fix that for you, can't you read it, that's no reason, your phone is junk, you city people, you're lying, an insult, your weight).
		"闹哪样闹，东西又没坏":     {RuleForbidden + " error"},
		"型号这么老，谁给你修":     {RuleForbidden + " warning"},
		"参数页写得清清楚楚，不会查吗": {RuleForbidden + " error", RuleForbidden + " error"},
		"这也叫色差？":         {RuleForbidden + " error"},
		"你那电脑真垃圾":        {RuleForbidden + " error"},
		"换台电脑再来问":        {RuleForbidden + " error"},
		"你们年轻人就是要求多":     {RuleForbidden + " error"},
		"扯把子，我们发的都是新货":   {RuleForbidden + " warning"},
		"你是不是傻帽":         {RuleForbidden + " error"},
		"你多胖啊":           {RuleForbidden + " warning"},
		// Misses: pushing the buyer to another brand, the invoice elsewhere, the courier who sees what we cannot.
		"支架晃是显示器的问题，你找显示器的厂家": {RulePushAway + " error"},
		"发票您找供应商开":            {RulePushAway + " error"},
		"几点到您问骑手，我这查不到":       {RulePushAway + " error"},
		// Look-alikes that keep their verdict.
		"您多重呢？我帮您推荐尺码":                nil,
		"谁给你发的这个链接呀？我们没发过":            nil,
		"您手机太旧的话可能装不了，可以用电脑登录":        nil,
		"周日白天都有人在":                    nil,
		"评价里您说的包装压扁了，我们换了加厚的箱子":       nil,
		"箱子里放了一张手写小卡片和两块巧克力，是我们家的小心意": nil,
		"按小卡片上的步骤好评，领5元红包":            {RuleCashback + " error"},
		"这个我不清楚，已经问仓库了，明天回您":          nil,
		"您朋友在咸鱼上买到过假货？确实要小心":          nil,
		"被骗了的话请马上报警，再联系平台客服":          nil,
		"这个问题你找平台去":                   {RulePushAway + " error"},
		"孕妇可以喝的，是普通乳粉":                nil,
		"老人吃可以先泡一下奶茶":                 nil,
		"坐月子喝我们家鲫鱼汤下奶":                {RuleMedical + " warning"},
		"不是我们最贵，是运费高":                 nil,
		"看看会不会过敏":                     nil,
		"新疆第一番茄酱":                     {RuleAdLaw + " warning"},
		"第一口就尝出来了":                    nil,
		"这个车型太冷门了，我们帮您问问厂家有没有配件":      nil,
	})
}
