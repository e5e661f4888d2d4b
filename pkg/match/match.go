// Package match ranks phrases against what an agent types: a shortcut code
// (hy), pinyin (tk, tuikuan, tkuan), Chinese (退款) or a mix (退kuan).
//
// # Algorithm
//
// The query is folded (lower case, full-width ASCII as ASCII) and split on
// spaces into terms; every term must match somewhere in a phrase, each term
// may match a different field. A term's score is the best of, in tiers:
//
//	TierCodeExact   the code equals the term                         10000
//	TierCodePrefix  the code starts with the term                     8000 (+ closeness)
//	TierUpperToken  a Latin token typed in capitals (XXL, SN码)        8500 (+ field, quality)
//	TierToken       a Latin token (id, sn码, 4xl) as written, any field 7000 (+ field, quality)
//	TierTitle       title or keywords contain the term, pinyin-aware  6000 (+ quality)
//	TierGroupTags   group or tags contain the term, pinyin-aware      3000 (+ quality)
//	TierBareToken   letters without a vowel (sn, hy) as a Latin token 3500 (+ field, quality)
//	TierTitleFuzzy  the term's characters in order in the title       2800 (- gaps)
//	TierBody        the body (parts, platform variants) contains it   2500 (+ quality)
//	TierBodyPinyin  the body read by its readings, whole syllables    2400 (+ quality)
//	TierTypo        title, keywords, group, tags or ask with one typo 2300 (+ field, quality)
//	TierBodyFuzzy   the term's characters in order in the body        2000 (- gaps)
//
// "Pinyin-aware" means the term is matched against a contiguous run of the
// field's characters where each character is consumed either literally (退,
// a Latin letter case-insensitively, a digit) or by one of its readings
// (every reading of a 多音字: 重 is zhong and chong): the whole syllable
// (tui), or a prefix of it (t, tu). So tk, tuikuan, tkuan, tuik, 退kuan all
// find 退款. Quality adds a bonus for starting at the field's (or a
// keyword's) start, for covering it whole, and per character matched
// literally (best), by a whole syllable, or by a prefix, and subtracts
// penaltyRare per character read by a secondary reading (neither
// go-pinyin's default nor a common 多音字 reading: 款 as xin, 核 as kai).
//
// A phrase's score is the sum of its terms' scores plus a frecency bonus of
// at most MaxFrecencyBonus, smaller than the gap between two tiers, so usage
// reorders phrases inside a tier but never lifts a body match over a title
// match, let alone an exact code. Ties go to the shorter title, then to the
// phrase that came first. The empty query lists every phrase, most used
// first, then in input order.
//
// Data flow: New builds an entry per phrase (folded runes and letter masks);
// Search filters the candidates (the previous result when the query extends
// the previous query) with the masks, scores the survivors in parallel
// without allocating, keeps the best limit, and only then computes the
// highlight positions of those.
package match

import (
	"math"
	"math/bits"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

// Score tiers (see the package comment).
const (
	TierCodeExact  = 10000
	TierCodePrefix = 8000
	TierToken      = 7000
	TierTitle      = 6000
	TierGroupTags  = 3000
	// TierBareToken is letters without a vowel (sn, xl) found as a Latin
	// token (SN码, XL): below the title's pinyin initials (tk is 退款
	// before any reply holding TK), above initials in tags, questions and
	// the group, and above bodies.
	TierBareToken = TierGroupTags + 500
	// TierUpperToken is a term typed with capitals (XXL, SN码, pH) found as
	// a Latin token: above code prefixes, below an exact code.
	TierUpperToken = TierCodePrefix + 500
	TierTitleFuzzy = 2800
	TierBody       = 2500
	TierBodyPinyin = 2400
	TierTypo       = 2300
	TierBodyFuzzy  = 2000

	// typoBand is TierTypo's width: up to TierBodyPinyin.
	typoBand = TierBodyPinyin - TierTypo

	// MaxFrecencyBonus is the most usage adds to a score.
	MaxFrecencyBonus = 400
)

// Quality bonuses inside a tier.
const (
	bonusFieldStart = 300 // the match starts the field (or a keyword, tag, group level)
	bonusWhole      = 200 // ... and covers it whole
	bonusLiteral    = 40  // per character matched as itself
	bonusSyllable   = 30  // per character matched by a whole reading
	bonusInitial    = 20  // per character matched by a prefix of a reading
	bonusTitleField = 50  // a title match beats the same keyword match
	bonusTagField   = 25  // a tag names the phrase; a group only files it
	bonusWholeTag   = 150 // a whole tag or buyer question: above a mid-title match
	penaltyGap      = 10  // per skipped character in a fuzzy match
	maxFuzzyBonus   = 300

	// penaltyRare is subtracted per character matched by a secondary
	// (rare) reading (款 as xin, 核 as kai): more than bonusFieldStart and
	// bonusWhole together plus a few characters, so a match through a rare
	// reading that starts a field, or covers it whole, ranks below a
	// mid-field match through common ones (a tie the red team found at 400).
	// The match still counts, in its tier (minQuality).
	penaltyRare = 550

	// minGroupQuality keeps a penalised group, tag or ask match above
	// TierTitleFuzzy.
	minGroupQuality = TierTitleFuzzy - TierGroupTags + 1
)

// Field names of Result.Field.
const (
	FieldCode     = "code"
	FieldTitle    = "title"
	FieldKeywords = "keywords"
	FieldGroup    = "group"
	FieldTags     = "tags"
	FieldAsk      = "ask"
	FieldBody     = "body" // "body" is Body.Joined(); "body.<platform>" is that variant's Joined()
)

// Result is one ranked phrase. Positions are rune indexes into Field's
// displayed value (see FieldValue) that the query matched: the Chinese
// characters themselves when pinyin matched them.
type Result struct {
	Phrase    *phrase.Phrase
	Score     int
	Field     string
	Positions []int
	// Matches lists every field a term matched in with its positions, the
	// best field (Field) first. Positions == Matches[0].Positions.
	Matches []FieldMatch
	// Approximate marks a result of the approximate ranking (a pasted
	// message's words overlap the phrase; see approx.go): it is below every
	// strict match, and the picker and search --json say so.
	Approximate bool
}

// FieldMatch is where terms matched in one field.
type FieldMatch struct {
	Field     string
	Positions []int
}

// FieldValue is the displayed value of a field that Result positions index
// into: keywords and tags are joined by a space; "body" is Body.Joined()
// (raw, before placeholders are filled) and "body.tmall" the tmall
// variant's Joined(); "ask" the buyer questions joined by a space.
func FieldValue(ph *phrase.Phrase, field string) string {
	switch field {
	case FieldCode:
		return ph.Code
	case FieldTitle:
		return ph.Title
	case FieldKeywords:
		return strings.Join(ph.Keywords, " ")
	case FieldGroup:
		return ph.Group
	case FieldTags:
		return strings.Join(ph.Tags, " ")
	case FieldAsk:
		return strings.Join(ph.Ask, " ")
	case FieldBody:
		return ph.Joined()
	}
	if p, ok := strings.CutPrefix(field, FieldBody+"."); ok {
		return ph.Variants[phrase.Platform(p)].Joined()
	}
	return ""
}

// entry is a phrase prepared for matching. The fields every candidate
// reads (the masks, the code, the title, the small flags) come first, so
// they share the first cache lines.
type entry struct {
	mask      letterBits // everything any field can match
	titleM    letterBits // title + keywords, readings included
	groupM    letterBits // group + tags + ask, readings included
	fuzzyM    letterBits // title, keywords, group, tags, ask: readings and their 模糊音 variants
	latinM    letterBits // title, keywords, group, tags, ask: Latin letters and digits as written
	bodyLatin letterBits // the bodies' Latin letters and digits

	code  []rune // folded
	title []rune

	latinKw bool // a keyword or tag holds Latin letters (pinyin keywords)
	// tagMin, askMin: the length of the shortest tag and question (at
	// most 255): a term shorter than that cannot match one whole.
	tagMin, askMin uint8
	variants       uint8 // bit i: a variant for phrase.Platforms[i] (even an empty one)

	keywords []rune // joined by ' '
	group    []rune
	tags     []rune // joined by ' '
	ask      []rune // joined by ' '
	bodies   []body
	titleLen int
}

// body is kept as a (folded) string, not runes: bodies are most of the
// text, and converting them would dominate New.
type body struct {
	field string
	plat  phrase.Platform // "" for the default body
	text  string
	mask  letterBits
}

// Matcher searches a fixed list of phrases. It is safe for concurrent use;
// concurrent Searches run one after the other.
//
// The phrases are held one of two ways, and every scoring function reads
// an entry, whichever it is: New prepares an entry per phrase in memory;
// NewFromData reads them in place from Data (a serving index's arrays),
// building the view of an entry only for a phrase that passes the
// prefilter, and decoding a phrase only for a result.
type Matcher struct {
	n int // phrases searched ("positions" 0..n-1)

	// New: the phrases and their entries.
	phrases []*phrase.Phrase
	entries []entry
	// filters[i] repeats entry i's masks in a compact array: the prefilter
	// reads every phrase's and should not pull each whole entry into the
	// cache.
	filters []filter

	// NewFromData: the data, the data phrase at each position (nil: the
	// same as the position), where phrases and codes come from, and (built
	// when needed) each data phrase's position, -1 for none.
	data  *Data
	ids   []int32
	store Store
	pos   []int32
	// damaged: the data could not be read (Damaged).
	damaged error

	// bonus and frec: each position's frecency bonus and score (nil when
	// SetFrecency gave none).
	bonus []int32
	frec  []float64

	fz *fuzzyTable // 模糊音 pairs in use; nil = none
	// bodySyl[i] holds the primary readings of entry i's bodies: built on
	// the first query that matches bodies by pinyin (bodypinyin.go); with
	// Data, read from it.
	bodySyl []sylBits
	// approxIdx serves the approximate ranking: built on the first
	// message (approxindex.go).
	approxIdx *approxIndex
	approxMu  sync.Mutex // guards sums of the approximate ranking's workers

	mu        sync.Mutex
	platform  phrase.Platform // "" = every body variant counts
	platBit   uint8           // platform's bit in entry.variants
	lastQuery string          // normalized query of the last Search
	lastHits  []int32         // every phrase it matched, in input order
	haveLast  bool
	// lastSentence: the last query read as a message (fuzzy tiers off,
	// particle terms dropped), so only another message narrows from it.
	lastSentence bool
	// lastTerms are the last query's terms, for narrowing (narrowFrom).
	lastTerms []lastTerm
}

// lastTerm is what narrowing needs to know of a term of the last query.
type lastTerm struct {
	s        string
	fuzzable bool
}

// New indexes phrases for searching.
func New(phrases []*phrase.Phrase) *Matcher {
	m := &Matcher{n: len(phrases), phrases: phrases, filters: make([]filter, len(phrases)), fz: fuzzyTableFor(FuzzyAll)}
	m.prepareEntries()
	return m
}

// NewOneShot is New for a command that searches once (huashu search or get
// before the serving index is built): it prepares only what the prefilter
// reads of every phrase, and a phrase's entry when a search gets past the
// prefilter to it (a fraction of them for a typed query), or every entry
// at once when a search needs them all (the approximate ranking, the body
// readings). A picker typing query after query wants New. Searches give
// what New's give (TestOneShotMatchesNew).
func NewOneShot(phrases []*phrase.Phrase) *Matcher {
	m := &Matcher{n: len(phrases), phrases: phrases, filters: make([]filter, len(phrases)), fz: fuzzyTableFor(FuzzyAll)}
	m.prepare(func(a *arena, i int) {
		a.reset() // the entry is read for its filter only: its runes can go
		e := newEntry(a, phrases[i])
		m.filters[i] = filterOf(&e)
	})
	return m
}

// prepareEntries prepares every phrase's entry and filter.
func (m *Matcher) prepareEntries() {
	m.entries = make([]entry, len(m.phrases))
	m.prepare(func(a *arena, i int) {
		m.entries[i] = newEntry(a, m.phrases[i])
		m.filters[i] = filterOf(&m.entries[i])
	})
}

// ensureEntries prepares every entry of a NewOneShot matcher, for what
// reads them all.
func (m *Matcher) ensureEntries() {
	if m.data == nil && m.entries == nil {
		m.prepareEntries()
	}
}

// entryOf prepares phrase i's entry alone, in memory of its own (a view of
// a NewOneShot matcher).
func (m *Matcher) entryOf(i int) entry {
	ph := m.phrases[i]
	joined := func(ss []string) int {
		n := max(len(ss)-1, 0) // the spaces between
		for _, s := range ss {
			n += len(s)
		}
		return n
	}
	// Room for every field's runes (a field has no more runes than bytes),
	// and for the one body of a phrase without variants.
	a := arena{chunk: make([]rune, 0, len(ph.Code)+len(ph.Title)+len(ph.Group)+joined(ph.Keywords)+joined(ph.Tags)+joined(ph.Ask)),
		bodyChunk: make([]body, 0, 1)}
	return newEntry(&a, ph)
}

// prepare runs f over every phrase, on every CPU for a large set, each
// worker with its arena.
func (m *Matcher) prepare(f func(a *arena, i int)) {
	build := func(lo, hi int) {
		var a arena
		for i := lo; i < hi; i++ {
			f(&a, i)
		}
	}
	n := len(m.phrases)
	workers := runtime.GOMAXPROCS(0)
	if n < parallelMin || workers < 2 {
		build(0, n)
		return
	}
	var wg sync.WaitGroup
	chunk := (n + workers - 1) / workers
	for lo := 0; lo < n; lo += chunk {
		wg.Add(1)
		go func() {
			defer wg.Done()
			build(lo, min(lo+chunk, n))
		}()
	}
	wg.Wait()
}

func filterOf(e *entry) filter {
	return filter{mask: e.mask, fuzzy: e.fuzzyM, spells: e.latinKw || !isASCII(e.code)}
}

// filter is what the prefilter reads of an entry.
type filter struct {
	mask, fuzzy letterBits // entry.mask, entry.fuzzyM
	// spells: Chinese can match the phrase other than as written, by its
	// code (a Chinese code) or by spelling a pinyin keyword or tag.
	spells bool
	_      [7]byte // explicit padding: Data writes filters as bytes
}

func isASCII(rs []rune) bool {
	for _, r := range rs {
		if r >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// arena hands out rune slices from large chunks: one allocation per few
// thousand phrases instead of five per phrase.
type arena struct {
	chunk     []rune
	bodyChunk []body
}

// reset makes the arena's memory free again: what it handed out before
// must not be read anymore.
func (a *arena) reset() {
	a.chunk = a.chunk[:0]
	a.bodyChunk = a.bodyChunk[:0]
}

// bodies returns an empty slice with room for n bodies.
func (a *arena) bodies(n int) []body {
	if cap(a.bodyChunk)-len(a.bodyChunk) < n {
		a.bodyChunk = make([]body, 0, 4096)
	}
	start := len(a.bodyChunk)
	a.bodyChunk = a.bodyChunk[:start+n]
	return a.bodyChunk[start : start : start+n]
}

const arenaChunk = 1 << 16

func (a *arena) fold(s string) []rune {
	if s == "" {
		return nil
	}
	if len(s) > arenaChunk/4 {
		return foldRunes(s)
	}
	if cap(a.chunk)-len(a.chunk) < len(s) { // len(s) bytes >= its rune count
		a.chunk = make([]rune, 0, arenaChunk)
	}
	start := len(a.chunk)
	for _, r := range s {
		a.chunk = append(a.chunk, fold(r))
	}
	return a.chunk[start:len(a.chunk):len(a.chunk)]
}

func (a *arena) join(ss []string) []rune {
	switch len(ss) {
	case 0:
		return nil
	case 1:
		return a.fold(ss[0])
	}
	return a.fold(strings.Join(ss, " "))
}

func foldRunes(s string) []rune {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		out = append(out, fold(r))
	}
	return out
}

// foldString folds s, returning s itself (no copy) when nothing changes.
// Bodies are mostly CJK, so it scans bytes and skips the three-byte
// sequences of U+3001–U+9FFF (lead bytes E3–E9) without decoding them.
func foldString(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			return foldFrom(s, i)
		case c < utf8.RuneSelf:
			i++
			continue
		case c >= 0xE3 && c <= 0xE9 && i+2 < len(s) && (c != 0xE3 || s[i+1] != 0x80 || s[i+2] != 0x80):
			if s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
				i += 3
				continue
			}
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if fold(r) != r {
			return foldFrom(s, i)
		}
		i += w
	}
	return s
}

// foldFrom folds s from byte i on.
func foldFrom(s string, i int) string {
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		b.WriteRune(fold(r))
	}
	return b.String()
}

// foldMask is foldString(s) and stringMask of it, in one pass over s when
// folding changes nothing (bodies are mostly CJK, which it leaves alone).
func foldMask(s string) (string, letterBits) {
	var m letterBits
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			t := foldFrom(s, i)
			return t, stringMask(t)
		case c < utf8.RuneSelf:
			m |= bitOf(rune(c))
			i++
			continue
		case c >= 0xE3 && c <= 0xE9 && i+2 < len(s) && (c != 0xE3 || s[i+1] != 0x80 || s[i+2] != 0x80):
			if s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
				m |= bitOf(rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F))
				i += 3
				continue
			}
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if fold(r) != r {
			t := foldFrom(s, i)
			return t, stringMask(t)
		}
		m |= bitOf(r)
		i += w
	}
	return s, m
}

// stringMask is literalMask of s's runes, decoding the three-byte UTF-8
// sequences of CJK text inline (bodies are most of New's work).
func stringMask(s string) letterBits {
	var m letterBits
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			m |= bitOf(rune(c))
			i++
			continue
		}
		if c >= 0xE0 && c < 0xF0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				m |= bitOf(r)
				i += 3
				continue
			}
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		m |= bitOf(r)
		i += w
	}
	return m
}

// literalMask is the set of bits of the runes themselves.
func literalMask(rs []rune) letterBits {
	var m letterBits
	for _, r := range rs {
		m |= bitOf(r)
	}
	return m
}

// masks reads a field once for three masks: its characters and every
// letter of their readings (and the digit of a Chinese numeral,
// readingAll); the same with the letters of the readings' 模糊音 variants
// (fuzzyLetters); and its Latin letters and digits as written.
func masks(fuzzyAll []letterBits, rs []rune) (exact, fuzzy, literal letterBits) {
	for _, r := range rs {
		if r < 0x80 {
			literal |= bitOf(r)
		}
		set := readingSet(r)
		b := bitOf(r) | readingAll[set]
		exact |= b
		fuzzy |= b | fuzzyAll[set]
	}
	return exact, fuzzy, literal
}

func newEntry(a *arena, ph *phrase.Phrase) entry {
	var bodies []body
	if len(ph.Variants) == 0 {
		bodies = a.bodies(1)
	}
	e := entry{
		code:     a.fold(ph.Code),
		title:    a.fold(ph.Title),
		keywords: a.join(ph.Keywords),
		group:    a.fold(ph.Group),
		tags:     a.join(ph.Tags),
		ask:      a.join(ph.Ask),
	}
	e.titleLen = len(e.title)
	e.latinKw = hasLatin(e.keywords) || hasLatin(e.tags)
	e.tagMin, e.askMin = shortestItem(e.tags), shortestItem(e.ask)
	_, fuzzyAll := fuzzyLetters()
	for _, f := range [2][]rune{e.title, e.keywords} {
		x, fz, lit := masks(fuzzyAll, f)
		e.titleM |= x
		e.fuzzyM |= fz
		e.latinM |= lit
	}
	for _, f := range [3][]rune{e.group, e.tags, e.ask} {
		x, fz, lit := masks(fuzzyAll, f)
		e.groupM |= x
		e.fuzzyM |= fz
		e.latinM |= lit
	}
	e.mask = literalMask(e.code) | e.titleM | e.groupM
	add := func(field string, plat phrase.Platform, s string) {
		if s == "" {
			return
		}
		t, mask := foldMask(s)
		b := body{field: field, plat: plat, text: t, mask: mask}
		e.mask |= b.mask
		e.bodyLatin |= b.mask & asciiBits
		if bodies != nil {
			e.bodies = append(bodies, b) //nolint:gocritic // appends into the shared slab, on purpose
			return
		}
		e.bodies = append(e.bodies, b)
	}
	add(FieldBody, "", ph.Joined())
	for i, p := range phrase.Platforms {
		if v, ok := ph.Variants[p]; ok {
			e.variants |= 1 << i
			add(FieldBody+"."+string(p), p, v.Joined())
		}
	}
	return e
}

// SetFrecency gives each code a usage score (from pkg/history): used phrases
// rise inside their tier, and the empty query lists them first.
func (m *Matcher) SetFrecency(scores map[string]float64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.bonus, m.frec = nil, nil
	set := func(i int, f float64) {
		if f == 0 {
			return
		}
		if m.bonus == nil {
			m.bonus, m.frec = make([]int32, m.n), make([]float64, m.n)
		}
		m.frec[i], m.bonus[i] = f, int32(frecencyBonus(f))
	}
	if m.data == nil {
		for i, ph := range m.phrases {
			set(i, scores[ph.Code])
		}
		return
	}
	// With Data, the few used codes are looked up, not every phrase's.
	m.guard(func() {
		for code, f := range scores {
			for _, id := range m.store.Lookup(code) {
				if p := m.position(int32(id)); p >= 0 {
					set(int(p), f)
				}
			}
		}
	})
}

// bonusAt is position i's frecency bonus.
func (m *Matcher) bonusAt(i int) int32 {
	if m.bonus == nil {
		return 0
	}
	return m.bonus[i]
}

// frecAt is position i's frecency score.
func (m *Matcher) frecAt(i int) float64 {
	if m.frec == nil {
		return 0
	}
	return m.frec[i]
}

// SetPlatform says which platform the agent replies on: a phrase's body
// is then only ph.For(p), its variant for p (field "body.<p>") or else its
// default body; a match in another platform's variant no longer counts,
// since that is not the text the agent would send. The empty platform (the
// default) matches the default body and every variant. Changing it forgets
// the narrowing cache.
func (m *Matcher) SetPlatform(p phrase.Platform) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if p != m.platform {
		m.platform, m.platBit = p, 0
		for i, q := range phrase.Platforms {
			if q == p {
				m.platBit = 1 << i
			}
		}
		m.lastQuery, m.lastHits, m.haveLast = "", nil, false
	}
}

// SetFuzzyPinyin chooses the 模糊音 pairs read as each other (FuzzyAll by
// default; 0 turns 模糊音 off). It forgets the narrowing cache.
func (m *Matcher) SetFuzzyPinyin(pairs FuzzyPair) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.fz = fuzzyTableFor(pairs)
	m.lastQuery, m.lastHits, m.haveLast = "", nil, false
}

// frecencyBonus grows with the log of the score and saturates: one recent
// use gives 100, three 200, fifteen or more MaxFrecencyBonus.
func frecencyBonus(f float64) int {
	if f <= 0 {
		return 0
	}
	b := int(100 * math.Log2(1+f))
	return min(b, MaxFrecencyBonus)
}

type hit struct {
	idx   int32
	score int32
}

// Search returns the phrases matching query, best first; limit <= 0 means all.
// An empty query returns every phrase, most used first, then in input order.
//
// Strict matches (the tiers of the package comment) come first. When there
// are none, or the query reads as a pasted message, the approximate ranking
// (approx.go) adds the phrases that share its words, below them and marked
// Approximate.
func (m *Matcher) Search(query string, limit int) []Result {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []Result
	m.guard(func() { out = m.search(query, limit) })
	return out
}

func (m *Matcher) search(query string, limit int) []Result {
	q := parseQuery(query)

	if len(q.terms) == 0 {
		hits := make([]hit, m.n)
		for i := range hits {
			hits[i] = hit{idx: int32(i), score: m.bonusAt(i)}
		}
		m.lastQuery, m.lastHits, m.haveLast = "", nil, false
		sort.SliceStable(hits, func(a, b int) bool {
			return m.frecAt(int(hits[a].idx)) > m.frecAt(int(hits[b].idx))
		})
		if limit > 0 && len(hits) > limit {
			hits = hits[:limit]
		}
		out := make([]Result, len(hits))
		for i, h := range hits {
			out[i] = Result{Phrase: m.phraseAt(int(h.idx)), Score: int(h.score)}
		}
		return out
	}

	if q.sentence && m.typedWords(q) {
		q.sentence = false
	}
	terms := q.strictTerms()
	norm := joinTerms(terms)
	if q.sentence {
		// A message is ranked approximately anyway: build the index first,
		// so its bigram filters spare the strict pass most body scans.
		m.ensureEntries()
		m.ensureApprox()
	}
	for i := range terms {
		if terms[i].bp != nil && m.bodySyl == nil && m.data == nil {
			m.buildBodySyl()
		}
		if m.haveSigs() {
			terms[i].pairs = termPairs(terms[i].q)
			terms[i].needPairs = q.sentence && terms[i].pairs != nil && !hasNumeral(terms[i].q)
		}
		if terms[i].fuzzable {
			terms[i].fzStart = fuzzyStartSets(terms[i].q, m.fz)
		}
	}
	var cands []int32 // nil = all
	if m.haveLast && m.lastSentence == q.sentence && strings.HasPrefix(norm, m.lastQuery) {
		cands = m.narrowFrom(terms)
	}
	hits := m.scoreAll(cands, terms, q.sentence, typoNo)
	typo := false
	if needsTypoPass(terms, hits) && plausibleTypos(terms) {
		// Nothing matched a typo-eligible query well: search everything
		// again allowing one typo (typo matches stay below exact ones).
		if len(terms) == 1 {
			// One term: the exact matches are known, add the typo ones.
			hits = mergeHits(hits, m.scoreAll(nil, terms, q.sentence, typoOnly))
		} else {
			hits = m.scoreAll(nil, terms, q.sentence, typoToo)
		}
		typo = true
	}
	all := make([]int32, len(hits))
	for i, h := range hits {
		all[i] = h.idx
	}
	m.lastQuery, m.lastHits, m.haveLast, m.lastSentence = norm, all, true, q.sentence
	m.lastTerms = m.lastTerms[:0]
	for _, t := range terms {
		m.lastTerms = append(m.lastTerms, lastTerm{s: t.s, fuzzable: t.fuzzable})
	}

	switch {
	case len(terms) == 0:
		hits = nil // particles, punctuation or emoji only (亲, ？？)
	case q.sentence:
		hits = m.headHits(hits, len(terms))
	case len(hits) > 0 && allCJK(terms) && !m.anyAbove(hits, len(terms)*TierTypo):
		// Chinese typed with its characters scattered through bodies only
		// (起秋 is 起…秋 in some reply): more likely a slip of the input
		// method than those replies; the approximate ranking weighs it
		// by sound too.
		hits = nil
	}
	var approx []hit
	var aq *approxQuery
	if len(hits) == 0 || q.sentence {
		if aq = newApproxQuery(q.folded); aq != nil {
			m.ensureEntries() // it reads every phrase's
			approx = m.approximate(aq, hits)
		}
	}
	lettersOnly := false
	if len(hits) == 0 && len(approx) == 0 {
		m.ensureEntries() // it reads every phrase's
		approx, lettersOnly = m.lettersInOrder(terms), true
	}

	top := m.best(hits, limit)
	var topApprox []hit
	if len(approx) > 0 && (limit <= 0 || len(top) < limit) {
		topApprox = m.best(approx, max(0, limit-len(top)))
	}
	out := make([]Result, 0, len(top)+len(topApprox))
	sc := scratch{platform: m.platform, platBit: m.platBit, fz: m.fz, sentence: q.sentence}
	if typo {
		sc.typo = typoToo
	}
	out = append(out, m.inDataOrder(top, func(h hit) Result { return m.result(&sc, int(h.idx), terms, int(h.score)) })...)
	if !lettersOnly {
		return append(out, m.inDataOrder(topApprox, func(h hit) Result { return m.approxResult(&sc, aq, int(h.idx), int(h.score)) })...)
	}
	for _, h := range topApprox {
		out = append(out, m.lettersResult(terms, int(h.idx), int(h.score)))
	}
	return out
}

// typedWords reports whether a short Chinese query that reads as a message
// by a particle or pronoun in it (不退了, 坏了, 其他) is a word typed as it
// stands: some title or keyword holds it, or a tag or buyer question is it.
// Then its 了 or 他 is part of the word, not of a sentence.
func (m *Matcher) typedWords(q query) bool {
	if len(q.terms) != 1 || !q.terms[0].cjk || len(q.terms[0].q) > typedWordRunes {
		return false
	}
	return m.anyAbove(m.scoreAll(nil, q.terms, false, typoNo), TierTitle)
}

// typedWordRunes is the longest query typedWords considers: a tag or a
// title word, not a sentence.
const typedWordRunes = 4

// headHits keeps a message's strict hits that match it where a reply says
// what it is about: their terms average a tag, a question or better. A
// message found only in bodies (能退 in the text of a dozen replies, for
// 能退吗) is no better evidence than its words: those phrases are left to
// the approximate ranking, which weighs the whole message, titles and
// questions above bodies.
func (m *Matcher) headHits(hits []hit, nterms int) []hit {
	out := hits[:0:0]
	for _, h := range hits {
		if int(h.score-m.bonusAt(int(h.idx))) >= nterms*TierGroupTags {
			out = append(out, h)
		}
	}
	return out
}

// anyAbove reports whether a hit scores min or more without its frecency
// bonus.
func (m *Matcher) anyAbove(hits []hit, min int) bool {
	for _, h := range hits {
		if int(h.score-m.bonusAt(int(h.idx))) >= min {
			return true
		}
	}
	return false
}

// allCJK reports whether every term is Chinese characters only.
func allCJK(terms []term) bool {
	for _, t := range terms {
		if !t.cjk {
			return false
		}
	}
	return len(terms) > 0
}

// typoMode says whether scoring allows one typo (typo.go).
type typoMode uint8

const (
	typoNo   typoMode = iota // exact tiers only
	typoToo                  // the better of the exact tiers and a typo match
	typoOnly                 // typo matches only (the exact ones are known)
)

// mergeHits merges two hit lists in input order, keeping the higher score
// of a phrase in both.
func mergeHits(a, b []hit) []hit {
	out := make([]hit, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i].idx < b[j].idx:
			out = append(out, a[i])
			i++
		case i == len(a) || b[j].idx < a[i].idx:
			out = append(out, b[j])
			j++
		default:
			out = append(out, hit{idx: a[i].idx, score: max(a[i].score, b[j].score)})
			i++
			j++
		}
	}
	return out
}

// needsTypoPass reports whether a term allows a typo and no phrase matched
// every term at least as well as a typo could (TierTypo): typo matches
// would only trail exact ones.
func needsTypoPass(terms []term, hits []hit) bool {
	any := false
	for _, t := range terms {
		any = any || t.typo
	}
	if !any {
		return false
	}
	for _, h := range hits {
		if int(h.score) >= len(terms)*TierTypo {
			return false
		}
	}
	return true
}

// buildBodySyl reads every body once for the pinyin prefilter, on every
// CPU for a large set.
func (m *Matcher) buildBodySyl() {
	m.ensureEntries()
	m.bodySyl = make([]sylBits, len(m.entries))
	table := setSylBits()
	m.parallel(len(m.entries), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			for bi := range m.entries[i].bodies {
				bodySylBits(table, m.entries[i].bodies[bi].text, &m.bodySyl[i])
			}
		}
	})
}

// parallel runs f over [0, n) in chunks, one per CPU when n is large.
func (m *Matcher) parallel(n int, f func(lo, hi int)) {
	workers := runtime.GOMAXPROCS(0)
	if n < parallelMin || workers < 2 {
		f(0, n)
		return
	}
	var wg sync.WaitGroup
	chunk := (n + workers - 1) / workers
	var failed atomic.Pointer[error]
	for lo := 0; lo < n; lo += chunk {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := m.worker(func() { f(lo, min(lo+chunk, n)) }); err != nil {
				failed.CompareAndSwap(nil, &err)
			}
		}()
	}
	wg.Wait()
	if err := failed.Load(); err != nil {
		panic(*err) // on the calling goroutine, under its guard
	}
}

// plausibleTypos keeps the typo pass for terms that read as pinyin once a
// letter is fixed (typoPlausible), and reports whether one is left.
func plausibleTypos(terms []term) bool {
	any := false
	for i := range terms {
		if terms[i].typo && !typoPlausible(terms[i].q) {
			terms[i].typo = false
		}
		any = any || terms[i].typo
	}
	return any
}

// narrowFrom is the candidates of a query that extends the last one (nil
// = every phrase). A term typed on mostly matches fewer phrases, so the
// last query's hits are enough, with two exceptions:
//   - a term whose 模糊音 pass starts (n → ni, which reads 里 as ni too):
//     every phrase;
//   - a term matched against bodies by whole syllables: typing on can
//     complete one (xiaoya → xiaoyan for 校验), so the phrases whose body
//     readings may hold it are added.
//
// A term added after the last one only narrows.
func (m *Matcher) narrowFrom(terms []term) []int32 {
	cands := m.lastHits
	for i := range terms {
		if i >= len(m.lastTerms) {
			break
		}
		t, last := &terms[i], m.lastTerms[i]
		if t.s == last.s {
			continue
		}
		if t.fuzzable && !last.fuzzable {
			return nil
		}
		if t.bp != nil {
			var more []int32
			for k := range m.n {
				if syl := m.sylAt(k); syl != nil && t.bp.mayMatch(syl) {
					more = append(more, int32(k))
				}
			}
			cands = mergeIdx(cands, more)
		}
	}
	return cands
}

// mergeIdx merges two ascending index lists, without duplicates.
func mergeIdx(a, b []int32) []int32 {
	out := make([]int32, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			out = append(out, a[i])
			i++
		case i == len(a) || b[j] < a[i]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

func joinTerms(terms []term) string {
	parts := make([]string, len(terms))
	for i, t := range terms {
		parts[i] = t.s
	}
	return strings.Join(parts, " ")
}

// parallelMin is the candidate count from which scoring is split across CPUs.
const parallelMin = 8192

// scoreAll scores the candidates (every entry when cands is nil) and returns
// the matching ones in input order.
func (m *Matcher) scoreAll(cands []int32, terms []term, sentence bool, typo typoMode) []hit {
	if m.data != nil {
		// Only the phrases holding every character a term matches as
		// written (data.go).
		cands = m.restrict(cands, terms)
	}
	n := m.n
	if cands != nil {
		n = len(cands)
	}
	if sentence && len(terms) > 1 {
		// A phrase must match every term and the total does not depend on
		// the order: the term with the most bigrams (the rarest, and cheap to
		// rule out by the bigram filters) goes first, so most phrases are
		// dropped before the short common words of a message (你好, 亲) are
		// searched in their bodies.
		terms = slices.Clone(terms)
		slices.SortStableFunc(terms, func(a, b term) int { return len(b.pairs) - len(a.pairs) })
	}
	// mayMatch is the prefilter: a phrase lacking a letter of a term
	// (of its readings' 模糊音 variants too, for a term they can change)
	// cannot match it, unless the term can match a body by its readings
	// (the body's syllable set tells) or, with typos allowed, it misses one
	// letter.
	mayMatch := func(i int) bool {
		f := m.filterAt(i)
		for ti := range terms {
			t := &terms[ti]
			have := f.mask
			if t.fzStart != nil {
				have |= f.fuzzy
			}
			if t.needPairs && !f.spells && !m.sigAt(i).holdsAll(t.pairs) {
				return false
			}
			missing := t.mask &^ have
			switch {
			case missing == 0:
			case t.bp != nil && (m.sylAt(i) == nil || t.bp.mayMatch(m.sylAt(i))):
			case typo != typoNo && t.typo && bits.OnesCount64(missing) <= 1:
			default:
				return false
			}
		}
		return true
	}
	run := func(lo, hi int, out []hit) []hit {
		sc := scratch{platform: m.platform, platBit: m.platBit, fz: m.fz, sentence: sentence, typo: typo}
		var view entry
		for k := lo; k < hi; k++ {
			i := k
			if cands != nil {
				i = int(cands[k])
			}
			if !mayMatch(i) {
				continue
			}
			e := m.entryAt(i, &view)
			sc.sig, sc.syl = m.sigAt(i), m.sylAt(i)
			total := 0
			ok := true
			for ti := range terms {
				s := sc.matchTerm(e, &terms[ti], false)
				if s.score == 0 {
					ok = false
					break
				}
				total += s.score
			}
			if ok {
				out = append(out, hit{idx: int32(i), score: int32(total) + m.bonusAt(i)})
			}
		}
		return out
	}
	return m.parallelHits(n, func(lo, hi int) []hit { return run(lo, hi, nil) })
}

// parallelHits runs run over [0, n) in chunks, one per CPU when n is
// large, and joins the hits in input order.
func (m *Matcher) parallelHits(n int, run func(lo, hi int) []hit) []hit {
	workers := runtime.GOMAXPROCS(0)
	if n < parallelMin || workers < 2 {
		return run(0, n)
	}
	parts := make([][]hit, workers)
	var wg sync.WaitGroup
	chunk := (n + workers - 1) / workers
	var failed atomic.Pointer[error]
	for w := 0; w < workers; w++ {
		lo, hi := w*chunk, min((w+1)*chunk, n)
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := m.worker(func() { parts[w] = run(lo, hi) }); err != nil {
				failed.CompareAndSwap(nil, &err)
			}
		}()
	}
	wg.Wait()
	if err := failed.Load(); err != nil {
		panic(*err) // on the calling goroutine, under its guard
	}
	total := 0
	for _, p := range parts {
		total += len(p)
	}
	out := make([]hit, 0, total)
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// better orders hits: higher score, shorter title, earlier phrase.
func (m *Matcher) better(a, b hit) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	la, lb := m.titleLenAt(int(a.idx)), m.titleLenAt(int(b.idx))
	if la != lb {
		return la < lb
	}
	return a.idx < b.idx
}

// best returns the limit best hits in order (all when limit <= 0): a
// bounded heap holding the worst kept hit at its root, O(n log limit).
func (m *Matcher) best(hits []hit, limit int) []hit {
	if limit <= 0 || len(hits) <= limit {
		out := append([]hit(nil), hits...)
		sort.Slice(out, func(a, b int) bool { return m.better(out[a], out[b]) })
		return out
	}
	h := make([]hit, 0, limit)
	worse := func(i, j int) bool { return m.better(h[j], h[i]) }
	down := func(i int) {
		for {
			l := 2*i + 1
			if l >= len(h) {
				return
			}
			if r := l + 1; r < len(h) && worse(r, l) {
				l = r
			}
			if !worse(l, i) {
				return
			}
			h[i], h[l] = h[l], h[i]
			i = l
		}
	}
	for _, x := range hits {
		if len(h) < limit {
			h = append(h, x)
			for i := len(h) - 1; i > 0; {
				p := (i - 1) / 2
				if !worse(i, p) {
					break
				}
				h[i], h[p] = h[p], h[i]
				i = p
			}
			continue
		}
		if m.better(x, h[0]) {
			h[0] = x
			down(0)
		}
	}
	sort.Slice(h, func(a, b int) bool { return m.better(h[a], h[b]) })
	return h
}

// result builds the Result of entry i with its positions.
func (m *Matcher) result(sc *scratch, i int, terms []term, score int) Result {
	var view entry
	e := m.entryAt(i, &view)
	sc.sig, sc.syl = m.sigAt(i), m.sylAt(i)
	r := Result{Phrase: m.phraseAt(i), Score: score}
	bestScore := -1
	byField := map[string][]int{}
	var order []string
	for ti := range terms {
		s := sc.matchTerm(e, &terms[ti], true)
		if _, ok := byField[s.field]; !ok {
			order = append(order, s.field)
		}
		if s.positions == nil {
			for p := s.start; p < s.end; p++ {
				byField[s.field] = append(byField[s.field], p)
			}
		}
		byField[s.field] = append(byField[s.field], s.positions...)
		if s.score > bestScore {
			bestScore, r.Field = s.score, s.field
		}
	}
	r.Matches = append(r.Matches, FieldMatch{Field: r.Field, Positions: dedup(byField[r.Field])})
	for _, f := range order {
		if f != r.Field {
			r.Matches = append(r.Matches, FieldMatch{Field: f, Positions: dedup(byField[f])})
		}
	}
	r.Positions = r.Matches[0].Positions
	return r
}

func dedup(ps []int) []int {
	sort.Ints(ps)
	out := ps[:0]
	for i, p := range ps {
		if i == 0 || p != ps[i-1] {
			out = append(out, p)
		}
	}
	return out
}

// termMatch is a term's best match in one phrase. A contiguous match is
// [start, end); a fuzzy one lists its positions.
type termMatch struct {
	score      int
	field      string
	start, end int
	positions  []int
}

// scratch is per-goroutine working memory, so scoring does not allocate.
type scratch struct {
	fail  []bool  // DFS memo: (pass, unit, query offset) known not to match
	width int     // query length + 1
	area  int     // size of one pass's memo
	kinds []uint8 // how each unit of the current DFS path matched
	qat   []int16 // where in the query each unit of the path starts
	start int     // where the current DFS path starts
	end   int     // one past its last unit, after a match

	pass    int  // passPrimary, passRare or passFuzzy
	sawRare bool // a skipped secondary reading matched a letter or more
	sylAt   []uint8
	fz      *fuzzyTable // 模糊音 variants; nil = off
	fzStart []uint64    // the term's fuzzyStartSets

	platform phrase.Platform // Matcher.platform: which bodies count
	platBit  uint8           // Matcher.platBit
	// sentence: the query reads as a message, so a term's characters
	// scattered in order through a title or body (the fuzzy tiers) are not
	// a match; the approximate ranking judges such overlap better.
	sentence bool
	// typo: whether terms that allow it may match with one typo (typo.go).
	typo typoMode
	// syl and sig are the body readings and the approximate index's
	// bigram filter of the entry scored (nil when not built).
	syl *sylBits
	sig *approxSig
}

// bodyCounts reports whether body b of e is matched: every body when no
// platform is set, else only the phrase's text for it (phrase.For).
func (sc *scratch) bodyCounts(e *entry, b *body) bool {
	if sc.platform == "" || b.plat == sc.platform {
		return true
	}
	// The default body, sent only when the phrase has no variant for the
	// platform (phrase.For).
	return b.plat == "" && e.variants&sc.platBit == 0
}

// matchTerm is a term's best match in e: the exact tiers, and with sc.typo
// one typo in the pinyin fields when they found nothing at the tag tier or
// above.
func (sc *scratch) matchTerm(e *entry, t *term, withPos bool) termMatch {
	if sc.typo == typoOnly {
		if !t.typo {
			return termMatch{}
		}
		return sc.typoTerm(e, t)
	}
	best := sc.matchExact(e, t, withPos)
	if sc.typo == typoToo && t.typo && best.score < TierTypo {
		if tm := sc.typoTerm(e, t); tm.score > best.score {
			best = tm
		}
	}
	return best
}

// typoTerm is a term's best match with one typo in the title, keywords or
// tags (typo.go). Such a match ranks in
// TierTypo, below every exact match but a body's scattered letters: the
// title and keywords in its upper half, the rest in its lower half.
func (sc *scratch) typoTerm(e *entry, t *term) termMatch {
	q := t.q
	sc.sylAt = nil
	// A typo's quality is mostly negative (penaltyTypo and more): it is
	// mapped from [-1000, 960) onto the half band, so penalised matches
	// keep their order (a swap before a far letter) rather than all
	// clamping to its floor.
	band := func(base, s int) int { return base + min(typoBand/2-1, max(0, (s+1000)/40)) }
	best := termMatch{}
	if bits.OnesCount64(t.mask&^e.titleM) <= 1 {
		if s, a, b, ok := sc.typoMatch(e.title, q, ' '); ok {
			best = termMatch{score: band(TierTypo+typoBand/2, s+bonusTitleField), field: FieldTitle, start: a, end: b}
		}
		if s, a, b, ok := sc.typoMatch(e.keywords, q, ' '); ok && (best.score == 0 || band(TierTypo+typoBand/2, s) > best.score) {
			best = termMatch{score: band(TierTypo+typoBand/2, s), field: FieldKeywords, start: a, end: b}
		}
		if best.score > 0 {
			return best
		}
	}
	if bits.OnesCount64(t.mask&^e.groupM) <= 1 {
		if s, a, b, ok := sc.typoMatch(e.tags, q, ' '); ok {
			best = termMatch{score: band(TierTypo, s+bonusTagField), field: FieldTags, start: a, end: b}
		}
	}
	return best
}

// matchExact is a term's best match in e by the tiers of the package
// comment. It is split in small functions: it runs for every phrase that
// passes the prefilter, and a large frame costs on every call.
func (sc *scratch) matchExact(e *entry, t *term, withPos bool) termMatch {
	q := t.q
	// Codes.
	if len(q) <= len(e.code) && runesHavePrefix(e.code, q) {
		if len(q) == len(e.code) {
			return termMatch{score: TierCodeExact, field: FieldCode, start: 0, end: len(q)}
		}
		closeness := max(0, 100-10*(len(e.code)-len(q)))
		if t.upper {
			if tm := sc.upperToken(e, t); tm.score > 0 {
				return tm
			}
		}
		return termMatch{score: TierCodePrefix + closeness, field: FieldCode, start: 0, end: len(q)}
	}
	if t.upper {
		if tm := sc.upperToken(e, t); tm.score > 0 {
			return tm
		}
	}
	// Latin tokens only where the phrase holds the term's letters as written.
	if t.token && t.mask&asciiBits&^(e.latinM|e.bodyLatin) == 0 || t.cjk && e.latinKw {
		if tm := sc.tokenMatch(e, q, t.mask, t.cjk); tm.score > 0 {
			return tm
		}
	}
	if t.needPairs && !e.latinKw && !sc.sig.holdsAll(t.pairs) {
		return termMatch{}
	}
	sc.sylAt, sc.fzStart = t.sylAt, t.fzStart
	// 模糊音 can read letters the readings lack (sangmen for 上门): a field
	// whose plain letters cannot hold the term is still searched, by the
	// 模糊音 pass alone, when its 模糊音 letters can. (A term no pair can
	// change has no fzStart: its 模糊音 pass never starts.)
	fuzzyOK := t.fzStart != nil && sc.fz != nil && t.mask&^e.fuzzyM == 0
	best := sc.titleMatch(e, t, fuzzyOK)
	if exact := t.mask&^e.groupM == 0; (exact || fuzzyOK) && best.score < wholeTagCeiling(t) {
		best = sc.tagsMatch(e, t, best, exact)
	}
	if t.bare && best.score < TierBareToken+tokenTitle && sc.mayHoldBare(e, t) {
		if tm := sc.tokenMatch(e, q, t.mask, false); tm.score > 0 {
			if tm.score += TierBareToken - TierToken; tm.score > best.score {
				best = tm
			}
		}
	}
	if best.score > 0 {
		return best
	}
	return sc.looseMatch(e, t, withPos)
}

// upperToken is the match of a term typed with capitals (XXL, SN, pH) as a
// Latin token: the agent typed the text as it is written, so it ranks above
// code prefixes and pinyin initials (TierUpperToken).
func (sc *scratch) upperToken(e *entry, t *term) termMatch {
	if !t.token && !t.bare || t.mask&asciiBits&^(e.latinM|e.bodyLatin) != 0 || t.bare && !sc.mayHoldBare(e, t) {
		return termMatch{}
	}
	tm := sc.tokenMatch(e, t.q, t.mask, false)
	if tm.score > 0 {
		tm.score += TierUpperToken - TierToken
	}
	return tm
}

// mayHoldBare reports whether e may hold the letters of a bare term (sn,
// xxl) as a token: its short fields hold the letters, or a body holds the
// term as written. Letters without a vowel are what agents type for
// initials, so most phrases are ruled out here, before a token search.
func (sc *scratch) mayHoldBare(e *entry, t *term) bool {
	if t.mask&asciiBits&^(e.latinM|e.bodyLatin) != 0 {
		return false
	}
	if t.mask&asciiBits&^e.latinM == 0 {
		return true
	}
	for bi := range e.bodies {
		if b := &e.bodies[bi]; sc.bodyCounts(e, b) && strings.Contains(b.text, t.s) {
			return true
		}
	}
	return false
}

// titleMatch is a term's match in the title or keywords (pinyin-aware), or
// a Chinese term spelling the start of a pinyin keyword.
func (sc *scratch) titleMatch(e *entry, t *term, fuzzyOK bool) termMatch {
	q := t.q
	best := termMatch{}
	titleExact := t.mask&^e.titleM == 0
	if titleExact || fuzzyOK {
		if s, a, b, ok := sc.pinyinMatch(e.title, q, ' ', titleExact); ok {
			best = termMatch{score: TierTitle + bonusTitleField + s, field: FieldTitle, start: a, end: b}
		}
		if len(e.keywords) > 0 {
			if s, a, b, ok := sc.pinyinMatch(e.keywords, q, ' ', titleExact); ok && (best.score == 0 || TierTitle+s > best.score) {
				best = termMatch{score: TierTitle + s, field: FieldKeywords, start: a, end: b}
			}
		}
	}
	if t.cjk && e.latinKw {
		// The start of a pinyin keyword, as its pinyin typed would score.
		if a, b, _, ok := spellIn(e.keywords, q, ' '); ok {
			if s := TierTitle + bonusLatinLiteral*(b-a) + bonusFieldStart; s > best.score {
				best = termMatch{score: s, field: FieldKeywords, start: a, end: b}
			}
		}
	}
	return best
}

// tagsMatch adds the group, tags and buyer questions to best (the title
// match, if any): half the quality counts, a penalised match stays above
// TierTitleFuzzy, and a tag or question typed whole names the phrase as
// well as its title does, in the title band (wholeItem).
func (sc *scratch) tagsMatch(e *entry, t *term, best termMatch, exact bool) termMatch {
	q := t.q
	var tier termMatch
	if best.score == 0 && len(e.group) > 0 {
		if s, a, b, ok := sc.pinyinMatch(e.group, q, '/', exact); ok {
			tier = termMatch{score: TierGroupTags + max(s/2, minGroupQuality), field: FieldGroup, start: a, end: b}
		}
	}
	best, tier = sc.itemMatch(e.tags, e.tagMin, FieldTags, t, best, tier, exact)
	if best.score < wholeTagCeiling(t) {
		best, tier = sc.itemMatch(e.ask, e.askMin, FieldAsk, t, best, tier, exact)
	}
	if best.score == 0 {
		return tier
	}
	return best
}

// itemMatch matches a term in the tags or the questions: best in the title
// band for a whole item, tier in the tag band.
func (sc *scratch) itemMatch(units []rune, shortest uint8, field string, t *term, best, tier termMatch, exact bool) (termMatch, termMatch) {
	if len(units) == 0 {
		return best, tier
	}
	if best.score > 0 && int(shortest) > len(t.q) {
		// The title matched: only a whole item could do better, and every
		// item is longer than the term (a character takes at least a
		// letter of it).
		return best, tier
	}
	s, a, b, ok := sc.pinyinMatch(units, t.q, ' ', exact)
	if !ok {
		return best, tier
	}
	if wholeItem(units, a, b, ' ') && s >= bonusFieldStart+bonusWhole {
		// Above a match in the middle of a title, below one that starts it
		// — read as written or by common readings: a rare reading (款 as
		// xin) of a whole tag names nothing the agent typed.
		if w := TierTitle + s - bonusFieldStart - bonusWhole + bonusWholeTag; w > best.score {
			best = termMatch{score: w, field: field, start: a, end: b}
		}
	}
	if sc := TierGroupTags + bonusTagField + max(s/2, minGroupQuality); tier.score == 0 || sc > tier.score {
		tier = termMatch{score: sc, field: field, start: a, end: b}
	}
	return best, tier
}

// looseMatch is what is left when the title, keywords, tags and group did
// not match: the title's characters in order, then the bodies.
func (sc *scratch) looseMatch(e *entry, t *term, withPos bool) termMatch {
	q := t.q
	best := termMatch{}
	// The title's characters in order (Chinese: Latin letters scattered
	// through a title or body are noise, and l码 is not in XL码).
	if !sc.sentence && !t.letters && t.mask&^e.titleM == 0 {
		if s, pos := fuzzy(e.title, q, withPos); s >= 0 {
			return termMatch{score: TierTitleFuzzy + s, field: FieldTitle, start: 0, end: 0, positions: pos}
		}
	}
	// Bodies: a substring first, then the term's syllables read from the
	// body's characters, else the characters in order.
	for bi := range e.bodies {
		b := &e.bodies[bi]
		if !sc.bodyCounts(e, b) {
			continue
		}
		if t.mask&^b.mask == 0 && (t.pairs == nil || sc.sig == nil || sc.sig.holdsAll(t.pairs)) {
			if at := indexAtEdge(b.text, t.s); at >= 0 {
				s := TierBody
				if at == 0 || b.text[at-1] == '\n' {
					s += bonusFieldStart / 3
				}
				if s > best.score {
					start := 0
					if withPos {
						start = utf8.RuneCountInString(b.text[:at])
					}
					best = termMatch{score: s, field: b.field, start: start, end: start + len(q)}
				}
				continue
			}
		}
		if t.bp != nil && best.score < TierBodyPinyin && (sc.syl == nil || t.bp.mayMatch(sc.syl)) {
			if at, end, rare := t.bp.find(b.text); at >= 0 {
				best = termMatch{score: TierBodyPinyin + bonusSyllable, field: b.field}
				if rare {
					best.score = TierBodyPinyin + bonusSyllable/3
				}
				if withPos {
					best.start = utf8.RuneCountInString(b.text[:at])
					best.end = best.start + utf8.RuneCountInString(b.text[at:end])
				}
				continue
			}
		}
		if best.score >= TierBodyPinyin || len(q) == 1 || sc.sentence || t.letters || t.mask&^b.mask != 0 {
			continue // a one-rune term that is not a substring is not a subsequence either
		}
		if s, pos := fuzzyString(b.text, q, withPos); s >= 0 && TierBodyFuzzy+s > best.score {
			best = termMatch{score: TierBodyFuzzy + s, field: b.field, positions: pos}
		}
	}
	return best
}

// indexAtEdge is strings.Index, except that a term starting with a Latin
// letter or digit is only found where a Latin run may start (latinEdge):
// l码 is not in XL码.
func indexAtEdge(text, s string) int {
	if s == "" || !isLatinAlnum(rune(s[0])) {
		return strings.Index(text, s)
	}
	for from := 0; from < len(text); {
		at := strings.Index(text[from:], s)
		if at < 0 {
			return -1
		}
		at += from
		if at == 0 || !isLatinAlnum(rune(text[at-1])) ||
			(text[at-1] >= '0' && text[at-1] <= '9') != (s[0] >= '0' && s[0] <= '9') {
			return at
		}
		from = at + 1
	}
	return -1
}

// wholeTagCeiling is the most a whole tag or question can score for t: a
// Chinese character read as itself earns bonusLiteral, a letter at most a
// whole syllable's bonusSyllable (one letter per character at most).
func wholeTagCeiling(t *term) int {
	per := bonusSyllable
	if !t.letters {
		per = bonusLiteral
	}
	return TierTitle + per*len(t.q) + bonusWholeTag
}

// shortestItem is the length of the shortest item of a ' '-joined field,
// at most 255 (255 for none).
func shortestItem(units []rune) uint8 {
	short, n := 255, 0
	for i := 0; i <= len(units); i++ {
		if i < len(units) && units[i] != ' ' {
			n++
			continue
		}
		if n > 0 {
			short = min(short, n)
		}
		n = 0
	}
	return uint8(short)
}

// wholeItem reports whether [a, b) is a whole item of a sep-separated
// field (one tag, one buyer question).
func wholeItem(units []rune, a, b int, sep rune) bool {
	return (a == 0 || units[a-1] == sep) && (b == len(units) || units[b] == sep)
}

// hasNumeral reports whether rs holds a Chinese numeral (read as a digit
// too: 七天 matches 7天).
func hasNumeral(rs []rune) bool {
	for _, r := range rs {
		if r >= utf8.RuneSelf && numeral(r) >= 0 {
			return true
		}
	}
	return false
}

// hasLatinOrDigit: Latin letters and digits scattered through a field are
// noise (88 is not the 8s of 满188减28), and a digit that is not where a
// Latin run starts is no match either (indexAtEdge).
func hasLatinOrDigit(rs []rune) bool {
	for _, r := range rs {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return true
		}
	}
	return false
}

func hasLatin(rs []rune) bool {
	for _, r := range rs {
		if r >= 'a' && r <= 'z' {
			return true
		}
	}
	return false
}

func runesHavePrefix(s, p []rune) bool {
	for i, r := range p {
		if s[i] != r {
			return false
		}
	}
	return true
}

// fuzzyString is fuzzy over a string, positions in runes.
func fuzzyString(s string, q []rune, withPos bool) (int, []int) {
	if len(q) == 0 {
		return -1, nil
	}
	// Jump to the first rune with IndexRune (vectorised), not a decode loop:
	// on a large pack most bodies do not hold it at all.
	first := strings.IndexRune(s, q[0])
	if first < 0 {
		return -1, nil
	}
	qi, end := 0, -1 // end: byte offset of the last matched rune
	for i, r := range s[first:] {
		i += first
		if r == q[qi] {
			qi++
			if qi == len(q) {
				end = i
				break
			}
		}
	}
	if end < 0 {
		return -1, nil
	}
	_, w := utf8.DecodeRuneInString(s[end:])
	qi = len(q) - 1
	start, runes := end, 0 // runes: runes from start to end inclusive
	for i := end + w; i > 0; {
		r, rw := utf8.DecodeLastRuneInString(s[:i])
		i -= rw
		runes++
		if r == q[qi] {
			start = i
			if qi == 0 {
				break
			}
			qi--
		}
	}
	gaps := runes - len(q)
	score := max(0, maxFuzzyBonus-penaltyGap*gaps)
	if !withPos {
		return score, nil
	}
	pos := make([]int, 0, len(q))
	base := utf8.RuneCountInString(s[:start])
	qi = 0
	k := 0
	for _, r := range s[start:] {
		if qi == len(q) {
			break
		}
		if r == q[qi] {
			pos = append(pos, base+k)
			qi++
		}
		k++
	}
	return score, pos
}

// fuzzy finds q's runes in order in s, in the shortest window ending at the
// first place they can all be found (fzf's v1 algorithm: scan forward, then
// back). It returns the bonus (maxFuzzyBonus minus penaltyGap per skipped
// rune, at least 0) or -1 when q is not a subsequence of s.
func fuzzy(s, q []rune, withPos bool) (int, []int) {
	if len(q) == 0 || len(q) > len(s) {
		return -1, nil
	}
	qi, end := 0, -1
	for i, r := range s {
		if r == q[qi] {
			qi++
			if qi == len(q) {
				end = i
				break
			}
		}
	}
	if end < 0 {
		return -1, nil
	}
	qi = len(q) - 1
	start := end
	for i := end; i >= 0; i-- {
		if s[i] == q[qi] {
			start = i
			if qi == 0 {
				break
			}
			qi--
		}
	}
	gaps := end - start + 1 - len(q)
	score := max(0, maxFuzzyBonus-penaltyGap*gaps)
	if !withPos {
		return score, nil
	}
	pos := make([]int, 0, len(q))
	qi = 0
	for i := start; i <= end && qi < len(q); i++ {
		if s[i] == q[qi] {
			pos = append(pos, i)
			qi++
		}
	}
	return score, pos
}

func toLower(r rune) rune { return unicode.ToLower(r) }
