package lint

import (
	"slices"
	"testing"
)

// lint v10, contact part: a 400 number after a brand's name and only 售后 or
// 客服 is a company's service line — a warning to check, not an error — while
// the shop's own stays an error.
func TestLintV10BrandServiceLineIsAWarning(t *testing.T) {
	for text, want := range map[string]string{
		"海尔售后400-699-9999，报修时说机器型号": RulePhone + " warning",
		"格力客服4008-365-315":          RulePhone + " warning",
		"我们店售后400-820-1234":         RulePhone + " error",
		"售后找我们，400-820-1234":        RulePhone + " error",
	} {
		if got := lintText(t, nil, text); !slices.Equal(got, []string{want}) {
			t.Errorf("%q: got %v, want [%s]", text, got, want)
		}
	}
}
