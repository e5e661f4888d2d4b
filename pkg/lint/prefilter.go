package lint

import (
	"bytes"
	"regexp/syntax"
	"slices"
	"sync"
	"unicode/utf8"
)

// A prefilter is a necessary condition for a pattern to match, read off
// the pattern itself: which literals every match must contain. Lint runs a
// pattern's regexp only on a text that meets it, so it changes no verdict;
// it only skips the runs that cannot match. Go's regexp has no such step
// (it skips ahead only for a literal prefix, and most patterns begin with
// an alternation), and the patterns were 43 % of lint's CPU time with most
// runs finding nothing: a reply that holds 问 runs every pattern that
// requires 问, though few of them can match without their other words.
//
// It is a formula in disjunctive normal form: the pattern can match only if
// for one of its conjunctions every clause has a literal in the text. A
// nil prefilter admits every text; so does one holding an empty
// conjunction.
type prefilter []conjunction

// A conjunction holds clauses that must all hold.
type conjunction []litClause

// A litClause holds when the text contains one of its literals.
type litClause []string

const (
	// maxPrefilterConjs bounds the alternatives a prefilter keeps apart; a
	// product past it is weakened to one conjunction (still necessary).
	maxPrefilterConjs = 16
	// maxClassLiterals: a character class with more runes than this says
	// nothing worth checking.
	maxClassLiterals = 16
)

// A lazyPrefilter is derived on its pattern's first run: most runs of
// huashu lint see a few replies, whose words trigger few of the 2000-odd
// patterns, and deriving them all took 0.1 s and 15 MB at start-up.
type lazyPrefilter struct {
	once sync.Once
	f    prefilter
}

// prefilter is pattern pi's prefilter; lint's workers share it.
func (m *wordMatcher) prefilter(pi int) prefilter {
	lp := &m.pre[pi]
	lp.once.Do(func() { lp.f = newPrefilter(m.patterns[pi].re.String()) })
	return lp.f
}

// always is the prefilter that admits every text.
var always = prefilter{conjunction{}}

// newPrefilter derives the prefilter of expr, compiled with Go's default
// (Perl) syntax. It returns nil when the expression says nothing usable.
func newPrefilter(expr string) prefilter {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	f := required(re.Simplify())
	for _, c := range f {
		if len(c) == 0 {
			return nil
		}
	}
	return f
}

// required is the prefilter of one node of a parsed expression.
func required(re *syntax.Regexp) prefilter {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return always
		}
		return prefilter{conjunction{litClause{string(re.Rune)}}}
	case syntax.OpCharClass:
		if re.Flags&syntax.FoldCase != 0 {
			return always
		}
		var lits litClause
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if hi-lo+1 > maxClassLiterals || len(lits)+int(hi-lo+1) > maxClassLiterals {
				return always
			}
			for r := lo; r <= hi; r++ {
				lits = append(lits, string(r))
			}
		}
		if len(lits) == 0 {
			return always
		}
		return prefilter{conjunction{lits}}
	case syntax.OpCapture:
		return required(re.Sub[0])
	case syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
		return always
	case syntax.OpConcat:
		out := always
		for _, sub := range re.Sub {
			out = and(out, required(sub))
		}
		return out
	case syntax.OpAlternate:
		var out prefilter
		for _, sub := range re.Sub {
			f := required(sub)
			for _, c := range f {
				if len(c) == 0 {
					return always // one branch can match anything
				}
			}
			out = append(out, f...)
		}
		if len(out) > maxPrefilterConjs {
			return prefilter{conjunction{out.weaken()}}
		}
		return out
	}
	// Empty matches, anchors, ., stars and optional parts require nothing.
	return always
}

// and is the conjunction of a and b, weakened when the product of their
// alternatives would pass maxPrefilterConjs.
func and(a, b prefilter) prefilter {
	if len(a)*len(b) > maxPrefilterConjs {
		a = weakenAll(a)
		b = weakenAll(b)
	}
	out := make(prefilter, 0, len(a)*len(b))
	for _, ca := range a {
		for _, cb := range b {
			c := slices.Clip(ca)
			for _, cl := range cb {
				if !slices.ContainsFunc(c, func(have litClause) bool { return slices.Equal(have, cl) }) {
					c = append(c, cl) // [0-9]{8} needs a digit once, not eight times
				}
			}
			out = append(out, c)
		}
	}
	return out
}

func weakenAll(f prefilter) prefilter {
	if len(f) <= 1 {
		return f
	}
	w := f.weaken()
	if w == nil {
		return always
	}
	return prefilter{conjunction{w}}
}

// weaken turns alternatives into one clause that every one of them
// implies: the union of each conjunction's most selective clause. It is nil
// when some alternative requires nothing.
func (f prefilter) weaken() litClause {
	var out litClause
	for _, c := range f {
		if len(c) == 0 {
			return nil
		}
		best := c[0]
		for _, cl := range c[1:] {
			if selectivity(cl) > selectivity(best) {
				best = cl
			}
		}
		out = append(out, best...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// selectivity ranks clauses: longer shortest literals are rarer, and fewer
// literals are fewer chances.
func selectivity(c litClause) int {
	shortest := 1 << 20
	for _, l := range c {
		shortest = min(shortest, utf8.RuneCountInString(l))
	}
	return shortest*1000 - len(c)
}

// runeBloom says which runes a text may hold (by the low 12 bits): a
// literal whose first rune is not in it is not in the text.
type runeBloom [64]uint64

func (b *runeBloom) reset(s []byte) {
	*b = runeBloom{}
	for _, r := range string(s) {
		b[(r>>6)&63] |= 1 << (r & 63)
	}
}

func (b *runeBloom) mayHold(r rune) bool {
	return b[(r>>6)&63]&(1<<(r&63)) != 0
}

// admits reports whether s, whose runes are in bloom, meets f.
func (f prefilter) admits(s []byte, bloom *runeBloom) bool {
	if f == nil {
		return true
	}
	for _, c := range f {
		if c.holds(s, bloom) {
			return true
		}
	}
	return false
}

func (c conjunction) holds(s []byte, bloom *runeBloom) bool {
	for _, cl := range c {
		if !cl.holds(s, bloom) {
			return false
		}
	}
	return true
}

func (cl litClause) holds(s []byte, bloom *runeBloom) bool {
	for _, l := range cl {
		r, _ := utf8.DecodeRuneInString(l)
		if bloom.mayHold(r) && bytes.Contains(s, []byte(l)) {
			return true
		}
	}
	return false
}
