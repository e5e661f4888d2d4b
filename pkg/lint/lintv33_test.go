package lint

import "testing"

// Lint v33: the fixes after each batch of red-team sets (docs/rules.md, "lint
// v33"). Each line below failed on the commit the batch was measured on,
// apart from the look-alikes, which keep their verdict.

// Red teams 1098-1105 were measured on 19156f2.
func TestLintV33AfterRedTeams1098to1105(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: contact (the 喂新 homophone with financial numerals, sign up over there, order in her moments, pulled into a camp, 一 for a dash, an ID after 加威).
		"喂新号是：叁柒伍玖贰捌陆壹，加的时候报名字":         {RuleContact + " error"},
		"团购活动在豆瓣小组发了，您去那边报名":            {RuleContact + " error"},
		"想要的话去我表姐朋友圈里下单":                {RuleContact + " error"},
		"留个手机号，我加您进打卡营":                 {RuleContact + " error"},
		"薇：qm一shop，加了说一声":               {RuleContact + " error"},
		"我妈不会用京东的话，让她加威：ty6621，我直接给她发货": {RuleContact + " error"},
		// Misses: cashback (do not mention the damage in the review and get money back).
		"评价里别提压坏的事，我们退你八块": {RuleCashback + " error"},
		// Misses: fake orders (confirm receipt without the goods, pay the rent through another link, order the cheap one and get the better one, pick that option and I ship something else).
		"先点确认收货，货不用收，钱我退给你":    {RuleFakeOrder + " error"},
		"租相机就拍那个镜头盖链接，付的就是租金":  {RuleFakeOrder + " error"},
		"您拍19的那个，我给您发带支架的那款":   {RuleFakeOrder + " error"},
		"下单选“延保服务”那一项，我按耳机给你发": {RuleFakeOrder + " error"},
		// Misses: ad-law (no second one in the whole town, eyes closed at this price, the sturdiest stand).
		"最结实的支架，摔了也不坏": {RuleAdLaw + " warning"},
		"这个味道，全镇莫得第二个": {RuleAdLaw + " warning"},
		"同价位闭眼选它就对了":   {RuleAdLaw + " warning"},
		// Misses: medical (fights fatigue, against smog, eyes no longer blurry, not afraid of a disease).
		"每天吃两片抗疲劳，上班不犯困":  {RuleMedical + " warning"},
		"挂在车里防雾霾，保护肺":     {RuleMedical + " warning", RuleMedical + " warning"},
		"吃了眼睛就不花了，老人家都说好": {RuleMedical + " warning"},
		"杀菌涂层，感冒不用怕":      {RuleMedical + " warning", RuleMedical + " warning"},
		// Misses: service (not selling after haggling, complaining before opening, have you never tasted it).
		"价都砍到这个份上了，不卖了": {RuleForbidden + " error"},
		"箱子都没拆开就说坏了":    {RuleForbidden + " error"},
		"你是不是没吃过腊肉哦":    {RuleForbidden + " error"},
		// Misses: push (send it to the maker, why come to us, contact 菜鸟).
		"坏了请直接寄给厂家售后，地址在保修卡上": {RulePushAway + " warning"},
		"找物流去噻，找我们做啥子":        {RuleForbidden + " error", RulePushAway + " error"},
		"柜子打不开您联系菜鸟":          {RulePushAway + " warning"},
		// False errors and warnings fixed: the platform's own mini program, a child's age, we really don't know whether it cures, the best side of the product, only a name, germs hide there, a refusal to fill in a number, nothing that cures, a child who cannot read yet, asking for a photo, the last one in stock, compare anywhere, what the label says, not a champion.
		"爸妈只会用微信的话，可以用京东购物微信小程序查订单": nil,
		"字多了点，适合十岁以上自己读自己翻":         nil,
		"能不能治失眠我们真不晓得，别信那些乱说的":      nil,
		"这台最好用的地方是不用装，插电就能用":        nil,
		"是个名字，不是说它最好哈":              nil,
		"枕头和床垫最容易藏螨虫，建议常晒":          nil,
		"单号不能随便填，发了货系统才有":           nil,
		"果子就是果子，没得啥子治病的作用":          nil,
		"孩子还不识字，看图就能懂":              nil,
		"这张截图我不知道是哪款，能麻烦拍一下标签吗":     nil,
		"这是店里唯一一台白色的了":              nil,
		"您在全网比价都没问题，我们家东西实打实":       nil,
		"配料表上写的是100%红薯":             nil,
		"我们老板不是啥子冠军，就是爱钻研":          nil,
		// Look-alikes that keep their verdict.
		"喂新生儿的奶瓶要选宽口的":  nil,
		"你是不是不识字":       {RuleForbidden + " error"},
		"不晓得，你问别人":      {RuleForbidden + " error", RuleForbidden + " error"},
		"最便宜的那款是基础款":    nil,
		"全网最牢的支架":       {RuleAdLaw + " warning"},
		"淘宝的事找淘宝去":      {RulePushAway + " error"},
		"能治失眠，别信别人说的不能": {RuleMedical + " warning"},
	})
}

// Red teams 1106-1113 were measured on 8d385ba (the verdicts of 19156f2).
func TestLintV33AfterRedTeams1106to1113(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: cashback (spare parts for a review, a kind word for a gift, hold the review and ask about money back).
		"好评就给您补发一包替换滤芯":     {RuleCashback + " error"},
		"收到写几句好话，我给您寄点新茶尝尝": {RuleCashback + " error"},
		"先别急着评，私聊我，说个返钱的事":  {RuleCashback + " error", RuleContact + " error"},
		// Misses: fake orders (the courier will not really deliver, a tracking number made first, push the sales to a number).
		"单号是补的，快递不会真送，您确认收货就行": {RuleFakeOrder + " error"},
		"运单号已为您先行生成，货品稍后另行发出":  {RuleFakeOrder + " warning"},
		"先给你个快递单号，东西之后再寄":      {RuleFakeOrder + " error"},
		"帮忙把销量冲到五百，月底给你寄个新款":   {RuleFakeOrder + " error"},
		// Misses: ad-law (ten thousand times safe, not one dog dislikes it).
		"放心，这个护栏一万个安全":    {RuleAdLaw + " warning"},
		"试吃过的狗狗，没有一只不爱吃的": {RuleAdLaw + " warning"},
		// Misses: medical (never causes cancer, nodules go away, a wound heals overnight, protects the airways).
		"我们的香肠不放添加剂，多吃也不会致癌": {RuleMedical + " warning"},
		"喝这个茶，结节都会消":         {RuleMedical + " warning"},
		"药膏涂在伤口上，第二天就好了":     {RuleMedical + " warning"},
		"这台净化器能保护呼吸道":        {RuleMedical + " warning"},
		// Misses: contact (cash at the market, the group price and reply 1 to join).
		"赶集那天你到场口来拿，现钱现货":    {RuleContact + " warning", RuleContact + " warning"},
		"群里的价格比店里便宜一截，想进的扣1": {RuleContact + " error", RuleContact + " error"},
		// Misses: service (again and again, see the last reply, you did not read it, what's the hurry, cannot even fold it, your hand shook, know nothing then don't, look it up before asking, your kind is the most trouble, give it away).
		"说了不要用热水泡，一遍又一遍的":  {RuleForbidden + " error"},
		"问过了，看上条消息":        {RuleForbidden + " error"},
		"早说过了，看来你是没认真看":    {RuleForbidden + " error", RuleForbidden + " error"},
		"等一哈嘛，慌啥子":         {RuleForbidden + " warning"},
		"折都折不好，建议您别用了":     {RuleForbidden + " error"},
		"对焦不准？你手抖吧":        {RuleForbidden + " error"},
		"啥都不懂就别急着买":        {RuleForbidden + " error"},
		"这么简单的问题自己先查一下再来问": {RuleForbidden + " error"},
		"你这种顾客最麻烦":         {RuleForbidden + " error"},
		"不会用就送人":           {RuleForbidden + " error"},
		// Misses: push (the brand's store, ask the courier, report it to the developer).
		"耳机坏了，去品牌的线下门店修": {RulePushAway + " error"},
		"这个你去问送货的快递小哥":   {RulePushAway + " error"},
		"软件打不开请给开发者反馈":   {RulePushAway + " warning"},
		// False warnings fixed: comparing the product's own modes, another shop's price, a top temperature in ℃, a buyer who is dieting.
		"三种模式力度不同，睡眠模式最安静":    nil,
		"别家的价格我们没法比，只能保证自家的货": nil,
		"这款水壶支持最高100℃保温":      nil,
		"辣酱偏咸，减肥的亲少吃点":        nil,
		// Look-alikes that keep their verdict.
		"新链接已经上架了，您直接拍新链接就行": nil,
		"补单的话我们给您重新发一份":      nil,
		"这款拍照最清楚":            {RuleAdLaw + " warning"},
		"全网最低价":              {RuleAdLaw + " warning"},
		"我们是拼多多的店，京东也有卖":     {RuleContact + " warning"},
		"您先查一下物流，有问题随时问我":    nil,
	})
}

// Red teams 1114-1121 were measured on 165008f.
func TestLintV33AfterRedTeams1114to1121(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: contact (see you in another app's live room with a code, 微x信, pay directly instead of ordering here).
		"今晚八点抖音直播间见，口令是“小林家”": {RuleContact + " error"},
		"微x信：abc_2233": {RuleContact + " error"},
		"别在淘宝上拍了，你直接转给我，我今天就寄": {RuleContact + " warning"},
		// Misses: cashback (five stars for a subsidy, a longer warranty for photos, a review instead of returning the bad fruit).
		"给个五星好评，我帮您申请平台补贴":     {RuleCashback + " error"},
		"评价晒图的，保修期给您延长半年":      {RuleCashback + " error"},
		"好评的话这箱坏的就不用退了，直接给你补偿": {RuleCashback + " error"},
		// Misses: fake orders (tracking number first and the goods later, confirm receipt first, a number but the parcel does not move, order A and get B with the difference settled, another order's number for now).
		"本店部分订单“先出单号、后发实物”，敬请谅解": {RuleFakeOrder + " warning", RuleFakeOrder + " warning"},
		"运单号已生成，请先行确认收货":         {RuleFakeOrder + " error"},
		"帮你弄个物流单号，快递不走，后台照样显示发货": {RuleFakeOrder + " error"},
		"你先拍个手机壳，我们给你发耳机，差价另外补":  {RuleFakeOrder + " error"},
		"单号是别的订单的，先挂着，到货了我再改":    {RuleFakeOrder + " warning", RuleFakeOrder + " error"},
		// Misses: ad-law (first in the country, a universal pump).
		"我们的花椒麻度居全国之首":  {RuleAdLaw + " warning"},
		"万能充电器，什么手机都能充": {RuleAdLaw + " warning"},
		// Misses: medical (as good as massage therapy, recovery from a disease, no need for a doctor, the three highs run away, anti-radiation food, milk supply back, uterus recovery, lochia).
		"躺着就相当于做推拿":          {RuleMedical + " warning"},
		"这套积木能帮助自闭症孩子恢复语言能力": {RuleMedical + " warning"},
		"天天喝一杯，医生不用找":        {RuleMedical + " warning"},
		"喝我们的茶，三高跑得掉":        {RuleMedical + " warning"},
		"吃海带抗辐射，上班族必备":       {RuleMedical + " warning"},
		"每天吸八次，奶量就追回来了":      {RuleMedical + " warning"},
		"月子里穿上它帮子宫复位":        {RuleMedical + " warning"},
		"产后吃这个，恶露排得更快":       {RuleMedical + " warning"},
		// Misses: service (talking nonsense, it must be the child, everyone else's works).
		"你莫在这日白，发货前都检查过":     {RuleForbidden + " warning"},
		"肯定是孩子自己摔坏的，我们出厂都测过": {RuleForbidden + " error"},
		"人家用了都好好的，就你的出问题？":   {RuleForbidden + " error"},
		// Misses: push (argue with the carrier, the problem you mentioned goes to the maker, the fault is the maker's, apply on the official site yourself, go to the repair shop).
		"运输问题请您直接与物流公司交涉":    {RulePushAway + " error"},
		"你说的起球问题去找厂家，地址在吊牌上": {RulePushAway + " error"},
		"这个系统问题是厂家的，您找华为反馈":  {RulePushAway + " error"},
		"保修您自己去官网申请":         {RulePushAway + " error"},
		"充气不准去修车店测，找他们":      {RulePushAway + " error"},
		// False errors fixed: a matter not ours that we take on anyway, the courier's "empty parcel" status.
		"不归我们管的事我们也帮您问问，您先说是啥情况": nil,
		"物流显示“空包”异常？我马上帮您查":      nil,
		// Look-alikes that keep their verdict.
		"V领的款今天有货":   nil,
		"不归我们管，你找快递": {RuleForbidden + " error"},
		"不归我们管的事别来问": {RuleForbidden + " error"},
		"您说的“找京东去”是哪个客服讲的？我们不会这样说": nil,
		"万能胶水粘不住金属": nil,
		"居全国前列的产区":  nil,
	})
}

// Red teams 1122-1129 were measured on f1192a1.
func TestLintV33AfterRedTeams1122to1129(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: contact (the contact details on the side of the box, an ID after "❤ 是").
		"我的联系方式贴在箱子底下，拆了就能看到":       {RuleContact + " error"},
		"老板的 ❤ 是 lanshan_88，发消息说买茶": {RuleContact + " error"},
		// Misses: cashback (好萍 for 好评 and 反 for 返).
		"给个好萍，反你三块": {RuleCashback + " error"},
		// Misses: fake orders (we order for you and return the money, the price is changed on another link, pick a spec and get something else).
		"我们帮您代拍，确认收货后钱再返给您":     {RuleFakeOrder + " error"},
		"这双鞋请拍“鞋垫”那个链接，价格我们改好了": {RuleFakeOrder + " error"},
		"下单选“小样”规格，我们按正装给你发":    {RuleFakeOrder + " error"},
		// Misses: ad-law (more accurate than named rivals).
		"这台体脂秤测得比小米华为都准": {RuleAdLaw + " warning"},
		// Misses: medical (exams go better, no sudden death, replaces the hospital, the baby is born fairer).
		"孩子吃了鱼油脑子灵光，考试都考得好": {RuleMedical + " warning", RuleMedical + " warning"},
		"戴上这个就不会猝死，心跳异常会报警": {RuleMedical + " warning"},
		"这台仪器可以代替医院检查":      {RuleMedical + " warning"},
		"孕期多喝豆浆，宝宝生出来皮肤白":   {RuleMedical + " warning"},
		// Misses: service (have you ever tasted it, stop nagging, your figure, you insisted, you can't at all, blaming the rod, practise first, his word does not count, you do not even know).
		"你到底喝没喝过正宗的酸梅汤？":     {RuleForbidden + " error"},
		"好了好了，你莫念了":          {RuleForbidden + " error"},
		"这个版型没问题，是您的身材太特殊":   {RuleForbidden + " warning"},
		"早就提醒过，您非要自己改尺寸":     {RuleForbidden + " error"},
		"你根本不会调吧，新手都这样":      {RuleForbidden + " error"},
		"钓不上还怪竿子？":           {RuleForbidden + " error"},
		"先把技术练好再来说竿子的事":      {RuleForbidden + " warning"},
		"店长刚才答应给你退，他说了不算，不退": {RuleForbidden + " error"},
		"孩子多大您都不知道？":         {RuleForbidden + " error"},
		// Misses: push (ask at the hospital, we don't teach it; we only help sell; dial the maker's hotline; phone the maker's service line; contact the courier company).
		"血压计怎么绑你去医院问医生，我们这边不教": {RulePushAway + " error"},
		"质量问题找厂里，我们只是帮忙卖":      {RulePushAway + " error", RulePushAway + " error"},
		"机器故障请直接拨打品牌官方热线":      {RulePushAway + " error"},
		"连不上网您打路由器厂家的客服电话问问":   {RulePushAway + " error"},
		"快递丢件麻烦您直接联系圆通快递":      {RulePushAway + " error"},
		// False errors and warnings fixed: the platform's own chat, reading the numbers out.
		"有事直接在旺旺上私信我，随时回复": nil,
		"读数会语音播报，不用戴眼镜看":   nil,
		// Look-alikes that keep their verdict.
		"您还怪我们发得太快了，哈哈":   nil,
		"您直接联系快递员改派送时间就行": nil,
		"这款❤是粉色的":         nil,
		"我的❤是你的":          nil,
		"比上一代都好":          nil,
		"退款还没到账的话您问银行吧":   nil,
		"私信我微信号":          {RuleContact + " error"},
	})
}

// Red teams 1130-1137 were measured on 660953e.
func TestLintV33AfterRedTeams1130to1137(t *testing.T) {
	wantLint(t, map[string][]string{
		// Misses: contact (a live-room number on another app, search there and come to my live room, search the web for our own store, an ID spelled with 点, 🐧 then a number, a cloud-drive ID, my invite code, send me your cloud-drive account, a refund and then pay me).
		"快手直播间号 5 5 6 6 8 8，今晚抽奖":   {RuleContact + " error"},
		"斗鱼搜“老王电竞”，来我直播间看装机":        {RuleContact + " error"},
		"百度搜“青禾净水官方商城”，型号更全":        {RuleContact + " error"},
		"我的 V 是 a b c 点 s h o p，来聊": {RuleContact + " error", RuleLink + " error"},
		"加🐧细聊：2 3 4 5 6 7 8 9":      {RuleContact + " error"},
		"资料在网盘，网盘ID“考研上岸”，关注就能看":    {RuleContact + " error"},
		"下载后注册填我的邀请码，题库都在里面":        {RuleContact + " error"},
		"你把网盘号发我，我传给你":              {RuleContact + " error"},
		"您把这单退了，我私下给您发货，钱转我就行":      {RuleContact + " error"},
		// Misses: fake orders (a spec to make up the number, order and get an instant refund, an empty parcel and no after-sales).
		"选这个规格凑个数，发的是别的，价格一样": {RuleFakeOrder + " error"},
		"您先拍，拍了就退款，帮我们冲一下":    {RuleFakeOrder + " error"},
		"这单是空包，签收就行，不要申请售后":   {RuleFakeOrder + " error"},
		// Misses: ad-law (zero chance of falling).
		"宝宝用这个学步车，摔倒概率是零": {RuleAdLaw + " warning"},
		// Misses: medical (constipation gone at once, never had gastroenteritis again, eyes no longer dry, eat it for zinc).
		"便秘一吃就通，第二天就顺畅":    {RuleMedical + " warning"},
		"喝了这个水，家里再也没得过肠胃炎": {RuleMedical + " warning"},
		"戴上这副眼镜，眼睛不会再干涩":   {RuleMedical + " warning"},
		"孩子缺锌就吃它":          {RuleMedical + " warning"},
		// Misses: service (too dear even at this price, don't ask if you don't get it, nattering, stop looking for me, ask yourself first, I don't want to say more, slow is slow).
		"这么便宜都嫌贵，那没办法":    {RuleForbidden + " error", RuleForbidden + " error"},
		"懂的都懂，不懂的别问":      {RuleForbidden + " error"},
		"别在这叨叨，不爱看可以走":    {RuleForbidden + " error", RuleForbidden + " error"},
		"收到了就别再找我了":       {RuleForbidden + " error"},
		"孩子摔了先问问你自己有没有看着": {RuleForbidden + " error"},
		"我不想跟你多说了":        {RuleForbidden + " error"},
		"慢就慢嘛，又不会跑了":      {RuleForbidden + " error", RuleForbidden + " error"},
		// Misses: push (ask the maker of your old machine, we wait for the result, go to the post office).
		"适不适配，去问你那台机器的品牌方": {RulePushAway + " error"},
		"先找交警定责，我们这边等结果":   {RulePushAway + " error"},
		"你去找你那边的邮政嘛":       {RulePushAway + " error"},
		// False errors and warnings fixed: 好久 asking when, 绝对没有 in an apology.
		"不晓得你好久在家嘛，我好安排师傅":     nil,
		"不好意思，回复晚了，绝对没有敷衍您的意思": nil,
		// Look-alikes that keep their verdict.
		"不晓得，你好久没来了":            {RuleForbidden + " error"},
		"可以百度一下品牌官网核实真伪":        nil,
		"电子发票开好后会发到您邮箱":         nil,
		"如果有人以我们店的名义找您转账，请直接举报": nil,
		"发的是空包裹，您签收就行，钱原路返回":    {RuleFakeOrder + " warning"},
		"这么便宜，买两件吧":             nil,
	})
}

// Lint v33's last change (check.go takenOnAfter): a brush-off or a push
// followed later in the reply by the shop taking the case on is reported as a
// warning, not an error. Red team 1144 had 您问京东客服，他们让您找店铺，对的，
// 安装就是我们负责，我来处理 as a false error.
func TestLintV33TakenOnAfter(t *testing.T) {
	wantLint(t, map[string][]string{
		// Taken on later: a warning.
		"这个不归我们管，不过售后的事找我们就行": {RuleForbidden + " warning"},
		"不关我们的事，但这次我来处理":      {RuleForbidden + " warning"},
		// Look-alikes that stay errors: the help is refused, or nothing is taken on.
		"你去找京东，我不会帮您处理":  {RulePushAway + " error", RuleDiscouraged + " info"},
		"你自己去找快递，我来处理不了": {RulePushAway + " error", RuleForbidden + " error"},
		"不归我们管，你找快递":     {RuleForbidden + " error"},
	})
}
