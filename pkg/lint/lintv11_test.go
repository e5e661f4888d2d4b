package lint

import (
	"slices"
	"strings"
	"testing"
)

// lint v11: a refusal the guards do not know — a negation right before a
// verb of permitting or offering, or 无关, in the hit's clause — leaves an
// off-platform or paid-review hit a warning: lint errs only where it is sure.
// A negation that permits nothing (不用走平台, 不想…的话) leaves it an error.
func TestLintV11RefusalInTheClauseHedges(t *testing.T) {
	for text, want := range map[string][]string{
		"平台弗许加微信，有事在这说":      nil, // lint v13: 弗许 is a known refusal (guards.yaml)
		"赠品跟五星好评无关，下单就送5元红包": {RuleCashback + " warning"},
		"不用走平台，直接加我微信":       {RuleContact + " error", RuleContact + " error"},
		"不想走平台的话加我微信":        {RuleContact + " error"},
		"加我微信，便宜10块":         {RuleContact + " error"},
		"好评返现5元，不限金额":        {RuleCashback + " error"},
	} {
		if got := lintText(t, nil, text); !slices.Equal(got, want) {
			t.Errorf("%q: got %v, want %v", text, got, want)
		}
	}
	// Lint v13: a refusal the guards do not know may also be read by the
	// model as plainly clean and dismissed; either way it is never an error.
	for _, text := range []string{"加微信我这边不便，有事就在这说"} {
		for _, p := range lintText(t, nil, text) {
			if strings.HasSuffix(p, " error") {
				t.Errorf("%q: %s", text, p)
			}
		}
	}
}
