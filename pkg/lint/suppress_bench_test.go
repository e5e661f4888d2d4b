package lint

import (
	"fmt"
	"strings"
	"testing"
)

// suppressedFile is one pack of n phrases, each with a used
// disable-next-line in front of it (a team that suppressed a rule phrase by
// phrase): the shape that made applying suppressions quadratic.
func suppressedFile(n int) Input {
	var b strings.Builder
	b.WriteString("pack: 抑制\nphrases:\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "  - code: s%d\n    title: 话术%d\n    # huashu-lint-disable-next-line service/forbidden-phrase -- 内部培训材料\n    text: 这个我也不知道，第%d条\n", i, i, i)
	}
	return Input{File: "suppressed.yaml", Data: []byte(b.String())}
}

// BenchmarkSuppressions: time per phrase should stay flat as the file grows.
//
//	go test ./pkg/lint -run '^$' -bench Suppressions -benchtime 3x
func BenchmarkSuppressions(b *testing.B) {
	for _, n := range []int{5000, 10000, 20000, 40000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			in := []Input{suppressedFile(n)}
			l, err := New(Options{Now: testNow})
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if r := l.Lint(in); len(r.Problems) != 0 {
					b.Fatalf("%d problems, want every one suppressed: %v", len(r.Problems), r.Problems[0])
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*n), "µs/phrase")
		})
	}
}
