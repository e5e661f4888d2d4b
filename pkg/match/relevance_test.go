package match

import (
	"strconv"
	"testing"
)

// TestRelevance asserts the expected top result of every labelled query.
func TestRelevance(t *testing.T) {
	phrases := loadPack(t, "testdata/relevance.yaml")
	queries := loadQueries(t, "testdata/queries.txt")
	if len(queries) < 60 {
		t.Fatalf("only %d labelled queries", len(queries))
	}
	m := New(phrases)
	for _, q := range queries {
		res := m.Search(q.query, 3)
		got := "(none)"
		if len(res) > 0 {
			got = res[0].Phrase.Code
		}
		if got != q.want {
			var alts []string
			for _, r := range res {
				alts = append(alts, r.Phrase.Code+"/"+r.Field+"/"+strconv.Itoa(r.Score))
			}
			t.Errorf("%-8s %q: top = %s, want %s (top 3: %v)", q.kind, q.query, got, q.want, alts)
		}
	}
}
