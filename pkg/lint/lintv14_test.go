package lint

import (
	"slices"
	"strings"
	"testing"
)

// lint v14, after the false errors on red teams 210-225 (held out of the
// training lines; measured on eb0c878): each class in new words, with the
// look-alikes that must keep their verdict.
func TestLintV14AfterRedTeams210to225(t *testing.T) {
	wantLint(t, map[string][]string{
		// Not knowing, then helping: 帮 + the buyer + 去 (and Wu's 倷 for 你).
		"我真不知道，现在帮您去问顺丰": nil,
		"我弗晓得几时到，帮倷查查看":  nil,
		"我不知道，您自己去问顺丰吧":  {RuleForbidden + " error", RuleForbidden + " error", RulePushAway + " error"},
		// 不清楚 of what was printed, stamped or projected.
		"打出来不清楚，多半是喷头堵了，清洗两次就好": nil,
		"投出来不清楚，转一下镜头旁边的对焦环":    nil,
		"不清楚，你自己看说明书":           {RuleForbidden + " error", RuleForbidden + " error"},
		// The buyer's worry asked back, then answered.
		"您怕收到的是空包吗？这款是羽绒被，压缩过所以轻": nil,
		"怕空包被查？放心，我们单号是真的":        {RuleFakeOrder + " error"},
		"您担心空包的话，我们可以走礼品代发":       {RuleFakeOrder + " error", RuleFakeOrder + " error"},
		// A shipping operation owned as a mistake.
		"虚假发货是客服误操作，已经补上真实物流单号，抱歉": nil,
		"虚拟发货，放心不会出错":              {RuleFakeOrder + " error"},
		// The platform's own red packets are not the shop's business.
		"红包是淘宝首页的签到红包，跟我们店没关系，下单时能抵扣": nil,
		"红包用不了是拼多多的问题，跟我们店铺没关系":       {RulePushAway + " error"},
		"签到红包是淘宝发的，用不了我们也管不着":         {RuleForbidden + " error"},
		// A price or an event elsewhere, set aside for this page.
		"视频号里的活动跟店里不一样，一切以下单页为准": nil,
		"关注公众号的活动领券，价格以下单页为准":    {RuleContact + " error"},
	})
}

// lint v14, after the false alarms (warnings) on red teams 210-225: a
// measure with its name or a verb of reaching between 最 and the number, the
// buyer's own win, advice to keep the box or see a doctor, and "you need not
// go to the platform".
func TestLintV14WarningsAfterRedTeams210to225(t *testing.T) {
	wantLint(t, map[string][]string{
		"这台电暖器最大功率2200瓦，小房间够用": nil,
		"焦距最远能推到8米":            nil,
		"您女儿拿了舞蹈比赛冠军啊？祝贺祝贺":    nil,
		"发票留着最好，保修要用":          nil,
		"无需您再去找京东，退款我这边直接操作":   nil,
		"不行你去找京东吧":             {RulePushAway + " error"},
	})
	// Still claims, whatever the models make of their sentences.
	wantReported(t, RuleAdLaw, "最大的优势是续航10小时", "这款茶叶是斗茶大赛冠军", "亲这款是大赛冠军款")
}

// lint v14, after red teams 226-233 (first measured on ed92189): their false
// errors and false alarms by class, in new words.
func TestLintV14AfterRedTeams226to233(t *testing.T) {
	wantLint(t, map[string][]string{
		// Someone who knows is asked to answer.
		"这个我不太懂，我请店里的老师傅来跟您说": nil,
		// Quoted words named as a saying and judged, or owned up to.
		"“爱买不买”这种说法是错的，我们不会这样对顾客":  nil,
		"您引用的“去找平台”那句话是我们不对，这事我来办": nil,
		"备注里写的“加QQ”我们看到了，聊天在这里就行":  nil,
		"“加微信”这句话是我们的暗号，加一下":       {RuleContact + " error"},
		// Sizes, ordinals, advice, feelings, materials, a ceiling.
		"最小的是35码，再小就没有了":     nil,
		"这块表的第一任主人很爱惜":       nil,
		"您在京东下单最稳妥":          nil,
		"您要送最敬重的长辈？那选这款":     nil,
		"壶是 100% 紫砂的":        nil,
		"可以投天花板，躺着看":         nil,
		"按摩椅代替不了治疗，腰疼严重要去医院": nil,
	})
	wantReported(t, RuleAdLaw, "我们家下单最划算", "这款是投影仪天花板")
}

// lint v14: a pattern's opening context group is not part of its finding.
// Before, 穿不下是你胖了 matched from 下, and the 不 right before that made
// the hit "negated": the blame went unreported.
func TestLintV14LeadContextIsNotTheFinding(t *testing.T) {
	for expr, want := range map[string]string{
		"(^|[^能许])(那|这)?是你胖了|(^|，)你太胖了": "(^|[^能许])(?P<t>(那|这)?是你胖了)|(^|，)(?P<t>你太胖了)",
		"(^|[^)(|])x":     "(^|[^)(|])(?P<t>x)",
		"x(^|d)|(^|d)":    "x(^|d)|(^|d)",
		"(?P<t>x)|(^|a)b": "(?P<t>x)|(^|a)b",
		"ab(^|c)d":        "ab(^|c)d",
	} {
		if got := leadContextAsTerm(expr); got != want {
			t.Errorf("leadContextAsTerm(%q) = %q, want %q", expr, got, want)
		}
	}
	wantLint(t, map[string][]string{
		"裤子穿不下是你胖了，衣服本身没问题":   {RuleForbidden + " error"},
		"这不是你胖了，是这款偏小，给您换大一码": nil,
	})
}

// lint v14, after the service and push misses of red teams 226-233: the
// deck's phrases in Wu, Cantonese and Tianjin words, blame (活该), telling
// the buyer to go away, and the buyer sent to a maker or a brand's hotline
// with no 您 before it. A warranty alone no longer excuses sending the
// buyer to the maker: the red teams wrote twenty such lines as pushes, and
// the clean ones have the shop doing it (保修我们店直接处理，不用您去找厂家);
// a nationwide joint warranty (联保) still does.
func TestLintV14ServiceAndPushAfterRedTeams226to233(t *testing.T) {
	wantLint(t, map[string][]string{
		"爱要勿要，就格个价":          {RuleForbidden + " error"},
		"这个跟我们勿搭界":           {RuleForbidden + " error"},
		"找我们有啥用呢":            {RuleForbidden + " error"},
		"不满意就别穿了呗":           {RuleForbidden + " error"},
		"嫌贵的绕道":              {RuleForbidden + " error"},
		"您自己好好想想吧":           {RuleForbidden + " error"},
		"自己查一下物流":            {RuleForbidden + " error"},
		"您可以自己查一下物流，我这边也盯着":  nil,
		"漏水去问生产厂家":           {RulePushAway + " error"},
		"我们去问生产厂家，明天回您":      nil,
		"质保找厂家，说明书上有电话":      {RulePushAway + " error"},
		"这款全国联保，保修期内您直接找厂家":  nil,
		"您打品牌的客服热线吧":         {RulePushAway + " error"},
		"您问我们有什么用途的话，这款能当凳子": nil,
	})
	if got := lintText(t, nil, "漏了是你自己没拧紧，活该"); !slices.Contains(got, RuleForbidden+" error") {
		t.Errorf("活该: got %v, want a %s error", got, RuleForbidden)
	}
}

// lint v14, after red teams 234-241 (first measured on 905ff1d: 96.9 %,
// 1.45 %, 11 false errors; set 234's agent answers every question by asking
// it back first): their false alarms by class, in new words.
func TestLintV14AfterRedTeams234to241(t *testing.T) {
	wantLint(t, map[string][]string{
		// The buyer's question about the platform, asked back and answered;
		// 你问…去 still sends the buyer off.
		"您问京东物流能不能当天到？能的，下午四点前下单当天到": nil,
		"你问京东客服去": {RulePushAway + " error"},
		// No reward for a review, and a detail page filled in after one.
		"我们从不拿红包换好评，评价您照实写":        nil,
		"您之前的评价我们看到了，已经在详情页补了尺码说明": nil,
		"感谢好评，下次一定把货送得更快":          nil,
		// The buyer's taste asked without a question mark.
		"不知道你喜欢甜口还是辣口，两种都有": nil,
		// A claim called a saying not to believe.
		"这块木头能治百病的说法别信，就是个摆件": nil,
		// Readings, counts, specs and numbered clauses.
		"这里的 100% 是 CPU 占用率":   nil,
		"第一桶油用完再买也行":           nil,
		"这把扳手的最大扭矩是60牛米":       nil,
		"按店铺《售后规范》第2.4条，定制品不退": nil,
		// 你自己看 as a condition, with the shop's help after it.
		"你自己看着麻烦的话，我给你录个视频": nil,
		// 谢谢 said twice; 嗯嗯嗯 still reads as careless.
		"谢谢谢谢，收到货给我说一声": nil,
		"嗯嗯嗯": {RuleTextRepeated + " warning"},
	})
}

// lint v14, after the misses of red teams 234-241: insults, brush-offs and
// superlatives in dialect and slang, cures said with a dialect negation, an
// empty parcel by another name, and the buyer sent to a courier, a counter
// or a Latin-lettered brand with no 您 before it. The third party's own
// offer (让他们给您看看) is not the shop's.
func TestLintV14MissesOfRedTeams234to241(t *testing.T) {
	wantLint(t, map[string][]string{
		"侬脑子瓦特了伐":           {RuleForbidden + " error"},
		"你这智商也是够了":          {RuleForbidden + " error"},
		"格个弗归伲管":            {RuleForbidden + " error"},
		"少跟我掰扯，就这价":         {RuleForbidden + " error"},
		"凭啥给你退？":            {RuleForbidden + " error"},
		"菜就多练":              {RuleForbidden + " error"},
		"你要是想知道，我直接说重点":     nil,
		"我们发空快递，您莫拒收":       {RuleFakeOrder + " error"},
		"收到是空快递的话拍照给我，马上补发": nil,
		"找顺丰吧，是他们摔坏的":       {RulePushAway + " error"},
		"这个找Apple去":         {RulePushAway + " error"},
		"真假你去问专柜，让他们给你看看":   {RulePushAway + " error"},
		"您去那边抢":             {RuleContact + " error"},
		"鹅号 58730216":       {RuleContact + " error"},
		"鹅号很好吃":             nil,
		"我们找中通吧，看看包裹到哪了":    nil,
	})
	wantReportedAs(t, map[string]string{
		"这款刀冇得对手":     RuleAdLaw,
		"全杭州寻勿着第二家":   RuleAdLaw,
		"这锅比哪家都耐用":    RuleAdLaw,
		"全淘宝就我们家有这个色": RuleAdLaw,
		"宝宝穿哒冇得痱子":    RuleMedical,
		"戴上这副眼镜就不会近视": RuleMedical,
	})
}

// lint v14, after red teams 242-249 (first measured on c87605e: 97.2 %,
// 1.30 %, 13 false errors; set 244's agent answers in one short clause):
// their false errors by class, in new words.
func TestLintV14AfterRedTeams242to249(t *testing.T) {
	wantLint(t, map[string][]string{
		"退款方式：银行卡付的退银行卡，微信付的退微信": nil,
		"用手机微信扫一下电视屏幕上的码就能登录":    nil,
		// The goods disowned after the buyer's words are asked back; the
		// buyer's problem disowned stays a 禁语.
		"您说拼多多上有人卖我们的包？那不是我们的": nil,
		"您说坏了？那不是我们的问题":        {RuleForbidden + " error"},
		"我们从来不发空包，都是真实物流":      nil,
		// Help on the spot, and the fault owned — not disowned.
		"我也不清楚卡在哪，这就去查":          nil,
		"反复说了几次还没弄好，是我们的错，这就给您换": nil,
		"又不是我们的错，催我也没用":          {RuleForbidden + " error"},
		// Not knowing is fine, said of the buyer; the buyer's doubt asked back.
		"不知道型号没关系，拍个铭牌给我": nil,
		"不清楚跟我们没关系":       {RuleForbidden + " error"},
		"不清楚尺码？发我身高体重":    nil,
		"不知道？自己看":         {RuleForbidden + " error", RuleForbidden + " error"},
		// Other sellers' prices are not the agent's to know.
		"这边不清楚别处的价格，我们是统一价": nil,
		// Where it is written, after the answer, with reassurance.
		"规格单上写着呢，放心": nil,
	})
}

// lint v14, after the misses of red teams 242-249: 最快 said of the product
// (not of delivery), 好p, "go there" with a bare 那, 嫌X就别Y, 不理你了, 说了
// 也毛用, 发你N遍了, the buyer told to call or complain to the courier or to
// go to a brand's after-sales, and 防 + a person + an illness.
func TestLintV14MissesOfRedTeams242to249(t *testing.T) {
	wantLint(t, map[string][]string{
		"最快后天送到":       nil,
		"给个好p，返您三块":    {RuleCashback + " error"},
		"嫌辣就别吃":        {RuleForbidden + " error"},
		"嫌贵的话您可以看看平价款": nil,
		"说了也毛用":        {RuleForbidden + " error"},
		"这个真不怪您":       nil,
		"图片发你五遍了，还问":   {RuleForbidden + " error", RuleForbidden + " error"},
		"我们找京东官方客服问一下": nil,
		"你打给快递员":       {RulePushAway + " error"},
		"耳机坏了找索尼售后":    {RulePushAway + " error"},
	})
	wantReportedAs(t, map[string]string{"网速最快的千兆路由": RuleAdLaw, "能防孩子感冒": RuleMedical})
}

// lint v14, after red teams 250-257 (first measured on 12d0d2e: 97.6 %,
// 0.80 %, 3 false errors). With no platform named, sending the buyer to a
// marketplace the shop may itself sell on (京东, 淘宝/天猫, 拼多多) is a
// warning: 在淘宝搜我们店名 is how a 淘宝 shop gets found again. Saying it is
// elsewhere (cheaper there, 也有, 另一家店) keeps it an error, and so does
// naming the shop's platform in .huashu-lint.yaml; other apps and a team's
// own words stay errors.
func TestLintV14MarketplaceMayBeHome(t *testing.T) {
	wantLint(t, map[string][]string{
		"在京东搜我们店名“小林百货”就能找到": {RuleContact + " warning"},
		"抖音搜我们店名“小林百货”":      {RuleContact + " error"},
		"到拼多多买更便宜":           {RuleContact + " error"},
		"评价随便写，有烂果跟我说，给您补":   nil,
		"咱不能跟您瞎说，这款没有杀菌功能":   nil,
	})
	cfg, err := ParseConfig(".huashu-lint.yaml", []byte("platform: 拼多多\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := lintText(t, cfg, "在京东搜我们店名“小林百货”就能找到"), []string{RuleContact + " error"}; !slices.Equal(got, want) {
		t.Errorf("platform 拼多多: got %v, want %v", got, want)
	}
}

// wantReported asserts that each text is reported under rule, at any
// severity: lines that a retrain may move between a warning and an error.
func wantReported(t *testing.T, rule string, texts ...string) {
	t.Helper()
	for _, text := range texts {
		wantReportedAs(t, map[string]string{text: rule})
	}
}

// wantReportedAs asserts that each text is reported under its rule, at any
// severity.
func wantReportedAs(t *testing.T, cases map[string]string) {
	t.Helper()
	for text, rule := range cases {
		if got := lintText(t, nil, text); !slices.ContainsFunc(got, func(p string) bool { return strings.HasPrefix(p, rule+" ") }) {
			t.Errorf("%q: got %v, want %s", text, got, rule)
		}
	}
}

// lint v14, after the final batch, red teams 258-265 (first measured on
// e4a6fc2): a Wenzhou refusal written after the app, a phone call to find
// out, and the shop's size range.
func TestLintV14AfterRedTeams258to265(t *testing.T) {
	wantLint(t, map[string][]string{
		"QQ我俫否加个，有事就在这讲":      nil,
		"微信加个，我俫否嫌麻烦":         {RuleContact + " error"},
		"我真不知道卡在哪，马上帮您打电话问站点": nil,
		"目前库存里最大的码是XXL":       nil,
	})
}

// lint v14, after red team 263 (first measured on 78bc9d8: 96.3 %, 1.85 %,
// 3 false errors): an app inside a thing's quoted name, someone else's
// request disowned after it is asked back, and a fake order asked back and
// called a fraud.
func TestLintV14AfterRedTeam263(t *testing.T) {
	wantLint(t, map[string][]string{
		"这款杯子的名字叫“抖音同款樱花粉”，就是多了一个颜色": nil,
		"店名叫“抖音小店阿花”，搜一下":            {RuleContact + " error"},
		"客服说要加你QQ？那个不是我们安排的，别理":      nil,
		"你邻居讲有人找他刷单？那是诈骗，莫理":         nil,
		"刷单？我们是正规店":                  {RuleFakeOrder + " error"},
	})
}

// The marketplace-may-be-home warning says why, and how to make it an error;
// an account in the same reply is an error of its own.
func TestLintV14MayBeHomeSaysWhy(t *testing.T) {
	src := "pack: x\nphrases:\n  - code: a\n    title: t\n    text: 在淘宝搜我们店名就能找到\n"
	r := lintBytes(t, nil, map[string]string{"f.yaml": src}, nil)
	if len(r.Problems) != 1 || !strings.HasSuffix(r.Problems[0].Message, "（没有配置 platform，店铺可能就开在这个平台，报为警告；在 .huashu-lint.yaml 写上 platform 就按站外报）") {
		t.Errorf("got %+v", r.Problems)
	}
	wantLint(t, map[string][]string{"淘宝搜我们店名，加我微信abc12345": {RuleContact + " warning", RuleContact + " error"}})
}

// lint v14: 不是 right before a contact word denies it; 是不是 asks, and 不是…
// 吗？ pushes all the same.
func TestLintV14NotIsADenial(t *testing.T) {
	wantLint(t, map[string][]string{
		"“私人定制”是按您的尺寸裁剪，不是私下交易哦": nil,
		"不是加微信更方便吗？加一下":          {RuleContact + " error"},
		"是不是加微信？":                {RuleContact + " error"},
	})
}

// lint v14, after red teams 266-269 (first measured on 516e85b: 96.9 %,
// 0.54 %, 2 false errors): another buyer's question in the reviews.
func TestLintV14AfterRedTeams266to269(t *testing.T) {
	wantLint(t, map[string][]string{
		"有买家在评价里问能不能放冰箱，可以的，我们送一个保鲜袋": nil,
		"评价写好，送您红包": {RuleCashback + " error"},
	})
}
