package lint

import "testing"

// lint v28: red teams 842-857 were measured on 7802237 and 858-865 on
// 947eadb (the same verdicts); these are the classes of their false errors,
// false warnings and misses, in new words, with the look-alikes that keep
// their verdict.
func TestLintV28AfterRedTeams842to865(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: an app in a nickname the reply then denies, what the buyer saw on another app, a dialect 您 asked about, an app's cloud folder, a buyer's doubt echoed and answered, the platform's own beans, 私信 here, the buyer's wish to reach the platform, another platform's shop.
		"大伙都叫它“微信灯”，只是灯罩是绿色的，和微信没关系":     nil,
		"快手上看到的那件我们店也有，就是这个链接，款名叫“云朵外套”": nil,
		"俺不知道恁家娃多高，恁给俺说说，俺帮恁挑":           nil,
		"这款打印机能把文件存到企业微信的云文档里":           nil,
		"物流是假的？我查了一下是快递还没更新，今晚会有":        nil,
		"晒单后京东会按规则发京豆，以京东页面为准":           nil,
		"售后问题直接在这私信我就好":                  nil,
		"您要找平台客服的话，在淘宝App“我的”里点“官方客服”就行": nil,
		"淘宝上那家跟我们没关系，名字像而已":              nil,
		// False warnings: a toothbrush handle, print on the bottle, an ordinal, game ranks, a CPU's boost clock, advice.
		"电动牙刷手柄包修一年":              nil,
		"瓶盖上的生产日期印得清清楚楚，您收到可以看一下": nil,
		"虾的第一对触须比较长":              nil,
		"最强王者的单子按星算":              nil,
		"最高睿频5.0GHz":              nil,
		"您是今天数一数二早下单的":            nil,
		// Look-alikes that keep their verdict.
		"大家叫它“微信灯”，加我微信就能买":          {RuleContact + " error"},
		"小红书上搜我们店名，那边便宜":             {RuleContact + " error"},
		"单号是假的，您确认收货就行":              {RuleFakeOrder + " error"},
		"不知道，恁自己看":                   {RuleForbidden + " error", RuleForbidden + " error"},
		"您要找平台就自己去找":                 {RulePushAway + " error"},
		"这种问题我们见得多了，很好解决":            nil,
		"您是不是没看说明书呀？第三页有图解，我发您":      nil,
		"是您家狗狗太挑食了吗？可以试试小样":          nil,
		"停用两天，疹子就消下去了":               nil,
		"我们还指望您多来光顾呢":                nil,
		"抖音上买要贵二十，这边更便宜":             nil,
		"把手机号发我，我们老板直接联系快递给您改地址":     nil,
		"收到后先别急着评价，放两天再尝":            nil,
		"如果是您摔坏的，我们也可以付费维修":          nil,
		"这款保护壳防摔，又不影响手感":             nil,
		"其他买家也反映过，跟鞋子的码数有关系，我帮您换大一码": nil,
		"我帮您打快递员电话问问":                nil,
		"喝了咱家的茶，胃里暖暖的":               nil,
		"保护视力，建议每半小时休息一下":            nil,
		"哺乳期可以吃，不影响喂奶":               nil,
		// Misses: medical claims — a disease that gets better along with it, days after a comma, vanishing by itself, eyesight restored, guaranteed, cured by eating, better than drugs, lactation, Hakka and Cantonese, detox, immunity, a pet spared a disease; new diseases in the list.
		"喝了咱家的茶，老胃炎也能跟着好":       {RuleMedical + " warning"},
		"蛋黄油擦宝宝的红屁股，两天就好":       {RuleMedical + " warning"},
		"眩晕症的吃我们的天麻，好多老客都吃好了":   {RuleMedical + " warning"},
		"这个台灯用一学期，视力从4.6提高到5.0": {RuleMedical + " warning"},
		"吃了这款猫粮，猫不得猫癣":          {RuleMedical + " warning"},
		"用冲牙器按摩，牙龈萎缩能长回来":       {RuleMedical + " warning"},
		"红疹是换季的，继续用我们这款就能消下去":   {RuleMedical + " warning"},
		"老人喝我们的红枣茶，血红蛋白蹭蹭涨":     {RuleMedical + " warning"},
		"咽炎的含我们的润喉糖，保证见效":       {RuleMedical + " warning"},
		"腋下副乳贴两周就自动消失":          {RuleMedical + " warning"},
		"喝这个鲫鱼汤下奶":              {RuleMedical + " warning"},
		"着件衫热天冇得痱子":             {RuleMedical + " warning"},
		"开一晚上等于给肺排一次毒":          {RuleMedical + " warning"},
		"吃了三个月免疫力都提高了":          {RuleMedical + " warning"},
		"这款猫粮能防肾结石":             {RuleMedical + " warning"},
		// Misses: brush-offs, sarcasm and blame.
		"一个尺码能问十几遍":        {RuleForbidden + " error"},
		"说了好几道了，不包邮":       {RuleForbidden + " error"},
		"新手就别买这么贵的":        {RuleForbidden + " error"},
		"有点色差正常，没见过吧":      {RuleForbidden + " error"},
		"嫌咸？那你买淡的去啊":       {RuleForbidden + " error"},
		"你家那猫矫情，换啥砂都那样":    {RuleForbidden + " error", RuleForbidden + " error"},
		"连个螺丝都不会拧":         {RuleForbidden + " error"},
		"写错了您也该反省一下":       {RuleForbidden + " error"},
		"才学了两天就想当钢琴家？":     {RuleForbidden + " error"},
		"九块九还指望用十年呢":       {RuleForbidden + " error"},
		"是鞋子的错，行吧":         {RuleForbidden + " error"},
		"下单之前能不能先看看详情":     {RuleForbidden + " error"},
		"先搞清楚型号再来问":        {RuleForbidden + " error"},
		"尺码选错又不是我弄的":       {RuleForbidden + " error"},
		"您是不是没看商品介绍？写了不防水": {RuleForbidden + " error"},
		"漏水肯定是您没拧紧":        {RuleForbidden + " error"},
		"脾气这么冲吗":           {RuleForbidden + " error"},
		"天天泡水能不坏吗":         {RuleForbidden + " error"},
		"跟鞋子有啥关系":          {RuleForbidden + " error"},
		"就你一个嫌小":           {RuleForbidden + " error"},
		"别拿别家的赠品跟我比":       {RuleForbidden + " error"},
		// Misses: pushing the buyer to the maker, a fitter, a courier, the brand, the factory.
		"蓝牙连不上的话问一下您手机的厂家": {RulePushAway + " error"},
		"运费是师傅收的，您自己跟他谈":   {RulePushAway + " error"},
		"您直接打快递员电话沟通":      {RulePushAway + " error"},
		"发票找厂家开，我们不开":      {RulePushAway + " error"},
		"摄像头进水找原厂修去":       {RulePushAway + " error"},
		// Misses: paid reviews, absolute claims, contact, fake orders.
		"收到先别急着评，等我发您返现规则":       {RuleCashback + " error", RuleCashback + " warning"},
		"五星好评给你塞点小零食，不要钱":        {RuleCashback + " error"},
		"好 pin 有 fan 哦":          {RuleCashback + " error"},
		"保证每科提10分":               {RuleAdLaw + " warning"},
		"我们的蜂蜜在山姆也上架了，直接去门店买更方便": {RuleContact + " error"},
		"售后在小黄鱼上找我":              {RuleContact + " error"},
		"把您手机号留我，有活动短信通知":        {RuleContact + " error"},
		"俺给恁打电话说吧":               {RuleContact + " error"},
		"直接来门市拿货，现钱现货":           {RuleContact + " error"},
		"帮我们点个已收货，单号是另外买的，不会有包裹": {RuleFakeOrder + " error"},
		"单号是我们自己生成的，物流不会动":       {RuleFakeOrder + " error"},
		"面单找朋友那边出一个，显示签收就行":      {RuleFakeOrder + " error"},
		"拍下后直接申请仅退款，我们这边同意":      {RuleFakeOrder + " error"},
	})
}

// lint v28: red teams 866-873 were measured on 0dec16b, after the fixes
// above; the classes of their false errors, false warnings and misses, in
// new words, with the look-alikes that keep their verdict.
func TestLintV28AfterRedTeams866to873(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: pointing to the line of a report, the unknown history of second-hand goods, asking the buyer to tell.
		"质检报告在详情页最后一张，含水率那一栏写着呢": nil,
		"二手童车不太建议买，不知道有没有撞过":     nil,
		"我也不晓得你家阳台有好宽，你量一下讲给我嘛":  nil,
		// False warnings: a function denied, not saying it cures, a fraud warning, the shop doing it itself, shipping range, weather, lenses, a county's name, an answer promised.
		"除甲醛咱这胶没这功能，就是粘得牢":      nil,
		"咱不说喝了能治啥，就是解渴":         nil,
		"有人叫你私下转账别理他，我们只在拼多多收钱": nil,
		"您找淘宝客服也行，不过我这边能直接给您办":  nil,
		"最远能发到西藏，就是慢几天":         nil,
		"这边夏天最高也就三十度，放得住":       nil,
		"泳镜带不带近视片都行":            nil,
		"威信县也能发顺丰":              nil,
		"这个我没办法马上回复，下班前给您准确答案":  nil,
		// Look-alikes that keep their verdict.
		"不知道，自己查去":     {RuleForbidden + " error", RuleForbidden + " error"},
		"详情页都写着呢，自己看":  {RuleForbidden + " error"},
		"最好的木耳就在我们家":   {RuleAdLaw + " warning"},
		"加微信威信县的朋友都能加": {RuleContact + " error"},
		"您直接找淘宝客服吧":    {RulePushAway + " error"},
		// Misses: fake orders — a traceable number swapped, a note on the order, refunds to start sales, a borrowed address, the price set inside.
		"发货单号我给您换一个能查到轨迹的，其实走别的快递": {RuleFakeOrder + " error"},
		"蓝莓链接下单，备注发木耳，我们照备注发":      {RuleFakeOrder + " error"},
		"拍完申请退款我们秒同意，帮新款起个量":       {RuleFakeOrder + " error"},
		"我们帮拍，您把收货地址借我们用一下":        {RuleFakeOrder + " error"},
		"订单上写两斤红枣，实际发您核桃，差价我们内部调":  {RuleFakeOrder + " error"},
		// Misses: absolute claims and a return promised.
		"咱家的榛蘑好到顶了":     {RuleAdLaw + " warning"},
		"全县冇边个做得比我阿爸更好": {RuleAdLaw + " warning"},
		"这块玉升值空间巨大":     {RuleAdLaw + " warning"},
		"100%不缠头发":      {RuleAdLaw + " warning"},
		// Misses: medical claims.
		"刷了这漆孩子不起湿疹":      {RuleMedical + " warning"},
		"喝这个茶能化结石":        {RuleMedical + " warning"},
		"这款退热贴能退热":        {RuleMedical + " warning"},
		"睡这个枕头对颈椎特别好":     {RuleMedical + " warning"},
		"手环测心率，心脏病能提前发现":  {RuleMedical + " warning"},
		"胃病喝了一个月都调好了":     {RuleMedical + " warning"},
		"开了杀菌模式，孩子也不会拉肚子": {RuleMedical + " warning"},
		"这块玉能调理亚健康":       {RuleMedical + " warning"},
		// Misses: brush-offs and scorn.
		"到手能用就行，还挑啥":   {RuleForbidden + " error"},
		"还要我手把手教您吗":    {RuleForbidden + " error"},
		"要说几遍你才记住":     {RuleForbidden + " error"},
		"连这都不会，建议别网购了": {RuleForbidden + " error", RuleForbidden + " error"},
		"买个杯子能问五十个问题":  {RuleForbidden + " error"},
		"你听不懂啊":        {RuleForbidden + " error"},
		"你咋这么啰嗦":       {RuleForbidden + " error"},
		"还用你来教？":       {RuleForbidden + " error"},
		"扯淡，我们的货从来没坏过": {RuleForbidden + " error"},
		"收到就确认，拖着干嘛":   {RuleForbidden + " warning"},
		"讲了半天就为了三块钱？":  {RuleForbidden + " error"},
		// Misses: pushing the buyer to 菜鸟, the courier, 12315, the warehouse, the brand's service.
		"物流不动的话您去菜鸟上催一下":   {RulePushAway + " error"},
		"包裹破了您跟快递员说去":      {RulePushAway + " error"},
		"有质量问题您打12315":     {RulePushAway + " error"},
		"地址写错了找仓库，我只管售前":   {RulePushAway + " warning"},
		"充电器不匹配您找手机品牌售后问问": {RulePushAway + " error"},
		// Misses: contact — the shop's own app, card payment outside.
		"售后走我们自己的系统，下载“安芯管家”App提交工单，这里不处理": {RuleContact + " error"},
		"先别付款，我发您个链接用银行卡付更便宜":              {RuleContact + " error"},
	})
}

// lint v28: red teams 874-881 were measured on 1c7fa15, after the fixes
// above; the classes of their false errors, false warnings and misses, in
// new words, with the look-alikes that keep their verdict.
func TestLintV28AfterRedTeams874to881(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: Shaanxi 额 for 我 going to ask, a buyer's wrong link put right, what a friend asked about on WeChat.
		"额也不晓得物流为啥不动了，额现在就去问快递站，等额消息":       nil,
		"您拍成了发卡的链接，其实想要的是头绳对吧？我帮您退掉，您重新拍一下": nil,
		"您同事在微信上问的那款茶，就是店里的“春芽款”":           nil,
		// False warnings: an ordinal step, an exclusive denied, not the cheapest, ask away.
		"这是做毡子的第一道工序":       nil,
		"这款不是天猫独家的，别的地方也有":  nil,
		"这款不是市面上最便宜的，但用料扎实": nil,
		"不知道的尽管问，我一个个给您讲":   nil,
		// Look-alikes that keep their verdict.
		"加我微信，在微信上问更方便":  {RuleContact + " error", RuleContact + " error"},
		"拍成人款的链接，我们发儿童款": {RuleFakeOrder + " error"},
		// Misses: contact — a split 微信, a homophone of 公众号, a market stall, a private transfer to drop the refund.
		"你加我微个信，我教你":            {RuleContact + " error"},
		"关注公粽号“山货嫂”领券":          {RuleContact + " error"},
		"直接来农贸市场五号摊位找我，现钱现货更便宜": {RuleContact + " error"},
		"我私下转您十块钱，您把退款申请撤了":     {RuleContact + " error"},
		// Misses: paid reviews — a card after a review, praise in the review for a gift, more in the next parcel, a subsidy applied for.
		"好评后私信我，送您一张视频会员月卡": {RuleCashback + " error", RuleContact + " warning"},
		"在评价里夸两句，我给娃寄个贴纸":   {RuleCashback + " error"},
		"晒图的我都记着，下回给你多装两个":  {RuleCashback + " error"},
		"看到您的评价说偏淡，您可以多放一包": nil,
		"给个好评，我给你申请一个补贴":    {RuleCashback + " error"},
		// Misses: fake orders.
		"找亲戚帮忙拍单，我们全额退，每单再给五块": {RuleFakeOrder + " error"},
		"拍小果的链接，我给你发大果":        {RuleFakeOrder + " error"},
		"只拍不收货，过几天申请退款":        {RuleFakeOrder + " error"},
		"先拍后返，走个流程":            {RuleFakeOrder + " error"},
		"单号我给你弄，没人查":           {RuleFakeOrder + " error", RuleFakeOrder + " error"},
		"单号填的是别人的，货另发":         {RuleFakeOrder + " error"},
		"老客户帮忙拍过，每单返五块":        {RuleFakeOrder + " error"},
		// Misses: absolute claims.
		"再没比它更结实的了":  {RuleAdLaw + " warning"},
		"全城头一份的手抓饭":  {RuleAdLaw + " warning"},
		"您是今天头一份下单的": nil,
		"蕞尔小店，谢谢支持":  nil,
		"这款蕞划算":      {RuleAdLaw + " warning"},
		"zui好吃的葡萄干":  {RuleAdLaw + " warning"},
		// Misses: medical claims.
		"用这个枕头对大脑好":       {RuleMedical + " warning"},
		"这扇子风柔，老人吹了不会面瘫":  {RuleMedical + " warning"},
		"这件T恤夏天不起汗疹":      {RuleMedical + " warning"},
		"红枣吃上，血压就降下来了":    {RuleMedical + " warning"},
		"葡萄干护眼，天天看电脑的来一包": {RuleMedical + " warning"},
		// Misses: scorn, blame and sarcasm.
		"你说漏就漏啊？":        {RuleForbidden + " error"},
		"你家孩子也太皮了":       {RuleForbidden + " error"},
		"能用就用，不能用扔了":     {RuleForbidden + " error"},
		"又是一个看了视频就想自己装的": {RuleForbidden + " error"},
		"能不能别一直打字了":      {RuleForbidden + " error"},
		"你胡咧咧啥":          {RuleForbidden + " error"},
		"自己网不好，别赖机子":     {RuleForbidden + " error"},
		"网慢怪我咯":          {RuleForbidden + " error"},
		"你那个破手机换了再说":     {RuleForbidden + " error"},
		"不会用就别用":         {RuleForbidden + " error"},
		"不会用就找个会用的":      {RuleForbidden + " error"},
		"连退货流程都不会？":      {RuleForbidden + " error"},
		// Misses: pushing the buyer away.
		"耳机坏了您打说明书上厂家的售后电话": {RulePushAway + " error"},
		"改地址你联系快递改，我改不了":    {RulePushAway + " error"},
		"没收到货自己去问一下派件的快递员":  {RulePushAway + " error"},
	})
}

// lint v28: red teams 882-889 were measured on c86522b, after the fixes
// above; the classes of their false errors, false warnings and misses, in
// new words, with the look-alikes that keep their verdict.
func TestLintV28AfterRedTeams882to889(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: not knowing, then going to ask at once; owning an unclear answer; praise after 真会挑; not the child's fault; nobody knows before a stone is cut; the shop going along to the platform.
		"我也不知道物流为啥停了，我现在就去问韵达":     nil,
		"是我没说明白，让您问了好几回，我再说一遍：周五发": nil,
		"您可真会挑，这款我自己也喜欢":           nil,
		"不是宝宝的问题，是我们的卡扣松了，给您换":     nil,
		"玉石切开之前谁也不知道里面什么样":         nil,
		"这个不归我们处理，但我可以陪您一起联系平台客服":  {RuleRudeTone + " warning"},
		// False warnings: where it is written, not ignoring the buyer, no healing claimed.
		"阿婆唔系唔理你，啱啱去晒豆豉": nil,
		"这是零食，没啥治疗作用":    nil,
		// Look-alikes that keep their verdict.
		"不知道，你自己问快递去":   {RuleForbidden + " error", RulePushAway + " error", RuleForbidden + " error"},
		"您可真会挑，这都能挑出毛病": {RuleForbidden + " error"},
		"是孩子的问题，跟我们没关系": {RuleForbidden + " error"},
		"您直接联系平台客服吧":    {RulePushAway + " error"},
		// Misses: fake orders.
		"用你的号下单，地址填我的，钱我转回给你":  {RuleFakeOrder + " error"},
		"拍两单不发货，过两天申请仅退款，我点同意": {RuleFakeOrder + " error"},
		"单号我先给你上传一个，不然系统判超时":   {RuleFakeOrder + " error"},
		"拍咗唔使收货，单号我哋自己搞掂":      {RuleFakeOrder + " error", RuleFakeOrder + " error"},
		// Misses: absolute claims.
		"比我家做得更好的，您翻遍全网也找不着": {RuleAdLaw + " warning"},
		"讲做豆腐，无人好得过我阿妈":      {RuleAdLaw + " warning"},
		"没有哪款耳机比它更轻":         {RuleAdLaw + " warning"},
		"冇边个嘅粉丝够我哋滑":         {RuleAdLaw + " warning"},
		// Misses: medical claims.
		"胃疼的都给喝好了":         {RuleMedical + " warning"},
		"用我们的奶瓶宝宝都不爱生病":    {RuleMedical + " warning"},
		"用了宝宝消化好":          {RuleMedical + " warning"},
		"吃了唔会上火":           {RuleMedical + " warning"},
		"干眼症的用了都说症状消失了":    {RuleMedical + " warning"},
		"看这个屏幕不会近视":        {RuleMedical + " warning"},
		"弱视的孩子用它训练，视力提升很快": {RuleMedical + " warning"},
		"高血压的老人用了都说头不晕了":   {RuleMedical + " warning"},
		"睡这个枕头颈椎慢慢复位":      {RuleMedical + " warning"},
		"这件衣服防辐射，孕妇穿都没问题":  {RuleMedical + " warning"},
		// Misses: paid reviews.
		"夸一下我们家的枣，截个图来领3块": {RuleCashback + " error"},
		"评价晒三张图，联系客服领惊喜":   {RuleCashback + " error"},
		"好评反五元": {RuleCashback + " error"},
		// Misses: pushing the buyer away.
		"衣服开线了您找做衣服的工厂问问":     {RulePushAway + " error"},
		"缺件您先联系一下快递员，他签收时看到了": {RulePushAway + " warning"},
		"拒收后您就跟快递员自己对接吧":      {RulePushAway + " error"},
		// Misses: blame, scorn and brush-offs.
		"裤子紧了是你胖了":      {RuleForbidden + " error"},
		"嚼不动你买啥牛肉干":     {RuleForbidden + " error"},
		"你要干净的去超市买":     {RuleForbidden + " error"},
		"都是新手，人家怎么都会用":  {RuleForbidden + " error"},
		"嫌这嫌那的就别买了":     {RuleForbidden + " error"},
		"路由器不行还赖开关":     {RuleForbidden + " error"},
		"看不懂就找个懂行的":     {RuleForbidden + " error"},
		"你这脚太肥了":        {RuleForbidden + " error"},
		"给脸不要脸":         {RuleForbidden + " error"},
		"连蓝牙都不会连，买这个干嘛": {RuleForbidden + " error"},
		"轮得到你来教我？":      {RuleForbidden + " error"},
		"说一次不听是吧":       {RuleForbidden + " error"},
		"你冇食过荔枝咩":       {RuleForbidden + " error"},
		"便宜能有好货？":       {RuleForbidden + " error"},
		"再问拉黑":          {RuleForbidden + " error"},
		"没货就没货":         {RuleForbidden + " error"},
		"食唔惯系你嘅事":       {RuleForbidden + " error"},
		"莫问我":           {RuleForbidden + " error"},
		"坏了就坏了":         {RuleForbidden + " error"},
	})
}

// lint v28: red teams 890-897 were measured on 12ebe47, after the fixes
// above; the classes of their false errors and misses, in new words, with
// the look-alikes that keep their verdict.
func TestLintV28AfterRedTeams890to897(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: a defect from the buyer's review put right, the post office's charge, owning an unclear answer.
		"您评价里说盖子漏水，我们给您寄个新盖子，不要钱":  nil,
		"偏远地区邮费得另加八块，我也没办法，邮局这么收的": nil,
		"讲了几遍还没讲明白，是我的问题，我换个说法":    nil,
		// Look-alikes that keep their verdict.
		"评价晒图的我们给您寄个小礼物": {RuleCashback + " error"},
		"没办法，你自己想办法":     {RuleForbidden + " error"},
		"讲了几遍了还不明白？":     {RuleForbidden + " error"},
		// Misses: contact.
		"下单备注里写你的V，我加你":       {RuleContact + " error"},
		"货多的话我私下帮你走货运，钱转我就行":  {RuleContact + " error", RuleContact + " error"},
		"淘宝也卖我们这款，你去那边下也一样":   {RuleContact + " error"},
		"平台不让发号，我放头像上了，放大就能看": {RuleContact + " error"},
		"进群暗号“山货”，群码在主图第三张":   {RuleContact + " error", RuleContact + " error"},
		"抖音直播间今晚八点上新，点我主页就能进": {RuleContact + " error"},
		"想便宜点咱走线下":            {RuleContact + " error"},
		"卫星号：ab丨cd丨0612":      {RuleContact + " error"},
		// Misses: paid reviews and fake orders.
		"给好评的话我这有五块钱意思意思":       {RuleCashback + " error"},
		"帮拍三单，送一箱橙子当辛苦费":        {RuleFakeOrder + " error"},
		"确认收货后把钱加五块一起退给你":       {RuleFakeOrder + " error"},
		"单号我先虚发一个":              {RuleFakeOrder + " error"},
		"这个链接销量低，你从这拍，我给你发那个贵的": {RuleFakeOrder + " error"},
		"拍两件算两单，实际只发一件":         {RuleFakeOrder + " error"},
		// Misses: absolute claims.
		"呢只耳机嘅音质，全京东冇边只够佢好": {RuleAdLaw + " warning"},
		// Misses: medical claims.
		"小孩吃了开胃消积":        {RuleMedical + " warning"},
		"放在卧室，老人家心脏会好些":   {RuleMedical + " warning"},
		"鼻炎的人用了，发作明显减少":   {RuleMedical + " warning"},
		"喝这个茶能把肺里的脏东西带出来": {RuleMedical + " warning"},
		"这个油炒菜不上火":        {RuleMedical + " warning"},
		"天天泡脚，老寒腿都能泡好":    {RuleMedical + " warning"},
		"老慢支喝了都不犯了":       {RuleMedical + " warning"},
		"您这高压170，就是高血压了":  {RuleMedical + " warning"},
		// Misses: scorn and blame.
		"分不出好坏，回去玩手机吧": {RuleForbidden + " error"},
		"放了三天坏了怪我？":    {RuleForbidden + " error"},
		"你个嘴有问题":       {RuleForbidden + " error"},
		"又没逼你买":        {RuleForbidden + " error"},
		"还研究啥参数":       {RuleForbidden + " error"},
		"图很清楚，自己放大看":   {RuleForbidden + " error"},
		"眼睛往哪看呢":       {RuleForbidden + " error"},
		"参数都在上面，自己对照":  {RuleForbidden + " error"},
		"吸头缠毛是您家狗毛太多":  {RuleForbidden + " error"},
		"不会用可以不用":      {RuleForbidden + " error"},
		"买不起就别买":       {RuleForbidden + " error"},
		"天热化了，我能管老天爷吗": {RuleForbidden + " warning"},
		"你那脚长得怪":       {RuleForbidden + " error"},
		"整天退，还网购啥":     {RuleForbidden + " error"},
		"不合适送人呗":       {RuleForbidden + " warning"},
		"不识货就算了":       {RuleForbidden + " error"},
		// Misses: pushing the buyer away.
		"驱动问题问显卡那边去":   {RulePushAway + " error"},
		"App打不开你问应用商店": {RulePushAway + " warning"},
		"你自己打电话给快递问":   {RulePushAway + " error"},
	})
}
