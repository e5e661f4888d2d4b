package lint

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	xnorm "golang.org/x/text/unicode/norm"
)

// normText is a reply prepared for matching.
//
// folded has one rune per original rune: full-width ASCII folded to
// half-width (ＶＸ → vx, １３９ → 139, the ideographic space → space), Latin
// letters lower-cased, Traditional characters made Simplified (聯繫 → 联系,
// t2s_table.go), and letter-like symbols that stand for a Latin letter or a
// digit made that letter or digit (ⓥ 𝐕 Ⅴ ν → v, ✘ × → x, ① ❶ ➀ → 1).
//
// norm keeps the folded runes that can be part of a term — spaces,
// punctuation, symbols and zero-width/format characters are dropped, so
// 你问我，我问谁 and 微 信 match — and idx maps every norm rune back to its
// original rune index, so a match points at the original characters. A few
// symbols stand for more than one character and are spelled out in norm, all
// pointing at the one original rune: ⑩ → 10, ⑴ → 1, 🐧 → 企鹅 (QQ's mascot),
// 📞 → 电话, 💚 → 绿 (绿泡泡); a heart after v/w is the x of vx/wx, a heart
// before 信 the 微 of 微信.
//
// brk[i] is set when a clause break (，。！？；：、 and their half-width
// forms, …, a line break) was dropped between norm[i-1] and norm[i]: service
// rules (禁语) do not match across it, so 不，知道了 is not 不知道. It is
// sentenceBreak for the marks that end a sentence (。！？ and a line break):
// a review trigger and its reward must sit in one sentence.
//
// digits is norm with the numerals of a number spelled out in Chinese
// (一三九, 壹叁玖, 幺 for 1) turned into ASCII digits, for the number rules;
// see numerals.
type normText struct {
	folded []rune
	norm   []rune
	idx    []int
	brk    []uint8 // clauseBreak or sentenceBreak before norm[i], or 0

	digits       []rune // built by digitView
	foldedDigits []rune
	hasNumerals  bool
	digitsReady  bool

	bnd bounds // clause and sentence tables, built on first use (cues.go)
}

func normalize(s string) *normText {
	n := &normText{}
	n.reset(s)
	return n
}

func (n *normText) reset(s string) {
	n.folded, n.norm, n.idx, n.brk = n.folded[:0], n.norm[:0], n.idx[:0], n.brk[:0]
	n.digits, n.foldedDigits, n.hasNumerals, n.digitsReady = n.digits[:0], n.foldedDigits[:0], false, false
	n.bnd.ready = false
	i := 0
	var pending uint8
	heartAt := -1       // a heart waiting for the next kept rune (信 makes it 微)
	heartColon := false // a colon after the waiting heart: an ID follows
	decimal := false    // a '.' after a digit was dropped without a break
	// separatorSymbol's answers, one scan of s per symbol however often it
	// repeats (a reply of a thousand 💰 is read once, not a thousand times).
	var sepAsked, sepYes []rune
	isSeparator := func(f rune) bool {
		if slices.Contains(sepAsked, f) {
			return slices.Contains(sepYes, f)
		}
		sepAsked = append(sepAsked, f)
		if separatorSymbol(s, f) {
			sepYes = append(sepYes, f)
			return true
		}
		return false
	}
	markers := listMarkers(s)
	for bi, r := range s {
		f := foldRune(r)
		n.folded = append(n.folded, f)
		switch {
		case len(markers) > 0 && inSpans(markers, bi):
			// Lint v30 (after red teams 970-977): the number and mark of a
			// numbered list item (1. 好评 2. 返 3. 1元) open a clause; the
			// digits join no number and the dot ends no sentence.
			pending = max(pending, clauseBreak)
			heartAt = -1
		case f == '星' && r != '星' && (i == 0 || n.folded[i-1] == ' ') && spaceOrEndAt(s, bi+utf8.RuneLen(r)) &&
			(len(n.norm) == 0 || numeralValue(n.norm[len(n.norm)-1]) < 0):
			// Lint v17 (after red teams 362-369): a star standing alone
			// between spaces is a bullet (…拧紧 ★ 护栏请调到最高档), not 星 of a
			// five-star rating (五★好评, 给个 5 ☆): it opens a new item, as a full stop would.
			pending = max(pending, sentenceBreak)
			heartAt = -1
		case isHeart(f) || emojiAfterAdd(f, n.norm, pending):
			if k := len(n.norm); k > 0 && (n.norm[k-1] == 'v' || n.norm[k-1] == 'w') {
				n.keep('x', i, pending) // v❤ is vx
				pending = 0
			} else if k > 0 && pending == 0 && strings.ContainsRune(wechatFirst, n.norm[k-1]) {
				n.keep('信', i, 0) // 徽❤, 伟❤: the heart stands for 信
			} else {
				heartAt, heartColon = i, false
			}
		case f == '+' && len(n.norm) > 0 && strings.ContainsRune(wechatFirst, n.norm[len(n.norm)-1]) && xinAt(s, bi+utf8.RuneLen(r)):
			// Lint v27 (after red teams 802-809): a plus inside 微信 (加 ➕ 薇
			// ➕ 信) joins nothing; it is dropped as a space would be.
		case spelledOut(f) != "" && isSeparator(f):
			// Lint v18 (after red teams 386-393): the same symbol between
			// every two characters (好💰评💰返💰现) separates them, as a space
			// would; it stands for no word.
			heartAt = -1
		case spelledOut(f) != "":
			afterDecimal(&decimal, &pending, f)
			for _, e := range spelledOut(f) {
				n.keep(e, i, pending)
				pending = 0
				n.hasNumerals = n.hasNumerals || isDigit(e) // ⒉, ⑵: digitView reads them (lint v32)
			}
			heartAt = -1
		case !droppedRune(f):
			afterDecimal(&decimal, &pending, f)
			if (f == 'p' || f == 'P') && postscriptAt(s, bi) && (i == 0 || !isASCIILetter(n.folded[i-1]) && !isDigit(n.folded[i-1])) {
				// Lint v18 (after red teams 402-409): a postscript opens a new
				// clause (…别跟我讲价了，烦 P.S. 两瓶起包邮): its dots are
				// abbreviationDot's, so nothing else would end the one before.
				pending = max(pending, clauseBreak)
			}
			switch {
			case heartAt < 0:
			case f == '信':
				n.keep('微', heartAt, pending) // ❤信 is 微信
				pending = 0
			case f == '号' && pending == 0:
				n.keep('微', heartAt, 0) // lint v20: ❤号 qianshan0851 is 微号, a WeChat account
			case (f == '里' || f == '上') && pending == 0 && len(n.norm) > 0 && strings.ContainsRune("在到去", n.norm[len(n.norm)-1]):
				// Lint v19 (after red teams 458-465): 在❤里发您 — a heart
				// as the place to talk is WeChat.
				n.keep('微', heartAt, 0)
				n.keep('信', heartAt, 0)
			case (heartAdds(n.norm) || heartColon) && isASCIILetter(f):
				// Lint v16 (after red teams 306-313): a heart between 加 and an
				// ID (➕❤️ xiezi668, 加❤ abc123), or before a colon and an ID
				// (❤：lily2023), stands for V: a WeChat ID opens with a letter.
				n.keep('v', heartAt, pending)
				pending = 0
			}
			heartAt = -1
			n.keep(f, i, pending)
			pending = 0
			if f >= 0x80 && numeralValue(f) >= 0 {
				n.hasNumerals = true
			}
		default:
			b := breakLevel(f)
			switch {
			case f == '.' && i > 0 && isDigit(n.folded[i-1]):
				b = 0 // 0.1, 1.5: a decimal point, unless no digit follows (below)
				decimal = true
			case f == '.' && abbreviationDot(n.folded[:i]):
				b = 0 // h.p.返💰, v.x.: letters spelled out one by one
			case f == '-' && i > 0 && n.folded[i-1] == '-':
				// Lint v19 (after red teams 450-457): a double dash (——, --)
				// sets off what follows — an aside, or the signature agents
				// end every reply with (…找厂家 ——阿鲤｜渔乐湾): a clause
				// break. A single dash stays inside an ID or a range.
				b = clauseBreak
			}
			if b > pending {
				pending = b
			}
			switch {
			case isVariation(f):
			case heartAt >= 0 && (f == ':' || f == '：'):
				heartColon = true // ❤：lily2023 labels an ID
			case heartAt >= 0 && f == ' ' && (heartColon || heartAdds(n.norm) || len(n.norm) == 0):
				// Lint v31 (after red teams 986-993): or a heart that opens
				// the reply labels what follows (❤ xlkp6688，…细聊).
				heartColon = heartColon || len(n.norm) == 0
			default:
				heartAt = -1
			}
		}
		i++
	}
	n.spaceBreaks()
	n.spelledApartBreaks()
	n.quotedQuestionBreaks()
}

// listMarkerRE finds a numbered list item's marker: one or two ASCII digits
// and a dot, 、 or a closing parenthesis, at the start of the reply or after
// a space or a break, before a space or a Han character (1. 好评, 2、返).
// 2、3天到货 and 3.5元 are no markers: a digit follows.
var listMarkerRE = regexp.MustCompile(`(?:^|[\s。！？；;，,])([0-9]{1,2}[.．、)）])(?:\s|\p{Han})`)

// listMarkers returns the byte spans of the list markers of s when it holds
// at least two that count up by one (1. … 2. …); nil otherwise.
func listMarkers(s string) [][2]int {
	if !strings.ContainsAny(s, ".．、)）") || !strings.ContainsAny(s, "0123456789") {
		return nil
	}
	var spans [][2]int
	var nums []int
	for _, m := range listMarkerRE.FindAllStringSubmatchIndex(s, -1) {
		num := 0
		for _, c := range s[m[2]:m[3]] {
			if c >= '0' && c <= '9' {
				num = num*10 + int(c-'0')
			}
		}
		spans = append(spans, [2]int{m[2], m[3]})
		nums = append(nums, num)
	}
	for i := 1; i < len(nums); i++ {
		if nums[i] == nums[i-1]+1 {
			return spans
		}
	}
	return nil
}

// inSpans reports a byte index inside one of spans.
func inSpans(spans [][2]int, bi int) bool {
	for _, sp := range spans {
		if bi >= sp[0] && bi < sp[1] {
			return true
		}
	}
	return false
}

// spelledApartBreaks (lint v19, after red teams 434-441) drops the breaks of
// a phrase written one Han character at a time with the same mark after each
// (好.评.返.红.包, 加，微，信): at least three such marks in a row make one
// word, as a spelled-out symbol between every two characters does
// (separatorSymbol). No sentence is one character long three times over; a
// list of single characters (红、黄、蓝) keeps its breaks, as 、 only lists.
func (n *normText) spelledApartBreaks() {
	mark := func(k int) rune { // the one mark alone between norm[k-1] and norm[k], or 0
		if n.brk[k] == 0 || !unicode.Is(unicode.Han, n.norm[k-1]) || !unicode.Is(unicode.Han, n.norm[k]) {
			return 0
		}
		between := []rune(strings.Trim(string(n.folded[n.idx[k-1]+1:n.idx[k]]), " \u3000"))
		if len(between) != 1 || between[0] == '、' || between[0] == '､' {
			return 0
		}
		return between[0]
	}
	for k := 1; k < len(n.norm); k++ {
		// Lint v19 (after red teams 466-473): a Latin full stop inside a
		// word, a single Han character on one side (h.p截.图 找客服领): Chinese
		// ends its sentences with 。, and no sentence is one character long.
		if n.brk[k] != 0 && n.idx[k] == n.idx[k-1]+2 && n.folded[n.idx[k-1]+1] == '.' && unicode.Is(unicode.Han, n.norm[k-1]) && unicode.Is(unicode.Han, n.norm[k]) &&
			(n.hanRun(k-1, -1) == 1 || n.hanRun(k, 1) == 1) {
			n.brk[k] = 0
		}
	}
	for k := 1; k < len(n.norm); {
		m := mark(k)
		if m == 0 {
			k++
			continue
		}
		e := k + 1
		for e < len(n.norm) && mark(e) == m {
			e++
		}
		if e-k >= 3 {
			for j := k; j < e; j++ {
				n.brk[j] = 0
			}
		}
		k = e
	}
}

// postscriptAt reports a postscript mark at byte offset k of s: P.S., PS:
// or PS： in either case, the letters alone not being a word (PS5, PSP).
func postscriptAt(s string, k int) bool {
	rest := strings.ToLower(s[k:])
	return strings.HasPrefix(rest, "p.s") || strings.HasPrefix(rest, "ps:") || strings.HasPrefix(rest, "ps：") || strings.HasPrefix(rest, "ｐ．ｓ")
}

// separatorSymbol reports that the spelled-out symbol f (spelledOut) stands
// between two Han characters at least twice in s: written between every two
// characters of a phrase (好💰评💰返💰现, 加🐧群🐧领🐧券), it separates them, as a
// space would. One such symbol (有🐧吗, 好评返💰) still stands for its word.
func separatorSymbol(s string, f rune) bool {
	count := 0
	var prev rune
	rs := []rune(s)
	for k, r := range rs {
		if foldRune(r) != f {
			if !isVariation(r) {
				prev = r
			}
			continue
		}
		j := k + 1
		for j < len(rs) && isVariation(rs[j]) {
			j++
		}
		if j < len(rs) && unicode.Is(unicode.Han, prev) && unicode.Is(unicode.Han, rs[j]) {
			count++
			if count == 2 {
				return true
			}
		}
		prev = r
	}
	return false
}

// quotedQuestionBreaks (lint v17, after red teams 346-353) ends a sentence
// at the closing mark of a quoted question that the reply then answers:
// “能加个微信吗”——不好意思，我们只在京东这边沟通; "能治痘吗" 这是洗面奶. Agents
// who echo the buyer write the question in quotation marks with a dash or
// nothing after it instead of a question mark, and the guards that read an
// answer in the next sentence (a refusal, a debunking) need the sentence to
// end there. The mark ends a question when a question particle (吗, 呢, 么,
// 嘛) stands right before it, or when a dash follows it.
func (n *normText) quotedQuestionBreaks() {
	for k := 1; k < len(n.norm); k++ {
		if n.brk[k] != sentenceBreak && n.quotedQuestionAt(k) {
			n.brk[k] = sentenceBreak
		}
	}
}

// quotedQuestionAt reports that a quoted question closes between norm[k-1]
// and norm[k] (quotedQuestionBreaks).
func (n *normText) quotedQuestionAt(k int) bool {
	if k <= 0 || k >= len(n.norm) || n.idx[k] <= n.idx[k-1]+1 {
		return false
	}
	between := n.folded[n.idx[k-1]+1 : n.idx[k]]
	for j, r := range between {
		if !strings.ContainsRune(closeQuotes, r) || r == '\'' || r == '》' {
			continue
		}
		if j == 0 && strings.ContainsRune("吗呢么嘛", n.norm[k-1]) {
			return true
		}
		return strings.ContainsAny(string(between[j+1:]), "-─") // foldRune made every dash '-'; ─ is a box-drawing line
	}
	return false
}

// spaceOrEndAt reports a space (or the end of s) at byte offset k.
func spaceOrEndAt(s string, k int) bool {
	if k >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[k:])
	return isSpaceRune(r)
}

// isSpaceRune reports a space, ASCII or ideographic (U+3000).
func isSpaceRune(r rune) bool { return r == ' ' || r == 0x3000 }

// xinAt reports 信 as the next rune of s from byte k on, spaces skipped.
func xinAt(s string, k int) bool {
	for _, r := range s[k:] {
		if !isSpaceRune(r) {
			return r == '信'
		}
	}
	return false
}

// heartAdds reports a heart waiting after 加 or +, the last rune kept: with
// an ID after it (spaces and a colon may stand between) it stands for V.
func heartAdds(norm []rune) bool {
	k := len(norm)
	return k > 0 && (norm[k-1] == '加' || norm[k-1] == '+')
}

// spaceBreaks (lint v15, after red team 300) makes a space a clause break
// where it stands between two runs of two or more Han characters (亲 这边是售后
// 请问什么问题; 公众号我们没有 有问题就在淘宝上找我): agents who type without
// punctuation separate their clauses so, and the guards read clauses. A
// character spaced on its own (加 微 信) stays part of its word. Lint v17:
// the same pass reads slashes and emoji used as separators (below).
func (n *normText) spaceBreaks() {
	han := func(r rune) bool { return unicode.Is(unicode.Han, r) }
	for k := 1; k < len(n.norm); k++ {
		if n.brk[k] != 0 || !han(n.norm[k-1]) || !han(n.norm[k]) || n.idx[k] <= n.idx[k-1]+1 {
			continue // a spelled-out symbol (🐧 is 企鹅) keeps one index for its runes
		}
		if n.spaceAt(k) {
			if n.hanRun(k-1, -1) >= 2 && n.hanRun(k, 1) >= 2 {
				n.brk[k] = clauseBreak
			}
			continue
		}
		// Lint v17 (after red teams 346-353): a slash between two Han
		// characters (不退/不换/不解释; 已答复/别重复问/看上面) — agents who
		// write in fragments join them so; between digits or letters (1/2,
		// M/L) it stays what it was. After red teams 378-385, so does an emoji
		// with a space after it (不太清楚😅 我问下仓库; 加微信不行哦🙏 这里说就
		// 行; isPictograph, rule_text.go): such agents punctuate with emoji.
		between := n.folded[n.idx[k-1]+1 : n.idx[k]]
		for j, r := range between {
			if r == '/' || r == '\\' || r == '|' || isPictograph(r) && j+1 < len(between) && between[len(between)-1] == ' ' {
				n.brk[k] = clauseBreak
				break
			}
		}
	}
}

// spaceAt reports that only spaces stand between norm[k-1] and norm[k] in
// the reply as written, at least one of them: the break spaceBreaks made.
func (n *normText) spaceAt(k int) bool {
	if k <= 0 || k >= len(n.norm) || n.idx[k] <= n.idx[k-1]+1 {
		return false
	}
	return strings.TrimLeft(string(n.folded[n.idx[k-1]+1:n.idx[k]]), " \u3000") == ""
}

// hanRun counts the Han characters written together from norm[k] in
// direction dir (-1 back, 1 on): nothing dropped between them.
func (n *normText) hanRun(k, dir int) int {
	c := 0
	for j := k; j >= 0 && j < len(n.norm) && unicode.Is(unicode.Han, n.norm[j]); j += dir {
		c++
		next := j + dir
		if next < 0 || next >= len(n.norm) {
			break
		}
		a, b := min(j, next), max(j, next)
		if n.idx[b]-n.idx[a] != 1 {
			break
		}
	}
	return c
}

// abbreviationDot (lint v15, after red teams 270-277) reports that a '.'
// after before follows a single Latin letter — one opening the text, or one
// after a space, another such dot or anything but a Latin letter
// (h.p.返💰, 加v.x.): letters written apart to slip past a filter, one word.
// OK. and 好的ok. still end a sentence.
func abbreviationDot(before []rune) bool {
	k := len(before)
	if k == 0 || !isASCIILetter(before[k-1]) {
		return false
	}
	return k == 1 || !isASCIILetter(before[k-2])
}

// afterDecimal settles a '.' dropped after a digit before the next kept rune
// f: a decimal point when f is a digit (0.1), else the end of a sentence
// (满 100. 再…).
func afterDecimal(decimal *bool, pending *uint8, f rune) {
	if *decimal && !isDigit(f) && *pending < sentenceBreak {
		*pending = sentenceBreak
	}
	*decimal = false
}

func (n *normText) keep(r rune, orig int, brk uint8) {
	n.norm = append(n.norm, r)
	n.idx = append(n.idx, orig)
	n.brk = append(n.brk, brk)
}

// span maps norm[s:e] back to original rune indexes [start, end).
func (n *normText) span(s, e int) (int, int) {
	return n.idx[s], n.idx[e-1] + 1
}

// foldRune folds width, case, script and letter-like symbols the way terms
// are stored. It maps one rune to one rune.
func foldRune(r rune) rune {
	if r < 0x80 {
		if r >= 'A' && r <= 'Z' {
			return r + ('a' - 'A')
		}
		return r
	}
	switch {
	case r == '妳':
		// Lint v21 (after red teams 546-553): Taiwan writes 你 as 妳 to a
		// woman (馬上幫妳問廠商): the same word.
		return '你'
	case r >= 0x3400 && r <= 0x9FFF, r >= 0xF900 && r <= 0xFAFF, r >= 0x20000 && r <= 0x2FFFF:
		return t2s(r)
	case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII
		return foldRune(r - 0xFEE0)
	case r == 0x3000:
		return ' '
	case r == 0x2795, r == 0xFE62: // ➕ ﹢: "➕V" is "+V"
		return '+'
	case r >= 0x2010 && r <= 0x2015, r == 0x2212, r == 0xFE58, r == 0xFE63, r == 0x2E3A, r == 0x2E3B:
		return '-' // every dash and the minus sign: 0755—2688 1234 is 0755-2688 1234
	case r == '⭐', r == '🌟', r == '★', r == '☆', r == '✩', r == '✪', r == '✫', r == '✬', r == '✭', r == '✮', r == '✯', r == '✰':
		return '星' // 5⭐ is 5星, ★★★★★ a five-star rating
	}
	if f, ok := letterLike[r]; ok {
		return f
	}
	switch {
	case r >= 0x24B6 && r <= 0x24CF: // Ⓐ–Ⓩ
		return 'a' + r - 0x24B6
	case r >= 0x24D0 && r <= 0x24E9: // ⓐ–ⓩ
		return 'a' + r - 0x24D0
	case r >= 0x2460 && r <= 0x2468: // ①–⑨
		return '1' + r - 0x2460
	case r >= 0x2776 && r <= 0x277E: // ❶–❾
		return '1' + r - 0x2776
	case r >= 0x2780 && r <= 0x2788: // ➀–➈
		return '1' + r - 0x2780
	case r >= 0x278A && r <= 0x2792: // ➊–➒
		return '1' + r - 0x278A
	case r >= 0x24F5 && r <= 0x24FD: // ⓵–⓽
		return '1' + r - 0x24F5
	case r >= 0x1F130 && r <= 0x1F149: // 🄰–🅉 squared
		return 'a' + r - 0x1F130
	case r >= 0x1F150 && r <= 0x1F169: // 🅐–🅩 negative circled
		return 'a' + r - 0x1F150
	case r >= 0x1F170 && r <= 0x1F189: // 🅰–🆉 negative squared
		return 'a' + r - 0x1F170
	case r >= 0x1F1E6 && r <= 0x1F1FF: // regional indicators 🇦–🇿
		return 'a' + r - 0x1F1E6
	case r == 0xB2, r == 0xB3, r == 0xB9, r >= 0x2070 && r <= 0x209F: // ¹²³ ⁴… ₁₂…
		return foldCompat(r)
	case r >= 0x02B0 && r <= 0x02B8, r >= 0x02E0 && r <= 0x02E4, r >= 0x1D2C && r <= 0x1D6A, r >= 0x1D9B && r <= 0x1DBF:
		// Modifier letters (ᵛ ˣ ʷ ᵂ): superscript Latin letters, their
		// compatibility form when it is one rune.
		return foldCompat(r)
	case r >= 0x1D400 && r <= 0x1D7FF, r >= 0x2160 && r <= 0x217F, r >= 0x3280 && r <= 0x3289:
		// Mathematical letters and digits (𝐕 𝟏), Roman numerals (Ⅴ),
		// circled ideographs (㊀): their compatibility form, when it is one
		// rune.
		return foldCompat(r)
	}
	return r
}

// foldCompat folds r's compatibility form when it is one other rune (⁴ → 4,
// 𝐕 → v). Unassigned code points in these blocks (U+2073, U+1D455) are
// their own form: they stay as they are rather than fold forever.
func foldCompat(r rune) rune {
	d := []rune(xnorm.NFKC.String(string(r)))
	if len(d) != 1 || d[0] == r {
		return r
	}
	return foldRune(d[0])
}

// letterLike are symbols and letters of other scripts written for a Latin
// letter or a digit.
var letterLike = map[rune]rune{
	'ν': 'v', 'ѵ': 'v', 'ⅴ': 'v', '✌': 'v', '√': 'v', '✓': 'v', '✔': 'v',
	'χ': 'x', 'х': 'x', 'Х': 'x', '×': 'x', '✕': 'x', '✖': 'x', '✗': 'x', '✘': 'x', '❌': 'x', '❎': 'x',
	'ο': 'o', 'о': 'o', 'α': 'a', 'а': 'a', 'е': 'e', 'с': 'c', 'р': 'p',
	'⓪': '0', '⓿': '0',
	// Small capitals (ᴡᴇɪxɪɴ, ᴠx), used to slip Latin words past a filter.
	'ᴀ': 'a', 'ʙ': 'b', 'ᴄ': 'c', 'ᴅ': 'd', 'ᴇ': 'e', 'ꜰ': 'f', 'ɢ': 'g', 'ʜ': 'h', 'ɪ': 'i', 'ᴊ': 'j', 'ᴋ': 'k',
	'ʟ': 'l', 'ᴍ': 'm', 'ɴ': 'n', 'ᴏ': 'o', 'ᴘ': 'p', 'ǫ': 'q', 'ʀ': 'r', 'ꜱ': 's', 'ᴛ': 't', 'ᴜ': 'u', 'ᴠ': 'v',
	'ᴡ': 'w', 'ʏ': 'y', 'ᴢ': 'z',
	// lint v8: letters of other scripts that look like a Latin one (ᐯx for
	// vx), taken from Unicode's confusables (UTS #39, confusables.txt: the
	// prototype each maps to). Only scripts a Chinese reply has no other use
	// for — Lisu, Cherokee, Canadian syllabics, Cyrillic and Armenian letters,
	// Greek capitals, Tifinagh, a few symbols — so a spec's lower-case Greek
	// (ω-3, μm, β-胡萝卜素) keeps its meaning.
	'ꓮ': 'a', 'ꓐ': 'b', 'ꓚ': 'c', 'ꓓ': 'd', 'ꓰ': 'e', 'ꓝ': 'f', 'ꓖ': 'g', 'ꓧ': 'h', 'ꓲ': 'i', 'ꓙ': 'j', 'ꓗ': 'k', 'ꓡ': 'l',
	'ꓟ': 'm', 'ꓠ': 'n', 'ꓑ': 'p', 'ꓣ': 'r', 'ꓢ': 's', 'ꓔ': 't', 'ꓴ': 'u', 'ꓦ': 'v', 'ꓪ': 'w', 'ꓫ': 'x', 'ꓬ': 'y', 'ꓜ': 'z',
	'Ꭺ': 'a', 'Ᏼ': 'b', 'Ꮯ': 'c', 'Ꭰ': 'd', 'Ꭼ': 'e', 'Ꮐ': 'g', 'Ꮋ': 'h', 'Ꭻ': 'j', 'Ꮶ': 'k', 'Ꮮ': 'l', 'Ꮇ': 'm', 'Ꮲ': 'p',
	'Ꮪ': 's', 'Ꭲ': 't', 'Ꮩ': 'v', 'Ꮃ': 'w', 'Ꮤ': 'w', 'Ꮓ': 'z',
	'ᐯ': 'v', 'ᕁ': 'x', 'ᕽ': 'x', '᙭': 'x', 'ᑭ': 'p', 'ᑫ': 'q', 'ᕼ': 'h', 'ᒍ': 'j', 'ᗞ': 'd', 'ᗪ': 'd', 'ᑕ': 'c', 'ᒪ': 'l', 'ᔕ': 's',
	'ԛ': 'q', 'Ԛ': 'q', 'ԝ': 'w', 'Ԝ': 'w', 'і': 'i', 'ј': 'j', 'ԁ': 'd', 'һ': 'h', 'ѕ': 's', 'у': 'y', 'Ѵ': 'v',
	'А': 'a', 'В': 'b', 'Е': 'e', 'К': 'k', 'М': 'm', 'Н': 'h', 'О': 'o', 'Р': 'p', 'С': 'c', 'Т': 't',
	'Χ': 'x', 'Ν': 'n', 'Κ': 'k', 'Μ': 'm', 'Τ': 't', 'Υ': 'y', 'Ζ': 'z',
	'զ': 'q', 'գ': 'q', 'ա': 'w', 'ս': 'u', 'օ': 'o', 'հ': 'h', 'ո': 'n',
	'ⴸ': 'v', 'ⵝ': 'x', '∨': 'v', '⋁': 'v', '╳': 'x', '⨯': 'x',
	// lint v21 (after red teams 530-537): Cyrillic lower-case look-alikes
	// with a diacritic or an unusual shape (ѡёіхìп：… is weixin).
	'ѡ': 'w', 'ё': 'e', 'ѐ': 'e', 'ї': 'i', 'ӏ': 'l', 'п': 'n', 'ԍ': 'g', 'ӧ': 'o', 'ı': 'i', 'ɑ': 'a', 'ɡ': 'g',
	// lint v10: pinyin with tone marks (wēixìn is weixin) and other accented
	// Latin letters (café), folded to the base letter.
	'ā': 'a', 'á': 'a', 'ǎ': 'a', 'à': 'a', 'ē': 'e', 'é': 'e', 'ě': 'e', 'è': 'e', 'ê': 'e',
	'ī': 'i', 'í': 'i', 'ǐ': 'i', 'ì': 'i', 'ō': 'o', 'ó': 'o', 'ǒ': 'o', 'ò': 'o',
	'ū': 'u', 'ú': 'u', 'ǔ': 'u', 'ù': 'u', 'ü': 'u', 'ǖ': 'u', 'ǘ': 'u', 'ǚ': 'u', 'ǜ': 'u',
	'Ā': 'a', 'Á': 'a', 'Ǎ': 'a', 'À': 'a', 'Ē': 'e', 'É': 'e', 'Ě': 'e', 'È': 'e',
	'Ī': 'i', 'Í': 'i', 'Ǐ': 'i', 'Ì': 'i', 'Ō': 'o', 'Ó': 'o', 'Ǒ': 'o', 'Ò': 'o',
	'Ū': 'u', 'Ú': 'u', 'Ǔ': 'u', 'Ù': 'u', 'Ü': 'u', 'ń': 'n', 'ň': 'n', 'ǹ': 'n', 'ḿ': 'm',
}

// spelledOut is what norm holds for a symbol that stands for more than one
// character, or "" for the others.
func spelledOut(r rune) string {
	switch {
	case r == '℃' || r == '℉':
		return "度" // lint v33: 最高60℃ is a measure (the symbol is otherwise dropped)
	case r < 0x2460:
		return ""
	case r >= 0x2469 && r <= 0x2473: // ⑩–⑳
		return twoDigits(int(r-0x2469) + 10)
	case r >= 0x2474 && r <= 0x2487: // ⑴–⒇
		return twoDigits(int(r-0x2474) + 1)
	case r >= 0x2488 && r <= 0x249B: // ⒈–⒛
		return twoDigits(int(r-0x2488) + 1)
	case r == 0x277F, r == 0x2789, r == 0x2793, r == 0x24FE: // ❿ ➉ ➓ ⓾
		return "10"
	case r >= 0x3220 && r <= 0x3229: // ㈠–㈩
		return "一二三四五六七八九十"[3*(r-0x3220) : 3*(r-0x3220)+3]
	}
	switch r {
	case '🛰':
		return "卫星" // lint v10 round 4: 加🛰：ID is 加卫星 (WeChat's homophone)
	case '🐧':
		return "企鹅"
	case '🍠':
		return "红薯" // 小红书's nickname
	case '📕':
		return "红书" // lint v23: 小📕 is 小红书
	case '🉑':
		return "可" // lint v32: 好🉑返现 (the "acceptable" sign reads 可)
	case '🈶':
		return "有"
	case '🈚':
		return "无"
	case '🐟', '🐠':
		return "鱼" // 闲🐟 is 闲鱼
	case '🎵', '🎶':
		return "抖音" // its logo
	case '📞', '☎', '☏', '📱', '📲':
		return "电话"
	case '💚', '🟢', '🍏':
		return "绿"
	case '💬', '🗨', '🗯':
		return "💬" // a chat bubble for WeChat (加💬：abc123): one rune the cues name
	case '🧧':
		return "红包" // lint v11 round 7: 5星+图=🧧 is 5星+图=红包
	case '💰', '💵', '💴', '💶', '💷', '💸', '🤑':
		return "现金" // ⭐⭐⭐⭐⭐+📷=💰
	case '🎁':
		return "礼物" // 五星+评论=🎁
	case '📷', '📸':
		return "图" // a photo (好评+📸): 图, which is no review word on its own
	case '🔍', '🔎':
		return "搜" // lint v19 (after red teams 442-449): 🔍xhs 飞步运动 is 搜小红书
	}
	if r >= 0x2160 && r <= 0x217F { // Ⅱ Ⅻ: more than one letter
		if d := []rune(xnorm.NFKC.String(string(r))); len(d) > 1 {
			b := make([]rune, len(d))
			for i, c := range d {
				b[i] = foldRune(c)
			}
			return string(b)
		}
	}
	return ""
}

func twoDigits(v int) string {
	if v < 10 {
		return string(rune('0' + v))
	}
	return string([]rune{rune('0' + v/10), rune('0' + v%10)})
}

// wechatFirst are the first characters of WeChat's homophones (微信, 薇信,
// 威信, 徽信, 维信…): a heart right after one of them is its 信.
const wechatFirst = "微薇威徽维唯卫伟韦围嶶溦"

func isHeart(r rune) bool {
	switch r {
	case '❤', '♥', '♡', '❥', '❣', '💗', '💓', '💖', '💕', '🧡', '💛', '💙', '💜', '🖤', '🤍',
		'⭕': // lint v19 (after red teams 458-465): 加⭕️信 is 加微信, as a heart would be
		return true
	}
	return false
}

// emojiAfterAdd (lint v20, after red teams 490-497): a pictograph right
// after 加 or + (加🌏信 zz_cake_88) stands where 微 would, as a heart does:
// it becomes 微 before 信 and V before an ID, and nothing otherwise. An emoji
// that reads as a word (🔍 is 搜: spelledOut) keeps its reading.
func emojiAfterAdd(f rune, norm []rune, pending uint8) bool {
	return f >= 0x1F300 && f <= 0x1FAFF && pending == 0 && spelledOut(f) == "" && len(norm) > 0 && (norm[len(norm)-1] == '加' || norm[len(norm)-1] == '+')
}

// isVariation reports the selectors that follow an emoji (❤️ is ❤ U+FE0F).
func isVariation(r rune) bool { return r >= 0xFE00 && r <= 0xFE0F }

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
	if r >= 0x4E00 && r <= 0x9FFF { // CJK Unified Ideographs first: most of every reply
		return false
	}
	if r == 0x3021 {
		return true // lint v10 round 4: 〡, a Hangzhou numeral no reply counts with, drawn as a bar (微〡信)
	}
	if unicode.Is(unicode.Han, r) {
		return false
	}
	return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) ||
		unicode.Is(unicode.Cf, r) || unicode.IsControl(r) || unicode.Is(unicode.Mn, r) ||
		unicode.Is(unicode.Me, r) || isFiller(r) // Me: the keycap of 1️⃣
}

// isFiller reports the Hangul fillers, letters that draw nothing (U+3164 is
// used as a "blank" that keyword filters do not drop).
func isFiller(r rune) bool {
	return r == 0x115F || r == 0x1160 || r == 0x3164 || r == 0xFFA0
}

// Break levels in normText.brk.
const (
	clauseBreak   uint8 = 1
	sentenceBreak uint8 = 2
)

// breakLevel tells whether a (folded) rune ends a clause or a sentence.
func breakLevel(r rune) uint8 {
	switch r {
	case ',', ';', ':', '、', '…', '､', '，':
		return clauseBreak
	case '.', '!', '?', '\n', '。', '｡', '！', '？':
		return sentenceBreak
	}
	return 0
}

func isClauseBreak(r rune) bool { return breakLevel(r) != 0 }

// isArrow reports an arrow (lint v19, after red teams 442-449): it points to
// what follows, as a colon does, between a contact word and its account
// (薇 → m_e_n_8_8_6_6; rule_contact.go skipIDFiller). Lint v31 (after red
// teams 1002-1009): any arrow of the Unicode Arrows block and its
// supplements (微：↓ ncsw007), not five of them.
func isArrow(r rune) bool {
	return r >= 0x2190 && r <= 0x21FF || r >= 0x27F0 && r <= 0x27FF || r >= 0x2900 && r <= 0x297F || strings.ContainsRune("➡➔➜⬇⬆⬅", r)
}

// listBreak reports whether the break dropped before norm[i] is only a list
// comma (、: 电话、QQ或微信), which a refusal's scope crosses.
func (n *normText) listBreak(i int) bool {
	if i <= 0 || i >= len(n.norm) || n.brk[i] != clauseBreak {
		return false
	}
	list := false
	for _, r := range n.folded[n.idx[i-1]+1 : n.idx[i]] {
		switch {
		case r == '、' || r == '､':
			list = true
		case breakLevel(r) != 0:
			return false
		}
	}
	return list
}

// wordsAcrossBreak reports whether a term found in norm[s:e] is two pieces of
// two clauses: one clause break inside it (not one the term is written with),
// the clause before the break begun before the term (放假，…) and the one
// after it going on at least two runes past the term (…，发货会晚两天). A
// filter is slipped by breaking the word itself (加。微。信, 刷，单，…); a
// term of Chinese characters whose halves each belong to a longer clause is a
// coincidence of neighbours, as 假发货 is in 放假，发货会晚两天.
func (n *normText) wordsAcrossBreak(s, e int, allowed []bool) bool {
	k := -1
	for i := s + 1; i < e; i++ {
		if n.brk[i] != 0 && (allowed == nil || !allowed[i-s]) {
			if k >= 0 {
				return false
			}
			k = i
		}
	}
	if k < 0 || s == 0 || n.brk[s] != 0 || e+2 > len(n.norm) || n.brk[e] != 0 || n.brk[e+1] != 0 {
		return false
	}
	for _, r := range n.norm[s:e] {
		if !unicode.Is(unicode.Han, r) {
			return false // 发我V，我直接给您发货: V我 is a word in any order
		}
	}
	return true
}

// spacedInside (lint v17, after red teams 378-385) reports a break inside
// norm[s:e] that only spaces made (spaceBreaks): 直接在微 信上找我下单 spaces a
// contact word apart, as filters are slipped, rather than ending a clause.
func (n *normText) spacedInside(s, e int) bool {
	for i := s + 1; i < e; i++ {
		if n.brk[i] != 0 && n.spaceAt(i) {
			return true
		}
	}
	return false
}

// breakInside reports whether a clause break sits inside norm[s:e] at a
// position the term does not allow (allowed[k]: a break before the term's
// k-th rune is part of the entry as written, 你问我，我问谁).
func (n *normText) breakInside(s, e int, allowed []bool) bool {
	for i := s + 1; i < e; i++ {
		if n.brk[i] != 0 && (allowed == nil || !allowed[i-s]) {
			return true
		}
	}
	return false
}

// numeralValue is the digit a rune stands for in a number written out one
// digit at a time — 一三九, 壹叁玖, 幺 (1) and 两 (2) and 洞 (0) as read out
// over a phone line — or -1.
func numeralValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	switch r {
	case '〇', '零', '洞':
		return 0
	case '一', '壹', '幺':
		return 1
	case '二', '贰', '两':
		return 2
	case '三', '叁', '参':
		return 3
	case '四', '肆':
		return 4
	case '五', '伍':
		return 5
	case '六', '陆':
		return 6
	case '七', '柒', '拐':
		return 7
	case '八', '捌':
		return 8
	case '九', '玖', '勾':
		return 9
	}
	return -1
}

// minNumeralRun is how many numerals in a row (punctuation and spaces
// between them ignored) make a number: the shortest QQ number has five
// digits, and 一二 or 第一 in prose never reach five.
const minNumeralRun = 5

// digitView fills digits and foldedDigits: numerals in runs of at least
// minNumeralRun become ASCII digits, everything else stays as it is.
func (n *normText) digitView() {
	if n.digitsReady {
		return
	}
	n.digitsReady = true
	n.digits = append(n.digits[:0], n.norm...)
	n.foldedDigits = append(n.foldedDigits[:0], n.folded...)
	n.lettersForDigits()
	if !n.hasNumerals {
		return
	}
	for i := 0; i < len(n.norm); {
		if numeralValue(n.norm[i]) < 0 {
			i++
			continue
		}
		j := i
		chinese, spelled, twoForOne := false, false, false
		for j < len(n.norm) && numeralValue(n.norm[j]) >= 0 {
			chinese = chinese || n.norm[j] > 0x80
			// lint v32 (after red teams 1074-1081): a digit spelled by a
			// symbol (⒉, ⑵) is a numeral the folded text does not hold as
			// a digit either: Q：⒉⒏⒎⒍⒌⒋⒊⒈ is an account. A symbol that
			// spells two digits (➓ is 10) has one folded rune for both, so
			// such a run keeps its symbols (the phone rule reads the norm).
			spelled = spelled || n.folded[n.idx[j]] != n.norm[j]
			twoForOne = twoForOne || j > i && n.idx[j] == n.idx[j-1]
			j++
		}
		if (chinese || spelled && !twoForOne) && j-i >= minNumeralRun {
			for k := i; k < j; k++ {
				d := rune('0' + numeralValue(n.norm[k]))
				n.digits[k] = d
				n.foldedDigits[n.idx[k]] = d
			}
		}
		i = j
	}
}

// lettersForDigits turns l, i and o written between digits into 1 and 0
// (13800l38000): only when a digit stands on both sides, or two on one side
// and no letter on the other, so words are never touched.
func (n *normText) lettersForDigits() {
	d := n.digits
	for i := 1; i+1 < len(d); i++ {
		if !isDigit(d[i-1]) || !isDigit(d[i+1]) && numeralValue(d[i+1]) < 0 {
			continue
		}
		switch d[i] {
		case 'l', 'i':
			d[i] = '1'
		case 'o':
			d[i] = '0'
		default:
			continue
		}
		n.foldedDigits[n.idx[i]] = d[i]
	}
	// lint v11 round 7: one such letter ending or opening a run of digits
	// (企鹅：3O8 5l9 22O, l38 0013 8000), with two digits on its side and
	// no letter or digit on the other: 22O is 220, while XL32 and 5G are
	// still a size and a network.
	alnum := func(i int) bool { return i >= 0 && i < len(d) && (isDigit(d[i]) || isASCIILetter(d[i])) }
	for i := range d {
		if letterDigit(d[i]) < 0 || d[i] == '|' || d[i] == '丨' || d[i] == 'ǀ' {
			continue
		}
		before := i >= 2 && isDigit(d[i-1]) && isDigit(d[i-2]) && !alnum(i+1)
		after := i+2 < len(d) && isDigit(d[i+1]) && isDigit(d[i+2]) && !alnum(i-1)
		if !before && !after {
			continue
		}
		d[i] = '0' + rune(letterDigit(d[i]))
		n.foldedDigits[n.idx[i]] = d[i]
	}
}

func isASCIILetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }
func isDigit(r rune) bool       { return r >= '0' && r <= '9' }

// t2s is the Simplified form of a Traditional character (t2s_table.go), or
// r itself.
func t2s(r rune) rune {
	if r >= 0x3400 && r <= 0x9FFF {
		bm := t2sBitmap()
		k := r - 0x3400
		if bm[k>>6]&(1<<(k&63)) == 0 {
			return r
		}
	}
	i := sort.Search(len(t2sFrom), func(i int) bool { return t2sFrom[i] >= r })
	if i < len(t2sFrom) && t2sFrom[i] == r {
		return t2sTo[i]
	}
	return r
}

// t2sBitmap marks the runes of U+3400–U+9FFF that t2sFrom has, so the common
// case (a Simplified character) costs one load. Built on first use: commands
// that never lint never pay for it.
var t2sBitmap = sync.OnceValue(func() *[(0x9FFF - 0x3400 + 64) / 64]uint64 {
	var bm [(0x9FFF - 0x3400 + 64) / 64]uint64
	for _, r := range t2sFrom {
		if r >= 0x3400 && r <= 0x9FFF {
			k := r - 0x3400
			bm[k>>6] |= 1 << (k & 63)
		}
	}
	return &bm
})
