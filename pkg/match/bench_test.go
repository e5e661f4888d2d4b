package match_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/junegunn/fzf/src/algo"
	"github.com/junegunn/fzf/src/util"

	"github.com/huashu-cli/huashu/pkg/match"
	"github.com/huashu-cli/huashu/pkg/match/corpus"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// The benchmark queries: initials, full pinyin, Chinese, mixed, two terms.
var benchQueries = []string{"tk", "tuikuan", "退款", "tkuan", "退款 dz"}

var benchSizes = []int{1000, 5000, 10000, 100000}

var corpora = map[int][]*phrase.Phrase{}

func corpusOf(n int) []*phrase.Phrase {
	if c, ok := corpora[n]; ok {
		return c
	}
	c := corpus.Generate(n, corpus.Seed)
	corpora[n] = c
	return c
}

// BenchmarkSearch is one full search (no narrowing) for the best 20, as the
// picker and `huashu search` ask.
func BenchmarkSearch(b *testing.B) {
	for _, n := range benchSizes {
		m := match.New(corpusOf(n))
		for _, q := range benchQueries {
			b.Run(fmt.Sprintf("n=%d/q=%s", n, q), func(b *testing.B) {
				for b.Loop() {
					m.ForgetNarrowing()
					m.Search(q, 20)
				}
			})
		}
	}
}

// BenchmarkFzfV2 runs fzf's FuzzyMatchV2 over the same phrases as one line
// each (code, title, keywords, body), every term against every line, without
// sorting: the core of `fzf --filter`.
func BenchmarkFzfV2(b *testing.B) {
	algo.Init("default")
	slab := util.MakeSlab(100*1024, 2048)
	for _, n := range benchSizes {
		lines := make([]util.Chars, n)
		for i, p := range corpusOf(n) {
			lines[i] = util.ToChars([]byte(corpus.Line(p)))
		}
		for _, q := range benchQueries {
			terms := strings.Fields(q)
			b.Run(fmt.Sprintf("n=%d/q=%s", n, q), func(b *testing.B) {
				for b.Loop() {
					for i := range lines {
						for _, t := range terms {
							r, _ := algo.FuzzyMatchV2(false, false, true, &lines[i], []rune(t), false, slab)
							if r.Start < 0 {
								break
							}
						}
					}
				}
			})
		}
	}
}

// BenchmarkNarrowing types "tuikuan" one letter at a time over 100k, as an
// agent does in the picker.
func BenchmarkNarrowing(b *testing.B) {
	m := match.New(corpusOf(100000))
	for b.Loop() {
		m.ForgetNarrowing()
		for i := 1; i <= len("tuikuan"); i++ {
			m.Search("tuikuan"[:i], 20)
		}
	}
}

func BenchmarkNew(b *testing.B) {
	c := corpusOf(100000)
	for b.Loop() {
		match.New(c)
	}
}

// BenchmarkFirstKey is the picker's worst keystroke: the first letter of a
// query over 100k phrases, asking for the best 1000.
func BenchmarkFirstKey(b *testing.B) {
	m := match.New(corpusOf(100000))
	for _, q := range []string{"t", "退", "h"} {
		b.Run("q="+q, func(b *testing.B) {
			for b.Loop() {
				m.ForgetNarrowing()
				m.Search(q, 1000)
			}
		})
	}
}

// Search v2's kinds of typed query (issue 11): pinyin of a word of the
// bodies (核实), 模糊音 (jin→jing), one typo, a Latin token, and a query
// nothing matches (every fallback runs).
var benchQueriesV2 = []string{"heshi", "tuikuanjingdu", "tiukuan", "vip", "xyzzy"}

// Buyer messages of about twenty characters, pasted as they came.
var benchMessages = []string{
	"亲 我昨天买的退款怎么还没到账啊都好几天了",
	"这个洗了会不会缩水啊我平时穿M码的",
	"你好 请问什么时候能发货呀 急用谢谢",
}

// BenchmarkSearchV2 is BenchmarkSearch for the new kinds of query, after
// one search has built the lazily made prefilters (BenchmarkPrepare).
func BenchmarkSearchV2(b *testing.B) {
	for _, n := range []int{10000, 100000} {
		m := match.New(corpusOf(n))
		for _, q := range benchQueriesV2 {
			m.Search(q, 20)
			b.Run(fmt.Sprintf("n=%d/q=%s", n, q), func(b *testing.B) {
				for b.Loop() {
					m.ForgetNarrowing()
					m.Search(q, 20)
				}
			})
		}
	}
}

// BenchmarkMessage is one pasted message ranked against 100k phrases
// (strict pass and approximate ranking), as the picker and search do.
func BenchmarkMessage(b *testing.B) {
	for _, n := range []int{10000, 100000} {
		m := match.New(corpusOf(n))
		for i, q := range benchMessages {
			m.Search(q, 20)
			b.Run(fmt.Sprintf("n=%d/msg=%d", n, i+1), func(b *testing.B) {
				for b.Loop() {
					m.ForgetNarrowing()
					m.Search(q, 20)
				}
			})
		}
	}
}

// BenchmarkPrepare is what the first body-pinyin query and the first
// message add once per matcher: the body syllable sets and the
// approximate ranking's filters and character counts, at 100k phrases.
func BenchmarkPrepare(b *testing.B) {
	c := corpusOf(100000)
	for b.Loop() {
		b.StopTimer()
		m := match.New(c)
		b.StartTimer()
		m.Search("heshi", 20)
		m.Search(benchMessages[0], 20)
	}
}

// dataOf is the corpus of n phrases as a serving index holds it.
var dataOf = map[int]*match.Data{}

func dataFor(b *testing.B, n int) *match.Data {
	if d, ok := dataOf[n]; ok {
		return d
	}
	d, err := match.OpenData(alignedCopy(match.EncodeData(corpusOf(n))))
	if err != nil {
		b.Fatal(err)
	}
	dataOf[n] = d
	return d
}

// BenchmarkSearchData is BenchmarkSearch over Data (the serving index's
// arrays read in place, posting lists, views built for candidates only,
// results decoded through the store), with the typed and pasted queries of
// issue 11 too.
func BenchmarkSearchData(b *testing.B) {
	queries := append(append([]string{}, benchQueries...), "heshi", "tuikuanjingdu", "tiukuan", "vip", "xyzzy",
		"亲 我昨天买的退款怎么还没到账啊都好几天了", "这个洗了会不会缩水啊我平时穿M码的", "你好 请问什么时候能发货呀 急用谢谢")
	for _, n := range []int{5000, 100000} {
		m := match.NewFromData(dataFor(b, n), nil, &sliceStore{phrases: corpusOf(n)})
		for _, q := range queries {
			b.Run(fmt.Sprintf("n=%d/q=%s", n, q), func(b *testing.B) {
				m.Search(q, 20) // the first message computes the field averages
				for b.Loop() {
					m.ForgetNarrowing()
					m.Search(q, 20)
				}
			})
		}
	}
}

// BenchmarkEncodeData is the index build's matcher part: New, the body
// readings, the approximate filters, the postings, laid out as bytes.
func BenchmarkEncodeData(b *testing.B) {
	ps := corpusOf(100000)
	for b.Loop() {
		match.EncodeData(ps)
	}
}

// BenchmarkSearchNew is BenchmarkSearchData's queries over New, side by side.
func BenchmarkSearchNew(b *testing.B) {
	queries := append(append([]string{}, benchQueries...), "heshi", "tuikuanjingdu", "tiukuan", "vip", "xyzzy",
		"亲 我昨天买的退款怎么还没到账啊都好几天了", "这个洗了会不会缩水啊我平时穿M码的", "你好 请问什么时候能发货呀 急用谢谢")
	for _, n := range []int{5000, 100000} {
		m := match.New(corpusOf(n))
		for _, q := range queries {
			b.Run(fmt.Sprintf("n=%d/q=%s", n, q), func(b *testing.B) {
				m.Search(q, 20)
				for b.Loop() {
					m.ForgetNarrowing()
					m.Search(q, 20)
				}
			})
		}
	}
}
