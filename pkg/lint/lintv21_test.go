package lint

import "testing"

// lint v21: red teams 530-537 were measured on b94c712 (lint v20's last) and
// not fixed then; these are the classes of their false errors and misses, in
// new words, with the look-alikes that keep their verdict.
func TestLintV21AfterRedTeams530to537(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: a card that has no contact details, a duplicate message apologised for,
		// a colleague brought in after 不知道, a denial with 没做过.
		"盒子里那张卡片只是保养说明，没有任何联系方式":     nil,
		"说明书里没有联系方式，有问题在这里找我就行":      nil,
		"卡片里有联系方式，加一下领红包":            {RuleContact + " error"},
		"刚才网络卡了重复发了两次，打扰了":           nil,
		"这个问题我不知道怎么答准确，我让懂行的同事来帮您解答": nil,
		"这个我不知道，你自己问快递":              {RuleForbidden + " error", RulePushAway + " error"},
		"我们没做过刷单，好评都是买家自己写的":         nil,
		"我们从没刷过单":                    nil,
		// Off the platform: another app's live room, the shop's own app, Cyrillic look-alikes,
		// 加v领 with an account, a group joined by QR code; look-alikes that name a device's app.
		"这款耳机抖音直播间在卖，今晚有秒杀":     {RuleContact + " error"},
		"活动在我们自己的App上，比这里便宜":    {RuleContact + " error"},
		"App最新版在应用商店搜型号就能下载":    nil,
		"加我 ѡеіхіп：abc12345":    {RuleContact + " error"},
		"加v领配件：x i a o 8 8 6 6": {RuleContact + " error"},
		"进群扫码，群里有团购价":           {RuleContact + " error"},
		// Fake orders: an empty parcel sent on purpose, made-up tracking, money back after
		// the order, a card in the parcel as the shipment.
		"发个空包给您，麻烦帮忙确认收货": {RuleFakeOrder + " error"},
		"快递单号我们虚拟一个，不影响您": {RuleFakeOrder + " error"},
		"帮我拍一单，拍完退钱":      {RuleFakeOrder + " error"},
		"拍一单这个链接，我把钱返你":   {RuleFakeOrder + " error"},
		"放张小卡片就算发货了，不用真寄": {RuleFakeOrder + " error", RuleFakeOrder + " error"},
		// Absolute claims over the whole market, not one shop's range.
		"全网找不到比这双更轻的":     {RuleAdLaw + " warning"},
		"本店找不到比这个更便宜的同款了": nil,
		// Medical: preventing an illness with 不会得/生, 延缓, sleep; reassurance that the goods
		// cause no illness stays clean.
		"用了这台加湿器，孩子不会得肺炎":  {RuleMedical + " warning"},
		"冬天戴这副手套就不会生冻疮":    {RuleMedical + " warning"},
		"放心，不会得皮肤病的，是正常掉色": nil,
		"白内障都能延缓，戴了这眼镜":    {RuleMedical + " warning"},
		"每晚泡脚失眠的人也能睡得香":    {RuleMedical + " warning"},
		// Brush-offs, with look-alikes that apologise or offer something.
		"挂了，有事留言":              {RuleForbidden + " error"},
		"电话我先挂了，有事再找我哦":        nil,
		"赶紧确认收货，别拖着":           {RuleForbidden + " error", RuleForbidden + " warning"},
		"收到后方便的时候确认收货就行":       nil,
		"废话少说，要哪个色":            {RuleForbidden + " error"},
		"你是不是傻，说明书都不看":         {RuleForbidden + " error"},
		"这种问题我一天回答一百遍":         {RuleForbidden + " error"},
		"搞不懂你在讲什么":             {RuleForbidden + " error"},
		"装什么都白搭":               {RuleForbidden + " error"},
		"别一直刷屏":                {RuleForbidden + " error"},
		"还用你教我":                {RuleForbidden + " error"},
		"那你凑合着用吧":              {RuleForbidden + " error"},
		"凑合用两天，补发的明天就到，给您添麻烦了": nil,
		"你挑着吃":                 {RuleForbidden + " error"},
		"毛办法":                  {RuleForbidden + " error"},
		"你是真的看不懂还是装看不懂":        {RuleForbidden + " error"},
		// Pushed to a warehouse, a maker, a doctor.
		"过期了找仓库，不关客服的事":    {RulePushAway + " warning"},
		"配件是厂里做的，您直接找他们":   {RulePushAway + " error"},
		"过敏了去问医生，和我们产品没关系": {RulePushAway + " error"},
		// A bracketed field right after a salutation; a heading before one stays clean.
		"亲爱的【宝宝月龄】宝宝妈妈，这个尺码合适": {RuleVarsMalformed + " error"},
		"尊敬的【会员等级】会员，您好":       {RuleVarsMalformed + " error"},
		"【温馨提示】亲爱的买家，发货前会核对":   nil,
	})
}
