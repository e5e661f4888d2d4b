package lint

import (
	"embed"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

//go:embed words/*.yaml
var wordFS embed.FS

// WordEntry is one term, pattern or raw literal of a word list.
type WordEntry struct {
	Term     string   `yaml:"term,omitempty"`
	Pattern  string   `yaml:"pattern,omitempty"`
	Raw      string   `yaml:"raw,omitempty"`
	Requires []string `yaml:"requires,omitempty"`
	Suggest  string   `yaml:"suggest,omitempty"`
	Source   string   `yaml:"source"`
}

// WordList is one rule's words and exceptions.
type WordList struct {
	Rule       string      `yaml:"rule"`
	Entries    []WordEntry `yaml:"entries"`
	Exceptions []WordEntry `yaml:"exceptions"`
}

// DefaultWordLists are the lists compiled into the binary, by rule ID.
func DefaultWordLists() (map[string]*WordList, error) {
	out := map[string]*WordList{}
	err := fs.WalkDir(wordFS, "words", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".yaml") {
			return err
		}
		data, err := wordFS.ReadFile(p)
		if err != nil {
			return err
		}
		var wl WordList
		if err := yaml.Unmarshal(data, &wl); err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		if _, ok := ruleIndex[wl.Rule]; !ok {
			return fmt.Errorf("%s: unknown rule %q", p, wl.Rule)
		}
		for _, e := range append(append([]WordEntry{}, wl.Entries...), wl.Exceptions...) {
			if e.Source == "" {
				return fmt.Errorf("%s: entry %q has no source", p, e.Term+e.Pattern+e.Raw)
			}
		}
		out[wl.Rule] = &wl
		return nil
	})
	return out, err
}

// clauseRules are the rules whose terms and patterns never match across a
// clause break (，。！？…): 服务禁语 and the like are phrases said in one
// breath, so 不，知道了 is not 不知道. Compliance rules keep matching across
// punctuation: 加。微。信 is a way to slip past a filter.
var clauseRules = map[string]bool{RuleForbidden: true, RuleDiscouraged: true, RulePushAway: true}

// termBreaks tells where the entry as written has a clause break: brk[k] is
// true when one sits before the k-th rune of normTerm(s); nil when none.
func termBreaks(s string) []bool {
	var out []bool
	pending, any := false, false
	for _, r := range s {
		f := foldRune(r)
		if droppedRune(f) {
			if isClauseBreak(f) {
				pending = true
			}
			continue
		}
		out = append(out, pending)
		any = any || pending
		pending = false
	}
	if !any {
		return nil
	}
	return out
}

// normTerm normalizes a term the way replies are normalized.
func normTerm(s string) []rune {
	var out []rune
	for _, r := range s {
		f := foldRune(r)
		if !droppedRune(f) {
			out = append(out, f)
		}
	}
	return out
}

func foldString(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// termInfo is one literal in the shared automaton.
type termInfo struct {
	rule      string
	text      string // as written in the list, for messages
	suggest   string
	exception bool
	trigger   int    // >= 0: not a word but a literal that lets pattern #trigger run
	clause    bool   // the rule's matches end at a clause break
	brkOK     []bool // brkOK[k]: the entry is written with a clause break before rune k
	// Latin or digit at either end: the neighbour in the folded text must
	// not continue the word (VX in VIP, 139 in an order number).
	edgeStart, edgeEnd rune // 'a' letter, '0' digit, 0 none
}

type patternInfo struct {
	rule     string
	clause   bool
	re       *regexp.Regexp
	requires []string
	suggest  string
}

type rawInfo struct {
	rule string
	lit  string // folded
	orig string
}

// wordMatcher holds every word list compiled once per run.
type wordMatcher struct {
	ac       *acMatcher
	terms    [][]rune
	info     []termInfo
	patterns []patternInfo
	raws     []rawInfo
	rawFirst runeSet // first runes of the raws: most replies have none
}

type runeSet map[rune]bool

func (s runeSet) has(rs []rune) bool {
	for _, r := range rs {
		if s[r] {
			return true
		}
	}
	return false
}

func edgeKind(r rune) rune {
	switch {
	case isASCIILetter(r):
		return 'a'
	case isDigit(r):
		return '0'
	}
	return 0
}

func compileWords(lists map[string]*WordList) (*wordMatcher, error) {
	m := &wordMatcher{}
	rules := make([]string, 0, len(lists))
	for r := range lists {
		rules = append(rules, r)
	}
	sort.Strings(rules)
	add := func(rule string, e WordEntry, exception bool) error {
		switch {
		case e.Term != "":
			t := normTerm(e.Term)
			if len(t) == 0 {
				return fmt.Errorf("%s: term %q is empty after normalizing", rule, e.Term)
			}
			m.terms = append(m.terms, t)
			m.info = append(m.info, termInfo{rule: rule, text: e.Term, suggest: e.Suggest, exception: exception,
				edgeStart: edgeKind(t[0]), edgeEnd: edgeKind(t[len(t)-1]), trigger: -1,
				clause: clauseRules[rule], brkOK: termBreaks(e.Term)})
		case e.Pattern != "":
			re, err := regexp.Compile(e.Pattern)
			if err != nil {
				return fmt.Errorf("%s: pattern %q: %w", rule, e.Pattern, err)
			}
			idx := len(m.patterns)
			var req []string
			for _, r := range e.Requires {
				t := normTerm(r)
				if len(t) == 0 {
					continue
				}
				req = append(req, string(t))
				// The literal joins the automaton, so one pass tells which
				// patterns can match at all.
				m.terms = append(m.terms, t)
				m.info = append(m.info, termInfo{rule: rule, text: r, trigger: idx})
			}
			m.patterns = append(m.patterns, patternInfo{rule: rule, clause: clauseRules[rule], re: re, requires: req, suggest: e.Suggest})
		case e.Raw != "":
			lit := foldString(e.Raw)
			m.raws = append(m.raws, rawInfo{rule: rule, lit: lit, orig: e.Raw})
			if m.rawFirst == nil {
				m.rawFirst = runeSet{}
			}
			for _, r := range lit {
				m.rawFirst[r] = true
				break
			}
		}
		return nil
	}
	for _, rule := range rules {
		wl := lists[rule]
		for _, e := range wl.Entries {
			if err := add(rule, e, false); err != nil {
				return nil, err
			}
		}
		for _, e := range wl.Exceptions {
			if e.Term == "" {
				return nil, fmt.Errorf("%s: exceptions must be terms", rule)
			}
			if err := add(rule, e, true); err != nil {
				return nil, err
			}
		}
	}
	m.ac = newACMatcher(m.terms)
	return m, nil
}

// wordHit is one match of a word-list entry, in original rune offsets.
type wordHit struct {
	rule       string
	start, end int // original rune indexes, end exclusive
	what       string
	suggest    string
}

// match finds every word-list hit in a normalized reply. scratch is reused
// between calls.
func (m *wordMatcher) match(n *normText, hits []wordHit) []wordHit {
	type cand struct {
		term       int
		start, end int // norm
	}
	var cands, excs []cand
	var triggered uint64 // bit p: pattern p's required literal occurs
	m.ac.find(n.norm, m.terms, func(t, s, e int) {
		ti := &m.info[t]
		if ti.trigger >= 0 {
			triggered |= 1 << uint(ti.trigger%64)
			return
		}
		if ti.edgeStart != 0 {
			o := n.idx[s]
			if o > 0 && edgeKind(n.folded[o-1]) == ti.edgeStart {
				return
			}
		}
		if ti.edgeEnd != 0 {
			o := n.idx[e-1] + 1
			if o < len(n.folded) && edgeKind(n.folded[o]) == ti.edgeEnd {
				return
			}
		}
		if ti.clause && n.breakInside(s, e, ti.brkOK) {
			return
		}
		if ti.exception {
			excs = append(excs, cand{t, s, e})
		} else {
			cands = append(cands, cand{t, s, e})
		}
	})
	// A candidate is cancelled by an exception of its rule that covers it.
	// maxEnd[rule][i] is the furthest end of an exception of that rule
	// starting at or before i: one sweep, linear in the reply.
	var maxEnd map[string][]int
	for _, x := range excs {
		rule := m.info[x.term].rule
		if maxEnd == nil {
			maxEnd = map[string][]int{}
		}
		me := maxEnd[rule]
		if me == nil {
			me = make([]int, len(n.norm))
			maxEnd[rule] = me
		}
		if me[x.start] < x.end {
			me[x.start] = x.end
		}
	}
	for _, me := range maxEnd {
		for i := 1; i < len(me); i++ {
			if me[i] < me[i-1] {
				me[i] = me[i-1]
			}
		}
	}
	for _, c := range cands {
		ti := &m.info[c.term]
		if me := maxEnd[ti.rule]; me != nil && me[c.start] >= c.end {
			continue
		}
		s, e := n.span(c.start, c.end)
		hits = append(hits, wordHit{rule: ti.rule, start: s, end: e, what: ti.text, suggest: ti.suggest})
	}
	if len(m.patterns) > 0 {
		var normStr string
		var byteToRune []int
		for pi, p := range m.patterns {
			if len(p.requires) > 0 && triggered&(1<<uint(pi%64)) == 0 {
				continue
			}
			if normStr == "" {
				normStr = string(n.norm)
			}
			if normStr == "" {
				continue
			}
			for _, loc := range p.re.FindAllStringIndex(normStr, -1) {
				if loc[0] == loc[1] {
					continue
				}
				if byteToRune == nil {
					byteToRune = make([]int, len(normStr)+1)
					ri := 0
					for bi := range normStr {
						byteToRune[bi] = ri
						ri++
					}
					byteToRune[len(normStr)] = ri
					for bi := len(normStr) - 1; bi >= 0; bi-- { // continuation bytes
						if bi > 0 && byteToRune[bi] == 0 {
							byteToRune[bi] = byteToRune[bi+1]
						}
					}
				}
				ns, ne := byteToRune[loc[0]], byteToRune[loc[1]]
				if p.clause && n.breakInside(ns, ne, nil) {
					continue
				}
				s, e := n.span(ns, ne)
				hits = append(hits, wordHit{rule: p.rule, start: s, end: e, what: string(n.norm[ns:ne]), suggest: p.suggest})
			}
		}
	}
	if len(m.raws) > 0 && m.rawFirst.has(n.folded) {
		folded := string(n.folded)
		for _, r := range m.raws {
			off, runeOff := 0, 0 // runeOff counts the runes of folded[:off]
			for {
				i := strings.Index(folded[off:], r.lit)
				if i < 0 {
					break
				}
				s := runeOff + runeCount(folded[off:off+i])
				hits = append(hits, wordHit{rule: r.rule, start: s, end: s + runeCount(r.lit), what: r.orig})
				off += i + len(r.lit)
				runeOff = s + runeCount(r.lit)
			}
		}
	}
	return dedupeHits(hits)
}

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

// dedupeHits merges overlapping hits of the same rule into one (加微 and
// 微信 in 加微信; 不清楚 inside 你搞不清楚就别搞了), keeping the first hit's
// suggestion.
func dedupeHits(h []wordHit) []wordHit {
	if len(h) < 2 {
		return h
	}
	sort.SliceStable(h, func(i, j int) bool {
		if h[i].start != h[j].start {
			return h[i].start < h[j].start
		}
		return h[i].end > h[j].end
	})
	out := make([]wordHit, 0, len(h))
	last := map[string]int{} // rule → index in out of its latest hit
	for _, a := range h {
		if k, ok := last[a.rule]; ok && a.start < out[k].end {
			if a.end > out[k].end {
				out[k].end = a.end
			}
			continue
		}
		last[a.rule] = len(out)
		out = append(out, a)
	}
	return out
}
