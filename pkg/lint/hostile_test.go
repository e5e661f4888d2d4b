package lint

import (
	"strings"
	"testing"
	"time"
)

// Large hostile replies stay linear: no quadratic corner in the checks.
func TestHostileRepliesStayFast(t *testing.T) {
	l, err := New(Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	for name, s := range map[string]string{
		"最":     strings.Repeat("最", 20000),
		"最近":    strings.Repeat("最近", 20000),
		"{{":    strings.Repeat("{{a", 20000),
		"}}":    strings.Repeat("}}", 20000),
		"links": strings.Repeat("a.com ", 5000),
		"smile": strings.Repeat("/:^_^", 5000),
		"email": strings.Repeat("a@b.cn ", 5000),
		"加微信":   strings.Repeat("加微信", 10000),
		// lint v34: reading.go reads the reply's shape once, not once per hit.
		"不知道": strings.Repeat("不知道，", 5000),
		"装微信": strings.Repeat("电脑装微信，", 5000),
		"婆婆说": strings.Repeat("婆婆说“不知道”，", 3000),
	} {
		src := "pack: x\nphrases:\n  - code: a\n    title: t\n    text: \"" + s + "\"\n"
		start := time.Now()
		r := l.Lint([]Input{{File: "f.yaml", Data: []byte(src)}})
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%s: %v for %d problems", name, d, len(r.Problems))
		}
	}
}
