package tui

import (
	"sort"
	"strings"
	"sync"

	"github.com/huashu-cli/huashu/pkg/match"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// engine owns the phrases and one matcher per scope (group × platform). It
// is shared by every copy of the Model and used from the filter tea.Cmd, so
// it locks; the Model keeps at most one search in flight.
type engine struct {
	mu       sync.Mutex
	all      []*phrase.Phrase
	frecency map[string]float64
	pinned   map[string]int // code → its place among the pins
	scopes   map[scopeKey]*scope
	tick     int
	fuzzy    *match.FuzzyPair // Options.FuzzyPinyin
}

// scopeKey is what narrows the list before the query: the group tab and the
// platform.
type scopeKey struct {
	group    string // "" = 全部
	platform phrase.Platform
}

type scope struct {
	phrases  []*phrase.Phrase
	platform phrase.Platform // the matcher only matches the body sent on it
	matcher  *match.Matcher  // built on first use (or by warm)
	byUse    []match.Result  // empty-query list, most used first; nil = stale
	// recent holds the results of recent queries, so Backspace and
	// retyping cost nothing; cleared when frecency changes.
	recent map[string]recentResult
}

type recentResult struct {
	results []match.Result
	tick    int
}

// recentMax bounds scope.recent; the oldest half goes when it is full.
const recentMax = 64

func newEngine(phrases []*phrase.Phrase, frecency map[string]float64, pins []string, fuzzy *match.FuzzyPair) *engine {
	f := make(map[string]float64, len(frecency))
	for k, v := range frecency {
		f[k] = v
	}
	return &engine{all: phrases, frecency: f, pinned: pinIndex(pins), scopes: map[scopeKey]*scope{}, fuzzy: fuzzy}
}

func pinIndex(pins []string) map[string]int {
	m := make(map[string]int, len(pins))
	for i, c := range pins {
		if _, dup := m[c]; !dup {
			m[c] = i
		}
	}
	return m
}

// inGroup reports whether a phrase's group is g or nested under it.
func inGroup(ph *phrase.Phrase, g string) bool {
	return g == "" || ph.Group == g || strings.HasPrefix(ph.Group, g+"/")
}

func (e *engine) scope(k scopeKey) *scope {
	if s, ok := e.scopes[k]; ok {
		return s
	}
	s := &scope{platform: k.platform}
	if k.group == "" && k.platform == "" {
		s.phrases = e.all
	} else {
		for _, ph := range e.all {
			if inGroup(ph, k.group) && ph.AppliesTo(k.platform) {
				s.phrases = append(s.phrases, ph)
			}
		}
	}
	e.scopes[k] = s
	return s
}

func (e *engine) matcher(s *scope) *match.Matcher {
	if s.matcher == nil {
		s.matcher = match.New(s.phrases)
		s.matcher.SetPlatform(s.platform)
		s.matcher.SetFrecency(e.frecency)
		if e.fuzzy != nil {
			s.matcher.SetFuzzyPinyin(*e.fuzzy)
		}
	}
	return s.matcher
}

// nearest names the codes of a scope nearest to a query nothing matched.
func (e *engine) nearest(k scopeKey, query string) []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	var out []string
	for _, ph := range e.matcher(e.scope(k)).NearestCodes(query, 5) {
		out = append(out, ph.Code+"（"+ph.Title+"）")
	}
	return out
}

// warm builds the matcher of a scope ahead of the first keystroke (the
// picker runs it as a command right after the first frame).
func (e *engine) warm(k scopeKey) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.matcher(e.scope(k))
}

// search runs the query in a scope. The empty query lists the scope in the
// one documented order (pinned, then frecency, then pack order; see byUse),
// cached until the next copy or pin.
func (e *engine) search(k scopeKey, query string) (results []match.Result, total int) {
	e.mu.Lock()
	defer e.mu.Unlock()
	s := e.scope(k)
	if strings.TrimSpace(query) == "" {
		if s.byUse == nil {
			s.byUse = e.byUse(s.phrases)
		}
		return s.byUse, len(s.phrases)
	}
	if r, ok := s.recent[query]; ok {
		e.tick++
		r.tick = e.tick
		s.recent[query] = r
		return r.results, len(s.phrases)
	}
	res := e.matcher(s).Search(query, resultLimit)
	if s.recent == nil {
		s.recent = map[string]recentResult{}
	}
	if len(s.recent) >= recentMax {
		s.evictOldest(recentMax / 2)
	}
	e.tick++
	s.recent[query] = recentResult{results: res, tick: e.tick}
	return res, len(s.phrases)
}

func (s *scope) evictOldest(n int) {
	ticks := make([]int, 0, len(s.recent))
	for _, r := range s.recent {
		ticks = append(ticks, r.tick)
	}
	sort.Ints(ticks)
	cut := ticks[min(n, len(ticks))-1]
	for q, r := range s.recent {
		if r.tick <= cut {
			delete(s.recent, q)
		}
	}
}

// resultLimit caps a query's results: nobody scrolls past a thousand, and
// the matcher computes highlight positions only for the ones it returns.
const resultLimit = 1000

// byUse is the empty-query list, in one order whether the picker has been
// open all day or just started (docs/picker.md):
//
//  1. pinned phrases, in the order they were pinned;
//  2. used phrases, highest frecency first (pkg/history's score: the
//     picker reloads it from the store after every copy, so the order in a
//     session is the order the next start computes);
//  3. the rest in pack order (group order declared by the packs, then file
//     order).
//
// Only the pinned and used ones are sorted: usually a few hundred among many
// thousands.
func (e *engine) byUse(phrases []*phrase.Phrase) []match.Result {
	out := make([]match.Result, 0, len(phrases))
	var pinned, used []*phrase.Phrase
	for _, ph := range phrases {
		if _, ok := e.pinned[ph.Code]; ok {
			pinned = append(pinned, ph)
		} else if e.frecency[ph.Code] > 0 {
			used = append(used, ph)
		}
	}
	sort.SliceStable(pinned, func(a, b int) bool { return e.pinned[pinned[a].Code] < e.pinned[pinned[b].Code] })
	sort.SliceStable(used, func(a, b int) bool { return e.frecency[used[a].Code] > e.frecency[used[b].Code] })
	for _, list := range [][]*phrase.Phrase{pinned, used} {
		for _, ph := range list {
			out = append(out, match.Result{Phrase: ph})
		}
	}
	for _, ph := range phrases {
		if _, ok := e.pinned[ph.Code]; !ok && e.frecency[ph.Code] <= 0 {
			out = append(out, match.Result{Phrase: ph})
		}
	}
	return out
}

// setFrecency replaces the scores (after a copy, from the history store).
func (e *engine) setFrecency(scores map[string]float64) {
	e.mu.Lock()
	defer e.mu.Unlock()
	f := make(map[string]float64, len(scores))
	for k, v := range scores {
		f[k] = v
	}
	e.frecency = f
	e.invalidate()
}

// bump lifts a code when there is no history store to ask (tests, a store
// that failed): one more use at the same moment as the others' scores.
func (e *engine) bump(code string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.frecency[code]++
	e.invalidate()
}

// frecencyCopy is the scores, for an engine built on reload.
func (e *engine) frecencyCopy() map[string]float64 {
	e.mu.Lock()
	defer e.mu.Unlock()
	f := make(map[string]float64, len(e.frecency))
	for k, v := range e.frecency {
		f[k] = v
	}
	return f
}

// setPins replaces the pinned codes.
func (e *engine) setPins(pins []string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.pinned = pinIndex(pins)
	for _, s := range e.scopes {
		s.byUse = nil
	}
}

// isPinned reports whether code is pinned.
func (e *engine) isPinned(code string) bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	_, ok := e.pinned[code]
	return ok
}

// invalidate drops what depends on frecency; e.mu is held.
func (e *engine) invalidate() {
	for _, s := range e.scopes {
		s.byUse, s.recent = nil, nil
		if s.matcher != nil {
			s.matcher.SetFrecency(e.frecency)
		}
	}
}

// groups lists the top-level groups in pack order.
func topGroups(phrases []*phrase.Phrase) []string {
	var out []string
	seen := map[string]bool{}
	for _, ph := range phrases {
		if ph.Group == "" {
			continue
		}
		g, _, _ := strings.Cut(ph.Group, "/")
		if !seen[g] {
			seen[g] = true
			out = append(out, g)
		}
	}
	return out
}

// forgetRecent drops every cached query result (benchmarks measure the
// matcher's cost per key with it).
func (e *engine) forgetRecent() {
	e.mu.Lock()
	defer e.mu.Unlock()
	for _, s := range e.scopes {
		s.recent = nil
	}
}
