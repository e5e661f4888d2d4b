package lint

import (
	"fmt"
	"strings"

	"github.com/huashu-cli/huashu/pkg/lint/internal/tone"
)

var rudeToneRule = Rule{ID: RuleRudeTone, Severity: Warning, Summary: "语气像服务禁语（语气模型推断，只报警告）", check: checkRudeTone}

// checkRudeTone reports a reply the tone model (internal/tone, trained on the
// labelled corpus) reads as rude when no service rule has already said
// something about it (a 禁语, a push, the deck's discouraged 我不会).
// The model only infers, so it reports at most a warning; the span is the
// clause that reads rudest.
func checkRudeTone(c *checker, t *textCtx) {
	for _, p := range t.st.problems[c.textFrom:] {
		if p.Code == t.ph.Code && strings.HasPrefix(p.Rule, "service/") {
			return
		}
	}
	m := tone.Default()
	if m.ScoreWith(&c.tone, t.value) <= tone.Threshold {
		return
	}
	start, end := rudestClause(m, &c.tone, t.rs)
	sev := c.l.sev[RuleRudeTone]
	if sev > Warning {
		sev = Warning
	}
	c.reportAt(t, RuleRudeTone, sev, start, end,
		fmt.Sprintf("语气生硬 %q：读起来像服务禁语，换成委婉、负责的说法（语气模型推断，报为警告）", string(t.rs[start:end])), nil)
}

// rudestClause returns the rune range of the clause the model scores highest,
// without its closing punctuation.
func rudestClause(m *tone.Model, sc *tone.Scratch, rs []rune) (int, int) {
	bestS, bestE, best := 0, len(rs), -1e18
	for s := 0; s < len(rs); {
		e := s
		for e < len(rs) && !isClauseBreak(foldRune(rs[e])) {
			e++
		}
		if e > s {
			if v := m.ScoreWith(sc, string(rs[s:e])); v > best {
				bestS, bestE, best = s, e, v
			}
		}
		s = e + 1
	}
	return bestS, bestE
}
