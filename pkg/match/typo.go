package match

import (
	"strings"
	"sync"
)

// One typo in full pinyin: an agent typing fast swaps two letters (tiukuan),
// drops one (shangmenqjian), doubles one (jifenguoqqi) or hits a neighbour
// (miaoshaguizr). A term of typoMinLetters letters or more that matches
// nothing well is matched again allowing one such edit, inside one
// syllable of a reading or one letter of a Latin field, in the title,
// keywords and tags (a group is a filing place, a buyer question a
// sentence: both are long to search this way for little). Readings are whole syllables
// (only the last may be cut off), so an edit never stacks on the
// looseness of initials. A match costs penaltyTypo and stays in its
// field's tier: below an exact match of the same field.

const (
	// typoMinLetters: shorter terms are initials and codes, where one
	// letter more or less is another word.
	typoMinLetters = 5
	penaltyTypo    = 400
	kindTypo       = 0x20 // or-ed in: the unit holds the edit
	// kindTypoFar is or-ed in when the edit is a letter replaced by one
	// that is not its neighbour on the keyboard (qiqui read as 期退, t to
	// q): less likely than a swap or a slip to the next key, so it costs
	// penaltyTypoFar more.
	kindTypoFar    = 0x10
	penaltyTypoFar = 30
)

// keyNeighbours reports whether a and b are next to each other on a QWERTY
// keyboard (in a row, or in the rows above and below).
func keyNeighbours(a, b rune) bool {
	pos := func(r rune) (float64, float64, bool) {
		for row, keys := range [3]string{"qwertyuiop", "asdfghjkl", "zxcvbnm"} {
			if i := strings.IndexRune(keys, r); i >= 0 {
				return float64(row), float64(i) + [3]float64{0, 0.25, 0.75}[row], true
			}
		}
		return 0, 0, false
	}
	ra, ca, okA := pos(a)
	rb, cb, okB := pos(b)
	if !okA || !okB || a == b {
		return false
	}
	dr, dc := ra-rb, ca-cb
	return dr*dr+dc*dc < 1.6
}

// typoEligible reports whether a term may be matched again with one typo:
// five or more letters a–z, nothing else.
func typoEligible(q []rune) bool {
	if len(q) < typoMinLetters || len(q) > 64 {
		return false
	}
	for _, r := range q {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// typoPlausible reports whether an eligible term reads as pinyin syllables
// once one letter is fixed: xyzzy does not, and no phrase is searched for
// it. Only asked when a typo pass would run.
func typoPlausible(q []rune) bool {
	b := make([]byte, len(q))
	for i, r := range q {
		b[i] = byte(r)
	}
	if readsAsSyllables(b) {
		return true
	}
	// Every string one edit away: a letter changed, dropped, added, or two
	// neighbours swapped.
	try := readsAsSyllables
	buf := make([]byte, 0, len(b)+1)
	for i := range b {
		buf = append(append(buf[:0], b[:i]...), b[i+1:]...) // dropped
		if try(buf) {
			return true
		}
		if i+1 < len(b) {
			buf = append(buf[:0], b...)
			buf[i], buf[i+1] = buf[i+1], buf[i]
			if try(buf) {
				return true
			}
		}
		for c := byte('a'); c <= 'z'; c++ {
			buf = append(append(append(buf[:0], b[:i]...), c), b[i+1:]...) // changed
			if c != b[i] && try(buf) {
				return true
			}
			buf = append(append(append(buf[:0], b[:i]...), c), b[i:]...) // added
			if try(buf) {
				return true
			}
		}
	}
	return false
}

// readsAsSyllables reports whether s is whole syllables, the last possibly
// cut off.
func readsAsSyllables(s []byte) bool {
	syls := bodySyllables()
	ok := make([]bool, len(s)+1) // ok[i]: s[i:] reads
	ok[len(s)] = true
	for i := len(s) - 1; i >= 0; i-- {
		for l := 1; l <= maxSyllableLen && i+l <= len(s); l++ {
			if _, found := syls[string(s[i:i+l])]; found && ok[i+l] {
				ok[i] = true
				break
			}
		}
		if !ok[i] && len(s)-i < maxSyllableLen && prefixOfSyllable(string(s[i:])) {
			ok[i] = true
		}
	}
	return ok[0]
}

// prefixOfSyllable reports whether p starts some syllable.
var prefixOfSyllable = func() func(string) bool {
	var once sync.Once
	var prefixes map[string]bool
	return func(p string) bool {
		once.Do(func() {
			prefixes = map[string]bool{}
			for s := range bodySyllables() {
				for l := 1; l <= len(s); l++ {
					prefixes[s[:l]] = true
				}
			}
		})
		return prefixes[p]
	}
}()

// typoMatch is pinyinMatch allowing exactly one edit; same results.
func (sc *scratch) typoMatch(units, q []rune, sep rune) (quality, start, end int, ok bool) {
	if len(units) == 0 || len(q) == 0 {
		return 0, 0, 0, false
	}
	q0, q1 := bitOf(q[0]), bitOf(q[1])
	bestScore, bestStart, bestEnd := minQuality-1, 0, 0
	memo := false
	for i, u := range units {
		// An edit may drop or change the first letter: the second one can
		// start the match too. At the start of a field (where a term typed
		// with a slip in its first letter is looked for: dahuo for fahuo,
		// ahuo) the first or second typed letter may also be the
		// syllable's second; elsewhere that would let most characters
		// start a search.
		set := readingSet(u)
		starts := readingFirst[set]
		if i == 0 || units[i-1] == sep {
			starts |= readingSecond[set]
		}
		if starts&(q0|q1) == 0 && u != q[0] && u != q[1] {
			continue
		}
		if !memo {
			sc.reset(len(units), len(q))
			memo = true
		}
		sc.start = i
		if !sc.typoDFS(units, i, q, 0, 0) {
			continue
		}
		s, penalty := 0, penaltyTypo
		for k := i; k < sc.end; k++ {
			kind := sc.kinds[k]
			if kind&kindRare != 0 {
				penalty += penaltyRare
			}
			if kind&kindTypoFar != 0 {
				penalty += penaltyTypoFar
			}
			switch kind &^ (kindRare | kindTypo | kindTypoFar) {
			case kindLiteral:
				s += bonusLatinLiteral
			case kindSyllable:
				s += bonusSyllable
			default:
				s += bonusInitial
			}
		}
		if i == 0 || units[i-1] == sep {
			s += bonusFieldStart
			if sc.end == len(units) || units[sc.end] == sep {
				s += bonusWhole
			}
		}
		s = max(minQuality, s-penalty)
		if s > bestScore {
			bestScore, bestStart, bestEnd = s, i, sc.end
		}
	}
	if bestScore < minQuality {
		return 0, 0, 0, false
	}
	return bestScore, bestStart, bestEnd, true
}

// typoDFS reports whether q[qi:] matches units from ui on with edits (0 or
// 1) edits used so far and exactly one in the end. The memo uses the
// passPrimary area for edits == 0 and passRare's for edits == 1.
func (sc *scratch) typoDFS(units []rune, ui int, q []rune, qi, edits int) bool {
	if qi == len(q) {
		sc.end = ui
		return edits == 1
	}
	if ui == len(units) {
		// One letter too many at the very end.
		if edits == 0 && qi == len(q)-1 && ui > sc.start {
			sc.end = ui
			sc.kinds[ui-1] |= kindTypo
			return true
		}
		return false
	}
	key := edits*sc.area + ui*sc.width + qi
	if sc.fail[key] {
		return false
	}
	u := units[ui]
	if u < 0x80 {
		if sc.typoLiteral(units, ui, q, qi, edits) {
			return true
		}
	} else if lo, hi := readings(u); lo < hi {
		for ri := lo; ri < hi; ri++ {
			syl, rare := reading(ri)
			var flag uint8
			if rare {
				flag = kindRare
			}
			if sc.typoSyllable(units, ui, q, qi, edits, syl, flag) {
				return true
			}
		}
	}
	sc.fail[key] = true
	return false
}

// typoLiteral matches a Latin unit as itself, or with the one edit.
func (sc *scratch) typoLiteral(units []rune, ui int, q []rune, qi, edits int) bool {
	u, c := units[ui], q[qi]
	if ui == sc.start && !latinEdge(units, ui) {
		return false
	}
	sc.kinds[ui] = kindLiteral
	if u == c && sc.typoDFS(units, ui+1, q, qi+1, edits) {
		return true
	}
	if edits == 1 || !isLatinAlnum(u) {
		return false
	}
	sc.kinds[ui] = kindLiteral | kindTypo
	switch {
	case u != c && sc.typoDFS(units, ui+1, q, qi+1, 1): // a wrong letter
		if !keyNeighbours(u, c) {
			sc.kinds[ui] |= kindTypoFar
		}
		return true
	case u != c && qi+1 < len(q) && q[qi+1] == u && sc.typoDFS(units, ui+1, q, qi+2, 1): // an extra letter
		return true
	case ui+1 < len(units) && units[ui+1] == c && u != c && sc.typoDFS(units, ui+1, q, qi, 1): // a missing letter
		return true
	case qi+1 < len(q) && ui+1 < len(units) && q[qi+1] == u && units[ui+1] == c && u != c: // two letters swapped
		sc.kinds[ui+1] = kindLiteral
		return sc.typoDFS(units, ui+2, q, qi+2, 1)
	}
	return false
}

// typoSyllable reads units[ui] as the whole syllable syl against q[qi:]:
// as typed, or (with no edit used yet) with one letter wrong, missing,
// extra or swapped; at the end of the query, a prefix of syl.
func (sc *scratch) typoSyllable(units []rune, ui int, q []rune, qi, edits int, syl string, flag uint8) bool {
	rest := len(q) - qi
	if rest < len(syl) && rest > 0 && hasPrefixRunes(syl, q[qi:]) {
		sc.kinds[ui] = kindInitial | flag
		if sc.typoDFS(units, ui+1, q, len(q), edits) {
			return true
		}
	}
	if len(syl) <= rest && hasPrefixRunes(syl, q[qi:qi+len(syl)]) && len(syl) == len(q[qi:qi+len(syl)]) {
		sc.kinds[ui] = kindSyllable | flag
		if sc.typoDFS(units, ui+1, q, qi+len(syl), edits) {
			return true
		}
	}
	if edits == 1 {
		return false
	}
	sc.kinds[ui] = kindSyllable | flag | kindTypo
	for _, n := range [3]int{len(syl), len(syl) - 1, len(syl) + 1} {
		if n < 1 || n > rest {
			continue
		}
		if ok, far := oneEdit(syl, q[qi:qi+n]); ok && sc.typoDFS(units, ui+1, q, qi+n, 1) {
			if far {
				sc.kinds[ui] |= kindTypoFar
			}
			return true
		}
	}
	return false
}

// hasPrefixRunes reports whether s starts with the letters p (or p starts
// s, when p is longer: callers bound it).
func hasPrefixRunes(s string, p []rune) bool {
	for i, r := range p {
		if i >= len(s) || rune(s[i]) != r {
			return false
		}
	}
	return true
}

// oneEdit reports whether typed is syl with exactly one letter wrong,
// missing, extra, or two neighbours swapped; far is set for a letter
// replaced by one that is not its neighbour on the keyboard.
func oneEdit(syl string, typed []rune) (ok, far bool) {
	switch {
	case len(typed) == len(syl):
		diff := -1
		for i := range typed {
			if rune(syl[i]) != typed[i] {
				if diff >= 0 {
					// A second difference: only a swap of neighbours.
					return i == diff+1 && rune(syl[diff]) == typed[i] && rune(syl[i]) == typed[diff] && tailEqual(syl, typed, i+1), false
				}
				diff = i
			}
		}
		if diff < 0 {
			return false, false
		}
		return true, !keyNeighbours(rune(syl[diff]), typed[diff])
	case len(typed) == len(syl)-1: // a letter missing
		return skipOne(syl, typed), false
	case len(typed) == len(syl)+1: // a letter extra
		return skipOneRunes(typed, syl), false
	}
	return false, false
}

func tailEqual(syl string, typed []rune, from int) bool {
	for i := from; i < len(typed); i++ {
		if rune(syl[i]) != typed[i] {
			return false
		}
	}
	return true
}

// skipOne reports whether long with one letter removed is short.
func skipOne(long string, short []rune) bool {
	i := 0
	for i < len(short) && rune(long[i]) == short[i] {
		i++
	}
	for ; i < len(short); i++ {
		if rune(long[i+1]) != short[i] {
			return false
		}
	}
	return true
}

// skipOneRunes reports whether long with one letter removed is short.
func skipOneRunes(long []rune, short string) bool {
	i := 0
	for i < len(short) && long[i] == rune(short[i]) {
		i++
	}
	for ; i < len(short); i++ {
		if long[i+1] != rune(short[i]) {
			return false
		}
	}
	return true
}
