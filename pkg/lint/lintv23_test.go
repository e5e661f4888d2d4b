package lint

import "testing"

// lint v23: red teams 610-617 were measured on 1c1e779 (final verdicts) and
// rescored on 7cd5808; these are the classes of their false errors and misses,
// in new words, with the look-alikes that keep their verdict.
func TestLintV23AfterRedTeams610to617(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: an app not installed on the device, a camera that scans codes, Guangxi 望.
		"新机没装微信，开机后您自己下载":      nil,
		"没装微信的话，加我QQ 12345678": {RuleContact + " error", RuleContact + " error"},
		"镜头对焦快，扫二维码秒出结果":       nil,
		"扫二维码加我好友":             {RuleContact + " error"},
		"说明书望不清楚的话我再拍一张":       nil,
		"这个我也不清楚":              {RuleForbidden + " error"},
		// False warnings: fraud warned after, unbinding an app, impostor shops, a follow-up in
		// minutes, a ceiling, 唯一要提醒, a shade's name, matching advice, refund timing by channel.
		"有人让您私下转账的，千万别信":        nil,
		"换手机前记得解绑微信":            nil,
		"别的平台上同名的都跟我们没关系":       nil,
		"跟我们没关系":                {RuleForbidden + " error"},
		"我还不清楚，五分钟给您回":          nil,
		"天花板是木头的，要用膨胀螺丝":        nil,
		"性价比天花板":                {RuleAdLaw + " warning"},
		"唯一要注意的是别暴晒":            nil,
		"色号No1是豆沙色":             nil,
		"我觉得深灰最配":               nil,
		"我们家的深灰最好":              {RuleAdLaw + " warning"},
		"到账时间看支付渠道，微信秒到，银行卡要两天": nil,
		// Contact: an avatar's number, a Hong Kong number to call, shipping off the platform after a
		// refund, 围脖, Shopee and 7-11's 賣貨便, a cheaper store elsewhere, QQ for orders, another
		// person's account spaced with dashes, 薇 with pinyin syllables, 少收点 elsewhere.
		"号码不方便发，看我头像上的数字就行":           {RuleContact + " error"},
		"想要就打来 6123 4567 问我":          {RuleContact + " error"},
		"先拍再申请退款，我们线下给你发货":            {RuleContact + " error"},
		"围脖关注一下我们，有福利":                {RuleContact + " error"},
		"这条围脖是羊绒的":                    nil,
		"虾皮上也有我们的店铺":                  {RuleContact + " error"},
		"虾皮炒蛋很香":                      nil,
		"帮你开个卖货便，运费更便宜":               {RuleContact + " error"},
		"天猫那边也是我们的店，价格便宜点":            {RuleContact + " error"},
		"到QQ上找我下单":                    {RuleContact + " error"},
		"找我们的客服专员，她的号是 K F - 7 7 3 1": {RuleContact + " error"},
		"薇：mei li 520":                {RuleContact + " error"},
		"先取消，我在闲鱼挂给您，少收您十块":           {RuleContact + " error"},
		// Cashback: 好凭, five hearts, full stars for a little welfare, a little gift posted.
		"给个好凭，返您五元":      {RuleCashback + " error"},
		"发票和付款截图请保存好凭证":  nil,
		"五颗心点亮，再给您寄一包湿巾": {RuleCashback + " error"},
		"星星点满了找我领小福利":    {RuleCashback + " error"},
		"给个好平，送您个小挂件":    {RuleCashback + " error"},
		// Fake orders: order A send B (a cheaper one, another item, another thing sent later),
		// price changed on another item's link, no shipping by remark, the rest as sales, vouchers
		// redeemed without a visit, a tracking number that shows movement, money we pay first.
		"您拍那个进口粮的链接，我们这边发便宜的": {RuleFakeOrder + " error"},
		"拍毛巾的链接，寄浴巾给你":        {RuleFakeOrder + " error"},
		"拍两元的贴纸链接就好，耳机我单独寄":   {RuleFakeOrder + " error"},
		"拍这个链接，赠品我另外发":        nil,
		"相机订单用镜头盖链接下，价格我调好了":  {RuleFakeOrder + " error"},
		"备注一个点，我们就不发货了":       {RuleFakeOrder + " error"},
		"备注暂不发货，等您通知再发":       nil,
		"拍五份，其余的都算单量":         {RuleFakeOrder + " error"},
		"订单先留着凑销量，过两天退您":      {RuleFakeOrder + " error"},
		"洗车券拍一张，无需到店，核销我来操作":  {RuleFakeOrder + " warning"},
		"我发你一个能查到物流的单号":       {RuleFakeOrder + " error"},
		"帮忙做个单好吗？不用您花钱，钱我先垫":  {RuleFakeOrder + " error"},
		// Ad law: never surpassed, better than anyone, never falls off.
		"冠军款耳机，两年来从没被超过": {RuleAdLaw + " warning"},
		"我们调音比谁都准":       {RuleAdLaw + " warning"},
		"我们比谁都着急，一直在催":   nil,
		"保证永远不会掉色":       {RuleAdLaw + " warning"},
		// Medical: symptoms gone or fewer, replacing medicine or antibodies, never spreading or
		// getting ill, calcium for the body, preventing infection, not easily infected.
		"每天喂这个，湿疹一周就消了":    {RuleMedical + " warning"},
		"停用两天，疹子就消下去了":     nil,
		"用了以后湿疹发作都少了":      {RuleMedical + " warning"},
		"新款改了设计，漏水的通病少了很多": nil,
		"这款零食可以替代疫苗":       {RuleMedical + " warning"},
		"贴了膜再也不会传染流感":      {RuleMedical + " warning"},
		"戴上它就不会生病":         {RuleMedical + " warning"},
		"护手霜还能给身体补钙":       {RuleMedical + " warning"},
		"这款喷雾能预防伤口感染":      {RuleMedical + " warning"},
		"穿这个宝宝不容易感染":       {RuleMedical + " warning"},
		// Service: spoilt pets and picky babies, sulking, blame, shooing, calling the buyer stupid,
		// no time to wait, go to another shop, can't help those who can't.
		"你家狗就是惯坏了，饿一顿就好":   {RuleForbidden + " error"},
		"您家猫要是挑食，可以试试冻干":   nil,
		"好吧好吧，行吧，你说了算":     {RuleForbidden + " error"},
		"你爱怎么样就怎么样":        {RuleForbidden + " error"},
		"我跑了三趟，你还嫌我们慢":     {RuleForbidden + " error"},
		"不然你想怎样？货都发了":      {RuleForbidden + " error"},
		"自己摔坏又来找我们，有冇搞错":   {RuleForbidden + " error", RuleForbidden + " error"},
		"视频里明明讲过":          {RuleForbidden + " error"},
		"起疹子是你自己没看说明":      {RuleForbidden + " error"},
		"你拍不好跟相机没关系吧":      {RuleForbidden + " error"},
		"这是你个人的问题":         {RuleForbidden + " error"},
		"嫌贵又没人逼你":          {RuleForbidden + " error"},
		"你咋这么多问题":          {RuleForbidden + " error"},
		"还不放心的话，那就别买":      {RuleForbidden + " error"},
		"不会装，那就先去学一下":      {RuleForbidden + " error"},
		"你这问题有点幼稚":         {RuleForbidden + " error"},
		"你硬是瓜兮兮的":          {RuleForbidden + " error"},
		"我哪有空特意等你":         {RuleForbidden + " error"},
		"嫌这儿贵，觉得别家便宜你去别家买": {RuleForbidden + " error"},
		"连这个都不会？那真的没法帮你":   {RuleForbidden + " error"},
		// Push: a distributor, a mill, a third party's fitter, a service centre, feedback to the
		// platform, the courier about fees, the station about delivery.
		"保质期的问题您去找代理商":       {RulePushAway + " error"},
		"掉毛找毛线厂去问":           {RulePushAway + " error"},
		"配送员是第三方的，有问题您直接找他们": {RulePushAway + " error"},
		"拿着发票去售后中心找他们":       {RulePushAway + " error"},
		"页面卡是系统问题，你反馈给京东":    {RulePushAway + " error"},
		"邮费的事您自己和快递协商":       {RulePushAway + " error"},
		"送货问题您去问驿站":          {RulePushAway + " error"},
		// Placeholder: a slot before a dialect greeting.
		"【买家昵称】侬好，明朝发货": {RuleVarsMalformed + " error"},
	})
}

// lint v23: red teams 618-625 were measured on 0e75fdf; these are the classes
// of their false errors and misses, in new words, with the look-alikes that
// keep their verdict.
func TestLintV23AfterRedTeams618to625(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: goods seen elsewhere whose source is unknown, the buyer's words passed on
		// to a relative.
		"别人家卖的我们不清楚来路，建议认准官方店": nil,
		"您的建议我已经转给我同事了":        nil,
		"定金转给我就行":              {RuleContact + " error"},
		// False warnings: not boasting, Min 毋加, asking the buyer to say, a refund routed back,
		// not saying 最, the buyer's cat named 冠军, not exclusive, claims the shop dare not make.
		"我们不吹它能治病，就是用着舒服":    nil,
		"阮毋加微信，有事旺旺讲":        nil,
		"俺不清楚恁家娃多大，恁说说":      nil,
		"我们不说什么“最好”，只说是自家种的": nil,
		"你家冠军多大了呀":           nil,
		"这个款式不是独家的，很多店都有":    nil,
		"最甜的我们谈不上，就是自然熟的":    nil,
		"销量第一不敢当":            nil,
		"说百分之百不坏我们不敢保证，坏了包赔": nil,
		"我们是销量第一":            {RuleAdLaw + " warning"},
		// Contact: an invitation code for an own app, an app outside the platform, 鱼塘 for 闲鱼,
		// a group number in a picture, an ID after 丨.
		"送你个邀请码，下载我们App注册有红包": {RuleContact + " error"},
		"去淘宝外面的小程序App注册领券":    {RuleContact + " error"},
		"鱼塘上也有我们，二手便宜出":       {RuleContact + " error"},
		"群号在图片里，扫一下就进":        {RuleContact + " error"},
		"加V丨mimi 5 2 0 1":     {RuleContact + " error"},
		// Cashback: full marks on a return visit, 点个满意, after rating, rmb.
		"回访时给满分，下次保养免费":   {RuleCashback + " error"},
		"给快递员点个满意，送您一包纸巾": {RuleCashback + " error"},
		"打完分发截图，送您小礼物":    {RuleCashback + " error"},
		"好评带图，rmb3，私我":    {RuleCashback + " error"},
		// Fake orders: an empty bag to start the tracking, order A send B (Cantonese link, 改成发,
		// another item posted), a single order refunded, borrowed or placeholder tracking numbers.
		"先寄个空袋把物流走起来，货另外送":   {RuleFakeOrder + " error"},
		"拍那条三蚊嘅link，我寄返你要嘅款": {RuleFakeOrder + " error"},
		"拍五块的链接，我这边换成发大瓶":    {RuleFakeOrder + " error"},
		"拍袜子那个链接，发围巾给你":      {RuleFakeOrder + " error"},
		"拍错了链接的话，我们发对的给您":    nil,
		"拍一个单，钱回头全退给你":       {RuleFakeOrder + " error"},
		"单号我先用别的，货过两天发":      {RuleFakeOrder + " error"},
		"后台那个单号只是占个位，不是真发的":  {RuleFakeOrder + " error", RuleFakeOrder + " error"},
		// Ad law: not found a second time anywhere, Cantonese 至 and 无得顶, faster than all,
		// the best I've seen, Min 上盖好 and 卖上济, the best of a place, limited worldwide.
		"这么好的货哪儿都找不着第二件":     {RuleAdLaw + " warning"},
		"呢款充电器系至轻嘅":          {RuleAdLaw + " warning"},
		"音质无得顶":              {RuleAdLaw + " warning"},
		"我哋充电快过晒其他品牌":        {RuleAdLaw + " warning"},
		"这是俺见过顶棒的锅":          {RuleAdLaw + " warning"},
		"阮这床垫上盖好":            {RuleAdLaw + " warning"},
		"这条街卖上济的就是这款":        {RuleAdLaw + " warning"},
		"全县就数俺家的西瓜最好":        {RuleAdLaw + " warning"},
		"全球限量，手慢无":           {RuleAdLaw + " warning"},
		"官方说全球限量300只，我们分到5只": nil,
		"看脸型和度数，我们不说哪款最好":    nil,
		// Medical: fever gone by wiping, no calcium shortage, good for the body (Cantonese),
		// all cured (Wu), quick recovery, dissolving stones.
		"退热贴贴上就能退烧":   {RuleMedical + " warning"},
		"喝这个奶粉宝宝不会缺钙": {RuleMedical + " warning"},
		"呢个枕头对个身体好":   {RuleMedical + " warning"},
		"脚气涂两日侪好了":    {RuleMedical + " warning"},
		"喝了这个感冒好得快":   {RuleMedical + " warning"},
		"这茶能化掉结石":     {RuleMedical + " warning"},
		// Service: annoyed questions, 别闹了, dare to complain, stupid questions, blaming the sky,
		// Cantonese, Wu, Min and Chaoshan scorn.
		"咋的，还不乐意啊":     {RuleForbidden + " error"},
		"您不会自己看一下说明书吗": {RuleForbidden + " error"},
		"你放冰箱不会啊":      {RuleForbidden + " error"},
		"少了一两？别闹了":     {RuleForbidden + " error"},
		"随便投诉，我怕你吗":    {RuleForbidden + " error", RuleForbidden + " error"},
		"这问题问得真傻":      {RuleForbidden + " error"},
		"下雨坏了你找老天爷":    {RuleForbidden + " error"},
		"这都不会用？":       {RuleForbidden + " error"},
		"好啦好啦，不用讲那么多":  {RuleForbidden + " error"},
		"我唔知，你问别人啦":    {RuleForbidden + " error", RuleForbidden + " error"},
		"别问我，我也搞勿清爽":   {RuleForbidden + " error", RuleForbidden + " error"},
		"自己不会用，怪什么产品":  {RuleForbidden + " error"},
		"你拎不清啊":        {RuleForbidden + " error"},
		"勿关阿拉事":        {RuleForbidden + " error"},
		"还想退货？想得美":     {RuleForbidden + " error"},
		"真是什么人都有，烦":    {RuleForbidden + " error", RuleForbidden + " error"},
		"说好的运费，现在想赖账？": {RuleForbidden + " warning"},
		"您口味不行吃不出来":    {RuleForbidden + " error"},
		"不会泡就别乱说我们的茶":  {RuleForbidden + " error"},
		"我都回您五次了":      {RuleForbidden + " error"},
		// Push: a third party's staff, Cantonese 搵, Min 揣, the airport.
		"安装工是第三方的，您直接跟他说": {RulePushAway + " error"},
		"质量问题搵返品牌方":       {RulePushAway + " error"},
		"这愛揣淘宝处理":         {RulePushAway + " error"},
		"被扣了就找航空公司去":      {RulePushAway + " error"},
	})
}

// lint v23: red teams 626-633 were measured on the commit that fixed
// 618-625; these are the classes of their false errors and misses, in new
// words, with the look-alikes that keep their verdict.
func TestLintV23AfterRedTeams626to633(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: not selling on an app, a QR code on a certificate or a serial label, a
		// follow-up at the warehouse, a review's picture, drinking water, an old card's offer no
		// longer made, a first day asked in earnest, a child's words quoted.
		"我们不在快手卖，您在淘宝搜店名就行": nil,
		"快手搜店名，那边便宜":        {RuleContact + " error"},
		"鉴定证书上的二维码扫一下能查编号":  nil,
		"我也不晓得，我去仓库看一下再回您":  nil,
		"晒图中的杯垫是单独买的，不是赠品":  nil,
		"晒图送杯垫":         {RuleCashback + " error"},
		"谢谢您的好评，天热注意补水": nil,
		"包裹里的卡片写着“好评有礼”，那个我们早就不做了": nil,
		"您是第一次戴这种款吗？刚开始有点紧":        nil,
		"你是第一天网购啊":                 {RuleForbidden + " error"},
		"孩子老说“不知道画什么”，这本能给他灵感":     nil,
		// False warnings: the lowest spec, asking is most accurate, the dearest is cheap,
		// 空包 checked, never talking nonsense, a child's first place or title congratulated.
		"最高配的也就五千出头":   nil,
		"到账的事进钱包页面问最准": nil,
		"我们最贵的也才三百":    nil,
		"空包的事我马上跟快递核实": nil,
		"没把握的绝对不乱说":    nil,
		"孩子考了全班第一名？恭喜": nil,
		"拿了跳绳冠军，真替她高兴": nil,
		"这款是全网销量第一名":   {RuleAdLaw + " warning"},
		// Medical: an ailment that heals by itself, much better (Wu), eased pain, detox, not
		// painful any more, calcium.
		"鼠标手用一阵自己就好了": {RuleMedical + " warning"},
		"老寒腿穿了好很多":    {RuleMedical + " warning"},
		"能舒缓肌肉酸痛":     {RuleMedical + " warning"},
		"泡水喝了解毒":      {RuleMedical + " warning"},
		"关节炎穿上就不怎么疼了": {RuleMedical + " warning"},
		"这饼干还能补钙":     {RuleMedical + " warning"},
		"背书能改善多动症":    {RuleMedical + " warning"},
		// Service: mocking, blaming, scorn, dismissal.
		"别逗了，这配置带不动":        {RuleForbidden + " error"},
		"地址都能填错":            {RuleForbidden + " error"},
		"别想着白用七天":           {RuleForbidden + " error"},
		"您姿势不对才会疼":          {RuleForbidden + " error"},
		"嫑跟我犟":              {RuleForbidden + " error"},
		"没工夫跟你扯":            {RuleForbidden + " error"},
		"嫌慢就别买加急的":          {RuleForbidden + " error"},
		"嫌麻烦就别自己装了，我们有师傅上门": nil,
		"你这么胖穿不了S":          {RuleForbidden + " error"},
		"拍了就别反悔":            {RuleForbidden + " error"},
		"不会用还挑产品":           {RuleForbidden + " error"},
		"成天就晓得催":            {RuleForbidden + " error"},
		"爱上哪投诉上哪投诉":         {RuleForbidden + " error"},
		"不认真学买多少都白搭":        {RuleForbidden + " error"},
		"跟你讲了交关遍了":          {RuleForbidden + " error"},
		"瓶子漏是您没拧紧，不赔":       {RuleForbidden + " error"},
		// Push: the maker, a shop nearby, the fitter, the warehouse, a brand's service.
		"做工问题您直接找厂家":  {RulePushAway + " error"},
		"您找附近修表店调一下":  {RulePushAway + " error"},
		"您自己联系一下安装师傅": {RulePushAway + " error"},
		"少了零件您自己去问仓库": {RulePushAway + " error"},
		"系统问题您找苹果客服":  {RulePushAway + " error"},
		// Contact: an own app, an app's store, a screenshot to my V, a group by QR code, a
		// teacher's V, a pinyin ID after 薇：, a marketplace off the platform.
		"我们自己的商城app上有会员价":   {RuleContact + " error"},
		"在绿叶园app上下单送肥料":     {RuleContact + " error"},
		"在淘宝app上下单就行":       nil,
		"付款截图发我v，给你返两块":     {RuleContact + " error"},
		"扫这个码进宝妈群":          {RuleContact + " error"},
		"有问题加客服V":           {RuleContact + " error"},
		"薇：hua hua mao mao": {RuleContact + " error"},
		// Fake orders: confirm receipt first, a coupon as the shipment, Hakka order A send B,
		// payment refunded afterwards.
		"先帮忙点个收货，钱后面退你": {RuleFakeOrder + " error"},
		"给您发张券就算发货了":    {RuleFakeOrder + " warning"},
		"拍这个便宜的，我寄大的分你": {RuleFakeOrder + " error"},
		"货款我们回头返还":      {RuleFakeOrder + " error"},
		// Ad law: no bad reviews, first under heaven, no second in town, nothing better.
		"零差评的老店":      {RuleAdLaw + " warning"},
		"天下第一壶":       {RuleAdLaw + " warning"},
		"全县城没有第二家":    {RuleAdLaw + " warning"},
		"没有比这个更划算的":   {RuleAdLaw + " warning"},
		"没有比M码更合适您的了": nil,
	})
}

// lint v23: red teams 634-641 were measured on 058c7d8; these are the classes
// of their false errors and misses, in new words, with the look-alikes that
// keep their verdict.
func TestLintV23AfterRedTeams634to641(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: a second-hand item's unknown history, Suzhou 倷 helped, a complaint in a
		// review made good.
		"旧车不建议买，不清楚出没出过事故":      nil,
		"倷勿晓得尺码？阿姨教倷量":          nil,
		"您的评价我看到了，说少了配件，马上给您补发": nil,
		// False warnings: the ceiling, how best to keep it, where dirt gathers, a spec, owned for
		// good, can't cure, not taking offline deals, Wu 勿搞, the other platform's source.
		"墙和天花板都能喷":           nil,
		"最好的储存办法是冷藏":         nil,
		"窗框下面最容易积灰":          nil,
		"买下就永久归您":            nil,
		"这茶可治不了病":            nil,
		"我们不接私下交易":           nil,
		"阿拉勿搞好评返现":           nil,
		"那边的货源我们不了解，我们的都有授权": nil,
		// Contact: V is the phone number, cheaper on another app, a business card to scan, private
		// channels.
		"微信同手机号":          {RuleContact + " error"},
		"抖音上我们卖得更便宜":      {RuleContact + " error"},
		"主页有我的名片，扫一下就可以加": {RuleContact + " error"},
		"走私人渠道给您寄":        {RuleContact + " error"},
		// Fake orders: review written as another item, not shipped but refunded, sent as something
		// else, the books made to look good, an order that is only for show.
		"评价就按那个款写":        {RuleFakeOrder + " error"},
		"帮忙下个单，货不发，钱当天退你": {RuleFakeOrder + " error"},
		"用邮费链接拍，我按大衣给你发":  {RuleFakeOrder + " error"},
		"拍一下让账上好看":        {RuleFakeOrder + " warning"},
		"这单算做单，确认收货就行":    {RuleFakeOrder + " error"},
		// Medical: well after a while, set straight, attacks fewer, gone, sleep.
		"腰疼躺一会就好":    {RuleMedical + " warning"},
		"驼背穿一个月就正过来": {RuleMedical + " warning"},
		"用了以后鼻炎少发":   {RuleMedical + " warning"},
		"有助于入睡":      {RuleMedical + " warning"},
		"贴上就不会失眠":    {RuleMedical + " warning"},
		// Ad law: nobody better, never breaks in a lifetime.
		"全网找不出比我们更实在的": {RuleAdLaw + " warning"},
		"这杯子这辈子都不会裂":   {RuleAdLaw + " warning"},
		// Service: too busy for you, no duty, afraid so don't, only once, no use teaching me,
		// Wuhan 苕, tiresome to talk to, still picky, not our business here.
		"这么多客人，哪有空单独给你弄": {RuleForbidden + " error"},
		"这点事也要找客服":       {RuleForbidden + " error"},
		"我们没有义务帮你装":      {RuleForbidden + " error"},
		"怕晒就别买浅色":        {RuleForbidden + " error"},
		"我只说一遍，不退":       {RuleForbidden + " error"},
		"你这身材建议M码":       nil,
		"你还教我做事？":        {RuleForbidden + " error"},
		"你是不是苕":          {RuleForbidden + " error"},
		"跟你说话好费劲":        {RuleForbidden + " error"},
		"那么便宜还要挑什么":      {RuleForbidden + " error"},
		"这边不管的":          {RuleForbidden + " error"},
		// Push: a third party's service, asking the platform, brands and couriers.
		"送货是第三方的，您自己联系他们": {RulePushAway + " error"},
		"您找支付宝客服":         {RulePushAway + " error"},
		"那是华为的事":          {RulePushAway + " error"},
		"侬寻顺丰去":           {RulePushAway + " error"},
		// Cashback: made up for, as thanks, extra gifts.
		"好评后运费给您补上":    {RuleCashback + " error"},
		"写评价送您个钥匙扣当谢礼": {RuleCashback + " error"},
	})
}

// lint v23: red teams 642-649 were measured on 4048e7e; these are the classes
// of their false errors and misses, in new words, with the look-alikes that
// keep their verdict.
func TestLintV23AfterRedTeams642to649(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: the shop first after naming the platform, a platform's offer the shop
		// did not join, where it is written and an example.
		"找京东客服也行，不过你先跟我说，我这边快": nil,
		"找京东客服去": {RulePushAway + " error"},
		"平台的晒图抽奖我们没有参加，您随心评价就好": nil,
		"发货时间详情页都写了，比如“48小时内”":  nil,
		// False warnings: a fill line, the photo closest to the real thing, a battery's cut-off,
		// an app's browser, 唔好理.
		"水别超过杯子里那条最高线":         nil,
		"最接近实物的是第三张":           nil,
		"最低放电到10.5V就要充":        nil,
		"QQ浏览器里打开的文件都能直接打印":    nil,
		"谁叫你加QQ退款都唔好理，我哋只喺度处理": nil,
		// Contact: a WeChat ID told piece by piece, ordering outside the platform, 喂星, a live
		// stream to come into, 小📕, IDs spaced with underscores.
		"薇信后面是abc加888":    {RuleContact + " error"},
		"拼多多外面下单便宜十块":     {RuleContact + " error"},
		"喂星：lanlan_88":    {RuleContact + " error"},
		"抖音直播每晚九点，进来看看":   {RuleContact + " error"},
		"小📕搜店名“青柚”":       {RuleContact + " error"},
		"v：m m _ 5 2 0 1": {RuleContact + " error"},
		// Cashback: a little welfare.
		"好评截图，有fl": {RuleCashback + " error"},
		// Fake orders: order first and nothing ships, ordering each other's shops, sent anyway by
		// remark, tracking numbers ready-made, empty parcels, helpers refunded.
		"您先拍下，我不发货，过两天退您": {RuleFakeOrder + " error"},
		"咱们两家店互拍一下":       {RuleFakeOrder + " warning"},
		"拍便宜的，备注大号我照样给你发": {RuleFakeOrder + " warning"},
		"单号我们这有现成的":       {RuleFakeOrder + " error"},
		"这单发空的，您确认收货就行":   {RuleFakeOrder + " error"},
		"找朋友帮忙拍，钱月底退":     {RuleFakeOrder + " error"},
		// Ad law: the best in the trade, nothing better, best-selling in a province.
		"充电速度业界最快":    {RuleAdLaw + " warning"},
		"不会有比这个更好用的了": {RuleAdLaw + " warning"},
		"全省卖得最好的就是这款": {RuleAdLaw + " warning"},
		// Medical: good for the lungs, lashes growing back.
		"这个茶对肺好":          {RuleMedical + " warning"},
		"这个蜂蜜对嗓子好不好我们不好说": nil,
		"睫毛能重新长出来":        {RuleMedical + " warning"},
		// Service: Sichuan scorn, who told you not to, only those who can't, don't haggle here,
		// blaming the clothes, only your family has trouble, learn to ask first.
		"问啥子问，自己看":       {RuleForbidden + " error", RuleForbidden + " error"},
		"坏了怪你自己":         {RuleForbidden + " error"},
		"谁叫你一直不用":        {RuleForbidden + " error"},
		"你在扯什么":          {RuleForbidden + " error"},
		"连不上的都是不会用的":     {RuleForbidden + " error"},
		"少在这跟我砍价":        {RuleForbidden + " error"},
		"自己量错了还怪人家":      {RuleForbidden + " error"},
		"您还怪我们发得太快了，哈哈":  nil,
		"别家孩子穿都合适，就你家有事": {RuleForbidden + " error"},
		"先学会看说明书再来问":     {RuleForbidden + " error"},
	})
}
