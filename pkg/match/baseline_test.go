package match

import (
	"sort"
	"strings"
	"testing"

	"github.com/junegunn/fzf/src/algo"
	"github.com/junegunn/fzf/src/util"
	pinyin "github.com/mozillazg/go-pinyin"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

// plainText is what a user of fzf would feed it for a phrase: one line with
// the code, title, keywords and body.
func plainText(p *phrase.Phrase) string {
	parts := []string{p.Code, p.Title, strings.Join(p.Keywords, " "), strings.ReplaceAll(p.Joined(), "\n", " ")}
	return strings.Join(parts, " ")
}

// withPinyin appends go-pinyin's default reading of every Chinese character
// (whole syllables run together, then the first letters), the usual trick
// for making fzf find Chinese by pinyin.
func withPinyin(s string) string {
	args := pinyin.NewArgs()
	var full, initials strings.Builder
	for _, r := range s {
		py := pinyin.SinglePinyin(r, args)
		if len(py) == 0 || py[0] == "" {
			continue
		}
		full.WriteString(py[0])
		initials.WriteByte(py[0][0])
	}
	return s + " " + full.String() + " " + initials.String()
}

// fzfRank ranks lines the way `fzf --filter` does with its defaults: every
// space-separated term must match (FuzzyMatchV2, smart case), scores add up,
// ties go to the shorter line, then the earlier one.
type fzfRank struct {
	lines []util.Chars
	lens  []int
	slab  *util.Slab
}

func newFzfRank(texts []string) *fzfRank {
	algo.Init("default")
	f := &fzfRank{slab: util.MakeSlab(100*1024, 2048)}
	for _, t := range texts {
		f.lines = append(f.lines, util.ToChars([]byte(t)))
		f.lens = append(f.lens, len([]rune(t)))
	}
	return f
}

func (f *fzfRank) search(query string) []int {
	terms := strings.Fields(query)
	type hit struct{ i, score int }
	var hits []hit
	for i := range f.lines {
		total := 0
		ok := len(terms) > 0
		for _, t := range terms {
			caseSensitive := strings.ToLower(t) != t
			r, _ := algo.FuzzyMatchV2(caseSensitive, false, true, &f.lines[i], []rune(t), false, f.slab)
			if r.Start < 0 {
				ok = false
				break
			}
			total += r.Score
		}
		if ok {
			hits = append(hits, hit{i, total})
		}
	}
	sort.SliceStable(hits, func(a, b int) bool {
		if hits[a].score != hits[b].score {
			return hits[a].score > hits[b].score
		}
		return f.lens[hits[a].i] < f.lens[hits[b].i]
	})
	out := make([]int, len(hits))
	for k, h := range hits {
		out[k] = h.i
	}
	return out
}

// TestRelevanceBaselines measures top-1 on the labelled set for ours and for
// fzf's algorithm on plain and on pinyin-augmented text; docs/matching.md
// reports these numbers (go test -run Baselines -v ./pkg/match).
func TestRelevanceBaselines(t *testing.T) {
	phrases := loadPack(t, "testdata/relevance.yaml")
	queries := loadQueries(t, "testdata/queries.txt")
	var plain, aug []string
	for _, p := range phrases {
		plain = append(plain, plainText(p))
		aug = append(aug, withPinyin(plainText(p)))
	}
	ours := New(phrases)
	methods := []struct {
		name string
		top  func(q string) string
	}{
		{"huashu match", func(q string) string {
			if r := ours.Search(q, 1); len(r) > 0 {
				return r[0].Phrase.Code
			}
			return ""
		}},
		{"fzf FuzzyMatchV2, plain text", rankTop(newFzfRank(plain), phrases)},
		{"fzf FuzzyMatchV2, text + go-pinyin default readings", rankTop(newFzfRank(aug), phrases)},
	}
	byKind := map[string][3]int{}
	kindTotal := map[string]int{}
	var kinds []string
	for mi, m := range methods {
		hits := 0
		for _, q := range queries {
			if mi == 0 {
				if kindTotal[q.kind] == 0 {
					kinds = append(kinds, q.kind)
				}
				kindTotal[q.kind]++
			}
			if m.top(q.query) == q.want {
				hits++
				k := byKind[q.kind]
				k[mi]++
				byKind[q.kind] = k
			}
		}
		t.Logf("%-55s top-1 %d/%d = %.1f%%", m.name, hits, len(queries), 100*float64(hits)/float64(len(queries)))
		if mi == 0 && hits != len(queries) {
			t.Errorf("ours: %d/%d", hits, len(queries))
		}
	}
	t.Logf("| kind | queries | huashu | fzf plain | fzf + pinyin |")
	for _, k := range kinds {
		c := byKind[k]
		t.Logf("| %s | %d | %d | %d | %d |", k, kindTotal[k], c[0], c[1], c[2])
	}
}

func rankTop(f *fzfRank, phrases []*phrase.Phrase) func(string) string {
	return func(q string) string {
		if r := f.search(q); len(r) > 0 {
			return phrases[r[0]].Code
		}
		return ""
	}
}
