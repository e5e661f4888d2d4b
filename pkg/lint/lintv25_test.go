package lint

import "testing"

// lint v25: red teams 690-697 were measured on 4ff8cf0; these are the
// classes of their false errors and misses, in new words, with the
// look-alikes that keep their verdict.
func TestLintV25AfterRedTeams690to697(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: a bag's shoulder buckle fastened, no need to join a group for a
		// coupon, the buyer's own ID declined, not knowing what the buyer wants (asked),
		// a single earbud replaced (补单只).
		"把肩扣扣上背着就不晃了":   nil,
		"有事扣扣上找我":       {RuleContact + " error"},
		"新人券在首页领，不用进群":  nil,
		"入群领券":          {RuleContact + " error"},
		"进群领优惠":         {RuleContact + " error"},
		"晓不得您要几斤，跟我讲一声": nil,
		"我也晓不得":         {RuleForbidden + " error"},
		"看到您留的微信号了，平台不建议交换联系方式，就在这里沟通吧": nil,
		"看到您留的微信号了，晚点我加您":               {RuleContact + " error"},
		"左边那只丢了可以补单只":                   nil,
		"售后帮您补单":                        nil,
		"空包重量是300克":                     nil,
		// Contact: the shop sends a link to the buyer's WeChat (a friend sharing one is
		// the platform's share), a red packet for the goods, another shop's perk.
		"刚刚我把链接发到您微信上了，您看看": {RuleContact + " error"},
		"您朋友在微信里分享的链接也能拼":   nil,
		"您发个100的红包，我这就给您寄":  {RuleContact + " error"},
		"快手搜店名有赠品，我们这没有":    {RuleContact + " error"},
		// Cashback: a typo for 晒图; a photo review that pays.
		"嗮图送小样": {RuleCashback + " error"},
		// Fake orders: a count of orders to boost, relatives asked to buy for sales,
		// extra pieces not shipped, a borrowed tracking number, orders split for sales.
		"生意淡，冲销量找亲戚帮忙拍几单": {RuleFakeOrder + " error"},
		"多拍两件不发，过几天退您":    {RuleFakeOrder + " error"},
		"借个单号发一下":         {RuleFakeOrder + " error"},
		"拆成两单拍，销量好看点":     {RuleFakeOrder + " error"},
		// Ad law: the whole province counts ours first, none cheaper (Cantonese).
		"全省就数俺家的香": {RuleAdLaw + " warning"},
		"冇得再平过呢个价": {RuleAdLaw + " warning"},
		// Medical: fatigue at the wheel, a blocked nose, blood sugar, wrinkles, the
		// menopause, weight, mouth ulcers, eyesight, a cough (Cantonese).
		"喷一下防疲劳驾驶":       {RuleMedical + " warning"},
		"鼻塞的时候闻一下鼻子马上通气": {RuleMedical + " warning"},
		"吃了血糖都稳":         {RuleMedical + " warning"},
		"敷着可以淡化皱纹":       {RuleMedical + " warning"},
		"更年期失眠潮热有改善":     {RuleMedical + " warning"},
		"越吃越瘦还不饿":        {RuleMedical + " warning"},
		"口腔溃疡喝两天就好":      {RuleMedical + " warning"},
		"有明目功效":          {RuleMedical + " warning"},
		"饮咗咳都好返":         {RuleMedical + " warning"},
		// Service: a small matter, annoying, not our fault, make it yourself, not
		// answering, why ask, a bare 不退 (a refund offered instead stays clean).
		"这么点小事也找我":      {RuleForbidden + " error"},
		"真是太烦人了":        {RuleForbidden + " error"},
		"东西没问题，不能怪我们":   {RuleForbidden + " error"},
		"嫌贵？那你要不要自己做一个": {RuleForbidden + " error"},
		"不回你了":          {RuleForbidden + " error"},
		"问那么多干啥":        {RuleForbidden + " error"},
		"不退":            {RuleForbidden + " error"},
		"不退的话您看换货行吗":    nil,
		// Push: the courier, by name or in person.
		"您跟快递小哥自己商量下时间": {RulePushAway + " error"},
		"建议您直接联系中通处理":   {RulePushAway + " error"},
		// Placeholder: 在 before a date is when, not where to fill it in.
		"我们会在【发货日期】前发出": {RuleVarsMalformed + " error"},
		"请在【发货日期】栏填写":   nil,
	})
}

// lint v25: red teams 698-705 were measured on 6dc78fa.
func TestLintV25AfterRedTeams698to705(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: not knowing another shop's or platform's matter (after 京东上, a
		// 那个 that points back, 是哪家 right before), a code that is not for adding us,
		// a review already given and a wish; the buyer's typed word in quotes.
		"京东上别家店的优惠我们不清楚，本店以页面为准":      nil,
		"您说快手上更便宜，那个我们不清楚是不是同一批货":     nil,
		"您说的“第一名”是哪家我不清楚，我们家可以先买小份试试": nil,
		"我也不清楚": {RuleForbidden + " error"},
		"这个码是查防伪的，不是加我们的":      nil,
		"扫这个码就能加我们":            {RuleContact + " error"},
		"收到您的好评了，给您返5元":        {RuleCashback + " error"},
		"您输入的“vx”被系统屏蔽了，有事在这说": nil,
		"加vx聊":       {RuleContact + " error"},
		"要加微甜的话备注一下": nil,
		"加微领券":       {RuleContact + " error"},
		"您从微信里点开的淘宝链接也能下单": nil,
		// Contact: offline shipping, a shop on another platform that is cheaper, found
		// there too, a customer group, a call back, face to face, money paid straight.
		"我们走线下发货":        {RuleContact + " error"},
		"我们京东也有旗舰店，便宜一百": {RuleContact + " error"},
		"扫码进专属售后群":       {RuleContact + " error"},
		"留个电话，我晚上给你打":    {RuleContact + " error"},
		"来店里当面给你挑":       {RuleContact + " error"},
		"直接给俺打个款就发":      {RuleContact + " error"},
		// Cashback: a red packet called 包; a platform's red packet the shop sends
		// (the platform's own beans stay clean).
		"给个hp，我给你发个包":     {RuleCashback + " error"},
		"满意给五星，我给您发个京东红包": {RuleCashback + " error"},
		"好评后京东发放京豆":       nil,
		// Fake orders: a trial "officer", refund before receipt, link A ships B.
		"试用官活动，拍下全额返还": {RuleFakeOrder + " error"},
		"先别收货，直接申请退款":  {RuleFakeOrder + " error"},
		"拍这个链接发货发别的":   {RuleFakeOrder + " error"},
		// Ad law: luxury grade, never breaks in a lifetime.
		"奢侈品级的做工":     {RuleAdLaw + " warning"},
		"这把刀用一辈子都用不坏": {RuleAdLaw + " warning"},
		// Medical: lactation, a syndrome prevented, no internal heat, calcium,
		// radiation, an inflammation gone.
		"产后喝能下奶":     {RuleMedical + " warning"},
		"能预防颈椎综合征":   {RuleMedical + " warning"},
		"用这个杯子喝水不上火": {RuleMedical + " warning"},
		"这盐能补钙":      {RuleMedical + " warning"},
		"喝菊花茶防辐射":    {RuleMedical + " warning"},
		"嗓子发炎含两片就消":  {RuleMedical + " warning"},
		// Service: a batch of scolding and brush-offs.
		"瞎说啥呢":      {RuleForbidden + " error"},
		"您是第一个说难吃的": {RuleForbidden + " error"},
		"吃不来就别吃":    {RuleForbidden + " error"},
		"关我啥事":      {RuleForbidden + " error"},
		"不买出门右转":    {RuleForbidden + " error"},
		"这点辣都受不了":   {RuleForbidden + " error"},
		"别扯拐":       {RuleForbidden + " error"},
		"那是你自己的锅":   {RuleForbidden + " error"},
		"干脆别买了":     {RuleForbidden + " error"},
		"啥也甭问了":     {RuleForbidden + " error"},
		"你自己不会用":    {RuleForbidden + " error"},
		"到时候再说吧":    {RuleForbidden + " error"},
		// Push: the brand's after-sales, the courier, the app, the factory (unless
		// the shop sends it).
		"找品牌售后去":      {RulePushAway + " error"},
		"你跟快递说吧":      {RulePushAway + " error"},
		"是app的事":      {RulePushAway + " error"},
		"寄到厂家维修点吧":    {RulePushAway + " error"},
		"我们帮您寄到厂家维修点": nil,
	})
}

// lint v25: red teams 706-713 were measured on 7bfca4d.
func TestLintV25AfterRedTeams706to713(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: an order that is not ours, a text message the buyer got (in
		// quotes), a wrong parcel the warehouse owns; warnings: someone else's claim
		// not to be believed, a friend on WeChat, 100 % sure, the most basic style,
		// heat-sterilised food.
		"网店上买的那单不是咱家的，您把订单截图发来我看看": nil,
		"扫这个码加我们": {RuleContact + " error"},
		"您收到的“免费领红包”短信跟我们没关系，请不要点里面的链接": {RuleForbidden + " warning"},
		"拍A发B这种错误是我们仓库的问题，已经给您重发":       nil,
		"拍A发B，放心不会出错":                   {RuleFakeOrder + " error"},
		"有人跟您说这个米能治糖尿病，那可不敢信":           nil,
		"原来是您微信上的朋友推荐来的呀":               nil,
		"百分百确定之前，我先帮您核对":                nil,
		"这款是最基础的款式":                     nil,
		"这批罐头是高温杀菌的":                    nil,
		// A refusal inside a condition (不会调的话) does not refuse what follows it.
		"投影不会调的话扣扣找我": {RuleContact + " warning"},
		// Contact: a masked official account, a landline in capital numerals, a shop
		// on another platform, a group by code (Minnan), a number to add, DingTalk,
		// an outside link.
		"公〇号搜一下":        {RuleContact + " error"},
		"座机是肆伍陆柒捌玖零":    {RuleContact + " error"},
		"京东那边我也有店，价格更低": {RuleContact + " error"},
		"扫一下码进来群里":      {RuleContact + " error"},
		"这串号码加上之后售后优先":  {RuleContact + " error"},
		"钉号发你了":         {RuleContact + " error"},
		"我发您个外部链接":      {RuleContact + " error"},
		"不要点外部链接":       nil,
		// Cashback: something good after the review.
		"hp之后找我，有好东西给你": {RuleCashback + " error"},
		// Fake orders: link A ships B, the small size ordered and the big one sent, a
		// tracking number to use for now, a part-time job of orders, boosted in-house.
		"拍这个链接我寄那个款":       {RuleFakeOrder + " error"},
		"下单时选小号，其实我们发的是大号": {RuleFakeOrder + " error"},
		"单号先用这个，真正的包裹之后补寄": {RuleFakeOrder + " error", RuleFakeOrder + " error"},
		"兼职每天拍5单，钱当场退":     {RuleFakeOrder + " error"},
		// Ad law: the finest here, no other shop compares.
		"我们店是本地上好的": {RuleAdLaw + " warning"},
		"别家比不过":     {RuleAdLaw + " warning"},
		// Medical: athlete's foot, asthma, belly fat, metabolism, weight without
		// exercise, period pain, chemotherapy.
		"穿上不长脚癣":     {RuleMedical + " warning"},
		"哮喘的人用了晚上不咳": {RuleMedical + " warning"},
		"小肚子一周就没了":   {RuleMedical + " warning"},
		"能提升代谢":      {RuleMedical + " warning"},
		"不运动也会瘦":     {RuleMedical + " warning"},
		"痛经喝了就不痛":    {RuleMedical + " warning"},
		"帮助化疗后恢复":    {RuleMedical + " warning"},
		// Service: more scolding; a bare 无聊.
		"我都替你害臊":      {RuleForbidden + " error"},
		"啥也不是":        {RuleForbidden + " error"},
		"能不能长点心":      {RuleForbidden + " error"},
		"便宜了还挑":       {RuleForbidden + " error"},
		"您这样说话我就没法聊了": {RuleForbidden + " error"},
		"无聊":          {RuleForbidden + " error"},
		"自己不会用还怪锅":    {RuleForbidden + " error"},
		"这点小事也来找客服":   {RuleForbidden + " error"},
		"还要我们包运费？":    {RuleForbidden + " error"},
		// Push: the payment app's service, the logistics network.
		"您问一下支付宝客服": {RulePushAway + " error"},
		"您问菜鸟吧":     {RulePushAway + " error"},
		// Placeholder: an after-sales number never filled in.
		"亲，您的售后编号【售后编号】已生效": {RuleVarsMalformed + " error"},
	})
}

// lint v25: red teams 714-721 were measured on 81cb957.
func TestLintV25AfterRedTeams714to721(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: not knowing whether the buyer got it (a V-没 question), a
		// material corrected before pointing at the page; warnings: a fault then the
		// warranty (问题 is no question), Cantonese 就最好啦, the smallest part, a
		// friend on WeChat, a missing part re-sent, vacuum-packed.
		"不知道亲收到没，记得冷藏":         nil,
		"我也不知道":                {RuleForbidden + " error"},
		"这个杯子是玻璃的，不是塑料，详情页写着呢": nil,
		"详情页写着呢":               {RuleForbidden + " error"},
		"有质量问题我们保修一年，详情页写着呢":   nil,
		"吃得开心就最好啦":             nil,
		"最小的零件不适合3岁以下":         nil,
		"最好的":                  {RuleAdLaw + " warning"},
		"您是微信里的朋友推荐来的吧":        nil,
		"缺的配件已补单，明天发":          nil,
		"真空包的，放心":              nil,
		// Contact: buy in the live room elsewhere, the same name on another app, a
		// link by text message, order through me, this V, join a fan group.
		"快手直播间拍有赠品":       {RuleContact + " error"},
		"抖音同名，搜店名就行":      {RuleContact + " error"},
		"看下短信，我发了个链接":     {RuleContact + " error"},
		"在淘宝拍要等活动，直接找我下单": {RuleContact + " warning"},
		"您下次直接找我下单，我给您备注": nil,
		"加一下这个v":          {RuleContact + " error"},
		"加入我们的粉丝群":        {RuleContact + " error"},
		// Fake orders: buy some for us, unshipped; a sample link for the real goods.
		"帮忙拍个5件，不发货":     {RuleFakeOrder + " error"},
		"我们可以帮拍一单，您付款就行": nil,
		"拍个样品链接就行":       {RuleFakeOrder + " error"},
		// Ad law (Cantonese): none better, the cheapest in the province; no second
		// one, stronger than everything on the market.
		"冇一家平得过我哋":    {RuleAdLaw + " warning"},
		"全广东至抵":       {RuleAdLaw + " warning"},
		"全城无第二家":      {RuleAdLaw + " warning"},
		"比市面上所有杯子都结实": {RuleAdLaw + " warning"},
		// Medical: rheumatism, cramps, a cold, a cure for good, the back, dry eyes.
		"喝了就祛风湿":      {RuleMedical + " warning"},
		"孕妇吃了腿不抽筋":    {RuleMedical + " warning"},
		"感冒了泡一下第二天就好": {RuleMedical + " warning"},
		"一个疗程就能断根":    {RuleMedical + " warning"},
		"坐一个月腰就好了":    {RuleMedical + " warning"},
		"戴上眼睛不干不涩":    {RuleMedical + " warning"},
		// Service: belittling hagglers and brushing buyers off.
		"不可能有问题":        {RuleForbidden + " error"},
		"你傻啊":           {RuleForbidden + " error"},
		"不会用就别买":        {RuleForbidden + " error"},
		"买不起啊":          {RuleForbidden + " error"},
		"跟我说也白扯":        {RuleForbidden + " error"},
		"急也没用":          {RuleForbidden + " error"},
		"我们不接受任何意见":     {RuleForbidden + " error"},
		"这里不是菜市场":       {RuleForbidden + " error"},
		"也就配买便宜货":       {RuleForbidden + " error"},
		"您这号人我见多了":      {RuleForbidden + " error"},
		"有这功夫砍价，钱早挣回来了": {RuleForbidden + " error"},
		// Push: the brand's after-sales by name, a shop outside.
		"有问题您找品胜售后": {RulePushAway + " error"},
		"自己去4S店问问":  {RulePushAway + " error"},
	})
}

// lint v25: red teams 722-729 were measured on 155f875.
func TestLintV25AfterRedTeams722to729(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: not ours, right after naming the courier's card or notice;
		// the buyer's screenshot quoted (那句“…”); what you don't know, ask me.
		"那张卡是快递公司的售后卡，跟我们店无关，您不用扫": nil,
		"跟我们店无关": {RuleForbidden + " error"},
		"我们在得物、京东都有店，去那边搜店名拍吧":    {RuleContact + " warning"},
		"那是快递公司的取件通知，和我们无关，别填银行卡": nil,
		"您截图里那句“不退”不是我们该说的话，我马上查": nil,
		"有么子不晓得的就问我":              nil,
		"我也不晓得":                   {RuleForbidden + " error"},
		// Contact: a QQ number split by a bullet, our notes on another app, a refund
		// by transfer, a handle there.
		"企鹅 2573•9901 联系": {RuleContact + " error"},
		"企鹅玩偶很可爱":         nil,
		"小红书上有我们写的攻略":     {RuleContact + " error"},
		"去xhs看看，号叫小铺":     {RuleContact + " error"},
		// Cashback: 评价 split by 完, postage paid for five stars, cash for a
		// screenshot (an exchange of two items stays clean).
		"评完价截个图，送您一张券":     {RuleCashback + " error"},
		"只要全五星，赠品我们免费寄":    {RuleCashback + " error"},
		"hp截图换2元":          {RuleCashback + " error"},
		"坏了可以换2个":          nil,
		"评价里您说有折痕，给您换一张新的": nil,
		// Fake orders: link A ships B, a link's ranking, a tracking number supplied.
		"拍茶叶那个链接，我给您寄海参":  {RuleFakeOrder + " error"},
		"拍这个链接权重高":        {RuleFakeOrder + " error"},
		"单号我给您补一个，您先确认收货": {RuleFakeOrder + " error"},
		// Ad law: nowhere fresher, 最好食; 国家级非遗 as a selling point (the full
		// official name and a national testing centre stay clean).
		"上哪也买不着比俺家还鲜的":    {RuleAdLaw + " warning"},
		"最好食的是这款":         {RuleAdLaw + " warning"},
		"国家级非遗工艺":         {RuleAdLaw + " warning"},
		"国家级非物质文化遗产的制作工艺": nil,
		"国家级检测中心出具的报告":    nil,
		// Medical: the stomach, headaches, toxins, fright, rhinitis, beauty, nodules,
		// fleas.
		"胃不舒服吃几天就好":   {RuleMedical + " warning"},
		"头疼戴上过一会就不疼了": {RuleMedical + " warning"},
		"能排出体内有毒物质":   {RuleMedical + " warning"},
		"戴着能压惊":       {RuleMedical + " warning"},
		"鼻炎的人用了会好":    {RuleMedical + " warning"},
		"美容养颜":        {RuleMedical + " warning"},
		"能消结节":        {RuleMedical + " warning"},
		"治跳蚤":         {RuleMedical + " warning"},
		// Service: no haggling, take it or leave it, be content, no arguing.
		"就这价，不讲":  {RuleForbidden + " error"},
		"嫌贵您别要":   {RuleForbidden + " error"},
		"知足吧":     {RuleForbidden + " error"},
		"不要跟我讲道理": {RuleForbidden + " error"},
		"跟个小学生一样": {RuleForbidden + " error"},
		// Push: the courier company, the platform's bot, a local repair shop.
		"找快递公司要去":  {RulePushAway + " error"},
		"问阿里小蜜吧":   {RulePushAway + " error"},
		"找当地的维修店去": {RulePushAway + " error"},
	})
}

// lint v25: red teams 730-737 were measured on 249894f.
func TestLintV25AfterRedTeams730to737(t *testing.T) {
	wantLint(t, map[string][]string{
		// A false error: not knowing, then asking at once (俺马上问问); a warning:
		// advice that the doctor knows best.
		"这个我真不知道，俺马上问问师傅": nil,
		"这个我真不知道":         {RuleForbidden + " error"},
		"问问医生最稳妥":         nil,
		// Contact: no need to order, the platform forbids saying it, our own mini
		// program, the green one, come to another platform, pay offline (the model
		// let 都是线下交易 go; a warning against it stays clean).
		"直接跟我说，我给你发，到付就行，不用下单": {RuleContact + " error"},
		"平台不让说，你懂的":            {RuleContact + " error"},
		"买米走我们自己的小程序":          {RuleContact + " error"},
		"加那个绿色的":               {RuleContact + " error"},
		"这款有绿色和蓝色，加绿色的话要补5元":   nil,
		"下次直接来拼多多找我们，便宜五块":     {RuleContact + " error"},
		"您别在线上拍了":              {RuleContact + " error"},
		"我们都是线下交易的":            {RuleContact + " error"},
		"线下交易有风险，请在平台下单":       nil,
		// Cashback: a video in the review area, a longer warranty, another parcel.
		"评价区发个视频领券":     {RuleCashback + " error"},
		"给个hp，保修期再加三个月": {RuleCashback + " error"},
		"好评后再寄您一包":      {RuleCashback + " error"},
		// Fake orders: paid per order bought for us, never really shipped.
		"帮拍每单返五块": {RuleFakeOrder + " error"},
		"冇真发嘅":    {RuleFakeOrder + " error"},
		// Ad law: none better, nobody catches up, none more durable.
		"比这个好的没有":    {RuleAdLaw + " warning"},
		"谁也撵不上":      {RuleAdLaw + " warning"},
		"没有哪款比这款更耐用": {RuleAdLaw + " warning"},
		// Medical: a cold stomach, whitening and wrinkles, stomach trouble.
		"胃寒的喝几次就好了": {RuleMedical + " warning"},
		"美白祛皱":      {RuleMedical + " warning"},
		"胃病都少犯了":    {RuleMedical + " warning"},
		// Service: we don't care, what's the hurry, blame us?
		"管你怎么评，我们不在乎":        {RuleForbidden + " error"},
		"不满意您可以退，我们不在乎这点运费":  nil,
		"不管您怎么评价，售后我们都会负责到底": nil,
		"急啥急":   {RuleForbidden + " error"},
		"能怪我们？": {RuleForbidden + " error"},
		// Push: the shop refuses, the brand, the insurer, the courier company, the
		// pickup station (the shop filing the claim stays clean).
		"店铺不受理":       {RulePushAway + " error"},
		"您联系品牌方吧":     {RulePushAway + " error"},
		"那是保险公司的事":    {RulePushAway + " error"},
		"找物流公司理赔":     {RulePushAway + " error"},
		"您去问问驿站":      {RulePushAway + " error"},
		"我们帮您找物流公司理赔": nil,
	})
}

// lint v25: red teams 738-745 were measured on 0d943f4.
func TestLintV25AfterRedTeams738to745(t *testing.T) {
	wantLint(t, map[string][]string{
		// A false error: an empty parcel reported, checked on the packing video;
		// warnings: the courier's message is not us adding you, a place called
		// 第一市场, our fault for certain.
		"快递员说包裹是空包？我马上调打包视频查一下": nil,
		"发空包就行": {RuleFakeOrder + " error"},
		"短信发到您微信的话，那是快递的服务消息，不是我们加的您": nil,
		"来了去第一市场逛逛":       nil,
		"百分之百是我们的问题，马上退款": nil,
		// Contact: a contact card passed on, foreign payment apps, search there
		// (Minnan 寻), a profile picture, send your QQ, 唯⭐信, I'll V you, money
		// transferred, paid privately.
		"我把我师傅的名片推给你":    {RuleContact + " error"},
		"可以用 Zelle 转账":   {RuleContact + " error"},
		"国际站结账可以选PayPal": nil,
		"去抖音寻我们":         {RuleContact + " error"},
		"薇：小店，头像是猫":      {RuleContact + " error"},
		"您发个QQ号过来":       {RuleContact + " error"},
		"唯⭐信：camp 0827":  {RuleContact + " error"},
		"我V您":            {RuleContact + " error"},
		"我这边私下赔您":        {RuleContact + " error"},
		"走私人账户给您":        {RuleContact + " error"},
		"请在平台下单，不要走私人账户": nil,
		// Cashback: Cantonese review and reward, one star changed to five for a refund.
		"评完啲字我返尔五蚊":       {RuleCashback + " error"},
		"把一星改成五星，退款立马给您批": {RuleCashback + " error"},
		// Fake orders: ship what the note says, one parcel for three orders, an
		// empty parcel, refund only, any address.
		"拍的时候备注一下要的颜色，我们按备注发": nil,
		"拍A的链接，备注B，我们按B发":     {RuleFakeOrder + " error"},
		"您签收那个空件就好":           {RuleFakeOrder + " error"},
		"航空件不能寄香水，我们走陆运":      nil,
		"拍完申请仅退款就行":           {RuleFakeOrder + " error"},
		"地址随便写":               {RuleFakeOrder + " error"},
		// Ad law and medical.
		"揾遍全网都冇咁平": {RuleAdLaw + " warning"},
		"降压好使":     {RuleMedical + " warning"},
		"喝了痰就少":    {RuleMedical + " warning"},
		"穿了会掉色，不会得皮肤病的，放心": nil,
		"湿疹涂两天就消":          {RuleMedical + " warning"},
		"喝了退烧快":            {RuleMedical + " warning"},
		"退烧药两次之间至少间隔4到6小时": nil,
		// Service.
		"手残别怪鼠标":          {RuleForbidden + " error"},
		"手残党也能看个热闹":       nil,
		"自己去搜教程":          {RuleForbidden + " error"},
		"你说啥就是啥":          {RuleForbidden + " error"},
		"你这差评我们记住了":       {RuleForbidden + " error"},
		"你这是恶意退款吧":        {RuleForbidden + " error"},
		"不可能，这个价格已经是成本价了": nil,
		// Push: the courier (Cantonese), customs, the bank.
		"你自己打电话畀快递佬": {RulePushAway + " error"},
		"请直接联系中通":    {RulePushAway + " error"},
		"请咨询您的银行":    {RulePushAway + " error"},
	})
}
