package lint

import "sort"

// Rule describes one check: its stable ID, default severity and a one-line
// summary (docs/rules.md has the long form, one section per ID).
type Rule struct {
	ID       string
	Severity Severity
	Summary  string
	Fixable  bool // --fix repairs it
}

// Rule IDs. They are a public contract: CI configs and suppression comments
// name them, so they never change meaning.
const (
	RuleSyntax       = "schema/syntax"
	RuleEncoding     = "schema/encoding"
	RuleUnknownKey   = "schema/unknown-key"
	RuleDuplicateKey = "schema/duplicate-key"
	RuleType         = "schema/type"
	RuleRequired     = "schema/required"
	RuleExclusive    = "schema/text-and-parts"
	RuleValue        = "schema/value"
	RuleLimit        = "schema/limit"
	RuleEmptyFile    = "schema/empty"

	RuleCodeDuplicate = "code/duplicate"
	RuleCodeMalformed = "code/malformed"
	RuleCodeShadowed  = "code/shadowed"

	RuleTextEmpty     = "text/empty"
	RuleTextOneChar   = "text/one-char"
	RuleTextTooLong   = "text/too-long"
	RuleTextControl   = "text/control-char"
	RuleTextInvisible = "text/invisible-char"
	RuleTextSpace     = "text/whitespace"
	RuleTextRepeated  = "text/repeated-chars"

	RuleForbidden   = "service/forbidden-phrase"
	RuleDiscouraged = "service/discouraged-phrase"
	RulePushAway    = "service/push-to-platform"
	RuleFirstPerson = "service/first-person"
	RuleSmile       = "service/smile-emoji"

	RuleContact   = "compliance/off-platform-contact"
	RulePhone     = "compliance/phone-number"
	RuleLink      = "compliance/external-link"
	RuleCashback  = "compliance/review-cashback"
	RuleFakeOrder = "compliance/fake-order"
	RuleAdLaw     = "compliance/ad-law"
	RuleMedical   = "compliance/medical-claim"

	RuleExpired       = "campaign/expired"
	RuleNotYetValid   = "campaign/not-yet-valid"
	RuleInvalidWindow = "campaign/invalid-window"

	RuleVarsMalformed = "vars/malformed"
	RuleVarsUnused    = "vars/unused"
	RuleVarsTypo      = "vars/typo"

	RuleUnusedSuppression = "lint/unused-suppression"
	RuleSuppressionReason = "lint/suppression-reason"
)

var allRules = []Rule{
	{RuleSyntax, Error, "文件不是合法的 YAML，或用了话术包不允许的 YAML 特性", false},
	{RuleEncoding, Error, "文件不是 UTF-8（GBK、UTF-16 等）", false},
	{RuleUnknownKey, Error, "话术包格式里没有的键（多半是拼写错误）", false},
	{RuleDuplicateKey, Error, "同一映射里同一个键出现两次", false},
	{RuleType, Error, "值的类型不对", false},
	{RuleRequired, Error, "缺少必填字段", false},
	{RuleExclusive, Error, "text 和 parts 同时出现或都没有", false},
	{RuleValue, Error, "值不被允许（平台、日期等）", false},
	{RuleLimit, Error, "文件、话术或别名展开超过上限", false},
	{RuleEmptyFile, Error, "空文件", false},

	{RuleCodeDuplicate, Error, "同一层里快捷编码重复", false},
	{RuleCodeMalformed, Error, "快捷编码格式不对", false},
	{RuleCodeShadowed, Info, "快捷编码覆盖了低层的同名话术", false},

	{RuleTextEmpty, Error, "回复为空", false},
	{RuleTextOneChar, Error, "一字回复（不得使用一字回复）", false},
	{RuleTextTooLong, Warning, "一条消息太长，应拆成 parts 分次回答", false},
	{RuleTextControl, Error, "回复里有控制字符", false},
	{RuleTextInvisible, Error, "回复里有零宽或双向控制字符", true},
	{RuleTextSpace, Warning, "回复首尾有多余空白", true},
	{RuleTextRepeated, Warning, "叠字（嗯嗯嗯、哦哦）", false},

	{RuleForbidden, Error, "服务禁语", false},
	{RuleDiscouraged, Info, "培训要求少用的说法", false},
	{RulePushAway, Error, "把买家推给平台（这个问题你得去找京东）", false},
	{RuleFirstPerson, Info, "“我”用得太多，多用“您”“咱们”", false},
	{RuleSmile, Error, "对客发送微笑表情", false},

	{RuleContact, Error, "站外联系方式（微信、QQ、二维码、站外交易）", false},
	{RulePhone, Error, "手机号码", false},
	{RuleLink, Error, "指向平台以外网站的链接", false},
	{RuleCashback, Error, "好评返现、付费好评", false},
	{RuleFakeOrder, Error, "刷单、补单、炒信", false},
	{RuleAdLaw, Warning, "《广告法》禁用的绝对化用语", false},
	{RuleMedical, Warning, "普通商品宣称医疗、疗效（《广告法》第十七条）", false},

	{RuleExpired, Warning, "活动话术已过期", false},
	{RuleNotYetValid, Info, "活动话术尚未生效", false},
	{RuleInvalidWindow, Error, "有效期开始晚于结束", false},

	{RuleVarsMalformed, Error, "占位符写坏了（未闭合、空名）", false},
	{RuleVarsUnused, Warning, "包里定义的变量没有话术使用", false},
	{RuleVarsTypo, Warning, "占位符与已定义变量只差一个字", false},

	{RuleUnusedSuppression, Warning, "抑制注释没有抑制任何问题", false},
	{RuleSuppressionReason, Warning, "抑制注释缺少理由（-- 理由）", false},
}

var ruleIndex = func() map[string]*Rule {
	m := make(map[string]*Rule, len(allRules))
	for i := range allRules {
		m[allRules[i].ID] = &allRules[i]
	}
	return m
}()

// Rules lists every rule, sorted by ID.
func Rules() []Rule {
	out := append([]Rule(nil), allRules...)
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// LookupRule returns the rule with that ID.
func LookupRule(id string) (Rule, bool) {
	r, ok := ruleIndex[id]
	if !ok {
		return Rule{}, false
	}
	return *r, true
}
