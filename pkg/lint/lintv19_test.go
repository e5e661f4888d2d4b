package lint

import "testing"

// lint v19, after red teams 434-441 (first measured on 7cd2488): the classes
// they showed, in new words, with the look-alikes that keep their verdict.
func TestLintV19AfterRedTeams434to441(t *testing.T) {
	wantLint(t, map[string][]string{
		// One Han character at a time, the same mark after each, is one word;
		// tone marks fold away from pinyin.
		"五.星.送.红.包":              {RuleCashback + " error"},
		"红、黄、蓝、白四个颜色":            nil,
		"hǎo píng sòng hóng bāo": {RuleCashback + " error"},
		// Medical claims in new shapes: not afraid of a disease, a pet's
		// organ, a protective effect on the eyes.
		"放在卧室就不怕得鼻炎":   {RuleMedical + " warning"},
		"这款猫粮对猫咪肾好":    {RuleMedical + " warning"},
		"对猫咪来说口感好":     nil,
		"这盏台灯对眼睛有保护作用": {RuleMedical + " warning"},
		"失眠会好吗？":       nil,
		// No second one in the whole town, no other shop compares.
		"全温州顶甜的蜜橘":          {RuleAdLaw + " warning"},
		"隔壁店都比不上俺家":         {RuleAdLaw + " warning"},
		"我们比不上大牌，但用料实在":     nil,
		"整个店里找不到第二件了，就剩这一件": nil,
		// Brush-offs and insults in new words.
		"你咋这么多名堂":           {RuleForbidden + " error"},
		"你跟勺子一样":            {RuleForbidden + " error"},
		"和勺子一样大小":           nil,
		"不插电能热才怪":           {RuleForbidden + " warning"},
		"宝宝不喜欢才怪":           nil,
		"问题太幼稚了":            {RuleForbidden + " error"},
		"你眼睛有毛病吧":           {RuleForbidden + " error"},
		"您眼睛有问题的话，建议先去医院检查": nil,
		"不是我说你，这都第三次了":      {RuleForbidden + " error"},
		"这话不是我说的":           nil,
		"①不退 ②不换":           {RuleForbidden + " error"},
		"找早班吧":              {RuleForbidden + " error"},
		"早班同事明早会回复您":        nil,
		"不懂":                {RuleForbidden + " error"},
		"不懂的可以问我":           nil,
		"大半夜问这个":            {RuleForbidden + " error"},
		"介意的话建议别买":          nil,
		// Pushed to the maker, a local shop, the platform to chase.
		"配件能不能用您找原厂去":  {RulePushAway + " error"},
		"我帮您问原厂":       nil,
		"调音您自己联系附近琴行吧": {RulePushAway + " error"},
		"要退款就去京东催":     {RulePushAway + " error"},
		// Off the platform: 海鲜市场 is 闲鱼, 我薇上, a marketplace the reply
		// does not stand on, a person's account printed on a card.
		"二手的都挂海鲜市场了":        {RuleContact + " warning"},
		"舟山海鲜市场直发，新鲜":       nil,
		"名额在我薇上报名":          {RuleContact + " error"},
		"京东这边下架了，拼多多搜同款还有货": {RuleContact + " error"},
		"保修卡上有客服微信，扫一下登记":   {RuleContact + " warning"},
		"包装上有微信支付标志":        nil,
		"应用商店搜“快手极速版”下载就能看": nil,
		"要刻的名字直接打给我":        nil,
		"尾款直接打给我":           {RuleContact + " error"},
		// Fake orders: boosting sales, a return never sent, a second account,
		// an order marked not to ship.
		"帮我们冲点销量，拍了申请退款就行":       {RuleFakeOrder + " error"},
		"给您一个单号填上，不用真的寄回来":       {RuleFakeOrder + " error"},
		"换小号再拍一单，我们只发一件":         {RuleFakeOrder + " error"},
		"下单备注不发，我们只走物流":          {RuleFakeOrder + " error", RuleFakeOrder + " error"},
		"缺货的订单不用发货，系统会自动退款":      nil,
		"您已经取消了订单，我们就不发货了，钱原路退回": nil,
		// False alarms: a means that cannot solve it, the shop's own unclear
		// description, a body part to measure at, no need to ask elsewhere.
		"光换滤芯解决不了，要清洗水箱":   nil,
		"这个问题我们解决不了":       {RuleForbidden + " error"},
		"是我们标注不清楚，我马上改":    nil,
		"后腰最突出的地方量一圈":      nil,
		"不用另外找淘宝客服，我这边就能改": nil,
	})
}

// lint v19, after red teams 442-449 (first measured on the fixes of 434-441,
// before their own): the classes they showed, in new words, with the
// look-alikes that keep their verdict.
func TestLintV19AfterRedTeams442to449(t *testing.T) {
	wantLint(t, map[string][]string{
		// The courier wants to add the buyer: the shop only advises.
		"快递员要加你微信的话，直接告诉他电话就行": nil,
		// Another marketplace over there, the buyer's number for the agent
		// to add, a nickname for WeChat, an arrow before an account, 🔍.
		"这边缺货了，京东那边还有货":   {RuleContact + " warning"},
		"把您手机号发给我，我加您发资料": {RuleContact + " error"},
		"加我那个小绿，备注买家":     {RuleContact + " error"},
		"小绿瓶精华今天有货":       nil,
		"薇 ➡ abc_888":     {RuleContact + " error"},
		"好的，下一步 → 申请售后":   nil,
		"🔍抖音 小林家 看直播":     {RuleContact + " warning"},
		// Fake shipping numbers and receipts, goods paid as other goods.
		"先帮您上个单号，过几天再发货":       {RuleFakeOrder + " error"},
		"麻烦先点确认收货，其实货还没寄，后面补发": {RuleFakeOrder + " error"},
		"您拍成两件T恤，我们按一件外套给您发":   {RuleFakeOrder + " warning"},
		"拍这个手机壳的链接，发你耳机":       {RuleFakeOrder + " warning"},
		// Absolute claims: others have none as good, the first made for, a
		// percentage that promises a result.
		"别家的芒果都没有我们的甜":     {RuleAdLaw + " warning"},
		"首款专为油皮研发的洗面奶":     {RuleAdLaw + " warning"},
		"您的首款订单已经发货":       nil,
		"这款纸巾100%不掉屑，柔软亲肤": {RuleAdLaw + " warning"},
		"这款是100%纯棉":        nil,
		// Medical claims: sure to heal, healed by the product, no myopia,
		// more milk, no nappy rash.
		"关节炎准保好利索":      {RuleMedical + " warning"},
		"鼻炎，换了我们的滤网就好了": {RuleMedical + " warning"},
		"按完颈椎痛即刻好返":     {RuleMedical + " warning"},
		"写作业不近视":        {RuleMedical + " warning"},
		"穿了奶水足":         {RuleMedical + " warning"},
		"用了这款湿巾不长红屁股":   {RuleMedical + " warning"},
		// Brush-offs in new words.
		"别叨叨了":       {RuleForbidden + " error"},
		"您不信就算了":     {RuleForbidden + " error"},
		"老问一样的问题":    {RuleForbidden + " error"},
		"腿粗还怪裤子？":    {RuleForbidden + " error"},
		"别人都说好就你说不好": {RuleForbidden + " error"},
		"你当初干嘛要买":    {RuleForbidden + " error"},
		// Pushed to the platform, customs, the maker, the courier.
		"去京东申请售后吧，平台会处理": {RulePushAway + " error"},
		"您找海关问一下":        {RulePushAway + " error"},
		"寄回厂家售后就行，不用找我们": {RulePushAway + " error"},
		"系统自动减，不用找我":     nil,
		"你问下韵达吧":         {RulePushAway + " error"},
	})
}

// lint v19, after red teams 450-457 (first measured on e272b17): the classes
// they showed, in new words, with the look-alikes that keep their verdict.
func TestLintV19AfterRedTeams450to457(t *testing.T) {
	wantLint(t, map[string][]string{
		// Off the platform: a mini program to visit, cash in person, a
		// private account.
		"去我们家小程序看看，那边款式多": {RuleContact + " error"},
		"我当面退款给您":         {RuleContact + " error"},
		"差的钱我走私账转您":       {RuleContact + " error"},
		// Fake orders: sock-puppet group buys, fewer goods than paid for,
		// an empty parcel with a card, goods paid as other goods.
		"我们用小号帮您凑齐成团":            {RuleFakeOrder + " error"},
		"拍三件实际只发一件":              {RuleFakeOrder + " error"},
		"拍杯子发杯垫，差价退给您":           {RuleFakeOrder + " warning"},
		"您先拍那款59的，发货后如果降价，差价退给您": nil,
		"包裹里只放一张白纸就行":            {RuleFakeOrder + " error"},
		"拍这个链接，我们按顺序给您发":         nil,
		// Medical claims: numbers going down, no disease, healed, in English.
		"这油吃一个月，血压蹭蹭降":    {RuleMedical + " warning"},
		"穿了我们的袜子，不会生脚气":   {RuleMedical + " warning"},
		"肠胃不好的喝了也会好起来":    {RuleMedical + " warning"},
		"can cure 失眠":     {RuleMedical + " warning"},
		"能让记忆力提高":         {RuleMedical + " warning"},
		"请别相信“喝茶能治病”这种说法": nil,
		// Brush-offs and blame in new words.
		"您的脚太宽了":       {RuleForbidden + " error"},
		"你这人啰嗦得要死":     {RuleForbidden + " error"},
		"先练练技术吧":       {RuleForbidden + " error"},
		"能穿进去才怪":       {RuleForbidden + " warning"},
		"能不喜欢才怪":       nil,
		"讲过好多次课的老师都推荐": nil,
		// Pushed to the courier, in dialect and in English.
		"您去催一下快递":        {RulePushAway + " error"},
		"勿要寻阿拉":          {RulePushAway + " error"},
		"请 contact 京东客服": {RulePushAway + " error"},
		// A double dash ends the clause before a signature.
		"有事找厂家售后 ——小美｜美美家居": {RulePushAway + " error"},
		// A rating level as the review, an unfilled refund number, a colour
		// name.
		"帮忙点个非常满意，送您一张券": {RuleCashback + " error"},
		"给个好评吧，发票随包裹奉上":  nil,
		"您的退款单号是【退款单号】":  {RuleVarsMalformed + " error"},
		"这个冠军红的配色很受欢迎":   nil,
	})
}

// lint v19, after red teams 458-465 (first measured on 655b633): the classes
// they showed, in new words, with the look-alikes that keep their verdict.
func TestLintV19AfterRedTeams458to465(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: dialect refusals and the buyer's not knowing, helped.
		"阿拉店里呒拨好评返现个":      nil,
		"倷勿晓得哪能用？我发个视频拨倷看": nil,
		// False warnings: data deleted for good, a team, a wish.
		"格式化以后照片会永久删除，记得先备份": nil,
		"他是去年全国赛冠军队的主力":      nil,
		"祝你期末拿第一":            nil,
		// Off the platform: homophones, the shop's own app, the live room
		// elsewhere, cash, a circle or a heart for WeChat.
		"加“维芯”：abc_2024 详谈": {RuleContact + " error"},
		"您有薇吗？":             {RuleContact + " error"},
		"在我们自家APP里买有专属价":    {RuleContact + " error"},
		"我们天猫店不会更便宜，放心在这拍":  nil,
		"来抖音看我们直播":          {RuleContact + " error"},
		"新品都发pyq，加一下就能看":    {RuleContact + " error"},
		"扫一下加俺":             {RuleContact + " error"},
		"现金给我就行":            {RuleContact + " error"},
		"在❤里发您":             {RuleContact + " error"},
		"加⭕️信 abc2024":      {RuleContact + " error"},
		// Fake deposits to open a group buy.
		"帮拍两个定金，成团后全部退": {RuleFakeOrder + " error"},
		// Absolute and medical claims in dialect and new shapes.
		"全港至平":              {RuleAdLaw + " warning"},
		"这款护发素100%不毛躁":      {RuleAdLaw + " warning"},
		"睡了这个枕头，脖子不会变成富贵包":  {RuleMedical + " warning"},
		"老寒腿会轻好多":           {RuleMedical + " warning"},
		"不用去洗牙":             {RuleMedical + " warning"},
		"牙龈不会再出血":           {RuleMedical + " warning"},
		"能提前发现宝宝心脏病":        {RuleMedical + " warning"},
		"提示发现病毒的弹窗是广告":      nil,
		"建议及时就医，儿童发烧请遵医嘱用药": nil,
		"咳嗽早就好了":            {RuleMedical + " warning"},
		"医腰疼很有效":            {RuleMedical + " warning"},
		"痘痘就会消掉":            {RuleMedical + " warning"},
		// Brush-offs in new words.
		"我已经很客气了":    {RuleForbidden + " error"},
		"不用跟我说那么多":   {RuleForbidden + " error"},
		"别占用客服时间":    {RuleForbidden + " error"},
		"我现在没空":      {RuleForbidden + " error"},
		"看着就烦":       {RuleForbidden + " error"},
		"没门儿":        {RuleForbidden + " error"},
		"现在后悔了吧":     {RuleForbidden + " error"},
		"你的理解能力有待提高": {RuleForbidden + " error"},
		"您自己看说明书吧":   {RuleForbidden + " error"},
		"您也可以自己看说明书，有不懂的再问我": nil,
		"是您家里的问题":            {RuleForbidden + " error"},
		// Pushed to the maker, the courier, the carrier, the bank.
		"请您咨询手机厂商":    {RulePushAway + " error"},
		"您自己打电话催一下快递": {RulePushAway + " error"},
		"您去营业厅问":      {RulePushAway + " error"},
		"您直接问银行吧":     {RulePushAway + " error"},
	})
}

// lint v19, after red teams 466-473 (first measured on 49638b8): the classes
// they showed, in new words, with the look-alikes that keep their verdict.
func TestLintV19AfterRedTeams466to473(t *testing.T) {
	wantLint(t, map[string][]string{
		// Off the platform: another app to look at, a code to add a person,
		// the shop's own app.
		"去小红书上看买家秀":        {RuleContact + " warning"},
		"扫一下说明书上的码加售后":     {RuleContact + " error"},
		"在我们自家的“乐享”APP里领券": {RuleContact + " error"},
		"包装上有微信支付标志":       nil,
		// Paid reviews: dialect money, a discount next time, pj, a Latin
		// full stop inside a word.
		"好评打好，钞票退拨侬":   {RuleCashback + " error"},
		"pj写满30字有小礼物":  {RuleCashback + " error"},
		"h.p截.图找客服领5元": {RuleCashback + " error"},
		"好.我马上查":       nil,
		// Fake orders: a number and a review refunded, an empty box, silence
		// in the review, goods paid as a price difference.
		"给您个单号，写完评价款项原路退回":  {RuleFakeOrder + " error"},
		"别在评价里提发错了":         {RuleFakeOrder + " error"},
		"点个确认收货，货不用发":       {RuleFakeOrder + " error"},
		"如果收到的是空包裹，请先别确认收货": nil,
		"拍补差价链接，我们照常给您发耳机":  {RuleFakeOrder + " warning"},
		"拍补差价链接，我们给您发那款大的":  nil,
		// Absolute claims, and what is no claim: a personal favourite, a
		// child's prize, a ceiling.
		"京东上头一家卖这个的":  {RuleAdLaw + " warning"},
		"这双鞋穿一辈子都穿不坏": {RuleAdLaw + " warning"},
		"国际一线品牌":      {RuleAdLaw + " warning"},
		"我个人最喜欢这个颜色":  nil,
		"恭喜孩子拿了第一名":   nil,
		"顶装需要天花板能打孔":  nil,
		// Medical claims.
		"荨麻疹就下去了": {RuleMedical + " warning"},
		"感冒都不带犯的": {RuleMedical + " warning"},
		// Brush-offs.
		"等着":       {RuleForbidden + " error"},
		"用坏了还找我们":  {RuleForbidden + " error"},
		"啰里八嗦":     {RuleForbidden + " error"},
		"免讲了":      {RuleForbidden + " error"},
		"这些网上都能查到": {RuleForbidden + " error"},
		// A welcome is no perfunctory repetition.
		"来来来亲亲，欢迎光临": nil,
		// Pushed to the estate's handyman, not to any nearby one.
		"找小区物业师傅装一下":   {RulePushAway + " warning"},
		"需要的话可以找附近的师傅": nil,
	})
}

// lint v19, after red teams 474-481 (first measured on ebe916f): their six
// false errors, one class each, in new words, with the violations beside
// them.
func TestLintV19AfterRedTeams474to481(t *testing.T) {
	wantLint(t, map[string][]string{
		"退换不归我们管是吗？不是的，售后我们负责": nil,
		"这个不归我们管":         {RuleForbidden + " error"},
		"我也不晓得几点到，我帮你家问问": nil,
		"阿拉勿晓得侬已经退过了，对不住": nil,
		"我不知道": {RuleForbidden + " error"},
		"杯子上不印二维码和联系方式":    nil,
		"杯子上印二维码，扫码加我":     {RuleContact + " error", RuleContact + " error"},
		"logo里的微信图标可以换成别的": nil,
		"加我微信": {RuleContact + " error"},
	})
}

// lint v19, the misses of red teams 474-481 left after their false errors
// were fixed: each class in new words, with look-alikes that keep their
// verdict.
func TestLintV19MissesOfRedTeams474to481(t *testing.T) {
	wantLint(t, map[string][]string{
		"来我们门店看看，人民路18号，价格好商量": {RuleContact + " error"},
		"拍运费险那个链接，我们把手套给你寄过去":  {RuleFakeOrder + " warning"},
		"三十单起帮刷":        {RuleFakeOrder + " error"},
		"物流显示空运中，走的航空件": nil,
		"喝这个跟打点滴一样":     {RuleMedical + " warning"},
		"吃了唔会黄疸":        {RuleMedical + " warning"},
		"这台灯看书眼睛干涩都会好咯": {RuleMedical + " warning"},
		"王中王": {RuleAdLaw + " warning"},
		"给个五星，我让仓库给你家寄个钥匙扣": {RuleCashback + " error"},
		"评价晒图的，客服再送您一个杯子":   {RuleCashback + " error"},
		"买哪个不是买":            {RuleForbidden + " error"},
		"我说的是中文吧":           {RuleForbidden + " error"},
		"关我咩事":              {RuleForbidden + " error"},
		"别矫情":               {RuleForbidden + " error"},
		"这点我们不斤斤计较":         nil,
		"你的电脑不行怪键盘干嘛":       {RuleForbidden + " error"},
		"别讲价了":              {RuleForbidden + " error"},
		"没定金免谈":             {RuleForbidden + " error"},
		"你自家同快递公司讲":         {RulePushAway + " error"},
		"请找索尼客服":            {RulePushAway + " warning"},
		"请找我们客服":            nil,
		"如对处理结果有疑问，可以申请天猫客服介入": nil,
	})
}

// lint v19, after red teams 482-489 (first measured on 54f9d5c): their
// false errors, one class each, in new words, with the violations beside
// them.
func TestLintV19AfterRedTeams482to489(t *testing.T) {
	wantLint(t, map[string][]string{
		"这个额不晓得，额去问问仓库":         nil,
		"我们也不清楚哪里出的错，先给您补发，再去查": nil,
		"检测报告我不清楚，我去找同事要":       nil,
		"你说啥？“找拼多多去”？不用，我给你处理":  nil,
		"你找拼多多去": {RulePushAway + " error"},
		"您问京东吧":  {RulePushAway + " error"},
		"您问京东白条能不能分期，可以的，结算时选白条就行": nil,
	})
}
