package match

import (
	"math"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
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
	// coverWeight scales the bonus for a buyer question (ask) the message
	// holds whole (coverage squared): about two telling bigrams. Only
	// questions: they are written as buyers ask, a title is not.
	coverWeight = 6.0
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
	if r >= 0 && r < 0x10000 {
		t := separators()
		return t[r>>6]&(1<<(r&63)) != 0
	}
	return isSeparator(r)
}

// separators is separator for the BMP, a bit per rune (8 KiB, made once):
// building the approximate filters asks it for every character of every
// phrase.
var separators = sync.OnceValue(func() *[1024]uint64 {
	var t [1024]uint64
	for r := rune(0); r < 0x10000; r++ {
		if isSeparator(r) {
			t[r>>6] |= 1 << (r & 63)
		}
	}
	return &t
})

func isSeparator(r rune) bool {
	// 呗 is not among them: in a shop it is 花呗, a payment every shop
	// names, far more often than a particle (买呗).
	switch r {
	case '吗', '呢', '啊', '吧', '呀', '哦', '嘛', '啦', '哈', '么', '了', '的', '哟', '噢', '喔',
		'嗯', '诶', '哎', '喂', '咯', '哇', '呐', '嘞', '亲', '我', '你', '您', '他', '她', '它', '们', '咱', '这', '那':
		return true
	}
	if r < utf8.RuneSelf {
		return !isLatinAlnum(r)
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// questionFrames are the words a question is framed with (有没有新客优惠,
// 能不能便宜): like particles they say nothing of what is asked, and a
// short buyer question made mostly of one must not win on it. They are cut
// out of messages and of buyer questions alike.
var questionFrames = [][]rune{[]rune("可不可以"), []rune("有没有"), []rune("能不能"), []rune("会不会"), []rune("是不是"),
	[]rune("要不要"), []rune("为什么"), []rune("怎么办"), []rune("怎么"), []rune("什么"), []rune("怎样"), []rune("可以"),
	[]rune("还能"), []rune("一下"), []rune("请问")}

// frameLen is the length of the question frame starting at units[i], 0
// for none.
func frameLen(units []rune, i int) int {
	switch units[i] {
	case '可', '有', '能', '会', '是', '要', '为', '怎', '什', '还', '一', '请':
	default:
		return 0
	}
	for _, f := range questionFrames {
		if len(f) <= len(units)-i && slices.Equal(units[i:i+len(f)], f) {
			return len(f)
		}
	}
	return 0
}

// isCJK reports whether r is read as Chinese text (bigrams, readings).
func isCJK(r rune) bool { return r >= 0x3400 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF }

// approxTok is one token of a message: a bigram (a, b), a character (a), or
// a Latin/digit run (latin).
type approxTok struct {
	a, b  rune
	latin string // with b set: a Latin run and the character after it (sn码, m码)
	sound bool   // a bigram read by its sound: (a, b)'s default readings
	// exact is, for a sound token, the token of the same bigram as
	// written (-1 when the message has too many tokens to hold it).
	exact int16
	// word: a character that may be a one-character word (oneCharWord);
	// it weighs wordWeight unless one of the message's bigrams it is in
	// (in) is a word of the shop's: held in some phrase's title,
	// questions, keywords or tags (退货, 寄回; not 能退, though a body
	// says 能退能换).
	word   bool
	in     []int16
	weight float64
	// bridge: a bigram of a content character and a particle or pronoun
	// next to it (花呗, 了解): it counts only where some phrase's title,
	// questions, keywords or tags hold it, as a word of the shop's.
	bridge bool
}

// char reports whether the token is one character.
func (t *approxTok) char() bool { return t.b == 0 && t.latin == "" }

// oneCharWord reports whether r, in a message, is a word by itself that
// names what the buyer wants: 退 换 修 洗 大 小 快 慢… (修 in 东西坏了
// 修吗, 洗 in 怎么洗). Such a character weighs as much as a bigram
// (wordWeight), not unigramWeight, and is evidence enough alone.
func oneCharWord(r rune) bool {
	switch r {
	case '退', '换', '修', '洗', '补', '寄', '大', '小', '快', '慢', '贵', '坏', '破', '漏', '脏', '丢', '少', '错',
		'旧', '假', '臭', '胖', '瘦', '吵', '褪', '皱':
		return true
	}
	return false
}

// wordWeight is the weight of a one-character word: as a bigram's.
const wordWeight = 1.0

// approxQuery is a message prepared for scanning phrases. Characters are
// looked up by index, not in maps: a scan looks at every character of
// every phrase.
type approxQuery struct {
	toks  []approxTok
	set   *runeSet // the message's Chinese characters, for a one-load test
	chars []rune   // the same, sorted
	// content is how many of chars are content, not particles or
	// pronouns, which are in chars only as half of a bridge bigram.
	content int
	uni     []int16 // uni[ci]: the token of character chars[ci], or -1
	pair    []int16 // pair[ci*len(chars)+cj]: the token of bigram (chars[ci], chars[cj]), or -1
	latin   []latinTok
	// compound are the Latin runs followed by a character (sn码).
	compound []latinTok
	// sound maps a pair of default readings (sylPair) to the token of the
	// message's bigram read that way: 发火 is typed for 发货 and 起求 for
	// 起球 by buyers whose input method offered the wrong character.
	sound   map[uint32]int16
	syls    []int16                       // defaultSyls()
	sylSeen [len(syllables)/64 + 1]uint64 // the default readings of the message's characters
}

// soundWeight scales a bigram matched by sound only, against one matched as
// written.
const soundWeight = 0.5

// slipWeight is a sound bigram's weight when no phrase holds the bigram as
// written: the characters are an input-method slip (起秋 for 起球, 近度 for
// 进度), and the sound is the word, as good as a bigram.
const slipWeight = 1.0

// defaultSyl is the syllable index of r's default reading, -1 for none.
func defaultSyl(r rune) int {
	if r < pinyinLo || r > pinyinHi {
		return -1
	}
	return int(defaultSyls()[r-pinyinLo])
}

// defaultSyls[r-pinyinLo] is defaultSyl(r): the scans read it for every
// character of every phrase they look at.
var defaultSyls = sync.OnceValue(func() []int16 {
	out := make([]int16, pinyinHi-pinyinLo+1)
	for i := range out {
		out[i] = -1
		if set := readingSet(rune(pinyinLo + i)); set != 0 {
			id, _ := readingID(u16(readingStart, set))
			out[i] = int16(id)
		}
	}
	return out
})

func sylPair(a, b int) uint32 { return uint32(a)<<16 | uint32(b) }

func (aq *approxQuery) soundHas(a, b int) bool {
	_, ok := aq.sound[sylPair(a, b)]
	return ok
}

type latinTok struct {
	s   string
	tok int16
	// next, when set, is the character right after the run: the token is
	// the run and that character (sn码, m码, xl号), told apart from a
	// phrase's xl码 or a bare sn.
	next rune
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

// charIndex is r's index in chars (r is known to be there).
func (aq *approxQuery) charIndex(r rune) int {
	return sort.Search(len(aq.chars), func(i int) bool { return aq.chars[i] >= r })
}

// newApproxQuery cuts a (folded) message into tokens; nil when it has none.
func newApproxQuery(folded []rune) *approxQuery {
	aq := &approxQuery{set: new(runeSet), syls: defaultSyls()}
	type span struct{ i, j int }
	var runs []span
	// A question frame (有没有, 能不能, 怎么…) is cut out like a particle.
	frame := make([]bool, len(folded))
	for i := 0; i < len(folded); i++ {
		for l := frameLen(folded, i); l > 0; l-- {
			frame[i] = true
			i++
		}
	}
	cut := func(i int) bool { return frame[i] || separator(folded[i]) }
	for i := 0; i < len(folded); {
		r := folded[i]
		switch {
		case cut(i):
			i++
		case r < utf8.RuneSelf:
			j := i
			for j < len(folded) && folded[j] < utf8.RuneSelf && !cut(j) {
				j++
			}
			s := string(folded[i:j])
			dup := false
			for _, l := range aq.latin {
				dup = dup || l.s == s
			}
			if !dup && len(aq.toks) < maxApproxTokens {
				aq.latin = append(aq.latin, latinTok{s: s, tok: int16(len(aq.toks))})
				aq.toks = append(aq.toks, approxTok{latin: s, weight: 1})
			}
			if j < len(folded) && isCJK(folded[j]) && !separator(folded[j]) && aq.compoundString(s, folded[j]) < 0 && len(aq.toks) < maxApproxTokens {
				aq.compound = append(aq.compound, latinTok{s: s, tok: int16(len(aq.toks)), next: folded[j]})
				aq.toks = append(aq.toks, approxTok{latin: s, b: folded[j], weight: 1})
			}
			i = j
		default:
			j := i
			for j < len(folded) && folded[j] >= utf8.RuneSelf && !cut(j) {
				j++
			}
			for k := i; k < j; k++ {
				if !aq.set.has(folded[k]) {
					aq.set.add(folded[k])
					aq.chars = append(aq.chars, folded[k])
				}
			}
			runs = append(runs, span{i, j})
			i = j
		}
	}
	aq.content = len(aq.chars)
	// A particle or pronoun next to a content character may be half of
	// a word (花呗, 了解): the pair is looked for too, as a bridge.
	bridgeable := func(k int) bool { return !frame[k] && separator(folded[k]) && isCJK(folded[k]) }
	content := func(k int) bool { return !cut(k) && isCJK(folded[k]) }
	var bridges []span
	for k := 1; k+1 < len(folded); k++ {
		if !bridgeable(k) || !content(k-1) || !content(k+1) {
			continue
		}
		bridges = append(bridges, span{k - 1, k}, span{k, k + 1})
		for _, r := range folded[k-1 : k+2] {
			if !aq.set.has(r) {
				aq.set.add(r)
				aq.chars = append(aq.chars, r)
			}
		}
	}
	slices.Sort(aq.chars)
	n := len(aq.chars)
	aq.uni = make([]int16, n)
	aq.pair = make([]int16, n*n)
	for i := range aq.uni {
		aq.uni[i] = -1
	}
	for i := range aq.pair {
		aq.pair[i] = -1
	}
	for _, sp := range runs {
		for k := sp.i; k+1 < sp.j; k++ {
			p := aq.charIndex(folded[k])*n + aq.charIndex(folded[k+1])
			if aq.pair[p] < 0 && len(aq.toks) < maxApproxTokens {
				aq.pair[p] = int16(len(aq.toks))
				aq.toks = append(aq.toks, approxTok{a: folded[k], b: folded[k+1], weight: 1})
			}
		}
	}
	for _, b := range bridges {
		p := aq.charIndex(folded[b.i])*n + aq.charIndex(folded[b.j])
		if aq.pair[p] < 0 && len(aq.toks) < maxApproxTokens {
			aq.pair[p] = int16(len(aq.toks))
			aq.toks = append(aq.toks, approxTok{a: folded[b.i], b: folded[b.j], weight: 1, bridge: true})
		}
	}
	aq.sound = map[uint32]int16{}
	for _, sp := range runs {
		for k := sp.i; k+1 < sp.j; k++ {
			a, b := defaultSyl(folded[k]), defaultSyl(folded[k+1])
			if a < 0 || b < 0 || len(aq.toks) >= maxApproxTokens {
				continue
			}
			if _, dup := aq.sound[sylPair(a, b)]; !dup {
				aq.sound[sylPair(a, b)] = int16(len(aq.toks))
				exact := aq.pair[aq.charIndex(folded[k])*n+aq.charIndex(folded[k+1])]
				aq.toks = append(aq.toks, approxTok{a: folded[k], b: folded[k+1], sound: true, weight: soundWeight, exact: exact})
				aq.sylSeen[a/64] |= 1 << (a % 64)
				aq.sylSeen[b/64] |= 1 << (b % 64)
			}
		}
	}
	for _, sp := range runs {
		for k := sp.i; k < sp.j; k++ {
			ci := aq.charIndex(folded[k])
			if aq.uni[ci] < 0 && len(aq.toks) < maxApproxTokens {
				aq.uni[ci] = int16(len(aq.toks))
				aq.toks = append(aq.toks, approxTok{a: folded[k], weight: unigramWeight, word: oneCharWord(folded[k])})
			}
			t := aq.uni[ci]
			if t < 0 || !aq.toks[t].word {
				continue
			}
			// The bigrams the character is part of here: a word the
			// phrases know (退货, 寄回) makes it part of that word.
			for _, nb := range [2][2]int{{k - 1, k}, {k, k + 1}} {
				if nb[0] >= sp.i && nb[1] < sp.j {
					if p := aq.pair[aq.charIndex(folded[nb[0]])*n+aq.charIndex(folded[nb[1]])]; p >= 0 {
						aq.toks[t].in = append(aq.toks[t].in, p)
					}
				}
			}
		}
	}
	// A Chinese numeral and the character after it (四点, 七天, 三十天) is
	// also the digits a reply writes (4点, 7天, 30天).
	for _, sp := range runs {
		for k := sp.i; k < sp.j; {
			v, l := numeralValue(folded[k:sp.j])
			if l == 0 || l == 1 && folded[k] == '一' {
				// 一 alone is mostly no number (一点, 一直, 一样, 一般).
				k++
				continue
			}
			if next := k + l; next < sp.j && numeral(folded[next]) < 0 {
				if d := strconv.Itoa(v); aq.compoundString(d, folded[next]) < 0 && len(aq.toks) < maxApproxTokens {
					aq.compound = append(aq.compound, latinTok{s: d, tok: int16(len(aq.toks)), next: folded[next]})
					aq.toks = append(aq.toks, approxTok{latin: d, b: folded[next], weight: 1})
				}
			}
			k += l
		}
	}
	if len(aq.toks) == 0 {
		return nil
	}
	return aq
}

// numeralValue reads a Chinese number of up to 99 at the start of rs (七,
// 十一, 三十, 二十四, 两): its value and length in runes, 0 and 0 for none.
func numeralValue(rs []rune) (value, length int) {
	digit := func(i int) int {
		if i < len(rs) && rs[i] != '零' && rs[i] != '〇' {
			if d := numeral(rs[i]); d > 0 {
				return d
			}
		}
		return -1
	}
	switch {
	case len(rs) > 0 && rs[0] == '十': // 十, 十一
		if d := digit(1); d > 0 {
			return 10 + d, 2
		}
		return 10, 1
	case digit(0) > 0 && len(rs) > 1 && rs[1] == '十': // 三十, 二十四
		if d := digit(2); d > 0 {
			return 10*digit(0) + d, 3
		}
		return 10 * digit(0), 2
	case digit(0) > 0:
		return digit(0), 1
	}
	return 0, 0
}

// latinRunes finds the Latin token equal to units[i:j].
func (aq *approxQuery) latinRunes(units []rune) int16 {
	for _, l := range aq.latin {
		if len(l.s) == len(units) {
			same := true
			for k, r := range units {
				if rune(l.s[k]) != r {
					same = false
					break
				}
			}
			if same {
				return l.tok
			}
		}
	}
	return -1
}

// compoundString finds the token of the Latin run s followed by next.
func (aq *approxQuery) compoundString(s string, next rune) int16 {
	for _, l := range aq.compound {
		if l.next == next && l.s == s {
			return l.tok
		}
	}
	return -1
}

// latinString finds the Latin token equal to s.
func (aq *approxQuery) latinString(s string) int16 {
	for _, l := range aq.latin {
		if l.s == s {
			return l.tok
		}
	}
	return -1
}

// coverage is the largest share of one item's bigrams (one question of
// sep-separated ask) that the message holds: a buyer who asks
// 发货了没有 asked "发货了吗" whole, though the message shares one bigram with
// many replies. Particles and punctuation break bigrams, as in the message.
func (aq *approxQuery) coverage(units []rune, sep rune) float64 {
	best := 0.0
	total, hit := 0, 0
	flush := func() {
		if total > 0 {
			best = max(best, float64(hit)/float64(total))
		}
		total, hit = 0, 0
	}
	prev := -1  // index of the previous character in the message's, or -1
	var pr rune // the previous character, 0 after a break
	for i := 0; i < len(units); i++ {
		r := units[i]
		if sep != 0 && r == sep {
			flush()
			pr, prev = 0, -1
			continue
		}
		if l := frameLen(units, i); l > 0 {
			i += l - 1
			pr, prev = 0, -1
			continue
		}
		if r < utf8.RuneSelf || separator(r) {
			pr, prev = 0, -1
			continue
		}
		ci := -1
		if aq.set.has(r) {
			ci = aq.charIndex(r)
		}
		if pr != 0 {
			total++
			if prev >= 0 && ci >= 0 && aq.pair[prev*len(aq.chars)+ci] >= 0 {
				hit++
			}
		}
		pr, prev = r, ci
	}
	flush()
	return best
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
	cover  float32 // the largest share of one buyer question's bigrams the message holds
}

// approxScan is per-goroutine working memory for scanning.
type approxScan struct {
	counts  []uint16 // [tok*numApproxFields+field]
	touched []int32  // indexes into counts that are non-zero
	hits    []approxHit
	docs    []approxDoc
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

// scanRunes counts the message's tokens in a folded rune field.
func (aq *approxQuery) scanRunes(sc *approxScan, units []rune, f approxField) {
	st := noPrev
	for i := 0; i < len(units); i++ {
		r := units[i]
		if r < utf8.RuneSelf {
			st = noPrev
			if len(aq.latin)+len(aq.compound) > 0 && latinStart(r) && (i == 0 || !latinPart(units[i-1])) {
				j := i
				for j < len(units) && latinPart(units[j]) {
					j++
				}
				if t := aq.latinRunes(units[i:j]); t >= 0 {
					sc.bump(t, f)
				}
				if j < len(units) && len(aq.compound) > 0 {
					if t := aq.compoundString(string(units[i:j]), units[j]); t >= 0 {
						sc.bump(t, f)
					}
				}
				i = j - 1
			}
			continue
		}
		aq.cjk(sc, &st, r, f)
	}
}

// scanString is scanRunes over a folded string; it returns the length in
// runes.
func (aq *approxQuery) scanString(sc *approxScan, s string, f approxField) int {
	st := noPrev
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			n++
			st = noPrev
			if len(aq.latin)+len(aq.compound) > 0 && latinStart(rune(c)) && (i == 0 || !latinPart(rune(s[i-1]))) {
				j := i
				for j < len(s) && latinPart(rune(s[j])) {
					j++
				}
				if t := aq.latinString(s[i:j]); t >= 0 {
					sc.bump(t, f)
				}
				if j < len(s) && len(aq.compound) > 0 {
					r, _ := utf8.DecodeRuneInString(s[j:])
					if t := aq.compoundString(s[i:j], r); t >= 0 {
						sc.bump(t, f)
					}
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
		aq.cjk(sc, &st, r, f)
	}
	return n
}

// scanState is what a scan knows of the character before: its index among
// the message's characters (or -1) and its default reading when the
// message has that reading (or -1).
type scanState struct{ prev, syl int }

var noPrev = scanState{-1, -1}

// cjk counts the character r after the one st describes, and moves st on.
func (aq *approxQuery) cjk(sc *approxScan, st *scanState, r rune, f approxField) {
	ci, exact := -1, false
	if aq.set.has(r) {
		ci = aq.charIndex(r)
		if t := aq.uni[ci]; t >= 0 {
			sc.bump(t, f)
		}
		if st.prev >= 0 {
			if t := aq.pair[st.prev*len(aq.chars)+ci]; t >= 0 {
				sc.bump(t, f)
				exact = true
			}
		}
	}
	syl := -1
	if len(aq.sound) > 0 && r >= pinyinLo && r <= pinyinHi {
		if y := int(aq.syls[r-pinyinLo]); y >= 0 && aq.sylSeen[y/64]&(1<<(y%64)) != 0 {
			syl = y
			if !exact && st.syl >= 0 {
				if t, ok := aq.sound[sylPair(st.syl, y)]; ok {
					sc.bump(t, f)
				}
			}
		}
	}
	st.prev, st.syl = ci, syl
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
	d.cover = float32(aq.coverage(e.ask, ' '))
	for bi := range e.bodies {
		b := &e.bodies[bi]
		if pf.bodyCounts(e, b) {
			d.lens[afBody] += int32(aq.scanString(sc, b.text, afBody))
		}
	}
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

// rank turns the scans' hits into BM25F scores: it returns every phrase not
// in skip with a score of at least approxKeep of the best, as hits with
// scores in (0, ApproxMax]. Character weights come from the index, bigram
// and token weights from the filters' counts (both hold for every phrase,
// though not every phrase was scanned).
func (aq *approxQuery) rank(scans []*approxScan, charDF func(rune) int, avg *[numApproxFields]float64, sigToks []sigTok, scannedTelling bool, n int, skip map[int32]bool) []hit {
	df := make([]int, len(aq.toks))
	// inHead: some phrase holds the token in its title, questions,
	// keywords or tags: a bigram there is a word of the shop's.
	inHead := make([]bool, len(aq.toks))
	for _, sc := range scans {
		for _, d := range sc.docs {
			seen := uint64(0)
			var more map[int16]bool
			for _, h := range sc.hits[d.lo:d.hi] {
				if h.field <= afTags {
					inHead[h.tok] = true
				}
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
	// A telling token was scanned in every phrase holding it: its count is
	// exact. Another's count is the filters' (an estimate, high by their
	// false positives), as most phrases holding it were not scanned.
	for _, st := range sigToks {
		if !st.telling || !scannedTelling {
			df[st.tok] = max(df[st.tok], st.df)
			inHead[st.tok] = inHead[st.tok] || st.headDF > 0
		}
	}
	idf := make([]float64, len(aq.toks))
	weights := make([]float64, len(aq.toks))
	for t, tok := range aq.toks {
		d := float64(df[t])
		if tok.char() && tok.a < 0x10000 {
			d = float64(charDF(tok.a))
		}
		w := tok.weight
		if tok.word {
			w = wordWeight
			for _, p := range tok.in {
				if inHead[p] {
					w = tok.weight
				}
			}
		}
		if tok.bridge && !inHead[t] {
			w = 0
		}
		weights[t] = w
		if tok.sound && (tok.exact < 0 || df[tok.exact] == 0) {
			// No phrase holds the bigram as written (起秋, 近度): an
			// input-method slip, and its sound is what the buyer meant.
			w = slipWeight
		}
		idf[t] = math.Log(1+(float64(n)-d+0.5)/(d+0.5)) * w
	}
	tf := make([]float64, len(aq.toks))
	var out []hit
	var scores []float64
	best := 0.0
	for _, sc := range scans {
		for _, d := range sc.docs {
			if skip[d.idx] {
				continue
			}
			clear(tf)
			strong, chars := false, 0
			for _, h := range sc.hits[d.lo:d.hi] {
				if weights[h.tok] == 0 {
					continue
				}
				f := h.field
				norm := 1 - approxB[f] + approxB[f]*float64(d.lens[f])/avg[f]
				if tf[h.tok] == 0 {
					if tok := &aq.toks[h.tok]; !tok.char() || weights[h.tok] >= wordWeight {
						strong = true
					} else {
						chars++
					}
				}
				tf[h.tok] += approxWeight[f] * float64(h.n) / norm
			}
			// One shared character of a longer message is chance, not a
			// match: a bigram or token, or two characters, or the whole of
			// a one-character message.
			if !strong && chars < min(2, aq.content) {
				continue
			}
			s := coverWeight * float64(d.cover) * float64(d.cover)
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
// tokens, on every CPU for a large set. Only phrases whose filter holds one
// of the message's telling bigrams or tokens are scanned (approxindex.go);
// when there is none, every phrase is (a message of single characters, or
// of words every reply has).
func (m *Matcher) approximate(aq *approxQuery, strict []hit) []hit {
	m.ensureApprox()
	idx := m.approxIdx
	skip := make(map[int32]bool, len(strict))
	for _, h := range strict {
		skip[h.idx] = true
	}
	n := m.n
	sigToks := aq.sigToks()
	// A message of Latin tokens only (vip, id): every token is looked for,
	// and counted exactly by the scan: no need to count the filters.
	countFilters := aq.content > 0
	// Over a large set the filters are counted on an even sample of the
	// phrases: a count only decides whether a token is telling (a share)
	// and weighs the tokens that are not (thousands of phrases), and the
	// telling ones are counted exactly by the scan.
	stride := max(1, n/countSample)
	m.parallel(n, func(lo, hi int) {
		if !countFilters {
			return
		}
		counts := make([]int, 2*len(sigToks))
		ev := m.evicter(lo)
		for i := (lo + stride - 1) / stride * stride; i < hi; i += stride {
			ev.at(i)
			sig, head := m.sigAt(i), m.headAt(i)
			for k := range sigToks {
				if sig.has(sigToks[k].bits) {
					counts[2*k]++
					if head.has(sigToks[k].bits) {
						counts[2*k+1]++
					}
				}
			}
		}
		m.approxMu.Lock()
		for k := range sigToks {
			sigToks[k].df += counts[2*k] * stride
			sigToks[k].headDF += counts[2*k+1] * stride
		}
		m.approxMu.Unlock()
	})
	// telling: tokens that tell phrases apart; inHead: those that tell
	// titles, questions, keywords and tags apart (a bigram in a tenth of
	// the titles names none of them).
	var telling, inHead []sigBits
	for k, st := range sigToks {
		if float64(st.headDF) < tellingShare*float64(n) {
			inHead = append(inHead, st.bits)
		}
		if float64(st.df) < tellingShare*float64(n) {
			telling = append(telling, st.bits)
			sigToks[k].telling = true
		}
	}
	scan := func(filter bool) []*approxScan {
		workers := runtime.GOMAXPROCS(0)
		if n < parallelMin {
			workers = 1
		}
		scans := make([]*approxScan, workers)
		chunk := (n + workers - 1) / workers
		var wg sync.WaitGroup
		var failed atomic.Pointer[error]
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				err := m.worker(func() {
					sc := &approxScan{counts: make([]uint16, len(aq.toks)*int(numApproxFields))}
					pf := scratch{platform: m.platform, platBit: m.platBit}
					var view entry
					ev := m.evicter(w * chunk)
					for i := w * chunk; i < min((w+1)*chunk, n); i++ {
						ev.at(i)
						if filter && !holdsAny(m.sigAt(i), telling) && !headHoldsAny(m.headAt(i), m.sigAt(i), inHead) {
							continue
						}
						aq.scanEntry(sc, &pf, m.entryAt(i, &view), int32(i))
					}
					scans[w] = sc
				})
				if err != nil {
					failed.CompareAndSwap(nil, &err)
				}
			}()
		}
		wg.Wait()
		if err := failed.Load(); err != nil {
			panic(*err) // on the calling goroutine, under its guard
		}
		return scans
	}
	// A small set is scanned whole: cheap, and exact. A large one only
	// where a telling bigram or token is; with none, whole, for what its
	// characters say.
	var scans []*approxScan
	switch {
	case n < parallelMin || len(telling) == 0 && aq.content > 0:
		scans = scan(false)
	default:
		scans = scan(true)
	}
	// What the scan left mapped (the folio it was in, in each array, per
	// worker) goes before the results map their own.
	m.evictNow()
	hits := aq.rank(scans, m.charDF, &idx.avg, sigToks, true, n, skip)
	for i := range hits {
		hits[i].score += m.bonusAt(int(hits[i].idx))
	}
	return hits
}

// headHoldsAny reports whether a head filter holds one of bits; the
// phrase's whole filter must hold it too, which rules out most of the small
// head filter's false positives.
func headHoldsAny(head *headSig, sig *approxSig, bits []sigBits) bool {
	for _, b := range bits {
		if head.has(b) && sig.has(b) {
			return true
		}
	}
	return false
}

func holdsAny(sig *approxSig, bits []sigBits) bool {
	for _, b := range bits {
		if sig.has(b) {
			return true
		}
	}
	return false
}

// approxResult is the Result of an approximate hit: the field that
// contributed most first, the characters of every matched token
// highlighted.
func (m *Matcher) approxResult(pf *scratch, aq *approxQuery, i, score int) Result {
	var view entry
	e := m.entryAt(i, &view)
	r := Result{Phrase: m.phraseAt(i), Score: score, Approximate: true}
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
	prev, prevSyl := -1, -1
	for i := 0; i < len(units); i++ {
		r := units[i]
		if r < utf8.RuneSelf {
			prev, prevSyl = -1, -1
			if len(aq.latin)+len(aq.compound) > 0 && latinStart(r) && (i == 0 || !latinPart(units[i-1])) {
				j := i
				for j < len(units) && latinPart(units[j]) {
					j++
				}
				if aq.latinRunes(units[i:j]) >= 0 || j < len(units) && aq.compoundString(string(units[i:j]), units[j]) >= 0 {
					n++
					for k := i; k < j; k++ {
						mark(k)
					}
				}
				i = j - 1
			}
			continue
		}
		ci := -1
		if aq.set.has(r) {
			ci = aq.charIndex(r)
		}
		y := defaultSyl(r)
		switch {
		case ci >= 0 && prev >= 0 && aq.pair[prev*len(aq.chars)+ci] >= 0:
			n++
			mark(i - 1)
			mark(i)
		case i > 0 && prevSyl >= 0 && y >= 0 && aq.soundHas(prevSyl, y):
			n++
			mark(i - 1)
			mark(i)
		case ci >= 0 && aq.uni[ci] >= 0:
			n++
			mark(i)
		}
		prev, prevSyl = ci, y
	}
	return pos, n
}
