package lint

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/huashu-cli/huashu/internal/termsafe"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// text/*: the shape of a reply — empty, one character, too long, characters
// that do not belong in a chat message, stray whitespace, 叠字.

var textEmptyRule = Rule{ID: RuleTextEmpty, Severity: Error, Summary: "回复为空", check: checkTextEmpty}

func checkTextEmpty(c *checker, t *textCtx) {
	c.report(t, RuleTextEmpty, 0, 1, "回复是空的：买家会收到一条空消息", nil)
}

var textOneCharRule = Rule{ID: RuleTextOneChar, Severity: Error,
	Summary: "一字回复、只有标点、波浪号或表情的回复（不得使用一字回复）", check: checkTextOneChar}

// checkTextOneChar counts the characters that say something: letters,
// digits, Han, emoji. Punctuation says nothing, and neither does a tilde
// added to soften a one-character reply (好~, 嗯～～).
func checkTextOneChar(c *checker, t *textCtx) {
	words, wordy := 0, false
	for _, r := range t.rs {
		if saysSomething(r) {
			words++
			wordy = wordy || unicode.IsLetter(r) || unicode.IsDigit(r)
		}
	}
	v := strings.TrimSpace(t.value)
	if words > 1 {
		// Lint v21 (after red teams 546-561): a reply of emoji alone
		// (👍👍, 💅💅💅) answers nothing, however many there are.
		if !wordy {
			c.report(t, RuleTextOneChar, 0, len(t.rs), fmt.Sprintf("回复只有表情 %q：买家看不出意思，写成完整的一句话", v), nil)
		}
		return
	}
	if words == 1 {
		c.report(t, RuleTextOneChar, 0, len(t.rs), fmt.Sprintf("一字回复 %q：培训要求不得使用一字回复，写成完整的一句话（如“在的，请问有什么可以帮您？”）", v), nil)
		return
	}
	c.report(t, RuleTextOneChar, 0, len(t.rs), fmt.Sprintf("回复只有标点 %q：买家看不出意思，写成完整的一句话", v), nil)
}

// saysSomething reports the runes that carry meaning in a reply.
func saysSomething(r rune) bool {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF:
		return true
	case isTilde(r), isInvisible(r), isFiller(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsControl(r),
		unicode.Is(unicode.Cf, r), unicode.Is(unicode.Mn, r), unicode.Is(unicode.Sk, r), isVariation(r):
		return false
	}
	return true
}

func isTilde(r rune) bool {
	switch r {
	case '~', '～', '〜', '∼', '˜', '〰', '∽':
		return true
	}
	return false
}

var textTooLongRule = Rule{ID: RuleTextTooLong, Severity: Warning, Summary: "一条消息太长，应拆成 parts 分次回答", check: checkTextTooLong}

func checkTextTooLong(c *checker, t *textCtx) {
	if max := c.l.cfg.maxMessage(); len(t.rs) > max {
		c.report(t, RuleTextTooLong, max, len(t.rs), fmt.Sprintf("一条消息有 %d 字，超过 %d 字：回答过长宜分次回答，改用 parts 拆成几条", len(t.rs), max), nil)
	}
}

var textControlRule = Rule{ID: RuleTextControl, Severity: Error, Summary: "回复里有控制字符", check: checkTextControl}

func checkTextControl(c *checker, t *textCtx) {
	for i, r := range t.rs {
		if r < 0x4E00 && r != '\n' && termsafe.Classify(r) == termsafe.Control {
			msg := fmt.Sprintf("控制字符 U+%04X：粘贴到聊天窗口会显示成乱码或被截断，删掉它", r)
			if t.field != "" {
				msg = fmt.Sprintf("%s里有控制字符 U+%04X：在选择器、列表和终端里会显示成乱码，甚至被终端当成指令执行，删掉它", t.field, r)
			}
			c.report(t, RuleTextControl, i, i+1, msg, nil)
		}
	}
}

var textInvisibleRule = Rule{ID: RuleTextInvisible, Severity: Error, Fixable: true,
	Summary: "回复里有零宽、双向控制、不可见运算符或韩文填充字符", check: checkTextInvisible}

// isInvisible reports the characters that draw nothing but change what a
// filter or the buyer sees: termsafe's Invisible class, the very characters
// the picker, list and search show as ⟨U+XXXX⟩ (zero-width characters, bidi
// controls, the invisible operators U+2061–U+2064, the Hangul fillers, the
// blank Braille pattern, line separators, private use…).
func isInvisible(r rune) bool { return termsafe.IsInvisible(r) }

// inEmojiTagSequence reports whether runes[i] is a tag character of an
// emoji tag sequence (the flags of England, Scotland, Wales: 🏴 then tags).
func inEmojiTagSequence(runes []rune, i int) bool {
	isTag := func(r rune) bool { return r >= 0xE0020 && r <= 0xE007F }
	return isTag(runes[i]) && i > 0 && (runes[i-1] == 0x1F3F4 || isTag(runes[i-1]))
}

// invisibleKind names the kind of an invisible character for messages.
func invisibleKind(r rune) string {
	switch {
	case r >= 0x2061 && r <= 0x2064:
		return "不可见运算符"
	case isFiller(r):
		return "韩文填充字符"
	case r == 0x2800:
		return "盲文空白"
	case unicode.Is(unicode.Co, r):
		return "私用区字符"
	case r == 0x2028, r == 0x2029:
		return "行或段分隔符"
	}
	return "零宽或双向控制"
}

// looksLikeContent reports the invisible characters that are letters or
// operators to a keyword filter (which does not drop them): a reply of them
// alone is not only empty, it is made to look like it says something.
func looksLikeContent(r rune) bool { return isFiller(r) || r >= 0x2061 && r <= 0x2064 || r == 0x2800 }

func checkTextInvisible(c *checker, t *textCtx) {
	runes := t.rs
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		// CJK, Yi and Hangul syllables first (most of every reply); from the
		// private use area up there are invisibles again (U+FEFF, U+FFA0, tags).
		if r >= 0x4E00 && r < 0xE000 || !isInvisible(r) {
			continue
		}
		if r == 0x200D && i > 0 && i+1 < len(runes) && (isPictograph(runes[i-1]) || runes[i-1] == 0xFE0F) && isPictograph(runes[i+1]) {
			continue // the joiner inside an emoji sequence (👨‍👩‍👧)
		}
		if inEmojiTagSequence(runes, i) {
			continue
		}
		j := i
		for j+1 < len(runes) && isInvisible(runes[j+1]) && runes[j+1] != 0x200D {
			j++
		}
		var names, kinds []string
		for _, x := range runes[i : j+1] {
			names = append(names, fmt.Sprintf("U+%04X", x))
			if k := invisibleKind(x); len(kinds) == 0 || kinds[len(kinds)-1] != k {
				kinds = append(kinds, k)
			}
		}
		fix := t.deleteFix(i, j+1)
		if fix != nil && j+1-i == len(runes) {
			fix = nil
		}
		msg := fmt.Sprintf("看不见的字符 %s（%s）：会让关键词检查失效或让文字倒序显示，删掉它", strings.Join(names, " "), strings.Join(kinds, "、"))
		if t.field != "" {
			msg = fmt.Sprintf("%s里有看不见的字符 %s（%s）：在选择器、列表和搜索里看不出来，或让文字倒序显示，删掉它", t.field, strings.Join(names, " "), strings.Join(kinds, "、"))
		}
		c.report(t, RuleTextInvisible, i, j+1, msg, fix)
		i = j
	}
}

// unsafeChar reports a rune text/control-char or text/invisible-char flags
// (termsafe's Control and Invisible classes, a line break aside).
func unsafeChar(r rune) bool { return r != '\n' && termsafe.Classify(r) != termsafe.Printable }

// fieldChars runs text/control-char and text/invisible-char on what an agent
// reads rather than sends — the pack's name and description, the values of
// its vars (they are pasted into replies), and each phrase's title, group,
// tags, keywords and buyer questions: an ESC there drives the agent's
// terminal, a bidi override reorders the title in the picker, a zero-width
// space makes a tag that search cannot find. The checks are the same as for
// a reply (the one definition of unsafe characters in termsafe); the
// messages name the field.
func (c *checker) fieldChars(st *fileState, pk *phrase.Pack) {
	ctl, inv := c.l.on(RuleTextControl), c.l.on(RuleTextInvisible)
	if !ctl && !inv {
		return
	}
	check := func(ph *phrase.Phrase, field, key, value string, loc phrase.Loc, has bool) {
		if !strings.ContainsFunc(value, unsafeChar) {
			return
		}
		t := &textCtx{st: st, ph: ph, pk: pk, key: key, value: value, rs: []rune(value), loc: loc, has: has, field: field}
		if ctl {
			checkTextControl(c, t)
		}
		if inv {
			checkTextInvisible(c, t)
		}
	}
	packLevel := func(field, key, value string) {
		if !strings.ContainsFunc(value, unsafeChar) {
			return
		}
		loc, has := topLevelLoc(st.src, key)
		check(&phrase.Phrase{Line: loc.Line, Column: loc.Column}, field, key, value, loc, has)
	}
	packLevel("包名", "pack", pk.Name)
	packLevel("包说明", "description", pk.Description)
	for _, g := range pk.Groups {
		packLevel("分组列表", "groups", g)
	}
	names := make([]string, 0, len(pk.Vars))
	for k := range pk.Vars {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		loc, has := pk.VarLocs[k]
		check(&phrase.Phrase{Line: loc.Line, Column: loc.Column}, fmt.Sprintf("变量 %s 的值", k), "vars."+k, pk.Vars[k], loc, has)
	}
	for _, ph := range pk.Phrases {
		one := func(field, key, value string) {
			loc, has := ph.Locs[key]
			check(ph, field, key, value, loc, has)
		}
		one("标题", "title", ph.Title)
		one("分组", "group", ph.Group)
		for i, v := range ph.Tags {
			one("标签", fmt.Sprintf("tags[%d]", i), v)
		}
		for i, v := range ph.Keywords {
			one("关键词", fmt.Sprintf("keywords[%d]", i), v)
		}
		for i, v := range ph.Ask {
			one("买家问法", fmt.Sprintf("ask[%d]", i), v)
		}
	}
}

// topLevelLoc finds where the value of a top-level key starts when the
// file writes it in block style on the key's own line (pack: 售后); has is
// false otherwise, and the position is the key's line or the file's start.
func topLevelLoc(f *srcFile, key string) (phrase.Loc, bool) {
	prefix := key + ":"
	for i, start := range f.lines {
		end := len(f.data)
		if i+1 < len(f.lines) {
			end = f.lines[i+1]
		}
		line := string(f.data[start:end])
		if !strings.HasPrefix(line, prefix) {
			continue
		}
		rest := line[len(prefix):]
		val := strings.TrimLeft(rest, " \t")
		if val == "" || val[0] == '\n' || val[0] == '\r' || val[0] == '#' || val[0] == '[' || val[0] == '|' || val[0] == '>' {
			return phrase.Loc{Line: i + 1, Column: 1}, false
		}
		loc := phrase.Loc{Line: i + 1, Column: runeCount(prefix) + runeCount(rest[:len(rest)-len(val)]) + 1}
		switch val[0] {
		case '"':
			loc.Style = phrase.StyleDoubleQuoted
		case '\'':
			loc.Style = phrase.StyleSingleQuoted
		}
		return loc, true
	}
	return phrase.Loc{Line: 1, Column: 1}, false
}

var textWhitespaceRule = Rule{ID: RuleTextSpace, Severity: Warning, Summary: "回复首尾有多余空白", Fixable: true, check: checkTextWhitespace}

func isStraySpace(r rune) bool {
	return r == ' ' || r == '\t' || r == 0x3000 || r == '\n' || r == '\r' || r == 0xA0
}

func checkTextWhitespace(c *checker, t *textCtx) {
	runes := t.rs
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

var textRepeatedRule = Rule{ID: RuleTextRepeated, Severity: Warning, Summary: "叠字（嗯嗯嗯、哦哦）", check: checkTextRepeated}

// particles are the modal particles whose doubling (嗯嗯, 哦哦) reads as
// careless; any Han character three times in a row is flagged too.
var particles = map[rune]bool{'嗯': true, '哦': true, '噢': true, '喔': true, '哈': true, '呵': true, '嘿': true,
	'嘻': true, '啊': true, '恩': true, '额': true, '呃': true, '唔': true}

// cheers are the characters tripled to cheer the buyer on (冲冲冲, 买买买,
// 赞赞赞), not to brush them off.
var cheers = map[rune]bool{'冲': true, '买': true, '赞': true, '棒': true, '爱': true,
	'来': true} // lint v19: 来来来亲亲，欢迎光临 welcomes

// maxBareReply is how many other Han characters a reply may hold for a
// doubled particle in it still to be the whole answer (嗯嗯, 哦哦好的, 嗯嗯知道了).
// lint v8: the training deck calls 叠字 perfunctory, and a reply that is little
// more than 嗯嗯 is; 嗯嗯，好的亲，已经给您备注了 answers the buyer, and
// warning on every such opener would bury the warnings that matter. Three or
// more in a row (嗯嗯嗯) and 呵呵 (read as a sneer) are reported whatever
// follows.
const maxBareReply = 4

func checkTextRepeated(c *checker, t *textCtx) {
	runes := t.rs
	others := -1 // Han characters outside doubled particles, counted on first need
	for i := 0; i < len(runes); {
		j := i + 1
		for j < len(runes) && runes[j] == runes[i] {
			j++
		}
		n := j - i
		// Numerals repeat in numbers (捌捌捌捌 in a phone number written in
		// capitals): the number rules look at those.
		// 乐呵呵, 笑哈哈, 笑嘻嘻 are adjectives (ABB), not a particle doubled.
		abb := n == 2 && i > 0 && (runes[i-1] == '乐' || runes[i-1] == '笑')
		if n == 2 && particles[runes[i]] && runes[i] != '呵' && !abb {
			if others < 0 {
				others = hanOutsideDoubles(runes)
			}
			if others > maxBareReply {
				i = j
				continue // 嗯嗯，好的亲，已经给您备注了: the doubling opens an answer
			}
		}
		// lint v14, after red team 238: 谢谢谢谢 is the word 谢谢 said twice —
		// warmth, not a careless particle.
		thanks := runes[i] == '谢' && n%2 == 0
		// lint v15, after red team 273: a cheer tripled in a reply that says
		// more (宝子期末冲冲冲！笔芯多囤几盒不慌) is enthusiasm, not a
		// perfunctory 好好好 or 对对对.
		if n >= 3 && cheers[runes[i]] {
			if others < 0 {
				others = hanOutsideDoubles(runes)
			}
			if others-n > maxBareReply {
				i = j
				continue
			}
		}
		if n >= 2 && (n >= 3 || particles[runes[i]] && !abb) && unicode.Is(unicode.Han, runes[i]) && numeralValue(runes[i]) < 0 && !thanks {
			msg := fmt.Sprintf("叠字 %q：培训要求尽量避免叠字，显得敷衍", string(runes[i:j]))
			if sev := c.l.sev[RuleTextRepeated]; n == 2 && runes[i] != '呵' && sev > Info {
				// lint v11: the deck says 尽量避免 — avoid where you can —
				// and a doubled particle (嗯嗯，收到) is the mildest case: a
				// hint. 嗯嗯嗯 and 呵呵 (a sneer) keep the rule's severity.
				c.reportAt(t, RuleTextRepeated, sev-1, i, j, msg+"（两个字的只报提示）", nil)
			} else {
				c.report(t, RuleTextRepeated, i, j, msg, nil)
			}
		}
		i = j
	}
}

// hanOutsideDoubles counts the Han characters of a reply that are not a
// doubled particle: what it says besides 嗯嗯.
func hanOutsideDoubles(runes []rune) int {
	n := 0
	for i := 0; i < len(runes); i++ {
		if particles[runes[i]] && (i+1 < len(runes) && runes[i+1] == runes[i] || i > 0 && runes[i-1] == runes[i]) {
			continue
		}
		if unicode.Is(unicode.Han, runes[i]) {
			n++
		}
	}
	return n
}

// isPictograph reports whether r can stand on either side of the joiner of
// an emoji ZWJ sequence: the emoji planes, and the older symbols of the
// basic plane that sequences use (❤ U+2764 in 👩‍❤️‍👨, ⚕ U+2695, ♀ U+2640).
func isPictograph(r rune) bool {
	return r > 0xFFFF || r >= 0x2190 && r <= 0x2BFF
}
