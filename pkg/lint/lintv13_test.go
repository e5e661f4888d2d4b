package lint

import (
	"slices"
	"testing"
)

// lint v13: a team's own words are the team's judgement, not the lint's: the
// models never saw them, so they neither doubt nor dismiss their hits. Before,
// 老地方见 listed under off-platform contact came out as a warning "整句读来不
// 像违规", and a team that fails CI on errors never saw it. A word with a
// symbol (matched as written) is the team's too.
func TestLintV13TeamWordsAreNeverDoubted(t *testing.T) {
	cfg, err := ParseConfig(".huashu-lint.yaml", []byte("rules:\n  compliance/off-platform-contact:\n    words: [老地方见, 扣❤]\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"亲，您的退款已经处理好了，有事老地方见哈",
		"亲，尺码表发您了，还有疑问就扣❤，我在线",
	} {
		if got, want := lintText(t, cfg, text), []string{RuleContact + " error"}; !slices.Equal(got, want) {
			t.Errorf("%q: got %v, want %v", text, got, want)
		}
	}
}

// lint v13: a hit whose sentence the rule's model reads as plainly clean
// (infer.Spec.DropBelow) is not reported — a refusal or an explanation in
// words no guard knows. The sentence is read, not the reply, so clean
// sentences around a violation do not talk it away; a reply that is little
// more than the words is judged by the words (contextAround); an account is
// never dismissed.
func TestLintV13ModelDismissesAPlainlyCleanSentence(t *testing.T) {
	wantLint(t, map[string][]string{
		"不好意思，微信和电话在这里都发不出去，平台会拦下来，您有事就在这儿说": nil,
		// Still reported.
		"不可能是我们发错货":   {RuleForbidden + " error"},
		"就这点开始上班？":    {RuleForbidden + " error"},
		"好评返现5元，截图发我": {RuleCashback + " error"},
		"亲，感谢您一直以来的支持，有任何问题随时在这里找我们。加我微信abc12345，下单便宜十块": {RuleContact + " error"},
		"亲，感谢您一直以来的支持，有任何问题随时在这里找我们，祝您生活愉快。好评返现5元":       {RuleCashback + " error"},
	})
}
