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

// lint v10 round 3: 美团, 大众点评, 饿了么, 携程 and 飞猪 are other apps for a
// shop elsewhere, and a shop on 美团 names it (with 大众点评) as its own.
func TestLintV10Round3LocalServicePlatforms(t *testing.T) {
	mt, err := ParseConfig(".huashu-lint.yaml", []byte("platform: 美团\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		cfg  *Config
		text string
		want []string
	}{
		{nil, "美团团购更便宜，搜我们店名就能看到", []string{RuleContact + " error"}},
		{mt, "美团团购更便宜，搜我们店名就能看到", nil},
		{mt, "大众点评上搜我们店名就能看到", nil},
		{mt, "去飞猪订同一个房间能省不少", []string{RuleContact + " error"}},
		{nil, "您在携程买的票我们这边没法退，需要在携程申请", nil},
	} {
		if got := lintText(t, c.cfg, c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q (platform %v): got %v, want %v", c.text, c.cfg != nil, got, c.want)
		}
	}
}
