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
