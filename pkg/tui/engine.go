package tui

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/huashu-cli/huashu/pkg/match"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// engine owns the phrases and one matcher per scope (group × platform). It
// is shared by every copy of the Model and used from the filter tea.Cmd, so
// it locks; the Model keeps at most one search in flight.
type engine struct {
	mu       sync.Mutex
	cat      Catalog
	now      time.Time // the clock the phrases live now were taken at
	live     []int32   // the phrases live at now, in the catalog's order
	isLive   []uint64  // live, a bit per catalog id
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
	ids      []int32         // the catalog's phrases in scope, in its order
	platform phrase.Platform // the matcher only matches the body sent on it
	matcher  *match.Matcher  // built on first use (or by warm)
	byUse    []int32         // empty-query list, most used first; nil = stale
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

// newEngine serves the catalog's phrases live at now (valid windows are
// taken at the moment the engine is built, as the picker's list was).
func newEngine(cat Catalog, now time.Time, frecency map[string]float64, pins []string, fuzzy *match.FuzzyPair) *engine {
	f := make(map[string]float64, len(frecency))
	for k, v := range frecency {
		f[k] = v
	}
	e := &engine{cat: cat, now: now, frecency: f, pinned: pinIndex(pins), scopes: map[scopeKey]*scope{}, fuzzy: fuzzy}
	e.live = cat.Scope(now, "", "")
	e.isLive = make([]uint64, (cat.Len()+63)/64)
	for _, id := range e.live {
		e.isLive[id/64] |= 1 << (id % 64)
	}
	e.scopes[scopeKey{}] = &scope{ids: e.live}
	return e
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

func (e *engine) scope(k scopeKey) *scope {
	if s, ok := e.scopes[k]; ok {
		return s
	}
	s := &scope{platform: k.platform, ids: e.cat.Scope(e.now, k.platform, k.group)}
	e.scopes[k] = s
	return s
}

func (e *engine) matcher(s *scope) *match.Matcher {
	if s.matcher == nil {
		// Searched in the catalog's id order, which is pack order (the
		// index's effective phrases): equal scores then break as search
		// breaks them (docs/matching.md), not in the empty list's group
		// order.
		ids := slices.Clone(s.ids)
		slices.Sort(ids)
		s.matcher = e.cat.Matcher(ids)
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
func (e *engine) search(k scopeKey, query string) (results rows, total int) {
	e.mu.Lock()
	defer e.mu.Unlock()
	s := e.scope(k)
	if strings.TrimSpace(query) == "" {
		if s.byUse == nil {
			s.byUse = e.byUse(s.ids)
		}
		return rows{ids: s.byUse, cat: e.cat}, len(s.ids)
	}
	if r, ok := s.recent[query]; ok {
		e.tick++
		r.tick = e.tick
		s.recent[query] = r
		return rows{res: r.results}, len(s.ids)
	}
	res := e.matcher(s).Search(query, resultLimit)
	if e.cat.Damaged() != nil {
		return rows{}, len(s.ids) // nothing cached: the reload it brings searches again
	}
	if s.recent == nil {
		s.recent = map[string]recentResult{}
	}
	if len(s.recent) >= recentMax {
		s.evictOldest(recentMax / 2)
	}
	e.tick++
	s.recent[query] = recentResult{results: res, tick: e.tick}
	return rows{res: res}, len(s.ids)
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
// Only the pinned and used ones are sorted, found through their codes
// (usually a few hundred among many thousands); the rest keep their order,
// and no phrase is decoded until a row shows it.
func (e *engine) byUse(ids []int32) []int32 {
	special := map[int32]bool{}
	for _, codes := range []map[string]float64{e.frecency, pinCodes(e.pinned)} {
		for code, f := range codes {
			if f <= 0 {
				continue
			}
			for _, id := range e.cat.Lookup(code) {
				special[int32(id)] = true
			}
		}
	}
	var pinned, used, rest []int32
	if len(special) == 0 {
		return ids
	}
	rest = make([]int32, 0, len(ids))
	for _, id := range ids {
		if !special[id] {
			rest = append(rest, id)
			continue
		}
		code := e.cat.Code(int(id))
		if _, ok := e.pinned[code]; ok {
			pinned = append(pinned, id)
		} else {
			used = append(used, id)
		}
	}
	sort.SliceStable(pinned, func(a, b int) bool {
		return e.pinned[e.cat.Code(int(pinned[a]))] < e.pinned[e.cat.Code(int(pinned[b]))]
	})
	sort.SliceStable(used, func(a, b int) bool {
		return e.frecency[e.cat.Code(int(used[a]))] > e.frecency[e.cat.Code(int(used[b]))]
	})
	out := make([]int32, 0, len(ids))
	out = append(append(append(out, pinned...), used...), rest...)
	return out
}

// pinCodes is the pinned codes as a set (with a positive value, as byUse
// reads it).
func pinCodes(pinned map[string]int) map[string]float64 {
	out := make(map[string]float64, len(pinned))
	for c := range pinned {
		out[c] = 1
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

// topGroups lists the top-level groups of the live phrases, in order.
func (e *engine) topGroups() []string { return e.cat.TopGroups(e.live) }

// liveCount is how many phrases are live.
func (e *engine) liveCount() int { return len(e.live) }

// hasGroup reports whether a live phrase is in group g or nested under it.
func (e *engine) hasGroup(g string) bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return len(e.scope(scopeKey{group: g}).ids) > 0
}

// resolve finds old among the live phrases: the same phrase (code and
// file), else the first phrase now serving its code (a higher layer's,
// after "huashu add CODE --force"); nil when the code is gone.
func (e *engine) resolve(old *phrase.Phrase) *phrase.Phrase {
	var ids []int32
	for _, id := range e.cat.Lookup(old.Code) {
		if e.isLive[id/64]&(1<<(id%64)) != 0 {
			ids = append(ids, int32(id))
		}
	}
	if len(ids) > 1 {
		// In the live order (the catalog's), not the code table's.
		at := map[int32]int{}
		for i, id := range e.live {
			at[id] = i
		}
		sort.Slice(ids, func(a, b int) bool { return at[ids[a]] < at[ids[b]] })
	}
	var byCode *phrase.Phrase
	for _, id := range ids {
		ph := e.cat.Phrase(int(id))
		if ph == nil {
			continue
		}
		if samePhrase(ph, old) {
			return ph
		}
		if byCode == nil {
			byCode = ph
		}
	}
	return byCode
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
