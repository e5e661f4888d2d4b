package match_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/huashu-cli/huashu/pkg/match"
	"github.com/huashu-cli/huashu/pkg/match/corpus"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// TestOneShotMatchesNew: a NewOneShot matcher, which prepares entries only
// for the phrases a search gets past the prefilter to (or all of them when
// a search reads every phrase), answers exactly as New's: a fresh one for
// each query, as a command uses it, and one kept for query after query.
func TestOneShotMatchesNew(t *testing.T) {
	sets := map[string][]*phrase.Phrase{
		"eval":      packPhrases(t, "testdata/eval/pack.yaml"),
		"relevance": packPhrases(t, "testdata/relevance.yaml"),
		"corpus":    corpus.Generate(9000, corpus.Seed), // above parallelMin: the parallel paths
		"variants": {
			{Code: "ab", Title: "ＡＢ退款", Keywords: []string{"Tuikuan", "退款 快"}, Tags: []string{"售后", "VIP"}, Ask: []string{"怎么退？", ""},
				Body: phrase.Body{Text: "全角ＡＢＣ　空格"}, Variants: map[phrase.Platform]phrase.Body{phrase.JD: {Parts: []string{"京东", "退款"}}}},
			{Code: "退款", Title: "", Group: "售后/退款", Body: phrase.Body{Text: "x"}},
			{Code: "cd", Title: "Ünïcode Title", Body: phrase.Body{Text: "ÀÉÎ 退款 tk"}},
		},
	}
	fixed := tsvQueries(t, "testdata/queries.txt")
	fixed = append(fixed, "tk", "tuikuan", "退款", "tkuan", "退款 dz", "", "  ", "t", "退", "heshi", "xyzzy", "vip", "ab",
		"亲 我昨天买的退款怎么还没到账啊都好几天了", "tiukuan", "tuikuanjingdu")
	for name, all := range sets {
		r := rand.New(rand.NewPCG(uint64(len(all)), 16))
		queries := append(slices.Clone(fixed), queriesFor(r, all, 100)...)
		switch {
		case name == "corpus":
			queries = []string{"tk", "退款", "heshi", "xyzzy", "亲 我昨天买的退款怎么还没到账啊都好几天了", queries[len(queries)-1]}
		case raceEnabled:
			queries = append(queries[:16], queries[len(queries)-24:]...)
		}
		want := match.New(all)
		kept := match.NewOneShot(all)
		for step, plat := range []phrase.Platform{"", phrase.JD} {
			want.SetPlatform(plat)
			kept.SetPlatform(plat)
			for _, q := range queries {
				once := match.NewOneShot(all)
				once.SetPlatform(plat)
				if d := sameResults(once.Search(q, 20), want.Search(q, 20)); d != "" {
					t.Fatalf("%s, step %d: %q, a fresh matcher: %s", name, step, q, d)
				}
				if d := sameResults(kept.Search(q, 0), want.Search(q, 0)); d != "" {
					t.Fatalf("%s, step %d: %q (no limit), a kept matcher: %s", name, step, q, d)
				}
			}
		}
	}
}
