package lint

import (
	"slices"
	"strings"
	"testing"
)

// lint v12: an error found by a rule's words is a warning when the model
// that doubts the rule (infer.Spec.Doubts) reads the whole reply as far from
// the violation — the word is there, the violation is not. The models read
// the reply as the matcher does, so a violation spelled out with spaces is
// still read as one, and an account after the word is never doubted.
func TestLintV12ModelDoubtsAnError(t *testing.T) {
	for text, want := range map[string][]string{
		"上次的空包问题已经处理好了":                   {RuleFakeOrder + " warning"},
		"这次去的是墨尔本的奥特莱斯，款式会比官网少一些，但是价格更划算": {RuleContact + " warning"},
		"帮忙拍一单，拍完全额退款，不用发货":               {RuleFakeOrder + " error"},
		"好 评 返 现 5 元，截 图 发 我":             {RuleCashback + " error"},
		"加我微信，下单便宜十块":                     {RuleContact + " error"},
		"不知道，你自己看吧":                       {RuleForbidden + " error", RuleForbidden + " error"},
	} {
		if got := lintText(t, nil, text); !slices.Equal(got, want) {
			t.Errorf("%q: got %v, want %v", text, got, want)
		}
	}
	src := "pack: x\nphrases:\n  - code: a\n    title: t\n    text: 上次的空包问题已经处理好了\n"
	ps := lintBytes(t, nil, map[string]string{"f.yaml": src}, nil).Problems
	if len(ps) != 1 || !strings.HasSuffix(ps[0].Message, "（整句读来不像违规，报为警告）") {
		t.Errorf("message: got %v", ps)
	}
}
