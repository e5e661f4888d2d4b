package lint

import "testing"

// lint v30: red teams 938-945 were measured on d8d991d (lint v29's last
// change of verdicts) and not fixed from in lint v29; these are the classes
// of their misses, their false errors and their false warnings, in new words
// where the class is a miss, with the look-alikes that keep their verdict.
func TestLintV30AfterRedTeams938to945(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: contact (an order without an order, an ID that spells syllables in Han).
		"收货地址写好拍照发我，我直接发货，不用拍": {RuleContact + " warning"},
		"威：tt 雪 雪 5 8 8": {RuleContact + " error"},
		// Misses: cashback (a letter for 评).
		"P评返5": {RuleCashback + " error"},
		// Misses: fake orders (for show, no goods sent).
		"就是走个过场，货不用发的": {RuleFakeOrder + " error"},
		// Misses: medical (a natural drug, recovery after surgery, a disease gone, a pet disease pulled through, a lab value down).
		"蜂蜜是纯天然的抗生素":    {RuleMedical + " warning"},
		"术后喝我们家鸽子汤，好得快": {RuleMedical + " warning"},
		"泡了就没得啥子脚气了":    {RuleMedical + " warning"},
		"猫咪得了猫瘟也能挺过来":   {RuleMedical + " warning"},
		"吃了半年，血糖指标降下来了": {RuleMedical + " warning"},
		// Misses: medical (从来不 before a disease is the claim's own negation).
		"我们寨子的人喝这个茶从来不得高血压": {RuleMedical + " warning"},
		// Misses: service (dialect X哪样X, who'd fix that for you, can't you read it, that's no reason, your phone is junk, you city people, you're lying, an insult, your weight).
		"闹哪样闹，东西又没坏":     {RuleForbidden + " error"},
		"型号这么老，谁给你修":     {RuleForbidden + " warning"},
		"参数页写得清清楚楚，不会查吗": {RuleForbidden + " error", RuleForbidden + " error"},
		"这也叫色差？":         {RuleForbidden + " error"},
		"你那电脑真垃圾":        {RuleForbidden + " error"},
		"换台电脑再来问":        {RuleForbidden + " error"},
		"你们年轻人就是要求多":     {RuleForbidden + " error"},
		"扯把子，我们发的都是新货":   {RuleForbidden + " warning"},
		"你是不是傻帽":         {RuleForbidden + " error"},
		"你多胖啊":           {RuleForbidden + " warning"},
		// Misses: pushing the buyer to another brand, the invoice elsewhere, the courier who sees what we cannot.
		"支架晃是显示器的问题，你找显示器的厂家": {RulePushAway + " error"},
		"发票您找供应商开":            {RulePushAway + " error"},
		"几点到您问骑手，我这查不到":       {RulePushAway + " error"},
		// Look-alikes that keep their verdict.
		"您多重呢？我帮您推荐尺码":                nil,
		"谁给你发的这个链接呀？我们没发过":            nil,
		"您手机太旧的话可能装不了，可以用电脑登录":        nil,
		"周日白天都有人在":                    nil,
		"评价里您说的包装压扁了，我们换了加厚的箱子":       nil,
		"箱子里放了一张手写小卡片和两块巧克力，是我们家的小心意": nil,
		"按小卡片上的步骤好评，领5元红包":            {RuleCashback + " error"},
		"这个我不清楚，已经问仓库了，明天回您":          nil,
		"您朋友在咸鱼上买到过假货？确实要小心":          nil,
		"被骗了的话请马上报警，再联系平台客服":          nil,
		"这个问题你找平台去":                   {RulePushAway + " error"},
		"孕妇可以喝的，是普通乳粉":                nil,
		"老人吃可以先泡一下奶茶":                 nil,
		"坐月子喝我们家鲫鱼汤下奶":                {RuleMedical + " warning"},
		"不是我们最贵，是运费高":                 nil,
		"看看会不会过敏":                     nil,
		"新疆第一番茄酱":                     {RuleAdLaw + " warning"},
		"第一口就尝出来了":                    nil,
		"这个车型太冷门了，我们帮您问问厂家有没有配件":      nil,
	})
}

// lint v30: red teams 946-953 were measured on 9e197ca (lint v29's verdicts)
// before any lint v30 fix; the classes of their misses and false alarms.
func TestLintV30AfterRedTeams946to953(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: contact (a number pointed at in the profile, the balance paid offline, meeting to trade, a brand site typed into a search engine, a wink after the rules).
		"店长的微信就在主页签名里那串":                {RuleContact + " error"},
		"订金先拍，剩下的钱提货时线下结清":              {RuleContact + " error"},
		"本地的话可以走面交，省得等快递":               {RuleContact + " error"},
		"浏览器输入“青禾茶庄官网”就是我们家":            {RuleContact + " error"},
		"平台不让说站外的事哈。您去小红书搜“青禾茶庄”，不是我说的": {RuleContact + " error"},
		// Misses: cashback (a phone top-up, a private thank-you, 晒完图).
		"评价晒了图截个屏，给您充五块话费": {RuleCashback + " error"},
		"带图好评的亲，我们会单独感谢":   {RuleCashback + " error"},
		"晒完图发我，返两块":        {RuleCashback + " error"},
		// Misses: fake orders (bought from one link, another thing sent; the tracking left to us; no parcel is normal).
		"在袜子链接拍下，我这边寄你围巾":    {RuleFakeOrder + " warning"},
		"单号的事你别管，过两天点确认收货就行": {RuleFakeOrder + " error"},
		"收不到快递也是正常的，放心":      {RuleFakeOrder + " error"},
		// Misses: ad-law (searched everywhere, no second).
		"找遍全城也找不出第二家这么香的": {RuleAdLaw + " warning"},
		// Misses: medical (seldom ill, liver and mood, toxins drawn out, promised to improve, stomach, radiation and the unborn, blood pressure steady).
		"孩子喝了不爱发烧":        {RuleMedical + " warning"},
		"这茶疏肝，心情好":        {RuleMedical + " warning"},
		"泡脚能把寒气都逼出来":      {RuleMedical + " warning"},
		"颈椎病贴一个月包你见效":     {RuleMedical + " warning"},
		"生姜茶暖胃，还能治胃寒":     {RuleMedical + " warning"},
		"屏幕蓝光辐射小了，宝宝看也放心": {RuleMedical + " warning"},
		"喝了三个月，血糖稳住了":     {RuleMedical + " warning"},
		// Misses: service (your body, sarcasm, what did you expect, your mistake, no shop can, nothing will fit, here to argue, don't ask every day).
		"您这腰这么粗，穿M码肯定不行":   {RuleForbidden + " error"},
		"这个码你穿得上才怪":        {RuleForbidden + " warning"},
		"罐头么就是这个味，你以为是什么":  {RuleForbidden + " error"},
		"发货单上写得清清楚楚，是你看错了": {RuleForbidden + " error", RuleForbidden + " error"},
		"您这样的要求我们做不到":      {RuleForbidden + " error"},
		"您这脚型穿啥都不合适":       {RuleForbidden + " error"},
		"一天问八遍，是来找茬的吧":     {RuleForbidden + " error", RuleForbidden + " error"},
		"发了就发了，不用天天来催":     {RuleForbidden + " error"},
		// Misses: push (a testing lab, a repair shop near you, the seller of the other thing, your bank, the maker's fault, the courier).
		"是不是假货您找检测机构鉴定吧":     {RulePushAway + " error"},
		"装不上的话，拿到您家附近的五金店看看": {RulePushAway + " error"},
		"充电器不行找卖充电器的去":       {RulePushAway + " error"},
		"扣款失败问您的开户行去":        {RulePushAway + " error"},
		"原厂的问题请您联系品牌官方":      {RulePushAway + " error"},
		"运费的事您跟快递说去":         {RulePushAway + " error"},
		// Misses: 抬 is no longer changed by normalization (抬杠 stayed unmatched).
		"你是不是来抬杠的": {RuleForbidden + " error"},
		// Look-alikes that keep their verdict.
		"平台不让加微信，我什么都没说":            nil,
		"微信号您别发给我哦，我可没说过要加":         {RuleContact + " warning"},
		"如果是您拍错了，我们帮您改":             nil,
		"您腰围多少呢？这款腰不算粗":             nil,
		"不用每天来问，到了我们第一时间通知您":        nil,
		"问完师傅给您准信":                  nil,
		"您发的那个微信号我们不会加哈，平台外的消息一律不回": nil,
		"不管是哪里的问题，先给您换，原因我们自己去查":    nil,
		"打开淘宝搜店名就能找到我们":             {RuleContact + " warning"},
		"您晒完图，感谢您的分享":               nil,
		"附近的快递点都能寄":                 nil,
		"是正品，能在品牌官网查验真伪":            nil,
		"尾款在平台上补拍链接付":               nil,
		"被骗了？请马上报警":                 nil,
	})
}

// A pattern's Han literals are folded the way replies are (foldHan): a
// Traditional literal in a pattern matches its Simplified reply, and 抬, an
// everyday Simplified character OpenCC's variant table sent to 擡, is no
// longer changed (lint v30, after red teams 946-953).
func TestLintV30PatternsFoldLikeReplies(t *testing.T) {
	if got := foldHan(`(冇|没)(边|邊)(間|间)`); got != `(冇|没)(边|边)(间|间)` {
		t.Errorf("foldHan = %q", got)
	}
	if got := string(normTerm("抬杠")); got != "抬杠" {
		t.Errorf("normTerm(抬杠) = %q", got)
	}
}

// lint v30: red teams 954-961 were measured on 269adcf (lint v30's second
// change of verdicts) and fixed from in lint v30's third.
func TestLintV30AfterRedTeams954to961(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: contact (威 for WeChat after 加, 要不 proposes, a group with half-price deals, another mall's link sent).
		"要不加我个威，我拍视频给你看": {RuleContact + " error"},
		"要不加我微信吧":        {RuleContact + " error"},
		"进我们福利群，群里天天抢券":  {RuleContact + " error"},
		"微店链接发您了，那边便宜":   {RuleContact + " error"},
		// Misses: cashback (hp, a red packet on its way, a longer warranty).
		"来个hp，🧧奉上":     {RuleCashback + " error"},
		"评价给五星，保修延长一年": {RuleCashback + " error"},
		// Misses: fake orders (two paid one sent, confirm before shipping, shipped to our own warehouse, an old link's sales).
		"拍三件发一件，多的钱退你":    {RuleFakeOrder + " error"},
		"先点确认收货，实际上货后天才发": {RuleFakeOrder + " error"},
		"地址改成我们自己的仓库，钱退您": {RuleFakeOrder + " error"},
		"用老链接拍，我们寄新款":     {RuleFakeOrder + " error"},
		// Misses: ad-law (none crisper than ours).
		"冇得比我们家更甜的橙子": {RuleAdLaw + " warning"},
		// Misses: medical (anti-radiation and the unborn, pain gone at once, rehabilitation, prescription going down, useful for a disease).
		"防辐射服穿上，宝宝更健康":    {RuleMedical + " warning"},
		"头疼的时候闻一闻，马上就不疼了": {RuleMedical + " warning"},
		"这款积木有康复作用":       {RuleMedical + " warning"},
		"戴这个眼镜度数不会再涨":     {RuleMedical + " warning"},
		"这个膏药腰椎间盘突出特别管用":  {RuleMedical + " warning"},
		// Misses: service (read the reviews, find someone else, so dumb, can't be like that, why ask so much, asking me again, one look and, no stock stop waiting, count it a loss, so clumsy, 急么事).
		"你自己翻翻详情页就知道了":    {RuleForbidden + " error"},
		"我哪懂这个，你找别人":      {RuleForbidden + " error", RuleForbidden + " error"},
		"你怎么这么笨":          {RuleForbidden + " error"},
		"再着急也不能这样吧":       {RuleForbidden + " error"},
		"问那么多干嘛，买就完了":     {RuleForbidden + " error", RuleForbidden + " error"},
		"地址自己填错的，还好意思问我们": {RuleForbidden + " error"},
		"一看您就没用过":         {RuleForbidden + " error"},
		"没货了，别等了":         {RuleForbidden + " error"},
		"不满意就当买个教训":       {RuleForbidden + " error"},
		"你也太手残了":          {RuleForbidden + " error"},
		"急么事":             {RuleForbidden + " error"},
		// Misses: push (brand service, the matter to someone else, someone's fault, the parcel station, the guard).
		"耳机坏了您联系耳机厂家的售后":   {RulePushAway + " error"},
		"换电池的事你找苹果去":       {RulePushAway + " error"},
		"屏幕闪是显卡的问题，你找显卡厂家": {RulePushAway + " error"},
		"自己去跟物业说":          {RulePushAway + " error"},
		"去问小区保安":           {RulePushAway + " error"},
		// Misses: a name slot before a kinship greeting.
		"【买家昵称】爷爷您好，您的藕粉发货了": {RuleVarsMalformed + " error"},
		// False errors and warnings fixed: a declined offer to fake sales, an experience at another shop, 额 calls to ask, only one left in stock, no official account.
		"谢谢您想帮我们刷单的好意，我们只做真实订单": nil,
		"您在别家碰到过“空包”？我们家都是真发货":  nil,
		"额也不清楚，额这就打电话去问":        nil,
		"这是店里唯一还有现货的颜色了":        nil,
		"公众号啥的我们没有，收藏店铺就行":      nil,
		// Look-alikes that keep their verdict.
		"我们帮您问下物业":                  nil,
		"威力很大，放心用":                  nil,
		"手残党也能轻松上手":                 nil,
		"如果是您填错了，我们帮您改":             nil,
		"拍两件更划算":                    nil,
		"度数会越来越高，建议定期验光":            nil,
		"咳嗽的话建议去医院，我们这个不管用":         nil,
		"【收货地址】浙江省杭州市":              nil,
		"感谢亲的五星好评🧧":                 nil,
		"不是我们的问题，您联系品牌官方也可以，我们也一起催": {RuleForbidden + " error"},
	})
}

// lint v30: red teams 962-969 were measured on a98dfdf (lint v30's third
// change of verdicts) and fixed from in lint v30's fourth.
func TestLintV30AfterRedTeams962to969(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: contact (our own store on another platform, a group code in the parcel, our name on a short-video app, a formal "also on", sent to our store elsewhere, moving platforms, transfer in dialect, wei芯).
		"淘宝那家店也是我家开的，同款便宜十块": {RuleContact + " error"},
		"群号印在包裹卡片上，进群有福利":    {RuleContact + " error", RuleContact + " error"},
		"快手上我们叫“小王茶园”，关注一下":  {RuleContact + " error"},
		"本店在淘宝亦有此款，价格较低":     {RuleContact + " warning"},
		"请到我们的京东旗舰店下单":       {RuleContact + " warning"},
		"以后都在淘宝，搜“小王茶园”":     {RuleContact + " warning"},
		"直接转俺支付宝，我今天就寄":      {RuleContact + " error"},
		"wei 芯 abc888": {RuleContact + " error"},
		// Misses: cashback (points for a review screenshot).
		"好评截图发我，送您200积分": {RuleCashback + " error"},
		// Misses: fake orders (sales done for us, not sent then refunded, order safe to place, 备注刷, an empty parcel, link A and goods B, what the system shows).
		"帮我们店做销量，拍了就退钱": {RuleFakeOrder + " error", RuleFakeOrder + " error"},
		"拍一件，我伓发货，钱退汝":  {RuleFakeOrder + " error"},
		"不发货的单子放心拍":     {RuleFakeOrder + " error"},
		"包裹里是空的，您点签收就行": {RuleFakeOrder + " error"},
		"拍下商品A，我们发商品B":  {RuleFakeOrder + " error"},
		"系统里显示茶叶就行":     {RuleFakeOrder + " error"},
		// Misses: ad-law (none compares, one equals three, the others are fake).
		"全县没有一家比得上我们":   {RuleAdLaw + " warning"},
		"一片顶别家三片":       {RuleAdLaw + " warning"},
		"别家都是假的，就我们是真的": {RuleAdLaw + " warning"},
		// Misses: medical (a disease gone by a purchase, eczema healed, 胎毒, no heat rash, body acidity, nobody gets stones, two days and well, eyesight and spine, less prone to a stroke).
		"腰椎间盘突出，换个床垫就好了": {RuleMedical + " warning"},
		"有湿疹的宝宝穿几天就能好":   {RuleMedical + " warning"},
		"喝这个茶能清胎毒":       {RuleMedical + " warning"},
		"穿这件衣服不生痱子":      {RuleMedical + " warning"},
		"改善体质，增强抵抗力":     {RuleMedical + " warning", RuleMedical + " warning"},
		"我们村天天喝这个，没人得结石": {RuleMedical + " warning"},
		"咳嗽喝两天就好":        {RuleMedical + " warning"},
		"近视不会加深":         {RuleMedical + " warning"},
		"老人穿了不容易中风":      {RuleMedical + " warning"},
		// Misses: service (don't tell me, you nag, do you get it, not our problem in dialect, then I'm busy, not worth replying, we don't care, if you're rich, a freeloader).
		"别跟我说这些":  {RuleForbidden + " error"},
		"你真啰嗦":    {RuleForbidden + " error"},
		"你搞清楚没":   {RuleForbidden + " error"},
		"唔系我哋的问题": {RuleForbidden + " error"},
		"不要我就去忙了": {RuleForbidden + " error"},
		"本店不予理会":  {RuleForbidden + " error"},
		"阮伓管":     {RuleForbidden + " error"},
		"钱多就去买贵的": {RuleForbidden + " error"},
		"又来薅羊毛的":  {RuleForbidden + " error"},
		"爱买伓买":    {RuleForbidden + " error"},
		"少扯淡":     {RuleForbidden + " error"},
		// Misses: push (ask at the brand store, ask the maker first, go to the courier depot, apply for the platform yourself, your 4S shop).
		"您去华为店问问":   {RulePushAway + " error"},
		"您先去问厂家":    {RulePushAway + " error"},
		"您去网点查一下":   {RulePushAway + " error"},
		"请自行申请平台介入": {RulePushAway + " error"},
		"问问你的4S店":   {RulePushAway + " error"},
		// False errors fixed: another shop's practice denied, apps on a used tablet and a refusal in Hokkien.
		"有家店让买家加微信私下交易，我们不这样做": nil,
		"这台平板装微信都正常":           nil,
		"阮店伓做好评返现":             nil,
		// Look-alikes that keep their verdict.
		"记得把拇指扣扣上":          nil,
		"桌子升到最高也很稳":         nil,
		"最大的有九十毫米":          nil,
		"您先去问问家里人，我们这边随时在":  nil,
		"我们帮您联系网点":          nil,
		"包裹里没有货的话，马上联系我们补发": nil,
		"淘宝搜店名就能找到我们":       {RuleContact + " warning"},
		"系统显示已签收":           nil,
		"全城的店我们都比过":         nil,
		"不容易坏":              nil,
	})
}

// lint v30: red teams 970-977 were measured on bcdd52a (lint v30's fourth
// change of verdicts) and fixed from in lint v30's fifth.
func TestLintV30AfterRedTeams970to977(t *testing.T) {
	wantLint(t, map[string][]string{
		// Numbered lists: a list marker opens a clause, its digits join no number and its dot ends no sentence (1. 好评 2. 返 3. 1元).
		"1. 五星好评 2. 截图 3. 返2元":      {RuleCashback + " error"},
		"1. 加 2. 微 3. 信 4. ab12345": {RuleContact + " error"},
		"1. 拍 2. 我们不发货 3. 钱退你":      {RuleFakeOrder + " error"},
		// Misses: contact (scan a code then add me, meeting in dialect, cash handed over, a bank's short name before the card number).
		"扫一下盒子里那个码，加咗我":                 {RuleContact + " error"},
		"我俫面交就好，钞票当面匄我":                 {RuleContact + " error", RuleContact + " error"},
		"尾款打银行卡：工行 6222 0011 2233 4455": {RuleContact + " error"},
		// Misses: placeholders (a model and an age left in brackets).
		"您的型号是【手机型号】，已备注": {RuleVarsMalformed + " error"},
		"【宝宝年龄】的宝宝建议选小头刷": {RuleVarsMalformed + " error"},
		// Misses: cashback (a screenshot for a gift, a longer guarantee, kind words and photos for a gift).
		"好评页面截图，换钥匙扣一个":    {RuleCashback + " error"},
		"给个五星，质保延长一年":      {RuleCashback + " error"},
		"帮我写两句好话，再寄一只小勺给你": {RuleCashback + " error"},
		// Misses: fake orders (an envelope instead with a real tracking number, sign for an empty parcel, 毋寄).
		"我们寄个空盒子代替，单号能查到": {RuleFakeOrder + " error"},
		"帮忙签收个空包，签了就行":    {RuleFakeOrder + " error"},
		"您拍一单，阮毋寄，钱退您":    {RuleFakeOrder + " error"},
		// Misses: ad-law (none second in the world, nobody better than me, 头号).
		"我们的蜂蜜天下无第二": {RuleAdLaw + " warning"},
		"这门手艺没人做得过我": {RuleAdLaw + " warning"},
		"头号好茶，老茶客都认": {RuleAdLaw + " warning"},
		// Misses: medical (well at once, straightens teeth, no hair loss, patients say, lipids down in dialect, nausea stopped).
		"胃痛喝一口马上就好了":      {RuleMedical + " warning"},
		"这款牙套能纠正龅牙":       {RuleMedical + " warning"},
		"戴这个帽子不会掉头发":      {RuleMedical + " warning"},
		"关节炎病人都说好":        {RuleMedical + " warning"},
		"血糖就落来了":          {RuleMedical + " warning"},
		"孕吐得厉害，吃两颗话梅就止住了": {RuleMedical + " warning"},
		// Misses: service (what would you install, see if you can buy it, nobody forces you, if you dislike it, Cantonese, no no no, your fussy mouth, you're overthinking, prove it's our fault, the first to say so, open your own shop, why buy it then, can't you try it yourself, make all the noise you want).
		"螺丝都拧不上，还装什么书柜":     {RuleForbidden + " error"},
		"您去别处看看，看能不能买到":     {RuleForbidden + " error"},
		"嫌贵就莫买，没人逼你":        {RuleForbidden + " error", RuleForbidden + " error"},
		"你话乜就系乜":            {RuleForbidden + " error"},
		"1. 不行 2. 不行 3. 不行": {RuleForbidden + " error"},
		"你嘴太挑了":             {RuleForbidden + " error"},
		"想多了":               {RuleForbidden + " warning"},
		"您先证明是我们的问题":        {RuleForbidden + " error"},
		"您是第一个这么说的":         {RuleForbidden + " error"},
		"嫌贵你自己开店得了":         {RuleForbidden + " error"},
		"嫌咸那你买榨菜干嘛":         {RuleForbidden + " error"},
		"不会自己装一下？":          {RuleForbidden + " error"},
		"你投诉到哪里也没用":         {RuleForbidden + " error"},
		// Misses: push (ask the maker, we only resell; claim from the courier).
		"色差您找厂家问问，我们是代卖的": {RulePushAway + " error"},
		"压坏了您找快递索赔":       {RulePushAway + " error"},
		// False errors fixed: a platform member's perk the shop cannot see, a QR code to our own shop page, a refusal in Hokkien, a word to paint, the buyer's own 补单, a child's wish, a card with no QR code.
		"京东PLUS会员权益的问题店铺查不到，需要在京东App里联系平台客服": nil,
		"卡片上的二维码是我们的店铺首页，扫了就能回到店里":           nil,
		"阮无加微信，伫遮留话就好":                       nil,
		"您图里写着“WeChat”，是想画在鞋面上吗":             nil,
		"补单的意思是您要补拍差价对吧":                     nil,
		"我家老大也说了好几次想要这款":                     nil,
		"礼盒里的小卡片只有祝福语，没有二维码，放心送人":            nil,
		// Look-alikes that keep their verdict.
		"2、3天到货":                nil,
		"价格是3.5元":               nil,
		"1、不要水洗 2、避免暴晒":         nil,
		"不加糖，无加防腐剂":             nil,
		"您是第一个下单的，送您小礼物":        nil,
		"别人家的店我们不评价":            nil,
		"那你买这款就对了":              nil,
		"您先拍张照片，我们核实一下是不是我们的问题": nil,
		"【尺码】S、M、L三个码":          nil,
	})
}

// lint v30: red teams 978-985 were measured on ad37306 (lint v30's fifth
// change of verdicts) and fixed from in lint v30's sixth.
func TestLintV30AfterRedTeams978to985(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: contact (order from me directly, our own site or app, a bank transfer, a card that leads into a group).
		"下次直接找我订，便宜点":   {RuleContact + " error"},
		"链接在我们独立站上":     {RuleContact + " error"},
		"售后请下载我们的官方APP": {RuleContact + " error"},
		"着急的话走转账，我马上寄":  {RuleContact + " error"},
		"扫卡片上的码进宝宝交流群":  {RuleContact + " error"},
		// Misses: cashback (a longer cover, a tip, paid to change a review, money transferred back).
		"五星好评送加保半年":     {RuleCashback + " error"},
		"评论区留个图，我们打赏5元": {RuleCashback + " error"},
		"改成好评的话补偿您10块":  {RuleCashback + " error"},
		"好评后我把运费转给您":    {RuleCashback + " error"},
		// Misses: fake orders (paid orders refunded, short of sales, one item paid another sent, a new account).
		"拍单退款的活还有":            {RuleFakeOrder + " error"},
		"店里缺几单销量，拍了全额退，东西不用寄": {RuleFakeOrder + " error", RuleFakeOrder + " error"},
		"拍199的礼盒，实际发一小罐":      {RuleFakeOrder + " warning"},
		"换个号再拍一单":             {RuleFakeOrder + " error"},
		// Misses: ad-law (no shop sweeter than ours, nowhere this sweet, top of the ranking).
		"全镇没有一家比我家甜": {RuleAdLaw + " warning"},
		"成个县都冇咁甜嘅荔枝": {RuleAdLaw + " warning"},
		"销量榜首就是这款":   {RuleAdLaw + " warning"},
		// Misses: medical (stretch marks).
		"这款油能防妊娠纹": {RuleMedical + " warning"},
		// Misses: service (no time to ask me, no need to say it again, I can't tell what you mean, no reply at all, wasting time, you ask me who do I ask, nothing to say, the review was malicious, daily calls until changed, never come back, we're all crooks then, overweight, wait slowly after a bad review, dream on, we only sell, 急乜嘢急).
		"有这功夫问我不如看说明书":   {RuleForbidden + " error"},
		"汝讲几遍了，免再讲":      {RuleForbidden + " error", RuleForbidden + " error"},
		"不清楚你在说什么":       {RuleForbidden + " error"},
		"我方不予回应":         {RuleForbidden + " error"},
		"别浪费我的时间":        {RuleForbidden + " error"},
		"汝问我，我问谁":        {RuleForbidden + " error"},
		"我无话可说":          {RuleForbidden + " error"},
		"你这差评纯属恶意":       {RuleForbidden + " error"},
		"你不改差评我就天天给你打电话": {RuleForbidden + " warning"},
		"以后别来买了":         {RuleForbidden + " error"},
		"按你说我们都是骗子":      {RuleForbidden + " error"},
		"你体重超标了吧":        {RuleForbidden + " error"},
		"差评都给了，退款慢慢等吧":   {RuleForbidden + " error"},
		"想半价买？做梦":        {RuleForbidden + " error"},
		"我们只管发货":         {RuleForbidden + " error"},
		"急乜嘢急":           {RuleForbidden + " error"},
		"我弗管":            {RuleForbidden + " error"},
		// False errors fixed: refusing A-for-B, calling right away after being asked often, a warning about someone faking the shop, disclosed flaws.
		"关于拍A发B，我们不接受这种方式":     nil,
		"您问了好几次，我现在就打电话问快递":    nil,
		"有人让您帮我们刷单？不是我们，请注意防骗": nil,
		"我们只保证描述属实，瑕疵都写了":      nil,
		"可以向平台举报":              nil,
		// Look-alikes that keep their verdict.
		"有问题直接找我就行":          nil,
		"我们没有自己的APP，只在这个店里卖": nil,
		"成个县都知道我们家":          nil,
		"我说了好几次了，你自己看":       {RuleForbidden + " error", RuleForbidden + " error"},
		"详情页都写了，自己看":         {RuleForbidden + " error"},
		"做梦都想要的颜色":           nil,
	})
}
