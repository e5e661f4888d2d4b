package index

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/huashu-cli/huashu/pkg/match/corpus"
	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// BenchmarkDeferredSearch is a cold `search tk` in process: no index in
// the cache, so the load parses the pack and serves it from memory
// (Options.DeferAbove), then one query over every phrase. The whole-process
// figure beside fzf is scripts/perf-table.sh's cold row.
func BenchmarkDeferredSearch(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			dir := b.TempDir()
			file := filepath.Join(dir, "p.yaml")
			if err := corpus.WriteFile(file, n); err != nil {
				b.Fatal(err)
			}
			old := time.Now().Add(-time.Hour)
			_ = os.Chtimes(file, old, old)
			srcs := []pack.Source{{Name: file, Layer: phrase.LayerFlag, Path: file}}
			cache := filepath.Join(dir, "cache") // never written: the load is deferred
			b.ReportAllocs()
			for b.Loop() {
				x := Load(srcs, Options{Dir: cache, DeferAbove: 1})
				if !x.Deferred() {
					b.Fatal("not deferred")
				}
				if res := x.Matcher(nil).Search("tk", 20); len(res) == 0 {
					b.Fatal("nothing found")
				}
			}
		})
	}
}
