package tui

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/huashu-cli/huashu/pkg/index"
	"github.com/huashu-cli/huashu/pkg/match"
	"github.com/huashu-cli/huashu/pkg/match/corpus"
	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// Benchmarks for docs/performance.md (## Picker):
//
//	go test ./pkg/tui -run '^$' -bench . -benchtime 3s
//
// BenchmarkFirstFrame: New (valid-window filter, engine, empty-query list
// by frecency) + the window size + View, at 5k phrases. Budget 50 ms.
//
// BenchmarkKeystroke: one typed key → Update → the filter command run to
// completion → its results through Update → View, at 100k phrases, over a
// realistic mix of keys (a first letter that scans everything, narrowing
// letters, Chinese, backspaces). Budget: median ≤ 16 ms (one frame at 60 Hz).

func benchOptions(n int) Options {
	ps := corpus.Generate(n, corpus.Seed)
	frec := map[string]float64{}
	for i := 0; i < len(ps); i += 97 {
		frec[ps[i].Code] = float64(i % 13)
	}
	return Options{
		Phrases:  ps,
		Values:   testValues,
		Copy:     func(string) (string, error) { return "xclip", nil },
		Backend:  "xclip",
		Frecency: frec,
		Now:      func() time.Time { return testNow },
		Styles:   asciiStyles(),
	}
}

func BenchmarkFirstFrame(b *testing.B) {
	for _, n := range []int{5_000, 100_000} {
		b.Run(itoa(n), func(b *testing.B) {
			o := benchOptions(n)
			b.ResetTimer()
			for b.Loop() {
				m := New(o)
				next, _ := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
				_ = next.View()
			}
		})
	}
}

// benchIndex is the serving index of the corpus of n phrases, built once
// in a temporary cache.
func benchIndex(b *testing.B, n int) *index.Index {
	dir := b.TempDir()
	file := filepath.Join(dir, "p.yaml")
	if err := corpus.WriteFile(file, n); err != nil {
		b.Fatal(err)
	}
	return index.Load([]pack.Source{{Name: file, Layer: phrase.LayerFlag, Path: file}}, index.Options{Dir: filepath.Join(dir, "cache")})
}

// BenchmarkFirstFrameLoaded is the first frame with the loading a start
// does before it: the serving index opened from a warm cache (its stamp
// read, the pack's file stat'ed, the index mapped), then New over it, the
// window size and View.
func BenchmarkFirstFrameLoaded(b *testing.B) {
	for _, n := range []int{5_000, 100_000} {
		b.Run(itoa(n), func(b *testing.B) {
			dir := b.TempDir()
			file := filepath.Join(dir, "p.yaml")
			if err := corpus.WriteFile(file, n); err != nil {
				b.Fatal(err)
			}
			old := time.Now().Add(-time.Hour)
			_ = os.Chtimes(file, old, old)
			srcs := []pack.Source{{Name: file, Layer: phrase.LayerFlag, Path: file}}
			cache := filepath.Join(dir, "cache")
			index.Load(srcs, index.Options{Dir: cache}) // built once, as pack update or the first start does
			o := benchOptions(100)
			o.Phrases = nil
			b.ResetTimer()
			for b.Loop() {
				o.Catalog = index.Load(srcs, index.Options{Dir: cache})
				m := New(o)
				next, _ := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
				_ = next.View()
			}
		})
	}
}

// BenchmarkKeystroke types realistic queries (codes, pinyin, Chinese), one
// key per op, with Backspace and Esc between them. "cold" forgets the
// picker's recent-query cache before every key, so every key runs the
// matcher (its own narrowing still applies): that is the number held to the
// budget. "session" keeps the cache, as a day of re-typed queries does.
func BenchmarkKeystroke(b *testing.B) {
	var seq []tea.KeyMsg
	for _, q := range []string{"tk", "退款", "fhsj", "wuliu", "物流", "hy", "yfx", "七天", "qtwly", "dh"} {
		for _, r := range q {
			seq = append(seq, runeKey(r))
		}
		seq = append(seq, tea.KeyMsg{Type: tea.KeyBackspace}, tea.KeyMsg{Type: tea.KeyEsc})
	}
	for _, n := range []int{10_000, 100_000} {
		for _, mode := range []string{"cold", "session", "cold/index"} {
			b.Run(itoa(n)+"/"+mode, func(b *testing.B) {
				o := benchOptions(n)
				if mode == "cold/index" {
					// What the picker runs on: the serving index.
					o.Phrases, o.Catalog = nil, benchIndex(b, n)
				}
				m := New(o)
				next, _ := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
				m = next.(Model)
				m.Init()() // the matcher is built in the background at start
				var times []time.Duration
				i := 0
				b.ResetTimer()
				for b.Loop() {
					if mode != "session" {
						m.eng.forgetRecent()
					}
					start := time.Now()
					m = keystroke(m, seq[i%len(seq)])
					_ = m.View()
					times = append(times, time.Since(start))
					i++
				}
				b.StopTimer()
				sort.Slice(times, func(a, c int) bool { return times[a] < times[c] })
				ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
				b.ReportMetric(ms(times[len(times)/2]), "ms/key-median")
				b.ReportMetric(ms(times[len(times)*9/10]), "ms/key-p90")
				b.ReportMetric(ms(times[len(times)-1]), "ms/key-max")
			})
		}
	}
}

// BenchmarkMatcherOnly runs the queries the keystroke benchmark types
// straight through match.Search with the picker's limit: the difference to
// BenchmarkKeystroke/cold is what the picker adds (Update, View, messages).
func BenchmarkMatcherOnly(b *testing.B) {
	var queries []string
	for _, q := range []string{"tk", "退款", "fhsj", "wuliu", "物流", "hy", "yfx", "七天", "qtwly", "dh"} {
		rs := []rune(q)
		for i := 1; i <= len(rs); i++ {
			queries = append(queries, string(rs[:i]))
		}
		queries = append(queries, string(rs[:len(rs)-1]), "")
	}
	for _, n := range []int{10_000, 100_000} {
		b.Run(itoa(n), func(b *testing.B) {
			mt := match.New(corpus.Generate(n, corpus.Seed))
			var times []time.Duration
			i := 0
			b.ResetTimer()
			for b.Loop() {
				start := time.Now()
				_ = mt.Search(queries[i%len(queries)], resultLimit)
				times = append(times, time.Since(start))
				i++
			}
			b.StopTimer()
			sort.Slice(times, func(a, c int) bool { return times[a] < times[c] })
			b.ReportMetric(float64(times[len(times)/2])/float64(time.Millisecond), "ms/key-median")
		})
	}
}

func runeKey(r rune) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}} }

// keystroke is one key through Update with its filter command run, the way
// the program would before the next frame.
func keystroke(m Model, k tea.KeyMsg) Model {
	next, cmd := m.Update(k)
	m = next.(Model)
	for cmd != nil {
		msg := cmd()
		cmd = nil
		switch msg := msg.(type) {
		case resultsMsg:
			next, cmd = m.Update(msg)
			m = next.(Model)
		case tea.BatchMsg:
			for _, c := range msg {
				if c == nil {
					continue
				}
				if r, ok := c().(resultsMsg); ok {
					next, cmd = m.Update(r)
					m = next.(Model)
				}
			}
		}
	}
	return m
}
