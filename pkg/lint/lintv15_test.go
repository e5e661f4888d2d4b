package lint

import (
	"slices"
	"testing"
)

// lint v15, after the false alarms of red teams 270-277 (first measured on
// 2b0e041): each class in new words, with the look-alikes that must keep
// their verdict.
func TestLintV15AfterRedTeams270to277(t *testing.T) {
	wantLint(t, map[string][]string{
		// A disclaimer written after the claim it declines.
		"足贴主要是放松，治病的功效我们不宣传": nil,
		// Henan's 不叫 is 不让.
		"平台不叫加QQ，有事搁这儿说": nil,
		// 有没有 asks; a refund checked in the buyer's own app.
		"退款退回原账户了，您瞅瞅微信有没有到账": nil,
		// 最 in advice: how to fix it, what water to use.
		"您发照片来，我看看怎么修最方便": nil,
		"奶粉用四十度以下的温水冲最好":  nil,
		// A cheer tripled in a reply that says more; 好好好 still brushes off.
		"考试加油冲冲冲！文具明天就到": nil,
		"好好好，知道了，马上给你发":  {RuleTextRepeated + " warning"},
		// The buyer's feedback is worth most to the shop.
		"您的建议对我们最有帮助": nil,
		// The answer first, then where it is written; not after a question
		// about the buyer's question, nor with nothing before it.
		"这件是纯羊毛的，吊牌上写着呢": nil,
		"吊牌上写着呢":         {RuleForbidden + " error"},
		"您问的尺码，详情页写着呢":   {RuleForbidden + " error"},
		// A promise about the shop's conduct; a product's 绝对 stays a claim.
		"我们绝对不做这种事，放心": nil,
		"这款绝对不起球":      {RuleAdLaw + " warning"},
		// Declining to claim the superlative.
		"我们未必是最便宜的，但售后有保障": nil,
		"我们是最便宜的":          {RuleAdLaw + " warning"},
		// The buyer's words to engrave, quoted.
		"您要刻的“全校第一”已经刻好了": nil,
		"全校第一的品质":         {RuleAdLaw + " warning"},
		// The platform's crackdown told.
		"平台最近严打刷单，我们的销量都是真实的": nil,
		// Someone else asks the buyer to add them; the buyer is warned off.
		"骑手要是让您加微信才送，请别加，告诉我们就行": nil,
		// A list of apps a feature follows.
		"这台平板装微信、QQ视频通话都流畅": nil,
		"加微信、QQ视频通话都行":      {RuleContact + " error"},
		// A history book's title before 上册.
		"《中国通史》上册缺货": nil,
		// Not knowing the buyer's own situation.
		"不太清楚您家门多宽，麻烦量一下": nil,
		// Burns are warned against, not cured.
		"使用时注意防止烫伤": nil,
		// 侬顶顶好 advises the buyer.
		"侬顶顶好早点下单": nil,
		"微X系列新款到货": nil,
	})
}

// lint v15, after the misses of red teams 270-277: the classes in new words.
func TestLintV15MissesOfRedTeams270to277(t *testing.T) {
	wantLint(t, map[string][]string{
		// Dialect superlatives; a place to be first in; a lifetime.
		"这辣椒酱在长沙冒得比":    {RuleAdLaw + " warning"},
		"这个味道，哪家都比不赢":   {RuleAdLaw + " warning"},
		"这口锅在河南数一数二":    {RuleAdLaw + " warning"},
		"阿拉这条围巾全上海顶顶好":  {RuleAdLaw + " warning"},
		"这双靴子穿一辈子都不会坏的": {RuleAdLaw + " warning"},
		// Squint and burns cured; 不留疤 is the claim going on, not a refusal.
		"这副眼镜能矫正斜视":             {RuleMedical + " warning"},
		"这药膏能治烧伤":               {RuleMedical + " warning"},
		"涂了能治冻伤，还不留疤":           {RuleMedical + " warning", RuleMedical + " warning"},
		"淘宝聊天不方便的话，加微💚：abc_123": {RuleContact + " error"},
		// x for 信, then a search; another marketplace cheaper; a DM there.
		"打开 薇 X 搜“小店”":    {RuleContact + " error"},
		"这款在京东也有卖，那边更便宜":  {RuleContact + " error"},
		"在小红书博主“阿花”那儿私信买": {RuleContact + " error"},
		// Letters dotted apart; five stars said with a measure word.
		"h.p.返红包":    {RuleCashback + " error"},
		"给五个星，送您小礼物": {RuleCashback + " error"},
		// Fake orders: a measure word before the count, Cantonese, a sample
		// link for the full box, someone else's tracking number.
		"刷个两单": {RuleFakeOrder + " error"},
		"帮手落两张单，钱即刻退返俾你":   {RuleFakeOrder + " error"},
		"拍小样链接，我们按正装发":     {RuleFakeOrder + " warning"},
		"先填个别人的单号应付一下":     {RuleFakeOrder + " error"},
		"新品冲榜，拍下申请仅退款我们秒过": {RuleFakeOrder + " warning", RuleFakeOrder + " warning"}, // lint v16: 冲榜, and 拍下申请仅退款…秒过
		// Pushed to a brand's service, a distillery, an installer, the courier.
		"找品牌客服问吧":               {RulePushAway + " error"},
		"您直接联系酒厂核实":             {RulePushAway + " error"},
		"您自己联系快递问一下吧":           {RulePushAway + " error"},
		"您自己打电话问问快递":            {RulePushAway + " error"},
		"您直接问安装公司吧":             {RulePushAway + " error"},
		"我帮您联系快递问一下":            nil,
		"您也可以自己联系快递问一下，我这边也帮您催": nil,
		// Rude words the model alone had caught.
		"别来烦我了":      {RuleForbidden + " error"},
		"覅来烦我":       {RuleForbidden + " error"},
		"那你自己来做客服":   {RuleForbidden + " error"},
		"您这人真够各色的":   {RuleForbidden + " error"},
		"你这智商就别买了":   {RuleForbidden + " error"},
		"是你自己弄脏的":    {RuleForbidden + " error"},
		"烦请您提供一下订单号": nil,
		// A slot opening a greeting; a mobile one digit short after 直接打.
		"【买家昵称】宝宝您好":       {RuleVarsMalformed + " error"},
		"直接打 139 5555 666": {RulePhone + " error"},
		"直接打 8 折":          nil,
	})
}

// lint v15, the rest of red teams 270-277's misses, after the first fixes
// (measured on 18379a4): a request that opens with 能不能, an empty parcel
// already shipped, relief and a cure promised in plain words, the one buyer
// who complains, a buyer blamed for not knowing how, a bare 别催.
func TestLintV15MoreMissesOfRedTeams270to277(t *testing.T) {
	wantLint(t, map[string][]string{
		"能不能帮个忙拍两单，钱马上全额退给您": {RuleFakeOrder + " error"},
		"空包都发出去了，到了直接点签收就行":  {RuleFakeOrder + " error"},
		"肩膀疼贴几天都能缓过来":        {RuleMedical + " warning"},
		"这鞋垫垫上，老寒腿保准好":       {RuleMedical + " warning"},
		"卖了上千件了，就你嫌不好":       {RuleForbidden + " error"},
		"不会装就别怪柜子":           {RuleForbidden + " error"},
		"我这会儿在打包，别催":         {RuleForbidden + " error"},
		"别催哈，今天一定发":          nil,
		"就您说的那款，还有货":         nil,
		// 能不能 that asks about a claim is still answered after it.
		"有人问这款沐浴露能不能治痘痘，实话说不能哈，它就是清洁用的": nil,
	})
}

// lint v15, after red teams 278-285 (first measured on cb153ea): their false
// alarms and misses by class, in new words.
func TestLintV15AfterRedTeams278to285(t *testing.T) {
	wantLint(t, map[string][]string{
		// 请问 + 什么问题; a settings page; two claims denied together; a
		// return code at the parcel station; a saying the page never wrote;
		// a claim the shop dares not write.
		"亲 您好 请问什么问题呢":           nil,
		"打印首选项里调一下":              nil,
		"不是杀菌治病的":                nil,
		"驿站扫退货二维码寄出":             nil,
		"页面上没写“第一名”这种说法":         nil,
		"“终身保修”我们不敢写，保修是三年":      nil,
		"勿晓得倷欢喜啥格颜色，伲发几张实拍图":     nil,
		"快递员让您加他微信？那是他个人行为，您不用加": nil,
		"有人让您加微信？加我们的微信更快":       {RuleContact + " error", RuleContact + " error"},
		// Other marketplaces and off-platform places, cheaper there.
		"国美我们也开了店，价格更低":   {RuleContact + " error"},
		"走小红书下单更划算":       {RuleContact + " error"},
		"来我们门店付现金，再减两百":   {RuleContact + " error"},
		"要不要加个 v x 好友":    {RuleContact + " error"},
		"评价页截图发我，我给您返个运费": {RuleCashback + " error"},
		// Fake orders: an unlisted item sent on another link, a swapped or
		// borrowed tracking number, fake logistics, alt accounts to fill a
		// group buy.
		"没上架的那款，您拍蓝色的链接，我们给您发那款": {RuleFakeOrder + " warning"},
		"我们给您换个单号，先显示已签收":        {RuleFakeOrder + " error"},
		"可以做个假物流":                {RuleFakeOrder + " warning"},
		"借别人的单号填上去":              {RuleFakeOrder + " error"},
		"我们用小号帮您凑满拼团":            {RuleFakeOrder + " error"},
		// Medical: control, relief told after, healing fast, good for.
		"能帮您控制血压":    {RuleMedical + " warning"},
		"颈椎病按几回就利索了": {RuleMedical + " warning"},
		"老寒腿好得快":     {RuleMedical + " warning"},
		"对失眠好":       {RuleMedical + " warning"},
		// Ad law: a city named with 全, nothing second anywhere, 国宝级, a
		// century unfaded, first in sales.
		"全杭州都找不到比这更舒服的": {RuleAdLaw + " warning"},
		"这把壶全世界都冇第二只":   {RuleAdLaw + " warning"},
		"国宝级工艺":         {RuleAdLaw + " warning"},
		"放一百年都不变色":      {RuleAdLaw + " warning"},
		"这款在成都卖得是头一名":   {RuleAdLaw + " warning"},
		// Service in dialects and plain impatience; pushes.
		"跟俺们有么关系":    {RuleForbidden + " error"},
		"莫再问哒":       {RuleForbidden + " error"},
		"修不好别怪我们":    {RuleForbidden + " error"},
		"值得这么计较吗":    {RuleForbidden + " error"},
		"急的话别拍":      {RuleForbidden + " error"},
		"不想说第二遍":     {RuleForbidden + " error"},
		"你脑壳有包哦":     {RuleForbidden + " error"},
		"您自己打给物流问":   {RulePushAway + " error"},
		"您直接找厂里那边协商": {RulePushAway + " error"},
		"我帮您找厂里那边协商": nil,
	})
}

// lint v15, after red teams 286-293 (first measured on ad7888b): their false
// alarms and misses by class, in new words.
func TestLintV15AfterRedTeams286to293(t *testing.T) {
	wantLint(t, map[string][]string{
		// The order is not the shop's; a worry said, then answered; a question
		// echoed and answered 不是; 不用您自己; the buyer's words in quotes;
		// the platform's own mini program in WeChat; a shared platform link;
		// 第一卷; a Wu 不好讲; a router's set-up address; a top-up misspelt;
		// a letter size.
		"您是在天猫超市买的吗？那要找天猫客服，我们是另一家店，查不到这个订单": nil,
		"您担心是刷单，我们销量都是真实的，您放心":               nil,
		"您担心空包的话，我们可以走礼品代发":                  {RuleFakeOrder + " error", RuleFakeOrder + " error"},
		"这瓶是冠军款吗？不是哦，这款叫经典款":                 nil,
		"质保期内直接找我们，不用您自己去找厂家":                nil,
		"您担心的“空包”我们不会发的":                     nil,
		"您是微信里打开的京东小程序吧？下单一样":                nil,
		"贺卡上写“世界第一好妈妈”，写好了":                  nil,
		"微信里好友分享的拼单链接也能拼":                    nil,
		"第一卷用完了再拆第二卷":                        nil,
		"我弗好讲能治病，就是普通食品":                     nil,
		"路由器管理地址是melogin.cn，浏览器打开就行":         nil,
		"抖币冲值填您的抖音号就行":                       nil,
		"纸尿裤最大是XL码":                          nil,
		"全网最大是XXL码":                          {RuleAdLaw + " warning"},
		// Elsewhere: a live stream to follow, online not worth it, another
		// app to look at, 喂信.
		"每晚快手直播，记得关注“小林家”": {RuleContact + " error"},
		"网上买不划算，直接过来店里拿":   {RuleContact + " error"},
		"可以去闲鱼看看，那边便宜":     {RuleContact + " error"},
		"喂信 abc123":        {RuleContact + " error"},
		// Ad law in dialect and slang.
		"冇有比我哋嘅鸡蛋更新鲜嘅了":        {RuleAdLaw + " warning"},
		"没有比按时测量更要紧的了，每天固定时间测": nil,
		"手机壳中的战斗机":             {RuleAdLaw + " warning"},
		"零甲醛地板":                {RuleAdLaw + " warning"},
		"全厦门揣毛第二家":             {RuleAdLaw + " warning"},
		"整个批发市场头一份":            {RuleAdLaw + " warning"},
		// Fake orders.
		"不用真寄，确认收货后全额退您":     {RuleFakeOrder + " error"},
		"先把销量冲上去":            {RuleFakeOrder + " error"},
		"先点确认收货，东西下周再给您寄":    {RuleFakeOrder + " warning"},
		"拍杯子我们发杯垫，价格一样":      {RuleFakeOrder + " warning"},
		"您拍袜子那个链接，我们另外给您寄鞋垫": {RuleFakeOrder + " error"}, // lint v25: link A, ship B, said outright (was a warning from the model)
		"只要个订单数":             {RuleFakeOrder + " error"},
		"发个空信封过去":            {RuleFakeOrder + " error"},
		// Medical.
		"三高都能降下来": {RuleMedical + " warning"},
		"能调血糖":    {RuleMedical + " warning"},
		"能诊断心脏病":  {RuleMedical + " warning"},
		// Service and pushes.
		"这种小事就别来问我了":   {RuleForbidden + " error"},
		"嫌贵就别买":        {RuleForbidden + " error"},
		"不会装就找个懂的人弄":   {RuleForbidden + " error"},
		"贴歪了怪谁呢":       {RuleForbidden + " error"},
		"您自家打电话拨快递问问":  {RulePushAway + " error"},
		"您打一下顺丰电话问问":   {RulePushAway + " error"},
		"您直接寄回工厂":      {RulePushAway + " error"},
		"你直接揾快递佬问下啦":   {RulePushAway + " error"},
		"您给京东打个电话问问":   {RulePushAway + " error"},
		"您送去华为维修中心看看吧": {RulePushAway + " error"},
		"我帮您送去维修中心检测":  nil,
	})
}

// lint v15, red team 290 (the last of 286-293 in): 1688 with 来, Minnan 阮 V,
// a cheap link with the item named, heart blood supply, counting the
// buyer's questions, no answers after signing, 看不懂图吗.
func TestLintV15AfterRedTeam290(t *testing.T) {
	wantLint(t, map[string][]string{
		"批发的话来1688上找我们家":     {RuleContact + " error"},
		"欢喜就加阮 V 啦":          {RuleContact + " error"},
		"拍5.9那个抹布链接，我们给您发整箱": {RuleFakeOrder + " warning"},
		"戴着能改善心脏供血":          {RuleMedical + " warning"},
		"您这都第四次问了":           {RuleForbidden + " error"},
		"签收后客服就不用再回答问题了":     {RuleForbidden + " error"},
		"看不懂字吗？上面写着呢":        {RuleForbidden + " error", RuleForbidden + " error"},
		"我们不需要再处理了，已经给您退款":   nil,
	})
}

// lint v15, after red team 294 (first measured on f28b8df): 魏 for 微, people
// found to order and be refunded, confirming before a 补发, 没有比…更…的了
// with the noun after, fewer illnesses, mocking the buyer's reading, a friend's
// link sent over WeChat, the buyer's convenience.
func TestLintV15AfterRedTeam294(t *testing.T) {
	wantLint(t, map[string][]string{
		"加个+魏 abc_123": {RuleContact + " error"},
		"新品前二十单需要人拍，拍完全额退款":       {RuleFakeOrder + " error"},
		"您先点确认收货，东西下周再补发":         {RuleFakeOrder + " warning"},
		"没有比这款更轻的跑鞋了，才180克":       {RuleAdLaw + " warning"},
		"用了净化器，孩子鼻炎都少得多了":         {RuleMedical + " warning"},
		"说明书第二页，认字的话都能看懂":         {RuleForbidden + " error"},
		"尺码您自己都不清楚，我怎么给您推荐":       {RuleForbidden + " error"},
		"一瓶漏了就全退？那还做不做生意了":        {RuleForbidden + " error"},
		"我又看不见您家窗户多大":             {RuleForbidden + " error"},
		"再问多少次也是这样":               {RuleForbidden + " error"},
		"朋友微信发来的链接打不开，复制到淘宝里打开就行": nil,
		"我还是按您最方便的来":              nil,
		// 一定, 包 alone no longer trigger the cure-promise pattern (it ran
		// on most replies and doubled lint's time); the promise still counts.
		"这病吃了一定会好": {RuleMedical + " warning"},
		"一定会好好包装的": nil,
	})
}

// lint v15, after red teams 295-297 (first measured on f28b8df).
func TestLintV15AfterRedTeams295to297(t *testing.T) {
	wantLint(t, map[string][]string{
		// A numbered place pointed at; an off-platform deal's risk; positions
		// and measuring points; hearsay waved off; the shop's own range.
		"您看详情页第二张图，尺寸都标着呢":      nil,
		"私下交易出了问题谁都帮不了您，还是平台上拍": nil,
		"我也帮不了你":           {RuleForbidden + " error"},
		"编号在吊牌最下边":         nil,
		"拿软尺绕手腕最细那处量一圈":    nil,
		"这是普通饰品，别听别人说能治病":  nil,
		"这款不是我们家最便宜的，但做工好": nil,
		"这款是全网最便宜的":        {RuleAdLaw + " warning"},
		// Misses.
		"关注一下小红书“阿玉家”":          {RuleContact + " error"},
		"喂心 abc_123":            {RuleContact + " error"},
		"这个款在整个昆明都排第一":          {RuleAdLaw + " warning"},
		"别跟我讲道理，要退就退":           {RuleForbidden + " error"},
		"你态度好点我再回":              {RuleForbidden + " error"},
		"您这把年纪了还穿这么花？":          {RuleForbidden + " error"},
		"这些跟我没关系":               {RuleForbidden + " error"},
		"嫌重那您去买轻的啊":             {RuleForbidden + " error"},
		"您直接找保险公司要":             {RulePushAway + " error"},
		"我们先点已发货，其实不发":          {RuleFakeOrder + " error"},
		"拍耳机的链接，我们给您发音箱，订单金额一样": {RuleFakeOrder + " warning"},
		"能修复宫颈糜烂":               {RuleMedical + " warning"},
		"白带异常五日就好":              {RuleMedical + " warning"},
	})
}

// lint v15, after red teams 298-301 (first measured on 9fa2ac0), and the
// agent who types without punctuation (red team 300): a space between two
// words of two or more characters is a clause break (spaceBreaks).
func TestLintV15AfterRedTeams298to301(t *testing.T) {
	wantLint(t, map[string][]string{
		"公众号咱们没有 有啥问题就在淘宝上找我": nil,
		"送您的杯垫是下单赠品 不需要评价":    nil,
		"加 微 信 abc123":         {RuleContact + " error"},
		"那个小程序不是我们的 我们没开":      nil,
		"这个我不知道，已经记下来去问产品部门了":  nil,
		"鸡腿最大的一只也就半斤":          nil,
		"淘宝搜“小林家”，价钱平一滴":       {RuleContact + " warning"},
		"在新款链接下单，我们发旧款给您，价格一样": {RuleFakeOrder + " warning"},
		"单号用我们给的就行":            {RuleFakeOrder + " error"},
		"伤口愈合快":                {RuleMedical + " warning"},
		"这都第三次申请退款了":           {RuleForbidden + " error"},
		"毋是阮的代志":               {RuleForbidden + " error"},
		"坏了自己买":                {RuleForbidden + " error"},
		"这事您跟师傅商量吧":            {RulePushAway + " error"},
		"闲鱼上也能找到我们":            {RuleContact + " error"},
		"痔疮不会复发":               {RuleMedical + " warning"},
		"不买拉倒":                 {RuleForbidden + " error"},
		"你直接搵厂家啦":              {RulePushAway + " error"},
		"【客人名】您好":              {RuleVarsMalformed + " error"},
	})
}

// spaceBreaks: a space between two runs of two or more Han characters is a
// clause break; one between single characters is not; a symbol spelled out
// as two characters (🐧 is 企鹅) keeps one index for both and must not be
// read as a gap (the first version panicked on it).
func TestLintV15SpaceBreaks(t *testing.T) {
	breaksAt := func(s string) []int {
		n := normalize(s)
		var out []int
		for k, b := range n.brk {
			if b == clauseBreak {
				out = append(out, k)
			}
		}
		return out
	}
	for s, want := range map[string][]int{
		"公众号我们没有 有问题就找我": {7},
		"加 微 信 abc":      nil,
		"亲 这边是售后":        nil,
		"🐧 号码 12345":     nil,
		"加🐧企鹅 好友群":       {5},
	} {
		if got := breaksAt(s); !slices.Equal(got, want) {
			t.Errorf("%q: clause breaks at %v, want %v", s, got, want)
		}
	}
}
