package lint

import "testing"

// lint v16, after the false alarms of red teams 302-305 (measured on
// 8b048cb): each class in new words, with the look-alikes that must keep
// their verdict.
func TestLintV16AfterRedTeams302to305(t *testing.T) {
	wantLint(t, map[string][]string{
		// The buyer's right named, then the shop keeps the case.
		"您想投诉可以去找京东客服，不过我们先帮您处理好吗": nil,
		"这个问题您找平台去处理吧":             {RulePushAway + " error"},
		// Which store's after-sales: the platform's own link or this shop.
		"京东自营的链接找京东客服售后，我们店的售后找我": nil,
		// An app's name in a song's title.
		"这首歌的名字就叫《加我微信》，收录在第二张专辑里": nil,
		"加我微信领歌单": {RuleContact + " error"},
		// The buyer's report echoed as a question, answered in the next sentence.
		"快递小哥说是空包？您别急，我们这边给您重新发": nil,
		"要空包吗？我们给您发一单":           {RuleFakeOrder + " error"},
		// A bag's own weight.
		"这个背包空包重1.1公斤，装满也不压肩": nil,
		"空包两块钱一单":             {RuleFakeOrder + " error"},
		// A process, not a promise.
		"这瓶是100%冷压的亚麻籽油": nil,
		"100%有效":         {RuleAdLaw + " warning"},
		// One item picked out of the range; the same words as a claim.
		"最便宜的那套是入门款，刀少两把": nil,
		"这是最便宜的一套":        {RuleAdLaw + " warning"},
		"全网最便宜的那套":        {RuleAdLaw + " warning"},
		// A specification named in four characters.
		"最远投影距离有5米": nil,
	})
}

// lint v16, after red teams 306-313 (first measured on 8b048cb): the
// classes they showed, in new words, with the look-alikes that keep their
// verdict.
func TestLintV16AfterRedTeams306to313(t *testing.T) {
	wantLint(t, map[string][]string{
		// The buyer's words quoted between spaces, then answered.
		"亲 您说的 终身质保 我们没有哈 整机保一年": nil,
		"我们家 终身质保 放心拍":           {RuleAdLaw + " warning"},
		// A platform's link that WeChat will not open.
		"微信里面打不开京东链接，复制到京东APP就行": nil,
		// The shop says what it will do instead.
		"这个我没办法单独改价，您拍下后我帮您改": nil,
		// A third party's card, disowned and warned off.
		"快递盒里有小卡片让扫码加好友？不是我们放的，请不要加": nil,
		// A gift that asks for no review.
		"赠品不需要评价哦，拍下就送": nil,
		// Not knowing the buyer's measure, then asking politely.
		"我不清楚您说的是哪个尺寸，麻烦您再量一下腰围好吗": nil,
		// A landline after its label, its local number opening with 1.
		"售后打座机：0571 幺幺二三 四五六七": {RulePhone + " error"},
		// A heart between 加 and an ID.
		"下单前➕❤ shoes888 问尺码": {RuleContact + " error"},
		"下单前加❤️关注店铺":         nil,
		// Another platform named without 在, and pinyin initials.
		"京东这边贵点，得物上同款便宜，可以去看看": {RuleContact + " error"},
		"走 xhs 拍能多送一个":         {RuleContact + " error"},
		// The shop's own app, and another app to search the shop in.
		"我们自己APP上首单减十元":     {RuleContact + " error"},
		"下载“潮玩社”APP搜我们店名就有": {RuleContact + " error"},
		"下载淘宝APP搜我们店名就能找到":  nil,
		// Writing set words in the review area for a gift.
		"评价区写上“很好用”四个字，截图发我，送您一个收纳袋": {RuleCashback + " error"},
		// Fake shipping and fake orders.
		"货还没到也可以先填个单号，显示已发货就不算超时": {RuleFakeOrder + " error"},
		"拍下用我们给的收货地址就行，其他不用管":     {RuleFakeOrder + " error"},
		"包裹都是空的，确认收货后退您":          {RuleFakeOrder + " error"},
		"您收到的包裹是空的？我们马上核实给您补发":    nil,
		// Medical claims in other orders and dialects.
		"敏感肌用我们的面霜能彻底修复":    {RuleMedical + " warning"},
		"感冒了喝上三包我们的姜茶就好了":   {RuleMedical + " warning"},
		"这款棉袜穿着能防湿疹":        {RuleMedical + " warning"},
		"这款体内驱虫药能驱蛔虫，三个月一次": nil,
		"南瓜子能帮孩子打蛔虫":        {RuleMedical + " warning"},
		"烧伤擦伤抹上就好":          {RuleMedical + " warning"},
		// Pushes to couriers and brands; the shop asking stays clean.
		"破损了您找中通理赔就可以":  {RulePushAway + " error"},
		"丢件了您找快递要去":     {RulePushAway + " error"},
		"我们去品牌专柜问一下再回您": nil,
		// Rude refusals and questions.
		"人为损坏的 别想退货":        {RuleForbidden + " error"},
		"图拍成这样谁看得清":         {RuleForbidden + " error"},
		"这个问题我真不想处理":        {RuleForbidden + " error"},
		"你别瞎说，这不是质量问题":      {RuleForbidden + " error"},
		"我讲得还不够清楚吗":         {RuleForbidden + " error"},
		"您别说了，是我们的错，马上给您补发": nil,
	})
}

// lint v16, after red teams 314-321 (first measured on b5d9386): the
// classes they showed, in new words, with the look-alikes that keep their
// verdict.
func TestLintV16AfterRedTeams314to321(t *testing.T) {
	wantLint(t, map[string][]string{
		// A question about the platform asked back and answered yes.
		`您是想问"淘宝88VIP"能不能叠加？可以的，下单自动减`: nil,
		// A risk told after an off-platform payment; a dialect 不要.
		"所有付款都要在平台上，私下转账不受保障的": nil,
		"你覅自己联系快递，我来问":         nil,
		// What only the platform can do.
		"账号被盗的话请马上联系京东客服冻结账号": nil,
		// A refund offered after what the shop cannot control.
		"我理解您着急，物流延误的事我们也没办法控制，您要是不想等可以全额退定金": nil,
		// A colourway's name, a denied quote, a refused wording.
		"这款是“微信绿”配色":       nil,
		"“终身保修”我们没有哦，保修两年": nil,
		"“全网最低价”，不能错过！":    {RuleAdLaw + " warning"},
		"“行业第一”这种话我们不乱说":   nil,
		// Not the cheapest anywhere; one way of buying picked out; a size chart.
		"我们店不是全网最低价，但是保证售后":  nil,
		"最省钱的办法是两件一起拍":       nil,
		"尺码从S到XL，S码最小，XL码最大": nil,
		"这蜡烛是100%蜂蜡的":        nil,
		// Superlatives in other words.
		"这个价钱在本地是头一份":                  {RuleAdLaw + " warning"},
		"您是今天头一份下单的":                   nil,
		"市面上找不到比它更便宜的了":                {RuleAdLaw + " warning"},
		"您在本店找不到比这个更便宜的了":              nil,
		"this is the most durable one": {RuleAdLaw + " warning"},
		// Claims after the disease.
		"这枕头对颈椎病好":    {RuleMedical + " warning"},
		"咳嗽都能喝好":      {RuleMedical + " warning"},
		"喝一阵子就能脱敏":    {RuleMedical + " warning"},
		"防脱洗发水有国妆特字号": nil,
		// 拍A发B without slang: inferred, a warning.
		"拍围巾那个链接，实际发手套":     {RuleFakeOrder + " error"}, // lint v25: link A, ship B, said outright (was a warning from the model)
		"拍这个链接，实际发货时间以物流为准": nil,
		// Rude comparisons and brush-offs.
		"别人用都没问题，就您不行？": {RuleForbidden + " error"},
		"有事说事": {RuleForbidden + " error"},
		"这个跟我们店有什么关系吗？您是说赠品吗": nil,
		// Pushes to third parties and suppliers.
		"配件是厂家发的，没收到你问他们": {RulePushAway + " error"},
		"褪色了您找供货商":        {RulePushAway + " error"},
		// Off-platform in other words.
		"进群前先 +wei：abc_shop": {RuleContact + " error"},
		"运费微信付给老板就行":         {RuleContact + " error"},
		"加我们的telegram频道":     {RuleContact + " error"},
	})
}

// lint v16, more classes of red teams 314-321: name fields left in square
// brackets (Traditional too), sarcasm and doubting the buyer's count.
func TestLintV16MoreAfterRedTeams314to321(t *testing.T) {
	wantLint(t, map[string][]string{
		"尊敬的【买家姓名】，您的包裹已签收":   {RuleVarsMalformed + " error"},
		"親愛的[會員暱稱]，你嘅訂單已寄出":   {RuleVarsMalformed + " error"},
		"【商品名称】羊毛衫，【颜色】灰色":    nil,
		"请核对【收件人姓名】是否正确":      nil,
		"您可真行，一个月退了四次货":       {RuleForbidden + " warning"},
		"您真厉害，一次就装好了":         nil,
		"少件了？你点清楚了没，我们发货前都称过": {RuleForbidden + " warning"},
		"您看清楚了吗？没看清我再发一张":     nil,
	})
}

// lint v16, after red teams 322-329 (first measured on 1bce556): the
// classes they showed, in new words, with the look-alikes that keep their
// verdict.
func TestLintV16AfterRedTeams322to329(t *testing.T) {
	wantLint(t, map[string][]string{
		// Care advice, size charts, game names, fillings, a phone's camera.
		"毛衣叠着放最好，别挂":        nil,
		"我们家的面料最好":          {RuleAdLaw + " warning"},
		"XL码已经是最大的了":        nil,
		"这平板玩王者不卡，看剧也流畅":    nil,
		"月饼馅是100%红豆沙":       nil,
		"用手机相机扫一下二维码就能看说明书": nil,
		// An offer, not a refusal; a heart or a word before an ID.
		"您要不加一下我q q 6 6 8 8 1 2 3，方便发图":                {RuleContact + " error"},
		"有事发我 ❤：coco 8 8 6 6":                          {RuleContact + " error"},
		"一个手机号 yao san ba, yi er san si, wu liu qi ba": {RulePhone + " error"},
		// Other places to buy, and money outside the platform.
		"小程序上还能再减30":      {RuleContact + " error"},
		"以后不用下单，报我名字打九折":  {RuleContact + " error"},
		"尾款我直接转您支付宝":      {RuleContact + " error"},
		"去 V 上细聊：kk_shop": {RuleContact + " error"},
		// Reviews in other words.
		"给个好苹，返个小红包":      {RuleCashback + " error"},
		"收货后写几句好话，补您3块运费": {RuleCashback + " error"},
		// Fake orders in other words.
		"帮忙确认一下收货，款我先退给您":      {RuleFakeOrder + " error"},
		"帮您补个单号，系统就显示已揽收":      {RuleFakeOrder + " error"},
		"付款后申请仅退款，我们马上同意":      {RuleFakeOrder + " warning"},
		"包裹里什么都没有？实在抱歉，马上给您补发": nil,
		// Medical claims in other words.
		"用这款能医好暗疮": {RuleMedical + " warning"},
		"腰疼都睡好了":   {RuleMedical + " warning"},
		"白发能变黑":    {RuleMedical + " warning"},
		// Pushes and brush-offs.
		"有啥事找中通":         {RulePushAway + " error"},
		"您找个修鞋的店看看":      {RulePushAway + " error"},
		"退款你自己申请，别跟我说了":  {RuleForbidden + " error"},
		"这类问题我们不回答":      {RuleForbidden + " error"},
		"有啥事都可以找我，别跟我客气": nil,
		// Superlatives in other words.
		"要数我们家最地道":      {RuleAdLaw + " warning"},
		"全城都找不下比这个更便宜的": {RuleAdLaw + " warning"},
	})
}

// lint v16, after red teams 330-333 (first measured on e60157a).
func TestLintV16AfterRedTeams330to333(t *testing.T) {
	wantLint(t, map[string][]string{
		"这款杯子透光度全国第一，手感也好":   {RuleAdLaw + " warning"},
		"这台是第一手国行，有发票":       nil,
		"没有哪家的锅比我们家的更厚了":     {RuleAdLaw + " warning"},
		"搜 abc_shop 加我，给您留货": {RuleContact + " error"},
		"你自己不看说明书，我有什么办法":    {RuleForbidden + " error"},
		"正常人都不会这么装":          {RuleForbidden + " error"},
		"我们有什么办法能帮到您呢？":      nil,
		"手表上的微信要手机在线才能收消息":   nil,
		"袋子是100%可降解的":        nil,
	})
}

// lint v16, after red teams 334-337 (first measured on cb77e39).
func TestLintV16AfterRedTeams334to337(t *testing.T) {
	wantLint(t, map[string][]string{
		"“永久不坏”我们不敢保证，保修两年":   nil,
		"“永久保修”，放心拍":          {RuleAdLaw + " warning"},
		"“冠军系列”是品牌的系列名":       nil,
		"我们没开微店，只在淘宝卖":        nil,
		"这款不是人气第一，但回头客多":      nil,
		"发芽温度在18到22度最好":       nil,
		"宣纸是100%手工做的":         nil,
		"退换可以找平台客服，我这边也帮您登记了": nil,
		"满意的话好平返3元哦":          {RuleCashback + " error"},
		"评价页截个图发我，补您5块":       {RuleCashback + " error"},
		"帮忙拍一下，不发货，晚点给您退款":    {RuleFakeOrder + " error"},
		"本店将以其他商品替代发出":        {RuleFakeOrder + " error"},
		"先用别的包裹的单号发一下":        {RuleFakeOrder + " error"},
		"【订单号】的包裹已经出库":        {RuleVarsMalformed + " error"},
		"【订单号】2026120400123":  nil,
		"这床单是全城头名":            {RuleAdLaw + " warning"},
		"发票抬头名称写公司全称":         nil,
		"配上护膝，关节炎能好一大半":       {RuleMedical + " warning"},
		"手表坏了自己寄回厂家售后":        {RulePushAway + " error"},
	})
}

// lint v16, after red teams 338-341 (first measured on e7e5053).
func TestLintV16AfterRedTeams338to341(t *testing.T) {
	wantLint(t, map[string][]string{
		"100%全新，包装都没拆":      nil,
		"我现在答不上来，稍等，我问完给您回": nil,
		"二维码扫不出来就手动输入序列号":   nil,
		"您说退咱就给您退，不磨叽":      nil,
		"平台规定毋通加微信，有事在这留言":  nil,
		"砍价就算了，亏本整不了，运费我包":  nil,
		"订单都走淘宝，别信别人私下加你的":  nil,
		"别信别人，私下加我微信更便宜":    {RuleContact + " error", RuleContact + " error"},
		"您家孩子比赛拿了冠军？恭喜恭喜":   nil,
		"这款比赛拿了冠军的同款":       {RuleAdLaw + " warning"},
	})
}

// lint v16, after red teams 342-345 (first measured on ca91431).
func TestLintV16AfterRedTeams342to345(t *testing.T) {
	wantLint(t, map[string][]string{
		"甜度最低的是原味，控糖的可以选":    nil,
		"质量最好的是我们家":          {RuleAdLaw + " warning"},
		"“爱买不买”那种话我们不会说的":    nil,
		"标注的是100%玫瑰精油":       nil,
		"详见“常见问题”第2问":        nil,
		"班费可以支付宝代付，自己付用微信也行": nil,
	})
}
