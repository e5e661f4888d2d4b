package lint

import (
	"slices"
	"sort"
)

// The guards and paired rules ask the same two questions of every hit: which
// cues of one kind stand in a range of the reply, and where the hit's clause
// or sentence starts and ends. Answered by scanning every cue and walking
// back rune by rune, a reply of many hits and many cues (a 64 KiB reply of
// 好评返现 repeated, which main took minutes over) costs hits × cues × length;
// here the cues are indexed by rule and kind, sorted by start, and the clause
// and sentence bounds are tables built once per reply, so each question is a
// binary search or a lookup.

type cueKey struct{ rule, kind string }

// indexCues groups the reply's cues by rule and kind, each group sorted by
// start. It reuses the index's memory from reply to reply and touches only
// the groups the reply has.
func (c *checker) indexCues() {
	if len(c.cueIdx) < len(c.l.words.kinds) {
		c.cueIdx = make([][]cueHit, len(c.l.words.kinds))
	}
	for _, k := range c.touched {
		c.cueIdx[k] = c.cueIdx[k][:0]
	}
	c.touched = c.touched[:0]
	for _, q := range c.cues {
		if len(c.cueIdx[q.kid]) == 0 {
			c.touched = append(c.touched, q.kid)
		}
		c.cueIdx[q.kid] = append(c.cueIdx[q.kid], q)
	}
	for _, k := range c.touched {
		if v := c.cueIdx[k]; !slices.IsSortedFunc(v, byStart) {
			slices.SortStableFunc(v, byStart)
		}
	}
}

func byStart(a, b cueHit) int { return a.nstart - b.nstart }

// cuesOf are the cue words of one kind of one rule's list, by start. The
// slice is the index's own, clipped: appending to it copies.
func (c *checker) cuesOf(rule, kind string) []cueHit {
	k, ok := c.l.words.kindID[cueKey{rule, kind}]
	if !ok {
		return nil
	}
	return slices.Clip(c.cueIdx[k])
}

// cuesIn are the cues of rule/kind that start in norm [a, b).
func (c *checker) cuesIn(rule, kind string, a, b int) []cueHit {
	qs := c.cuesOf(rule, kind)
	i := sort.Search(len(qs), func(i int) bool { return qs[i].nstart >= a })
	j := i + sort.Search(len(qs)-i, func(j int) bool { return qs[i+j].nstart >= b })
	return qs[i:j:j]
}

// bounds are the clause and sentence tables of a reply (normText.bounds).
type bounds struct {
	ready                      bool
	clauseStart, sentenceStart []int // for norm[i]: where its clause/sentence starts
	listClauseStart            []int // the same when a list comma 、 does not end a clause
	clauseEnd, sentenceEnd     []int // for i: the first break at or after max(i, 1), or len
}

// bounds builds the tables on first use; reset clears them.
func (n *normText) bounds() *bounds {
	b := &n.bnd
	if b.ready {
		return b
	}
	b.ready = true
	l := len(n.norm)
	grow := func(s []int) []int {
		if cap(s) < l+1 {
			return make([]int, l+1)
		}
		return s[:l+1]
	}
	b.clauseStart, b.sentenceStart, b.listClauseStart = grow(b.clauseStart), grow(b.sentenceStart), grow(b.listClauseStart)
	b.clauseEnd, b.sentenceEnd = grow(b.clauseEnd), grow(b.sentenceEnd)
	cs, ss, ls := 0, 0, 0
	for i := 0; i <= l; i++ {
		if i > 0 && i < l && n.brk[i] != 0 {
			cs = i
			if n.brk[i] == sentenceBreak {
				ss = i
			}
			if !n.listBreak(i) {
				ls = i
			}
		}
		b.clauseStart[i], b.sentenceStart[i], b.listClauseStart[i] = cs, ss, ls
	}
	ce, se := l, l
	for i := l; i >= 0; i-- {
		if i >= 1 && i < l && n.brk[i] != 0 {
			ce = i
			if n.brk[i] == sentenceBreak {
				se = i
			}
		}
		b.clauseEnd[i], b.sentenceEnd[i] = ce, se
	}
	return b
}

// clamp keeps an index inside the tables.
func (n *normText) clamp(i int) int {
	return max(0, min(i, len(n.norm)))
}

// clauseStart is the norm index where the clause holding norm[s] starts.
func (c *checker) clauseStart(s int) int {
	return c.norm.bounds().clauseStart[c.norm.clamp(s)]
}

// sentenceStart is the norm index where the sentence holding norm[s] starts.
func (c *checker) sentenceStart(s int) int {
	return c.norm.bounds().sentenceStart[c.norm.clamp(s)]
}

// priorSentenceStart is where the sentence before the one holding norm[s]
// starts, or where its own starts when it is the first: a cue there may
// still speak of the hit (你说啥？“找京东去”？; 被骗了？请马上报警，并联系平台客服).
func (c *checker) priorSentenceStart(s int) int {
	from := c.sentenceStart(s)
	if from > 0 {
		from = c.sentenceStart(from - 1)
	}
	return from
}

// listClauseStart is where the clause holding norm[s] starts when a list
// comma (、) does not count as a break.
func (c *checker) listClauseStart(s int) int {
	return c.norm.bounds().listClauseStart[c.norm.clamp(s)]
}

// clauseEnd is the norm index where the clause holding norm[e-1] ends.
func (c *checker) clauseEnd(e int) int {
	return c.norm.bounds().clauseEnd[c.norm.clamp(max(e, 1))]
}

// sentenceEnd is the norm index where the sentence holding norm[e-1] ends.
func (c *checker) sentenceEnd(e int) int {
	return c.norm.bounds().sentenceEnd[c.norm.clamp(max(e, 1))]
}

// nextSentenceEnd is where the sentence after the one ending at e ends (a
// question echoed, then answered; a push, then the shop taking the case
// on), or e when no sentence follows.
func (c *checker) nextSentenceEnd(e int) int {
	if e < len(c.norm.norm) {
		return c.sentenceEnd(e + 1)
	}
	return e
}

// cueWithin reports a cue of rule/kind that lies wholly in norm[a:b]: it
// starts at or after a and ends at or before b.
func (c *checker) cueWithin(rule, kind string, a, b int) bool {
	for _, q := range c.cuesIn(rule, kind, a, b) {
		if q.nend <= b {
			return true
		}
	}
	return false
}
