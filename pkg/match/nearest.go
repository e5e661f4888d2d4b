package match

import (
	"sort"
	"strings"

	"github.com/huashu-cli/huashu/internal/spell"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// Tried names, for "nothing found" messages, the ways a query was matched.
const Tried = "编码、拼音首字母与全拼、模糊音、错一个字母、正文、近似匹配"

// NearestCodes lists up to n phrases whose code is close to query in
// spelling: one edit away (two for four runes or more), or starting with
// it; the closest first, then by code. It is what "nothing found" and
// "no such code" suggest, so an agent who mistyped a code sees the one
// meant. Each code appears once.
func (m *Matcher) NearestCodes(query string, n int) []*phrase.Phrase {
	q := strings.ToLower(strings.TrimSpace(query))
	if q == "" || n <= 0 {
		return nil
	}
	limit := 1
	if len([]rune(q)) >= 4 {
		limit = 2
	}
	type near struct {
		ph   *phrase.Phrase
		dist int
	}
	var nears []near
	m.mu.Lock()
	defer m.mu.Unlock()
	m.guard(func() {
		seen := map[string]bool{}
		for i := range m.n {
			code := m.codeAt(i)
			if seen[code] {
				continue
			}
			d := spell.Distance(q, code)
			if d <= limit || strings.HasPrefix(code, q) {
				seen[code] = true
				nears = append(nears, near{m.phraseAt(i), d})
			}
		}
	})
	sort.SliceStable(nears, func(i, j int) bool {
		if nears[i].dist != nears[j].dist {
			return nears[i].dist < nears[j].dist
		}
		return nears[i].ph.Code < nears[j].ph.Code
	})
	out := make([]*phrase.Phrase, 0, min(n, len(nears)))
	for _, x := range nears[:min(n, len(nears))] {
		out = append(out, x.ph)
	}
	return out
}
