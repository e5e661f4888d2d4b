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

// lint v21: red teams 546-553, measured on 2f74ecf; the classes of their
// false errors and misses, in new words, with the look-alikes that keep
// their verdict.
func TestLintV21AfterRedTeams546to553(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: a phrase quoted back alone, the shop going itself, a question asked back,
		// a promise to ask, a packing fix, nothing off the platform, a buyer's words and a hearsay
		// warned off, 妳, a third party's request warned off, how to buy as advice.
		"您说我们“爱买不买”？实在抱歉，是我没说清楚": nil,
		"嫌贵就别买": {RuleForbidden + " error"},
		"快递丢了俺去找快递公司，您不用跑":      nil,
		"我唔知宝宝几大，方唔方便讲下？我帮你揀":   nil,
		"这个我唔知答案，但我会问厂家，今晚覆你":   nil,
		"好评收到了，下回我们多加一层泡沫":      nil,
		"好评之后每台多加30给您":          {RuleCashback + " error"},
		"小红书、快手我们都没有，就这一家店":     nil,
		"独家专利，别家都没有":            {RuleAdLaw + " warning"},
		"买家说“加个V方便”，这个我们不行哦":    nil,
		"别家说加V便宜，那是私下交易，没有售后保障": nil,
		"歹勢，這個我不太清楚，幫妳問廠商":      nil,
		"师傅要是让您私下转账，您先别给":       nil,
		"着急的话今天拍最稳":             nil,
		"脚宽的选大一码最合适":            nil,
		// Off the platform: a group-buy app, a phone given in Cantonese, a private deal, Taiwan
		// landline, paying by Alipay transfer, an ID after 我的V+, a physical shop to talk terms.
		"留个手机号畀我，我打畀你":                  {RuleContact + " error"},
		"那咱私下谈，不走这个单子了":                 {RuleContact + " error", RuleContact + " error"},
		"打 0 2 - 2 7 0 0 - 5 6 7 8 找老板": {RuleContact + " error"},
		"支付宝转账给我就好":                     {RuleContact + " error"},
		"我的V➕a·b·c·d·e·f":               {RuleContact + " error"},
		"可到实体店面洽谈":                      {RuleContact + " error"},
		"别在网上拍，来作坊买":                    {RuleContact + " error"},
		// Cashback: a good word for money, a gift as thanks.
		"留一句好话，奉还十元":     {RuleCashback + " error"},
		"追加评价，寄您一包茶做谢礼":  {RuleCashback + " error"},
		"给个五分，送您一张券作为感谢": {RuleCashback + " error"},
		// Fake orders: tracking numbers made up, ordered low and shipped by note, reviews written to
		// the other goods, someone's account borrowed, boosting one colour.
		"发根线凑个单号":            {RuleFakeOrder + " error"},
		"有现成的快递单号，填上去就算发货":   {RuleFakeOrder + " error", RuleFakeOrder + " error"},
		"拍低价的规格，我按备注发":       {RuleFakeOrder + " error"},
		"评价按礼盒写就行":           {RuleFakeOrder + " error"},
		"评价按真实感受写就好":         nil,
		"先给您挂一个快递单号":         {RuleFakeOrder + " error"},
		"我们有单号资源":            {RuleFakeOrder + " error"},
		"借您的账号下一单":           {RuleFakeOrder + " error"},
		"下单选红色，为了冲红色的销量":     {RuleFakeOrder + " error"},
		"您帮我拍一下，我再全退":        {RuleFakeOrder + " error"},
		"帮您弄个快递单号，显示已签收":     {RuleFakeOrder + " error"},
		"好多人帮我们拍过，一分钱不花还拿小费": {RuleFakeOrder + " error", RuleFakeOrder + " error"},
		"拍了就退钱":              {RuleFakeOrder + " error"},
		// Absolute claims.
		"全城头一份":      {RuleAdLaw + " warning"},
		"您是今天头一份下单的": nil,
		"全国就我们一家":    {RuleAdLaw + " warning"},
		"零故障":        {RuleAdLaw + " warning"},
		"再也找不到比这更香的": {RuleAdLaw + " warning"},
		"没人比我们更懂茶":   {RuleAdLaw + " warning"},
		"天下无双":       {RuleAdLaw + " warning"},
		// Medical.
		"闻一闻血压就稳下来了": {RuleMedical + " warning"},
		"老寒腿勿痛哉":     {RuleMedical + " warning"},
		"穿了不得冻疮":     {RuleMedical + " warning"},
		"夜里唔会再盗汗":    {RuleMedical + " warning"},
		"清热下火":       {RuleMedical + " warning"},
		"对脾胃有调理功效":   {RuleMedical + " warning"},
		"干眼症都给看好了":   {RuleMedical + " warning"},
		"有生睫毛的效果":    {RuleMedical + " warning"},
		"防空调病，吹了不头疼": {RuleMedical + " warning", RuleMedical + " warning"},
		"治胃酸反流":      {RuleMedical + " warning"},
		// Brush-offs.
		"嗲个意思":      {RuleForbidden + " error"},
		"咋这么笨":      {RuleForbidden + " error"},
		"门都没有":      {RuleForbidden + " error"},
		"懒得解释":      {RuleForbidden + " error"},
		"你那破电脑":     {RuleForbidden + " error"},
		"没那闲工夫":     {RuleForbidden + " error"},
		"我点知":       {RuleForbidden + " error"},
		"你问其他人":     {RuleForbidden + " error"},
		"答唔到":       {RuleForbidden + " error"},
		"催咩啫":       {RuleForbidden + " error"},
		"不信就去鉴定":    {RuleForbidden + " error"},
		"仲要讲价":      {RuleForbidden + " error"},
		"唔好烦住我":     {RuleForbidden + " error"},
		"系你自己嘅问题":   {RuleForbidden + " error"},
		"你看着办":      {RuleForbidden + " error"},
		"还要怎么解释你才懂": {RuleForbidden + " error"},
		"你莫管":       {RuleForbidden + " error"},
		"下次别在我们家买":  {RuleForbidden + " error"},
		"你过几天再来":    {RuleForbidden + " error"},
		"又没人逼你":     {RuleForbidden + " error"},
		"母汤再问":      {RuleForbidden + " error"},
		"是憨憨":       {RuleForbidden + " error"},
		"轮不到你来教我":   {RuleForbidden + " error"},
		"多费口舌":      {RuleForbidden + " error"},
		// Pushes.
		"您问菜鸟驿站吧":    {RulePushAway + " error"},
		"那你问厂家去":     {RulePushAway + " error", RuleForbidden + " error"},
		"揾快递赔":       {RulePushAway + " error"},
		"等平台判":       {RulePushAway + " error"},
		"你问下厂家":      {RulePushAway + " error"},
		"您给宽带公司打电话吧": {RulePushAway + " error"},
		"您找美的售后看看吧":  {RulePushAway + " error"},
		"去寻顺丰":       {RulePushAway + " error"},
		// Placeholders: a date to fill in mid-sentence, a field joined by 嘅; a heading stays clean.
		"师傅【上门日期】到，家里留人": {RuleVarsMalformed + " error"},
		"亲，【订单号】嘅赠品已补发":  {RuleVarsMalformed + " error"},
		"【发货时间】48小时内":    nil,
	})
}

// lint v21: red teams 554-561, measured on fe11df4; the classes of their
// false errors and misses (and the quoted 爱买不买 left from 546-553), in
// new words, with the look-alikes that keep their verdict.
func TestLintV21AfterRedTeams554to561(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: a quoted phrase then an apology, a buyer's dilemma named, the app the buyer
		// heard of the shop on; weather and comfort superlatives.
		"您觉得我们\"爱买不买\"不好？真的对不起":  nil,
		"“爱买不买”就是我们的态度":          {RuleForbidden + " error"},
		"不知道选大码还是小码，看体重，一百斤以内选S": nil,
		"不知道，自己看":                {RuleForbidden + " error", RuleForbidden + " error"},
		"朋友在微信上推荐您来的？欢迎！下单就在这里拍": nil,
		"您在抖音上看到的？加我微信：abc12345": {RuleContact + " error"},
		"最冷那几天会停发快递":             nil,
		"您调到最舒服的角度就行":            nil,
		// Emoji alone.
		"👍👍":      {RuleTextOneChar + " error"},
		"💅💅💅":     {RuleTextOneChar + " error"},
		"👍好的，马上发": nil,
		// Off the platform: an ID spelt by case, Chinese numerals after 薇, search the name, also on
		// another app, a bank card, 加个微, +V for a gift pack, a gift for ordering there.
		"威：大写的AB，小写的shop":  {RuleContact + " error"},
		"薇mz一七七八":          {RuleContact + " error"},
		"搜名字就出来":           {RuleContact + " error"},
		"我们在美团上也能下单":       {RuleContact + " error"},
		"款直接打这张卡就行":        {RuleContact + " error"},
		"加我个微，说话方便":        {RuleContact + " error"},
		"蔷薇一七七朵":           nil,
		"＋V 领资料包":          {RuleContact + " error"},
		"您去小红书下单的话多送一套贴纸":  {RuleContact + " error"},
		"价格降到1688，下单就送赠品":  nil,
		"闲鱼上有我们的二手书，只要一半价": {RuleContact + " error"},
		// Fake orders.
		"下单后申请退款，我们秒同意":    {RuleFakeOrder + " error"},
		"帮我们做下销量，货唔发，钱原路退": {RuleFakeOrder + " error", RuleFakeOrder + " error"},
		"备注发套装就行，价格我们后台处理": {RuleFakeOrder + " error"},
		"后台改成已发货，东西就不寄了":   {RuleFakeOrder + " error"},
		// Absolute claims; fit advice stays clean.
		"全城没比它再白的":    {RuleAdLaw + " warning"},
		"同价位没有能打过这台的": {RuleAdLaw + " warning"},
		"口感巅峰":        {RuleAdLaw + " warning"},
		// Medical.
		"失眠全赶跑":        {RuleMedical + " warning"},
		"不运动也能掉秤":      {RuleMedical + " warning"},
		"近视度数会降":       {RuleMedical + " warning"},
		"促进血液循环，手脚不发麻": {RuleMedical + " warning", RuleMedical + " warning"},
		"能防猫瘟":         {RuleMedical + " warning"},
		"湿疹就不会再犯了":     {RuleMedical + " warning"},
		"能防交叉感染":       {RuleMedical + " warning"},
		"常看能明目":        {RuleMedical + " warning"},
		// Brush-offs.
		"我说了算":        {RuleForbidden + " error"},
		"搞不懂你想干什么":    {RuleForbidden + " error"},
		"请你讲点道理":      {RuleForbidden + " error"},
		"这客人真是难搞":     {RuleForbidden + " error"},
		"都这把年纪了还穿这么花": {RuleForbidden + " error"},
		"反正发货了，你能怎么样": {RuleForbidden + " error"},
		"下次把脑子带上":     {RuleForbidden + " error"},
		"不会看物流啊":      {RuleForbidden + " error"},
		"弗要搭我讲":       {RuleForbidden + " error"},
		"介都不懂啊":       {RuleForbidden + " error"},
		"这么简单都装不好":    {RuleForbidden + " error"},
		"哪顾得过来":       {RuleForbidden + " error"},
		// Pushes.
		"屏幕问题直接打品牌客服电话问": {RulePushAway + " error"},
		"你自己给顺丰打电话":      {RulePushAway + " error"},
		"坏了找厂家，我们这边不管":   {RulePushAway + " error", RuleForbidden + " error", RulePushAway + " error"},
		"您跟快递小哥自己商量":     {RulePushAway + " error"},
	})
}

// lint v21: red teams 562-569, measured on f8fb393; the classes of their
// false errors and misses (a Hong Kong set written in Traditional Cantonese
// with English among them), in new words, with the look-alikes that keep
// their verdict.
func TestLintV21AfterRedTeams562to569(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: a feature in Traditional wording, a refund's route, a warning with 莫信, the
		// buyer's words asked back then kept here, a polite 不知道您喜欢, an errand spared, goods
		// redeemed in an app, a game's five-star character.
		"呢款手錶支援 WeChat 訊息提示": nil,
		"退款會入返你 PayMe":       nil,
		"PayMe 轉賬俾我":         {RuleContact + " error", RuleContact + " error"},
		"有人让您\"刷单\"千万莫信":     nil,
		"小程序下单？我们只在这家店卖，直接在商品页拍就行": nil,
		"加微信？加我微信：abc12345":        {RuleContact + " error"},
		"不知道您喜欢甜的还是酸的，我给您推荐":       nil,
		"不用侬自己联系快递，我跟网点讲好了":        nil,
		"您自己联系快递吧":                 {RulePushAway + " error"},
		"红包封面序列号，兑换是在微信里输入":        nil,
		"游戏里5星角色抽不到不怪我们":           nil,
		"五星好评返5元":                  {RuleCashback + " error"},
		// Placeholders written in Traditional characters.
		"【買家暱稱】你好":           {RuleVarsMalformed + " error"},
		"你嘅訂單【訂單號】已經發貨":      {RuleVarsMalformed + " error"},
		"【訂單號】2026120500123": nil,
		// Cantonese brush-offs, pushes, contact, fake orders, claims.
		"唔到我哋管":                  {RuleForbidden + " error"},
		"咁簡單都唔識":                 {RuleForbidden + " error"},
		"你真係好麻煩":                 {RuleForbidden + " error"},
		"得閒先覆你":                  {RuleForbidden + " error"},
		"遲啲先理你":                  {RuleForbidden + " error"},
		"你估我哋好得閒咩":               {RuleForbidden + " error"},
		"平嘢嚟㗎啦，仲想點":              {RuleForbidden + " error"},
		"你唔信就算":                  {RuleForbidden + " error"},
		"唔好阻住我":                  {RuleForbidden + " error"},
		"你直接聯絡順豐問啦":              {RulePushAway + " error"},
		"係天貓嘅事":                  {RulePushAway + " error"},
		"問返平台":                   {RulePushAway + " error"},
		"搵快遞賠啦":                  {RulePushAway + " error"},
		"IG search @abc.shop":    {RuleContact + " error"},
		"Facebook page inbox 我哋": {RuleContact + " error"},
		"入我哋粉絲群":                 {RuleContact + " error"},
		"留個 email 俾我":            {RuleContact + " error"},
		"谷吓銷量":                   {RuleFakeOrder + " error"},
		"唔使真係寄貨":                 {RuleFakeOrder + " error"},
		"買完即退":                   {RuleFakeOrder + " error"},
		"每日5單，週結":                {RuleFakeOrder + " error"},
		"借你個 account":            {RuleFakeOrder + " error"},
		"全港銷量冠軍":                 {RuleAdLaw + " warning"},
		"冇邊隻及得上":                 {RuleAdLaw + " warning"},
		"無可超越":                   {RuleAdLaw + " warning"},
		"至平至抵":                   {RuleAdLaw + " warning"},
		"孕婦用都唔會傷胎":               {RuleMedical + " warning"},
		"可以幫你診斷心律":               {RuleMedical + " warning"},
	})
}
