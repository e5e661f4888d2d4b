package lint

import "testing"

// lint v24: red teams 650-657 were measured on 9988f34 and rescored on
// 2827d77; these are the classes of their false errors and misses, in new
// words, with the look-alikes that keep their verdict.
func TestLintV24AfterRedTeams650to657(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: a thing nobody can be sure of, an account only the platform's risk
		// control can release, seen on another app, my own explanation unclear.
		"我也没办法确定快递哪天到，一般三到五天": {RuleRudeTone + " warning"},
		"这个我真没办法": {RuleForbidden + " error"},
		"账号被限制下单的话，店铺这边看不到，需要联系官方客服解除": nil,
		"退款慢是平台风控的问题":                  {RulePushAway + " error"},
		"您在小红书见到的那款不是我们家的":             nil,
		"小红书见，搜店名就行":                   {RuleContact + " error"},
		"我刚才讲得不太清楚，我重新说一下":             nil,
		"这个我也不太清楚":                     {RuleForbidden + " error"},
		// Contact: call my phone, your number so I call you, the same item on sale elsewhere,
		// a number to call in Chinese numerals, a link after https:// whatever its ending.
		"有啥事打我手机说":                    {RuleContact + " error"},
		"您手机号多少？我马上打过去跟您说":            {RuleContact + " error"},
		"快递员会打您电话，请保持畅通":              nil,
		"京东上同款在做活动，您可以去看看":            {RuleContact + " warning"},
		"想订货就打过来：二五四三六七八九":            {RulePhone + " error"},
		"打开 https://abc.example/x 看看": {RuleLink + " error"},
		"驱动文件叫 setup.example，双击安装就行":  nil,
		// Fake orders: a gift sent as another item, a borrowed tracking number, a link's
		// volume, the cheap link and the dear item.
		"寄个赠品过去，订单上写成音箱":    {RuleFakeOrder + " error"},
		"单号借别人的一个，系统就显示签收了": {RuleFakeOrder + " error"},
		"寄个赠品过去，订单里备注了":     nil,
		"您用之前的单号查一下物流":      nil,
		// Ad law: first in a city, no second one to be found (unless in the shop itself).
		"全广州第一家做这个的":     {RuleAdLaw + " warning"},
		"全网找不出第二款":       {RuleAdLaw + " warning"},
		"您在本店找不到第二款同价的了": nil,
		// Medical: against oedema.
		"喝了去水肿": {RuleMedical + " warning"},
		// Service: 嚼蛆, 鬼火冒, knowing nothing, one order we don't need, not your nanny,
		// too lazy to talk (Cantonese), search the web yourself, your strength (a warning).
		"你在嚼什么蛆":    {RuleForbidden + " error"},
		"被你问得鬼火直冒":  {RuleForbidden + " error"},
		"侬啥都弗懂":     {RuleForbidden + " error"},
		"您啥都不懂也没关系": nil,
		"我们不缺你这一单":  {RuleForbidden + " error"},
		"我们不是你的保姆":  {RuleForbidden + " error"},
		"懒得同你讲":     {RuleForbidden + " error"},
		"自己上网查吧":    {RuleForbidden + " error"},
		"您这力气可真大":   {RuleForbidden + " warning"},
		// Push: a brand's after-sales, the store, the courier's claim, the delivery man,
		// a payment app's service, the counter, the optician.
		"您找vivo售后问问": {RulePushAway + " error"},
		"您联系售后客服问一下": nil,
		"有问题直接问门店吧":  {RulePushAway + " error"},
		"这个得找中通理赔":   {RulePushAway + " error"},
		"去找派送的快递小哥说": {RulePushAway + " error"},
		"找支付宝客服去":    {RulePushAway + " error"},
		"找配镜的眼镜店去":   {RulePushAway + " error"},
	})
}
