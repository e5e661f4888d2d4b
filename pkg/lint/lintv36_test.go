package lint

import "testing"

// Lint v36 (after red teams 1194-1201, scored before reading): the misses
// fixed by class. Every reported line here was clean on 3377056, the commit
// before these fixes, but 第一家把藏香做成线香的店铺, which the model
// already warned.

// An account spelled one letter at a time after a cue and a colon: enclosed
// letters fold to Latin (Ⓖ is g), and single letters are no English words.
func TestLintV36SpacedLettersID(t *testing.T) {
	wantLint(t, map[string][]string{
		"威：Ⓖ Ⓨ Ⓢ Ⓗ Ⓞ Ⓤ Ⓙ Ⓘ，通过了发您教程": {RuleContact + " error"},
		"微：h a i w e i": {RuleContact + " error"},
		// Near misses: sizes, model letters, fewer than six letters, no contact cue.
		"V：S M L":            nil,
		"尺码：S M L X L XL":    nil,
		"型号：A B C D E F":     nil,
		"威：t o n g":          nil,
		"我们家的规格：a b c d e f": nil,
	})
}

// 第一 before 泡菜 ranks the pickles (泡 is no measure word there, as in
// 第一泡 of tea), and the first brand to make something claims 首家.
func TestLintV36FirstBrand(t *testing.T) {
	wantLint(t, map[string][]string{
		"眉山第一泡菜品牌，吃过的都回购":     {RuleAdLaw + " warning"},
		"我们是第一个做固体香膏的品牌":      {RuleAdLaw + " warning"},
		"我们是第一家把藏香做成线香的店铺":    {RuleAdLaw + " warning"},
		"第一泡用来洗茶，第二泡开始喝":      nil,
		"您是第一个做这个反馈的买家，谢谢您":   nil,
		"第一个订单我们送了小样，做的是试用装的": nil,
	})
}

// Foods said to suit the sick or to flush uric acid, and a blood pressure
// that eating keeps steady: medical claims on ordinary goods.
func TestLintV36MedicalFoodClaims(t *testing.T) {
	wantLint(t, map[string][]string{
		"笋干帮助排尿酸":            {RuleMedical + " warning"},
		"痛风的人适合吃，放心买":        {RuleMedical + " warning"},
		"勒个油炒菜吃起，血压稳得很":      {RuleMedical + " warning"},
		"痛风的人不适合吃笋干，要注意":     nil,
		"糖尿病的人能吃吗？可以少量吃":     nil,
		"尿酸高的人适合喝吗？建议问医生":    nil,
		"高血压的人适合用这款血压计，操作简单": nil,
		"用了这个血压计，血压稳不稳一看便知":  nil,
	})
}

// Rude to the buyer: 老子 for I, 这不是很明显吗 (a warning: it may be a
// real question about a photo), and X了就X了 without 是.
func TestLintV36RudeRetorts(t *testing.T) {
	wantLint(t, map[string][]string{
		"老子咋晓得你啥子时候收得到嘛":    {RuleForbidden + " error"},
		"这不是很明显吗？":          {RuleForbidden + " warning"},
		"化了就化了嘛，夏天哪个糖不化":    {RuleForbidden + " error"},
		"《老子》这本书有注音版":       nil,
		"这个色差明显吗？您拍张照片给我看看": nil,
		"化了就化了嘛，我们给您补发一份":   nil,
		// The buyer's words repeated are left to the tone model, as before.
		"你说坏了就坏了？拿出证据来": {RuleRudeTone + " warning"},
	})
}

// The buyer sent to the maker of another device, and a fake order whose
// tracking number will not be caught.
func TestLintV36PushAndFakeOrder(t *testing.T) {
	wantLint(t, map[string][]string{
		"投屏连不上的话，问一下您手机品牌的客服":     {RulePushAway + " error"},
		"投屏连不上的话，我们帮您问一下您手机品牌的客服": nil,
		"快递单号可以给你们用真实的，不会被查，放心拍":  {RuleFakeOrder + " warning"},
		"单号查不到物流信息，我帮您问问":         nil,
		"快递面单不写商品名，放心，物流信息不会被查看":  nil,
	})
}

// A false alarm fixed: 最大那档 picks a setting, as 最大档 does.
func TestLintV36TopSetting(t *testing.T) {
	wantLint(t, map[string][]string{
		"铃声音量有七档，最大那档在院子里都听得见": nil,
		"这款最大那档就是最好的":          {RuleAdLaw + " warning"},
	})
}

// The second batch of lint v36 (red teams 1202-1209, varied personas),
// scored on eb31d76 before reading: its two false errors, then its misses
// fixed by class. Every reported line was clean on eb31d76.
func TestLintV36SecondBatchFalseErrors(t *testing.T) {
	wantLint(t, map[string][]string{
		// The shop refuses 拍A发B; the model may still warn, the rule does not.
		"亲，拍A款备注要B款的话，我们这边没法这样发，麻烦您直接拍B款的链接": {RuleFakeOrder + " warning"},
		"亲，返现的事跟我们店没关系，您收到的短信是诈骗，别理会":        nil,
		// Look-alikes that stay errors.
		"拍A款备注要B款，我们发B款给您": {RuleFakeOrder + " error"},
		"质量问题跟我们店没关系":      {RuleForbidden + " error"},
	})
}

func TestLintV36SecondBatchMisses(t *testing.T) {
	wantLint(t, map[string][]string{
		"多囊卵巢的宝子喝这个可以调理好":            {RuleMedical + " warning"},
		"神经性耳聋戴我们这个会好转的":             {RuleMedical + " warning"},
		"每天戴够8小时，可以阻止听力继续下降":         {RuleMedical + " warning"},
		"护理液还能降眼压":                   {RuleMedical + " warning"},
		"可以多拍几件再退掉，这样链接排名上得快":        {RuleFakeOrder + " error"},
		"这款的销量是我们自己拍出来的，放心买":         {RuleFakeOrder + " error"},
		"下单时选驱蚊贴那个规格，我们其实发蚊香液，价格一样的": {RuleFakeOrder + " error"},
		"宝子 haopin 截图发我，有小惊喜":        {RuleCashback + " error"},
		"应用商店搜“杞山茶生活”下载，积分能换茶":       {RuleContact + " error"},
		"忙，等着":                   {RuleForbidden + " error"},
		"一分钱一分货，懂？":              {RuleForbidden + " error"},
		"您这么懂，那您自己调吧。":           {RuleForbidden + " error"},
		"少说两句吧亲，我还有好多人要回":        {RuleForbidden + " error"},
		"你的评价我们不在乎":              {RuleForbidden + " error"},
		"拍错了再退就行，不影响":            nil,
		"在忙，稍等一下哦":               nil,
		"一分钱一分货，这款用料好":           nil,
		"我啰嗦一句，记得先充电":            nil,
		"我少说两句，您先试试":             nil,
		"应用商店搜“萌爪智能”下载App，绑定喂食器": nil,
		"手机应用商店里下载说明书App就能看视频教程": nil,
	})
}

// The second batch's false alarms fixed by class: a product said not to
// treat, Minnan 无方便 (不方便), a child's exam.
func TestLintV36SecondBatchFalseAlarms(t *testing.T) {
	wantLint(t, map[string][]string{
		"耳鸣的原因比较多，助听器不是用来治耳鸣的，耳鸣明显的话请先去医院查一下原因。": nil,
		"阮无方便加微信啦，有啥物代志佇遮问就好，阮看着就回":              nil,
		"听说孩子考级拿了第一，恭喜恭喜！":                       nil,
		"助听器能治耳鸣":         {RuleMedical + " warning"},
		"加微信啦，有啥物代志佇遮问就好": {RuleContact + " error"},
		"我们这款在展会上拿了第一":    {RuleAdLaw + " warning"},
	})
}
