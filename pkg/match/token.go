package match

import (
	"strings"
	"unicode/utf8"
)

// Latin tokens: replies carry Latin words and codes (ID, SN码, App, 5G,
// Type-C, 88VIP, 4XL). When an agent types one (id, sn码, 4xl), it means
// that text, not pinyin initials that happen to spell it (m码 is not 没码).
// A term of two or more runes holding a Latin letter or digit (tokenTerm)
// that occurs literally in a field, its Latin ends at token edges (l码 is
// not in XL码), ranks in TierToken: above every pinyin match of a title,
// below codes. A hyphen inside a token may be left out (typec finds
// Type-C, wifi Wi-Fi).

// tokenFieldBonus orders a token match by the field it is in.
const (
	tokenTitle    = 300
	tokenKeywords = 250
	tokenTag      = 200 // tags and buyer questions
	tokenGroup    = 100
	tokenBody     = 0
)

// tokenTerm reports whether a term is matched as a Latin token: two or
// more runes with a Latin letter among them, and not letters alone
// without a vowel: tk, hy, jdcx are what agents type for initials (退款,
// 欢迎, 京东查询), and a reply that happens to hold "TK" must not bury them.
// Digits without a letter (7天, 618) are not tokens: 7天 is 七天无理由 more
// often than any reply that mentions 7天.
func tokenTerm(q []rune) bool {
	if len(q) < 2 {
		return false
	}
	letter, vowel, other := false, false, false
	for _, r := range q {
		switch {
		case r >= 'a' && r <= 'z':
			letter = true
			vowel = vowel || strings.ContainsRune("aeiouv", r)
		default:
			other = true
		}
	}
	return letter && (vowel || other)
}

// bareToken reports whether a term is two or more Latin letters without a
// vowel (sn, xl, tk): initials to the title, but a phrase holding it as a
// Latin token (SN码, XL) ranks in TierBareToken, above initials in its tags
// or questions.
func bareToken(q []rune) bool {
	if len(q) < 2 {
		return false
	}
	for _, r := range q {
		if r < 'a' || r > 'z' || strings.ContainsRune("aeiouv", r) {
			return false
		}
	}
	return true
}

// joiner is a character inside a Latin token that a query may leave out.
func joiner(r rune) bool { return r == '-' || r == '_' || r == '.' }

// tokenIn finds q in units as a token: q's first rune, if Latin, starts a
// Latin run (latinEdge); its last, if Latin, ends one. It returns the
// range and whether q was found.
func tokenIn(units []rune, q []rune) (int, int, bool) {
	for i := 0; i+len(q) <= len(units); i++ {
		if units[i] != q[0] || isLatinAlnum(q[0]) && !latinEdge(units, i) {
			continue
		}
		if end, ok := tokenFrom(units, i, q); ok {
			return i, end, true
		}
	}
	return 0, 0, false
}

// tokenFrom matches q from units[i], skipping joiners between two Latin
// runes of the field that q has side by side.
func tokenFrom(units []rune, i int, q []rune) (int, bool) {
	j := i
	for k := 0; k < len(q); k++ {
		if j < len(units) && units[j] != q[k] && joiner(units[j]) && k > 0 &&
			isLatinAlnum(q[k-1]) && isLatinAlnum(q[k]) && j+1 < len(units) {
			j++
		}
		if j >= len(units) || units[j] != q[k] {
			return 0, false
		}
		j++
	}
	if last := q[len(q)-1]; isLatinAlnum(last) && j < len(units) && isLatinAlnum(units[j]) &&
		(units[j] >= '0' && units[j] <= '9') == (last >= '0' && last <= '9') {
		return 0, false // the token goes on: 5g is not in 5gb
	}
	return j, true
}

// tokenInString is tokenIn over a folded string; the range is in runes.
func tokenInString(s string, q []rune) (int, int, bool) {
	first := string(q[0])
	window := make([]rune, 0, 2*len(q)+3)
	for from := 0; from < len(s); {
		at := strings.Index(s[from:], first)
		if at < 0 {
			return 0, 0, false
		}
		at += from
		from = at + len(first)
		// The rune before the candidate (for the edge) and enough after it
		// for q, skipped joiners and the rune that ends the token.
		window = window[:0]
		i := 0
		if at > 0 {
			r, _ := utf8.DecodeLastRuneInString(s[:at])
			window = append(window, r)
			i = 1
		}
		for _, r := range s[at:] {
			if len(window) >= cap(window) {
				break
			}
			window = append(window, r)
		}
		if isLatinAlnum(q[0]) && !latinEdge(window, i) {
			continue
		}
		if end, ok := tokenFrom(window, i, q); ok {
			start := utf8.RuneCountInString(s[:at])
			return start, start + end - i, true
		}
	}
	return 0, 0, false
}

// tokenQuality is a token match's quality: its runes, as pinyinMatch
// counts literal ones.
func tokenQuality(q []rune) int {
	s := 0
	for _, r := range q {
		if r < utf8.RuneSelf {
			s += bonusLatinLiteral
		} else {
			s += bonusLiteral
		}
	}
	return s
}

// tokenMatch is a term's best token match in e: a tokenTerm as written, or
// a Chinese term (cjk) spelling a pinyin keyword or tag whole.
func (sc *scratch) tokenMatch(e *entry, q []rune, mask letterBits, cjk bool) termMatch {
	best := termMatch{}
	// The short fields only when they hold the term's Latin letters as
	// written.
	short := mask&asciiBits&^e.latinM == 0
	try := func(units []rune, field string, bonus int) {
		if !short || best.score >= TierToken+bonus {
			return
		}
		if a, b, ok := tokenIn(units, q); ok {
			best = termMatch{score: TierToken + bonus + tokenQuality(q), field: field, start: a, end: b}
		}
	}
	if cjk {
		// A pinyin keyword or tag spelled whole by the characters' readings
		// scores as the pinyin typed would.
		for _, f := range [2]struct {
			units []rune
			name  string
			bonus int
		}{{e.keywords, FieldKeywords, tokenKeywords}, {e.tags, FieldTags, tokenTag}} {
			if a, b, whole, ok := spellIn(f.units, q, ' '); ok && whole && TierToken+f.bonus+bonusLatinLiteral*(b-a) > best.score {
				best = termMatch{score: TierToken + f.bonus + bonusLatinLiteral*(b-a), field: f.name, start: a, end: b}
			}
		}
		return best
	}
	try(e.title, FieldTitle, tokenTitle)
	try(e.keywords, FieldKeywords, tokenKeywords)
	try(e.tags, FieldTags, tokenTag)
	try(e.ask, FieldAsk, tokenTag)
	try(e.group, FieldGroup, tokenGroup)
	if best.score > 0 {
		return best
	}
	for bi := range e.bodies {
		b := &e.bodies[bi]
		if !sc.bodyCounts(e, b) || mask&^b.mask != 0 {
			continue
		}
		if a, end, ok := tokenInString(b.text, q); ok {
			return termMatch{score: TierToken + tokenBody + tokenQuality(q), field: b.field, start: a, end: end}
		}
	}
	return best
}

// A keyword or tag written in pinyin (keywords: [zengpin]) is what the
// agent would type; an agent typing the word in Chinese (赠品) must reach it
// as well, with the same score, so both ways give the same ranking. spellIn
// reads a Chinese term's characters as whole syllables along a pinyin
// item.

// cjkTerm reports whether a term is Chinese characters only.
func cjkTerm(q []rune) bool {
	for _, r := range q {
		if readingSet(r) == 0 {
			return false
		}
	}
	return len(q) > 0
}

// spellIn finds a sep-separated item of units that starts with the
// readings of q (one reading per character, whole syllables). It returns
// the range of letters spelled, whether that is the whole item, and
// whether q was found; a whole item wins over a prefix of one.
func spellIn(units, q []rune, sep rune) (start, end int, whole, ok bool) {
	for i := 0; i < len(units); i++ {
		if i > 0 && units[i-1] != sep || units[i] < 'a' || units[i] > 'z' {
			continue
		}
		if e := spellFrom(units, i, q, 0); e >= 0 {
			w := e == len(units) || units[e] == sep
			if !ok || w && !whole {
				start, end, whole, ok = i, e, w, true
			}
			if w {
				return
			}
		}
	}
	return
}

// spellFrom reads q[qi:] along units from i; it returns where it ends, or -1.
func spellFrom(units []rune, i int, q []rune, qi int) int {
	if qi == len(q) {
		return i
	}
	lo, hi := readings(q[qi])
	for ri := lo; ri < hi; ri++ {
		syl, _ := reading(ri)
		if i+len(syl) > len(units) {
			continue
		}
		match := true
		for k := 0; k < len(syl); k++ {
			if units[i+k] != rune(syl[k]) {
				match = false
				break
			}
		}
		if match {
			if e := spellFrom(units, i+len(syl), q, qi+1); e >= 0 {
				return e
			}
		}
	}
	return -1
}
