package lint

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/huashu-cli/huashu/pkg/lint/internal/infer"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// checker lints one file at a time; it owns scratch buffers, so each worker
// has its own.
type checker struct {
	l    *Linter
	norm normText
	hits []wordHit // word-list hits of every rule in the current reply
	cues []cueHit  // cue words in the current reply
	// cueIdx is cues by rule and kind (cueHit.kid), sorted by start, and
	// touched the kinds the current reply has (cues.go).
	cueIdx  [][]cueHit
	touched []int
	cmp     comparison // rule_compliance.go: optionComparison's cache
	named   struct {   // guard.go: namedQuotes, once per reply
		ready bool
		qs    []cueHit
	}
	denySent struct { // rule_compliance.go: deniesReward, per sentence
		ready bool
		start int
		all   bool
	}
	qa struct { // guard.go: qaQuestions, once per reply
		ready bool
		qs    [][2]int
	}
	reach    shopReachIndex // guard.go: reachesShopAfter, once per reply
	overflow []hitOverflow  // capHits: the rules with more hits or cues than it judges in this reply
	shape    struct {       // reading.go, once per reply
		actsReady  bool
		lastAct    int // where the last clause in which the shop acts starts; -1 none
		reachReady bool
		reachesYou bool   // the reply reaches the buyer somewhere (appAsSoftware)
		echo       [2]int // echoedQuote's span, found before the word lists run
		echoed     bool
	}
	digitRuns   []digitRun // rule_contact.go: spokenMobiles' scratch
	tilde       int8       // rule_tone.go: 1 the reply has ～, -1 it has not, 0 not looked yet
	runes       []rune
	sc          matchScratch
	textFrom    int           // len(problems) when the current reply's checks began (rule_inferred.go)
	infer       infer.Scratch // rule_inferred.go
	inferScores []float64     // rule_inferred.go: infer.ScoreAll's, per Spec
	inferRunes  []rune        // rule_inferred.go: the reply as the models read it
	sent        struct {      // rule_inferred.go: sentenceScore, once per sentence
		ready      bool
		start, end int
		text       []byte
		scores     []float64
	}
}

func newChecker(l *Linter) *checker { return &checker{l: l} }

// textCtx is one reply (a text, a part, a variant's text or part) being
// checked, with the lazily built map from its runes to the file.
type textCtx struct {
	st    *fileState
	ph    *phrase.Phrase
	pk    *phrase.Pack
	used  map[string]bool // pack vars some placeholder names
	key   string
	field string // not a reply: what an agent reads (标题, 标签…), for messages
	value string
	rs    []rune // value's runes
	loc   phrase.Loc
	has   bool
	pmap  []srcPos
}

func (t *textCtx) pos(i int) srcPos {
	if !t.has {
		return srcPos{line: t.ph.Line, col: t.ph.Column, off: -1}
	}
	if t.pmap == nil {
		t.pmap = scalarMap(t.st.src, t.loc, t.value)
	}
	if len(t.pmap) == 0 {
		return srcPos{line: t.loc.Line, col: t.loc.Column, off: -1}
	}
	if i >= len(t.pmap) {
		i = len(t.pmap) - 1
	}
	if i < 0 {
		i = 0
	}
	return t.pmap[i]
}

// report adds a problem covering original runes [start, end) at the rule's
// severity.
func (c *checker) report(t *textCtx, rule string, start, end int, msg string, fix *Fix) {
	c.reportAt(t, rule, c.l.sev[rule], start, end, msg, fix)
}

// reportAt adds a problem at severity sev.
func (c *checker) reportAt(t *textCtx, rule string, sev Severity, start, end int, msg string, fix *Fix) {
	if end <= start {
		end = start + 1
	}
	a, b := t.pos(start), t.pos(end-1)
	line, col := a.line, a.col
	if line == 0 {
		line, col = 1, 1
	}
	el, ec := b.line, b.col
	if el < line || (el == line && ec < col) {
		el, ec = line, col
	}
	anchor := line
	if t.has {
		anchor = t.loc.Line
	}
	t.st.problems = append(t.st.problems, &Problem{File: t.st.in.File, Line: line, Column: col, EndLine: el, EndColumn: ec,
		Severity: sev, Rule: rule, Message: msg, Code: t.ph.Code, anchor: anchor, fix: fix})
}

// deleteFix removes runes [start, end) from the file when every one of them
// is written as itself; nil otherwise.
func (t *textCtx) deleteFix(start, end int) *Fix {
	if !t.has {
		return nil
	}
	var edits []Edit
	for i := start; i < end; i++ {
		p := t.pos(i)
		if !p.literal || p.off < 0 {
			return nil
		}
		if n := len(edits); n > 0 && edits[n-1].End == p.off {
			edits[n-1].End += p.size
			continue
		}
		edits = append(edits, Edit{Start: p.off, End: p.off + p.size})
	}
	return &Fix{Edits: edits}
}

func (c *checker) file(in Input) *fileState {
	st := &fileState{in: in, src: newSrcFile(in.File, in.Data)}
	pk, errs := (*phrase.Pack)(nil), in.Unread
	if len(in.Unread) == 0 {
		pk, errs = c.l.parse(in.File, in.Data)
	}
	st.pk = pk
	for _, e := range errs {
		rule := e.Rule
		if _, ok := ruleIndex[rule]; !ok {
			rule = RuleSyntax
		}
		if !c.l.on(rule) {
			continue
		}
		line, col := e.Line, e.Column
		if line == 0 {
			line, col = 1, 1
		}
		if col == 0 {
			col = 1
		}
		st.problems = append(st.problems, &Problem{File: in.File, Line: line, Column: col, EndLine: line, EndColumn: col,
			Severity: c.l.sev[rule], Rule: rule, Message: e.Msg, anchor: line})
	}
	st.supps = parseSuppressions(in.Data)
	if pk == nil {
		return st
	}
	c.fieldChars(st, pk)
	used := map[string]bool{}
	for _, ph := range pk.Phrases {
		c.campaign(st, ph)
		c.ask(st, ph)
		c.eachText(ph, func(key, value string) {
			t := &textCtx{st: st, ph: ph, pk: pk, used: used, key: key, value: value}
			t.loc, t.has = ph.Locs[key]
			c.text(t)
		})
	}
	if c.l.on(RuleVarsUnused) {
		c.unusedVars(st, pk, used)
	}
	return st
}

// unusedVars reports the pack vars no placeholder uses (vars/unused).
func (c *checker) unusedVars(st *fileState, pk *phrase.Pack, used map[string]bool) {
	in := st.in
	{
		names := make([]string, 0, len(pk.Vars))
		for k := range pk.Vars {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, k := range names {
			if used[k] {
				continue
			}
			loc := pk.VarLocs[k]
			line, col := loc.Line, loc.Column
			if line == 0 {
				line, col = 1, 1
			}
			end := col
			if loc.Style == phrase.StylePlain && !strings.ContainsAny(pk.Vars[k], "\n") && pk.Vars[k] != "" {
				end = col + runeCount(pk.Vars[k]) - 1 // the value, as written
			}
			st.problems = append(st.problems, &Problem{File: in.File, Line: line, Column: col, EndLine: line, EndColumn: end,
				Severity: c.l.sev[RuleVarsUnused], Rule: RuleVarsUnused, anchor: line,
				Message: fmt.Sprintf("变量 %q 在包里定义了，但没有话术用 {{%s}}；删掉它，或检查占位符是否写错", k, k)})
		}
	}
}

// eachText calls fn for every reply of the phrase with its Locs key.
func (c *checker) eachText(ph *phrase.Phrase, fn func(key, value string)) {
	body := func(prefix string, b phrase.Body) {
		if len(b.Parts) > 0 {
			for i, p := range b.Parts {
				fn(fmt.Sprintf("%sparts[%d]", prefix, i), p)
			}
			return
		}
		fn(prefix+"text", b.Text)
	}
	body("", ph.Body)
	for _, p := range phrase.Platforms {
		if v, ok := ph.Variants[p]; ok {
			prefix := "platform." + string(p) + "."
			if _, ok := ph.Locs["platform."+string(p)+".text"]; !ok && len(v.Parts) == 0 {
				// "platform: {tmall: 文本}" — the variant's value is the text itself.
				if _, ok := ph.Locs["platform."+string(p)]; ok {
					fn("platform."+string(p), v.Text)
					continue
				}
			}
			body(prefix, v)
		}
	}
}

func (c *checker) campaign(st *fileState, ph *phrase.Phrase) {
	w := ph.Valid
	if w == nil {
		return
	}
	const layout = "2006-01-02 15:04"
	switch {
	case w.From != nil && w.Until != nil && w.From.After(*w.Until):
		if c.l.on(RuleInvalidWindow) {
			st.problems = append(st.problems, c.l.phraseProblem(st, ph, "valid", RuleInvalidWindow,
				fmt.Sprintf("有效期开始 %s 晚于结束 %s，这条话术永远不会显示", w.From.Format(layout), w.Until.Format(layout))))
		}
	case w.Until != nil && c.l.now.After(*w.Until):
		if c.l.on(RuleExpired) {
			st.problems = append(st.problems, c.l.phraseProblem(st, ph, "valid", RuleExpired,
				fmt.Sprintf("活动已于 %s 结束；删掉这条话术或更新有效期", w.Until.Format(layout))))
		}
	case w.From != nil && c.l.now.Before(*w.From):
		if c.l.on(RuleNotYetValid) {
			st.problems = append(st.problems, c.l.phraseProblem(st, ph, "valid", RuleNotYetValid,
				fmt.Sprintf("活动 %s 才开始，在此之前选择器里不显示", w.From.Format(layout))))
		}
	}
}

// text runs every rule on one reply. The reply is normalized and matched
// against every word list once; then each rule's check (rule_*.go) reads
// what it needs.
func (c *checker) text(t *textCtx) {
	l := c.l
	c.runes = c.runes[:0]
	for _, r := range t.value {
		c.runes = append(c.runes, r)
	}
	t.rs = c.runes
	markUsedVars(t)
	if isBlank(t.value) {
		// Nothing to say: text/empty says so. A reply of Hangul fillers or
		// invisible operators is made to look like it has content, so
		// text/invisible-char names them too.
		if l.on(RuleTextEmpty) {
			checkTextEmpty(c, t)
		}
		if l.on(RuleTextInvisible) && strings.ContainsFunc(t.value, looksLikeContent) {
			checkTextInvisible(c, t)
		}
		return
	}
	c.norm.reset(t.value)
	c.shape.echo, c.shape.echoed = c.echoedQuote()
	if q := c.shape.echo; c.shape.echoed && q[1] < len(c.norm.brk) && c.norm.brk[q[1]] == 0 {
		// lint v34: the buyer's message echoed in quotes ends a clause where
		// the answer starts (「还能便宜点不」闲鱼上搜…: the 不 is the buyer's,
		// no refusal of what follows).
		c.norm.brk[q[1]] = clauseBreak
	}
	c.hits, c.cues = l.words.match(&c.norm, c.hits[:0], c.cues[:0], &c.sc)
	c.capHits()
	c.indexCues()
	c.cmp, c.tilde, c.named.ready, c.denySent.ready, c.sent.ready, c.qa.ready = comparison{}, 0, false, false, false, false
	c.shape.actsReady, c.shape.reachReady, c.reach.ready = false, false, false
	c.textFrom = len(t.st.problems)
	for i := range allRules {
		r := &allRules[i]
		if r.check != nil && r.ID != RuleTextEmpty && l.on(r.ID) {
			r.check(c, t)
		}
	}
	c.inferred(t)
	c.teamWords(t)
	c.reportOverflow(t)
}

// hitCap is how many word-list hits of one rule one reply is judged on,
// and cueCap how many cue words of one kind (a review word, a reward, a
// guard's device word) it reads. Guards and readings look around each hit
// (its clause, its sentence, the rest of the reply) and the paired rules
// pair cues, so a reply of one word repeated thousands of times
// (二维码二维码…, qq里qq里…: a hostile pack) cost lint seconds to minutes.
// No reply of the corpus or the red-team sets has more than 14 hits of one
// rule or 16 cues of one kind; past the caps the reply is not a reply, and
// lint says so.
const (
	hitCap = 64
	cueCap = 256
)

// hitOverflow is a rule whose hits (or cues) passed their cap in the
// current reply.
type hitOverflow struct {
	rule       string
	start, end int // the first hit or cue not judged, original rune indexes
	count, cap int
}

// capHits keeps the first hitCap hits of each rule and the first cueCap
// cues of each kind (in match order), and notes the rules that had more,
// for reportOverflow. Guard cues past the cap are dropped unreported: a
// guard only spares a hit, so reading fewer of them reports more.
func (c *checker) capHits() {
	c.overflow = c.overflow[:0]
	if len(c.hits) > hitCap {
		count := map[string]int{}
		c.hits = slices.DeleteFunc(c.hits, func(h wordHit) bool {
			count[h.rule]++
			if count[h.rule] == hitCap+1 {
				c.overflow = append(c.overflow, hitOverflow{rule: h.rule, start: h.start, end: h.end, cap: hitCap})
			}
			return count[h.rule] > hitCap
		})
		for i := range c.overflow {
			c.overflow[i].count = count[c.overflow[i].rule]
		}
	}
	if len(c.cues) > cueCap {
		count := map[int]int{}   // by cueHit.kid, one number per (rule, kind)
		most := map[string]int{} // per rule, the most cues of one of its kinds past cueCap
		c.cues = slices.DeleteFunc(c.cues, func(q cueHit) bool {
			count[q.kid]++
			n := count[q.kid]
			if n > cueCap && q.rule != guardList {
				if most[q.rule] == 0 && !slices.ContainsFunc(c.overflow, func(o hitOverflow) bool { return o.rule == q.rule }) {
					s, e := c.norm.span(q.nstart, q.nend)
					c.overflow = append(c.overflow, hitOverflow{rule: q.rule, start: s, end: e, cap: cueCap})
				}
				most[q.rule] = max(most[q.rule], n)
			}
			return n > cueCap
		})
		for i := range c.overflow {
			if c.overflow[i].cap == cueCap {
				c.overflow[i].count = most[c.overflow[i].rule]
			}
		}
	}
}

// reportOverflow fails closed: the hits past hitCap are not judged one by
// one, so the rule is reported on the reply at its own severity — a word
// hidden after a hundred harmless ones is not let through.
func (c *checker) reportOverflow(t *textCtx) {
	for _, o := range c.overflow {
		if c.l.on(o.rule) {
			c.report(t, o.rule, o.start, o.end, fmt.Sprintf("这条回复命中本规则的词 %d 处，超过 %d 处：只逐一判断了前 %d 处，其余不再判断、一并报出；真实回复不会这样写，删掉重复或拆成几条", o.count, o.cap, o.cap), nil)
		}
	}
}

// wordRules are the rules whose check reads word-list hits.
var wordRules = map[string]bool{RuleForbidden: true, RuleDiscouraged: true, RulePushAway: true, RuleSmile: true,
	RuleContact: true, RuleCashback: true, RuleFakeOrder: true, RuleAdLaw: true, RuleMedical: true}

// teamWords reports the words a team added in .huashu-lint.yaml to a rule
// that has no word list of its own (text/one-char: [在]).
func (c *checker) teamWords(t *textCtx) {
	for i := range c.hits {
		h := &c.hits[i]
		if wordRules[h.rule] || !c.l.on(h.rule) || c.guarded(h) {
			continue
		}
		c.report(t, h.rule, h.start, h.end, fmt.Sprintf("%q 在团队词表里", string(t.rs[h.start:h.end])), nil)
	}
}

// isBlank reports a reply with nothing visible in it.
func isBlank(v string) bool {
	for _, r := range v {
		if !unicode.IsSpace(r) && !isInvisible(r) {
			return false
		}
	}
	return true
}

// reportHits reports word-list hits with the rule's message. A weak hit
// (WordEntry.Weak: inferred from a sentence's shape, no telltale word) is
// reported at most as a warning, and says so. A hit whose sentence the
// rule's model reads as plainly clean is not reported at all
// (modelDismisses), and one whose sentence it doubts only as a warning
// (modelDoubts) — never an account, an ID given after an excuse or a team's
// own word. The readings of the reply's shape (reading.go: the shop acting
// later, words in someone else's quotes, a blame denied, an app named as
// software) lower an error to a warning too.
func (c *checker) reportHits(t *textCtx, rule string, hits []wordHit, msg func(orig string) string) {
	for _, h := range hits {
		if h.modelsMayJudge() && c.modelDismisses(rule, h) {
			continue
		}
		s := msg(string(t.rs[h.start:h.end]))
		if h.suggest != "" {
			s += "，建议说“" + h.suggest + "”"
		}
		sev := c.l.sev[rule]
		switch {
		case h.weak && sev > Warning:
			sev = Warning
			s += "（按句式推断，报为警告）"
		case h.mayBeHome && sev > Warning:
			sev = Warning
			s += "（没有配置 platform，店铺可能就开在这个平台，报为警告；在 .huashu-lint.yaml 写上 platform 就按站外报）"
		case takenOnRules[rule] && sev > Warning && !h.team && (c.takenOnAfter(h) || c.shopActsLater(h)):
			sev = Warning
			s += "（后面店铺把事情接了过来，报为警告）"
		case sev > Warning && !h.team && !h.offered && !h.account && c.othersWords(h):
			sev = Warning
			s += "（在引号里，是别人的话，报为警告）"
		case rule == RuleForbidden && sev > Warning && !h.team && c.blameDenied(h):
			sev = Warning
			s += "（前面是“不是”，说的是不怪买家，报为警告）"
		case rule == RuleContact && sev > Warning && !h.team && !h.offered && !h.account && c.appAsSoftware(h):
			sev = Warning
			s += "（说的像是设备上装的软件，没有引导联系，报为警告）"
		case hedgedRules[rule] && sev > Warning && !h.offered && c.negatedClause(h):
			sev = Warning
			s += "（同一分句里有否定，可能是没认出的拒绝，报为警告）"
		case sev > Warning && h.modelsMayJudge() && c.modelDoubts(rule, h):
			sev = Warning
			s += "（整句读来不像违规，报为警告）"
		}
		c.reportAt(t, rule, sev, h.start, h.end, s, nil)
	}
}

// takenOnRules are the service rules whose errors a later "I'll handle it"
// makes uncertain (takenOnAfter).
var takenOnRules = map[string]bool{RuleForbidden: true, RulePushAway: true}

// takenOnAfter (lint v33, after red teams 1098-1145): later in the reply the
// shop takes the case on itself (guards.yaml takes-on: 我来处理, 找我们就行,
// 在这里问我…), not denied: 您问京东客服，他们让您找店铺，对的，安装就是我们
// 负责，我来处理; 不归我们管的事我们也帮您问. A brush-off or a push followed
// by the shop's own help is as often a correct split of duties as a
// brush-off, and the word lists cannot tell them apart: such a hit is still
// reported, as a warning, because an error fails a shop's CI.
func (c *checker) takenOnAfter(h wordHit) bool {
	if h.nend < 0 {
		return false
	}
	n := c.norm.norm
	for _, q := range c.cuesIn(guardList, "takes-on", h.nend, len(n)) {
		if !c.denied(q) && (q.nend >= len(n) || n[q.nend] != '不') { // 我来处理不了 refuses
			return true
		}
	}
	return false
}

// hedgedRules are the rules whose hits a refusal word in their clause makes
// uncertain (negatedClause).
var hedgedRules = map[string]bool{RuleContact: true, RuleCashback: true}

// negatedClause (lint v11) reports, in the hit's clause outside the hit, a
// negation right before a verb of permitting, offering or doing (不让, 弗让,
// 唔允许, 不建议, 不方便, 不卖, 没开通, 不行…) or 无关/没关系: 加微信我这边不
// 方便, 赠品和评价无关, 平台弗让加微信 are refusals in words the guards do not
// know. Such a hit is still reported, as a warning: an error fails a shop's
// CI, and it should only come where lint is sure. 不用走平台 and 不想走平台的话
// negate no permission and stay errors; 私下交易不会被发现 is a warning.
func (c *checker) negatedClause(h wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	n := c.norm.norm
	s, e := c.clauseStart(h.nstart), c.clauseEnd(h.nend)
	for k := s; k+1 < e; k++ {
		if k >= h.nstart && k < h.nend || k+1 >= h.nstart && k+1 < h.nend {
			continue
		}
		switch {
		case strings.ContainsRune("不弗唔勿别莫没冇", n[k]) && strings.ContainsRune(permitVerbs, n[k+1]):
			return true
		case n[k+1] == '关' && (n[k] == '无' || n[k] == '没' && k+2 < e && n[k+2] == '系'):
			return true
		}
	}
	return false
}

// permitVerbs start the verbs a refusal negates (negatedClause): 让, 准, 许,
// 允(许), 能, 可(以), 建(议), 方(便), 支(持), 提(供), 卖, 做, 搞, 弄, 开(通),
// 接(受), 收, 行, 得, 会, 敢, 给, 俾, 畀 (lint v12: Cantonese 唔畀私下加), 有, (方)便.
const permitVerbs = "让准许允能可建方便支提卖做搞弄开接收行得会敢给俾畀有"

// runeIndex converts byte offsets of s to rune offsets in amortized O(1):
// calls must come with non-decreasing offsets.
type runeIndex struct {
	s       string
	byteOff int
	runeOff int
}

func (ri *runeIndex) at(b int) int {
	if b < ri.byteOff { // out of order: count from the start
		ri.byteOff, ri.runeOff = 0, 0
	}
	ri.runeOff += runeCount(ri.s[ri.byteOff:b])
	ri.byteOff = b
	return ri.runeOff
}
