package lint

import "testing"

// lint v22: the false errors lint v21 left (red teams 538-545 and 562-569),
// in new words, with the look-alikes that keep their verdict.
func TestLintV22LeftFromV21(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors left from lint v21: the buyer's complaint echoed as a question and then
		// apologised for; 也么事 (no matter); goods bought from the platform's own store; 您话.
		"您讲我解释了好几遍还是不清楚？实在不好意思，是我没讲明白": nil,
		"你说我回复了好几次都答非所问？抱歉抱歉，我重新看一下":   nil,
		"我说了好几遍了你还不懂？":                 {RuleForbidden + " error"},
		"说了好几遍了，你自己看？不好意思":             {RuleForbidden + " error", RuleForbidden + " error"},
		"问了好几次也么事，我再跟你讲":               nil,
		"讲过交关遍也么事，我再讲一遍":               nil,
		"我说了好几遍了，就是不行":                 {RuleForbidden + " error"},
		"您在京东自营买的那台，售后得找京东客服":          nil,
		"在天猫超市买的话，退货要找天猫客服":            nil,
		"这个你去找京东客服":                    {RulePushAway + " error"},
		"您话要去找淘宝客服？唔使，我帮您搞掂":           nil,
		"你话要找拼多多？找拼多多去":                {RulePushAway + " error"},
		// False warnings left from lint v21: settings ranked by number (十档), a reach written as
		// 能调到 + 零下, 零件 is not a numeral; the market named or a price keeps the claim.
		"一档最冷，十档最热":     nil,
		"灯有三档，三档最亮":     nil,
		"冷冻室最低能调到零下24度": nil,
		"最大的零件长5厘米":     nil,
		"这款是全网最快的":      {RuleAdLaw + " warning"},
		"价格最低19元":       {RuleAdLaw + " warning"},
	})
}

// lint v22: red teams 570-577 were measured on ff04c45; these are the classes
// of their false errors and misses, in new words, with the look-alikes that
// keep their verdict.
func TestLintV22AfterRedTeams570to577(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors: a bare word asked back and waved off, a platform credit product only the
		// platform can see, a condition of the agent being offline, many people not knowing, a courier
		// asking the buyer to add him, grams of tea, a disowning shop word after a question.
		"二维码？那个是物流面单上的，不用管它":            nil,
		"微信？加我微信聊":                      {RuleContact + " error"},
		"多多月付的扣款我们后台看不到，要在拼多多里找官方客服处理哈": nil,
		"我下班以后您有急事可以找京东客服":              nil,
		"找京东客服":        {RulePushAway + " error"},
		"很多刚入门的新手都不清楚": nil,
		"这个我也不清楚":      {RuleForbidden + " error"},
		"配送员叫您加他微信约时间？您告诉我时间，我来跟网点说": nil,
		"加我微信约时间": {RuleContact + " error"},
		"您的评价我看了，说味道淡，下次泡的时候多放两克": nil,
		"好评的话多放一包":          {RuleCashback + " error"},
		"骑手让您扫码加群？那不是敝店安排的": nil,
		// Off the platform: a homophone of 抖音 searched for, 官博, instructions to undo a
		// homophone, underscores spelled out, an ID by recipe, 口口 for QQ, Cantonese call-me.
		"去搜搜抖荫“果园小屋”，晚上直播":    {RuleContact + " error"},
		"关注我们官博，每周抽奖":         {RuleContact + " error"},
		"伟信去掉人字旁，号是abc123":    {RuleContact + " error"},
		"账号是lily下划线shop下划线99": {RuleContact + " error"},
		"我v是我名字全拼加520":        {RuleContact + " error"},
		"口口号五二零一三一四":          {RuleContact + " error"},
		"有事打俾我一三八零零一三八零零零":    {RuleContact + " error", RulePhone + " error"},
		// Fake orders: an empty box sent, order the dear one and get the cheap one, the name does
		// not match and that is fine, a signed-for tracking number.
		"我们寄一只空盒子给您，您点签收就行":     {RuleFakeOrder + " error"},
		"您拍贵的那款，我们按便宜的发，差价退您":   {RuleFakeOrder + " error"},
		"拍这个链接，发的是另一款，标题不一样没关系": {RuleFakeOrder + " error"},
		"直接给您个已签收的快递单号":         {RuleFakeOrder + " error"},
		"您收到的是空盒子吗？拍照给我看看":      nil,
		// Ad law: 100% + a promise, 国家指定, no shop beats ours (Cantonese), for life, none better.
		"这款面料100%无害，放心穿": {RuleAdLaw + " warning"},
		"这是国家指定产品":       {RuleAdLaw + " warning"},
		"冇邊家嘅芒果靚得過我哋":    {RuleAdLaw + " warning"},
		"保你一辈子都不褪色":      {RuleAdLaw + " warning"},
		"全网找不到更好的了":      {RuleAdLaw + " warning"},
		"棉100%，柔软亲肤":     nil,
		// Medical: longer disease names, 症, mental health.
		"穿了就不会得足癣了":  {RuleMedical + " warning"},
		"喝这个茶可以缓解焦虑": {RuleMedical + " warning"},
		"吃了保证不得口角炎":  {RuleMedical + " warning"},
		// Service: don't shout at me, 老多趟, sarcasm about breaking it, impatience, rude questions,
		// reading it yourself on the page, not welcome.
		"别冲我吼，吼也没用":          {RuleForbidden + " error", RuleForbidden + " error"},
		"我讲过老多遍了":            {RuleForbidden + " error"},
		"你真厉害，一天就摔坏了":        {RuleForbidden + " warning"},
		"好烦啦，等就对了":           {RuleForbidden + " warning"},
		"你是听不懂还是怎么的":         {RuleForbidden + " error"},
		"你以为你是谁啊":            {RuleForbidden + " error"},
		"你以为十块钱能买到真皮？":       {RuleForbidden + " error"},
		"学会认字再来问":            {RuleForbidden + " error"},
		"本店不欢迎这种买家":          {RuleForbidden + " error"},
		"早就不理你了":             {RuleForbidden + " error"},
		"别跟我说这么多":            {RuleForbidden + " error"},
		"别编了":                {RuleForbidden + " error"},
		"不能用就扔掉":             {RuleForbidden + " error"},
		"自己等着吧":              {RuleForbidden + " error"},
		"我们不管了，自己处理吧":        {RuleForbidden + " error", RuleForbidden + " error"},
		"说明书您自己看说明书":         {RuleForbidden + " error"},
		"规格您自己查详情页":          {RuleForbidden + " error"},
		"您自己看详情页可能看不清，我发图给您": nil,
		// Push: a third party named, then 找他们; 跟 a courier 那边; a cold-chain company.
		"包装是快递公司提供的，坏了你找他们": {RulePushAway + " error"},
		"运费的事您跟顺丰那边沟通":      {RulePushAway + " error"},
		"你去问冷链物流":           {RulePushAway + " error"},
	})
}
