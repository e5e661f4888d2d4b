package lint

import "unicode"

// normText is a reply prepared for matching.
//
// folded has one rune per original rune: full-width ASCII folded to
// half-width (ＶＸ → vx, １３９ → 139, the ideographic space → space) and
// Latin letters lower-cased. norm keeps the folded runes that can be part of a
// term — spaces, punctuation, symbols and zero-width/format characters are
// dropped, so 你问我，我问谁 and 微 信 match — and idx maps every norm rune back
// to its original rune index, so a match points at the original characters.
//
// brk[i] is true when a clause break (，。！？；：、 and their half-width
// forms, …, a line break) was dropped between norm[i-1] and norm[i]: service
// rules (禁语) do not match across it, so 不，知道了 is not 不知道.
type normText struct {
	folded []rune
	norm   []rune
	idx    []int
	brk    []bool
}

func normalize(s string) *normText {
	n := &normText{}
	n.reset(s)
	return n
}

func (n *normText) reset(s string) {
	n.folded, n.norm, n.idx, n.brk = n.folded[:0], n.norm[:0], n.idx[:0], n.brk[:0]
	i := 0
	pending := false
	for _, r := range s {
		f := foldRune(r)
		n.folded = append(n.folded, f)
		if !droppedRune(f) {
			n.norm = append(n.norm, f)
			n.idx = append(n.idx, i)
			n.brk = append(n.brk, pending)
			pending = false
		} else if isClauseBreak(f) {
			pending = true
		}
		i++
	}
}

// span maps norm[s:e] back to original rune indexes [start, end).
func (n *normText) span(s, e int) (int, int) {
	return n.idx[s], n.idx[e-1] + 1
}

// foldRune folds width and case the way terms are stored.
func foldRune(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII
		r -= 0xFEE0
	case r == 0x3000:
		return ' '
	case r == 0x2795, r == 0xFE62: // ➕ ﹢: "➕V" is "+V"
		return '+'
	}
	if r >= 'A' && r <= 'Z' {
		return r + ('a' - 'A')
	}
	return r
}

// droppedRune reports whether a rune is ignored inside terms. % and + stay:
// they carry meaning in 100% and +V.
func droppedRune(r rune) bool {
	if r < 0x80 {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '%', r == '+', r >= 'A' && r <= 'Z':
			return false
		}
		return true
	}
	if r >= 0x4E00 && r <= 0x9FFF || unicode.Is(unicode.Han, r) { // CJK Unified Ideographs first: most of every reply
		return false
	}
	return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) ||
		unicode.Is(unicode.Cf, r) || unicode.IsControl(r) || unicode.Is(unicode.Mn, r)
}

// isClauseBreak reports whether a (folded) rune ends a clause.
func isClauseBreak(r rune) bool {
	switch r {
	case ',', '.', '!', '?', ';', ':', '\n', '。', '、', '…', '｡', '､':
		return true
	}
	return false
}

// breakInside reports whether a clause break sits inside norm[s:e] at a
// position the term does not allow (allowed[k]: a break before the term's
// k-th rune is part of the entry as written, 你问我，我问谁).
func (n *normText) breakInside(s, e int, allowed []bool) bool {
	for i := s + 1; i < e; i++ {
		if n.brk[i] && (allowed == nil || !allowed[i-s]) {
			return true
		}
	}
	return false
}

func isASCIILetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }
func isDigit(r rune) bool       { return r >= '0' && r <= '9' }
