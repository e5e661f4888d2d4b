package lint

import (
	"sort"

	"github.com/huashu-cli/huashu/pkg/pack"
)

// Rule describes one check: its stable ID, default severity and a one-line
// summary (docs/rules.md has the long form, one section per ID).
//
// Rules that look at a reply's text keep their metadata and their check
// function side by side in a rule_*.go file (rule_text.go, rule_service.go,
// rule_contact.go, rule_compliance.go, rule_vars.go); the rules of the file
// format, codes and campaigns are checked while parsing and are listed here.
type Rule struct {
	ID       string
	Severity Severity
	Summary  string
	Fixable  bool // --fix repairs it

	check func(c *checker, t *textCtx) // nil: not a rule on reply text
}

// Rule IDs. They are a public contract: CI configs and suppression comments
// name them, so they never change meaning.
const (
	// The schema/* family and code/malformed are the loader's problems,
	// reported under the loader's own IDs (defined once, in pkg/pack).
	RuleSyntax       = pack.RuleSyntax
	RuleEncoding     = pack.RuleEncoding
	RuleUnknownKey   = pack.RuleUnknownKey
	RuleDuplicateKey = pack.RuleDuplicateKey
	RuleType         = pack.RuleType
	RuleRequired     = pack.RuleRequired
	RuleExclusive    = pack.RuleExclusive
	RuleValue        = pack.RuleValue
	RuleLimit        = pack.RuleLimit
	RuleEmptyFile    = pack.RuleEmpty
	RuleFile         = pack.RuleFile

	RuleCodeDuplicate = "code/duplicate"
	RuleCodeMalformed = pack.RuleCodeMalformed
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
	RuleRudeTone    = "service/rude-tone"

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

	RuleAskEmpty     = "ask/empty"
	RuleAskDuplicate = "ask/duplicate"
	RuleAskShared    = "ask/shared"

	RuleVarsMalformed = "vars/malformed"
	RuleVarsUnused    = "vars/unused"
	RuleVarsTypo      = "vars/typo"

	RuleUnusedSuppression = "lint/unused-suppression"
	RuleSuppressionReason = "lint/suppression-reason"
)

var allRules = []Rule{
	{ID: RuleSyntax, Severity: Error, Summary: "文件不是合法的 YAML，或用了话术包不允许的 YAML 特性", Fixable: false},
	{ID: RuleEncoding, Severity: Error, Summary: "文件不是 UTF-8（GBK、UTF-16 等）", Fixable: false},
	{ID: RuleUnknownKey, Severity: Error, Summary: "话术包格式里没有的键（多半是拼写错误）", Fixable: false},
	{ID: RuleDuplicateKey, Severity: Error, Summary: "同一映射里同一个键出现两次", Fixable: false},
	{ID: RuleType, Severity: Error, Summary: "值的类型不对", Fixable: false},
	{ID: RuleRequired, Severity: Error, Summary: "缺少必填字段", Fixable: false},
	{ID: RuleExclusive, Severity: Error, Summary: "text 和 parts 同时出现或都没有", Fixable: false},
	{ID: RuleValue, Severity: Error, Summary: "值不被允许（平台、日期等）", Fixable: false},
	{ID: RuleLimit, Severity: Error, Summary: "文件、话术或别名展开超过上限", Fixable: false},
	{ID: RuleEmptyFile, Severity: Error, Summary: "空文件", Fixable: false},
	{ID: RuleFile, Severity: Error, Summary: "不读取的文件：命名管道、设备、指向仓库以外的符号链接、无法读取的目录", Fixable: false},

	{ID: RuleCodeDuplicate, Severity: Error, Summary: "同一层里快捷编码重复", Fixable: false},
	{ID: RuleCodeMalformed, Severity: Error, Summary: "快捷编码格式不对", Fixable: false},
	{ID: RuleCodeShadowed, Severity: Info, Summary: "快捷编码覆盖了低层的同名话术", Fixable: false},

	textEmptyRule,
	textOneCharRule,
	textTooLongRule,
	textControlRule,
	textInvisibleRule,
	textWhitespaceRule,
	textRepeatedRule,

	forbiddenRule,
	discouragedRule,
	pushAwayRule,
	firstPersonRule,
	smileRule,
	rudeToneRule,

	contactRule,
	phoneRule,
	linkRule,
	cashbackRule,
	fakeOrderRule,
	adLawRule,
	medicalRule,

	{ID: RuleExpired, Severity: Warning, Summary: "活动话术已过期", Fixable: false},
	{ID: RuleNotYetValid, Severity: Info, Summary: "活动话术尚未生效", Fixable: false},
	{ID: RuleInvalidWindow, Severity: Error, Summary: "有效期开始晚于结束", Fixable: false},

	askEmptyRule,
	askDuplicateRule,
	askSharedRule,

	varsMalformedRule,
	varsUnusedRule,
	varsTypoRule,

	{ID: RuleUnusedSuppression, Severity: Warning, Summary: "抑制注释没有抑制任何问题", Fixable: false},
	{ID: RuleSuppressionReason, Severity: Warning, Summary: "抑制注释缺少理由（-- 理由）", Fixable: false},
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
