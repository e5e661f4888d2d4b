package index

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/huashu-cli/huashu/pkg/match"
	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// TestSetMatchesLoad is the differential test of loading: for random
// libraries, the index (built, then read back from its file) holds exactly
// what pack.LoadWith gives for the same sources — every pack with its
// phrases, the effective phrases, overrides, conflicts and problems — and
// answers get's lookups and the filters as the set would.
func TestSetMatchesLoad(t *testing.T) {
	seeds := uint64(40)
	if raceEnabled {
		seeds = 6
	}
	for seed := range seeds {
		r := rand.New(rand.NewPCG(seed, 15))
		lib := genLibrary(t, r, t.TempDir())
		want := pack.LoadWith(lib.sources, pack.ParseLean)
		cache := t.TempDir()
		Load(lib.sources, Options{Dir: cache}) // built and written
		x := Load(lib.sources, Options{Dir: cache})
		if x.Path() == "" {
			t.Fatalf("seed %d: index not written", seed)
		}
		got, err := x.Set()
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("seed %d: the index's set differs from pack.LoadWith's\n%s", seed, diffSets(got, want))
		}
		checkQueries(t, seed, x, want)
		checkSearches(t, seed, r, x, want)
	}
}

// checkSearches runs the searches get, search and the picker make through
// the index (Filter or Scope, then its matcher) and through the set (the
// phrases filtered in a slice, match.New), and compares every result:
// phrase, score, approximate flag, field and positions.
func checkSearches(t *testing.T, seed uint64, r *rand.Rand, x *Index, want *pack.Set) {
	t.Helper()
	queries := []string{"", "aa", "a", "退款", "tk", "tuikuan", "发货 物流", "亲 退款什么时候到账啊", "vip", "7天", "七天", "xyzzy", "fahuo", "核实", "zengpin", "赠品", "typec", "订单号"}
	for range 10 {
		ph := want.Phrases[r.IntN(len(want.Phrases))]
		queries = append(queries, ph.Code, ph.Title, string([]rune(ph.Joined())[:min(3, len([]rune(ph.Joined())))]))
	}
	scores := map[string]float64{}
	for range 5 {
		scores[want.Phrases[r.IntN(len(want.Phrases))].Code] = float64(1 + r.IntN(9))
	}
	now := time.Date(2026, 6, 15, 2, 0, 0, 0, time.UTC)
	order := pack.ByGroupOrder(want.Phrases, want.GroupOrder())
	for _, p := range append([]phrase.Platform{""}, phrase.Platforms...) {
		for _, picker := range []bool{false, true} {
			var phrases []*phrase.Phrase
			var eids []int32
			if picker {
				for _, ph := range order {
					if ph.Valid.Contains(now) && ph.AppliesTo(p) {
						phrases = append(phrases, ph)
					}
				}
				eids = x.Scope(now, p, "")
			} else {
				for _, ph := range want.Phrases {
					if ph.Valid.Contains(now) && ph.AppliesTo(p) {
						phrases = append(phrases, ph)
					}
				}
				eids = x.Filter(now, p)
			}
			old, cur := match.New(phrases), x.Matcher(eids)
			for _, m := range []*match.Matcher{old, cur} {
				m.SetPlatform(p)
				m.SetFrecency(scores)
			}
			for _, q := range queries {
				b := old.Search(q, 0)
				// The matcher a command that searches once uses, fresh for
				// each query.
				once := x.MatcherOnce(eids)
				once.SetPlatform(p)
				once.SetFrecency(scores)
				for _, a := range [][]match.Result{cur.Search(q, 0), once.Search(q, 0)} {
					if len(a) != len(b) {
						t.Fatalf("seed %d, %q on %q (picker %v): %d results, want %d", seed, q, p, picker, len(a), len(b))
					}
					for i := range a {
						pa, pb := a[i].Phrase, b[i].Phrase
						ra, rb := a[i], b[i]
						ra.Phrase, rb.Phrase = nil, nil
						if !reflect.DeepEqual(pa, pb) || !reflect.DeepEqual(ra, rb) {
							t.Fatalf("seed %d, %q on %q (picker %v), #%d: %s %+v, want %s %+v", seed, q, p, picker, i, pa.Code, ra, pb.Code, rb)
						}
					}
				}
				na, nb := cur.NearestCodes(q, 5), old.NearestCodes(q, 5)
				if len(na) != len(nb) {
					t.Fatalf("seed %d: NearestCodes(%q) %d, want %d", seed, q, len(na), len(nb))
				}
			}
		}
	}
	if x.Damaged() != nil {
		t.Fatal(x.Damaged())
	}
}

// checkQueries compares the index's queries with the set's.
func checkQueries(t *testing.T, seed uint64, x *Index, want *pack.Set) {
	t.Helper()
	if x.Len() != len(want.Phrases) {
		t.Fatalf("seed %d: Len %d, want %d", seed, x.Len(), len(want.Phrases))
	}
	if got := x.Phrases(); !reflect.DeepEqual(got, want.Phrases) {
		t.Fatalf("seed %d: Phrases differ", seed)
	}
	codes := map[string]bool{"zz": true, "": true}
	for e, ph := range want.Phrases {
		codes[ph.Code] = true
		if !reflect.DeepEqual(x.Phrase(e), ph) || x.Code(e) != ph.Code || x.Group(e) != ph.Group {
			t.Fatalf("seed %d: phrase %d differs", seed, e)
		}
	}
	for code := range codes {
		var got []*phrase.Phrase
		for _, e := range x.Lookup(code) {
			got = append(got, x.Phrase(e))
		}
		if w := want.Lookup(code); !reflect.DeepEqual(got, w) {
			t.Fatalf("seed %d: Lookup(%q) = %d phrases, want %d", seed, code, len(got), len(w))
		}
	}
	order := pack.ByGroupOrder(want.Phrases, want.GroupOrder())
	for _, now := range []time.Time{time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 6, 15, 2, 0, 0, 0, time.UTC), time.Date(2027, 6, 18, 15, 59, 59, 999999999, time.UTC), time.Date(2027, 6, 18, 16, 0, 0, 0, time.UTC)} {
		for _, p := range append([]phrase.Platform{""}, phrase.Platforms...) {
			var wantIDs []*phrase.Phrase
			for _, ph := range want.Phrases {
				if ph.Valid.Contains(now) && ph.AppliesTo(p) {
					wantIDs = append(wantIDs, ph)
				}
			}
			var got []*phrase.Phrase
			for _, e := range x.Filter(now, p) {
				got = append(got, want.Phrases[e])
			}
			if !slices.Equal(got, wantIDs) {
				t.Fatalf("seed %d: Filter(%v, %q) differs", seed, now, p)
			}
			for _, g := range []string{"", "售后", "活动", "物流"} {
				var wantScope, gotScope []*phrase.Phrase
				for _, ph := range order {
					if ph.Valid.Contains(now) && ph.AppliesTo(p) && (g == "" || ph.Group == g || len(ph.Group) > len(g) && ph.Group[:len(g)+1] == g+"/") {
						wantScope = append(wantScope, ph)
					}
				}
				for _, e := range x.Scope(now, p, g) {
					gotScope = append(gotScope, want.Phrases[e])
				}
				if !slices.Equal(gotScope, wantScope) {
					t.Fatalf("seed %d: Scope(%v, %q, %q) differs", seed, now, p, g)
				}
			}
		}
	}
	if len(x.Conflicts()) != len(want.Conflicts) {
		t.Fatalf("seed %d: %d conflicts, want %d", seed, len(x.Conflicts()), len(want.Conflicts))
	}
	for i, c := range x.Conflicts() {
		var got []*phrase.Phrase
		for _, e := range c.EIDs {
			got = append(got, want.Phrases[e])
		}
		if c.Code != want.Conflicts[i].Code || !slices.Equal(got, want.Conflicts[i].Phrases) {
			t.Fatalf("seed %d: conflict %d differs", seed, i)
		}
	}
	if !reflect.DeepEqual(x.Problems(), want.Problems) {
		t.Fatalf("seed %d: problems differ:\n%v\n%v", seed, x.Problems(), want.Problems)
	}
}

// diffSets says where two sets first differ.
func diffSets(a, b *pack.Set) string {
	switch {
	case len(a.Packs) != len(b.Packs):
		return "packs count"
	case len(a.Phrases) != len(b.Phrases):
		return "phrases count"
	}
	for i := range a.Packs {
		pa, pb := *a.Packs[i], *b.Packs[i]
		if !reflect.DeepEqual(pa.Phrases, pb.Phrases) {
			for j := range pa.Phrases {
				if !reflect.DeepEqual(pa.Phrases[j], pb.Phrases[j]) {
					return "pack " + pa.Name + ": phrase " + pa.Phrases[j].Code
				}
			}
			return "pack " + pa.Name + " phrases"
		}
		pa.Phrases, pb.Phrases = nil, nil
		if !reflect.DeepEqual(pa, pb) {
			return "pack " + pa.Name + " metadata"
		}
	}
	switch {
	case !reflect.DeepEqual(a.Overrides, b.Overrides):
		return "overrides"
	case !reflect.DeepEqual(a.Conflicts, b.Conflicts):
		return "conflicts"
	case !reflect.DeepEqual(a.Problems, b.Problems):
		return "problems"
	case !reflect.DeepEqual(a.Sources, b.Sources):
		return "sources"
	}
	return "phrases"
}

// TestDeferredMatchesLoad is the differential test of the cold path: an
// index served from the packs parsed into memory (Options.DeferAbove)
// writes nothing and answers exactly as the set (and so as a built index)
// does; Build then writes the index the next start opens without parsing.
func TestDeferredMatchesLoad(t *testing.T) {
	seeds := uint64(20)
	if raceEnabled {
		seeds = 4
	}
	for seed := range seeds {
		r := rand.New(rand.NewPCG(seed, 15))
		lib := genLibrary(t, r, t.TempDir())
		want := pack.LoadWith(lib.sources, pack.ParseLean)
		cache := t.TempDir()
		x := Load(lib.sources, Options{Dir: cache, DeferAbove: 1})
		if !x.Deferred() || x.Path() != "" {
			t.Fatalf("seed %d: not deferred (%q)", seed, x.Path())
		}
		if files := indexFiles(t, cache); len(files) != 0 {
			t.Fatalf("seed %d: a deferred load wrote %v", seed, files)
		}
		got, err := x.Set()
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("seed %d: the deferred index's set differs from pack.LoadWith's\n%s", seed, diffSets(got, want))
		}
		checkQueries(t, seed, x, want)
		checkSearches(t, seed, r, x, want)

		if !Build(lib.sources, Options{Dir: cache}) {
			t.Fatalf("seed %d: Build did not build", seed)
		}
		parses := countParses(t)
		y := Load(lib.sources, Options{Dir: cache, DeferAbove: 1})
		if y.Deferred() || y.Path() == "" || parses.Load() != 0 {
			t.Fatalf("seed %d: after Build, a load parsed %d files (deferred %v)", seed, parses.Load(), y.Deferred())
		}
	}
}

// TestDeferBelowTheSize: packs smaller than DeferAbove are built and
// written as before.
func TestDeferBelowTheSize(t *testing.T) {
	lib := genLibrary(t, rand.New(rand.NewPCG(1, 15)), t.TempDir())
	cache := t.TempDir()
	x := Load(lib.sources, Options{Dir: cache, DeferAbove: 1 << 40})
	if x.Deferred() || x.Path() == "" {
		t.Fatalf("deferred below the size (%q)", x.Path())
	}
}
