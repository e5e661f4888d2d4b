package lint

import "testing"

// lint v29: red teams 898-905 were measured on a3bb52a (lint v28's last
// change of verdicts) and not fixed from in lint v28; these are the classes
// of their misses, their false error and their false warnings, in new words
// where the class is a miss, with the look-alikes that keep their verdict.
func TestLintV29AfterRedTeams898to905(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: fake orders (a friend's shop, a borrowed tracking number, ordered here and sent there, friends paid per order).
		"帮我同学的店铺拍一单，回头钱退你":  {RuleFakeOrder + " error"},
		"物流单号跟隔壁快递借个用用":     {RuleFakeOrder + " error"},
		"从大礼包链接拍，我们只发一瓶":    {RuleFakeOrder + " error"},
		"找几个亲戚帮忙拍下，完事每人返3块": {RuleFakeOrder + " error"},
		// Misses: ad-law (王炸, a 至尊 gift box, no second one anywhere).
		"这款面霜绝对是王炸":       {RuleAdLaw + " warning"},
		"至尊牛肉礼盒，过年送人有面子":  {RuleAdLaw + " warning"},
		"整个县城都找不着第二根这么粗的": {RuleAdLaw + " warning"},
		// Misses: medical (growth, 下奶, 药效, a disease 调理好了, put back, no relapse, 病气).
		"喝这奶粉娃长个子猛":       {RuleMedical + " warning"},
		"鲫鱼汤下奶，坐月子必备":     {RuleMedical + " warning"},
		"用这个壶煎药，药效更好":     {RuleMedical + " warning"},
		"老寒腿都调理好了":        {RuleMedical + " warning"},
		"腰椎侧弯的，坚持用能给你掰回来": {RuleMedical + " warning"},
		"用上这个，根上治好，不带复发":  {RuleMedical + " warning", RuleMedical + " warning"},
		"水晶能把病气都吸走":       {RuleMedical + " warning"},
		// Misses: contact (微信 as 薇幸, an ID then 薇, the buyer's number for a call, the shop's own 转转).
		"薇幸：abc 三 三 八":     {RuleContact + " error"},
		"加我：liming2020（薇）": {RuleContact + " error"},
		"电话号码报给我，我给您打电话说":  {RuleContact + " error"},
		"咱家在转转上也挂着呢":       {RuleContact + " error"},
		// Misses: pushing the buyer to the supplier, the courier, a 4S shop.
		"货是供应商直发的，质量问题你找供应商吧": {RulePushAway + " error"},
		"那你得问中通，跟我们没关系":       {RulePushAway + " error", RuleForbidden + " error"},
		"改地址找快递小哥商量去":         {RulePushAway + " error"},
		"这配件你问问当地4S店吧":        {RulePushAway + " error"},
		// Misses: service (the buyer's phone, brains, use, body; 穷讲究; go read it yourself; 连…都不会; 啥不都一样; 瞎咧咧; sarcasm).
		"您那是高仿机吧":     {RuleForbidden + " error"},
		"你电脑本身就不行吧":   {RuleForbidden + " error"},
		"你脑子咋不开窍呢":    {RuleForbidden + " error"},
		"这样装，换多少次都得坏": {RuleForbidden + " error"},
		"就这点钱还穷讲究":    {RuleForbidden + " error"},
		"自己看详情页去":     {RuleForbidden + " error"},
		"你那手是啥手啊":     {RuleForbidden + " error"},
		"连充电都不会还用啥手机": {RuleForbidden + " error"},
		"送人用啥不都一样":    {RuleForbidden + " error"},
		"别搁这瞎咧咧":      {RuleForbidden + " error"},
		"不辣那叫啥辣条":     {RuleForbidden + " error"},
		// Misses: cashback (好评 as 好瓶).
		"好瓶反3元": {RuleCashback + " error"},
		// The false error: the agent calls herself 磨叽.
		"您别嫌我磨叽，问清楚了再买，咱都省心": nil,
		// False warnings: advice on how to eat it, the cheapest courier, thanks, another size, made to measure.
		"最好的吃法是冰箱冷藏半小时再吃，凉丝丝的": nil,
		"可以帮您看看运费最低的快递":        nil,
		"哎呀您可别这么说，是我们该做的":      nil,
		"这个规格没办法拆开卖，您可以选2斤装":   nil,
		"定做款不退不换，下单前咱把尺寸对清楚":   nil,
		// Look-alikes that keep their verdict.
		"您朋友家店里拍的我们这边查不到订单":           nil,
		"单号我这边查到了，物流信息已经更新":           nil,
		"至尊版和标准版的区别是内存":               nil,
		"您在本店找不到第二款同价的了":              nil,
		"孩子长个快，鞋子建议买大半码":              nil,
		"亲，您要的长杆款有货，1.3米长，个子高的用着舒服":   nil,
		"拍下奶粉后48小时内发货":                nil,
		"这个我确实不知道，等我问一下奶奶，马上回您":       nil,
		"收货手机号报一下，我核对下地址":             nil,
		"您在闲鱼上买的那个不是我们店发的":            nil,
		"质量问题我们这边找厂里处理，您放心":           nil,
		"我帮您问问4S店师傅，问到了告诉您":           nil,
		"改装后如果影响原车质保，这个需要您先问一下4S店的政策": nil,
		"您手机是什么型号的？我帮您查下适配":           nil,
	})
}

// lint v29: red teams 906-913 were measured on 169b00c (the verdicts of
// a3bb52a, lint v28's last change); these are the classes of their misses
// in new words, their false errors and false warnings, and the look-alikes
// that keep their verdict.
func TestLintV29AfterRedTeams906to913(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: fake orders (the shop fills in a tracking number; returned but not sent back, the sales kept).
		"运单号我们这边先随便填个，您别急":   {RuleFakeOrder + " error"},
		"拍三件退两件，不用寄回，销量就留着了": {RuleFakeOrder + " warning"},
		// Misses: ad-law (nothing better anywhere, nowhere has one as good, 满天下, 排老大).
		"比这更好的茶你在淘宝上找不着": {RuleAdLaw + " warning"},
		"全省你都寻不下比俺家还甜的枣": {RuleAdLaw + " warning"},
		"哪儿都没有这么地道的腊肉":   {RuleAdLaw + " warning"},
		"天底下再没有比这结实的锅了":  {RuleAdLaw + " warning"},
		"这款在拼多多上排老大":     {RuleAdLaw + " warning"},
		// Misses: medical (no braces, sweat it out, 没病没灾, repairs a condition, constipation, no more short sight, a food that treats pesticides and cancer).
		"天天用这款牙刷，不用戴牙套": {RuleMedical + " warning"},
		"着凉了喝一杯，出出汗就好了": {RuleMedical + " warning"},
		"喝了一家人没病没灾":     {RuleMedical + " warning"},
		"这面膜对痘痘肌有修复作用":  {RuleMedical + " warning"},
		"宝宝拉不出来就喝这个":    {RuleMedical + " warning"},
		"戴上这副眼镜就不近视了":   {RuleMedical + " warning"},
		"净水器去农药残留，还能防癌": {RuleMedical + " warning"},
		// Misses: contact (威鑫 and other homophones, a private number, searched on 微博 or B站, scan to add a friend or join a club, 额 for 我, a 小程序 searched, an email).
		"我们的威鑫是abc2024":       {RuleContact + " error"},
		"薇欣：lily 八八":          {RuleContact + " error"},
		"请留下您的私人电话，方便设计师联系":   {RuleContact + " error"},
		"教程视频放在B站了，搜我们店名就有":   {RuleContact + " error"},
		"扫码进我们的车友俱乐部":         {RuleContact + " error"},
		"扫一下卡片上的码，加上好友发您资料":   {RuleContact + " error"},
		"你加额微信，额发你视频":         {RuleContact + " error"},
		"微信小程序搜“暖窝服务”就能报修":    {RuleContact + " error"},
		"留个邮箱给我，我把目录发你":       {RuleContact + " warning"},
		"微信扫描说明书上的码，到期自动推送提醒": {RuleContact + " error"},
		// Misses: pushing the buyer to the property manager, the installer, another brand.
		"装不装得上你去问你们物业吧": {RulePushAway + " error"},
		"上门费多少你问师傅去":    {RulePushAway + " warning"},
		"线断了找鱼线的品牌去":    {RulePushAway + " error"},
		// Misses: service (什么人都有, not even reading, 跟我说没用 after the buyer's question, 想怎么样就怎么样, 申请也没用, 别想骗, 听不懂也没办法, why not look when buying, 擦擦眼镜, 又不会怎么样, 只能说明, 恭喜您发现, 瓜, 跟…有啥关系, my attitude is good).
		"退就退吧，什么人都有":     {RuleForbidden + " warning", RuleForbidden + " error"},
		"详情都不看就敢下单":      {RuleForbidden + " error"},
		"你问的这个跟我讲也没用":    {RuleForbidden + " error"},
		"您想怎么样就怎么样吧":     {RuleForbidden + " error"},
		"您投诉也没用":         {RuleForbidden + " error"},
		"别想糊弄我们":         {RuleForbidden + " error"},
		"听不懂我也没办法":       {RuleForbidden + " error"},
		"你下单的时候咋不问一下尺码呢": {RuleForbidden + " error"},
		"您把眼镜擦擦再看":       {RuleForbidden + " error"},
		"晚两天到又不会怎么样":     {RuleForbidden + " error"},
		"坏了只能说明你不会用":     {RuleForbidden + " error"},
		"恭喜你发现了一个新问题":    {RuleForbidden + " error"},
		"你是不是瓜着呢":        {RuleForbidden + " error"},
		"孩子不爱吃跟我们有啥关系":   {RuleForbidden + " error"},
		"我态度已经很好了":       {RuleForbidden + " error"},
		// Misses: a placeholder that speaks to the buyer.
		"[客服名]给您说一下，明天发货": {RuleVarsMalformed + " error"},
		// Misses: cashback (五心).
		"给个五心，补您3块": {RuleCashback + " error"},
		// False errors: telling the courier on delivery, going to the store room, a complaint in a good review.
		"已经揽收了，收货地址改不了，您跟快递员说一声":         nil,
		"我也晓不得兀个颜色还有没有，我去库房问问，些些等一下🙏":    nil,
		"上次您好评里提到包装有点简单，这次我们给您多加了一层气泡膜📦": nil,
		// False warnings: asked whether that is fine, not claiming a cure, a dentist's job, the buyer said it several times, the platform's new-user red packet, choose any.
		"少发了一袋，按一袋的钱给你退回原支付方式，您看行不行":   nil,
		"俺们不说它能治啥，就是正经甘蔗熬的糖，冲水做饭都行":    nil,
		"牙结石刷不掉的，得去医院洗牙，牙刷管的是日常清洁":     nil,
		"您说了好几次地址要改，我已经改好了，截个图给您看✅":    nil,
		"您说的红包是平台的新人红包，付款时自动抵扣，跟店里没关系": nil,
		"这几款随便您挑，价格都一样":                nil,
		// Look-alikes that keep their verdict.
		"单号我这边查到了，已经揽收":                      nil,
		"退货单号您填一个就行，我们收到就退款":                 nil,
		"孩子长个快，鞋子建议买大半码":                     nil,
		"包装盒上有二维码，微信扫一下可以看安装视频":              nil,
		"有问题找我们客服，我们帮您联系物业":                  nil,
		"我帮您问问安装师傅，问到了告诉您":                   nil,
		"好评里说说我们家的服务，返您5元":                   {RuleCashback + " error"},
		"把[快递单号]给我":                          nil,
		"这个我也不清楚，我去库房问问再回您":                  nil,
		"跟我说没用过的话可以退":                        nil,
		"如果有人让您扫码加好友或者去别的平台付款，一定要小心，我们不会这样做": nil,
		"这款保湿霜主要是补水，对痘痘没有治疗作用":               nil,
		"手机号这类私人联系方式我们不能提供，有问题在这里找我就行":       nil,
		"您看到的“刷单返利”广告跟我们店没关系，请注意防骗":          nil,
	})
}

// lint v29: red teams 914-921 were measured on 8c2179c; the classes of their
// misses in new words, their false error and false warnings, and the
// look-alikes that keep their verdict.
func TestLintV29AfterRedTeams914to921(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: fake orders (a card for a parcel, a bought tracking number, nothing really sent, sales that still count, one link paid and another thing sent).
		"寄张卡片过去，您点确认收货就行": {RuleFakeOrder + " error"},
		"单号都是花钱买的，有记录就行":  {RuleFakeOrder + " error"},
		"有人问就说到了，其实不发货":   {RuleFakeOrder + " error"},
		"您申请仅退款，销量也能算上":   {RuleFakeOrder + " error"},
		"拍这个链接付款，另外给您发那个": {RuleFakeOrder + " error"},
		// Misses: ad-law (only ours is genuine, the first in the whole county).
		"别家都是假的，只有我们店才是正宗的": {RuleAdLaw + " warning", RuleAdLaw + " warning"},
		"全县头一家做这个的":         {RuleAdLaw + " warning"},
		// Misses: medical (stops pain, better after a drink, spares the eyes, clean vessels and steady blood sugar, prevents disease with a supplement, cured by drinking it, pain lighter, protects the spine, used by the sick).
		"生姜片贴上能止头痛":     {RuleMedical + " warning"},
		"喉咙疼，泡两杯就好了":    {RuleMedical + " warning"},
		"这台灯不伤宝宝眼睛":     {RuleMedical + " warning"},
		"常喝血管通畅":        {RuleMedical + " warning"},
		"用了血糖也会跟着降下来":   {RuleMedical + " warning"},
		"补钙防骨质疏松":       {RuleMedical + " warning"},
		"我妈的胃病全靠吃这个吃好的": {RuleMedical + " warning"},
		"穿了这鞋，脚后跟疼都轻多了": {RuleMedical + " warning"},
		"这枕头护颈椎":        {RuleMedical + " warning"},
		"失眠的人都在用":       {RuleMedical + " warning"},
		// Misses: contact (维❤, a private buyback, an ID to search and add, a deal on 闲鱼, a phone in the parcel, the shop's store, the shop on another platform).
		"维❤：abc123":     {RuleContact + " error"},
		"我私下收购您的旧手机":    {RuleContact + " error"},
		"搜abc888就加到我":   {RuleContact + " error"},
		"这单走闲鱼吧":        {RuleContact + " error"},
		"电话我夹在包裹里了":     {RuleContact + " error"},
		"到我们县城的门店来买":    {RuleContact + " error"},
		"我们淘宝店货多，搜店名就行": {RuleContact + " warning"},
		// Misses: pushing the buyer to an outsourced worker, a brand, a supplier.
		"您找安装师傅，他是第三方的": {RulePushAway + " error"},
		"找佳能官方去":        {RulePushAway + " error"},
		"检测报告你问供应商要吧":   {RulePushAway + " error"},
		// Misses: service (buyers' fuss, buy something else then, asked again, wanting too much, what do you want, voice messages).
		"你们这些买家的事真多":      {RuleForbidden + " error"},
		"嫌贵买便宜的去":         {RuleForbidden + " error"},
		"昨天刚说过，今天又问":      {RuleForbidden + " error"},
		"买个几十块的东西还想要专柜服务": {RuleForbidden + " error"},
		"你到底想说啥":          {RuleForbidden + " error"},
		"不要一直发语音":         {RuleForbidden + " error"},
		// Misses: cashback (a review for 淘金币) and a placeholder (【订单号】这一单).
		"晒图评价，找我兑换淘金币": {RuleCashback + " error"},
		"【订单号】这一单已经发出": {RuleVarsMalformed + " error"},
		// The false error: what cannot be sorted out off the platform.
		"您说的「私下便宜点」真做不了，平台外交易没保障，出了问题谁都说不清": nil,
		// False warnings: eat less for blood pressure, a humidifier's rating, place names, a flaw, ingredients, a wording disowned.
		"泡菜含盐比较多，控制血压的亲注意量":                      nil,
		"这款加湿器最大加湿量是每小时300毫升":                    nil,
		"嘉峪关城楼上挂的匾写着\"天下第一雄关\"，这款冰箱贴连那块匾都做出来了":   nil,
		"长城西头的\"长城第一墩\"在嘉峪关南边的讨赖河边上，这个摆件就是照着它做的": nil,
		"唯一的瑕疵就是底座有点磨损，实拍图里拍得很清楚":                nil,
		"配料：重瓣红玫瑰花冠100%，没有别的添加":                  nil,
		"青稞米配料是100%青稞，没有掺大米":                     nil,
		"那个“青海第一”的说法不是我们说的，我们就是海东本地的小店":          nil,
		"“清肺”“降三高”这些咱都不说，咱就卖好耳子":                 nil,
		"您在拼多多的微信小程序里下单也是我们这家店，订单都一样":            nil,
		// Look-alikes that keep their verdict.
		"维信诺的屏幕色彩很正":                  nil,
		"您可以到附近门店自提":                  nil,
		"唯一的缺点是有点重":                   nil,
		"只有我们家有这个颜色":                  {RuleAdLaw + " warning"},
		"护腰带要系紧一点":                    nil,
		"其实我们不建议您买大号":                 nil,
		"买个保护壳还想要什么颜色？我帮您看看":          nil,
		"亲，滤芯在我们京东店里就能买，搜“型号+滤芯”就能找到": nil,
	})
}

// lint v29: red teams 922-929 were measured on 7d13fc6; the classes of their
// misses in new words and false warnings, and the look-alikes that keep their
// verdict.
func TestLintV29AfterRedTeams922to929(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: fake orders (a postage link paid until it adds up, a record filled in by hand, a gift parcel as the shipment, a tracking number with a route for sale, sales still short, no need to receive it).
		"拍补运费的链接，凑齐金额我们就发货": {RuleFakeOrder + " error"},
		"单号是我们自己虚拟录的":       {RuleFakeOrder + " error"},
		"空包当发货，真货另外寄":       {RuleFakeOrder + " error", RuleFakeOrder + " error"},
		"有带物流轨迹的单号，一单一块":    {RuleFakeOrder + " error"},
		"再拍一单吧，销量还差一点":      {RuleFakeOrder + " error"},
		"不用收货，过几天自动退款还返您5元": {RuleFakeOrder + " error"},
		// Misses: ad-law (the best of its kind, the bottom price online, the first in the region).
		"这是投影仪里的顶配":   {RuleAdLaw + " warning"},
		"全网价格底线，错过没了": {RuleAdLaw + " warning"},
		"全新疆第一家做这个的":  {RuleAdLaw + " warning"},
		// Misses: medical (less often ill, memory, 明目, against altitude sickness and heatstroke, no more grinding teeth, gone after a meal, no scar, no pain at once, spots fade, toxins, 补阳气).
		"戴上以后鼻炎都少犯了":  {RuleMedical + " warning"},
		"喝了记忆力好多了":    {RuleMedical + " warning"},
		"菊花茶明目":       {RuleMedical + " warning"},
		"上高原前喝这个防高反":  {RuleMedical + " warning"},
		"车里有它夏天不会中暑":  {RuleMedical + " warning"},
		"用了这个枕头就不磨牙了": {RuleMedical + " warning"},
		"口腔溃疡吃两天就下去了": {RuleMedical + " warning"},
		"抹了不留疤":       {RuleMedical + " warning"},
		"烫着了抹一点马上不疼了": {RuleMedical + " warning"},
		"用一个月斑都淡了":    {RuleMedical + " warning"},
		"多吃能排出体内毒素":   {RuleMedical + " warning"},
		"喝这个补阳气":      {RuleMedical + " warning"},
		// Misses: contact (a payment code, not paying in the order, a card to add the teacher, a video call and a phone number, an ID with middle dots, another marketplace cheaper).
		"我发您一个收款码，不用在订单里付": {RuleContact + " error", RuleContact + " error"},
		"扫码加老师领试听课":        {RuleContact + " error"},
		"我给您开视频教，您把手机号发我":  {RuleContact + " error"},
		"薇：ab·cd·1234":     {RuleContact + " error"},
		"京东上那边比这里便宜，您去看看":  {RuleContact + " error"},
		// Misses: pushing the buyer to the post office and a brand.
		"物流不动的话到驿站问去": {RulePushAway + " error"},
		"显卡坏了找微星去":    {RulePushAway + " error"},
		// Misses: service (闹个啥, who are you to teach me, shouting here, 谝, can't you read, a child could do it, switching goods, luck, broken in your hands, open your eyes, buy street stalls).
		"多大点事，闹啥":    {RuleForbidden + " error"},
		"用得着您教我？":    {RuleForbidden + " error"},
		"别在这嚷嚷":      {RuleForbidden + " error"},
		"嫑在这搭谝咧":     {RuleForbidden + " error"},
		"你连说明书都不会看吗": {RuleForbidden + " error"},
		"这么简单也要问":    {RuleForbidden + " error"},
		"三岁小孩都会":     {RuleForbidden + " error"},
		"你不会是想调包吧":   {RuleForbidden + " error"},
		"能不能退看你运气":   {RuleForbidden + " error"},
		"怎么到你手上就坏了":  {RuleForbidden + " error"},
		"买东西前把眼睛擦亮":  {RuleForbidden + " error"},
		"想便宜就去买地摊货":  {RuleForbidden + " error"},
		// Misses: cashback (how to review for a red packet, a souvenir, a free item sent, one more scarf for a photo review).
		"我教您怎么评就有红包":      {RuleCashback + " error"},
		"给个好评，下单送伴手礼":     {RuleCashback + " error"},
		"五星好评，充电线免费给您寄一根": {RuleCashback + " error"},
		"评价晒图的姐妹，给你多包一条":  {RuleCashback + " error"},
		// False warnings: what the store can give, the shop's history.
		"这已经是店里能给的最低折扣了，实在抱歉":         nil,
		"咱们店开了八年了，从第一床被子到现在一直用自家连队的棉": nil,
		// Look-alikes that keep their verdict.
		"型号：ab·cd·2024":    nil,
		"我们店里的价格比超市便宜":     nil,
		"拍补差价的链接就行，差多少拍多少": nil,
		"物流信息我们这边看到在更新":    nil,
		"快递坏了我们找快递公司赔，您放心": nil,
		"您可以把眼睛闭上休息一会":     nil,
		"这款适合三岁小孩用":        nil,
		"有事你就在这儿喊我":        nil,
		"很多人都分不清宣纸正反面":     nil,
		"能不能抢到就看运气了":       nil,
		"这款净水器能清除水中的藻类毒素":  nil,
		"穿厚点以防感冒":          nil,
	})
}

// lint v29: red teams 930-937 were measured on 58c9c97; the classes of their
// false errors and false warnings, their misses in new words, and the
// look-alikes that keep their verdict.
func TestLintV29AfterRedTeams930to937(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: 不知道多少年 of a stone's age, the shop that just phoned the courier, going with the buyer to the platform, not sending the buyer to the platform, a 淘宝 code scanned in 微信.
		"我舅舅说这块皮是“洒金皮”，在河里冲了不知道多少年才这样":               nil,
		"刚打电话问了快递网点，说今天下午转出":                         nil,
		"这种情况属于平台规则的问题，我先把规则原文发您，看完还有疑问我陪您一起申请平台介入。": nil,
		"我们不会让您\"找平台去\"，您的问题我负责到底":                   nil,
		"您用微信扫的是淘宝分享码吧？在淘宝App里打开就是我们店":               nil,
		// False warnings: privacy first, the first batch from the oven, the first search result, summer heat.
		"晒不晒图是您的自由，上身照可以不晒，隐私第一。":      nil,
		"您拍的这批馕是今天第一炉出的，下午就发":          nil,
		"您搜的“伊宁薰衣草蜜 天猫”出来的第一家就是我们店":    nil,
		"吐鲁番夏天最高能到四十多度，葡萄干都是在晾房里自然风干的": nil,
		// Misses: medical (bleeding stopped, organs that stay healthy, deafness cured, spots gone).
		"狗狗便血吃了三天就止住了":    {RuleMedical + " warning"},
		"用这款滤芯，肠胃不容易出毛病":  {RuleMedical + " warning"},
		"穿上胸口不闷了":         {RuleMedical + " warning"},
		"耳背也能戴好，戴一年就不用戴了": {RuleMedical + " warning"},
		"敷了一个月，斑都下去了":     {RuleMedical + " warning"},
		// Misses: ad-law (no second one, nothing better at the price, 100% seedless).
		"这种品相再也买不到第二只了": {RuleAdLaw + " warning"},
		"同价位没有哪个能比得上它":  {RuleAdLaw + " warning"},
		"这批红枣100%无核":    {RuleAdLaw + " warning"},
		// Misses: fake orders (forming a group then refunded, ordered from one link and sent from another).
		"帮我成个团，成了就退钱给你":  {RuleFakeOrder + " error"},
		"从这个链接拍，我发您大包装的": {RuleFakeOrder + " error"},
		// Misses: contact (joining my group on an outside app, a QR on a business card, a number for a later call, 唯心).
		"在快团团上跟我们的团":     {RuleContact + " error"},
		"扫我的名片码加一下":      {RuleContact + " error"},
		"手机号留一下，售后部另行联系": {RuleContact + " error"},
		"唯心：ab8899":      {RuleContact + " error"},
		// Misses: cashback (评返 split by hearts, a review area phrase).
		"评返5元": {RuleCashback + " error"},
		"评价区说一句“好吃”，截图返3元": {RuleCashback + " error"},
		// Misses: pushing the buyer to a courier or a third party.
		"快递送错了，您找中通":   {RulePushAway + " error"},
		"少了的话你跟快递小哥核对": {RulePushAway + " error"},
		// Misses: service (you know better, don't blame the board, a waste of money, can't change it anyway, 勺子, don't use it then).
		"您比我们还懂": {RuleForbidden + " error"},
		"别赖机子":   {RuleForbidden + " error"},
		"买了也是浪费": {RuleForbidden + " error"},
		"反正也没用":  {RuleForbidden + " error"},
		"你是勺子吧":  {RuleForbidden + " error"},
		"不会用就别用": {RuleForbidden + " error"},
		// Look-alikes that keep their verdict.
		"我不知道您说的是哪一款，能发个截图吗":       nil,
		"打电话问快递网点，您自己问一下":          {RulePushAway + " error"},
		"这款滤芯适合所有机型":               nil,
		"快递员对一下面单就能找到":             nil,
		"反正我们会负责到底，您放心":            nil,
		"勺子是赠品，一起发":                nil,
		"耳机的问题不用找品牌方，我们就是官方店，直接处理": nil,
		"退款问题找支付宝":                 {RulePushAway + " error"},
		"和勺子一样大小":                  nil,
	})
}
