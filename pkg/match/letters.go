package match

import (
	"strings"
	"unicode/utf8"
)

// The last resort, when neither the strict tiers (typo included) nor the
// approximate ranking found anything for a query typed in Latin letters:
// the letters in order through a phrase's code, the readings of its title
// and its keywords, as fzf would read them (tukuanjdu for 退款进度, two
// slips more than a typo). Results are approximate and ranked by how
// tightly the letters sit: the fewer letters skipped between the first and
// the last, the better.

// letterTerm reports whether a term is only Latin letters and digits.
func letterTerm(t *term) bool {
	for _, r := range t.q {
		if !isLatinAlnum(r) {
			return false
		}
	}
	return len(t.q) >= 3
}

// letterLine is the text the letters are looked for in: the code, a space
// and the default reading of each title character (a Latin or digit
// character as itself); owner[i] is the title rune byte i of the line
// came from, -1 for the code.
func letterLine(e *entry, b *strings.Builder, owner *[]int) string {
	b.Reset()
	*owner = (*owner)[:0]
	for _, r := range e.code {
		if r < utf8.RuneSelf {
			b.WriteRune(r)
			*owner = append(*owner, -1)
		}
	}
	b.WriteByte(' ')
	*owner = append(*owner, -1)
	for k, r := range e.title {
		if lo, hi := readings(r); lo < hi {
			s, _ := reading(lo)
			b.WriteString(s)
			for range s {
				*owner = append(*owner, k)
			}
		} else if r < utf8.RuneSelf {
			b.WriteRune(r)
			*owner = append(*owner, k)
		}
	}
	return b.String()
}

// lettersInOrder ranks every phrase holding each term's letters in order.
func (m *Matcher) lettersInOrder(terms []term) []hit {
	if len(terms) == 0 {
		return nil
	}
	for i := range terms {
		if !letterTerm(&terms[i]) {
			return nil
		}
	}
	var need letterBits
	for i := range terms {
		need |= terms[i].mask
	}
	return m.parallelHits(m.n, func(lo, hi int) []hit {
		var out []hit
		var b strings.Builder
		var owner []int
		var view entry
		for i := lo; i < hi; i++ {
			e := m.entryAt(i, &view)
			if need&^(e.titleM|literalMask(e.code)) != 0 {
				continue // a letter the code and the title's readings lack
			}
			line := letterLine(e, &b, &owner)
			score := 0
			for ti := range terms {
				s, _ := fuzzyString(line, terms[ti].q, false)
				if s < 0 {
					score = -1
					break
				}
				score += s
			}
			if score >= 0 {
				out = append(out, hit{idx: int32(i), score: int32(1+score/len(terms)/10) + m.bonusAt(i)})
			}
		}
		return out
	})
}

// lettersResult is the Result of a letters-in-order hit: the title
// characters whose readings held the letters are highlighted.
func (m *Matcher) lettersResult(terms []term, i, score int) Result {
	r := Result{Phrase: m.phraseAt(i), Score: score, Approximate: true, Field: FieldTitle}
	var b strings.Builder
	var owner []int
	var view entry
	line := letterLine(m.entryAt(i, &view), &b, &owner)
	var pos []int
	for ti := range terms {
		_, ps := fuzzyString(line, terms[ti].q, true)
		for _, p := range ps {
			if p < len(owner) && owner[p] >= 0 {
				pos = append(pos, owner[p])
			}
		}
	}
	r.Positions = dedup(pos)
	r.Matches = []FieldMatch{{Field: FieldTitle, Positions: r.Positions}}
	return r
}
