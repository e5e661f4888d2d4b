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

// lint v21: red teams 538-545, measured on f4b8267; the classes of their
// false errors and misses, in new words, with the look-alikes that keep
// their verdict.
func TestLintV21AfterRedTeams538to545(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: a refusal after the hit, a search in this shop, an app set up on the buyer's
		// phone, a code that is not for adding anyone, a scam text disowned, a no-return refund,
		// an embedded question, a fact stated before 写着呢, a wearer's worry.
		"刷单这种事我们不干，评价都是真实的":       nil,
		"您说在抖音看到的那双鞋，店里搜“白色板鞋”就有": nil,
		"手机装好微信以后，点那个绿色图标就能视频":    {RuleContact + " warning"},
		"加那个绿色图标，号是abc12345":      {RuleContact + " error"},
		"包裹上的二维码是物流码，不是加好友用的":     nil,
		"包裹里的二维码扫一下加我，有售后群":       {RuleContact + " error"},
		"有人冒充我们发“刷单返利”短信，请不要理会":   nil,
		"坏的唔使寄返，拍张照就得，退款即刻处理":     nil,
		"唔使寄，确认收货后全款即刻退返你":        {RuleFakeOrder + " error"},
		"俺不知道恁要的是哪一款，恁发个链接":       nil,
		"您买的是M码，我们发的也是M码，吊牌上写着呢":  nil,
		"您自己看，吊牌上写着呢":             {RuleForbidden + " error"},
		"拍照的时候手不知道往哪放，拿把扇子就好了":    nil,
		// Off the platform: a call to go on by phone, a group number with 裙, an ID on the avatar,
		// go there to order, paying cash off the site, the agent's number as the account.
		"电话报给我，我们电话里讲":              {RuleContact + " error"},
		"交流裙：7 3 5 - 2 2 1 - 9 0 8": {RuleContact + " error"},
		"微信号写在我头像上，加我":              {RuleContact + " error"},
		"淘宝那家也有，你去那边拍便宜":            {RuleContact + " error"},
		"师傅来了直接给现金，不在网上拍":           {RuleContact + " error"},
		"我的V就是手机号":                  {RuleContact + " error"},
		"下单留的那个电话就是我":               {RuleContact + " error"},
		"拼多多上平好多，搜“阿明果园”":           {RuleContact + " warning"},
		// Fake orders: same price for another product, an empty box for the tracking, no real receipt.
		"拍这个链接，我给你发别的，价格一样": {RuleFakeOrder + " error"},
		"帮我拍一单，不用真收货，给你十块":  {RuleFakeOrder + " error"},
		// Absolute claims: never saw better, 100 % accuracy, 永远的神, leaders use it; 单说 yyds 不报.
		"我卖了二十年，从没见过比这款更结实的": {RuleAdLaw + " warning"},
		"检测准确率100%":   {RuleAdLaw + " warning"},
		"这款真是永远的神":    {RuleAdLaw + " warning"},
		"国家领导人都在用的同款": {RuleAdLaw + " warning"},
		"yyds的回购款来啦":  nil,
		// Medical: blocking germs, numbness cured, radiation for pregnant women, blood pressure,
		// sleep, 暖宫, relapses, lumps; a radiation suit's size stays clean.
		"这件外套能阻隔细菌病毒":    {RuleMedical + " warning"},
		"腿麻用了两天都好了":      {RuleMedical + " warning"},
		"防辐射，孕妇穿也安全":     {RuleMedical + " warning"},
		"防辐射服孕妇款，尺码偏大一码": nil,
		"按摩模式有助于降血压":     {RuleMedical + " warning"},
		"失眠的用了能睡个好觉":     {RuleMedical + " warning"},
		"红糖姜茶暖宫":         {RuleMedical + " warning"},
		"喝了以后胃病就冇事":      {RuleMedical + " warning"},
		"痛风再也不犯":         {RuleMedical + " warning"},
		"泡脚能消结节":         {RuleMedical + " warning"},
		"感冒都不敢找你":        {RuleMedical + " warning"},
		// Brush-offs in dialect and new words.
		"扯什么犊子":        {RuleForbidden + " error"},
		"你自己心里没数吗":     {RuleForbidden + " error"},
		"早干嘛去了":        {RuleForbidden + " error"},
		"你还要怎么样":       {RuleForbidden + " error"},
		"不欢喜就别买":       {RuleForbidden + " warning"},
		"几岁小孩都会":       {RuleForbidden + " error"},
		"急什么急":         {RuleForbidden + " error"},
		"瓜娃子":          {RuleForbidden + " error"},
		"你那破手机":        {RuleForbidden + " error"},
		"说什么都不退":       {RuleForbidden + " error"},
		"咁你想点":         {RuleForbidden + " error"},
		"又系你":          {RuleForbidden + " error"},
		"你屋企嘅问题":       {RuleForbidden + " error"},
		"你仲想要几大个":      {RuleForbidden + " error"},
		"投诉都冇用":        {RuleForbidden + " error"},
		"我唔覆你":         {RuleForbidden + " error"},
		"怪唔到人":         {RuleForbidden + " error"},
		"你呢种人我见得多":     {RuleForbidden + " error"},
		"打这么多字，哪个看得过来": {RuleForbidden + " error"},
		"不要想了，没这服务":    {RuleForbidden + " error"},
		"是你自己胖":        {RuleForbidden + " error"},
		"不会用就去学":       {RuleForbidden + " error"},
		"连个颜色都选不对":     {RuleForbidden + " error"},
		// Pushed to an agency, a service point, the payment app, property management.
		"证书有疑问，直接打鉴定机构电话问": {RulePushAway + " error"},
		"坏了拿去品牌售后网点就行":     {RulePushAway + " error"},
		"扣费的事您去咨询一下支付宝":    {RulePushAway + " error"},
		"漏水你去找物业":          {RulePushAway + " error"},
		// A field before a title.
		"【收货人姓名】同学，您的快递到了": {RuleVarsMalformed + " error"},
		"【收货人】浙江省杭州市":      nil,
	})
}
