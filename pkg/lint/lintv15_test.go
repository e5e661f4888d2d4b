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
