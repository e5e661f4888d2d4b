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

// Red teams 658-665, measured on a33195c.
func TestLintV24AfterRedTeams658to665(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: gone to ask already, the platform's service can't help but the shop can.
		"这个我暂时答不上来，已经帮您问厂家了，稍等": nil,
		"这个我暂时答不上来":             {RuleForbidden + " error"},
		"平台客服只能查平台的事，衣服的事找我就行":  nil,
		"退款慢是平台的事":              {RulePushAway + " error"},
		"图片拍的不太清楚，能再拍一张吗":       nil,
		"别说是质量问题，就是不喜欢也能退":      nil,
		// Contact: settled privately, WeChat in a picture's corner, V芯, no platform fee,
		// no more ordering on the platform, an ID after 我号.
		"我们私下把运费结一下":       {RuleContact + " error"},
		"私下转账有风险，千万别信":     nil,
		"店长的微就在首页大图左下角":    {RuleContact + " error"},
		"V芯搜店名就能加":         {RuleContact + " error"},
		"我唔扣平台的手续费，平啲卖你":   {RuleContact + " error"},
		"您不用在京东下单了，这边拍一样的": nil,
		"以后不用再上京东下单了，找我便宜": {RuleContact + " error"},
		// Cashback: postage paid for photos, points per photo, a reply that says reviewed,
		// a shop coupon for the screenshot.
		"评价晒图的话，运费我们全包":      {RuleCashback + " error"},
		"评价里说的色差，退货运费我们出":    nil,
		"晒一次图积一分，积满换礼品":      {RuleCashback + " error"},
		"五星截图发我，领一张店铺券":      {RuleCashback + " error"},
		"关注店铺可以领店铺券，也欢迎给个好评": nil,
		"回复已评，给您发一个红包":       {RuleCashback + " error"},
		// Fake orders, ad law, medical.
		"拍了申请仅退款，链接上能多一笔成交": {RuleFakeOrder + " error"},
		"再好也好不过咱家":          {RuleAdLaw + " warning"},
		"这个茶清热凉血":           {RuleMedical + " warning"},
		"穿了唔会生痱":            {RuleMedical + " warning"},
		// Service: as if we cheated you, the web is full of it, understand it or not, we don't
		// care for one order, 差不多得了, 薅羊毛, ears calloused, 知不道 (and its follow-up),
		// can't you, nothing more to say, 关𠊎么个事, unsure yourself, blamed on the buyer.
		"好像我们骗您似的":        {RuleForbidden + " error"},
		"网上一搜一大把":         {RuleForbidden + " error"},
		"您理解也好，不理解也好，都一样": {RuleForbidden + " error"},
		"我们不在乎这一单":        {RuleForbidden + " error"},
		"差不多得了":           {RuleForbidden + " error"},
		"别来薅羊毛":           {RuleForbidden + " error"},
		"耳朵都听出茧子了":        {RuleForbidden + " error"},
		"俺知不道":            {RuleForbidden + " error"},
		"俺也知不道，俺去问问仓库":    nil,
		"你不会装吗":           {RuleForbidden + " error"},
		"您不会用的话我教您":       nil,
		"没别的可说了":          {RuleForbidden + " error"},
		"关𠊎么个事":           {RuleForbidden + " error"},
		"你自己都拿不准，我咋给你发":   {RuleForbidden + " error"},
		"是您自己洗了以后才缩水的":    {RuleForbidden + " warning"},
		// Push: the factory.
		"您找做这个的工厂联系吧": {RulePushAway + " error"},
	})
}
