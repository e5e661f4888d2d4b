package index

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/huashu-cli/huashu/pkg/match/corpus"
	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// BenchmarkSearchMapped is a search as a warm start runs it over the 100k
// corpus: the index mapped from its file, none of it mapped into the
// process yet (the mapping is dropped and the decoded phrases forgotten
// before every op, as a new process starts), a matcher over the effective
// phrases, the best 20. Page faults are part of the time; the peak of
// mapped pages is what the whole-process RSS figures of
// docs/performance.md measure.
func BenchmarkSearchMapped(b *testing.B) {
	dir := b.TempDir()
	file := filepath.Join(dir, "p.yaml")
	if err := corpus.WriteFile(file, 100_000); err != nil {
		b.Fatal(err)
	}
	x := Load([]pack.Source{{Name: file, Layer: phrase.LayerFlag, Path: file}}, Options{Dir: filepath.Join(dir, "cache")})
	if x.path == "" || !x.mapped {
		b.Skip("the index is not mapped")
	}
	now := time.Now()
	for _, q := range []string{"tk", "退款", "heshi", "亲 我昨天买的退款怎么还没到账啊都好几天了", "你好 请问什么时候能发货呀 急用谢谢"} {
		b.Run("q="+q, func(b *testing.B) {
			// CPU time too (user and system, of the whole process): on a
			// shared machine it varies less than the wall time.
			var user, sys time.Duration
			for b.Loop() {
				b.StopTimer()
				_ = syscall.Madvise(x.f.buf, syscall.MADV_DONTNEED)
				x.mu.Lock()
				clear(x.decoded)
				x.mu.Unlock()
				u0, s0 := cpuTimes()
				b.StartTimer()
				m := x.Matcher(x.Filter(now, ""))
				if len(m.Search(q, 20)) == 0 {
					b.Fatal("nothing found")
				}
				b.StopTimer()
				u1, s1 := cpuTimes()
				user, sys = user+u1-u0, sys+s1-s0
				b.StartTimer()
			}
			b.ReportMetric(float64(user)/float64(b.N)/1e6, "user-ms/op")
			b.ReportMetric(float64(sys)/float64(b.N)/1e6, "sys-ms/op")
		})
	}
}

func cpuTimes() (user, sys time.Duration) {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano()), time.Duration(ru.Stime.Nano())
}
