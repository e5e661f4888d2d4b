package lint

import "testing"

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
		"涂了能治冻伤，还不留疤":           {RuleMedical + " warning"},
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
		"新品冲榜，拍下申请仅退款我们秒过": {RuleFakeOrder + " warning"},
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
