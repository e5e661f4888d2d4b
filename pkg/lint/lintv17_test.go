package lint

import "testing"

// lint v17, the false alarms and misses left open at the end of lint v16
// (seen in red teams 334-345, not fixed then): each class in new words,
// with the look-alikes that must keep their verdict.
func TestLintV17LeftFromV16(t *testing.T) {
	wantLint(t, map[string][]string{
		// The refund's route typed in fragments: 原路 cut off from the account.
		"退款……原路回……您微信……":         nil,
		"退款已经处理了……原路退回……您微信零钱看下": nil,
		"退款原路退，加我微信再返您五块":        {RuleContact + " error"},
		// A size range's lower end; a place to measure on the body.
		"这款最小做到六分娃的尺寸":   nil,
		"量腰围的时候量肚子最鼓的地方": nil,
		"我们的面包最鼓":        {RuleAdLaw + " warning"},
		// Illnesses listed with 、 before the claim.
		"泡脚盆对甲沟炎、灰指甲都有改善": {RuleMedical + " warning"},
		"泡脚盆对甲沟炎很有帮助":     {RuleMedical + " warning"},
	})
}

// lint v17, after red teams 346-353 (first measured on 74bffef): the
// classes they showed, in new words, with the look-alikes that keep their
// verdict.
func TestLintV17AfterRedTeams346to353(t *testing.T) {
	wantLint(t, map[string][]string{
		// A quoted question answered after a dash ends its sentence.
		"“能加个微信吗”——不好意思哦，我们只在京东这边沟通": nil,
		"“能加微信吗”——可以的，加vx abc123":    {RuleContact + " error", RuleContact + " error"},
		"“戴银能排毒吗”——这个没有依据哦，银饰只是首饰":   nil,
		"“收到的是空包”——实在抱歉，我马上给您补发":     nil,
		// The platform's own chat offered instead of WeChat.
		"可以加个微信发图吗？亲，直接在旺旺发图就行": nil,
		// What the product only is, and the treatment left to a doctor.
		"能治痘吗？这是洗面奶，只能清洁控油，治疗痘痘要看医生哦": nil,
		"能治痘，严重的要看医生":                 {RuleMedical + " warning"},
		// The buyer's words quoted after 您说, commas and all.
		"您说“不要你们处理了，找平台”，我理解您的心情": nil,
		"您说“不要你们处理了”，那您找平台吧":      {RulePushAway + " error"},
		// A product named in quotes after 这套.
		"这套“QQ企鹅”小颗粒积木适合6岁以上": nil,
		"这个“微信”号加一下":          {RuleContact + " error"},
		// Slashes joining fragments.
		"不退/不换/不解释":      {RuleForbidden + " error"},
		"尺码自选；选错自负；别找客服": {RuleForbidden + " error"},
		"运费险的运费您自理":      nil,
		// Dialect brush-offs.
		"个事冇归𠊎管":      {RuleForbidden + " error"},
		"嫌贵你嫑买嘛":      {RuleForbidden + " error"},
		"忒麻烦了，不弄了":    {RuleForbidden + " error"},
		"不麻烦，不弄了也没关系": nil,
		// Followed up, in dialect or by registering the buyer.
		"我也说不上来，我去仓库问一挂再给你回话":    nil,
		"我不知道还会不会补货，帮您登记到货提醒好吗":  nil,
		"我们这么多单，不可能每个都给你查":       {RuleRudeTone + " warning"},
		"这个问题我确实不知道答案，我问清楚了马上回复": nil,
		// Refusals written after the hit.
		"私人号不方便给您，有问题随时在咚咚找我们":   nil,
		"付款要走平台，私下转账我们不收，也保障不了您": nil,
		"这款袜子不是药，别指望它治病":         nil,
		// Advice, settings and ingredients, not claims.
		"喺平台拍最稳阵":                      nil,
		"音量从1档开始调，别一上来就开到最大":           nil,
		"我们家价格降到最低了":                   {RuleAdLaw + " warning"},
		"100%云南大叶种晒青毛茶":                nil,
		"这只镜头是您的第一只定焦吗":                nil,
		"这款老人机不说什么“销量第一”，老实讲就是按键大、声音大": nil,
		"这款普洱叫“第一泉”，是茶名，不是说排第一":        nil,
		"这套是冠军皮肤的cos":                  nil,
		"没有哪家的新风比咱家过滤得更干净了":            {RuleAdLaw + " warning"},
		"这款杯全汕头无一间比阮卡俗":                {RuleAdLaw + " warning"},
		"没有人比您更懂宝宝":                    nil,
		"您的退款到微信了吗？没到的话我帮您查一下":         nil,
		"“二维码扫不出来”——那是订单的核销码，告诉门店就能核销": nil,
		// Pushes to a maker or a supplier with a question.
		"缺货了您去问问厂家有没有货":   {RulePushAway + " error"},
		"汉服染色的问题您问一下面料厂吧": {RulePushAway + " error"},
		"我去问问厂家有没有货":      nil,
		// Fake orders: the other link, the gift option, money back tomorrow.
		"这个链接价格高，您去拍旁边的发带链接，备注要马面裙": {RuleFakeOrder + " warning"},
		"拍旁边的链接，备注要红色":              nil,
		"您拍这个链接的赠品规格，我给您改发整箱鸡蛋":     {RuleFakeOrder + " warning"},
		"麻烦用您的账号帮下一单，我们不寄，钱明天退":     {RuleFakeOrder + " error"},
		"这个缺货不发了，钱明天退您":             nil,
		"您拍1元那个链接就行，我这边按您要的内裤发":     {RuleFakeOrder + " warning"},
		"这个链接是专门冲单用的，不发货":           {RuleFakeOrder + " error"},
		// A reward after a review, written with 给.
		"好平给5元，收货后找我": {RuleCashback + " error"},
		// Medical claims: worn away, kept from getting worse, in English.
		"穿上一冬天，老寒腿都能穿好哇":         {RuleMedical + " warning"},
		"关节炎的也可以穿好一点的鞋":          nil,
		"戴了近视就不会加深咯":             {RuleMedical + " warning"},
		"近视不会加深的话不用换镜片":          nil,
		"diabetes患者吃了能control血糖": {RuleMedical + " warning"},
	})
}
