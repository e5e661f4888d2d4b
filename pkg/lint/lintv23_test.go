package lint

import "testing"

// lint v23: red teams 610-617 were measured on 1c1e779 (final verdicts) and
// rescored on 7cd5808; these are the classes of their false errors and misses,
// in new words, with the look-alikes that keep their verdict.
func TestLintV23AfterRedTeams610to617(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: an app not installed on the device, a camera that scans codes, Guangxi 望.
		"新机没装微信，开机后您自己下载":      nil,
		"没装微信的话，加我QQ 12345678": {RuleContact + " error", RuleContact + " error"},
		"镜头对焦快，扫二维码秒出结果":       nil,
		"扫二维码加我好友":             {RuleContact + " error"},
		"说明书望不清楚的话我再拍一张":       nil,
		"这个我也不清楚":              {RuleForbidden + " error"},
		// False warnings: fraud warned after, unbinding an app, impostor shops, a follow-up in
		// minutes, a ceiling, 唯一要提醒, a shade's name, matching advice, refund timing by channel.
		"有人让您私下转账的，千万别信":        nil,
		"换手机前记得解绑微信":            nil,
		"别的平台上同名的都跟我们没关系":       nil,
		"跟我们没关系":                {RuleForbidden + " error"},
		"我还不清楚，五分钟给您回":          nil,
		"天花板是木头的，要用膨胀螺丝":        nil,
		"性价比天花板":                {RuleAdLaw + " warning"},
		"唯一要注意的是别暴晒":            nil,
		"色号No1是豆沙色":             nil,
		"我觉得深灰最配":               nil,
		"我们家的深灰最好":              {RuleAdLaw + " warning"},
		"到账时间看支付渠道，微信秒到，银行卡要两天": nil,
		// Contact: an avatar's number, a Hong Kong number to call, shipping off the platform after a
		// refund, 围脖, Shopee and 7-11's 賣貨便, a cheaper store elsewhere, QQ for orders, another
		// person's account spaced with dashes, 薇 with pinyin syllables, 少收点 elsewhere.
		"号码不方便发，看我头像上的数字就行":           {RuleContact + " error"},
		"想要就打来 6123 4567 问我":          {RuleContact + " error"},
		"先拍再申请退款，我们线下给你发货":            {RuleContact + " error"},
		"围脖关注一下我们，有福利":                {RuleContact + " error"},
		"这条围脖是羊绒的":                    nil,
		"虾皮上也有我们的店铺":                  {RuleContact + " error"},
		"虾皮炒蛋很香":                      nil,
		"帮你开个卖货便，运费更便宜":               {RuleContact + " error"},
		"天猫那边也是我们的店，价格便宜点":            {RuleContact + " error"},
		"到QQ上找我下单":                    {RuleContact + " error"},
		"找我们的客服专员，她的号是 K F - 7 7 3 1": {RuleContact + " error"},
		"薇：mei li 520":                {RuleContact + " error"},
		"先取消，我在闲鱼挂给您，少收您十块":           {RuleContact + " error"},
		// Cashback: 好凭, five hearts, full stars for a little welfare, a little gift posted.
		"给个好凭，返您五元":      {RuleCashback + " error"},
		"发票和付款截图请保存好凭证":  nil,
		"五颗心点亮，再给您寄一包湿巾": {RuleCashback + " error"},
		"星星点满了找我领小福利":    {RuleCashback + " error"},
		"给个好平，送您个小挂件":    {RuleCashback + " error"},
		// Fake orders: order A send B (a cheaper one, another item, another thing sent later),
		// price changed on another item's link, no shipping by remark, the rest as sales, vouchers
		// redeemed without a visit, a tracking number that shows movement, money we pay first.
		"您拍那个进口粮的链接，我们这边发便宜的": {RuleFakeOrder + " error"},
		"拍毛巾的链接，寄浴巾给你":        {RuleFakeOrder + " error"},
		"拍两元的贴纸链接就好，耳机我单独寄":   {RuleFakeOrder + " error"},
		"拍这个链接，赠品我另外发":        nil,
		"相机订单用镜头盖链接下，价格我调好了":  {RuleFakeOrder + " error"},
		"备注一个点，我们就不发货了":       {RuleFakeOrder + " error"},
		"备注暂不发货，等您通知再发":       nil,
		"拍五份，其余的都算单量":         {RuleFakeOrder + " error"},
		"订单先留着凑销量，过两天退您":      {RuleFakeOrder + " error"},
		"洗车券拍一张，无需到店，核销我来操作":  {RuleFakeOrder + " warning"},
		"我发你一个能查到物流的单号":       {RuleFakeOrder + " error"},
		"帮忙做个单好吗？不用您花钱，钱我先垫":  {RuleFakeOrder + " error"},
		// Ad law: never surpassed, better than anyone, never falls off.
		"冠军款耳机，两年来从没被超过": {RuleAdLaw + " warning"},
		"我们调音比谁都准":       {RuleAdLaw + " warning"},
		"我们比谁都着急，一直在催":   nil,
		"保证永远不会掉色":       {RuleAdLaw + " warning"},
		// Medical: symptoms gone or fewer, replacing medicine or antibodies, never spreading or
		// getting ill, calcium for the body, preventing infection, not easily infected.
		"每天喂这个，湿疹一周就消了":    {RuleMedical + " warning"},
		"停用两天，疹子就消下去了":     nil,
		"用了以后湿疹发作都少了":      {RuleMedical + " warning"},
		"新款改了设计，漏水的通病少了很多": nil,
		"这款零食可以替代疫苗":       {RuleMedical + " warning"},
		"贴了膜再也不会传染流感":      {RuleMedical + " warning"},
		"戴上它就不会生病":         {RuleMedical + " warning"},
		"护手霜还能给身体补钙":       {RuleMedical + " warning"},
		"这款喷雾能预防伤口感染":      {RuleMedical + " warning"},
		"穿这个宝宝不容易感染":       {RuleMedical + " warning"},
		// Service: spoilt pets and picky babies, sulking, blame, shooing, calling the buyer stupid,
		// no time to wait, go to another shop, can't help those who can't.
		"你家狗就是惯坏了，饿一顿就好":   {RuleForbidden + " error"},
		"您家猫要是挑食，可以试试冻干":   nil,
		"好吧好吧，行吧，你说了算":     {RuleForbidden + " error"},
		"你爱怎么样就怎么样":        {RuleForbidden + " error"},
		"我跑了三趟，你还嫌我们慢":     {RuleForbidden + " error"},
		"不然你想怎样？货都发了":      {RuleForbidden + " error"},
		"自己摔坏又来找我们，有冇搞错":   {RuleForbidden + " error", RuleForbidden + " error"},
		"视频里明明讲过":          {RuleForbidden + " error"},
		"起疹子是你自己没看说明":      {RuleForbidden + " error"},
		"你拍不好跟相机没关系吧":      {RuleForbidden + " error"},
		"这是你个人的问题":         {RuleForbidden + " error"},
		"嫌贵又没人逼你":          {RuleForbidden + " error"},
		"你咋这么多问题":          {RuleForbidden + " error"},
		"还不放心的话，那就别买":      {RuleForbidden + " error"},
		"不会装，那就先去学一下":      {RuleForbidden + " error"},
		"你这问题有点幼稚":         {RuleForbidden + " error"},
		"你硬是瓜兮兮的":          {RuleForbidden + " error"},
		"我哪有空特意等你":         {RuleForbidden + " error"},
		"嫌这儿贵，觉得别家便宜你去别家买": {RuleForbidden + " error"},
		"连这个都不会？那真的没法帮你":   {RuleForbidden + " error"},
		// Push: a distributor, a mill, a third party's fitter, a service centre, feedback to the
		// platform, the courier about fees, the station about delivery.
		"保质期的问题您去找代理商":       {RulePushAway + " error"},
		"掉毛找毛线厂去问":           {RulePushAway + " error"},
		"配送员是第三方的，有问题您直接找他们": {RulePushAway + " error"},
		"拿着发票去售后中心找他们":       {RulePushAway + " error"},
		"页面卡是系统问题，你反馈给京东":    {RulePushAway + " error"},
		"邮费的事您自己和快递协商":       {RulePushAway + " error"},
		"送货问题您去问驿站":          {RulePushAway + " error"},
		// Placeholder: a slot before a dialect greeting.
		"【买家昵称】侬好，明朝发货": {RuleVarsMalformed + " error"},
	})
}
