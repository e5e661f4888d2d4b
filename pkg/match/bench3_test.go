package match_test

import (
	"fmt"
	"testing"

	"github.com/huashu-cli/huashu/pkg/match"
)

// BenchmarkRound3 is search round 3's kinds of query over the serving index
// at 100k phrases: a typed slip (起秋, ranked approximately), a question
// without a particle, a short question held only by bodies, Latin in
// capitals and a bare Latin token, and messages with one-character words.
func BenchmarkRound3(b *testing.B) {
	queries := []string{"起秋", "衣服起秋", "多久能到", "能退吗", "XXL", "sn", "东西坏了 修吗", "衣服大了想换 能换小一码吗"}
	m := match.NewFromData(dataFor(b, 100000), nil, &sliceStore{phrases: corpusOf(100000)})
	for _, q := range queries {
		b.Run(fmt.Sprintf("q=%s", q), func(b *testing.B) {
			m.Search(q, 20)
			for b.Loop() {
				m.ForgetNarrowing()
				m.Search(q, 20)
			}
		})
	}
}
