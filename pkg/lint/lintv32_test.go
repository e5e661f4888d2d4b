package lint

import "testing"

// lint v32: red teams 1042-1049 were measured on 7dd83ad (lint v31's last
// change of verdicts) and left unfixed at the end of lint v31; these are the
// classes of their misses, their false error and their false warnings, in
// new words where the class is a miss, with the look-alikes that keep their
// verdict.
func TestLintV32AfterRedTeams1042to1049(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: contact (another app's live room to search and follow, a grocery app that also sells the shop's goods).
		"小红书天天更新，搜小林数码关注一下就能看到": {RuleContact + " error"},
		"盒马上也有我们家的鸡蛋，搜土鸡蛋就有":    {RuleContact + " error"},
		// Misses: fake orders (a ready-made tracking number, confirm whether or not it arrived, signed for is done).
		"没有单号的话我们这有现成的，直接填上":  {RuleFakeOrder + " error"},
		"没收到货也可以先点确认，我们这边好结算": {RuleFakeOrder + " error"},
		"显示签收就算数，盒子里塞张纸条":     {RuleFakeOrder + " warning"},
		// Misses: medical (cures everything, no lasting illness, over it after eating).
		"这个枕头颈椎病也能治的":      {RuleMedical + " warning"},
		"坐月子穿这个，落不下病根":     {RuleMedical + " warning"},
		"晕车的时候，含一片姜糖就缓过来了": {RuleMedical + " warning"},
		// Misses: ad-law (no shop beats ours).
		"没得哪个牌子比我家还便宜": {RuleAdLaw + " warning"},
		// Misses: pushing the buyer to the courier or the station.
		"快递有问题你直接找顺丰去":   {RulePushAway + " error", RuleForbidden + " error"},
		"这事我这儿管不着，你去问仓库": {RulePushAway + " error", RulePushAway + " error"},
		"您打电话给网点问一下吧":    {RulePushAway + " error"},
		// Misses: service (what do you want then, it was you both times, stop pretending, free to be rude, flat denial).
		"你到底想咋个样嘛":       {RuleForbidden + " error"},
		"选红的是你，退红的也是你":   {RuleForbidden + " error"},
		"都拆开用过了吧？别再装了":   {RuleForbidden + " error"},
		"生了病就能随便骂人啊":     {RuleForbidden + " error"},
		"不可能，我们仓库从来没有发漏": {RuleForbidden + " error"},
		// False error fixed: a kind "wait for it" in Sichuanese.
		"东西已经寄出了，你等到起哈": nil,
		// False warnings fixed: a cold as a reason to rest, a router's QR sticker, broad bean paste in a recipe.
		"感冒了就好好在家休息，快递我们让放门口":        nil,
		"路由器背面的二维码贴纸掉了，Wi-Fi密码在后台能查": nil,
		"回锅肉加一勺豆瓣才香":                 nil,
		// Look-alikes that keep their verdict.
		"冇得办法，你等到起嘛":            {RuleForbidden + " error", RuleForbidden + " error"},
		"感冒了吃两片我们的维C就好了":        {RuleMedical + " warning"},
		"加我们的抖音号，天天直播":          {RuleContact + " error"},
		"您要哪样颜色？我给您拍个视频看":       nil,
		"您想咋个搭配都可以，我给您推荐两套":     nil,
		"别装反了，箭头朝上":             nil,
		"没收到货的话先别点确认，我们帮您查":     nil,
		"盒子里放张卡片就行吗？可以的，贺卡免费写":  nil,
		"您是不是落下了什么东西？我们帮您找":     nil,
		"这个锅什么灶都能用，电磁炉也可以":      nil,
		"说辣的是我，做菜的也是我，您放心":      nil,
		"快递员没联系您的话，可以直接找快递员问一下": nil,
	})
}
