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

// Red teams 1050-1057 were measured on bd88c88 (the same verdicts as
// 7dd83ad).
func TestLintV32AfterRedTeams1050to1057(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: contact (another app where the shop opened its own store, its own listing on 小黄鱼, the code on a card in the parcel, a QQ number spelled out after the penguin).
		"小红书里我也开了个小店，价格更低":     {RuleContact + " error"},
		"这款在小黄鱼上有几台，我自己挂的，更划算": {RuleContact + " error"},
		"扫下箱子里卡片上的码，关注了送一包纸巾":  {RuleContact + " error"},
		"亲，杯盖配件店铺里确实没有单独上链接，不过配件我们是可以单独卖的，您加🐧 6 6 3 1 8 8 2 0 5 说一下型号就行": {RuleContact + " error"},
		// Misses: cashback (a gift resent after the photo review, a price difference refunded for a good review, a draw for a review, 好🉑返现).
		"您好，关于您问的赠品，我们的规则是这样的：确认收货以后在评价区晒出碗的照片，赠品筷子就会补寄给您。": {RuleCashback + " error"},
		"给个五星，那个补差价的事我就帮你申请": {RuleCashback + " error"},
		"评价完再关注我们，就能抽一台小风扇":  {RuleCashback + " error"},
		"好🉑返现哦，联系客服":         {RuleCashback + " error"},
		// Misses: fake orders (friends order and are refunded, an empty box, paid but not sent, another tracking number, a postage link with the item in the note).
		"叫上你家人一起来拍，拍完我们全额退":    {RuleFakeOrder + " error"},
		"寄你一个空盒子，里面啥都不放，点签收就行": {RuleFakeOrder + " error"},
		"拍了就行，货不用发的":           {RuleFakeOrder + " error"},
		"仓库先用另外一个单号给您发货，东西另外寄": {RuleFakeOrder + " error"},
		"去拍补差链接，备注要哪个口味就行":     {RuleFakeOrder + " error"},
		// Misses: medical (relieved after a few days of use, cured by eating it, germs all dead).
		"鼻塞头疼的，开两天就减轻了": {RuleMedical + " warning"},
		"宝宝咳嗽都玩好了":      {RuleMedical + " warning"},
		"这个喷雾喷一下，细菌全死":  {RuleMedical + " warning"},
		// Misses: ad-law (never goes mouldy).
		"这个漆面永远都不会发霉": {RuleAdLaw + " warning"},
		// Misses: pushing the buyer to a repair shop, the courier, the installer.
		"耳机有杂音你拿去手机店看看":         {RulePushAway + " warning"},
		"蛋碎了是快递的事，你找圆通要钱":       {RuleForbidden + " error", RulePushAway + " error"},
		"退货取件您自己约中通":            {RulePushAway + " error"},
		"少了螺丝，您联系一下安装师傅，是他们漏装的": {RulePushAway + " error"},
		// Misses: service (see above, no time for you, think first and come back, show proof first, too young not to know, do not buy it then, bullied, the same answer ten times, your phone is not good enough, refused for your own reasons, use your head).
		"看上面":         {RuleForbidden + " error"},
		"这个事我不想再和您争了": {RuleForbidden + " error"},
		"能不能先想好了再来问":  {RuleForbidden + " error"},
		"拿出证明来再说":     {RuleForbidden + " error"},
		"我五十几岁都晓得看说明书，你年纪轻轻的看不懂？": {RuleForbidden + " error"},
		"不会养狗就莫养嘛":            {RuleForbidden + " error"},
		"你以为我们好欺负？":           {RuleForbidden + " error"},
		"问一百回都是一样":            {RuleForbidden + " error"},
		"你家的老手机配不上这个壳":        {RuleForbidden + " warning"},
		"处理结果：不予受理，原因是买家个人原因": {RuleForbidden + " error"},
		"动动脑筋嘛，这个要先插电":        {RuleForbidden + " error"},
		// False errors fixed: apps installed and tested on a used phone, a loyalty discount after thanks for a review.
		"二手机已经恢复出厂，抖音、微信都装好测过了":     nil,
		"看到您的五星好评了，感谢支持，下次来还有老顾客优惠": nil,
		// False warnings fixed: 最 on the shop's own sizes and options, the shop taking it on (你莫管), a claim the shop says it deleted.
		"这是店里重量最轻的一款":                   nil,
		"尺码已经是最大的了，再大就没有了":              nil,
		"最便宜的规格是一斤装":                    nil,
		"物流那边我去催，你莫管，等着收货就是":            nil,
		"宣传图上写的\"治鼻炎\"那句我们已经删掉了，是设计写错的": nil,
		// Look-alikes that keep their verdict.
		"这是全网最便宜的套餐":              {RuleAdLaw + " warning"},
		"这是最轻的一款":                 {RuleAdLaw + " warning"},
		"我们家的面膜是最好用的":             {RuleAdLaw + " warning"},
		"发哪个快递我们说了算，你莫管":          {RuleForbidden + " error"},
		"同上的地址可以吗？":               nil,
		"想好了再下单也行，不急":             nil,
		"请提供一下照片证据，我们马上处理":        nil,
		"配件盒子里有说明书，扫码看安装视频":       nil,
		"收到包裹里的二维码是验真用的，扫一下就知道真假": nil,
		"送货师傅会提前联系您，是他们负责安装":      nil,
		"拍了就行，我们当天发货":             nil,
		"好评返现我们不做的":               nil,
		"这款面料不会起球，洗了也不会变形":        nil,
		"您在评价区晒图我们看看破损情况，马上给您补寄":  nil,
		"咳嗽的话建议您先去医院看看":           nil,
		"有的朋友喜欢拍两件换着穿":            nil,
		"收到您的好评了，给您返5元":           {RuleCashback + " error"},
		"不着急，您慢慢考虑，想好了再来找我":       nil,
		"淘宝上搜“暖眠小铺”就能找到我们":        nil,
	})
}

// Red teams 1058-1065 were measured on 4d901e0.
func TestLintV32AfterRedTeams1058to1065(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: fake orders (a commission per order, orders for the shop's order count refunded after, money paid back in private).
		"有没有兴趣接sd，一单给5元": {RuleFakeOrder + " error"},
		"去另一个链接拍，钱我私下退你": {RuleFakeOrder + " error", RuleContact + " warning"},
		// Misses: medical (pulling heavy metals out, hearsay that it hurts less, improves the heart and brain, heals by itself).
		"这块皂能把毛孔里的重金属吸出来":    {RuleMedical + " warning"},
		"好多阿姨买了说膝盖的关节炎没以前疼了": {RuleMedical + " warning"},
		"枕头换了，失眠不药而愈":        {RuleMedical + " warning"},
		// Misses: ad-law (nothing beats it).
		"这个辣度是顶格的，再没有比它辣的了": {RuleAdLaw + " warning"},
		// Misses: service (what now, mocking, get a new house, can't even hold it, told you many times (道), no way, dream on).
		"又咋个了嘛":           {RuleForbidden + " error"},
		"你家网不好怪路由器？笑死":    {RuleForbidden + " error"},
		"信号差是你家的问题，换个房子吧": {RuleForbidden + " error", RuleForbidden + " error"},
		"筷子都拿不稳的人还学做饭？":   {RuleForbidden + " warning"},
		"说了好多道了，明天才到":     {RuleForbidden + " error"},
		"锤子哦，东西是好的":       {RuleForbidden + " error"},
		"想要半价？做梦噻":        {RuleForbidden + " error"},
		// Misses: push (the app store, the brand's website, the maker's after-sales, the warehouse).
		"闪退是系统的问题，你去应用商店反馈":   {RulePushAway + " error"},
		"维修地址您自己官网查":          {RulePushAway + " error"},
		"保修找厂家，直接寄给他们就行":      {RulePushAway + " error"},
		"漏发你找发货的仓库嘛，我们这边只管接单": {RulePushAway + " warning"},
		// Misses: contact (a mini program only, the 鱼 app, a group's QR code, come to the live stream on another app).
		"会员价要走小程序，京东这边弄不了":         {RuleContact + " warning", RuleForbidden + " error"},
		"要便宜的去鱼上搜我":                {RuleContact + " error"},
		"想团购的话你们自己拉个群，把群码发我，我进来报价": {RuleContact + " error"},
		"来抖音看嘛，天天直播做菜":             {RuleContact + " error"},
		"直播间在快手，记得关注":              {RuleContact + " error"},
		// Misses: cashback (more of the goods next time, a pack for the screenshot, h p 反).
		"评价晒图的，下次多发一包":    {RuleCashback + " error"},
		"追评说下合不合适，发截图领一包": {RuleCashback + " error"},
		"h p 反 5": {RuleCashback + " error"},
		// False errors fixed: shipping what was ordered, return postage refunded, a follow-up from the technician.
		"红色蓝色您拍哪个都行，我们按您拍的发":        nil,
		"寄回运费您先垫付，我们签收后把运费返还":       nil,
		"这个异响我确实不清楚原因，我让技术看下视频再答复你": nil,
		// False warnings fixed: an apology, forgetting to tell, not the brightest, the ceiling, a semester, the first spray of blossom, brightness in nits, 都随你.
		"我跟我儿子说了好多回，蛋要包好，这次碎了是我们不对": nil,
		"搞忘跟你说了，笋子要泡一晚上再炖":          nil,
		"投影可以吸顶装，靠天花板反射":            nil,
		"第一学期用这本":                   nil,
		"春天的第一枝桃花已经开了，送给喜欢的人":       nil,
		"屏幕最大亮度是1000尼特":             nil,
		"晒不晒图都随你，收到开心就好":            nil,
		"我们这台不是亮度最高的，但同价位里噪音比较小":    nil,
		// Look-alikes that keep their verdict.
		"我跟我老公说了好多回，箱子要封好": nil,
		"这是全网功率最大的吹风机":     {RuleAdLaw + " warning"},
		"亮度最高的就是我们家":       {RuleAdLaw + " warning"},
		"加我微信领试用装":         {RuleContact + " error"},
		"拍哪个链接都行，我们都发这个":   nil,
		"垫付一单，返佣金五元":       {RuleFakeOrder + " error"},
		"我不清楚，你问别人吧":       {RuleForbidden + " error", RuleForbidden + " error"},
		"你们自己拉个群吧，方便聊天":    nil,
		"行业天花板就是我们家":       {RuleAdLaw + " warning"},
		"评价晒图的那款是黑色":       nil,
		"追评说说使用感受就好":       nil,
		"鱼上有人卖假货，小心":       nil,
		"又到了吃荔枝的季节":        nil,
		"锤子和螺丝刀都在工具箱里":     nil,
	})
}

// Red teams 1066-1073 were measured on 16dedc4.
func TestLintV32AfterRedTeams1066to1073(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: contact (no need for the platform, Telegram, refund and buy from me, the contact in the picture's watermark, the other app's shop still has it, give me a number and I call, our name on the other marketplace, our own shop is cheaper).
		"以后买耗材直接找我，不用上淘宝，给您出厂价": {RuleContact + " error"},
		"交易走电报，私聊":              {RuleContact + " error"},
		"平板这单你先退了，直接找我拿，少你五百":   {RuleContact + " error"},
		"联系方式在详情页最后一张图的水印里":     {RuleContact + " error"},
		"抖店小店还有货，价格一样":          {RuleContact + " error"},
		"给个电话嘛，我打过去跟你讲":         {RuleContact + " error"},
		"天猫上我们家叫“暖阳家纺”，那边活动多":   {RuleContact + " warning"},
		"电池去我们铺子上拿嘛，比京东上头便宜一半":  {RuleContact + " error"},
		// Misses: fake orders (an empty box to ignore, postage link shipped as the real one, refund all after paying plus a tip, order a few for me, a second account).
		"帮拍个杯子嘛，收到空盒子莫管，钱我补给您": {RuleFakeOrder + " error"},
		"边刷拍运费链接，我们按主刷发":       {RuleFakeOrder + " error"},
		"先付款，48小时后统一退款":        {RuleFakeOrder + " error"},
		"帮孃孃点几单嘛":              {RuleFakeOrder + " error"},
		"用你家里人的小号下单就行":         {RuleFakeOrder + " error"},
		// Misses: medical (takes away inflammation, better after a while of wearing, no crying at night).
		"戴这个玉镯子能消手腕的炎症":         {RuleMedical + " warning"},
		"你屋头老人关节炎，戴个护腕，过段时间就好了": {RuleMedical + " warning"},
		"宝宝穿上这件睡衣，晚上不夜哭":        {RuleMedical + " warning"},
		// Misses: ad-law (the only one in the world, 地表最强).
		"全世界就我们一家绣得出这种针法": {RuleAdLaw + " warning"},
		"地表最快充电器":         {RuleAdLaw + " warning"},
		// Misses: service (so fussy, go measure yourself, who knows, the last time I say it, your kid should ask, stop picking, not worth my time, you lack training, show evidence, your scales, why ask me).
		"买个杯子还这么多讲究":       {RuleForbidden + " error"},
		"不清楚尺寸，自己去量":       {RuleForbidden + " error", RuleForbidden + " error"},
		"鬼晓得师傅几点到":         {RuleForbidden + " error"},
		"最后说一次，不包邮":        {RuleForbidden + " error"},
		"说了你也听不懂，让你家娃来问":   {RuleForbidden + " error", RuleForbidden + " error"},
		"老人家就别挑了，能穿就行":     {RuleForbidden + " error"},
		"你那几块钱，还不够运费":      {RuleForbidden + " error"},
		"跑不动是你缺练":          {RuleForbidden + " error"},
		"证据拿出来再说":          {RuleForbidden + " error"},
		"你那秤准不准哦":          {RuleForbidden + " error"},
		"咸不咸你吃了就晓得了，问我做啥子": {RuleForbidden + " warning"},
		// Misses: push (the installer company, the maker, call them yourself).
		"上门晚了您直接找安装公司投诉": {RulePushAway + " error"},
		"兼容问题请咨询电脑厂家":    {RulePushAway + " error"},
		"物流的事你各人问快递":     {RulePushAway + " error"},
		// False errors and warnings fixed: no official account, our own spicy levels, a range of sizes, a dial set to its lowest, a hedge on who is most authentic.
		"我们没做公众号也没做小程序，买东西就在这个店里":   nil,
		"最辣的是“变态辣”那个规格":             nil,
		"这批橙子最大的90mm左右":             nil,
		"台灯调到最暗就能当夜灯":               nil,
		"我们不好说哪家最好吃，各家做法不一样":        nil,
		"这个我现在确实不知道，我马上问师傅，问到立刻回复您": nil,
		// Look-alikes that keep their verdict.
		"您的车能不能装我也不清楚，您自己去量一下吧": {RuleForbidden + " error"},
		"最后一遍确认：地址是北京朝阳，对吗？":    nil,
		"吃了过敏的话马上停用，一般过几天就好了":   nil,
		"摘一个啃一个，笑死我了":           nil,
		"最辣的就是我们家":              {RuleAdLaw + " warning"},
		"价格调到最低了":               {RuleAdLaw + " warning"},
		"在淘宝搜店名就能找到我们":          {RuleContact + " warning"},
		"不用上门，寄回来就行":            nil,
		"加我微信，不用上淘宝":            {RuleContact + " error"},
		"我们是全网最便宜的":             {RuleAdLaw + " warning"},
	})
}

// Red teams 1074-1081 were measured on e076c9b.
func TestLintV32AfterRedTeams1074to1081(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: contact (WeChat sent as 卫星, the other app's review and a DM over there, an address by text message, a QQ number in numerals with full stops or brackets, 囗囗 for QQ).
		"卫星号发您了：mm_shop2024，有问题那边问": {RuleContact + " error"},
		"抖音上那个视频就是我们拍的，去那边私信领券":     {RuleContact + " error"},
		"地址我发你短信，直接来拿":              {RuleContact + " error"},
		"Q：⒈⒊⒌⒎⒐⒉⒋⒍，售后找我":           {RuleContact + " error"},
		"Q：⑴⑶⑸⑺⑼⑵⑷⑹":                {RuleContact + " error"},
		"囗囗：五二零一三一四八":               {RuleContact + " error"},
		// Misses: fake orders (a postage link shipped as the goods, ignore the listing's name).
		"拍补差链接，我们当毛衣发给您": {RuleFakeOrder + " error"},
		"这个链接拍下，链接名字别管":  {RuleFakeOrder + " error"},
		// Misses: medical (walked the three highs away).
		"天天快走能把三高走好": {RuleMedical + " warning"},
		// Misses: service (learn first then review, put up with it, is it your head, don't ask for too much).
		"先学学怎么用再来评价吧":   {RuleForbidden + " error"},
		"新鞋都这样，忍忍就好了":   {RuleForbidden + " error"},
		"你这是手机问题还是脑子问题": {RuleForbidden + " error"},
		"我理解，但也不能乱提要求":  {RuleForbidden + " error"},
		// Misses: push (go argue with the installer or the courier, ask the maker's after-sales).
		"门装歪了，你自己去跟安装公司说": {RulePushAway + " error"},
		"东西压坏了，你去跟快递扯":    {RulePushAway + " error"},
		"耳机连不上去问华为售后吧":    {RulePushAway + " error"},
		// False errors and warnings fixed: a QR code that is not for adding anyone, a claim that is not ours, the only one left.
		"盒子上的二维码是厂家的防伪码，不是让您加好友的哦": nil,
		"那个“第一名”的说法不是我们讲的，我们不这么宣传": nil,
		"这是唯一一件L码了，给您留着":           nil,
		// Look-alikes that keep their verdict.
		"吊牌上的二维码扫一下加我":           {RuleContact + " error"},
		"yyds的回购款来啦":             nil,
		"宝宝用了这个护臀膏，红屁屁好些了吗？":     nil,
		"没有比M码更合适您的了":            nil,
		"随便填个备注就行":               nil,
		"忍不住多买了两件":               nil,
		"去问一下售后进度，我马上回复您":        nil,
		"地址发你短信了吗？没收到的话我在这里再发一次": nil,
		"我们店最好卖的是这款":             nil,
	})
}

// Red teams 1082-1089 were measured on 471e55d.
func TestLintV32AfterRedTeams1082to1089(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: contact (a red envelope sent over instead of an order, payment to the shop's bank card, regulars come straight to me, WeChat is the phone number on the label, cheaper at our club, more than the platform gives).
		"红包转过来我就寄，不用再拍链接了": {RuleContact + " error"},
		"货款打我工行卡就行":        {RuleContact + " error"},
		"老顾客直接找我，我自己去寄":    {RuleContact + " error"},
		"微信就是包裹上寄件人的手机号":   {RuleContact + " error"},
		"来我们工作室拿更划算":       {RuleContact + " error"},
		"旧手机拿到门店来，比平台上抵得多": {RuleContact + " error"},
		// Misses: ad-law (guaranteed exam results).
		"用这套练习册，保证孩子期末提高20分": {RuleAdLaw + " warning"},
		// Misses: fake orders (sales kept after the refund, order one thing and get another).
		"拍完选不想要了退款，销量会保留":  {RuleFakeOrder + " warning", RuleFakeOrder + " warning"},
		"你拍手机壳，我发个数据线过去就行": {RuleFakeOrder + " error"},
		// Misses: service (find someone who can, not serving only you, better not buy it, not picking faults, not short of one buyer, not here to wait on you, lifetime warranty for that price, do it yourself then).
		"看不懂就找懂的人帮你弄":     {RuleForbidden + " error"},
		"我又不是专门为你一个人服务的":  {RuleForbidden + " error"},
		"要不你还是别买了，不适合你":   {RuleForbidden + " error"},
		"这是拿来用的，不是拿来挑毛病的": {RuleForbidden + " warning"},
		"反正也不缺你一个买家":      {RuleForbidden + " error"},
		"我们是开店的，不是来伺候人的":  {RuleForbidden + " error"},
		"几十块的东西还想保修一辈子？":  {RuleForbidden + " error"},
		"你懂得多，那你自己做嘛":     {RuleForbidden + " error"},
		// Misses: push (the warehouse, arrange it with the courier).
		"错发的是仓库，你联系仓库吧": {RulePushAway + " warning"},
		"送货时间您跟快递员自己约":  {RulePushAway + " error"},
		// False errors and warnings fixed: a question answered after asking the engineer, a rumour called nonsense, no screenshots needed (it was an error), a return code in the after-sales order, the furthest place shipped to, a class of medical device.
		"这个我之前也不知道，刚问了工程师：最大承重是80公斤": nil,
		"别家说能“降血糖”是乱说的，我们不这样宣传":      nil,
		"好评截图不用发给我哈，后台看得到":           nil,
		"退货的二维码在售后单里，快递员扫一下就行":       nil,
		"最远的新疆我们也发过":                 nil,
		"这是第一类医疗器械，备案号在详情页":          nil,
		// Look-alikes that keep their verdict.
		"扫包裹卡片上的码进群，群里福利多":     {RuleContact + " error"},
		"红包领了吗？在订单页就能看到":       nil,
		"在平台上拍就行，我们当天发":        nil,
		"你拍哪个颜色，我们就发哪个颜色":      nil,
		"我们又不是只卖这一款":           {RuleRudeTone + " warning"},
		"最远的距离是多少？":            {RuleAdLaw + " warning"},
		"保证正品，假一赔十":            nil,
		"补发配件不收费，我直接给您寄，不用拍链接": nil,
	})
}

// Red teams 1090-1097 were measured on ac86ad0.
func TestLintV32AfterRedTeams1090to1097(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: fake orders (the system cannot tell, a tracking number supplied, the difference settled in private, confirm and get it sent separately).
		"你拍那个便宜的，我们发贵的，系统里看不出来": {RuleFakeOrder + " error"},
		"我们可以提供单号，你拍好我们直接填":     {RuleFakeOrder + " error"},
		"先拍配件链接，按整机发货，差价私下转给你":  {RuleFakeOrder + " warning", RuleContact + " error"},
		"你先点个确认收货，东西我另外给你寄":     {RuleFakeOrder + " error"},
		// Misses: contact (pay by private transfer, ask in the comments there, the group code, 转转, the green app).
		"走私户的话我给你便宜30":      {RuleContact + " error"},
		"去小红书看我们的笔记，评论区问":   {RuleContact + " error"},
		"想进群的回复1，我发码":       {RuleContact + " error"},
		"咱们去转转上交易吧":         {RuleContact + " error"},
		"加我：abc123（绿色那个软件）": {RuleContact + " error", RuleContact + " error"},
		// Misses: ad-law (nothing beats it, you will not eat anyone else's, never falls apart).
		"好得没得边边了，哪个都比不过":     {RuleAdLaw + " warning", RuleAdLaw + " warning"},
		"吃了我家的腊肉，别家的你都吃不下去了": {RuleAdLaw + " warning"},
		"这锅永远用不坏":            {RuleAdLaw + " warning"},
		// Misses: medical (a slimmer waist in a week, eat all you like).
		"穿一周腰围小两寸":     {RuleMedical + " warning"},
		"代谢加快，吃多少都不会胖": {RuleMedical + " warning", RuleMedical + " warning"},
		// Misses: service (still fussing after the refund, can't even do that, make do, your taste is wrong, a stupid question, so many demands, might as well give it away, you get what you pay for, your figure).
		"钱都退了还闹啥":      {RuleForbidden + " error"},
		"照着说明书装都装不来？":  {RuleForbidden + " error"},
		"坏两个有啥子嘛，将就吃":  {RuleForbidden + " warning", RuleForbidden + " warning"},
		"吃出酸味是你嘴巴有问题":  {RuleForbidden + " error"},
		"别问这种弱智的问题":    {RuleForbidden + " error"},
		"几块钱的东西，要求还挺多": {RuleForbidden + " error"},
		"这么砍价，干脆送你好了":  {RuleForbidden + " error"},
		"便宜没好货，懂吧":     {RuleForbidden + " error"},
		"你那个身材穿啥都一样":   {RuleForbidden + " error"},
		// Misses: push (contact the maker yourself).
		"显卡问题你联系七彩虹吧": {RulePushAway + " error"},
		// Misses: placeholder (an unfilled 【快门数】).
		"机身快门数是【快门数】次": {RuleVarsMalformed + " error"},
		// False errors and warnings fixed: no reward given, not our group, a box of sweet potato and vermicelli, a bulk price, see your doctor.
		"买家秀那张是老顾客自己拍的，我们没给任何奖励":       nil,
		"说明书上的QQ群是厂家的，跟我们店没关系，售后找我们就行": nil,
		"礼盒是红薯加粉条的组合":                  nil,
		"量大有团购价":                       nil,
		"不是医用的，术后恢复请听医生安排":             nil,
		// Look-alikes that keep their verdict.
		"阿婆，我哋唔收私人转账嘅，你喺拼多多度落单先有保障": nil,
		"感谢您的好评，下次下单返您5元":           {RuleCashback + " warning"},
		"好评截图补偿2元":                  {RuleCashback + " error"},
		"出去转转再回来看看也行":               nil,
		"绿色的那款已经卖完了":                nil,
		"小红书里我也开了个小店，价格更低":          {RuleContact + " error"},
	})
}
