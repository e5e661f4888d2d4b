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

// lint v20, after red teams 498-505 (first measured on b1f49f7): the
// classes they showed, in new words, with the look-alikes that keep their
// verdict.
func TestLintV20AfterRedTeams498to505(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors and alarms: apps that run on a device or whose data is
		// wiped, a refusal to lead anywhere, a denial of not caring, the buyer's
		// words quoted back, a spec's limit.
		"这台平板装微信、抖音都能正常用":             nil,
		"旧手机回收前会清除原机主的微信、支付宝账号数据":     nil,
		"我们不引导加微信，有问题在这里找我":           nil,
		"这真不是我们不管，是快递公司的规定，我帮您催":      nil,
		"您说的“抖音同款”，就是这款 3 号“奶茶色”":     nil,
		"暖气片进水温度最高不能超过 80 度":          nil,
		"侬讲“最好看个”是这只焦糖色":              nil,
		"您刚问“是不是全网最低”，这个我们不比，价格一直是这个": nil,
		// Fake orders: a virtual tracking number, a full refund after ordering,
		// sd, another product sent for the link; A and B sent as ordered stay clean.
		"我们的单号是虚拟的，先显示发货":     {RuleFakeOrder + " error"},
		"再拍三单，拍完我全退":          {RuleFakeOrder + " error"},
		"帮忙sd一单，返本加3元":        {RuleFakeOrder + " error", RuleFakeOrder + " error"},
		"这个链接拍就行，我们发的是另一款":    {RuleFakeOrder + " error"},
		"拍1号链接，我们发3号链接的鞋":     {RuleFakeOrder + " error"},
		"亲拍A款，我们给您发B款":        {RuleFakeOrder + " error"},
		"拍A链接发A款，拍B链接发B款，不会混": nil,
		// Off the platform: cash in person, no order needed, 咸鱼, a number on a
		// profile, a heart before 号, call me.
		"来店里拿，钱当面给，比网上便宜":         {RuleContact + " error", RuleContact + " error"},
		"直接找我就行，不用下单，给你拿货价":       {RuleContact + " error"},
		"尾款走咸鱼吧":                  {RuleContact + " error"},
		"看我主页上的号码":                {RuleContact + " error"},
		"❤号 abc0851，有问题找我":        {RuleContact + " error"},
		"要货直接call我：135 3678 8890": {RulePhone + " error"},
		// Rewards: 反 for 返, a free trial.
		"好平晒图，反3元":     {RuleCashback + " error"},
		"追评带图就能报名免费试用": {RuleCashback + " error"},
		// Claims; advice in the same shape stays clean.
		"没有比这款更轻的了":        {RuleAdLaw + " warning"},
		"没有比M码更合适您的了":      nil,
		"防脱效果明显，坚持用":       {RuleMedical + " warning"},
		"防脱效果因人而异，建议用满两个月": nil,
		"夏天注意防晒防中暑":        nil,
		"这款手环能防止猝死":        {RuleMedical + " warning"},
		"糖尿病的喝这个茶就行":       {RuleMedical + " warning"},
		// Brush-offs.
		"老子当年卖货的时候可没人这么问": {RuleForbidden + " error"},
		"《老子》这本书是中华书局版":   nil,
		"要么买要么走":          {RuleForbidden + " error"},
		"是不是眼睛不好？详情页写着":   {RuleForbidden + " error"},
		"少问，发货了自然会到":      {RuleForbidden + " error"},
		"怎么还问":            {RuleForbidden + " error"},
		"老是问一样的我也很为难":     {RuleForbidden + " error"},
		"瑕疵您就受着吧":         {RuleForbidden + " error"},
		"连这点耐心都没有":        {RuleForbidden + " error"},
		// Pushed to the airport, the platform, the warehouse; the shop asking is fine.
		"你去找航空公司的人":    {RulePushAway + " error"},
		"有意见在淘宝投诉就行":   {RulePushAway + " error"},
		"那是仓库的事，你去问仓库": {RulePushAway + " error"},
		"我去问一下仓库":      nil,
	})
}

// lint v20, after red teams 506-513 (first measured on d8a197c): the
// classes they showed, in new words, with the look-alikes that keep their
// verdict.
func TestLintV20AfterRedTeams506to513(t *testing.T) {
	wantLint(t, map[string][]string{
		// The false error: the buyer's why-question about a platform, answered;
		// asked to ask the platform stays a push.
		"您问淘宝上同款为什么便宜，那边可能是旧款": nil,
		"您问拼多多客服怎么退吧":          {RulePushAway + " error"},
		// False alarms: low sales, a plant's disease, finding out before
		// answering (blaming the buyer for not asking stays), a brand's name in
		// quotes, a refund notice in the app, waving rank away, a denied
		// secret recipe, other buyers' reviews, a setting or a reading at 100%,
		// a lock's permanent code.
		"这个款新上架，销量不高，质量一样":          nil,
		"苗子要少生病，关键是别积水":             nil,
		"不好意思，这个我没办法马上答复，我问清楚仓库后回您": nil,
		"买之前不问清楚，现在说有什么用":           {RuleRudeTone + " warning"},
		"杯子的品牌叫“小QQ”，是我们自己的系列名":     nil,
		"您微信付的款已经退了，微信里会有退款通知":      nil,
		"我们不说第一不第一的，好用就行":           nil,
		"不是什么独家配方，就是老方法":            nil,
		"晒图评价的买家说偏大，建议拍小一码":         nil,
		"晒图评价的亲，返京豆200":             {RuleCashback + " error"},
		"填充率设成100%会很重":              nil,
		"电池健康度应该是100%左右":            nil,
		"永久密码可以在App里改":              nil,
		// Fake orders: a search keyword to the Nth link, a shipping-fee link for
		// a whole set, any link will do, no logistics, a bought tracking number.
		"搜“儿童防蓝光眼镜”找到我们第5个链接拍下，钱退你": {RuleFakeOrder + " error"},
		"拍补邮费的链接，我们把整套餐具发过去":        {RuleFakeOrder + " error"},
		"拍哪个都行，我们照样发你要的那款":          {RuleFakeOrder + " error"},
		"下单选“无需物流”，钱我们退给您":          {RuleFakeOrder + " error"},
		"单号是我们从网点买的，物流会自己走":         {RuleFakeOrder + " error"},
		// Off the platform: the shop adding the buyer (a courier asking is
		// advice), cloud-drive links, another platform without the limit.
		"我们加你企鹅发方案：2 8 7 6 5 4 3 1": {RuleContact + " error"},
		"快递员说要加您微信确认地址的话，直接把电话给他就行": nil,
		"网盘链接发您了，提取码 8h2k":          {RuleContact + " error"},
		"这边限购，拼多多搜“某某旗舰店”不限购":       {RuleContact + " warning"},
		// Rewards: 哈屁 and 好品 for 好评, a small red packet.
		"哈屁返红包，截图找我":  {RuleCashback + " error"},
		"好品返现，三元到手":   {RuleCashback + " error"},
		"点个五分，给你包个小🧧": {RuleCashback + " error"},
		// Claims.
		"本款代表了行业的巅峰水准":    {RuleAdLaw + " warning"},
		"在我们镇上卖得老多了，头一份儿": {RuleAdLaw + " warning"},
		"没有比介个更结实的了":      {RuleAdLaw + " warning"},
		// Medical claims; a question sent to a doctor stays clean.
		"戴一段时间老花能恢复":      {RuleMedical + " warning"},
		"近视能恢复吗？这个要问医生":   nil,
		"给眼睛补营养的镜片":       {RuleMedical + " warning"},
		"打鼾都能治好":          {RuleMedical + " warning"},
		"能把湿气吸出来":         {RuleMedical + " warning"},
		"孕妇袜能防止血栓":        {RuleMedical + " warning"},
		"生完孩子喝这个，保证不会落病根": {RuleMedical + " warning"},
		"牙疼抹一点就止疼":        {RuleMedical + " warning"},
		// Brush-offs.
		// A name field left in brackets with its bare 名.
		"亲爱的【顾客名】，包裹已经寄出": {RuleVarsMalformed + " error"},
		"【商品名】羊毛衫，纯羊毛":    nil,
		"收到货了还问东问西":       {RuleForbidden + " error"},
		"你问的这个跟我有什么关系":    {RuleForbidden + " error"},
		"少来这套":            {RuleForbidden + " error"},
		"您可真是个天才":         {RuleForbidden + " error"},
		"明天也不一定回":         {RuleForbidden + " error"},
		"你当是吃仙丹呢":         {RuleForbidden + " error"},
		"这种问题不用问我":        {RuleForbidden + " error"},
		"恕我直言，这款不适合您":     {RuleForbidden + " error"},
		"不接待只看不买的":        {RuleForbidden + " error"},
		// Pushes to a shop, a hospital, the web, the courier, the developer.
		"你找眼镜店去":      {RulePushAway + " error"},
		"你回去找配镜的医院问吧": {RulePushAway + " error"},
		"地址你自己网上查":    {RulePushAway + " error"},
		"你直接找快递小哥":    {RulePushAway + " error"},
		"固件问题去找开发商":   {RulePushAway + " error"},
	})
}

// lint v20, after red teams 514-521 (first measured on e2f216b): the
// classes they showed, in new words, with the look-alikes that keep their
// verdict.
func TestLintV20AfterRedTeams514to521(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: a scam warned of, and a print shop setting the buyer's
		// own account or number on what it prints (the shop's own account on a
		// card it sends stays an error).
		"有人让您加群领优惠券？那不是我们官方的，请注意防骗":       nil,
		"您要把微信二维码印在宣传单上对吧？图片发我，我排进去":      nil,
		"您要印的电话是0571-88112233对吧，已经排在名片背面": nil,
		"名片上要印“小红书号”这一行吗？":                nil,
		"卡片上印了我们的微信，加一下领红包":               {RuleContact + " error"},
		// False alarms: the buyer's QR code, numbers on a team shirt, a
		// screenshot, the buyer's convenience, the agent's own unclear words, a
		// refusal, finding out, juice at 100%, an export setting.
		"您的二维码离边缘太近，我往里挪一点":  nil,
		"班服的号码从1号排到40号":      nil,
		"QQ截图太糊了，麻烦发原图":      nil,
		"您最方便哪天收货？":          nil,
		"不好意思，刚才讲得不清楚，我再说一遍": nil,
		"甭加微信了，在这儿说就行":       nil,
		"这是俺头一回遇到，俺去问问仓库":    nil,
		"这款是100%NFC果汁":       nil,
		"导出时选最高画质就行":         nil,
		// Off the platform: better over there, also open there, pay by this code
		// for less, a call to the buyer, a green heart before a colon.
		"在得物上也有，那边验货更放心":         {RuleContact + " error"},
		"我们在 Carousell 都有卖，那边平啲": {RuleContact + " error"},
		"拼多多那边我们也开了，搜店名一样的":      {RuleContact + " error"},
		"扫这个码付款，立减十元":            {RuleContact + " error"},
		"把手机号发我，我直接打给您":          {RuleContact + " error"},
		"把电话发我，业务员直接打给快递员":       nil,
		"💚：snack 一 二 三 四":        {RuleContact + " error"},
		// A star inside 好评.
		"好⭐评 返 💰": {RuleCashback + " error"},
		// Fake orders: any link, the real goods sent; refunds after the sales count;
		// an empty parcel or an envelope to move the logistics.
		"在这个链接下单，我们按您要的颜色发": {RuleFakeOrder + " error"},
		"拍链接A付款，我们给您发链接B的蜡": {RuleFakeOrder + " error"},
		"拍9块9的链接，寄过去的是整套":   {RuleFakeOrder + " error"},
		"拍大号规格，实际按您要的小号发":   {RuleFakeOrder + " error"},
		"拍下后别急着退款，等统计完销量再退": {RuleFakeOrder + " error"},
		"我们发的是空包裹，走个流程":     {RuleFakeOrder + " error"},
		"帮阿拉拍两单，钞票马上退":      {RuleFakeOrder + " error"},
		"发个信封过去就行，钱当天退":     {RuleFakeOrder + " error"},
		// Claims.
		"冇边间比我哋更平": {RuleAdLaw + " warning"},
		// Medical claims, with the look-alikes that stay clean.
		"晕车的话挂一个，保准不晕了":    {RuleMedical + " warning"},
		"老腰病睡一阵就能睡好":       {RuleMedical + " warning"},
		"腰疼的话贴上就好受多了":      nil,
		"能溶血栓":             {RuleMedical + " warning"},
		"用了不得皮肤病":          {RuleMedical + " warning"},
		"穿了会掉色，不会得皮肤病的，放心": nil,
		"可以代替退烧药":          {RuleMedical + " warning"},
		// Brush-offs.
		"车是哪年的都记不住":       {RuleForbidden + " warning"},
		"爱租不租":            {RuleForbidden + " error"},
		"这个粉色很可爱要不要一起带一件": nil,
		"讲几遍了，定制的不退":      {RuleForbidden + " error"},
		"催也没用，等着吧":        {RuleForbidden + " error", RuleForbidden + " warning"},
		"穷就别买了":           {RuleForbidden + " error"},
		"还好意思让我印":         {RuleForbidden + " error"},
		"恁懂还是俺懂":          {RuleForbidden + " error"},
		"都说了没货，还问":        {RuleForbidden + " error"},
		"这种问题就别问客服了":      {RuleForbidden + " error"},
		"又不是只有你一单":        {RuleForbidden + " error"},
		"咸不咸你自己尝不出来":      {RuleForbidden + " error"},
		// Pushes.
		"请联系品牌官方售后": {RulePushAway + " error"},
		"您找工厂要吧":    {RulePushAway + " error"},
	})
}

// lint v20, after red teams 522-529 (first measured on c240b6f): the
// classes they showed, in new words, with the look-alikes that keep their
// verdict.
func TestLintV20AfterRedTeams522to529(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: a fake-order offer the buyer is told not to believe, a
		// purchase the buyer made elsewhere, a wrong parcel asked about and
		// apologised for.
		"刷单我们不做，也请您别相信帮忙拍单返现的信息":      nil,
		"您说在闲鱼买了旧茶壶想配个盒子？可以的":         nil,
		"去闲鱼买了就知道，便宜一半":               {RuleContact + " error"},
		"您收到的是“拍A发B”了吗？发错货非常抱歉，马上给您换": nil,
		"拍A发B，放心不会出错":                 {RuleFakeOrder + " error"},
		// False alarms: a poetic first, a setting named in Latin, a game genre, a
		// permanent hair dye, an empty parcel reported, an honest price.
		"这束花像清晨的第一缕光":                nil,
		"这款鼠标最高 DPI 是 16000，可以在驱动里调": nil,
		"最大的优势是续航10":                 {RuleAdLaw + " warning"},
		"第一人称游戏建议用轻一点的鼠标":            nil,
		"这款是永久性染发剂，发根要补染":            nil,
		"空包的问题已经上报快递公司":              nil,
		"价格直接给您最实在的":                 nil,
		// Off the platform.
		"淘宝这边回复慢，去那边找我":        {RuleContact + " error"},
		"要问题的话 V 上找我：qiuse_01": {RuleContact + " error"},
		"你留个V，到货了我教你":          {RuleContact + " error"},
		"唯信同步更新，号在头像里":         {RuleContact + " error", RuleContact + " error"},
		"美团上也搜得到我们店":           {RuleContact + " error"},
		"走线下的话我再给你让50":         {RuleContact + " error"},
		// Rewards for reviews.
		"晒视频到评价区，奖励一顶帽子":   {RuleCashback + " error"},
		"评价截图发过来，下单可以多拿一包": {RuleCashback + " error"},
		// Fake orders.
		"拍个杯子再退了，凑个成交量":       {RuleFakeOrder + " error", RuleFakeOrder + " error"},
		"物流信息是我们自己生成的，点签收就行":  {RuleFakeOrder + " error"},
		"亲朋好友帮忙拍一下，我们退款再送小礼品": {RuleFakeOrder + " error"},
		"帮忙拍一单，不必收货，钱稍后奉还":    {RuleFakeOrder + " error"},
		// Claims; the shop comparing its own goods stays clean.
		"这个价位找不到第二个比它好的": {RuleAdLaw + " warning"},
		"您在本店找不到第二款同价的了": nil,
		"我们家是头把交椅":       {RuleAdLaw + " warning"},
		"没得哪个比它更耐用":      {RuleAdLaw + " warning"},
		"巅峰口感":           {RuleAdLaw + " warning"},
		// Medical claims.
		"不会让血压升高":   {RuleMedical + " warning"},
		"感冒了喝一碗就好了": {RuleMedical + " warning"},
		"不会食物中毒":    {RuleMedical + " warning"},
		"指标会降":      {RuleMedical + " warning"},
		"湿气重都祛得走":   {RuleMedical + " warning"},
		"脚气抹两天就没了":  {RuleMedical + " warning"},
		"夜里不会咳嗽":    {RuleMedical + " warning"},
		"糖尿病都控制住了":  {RuleMedical + " warning"},
		"常摸能通经络":    {RuleMedical + " warning"},
		// Brush-offs, with look-alikes.
		"切菜都切不好还怪刀":     {RuleForbidden + " error"},
		"您还怪我们发得太快了，哈哈": nil,
		"恁是信球吧":         {RuleForbidden + " warning"},
		"俺懒得管":          {RuleForbidden + " error"},
		"证据呢":           {RuleForbidden + " error"},
		"自己作的":          {RuleForbidden + " error"},
		"你这样的我们不卖":      {RuleForbidden + " error"},
		"你肯定是没按说明书来":    {RuleForbidden + " error"},
		"要差评随便你":        {RuleForbidden + " error"},
		"没看到我在忙啊":       {RuleForbidden + " error"},
		"这么简单都弄不来":      {RuleForbidden + " error"},
		"孬子才这么用":        {RuleForbidden + " error"},
		// Pushes.
		"您直接找配送的花店说":  {RulePushAway + " error"},
		"激活问题找索尼客服":   {RulePushAway + " error"},
		"请您自行致电快递公司":  {RulePushAway + " error"},
		"麻烦拍个照片作为证据呢": nil,
	})
}
