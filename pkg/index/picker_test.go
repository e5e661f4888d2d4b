package index

import (
	"math/rand/v2"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/huashu-cli/huashu/pkg/match"
	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
	"github.com/huashu-cli/huashu/pkg/tui"
)

// TestPickerMatchesLoad: the picker over the index (its catalog: phrases
// decoded when a row shows them) lists exactly what it lists over the
// loaded phrases (pack.ByGroupOrder of the set) — the empty list with pins
// and frecency, every group tab and platform, and searches typed into it.
func TestPickerMatchesLoad(t *testing.T) {
	now := time.Date(2026, 6, 15, 2, 0, 0, 0, time.UTC)
	seeds := uint64(25)
	if raceEnabled {
		seeds = 4
	}
	for seed := range seeds {
		r := rand.New(rand.NewPCG(seed, 16))
		lib := genLibrary(t, r, t.TempDir())
		set := pack.LoadWith(lib.sources, pack.ParseLean)
		x := Load(lib.sources, Options{Dir: t.TempDir()})
		frec := map[string]float64{}
		var pins []string
		for range 6 {
			ph := set.Phrases[r.IntN(len(set.Phrases))]
			if r.IntN(2) == 0 {
				pins = append(pins, ph.Code)
			} else {
				frec[ph.Code] = float64(1 + r.IntN(5))
			}
		}
		opts := func() tui.Options {
			return tui.Options{Frecency: frec, Pins: pins, Now: func() time.Time { return now }}
		}
		oldO, newO := opts(), opts()
		oldO.Phrases = pack.ByGroupOrder(set.Phrases, set.GroupOrder())
		newO.Catalog = x
		for _, plat := range append([]phrase.Platform{""}, phrase.Platforms...) {
			oldO.Platform, newO.Platform = plat, plat
			a, b := tui.New(oldO), tui.New(newO)
			for tab := 0; tab < 4; tab++ {
				for _, q := range []string{"", "a", "退款", "tk", "发货 物流", "亲 怎么退款啊"} {
					ra, rb := settle(t, a, q), settle(t, b, q)
					if q != "" {
						// A query's results: the scope searched in pack
						// order (equal scores break as search breaks them),
						// whatever order the empty list shows.
						var scope []*phrase.Phrase
						for _, ph := range set.Phrases {
							if ph.Valid.Contains(now) && ph.AppliesTo(plat) && (rb.Group() == "" || ph.Group == rb.Group() || strings.HasPrefix(ph.Group, rb.Group()+"/")) {
								scope = append(scope, ph)
							}
						}
						m := match.New(scope)
						m.SetPlatform(plat)
						m.SetFrecency(frec)
						if want := m.Search(q, 1000); !sameRows(want, rb.Results()) {
							t.Fatalf("seed %d, platform %q, group %q, query %q: the index's results differ (%d rows, want %d)",
								seed, plat, rb.Group(), q, len(rb.Results()), len(want))
						}
						continue
					}
					if !sameRows(ra.Results(), rb.Results()) {
						t.Fatalf("seed %d, platform %q, group %q, query %q: the index's list differs (%d rows, want %d)",
							seed, plat, rb.Group(), q, len(rb.Results()), len(ra.Results()))
					}
					if q == "" {
						// And the empty list is what the picker before the
						// index listed (its code, kept here as the oracle).
						var want []*phrase.Phrase
						for _, ph := range oldO.Phrases {
							if ph.Valid.Contains(now) && ph.AppliesTo(plat) && (rb.Group() == "" || ph.Group == rb.Group() || strings.HasPrefix(ph.Group, rb.Group()+"/")) {
								want = append(want, ph)
							}
						}
						want = oldByUse(want, pins, frec)
						got := rb.Results()
						if len(got) != len(want) {
							t.Fatalf("seed %d: empty list %d rows, want %d", seed, len(got), len(want))
						}
						for i := range got {
							if !reflect.DeepEqual(got[i].Phrase, want[i]) {
								t.Fatalf("seed %d, platform %q, group %q: empty list row %d is %s, want %s", seed, plat, rb.Group(), i, got[i].Phrase.Code, want[i].Code)
							}
						}
					}
					if ra.View() != rb.View() {
						t.Fatalf("seed %d, platform %q, group %q, query %q: the screens differ:\n%s\n---\n%s", seed, plat, rb.Group(), q, rb.View(), ra.View())
					}
				}
				a, b = nextTab(a), nextTab(b)
			}
		}
	}
}

// settle types q into a fresh copy of m and runs the search to the end.
func settle(t *testing.T, m tui.Model, q string) tui.Model {
	t.Helper()
	next, _ := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	m = next.(tui.Model)
	for _, c := range q {
		next, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{c}})
		m = next.(tui.Model)
		m = drain(m, cmd)
	}
	return m
}

// drain runs the commands a key started until the results arrive.
func drain(m tui.Model, cmd tea.Cmd) tui.Model {
	for i := 0; cmd != nil && i < 10; i++ {
		msg := cmd()
		if batch, ok := msg.(tea.BatchMsg); ok {
			for _, c := range batch {
				m = drain(m, c)
			}
			return m
		}
		if msg == nil {
			return m
		}
		next, c := m.Update(msg)
		m, cmd = next.(tui.Model), c
	}
	return m
}

func nextTab(m tui.Model) tui.Model {
	next, cmd := m.Update(tea.KeyMsg{Type: tea.KeyTab})
	return drain(next.(tui.Model), cmd)
}

func sameRows(a, b []match.Result) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		px, py := x.Phrase, y.Phrase
		x.Phrase, y.Phrase = nil, nil
		if !reflect.DeepEqual(px, py) || !reflect.DeepEqual(x, y) {
			return false
		}
	}
	return true
}

// oldByUse is the picker's empty-list order as it was written before the
// serving index (pkg/tui's engine.byUse over a slice of phrases).
func oldByUse(phrases []*phrase.Phrase, pins []string, frecency map[string]float64) []*phrase.Phrase {
	pinned := map[string]int{}
	for i, c := range pins {
		if _, dup := pinned[c]; !dup {
			pinned[c] = i
		}
	}
	var out, pin, used []*phrase.Phrase
	for _, ph := range phrases {
		if _, ok := pinned[ph.Code]; ok {
			pin = append(pin, ph)
		} else if frecency[ph.Code] > 0 {
			used = append(used, ph)
		}
	}
	sort.SliceStable(pin, func(a, b int) bool { return pinned[pin[a].Code] < pinned[pin[b].Code] })
	sort.SliceStable(used, func(a, b int) bool { return frecency[used[a].Code] > frecency[used[b].Code] })
	out = append(append(out, pin...), used...)
	for _, ph := range phrases {
		if _, ok := pinned[ph.Code]; !ok && frecency[ph.Code] <= 0 {
			out = append(out, ph)
		}
	}
	return out
}
