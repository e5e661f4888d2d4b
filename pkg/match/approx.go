package match

import (
	"math"
	"runtime"
	"sort"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Approximate ranking: a buyer's message pasted as it came (亲 发货了没有啊,
// 这个洗了会变形吗？) rarely contains a phrase's title, so strict matching
// finds nothing. It is ranked by weighted overlap instead (BM25F):
//
//   - The message is cut into runs at particles and pronouns (吗 呢 啊 了 的
//     亲 我 你…), punctuation, spaces and emoji; each run of Chinese gives
//     its character bigrams and its characters (a one-character word such as
//     洞 or 码 counts, at unigramWeight), each run of Latin letters or digits
//     is one token (id, wifi, 170).
//   - A phrase's fields are scanned for those tokens: title and ask weigh
//     most, keywords and tags less, group and body least (approxWeight).
//   - A token's weight is its inverse document frequency over the phrases
//     being searched (a word in every reply, 您 or 我们, says little), and a
//     field's term frequency saturates and is normalised by the field's
//     length (BM25's k1 and b).
//
// The result is a score band below every strict match (ApproxMax), and
// results in it are marked Approximate.

// approxField is a field of the approximate ranking.
type approxField uint8

const (
	afTitle approxField = iota
	afAsk
	afKeywords
	afTags
	afGroup
	afBody
	numApproxFields
)

// approxFieldName is Result.Field of a match in that field.
var approxFieldName = [numApproxFields]string{FieldTitle, FieldAsk, FieldKeywords, FieldTags, FieldGroup, FieldBody}

// approxWeight is each field's weight: the title and the buyer questions a
// reply answers say what it is about; keywords and tags are chosen search
// words; the body and the group say much, and much of it is boilerplate.
var approxWeight = [numApproxFields]float64{3, 3, 2, 2, 1, 1}

// approxB is BM25's length normalisation per field: a long body that
// mentions a word once is weaker evidence than a short one; short fields
// are normalised little.
var approxB = [numApproxFields]float64{0.3, 0.3, 0.3, 0.3, 0.3, 0.75}

const (
	bm25K1 = 1.2
	// unigramWeight scales a single character against a bigram: characters
	// catch one-character words (洞, 码, 退) but say less than a bigram.
	unigramWeight = 0.3
	// ApproxMax bounds approximate scores: with the frecency bonus they stay
	// below TierBodyFuzzy, the lowest strict tier.
	ApproxMax = TierBodyFuzzy - MaxFrecencyBonus - 1
	// approxHalf is the BM25 score mapped to the middle of the band: a
	// score s becomes ApproxMax·s/(s+approxHalf), which keeps the order and
	// never saturates.
	approxHalf = 10
	// approxKeep drops a result scoring under this share of the best one:
	// a long message shares a character or two with almost every reply.
	approxKeep = 0.2
	// maxApproxTokens bounds the work on a very long paste.
	maxApproxTokens = 96
)

// separator reports whether r ends a run of the message: punctuation,
// spaces, symbols and emoji, modal particles, and the words that address
// or point (亲, 我, 你, 这…) but never name what a reply is about.
func separator(r rune) bool {
	switch r {
	case '吗', '呢', '啊', '吧', '呀', '哦', '嘛', '啦', '哈', '呗', '么', '了', '的', '哟', '噢', '喔',
		'嗯', '诶', '哎', '喂', '咯', '哇', '呐', '嘞', '亲', '我', '你', '您', '他', '她', '它', '们', '咱', '这', '那':
		return true
	}
	if r < utf8.RuneSelf {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// isCJK reports whether r is read as Chinese text (bigrams, readings).
func isCJK(r rune) bool { return r >= 0x3400 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF }

// approxTok is one token of a message: a bigram (a, b), a character (a), or
// a Latin/digit run (latin).
type approxTok struct {
	a, b   rune
	latin  string
	weight float64
}

// approxQuery is a message prepared for scanning phrases.
type approxQuery struct {
	toks  []approxTok
	chars *runeSet // the message's Chinese characters
	pairs map[[2]rune]int16
	singl map[rune]int16
	latin map[string]int16
}

// runeSet is a set of BMP runes, one bit each (8 KiB): a phrase's text is
// mostly characters the message does not hold, and this rejects them with
// one load.
type runeSet [1024]uint64

func (s *runeSet) add(r rune) {
	if r < 0x10000 {
		s[r>>6] |= 1 << (r & 63)
	}
}

func (s *runeSet) has(r rune) bool { return r < 0x10000 && s[r>>6]&(1<<(r&63)) != 0 }

// newApproxQuery cuts a (folded) message into tokens; nil when it has none.
func newApproxQuery(folded []rune) *approxQuery {
	aq := &approxQuery{chars: new(runeSet), pairs: map[[2]rune]int16{}, singl: map[rune]int16{}, latin: map[string]int16{}}
	add := func(t approxTok) {
		if len(aq.toks) >= maxApproxTokens {
			return
		}
		switch {
		case t.latin != "":
			if _, ok := aq.latin[t.latin]; ok {
				return
			}
			aq.latin[t.latin] = int16(len(aq.toks))
		case t.b != 0:
			k := [2]rune{t.a, t.b}
			if _, ok := aq.pairs[k]; ok {
				return
			}
			aq.pairs[k] = int16(len(aq.toks))
		default:
			if _, ok := aq.singl[t.a]; ok {
				return
			}
			aq.singl[t.a] = int16(len(aq.toks))
		}
		aq.toks = append(aq.toks, t)
	}
	for i := 0; i < len(folded); {
		r := folded[i]
		switch {
		case separator(r):
			i++
		case r < utf8.RuneSelf:
			j := i
			for j < len(folded) && folded[j] < utf8.RuneSelf && !separator(folded[j]) {
				j++
			}
			add(approxTok{latin: string(folded[i:j]), weight: 1})
			i = j
		default:
			j := i
			for j < len(folded) && folded[j] >= utf8.RuneSelf && !separator(folded[j]) {
				j++
			}
			for k := i; k < j; k++ {
				aq.chars.add(folded[k])
				if k+1 < j {
					add(approxTok{a: folded[k], b: folded[k+1], weight: 1})
				}
			}
			for k := i; k < j; k++ {
				add(approxTok{a: folded[k], weight: unigramWeight})
			}
			i = j
		}
	}
	if len(aq.toks) == 0 {
		return nil
	}
	return aq
}

// approxHit is how often token tok occurs in field f of a phrase.
type approxHit struct {
	tok   int16
	field approxField
	n     uint16
}

// approxDoc is what a scan found in one phrase: hits[lo:hi] of the shared
// hit list, and its field lengths in runes.
type approxDoc struct {
	idx    int32
	lo, hi int32
	lens   [numApproxFields]int32
}

// approxScan is per-goroutine working memory for scanning.
type approxScan struct {
	counts  []uint16 // [tok*numApproxFields+field]
	touched []int32  // indexes into counts that are non-zero
	hits    []approxHit
	docs    []approxDoc
	lenSum  [numApproxFields]int64
	scanned int
}

func (sc *approxScan) bump(tok int16, f approxField) {
	i := int32(tok)*int32(numApproxFields) + int32(f)
	if sc.counts[i] == 0 {
		sc.touched = append(sc.touched, i)
	}
	if sc.counts[i] < math.MaxUint16 {
		sc.counts[i]++
	}
}

// scanRunes counts the message's tokens in a folded rune field and returns
// the field's length.
func (aq *approxQuery) scanRunes(sc *approxScan, units []rune, f approxField) {
	var prev rune
	for i := 0; i < len(units); i++ {
		r := units[i]
		if r < utf8.RuneSelf {
			prev = 0
			if len(aq.latin) > 0 && latinStart(r) && (i == 0 || !latinPart(units[i-1])) {
				j := i
				for j < len(units) && latinPart(units[j]) {
					j++
				}
				if t, ok := aq.latin[string(units[i:j])]; ok {
					sc.bump(t, f)
				}
				i = j - 1
			}
			continue
		}
		aq.cjk(sc, prev, r, f)
		prev = r
	}
}

// scanString is scanRunes over a folded string; it returns the length in
// runes.
func (aq *approxQuery) scanString(sc *approxScan, s string, f approxField) int {
	var prev rune
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			n++
			prev = 0
			if len(aq.latin) > 0 && latinStart(rune(c)) && (i == 0 || !latinPart(rune(s[i-1]))) {
				j := i
				for j < len(s) && latinPart(rune(s[j])) {
					j++
				}
				if t, ok := aq.latin[s[i:j]]; ok {
					sc.bump(t, f)
				}
				n += j - i - 1
				i = j
				continue
			}
			i++
			continue
		}
		var r rune
		if c >= 0xE0 && c < 0xF0 && i+2 < len(s) {
			r = rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			i += 3
		} else {
			var w int
			r, w = utf8.DecodeRuneInString(s[i:])
			i += w
		}
		n++
		aq.cjk(sc, prev, r, f)
		prev = r
	}
	return n
}

// cjk counts the character r (preceded by prev, 0 at a run's start).
func (aq *approxQuery) cjk(sc *approxScan, prev, r rune, f approxField) {
	if !aq.chars.has(r) {
		return
	}
	if t, ok := aq.singl[r]; ok {
		sc.bump(t, f)
	}
	if prev != 0 && aq.chars.has(prev) {
		if t, ok := aq.pairs[[2]rune{prev, r}]; ok {
			sc.bump(t, f)
		}
	}
}

func latinStart(r rune) bool { return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' }
func latinPart(r rune) bool  { return latinStart(r) }

// scanEntry counts the message's tokens in every field of e and records
// the phrase when anything matched.
func (aq *approxQuery) scanEntry(sc *approxScan, pf *scratch, e *entry, idx int32) {
	var d approxDoc
	d.idx = idx
	aq.scanRunes(sc, e.title, afTitle)
	aq.scanRunes(sc, e.ask, afAsk)
	aq.scanRunes(sc, e.keywords, afKeywords)
	aq.scanRunes(sc, e.tags, afTags)
	aq.scanRunes(sc, e.group, afGroup)
	d.lens[afTitle], d.lens[afAsk], d.lens[afKeywords] = int32(len(e.title)), int32(len(e.ask)), int32(len(e.keywords))
	d.lens[afTags], d.lens[afGroup] = int32(len(e.tags)), int32(len(e.group))
	for bi := range e.bodies {
		b := &e.bodies[bi]
		if pf.bodyCounts(e, b) {
			d.lens[afBody] += int32(aq.scanString(sc, b.text, afBody))
		}
	}
	for f := range d.lens {
		sc.lenSum[f] += int64(d.lens[f])
	}
	sc.scanned++
	if len(sc.touched) == 0 {
		return
	}
	d.lo = int32(len(sc.hits))
	for _, i := range sc.touched {
		sc.hits = append(sc.hits, approxHit{tok: int16(i / int32(numApproxFields)), field: approxField(i % int32(numApproxFields)), n: sc.counts[i]})
		sc.counts[i] = 0
	}
	sc.touched = sc.touched[:0]
	d.hi = int32(len(sc.hits))
	sc.docs = append(sc.docs, d)
}

// approxRank turns the scans' hits into BM25F scores: it returns every
// phrase with a score of at least approxKeep of the best, as hits with
// scores in (0, ApproxMax].
func (aq *approxQuery) rank(scans []*approxScan, total int) []hit {
	var lenSum [numApproxFields]int64
	df := make([]int, len(aq.toks))
	n := 0
	for _, sc := range scans {
		n += sc.scanned
		for f := range lenSum {
			lenSum[f] += sc.lenSum[f]
		}
		for _, d := range sc.docs {
			seen := uint64(0)
			var more map[int16]bool
			for _, h := range sc.hits[d.lo:d.hi] {
				if h.tok < 64 {
					if seen&(1<<h.tok) == 0 {
						seen |= 1 << h.tok
						df[h.tok]++
					}
				} else {
					if more == nil {
						more = map[int16]bool{}
					}
					if !more[h.tok] {
						more[h.tok] = true
						df[h.tok]++
					}
				}
			}
		}
	}
	if n == 0 {
		n = total
	}
	var avg [numApproxFields]float64
	for f := range avg {
		avg[f] = math.Max(1, float64(lenSum[f])/float64(max(n, 1)))
	}
	idf := make([]float64, len(aq.toks))
	for t := range idf {
		d := float64(df[t])
		idf[t] = math.Log(1+(float64(n)-d+0.5)/(d+0.5)) * aq.toks[t].weight
	}
	tf := make([]float64, len(aq.toks))
	var out []hit
	var scores []float64
	best := 0.0
	for _, sc := range scans {
		for _, d := range sc.docs {
			clear(tf)
			for _, h := range sc.hits[d.lo:d.hi] {
				f := h.field
				norm := 1 - approxB[f] + approxB[f]*float64(d.lens[f])/avg[f]
				tf[h.tok] += approxWeight[f] * float64(h.n) / norm
			}
			s := 0.0
			for t, x := range tf {
				if x > 0 {
					s += idf[t] * x * (bm25K1 + 1) / (x + bm25K1)
				}
			}
			if s <= 0 {
				continue
			}
			best = math.Max(best, s)
			out = append(out, hit{idx: d.idx})
			scores = append(scores, s)
		}
	}
	kept := out[:0]
	for i, h := range out {
		if scores[i] < approxKeep*best {
			continue
		}
		h.score = int32(1 + float64(ApproxMax-1)*scores[i]/(scores[i]+approxHalf))
		kept = append(kept, h)
	}
	return kept
}

// approximate ranks every phrase not among the strict hits by the message's
// tokens, on every CPU for a large set.
func (m *Matcher) approximate(aq *approxQuery, strict []hit) []hit {
	skip := make(map[int32]bool, len(strict))
	for _, h := range strict {
		skip[h.idx] = true
	}
	n := len(m.entries)
	run := func(lo, hi int) *approxScan {
		sc := &approxScan{counts: make([]uint16, len(aq.toks)*int(numApproxFields))}
		pf := scratch{platform: m.platform, platBit: m.platBit}
		for i := lo; i < hi; i++ {
			if skip[int32(i)] {
				continue
			}
			aq.scanEntry(sc, &pf, &m.entries[i], int32(i))
		}
		return sc
	}
	workers := runtime.GOMAXPROCS(0)
	var scans []*approxScan
	if n < parallelMin || workers < 2 {
		scans = []*approxScan{run(0, n)}
	} else {
		scans = make([]*approxScan, workers)
		var wg sync.WaitGroup
		chunk := (n + workers - 1) / workers
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				scans[w] = run(w*chunk, min((w+1)*chunk, n))
			}()
		}
		wg.Wait()
	}
	hits := aq.rank(scans, n)
	for i := range hits {
		hits[i].score += int32(m.entries[hits[i].idx].bonus)
	}
	return hits
}

// approxResult is the Result of an approximate hit: the field that
// contributed most first, the characters of every matched token
// highlighted.
func (m *Matcher) approxResult(pf *scratch, aq *approxQuery, i, score int) Result {
	e := &m.entries[i]
	r := Result{Phrase: m.phrases[i], Score: score, Approximate: true}
	type fieldPos struct {
		field  string
		weight float64
		pos    []int
	}
	var fields []fieldPos
	addRunes := func(units []rune, f approxField) {
		pos, n := aq.positions(units)
		if n > 0 {
			fields = append(fields, fieldPos{approxFieldName[f], approxWeight[f] * float64(n), pos})
		}
	}
	addRunes(e.title, afTitle)
	addRunes(e.ask, afAsk)
	addRunes(e.keywords, afKeywords)
	addRunes(e.tags, afTags)
	addRunes(e.group, afGroup)
	for bi := range e.bodies {
		b := &e.bodies[bi]
		if pf.bodyCounts(e, b) {
			pos, n := aq.positions([]rune(b.text))
			if n > 0 {
				fields = append(fields, fieldPos{b.field, approxWeight[afBody] * float64(n), pos})
			}
		}
	}
	sort.SliceStable(fields, func(a, b int) bool { return fields[a].weight > fields[b].weight })
	for _, f := range fields {
		r.Matches = append(r.Matches, FieldMatch{Field: f.field, Positions: f.pos})
	}
	if len(r.Matches) > 0 {
		r.Field, r.Positions = r.Matches[0].Field, r.Matches[0].Positions
	}
	return r
}

// positions are the rune indexes of units covered by a token of the
// message, and how many tokens occurred.
func (aq *approxQuery) positions(units []rune) ([]int, int) {
	var pos []int
	n := 0
	mark := func(i int) {
		if len(pos) == 0 || pos[len(pos)-1] != i {
			pos = append(pos, i)
		}
	}
	for i := 0; i < len(units); i++ {
		r := units[i]
		if r < utf8.RuneSelf {
			if len(aq.latin) > 0 && latinStart(r) && (i == 0 || !latinPart(units[i-1])) {
				j := i
				for j < len(units) && latinPart(units[j]) {
					j++
				}
				if _, ok := aq.latin[string(units[i:j])]; ok {
					n++
					for k := i; k < j; k++ {
						mark(k)
					}
				}
				i = j - 1
			}
			continue
		}
		if !aq.chars.has(r) {
			continue
		}
		if i > 0 && aq.chars.has(units[i-1]) {
			if _, ok := aq.pairs[[2]rune{units[i-1], r}]; ok {
				n++
				mark(i - 1)
				mark(i)
				continue
			}
		}
		if _, ok := aq.singl[r]; ok {
			n++
			mark(i)
		}
	}
	return pos, n
}
