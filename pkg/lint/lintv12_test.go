package lint

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// lint v12: an error found by a rule's words is a warning when the model
// that doubts the rule (infer.Spec.Doubts) reads the whole reply as far from
// the violation — the word is there, the violation is not. The models read
// the reply as the matcher does, so a violation spelled out with spaces is
// still read as one, and an account after the word is never doubted.
func TestLintV12ModelDoubtsAnError(t *testing.T) {
	for text, want := range map[string][]string{
		"帮忙拍一单，拍完全额退款，不用发货":   {RuleFakeOrder + " error"},
		"好 评 返 现 5 元，截 图 发 我": {RuleCashback + " error"},
		"加我微信，下单便宜十块":         {RuleContact + " error"},
		"不知道，你自己看吧":           {RuleForbidden + " error", RuleForbidden + " error"},
	} {
		if got := lintText(t, nil, text); !slices.Equal(got, want) {
			t.Errorf("%q: got %v, want %v", text, got, want)
		}
	}
	// Replies whose words are there and whose sentence reads clean: a warning
	// (doubted) or nothing (lint v13: dismissed), never an error. Where each
	// lands between the two moves with every retraining.
	doubted := 0
	for _, text := range []string{
		"上次的空包问题已经处理好了",
		"这次去的是墨尔本的奥特莱斯，款式会比官网少一些，但是价格更划算",
		"您上次说的空包，快递那边已经查清楚了",
		"资料里有公众号二维码的那一页是旧版本遗留的，新版里删掉了",
	} {
		src := fmt.Sprintf("pack: x\nphrases:\n  - code: a\n    title: t\n    text: %q\n", text)
		for _, p := range lintBytes(t, nil, map[string]string{"f.yaml": src}, nil).Problems {
			if p.Severity == Error {
				t.Errorf("%q: %s error", text, p.Rule)
			}
			if strings.HasSuffix(p.Message, "（整句读来不像违规，报为警告）") {
				doubted++
			}
		}
	}
	if doubted == 0 {
		t.Error("no reply was doubted: the doubt's message is not exercised")
	}
}

// lint v12, after red teams 114-121 (first measured on ef5a13a): the classes
// of their false alarms, each in new words, with the violations that look
// like them and must still be reported.
func TestLintV12AfterRedTeams114to121(t *testing.T) {
	wantLint(t, map[string][]string{
		// The buyer's words reported (您说 + what they said, in its clause or
		// in quotes): the agent answers them.
		`您说"加个微信好聊"，平台这边不允许哦，有事就在这里说`:   nil,
		"您说想加QQ传图纸，图纸直接在这个窗口发就可以":       nil,
		"您说邻居在抖音上买的更便宜，那边的货我们没法保证是正品":   nil,
		`亲说之前的客服回了"不知道"，非常抱歉，我们马上给您查清楚`: nil,
		`您说要"拍A发B"？这种我们不做的，您要哪款就拍哪款`:    nil,
		"您说加微信？可以的，加我微信abc12345":        {RuleContact + " error", RuleContact + " error"},
		"您说想便宜点，加我微信abc12345，私下给您算":     {RuleContact + " error", RuleContact + " error"},
		"您说得对，我们是全网销量第一的":               {RuleAdLaw + " warning"},
		// Quoted words the agent then refuses to say.
		`"全国销量第一"这种话我们不敢说，销量页面上都能看到`: nil,
		`"全国销量第一"，我们就是全国销量第一`:        {RuleAdLaw + " warning", RuleAdLaw + " warning"},
		// Not knowing, then finding out or asking the buyer for what is needed.
		"俺也不太清楚这批货啥时候到，俺去问问库房，您稍等":  nil,
		"这个我晓不得，马上去车间问一哈再回您":        nil,
		"不清楚您说的是哪个颜色，麻烦发一下截图":       nil,
		"我不清楚您家门框是什么材质，拍张照片给我看看吧":   nil,
		"不知道你家阳台多宽，你量一下发给我，我帮你挑尺寸":  nil,
		"你说的那款我也不清楚是哪家的，你把链接截图发我看看": nil,
		"不知道宝子要几号的货呀？我先帮您看库存":       nil,
		"不清楚，自己看详情页":                {RuleForbidden + " error", RuleForbidden + " error"},
		"不知道，你自己量一下吧":               {RuleForbidden + " error"},
		// A code printed on the product, named in the clause before.
		"机身背面有铭牌，扫上面的二维码可以查真伪": nil,
		"包装侧面贴了防伪标，扫上面的码就能验真":  nil,
		"吊牌上有二维码，扫上面的码加我好友":    {RuleContact + " error"},
		// Refusals lint did not know.
		"不好意思，微信号不能给您的，售后在这里都能办": nil,
		"加微信这个搞不得哦，有事在这里找我":      nil,
		"加微信我们这边不得行，有事这里喊我":      nil,
		"微信号不能给您，加我QQ12345678吧":  {RuleContact + " error"},
	})
}

// lint v12, after red teams 114-121: a ring or rim of a disc, nylon and a
// single oil as what 100% is made of, a track or a catch as what 第一 counts.
func TestLintV12AdLawPartsAndCounts(t *testing.T) {
	wantLint(t, map[string][]string{
		"这张唱片最外圈有一道细纹，不影响播放":   nil,
		"轮毂最内侧有个卡扣，装的时候先对准":    nil,
		"琴弦是100%尼龙的，按着不疼":      nil,
		"这瓶是100%单方薰衣草精油，要稀释再用": nil,
		"B面第一轨是现场版":            nil,
		"今年第一网的虾，个头还偏小":        nil,
		"这是全网最外圈最耐磨的轮胎":        {RuleAdLaw + " warning", RuleAdLaw + " warning"},
		"我们家琴弦是全国第一":           {RuleAdLaw + " warning"},
	})
}

// lint v12, after red teams 122-129 (first measured on 65d43fc): the classes
// of their false alarms in new words, and the violations beside them.
func TestLintV12AfterRedTeams122to129(t *testing.T) {
	wantLint(t, map[string][]string{
		"您说有客服让您写好评换红包？那不是我们店的人，请别理会": nil,
		"您问晒图送不送东西，不好意思没有哦，这是平台规定":    nil,
		"退换货也可以直接联系京东客服，我们这边也能处理":     nil,
		"我们走支付宝担保交易，您确认收货后钱才到我们这边":    nil,
		"吊牌上的二维码扫出来是洗涤说明，不用关注任何账号":    nil,
		"晒图没传上去的话，过两天追评补上就行":          nil,
		"空包的情况我们已经报给快递，明天之前给您答复":      nil,
		"您都问了三次了，肯定是着急了，我能理解":         nil,
		"物流显示异常不是假单号，揽收后会更新":          nil,
		"有人说这个枕头能治颈椎病，这个没有科学依据哦":      nil,
		"我问问仓库再回你，稍等哈，这个我也不太清楚":       nil,
		"不清楚您是哪一单，麻烦把订单号发我一下":         nil,
		"听说这个枕头能治颈椎病哦":                {RuleMedical + " warning"},
		"您问晒图送不送东西？送的，晒图就送小样":         {RuleCashback + " error"},
		"吊牌上的二维码扫一下关注我们":              {RuleContact + " error"},
		"包装盒上有个二维码，扫一下免费关注就能领券":       {RuleContact + " error"},
		"我们不是空包，是真实单号，拍了不用收货，钱全退":     {RuleFakeOrder + " error"},
		"您付款用的是微信，退款原路退回":             nil,
		"退款也会回到您的微信零钱":                nil,
		"这款绿萝最怕暴晒，放散光处就行":             nil,
		"您最关心的色差问题，实物和图片基本一致":         nil,
		"这个收纳箱最大能装二十斤衣服":              nil,
		"有事加我微信abc8866，付款用的是微信也行":     {RuleContact + " error"},
		"这是全网最关心您的店":                  {RuleAdLaw + " warning"},
		"都说了好几次了，自己看":                 {RuleForbidden + " error", RuleForbidden + " error"},
	})
}

// lint v12, after red teams 114-129: the buyer sent to the courier or a third
// party on their own (自己, 自行, 去 at the end, a claim), and "we only sell".
func TestLintV12PushToCourier(t *testing.T) {
	wantLint(t, map[string][]string{
		"快递没送到您自己联系快递公司":          {RulePushAway + " error"},
		"退款进度请自行咨询花呗":             {RulePushAway + " error"},
		"你问圆通去嘛":                  {RulePushAway + " error"},
		"包裹慢了去问韵达啦":               {RulePushAway + " error"},
		"您找快递理赔吧":                 {RulePushAway + " error"},
		"售后找厂家，我们只负责卖":            {RulePushAway + " error", RuleForbidden + " error"}, // lint v14: the clause ending on 找厂家 is a push too
		"您也可以自己联系快递改时间，我这边也帮您催":   nil,
		"我帮您去问中通":                 nil,
		"我们帮您找顺丰理赔":               nil,
		"您直接联系快递员改派送时间就行":         nil,
		"可以自己联系快递员改地址哦，或者我帮您改":    nil,
		"我们只负责发货，运输途中的问题我们也会帮您跟进": nil,
		"顺丰快递今天就到":                nil,
	})
}

// lint v12, after red teams 130-137 (first measured on f767746): the classes
// of their false alarms in new words, with the violations beside them.
func TestLintV12AfterRedTeams130to137(t *testing.T) {
	wantLint(t, map[string][]string{
		"您反映的“空包”，查下来是快递把外箱弄丢了，我们马上补发": nil,
		"侬要加微信啊？平台勿允许嗰，有事体就在此地讲":       nil,
		"您要加微信？可以的，微信号abc8866":         {RuleContact + " error", RuleContact + " error"},
		"您在闲鱼上买的二手机器，我们这边保修要看原订单":      nil,
		"转盘抽奖是天猫官方的活动页在办，跟店铺无关":        nil,
		"这个一两句说不清楚，我给您发一张安装图":          nil,
		"不用自己看说明书，我一步步跟您说":             nil,
		"之前客服跟您说“爱买不买”，这是我们的错，非常抱歉":    nil,
		"这个我也不太清楚，去问下师傅再回复您":           nil,
		"您好，咱家下单有假一赔十的保障":              nil,
		"最低起批是两箱，可以混批":                 nil,
		"这是系列的第一本，看完可以接着借第二本":          nil,
		"粉条是100%红薯淀粉做的":                nil,
		"请柬上可以印酒店位置的二维码":               nil,
		"钱退你微信里了，原路返回的":                nil,
		"唔使搵平台，我哋帮你查":                  nil,
		"这个我说不清楚，你自己看":                 {RuleForbidden + " error", RuleForbidden + " error"},
		"请柬上可以印我们的微信二维码，扫码加我":          {RuleContact + " error", RuleContact + " error"},
	})
}

// lint v12, after red teams 138-145 (first measured on a288319): the classes
// of their false alarms in new words, with the violations beside them.
func TestLintV12AfterRedTeams138to145(t *testing.T) {
	wantLint(t, map[string][]string{
		"和微信截图快捷键冲突的话，在设置里改一下就行":       nil,
		"视频是手机QQ里存的也行，先保存到相册再发过来":      nil,
		"家里老人不识字也没关系，这款会语音播报":          nil,
		"这个我也不清楚原因，我马上问下厂家，给您一个准确答复":   nil,
		`您刚才说我们"不归我们管"，先跟您道个歉，现在就给您处理`: nil,
		"莫得微信哈，有事就在这儿说":                nil,
		"唔支持私下转账喔，喺平台落单先有保障":           nil,
		"退款会原路返去你微信，一两日到":              nil,
		"多谢老友畀嘅好评，下次返嚟再帮衬":             nil,
		"这把是100%配列，带数字小键盘":             nil,
		"你说的我也不清楚，你自己问快递":              {RuleForbidden + " error", RulePushAway + " error"},
		"莫得办法，你自己看着办":                  {RuleForbidden + " error"},
	})
}

// wantLint lints each reply alone with the default config and wants exactly
// the problems given, as "rule severity" in order (nil: no problem at all).
func wantLint(t *testing.T, cases map[string][]string) {
	t.Helper()
	for text, want := range cases {
		if got := lintText(t, nil, text); !slices.Equal(got, want) {
			t.Errorf("%q: got %v, want %v", text, got, want)
		}
	}
}

// lint v12, after red teams 146-153 (first measured on f212290): the
// classes of their false alarms in new words, with the violations beside
// them.
func TestLintV12AfterRedTeams146to153(t *testing.T) {
	wantLint(t, map[string][]string{
		"这本《抖音短视频运营》是2019年出版的，九成新": nil,
		"关注《好物小站》公众号领券":            {RuleContact + " error"},
		"师傅工牌上的二维码是服务核验码，扫一下能看资质":  nil,
		"订单页点“联系师傅”直接拨打，平台会自动转接":   nil,
		"这款麦片是100%全谷物，没有别的添加":      nil,
		"三档速度可调，最慢一档走路就能跟上":        nil,
		"明早第一班冷链发出":                nil,
		"打开App，第一屏就是体重曲线":          nil,
		"这款布丁口感有点QQ的，不是稀的":         nil,
		"书印错了，你去找出版社":              {RulePushAway + " error"},
		"香包褪色你找工厂去":                {RulePushAway + " error"},
		"加我QQ，口感更好的那款私下卖你":         {RuleContact + " error", RuleContact + " error"},
	})
}

// lint v12, after red teams 154-161 (first measured on e1cad7b): earlier
// classes said another way — asking for a screenshot, money back to WeChat,
// a later 没保障, a quoted card denied in the next sentence, dialect refusals.
func TestLintV12AfterRedTeams154to161(t *testing.T) {
	wantLint(t, map[string][]string{
		"我不清楚您说的是哪一个，方便发个截图吗？":          nil,
		"退款已经批了，钱原路回您微信":                nil,
		"您说想私下转账便宜点，这个不行，私下交易没保障":       nil,
		"包裹里有张“好评返现”小卡片？那不是我们放的，麻烦拍照发我": nil,
		"加啥微信呀，就在这儿说":                   nil,
		"我们莫私下转账哦，都在平台上拍":               nil,
		"不知道的我不乱说，查清楚了马上回您":             nil,
		"您是用微信付款的话，退款也回微信":              nil,
		"包裹里有张“好评返现”小卡片？扫码就能领":          {RuleCashback + " error"},
		"私下交易更便宜，加我微信abc8866":           {RuleContact + " error", RuleContact + " error"},
		"不清楚，你自己截图问快递":                  {RuleForbidden + " error"},
	})
}
