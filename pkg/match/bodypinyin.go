package match

import (
	"sync"
	"unicode/utf8"
)

// Pinyin of the body: an agent remembers a word of the reply (校验码 in
// "请把校验码发给我们") and types its pinyin (jiaoyanma). Bodies are long and
// many, so this is deliberately narrow: the term must read as two or more
// whole syllables, each body character is read by its primary readings
// (by any reading when that finds nothing, scoring less), and a match ranks
// in TierBodyPinyin, below every title, keyword,
// tag and Chinese body match. Initials (jym) and cut-off syllables are not
// matched in bodies: over hundreds of replies they would match nearly
// everything.

// bodySyllables is the set of syllables a body term is read as: every
// syllable of the table but the interjections (n, ng, m, hm, hng), which would
// let a stray letter end a reading.
var bodySyllables = sync.OnceValue(func() map[string]uint16 {
	out := make(map[string]uint16, len(syllables))
	for id, s := range syllables {
		switch s {
		case "n", "ng", "m", "hm", "hng":
			continue
		}
		out[s] = uint16(id)
	}
	return out
})

// maxSyllableLen is the longest syllable (zhuang, chuang, shuang).
const maxSyllableLen = 6

// maxSegs bounds the ways a term is split into syllables for the
// prefilter (xianweimian: xian-wei-mian, xi-an-wei-mian…).
const maxSegs = 16

// mayMatch reports whether a body with these readings can hold the term.
func (bp *bodyPinyin) mayMatch(body *sylBits) bool {
	if bp.segs == nil {
		return true
	}
	for i := range bp.segs {
		if body.holds(&bp.segs[i]) {
			return true
		}
	}
	return false
}

// sylBits is a set of syllables, one bit per syllable index mod 256: a
// body's primary readings, or the syllables a term reads as.
type sylBits [4]uint64

func (b *sylBits) add(id int) { b[(id>>6)&3] |= 1 << (id & 63) }

func (b *sylBits) holds(o *sylBits) bool {
	return b[0]&o[0] == o[0] && b[1]&o[1] == o[1] && b[2]&o[2] == o[2] && b[3]&o[3] == o[3]
}

// setSylBits[set] is the readings of a reading set as sylBits,
// built once (4.5k sets, well under a millisecond) when a matcher first
// reads bodies by pinyin.
var setSylBits = sync.OnceValue(func() []sylBits {
	n := len(readingStart)/2 - 1
	out := make([]sylBits, n)
	for set := 1; set < n; set++ {
		for i := u16(readingStart, set); i < u16(readingStart, set+1); i++ {
			id, _ := readingID(i)
			out[set].add(id)
		}
	}
	return out
})

// bodySylBits adds the readings of a body's characters to out.
func bodySylBits(table []sylBits, s string, out *sylBits) {
	var acc sylBits
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0xE3 || c > 0xE9 || i+2 >= len(s) {
			if c < utf8.RuneSelf {
				i++
			} else {
				_, w := decodeAt(s, i)
				i += w
			}
			continue
		}
		r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
		i += 3
		if r < pinyinLo || r > pinyinHi {
			continue
		}
		b := &table[u16(runeReadings, int(r-pinyinLo))]
		acc[0] |= b[0]
		acc[1] |= b[1]
		acc[2] |= b[2]
		acc[3] |= b[3]
	}
	out[0] |= acc[0]
	out[1] |= acc[1]
	out[2] |= acc[2]
	out[3] |= acc[3]
}

// bodyPinyin is a term prepared for matching body text by its readings.
type bodyPinyin struct {
	q []byte
	// segs are the syllable sets of the term's readings as syllables (at
	// most maxSegs): a body whose readings hold none of them is skipped
	// without a scan.
	segs []sylBits
	// first has the bit of rune r-pinyinLo set when the character can
	// start a match: one of its primary readings is a syllable the term
	// starts with and the rest of the term still reads as syllables;
	// firstAny the same for any reading. By rune, not reading set, so a
	// body's characters are tested with one load each.
	first, firstAny []uint64
}

// newBodyPinyin prepares a term of lower-case letters; nil when it does not
// read as two or more whole syllables.
func newBodyPinyin(q []rune) *bodyPinyin {
	if len(q) < 2 || len(q) > 64 {
		return nil
	}
	b := make([]byte, len(q))
	for i, r := range q {
		if r < 'a' || r > 'z' {
			return nil
		}
		b[i] = byte(r)
	}
	syls := bodySyllables()
	// most[i]: the most syllables q[i:] reads as (0 = it does not), so a
	// start syllable can be checked against the rest in O(1).
	most := make([]int, len(b)+1)
	most[len(b)] = 0
	for i := len(b) - 1; i >= 0; i-- {
		most[i] = -1
		for l := 1; l <= maxSyllableLen && i+l <= len(b); l++ {
			if _, ok := syls[string(b[i:i+l])]; ok && most[i+l] >= 0 {
				most[i] = max(most[i], 1+most[i+l])
			}
		}
	}
	if most[0] < 2 {
		return nil
	}
	var starts [len(syllables)]bool
	for l := 1; l <= maxSyllableLen && l <= len(b); l++ {
		if id, ok := syls[string(b[:l])]; ok && most[l] >= 1 {
			starts[id] = true
		}
	}
	nsets := len(readingStart)/2 - 1
	bp := &bodyPinyin{q: b}
	var seg func(i int, acc sylBits)
	seg = func(i int, acc sylBits) {
		if len(bp.segs) > maxSegs {
			return
		}
		if i == len(b) {
			bp.segs = append(bp.segs, acc)
			return
		}
		for l := 1; l <= maxSyllableLen && i+l <= len(b); l++ {
			if id, ok := syls[string(b[i:i+l])]; ok && most[i+l] >= 0 {
				next := acc
				next.add(int(id))
				seg(i+l, next)
			}
		}
	}
	seg(0, sylBits{})
	if len(bp.segs) > maxSegs {
		bp.segs = nil // too many readings to prefilter: scan every body
	}
	setFirst, setAny := make([]bool, nsets), make([]bool, nsets)
	for set := 1; set < nsets; set++ {
		for i := u16(readingStart, set); i < u16(readingStart, set+1); i++ {
			id, rare := readingID(i)
			if starts[id] {
				setAny[set] = true
				setFirst[set] = setFirst[set] || !rare
			}
		}
	}
	const words = (pinyinHi - pinyinLo + 64) / 64
	bp.first, bp.firstAny = make([]uint64, words), make([]uint64, words)
	for k := range pinyinHi - pinyinLo + 1 {
		set := u16(runeReadings, k)
		if setAny[set] {
			bp.firstAny[k/64] |= 1 << (k % 64)
		}
		if setFirst[set] {
			bp.first[k/64] |= 1 << (k % 64)
		}
	}
	return bp
}

// decodeAt decodes the rune at byte i of s.
func decodeAt(s string, i int) (rune, int) {
	if c := s[i]; c >= 0xE0 && c < 0xF0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
		if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
			return r, 3
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// find returns the byte range of the first run of s's characters whose
// primary readings spell the whole term, or else whose readings do (rare is
// then true), or -1.
func (bp *bodyPinyin) find(s string) (start, end int, rare bool) {
	if a, b := bp.findWith(s, bp.first, false); a >= 0 {
		return a, b, false
	}
	a, b := bp.findWith(s, bp.firstAny, true)
	return a, b, true
}

func (bp *bodyPinyin) findWith(s string, first []uint64, rare bool) (int, int) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0xE3 || c > 0xE9 || i+2 >= len(s) { // outside U+3000–U+9FFF: no readings
			i += utf8Width(c)
			continue
		}
		// A lead byte of U+3000–U+9FFF: the bitmap says whether the
		// character can start the term; match decodes it properly.
		k := (rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)) - pinyinLo
		if k >= 0 && first[k/64]&(1<<(k%64)) != 0 {
			if end := bp.match(s, i, 0, rare); end >= 0 {
				return i, end
			}
		}
		i += 3
	}
	return -1, -1
}

// utf8Width is the length of the UTF-8 sequence led by c (1 for a byte
// that cannot lead one: the scan moves on).
func utf8Width(c byte) int {
	switch {
	case c < 0xC0:
		return 1
	case c < 0xE0:
		return 2
	case c < 0xF0:
		return 3
	default:
		return 4
	}
}

// match reports where the term from qi on ends when read from byte i of s
// (one reading per character, primary ones only unless rare, whole
// syllables), or -1.
func (bp *bodyPinyin) match(s string, i, qi int, rare bool) int {
	if qi == len(bp.q) {
		return i
	}
	if i >= len(s) {
		return -1
	}
	r, w := decodeAt(s, i)
	lo, hi := readings(r)
	for ri := lo; ri < hi; ri++ {
		syl, secondary := reading(ri)
		if secondary && !rare || len(syl) > len(bp.q)-qi || string(bp.q[qi:qi+len(syl)]) != syl {
			continue
		}
		if end := bp.match(s, i+w, qi+len(syl), rare); end >= 0 {
			return end
		}
	}
	return -1
}
