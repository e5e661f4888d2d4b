package match

import (
	"math"
	"runtime"
	"sync"
	"unicode/utf8"
)

// approxIndex is what the approximate ranking keeps from one message to the
// next, made by one pass over every phrase when the first message comes:
//
//   - per phrase, a 1024-bit Bloom filter (two hashes) of its character
//     bigrams and Latin tokens. A message's bigrams are counted in the
//     filters first (an estimate of how many phrases hold each); then only
//     phrases holding one of its telling bigrams or tokens (held by fewer
//     than tellingShare of the phrases) are scanned: a phrase that shares
//     only words like 问题 or 您的 with a message cannot rank;
//   - per phrase, a 256-bit filter of the bigrams and tokens of its title,
//     buyer questions, keywords and tags: a phrase holding any of the
//     message's there is scanned too, however common the word (发货 in
//     发货时间 for 发货了没有).
//   - per character, how many phrases hold it, so a character's weight
//     (IDF) is exact though most phrases are not scanned;
//   - the average length of each field, for BM25's length normalisation.
//
// It is derived data only: the scoring stays a pure function of a phrase's
// fields and these statistics.
type approxIndex struct {
	sig    []approxSig
	head   []headSig
	charDF []int32 // by BMP rune
	avg    [numApproxFields]float64
	// dfs: over Data, the characters' counts asked so far (charDF), from
	// the postings; sig and head are then the data's.
	dfs map[rune]int
}

// approxSig is a Bloom filter (two hashes) of a phrase's bigrams and
// tokens.
type approxSig [16]uint64

// sigBits are the two bits of a hash: word and bit of each.
type sigBits struct {
	w1, w2 uint8
	b1, b2 uint64
}

func bitsOf(h uint32) sigBits {
	h1 := h * 2654435761
	h2 := (h ^ 0x5bd1e995) * 0x85ebca6b
	return sigBits{uint8(h1 >> 28), uint8(h2 >> 28), 1 << ((h1 >> 22) & 63), 1 << ((h2 >> 22) & 63)}
}

func (s *approxSig) add(h uint32) {
	b := bitsOf(h)
	s[b.w1] |= b.b1
	s[b.w2] |= b.b2
}

func (s *approxSig) has(b sigBits) bool { return s[b.w1]&b.b1 != 0 && s[b.w2]&b.b2 != 0 }

// headSig is a Bloom filter (two hashes) of the bigrams and tokens of a
// phrase's title, questions, keywords and tags: short fields, few bits set.
type headSig [4]uint64

func (s *headSig) add(h uint32) {
	b := bitsOf(h)
	s[b.w1&3] |= b.b1
	s[b.w2&3] |= b.b2
}

func (s *headSig) has(b sigBits) bool { return s[b.w1&3]&b.b1 != 0 && s[b.w2&3]&b.b2 != 0 }

func bigramHash(a, b rune) uint32 { return uint32(a)*0x9E3779B1 ^ uint32(b) }

func latinHash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h | 1
}

func latinHashRunes(rs []rune) uint32 {
	h := uint32(2166136261)
	for _, r := range rs {
		h = (h ^ uint32(r)) * 16777619
	}
	return h | 1
}

// sigBuilder accumulates one worker's part of the index.
type sigBuilder struct {
	df     []int32 // by BMP rune
	last   []int32 // by BMP rune: 1 + the last entry that counted it
	entry  int32
	lenSum [numApproxFields]int64
}

func (b *sigBuilder) char(r rune) {
	if r < 0x10000 && b.last[r] != b.entry {
		b.last[r] = b.entry
		b.df[r]++
	}
}

// runes adds a rune field's bigrams and tokens to sig (and head, when not
// nil); it returns the field's length.
func (b *sigBuilder) runes(sig *approxSig, head *headSig, units []rune) int {
	var prev rune
	for i := 0; i < len(units); i++ {
		r := units[i]
		if r < utf8.RuneSelf {
			prev = 0
			if latinStart(r) && (i == 0 || !latinPart(units[i-1])) {
				j := i
				for j < len(units) && latinPart(units[j]) {
					j++
				}
				h := latinHashRunes(units[i:j])
				sig.add(h)
				if head != nil {
					head.add(h)
				}
				i = j - 1
			}
			continue
		}
		b.char(r)
		if prev != 0 && !separator(r) && !separator(prev) {
			h := bigramHash(prev, r)
			sig.add(h)
			if head != nil {
				head.add(h)
			}
		}
		prev = r
	}
	return len(units)
}

// text is runes over a folded string.
func (b *sigBuilder) text(sig *approxSig, s string) int {
	var prev rune
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			n++
			prev = 0
			if latinStart(rune(c)) && (i == 0 || !latinPart(rune(s[i-1]))) {
				j := i
				for j < len(s) && latinPart(rune(s[j])) {
					j++
				}
				sig.add(latinHash(s[i:j]))
				n += j - i - 1
				i = j
				continue
			}
			i++
			continue
		}
		r, w := decodeAt(s, i)
		i += w
		n++
		b.char(r)
		if prev != 0 && !separator(r) && !separator(prev) {
			sig.add(bigramHash(prev, r))
		}
		prev = r
	}
	return n
}

// buildApproxIndex makes the index, on every CPU for a large set.
func (m *Matcher) buildApproxIndex() *approxIndex {
	n := len(m.entries)
	idx := &approxIndex{sig: make([]approxSig, n), head: make([]headSig, n), charDF: make([]int32, 0x10000)}
	workers := runtime.GOMAXPROCS(0)
	if n < parallelMin {
		workers = 1
	}
	builders := make([]*sigBuilder, workers)
	chunk := (n + workers - 1) / workers
	var wg sync.WaitGroup
	for w := range workers {
		builders[w] = &sigBuilder{df: make([]int32, 0x10000), last: make([]int32, 0x10000)}
		wg.Add(1)
		go func() {
			defer wg.Done()
			b := builders[w]
			for i := w * chunk; i < min((w+1)*chunk, n); i++ {
				e := &m.entries[i]
				sig, head := &idx.sig[i], &idx.head[i]
				b.entry = int32(i + 1)
				b.lenSum[afTitle] += int64(b.runes(sig, head, e.title))
				b.lenSum[afAsk] += int64(b.runes(sig, head, e.ask))
				b.lenSum[afKeywords] += int64(b.runes(sig, head, e.keywords))
				b.lenSum[afTags] += int64(b.runes(sig, head, e.tags))
				b.lenSum[afGroup] += int64(b.runes(sig, nil, e.group))
				for bi := range e.bodies {
					l := b.text(sig, e.bodies[bi].text)
					if e.bodies[bi].plat == "" {
						b.lenSum[afBody] += int64(l)
					}
				}
			}
		}()
	}
	wg.Wait()
	var lenSum [numApproxFields]int64
	for _, b := range builders {
		for r, d := range b.df {
			idx.charDF[r] += d
		}
		for f := range lenSum {
			lenSum[f] += b.lenSum[f]
		}
	}
	for f := range idx.avg {
		idx.avg[f] = math.Max(1, float64(lenSum[f])/float64(max(n, 1)))
	}
	return idx
}

// holdsAll reports whether the filter holds every one of bits.
func (s *approxSig) holdsAll(bits []sigBits) bool {
	for _, b := range bits {
		if !s.has(b) {
			return false
		}
	}
	return true
}

// termPairs are the filter bits of a term's bigrams as the filters record
// them (two Chinese characters, neither a particle); nil when it has none.
func termPairs(q []rune) []sigBits {
	var out []sigBits
	for i := 1; i < len(q); i++ {
		a, b := q[i-1], q[i]
		if a >= utf8.RuneSelf && b >= utf8.RuneSelf && !separator(a) && !separator(b) {
			out = append(out, bitsOf(bigramHash(a, b)))
		}
	}
	return out
}

// sigTok is a bigram or token of a message as the filters see it.
type sigTok struct {
	tok     int16
	bits    sigBits
	df      int  // phrases whose filter holds it
	headDF  int  // phrases whose head filter holds it too
	telling bool // held by fewer than tellingShare of the phrases
}

// sigToks are the message's bigrams and Latin tokens with their bits.
func (aq *approxQuery) sigToks() []sigTok {
	var out []sigTok
	for i, t := range aq.toks {
		switch {
		case t.latin != "":
			out = append(out, sigTok{tok: int16(i), bits: bitsOf(latinHash(t.latin))})
		case t.b != 0 && !t.sound && !t.bridge: // the filters hold no bridge (花呗)
			out = append(out, sigTok{tok: int16(i), bits: bitsOf(bigramHash(t.a, t.b))})
		}
	}
	return out
}

// tellingShare: a bigram or token held by fewer than this share of the
// phrases tells a phrase apart, and a phrase holding one is scanned.
const tellingShare = 0.1

// countSample is about how many phrases the filters are counted on.
const countSample = 16384
