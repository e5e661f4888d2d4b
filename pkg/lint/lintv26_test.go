package lint

import "testing"

// lint v26: red teams 746-753 were measured on 421ceaa; these are the
// classes of their false errors and misses, in new words, with the
// look-alikes that keep their verdict.
func TestLintV26AfterRedTeams746to753(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: no reward for a photo review, a platform's check-in
		// activity that is not the shop's, the platform's price protection, a
		// link a relative shared in a WeChat group.
		"晒单是您的自由，我们不设奖励": nil,
		"晒单返五元": {RuleCashback + " error"},
		"图里的“红包”是京东的签到活动，跟我们店没关系": nil,
		"这事跟我们店没关系":               {RuleForbidden + " error"},
		"京东那边有价保通道，我把入口发您":        nil,
		"京东那边有货，搜店名":              {RuleContact + " error"},
		"您是在微信群里看到亲戚分享的拼单链接吧":     nil,
		"加微信群里看到的链接找我":            {RuleContact + " error"},
		// False warnings: WeChat as a way to pay, a wish for the buyer, the
		// agent's own taste, the range a product comes in, a worry denied,
		// where to ask, the price after coupons, disbelief in cures.
		"付款可以用微信，也可以用信用卡":      nil,
		"喜欢吃就是最好的":             nil,
		"开心就最好":                nil,
		"我个人最推荐原味":             nil,
		"这款床垫最薄的是5cm，最厚的是20cm": nil,
		"最薄的床垫就在我们家":           {RuleAdLaw + " warning"},
		"绝对不会的，我马上给您补发":        nil,
		"绝对不会褪色":               {RuleAdLaw + " warning"},
		"售后在京东聊天里处理最方便":        nil,
		"最低到手价是29.9":           nil,
		"别信那些说能治病的":            nil,
		"这个能治病":                {RuleMedical + " warning"},
		// Service: not found is no promise to look.
		"不知道，没查到": {RuleForbidden + " error"},
		// Cashback: a review for a spare part sent free, the postage paid for
		// a review, a photo in the review section, praise for a parcel.
		"给个五星我们就给您补发一个刷头":  {RuleCashback + " error"},
		"坏了的话我们就给您补发":      nil,
		"麻烦写个好评，腊肉免费补发给您":  {RuleCashback + " error"},
		"邮费我给您出了，帮忙给个好评哈":  {RuleCashback + " error"},
		"评价区带张图，找我领个小福利":   {RuleCashback + " error"},
		"评价多夸几句，单独给您寄点土特产": {RuleCashback + " error"},
		// Fake orders: one model's link for another model, the cheaper of two
		// links for the same goods, a group formed and one order refunded, a
		// deposit for sales, a friend's shop, a test order, a password, bought
		// tracking numbers.
		"用X200的链接拍，我给您发X500": {RuleFakeOrder + " error"},
		"两个链接发的都是同一款，拍便宜的就行": {RuleFakeOrder + " error"},
		"成团后退掉一单就行":          {RuleFakeOrder + " error"},
		"下单付定金，别付尾款，拿来凑销量的":  {RuleFakeOrder + " error", RuleFakeOrder + " error"},
		"帮我朋友的店拍个单":          {RuleFakeOrder + " error"},
		"下单备注测试，不发货":         {RuleFakeOrder + " error"},
		"按暗号拍":               {RuleFakeOrder + " error"},
		"买了一批单号，您用一个填":       {RuleFakeOrder + " error"},
		// Ad law (Cantonese 至, Hunanese 呷) and medical claims.
		"全城至平":      {RuleAdLaw + " warning"},
		"最好呷的香肠":    {RuleAdLaw + " warning"},
		"伤口抹点还能止血":  {RuleMedical + " warning"},
		"风湿腰痛都冇咁痛啦": {RuleMedical + " warning"},
		"不会落下病根":    {RuleMedical + " warning"},
		"痛风的泡水喝有效果": {RuleMedical + " warning"},
		"喝了免疫力都上来了": {RuleMedical + " warning"},
		"帮助伤口好转":    {RuleMedical + " warning"},
		"能测出湿气重不重":  {RuleMedical + " warning"},
		// Service: impatience, why ask, not listening, not answering, making
		// trouble, go elsewhere, the buyer blamed, a bare 懂？.
		"急啥子急，明天发":     {RuleForbidden + " error"},
		"这个都要问啊":       {RuleForbidden + " error"},
		"这个都要问一下仓库才知道": nil,
		"你是一句都没听进去":    {RuleForbidden + " error"},
		"这个问题不想回答":     {RuleForbidden + " error"},
		"收到了又来闹":       {RuleForbidden + " error"},
		"下单前不看":        {RuleForbidden + " error"},
		"以后别来我们家了":     {RuleForbidden + " error"},
		"不能穿拉倒":        {RuleForbidden + " error"},
		"嫌贵咪去第二间":      {RuleForbidden + " error"},
		"懂？":           {RuleForbidden + " error", RuleTextOneChar + " error"},
		"是你手法不行，别怪刷头":  {RuleForbidden + " error"},
		// Push: the network operator, the courier.
		"网不好您打10000问电信": {RulePushAway + " error"},
		"我打给中通问问":       nil,
		// Contact: another marketplace's sale, another platform cheaper,
		// don't order here, find me.
		"唯品会有我们家的特卖，便宜三十": {RuleContact + " error"},
		"这款在快手小店也有，那边便宜":  {RuleContact + " error"},
		"你别在京东上拍，直接找我":    {RuleContact + " warning"},
	})
}

// lint v26: red teams 754-761 were measured on b19dddd.
func TestLintV26AfterRedTeams754to761(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: not knowing, then going to ask and promising to
		// tell; not vouching for a ranking the buyer asked about.
		"我也不知道快递咋还没到，我这就去问驿站，问到了就告诉您": nil,
		"没问到，您自己问驿站吧":                 {RulePushAway + " error"},
		"您问这个是不是全网第一，这个我说不上来，您看看实物再定": nil,
		"这个我说不上来": {RuleForbidden + " error"},
		// False warnings: the platform's own rule, the shop's own refurbished
		// goods, not a fraud warning, claims called exaggerated, reading
		// glasses for a phone's small print.
		"晒单送京豆那是京东的规矩":     nil,
		"晒单送红包":            {RuleCashback + " error"},
		"闲鱼上搜我们店名，有官方翻新机":  {RuleContact + " error"},
		"我们不是骗子，拍完申请仅退款就行": {RuleFakeOrder + " error"},
		"网上说喝这个能治病都是夸张的":   nil,
		"看手机微信字小的话，戴250度的": nil,
		// Cashback.
		"评个价嘛，评了我给你多送一包":    {RuleCashback + " error"},
		"评分给满的，给你补点零花钱":     {RuleCashback + " error"},
		"晒哒图找我拿五块钱":         {RuleCashback + " error"},
		"晒好图，红包到":           {RuleCashback + " error"},
		"给个五星带图，我再给你搭个杯垫":   {RuleCashback + " error"},
		"评价页发了图的来领抽奖机会":     {RuleCashback + " error"},
		"评价页面长按截个图发我，返现马上到": {RuleCashback + " error"},
		"给个好pin，截图给你发3元":    {RuleCashback + " error"},
		"评了截个图，赠品我给您补寄":     {RuleCashback + " error"},
		// Contact.
		"电话在快递单背面":         {RuleContact + " error"},
		"卡号我一会儿发您":         {RuleContact + " error"},
		"你去俺淘宝店拍":          {RuleContact + " warning"},
		"同款在淘宝卖29，搜店名就有":   {RuleContact + " warning"},
		"京东外面单独谈":          {RuleContact + " warning"},
		"钱打我工行卡":           {RuleContact + " error"},
		"钱直接转给我":           {RuleContact + " error"},
		"付款成功后，系统会自动把卡号发您": nil,
		"去我们淘宝店铺首页就能领券":    nil,
		"钉钉也可以找我":          {RuleContact + " error"},
		"UP主评论区留言我们会回":     {RuleContact + " error"},
		// Fake orders.
		"先别付尾款，占个销量":            {RuleFakeOrder + " error"},
		"没链接了，您拍红色那个，我们发蓝色":     {RuleFakeOrder + " error"},
		"先拍个一分钱的链接，好攒个评价":       {RuleFakeOrder + " error"},
		"拍围巾那个链接，我们按您要的帽子发":     {RuleFakeOrder + " error"},
		"一分钱的链接是运费补差，不是商品，别拍错了": nil,
		"拍礼盒那个链接就行，我们按链接发货":     nil,
		// Ad law and medical.
		"天底下找不着第二个": {RuleAdLaw + " warning"},
		"比这好的再没了":   {RuleAdLaw + " warning"},
		"哪家都比不过我们":  {RuleAdLaw + " warning"},
		"牙结石能自己掉":   {RuleMedical + " warning"},
		"治产后虚弱":     {RuleMedical + " warning"},
		"防老年痴呆":     {RuleMedical + " warning"},
		"喝了骨头硬朗":    {RuleMedical + " warning"},
		"风湿腿疼都轻了":   {RuleMedical + " warning"},
		// Service and push.
		"你们就爱占小便宜": {RuleForbidden + " error"},
		"这不废话嘛":    {RuleForbidden + " error"},
		"不爱吃就别吃了呗": {RuleForbidden + " error"},
		"你说啥就是啥":   {RuleForbidden + " error"},
		"您自己手机有问题": {RuleForbidden + " error"},
		"有话快点说":    {RuleForbidden + " error"},
		"催也没用":     {RuleForbidden + " error"},
		"要闹就闹":     {RuleForbidden + " error"},
		"我又不是你家保姆": {RuleForbidden + " error"},
		"你这人真烦":    {RuleForbidden + " error"},
		"没空理你":     {RuleForbidden + " error"},
		"俺又没逼恁买":   {RuleForbidden + " error"},
		"你找原机主去":   {RulePushAway + " error"},
		"你找顺丰理论去":  {RulePushAway + " error"},
		"问花呗客服":    {RulePushAway + " error"},
	})
}

// lint v26: red teams 762-769 were measured on 4ec8d13.
func TestLintV26AfterRedTeams762to769(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: another platform named before 那个…不清楚; the answer
		// given after 上面回过了; an app for calls and a speaker.
		"您说在淘宝看到更便宜的，那个我们不清楚是不是正品，我们有授权书": nil,
		"那个我们不清楚":        {RuleForbidden + " error"},
		"这个上面回过了：周五统一发货": nil,
		"这个上面回过了：自己往上翻":  {RuleForbidden + " error", RuleForbidden + " error"},
		"这个耳机打微信视频电话也清楚": nil,
		"开会用，微信、钉钉外放都清楚": nil,
		"加我微信视频电话":       {RuleContact + " error"},
		// False warnings: an apology, settings and specs with 最, a colour
		// named after an app, treatment left to a doctor.
		"您问了好几次都没解决，是我们的不对，我马上处理": nil,
		"2档是最低温，适合开着睡":            nil,
		"玻璃杯泡绿茶最能看出茶色":            nil,
		"避开中午太阳最大的时候":             nil,
		"亮度调到最低当夜灯":               nil,
		"价格已经调到最低了":               {RuleAdLaw + " warning"},
		"这款最高支持4K输出":              nil,
		"这款颜色叫“微信绿”":              nil,
		"近视的话治疗要听医生的":             nil,
		"蓝牙最远十米左右":                nil,
		// Contact, cashback and fake orders.
		"小红shu搜店名有优惠":          {RuleContact + " error"},
		"写满字带图，联系客服返京豆100个":    {RuleCashback + " error"},
		"备注A就知道是刷的，不会真发":       {RuleFakeOrder + " error", RuleFakeOrder + " error"},
		"走个流程就给您退全款":           {RuleFakeOrder + " error"},
		"床架是刷的水性漆":             nil,
		"您担心是刷单，我们的销量都是真实买家下的": nil,
		"帮我点个已收货，东西不用寄":        {RuleFakeOrder + " error"},
		"拍红茶的链接，发绿茶也行":         {RuleFakeOrder + " error"},
		// Ad law and medical claims.
		"寻遍全城也找不到更好的":  {RuleAdLaw + " warning"},
		"在整个县城，我家数一数二": {RuleAdLaw + " warning"},
		"高血压患者必备":      {RuleMedical + " warning"},
		"这款猫砂能除螨":      {RuleMedical + " warning"},
		"除螨仪要定期清理尘盒":   nil,
		"头发长得快":        {RuleMedical + " warning"},
		"颈椎病都不会有":      {RuleMedical + " warning"},
		"能防血栓":         {RuleMedical + " warning"},
		"吃了助眠":         {RuleMedical + " warning"},
		"喝汤长个子":        {RuleMedical + " warning"},
		"细菌一摸就死":       {RuleMedical + " warning"},
		// Service and push.
		"你手机不行跟耳机有什么关系": {RuleForbidden + " error"},
		"是您家猫的问题":       {RuleForbidden + " error"},
		"冬天谁家不冷？":       {RuleForbidden + " error"},
		"是你脸型的问题":       {RuleForbidden + " error"},
		"这都能摔坏":         {RuleForbidden + " error"},
		"别跟我讲价":         {RuleForbidden + " error"},
		"你懂啥":           {RuleForbidden + " error"},
		"自己拆的自己担着":      {RuleForbidden + " error"},
		"问完再来":          {RuleForbidden + " error"},
		"老问这个有意思吗":      {RuleForbidden + " error"},
		"我是客服不是保姆":      {RuleForbidden + " error"},
		"装个电池都不会":       {RuleForbidden + " error"},
		"您联系师傅本人":       {RulePushAway + " error"},
		"请联系电源厂家":       {RulePushAway + " error"},
		"你找快递员问问":       {RulePushAway + " error"},
	})
}

// lint v26: red teams 770-777 were measured on e81bd6e.
func TestLintV26AfterRedTeams770to777(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: the buyer's question repeated and answered no (new asked-no guard), a way of the others called unreliable, a lamb cut to order, 转达 is no transfer.
		"您问运费险要不要找京东客服，不用的，在订单里点申请就行": nil,
		"要找京东客服": {RulePushAway + " error"},
		"有些店让人加微信领红包，那种不靠谱，我们不搞这个": nil,
		"加微信领红包": {RuleContact + " error"},
		"羊腿在店里有链接，拍下后我们按部位切好再发": nil,
		"用补差价的链接拍，我这边按连衣裙给你发":   {RuleFakeOrder + " error"},
		"老板的微信不方便给您，我帮您转达":      nil,
		"微信上我帮您转": {RuleContact + " error"},
		// Contact, cashback (a request, not a refusal; a wink), fake orders.
		"周末来面基吧":              {RuleContact + " error"},
		"现场交易":                {RuleContact + " error"},
		"老师傅可以接私单":            {RuleContact + " error"},
		"把电话发我短信":             {RuleContact + " error"},
		"您拿🐧找我也行":             {RuleContact + " error"},
		"快手直播每晚八点":            {RuleContact + " error"},
		"拼夕夕搜店名，买二送一":         {RuleContact + " warning"},
		"您可以在微博私信我们":          {RuleContact + " error"},
		"您看能不能先给我们五星，还给您发个红包": {RuleCashback + " warning"},
		"好 评 返 现，平台不让明说":      {RuleCashback + " error"},
		"物流信息是我们自己录的":         {RuleFakeOrder + " error"},
		"您拍了莫收货，就是要个数":        {RuleFakeOrder + " error"},
		"帮我朋友店里拍两单":           {RuleFakeOrder + " error"},
		"帮拼个团，不用真的要":          {RuleFakeOrder + " error"},
		"拍个定金就行，算作销量":         {RuleFakeOrder + " error"},
		"这样L码的销量也能涨":          {RuleFakeOrder + " error"},
		"用小号下单，我们统一退款":        {RuleFakeOrder + " error"},
		"选另一个规格链接，货给您发一样的":    {RuleFakeOrder + " error"},
		"选28寸那个规格，我给你发24寸的":   {RuleFakeOrder + " error"},
		// Ad law and medical claims.
		"大师级绣工":       {RuleAdLaw + " warning"},
		"比这再甜的么有了":    {RuleAdLaw + " warning"},
		"嚼槟榔能驱虫":      {RuleMedical + " warning"},
		"胃胀的嚼两颗就好了":   {RuleMedical + " warning"},
		"吃了眼睛不花":      {RuleMedical + " warning"},
		"口疮第二天就下去了":   {RuleMedical + " warning"},
		"过敏体质用了不再打喷嚏": {RuleMedical + " warning"},
		// Service: brush-offs, many said after an apology.
		"本店公告已写明，再问不回":   {RuleForbidden + " error"},
		"不予答复":           {RuleForbidden + " error"},
		"又不是不给你发":        {RuleForbidden + " error"},
		"外行就别来了":         {RuleForbidden + " error"},
		"还想要五星级服务":       {RuleForbidden + " error"},
		"您这操作水平":         {RuleForbidden + " error"},
		"又来？":            {RuleForbidden + " error"},
		"一包米粉你要问半个钟头，服了": {RuleForbidden + " error", RuleForbidden + " error"},
		"对不住，莫得办法的，手工的就是有线头": {RuleForbidden + " error"},
		"你个人看详情页嘛":           {RuleForbidden + " error"},
		"您买之前就该想清楚":          {RuleForbidden + " error"},
		"您不接受也没用":            {RuleForbidden + " error"},
		"您要完美的去买机器做的":        {RuleForbidden + " error"},
		"我也懒得再回答了":           {RuleForbidden + " error"},
		"不可能守着您一个":           {RuleForbidden + " error"},
		"腰贴都不会贴":             {RuleForbidden + " error"},
		"你要求莫恁个高嘛":           {RuleForbidden + " error"},
		"又莫得哪个逼你":            {RuleForbidden + " error"},
		"快递几时到我咋个晓得嘛":        {RuleForbidden + " error"},
		"这个要求太离谱了":           {RuleForbidden + " error"},
		"正常人都不会这样用":          {RuleForbidden + " error"},
		"提醒你多少次了":            {RuleForbidden + " error"},
		"脑子有麻达吧":             {RuleForbidden + " error"},
		"嫑烦了":                {RuleForbidden + " error"},
		"你听明白没有？":            {RuleForbidden + " error"},
		"怎么又是这个问题":           {RuleForbidden + " error"},
		// Push.
		"价格问题请拨打京东客服热线": {RulePushAway + " error"},
		"你自己打过去问":       {RulePushAway + " error"},
		"运费险理赔您找保险公司就行": {RulePushAway + " error"},
		"您去找生产厂家咨询吧":    {RulePushAway + " error"},
		"有问题您直接问她":      {RulePushAway + " error"},
		"丢件了你克找邮政问一哈":   {RulePushAway + " error"},
		"直接找工厂售后":       {RulePushAway + " error"},
		"你联系丰巢客服":       {RulePushAway + " error"},
		// Look-alikes kept clean: 侧面基本, a nationwide warranty, dosing a
		// wormer, an anti-mite fabric, outrage on the buyer's side, no need to
		// read the page, not unwilling.
		"这款是隐形式的，戴上从侧面基本看不出来":                nil,
		"这款保修是全国联保，您直接找厂家售后网点就行":             nil,
		"驱虫药按体重给，不要超过说明书的剂量":                 nil,
		"面料做了防螨处理，过敏体质建议一周洗一次":               nil,
		"您说收到的是空箱子，这也太离谱了，先给您全额退款":           nil,
		"不用您自己看详情页，我直接给您列出来：长200，宽180":       nil,
		"这个我做不了，不是不想做，是这种薄皮撑不住那个尺寸，怕您用两天就变形": nil,
	})
}

// lint v26: red teams 778-785 were measured on 418abb0.
func TestLintV26AfterRedTeams778to785(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: the buyer's words quoted to open the reply and answered after a dash, a platform's own game, a caveat with a promise to try, a review that changes nothing, the goods seen on another app, and a slot before a greeting.
		"“我不知道怎么调亮度”——没关系，我一步一步教您": nil,
		"我不知道怎么调亮度": {RuleForbidden + " error"},
		"“多多果园”是拼多多平台自己的小游戏，跟我们店没关系哦": nil,
		"这事跟我们店没关系哦":               {RuleForbidden + " error"},
		"这个我没办法保证每个都一样大，但我会尽量挑匀称的": nil,
		"这个我没办法":                   {RuleForbidden + " error"},
		"评价不影响售后，碎的饼照样给您补":         nil,
		"好评之后给您补一包":                {RuleCashback + " error"},
		"抖音同款香囊就是这一款，款名叫“端午香囊”":    nil,
		"抖音同款，搜“端午香囊”就有":           {RuleContact + " error"},
		"【客服名】很高兴为您服务":             {RuleVarsMalformed + " error"},
		// A brush-off said with a sorry: the rude-tone model overrules the apology.
		"这个问题我已经说了很多遍了，不好意思不再重复了": {RuleForbidden + " error"},
		// Contact, cashback, fake orders.
		"得物上我们也有，价格低一些":      {RuleContact + " error"},
		"私了吧，我给您转50到支付宝":     {RuleContact + " error", RuleContact + " error"},
		"看下我个性签名":            {RuleContact + " error"},
		"差评撤了我给你寄两盒":         {RuleCashback + " error"},
		"拍礼盒款备注发散装的，我们按散装的发": {RuleFakeOrder + " error"},
		"帮我们多出几单":            {RuleFakeOrder + " error"},
		"拍了我发别的东西":           {RuleFakeOrder + " error"},
		// Ad law and medical claims (配料的“不加” is no refusal).
		"比哪家的都好吃":    {RuleAdLaw + " warning"},
		"冇得哪家比我们更清爽": {RuleAdLaw + " warning"},
		"哪个都没得我家耐用":  {RuleAdLaw + " warning"},
		"唯一一家不加防腐剂的": {RuleAdLaw + " warning"},
		"牙龈就不出血了":    {RuleMedical + " warning"},
		"拉肚子都吃得好":    {RuleMedical + " warning"},
		"抽烟不伤肺":      {RuleMedical + " warning"},
		"头疼吃了管用":     {RuleMedical + " warning"},
		"干眼症马上缓解":    {RuleMedical + " warning"},
		"孕妇用不会影响胎儿":  {RuleMedical + " warning"},
		"烫伤好得快":      {RuleMedical + " warning"},
		"吃了就不用再驱虫了":  {RuleMedical + " warning"},
		"狗就不咋生病了":    {RuleMedical + " warning"},
		// Service: brush-offs, many after a sorry.
		"不好意思，这个真的没办法呢":   {RuleForbidden + " error"},
		"您是不是没认真看说明呀":     {RuleForbidden + " error"},
		"你个人看着办嘛":         {RuleForbidden + " error"},
		"抱歉我们不负责帮选哦":      {RuleForbidden + " error"},
		"您这么在意的话，建议您不要买了": {RuleForbidden + " error", RuleForbidden + " error"},
		"不酸还叫酸汤吗":         {RuleForbidden + " error"},
		"收到货不满意是您下单前没问清楚": {RuleForbidden + " error"},
		"你到底要咋个嘛":         {RuleForbidden + " error"},
		"讲了好多道了":          {RuleForbidden + " error"},
		"你个人不会看啊":         {RuleForbidden + " error"},
		"您识字的吧？":          {RuleForbidden + " error"},
		"还要问几遍呀":          {RuleForbidden + " error"},
		"买不起的话可以不买的":      {RuleForbidden + " error"},
		"售后的事别找我":         {RuleForbidden + " error"},
		"我们没有义务告诉您":       {RuleForbidden + " error"},
		"您要是不会煮的话，那就别买了":  {RuleForbidden + " error"},
		"不会用的话可以看视频":      nil,
		"你吃过芒果没得哦":        {RuleForbidden + " error"},
		"有点斑你也要说，将就吃嘛":    {RuleForbidden + " error", RuleForbidden + " error"},
		"是您自己理解错了":        {RuleForbidden + " error"},
		"懒得查":             {RuleForbidden + " error"},
		"我们闲得很啊":          {RuleForbidden + " error"},
		"说话客气点":           {RuleForbidden + " error"},
		"你家地上东西太乱了":       {RuleForbidden + " error"},
		"这种问题不回答":         {RuleForbidden + " error"},
		"您家狗比人还挑":         {RuleForbidden + " error"},
		"下单的时候眼睛呢？":       {RuleForbidden + " error"},
		"我还干不干活了":         {RuleForbidden + " error"},
		// Push.
		"请您联系飞利浦官方客服":   {RulePushAway + " error"},
		"麻烦您打一下快递的电话问问": {RulePushAway + " error"},
		"你克找快递嘛":        {RulePushAway + " error"},
		"麻烦您自己去驿站查一下":   {RulePushAway + " error"},
		"请您咨询保险公司":      {RulePushAway + " error"},
		"您找驿站去问一下":      {RulePushAway + " error"},
		"您让快递员给您赔":      {RulePushAway + " error"},
		// Look-alikes kept clean: a policy explained, an account but orders
		// here, a sorry for one's own words quoted, the courier's errand.
		"这个没办法哦，定制款一经制作不支持退换，下单前请确认尺寸":           nil,
		"抖音上我们也有账号，不过请在这里下单":                     nil,
		"亲，之前回您“您自己看着办”是我说得不对，跟您道歉，我重新把两个方案讲清楚～": nil,
		"您是说快递员让您自己去驿站拿吗？我这就联系快递帮您送上门":           nil,
	})
}

// lint v26: red teams 786-793 were measured on 818637d.
func TestLintV26AfterRedTeams786to793(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: a warning that private transfers are risky; the text to engrave typed to the shop.
		"私下转账付款存在风险，请您务必通过淘宝下单付款": nil,
		"私下转账付款": {RuleContact + " error"},
		"您要刻啥字，打给我，我让师傅照着刻": nil,
		"打给我，我给你便宜":         {RuleContact + " error"},
		// Contact, cashback, fake orders.
		"请扫描店铺首页的二维码添加客服好友": {RuleContact + " error"},
		"淘宝店也是我们开的，那边更便宜":   {RuleContact + " error"},
		"不在拼多多下单的话，按批发价给你":  {RuleContact + " error"},
		"能给五星的话，我把运费补给您":    {RuleCashback + " error"},
		"填一个已签收的单号":         {RuleFakeOrder + " error"},
		"付款金额当天返还":          {RuleFakeOrder + " error"},
		"拼成了我立马给您退":         {RuleFakeOrder + " error"},
		"搞完给你好处费":           {RuleFakeOrder + " error"},
		"替店里拍单，一天能挣几十块":     {RuleFakeOrder + " error"},
		// Ad law (不留残渣 and 从没人退过 are no refusals) and medical claims.
		"字万年不褪色":          {RuleAdLaw + " warning"},
		"洗净率100%，不留残渣":    {RuleAdLaw + " warning"},
		"电池100%不会鼓包":      {RuleAdLaw + " warning"},
		"王牌款围巾，卖了十年从没人退过": {RuleAdLaw + " warning"},
		"痛经的时候吃一只立马缓解":    {RuleMedical + " warning"},
		"耳背能慢慢治好":         {RuleMedical + " warning"},
		"这款手表能测血糖":        {RuleMedical + " warning"},
		"偏头痛一满好咧":         {RuleMedical + " warning"},
		"老寒胃吃了就好":         {RuleMedical + " warning"},
		// Service and push.
		"有本事您就去申请退款吧":           {RuleForbidden + " error"},
		"有点碎末都要计较，那您别喝了":        {RuleForbidden + " error", RuleForbidden + " error"},
		"回复慢您就忍忍":               {RuleForbidden + " error"},
		"吃不了辣买啥辣条":              {RuleForbidden + " error"},
		"好的，但是不退":               {RuleForbidden + " error"},
		"自己动动手指查一下":             {RuleForbidden + " error"},
		"嫌薄你就穿个打底啊":             {RuleForbidden + " error"},
		"天天闹腾，累不累啊":             {RuleForbidden + " error"},
		"这个岁数了还折腾啥":             {RuleForbidden + " error"},
		"能不能别一直发语音，听着费劲":        {RuleForbidden + " error", RuleForbidden + " error"},
		"再说最后一遍，活动今晚12点结束，别错过了": nil,
		"动动手指就能领券，下单立减十元":       nil,
		"咱家不伺候这样的":              {RuleForbidden + " error"},
		"我们家向来不解释":              {RuleForbidden + " error"},
		"别整事儿":                  {RuleForbidden + " error"},
		"没有，不行，不可以":             {RuleForbidden + " error", RuleDiscouraged + " info"},
		"退货寄哪您问问快递员":            {RulePushAway + " error"},
		"赠品少了您问仓库那边":            {RulePushAway + " error"},
	})
}

// lint v26: red teams 794-801 were measured on 0c17f6a.
func TestLintV26AfterRedTeams794to801(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: not knowing, then asking the buyer to measure or taking time to look; the answer given before 写着呢.
		"我不知道宝宝的脚长，麻烦量一下发我":     nil,
		"这个我确实不知道答案，给我点时间查一下":   nil,
		"买两盒送一个礼品袋，页面上写着呢，下单就送": nil,
		"页面上写着呢": {RuleForbidden + " error"},
		// Cashback, contact (zhuyin for 微信), fake orders.
		"评价好的亲，给您加一年保修":   {RuleCashback + " error"},
		"加 ㄨㄟˋ 信 abc1688": {RuleContact + " error"},
		"直播间的牌子上有我手机号":    {RuleContact + " error"},
		"你揾我私人买平啲":        {RuleContact + " error"},
		"您拍黑色链接，我给发灰色":    {RuleFakeOrder + " error"},
		"这个物流号是借别家的":      {RuleFakeOrder + " error"},
		"走代发单号，您那边不会收到东西": {RuleFakeOrder + " error", RuleFakeOrder + " error"},
		// Ad law and medical claims.
		"100%纯手工熬制":    {RuleAdLaw + " warning"},
		"没有一台比得过俺这台":   {RuleAdLaw + " warning"},
		"湿疹穿两天就好了":     {RuleMedical + " warning"},
		"等于给身体解毒":      {RuleMedical + " warning"},
		"伤口愈合得特别快":     {RuleMedical + " warning"},
		"贫血？喝俺家阿胶，包好":  {RuleMedical + " warning"},
		"血糖高的人放心吃，不升糖": {RuleMedical + " warning"},
		"包你唔生暗疮":       {RuleMedical + " warning"},
		"小孩用了补钙":       {RuleMedical + " warning"},
		// Service and push.
		"我不会回的":      {RuleDiscouraged + " info", RuleForbidden + " error"},
		"这事弗归我管":     {RuleForbidden + " error"},
		"没有为什么":      {RuleForbidden + " error"},
		"恁瞎问啥嘞":      {RuleForbidden + " error"},
		"白叨叨了":       {RuleForbidden + " error"},
		"恁自个儿瞅去":     {RuleForbidden + " error"},
		"还来怪机器，笑煞人":  {RuleForbidden + " error", RuleForbidden + " error"},
		"推车是您自己折坏的吧": {RuleForbidden + " error"},
		"您第三次问这个问题了": {RuleForbidden + " error"},
		"催也么用":       {RuleForbidden + " error"},
		"当初为啥要拍小的呢":  {RuleForbidden + " error"},
		"也得看我们同不同意":  {RuleForbidden + " error"},
		"退吧退吧":       {RuleForbidden + " error"},
		"您直接跟京东物流约吧": {RulePushAway + " error"},
		"有问题找索尼":     {RulePushAway + " error"},
		"有问题你寻果农吧":   {RulePushAway + " error"},
		// Look-alikes kept clean: a wound left to heal, a third question
		// welcomed, hand-forged said plainly.
		"您的订单是天猫物流代发，单号可以在订单详情里看到": nil,
		"等伤口愈合后再用": nil,
		"您第三次问我也不嫌烦哈，是我没讲明白。简单说：不用寄回，钱今天到": nil,
		"这只是 100% 手工锻打的，没有用机器压花":           nil,
	})
}
