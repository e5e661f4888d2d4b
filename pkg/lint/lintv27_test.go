package lint

import "testing"

// lint v27: red teams 802-809 were measured on 1b95913; these are the
// classes of their false errors and misses, in new words, with the
// look-alikes that keep their verdict.
func TestLintV27AfterRedTeams802to809(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: not knowing about goods the shop does not sell, what cannot be judged through a screen, a worry about an empty parcel; false warnings: an A-not-A question, refusals in Wu, a share link, a measure after 最大的, bargaining, a composition.
		"羊毛毡能不能防蛀我们不清楚，本店只卖羊毛围巾":      nil,
		"不晓得您家孩子手臂粗不粗，我给您讲一下护臂怎么选":    nil,
		"您担心是空包的话，可以当着快递员的面验货":        nil,
		"您是从微信里点的拼多多链接下的单吧？订单里都能查到":   nil,
		"最低能给您做到59，已经是活动价了":           nil,
		"这个能不能防蛀我们不清楚":                {RuleForbidden + " error"},
		"不好意思我没办法隔着手机判断，您拍个视频，我发给技术看": nil,
		"我没办法，您自己看着办吧":                {RuleForbidden + " error", RuleForbidden + " error"},
		"不知道您家宝宝脚胖不胖，我给您说说怎么选鞋":       nil,
		"不知道，您自己量":                    {RuleForbidden + " error"},
		"您是害怕收到空包吧，签收时可以当面开箱验货":       nil,
		"空包发货，单号给您":                   {RuleFakeOrder + " error"},
		"私下转账伲弗做个，还是走平台":              nil,
		"私下加微信不符合平台规定，有事这里说":          nil,
		"伲勿刷单，都是真实销量":                 nil,
		"这种清洁剂勿好杀菌的，只是去油污":            nil,
		"您是从微信里点的淘宝链接下单的吧？订单里都查得到":    nil,
		"水龙头最大进水压力0.6MPa":             nil,
		"这串手链最大的一颗10mm，最小的一颗8mm":      nil,
		"目前最轻的350ml保温杯 才180克":         {RuleAdLaw + " warning"},
		"最好的手链就在我们家":                  {RuleAdLaw + " warning"},
		"本店最低能给您算到88元":                nil,
		"全网最低价":                       {RuleAdLaw + " warning"},
		"电源线是100%铜芯的":                 nil,
		"100%除螨，放心用":                  {RuleAdLaw + " warning"},
		// Misses: brush-offs and blame.
		"弗会用就覅买，说明书写得清清楚楚": {RuleForbidden + " error", RuleForbidden + " error"},
		"那是快递的事，不关阿拉的事":    {RuleForbidden + " error", RuleForbidden + " error"},
		"连个遥控器都不会配，建议别用了":  {RuleForbidden + " error"},
		"谁叫你不看详情就下单":       {RuleForbidden + " error"},
		"嫌贵你买啥进口的":         {RuleForbidden + " error"},
		"码都不会挑，怪谁":         {RuleForbidden + " error", RuleForbidden + " error"},
		"有问题也不赖我们":         {RuleForbidden + " error"},
		"我上哪给你找去":          {RuleForbidden + " error"},
		"你们爱上哪投诉上哪投诉":      {RuleForbidden + " error"},
		// Push: the brand, a courier's station, a courier.
		"驱动的问题您去问联想吧":   {RulePushAway + " error"},
		"您去找中通吧，让中通给您查": {RuleForbidden + " error", RulePushAway + " error"},
		// Contact: a homophone, an ID on the profile, an app, a transfer, another platform, a plus inside 微信.
		"加蔚信发图：lily_2024":        {RuleContact + " error"},
		"联系方式就在我主页上，点开就有":        {RuleContact + " error"},
		"下载“好孕妈妈”APP，在APP里下单打九折": {RuleContact + " error"},
		"货款直接支付宝转给我，别在平台上拍了":     {RuleContact + " error", RuleContact + " error"},
		"抖音上有我们的开箱视频，搜店名就能看":     {RuleContact + " error"},
		"淘宝搜“童趣屋”，一样的货还多送一个":     {RuleContact + " warning"},
		"您的号码在聊天框里打给我就行":         {RuleContact + " warning"},
		// Cashback and fake orders.
		"晒图的下次来买立减五元":     {RuleCashback + " error"},
		"拍黄桃的链接下单，备注发水蜜桃": {RuleFakeOrder + " error"},
		"拍这个链接，备注颜色就行":    nil,
		// Medical and ad-law claims.
		"胸闷戴上也会舒坦":          {RuleMedical + " warning"},
		"用了这个枕头，颈椎病都不容易犯":   {RuleMedical + " warning"},
		"喝了能止咳":             {RuleMedical + " warning"},
		"孩子用这台灯视力不会下降":      {RuleMedical + " warning"},
		"这件防晒衣面料能防辐射":       {RuleMedical + " warning"},
		"防辐射服尺码偏小一码":        nil,
		"喝这个茶能去口臭":          {RuleMedical + " warning"},
		"测一下就能知道是不是得了糖尿病":   {RuleMedical + " warning"},
		"全县冇比涯屋下更香的花生":      {RuleAdLaw + " warning"},
		"电池能用一辈子":           {RuleAdLaw + " warning"},
		"找遍全网也找不到这么便宜的":     {RuleAdLaw + " warning"},
		"加 ➕ 薇 ➕ 信：abc_888": {RuleContact + " error"},
		"酸奶不是药，治病就别指望它":     nil,
	})
}

// lint v27: red teams 810-817 were measured on 3b5a98b (the verdicts of
// 1b95913); these are the classes of their false errors and misses, in new
// words, with the look-alikes that keep their verdict.
func TestLintV27AfterRedTeams810to817(t *testing.T) {
	wantLint(t, map[string][]string{
		// False error: the answer given before where it is written; false warnings: not using such words, 第一 counting vats, channels the shop has not opened, a lower limit.
		"全谷物馒头用的是全麦粉和黑米，配料表写得清清楚楚": nil,
		"配料表写得清清楚楚":               {RuleForbidden + " error"},
		"我们店不说第一、最好这种话，您看买家秀自己判断": nil,
		"我们店销量第一":                 {RuleAdLaw + " warning"},
		"这家茶庄开了二十年，第一缸茶是我爸炒的":     nil,
		"全国第一家":                   {RuleAdLaw + " warning"},
		"视频号、抖音这些我们都没开，只有这一家淘宝店":  nil,
		"视频号搜我们店名":                {RuleContact + " error"},
		"60V电瓶最低别低于52V，低了就赶紧充":    nil,
		"全网最低价":                   {RuleAdLaw + " warning"},
		// Contact: an ID spelled out with an underscore, buying elsewhere in dialect, a QQ space.
		"V：m e i l i _ s h o p，加上看实拍": {RuleContact + " error"},
		"V：the best": {RuleAdLaw + " warning"},
		"我家的东西别在这上头买，贵，你来俺那拿": {RuleContact + " error"},
		"不用搁平台下单，直接来码头拿":      {RuleContact + " error"},
		"+V 看我朋友圈，天天上新":       {RuleContact + " error"},
		// Fake orders: a made-up tracking number, orders for pre-sale volume, many accounts, a postage link for goods, sales boosting, sd.
		"单号我们先随便填一个，您放心":          {RuleFakeOrder + " error"},
		"不能随便填单号哦，要填真实的":          nil,
		"帮忙拍一单付个定金，不用付尾款，冲销量":     {RuleFakeOrder + " error", RuleFakeOrder + " error", RuleFakeOrder + " error"},
		"请用不同账号下单，我们统一退款，每单给您补3元": {RuleFakeOrder + " error"},
		"拍那个运费补差链接代替茶叶，发的还是茶叶":    {RuleFakeOrder + " error"},
		"跑个量而已，您下单我马上退":           {RuleFakeOrder + " error"},
		"您平时一周跑量多少？我好推荐合适的跑鞋":     nil,
		"帮忙跑个量，拍完我退您":             {RuleFakeOrder + " error"},
		"sd 每单 返 10":              {RuleFakeOrder + " error"},
		// Medical and ad-law claims.
		"熬鱼汤下奶效果特别好":       {RuleMedical + " warning"},
		"木炭能吸走身体里的重金属":     {RuleMedical + " warning"},
		"这个靠垫对腰椎有好处，坐着腰不疼": {RuleMedical + " warning", RuleMedical + " warning"},
		"戴这个帽子不带感冒的":       {RuleMedical + " warning"},
		"冰袖戴上就能防中暑":        {RuleMedical + " warning"},
		"冰丝面料能降低体温":        {RuleMedical + " warning"},
		"全县找不着比这还甜的":       {RuleAdLaw + " warning"},
		"头一家在网上卖这种糕的":      {RuleAdLaw + " warning"},
		"这条裤冇条凉过佢":         {RuleAdLaw + " warning"},
		// Service: brush-offs and blame.
		"讲咗几遍了，你咋就记不住":    {RuleForbidden + " error", RuleForbidden + " error"},
		"都是使劲拽坏的，不管":      {RuleForbidden + " error", RuleForbidden + " error"},
		"你家那车那么破，装啥座套":    {RuleForbidden + " error"},
		"不接受的话您就别买了":      {RuleForbidden + " error"},
		"嫌贵的话您可以等活动再买":    nil,
		"这种问题不用问客服吧，页面上有": {RuleForbidden + " error"},
		"您是不是没用过智能锁？":     {RuleForbidden + " error"},
		"您这么说就没法沟通了":      {RuleForbidden + " error"},
		"拆过的不管退，用过的还想退？":  {RuleForbidden + " error"},
		"你白缠了，就这价":        {RuleForbidden + " error"},
		"冲我嚷嚷啥，又不是我弄坏的":   {RuleForbidden + " error"},
		"退就退，快点":          {RuleForbidden + " error"},
		"退就退吧，运费我们出":      nil,
		"要不您来教教我？":        {RuleForbidden + " error"},
		"来回问十遍，真是讲究人":     {RuleForbidden + " error", RuleForbidden + " error"},
		"穿着不好看那是身材问题":     {RuleForbidden + " error"},
		"问我干嘛，自己试":        {RuleForbidden + " error"},
		"嫌慢找别家去":          {RuleForbidden + " error"},
		// Push: locals, dealers, couriers, the brand, the seller of the car.
		"打不开去找当地修锁的看看": {RulePushAway + " error"},
		"找你们物业问问吧":     {RulePushAway + " error"},
		"请找当地经销商保修":    {RulePushAway + " error"},
		"您跟快递核对一下吧":    {RulePushAway + " error"},
		"包装破了您反馈给厂家":   {RulePushAway + " error"},
		"装不上找卖车给你的店去":  {RulePushAway + " error"},
		"你打电话给快递问啦":    {RulePushAway + " error"},
		"问上门的快递员吧":     {RulePushAway + " error"},
		"您问一下品牌的售后热线吧": {RulePushAway + " error"},
		// Cashback: a new product to try for a review.
		"评价完给您寄一份新品试用": {RuleCashback + " error"},
		"评价完有什么问题随时找我": nil,
	})
}

// lint v27: red teams 818-825 were measured on 692a45f; these are the
// classes of their false errors and misses, in new words, with the
// look-alikes that keep their verdict.
func TestLintV27AfterRedTeams818to825(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: a warning about payment codes, a platform's home-page activity, the buyer free to ask the platform; false warnings: a composition, what a test strip measures, disbelief, refusals, asking at once, crops, the shop's only store.
		"我们只在京东收款，聊天里别人发的收款码都不是我们的": nil,
		"那个问题不是我们的": {RuleForbidden + " error"},
		"您说的红包是京东首页的活动，跟我们店没关系，不过店里有券可以领": nil,
		"这事跟我们店没关系": {RuleForbidden + " error"},
		"您要找淘宝小二介入完全可以，我这边也会把聊天记录整理好": nil,
		"您去找淘宝小二吧":          {RulePushAway + " error"},
		"写的是100%五常粳米，没掺别的":  nil,
		"这款试纸只能测血压，不能测血糖":   nil,
		"说玉能排毒那些都是没根据的":     nil,
		"说玉能排毒":             {RuleMedical + " warning"},
		"磁疗护腰我们没有卖，只有普通护腰":  nil,
		"私下转账？不敢不敢，还是在平台拍":  nil,
		"有的店搞好评返现，我们不弄这个":   nil,
		"额也不晓得快递到哪了，额这就给你问": nil,
		"这个季节果树防病要早，打药前看天气": nil,
		"这是我们在天猫上唯一的店，认准店名": nil,
		// Contact, cashback and fake orders.
		"x i n 号发您：m m 2 0 2 4": {RuleContact + " error"},
		"卫星号：小周相机88，通过一下":       {RuleContact + " error"},
		"售后在我们“小周相机”APP里处理":     {RuleContact + " error"},
		"评价区晒一下，截个图领红包":         {RuleCashback + " error"},
		"好平截图发我，给您包个红包":         {RuleCashback + " error"},
		"您用小号拍一单，我们给您退款":        {RuleFakeOrder + " error"},
		"用大号拍一单试试，不合适再换":        nil,
		"单号借别家的先顶上":             {RuleFakeOrder + " error"},
		"单号是我们补上去的，您先确认收货":      {RuleFakeOrder + " error"},
		"拍这个袜子链接就行，订单里显示的是袜子":   {RuleFakeOrder + " error"},
		"原价拍下，款项原数奉还":           {RuleFakeOrder + " error"},
		// Medical claims.
		"停了降糖药也没事，吃这个米就行": {RuleMedical + " warning"},
		"穿半年能从A升到B":       {RuleMedical + " warning"},
		"护目镜能过滤辐射，也不伤眼睛":  {RuleMedical + " warning", RuleMedical + " warning"},
		"鼻敏感唔再发作":         {RuleMedical + " warning"},
		"这件衣服能调节体温":       {RuleMedical + " warning"},
		// Service: mockery and brush-offs.
		"安装不会的话我一步一步教您，不着急":      nil,
		"我现在就打电话给快递站问问":          nil,
		"我们的售后都在京东App里处理，别点陌生链接": nil,
		"你是真不会还是装不会":             {RuleForbidden + " error"},
		"衣服就这样，你将就穿吧":            {RuleForbidden + " error"},
		"砍啥价，手工活不讲价":             {RuleForbidden + " error"},
		"讲价的一律不回":                {RuleForbidden + " error"},
		"有这功夫砍价不如多上班":            {RuleForbidden + " error"},
		"这都装不上？回新手村吧":            {RuleForbidden + " error", RuleForbidden + " error"},
		"白老问俺，说明书写着":             {RuleForbidden + " error"},
		"您可真厉害，椅子都能坐坏":           {RuleForbidden + " error"},
		"手残党就别买组装的了":             {RuleForbidden + " error"},
		"吃个饭讲究还挺多":               {RuleForbidden + " error"},
		"网络咁渣，换啥都冇用":             {RuleForbidden + " error"},
		"别那么娇气，穿几天就好":            {RuleForbidden + " error"},
		"先看了再问好吗":                {RuleForbidden + " error"},
		"我不会再重复第二遍":              {RuleDiscouraged + " info", RuleForbidden + " error"},
		"这不是我的工作范围":              {RuleForbidden + " error"},
		"您到底有没有在听？":              {RuleForbidden + " error"},
		"好好好，您懂行，您说了算":           {RuleTextRepeated + " warning", RuleForbidden + " error"},
		"刚当妈的都这样，问题特别多":          {RuleForbidden + " error"},
		// Push: an agricultural station, the carrier, a courier, the brand's service.
		"病虫害问农技站去":      {RulePushAway + " error"},
		"你打电话给移动，让他们上门": {RulePushAway + " error"},
		"到付的钱您找中通要吧":    {RulePushAway + " error"},
		"坏了拿去索尼售后修":     {RulePushAway + " error"},
		"汝家己拍电话乞快递公司":   {RulePushAway + " error"},
	})
}
