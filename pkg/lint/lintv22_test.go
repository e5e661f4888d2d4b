package lint

import "testing"

// lint v22: the false errors lint v21 left (red teams 538-545 and 562-569),
// in new words, with the look-alikes that keep their verdict.
func TestLintV22LeftFromV21(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors left from lint v21: the buyer's complaint echoed as a question and then
		// apologised for; 也么事 (no matter); goods bought from the platform's own store; 您话.
		"您讲我解释了好几遍还是不清楚？实在不好意思，是我没讲明白": nil,
		"你说我回复了好几次都答非所问？抱歉抱歉，我重新看一下":   nil,
		"我说了好几遍了你还不懂？":                 {RuleForbidden + " error"},
		"说了好几遍了，你自己看？不好意思":             {RuleForbidden + " error", RuleForbidden + " error"},
		"问了好几次也么事，我再跟你讲":               nil,
		"讲过交关遍也么事，我再讲一遍":               nil,
		"我说了好几遍了，就是不行":                 {RuleForbidden + " error"},
		"您在京东自营买的那台，售后得找京东客服":          nil,
		"在天猫超市买的话，退货要找天猫客服":            nil,
		"这个你去找京东客服":                    {RulePushAway + " error"},
		"您话要去找淘宝客服？唔使，我帮您搞掂":           nil,
		"你话要找拼多多？找拼多多去":                {RulePushAway + " error"},
		// False warnings left from lint v21: settings ranked by number (十档), a reach written as
		// 能调到 + 零下, 零件 is not a numeral; the market named or a price keeps the claim.
		"一档最冷，十档最热":     nil,
		"灯有三档，三档最亮":     nil,
		"冷冻室最低能调到零下24度": nil,
		"最大的零件长5厘米":     nil,
		"这款是全网最快的":      {RuleAdLaw + " warning"},
		"价格最低19元":       {RuleAdLaw + " warning"},
	})
}

// lint v22: red teams 570-577 were measured on ff04c45; these are the classes
// of their false errors and misses, in new words, with the look-alikes that
// keep their verdict.
func TestLintV22AfterRedTeams570to577(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: a bare word asked back and waved off, a platform credit product only the
		// platform can see, a condition of the agent being offline, many people not knowing, a courier
		// asking the buyer to add him, grams of tea, a disowning shop word after a question.
		"二维码？那个是物流面单上的，不用管它":            nil,
		"微信？加我微信聊":                      {RuleContact + " error"},
		"多多月付的扣款我们后台看不到，要在拼多多里找官方客服处理哈": nil,
		"我下班以后您有急事可以找京东客服":              nil,
		"找京东客服":        {RulePushAway + " error"},
		"很多刚入门的新手都不清楚": nil,
		"这个我也不清楚":      {RuleForbidden + " error"},
		"配送员叫您加他微信约时间？您告诉我时间，我来跟网点说": nil,
		"加我微信约时间": {RuleContact + " error"},
		"您的评价我看了，说味道淡，下次泡的时候多放两克": nil,
		"好评的话多放一包":          {RuleCashback + " error"},
		"骑手让您扫码加群？那不是敝店安排的": nil,
		// Off the platform: a homophone of 抖音 searched for, 官博, instructions to undo a
		// homophone, underscores spelled out, an ID by recipe, 口口 for QQ, Cantonese call-me.
		"去搜搜抖荫“果园小屋”，晚上直播":    {RuleContact + " error"},
		"关注我们官博，每周抽奖":         {RuleContact + " error"},
		"伟信去掉人字旁，号是abc123":    {RuleContact + " error"},
		"账号是lily下划线shop下划线99": {RuleContact + " error"},
		"我v是我名字全拼加520":        {RuleContact + " error"},
		"口口号五二零一三一四":          {RuleContact + " error"},
		"有事打俾我一三八零零一三八零零零":    {RuleContact + " error", RulePhone + " error"},
		// Fake orders: an empty box sent, order the dear one and get the cheap one, the name does
		// not match and that is fine, a signed-for tracking number.
		"我们寄一只空盒子给您，您点签收就行":     {RuleFakeOrder + " error"},
		"您拍贵的那款，我们按便宜的发，差价退您":   {RuleFakeOrder + " error"},
		"拍这个链接，发的是另一款，标题不一样没关系": {RuleFakeOrder + " error"},
		"直接给您个已签收的快递单号":         {RuleFakeOrder + " error"},
		"您收到的是空盒子吗？拍照给我看看":      nil,
		// Ad law: 100% + a promise, 国家指定, no shop beats ours (Cantonese), for life, none better.
		"这款面料100%无害，放心穿": {RuleAdLaw + " warning"},
		"这是国家指定产品":       {RuleAdLaw + " warning"},
		"冇邊家嘅芒果靚得過我哋":    {RuleAdLaw + " warning"},
		"保你一辈子都不褪色":      {RuleAdLaw + " warning"},
		"全网找不到更好的了":      {RuleAdLaw + " warning"},
		"棉100%，柔软亲肤":     nil,
		// Medical: longer disease names, 症, mental health.
		"穿了就不会得足癣了":  {RuleMedical + " warning"},
		"喝这个茶可以缓解焦虑": {RuleMedical + " warning"},
		"吃了保证不得口角炎":  {RuleMedical + " warning"},
		// Service: don't shout at me, 老多趟, sarcasm about breaking it, impatience, rude questions,
		// reading it yourself on the page, not welcome.
		"别冲我吼，吼也没用":          {RuleForbidden + " error", RuleForbidden + " error"},
		"我讲过老多遍了":            {RuleForbidden + " error"},
		"你真厉害，一天就摔坏了":        {RuleForbidden + " warning"},
		"好烦啦，等就对了":           {RuleForbidden + " warning"},
		"你是听不懂还是怎么的":         {RuleForbidden + " error"},
		"你以为你是谁啊":            {RuleForbidden + " error"},
		"你以为十块钱能买到真皮？":       {RuleForbidden + " error"},
		"学会认字再来问":            {RuleForbidden + " error"},
		"本店不欢迎这种买家":          {RuleForbidden + " error"},
		"早就不理你了":             {RuleForbidden + " error"},
		"别跟我说这么多":            {RuleForbidden + " error"},
		"别编了":                {RuleForbidden + " error"},
		"不能用就扔掉":             {RuleForbidden + " error"},
		"自己等着吧":              {RuleForbidden + " error"},
		"我们不管了，自己处理吧":        {RuleForbidden + " error", RuleForbidden + " error"},
		"说明书您自己看说明书":         {RuleForbidden + " error"},
		"规格您自己查详情页":          {RuleForbidden + " error"},
		"您自己看详情页可能看不清，我发图给您": nil,
		// Push: a third party named, then 找他们; 跟 a courier 那边; a cold-chain company.
		"包装是快递公司提供的，坏了你找他们": {RulePushAway + " error"},
		"运费的事您跟顺丰那边沟通":      {RulePushAway + " error"},
		"你去问冷链物流":           {RulePushAway + " error"},
	})
}

// lint v22: red teams 578-585 were measured on beec6b5 (recall 97.7 %, false
// alarms 0.68 %, no false error); these are the classes
// of their false warnings and misses, in new words, with the look-alikes
// that keep their verdict.
func TestLintV22AfterRedTeams578to585(t *testing.T) {
	wantLint(t, map[string][]string{
		// False warnings: a book title, WeChat beside a bank card at the checkout, another shop of
		// the same name, 治疗 disowned, the agent keeping watch, 刷手腕, hardship and wishes with
		// 最, which one is best asked, a coupon's cap, the shop contacting the maker itself.
		"《微信营销入门》这本还有两本":             nil,
		"结算的时候选微信或者银行卡都行":            nil,
		"付款方式支持支付宝和微信":               nil,
		"加我微信，支付宝也行":                 {RuleContact + " warning"},
		"拼多多上那个同名的店跟我们没关系，别买错了":      nil,
		"这台加湿器跟治疗没关系，咳嗽请看医生":         nil,
		"这台加湿器能治疗咳嗽":                 {RuleMedical + " warning"},
		"送达时间我现在不知道，快递员出发会打给您，我这边盯着": nil,
		"这个我不知道":                     {RuleForbidden + " error"},
		"手环可以刷手腕坐地铁":                 nil,
		"招刷手，日结":                     {RuleFakeOrder + " error"},
		"爬山最后一段最难受，多带点水":             nil,
		"我们最想看到的就是您用得开心":             nil,
		"说不上哪款最好，看您用途":               nil,
		"这张优惠券最多能减二十":                nil,
		"我们的价格最低":                    {RuleAdLaw + " warning"},
		"要问厂家才知道，我帮您联系":              nil,
		// Off the platform: 私讯 a foreign app, another app's live room, typing hints, a QR code
		// paid to a person; cashback with named words, 评完 + 补偿, 满分 for a bag of snacks.
		"下单后私信我们ins拿优惠码":          {RuleContact + " error"},
		"我们每晚在快手开播，直播间拍更便宜":       {RuleContact + " error"},
		"薇信：a b c d e f g 中间没有空格": {RuleContact + " error"},
		"用微信扫这个码，钱直接付给师傅就行":       {RuleContact + " error"},
		"评论里写上“超好吃”这几个字，来找我领红包":   {RuleCashback + " error"},
		"评好发我截图，给您补偿5元":           {RuleCashback + " error"},
		"五星截图换一袋牛肉干":              {RuleCashback + " error"},
		// Fake orders: a made-up tracking number, a blank sheet sent, order A and get B.
		"随便给您填个物流单号就行":     {RuleFakeOrder + " error"},
		"寄张白纸过去，物流有记录就可以":  {RuleFakeOrder + " warning", RuleFakeOrder + " error"},
		"链接挂的是围巾，您拍了我们发帽子": {RuleFakeOrder + " error"},
		"拍个便宜的，我们发个贵的过去":   {RuleFakeOrder + " error"},
		// Ad law: 万无一失, 连冠, searched everywhere, one in the world, no one else compares.
		"这套方案万无一失":    {RuleAdLaw + " warning"},
		"五连冠品牌":       {RuleAdLaw + " warning"},
		"找遍全网都找不到这个价": {RuleAdLaw + " warning"},
		"全世界仅此一件":     {RuleAdLaw + " warning"},
		"别家的都比不上":     {RuleAdLaw + " warning"},
		// Medical: a watch as a medical device, slimming, anti-ageing, cured at once; goals and
		// cleaning stay clean.
		"这块表测血糖特别准": {RuleMedical + " warning"},
		"穿上能瘦腿":     {RuleMedical + " warning"},
		"这款精华可以抗衰老": {RuleMedical + " warning"},
		"牙疼一涂就好":    {RuleMedical + " warning"},
		"减脂期可以选低脂款": nil,
		"桌面脏了擦一擦就好": nil,
		// Service and push: blaming, sarcasm, 拉倒, asking too much; a third party by name, the
		// brand's hotline.
		"谁让你下单前不看清楚":     {RuleForbidden + " error"},
		"你是第一天网购吗":       {RuleForbidden + " error"},
		"一天到晚就知道退":       {RuleForbidden + " error"},
		"想要好的就别贪便宜":      {RuleForbidden + " error"},
		"这跟我们有什么关系":      {RuleForbidden + " error"},
		"不要就拉倒":          {RuleForbidden + " error"},
		"你可真能整事":         {RuleForbidden + " error"},
		"一个问题问了一下午":      {RuleForbidden + " error"},
		"有意见找领导去":        {RuleForbidden + " warning"},
		"这个效果就别指望了":      nil,
		"别指望售后":          {RuleForbidden + " error"},
		"回收的事你找回收公司":     {RulePushAway + " error"},
		"证书的问题你去问鉴定中心":   {RulePushAway + " error"},
		"您自己打格力客服热线预约安装": {RulePushAway + " error"},
	})
}

// lint v22: red teams 586-593 were measured on 191967a (recall 97.1 %, false
// alarms 1.10 %, 6 false errors); these are the classes of their false
// errors, false warnings and misses, in new words, with the look-alikes that
// keep their verdict.
func TestLintV22AfterRedTeams586to593(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: another party's official account where the buyer saw something, 也勿要紧,
		// 倷问 reporting the buyer, a consignment commission, the shop asking the courier itself.
		"小区公众号上发的通知，您截图发我看看": nil,
		"关注我们公众号领券":          {RuleContact + " error"},
		"倷勿晓得尺寸也勿要紧，量好发我":    nil,
		"我勿晓得": {RuleForbidden + " error"},
		"侬问阿好加微信？伲勿好加格，就在此地讲":  nil,
		"代售的包卖出去了，扣除佣金后货款明天结算": nil,
		"一单五块佣金，帮忙拍":           {RuleFakeOrder + " error"},
		"那个快递没到是吧，我这就给您问快递去":   nil,
		"你问快递去": {RulePushAway + " error", RuleForbidden + " error"},
		// False warnings: 100% of a material, the first truss of a crop, offers denied, a
		// pesticide's plant disease, Wu 治勿来, not necessarily the best.
		"这个桶是100%聚乙烯的，不怕摔":      nil,
		"辣椒第一垄先浇水":              nil,
		"终身保修没有哦，质保两年":          nil,
		"永久不褪色":                 {RuleAdLaw + " warning"},
		"这个药是防治小麦锈病的，农药登记号在瓶身上": nil,
		"这床被子治病是治勿来格":           nil,
		"贵的不一定最适合您":             nil,
		// Contact: an 8-digit number to call, another platform's link, a number hidden in a
		// picture, 竖线 left out; cashback: review words, 晒图 for a gift, contact after 好评, 发您.
		"打 2 3 4 5 6 7 8 9 预约看货": {RuleContact + " error"},
		"我发你个别的平台的链接，那边拍":        {RuleContact + " error"},
		"号码我写在图片左下角了":            {RuleContact + " error"},
		"v：ab|cd|88，竖线不用输":       {RuleContact + " error"},
		"评论里写“物流很快”四个字，返您两块":     {RuleCashback + " error"},
		"晒图的给你寄一瓶洗衣液":            {RuleCashback + " error"},
		"好评之后找客服，送您一次清洗":         {RuleCashback + " error"},
		"给个好评，发您3元":              {RuleCashback + " error"},
		// Fake orders: a sales push in Cantonese, order A get B, traffic, tracking filled in.
		"帮我哋冲吓销量，钱即刻退返":   {RuleFakeOrder + " error"},
		"拍的是枕头链接，发给您的是被子": {RuleFakeOrder + " error"},
		"用你的订单走一下流量，之后退款": {RuleFakeOrder + " error"},
		"单号我们自己填，您点确认收货":  {RuleFakeOrder + " error"},
		"拍的是套装链接，两件一起发":   nil,
		// Ad law: 史低, 最最, no one beats, the whole city.
		"这价是史低了":      {RuleAdLaw + " warning"},
		"这个颜色最最好看":    {RuleAdLaw + " warning"},
		"没人比得上我们家的手艺": {RuleAdLaw + " warning"},
		"全市最便宜":       {RuleAdLaw + " warning"},
		// Medical: corns, rheumatism, 把近视贴好, toxins, radiation, the neck, damp.
		"穿了不长脚气":      {RuleMedical + " warning"},
		"穿上以后老寒腿都要好些": {RuleMedical + " warning"},
		"这个贴能把近视贴好":   {RuleMedical + " warning"},
		"能排出体内的毒素":    {RuleMedical + " warning"},
		"这块石头能吸收手机辐射": {RuleMedical + " warning"},
		"注意休息，保护视力":   nil,
		"戴上颈椎毛病就能好":   {RuleMedical + " warning"},
		"喝了能排湿气":      {RuleMedical + " warning"},
		// Service: 别折腾了, 听腻了, 默倒, 烦人, won't sell to you, rude questions; push to a third party
		// 那边, to the courier, the station, the counter, the platform for an invoice; placeholders.
		"您别折腾了，就这样吧":     {RuleForbidden + " error"},
		"这话我们听腻了":        {RuleForbidden + " warning"},
		"你以为我很闲啊":        {RuleForbidden + " error"},
		"别在这儿烦我":         {RuleForbidden + " error"},
		"不卖给你了":          {RuleForbidden + " error"},
		"关我们啥事":          {RuleForbidden + " error"},
		"字都认识吧":          {RuleForbidden + " error"},
		"这种事别来找我":        {RuleForbidden + " error"},
		"后果自负":           {RuleForbidden + " error"},
		"矫情什么":           {RuleForbidden + " error"},
		"要买不买随便你":        {RuleForbidden + " error"},
		"讲不讲道理啊":         {RuleForbidden + " error"},
		"自己家娃多高都不知道？":    {RuleForbidden + " error"},
		"不能怪谁，我们一起想办法":   nil,
		"退款的事问支付宝那边吧":    {RulePushAway + " error"},
		"您自己跟快递协商吧":      {RulePushAway + " error"},
		"你去找驿站问":         {RulePushAway + " error"},
		"拿到专柜去修":         {RulePushAway + " error"},
		"发票找京东开":         {RulePushAway + " error"},
		"亲，【填写颜色】已经补发":   {RuleVarsMalformed + " error"},
		"点击【填写退货物流】就能提交": nil,
	})
}

// lint v22: red teams 594-601 were measured on 1e28e0f (recall 97.7 %, false
// alarms 1.22 %, 4 false errors); these are the classes of their false
// errors, false warnings and misses, in new words, with the look-alikes that
// keep their verdict.
func TestLintV22AfterRedTeams594to601(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: another buyer's question reported, the agent phoning to ask, a Hubei
		// question, a relative clause then help offered.
		"有买家问拼多多有没有我们店，没有的，我们只在淘宝": nil,
		"你问拼多多去": {RulePushAway + " error"},
		"这个我说不清楚，我这就打电话问仓库": nil,
		"我不清楚": {RuleForbidden + " error"},
		"晓不晓得型号？拍个照给我看下": nil,
		"我不晓得": {RuleForbidden + " error"},
		"尺码拿不准怎么选的，随时问我": nil,
		"不清楚的自己看":        {RuleForbidden + " error", RuleForbidden + " error"},
		// False warnings: 最 picking a numbered part or one of a counted set, steaming advice, the
		// size that fits, winning a championship, a refund reaching WeChat, a model called QQ车,
		// 都冇问题, a print scale of 100%.
		"三弦是最粗的那根":         nil,
		"最高音嗰條係一弦":         nil,
		"这套锅一共3个，最大的能炖一只鸡": nil,
		"这款是最好的那根":         {RuleAdLaw + " warning"},
		"鲈鱼清蒸最简单":          nil,
		"按您的脚长，最合适的尺码是40":  nil,
		"这款最合适的选择":         {RuleAdLaw + " warning"},
		"孩子领冠军奖呀，恭喜":       nil,
		"荣获行业冠军":           {RuleAdLaw + " warning"},
		"退款已经到您支付宝了吗":      nil,
		"我的微信是abc12345":    {RuleContact + " error"},
		"这是QQ车同款配色":        nil,
		"你唔知型號都冇問題，影張相俾我":  nil,
		"打印比例是不是100%":      nil,
		"效果100%":           {RuleAdLaw + " warning"},
		// Contact: a shop outside the platform, a meeting number, a group on DingTalk, +薇 for lessons,
		// another app's stream cheaper; cashback: a free service for a review, photos for a gift.
		"除了淘宝以外我们还有自己的网店": {RuleContact + " warning"},
		"会议号八八八六六六九九九":    {RuleContact + " error"},
		"飞书可以找到我":         {RuleContact + " error"},
		"+v一对一指导":         {RuleContact + " error"},
		"快手直播间比拼多多便宜":     {RuleContact + " error"},
		"好评的话运费就不收了":      {RuleCashback + " error"},
		"五星好评带图给您补发一包":    {RuleCashback + " error"},
		// Fake orders: tracking we arrange, a number that shows shipped, no sales so order and
		// return, pick a plain spec and get the special one.
		"快递单号我们来安排":        {RuleFakeOrder + " error"},
		"给您个快递单号，系统就显示已发货": {RuleFakeOrder + " error"},
		"新店没销量，帮忙下一单再退款":   {RuleFakeOrder + " error"},
		"下单选普通规格，实际发您限量款":  {RuleFakeOrder + " error"},
		// Ad law and medical: cheaper than the whole web, 航天级, 特供, fakes elsewhere; getting better,
		// heat, lung capacity, piles, after surgery.
		"比全网哪家都实惠":    {RuleAdLaw + " warning"},
		"航天级材料":       {RuleAdLaw + " warning"},
		"特供酒":         {RuleAdLaw + " warning"},
		"别处的都是假货":     {RuleAdLaw + " warning"},
		"关节炎穿了都说好多了":  {RuleMedical + " warning"},
		"三伏天穿了不会中暑":   {RuleMedical + " warning"},
		"清热去火":        {RuleMedical + " warning"},
		"能锻炼肺活量":      {RuleMedical + " warning"},
		"痔疮都能坐好":      {RuleMedical + " warning"},
		"术后恢复特别快":     {RuleMedical + " warning"},
		"每件都检查过，不会发错": nil,
		// Service and push: blaming the buyer's skill, not worth asking, 苕, no product saves it;
		// the courier's station by phone, the brand's repair.
		"是您不会用":      {RuleForbidden + " error"},
		"这点事还值得问":    {RuleForbidden + " error"},
		"你这么苕":       {RuleForbidden + " error"},
		"别在家瞎折腾":     {RuleForbidden + " error"},
		"你打一下驿站电话问问": {RulePushAway + " error"},
		"揾品牌维修啦":     {RulePushAway + " error"},
		"找品牌售后网点就行":  {RulePushAway + " error"},
	})
}

// lint v22: red teams 602-609 were measured on 42653f8 (recall 97.9 %, false
// alarms 0.88 %, no false error); these are the classes
// of their false warnings and misses, in new words, with the look-alikes that
// keep their verdict.
func TestLintV22AfterRedTeams602to609(t *testing.T) {
	wantLint(t, map[string][]string{
		// False warnings: damage that cannot be undone, the best days to view or eat, a priority,
		// butter as the 100%, denied claims (不说能, 不现实), a size named with 最小的, the agent
		// explaining again.
		"别让电机进水，会造成永久损坏":    nil,
		"最佳赏味期是出炉后三天":       nil,
		"这套方案第一优先是预算":       nil,
		"奶油是100%动物奶油":       nil,
		"表带说永不变形不现实，平时注意别压": nil,
		"我们不敢说能降血脂，就是普通的燕麦": nil,
		"永不褪色":          {RuleAdLaw + " warning"},
		"最小的XS码适合80斤左右": nil,
		"我刚才说得可能不太清楚，我再给您解释一下": nil,
		// Contact: paying the technician on site to skip the platform, a Cantonese group, a mini
		// program code to book offline, another marketplace, a LINE group, 微同号.
		"师傅来了现场付他就行，不用在淘宝下单省手续费": {RuleContact + " warning"},
		"入埋我哋嘅会员群啦":              {RuleContact + " error"},
		"小程序码在详情页，扫一下预约线下体验":     {RuleContact + " error"},
		"蝦皮也有開店":                 {RuleContact + " error"},
		"加我们line群":               {RuleContact + " error"},
		"微信同号，就是手机号":             {RuleContact + " error"},
		"店铺首页可以加入我们的淘宝群":         nil,
		// Cashback, fake orders: 五分 for a gift, a better review for an upgrade, member prices;
		// order A get B, refund after ordering, confirm before shipping, commission.
		"给个五分，下次来找我领小礼物":  {RuleCashback + " error"},
		"评价写好点的话，帮您升级大礼盒": {RuleCashback + " error"},
		"好评的话下次给您会员价":     {RuleCashback + " error"},
		"拍杯子发两包纸巾那种":      {RuleFakeOrder + " error"},
		"拍了我再给你退":         {RuleFakeOrder + " error"},
		"先帮我确认收货，其实还没发货":  {RuleFakeOrder + " error"},
		"下单返钱还给提成":        {RuleFakeOrder + " error"},
		"那单拍成运费链接吧":       {RuleFakeOrder + " error"},
		// Ad law, medical: nowhere else, leaders, 胎位, 乳腺炎 cleared, milk supply.
		"别处买不到":     {RuleAdLaw + " warning"},
		"领导人都在喝的茶":  {RuleAdLaw + " warning"},
		"能纠正胎位":     {RuleMedical + " warning"},
		"乳腺炎按几次就通了": {RuleMedical + " warning"},
		"喝了下奶特别快":   {RuleMedical + " warning"},
		"垫个枕头不容易吐奶": nil,
		// Service and push: 用不着你教, 也要闹, 买不买随你, 不管售后, 瞎操心, the buyer's build;
		// the courier or rider by phone, a third party's service, the maker's number.
		"用不着你来教我":      {RuleForbidden + " error"},
		"这点小事也要闹":      {RuleForbidden + " error"},
		"买不买随你":        {RuleForbidden + " error"},
		"我们不管售后的":      {RuleForbidden + " error"},
		"你就是瞎操心":       {RuleForbidden + " error"},
		"你脚那么胖，当然穿不进":  {RuleForbidden + " error"},
		"你自己打快递员电话商量":  {RulePushAway + " error"},
		"您找菜鸟裹裹客服处理":   {RulePushAway + " error"},
		"有问题打包装上的厂家电话": {RulePushAway + " error"},
	})
}
