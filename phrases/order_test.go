package phrases_test

import (
	"strings"
	"testing"

	"github.com/huashu-cli/huashu/phrases"
	packs "github.com/huashu-cli/huashu/pkg/pack"
	domain "github.com/huashu-cli/huashu/pkg/phrase"
)

// TestNewAgentStartsWithAGreeting: with no history and no pins, the
// picker's first tab after 全部 is 售前 and its first row is a greeting.
func TestNewAgentStartsWithAGreeting(t *testing.T) {
	set := packs.Load([]packs.Source{{Name: "embedded", Layer: domain.LayerEmbedded, Path: ".", FS: phrases.FS}})
	if len(set.Problems) > 0 {
		t.Fatalf("starter packs: %v", set.Problems)
	}
	ordered := packs.ByGroupOrder(set.Phrases, set.GroupOrder())
	first := ordered[0]
	if !strings.HasPrefix(first.Group, "售前/问候") || !strings.Contains(first.Text, "您好") {
		t.Errorf("first row %s (%s, %s): %s, want a greeting", first.Code, first.Title, first.Group, first.Text)
	}
	var tabs []string
	seen := map[string]bool{}
	for _, ph := range ordered {
		top, _, _ := strings.Cut(ph.Group, "/")
		if top != "" && !seen[top] {
			seen[top] = true
			tabs = append(tabs, top)
		}
	}
	if got := strings.Join(tabs, " "); got != "售前 通用 售中 售后 评价 大促" {
		t.Errorf("tabs %s", got)
	}
}

// TestComplianceTrapsHaveAnswers: the traps buyers set most often (cash for
// a good review, moving to WeChat, paying outside the platform, the agent's
// phone number) each have a polite answer that keeps the chat on the
// platform; TestStarterPacks holds them to the service standard.
func TestComplianceTrapsHaveAnswers(t *testing.T) {
	set := packs.Load([]packs.Source{{Name: "embedded", Layer: domain.LayerEmbedded, Path: ".", FS: phrases.FS}})
	for _, trap := range []struct{ keyword, says string }{
		{"fanxian", "不能用现金或红包换评价"},
		{"weixin", "不能加私人联系方式"},
		{"zhuanzhang", "都需要在平台下单付款"},
		{"dianhua", "不提供个人手机号"},
	} {
		found := false
		for _, ph := range set.Phrases {
			for _, k := range ph.Keywords {
				if k == trap.keyword && ph.Group == "通用/合规" && strings.Contains(ph.Text, trap.says) {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("no answer in 通用/合规 with keyword %s saying %q", trap.keyword, trap.says)
		}
	}
}
