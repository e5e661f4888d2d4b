package lint

import "testing"

// lint v20: red teams 482-489 were measured on 54f9d5c and only their false
// errors fixed in lint v19; these are the classes of their misses and false
// alarms, in new words, with the look-alikes that keep their verdict.
func TestLintV20MissesOfRedTeams482to489(t *testing.T) {
	wantLint(t, map[string][]string{
		// Asked to add or send to an account right before it: what the reply
		// then says is printed on the goods does not make it a product feature.
		"加个微信，我们把安装说明发给您":   {RuleContact + " error"},
		"拍好照片发我微信，型号在说明书背面": {RuleContact + " error"},
		"包装盒上有个微信图标，是支付方式":  nil,
		// Brush-offs in dialect and new words, with the look-alikes that apologise
		// or put it as a condition.
		"你说了多少回了，颜色就是这个":       {RuleForbidden + " error"},
		"我前后问过好几回仓库了，一直没回音，抱歉": nil,
		"系你自己嘅问题，唔关我哋事":        {RuleForbidden + " error", RuleForbidden + " error"},
		"关你咩事啊": {RuleForbidden + " error"},
		"一点色差都接受不了的话，建议选纯色款": nil,
		"这么一丁点线头都受不了":        {RuleForbidden + " error"},
		"侬讲个啥，我听勿懂":          {RuleForbidden + " warning", RuleForbidden + " warning"},
		"汝识字无":               {RuleForbidden + " error"},
		"这种小问题就不要来问我们了":      {RuleForbidden + " error"},
		"零件装反了，是您不会用":        {RuleForbidden + " error"},
		"不是您不会用，是说明书印错了":     {RuleRudeTone + " warning"},
		"你个苕货":               {RuleForbidden + " error"},
		"分不出真假就别买":           {RuleForbidden + " error"},
		"那您就将就着用吧":           {RuleForbidden + " error"},
		"我又唔系神仙":             {RuleForbidden + " error"},
		"有瑕疵还想咋样":            {RuleForbidden + " error"},
		// Pushed to a courier point, the maker, a third party.
		"到不了的话您跟中通网点说去":     {RulePushAway + " error"},
		"质量问题您去问生产商吧":       {RulePushAway + " error"},
		"安装工是第三方的，您直接联系他们吧": {RulePushAway + " error"},
		// Off the platform: a second-hand marketplace, an independent web shop,
		// a cheaper price in store, the buyer's phone.
		"我们在转转上也有，去那找我们": {RuleContact + " error"},
		"官网独立站下单更便宜":     {RuleContact + " error"},
		"到店提货价格会更便宜":     {RuleContact + " error"},
		"说明视频发给您手机":      {RuleContact + " error"},
		// Fake orders: a made-up tracking number, 拍A发B, a second account, an
		// empty parcel to sign for.
		"单号随意编一个就行":                {RuleFakeOrder + " error"},
		"拍那个9块9的链接，我们给您发羊毛衫，价格低一点": {RuleFakeOrder + " warning"},
		"我们用小号下单，再转给您":             {RuleFakeOrder + " error"},
		"帮拍一单，三天后退钱给您":             {RuleFakeOrder + " error"},
		"给您寄个空盒子，签收后钱退您":           {RuleFakeOrder + " error"},
		// Claims in new words.
		"这台的性能，没有一个打得过它的": {RuleAdLaw + " warning"},
		"全县城再找不出第二家":      {RuleAdLaw + " warning"},
		"用了以后都不会长痱子":      {RuleMedical + " warning"},
		"吃这个降糖药可以少吃点":     {RuleMedical + " warning"},
		"牙疼当场就缓解了":        {RuleMedical + " warning"},
		// Look-alikes that were false alarms: the ends of a product's own sizes
		// and settings, the buyer's favourite, a brand name in quotes, awards
		// made to order, a room's ceiling, ingredients, handmade orders, a
		// printed design, a disowned claim, a dieter told to eat less.
		"七号弦最细，一号弦最粗":    nil,
		"三档风力最大，一档最小":    nil,
		"选最小那档先试试":       nil,
		"您最熟的那首歌放一下就知道":  nil,
		"\"金牌王\"牌子的老收音机": nil,
		"冠军奖杯可以刻字":       nil,
		"第一名的奖牌要金色的吗":    nil,
		"2.4米的天花板装这款刚好":  nil,
		"我们是100%粮食酿造的":   nil,
		"手工单比较多，要排到下周":   nil,
		"二维码图案的T恤也能印":    nil,
		"不是说能治病，只是日常保养":  nil,
		"减肥期间的话糖少放一点":    nil,
		"想减肥的话就多喝我们的茶":   {RuleMedical + " warning"},
	})
}

// lint v20, after red teams 490-497 (first measured on d2d0f20): the
// classes they showed, in new words, with the look-alikes that keep their
// verdict.
func TestLintV20AfterRedTeams490to497(t *testing.T) {
	wantLint(t, map[string][]string{
		// Thanking for a review with pictures asks for nothing; a reward still does.
		"谢谢亲的带图好评，照片拍得真好": nil,
		"给个带图好评返3元":       {RuleCashback + " error"},
		// Not knowing, then who will find out; a colour named after an app; a
		// saying the shop will not repeat; another shop's words; a shop's only
		// store; the size of a setting or a room.
		"这个我不知道，我找技术同事问清楚再回复您":  nil,
		"这个我答不上来，我请同事来跟您说":      nil,
		"您说的是“微信蓝”那种颜色吗？我们叫天青色": nil,
		"这个“微信”号加一下":            {RuleContact + " error"},
		"有朋友说喝这个能降血脂，这个我们不敢说":   nil,
		"听说能治失眠哦":               {RuleMedical + " warning"},
		"您看到的“销量第一”是别的店写的":      nil,
		"这是我们在京东的唯一店铺":          nil,
		"您问不识字的小朋友能不能玩，可以的":     nil,
		"两档可调，二档风力最大":           nil,
		"这款适用面积最大是15平":          nil,
		// Off the platform: 薇心, 微号, following an account elsewhere for a
		// reward, a team-chat link, a live room the buyer is asked to come to, an
		// emoji between 加 and 信.
		"加薇心领优惠":               {RuleContact + " error"},
		"wei心号发您了":             {RuleContact + " error"},
		"微号是abc2024":           {RuleContact + " error"},
		"关注我们的微博，转发抽奖送手套":      {RuleContact + " error"},
		"小红书上搜我们，点个关注就能领券":     {RuleContact + " error"},
		"给您发个钉钉群链接，进群看新款":      {RuleContact + " error"},
		"我们在快手卖得可好，你去那边下单还送电池": {RuleContact + " error"},
		"联系方式写在包裹卡片上，收到看一下":    {RuleContact + " error"},
		"今晚抖音直播间秒杀，记得来看":       {RuleContact + " error"},
		"我们不在抖音直播，去淘宝直播间看":     nil,
		"加🌈信 lucky_88 领赠品":     {RuleContact + " error"},
		"加🎈 送您气球":              nil,
		// A review page captured for money; a review exchanged for goods.
		"截图你的评价页发我，返2元":  {RuleCashback + " error"},
		"写评价满20字可兑换一包纸巾": {RuleCashback + " error"},
		// Fake orders: no shipping, 拍A实发B with the difference refunded, boosting volume.
		"帮俺下个单，俺不发货，钱再退给你":   {RuleFakeOrder + " error"},
		"拍下不用等发货，申请退款后再送您5元": {RuleFakeOrder + " error"},
		"您拍大号那款，实发小号，差价给您退":  {RuleFakeOrder + " error"},
		"随便拍个别的，我们照您要的发":     {RuleFakeOrder + " warning"},
		"帮我冲冲量，拍了再退":         {RuleFakeOrder + " error"},
		// Claims in dialect and slang; 头一份 counting orders stays clean.
		"无一家比我们的更正宗": {RuleAdLaw + " warning"},
		"全镇顶好的桃子":    {RuleAdLaw + " warning"},
		"在我们县城卖得头一份": {RuleAdLaw + " warning"},
		"您是今天头一份下单的": nil,
		"这款颜值没谁了":    {RuleAdLaw + " warning"},
		// Medical claims: cured, a skin disease removed, no myopia, a disorder helped.
		"失眠喝三天一准儿治好":   {RuleMedical + " warning"},
		"敷了能去湿疹":       {RuleMedical + " warning"},
		"戴上这款眼镜就不会近视了": {RuleMedical + " warning"},
		"对多动症的孩子很有帮助":  {RuleMedical + " warning"},
		"颈椎病都能睡好":      {RuleMedical + " warning"},
		// Brush-offs, with an apology that looks like one.
		"找个识字的帮你念念":        {RuleForbidden + " error"},
		"你要不要再看一遍详情页":      {RuleForbidden + " error"},
		"再这样说话我就不回了":       {RuleForbidden + " error"},
		"不买请便":             {RuleForbidden + " error"},
		"别的就别跟我说了":         {RuleForbidden + " error"},
		"你喊啥呢":             {RuleForbidden + " error"},
		"花这点钱还想要多好的":       {RuleForbidden + " error"},
		"就这点钱还要您跑一趟，真不好意思": nil,
		// Pushed to the maker or the warehouse; the shop contacting them is fine.
		"请您直接联系厂家处理":    {RulePushAway + " error"},
		"我们联系厂家给您补寄":    nil,
		"您找仓库那边去":       {RulePushAway + " error"},
		"溯源码扫不出来去问奶粉厂吧": {RulePushAway + " error"},
	})
}
