package tui

import (
	"testing"
	"time"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

// TestEnginePlatformBodies: a scope's matcher only matches the body sent on
// its platform, so a match only in another platform's variant is not listed.
func TestEnginePlatformBodies(t *testing.T) {
	ph := &phrase.Phrase{Code: "yfx", Title: "运费险", Body: phrase.Body{Text: "按规则理赔"},
		Variants: map[phrase.Platform]phrase.Body{phrase.Tmall: {Text: "理赔款打到支付宝"}}}
	e := newEngine(newPhraseList([]*phrase.Phrase{ph}), time.Now(), nil, nil, nil)
	for _, tt := range []struct {
		plat phrase.Platform
		q    string
		want int
	}{
		{"", "支付宝", 1}, {phrase.Tmall, "支付宝", 1}, {phrase.JD, "支付宝", 0},
		{phrase.Tmall, "按规则", 0}, {phrase.JD, "按规则", 1},
	} {
		if res, _ := e.search(scopeKey{platform: tt.plat}, tt.q); res.Len() != tt.want {
			t.Errorf("platform %q, %q: %d results, want %d", tt.plat, tt.q, res.Len(), tt.want)
		}
	}
}
