package match_test

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"

	"github.com/huashu-cli/huashu/internal/mapfile"
	"github.com/huashu-cli/huashu/pkg/match"
	"github.com/huashu-cli/huashu/pkg/match/corpus"
	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// sliceStore serves a matcher over Data from the phrases it was encoded
// from, as the serving index does from its records.
type sliceStore struct {
	phrases []*phrase.Phrase
	damaged error
}

func (s *sliceStore) Phrase(id int) *phrase.Phrase { return s.phrases[id] }
func (s *sliceStore) Code(id int) string           { return s.phrases[id].Code }
func (s *sliceStore) Damage(err error)             { s.damaged = err }
func (s *sliceStore) Lookup(code string) []int {
	var out []int
	for i, ph := range s.phrases {
		if ph.Code == code {
			out = append(out, i)
		}
	}
	return out
}

func packPhrases(t testing.TB, file string) []*phrase.Phrase {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	p, errs := pack.ParseLean(file, data)
	if p == nil || len(errs) > 0 {
		t.Fatalf("%s: %v", file, errs)
	}
	return p.Phrases
}

// tsvQueries reads the first column of a query file.
func tsvQueries(t testing.TB, file string) []string {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		q, _, _ := strings.Cut(line, "\t")
		out = append(out, q)
	}
	return out
}

// queriesFor adds queries taken from the phrases themselves: codes and
// their prefixes, titles and pieces of them, pieces of bodies (Chinese),
// pasted messages made of body pieces, keywords, and nonsense.
func queriesFor(r *rand.Rand, phrases []*phrase.Phrase, n int) []string {
	var out []string
	piece := func(s string, l int) string {
		rs := []rune(s)
		if len(rs) <= l {
			return s
		}
		i := r.IntN(len(rs) - l)
		return string(rs[i : i+l])
	}
	for range n {
		ph := phrases[r.IntN(len(phrases))]
		switch r.IntN(9) {
		case 0:
			out = append(out, ph.Code)
		case 1:
			out = append(out, ph.Code[:max(1, len(ph.Code)/2)])
		case 2:
			out = append(out, ph.Title)
		case 3:
			out = append(out, piece(ph.Title, 2))
		case 4:
			out = append(out, piece(ph.Joined(), 2+r.IntN(3)))
		case 5:
			out = append(out, "亲 "+piece(ph.Joined(), 6)+"吗？")
		case 6:
			if len(ph.Keywords) > 0 {
				out = append(out, ph.Keywords[0])
			}
		case 7:
			out = append(out, piece(ph.Title, 2)+" "+piece(ph.Joined(), 2))
		default:
			out = append(out, []string{"xyzzy", "7天", "七天", "vip", "id", "ＡＢＣ", "退kuan", "heshi", "tiukuan", "sanpin"}[r.IntN(10)])
		}
	}
	return out
}

func sameResults(a, b []match.Result) string {
	if len(a) != len(b) {
		return fmt.Sprintf("%d results, want %d", len(a), len(b))
	}
	for i := range a {
		x, y := a[i], b[i]
		switch {
		case x.Phrase != y.Phrase:
			return fmt.Sprintf("#%d: phrase %s, want %s", i, x.Phrase.Code, y.Phrase.Code)
		case x.Score != y.Score || x.Approximate != y.Approximate:
			return fmt.Sprintf("#%d %s: score %d approx %v, want %d %v", i, x.Phrase.Code, x.Score, x.Approximate, y.Score, y.Approximate)
		case x.Field != y.Field || !reflect.DeepEqual(x.Positions, y.Positions) || !reflect.DeepEqual(x.Matches, y.Matches):
			return fmt.Sprintf("#%d %s: %s %v %v, want %s %v %v", i, x.Phrase.Code, x.Field, x.Positions, x.Matches, y.Field, y.Positions, y.Matches)
		}
	}
	return ""
}

// TestDataMatchesNew is the matcher's differential test: over Data (the
// serving index's arrays, with posting lists and lazy views), searches give
// exactly what New gives for the same phrases in the same order — order,
// scores, approximate flags, fields and highlight positions — for every
// phrase or a subset in set order or in another order (the picker's group
// order), with platforms, frecency, 模糊音 settings and narrowing.
func TestDataMatchesNew(t *testing.T) {
	sets := map[string][]*phrase.Phrase{
		"eval":      packPhrases(t, "testdata/eval/pack.yaml"),
		"relevance": packPhrases(t, "testdata/relevance.yaml"),
		"corpus":    corpus.Generate(9000, corpus.Seed), // above parallelMin: the parallel paths
		"numerals": {
			{Code: "qt", Title: "7天无理由", Body: phrase.Body{Text: "支持无理由退货"}},
			{Code: "wt", Title: "5天到货", Body: phrase.Body{Text: "偏远地区"}},
			{Code: "sd", Title: "三天发货", Tags: []string{"3天"}, Body: phrase.Body{Text: "3天内发货"}},
			{Code: "jh", Title: "48小时内发出", Keywords: []string{"sishiba"}, Body: phrase.Body{Text: "四十八小时"}},
			{Code: "退七", Title: "退款", Body: phrase.Body{Text: "七"}},
			{Code: "zp", Title: "有赠品", Keywords: []string{"zengpin"}, Body: phrase.Body{Text: "送小样"}},
			{Code: "ae", Title: "爱心", Tags: []string{"aixin", "e"}, Body: phrase.Body{Text: "a"}},
		},
	}
	fixed := append(tsvQueries(t, "testdata/eval/tune.tsv"), tsvQueries(t, "testdata/eval/heldout.tsv")...)
	fixed = append(fixed, tsvQueries(t, "testdata/queries.txt")...)
	fixed = append(fixed, "tk", "tuikuan", "退款", "tkuan", "退款 dz", "", "  ", "t", "退", "亲 我昨天买的退款怎么还没到账啊都好几天了",
		"七天", "7天", "五天", "五天到", "三天", "3天", "四十八", "48小时", "七", "赠品", "赠", "爱", "爱心", "退七")
	for name, all := range sets {
		r := rand.New(rand.NewPCG(uint64(len(all)), 15))
		store := &sliceStore{phrases: all}
		raw := alignedCopy(match.EncodeData(all))
		evictions := 0
		if name == "corpus" && mapfile.Mapped {
			// Served from a mapped file, as the index serves it, with its
			// pages dropped as the scans go (Data.SetEvict).
			raw = mappedCopy(t, raw)
		}
		data, err := match.OpenData(raw)
		if err != nil {
			t.Fatal(err)
		}
		if name == "corpus" && mapfile.Mapped {
			data.SetEvict(func(lo, hi int) { evictions++; mapfile.Evict(raw[lo:hi]) }, 0)
		}
		queries := append(slices.Clone(fixed), queriesFor(r, all, 300)...)
		if raceEnabled {
			queries = queries[len(queries)-60:]
		}
		typing := queries[:min(len(queries), 60)]
		if name == "corpus" {
			// The slow set: fewer queries.
			queries = append(queries[len(queries)-min(len(queries), 40):], "退款", "tk", "七天", "亲 我昨天买的退款怎么还没到账啊都好几天了")
			typing = queries[:6]
		}
		// The universes: all, a subset in order, a subset shuffled.
		var subset, shuffled []int32
		for i := range all {
			if r.IntN(3) != 0 {
				subset = append(subset, int32(i))
			}
		}
		shuffled = slices.Clone(subset)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		scores := map[string]float64{}
		for range 40 {
			scores[all[r.IntN(len(all))].Code] = float64(1 + r.IntN(20))
		}
		for _, u := range []struct {
			name string
			ids  []int32
		}{{"all", nil}, {"subset", subset}, {"shuffled", shuffled}} {
			phrases := all
			if u.ids != nil {
				phrases = nil
				for _, id := range u.ids {
					phrases = append(phrases, all[id])
				}
			}
			want := match.New(phrases)
			got := match.NewFromData(data, u.ids, store)
			for step, plat := range []phrase.Platform{"", phrase.JD, phrase.Tmall} {
				want.SetPlatform(plat)
				got.SetPlatform(plat)
				if step == 1 {
					want.SetFrecency(scores)
					got.SetFrecency(scores)
				}
				if step == 2 {
					want.SetFuzzyPinyin(match.FuzzyPair(0))
					got.SetFuzzyPinyin(match.FuzzyPair(0))
				}
				for qi, q := range queries {
					if (u.ids != nil || step > 0) && qi%4 != step {
						continue // every query once in full, a sample in the other settings
					}
					for _, limit := range []int{20, 0} {
						if limit == 0 && name == "corpus" {
							continue
						}
						if d := sameResults(got.Search(q, limit), want.Search(q, limit)); d != "" {
							t.Fatalf("%s/%s, platform %q, step %d: %q (limit %d): %s", name, u.name, plat, step, q, limit, d)
						}
					}
					if name == "corpus" && step > 0 {
						continue
					}
					if d := sameCodes(got.NearestCodes(q, 5), want.NearestCodes(q, 5)); d != "" {
						t.Fatalf("%s/%s: NearestCodes(%q): %s", name, u.name, q, d)
					}
				}
				// Typing: every prefix, narrowing from the one before.
				for _, q := range typing {
					typed := ""
					for _, c := range q {
						typed += string(c)
						if d := sameResults(got.Search(typed, 20), want.Search(typed, 20)); d != "" {
							t.Fatalf("%s/%s typing %q, at %q: %s", name, u.name, q, typed, d)
						}
					}
				}
			}
			if store.damaged != nil || got.Damaged() != nil {
				t.Fatalf("%s: damaged: %v", name, store.damaged)
			}
		}
		if name == "corpus" && mapfile.Mapped && evictions == 0 {
			t.Errorf("corpus: the scans over the mapped data never evicted its pages")
		}
	}
}

// mappedCopy writes b to a file and maps it (released when the test ends).
func mappedCopy(t *testing.T, b []byte) []byte {
	t.Helper()
	file := filepath.Join(t.TempDir(), "data")
	if err := os.WriteFile(file, b, 0o600); err != nil {
		t.Fatal(err)
	}
	m, release, err := mapfile.Map(file)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(release)
	return m
}

func sameCodes(a, b []*phrase.Phrase) string {
	if len(a) != len(b) {
		return fmt.Sprintf("%d, want %d", len(a), len(b))
	}
	for i := range a {
		if a[i] != b[i] {
			return fmt.Sprintf("#%d %s, want %s", i, a[i].Code, b[i].Code)
		}
	}
	return ""
}

// alignedCopy copies b to 8-byte aligned memory, as a mapped section is.
func alignedCopy(b []byte) []byte {
	words := make([]uint64, (len(b)+7)/8)
	out := unsafeBytes(words)[:len(b)]
	copy(out, b)
	return out
}

var _ = utf8.RuneSelf

func unsafeBytes(w []uint64) []byte {
	if len(w) == 0 {
		return nil
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(&w[0])), 8*len(w))
}
