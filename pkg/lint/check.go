package lint

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/huashu-cli/huashu/internal/termsafe"
	"github.com/huashu-cli/huashu/pkg/phrase"
	"github.com/huashu-cli/huashu/pkg/render"
)

// checker lints one file at a time; it owns scratch buffers, so each worker
// has its own.
type checker struct {
	l     *Linter
	norm  normText
	hits  []wordHit
	runes []rune
}

func newChecker(l *Linter) *checker { return &checker{l: l} }

// textCtx is one reply (a text, a part, a variant's text or part) being
// checked, with the lazily built map from its runes to the file.
type textCtx struct {
	st    *fileState
	ph    *phrase.Phrase
	key   string
	value string
	loc   phrase.Loc
	has   bool
	runes int
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

// report adds a problem covering original runes [start, end).
func (c *checker) report(t *textCtx, rule string, start, end int, msg string, fix *Fix) {
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
		Severity: c.l.sev[rule], Rule: rule, Message: msg, Code: t.ph.Code, anchor: anchor, fix: fix})
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
	used := map[string]bool{}
	for _, ph := range pk.Phrases {
		c.campaign(st, ph)
		c.eachText(ph, func(key, value string) {
			t := &textCtx{st: st, ph: ph, key: key, value: value}
			t.loc, t.has = ph.Locs[key]
			c.text(t, pk, used)
		})
	}
	if c.l.on(RuleVarsUnused) {
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
	return st
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

// isInvisible is termsafe's Invisible class: what the picker shows as
// ⟨U+XXXX⟩ is what lint flags.
func isInvisible(r rune) bool { return termsafe.IsInvisible(r) }

// inEmojiTagSequence reports whether runes[i] is a tag character of an
// emoji tag sequence (the flags of England, Scotland, Wales: 🏴 then tags).
func inEmojiTagSequence(runes []rune, i int) bool {
	isTag := func(r rune) bool { return r >= 0xE0020 && r <= 0xE007F }
	return isTag(runes[i]) && i > 0 && (runes[i-1] == 0x1F3F4 || isTag(runes[i-1]))
}

func isStraySpace(r rune) bool {
	return r == ' ' || r == '\t' || r == 0x3000 || r == '\n' || r == '\r' || r == 0xA0
}

// particles are the modal particles whose doubling (嗯嗯, 哦哦) reads as
// careless; any Han character three times in a row is flagged too.
var particles = map[rune]bool{'嗯': true, '哦': true, '噢': true, '喔': true, '哈': true, '呵': true, '嘿': true,
	'嘻': true, '啊': true, '恩': true, '额': true, '呃': true, '唔': true}

var emailRE = regexp.MustCompile(`[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}`)

var linkRE = regexp.MustCompile(`(?:https?://)?(?:[a-z0-9-]+\.)+(?:com|cn|net|org|cc|top|vip|me|io|co|xyz|shop|link|info|biz|tv|site|club|hk|ly|gl|im)(?:[/?#][!-~]*)?`)

func (c *checker) text(t *textCtx, pk *phrase.Pack, used map[string]bool) {
	l := c.l
	v := t.value
	c.runes = c.runes[:0]
	for _, r := range v {
		c.runes = append(c.runes, r)
	}
	runes := c.runes
	t.runes = len(runes)

	// text/empty, text/one-char: count visible characters, up to two.
	visible := 0
	for _, r := range runes {
		if r >= 0x4E00 && r <= 0x9FFF || !unicode.IsSpace(r) && !unicode.IsPunct(r) && !isInvisible(r) && !unicode.IsControl(r) && !unicode.Is(unicode.Cf, r) {
			if visible++; visible > 1 {
				break
			}
		}
	}
	if strings.TrimFunc(v, func(r rune) bool { return unicode.IsSpace(r) || isInvisible(r) }) == "" {
		if l.on(RuleTextEmpty) {
			c.report(t, RuleTextEmpty, 0, 1, "回复是空的：买家会收到一条空消息", nil)
		}
		return
	}
	if visible == 1 && l.on(RuleTextOneChar) {
		c.report(t, RuleTextOneChar, 0, len(runes), fmt.Sprintf("一字回复 %q：培训要求不得使用一字回复，写成完整的一句话（如“在的，请问有什么可以帮您？”）", strings.TrimSpace(v)), nil)
	}
	// text/too-long
	if max := l.cfg.maxMessage(); len(runes) > max && l.on(RuleTextTooLong) {
		c.report(t, RuleTextTooLong, max, len(runes), fmt.Sprintf("一条消息有 %d 字，超过 %d 字：回答过长宜分次回答，改用 parts 拆成几条", len(runes), max), nil)
	}
	// text/control-char, text/invisible-char
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		switch {
		case r >= 0x4E00 && r < 0xE000:
			// CJK, Yi, Hangul syllables: nothing to check. From the private
			// use area up there are invisibles again (U+FEFF, U+FFA0, tags).
		case r != '\n' && unicode.IsControl(r) && l.on(RuleTextControl):
			c.report(t, RuleTextControl, i, i+1, fmt.Sprintf("控制字符 U+%04X：粘贴到聊天窗口会显示成乱码或被截断，删掉它", r), nil)
		case isInvisible(r) && l.on(RuleTextInvisible):
			if r == 0x200D && i > 0 && i+1 < len(runes) && (runes[i-1] > 0xFFFF || runes[i-1] == 0xFE0F) && runes[i+1] > 0xFFFF {
				continue // the joiner inside an emoji sequence (👨‍👩‍👧)
			}
			if inEmojiTagSequence(runes, i) {
				continue
			}
			j := i
			for j+1 < len(runes) && isInvisible(runes[j+1]) && runes[j+1] != 0x200D {
				j++
			}
			var names []string
			for _, x := range runes[i : j+1] {
				names = append(names, fmt.Sprintf("U+%04X", x))
			}
			fix := t.deleteFix(i, j+1)
			if fix != nil && j+1-i == len(runes) {
				fix = nil
			}
			c.report(t, RuleTextInvisible, i, j+1, fmt.Sprintf("看不见的字符 %s（零宽或双向控制）：会让关键词检查失效或让文字倒序显示，删掉它", strings.Join(names, " ")), fix)
			i = j
		}
	}
	// text/whitespace
	if l.on(RuleTextSpace) {
		end := len(runes)
		if (t.loc.Style == phrase.StyleLiteral || t.loc.Style == phrase.StyleFolded) && end > 0 && runes[end-1] == '\n' {
			end-- // the block scalar's own final line break
		}
		lead := 0
		for lead < end && isStraySpace(runes[lead]) {
			lead++
		}
		trail := end
		for trail > lead && isStraySpace(runes[trail-1]) {
			trail--
		}
		quoted := t.loc.Style == phrase.StyleSingleQuoted || t.loc.Style == phrase.StyleDoubleQuoted
		if lead > 0 {
			var fix *Fix
			if quoted {
				fix = t.deleteFix(0, lead)
			}
			c.report(t, RuleTextSpace, 0, lead, "回复开头有多余的空白，粘贴后买家会看到缩进", fix)
		}
		if trail < end {
			var fix *Fix
			if quoted {
				fix = t.deleteFix(trail, end)
			}
			c.report(t, RuleTextSpace, trail, end, "回复结尾有多余的空白", fix)
		}
	}
	// text/repeated-chars
	if l.on(RuleTextRepeated) {
		for i := 0; i < len(runes); {
			j := i + 1
			for j < len(runes) && runes[j] == runes[i] {
				j++
			}
			n := j - i
			if n >= 2 && (n >= 3 || particles[runes[i]]) && unicode.Is(unicode.Han, runes[i]) {
				c.report(t, RuleTextRepeated, i, j, fmt.Sprintf("叠字 %q：培训要求尽量避免叠字，显得敷衍", string(runes[i:j])), nil)
			}
			i = j
		}
	}
	// word lists, phone numbers, links
	c.norm.reset(v)
	c.hits = l.words.match(&c.norm, c.hits[:0])
	for _, h := range c.hits {
		if !l.on(h.rule) {
			continue
		}
		c.report(t, h.rule, h.start, h.end, wordMessage(h, string(runes[h.start:h.end])), nil)
	}
	if l.on(RulePhone) {
		c.phones(t)
	}
	if (l.on(RuleLink) || l.on(RuleContact)) && (strings.IndexByte(v, '.') >= 0 || strings.Contains(v, "．") || strings.Contains(v, "。com")) {
		c.links(t)
	}
	// service/first-person
	if l.on(RuleFirstPerson) {
		var wo []int
		for i, r := range runes {
			if r == '我' && (i+1 >= len(runes) || runes[i+1] != '们') {
				wo = append(wo, i)
			}
		}
		if max := l.cfg.firstPerson(); len(wo) > max {
			c.report(t, RuleFirstPerson, wo[max], wo[len(wo)-1]+1,
				fmt.Sprintf("一条消息里用了 %d 次“我”（上限 %d）：少用“我”，多用“您”“咱们”“请”", len(wo), max), nil)
		}
	}
	c.vars(t, pk, used)
}

func wordMessage(h wordHit, orig string) string {
	var s string
	switch h.rule {
	case RuleForbidden:
		s = fmt.Sprintf("服务禁语 %q：换成委婉、负责的说法（如“不好意思，这个我帮您确认一下”）", orig)
	case RuleDiscouraged:
		s = fmt.Sprintf("培训要求少用 %q", orig)
	case RulePushAway:
		s = fmt.Sprintf("把买家推给平台 %q：买家的问题由店铺负责解决，不要让买家去找平台", orig)
	case RuleSmile:
		s = fmt.Sprintf("微笑表情 %q：对客禁止发送微笑表情，买家会读成冷淡或嘲讽", orig)
	case RuleContact:
		s = fmt.Sprintf("站外联系方式或站外交易 %q：平台禁止引导买家离开平台，会被判违规", orig)
	case RuleCashback:
		s = fmt.Sprintf("好评返现/付费好评 %q：平台禁止以利益换好评", orig)
	case RuleFakeOrder:
		s = fmt.Sprintf("刷单/炒信 %q：违法，并违反平台规则", orig)
	case RuleAdLaw:
		s = fmt.Sprintf("《广告法》绝对化用语 %q：换成客观描述；确属合理用法时在 .huashu-lint.yaml 加例外", orig)
	default:
		s = fmt.Sprintf("%q 在团队词表里", orig)
	}
	if h.suggest != "" {
		s += "，建议说“" + h.suggest + "”"
	}
	return s
}

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

// phones finds mainland mobile numbers: 11 digits starting 1[3-9] with no
// digit on either side (an order number that contains 139… is not a phone
// number), optionally after +86/86. Spaces and dashes between digit groups
// are ignored because normalizing drops them.
func (c *checker) phones(t *textCtx) {
	n := &c.norm
	longRun := false // a run of 7+ digits: a fixed-line number is possible
	for i := 0; i < len(n.norm); {
		if !isDigit(n.norm[i]) {
			i++
			continue
		}
		j := i
		for j < len(n.norm) && isDigit(n.norm[j]) {
			j++
		}
		longRun = longRun || j-i >= 7
		s := i
		if j-i == 13 && n.norm[i] == '8' && n.norm[i+1] == '6' {
			s = i + 2
		}
		if j-s == 11 && n.norm[s] == '1' && n.norm[s+1] >= '3' && n.norm[s+1] <= '9' {
			a, b := n.span(i, j)
			c.report(t, RulePhone, a, b, fmt.Sprintf("手机号码 %s：平台禁止发送站外联系方式", string(n.norm[i:j])), nil)
		}
		i = j
	}
	if longRun {
		c.landlines(t)
	}
}

// landlineRE finds fixed-line numbers as written: an area code 0xx/0xxx
// (optionally in brackets) and a 7–8 digit local number, or a
// 400/800 service number, with - or a space between groups. Group 1 is the
// number; the character before it (group 0's first) must not be a digit or
// a letter, checked with the one after in landlines.
var landlineRE = regexp.MustCompile(`(?:^|[^0-9a-z])(\(?0[1-9][0-9]{1,2}\)?[- ]?[1-9][0-9]{6,7}|[48]00[- ]?[0-9]{3}[- ]?[0-9]{4})`)

// landlines finds fixed-line and 400/800 numbers (021-12345678,
// 400-123-4567) with digit edges: an order number with the same digits
// inside a longer run of digits is not one.
func (c *checker) landlines(t *textCtx) {
	folded := string(c.norm.folded)
	ri := runeIndex{s: folded}
	for _, loc := range landlineRE.FindAllStringSubmatchIndex(folded, -1) {
		s, e := loc[2], loc[3]
		if e < len(folded) && (isDigit(rune(folded[e])) || isASCIILetter(rune(folded[e]))) {
			continue
		}
		if e+1 < len(folded) && folded[e] == '-' && isDigit(rune(folded[e+1])) {
			continue // 021-12345678-9: part of a longer code
		}
		a := ri.at(s)
		num := folded[s:e]
		c.report(t, RulePhone, a, a+runeCount(num), fmt.Sprintf("固定电话/客服热线 %s：平台禁止发送站外联系方式", num), nil)
	}
}

// links finds URLs and bare domains outside the platforms.
func (c *checker) links(t *textCtx) {
	folded := string(c.norm.folded)
	folded = strings.ReplaceAll(folded, "。com", ".com") // a full stop typed by an IME
	if c.l.on(RuleContact) && strings.IndexByte(folded, '@') >= 0 {
		ri := runeIndex{s: folded}
		for _, loc := range emailRE.FindAllStringIndex(folded, -1) {
			a := ri.at(loc[0])
			c.report(t, RuleContact, a, a+runeCount(folded[loc[0]:loc[1]]),
				fmt.Sprintf("邮箱地址 %s：站外联系方式，平台禁止引导买家离开平台", folded[loc[0]:loc[1]]), nil)
		}
	}
	ri := runeIndex{s: folded}
	for _, loc := range linkRE.FindAllStringIndex(folded, -1) {
		if loc[0] > 0 {
			prev := folded[loc[0]-1]
			if prev == '.' || prev == '@' || isASCIILetter(rune(prev)) || isDigit(rune(prev)) {
				continue
			}
		}
		u := folded[loc[0]:loc[1]]
		host := u
		if i := strings.Index(host, "://"); i >= 0 {
			host = host[i+3:]
		}
		if i := strings.IndexAny(host, "/?#"); i >= 0 {
			host = host[:i]
		}
		if c.l.allowedHost(host) || !c.l.on(RuleLink) {
			continue
		}
		a := ri.at(loc[0])
		b := a + runeCount(u)
		c.report(t, RuleLink, a, b, fmt.Sprintf("站外链接 %s：只能发平台内的链接（商品、店铺、订单页）", u), nil)
	}
}

func (l *Linter) allowedHost(host string) bool {
	for _, d := range l.domains {
		if host == d || strings.HasSuffix(host, "."+d) {
			return true
		}
	}
	return false
}

// vars checks placeholders: malformed ones, and names one edit away from a
// declared pack var.
func (c *checker) vars(t *textCtx, pk *phrase.Pack, used map[string]bool) {
	v := t.value
	if !strings.Contains(v, "{{") && !strings.Contains(v, "}}") {
		return
	}
	phs := render.Placeholders(v)
	ri := runeIndex{s: v}
	covered := make([]bool, len(v)+1)
	for _, p := range phs {
		used[p.Name] = true
		for i := p.Start; i < p.End && i < len(covered); i++ {
			covered[i] = true
		}
		if _, ok := pk.Vars[p.Name]; ok || c.l.builtins[p.Name] || !c.l.on(RuleVarsTypo) {
			continue
		}
		names := make([]string, 0, len(pk.Vars))
		for k := range pk.Vars {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, k := range names {
			if editDistance1(p.Name, k) {
				a := ri.at(p.Start)
				c.report(t, RuleVarsTypo, a, a+runeCount(v[p.Start:p.End]),
					fmt.Sprintf("占位符 {{%s}} 和包里定义的变量 %q 只差一个字：多半是写错了", p.Name, k), nil)
				break
			}
		}
	}
	if !c.l.on(RuleVarsMalformed) {
		return
	}
	ri = runeIndex{s: v}
	closeAt := -2 // byte offset of the next "}}"; -1 none, -2 not looked for yet
	for i := 0; i+1 < len(v); i++ {
		if covered[i] {
			continue
		}
		if v[i] == '{' && v[i+1] == '{' {
			j := i
			for j < len(v) && v[j] == '{' && !covered[j] {
				j++
			}
			rest := v[j:]
			if closeAt != -1 && closeAt < j { // the next "}}", found once per stretch: linear overall
				if k := strings.Index(rest, "}}"); k >= 0 {
					closeAt = j + k
				} else {
					closeAt = -1
				}
			}
			end := -1
			if closeAt >= 0 {
				end = closeAt - j
			}
			msg := "占位符没有闭合：缺少 }}"
			span := len(v) - i
			if nl := strings.IndexAny(rest, "\n{"); nl >= 0 && (end < 0 || nl < end) {
				span = j - i + nl
			}
			if end >= 0 && !strings.ContainsAny(rest[:end], "\n{") {
				name := rest[:end]
				if k := strings.IndexByte(name, '|'); k >= 0 {
					name = name[:k]
				}
				msg = "占位符的变量名是空的"
				if strings.TrimSpace(name) != "" {
					msg = "占位符写法不对（变量名里不能有 { } | 或换行）"
				}
				span = j - i + end + 2
			}
			a := ri.at(i)
			c.report(t, RuleVarsMalformed, a, a+runeCount(v[i:i+span]), msg+"；写成 {{变量名}} 或 {{变量名|默认值}}", nil)
			i += span - 1
			continue
		}
		if v[i] == '}' && v[i+1] == '}' {
			a := ri.at(i)
			c.report(t, RuleVarsMalformed, a, a+2, "多余的 }}：前面没有对应的 {{", nil)
			i++
		}
	}
}

// editDistance1 reports whether a and b differ by exactly one substitution,
// insertion or deletion of a rune.
func editDistance1(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	switch len(ra) - len(rb) {
	case 0:
		d := 0
		for i := range ra {
			if ra[i] != rb[i] {
				d++
			}
		}
		return d == 1
	case 1:
		i, j, skipped := 0, 0, false
		for i < len(ra) && j < len(rb) {
			if ra[i] == rb[j] {
				i++
				j++
				continue
			}
			if skipped {
				return false
			}
			skipped = true
			i++
		}
		return true
	}
	return false
}
