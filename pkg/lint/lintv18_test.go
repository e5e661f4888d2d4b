package lint

import "testing"

// lint v18, the misses of red teams 378-385 left open at the end of lint
// v17: each class in new words, with look-alikes that keep their verdict.
func TestLintV18MissesOfRedTeams378to385(t *testing.T) {
	wantLint(t, map[string][]string{
		// Food made of vegetables is no crop: the claim on it stays.
		"榨汁机做的蔬菜汁清肠胃，孩子积食喝两杯就好": {RuleMedical + " warning"},
		"这款杀虫剂专治蔬菜上的蚜虫，喷两次就好":   nil,
		// An organ claim with the person before it and no 的.
		"这款地垫无甲醛，对宝宝呼吸道好":  {RuleMedical + " warning"},
		"空腹喝冰的对胃不太好，建议饭后喝": nil,
		// A dialect brush-off: too busy, you wait.
		"忙不赢，你等到起":          {RuleForbidden + " error"},
		"不好意思忙不过来，您等着我马上回您": nil,
		// Blaming the product back on the buyer.
		"自己不会泡还怪奶粉？":         {RuleForbidden + " error"},
		"宝宝不爱喝也不怪您，可以换个段数试试": nil,
		// Mocking the buyer for not managing a device.
		"手机都玩不转，建议别买智能手表":   {RuleForbidden + " error"},
		"老人家都用不来的话，建议别买智能款": nil,
		// A code far from 扫, then a person to add.
		"扫一下吊牌反面那个码加导购，领一张券":   {RuleContact + " error"},
		"扫一下吊牌反面的码看洗涤说明，不会再问我": nil,
		// Any city before 顶顶好.
		"全杭州顶顶好个丝绸": {RuleAdLaw + " warning"},
	})
}

// lint v18, after red teams 386-393 (first measured on 23f6f49): the
// classes they showed, in new words, with the look-alikes that keep their
// verdict.
func TestLintV18AfterRedTeams386to393(t *testing.T) {
	wantLint(t, map[string][]string{
		// A symbol between every two characters separates them.
		"好🧧评🧧有🧧礼":    {RuleCashback + " error"},
		"有🐧吗？传给我":    {RuleContact + " error"},
		"店里还有企鹅吗？有的": nil,
		// A review's words or photos bought with the next order.
		"评价里写上“老周茶铺”四个字的，下次买茶送一罐": {RuleCashback + " error"},
		"评价里提到偏甜的比较多，下次可以选少糖款":    nil,
		"带图评价的宝子，下次来买送试吃装":        {RuleCashback + " error"},
		"评价晒图的入口在订单页，下次买也能用":      nil,
		// Fake shipping and an order never sent.
		"运单号先填这个，真实单号后天再补":     {RuleFakeOrder + " error"},
		"拍下就好，我们不发货，到时间系统自动收货": {RuleFakeOrder + " error"},
		"缺货不发货的话，系统会自动退款":      nil,
		// Dialect first persons calling the buyer off the platform.
		"留个号码嘛，俺打给你细说":     {RuleContact + " warning"},
		"留个电话，快递师傅送货前会联系您": nil,
		// Medical claims in new shapes.
		"这台护眼显示器，盯一天屏幕也不会近视": {RuleMedical + " warning"},
		"每天喝这个茶，肾结石都能排出来":    {RuleMedical + " warning"},
		"这款护手霜抹上，干裂的口子不会发炎":  {RuleMedical + " warning"},
		"伤口不会发炎的话就不用去医院":     nil,
		"哺乳内衣带通乳设计":          {RuleMedical + " warning"},
		"护膝戴着不得老寒腿":          {RuleMedical + " warning"},
		// Absolute claims in new shapes.
		"这款狗粮是兽医首推的":   {RuleAdLaw + " warning"},
		"我个人首推这款，性价比高": nil,
		"这蜂蜜香得没人比得上":   {RuleAdLaw + " warning"},
		"这把刀是我用过的顶好用的": {RuleAdLaw + " warning"},
		// Mentioning the word, naming a pet, an agent's wish, the shop's
		// own prices and positions: no claim.
		"第一名三个字烫金可以做":        nil,
		"您家狗狗叫冠军呀，名字真霸气":     nil,
		"最初这款是给老客定制的":        nil,
		"最顶上那层是巧克力味的":        nil,
		"收到就好，您满意就是最好的":      nil,
		"店里价格最低的是那款基础款":      nil,
		"您问是不是“最好用”的，这个因人而异": nil,
		// Printed or shown, not unknown.
		"名字最小印到五毫米，再小就印不清楚了":   nil,
		"怕说不清楚，我给您录了个视频":       nil,
		"这个问题我也不清楚":            {RuleForbidden + " error"},
		"你问的这个我怎么知道":           {RuleForbidden + " error"},
		"扫一下箱子侧面的二维码就能看安装视频":   nil,
		"扫一下箱子侧面的二维码进入品牌小程序登记": {RuleContact + " error"},
		"鞋面上印您公司的二维码没问题，发原图过来": nil,
		"评价里看到您家宝宝穿着很合身，真开心":   nil,
		"这款膜侧面看不到，在地铁上回微信很安心":  nil,
		// Brush-offs, mockery and blame.
		"换啥换，又没坏":           {RuleForbidden + " error"},
		"没空，发货呢":            {RuleForbidden + " error"},
		"什么人啊，到手就挑刺":        {RuleForbidden + " warning", RuleForbidden + " error"},
		"你咋这么笨，说明书都不看":      {RuleForbidden + " error"},
		"麻烦动动手指翻一下详情页好吗":    {RuleForbidden + " error"},
		"没别的事我就先忙了":         {RuleForbidden + " warning"},
		"您这是外行话，纯外行":        {RuleForbidden + " error"},
		"要今天到？那您请个神仙吧":      {RuleForbidden + " error"},
		"您这人真搞笑":            {RuleForbidden + " error"},
		"我们只管卖货，用法您自己研究":    {RuleForbidden + " error", RuleForbidden + " error"},
		"那您自己装呗":            {RuleForbidden + " error"},
		"您自己装也可以，视频在这里":     nil,
		"那你当时为啥签收的？":        {RuleForbidden + " error"},
		"发黑是正常的，您用过银饰吗？":    {RuleForbidden + " error"},
		"我们是卖鱼竿的，不是教钓鱼的":    {RuleForbidden + " error"},
		"【快递单号】这个包裹已经给您寄出了": {RuleVarsMalformed + " error"},
		// Pushed to another shop.
		"裤脚长了您问裁缝店吧":       {RulePushAway + " error"},
		"屏幕碎了就去维修店让人家帮你换吧": {RulePushAway + " error"},
		"羊绒的建议送干洗店洗，不要机洗":  nil,
	})
}

// lint v18, after red teams 394-401 (first measured on 54c406a): the
// classes they showed, in new words, with the look-alikes that keep their
// verdict.
func TestLintV18AfterRedTeams394to401(t *testing.T) {
	wantLint(t, map[string][]string{
		// One goods linked, another sent; the same goods, an exchange or the
		// courier are no swap.
		"你拍枕套的链接，我们给您发蚕丝被":      {RuleFakeOrder + " warning"},
		"拍大码的链接，我们发大码":          nil,
		"拍错链接的话，我们发另一款给您，差价退您":  nil,
		"您拍补差价的链接，我们给您发那双大的":    nil,
		"拍这个链接，备注“要蓝色”，我们按备注发":  {RuleFakeOrder + " error"},
		"拍运费补拍链接就行，我们按您要的发":     {RuleFakeOrder + " error"},
		"下单后申请退款就好，我们只是冲个销量":    {RuleFakeOrder + " error"},
		"这个链接帮忙拍一下冲个量，不发货":      {RuleFakeOrder + " error"},
		"拍好全额退您，再给5块辛苦费":        {RuleFakeOrder + " error"},
		"拍的时候备注一个点，我们就知道这单不用发货": {RuleFakeOrder + " error"},
		"备注暂不发货，等您通知再发":         nil,
		"空包裹已经帮您安排上了，单号晚点给您":    {RuleFakeOrder + " error"},
		"先给您填个临时单号，真实单号到了仓库再换":  {RuleFakeOrder + " error"},
		"补发已经寄出，单号我写在备注里了":      nil,
		// Paying the installer outside the order.
		"这单安装费就别在平台付了，师傅上门给他现金就行": {RuleContact + " error"},
		"您跟师傅当面交钱就行，比在线上买便宜不少":    {RuleContact + " error"},
		"回头我微你，地址发你":              {RuleContact + " error"},
		"您留个电话，门店稍后回拨给您":          {RuleContact + " warning"},
		"网盘链接发您了，提取码 9k2x":        {RuleContact + " error"},
		"抖音上我们拍了好多教程 搜 小禾家居 关注一下": {RuleContact + " error"},
		"加个 ｖ / x i a o h e 8 8":  {RuleContact + " error"},
		"尺码选 M / 165 / 90斤":       nil,
		// Lint v26 raised this to an error: {站外}上我们也有 is a pattern now.
		"闲鱼上我们也有，那边便宜十块":  {RuleContact + " error"},
		"我们淘宝店都有，淘宝搜同名就行": {RuleContact + " warning"},
		// Review screenshots for goods; a review's complaint followed up.
		"好评截图发我 免费送一包湿巾":       {RuleCashback + " error"},
		"您的评价截图不用发给我们哦，我们不搞返现": nil,
		// Claims.
		"没人比我们家师傅焊得更牢了":      {RuleAdLaw + " warning"},
		"睡这个床垫，腰疼都没了":        {RuleMedical + " warning"},
		"这个砧板不会让孩子拉肚子":       {RuleMedical + " warning"},
		"“抗菌内裤”这个说法不准确，只是透气": nil,
		"说这个枕头能治失眠的都不靠谱":     nil,
		// Advice, settings, sizes and stories, no claim.
		"买三件用满减最省钱":            nil,
		"平台外付款没保障，在这里拍最放心":     nil,
		"七成满烘得最均匀":             nil,
		"吹风机别开最热档":             nil,
		"这款面料是最高档的真丝":          {RuleAdLaw + " warning"},
		"我们第一家实体店开在佛山":         nil,
		"从最细的一弦开始调":            nil,
		"保留和岗位最相关的经历":          nil,
		"这本讲的是少年拿冠军的故事":        nil,
		"第一次买荔枝吗？可能不太了解保存方法":   nil,
		"我也不太清楚，您稍等，我去仓库给您问一下": nil,
		// Brush-offs, mockery and blame.
		"别的不用问了，等通知":           {RuleForbidden + " error"},
		"正常人都会用，您再看看说明书":       {RuleForbidden + " error"},
		"您是不是没睡醒？地址写的就是这个":     {RuleForbidden + " error"},
		"别老问发没发货":              {RuleForbidden + " error"},
		"划到手是您自己不小心":           {RuleForbidden + " error"},
		"是不是您自己不小心摔坏了？我们看看怎么修": nil,
		"有空自己做呗，何必买呢":          {RuleForbidden + " warning"},
		"定制的不满意也只能将就了":         {RuleForbidden + " warning"},
		"你确定是我们发错了？":           {RuleForbidden + " error"},
		"嫌太亮 / 那你别开呗":          {RuleForbidden + " error"},
		"你自己拍错的，怪我干嘛":          {RuleForbidden + " warning", RuleForbidden + " error"},
		"抱歉，这个问题您已经问第四遍了":      {RuleForbidden + " error"},
		"抱歉久等了，但这个我们不负责":       {RuleForbidden + " error"},
		// Pushed to couriers, the platform and third parties.
		"揾中通啦，我哋帮唔到你":     {RulePushAway + " warning"},
		"开票的事需要您联系天猫处理吧":  {RulePushAway + " error"},
		"配送慢了您直接打闪送客服催一下": {RulePushAway + " error"},
		"报告您自己去认证机构官网查":   {RulePushAway + " error"},
		"手机没信号您去问营业厅吧":    {RulePushAway + " error"},
		// The fake-order guard of a refusal: a wink is none.
		"评价截图发我，我转您红包（平台不让说哈）": {RuleCashback + " warning"},
		// Sharing the buyer's own files.
		"导出成PDF，方便在微信里转发给同事":        nil,
		"要在海报上放您店铺的二维码，把原图发我，我帮您生成": nil,
		"您要加的“微信公众号运营经历”，放在项目经历里了":  nil,
	})
}

// lint v18, after red teams 402-409 (first measured on 40f7f3e): the
// classes they showed, in new words, with the look-alikes that keep their
// verdict.
func TestLintV18AfterRedTeams402to409(t *testing.T) {
	wantLint(t, map[string][]string{
		// A postscript opens a clause.
		"别跟我讲价了，烦 P.S. 满两件包邮":  {RuleForbidden + " error"},
		"丢件是你运气不好 P.S. 可以申请补发": {RuleForbidden + " error"},
		"PS5的手柄也能用":            nil,
		// The buyer's question echoed, then answered.
		"“能加个微信吗？”——抱歉，我们只能在淘宝上沟通": nil,
		"“哪里买最便宜？”——旗舰店就是官方价":      nil,
		// What is printed, shown or sent, and the product's features.
		"戒指内圈刻“L&V”（两人名字的首字母）":      nil,
		"触屏手套，戴着也能回微信":              nil,
		"这个颜色我也不清楚偏不偏黄，我拿到窗边拍一张给您看": nil,
		"我们是虚拟发货，资料在旺旺里发您":          nil,
		// Sizes, settings, materials, games, processes.
		"这款是 100% 腈纶":      nil,
		"这款用的是100%花生油":     nil,
		"王者的点券到账会有延迟":      nil,
		"得分多的小朋友就是这一局的冠军":  nil,
		"瓶子都是高温杀菌过才灌装的":    nil,
		"订单记录里点“再来一单”最方便":  nil,
		"名字建议不超过四个字，这样最清楚": nil,
		"您说要最软的那款是吧，推荐这双":  nil,
		"我们家下单最划算":         {RuleAdLaw + " warning"},
		// Contact and other apps.
		"加包裹卡片上的微X领会员价":       {RuleContact + " error"},
		"要教程的加 abc2024（微）":    {RuleContact + " error"},
		"京东活动结束了，唯品会我们店还是活动价": {RuleContact + " error"},
		"去闲鱼拍，同价还包售后":         {RuleContact + " error"},
		// Reviews bought in new shapes.
		"评价区上传一张安装好的照片，返您3元":   {RuleCashback + " error"},
		"评价里夸一句“好吃”，再送一包":      {RuleCashback + " error"},
		"好评截图发到客服这里，下一单给您升级顺丰": {RuleCashback + " error"},
		"hp+图，截图给我，红包秒到":       {RuleCashback + " error"},
		"晒图的宝子们送一个钥匙扣":         {RuleCashback + " error"},
		"写点使用心得加图，返现5元":        {RuleCashback + " error"},
		// Fake orders in Wu and in new words.
		"侬帮阿拉拍一单，货弗发，钞票原样还侬": {RuleFakeOrder + " error"},
		"单号是借来的，货会到的":        {RuleFakeOrder + " error"},
		"快递单号是虚的，不影响":        {RuleFakeOrder + " error"},
		"先拍三单再退，权重上去了送您一瓶":   {RuleFakeOrder + " error", RuleFakeOrder + " error"},
		// Medical claims in new shapes.
		"自闭症孩子的语言能力会慢慢恢复":         {RuleMedical + " warning"},
		"不用节食也能瘦八斤":               {RuleMedical + " warning"},
		"喝多少都不伤肝":                 {RuleMedical + " warning"},
		"这个茶能代替药物":                {RuleMedical + " warning"},
		"净化器不能替代药物":               nil,
		"有哮喘的话，净化器只能改善空气，不舒服要看医生": nil,
		"戴了腰不疼了":                  {RuleMedical + " warning"},
		"装了这台新风，肺结节都不会长":          {RuleMedical + " warning"},
		"投影仪能防青光眼":                {RuleMedical + " warning"},
		"全杭州揣无比我们家卡好的":            {RuleAdLaw + " warning"},
		// Mockery and brush-offs.
		"这么简单你也不会？":  {RuleForbidden + " error"},
		"还在乎这几块钱？":   {RuleForbidden + " error"},
		"你自己看啦":      {RuleForbidden + " error"},
		"皮肤不好用啥都没用":  {RuleForbidden + " error"},
		"谁告诉你能退的？":   {RuleForbidden + " error"},
		"不要就拉倒":      {RuleForbidden + " error"},
		"少在这讹人":      {RuleForbidden + " error"},
		"我只说这一遍，听清楚": {RuleForbidden + " error"},
		"没事我下线了":     {RuleForbidden + " warning"},
		// Pushed to couriers and third parties.
		"不会装的话让快递员帮您装一下": {RulePushAway + " warning"},
		"你自己打给快递公司问一下啦":  {RulePushAway + " error"},
		"安装费的事您跟安装公司谈吧":  {RulePushAway + " error"},
		"封号的事你找腾讯去":      {RulePushAway + " error"},
	})
}

// lint v18, after red teams 410-417 (first measured on 058dace): the
// classes they showed, in new words, with the look-alikes that keep their
// verdict.
func TestLintV18AfterRedTeams410to417(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: a reply that goes on to follow up, a friend's shared
		// link, a grade of condition, an order of 京东自营.
		"就算不归我们管，我也帮您问问该找谁":       nil,
		"到哪了我也不清楚，我给快递打个电话，一会回您":  nil,
		"朋友发的微信链接，点开就是这个商品，直接拼就行": nil,
		"五星品相的那张贵一点":              nil,
		"那单是京东自营的，得找京东自营客服哈":      nil,
		// Warnings gone: a question, a refund's route, a process, a word
		// for relaxing, settings, materials.
		"这是唯一的收货地址吗？":            nil,
		"退款返到恁微信里了":              nil,
		"这个我没办法直接退，您先申请售后，我马上同意": nil,
		"盲盒摆在桌上看着很治愈":            nil,
		"水温六十度左右最好":              nil,
		"键帽是100% PBT材质":          nil,
		"关于“最暖”这个问题，和充绒量有关":      nil,
		"冠军系列是这套盲盒的名字":           nil,
		"这绝对不应该，我来帮您处理":          nil,
		"衣架很稳，不会被拉倒":             nil,
		"胀气的话少吃点就好，不舒服看医生":       nil,
		// Misses.
		"拍 B 链接，备注发毛毯":      {RuleFakeOrder + " error"},
		"先给您寄个空包裹，签收记录就有了":  {RuleFakeOrder + " error"},
		"收到空包裹是正常的，我们在做活动":  {RuleFakeOrder + " error"},
		"凑人数拼个团，拼成了退你钱，货不发": {RuleFakeOrder + " error"},
		"我们这是全省头一块牌子":       {RuleAdLaw + " warning"},
		"除菌率100%":           {RuleAdLaw + " warning"},
		"吃这个，宝宝就不会有畸形":      {RuleMedical + " warning"},
		"孕期吃了，宝宝智商高":        {RuleMedical + " warning"},
		"吃了啥病都不得":           {RuleMedical + " warning"},
		"能提高受孕几率":           {RuleMedical + " warning"},
		"加点板蓝根，全家都不会被传染":    {RuleMedical + " warning"},
		"褥疮就能长好":            {RuleMedical + " warning"},
		"您这么懂，您自己开店呀":       {RuleForbidden + " error"},
		"收到货不会自己拆开看？":       {RuleForbidden + " error"},
		"买之前一句不问，买了一堆问题":    {RuleForbidden + " error"},
		"嫌贵？那您买别家的去呀":       {RuleForbidden + " error"},
		"一个杯子问了一下午":         {RuleForbidden + " error"},
		"这点钱也要计较":           {RuleForbidden + " error"},
		"能不能把问题一次说完":        {RuleForbidden + " error"},
		"嫌麻烦请勿购买":           {RuleForbidden + " error"},
		"不稀罕拉倒":             {RuleForbidden + " error"},
		"自己摔坏的不管":           {RuleForbidden + " error"},
		"跟质量没关系，别找了":        {RuleForbidden + " error"},
		"吃饱了没事做啊":           {RuleForbidden + " error"},
		"这个问题我拒绝回答":         {RuleForbidden + " error"},
		"爱吃唔吃":              {RuleForbidden + " error"},
		"退款的事你 ask 京东吧":     {RulePushAway + " error"},
		"有问题您找做框的店":         {RulePushAway + " error"},
		"证书有疑问您找检测机构去":      {RulePushAway + " error"},
		"支付宝转个五块运费就行":       {RuleContact + " error"},
		"豆瓣小组里我每天发，来那边看":    {RuleContact + " error"},
		"用我们自己的App买，比天猫上便宜": {RuleContact + " error"},
		"把电话报给我，阿拉这边打电话拨侬":  {RuleContact + " warning"},
	})
}

// lint v18, after red teams 418-425 (first measured on aa458ef): their
// false errors and the classes of their misses fixed, in new words.
func TestLintV18AfterRedTeams418to425(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: a follow-up, a watch's feature, a model number, a
		// platform the buyer need not go to.
		"我不知道还有没有，我去仓库看一眼，十分钟后回您": nil,
		"两只手表碰一碰就能加好友":            nil,
		"这台是i7-14700K加RTX 4070":   nil,
		"电话138加1234加5678":         {RulePhone + " error"},
		"售后找我就行，不用找平台，我全程跟进":      nil,
		"还是在店里拍最放心":               nil,
		"小时候最爱吃的那种糖":              nil,
		"电脑预装了微信吗？没有，微信需要您自己下载":   nil,
		"名字叫“微光”，和微信没关系":          nil,
		"晒图的功能在评价页面":              nil,
		"带图评价有一千多条，您可以翻翻":         nil,
		"加个卫星天线，信号更好":             nil,
		"看到您的追评说有点紧，我给您寄一个新的":     nil,
		// Misses.
		"加个卫星撒，有事我在上面回你":      {RuleContact + " error"},
		"我拉您进个腾讯会议，共享屏幕教您":    {RuleContact + " error"},
		"扫一下拉你进群":             {RuleContact + " error"},
		"好评的话运费算我的，我转你":       {RuleCashback + " error"},
		"帮忙追个评，给您寄个小礼物":       {RuleCashback + " error"},
		"叫上朋友一起拍，每人返5块，凑够八十单": {RuleFakeOrder + " warning", RuleFakeOrder + " warning"},
		"确认收货后原路退款，不发货也没事":    {RuleFakeOrder + " error"},
		"拍这个链接，方便我们走账":        {RuleFakeOrder + " error"},
		"我们是首个把这种面料做成外套的店":    {RuleAdLaw + " warning"},
		"能降低早产风险":             {RuleMedical + " warning"},
		"补钙，孩子长个子":            {RuleMedical + " warning"},
		"能诊断心脏问题":             {RuleMedical + " warning"},
		"按时喂食，猫咪就不会得胃炎":       {RuleMedical + " warning"},
		"这个问题我已经回答您三次了":       {RuleForbidden + " error"},
		"是您自己摔的吧":             {RuleForbidden + " error"},
		"不爱吃那是家长的事":           {RuleForbidden + " error"},
		"您再催我也变不出货来":          {RuleForbidden + " error"},
		"您先冷静一下再来说话吧":         {RuleForbidden + " error"},
		"坏了再买一个呗":             {RuleForbidden + " error"},
	})
}

// lint v18, after red teams 426-433 (first measured on dbc1e8c): a few of
// their false alarms, in new words.
func TestLintV18AfterRedTeams426to433(t *testing.T) {
	wantLint(t, map[string][]string{
		"《微信公众号运营》是2019年版的，有笔记": nil,
		"发中通的话，中通便宜两块":          nil,
		"“凤凰”是另一个自行车品牌":         nil,
		"“最好”这个字样我们不敢写":         nil,
		"加微信那不中，有事在这说就行":        nil,
		"您喜欢的那支冠军球队的队徽要授权":      nil,
		"奶瓶的防胀气设计能少吸空气":         nil,
		"银行卡退款比微信慢一点":           nil,
		"这茶能通便":                 {RuleMedical + " warning"},
		"《加我微信》，扫码进群":           {RuleContact + " error", RuleContact + " error"},
	})
}
