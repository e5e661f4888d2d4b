package lint

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

// NEVER COMMIT: debugging aid.
func TestZZDebug(t *testing.T) {
	text := os.Getenv("ZZ")
	if text == "" {
		t.Skip()
	}
	l, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tx := range strings.Split(text, "\n") {
		c := newChecker(l)
		c.norm.reset(tx)
		fmt.Printf("TEXT  %s\nNORM  %s\n", tx, string(c.norm.norm))
		var b strings.Builder
		for i, r := range c.norm.norm {
			if c.norm.brk[i] != 0 {
				fmt.Fprintf(&b, "|%d", c.norm.brk[i])
			}
			b.WriteRune(r)
		}
		fmt.Printf("BRKS  %s\n", b.String())
		c.hits, c.cues = l.words.match(&c.norm, c.hits[:0], c.cues[:0], &c.sc)
		c.indexCues()
		rs := []rune(tx)
		c.runes = rs
		if os.Getenv("ZZG") != "" {
			for i := range c.hits {
				h := &c.hits[i]
				fired := []string{}
				for _, g := range h.guards {
					if guards[g](c, h) {
						fired = append(fired, g)
					}
				}
				o := ""
				if h.start >= 0 && h.end <= len(rs) {
					o = string(rs[h.start:h.end])
				}
				fmt.Printf("HIT   %s %q what=%q weak=%v acct=%v outright=%v guards=%v fired=%v\n", h.rule, o, h.what, h.weak, h.account, h.outright, h.guards, fired)
			}
			for _, cu := range c.cues {
				fmt.Printf("CUE   %s/%s %q\n", cu.rule, cu.kind, string(c.norm.norm[cu.nstart:cu.nend]))
			}
		}
		src := "pack: 调试\nphrases:\n  - code: zz\n    title: zz\n    text: " + fmt.Sprintf("%q", tx) + "\n"
		res := l.Lint([]Input{{File: "zz.yaml", Data: []byte(src), Layer: phrase.LayerTeam}})
		for _, p := range res.Problems {
			fmt.Printf("PROBLEM %s %s %s\n", p.Severity, p.Rule, p.Message)
		}
	}
}
