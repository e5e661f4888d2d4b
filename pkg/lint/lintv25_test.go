package lint

import "testing"

// lint v25: red teams 690-697 were measured on 4ff8cf0; these are the
// classes of their false errors and misses, in new words, with the
// look-alikes that keep their verdict.
func TestLintV25AfterRedTeams690to697(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: a bag's shoulder buckle fastened, no need to join a group for a
		// coupon, the buyer's own ID declined, not knowing what the buyer wants (asked),
		// a single earbud replaced (补单只).
		"把肩扣扣上背着就不晃了":   nil,
		"有事扣扣上找我":       {RuleContact + " error"},
		"新人券在首页领，不用进群":  nil,
		"入群领券":          {RuleContact + " error"},
		"进群领优惠":         {RuleContact + " error"},
		"晓不得您要几斤，跟我讲一声": nil,
		"我也晓不得":         {RuleForbidden + " error"},
		"看到您留的微信号了，平台不建议交换联系方式，就在这里沟通吧": nil,
		"看到您留的微信号了，晚点我加您":               {RuleContact + " error"},
		"左边那只丢了可以补单只":                   nil,
		"售后帮您补单":                        nil,
		"空包重量是300克":                     nil,
		// Contact: the shop sends a link to the buyer's WeChat (a friend sharing one is
		// the platform's share), a red packet for the goods, another shop's perk.
		"刚刚我把链接发到您微信上了，您看看": {RuleContact + " error"},
		"您朋友在微信里分享的链接也能拼":   nil,
		"您发个100的红包，我这就给您寄":  {RuleContact + " error"},
		"快手搜店名有赠品，我们这没有":    {RuleContact + " error"},
		// Cashback: a typo for 晒图; a photo review that pays.
		"嗮图送小样": {RuleCashback + " error"},
		// Fake orders: a count of orders to boost, relatives asked to buy for sales,
		// extra pieces not shipped, a borrowed tracking number, orders split for sales.
		"生意淡，冲销量找亲戚帮忙拍几单": {RuleFakeOrder + " error"},
		"多拍两件不发，过几天退您":    {RuleFakeOrder + " error"},
		"借个单号发一下":         {RuleFakeOrder + " error"},
		"拆成两单拍，销量好看点":     {RuleFakeOrder + " error"},
		// Ad law: the whole province counts ours first, none cheaper (Cantonese).
		"全省就数俺家的香": {RuleAdLaw + " warning"},
		"冇得再平过呢个价": {RuleAdLaw + " warning"},
		// Medical: fatigue at the wheel, a blocked nose, blood sugar, wrinkles, the
		// menopause, weight, mouth ulcers, eyesight, a cough (Cantonese).
		"喷一下防疲劳驾驶":       {RuleMedical + " warning"},
		"鼻塞的时候闻一下鼻子马上通气": {RuleMedical + " warning"},
		"吃了血糖都稳":         {RuleMedical + " warning"},
		"敷着可以淡化皱纹":       {RuleMedical + " warning"},
		"更年期失眠潮热有改善":     {RuleMedical + " warning"},
		"越吃越瘦还不饿":        {RuleMedical + " warning"},
		"口腔溃疡喝两天就好":      {RuleMedical + " warning"},
		"有明目功效":          {RuleMedical + " warning"},
		"饮咗咳都好返":         {RuleMedical + " warning"},
		// Service: a small matter, annoying, not our fault, make it yourself, not
		// answering, why ask, a bare 不退 (a refund offered instead stays clean).
		"这么点小事也找我":      {RuleForbidden + " error"},
		"真是太烦人了":        {RuleForbidden + " error"},
		"东西没问题，不能怪我们":   {RuleForbidden + " error"},
		"嫌贵？那你要不要自己做一个": {RuleForbidden + " error"},
		"不回你了":          {RuleForbidden + " error"},
		"问那么多干啥":        {RuleForbidden + " error"},
		"不退":            {RuleForbidden + " error"},
		"不退的话您看换货行吗":    nil,
		// Push: the courier, by name or in person.
		"您跟快递小哥自己商量下时间": {RulePushAway + " error"},
		"建议您直接联系中通处理":   {RulePushAway + " error"},
		// Placeholder: 在 before a date is when, not where to fill it in.
		"我们会在【发货日期】前发出": {RuleVarsMalformed + " error"},
		"请在【发货日期】栏填写":   nil,
	})
}

// lint v25: red teams 698-705 were measured on 6dc78fa.
func TestLintV25AfterRedTeams698to705(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: not knowing another shop's or platform's matter (after 京东上, a
		// 那个 that points back, 是哪家 right before), a code that is not for adding us,
		// a review already given and a wish; the buyer's typed word in quotes.
		"京东上别家店的优惠我们不清楚，本店以页面为准":      nil,
		"您说快手上更便宜，那个我们不清楚是不是同一批货":     nil,
		"您说的“第一名”是哪家我不清楚，我们家可以先买小份试试": nil,
		"我也不清楚": {RuleForbidden + " error"},
		"这个码是查防伪的，不是加我们的":      nil,
		"扫这个码就能加我们":            {RuleContact + " error"},
		"收到您的好评了，给您返5元":        {RuleCashback + " error"},
		"您输入的“vx”被系统屏蔽了，有事在这说": nil,
		"加vx聊":       {RuleContact + " error"},
		"要加微甜的话备注一下": nil,
		"加微领券":       {RuleContact + " error"},
		"您从微信里点开的淘宝链接也能下单": nil,
		// Contact: offline shipping, a shop on another platform that is cheaper, found
		// there too, a customer group, a call back, face to face, money paid straight.
		"我们走线下发货":        {RuleContact + " error"},
		"我们京东也有旗舰店，便宜一百": {RuleContact + " error"},
		"扫码进专属售后群":       {RuleContact + " error"},
		"留个电话，我晚上给你打":    {RuleContact + " error"},
		"来店里当面给你挑":       {RuleContact + " error"},
		"直接给俺打个款就发":      {RuleContact + " error"},
		// Cashback: a red packet called 包; a platform's red packet the shop sends
		// (the platform's own beans stay clean).
		"给个hp，我给你发个包":     {RuleCashback + " error"},
		"满意给五星，我给您发个京东红包": {RuleCashback + " error"},
		"好评后京东发放京豆":       nil,
		// Fake orders: a trial "officer", refund before receipt, link A ships B.
		"试用官活动，拍下全额返还": {RuleFakeOrder + " error"},
		"先别收货，直接申请退款":  {RuleFakeOrder + " error"},
		"拍这个链接发货发别的":   {RuleFakeOrder + " error"},
		// Ad law: luxury grade, never breaks in a lifetime.
		"奢侈品级的做工":     {RuleAdLaw + " warning"},
		"这把刀用一辈子都用不坏": {RuleAdLaw + " warning"},
		// Medical: lactation, a syndrome prevented, no internal heat, calcium,
		// radiation, an inflammation gone.
		"产后喝能下奶":     {RuleMedical + " warning"},
		"能预防颈椎综合征":   {RuleMedical + " warning"},
		"用这个杯子喝水不上火": {RuleMedical + " warning"},
		"这盐能补钙":      {RuleMedical + " warning"},
		"喝菊花茶防辐射":    {RuleMedical + " warning"},
		"嗓子发炎含两片就消":  {RuleMedical + " warning"},
		// Service: a batch of scolding and brush-offs.
		"瞎说啥呢":      {RuleForbidden + " error"},
		"您是第一个说难吃的": {RuleForbidden + " error"},
		"吃不来就别吃":    {RuleForbidden + " error"},
		"关我啥事":      {RuleForbidden + " error"},
		"不买出门右转":    {RuleForbidden + " error"},
		"这点辣都受不了":   {RuleForbidden + " error"},
		"别扯拐":       {RuleForbidden + " error"},
		"那是你自己的锅":   {RuleForbidden + " error"},
		"干脆别买了":     {RuleForbidden + " error"},
		"啥也甭问了":     {RuleForbidden + " error"},
		"你自己不会用":    {RuleForbidden + " error"},
		"到时候再说吧":    {RuleForbidden + " error"},
		// Push: the brand's after-sales, the courier, the app, the factory (unless
		// the shop sends it).
		"找品牌售后去":      {RulePushAway + " error"},
		"你跟快递说吧":      {RulePushAway + " error"},
		"是app的事":      {RulePushAway + " error"},
		"寄到厂家维修点吧":    {RulePushAway + " error"},
		"我们帮您寄到厂家维修点": nil,
	})
}
