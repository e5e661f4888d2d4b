package lint

import (
	"embed"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

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
	// Guards name the contexts that cancel a hit of this entry (guard.go):
	// "buyer" (the buyer is the subject: 您不清楚), "follow-up" (the reply
	// promises to find out: 不清楚，我去问一下), "apology" (不好意思让您问了
	// 好几次), "shop-asks" (我帮您问京东). Every compliance rule is also
	// cancelled by a refusal (我们不能加微信) without naming it.
	Guards []string `yaml:"guards,omitempty"`
	// Scope is how far a pattern's gaps reach: "" (service rules: one
	// clause; compliance rules: the whole reply, punctuation ignored, since
	// 加。微。信 is how a filter is slipped), "clause" or "sentence". A scoped
	// pattern runs on the reply with "，" (clause) or "。" (sentence) where
	// such a break was, so [^，] and [^。] keep a gap inside it.
	Scope string `yaml:"scope,omitempty"`
	// Weak marks an entry that infers the problem from the shape of a
	// sentence, with no word that gives it away (拍一号链接，实际发您三号款):
	// its hits are reported at most as warnings, so a reply it misreads
	// never fails a shop's CI on its own.
	Weak bool `yaml:"weak,omitempty"`
	// Outright marks an entry whose words say the violation in so many
	// words (空包已经给您安排了, 安装费就别在平台付了): the sentence models
	// neither doubt nor dismiss its hits (modelDoubts, modelDismisses), as
	// they would a sentence that reads like after-sales (lint v18).
	Outright bool `yaml:"outright,omitempty"`
	// Team marks a word a team listed in .huashu-lint.yaml: the models never
	// saw it, so they neither doubt nor dismiss its hits (modelDoubts,
	// modelDismisses) — the team said it is a violation.
	Team bool `yaml:"-"`
	// Straddles are words that overlap the entry across a word boundary the
	// text makes obvious: 单人 and 单品 for 做单 (做单人餐 is 做 + 单人餐),
	// 历史 for 史上 (历史上), 号码 for 个人号 (个人号码). A hit of the entry
	// that one of them overlaps and runs past (or contains) is not the
	// entry. They are the entry's own: 单人 cancels 做单, not 刷单 (招刷单人员).
	Straddles []string `yaml:"straddles,omitempty"`
	Source    string   `yaml:"source"`
}

// WordList is one rule's words and exceptions, and the cue words its check
// pairs up (a review trigger with a reward, a contact cue with an ID), by
// kind. The file with no rule holds the guards' cue words (guards.yaml).
type WordList struct {
	Rule       string                 `yaml:"rule"`
	Entries    []WordEntry            `yaml:"entries"`
	Exceptions []WordEntry            `yaml:"exceptions"`
	Cues       map[string][]WordEntry `yaml:"cues"`
}

// guardList is the key of guards.yaml's list in DefaultWordLists.
const guardList = ""

// DefaultWordLists are the lists compiled into the binary, by rule ID.
func DefaultWordLists() (map[string]*WordList, error) {
	out := map[string]*WordList{}
	err := fs.WalkDir(wordFS, "words", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".yaml") || p == setsFile {
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
		if _, ok := ruleIndex[wl.Rule]; !ok && wl.Rule != guardList {
			return fmt.Errorf("%s: unknown rule %q", p, wl.Rule)
		}
		all := append(append([]WordEntry{}, wl.Entries...), wl.Exceptions...)
		for _, kind := range sortedCueKinds(wl.Cues) {
			all = append(all, wl.Cues[kind]...)
		}
		for _, e := range all {
			if e.Source == "" {
				return fmt.Errorf("%s: entry %q has no source", p, e.Term+e.Pattern+e.Raw)
			}
			if e.Scope != "" && e.Scope != "clause" && e.Scope != "sentence" {
				return fmt.Errorf("%s: entry %q: unknown scope %q", p, e.Term+e.Pattern+e.Raw, e.Scope)
			}
			for _, g := range e.Guards {
				if _, ok := guards[g]; !ok {
					return fmt.Errorf("%s: entry %q: unknown guard %q", p, e.Term+e.Pattern+e.Raw, g)
				}
			}
		}
		if _, dup := out[wl.Rule]; dup {
			return fmt.Errorf("%s: a second list for %q", p, wl.Rule)
		}
		out[wl.Rule] = &wl
		return nil
	})
	return out, err
}

// setsFile holds the named alternations patterns write as {name}.
const setsFile = "words/sets.yaml"

// wordSet is one named alternation of sets.yaml: the platforms' names and
// nicknames ({平台}), written once and used by every pattern that names one.
type wordSet struct {
	Words  []string `yaml:"words"`
	Source string   `yaml:"source"`
}

// setsYAML is words/sets.yaml: the named sets, and the platforms a team may
// name as its own.
type setsYAML struct {
	Sets      map[string]wordSet `yaml:"sets"`
	Platforms map[string]wordSet `yaml:"-"`
	// PlatformNode keeps the platforms in the file's order, for messages.
	PlatformNode yaml.Node `yaml:"platforms"`
	order        []string
}

var readSets = sync.OnceValues(func() (*setsYAML, error) {
	data, err := wordFS.ReadFile(setsFile)
	if err != nil {
		return nil, err
	}
	var f setsYAML
	if err := yaml.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("%s: %w", setsFile, err)
	}
	if err := f.PlatformNode.Decode(&f.Platforms); err != nil {
		return nil, fmt.Errorf("%s 的 platforms：%w", setsFile, err)
	}
	for i := 0; i+1 < len(f.PlatformNode.Content); i += 2 {
		f.order = append(f.order, f.PlatformNode.Content[i].Value)
	}
	for _, m := range []map[string]wordSet{f.Sets, f.Platforms} {
		for name, ws := range m {
			if ws.Source == "" || len(ws.Words) == 0 {
				return nil, fmt.Errorf("%s: set %q needs words and a source", setsFile, name)
			}
		}
	}
	return &f, nil
})

// defaultSets reads words/sets.yaml's sets.
func defaultSets() (map[string]wordSet, error) {
	f, err := readSets()
	if err != nil {
		return nil, err
	}
	return f.Sets, nil
}

// Platforms lists the names .huashu-lint.yaml's platform may take, in the
// order of words/sets.yaml.
func Platforms() []string {
	f, err := readSets()
	if err != nil {
		return nil
	}
	return slices.Clone(f.order)
}

// homeSets are the sets for a shop on platform home ("" for none): the
// home platform's names leave 站外 and 电商, the sets of other apps and
// marketplaces a shop must not send the buyer to. It also returns those
// names, which stay the platform's own in a quoted name (namesPlatform).
func homeSets(home string) (map[string]wordSet, []string, error) {
	f, err := readSets()
	if err != nil {
		return nil, nil, err
	}
	if home == "" {
		return f.Sets, nil, nil
	}
	own, ok := f.Platforms[home]
	if !ok {
		return nil, nil, fmt.Errorf("%s: 没有平台 %q", setsFile, home)
	}
	mine := map[string]bool{}
	for _, w := range own.Words {
		mine[string(normTerm(w))] = true
	}
	out := make(map[string]wordSet, len(f.Sets))
	for name, ws := range f.Sets {
		if name == "站外" || name == "电商" {
			var kept []string
			for _, w := range ws.Words {
				if !mine[string(normTerm(w))] {
					kept = append(kept, w)
				}
			}
			ws = wordSet{Words: kept, Source: ws.Source}
		}
		out[name] = ws
	}
	return out, own.Words, nil
}

var setRef = regexp.MustCompile(`\{(\p{Han}+)\}`)

// expandSets replaces every {name} of a pattern with the set's words as a
// non-capturing alternation.
func expandSets(pattern string, sets map[string]wordSet) (string, error) {
	var bad string
	out := setRef.ReplaceAllStringFunc(pattern, func(ref string) string {
		ws, ok := sets[ref[1:len(ref)-1]]
		if !ok {
			bad = ref
			return ref
		}
		alts := make([]string, len(ws.Words))
		for i, w := range ws.Words {
			alts[i] = regexp.QuoteMeta(string(normTerm(w)))
		}
		return "(?:" + strings.Join(alts, "|") + ")"
	})
	if bad != "" {
		return "", fmt.Errorf("没有名为 %s 的词组（%s）", bad, setsFile)
	}
	return out, nil
}

// expandRequires replaces a {name} in a pattern's requires (alone, or
// inside a literal: 找{快递}) with the set's words.
func expandRequires(req []string, sets map[string]wordSet) ([]string, error) {
	var out []string
	for _, r := range req {
		// A set stands for each of its words, with the literal's text on
		// either side of it: 找{快递} is 找顺丰, 找中通…, so the literals
		// follow sets.yaml instead of a copy of its list.
		if loc := setRef.FindStringSubmatchIndex(r); loc != nil {
			ref := r[loc[0]:loc[1]]
			ws, ok := sets[r[loc[2]:loc[3]]]
			if !ok {
				return nil, fmt.Errorf("没有名为 %s 的词组（%s）", ref, setsFile)
			}
			for _, w := range ws.Words {
				out = append(out, r[:loc[0]]+w+r[loc[1]:])
			}
			continue
		}
		out = append(out, r)
	}
	return out, nil
}

func sortedCueKinds(m map[string][]WordEntry) []string {
	kinds := make([]string, 0, len(m))
	for k := range m {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	return kinds
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

// foldHan folds the Han characters of a pattern the way replies are
// folded (Traditional and variant forms to Simplified: foldRune), and leaves
// the rest of the expression alone. A pattern matches the normalized reply,
// so a literal that normalization would change could never match: 显著 is
// matched as 显着, and 嗰 as 𠮶 (lint v30, after red teams 946-953).
func foldHan(expr string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x3400 {
			return r
		}
		if f := foldRune(r); unicode.Is(unicode.Han, f) {
			return f
		}
		return r
	}, expr)
}

// normTerm normalizes a term the way replies are normalized.
func normTerm(s string) []rune {
	n := normalize(s)
	return append([]rune(nil), n.norm...)
}

func foldString(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// hasSymbol reports whether a word has a symbol or emoji in it (v❤, 🐧):
// team words like these are matched as written, not normalized away.
func hasSymbol(s string) bool {
	for _, r := range s {
		if unicode.IsSymbol(r) || r >= 0x1F000 {
			return true
		}
	}
	return false
}

// termInfo is one literal in the shared automaton.
type termInfo struct {
	rule      string
	text      string // as written in the list, for messages
	suggest   string
	guards    []string
	exception bool
	weak      bool
	outright  bool   // WordEntry.Outright
	team      bool   // WordEntry.Team
	cue       string // non-empty: a cue word of this kind, not a hit
	kid       int    // the cue's (rule, kind) number (wordMatcher.kinds)
	trigger   int    // >= 0: not a word but a literal that lets pattern #trigger run
	entry     int    // the list entry it comes from (straddles are per entry); -1 none
	straddle  int    // >= 0: not a word but a straddle of entry #straddle
	clause    bool   // the rule's matches end at a clause break
	brkOK     []bool // brkOK[k]: the entry is written with a clause break before rune k
	// Latin or digit at either end: the neighbour in the folded text must
	// not continue the word (VX in VIP, 139 in an order number).
	edgeStart, edgeEnd rune // 'a' letter, '0' digit, 0 none
}

type patternInfo struct {
	rule     string
	entry    int
	term     []int // the groups named t: the finding's span when one matched
	clause   bool  // the rule's matches end at a clause break
	marks    uint8 // 0, clauseBreak or sentenceBreak: the text it runs on
	weak     bool
	outright bool // WordEntry.Outright
	re       *regexp.Regexp
	requires []string
	suggest  string
	guards   []string
}

type rawInfo struct {
	rule      string
	lit       string // folded
	orig      string
	exception bool
	team      bool // WordEntry.Team
}

// wordMatcher holds every word list compiled once per run.
type wordMatcher struct {
	ac       *acMatcher
	terms    [][]rune
	info     []termInfo
	patterns []patternInfo
	pre      []lazyPrefilter // by pattern, derived on its first run (prefilter.go)
	// unconditional are the patterns that require no literal: they run on
	// every reply.
	unconditional []int
	raws          []rawInfo
	rawFirst      runeSet // first runes of the raws: most replies have none
	// latinCues are the contact cues written in Latin letters (v, vx, tel,
	// qq): letters glued to a number that make it a contact, not a code.
	latinCues map[string]bool
	entries   int // list entries with an id (for straddles)
	maxCue    int // the longest cue word, in norm runes (cues.go's windows)
	// kinds numbers every (rule, kind) of the cues, so a reply's cues are
	// grouped by a slice index rather than a map of strings (cues.go).
	kinds  []cueKey
	kindID map[cueKey]int
	// platformNames are the platforms' names and nicknames, normalized
	// (sets.yaml 平台 and 电商): a quoted name that holds one is theirs.
	platformNames []string
	// homeBy (lint v14) are, when the team names no platform, the names of
	// the marketplaces the shop itself may sell on (sets.yaml platforms 京东,
	// 天猫, 拼多多), one list a marketplace: sending the buyer to one of them
	// may be sending them home (mayBeHome), unless the reply stands on another
	// (homeNamedBesides, lint v19).
	homeBy [][]string
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

// termError is a word-list entry that cannot be compiled; config.go turns it
// into a ConfigError at the entry's line and column for team words.
type termError struct {
	rule, word, msg string
}

func (e *termError) Error() string { return fmt.Sprintf("%s: %q: %s", e.rule, e.word, e.msg) }

// compileWords builds the matcher of every rule's words for a shop on
// platform home ("" when the team names none).
func compileWords(lists map[string]*WordList, home string) (*wordMatcher, error) {
	sets, own, err := homeSets(home)
	if err != nil {
		return nil, err
	}
	m := &wordMatcher{}
	rules := make([]string, 0, len(lists))
	for r := range lists {
		rules = append(rules, r)
	}
	sort.Strings(rules)
	addTerm := func(rule string, t []rune, info termInfo) {
		info.rule = rule
		info.straddle = -1
		info.edgeStart, info.edgeEnd = edgeKind(t[0]), edgeKind(t[len(t)-1])
		m.terms = append(m.terms, t)
		m.info = append(m.info, info)
	}
	addRaw := func(rule, raw string, exception, team bool) {
		lit := foldString(raw)
		m.raws = append(m.raws, rawInfo{rule: rule, lit: lit, orig: raw, exception: exception, team: team})
		if m.rawFirst == nil {
			m.rawFirst = runeSet{}
		}
		for _, r := range lit {
			m.rawFirst[r] = true
			break
		}
	}
	// addStraddles puts an entry's straddles in the automaton and returns the
	// entry's id (-1 when it has none).
	addStraddles := func(rule string, e WordEntry) (int, error) {
		if len(e.Straddles) == 0 {
			return -1, nil
		}
		id := m.entries
		m.entries++
		for _, w := range e.Straddles {
			t := normTerm(w)
			if len(t) == 0 {
				return 0, &termError{rule, w, "只有空白或标点，匹配不到任何内容"}
			}
			m.terms = append(m.terms, t)
			m.info = append(m.info, termInfo{rule: rule, text: w, trigger: -1, entry: -1, straddle: id})
		}
		return id, nil
	}
	var add func(rule string, e WordEntry, exception bool, cue string) error
	add = func(rule string, e WordEntry, exception bool, cue string) error {
		switch {
		case e.Term != "" && setRef.MatchString(e.Term) && setRef.FindString(e.Term) == e.Term:
			// {name}: every word of the set, as its own entry.
			ws, ok := sets[e.Term[1:len(e.Term)-1]]
			if !ok {
				return &termError{rule, e.Term, fmt.Sprintf("没有名为 %s 的词组（%s）", e.Term, setsFile)}
			}
			for _, w := range ws.Words {
				one := e
				one.Term = w
				if err := add(rule, one, exception, cue); err != nil {
					return err
				}
			}
		case e.Term != "":
			t := normTerm(e.Term)
			if len(t) == 0 {
				return &termError{rule, e.Term, "只有空白或标点，匹配不到任何内容"}
			}
			id, err := addStraddles(rule, e)
			if err != nil {
				return err
			}
			addTerm(rule, t, termInfo{text: e.Term, suggest: e.Suggest, exception: exception, cue: cue, entry: id,
				guards: e.Guards, weak: e.Weak, outright: e.Outright, team: e.Team, trigger: -1, clause: clauseRules[rule], brkOK: termBreaks(e.Term)})
		case e.Pattern != "":
			if exception || cue != "" {
				return &termError{rule, e.Pattern, "例外和语境词只能是词，不能是正则"}
			}
			expr, err := expandSets(e.Pattern, sets)
			if err != nil {
				return &termError{rule, e.Pattern, err.Error()}
			}
			// The same language, with an opening context left out of the
			// finding (leadContextAsTerm): rewritten before the one compile.
			re, err := regexp.Compile(leadContextAsTerm(foldHan(expr)))
			if err != nil {
				return &termError{rule, e.Pattern, "正则写错了：" + err.Error()}
			}
			requires, err := expandRequires(e.Requires, sets)
			if err != nil {
				return &termError{rule, e.Pattern, err.Error()}
			}
			idx := len(m.patterns)
			id, err := addStraddles(rule, e)
			if err != nil {
				return err
			}
			var req []string
			for _, r := range requires {
				t := normTerm(r)
				if len(t) == 0 {
					continue
				}
				req = append(req, string(t))
				// The literal joins the automaton, so one pass tells which
				// patterns can match at all.
				m.terms = append(m.terms, t)
				m.info = append(m.info, termInfo{rule: rule, text: r, trigger: idx, entry: -1, straddle: -1})
			}
			marks := uint8(0)
			switch {
			case e.Scope == "sentence":
				marks = sentenceBreak
			case e.Scope == "clause", clauseRules[rule]:
				marks = clauseBreak
			}
			// An explicit scope overrides the clause rules' default: a
			// sentence-scoped 禁语 pattern may span its clauses.
			var term []int
			for g, name := range re.SubexpNames() {
				if name == "t" {
					term = append(term, g)
				}
			}
			m.patterns = append(m.patterns, patternInfo{rule: rule, entry: id, term: term, clause: clauseRules[rule] && e.Scope == "", marks: marks, re: re,
				requires: req, suggest: e.Suggest, guards: e.Guards, weak: e.Weak, outright: e.Outright})
		case e.Raw != "":
			addRaw(rule, e.Raw, exception, e.Team)
		}
		return nil
	}
	for _, rule := range rules {
		wl := lists[rule]
		for _, e := range wl.Entries {
			if err := add(rule, e, false, ""); err != nil {
				return nil, err
			}
		}
		for _, e := range wl.Exceptions {
			if e.Term == "" && e.Raw == "" {
				return nil, &termError{rule, e.Pattern, "例外只能是词"}
			}
			if err := add(rule, e, true, ""); err != nil {
				return nil, err
			}
		}
		for _, kind := range sortedCueKinds(wl.Cues) {
			for _, e := range wl.Cues[kind] {
				if err := add(rule, e, false, kind); err != nil {
					return nil, err
				}
			}
		}
	}
	m.latinCues = map[string]bool{}
	m.kindID = map[cueKey]int{}
	for i := range m.info {
		ti := &m.info[i]
		if ti.cue == "" {
			continue
		}
		m.maxCue = max(m.maxCue, len(m.terms[i]))
		k := cueKey{ti.rule, ti.cue}
		id, ok := m.kindID[k]
		if !ok {
			id = len(m.kinds)
			m.kinds = append(m.kinds, k)
			m.kindID[k] = id
		}
		ti.kid = id
	}
	for i, ti := range m.info {
		if ti.rule == RuleContact && (ti.cue == "contact" || ti.cue == "contact-number") && allLatin(m.terms[i]) {
			m.latinCues[string(m.terms[i])] = true
		}
	}
	for _, set := range []string{"平台", "电商"} {
		for _, w := range sets[set].Words {
			m.platformNames = append(m.platformNames, string(normTerm(w)))
		}
	}
	for _, w := range own {
		m.platformNames = append(m.platformNames, string(normTerm(w)))
	}
	if home == "" {
		f, err := readSets()
		if err != nil {
			return nil, err
		}
		for _, p := range homeablePlatforms {
			var names []string
			for _, w := range f.Platforms[p].Words {
				names = append(names, string(normTerm(w)))
			}
			m.homeBy = append(m.homeBy, names)
		}
	}
	m.ac = newACMatcher(m.terms)
	m.pre = make([]lazyPrefilter, len(m.patterns))
	for pi, p := range m.patterns {
		if len(p.requires) == 0 {
			m.unconditional = append(m.unconditional, pi)
		}
	}
	return m, nil
}

// homeablePlatforms are the marketplaces huashu's shops sell on (the README:
// 京东, 淘宝/天猫, 拼多多), as named in sets.yaml platforms.
var homeablePlatforms = []string{"京东", "天猫", "拼多多"}

// mayBeHome reports that the hit names a marketplace the shop may itself sell
// on, the team having named no platform (.huashu-lint.yaml platform:).
func (m *wordMatcher) mayBeHome(what string) bool {
	s := strings.ToLower(what)
	for _, names := range m.homeBy {
		if slices.ContainsFunc(names, func(w string) bool { return strings.Contains(s, w) }) {
			return true
		}
	}
	return false
}

// homeNamedBesides (lint v19, after red teams 434-441) reports that norm
// names another marketplace than the one in what as the one the reply
// stands on (拼多多这边链接下架了，淘宝搜“辣小满”): the shop's home is that one,
// so what is elsewhere.
func (m *wordMatcher) homeNamedBesides(norm []rune, what string) bool {
	s, w := strings.ToLower(string(norm)), strings.ToLower(what)
	for _, names := range m.homeBy {
		if slices.ContainsFunc(names, func(n string) bool { return strings.Contains(w, n) }) {
			continue // what's own marketplace (淘宝 is 天猫's too)
		}
		for _, n := range names {
			for _, here := range []string{"这边", "这里", "这儿"} {
				if strings.Contains(s, n+here) {
					return true
				}
			}
		}
	}
	return false
}

// namesPlatform reports a platform's name or nickname (sets.yaml 平台, 电商)
// in a quoted name: 小程序“京东购物” is the platform's own.
func (m *wordMatcher) namesPlatform(name []rune) bool {
	s := strings.ToLower(string(name))
	for _, w := range m.platformNames {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// wordHit is one match of a word-list entry, in original rune offsets, with
// the norm offsets the guards look at.
type wordHit struct {
	rule         string
	start, end   int // original rune indexes, end exclusive
	nstart, nend int // norm indexes, end exclusive; -1 for raws
	what         string
	suggest      string
	guards       []string
	weak         bool // reported at most as a warning (WordEntry.Weak)
	offered      bool // an account given after an excuse: never hedged (excuseThenID)
	account      bool // an account, a number or a named store (contactIDs…): never doubted (modelDoubts)
	team         bool // a team's own word (WordEntry.Team): never doubted or dismissed
	outright     bool // WordEntry.Outright: never doubted or dismissed
	mayBeHome    bool // a marketplace the shop may sell on, no platform named (lint v14): a warning
	entry        int  // the list entry, for its straddles; -1 none
}

// modelsMayJudge reports that the models may doubt or dismiss the hit: not
// an account, not an ID given after an excuse, not a team's own word, not an
// outright entry's (WordEntry.Outright) — those
// are judged by the words alone.
func (h *wordHit) modelsMayJudge() bool { return !h.offered && !h.account && !h.team && !h.outright }

// cueHit is a cue word (cues: in a word list) found in norm.
type cueHit struct {
	rule, kind   string
	kid          int // wordMatcher.kinds
	nstart, nend int
	entry        int // the list entry, for its straddles; -1 none
}

// termCand is an automaton match that passed its edge checks.
type termCand struct {
	term       int
	start, end int // norm
}

// matchScratch is a checker's reusable memory for match.
type matchScratch struct {
	cands, excs []termCand
	straddles   []termCand // term: the entry whose straddle matched
	triggered   []bool
	// runs are the patterns to run on this reply, in order: those a
	// required literal triggered and those that require none.
	runs []int
	// The texts patterns run on: punctuation dropped (plain), "，" at every
	// clause break (clauses), "。" at every sentence break (sentences).
	plain, clauses, sentences patternText
}

// match finds every word-list hit and cue in a normalized reply, in three
// passes: the literal terms (one automaton for every rule), the patterns
// whose required literals occurred, and the raw literals. Exceptions of a
// rule then cancel the hits of that rule they cover. hits and cues are
// reused between calls; sc may be nil.
func (m *wordMatcher) match(n *normText, hits []wordHit, cues []cueHit, sc *matchScratch) ([]wordHit, []cueHit) {
	if sc == nil {
		sc = &matchScratch{}
	}
	cands, excs, cues := m.matchTerms(n, cues, sc)
	for _, c := range cands {
		ti := &m.info[c.term]
		s, e := n.span(c.start, c.end)
		hits = append(hits, wordHit{rule: ti.rule, start: s, end: e, nstart: c.start, nend: c.end,
			what: ti.text, suggest: ti.suggest, guards: ti.guards, weak: ti.weak, outright: ti.outright, team: ti.team, entry: ti.entry})
	}
	hits = m.matchPatterns(n, hits, sc)
	if len(sc.straddles) > 0 {
		hits, cues = dropStraddled(hits, cues, sc.straddles)
		excs = m.dropStraddledExceptions(excs, sc.straddles)
		sc.excs = excs // what the reply's exceptions are, for the models (rule_inferred.go)
	}
	hits = m.matchRaws(n, hits)
	return m.dropExcepted(n, hits, excs), cues
}

// straddled reports whether a straddle of the entry overlaps norm [s, e) and
// is not inside it: 单人 in 做单人餐 for 做单.
func straddled(entry, s, e int, straddles []termCand) bool {
	if entry < 0 {
		return false
	}
	for _, x := range straddles {
		if x.term == entry && x.start < e && x.end > s && (x.start < s || x.end > e) {
			return true
		}
	}
	return false
}

// dropStraddled removes the hits and cues that a straddle of their own entry
// crosses (WordEntry.Straddles).
func dropStraddled(hits []wordHit, cues []cueHit, straddles []termCand) ([]wordHit, []cueHit) {
	out := hits[:0]
	for _, h := range hits {
		if !straddled(h.entry, h.nstart, h.nend, straddles) {
			out = append(out, h)
		}
	}
	keep := cues[:0]
	for _, q := range cues {
		if !straddled(q.entry, q.nstart, q.nend, straddles) {
			keep = append(keep, q)
		}
	}
	return out, keep
}

// dropStraddledExceptions removes the exceptions that a straddle of their own
// entry crosses: 万能充 (the clip charger's name) is no exception inside 万能
// 充电线, a universal cable.
func (m *wordMatcher) dropStraddledExceptions(excs []termCand, straddles []termCand) []termCand {
	out := excs[:0]
	for _, x := range excs {
		if !straddled(m.info[x.term].entry, x.start, x.end, straddles) {
			out = append(out, x)
		}
	}
	return out
}

// matchTerms runs the automaton: candidates and exceptions of every rule
// (after the Latin/digit edge and clause checks), cue words, and which
// patterns are worth running (sc.runs: those a required literal of which
// occurs).
func (m *wordMatcher) matchTerms(n *normText, cues []cueHit, sc *matchScratch) (cands, excs []termCand, _ []cueHit) {
	cands, excs = sc.cands[:0], sc.excs[:0]
	sc.straddles = sc.straddles[:0]
	if cap(sc.triggered) < len(m.patterns) {
		sc.triggered = make([]bool, len(m.patterns))
	}
	triggered := sc.triggered[:len(m.patterns)]
	for _, pi := range sc.runs {
		triggered[pi] = false // the last reply's: clearing all 2000-odd cost more
	}
	sc.runs = sc.runs[:0]
	m.ac.find(n.norm, m.terms, func(t, s, e int) {
		ti := &m.info[t]
		if ti.trigger >= 0 {
			if !triggered[ti.trigger] {
				triggered[ti.trigger] = true
				sc.runs = append(sc.runs, ti.trigger)
			}
			return
		}
		if ti.straddle >= 0 {
			if !n.breakInside(s, e, nil) { // 做单，人 is no word 单人
				sc.straddles = append(sc.straddles, termCand{ti.straddle, s, e})
			}
			return
		}
		if ti.edgeStart != 0 {
			o := n.idx[s]
			if o > 0 && edgeKind(n.folded[o-1]) == ti.edgeStart {
				return
			}
			if o > 0 && isDigit(n.folded[o-1]) && (n.folded[o] == 'v' || n.folded[o] == 'V') {
				return // volts: 100V），我们 is no V我
			}
		}
		if ti.edgeEnd != 0 {
			o := n.idx[e-1] + 1
			if o < len(n.folded) && edgeKind(n.folded[o]) == ti.edgeEnd {
				return
			}
			if ti.edgeEnd == 'a' && o+1 < len(n.folded) && n.folded[o] == '-' && isDigit(n.folded[o+1]) {
				return // a model number: VX-200, QQ-3
			}
		}
		if ti.clause && n.breakInside(s, e, ti.brkOK) {
			return
		}
		if !ti.clause && ti.cue == "" && !ti.exception && n.wordsAcrossBreak(s, e, ti.brkOK) &&
			(ti.rule != RuleContact || !n.spacedInside(s, e)) {
			return // 放假，发货会晚两天 is no 假发货; lint v17: 在微 信上找我 is still 微信
		}
		if ti.cue != "" && n.breakInside(s, e, ti.brkOK) {
			return // lint v17: 不发，回头退你 holds no 发回 (a cue is written whole)
		}
		switch {
		case ti.cue != "":
			cues = append(cues, cueHit{rule: ti.rule, kind: ti.cue, kid: ti.kid, nstart: s, nend: e, entry: ti.entry})
		case ti.exception:
			excs = append(excs, termCand{t, s, e})
		default:
			cands = append(cands, termCand{t, s, e})
		}
	})
	sc.cands, sc.excs = cands, excs
	return cands, excs, cues
}

// matchPatterns runs the regexps whose required literals occurred. Clause
// rules' patterns run on a copy of norm with "，" where a clause break was
// dropped, so they can anchor on a clause's ends: (^|，)…(，|$).
func (m *wordMatcher) matchPatterns(n *normText, hits []wordHit, sc *matchScratch) []wordHit {
	sc.plain.built, sc.clauses.built, sc.sentences.built = false, false, false
	// Only the patterns that can run, in the order of m.patterns: looping
	// over all of them for every reply was 5 % of lint's CPU.
	sc.runs = append(sc.runs, m.unconditional...)
	slices.Sort(sc.runs)
	for _, pi := range sc.runs {
		p := &m.patterns[pi]
		pt := sc.text(n, p.marks)
		if len(pt.s) == 0 || !m.prefilter(pi).admits(pt.s, &pt.bloom) {
			continue
		}
		var locs [][]int
		if len(p.term) > 0 {
			locs = p.re.FindAllSubmatchIndex(pt.s, -1)
		} else {
			locs = p.re.FindAllIndex(pt.s, -1) // no submatches: the faster search
		}
		for _, loc := range locs {
			ns, ne, ok := pt.normSpan(loc[0], loc[1])
			if !ok {
				continue
			}
			if p.clause && n.breakInside(ns, ne, nil) {
				continue
			}
			// The finding is the term: a group named t, when the pattern
			// has one, leaves out the context around it ((^|[^隐自])私我:
			// not the character before 私).
			for _, g := range p.term {
				if loc[2*g] >= 0 {
					if ts, te, ok := pt.normSpan(loc[2*g], loc[2*g+1]); ok {
						ns, ne = ts, te
					}
					break
				}
			}
			s, e := n.span(ns, ne)
			hits = append(hits, wordHit{rule: p.rule, start: s, end: e, nstart: ns, nend: ne,
				what: string(n.norm[ns:ne]), suggest: p.suggest, guards: p.guards, weak: p.weak, outright: p.outright, entry: p.entry})
		}
	}
	return hits
}

// text is the string the patterns of marks run on (0, clauseBreak or
// sentenceBreak), built on its first use for this reply.
func (sc *matchScratch) text(n *normText, marks uint8) *patternText {
	pt := &sc.plain
	switch marks {
	case clauseBreak:
		pt = &sc.clauses
	case sentenceBreak:
		pt = &sc.sentences
	}
	if !pt.built {
		pt.build(n, marks)
	}
	return pt
}

// patternText is the string patterns run on, with the way back to norm.
type patternText struct {
	built  bool
	s      []byte
	bloom  runeBloom // the runes of s, for prefilters
	toNorm []int     // byte offset in s → norm index; -1 on a clause mark
}

// The marks patterns see where a break was dropped: both are three bytes.
const (
	clauseMark   = '，'
	sentenceMark = '。'
)

// build writes norm with a mark where a break of at least level was dropped
// (clauseBreak: "，" at every break; sentenceBreak: "。" where a sentence
// ends; 0: no marks).
func (pt *patternText) build(n *normText, level uint8) {
	pt.built = true
	pt.s, pt.toNorm = pt.s[:0], pt.toNorm[:0]
	mark := clauseMark
	if level == sentenceBreak {
		mark = sentenceMark
	}
	for i, r := range n.norm {
		if level != 0 && i > 0 && n.brk[i] >= level {
			k := len(pt.s)
			pt.s = utf8.AppendRune(pt.s, mark)
			for ; k < len(pt.s); k++ {
				pt.toNorm = append(pt.toNorm, -1)
			}
		}
		k := len(pt.s)
		pt.s = utf8.AppendRune(pt.s, r)
		for ; k < len(pt.s); k++ {
			pt.toNorm = append(pt.toNorm, i)
		}
	}
	pt.toNorm = append(pt.toNorm, len(n.norm))
	pt.bloom.reset(pt.s)
}

// normSpan maps a match [a, b) of s to norm [ns, ne), leaving out clause
// marks at its ends; ok is false when nothing is left.
func (pt *patternText) normSpan(a, b int) (ns, ne int, ok bool) {
	for a < b && pt.toNorm[a] < 0 {
		a += utf8.RuneLen(clauseMark)
	}
	for b > a && pt.toNorm[b-1] < 0 {
		b -= utf8.RuneLen(clauseMark)
	}
	if a >= b {
		return 0, 0, false
	}
	return pt.toNorm[a], pt.toNorm[b-1] + 1, true
}

// matchRaws finds the raw literals in the folded text (before punctuation
// and symbols are dropped): emoji, 旺旺 codes, team words with symbols.
func (m *wordMatcher) matchRaws(n *normText, hits []wordHit) []wordHit {
	if len(m.raws) == 0 || !m.rawFirst.has(n.folded) {
		return hits
	}
	folded := string(n.folded)
	for _, r := range m.raws {
		off, runeOff := 0, 0 // runeOff counts the runes of folded[:off]
		for {
			i := strings.Index(folded[off:], r.lit)
			if i < 0 {
				break
			}
			s := runeOff + runeCount(folded[off:off+i])
			h := wordHit{rule: r.rule, start: s, end: s + runeCount(r.lit), nstart: -1, nend: -1, what: r.orig, entry: -1, team: r.team}
			if r.exception {
				h.rule = "!" + r.rule
			}
			hits = append(hits, h)
			off += i + len(r.lit)
			runeOff = s + runeCount(r.lit)
		}
	}
	return hits
}

// dropExcepted removes the hits that an exception of their rule covers (最近
// is not 最): term exceptions in norm, raw exceptions (marked "!rule" by
// matchRaws) in the original text. maxEnd[i] is the furthest end of an
// exception starting at or before i: one sweep, linear in the reply.
func (m *wordMatcher) dropExcepted(n *normText, hits []wordHit, excs []termCand) []wordHit {
	var maxEnd map[string][]int
	var rawExc []wordHit
	for _, h := range hits {
		if strings.HasPrefix(h.rule, "!") {
			rawExc = append(rawExc, h)
		}
	}
	if len(excs)+len(rawExc) == 0 {
		return hits
	}
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
	out := hits[:0]
	for _, h := range hits {
		if strings.HasPrefix(h.rule, "!") {
			continue
		}
		if me := maxEnd[h.rule]; me != nil && h.nstart >= 0 && me[h.nstart] >= h.nend {
			continue
		}
		covered := false
		for _, x := range rawExc {
			if x.rule[1:] == h.rule && x.start <= h.start && x.end >= h.end {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, h)
		}
	}
	return out
}

func allLatin(rs []rune) bool {
	for _, r := range rs {
		if !isASCIILetter(r) {
			return false
		}
	}
	return len(rs) > 0
}

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

// dedupeHits merges overlapping and touching hits of the same rule into one
// (加微 and 微信 in 加微信; 不清楚 inside 你搞不清楚就别搞了; 私聊 and vx in
// 私聊vx), keeping the first hit's
// suggestion and guards; the merged hit is weak only when all of them are.
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
		if k, ok := last[a.rule]; ok && a.start <= out[k].end {
			out[k].weak = out[k].weak && a.weak // one strong hit makes the merged one strong
			out[k].mayBeHome = out[k].mayBeHome && a.mayBeHome
			out[k].offered = out[k].offered || a.offered
			out[k].outright = out[k].outright || a.outright
			out[k].account = out[k].account || a.account // lint v33: 加威：lr8868 — the ID makes the merged hit an account
			out[k].team = out[k].team || a.team          // a team's word in the span makes the finding the team's
			if a.end > out[k].end {
				out[k].end = a.end
				if a.nend > out[k].nend {
					out[k].nend = a.nend
				}
			}
			continue
		}
		last[a.rule] = len(out)
		out = append(out, a)
	}
	return out
}

// leadContextAsTerm (lint v14) returns expr with every top-level alternative
// that opens with a context group — (^|[^能许不会该])是你胖了, (^|，)你太胖了
// — rewritten so that the rest of it is a group named t: the finding then
// starts at 是, not at the character before it. Before, that character was
// part of the hit, so a guard that reads the rune right before the hit read
// the one before the context instead: 穿不下是你胖了 matched from 下, and
// 不 right before it made the hit "negated". A pattern that names its own t
// group, or has no such opening, is returned as it is.
func leadContextAsTerm(expr string) string {
	if strings.Contains(expr, "(?P<t>") {
		return expr
	}
	alts := splitTopLevel(expr)
	changed := false
	for i, a := range alts {
		if !strings.HasPrefix(a, "(^|") {
			continue
		}
		end := groupEnd(a)
		if end < 0 || end+1 >= len(a) {
			continue
		}
		alts[i] = a[:end+1] + "(?P<t>" + a[end+1:] + ")"
		changed = true
	}
	if !changed {
		return expr
	}
	return strings.Join(alts, "|")
}

// splitTopLevel splits a regular expression at the | that stand outside
// every group and character class.
func splitTopLevel(expr string) []string {
	var out []string
	start := 0
	walkRegexp(expr, func(i, depth int) bool {
		if expr[i] == '|' && depth == 0 {
			out = append(out, expr[start:i])
			start = i + 1
		}
		return true
	})
	return append(out, expr[start:])
}

// groupEnd returns the index of the ) that closes the group opening a, or -1.
func groupEnd(a string) int {
	end := -1
	walkRegexp(a, func(i, depth int) bool {
		if a[i] == ')' && depth == 0 {
			end = i
			return false
		}
		return true
	})
	return end
}

// walkRegexp calls visit with the index of every byte of expr outside a
// character class and not escaped, and the group depth after it, until
// visit returns false.
func walkRegexp(expr string, visit func(i, depth int) bool) {
	depth, class := 0, false
	for i := 0; i < len(expr); i++ {
		switch ch := expr[i]; {
		case ch == '\\':
			i++
			continue
		case class:
			class = ch != ']'
			continue
		case ch == '[':
			class = true
			continue
		case ch == '(':
			depth++
		case ch == ')':
			depth--
		}
		if !visit(i, depth) {
			return
		}
	}
}
