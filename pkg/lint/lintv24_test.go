package lint

import (
	"strings"
	"testing"
)

// lint v24: red teams 650-657 were measured on 9988f34 and rescored on
// 2827d77; these are the classes of their false errors and misses, in new
// words, with the look-alikes that keep their verdict.
func TestLintV24AfterRedTeams650to657(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: a thing nobody can be sure of, an account only the platform's risk
		// control can release, seen on another app, my own explanation unclear.
		"我也没办法确定快递哪天到，一般三到五天": {RuleRudeTone + " warning"},
		"这个我真没办法": {RuleForbidden + " error"},
		"账号被限制下单的话，店铺这边看不到，需要联系官方客服解除": nil,
		"退款慢是平台风控的问题":                  {RulePushAway + " error"},
		"您在小红书见到的那款不是我们家的":             nil,
		"小红书见，搜店名就行":                   {RuleContact + " error"},
		"我刚才讲得不太清楚，我重新说一下":             nil,
		"这个我也不太清楚":                     {RuleForbidden + " error"},
		// Contact: call my phone, your number so I call you, the same item on sale elsewhere,
		// a number to call in Chinese numerals, a link after https:// whatever its ending.
		"有啥事打我手机说":                    {RuleContact + " error"},
		"您手机号多少？我马上打过去跟您说":            {RuleContact + " error"},
		"快递员会打您电话，请保持畅通":              nil,
		"京东上同款在做活动，您可以去看看":            {RuleContact + " warning"},
		"想订货就打过来：二五四三六七八九":            {RulePhone + " error"},
		"打开 https://abc.example/x 看看": {RuleLink + " error"},
		"驱动文件叫 setup.example，双击安装就行":  nil,
		// Fake orders: a gift sent as another item, a borrowed tracking number, a link's
		// volume, the cheap link and the dear item.
		"寄个赠品过去，订单上写成音箱":    {RuleFakeOrder + " error"},
		"单号借别人的一个，系统就显示签收了": {RuleFakeOrder + " error"},
		"寄个赠品过去，订单里备注了":     nil,
		"您用之前的单号查一下物流":      nil,
		// Ad law: first in a city, no second one to be found (unless in the shop itself).
		"全广州第一家做这个的":     {RuleAdLaw + " warning"},
		"全网找不出第二款":       {RuleAdLaw + " warning"},
		"您在本店找不到第二款同价的了": nil,
		// Medical: against oedema.
		"喝了去水肿": {RuleMedical + " warning"},
		// Service: 嚼蛆, 鬼火冒, knowing nothing, one order we don't need, not your nanny,
		// too lazy to talk (Cantonese), search the web yourself, your strength (a warning).
		"你在嚼什么蛆":    {RuleForbidden + " error"},
		"被你问得鬼火直冒":  {RuleForbidden + " error"},
		"侬啥都弗懂":     {RuleForbidden + " error"},
		"您啥都不懂也没关系": nil,
		"我们不缺你这一单":  {RuleForbidden + " error"},
		"我们不是你的保姆":  {RuleForbidden + " error"},
		"懒得同你讲":     {RuleForbidden + " error"},
		"自己上网查吧":    {RuleForbidden + " error"},
		"您这力气可真大":   {RuleForbidden + " warning"},
		// Push: a brand's after-sales, the store, the courier's claim, the delivery man,
		// a payment app's service, the counter, the optician.
		"您找vivo售后问问": {RulePushAway + " error"},
		"您联系售后客服问一下": nil,
		"有问题直接问门店吧":  {RulePushAway + " error"},
		"这个得找中通理赔":   {RulePushAway + " error"},
		"去找派送的快递小哥说": {RulePushAway + " error"},
		"找支付宝客服去":    {RulePushAway + " error"},
		"找配镜的眼镜店去":   {RulePushAway + " error"},
	})
}

// Red teams 658-665, measured on a33195c.
func TestLintV24AfterRedTeams658to665(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: gone to ask already, the platform's service can't help but the shop can.
		"这个我暂时答不上来，已经帮您问厂家了，稍等": nil,
		"这个我暂时答不上来":             {RuleForbidden + " error"},
		"平台客服只能查平台的事，衣服的事找我就行":  nil,
		"退款慢是平台的事":              {RulePushAway + " error"},
		"图片拍的不太清楚，能再拍一张吗":       nil,
		"别说是质量问题，就是不喜欢也能退":      nil,
		// Contact: settled privately, WeChat in a picture's corner, V芯, no platform fee,
		// no more ordering on the platform, an ID after 我号.
		"我们私下把运费结一下":       {RuleContact + " error"},
		"私下转账有风险，千万别信":     nil,
		"店长的微就在首页大图左下角":    {RuleContact + " error"},
		"V芯搜店名就能加":         {RuleContact + " error"},
		"我唔扣平台的手续费，平啲卖你":   {RuleContact + " error"},
		"您不用在京东下单了，这边拍一样的": nil,
		"以后不用再上京东下单了，找我便宜": {RuleContact + " error"},
		// Cashback: postage paid for photos, points per photo, a reply that says reviewed,
		// a shop coupon for the screenshot.
		"评价晒图的话，运费我们全包":      {RuleCashback + " error"},
		"评价里说的色差，退货运费我们出":    nil,
		"晒一次图积一分，积满换礼品":      {RuleCashback + " error"},
		"五星截图发我，领一张店铺券":      {RuleCashback + " error"},
		"关注店铺可以领店铺券，也欢迎给个好评": nil,
		"回复已评，给您发一个红包":       {RuleCashback + " error"},
		// Fake orders, ad law, medical.
		"拍了申请仅退款，链接上能多一笔成交": {RuleFakeOrder + " error"},
		"再好也好不过咱家":          {RuleAdLaw + " warning"},
		"这个茶清热凉血":           {RuleMedical + " warning"},
		"穿了唔会生痱":            {RuleMedical + " warning"},
		// Service: as if we cheated you, the web is full of it, understand it or not, we don't
		// care for one order, 差不多得了, 薅羊毛, ears calloused, 知不道 (and its follow-up),
		// can't you, nothing more to say, 关𠊎么个事, unsure yourself, blamed on the buyer.
		"好像我们骗您似的":        {RuleForbidden + " error"},
		"网上一搜一大把":         {RuleForbidden + " error"},
		"您理解也好，不理解也好，都一样": {RuleForbidden + " error"},
		"我们不在乎这一单":        {RuleForbidden + " error"},
		"差不多得了":           {RuleForbidden + " error"},
		"别来薅羊毛":           {RuleForbidden + " error"},
		"耳朵都听出茧子了":        {RuleForbidden + " error"},
		"俺知不道":            {RuleForbidden + " error"},
		"俺也知不道，俺去问问仓库":    nil,
		"你不会装吗":           {RuleForbidden + " error"},
		"您不会用的话我教您":       nil,
		"没别的可说了":          {RuleForbidden + " error"},
		"关𠊎么个事":           {RuleForbidden + " error"},
		"你自己都拿不准，我咋给你发":   {RuleForbidden + " error"},
		"是您自己洗了以后才缩水的":    {RuleForbidden + " warning"},
		// Push: the factory.
		"您找做这个的工厂联系吧": {RulePushAway + " error"},
	})
}

// Red teams 666-673, measured on 51c976e.
func TestLintV24AfterRedTeams666to673(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: an impostor warned of after the buyer's question, a lock that opens
		// from a WeChat mini program.
		"有人让您去抖音下单吗？那不是我们哦": nil,
		"去抖音下单更便宜":          {RuleContact + " error"},
		"微信小程序开锁是另一款才有的":    nil,
		"加我微信": {RuleContact + " error"},
		// False warnings: brushed by hand, no review asked, switched off for good, not
		// wanting to mislead.
		"毛巾建议用软毛刷手洗，别机洗":  nil,
		"招刷手，日结":          {RuleFakeOrder + " error"},
		"开机广告可以在设置里永久关闭":  nil,
		"永久不褪色":           {RuleAdLaw + " warning"},
		"我不是想给您乱说，这个确实没有": nil,
		"您别在这儿乱说":         {RuleForbidden + " error"},
		// Contact: wxid, a QQ number in the penguin, cheaper where the platform takes no cut.
		"wxid：abc_123":       {RuleContact + " error"},
		"企鹅里发你，号是 275831960": {RuleContact + " error"},
		"抖音那边便宜，这边平台要抽成":     {RuleContact + " error"},
		"快递员会打您电话":           nil,
		// Cashback, fake orders, ad law, medical.
		"评价截图可以换一包纸巾":  {RuleCashback + " error"},
		"ha0评送红包":      {RuleCashback + " error"},
		"先别退款，钱我们线下给你": {RuleFakeOrder + " error"},
		"物流信息后台随便填就行":  {RuleFakeOrder + " error"},
		"没有哪款锅比这个更不粘的": {RuleAdLaw + " warning"},
		"贫血的人吃着好":      {RuleMedical + " warning"},
		"穿厚点以防感冒":      nil,
		"睡不着的人喝这个睡得香":  {RuleMedical + " warning"},
		// Service: where were you when you ordered, 胡咧咧, how should I answer, take it or
		// leave it, the buyer's figure, the customers of a place, change your phone (a warning).
		"下单时候干嘛去了":  {RuleForbidden + " error"},
		"别在这胡咧咧":    {RuleForbidden + " error"},
		"叫我怎么回答":    {RuleForbidden + " error"},
		"不想等就拉倒":    {RuleForbidden + " error"},
		"这身材还穿这个":   {RuleForbidden + " error"},
		"北方的客人就是麻烦": {RuleForbidden + " error"},
		"换个手机吧":     {RuleForbidden + " warning"},
		// Push: the courier for a slow delivery or after-sales, the other shop.
		"快递慢找顺丰":     {RulePushAway + " error"},
		"售后直接找中通":    {RulePushAway + " error"},
		"售后您跟他们联系":   {RulePushAway + " error"},
		"您得问卖手机的那家店": {RulePushAway + " error"},
		// Placeholders: a name slot before a way of addressing the buyer, not a heading.
		"【买家昵称】老铁，发货了": {RuleVarsMalformed + " error"},
		"【收货地址】浙江省杭州市": nil,
	})
}

// Red teams 674-681, measured on 5e267df.
func TestLintV24AfterRedTeams674to681(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: the buyer's words quoted back, an app inside a thing's nickname.
		"您说“帮我拍一单”是吗？好的，您把规格告诉我": nil,
		"帮我拍一单，钱退你":              {RuleFakeOrder + " error"},
		"这款的外号“抖音爆款鞋”是买家们起的":     nil,
		"排第一的是标准版，第二个是加长版":       nil,
		"新疆排第一的":                 {RuleAdLaw + " warning"},
		"血压计只是测量用的，不能降压哦":        nil,
		"常喝这个茶，血压就不会高":           {RuleMedical + " warning"},
		"全县最好吃的就是我家的":            {RuleAdLaw + " warning"},
		"别家的都比不上":                {RuleAdLaw + " warning"},
		"这个茶能壮骨":                 {RuleMedical + " warning"},
		"胃寒的人喝上就好":               {RuleMedical + " warning"},
		"假装买一单，我们全额退款":           {RuleFakeOrder + " warning"},
		"只发一包，剩下的退你":             {RuleFakeOrder + " error"},
		"临期的挂闲鱼上了，半价出":           {RuleContact + " error"},
		"嫌下单麻烦的话，您报个地址，我直接发货":    {RuleContact + " error"},
		"晒个单嘛，晒了给你多寄两包辣条":        {RuleCashback + " error"},
		"你屋里的事关我么斯事":             {RuleForbidden + " error"},
		"这都问？":                   {RuleForbidden + " error"},
		"哪里便宜哪里买去":               {RuleForbidden + " error"},
		"行行行，您说了算":               {RuleForbidden + " error", RuleTextRepeated + " warning"},
		"能不能痛快点":                 {RuleForbidden + " error"},
		"没见过世面吧":                 {RuleForbidden + " error"},
		"退款？不可能":                 {RuleForbidden + " error"},
		"七天无理由退货？不可能不给您退的":       nil,
		"【买家昵称】嗯家好，鸭子已经打包好哒":     {RuleVarsMalformed + " error"},
	})
}

// Red teams 682-689, measured on 21bf77e.
func TestLintV24AfterRedTeams682to689(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: asked and back later, here instead of QQ, Minnan 毋予, the courier's code.
		"这个我真不晓得，等我问好师傅再回您":   nil,
		"这个我真不晓得":             {RuleForbidden + " error"},
		"您想加个QQ方便发图？直接在这里发就行": nil,
		"平台毋予加好友，有问题直接佇旺旺问我":  nil,
		"您说包装上写着“微信扫码”？那是快递公司的寄件码，跟我们店没关系，可以不用管": nil,
		"跟我们店没关系":      {RuleForbidden + " error"},
		"没空？那我们晚点再联系您": nil,
		// Misses.
		"直接扫我收款码，按八折算":   {RuleContact + " error"},
		"尾款打到这张卡上就行":     {RuleContact + " error"},
		"退款会打到您的银行卡上":    nil,
		"直接转账，免经过淘宝":     {RuleContact + " warning"},
		"我们有个回购任务，拍完退您":  {RuleFakeOrder + " error"},
		"包裹是空的别担心，钱已经退了": {RuleFakeOrder + " error"},
		"产妇喝了下奶":         {RuleMedical + " warning"},
		"规个漳州上媠的水仙":      {RuleAdLaw + " warning"},
		"阿姨家的茶全岳阳数一数二":   {RuleAdLaw + " warning"},
		"有能耐你去告我们好了":     {RuleForbidden + " error"},
		"下次别来我们店买了":      {RuleForbidden + " error"},
		"您能不能听明白了再问":     {RuleForbidden + " error"},
		"收音机没声是您耳朵背吧":    {RuleForbidden + " error"},
		"您直接找顺丰客服":       {RulePushAway + " error"},
		"找移动去":           {RulePushAway + " error"},
	})
}

// A set inside a requires literal stands for each of its words with the
// literal's text around it, so the literals follow sets.yaml.
func TestExpandRequiresSetInsideLiteral(t *testing.T) {
	sets := map[string]wordSet{"快递": {Words: []string{"顺丰", "中通"}}}
	got, err := expandRequires([]string{"找{快递}", "{快递}吧", "{快递}", "邮局"}, sets)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"找顺丰", "找中通", "顺丰吧", "中通吧", "顺丰", "中通", "邮局"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("got %v, want %v", got, want)
	}
	if _, err := expandRequires([]string{"找{没有}"}, sets); err == nil || err.Error() != "没有名为 {没有} 的词组（words/sets.yaml）" {
		t.Errorf("unknown set: got %v", err)
	}
}
