package match

// Pinyin-aware matching of a term against a short field (title, keywords,
// group, tags, ask): a depth-first search over (field unit, query offset)
// that reads each unit literally, by a whole reading, or by a prefix of a
// reading. It runs in passes, each only when the ones before found
// nothing:
//
//	passPrimary  primary readings (go-pinyin's default and common 多音字)
//	passRare     secondary readings too, at penaltyRare per character
//	passFuzzy    模糊音 variants of every reading too (sanpin for 商品),
//	             at penaltyFuzzy per character
//
// Three rules keep letters from being read where an agent would not mean
// them:
//
//   - A prefix of two or more letters that is itself a whole syllable
//     (di of ding, zhan of zhang) is a cut-off reading: in the middle of a
//     term it is not a match at all (dizuo is 底座, not 订做), and at the
//     term's end it costs penaltyCut, so a character read whole wins.
//   - A Latin letter in the field is matched literally only from the start
//     of its Latin run or after the letter before it (id is not found in
//     kuaidi, l not in XL).
//   - A digit and a Chinese numeral match each other (7天 finds 七天).

// Passes of the search.
const (
	passPrimary = iota
	passRare
	passFuzzy
	numPasses
)

// How a unit of a match was read.
const (
	kindLiteral uint8 = iota + 1
	kindSyllable
	kindInitial
	kindCut // a prefix that is itself a whole syllable, at the term's end

	kindRare  uint8 = 0x80 // or-ed in: read by a secondary reading
	kindFuzzy uint8 = 0x40 // or-ed in: read by a 模糊音 variant
)

const (
	// bonusLatinLiteral is per Latin letter or digit matched as itself: a
	// letter says about a third of what a syllable or a character says, so
	// a keyword typed in pinyin (zengpin) scores like its characters (赠品).
	bonusLatinLiteral = 10
	// penaltyFuzzy is per character read by a 模糊音 variant: as for rare
	// readings, a match through the exact reading ranks above.
	penaltyFuzzy = 400
	// penaltyCut is for a term ending in a cut-off reading that is itself a
	// syllable: more than bonusFieldStart, so 展 read whole mid-title beats
	// 长 (zhang) read as zhan at the title's start.
	penaltyCut = 350
	// penaltySplit is for one letter read as an initial where, with the
	// whole syllable typed beside it, it spells a syllable (s+hao is shao):
	// more than penaltyFuzzy, so a 模糊音 reading of the whole syllable
	// (huang for 换) wins.
	penaltySplit = 450

	// minQuality is the lowest quality a penalised match keeps: a title
	// match stays above every tier below it (TierTitle+minQuality >
	// TierGroupTags plus any quality).
	minQuality = -2000
)

// sylMask marks, for each offset of a term, the lengths (bits 1–6) at
// which the letters from there spell a whole syllable.
func sylMask(q []rune) []uint8 {
	out := make([]uint8, len(q))
	syls := bodySyllables()
	var buf [maxSyllableLen]byte
	for i := range q {
		for l := 2; l <= maxSyllableLen && i+l <= len(q); l++ {
			ok := true
			for k := 0; k < l; k++ {
				c := q[i+k]
				if c < 'a' || c > 'z' {
					ok = false
					break
				}
				buf[k] = byte(c)
			}
			if !ok {
				break
			}
			if _, found := syls[string(buf[:l])]; found {
				out[i] |= 1 << l
			}
		}
	}
	return out
}

// numeral is the value of a digit or a Chinese numeral, -1 for others.
func numeral(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	switch r {
	case '零', '〇':
		return 0
	case '一':
		return 1
	case '二', '两':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	}
	return -1
}

// sameNumber reports whether a digit and a Chinese numeral name the same
// number (7 and 七).
func sameNumber(u, c rune) bool {
	if (u < 0x80) == (c < 0x80) {
		return false
	}
	n := numeral(u)
	return n >= 0 && n == numeral(c)
}

func isLatinAlnum(r rune) bool { return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' }

// latinEdge reports whether a Latin run may be matched from units[i]: it
// starts the run, or follows a digit/letter change (88VIP, 4XL).
func latinEdge(units []rune, i int) bool {
	if i == 0 || !isLatinAlnum(units[i-1]) {
		return true
	}
	p, u := units[i-1], units[i]
	return (p >= '0' && p <= '9') != (u >= '0' && u <= '9')
}

// pinyinMatch finds q in units as a contiguous run where each unit is
// matched literally or by a reading (see the top of this file). sep
// separates the field's items (keywords, group levels): a match starting
// right after it counts as starting the field. exact is false when the
// field's letters cannot hold the term without 模糊音 (only passFuzzy can
// match). It returns the match's quality, its unit range and whether q
// matched at all. The quality is negative when penalties outweigh the
// bonuses, never below minQuality: a penalised match keeps its order among
// penalised matches and stays in its tier.
func (sc *scratch) pinyinMatch(units, q []rune, sep rune, exact bool) (quality, start, end int, ok bool) {
	if len(units) == 0 || len(q) == 0 {
		return 0, 0, 0, false
	}
	if !exact && (sc.fz == nil || sc.fzStart == nil) {
		return 0, 0, 0, false
	}
	q0 := q[0]
	var q0bit letterBits
	if q0 >= 'a' && q0 <= 'z' {
		q0bit = bitOf(q0)
	}
	fuzzyStarts := sc.fzStart
	if sc.fz == nil {
		fuzzyStarts = nil
	}
	q0num := numeral(q0) >= 0
	bestScore, bestStart, bestEnd := minQuality-1, 0, 0
	memo := false
	for i, u := range units {
		exactStart, fuzzyStart := u == q0, fuzzyStarts != nil && u == q0
		if !exactStart {
			set := readingSet(u)
			exactStart = q0bit != 0 && readingFirst[set]&q0bit != 0 || q0num && sameNumber(u, q0)
			fuzzyStart = fuzzyStarts != nil && fuzzyStarts[set>>6]&(1<<(set&63)) != 0
			if !exactStart && !fuzzyStart {
				continue
			}
		}
		if !memo {
			sc.reset(len(units), len(q))
			memo = true
		}
		sc.start = i
		// Common readings first; secondary ones only when that fails and a
		// secondary reading could have helped (sawRare is sticky for the
		// call, so a failure memoised by an earlier start cannot hide one);
		// 模糊音 last.
		found := false
		if exact && exactStart {
			sc.pass = passPrimary
			found = sc.dfs(units, i, q, 0)
			if !found && sc.sawRare {
				sc.pass = passRare
				found = sc.dfs(units, i, q, 0)
			}
		}
		if !found && fuzzyStart {
			sc.pass = passFuzzy
			found = sc.dfs(units, i, q, 0)
		}
		if !found {
			continue
		}
		s, penalty := 0, 0
		for k := i; k < sc.end; k++ {
			kind := sc.kinds[k]
			if kind&kindRare != 0 {
				penalty += penaltyRare
			}
			if kind&kindFuzzy != 0 {
				penalty += penaltyFuzzy
			}
			switch kind &^ (kindRare | kindFuzzy) {
			case kindLiteral:
				if units[k] < 0x80 {
					s += bonusLatinLiteral
				} else {
					s += bonusLiteral
				}
			case kindSyllable:
				s += bonusSyllable
			case kindCut:
				s += bonusInitial
				penalty += penaltyCut
			default:
				s += bonusInitial
				if sc.splitsSyllable(k, i, len(q)) {
					penalty += penaltySplit
				}
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
		if (i == 0 || units[i-1] == sep) && penalty == 0 {
			// Nothing later can start the field and beat a match that does
			// unless it is longer; scanning on costs little, but stop at a
			// whole match.
			if sc.end == len(units) || units[sc.end] == sep {
				break
			}
		}
	}
	if bestScore < minQuality {
		return 0, 0, 0, false
	}
	return bestScore, bestStart, bestEnd, true
}

func (sc *scratch) reset(n, qlen int) {
	w := qlen + 1
	sc.area = (n + 1) * w
	size := numPasses * sc.area
	sc.sawRare = false
	if cap(sc.fail) < size {
		sc.fail = make([]bool, size)
	} else {
		sc.fail = sc.fail[:size]
		clear(sc.fail)
	}
	sc.width = w
	if cap(sc.kinds) < n {
		sc.kinds = make([]uint8, n)
		sc.qat = make([]int16, n)
	}
	sc.kinds = sc.kinds[:n]
	sc.qat = sc.qat[:n]
}

// splitsSyllable reports whether unit k of the match just found is one
// letter read as an initial that, with the whole syllable typed next to it,
// spells a whole syllable the agent more likely meant: s before hao is
// shao (少), g after huan is huang (换 said the southern way), so shaofa is
// not 单(s)号发 and huanghuo not 换(huan)购(g)活.
func (sc *scratch) splitsSyllable(k, first, qlen int) bool {
	if sc.sylAt == nil {
		return false
	}
	end := func(j int) int {
		if j+1 < sc.end {
			return int(sc.qat[j+1])
		}
		return qlen
	}
	at := int(sc.qat[k])
	if end(k)-at != 1 {
		return false
	}
	whole := func(j int) bool { return j >= first && j < sc.end && sc.kinds[j]&^(kindRare|kindFuzzy) == kindSyllable }
	if whole(k + 1) {
		if l := end(k+1) - at; l < 8 && sc.sylAt[at]&(1<<l) != 0 {
			return true
		}
	}
	if whole(k - 1) {
		prev := int(sc.qat[k-1])
		if l := at + 1 - prev; l < 8 && sc.sylAt[prev]&(1<<l) != 0 {
			return true
		}
	}
	return false
}

// dfs reports whether q[qi:] matches units from ui on; on success sc.end is
// one past the last unit used and sc.kinds says how each unit matched. It
// tries a literal match first, then whole readings, then ever shorter
// prefixes (then, in passFuzzy, the same over 模糊音 variants), and
// remembers failures so it stays polynomial.
func (sc *scratch) dfs(units []rune, ui int, q []rune, qi int) bool {
	if qi == len(q) {
		sc.end = ui
		return true
	}
	if ui == len(units) {
		return false
	}
	key := sc.pass*sc.area + ui*sc.width + qi
	if sc.fail[key] {
		return false
	}
	sc.qat[ui] = int16(qi)
	u, c := units[ui], q[qi]
	if u == c || sameNumber(u, c) {
		// A Latin letter is read as itself only from where its run may
		// start, or right after the letter before it in this match.
		if u >= 0x80 || latinEdge(units, ui) || ui > sc.start && sc.kinds[ui-1] == kindLiteral {
			sc.kinds[ui] = kindLiteral
			if sc.dfs(units, ui+1, q, qi+1) {
				return true
			}
		}
	}
	if c >= 'a' && c <= 'z' {
		lo, hi := readings(u)
		for ri := lo; ri < hi; ri++ {
			id, rare := readingID(ri)
			syl := syllables[id]
			var flag uint8
			if rare {
				if sc.pass == passPrimary {
					if syl[0] == byte(c) {
						sc.sawRare = true
					}
					continue
				}
				flag = kindRare
			}
			if sc.pass != passFuzzy {
				if sc.syllable(units, ui, q, qi, syl, flag) {
					return true
				}
				continue
			}
			// 模糊音 is how a syllable is said: whole syllables only (the
			// last may be cut off), never initials.
			if sc.wholeSyllable(units, ui, q, qi, syl, flag) {
				return true
			}
			for _, v := range sc.fz.variants(id) {
				if sc.wholeSyllable(units, ui, q, qi, v, flag|kindFuzzy) {
					return true
				}
			}
		}
	}
	sc.fail[key] = true
	return false
}

// wholeSyllable reads units[ui] as all of syl, or, at the end of q, as a
// prefix of it.
func (sc *scratch) wholeSyllable(units []rune, ui int, q []rune, qi int, syl string, flag uint8) bool {
	rest := len(q) - qi
	if rest >= len(syl) {
		if !hasPrefixRunes(syl, q[qi:qi+len(syl)]) {
			return false
		}
		sc.kinds[ui] = kindSyllable | flag
		return sc.dfs(units, ui+1, q, qi+len(syl))
	}
	if !hasPrefixRunes(syl, q[qi:]) {
		return false
	}
	sc.kinds[ui] = kindInitial | flag
	if rest >= 2 && sc.sylAt != nil && sc.sylAt[qi]&(1<<rest) != 0 {
		sc.kinds[ui] = kindCut | flag
	}
	return sc.dfs(units, ui+1, q, len(q))
}

// fuzzyStartSets is the set of reading sets (a bit per set) whose
// characters can start a 模糊音 reading of q: a reading or a variant of
// one that q starts with, or that starts with q.
func fuzzyStartSets(q []rune, fz *fuzzyTable) []uint64 {
	if fz == nil || len(q) == 0 || q[0] < 'a' || q[0] > 'z' {
		return nil
	}
	fits := func(s string) bool {
		n := min(len(s), len(q))
		return hasPrefixRunes(s, q[:n])
	}
	var okID [len(syllables)]bool
	for id, syl := range syllables {
		if fits(syl) {
			okID[id] = true
			continue
		}
		for _, v := range fz.variants(id) {
			if fits(v) {
				okID[id] = true
				break
			}
		}
	}
	nsets := len(readingStart)/2 - 1
	out := make([]uint64, (nsets+63)/64)
	for set := 1; set < nsets; set++ {
		for i := u16(readingStart, set); i < u16(readingStart, set+1); i++ {
			if id, _ := readingID(i); okID[id] {
				out[set>>6] |= 1 << (set & 63)
				break
			}
		}
	}
	return out
}

// syllable tries reading units[ui] as syl (whole, then ever shorter
// prefixes) against q[qi:], and the rest of q from ui+1.
func (sc *scratch) syllable(units []rune, ui int, q []rune, qi int, syl string, flag uint8) bool {
	k := 0
	for k < len(syl) && qi+k < len(q) && rune(syl[k]) == q[qi+k] {
		k++
	}
	if k == 0 {
		return false
	}
	if k == len(syl) {
		sc.kinds[ui] = kindSyllable | flag
		if sc.dfs(units, ui+1, q, qi+k) {
			return true
		}
		k--
	}
	for j := k; j >= 1; j-- {
		kind := kindInitial
		if j >= 2 && sc.sylAt != nil && sc.sylAt[qi]&(1<<j) != 0 {
			if qi+j < len(q) {
				continue // a whole syllable mid-term reads its own character
			}
			kind = kindCut
		}
		sc.kinds[ui] = kind | flag
		if sc.dfs(units, ui+1, q, qi+j) {
			return true
		}
	}
	return false
}
