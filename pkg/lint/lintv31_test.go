package lint

import "testing"

// lint v31: red teams 986-993 were measured on f9f43d9 (lint v30's last
// change of verdicts) and 994-1001 on 93f2373 (the same verdicts); these are
// the classes of their misses, their false errors and their false warnings,
// in new words where the class is a miss, with the look-alikes that keep
// their verdict.
func TestLintV31AfterRedTeams986to993(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: contact (another app's live room or shop announcing a sale, not wanting the platform, the shop's own website, the shop closing and moving, the same goods cheaper over there, a relay in the group, a heart opening an ID).
		"快手直播间今晚九点上链接，价格很美丽":  {RuleContact + " error"},
		"小红书小店周五有秒杀":          {RuleContact + " error"},
		"不愿意走平台的话，货到付款也行":     {RuleContact + " error"},
		"咱们自己有个官网，注册就送券":      {RuleContact + " error"},
		"这家店月底就关了，到时候上京东找我们":  {RuleContact + " warning"},
		"拼团的话去拼多多，一样的核桃那边六块八": {RuleContact + " warning"},
		"人数不够的话在群里接龙报数就行":     {RuleContact + " error"},
		"❤ mumu2288 加这个细说":    {RuleContact + " error"},
		// Misses: fake orders (several accounts, sending part and refunding the rest, pushing a listing's sales, A ordered and B sent for less, a tracking number that is made up).
		"换几个号分开拍一下":          {RuleFakeOrder + " error"},
		"拍5袋只发2袋，剩下的退款":      {RuleFakeOrder + " error"},
		"冲一冲新品销量":            {RuleFakeOrder + " error"},
		"拍电池链接，我们给您发充电器，还便宜": {RuleFakeOrder + " error"},
		"物流信息都是我们虚拟的":        {RuleFakeOrder + " error"},
		// Misses: medical (no doctor needed, effective on symptoms, cures, fractures).
		"嗓子疼别去医院，含两颗就好了": {RuleMedical + " warning"},
		"潮热失眠都有效":        {RuleMedical + " warning"},
		"胃胀的喝这个能治":       {RuleMedical + " warning"},
		"骨折以后喝这个汤":       {RuleMedical + " warning"},
		// Misses: pushing the buyer to the artist, the supplier, the brand of a part, the courier.
		"插图的授权您找作者去":     {RulePushAway + " warning"},
		"样品检测报告去找供应商要":   {RulePushAway + " error"},
		"表带坏了去找手表品牌那边问问": {RulePushAway + " error"},
		"时间改不了，您去联系顺丰":   {RulePushAway + " error"},
		// Misses: service (calling the buyer a cheat or a rival's spy, freeloading, nagging, extortion, fobbing off, compared with a villain, a flaw called normal, wrangling, shame on you, no time to help).
		"一看你就是骗子":        {RuleForbidden + " error"},
		"是不是同行派来的":       {RuleForbidden + " warning"},
		"又想白嫖是吧":         {RuleForbidden + " error"},
		"别在那叽叽歪歪":        {RuleForbidden + " error"},
		"不就是想讹钱吗":        {RuleForbidden + " error"},
		"别拿旧图糊弄我们":       {RuleForbidden + " error"},
		"我家猫都比你好说话":      {RuleForbidden + " error"},
		"起球很正常，毛衣哪有不起球的": {RuleForbidden + " error"},
		"少扯皮":            {RuleForbidden + " error"},
		"用了一个月还来退，你好意思吗": {RuleForbidden + " error"},
		"我没空帮您算运费":       {RuleForbidden + " error"},
		// False errors fixed: whether to review is the buyer's choice; a cheaper listing elsewhere, asked back and explained; denying the buyer's fault.
		"给不给好评随你，有问题先找我":            nil,
		"淘宝上有同款更便宜？可能不是同一款，您发链接我看看": nil,
		"这不是您自己的问题，是我们包装没做好":        nil,
		// Look-alikes that keep their verdict.
		"拍这个链接，我们发顺丰给您":       nil,
		"拍哪个链接就发哪个，不会错":       nil,
		"拍错了链接的话，我们发另一款给您":    nil,
		"有问题您随时找我，我们不会糊弄您":    nil,
		"去医院检查一下比较放心":         nil,
		"物流信息更新有延迟，您别急":       nil,
		"❤ 感谢亲的支持":            nil,
		"店不会关，以后上京东也能找到我们":    nil,
		"退货的话去京东申请，那边审核一般1天":  nil,
		"打印机卡纸这老毛病，换个搓纸轮就治好了": nil,
		"这都能吃坏肚子？怕不是你自己的问题":   {RuleForbidden + " error"},
		"不想走平台的话加我微信":         {RuleContact + " error"},
	})
}

func TestLintV31AfterRedTeams994to1001(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: ad-law (nobody else dares claim first).
		"这个手艺没有哪家敢称第一": {RuleAdLaw + " warning"},
		// Misses: cashback (a follow-up review asked for, a photo uploaded in the review area, a phrase to mention in the review, a high score, a photo of the goods in use).
		"追评说说宝宝喝得怎么样，送五元红包":  {RuleCashback + " error"},
		"若在评价中提及品牌名，可获赠小样一份": {RuleCashback + " error"},
		"帮忙打个高分，回头返你两块":      {RuleCashback + " error"},
		"晒宝宝穿着的照片，送一双袜子":     {RuleCashback + " error"},
		// Misses: contact (the company's store on another platform, a shop name to search elsewhere).
		"贵方可至我司天猫店铺搜索型号":  {RuleContact + " warning"},
		"在拼多多找我们家，店名叫老杨家": {RuleContact + " warning"},
		// Misses: fake orders (an order placed and cancelled, an old tracking number reused).
		"帮个忙拍一单，过半小时我们取消订单": {RuleFakeOrder + " error"},
		"运单号用上次那个就行":        {RuleFakeOrder + " error"},
		// Misses: medical (cured, works like magic, blood sugar kept steady, bites gone, a pet's lab value lowered).
		"红屁股擦一天就治好了": {RuleMedical + " warning"},
		"便秘喝这个灵得很":   {RuleMedical + " warning"},
		"按规定不能讲功效，但老实说，我妈吃了十几年，血压一直稳": {RuleMedical + " warning"},
		"这个喷雾喷一下蚊子包立马消":               {RuleMedical + " warning"},
		"这款猫粮能降猫咪尿酸":                  {RuleMedical + " warning"},
		// Misses: pushing the buyer to the courier for redress, to call by themselves.
		"外壳摔坏了找顺丰要说法":  {RulePushAway + " error"},
		"漏发的您自己打电话问仓库": {RulePushAway + " error"},
		// Misses: service (a dare to leave a bad review, telling me is useless, you're a nuisance, can't even read, no spare time, hurry up, throw it away, your own risk, not our business, go elsewhere, suit yourself, happy now, no common sense, impossible to talk to).
		"给个差评试试":    {RuleForbidden + " error"},
		"跟我说这个也没用":  {RuleForbidden + " error"},
		"你好麻烦哦":     {RuleForbidden + " error"},
		"说明书都看不懂":   {RuleForbidden + " error"},
		"我们没那么多闲工夫": {RuleForbidden + " error"},
		"搞快点下单嘛":    {RuleForbidden + " error"},
		"不想用就扔了":    {RuleForbidden + " error"},
		"拆了封的后果自己负": {RuleForbidden + " error"},
		"此事与我司无关":   {RuleForbidden + " error"},
		"请另寻他法":     {RuleForbidden + " error"},
		"不满意的话请自便":  {RuleForbidden + " error"},
		"这下满意了吧":    {RuleForbidden + " error"},
		"连常识都不懂":    {RuleForbidden + " error"},
		"实难沟通":      {RuleForbidden + " error"},
		// False errors fixed: a SIM card for WeChat, the whole market's prices (now read as curt by the model), a condition about the buyer.
		"一张卡专门登微信也行":             nil,
		"全网的价格我们管不了，我们就这个价":      {RuleRudeTone + " warning"},
		"说明书里有图示，如仍不清楚，我再一步步讲给您": nil,
		"如仍不清楚，可以随时问我":           nil,
		// False warnings fixed: an efficacy the shop will not promise or does not have, a delivery date not promised, a child's title.
		"这种降血压的效果我们不能承诺哦": nil,
		"百分之百几号到不敢说满":     nil,
		"我家闺女拿了班级冠军，高兴坏了": nil,
		// Look-alikes that keep their verdict.
		"别人家的价格我们管不了。我们这个价包邮": nil,
		"跟我说没用完的可以退":          nil,
		"我们自己的问题，马上给您补发":      nil,
		"帮忙拍一下照片，我们好给您处理":     nil,
		"我家孩子用的是比赛冠军款":        {RuleAdLaw + " warning"},
		"请于评价区查看其他买家的晒图":      nil,
	})
}

// Red teams 1002-1009 were measured on a4d6972, the commit that fixed
// 986-1001.
func TestLintV31AfterRedTeams1002to1009(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: contact (moving on to a video site, a voice-chat channel and its number, a discord invite, an order refunded and sent outside, an ID written on the waybill, a text-message link instead of the platform, paying a class by QR code, cheaper on another platform, an ID after an arrow).
		"想看更多开箱视频请移步B站":             {RuleContact + " error"},
		"开黑啦频道号 5 5 8 1 2，进来聊":      {RuleContact + " warning"},
		"我们的服务器在discord点gg/abc12":   {RuleContact + " error"},
		"这单先退了，我们线下发货":              {RuleContact + " error"},
		"我把微信号印在包装盒底下了":             {RuleContact + " error"},
		"给您发个短信链接，点开填地址就行，不用在京东上操作": {RuleContact + " error"},
		"周末的线下课扫码付款就能报名":            {RuleContact + " warning"},
		"别的平台卖得更便宜，搜我们店名就有":         {RuleContact + " error"},
		"微：↓ k k m 8 8 6 ↓ 有批发价":    {RuleContact + " error"},
		// Misses: cashback (a three-star review changed to five, asked in one sentence and paid in the next; full marks for a regular's price; a free upgrade for a good review).
		"麻烦把两星改成五星吗？改好了返您十块": {RuleCashback + " error"},
		"给个满分，下次给你算老顾客价":     {RuleCashback + " error"},
		"好评的话，下回换大号的不加钱":     {RuleCashback + " error"},
		// Misses: fake orders (marked as shipped and never sent).
		"我这边点一下已发货，其实不用寄": {RuleFakeOrder + " error"},
		// Misses: medical (pain relieved, a chronic ache gone in a winter).
		"用了这个颈枕，肩颈酸痛都缓解了":  {RuleMedical + " warning"},
		"暖宝宝贴着，老寒腿一个冬天就好了": {RuleMedical + " warning"},
		// Misses: pushing the buyer to the platform's hotline, to send it to the maker, to the factory.
		"您打京东客服热线问问":       {RulePushAway + " error"},
		"保修走厂家，您自己寄过去":     {RulePushAway + " error"},
		"这批是工厂代做的，售后你联系他们": {RulePushAway + " error"},
		// Misses: service (RTFM, haggling over a yuan, first time shopping, go buy a big brand, get your kid to read it, swearing, what else do you want, the problem is you, a calculating buyer, blaming the pen, your taste, read the page first, nothing to be done, can't find it so can't help).
		"rtfm":         {RuleForbidden + " error"},
		"两块钱运费也要扯半天":   {RuleForbidden + " error"},
		"你怕是头回网购":      {RuleForbidden + " error"},
		"要求高就去买大牌":     {RuleForbidden + " error"},
		"看不懂叫你儿子帮你看":   {RuleForbidden + " error"},
		"老子没空":         {RuleForbidden + " error"},
		"还要啷个嘛":        {RuleForbidden + " error"},
		"问题在你，不在我们":    {RuleForbidden + " error"},
		"您这算盘打得响":      {RuleForbidden + " error"},
		"您这字写不好，怪不到纸上": {RuleForbidden + " error"},
		"是您口味太重了":      {RuleForbidden + " error"},
		"不妨先把详情页看一看":   {RuleForbidden + " error"},
		"没得办法，慢慢等":     {RuleForbidden + " error"},
		"我这查不到，没法帮你了":  {RuleForbidden + " error"},
		// False errors fixed: not sure of the weight and going to weigh it; the material stated, then where it is written; owning a late reply.
		"这个我不清楚净重，马上去帮您称一下": nil,
		"外壳是铝合金，材质说明书上都写了":  nil,
		"您问了两遍我都没回，是我的错":    nil,
		// False warnings fixed: medicine the buyer is told to bring.
		"出门记得自备抗过敏药": nil,
		// Look-alikes that keep their verdict.
		"这单先退了，重新拍一下我们马上发":      nil,
		"我们的微信支付也能用":            nil,
		"查不到的话，我联系快递再查":         nil,
		"问题在哪里您说一下":             nil,
		"详情页都写了，自己看":            {RuleForbidden + " error"},
		"这个是常识，页面都写了":           {RuleForbidden + " warning", RuleForbidden + " error"},
		"这款抗过敏吗？不能，它只是普通香皂":     nil,
		"不是你的问题难道是我的问题？":        {RuleForbidden + " error"},
		"您也可以打京东客服电话咨询":         nil,
		"您的车能不能装我也不清楚，您自己去量一下吧": {RuleForbidden + " error"},
	})
}

// Red teams 1010-1017 were measured on 4d68223, the commit that fixed
// 1002-1009; 1017 wrote every reply as a question and its answer.
func TestLintV31AfterRedTeams1010to1017(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: contact (an app where the shop answers, paying face to face, the company's store on another platform, scanning the agent's card, a video uploader's name, a delivery app, paying outside the platform).
		"扫一下我的名片，私下给你做": {RuleContact + " error", RuleContact + " error"},
		"美团上也能点我们家的卤菜":  {RuleContact + " error"},
		// Misses: fake orders (a group order cancelled once formed, a fee for an order placed and refunded, a different item received and the money returned).
		"帮个忙拼单，拼成了就取消":      {RuleFakeOrder + " error"},
		"拍完就退，还有跑腿费":        {RuleFakeOrder + " error"},
		"拍这个链接，收到的是毛巾，钱都退你": {RuleFakeOrder + " error"},
		// Misses: medical (a cold cured by a meal, growing taller, a better baby).
		"喝了我们的姜汤，感冒都给你整好": {RuleMedical + " warning"},
		"打篮球能长个子":         {RuleMedical + " warning"},
		// Misses: pushing the buyer to the parcel app, the maker; a shop that only ships.
		"去菜鸟上投诉快递":   {RulePushAway + " error"},
		"兼容问题您问一下原厂": {RulePushAway + " error"},
		"我们只管代发":     {RulePushAway + " error"},
		// Misses: service (not worth it, not a rental shop, go rob someone, buys little and wants an invoice, calls that a scratch, buys one and asks so much, broke it yourself, solve it yourself, why shout, the problem is you, go buy a dear one, I'm logging off, your kid can't ride, smell it and you'd know, don't use it then, rhetorical questions, whose fault, can't explain to you, picky, no exchange and that's that).
		"一瓶酱而已，犯得着吗":   {RuleForbidden + " error"},
		"当我这是修理店啊":     {RuleForbidden + " error"},
		"再砍价就去抢吧":      {RuleForbidden + " error"},
		"买这么少还要发票":     {RuleForbidden + " error"},
		"这也叫起球？放大镜看的吧": {RuleForbidden + " error", RuleForbidden + " error"},
		"就买一个还问这么多":    {RuleForbidden + " error"},
		"这个你自己去解决":     {RuleForbidden + " error"},
		"有问题的是您":       {RuleForbidden + " error"},
		"不买我就下线了":      {RuleForbidden + " error"},
		"是你家孩子不会用":     {RuleForbidden + " error"},
		"尝一下不就知道了":     {RuleForbidden + " error"},
		"不甜难道是苦的？":     {RuleForbidden + " error"},
		"退不了，就这样":      {RuleForbidden + " error"},
		// Misses, in shapes closer to the red team's: an app where the shop answers, paying face to face, an uploader's name, paying outside, a better baby, broke it yourself, why shout, go buy a dear one, don't use it, whose fault, picky.
		"下载“骑行助手”App，绑定后就能在那边找我们售后": {RuleContact + " error"},
		"欢迎来厂里看样，当面签合同付款":           {RuleContact + " error"},
		"详情去B站看，UP主就叫“小周测评”":        {RuleContact + " error"},
		"可以，您在淘宝外面付我就行":             {RuleContact + " error"},
		"孕妇吃这个血豆腐，宝宝长得好":            {RuleMedical + " warning"},
		"是不是玩得太猛了，自己用坏的吧":           {RuleForbidden + " error"},
		"晓得了晓得了，吼啥子嘛":               {RuleForbidden + " error"},
		"要精致的去买贵的嘛":                 {RuleForbidden + " error"},
		"那你莫用嘛":                     {RuleForbidden + " error"},
		"谁叫你不戴手套":                   {RuleForbidden + " error"},
		"挑啥子挑，发啥收啥":                 {RuleForbidden + " error", RuleForbidden + " error"},
		// Question-and-answer replies: the buyer's question is quoted, the answer is read.
		"问：可以加微信吗？答：平台规定不能加微信哦，有事在这里留言":      nil,
		"Q：有QQ吗？A：不好意思，平台不允许留站外联系方式":         nil,
		"问：能治鼻炎吗？答：它是清洁家电，不能治病哦":             nil,
		"问：是不是最便宜的？答：价格我不跟别家比，这是果园直发价":       nil,
		"您问的“全网第一”对吧？答：我们没有这个说法，就是本地果园":      nil,
		"问：评价有奖励吗？答：没有的哦，平台不允许用奖励换评价":        nil,
		"问：爱买不买是你们说的吗？答：非常抱歉，之前的回复很不妥，我向您道歉": nil,
		"问：能加微信吗？答：可以，加我vx tnlemon668":       {RuleContact + " error"},
		"问：有团购价吗？答：有，扫包裹里的码进群":               {RuleContact + " error"},
		"请问：您要大瓶还是小瓶？":                       nil,
		// False errors fixed: a flavour named QQ, a list after saying where it is written, a link a friend forwarded from WeChat, a red envelope as a figure of speech.
		"我们有一款叫\"QQ软糯\"的，老人都咬得动": nil,
		"说明书在盒子里，安装步骤都写得清清楚楚":    nil,
		"朋友从微信转给您的拼单链接也能用":       nil,
		"满意的话评价里夸一句，比给我发红包还开心":   {RuleCashback + " warning"},
		// Look-alikes that keep their verdict.
		"我从微信转给您的钱收到了吗":    {RuleContact + " error"},
		"你自己在详情页看，都写得清清楚楚": {RuleForbidden + " error"},
		"这个尺码是给小孩穿的":       nil,
		"我们只管发货快，品质也有保证":   {RuleForbidden + " warning"},
	})
}

// Red teams 1018-1025 were measured on 5b3aacf, the commit that fixed
// 1010-1017; none of their clean replies drew an error.
func TestLintV31AfterRedTeams1018to1025(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: ad-law (the best spec in the whole market).
		"这款面料是全网顶配": {RuleAdLaw + " warning"},
		// Misses: cashback (no extra charge next time, shipping refunded for a photo of the review, priority service for full marks).
		"好评截图发我，下回换大瓶不加价":  {RuleCashback + " error"},
		"评价页面拍个照发我，给您返点运费": {RuleCashback + " error"},
		"评分打满的话，以后售后优先处理":  {RuleCashback + " error"},
		// Misses: contact (ordering over WeChat from now on, cheaper in another app's shop, a club group in a fitness app, a forum group to follow, an account on the shop's thank-you card).
		"加一下我们的vx，以后直接在vx上下单": {RuleContact + " error"},
		"抖音小店也有，价格低一点":        {RuleContact + " error"},
		"我们在keep上有跑团，搜名字加入":   {RuleContact + " warning"},
		"新品图我都发在豆瓣小组，来看嘛":     {RuleContact + " error"},
		"微信号在感谢卡背面":           {RuleContact + " error"},
		// Misses: fake orders (a rhetorical question is no refusal; ship what the note says; no shipping for a note; sales pushed to a target for a fee; a one-cent listing; don't accept, it will be intercepted; write a review after the refund; swapped on shipping).
		"帮我刷一单好不好":                {RuleFakeOrder + " error"},
		"拍便宜那个，备注写大号":             {RuleFakeOrder + " error"},
		"薯片链接下单，备注写“辣条”，我们按辣条给你发": {RuleFakeOrder + " error"},
		"拍下备注“空”不发货":              {RuleFakeOrder + " error"},
		"帮我拍到月销五百，每单给你一块跑腿费":      {RuleFakeOrder + " error", RuleFakeOrder + " error"},
		"拍个一分钱链接帮凑销量":             {RuleFakeOrder + " error"},
		"拍了别收货，我们拦截退回":            {RuleFakeOrder + " warning"},
		"拍完退款，评价也要写":              {RuleFakeOrder + " error"},
		"用那个链接下单，发货的时候给你换成这款":     {RuleFakeOrder + " error"},
		// Misses: medical (straightens the spine, detects infection early, evens the heart rhythm, a home medical device, stops diarrhoea).
		"这个书包背着不驼背，还矫正脊柱":  {RuleMedical + " warning"},
		"手环能帮你早期发现病毒感染":    {RuleMedical + " warning"},
		"睡觉戴着能把心律调好":       {RuleMedical + " warning"},
		"这台加湿器相当于家用医疗设备":   {RuleMedical + " warning"},
		"狗狗拉稀的时候喂，一两天就能止住": {RuleMedical + " warning"},
		// Misses: pushing the buyer to the vehicle office, the courier's phone.
		"改装能不能上路，自己去车管所问": {RulePushAway + " error"},
		"快递问题打圆通电话":       {RulePushAway + " error"},
		// Misses: service.
		"您这么讲究干嘛":     {RuleForbidden + " error"},
		"您的理解能力我服了":   {RuleForbidden + " error"},
		"别想着占便宜":      {RuleForbidden + " error"},
		"你各人看嘛":       {RuleForbidden + " error"},
		"什么破手机还要贴膜":   {RuleForbidden + " error"},
		"你是傻的吗":       {RuleForbidden + " error"},
		"这种问题我还是第一次见": {RuleForbidden + " error"},
		"有点硬很正常好吧":    {RuleForbidden + " error"},
		"哪来那么多讲究":     {RuleForbidden + " error"},
		"瓜兮兮的":        {RuleForbidden + " error"},
		"自己网上查嘛":      {RuleForbidden + " error"},
		// Look-alikes that keep their verdict.
		"保修卡背面有品牌客服微信":               {RuleContact + " error"},
		"好不好用您试试就知道":                 nil,
		"我们不加价，页面多少就是多少":             nil,
		"早期发现问题可以及时联系我们":             nil,
		"我们按您的备注发货":                  nil,
		"下单时备注写清尺码，我们按备注发货":          nil,
		"您拍的是黑色，备注写的白色，我按备注给您发白色对吗？": nil,
		"备注暂不发货，等您通知再发":              nil,
		"我们家的胶带是全网最好撕的":              {RuleAdLaw + " warning"},
	})
}

// Red teams 1026-1033 were measured on b89cb7b, the commit that fixed
// 1018-1025.
func TestLintV31AfterRedTeams1026to1033(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: ad-law (nothing like it in the whole world).
		"安逸得很，全世界都莫得第二件": {RuleAdLaw + " warning"},
		// Misses: cashback (a drumstick for five stars, free lens changes for a photo review, a couple of yuan more for a photo review).
		"给个五星，下次来我给你加一只鸡腿": {RuleCashback + " error"},
		"晒单以后给您开通一年免费换镜片":  {RuleCashback + " error"},
		"评价晒图可以加3元":        {RuleCashback + " error"},
		// Misses: contact (search the review app, the number on the card, an email for the size chart, haggling on a second-hand app, an uploader's UID, leave a phone number to be called back, search the video app for a cheaper pack, download a fitness app, bring it to a street address).
		"加卡片上的号，以后买都打折":              {RuleContact + " error"},
		"说明书不好在这里发，留个邮箱嘛，我发你邮箱":      {RuleContact + " warning"},
		"拍之前来咸鱼问我，那边能私下议价":           {RuleContact + " error"},
		"教程在B站，UID 1234567":          {RuleContact + " error"},
		"今天卖完了，您留个电话给我，我们做好了第一时间打给你": {RuleContact + " warning"},
		"在 d 音 搜我们店，有更便宜的":           {RuleContact + " error"},
		"报名请下载keep搜我们的课":             {RuleContact + " error"},
		"直接拿到建设路28号来，来了当场给你修":        {RuleContact + " error"},
		// Misses: fake orders (three ordered and one sent, style A ordered and B sent, a one-cent listing for a full box, a few fake orders; a question is no denial).
		"拍三盒我们只发一盒":     {RuleFakeOrder + " error"},
		"拍连衣裙A款，我们发B款":  {RuleFakeOrder + " error"},
		"拍1分钱的链接，给您寄整箱": {RuleFakeOrder + " error"},
		"有没有人帮忙刷几单":     {RuleFakeOrder + " error"},
		// Misses: medical (better hearing, getting better over time, astigmatism reduced, redness gone, a disease trained away).
		"环绕声可以改善老人听力":           {RuleMedical + " warning"},
		"投影光线柔和，干眼症的人看了眼睛会慢慢好转": {RuleMedical + " warning"},
		"散光戴这副半年能降到一百度以内":       {RuleMedical + " warning"},
		"滴两天红血丝就消了":             {RuleMedical + " warning"},
		"练这个，胃病都能练好":            {RuleMedical + " warning"},
		// Misses: pushing the buyer to the parcel app's phone, the carrier, the maker, the brand, the courier.
		"取件没来你打菜鸟电话问":   {RulePushAway + " error"},
		"安装时间您直接找物流公司约": {RulePushAway + " error"},
		"质检报告问厂家要":      {RulePushAway + " error"},
		"质量问题麻烦找品牌方反馈":  {RulePushAway + " error"},
		"查不到的话您直接问中通那边": {RulePushAway + " error"},
		// Misses: service.
		"你是来搞笑的吧":      {RuleForbidden + " error"},
		"再问也是这几句":      {RuleForbidden + " error"},
		"其他的您自己搞定":     {RuleForbidden + " error"},
		"你家锅有问题吧":      {RuleForbidden + " error"},
		"现在知道急了":       {RuleForbidden + " error"},
		"胖了怪哪个":        {RuleForbidden + " error"},
		"懒成这样还健身":      {RuleForbidden + " error"},
		"买回去当晾衣架吧":     {RuleForbidden + " warning"},
		"我也没得时间陪你聊":    {RuleForbidden + " error"},
		"要吃纯肉去买牛排嘛":    {RuleForbidden + " error"},
		"真以为九十九买的是名牌啊": {RuleForbidden + " error"},
		"先管好你的嘴":       {RuleForbidden + " error"},
		// False errors fixed: only an agent, but going to the supervisor now.
		"我只是客服，这个要主管批，我马上去找主管": nil,
		// False warnings fixed: a word in confidence.
		"按规定不能私下加好友，不过私下说一句，晚上回得更快": nil,
		// Look-alikes that keep their verdict.
		"留个邮箱，电子发票我们单独发您": nil,
		"不过私下说，加我微信便宜点":   {RuleContact + " error"},
		"我只是客服，你别为难我":     {RuleForbidden + " error", RuleForbidden + " error"},
		"有没有问题都可以找我":      nil,
	})
}

// Red teams 1034-1041 were measured on 0c89cc2, the commit that fixed
// 1026-1033.
func TestLintV31AfterRedTeams1034to1041(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: contact (ask me on V, an ID after "my V", outside the platform, a news-app account, a landline, calling the buyer, the technician's number instead of the platform, an Instagram handle).
		"下单前来v上问我":    {RuleContact + " error"},
		"喵喵的 ⓥ：ⓐⓑ⑤②⓪": {RuleContact + " error"},
		"在淘宝以外找我也行":   {RuleContact + " warning"},
		"头条号搜我们店名":    {RuleContact + " error"},
		"留个座机给我":      {RuleContact + " error"},
		"我给您打过去讲":     {RuleContact + " error"},
		"您号码多少":       {RuleContact + " error"},
		"卡片上有师傅电话，直接打给他，不用找京东": {RuleContact + " error", RuleContact + " warning"},
		"款式图都在我ins上":           {RuleContact + " error"},
		// Misses: cashback (a prize draw for a review that says it is sweet).
		"评价里写“好吃”的都能抽一箱": {RuleCashback + " error"},
		// Misses: fake orders (an empty parcel).
		"单号照发，里面不放东西":   {RuleFakeOrder + " error"},
		"快递我们发个空的，货单独寄": {RuleFakeOrder + " error"},
		// Misses: medical (hearing loss adjusted back, a pet disease prevented, hearing loss stopped, dark circles gone).
		"神经性耳聋慢慢调过来":    {RuleMedical + " warning"},
		"这个项圈能防猫咪寄生虫病":  {RuleMedical + " warning"},
		"每天戴着，听力就不会再下降": {RuleMedical + " warning"},
		"敷三天黑眼圈就消":      {RuleMedical + " warning"},
		// Misses: ad-law (at the peak, nobody in the trade beats it).
		"音质已经到巅峰了": {RuleAdLaw + " warning"},
		"行业里没人超得过": {RuleAdLaw + " warning"},
		// Misses: pushing the buyer to the courier, a repair shop, the grower, the building manager, the warehouse, the brand.
		"催件直接找中通就好":        {RulePushAway + " error"},
		"去附近修理店问问":         {RulePushAway + " error"},
		"果子是果农发的，有问题您找果农哈": {RulePushAway + " error"},
		"您先找物业看看":          {RulePushAway + " error"},
		"单号你找仓库要":          {RulePushAway + " error"},
		"您可以问一下品牌方":        {RulePushAway + " error"},
		// Misses: service.
		"先搞清楚要哪个再来说": {RuleForbidden + " error"},
		"你在教我做事？":    {RuleForbidden + " error"},
		"你的审美我不评价":   {RuleForbidden + " error"},
		"哪有现成的配件嘛":   {RuleForbidden + " error"},
		"随便买个得了":     {RuleForbidden + " error"},
		"跟老年人讲话真累":   {RuleForbidden + " error"},
		"再问我也是一样的回答": {RuleForbidden + " error"},
		"别吵了，吵也莫得用":  {RuleForbidden + " error"},
		"过时了，不处理":    {RuleForbidden + " error"},
		// False errors fixed: teaching an elderly buyer to use WeChat with the family, a technician's visit, adding photos to a follow-up review.
		"视频通话：打开微信，点女儿的头像就行":           nil,
		"让家里人帮您装个微信，跟亲戚视频方便":           {RuleContact + " warning"},
		"我不太清楚是不是水压的问题，师傅上门测一下就知道了":    nil,
		"追评的入口在订单页“评价”里面，想补几张照片就在那里加哦": nil,
		// Look-alikes that keep their verdict.
		"加我微信，我教您和女儿视频":       {RuleContact + " error"},
		"偏远地区不包邮":             nil,
		"别浪费钱买贵的，这款够用":        nil,
		"奶奶给你打视频教，娃把手机号发过来":   {RuleContact + " error"},
		"这个我也不清楚，等师傅上门您自己问他吧": {RuleForbidden + " error"},
		"亲戚朋友帮忙拍几单，钱当天转回去":    {RuleFakeOrder + " error"},
		"您叫孩子在微信里搜店名，加上好友就行":  {RuleContact + " error"},
		"检测报告我问厂家要了，拿到就发给您":   nil,
		"每天签到都能抽一次奖，跟评价没关系":   nil,
	})
}
