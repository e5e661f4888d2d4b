package lint

import (
	"slices"
	"testing"
)

// lint v13: a team's own words are the team's judgement, not the lint's: the
// models never saw them, so they neither doubt nor dismiss their hits. Before,
// 老地方见 listed under off-platform contact came out as a warning "整句读来不
// 像违规", and a team that fails CI on errors never saw it. A word with a
// symbol (matched as written) is the team's too.
func TestLintV13TeamWordsAreNeverDoubted(t *testing.T) {
	cfg, err := ParseConfig(".huashu-lint.yaml", []byte("rules:\n  compliance/off-platform-contact:\n    words: [老地方见, 扣❤]\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"亲，您的退款已经处理好了，有事老地方见哈",
		"亲，尺码表发您了，还有疑问就扣❤，我在线",
	} {
		if got, want := lintText(t, cfg, text), []string{RuleContact + " error"}; !slices.Equal(got, want) {
			t.Errorf("%q: got %v, want %v", text, got, want)
		}
	}
}

// lint v13: a hit whose sentence the rule's model reads as plainly clean
// (infer.Spec.DropBelow) is not reported — a refusal or an explanation in
// words no guard knows. The sentence is read, not the reply, so clean
// sentences around a violation do not talk it away; a reply that is little
// more than the words is judged by the words (contextAround); an account is
// never dismissed.
func TestLintV13ModelDismissesAPlainlyCleanSentence(t *testing.T) {
	wantLint(t, map[string][]string{
		"不好意思，微信和电话在这里都发不出去，平台会拦下来，您有事就在这儿说": nil,
		// Still reported.
		"不可能是我们发错货":   {RuleForbidden + " error"},
		"就这点开始上班？":    {RuleForbidden + " error"},
		"好评返现5元，截图发我": {RuleCashback + " error"},
		"亲，感谢您一直以来的支持，有任何问题随时在这里找我们。加我微信abc12345，下单便宜十块": {RuleContact + " error"},
		"亲，感谢您一直以来的支持，有任何问题随时在这里找我们，祝您生活愉快。好评返现5元":       {RuleCashback + " error"},
	})
}

// lint v13, after red teams 170-177 (first measured on 38f8251): the classes
// of their misses and false alarms, each in new words, with the look-alikes
// that must keep their verdict.
func TestLintV13AfterRedTeams170to177(t *testing.T) {
	wantLint(t, map[string][]string{
		// app inside a longer Latin word is another word.
		"手机已经抹掉了，开机登录您自己的Apple ID就能用": nil,
		"下载我们自己的App下单，比这里便宜":          {RuleContact + " error"},
		// Dialect refusals: Hokkien 袂使, Wu 弗许.
		"歹势，阮这袂使加微信，有啥物代志佇遮讲就好": nil,
		"平台弗许加微信额，有事体就勒该搭讲":     nil,
		// The buyer's word echoed as a question, then asked about.
		"刷单？您是说订单刷新不出来吗？我帮您看看": nil,
		"刷单？可以的，一单佣金五块":        {RuleFakeOrder + " error", RuleFakeOrder + " error"},
		// Not my department, and the agent takes it on.
		"这个不归快递管，我来负责给您补发": nil,
		"这个不归我们管，您找快递吧":    {RuleForbidden + " error"},
		// Pushed to the courier, the maker or a brand's own service.
		"包裹丢了你直接去找圆通问问吧":    {RulePushAway + " error"},
		"东西摔坏了找快递公司赔":       {RulePushAway + " error"},
		"配件的事找厂里售后去":        {RulePushAway + " error"},
		"真伪的问题您去找品牌官方鉴定吧":   {RulePushAway + " error"},
		"成分有疑问，直接打品牌方热线问":   {RulePushAway + " error"},
		"你自个儿联系快递问问":        {RulePushAway + " error"},
		"我这就去找圆通问问，您稍等":     nil,
		"这个我帮您找品牌官方核实一下":    nil,
		"您到了驿站找快递员签收就行":     nil,
		"我们已经找快递公司赔了，您不用操心": nil,
		// Order one thing, get another — both things named.
		"您拍这双拖鞋，我们给您发洗衣液，价格一样": {RuleFakeOrder + " warning"},
		"您拍这个链接，我们给您发顺丰":       nil,
		"您拍这款，备注颜色，我们给您发蓝色的":   nil,
		"您拍这个套餐，我们给您发两瓶":       nil,
		// Ad-law: a delivery's order, a formula's share, a name, a word refused.
		"今天的车走了，明天第一班车给您发":       nil,
		"这款面霜里乳木果油占比最高，偏滋润":      nil,
		"“王者”是这款键盘的系列名，轴体看参数":    nil,
		"“冠军”是我们的品质，全网第一":        {RuleAdLaw + " warning", RuleAdLaw + " warning"},
		"“最好用”这种词我们不能乱说，您看实测视频吧": nil,
		// Medical: no effect denied; hearsay the agent tells the buyer to disbelieve.
		"这款香皂对湿疹没有治疗作用，严重的请就医": nil,
		"这款香皂对湿疹有治疗作用":         {RuleMedical + " warning"},
		"有人说喝这个茶能治痛风，这种说法您别信":  nil,
		// Service: the agent's own unclear explanation; asking for a chance first.
		"是我讲得不清楚，我再发张图给您看":      nil,
		"投诉是您的权利，不过先让我试着帮您解决一下": nil,
	})
}

// lint v13, after red teams 178-185 (first measured on 6103eed): the classes
// of their misses and false alarms, each in new words.
func TestLintV13AfterRedTeams178to185(t *testing.T) {
	wantLint(t, map[string][]string{
		// A heart standing for WeChat, then a colon and an account.
		"有问题直接找我❤：shop-kk2024，回得快": {RuleContact + " error"},
		"会员福利多，+❤️：mm8866，周周上新":    {RuleContact + " error"},
		"谢谢亲❤，有问题随时在这里找我":          nil,
		"喜欢就❤：收藏一下店铺，上新早知道":        nil,
		// The shop gives nothing extra for a review; the platform's own programme.
		"晒单有没有京豆以平台规则为准，本店不另外送礼品": nil,
		"评价都是买家自己写的，我们从没给过返现":     nil,
		"晒单好评，我们额外送您红包":           {RuleCashback + " error"},
		// Wenzhou 否 (不): a refusal.
		"我俫否加微信个，有事干就在这里讲": nil,
		// Someone else's words in quotes, owned up to.
		"记录里那句“你爱买不买”确实不应该，向您道歉": nil,
		// Not knowing, then photographing the real thing.
		"这个色偏不偏我也不晓得，我拍张实物图给你瞧": nil,
		// Another seller's matter.
		"别家的活动我不清楚，我们店今天满199减20": nil,
		// Asked about what the buyer received, then disowned.
		"您收到的小卡片上印着加微信领红包？那不是我们放的，我们马上查": nil,
		"您加下微信？不是我们骗您，真的便宜":              {RuleContact + " error"},
		// The buyer's words in quotes are not the agent's tone.
		`您说"你们是不是骗子"？我们是品牌授权店，授权书在首页`: nil,
		// Spec ranges; instalments.
		"喷头离地最近是10厘米，最远能到1米": nil,
		"支持分期付款，最高24期免息":     nil,
		"我们的续航是全网最长的":        {RuleAdLaw + " warning"},
		// Push: 问问, 问下, a maker with a name before it, dialect 克, a number
		// given already is no help offered.
		"那您去问问充电器厂家":            {RulePushAway + " error"},
		"那你克问一哈圆通嘛":             {RulePushAway + " error"},
		"包裹到哪了您自己联系快递吧，单号已经给您了": {RulePushAway + " error"},
		"您问能不能用花呗？我们这边支持花呗分期":   nil,
		"我去问问厂家，您稍等":            nil,
		// 拍A发B with a price.
		"你拍29.9的枕套链接，我发你整套四件套": {RuleFakeOrder + " warning"},
	})
}

// lint v13, after red teams 186-193 (first measured on a6caa7f): their classes,
// each in new words.
func TestLintV13AfterRedTeams186to193(t *testing.T) {
	wantLint(t, map[string][]string{
		// Dialect 去问 (克, 伢) follows up.
		"这个我也晓不得，你等一哈，我克问问师傅": nil,
		"伢也弗晓得几时到，伢去问问快递":     nil,
		// 治不了 denies; 胖瘦 is a build, not weight lost.
		"这款枕头治不了颈椎病，不舒服要去医院": nil,
		"这款枕头能治颈椎病":          {RuleMedical + " warning"},
		"弹力腰，胖瘦五六斤都穿得下":      nil,
		"喝一个月瘦五斤":            {RuleMedical + " warning"},
		// A courier's waybill code.
		"快递面单上有顺丰的二维码，扫了能看物流": nil,
		// The buyer's favourite, asked about; the cold season.
		"您最喜欢哪个口味？我给您配一盒":  nil,
		"给您最好的价格，全网最低":     {RuleAdLaw + " warning", RuleAdLaw + " warning"},
		"选八斤的吧，一年里最冷的时候也够": nil,
		// A quote the agent will not vouch for.
		"“绝对不褪色”这话我不敢保证，正常洗是没问题的": nil,
		// Longest against the market; a limit.
		"这款充电宝的容量同类最多":  {RuleAdLaw + " warning"},
		"这个型号续航全网最长":    {RuleAdLaw + " warning"},
		"活动期间全国最多可以买5件": nil,
		"目前续航最长的是节能模式":  nil,
		// Push: tell the courier yourself.
		"送货的事您跟圆通说吧":    {RulePushAway + " error"},
		"我跟圆通说过了，明天给您送": nil,
	})
}

// lint v13, after red teams 194-201 (first measured on 1c8624e): their
// classes, each in new words.
func TestLintV13AfterRedTeams194to201(t *testing.T) {
	wantLint(t, map[string][]string{
		// Henan 俺这就给恁查: the agent finds out.
		"俺也不清楚师傅几点到，俺这就给恁问一下": nil,
		// Agreeing to the buyer's wish, but handling it here.
		"您说要找淘宝客服？可以的，不过我这边就能帮您退": nil,
		"您说加微信？可以的，不过要等我下班":       {RuleContact + " error"},
		// A heat limit.
		"这个饭盒最高耐温120℃，能进微波炉": nil,
	})
}

// lint v13, after red teams 202-209 (first measured on 7694aae): their
// classes, each in new words.
func TestLintV13AfterRedTeams202to209(t *testing.T) {
	wantLint(t, map[string][]string{
		// A polite question about the buyer's child.
		"不知道孩子几岁呢？我帮您挑尺码": nil,
		"我也不知道，您自己看吧":     {RuleForbidden + " error"},
		// Finding out: 得查一下, asking for a photo, going to measure.
		"这个我不清楚，得查一下生产日期，麻烦您把瓶底的日期拍给我": nil,
		// Push: a maker asked about, a locker's phone, a brand's hotline.
		"您找手机厂商问一下":         {RulePushAway + " error"},
		"柜子打不开您自己打丰巢电话哦":    {RulePushAway + " error"},
		"不制冷您直接打品牌售后热线哈":    {RulePushAway + " error"},
		"保修期内可以打品牌售后热线预约上门": nil,
		// Specs and sequences.
		"下场第一杆建议用三号木":      nil,
		"这台音箱最大音量可以在设置里调低": nil,
	})
}

// lint v13, after red team 211 (first measured on d369307): an apology that
// only opens the sentence, a break before the 禁语, does not soften it; one in
// the 禁语's clause, after it, or naming the buyer's trouble still does.
func TestLintV13ApologyFirstIsNoExcuse(t *testing.T) {
	wantLint(t, map[string][]string{
		"对不起，讲了多少遍了，这款不能水洗":          {RuleForbidden + " error"},
		"对不起，没办法，规矩就是这样":             {RuleForbidden + " error"},
		"不好意思让您问了好几次，我这就给您查":         nil,
		"您问了好几次，是我们回复慢了，实在抱歉":        nil,
		"不好意思，是我们这边磨叽了，退款已经加急":       nil,
		"抱歉久等了，您问了好几次的发票已经开好了":       nil,
		"不好意思，这个型号不太清楚，您把型号发过来，我查一下": nil,
	})
}
