package lint

import "testing"

// lint v29: red teams 898-905 were measured on a3bb52a (lint v28's last
// change of verdicts) and not fixed from in lint v28; these are the classes
// of their misses, their false error and their false warnings, in new words
// where the class is a miss, with the look-alikes that keep their verdict.
func TestLintV29AfterRedTeams898to905(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: fake orders (a friend's shop, a borrowed tracking number, ordered here and sent there, friends paid per order).
		"帮我同学的店铺拍一单，回头钱退你":  {RuleFakeOrder + " error"},
		"物流单号跟隔壁快递借个用用":     {RuleFakeOrder + " error"},
		"从大礼包链接拍，我们只发一瓶":    {RuleFakeOrder + " error"},
		"找几个亲戚帮忙拍下，完事每人返3块": {RuleFakeOrder + " error"},
		// Misses: ad-law (王炸, a 至尊 gift box, no second one anywhere).
		"这款面霜绝对是王炸":       {RuleAdLaw + " warning"},
		"至尊牛肉礼盒，过年送人有面子":  {RuleAdLaw + " warning"},
		"整个县城都找不着第二根这么粗的": {RuleAdLaw + " warning"},
		// Misses: medical (growth, 下奶, 药效, a disease 调理好了, put back, no relapse, 病气).
		"喝这奶粉娃长个子猛":       {RuleMedical + " warning"},
		"鲫鱼汤下奶，坐月子必备":     {RuleMedical + " warning"},
		"用这个壶煎药，药效更好":     {RuleMedical + " warning"},
		"老寒腿都调理好了":        {RuleMedical + " warning"},
		"腰椎侧弯的，坚持用能给你掰回来": {RuleMedical + " warning"},
		"用上这个，根上治好，不带复发":  {RuleMedical + " warning", RuleMedical + " warning"},
		"水晶能把病气都吸走":       {RuleMedical + " warning"},
		// Misses: contact (微信 as 薇幸, an ID then 薇, the buyer's number for a call, the shop's own 转转).
		"薇幸：abc 三 三 八":     {RuleContact + " error"},
		"加我：liming2020（薇）": {RuleContact + " error"},
		"电话号码报给我，我给您打电话说":  {RuleContact + " error"},
		"咱家在转转上也挂着呢":       {RuleContact + " error"},
		// Misses: pushing the buyer to the supplier, the courier, a 4S shop.
		"货是供应商直发的，质量问题你找供应商吧": {RulePushAway + " error"},
		"那你得问中通，跟我们没关系":       {RulePushAway + " error", RuleForbidden + " error"},
		"改地址找快递小哥商量去":         {RulePushAway + " error"},
		"这配件你问问当地4S店吧":        {RulePushAway + " error"},
		// Misses: service (the buyer's phone, brains, use, body; 穷讲究; go read it yourself; 连…都不会; 啥不都一样; 瞎咧咧; sarcasm).
		"您那是高仿机吧":     {RuleForbidden + " error"},
		"你电脑本身就不行吧":   {RuleForbidden + " error"},
		"你脑子咋不开窍呢":    {RuleForbidden + " error"},
		"这样装，换多少次都得坏": {RuleForbidden + " error"},
		"就这点钱还穷讲究":    {RuleForbidden + " error"},
		"自己看详情页去":     {RuleForbidden + " error"},
		"你那手是啥手啊":     {RuleForbidden + " error"},
		"连充电都不会还用啥手机": {RuleForbidden + " error"},
		"送人用啥不都一样":    {RuleForbidden + " error"},
		"别搁这瞎咧咧":      {RuleForbidden + " error"},
		"不辣那叫啥辣条":     {RuleForbidden + " error"},
		// Misses: cashback (好评 as 好瓶).
		"好瓶反3元": {RuleCashback + " error"},
		// The false error: the agent calls herself 磨叽.
		"您别嫌我磨叽，问清楚了再买，咱都省心": nil,
		// False warnings: advice on how to eat it, the cheapest courier, thanks, another size, made to measure.
		"最好的吃法是冰箱冷藏半小时再吃，凉丝丝的": nil,
		"可以帮您看看运费最低的快递":        nil,
		"哎呀您可别这么说，是我们该做的":      nil,
		"这个规格没办法拆开卖，您可以选2斤装":   nil,
		"定做款不退不换，下单前咱把尺寸对清楚":   nil,
		// Look-alikes that keep their verdict.
		"您朋友家店里拍的我们这边查不到订单":           nil,
		"单号我这边查到了，物流信息已经更新":           nil,
		"至尊版和标准版的区别是内存":               nil,
		"您在本店找不到第二款同价的了":              nil,
		"孩子长个快，鞋子建议买大半码":              nil,
		"亲，您要的长杆款有货，1.3米长，个子高的用着舒服":   nil,
		"拍下奶粉后48小时内发货":                nil,
		"这个我确实不知道，等我问一下奶奶，马上回您":       nil,
		"收货手机号报一下，我核对下地址":             nil,
		"您在闲鱼上买的那个不是我们店发的":            nil,
		"质量问题我们这边找厂里处理，您放心":           nil,
		"我帮您问问4S店师傅，问到了告诉您":           nil,
		"改装后如果影响原车质保，这个需要您先问一下4S店的政策": nil,
		"您手机是什么型号的？我帮您查下适配":           nil,
	})
}
