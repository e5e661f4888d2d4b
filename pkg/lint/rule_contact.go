package lint

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// Off-platform contact: the platforms forbid leading a buyer off the
// platform — contact details, QR codes, other apps, paying outside the
// order (京东开放平台、淘宝/天猫、拼多多 rules; seeds/002 京东平台的规则 ⑥).

var contactRule = Rule{ID: RuleContact, Severity: Error,
	Summary: "站外联系方式、引流到其他平台、站外交易（微信、QQ、二维码、公众号、抖音搜店、私下转账）", check: checkContact}

// checkContact reports the words and patterns of
// words/compliance-off-platform-contact.yaml (unless a refusal stands before
// them: 我们不能加微信), a contact cue followed by an ID (🐧：123456789,
// V：abc_shop888, 群号 68686868), and e-mail addresses.
// askedNotOurs (lint v17, after red teams 378-385): the buyer's question
// about a shop found on another app is reported (您问, 你问 opening the
// clause) and the reply says that shop is someone else's (guards.yaml
// other-seller: 那是其他卖家): 您问为什么搜“净眠”在抖音上也能搜到，那是其他卖家，
// 我们只在天猫 sends nobody there.
func (c *checker) askedNotOurs(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	cs := c.clauseStart(h.nstart)
	asked := false
	for _, q := range c.cuesIn(guardList, "asked", cs, h.nstart) {
		asked = asked || q.nstart == cs
	}
	return asked && c.cueWithin(guardList, "other-seller", h.nend, c.sentenceEnd(h.nend))
}

func checkContact(c *checker, t *textCtx) {
	hits := c.ruleHits(RuleContact, "refusal", "ordered-there")
	// Lint v14, after red team 250: with no platform named, a marketplace
	// the shop may sell on is no sure diversion (在淘宝搜我们店名“阿银手作”
	// from a 淘宝 shop): a warning — unless the sentence says it is not
	// here (也有, 另一家店, cheaper there). Accounts, other apps and a team's
	// own words stay errors; .huashu-lint.yaml platform: makes the other
	// marketplaces' names errors again.
	for i := range hits {
		if h := &hits[i]; !h.team && c.l.words.mayBeHome(h.what) && !c.elsewhereSaid(h) && !c.l.words.homeNamedBesides(c.norm.norm, h.what) {
			h.mayBeHome = true
		}
	}
	ids := append(c.contactIDs(), c.heartIDs()...)
	hits = laterIDFirst(hits, ids)
	for i := range hits {
		// lint v32 (red teams 1050-1057): a list entry that runs from a
		// contact cue through its number (企鹅275836109) is an account as
		// much as contactIDs' own: the model neither drops nor doubts it
		// (配件可以单独卖，您加🐧 2 7 5 8 3 6 1 0 9 说一下型号 was read as clean).
		hits[i].account = hits[i].account || c.holdsNumber(&hits[i])
	}
	for _, h := range append(append(ids, c.namedMiniPrograms()...), c.namedApps()...) {
		h.account = true
		if c.orderedThere(&h) || c.askedNotOurs(&h) {
			continue
		}
		if c.excuseThenID(&h) {
			h.offered = true
			hits = append(hits, h)
		} else if !c.refusedBefore(&h) {
			hits = append(hits, h)
		}
	}
	if len(c.cuesOf(guardList, "print-goods")) > 0 {
		keep := hits[:0:0]
		for _, h := range hits {
			if !c.printJob(&h) {
				keep = append(keep, h)
			}
		}
		hits = keep
	}
	if len(hits) > 0 && c.winked() {
		// Lint v30 (after red teams 946-953): a wink (我什么都没说哈, 您自己
		// 看到的我可没说) says the reply means the diversion the rules it
		// quotes forbid: the models do not read the rule-talk as a refusal.
		for i := range hits {
			hits[i].outright = true
		}
	}
	c.reportHits(t, RuleContact, dedupeHits(hits), func(orig string) string {
		return fmt.Sprintf("站外联系方式或站外交易 %q：平台禁止引导买家离开平台，会被判违规", orig)
	})
	if strings.IndexByte(t.value, '@') >= 0 || strings.ContainsRune(t.value, '＠') {
		c.emails(t)
	}
}

// winked: a wink (guards.yaml wink: 我什么都没说, 我可没说, 你懂的…) ends its
// clause — only particles after it (我什么都没说哈). 我可没说过要加 goes on to
// say what was not said: no wink.
func (c *checker) winked() bool {
	for _, q := range c.cuesOf(guardList, "wink") {
		if c.onlyParticles(q.nend, c.clauseEnd(q.nend)) {
			return true
		}
	}
	return false
}

// printJob (lint v20, after red teams 514-521): a print shop setting the
// buyer's own account on what it prints for them — a print verb (guards.yaml
// print-verb: 印在, 要印, 排在) and a printed product (print-goods: 名片,
// 贴纸, 海报) in the hit's sentence: 您要把微信二维码印在名片上对吧？ Not
// when the sentence reaches the shop (卡片上印了我们的微信，加一下) or the
// account is the shop's (我们的, 客服, 店铺 right before it).
func (c *checker) printJob(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	ss, se := c.sentenceStart(h.nstart), c.sentenceEnd(h.nend)
	if !c.cueWithin(guardList, "print-verb", ss, se) || !c.cueWithin(guardList, "print-goods", ss, se) {
		return false
	}
	if c.shopAfter(h) || len(c.cuesIn(guardList, "reach-shop", ss, se)) > 0 {
		return false
	}
	before := string(c.norm.norm[max(ss, h.nstart-4):h.nstart])
	return !containsAnyWord(before, "我们", "我的", "本店", "店铺", "客服", "咱们", "俺们")
}

// elsewhereSaid (lint v14): the hit's sentence says the place is not the
// shop's own — cheaper there (guards.yaml cheaper), another of the shop's
// stores or also there (elsewhere-said: 另一家, 分店, 也有, 也开…).
func (c *checker) elsewhereSaid(h *wordHit) bool {
	if c.inSentence("cheaper", h) {
		return true
	}
	return c.inSentence("elsewhere-said", h)
}

// excuseThenID (lint v11 round 8): an account is given after an excuse for
// not talking here (私聊不方便 加我v：lulu_8899; 这边说不清楚，卫星：dd5566) —
// the excuse (cues.excuse) is what a refusal looks like, but the account that
// follows it in the sentence is the offer. A fraud warning in the sentence
// still cancels it.
func (c *checker) excuseThenID(h *wordHit) bool {
	if h.nstart < 0 || c.inSentence("fraud", h) {
		return false
	}
	return c.cueWithin(RuleContact, "excuse", c.sentenceStart(h.nstart), h.nstart)
}

// holdsNumber: the hit's normalized span has minNumeralRun digits in a
// row, as the shortest account number (a QQ number) has.
func (c *checker) holdsNumber(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	run := 0
	for _, r := range c.norm.norm[h.nstart:h.nend] {
		if !isDigit(r) {
			run = 0
		} else if run++; run >= minNumeralRun {
			return true
		}
	}
	return false
}

// laterIDFirst drops a word hit whose cue an account further along the
// sentence was found for (加一下店长的v，到货了马上通知您：hh_dianzhang):
// the account is the one finding, not the words that point to it.
func laterIDFirst(hits, ids []wordHit) []wordHit {
	out := hits[:0]
	for _, h := range hits {
		covered := false
		for _, g := range ids {
			if g.nstart >= h.nstart && g.nend <= h.nend && g.start >= h.end {
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

// contactIDs finds a contact cue followed by what can only be an account:
// five to twelve digits (numerals of every kind, 八八七七六六五五), or, after
// a WeChat-style cue (cues.contact: 微信, V, 微, 卫星…), a WeChat-style ID
// too (a letter, then five to nineteen letters, digits, _ or -; or six or
// more letters and digits written one or two at a time, l i n 8 8 9 9).
// The cues of numbers only (cues.contact-number: Q, 扣, 企鹅/🐧, 群, 电话,
// 手机) take digits only: 手机 iPhone 15 is a phone, not an account. Between
// cue and account only separators and words like 号/是/搜 may stand, so
// 手机号尾号是 5678 and 群发的活动消息 are not accounts.
//
// A cue of cues.contact-handle (飞机) takes only an @handle: 飞机 A320 is a
// plane.
//
// A bank cue (cues.bank: 银行卡, 对公账户, 卡上…) takes a card or account
// number of 12 to 19 digits; 卡号 and 账号 (cues.bank-weak) only when the
// sentence speaks of a transfer (户名, 转过来, 定金…): a gift card's number
// is not a bank account.
//
// A WeChat-style cue the reply addresses (加下客服的v, 店长的V) that ends its
// clause takes an ID later in the sentence: 加一下店长的v，到货了马上通知您：
// hh_dianzhang.
func (c *checker) contactIDs() []wordHit {
	var out []wordHit
	n := &c.norm
	for _, q := range c.cues {
		if q.rule != RuleContact {
			continue
		}
		var ids, bank, letterFirst, app, handleOnly, colon bool
		switch q.kind {
		case "contact":
			ids = true
		case "contact-app":
			ids, app = true, true
		case "contact-id":
			ids, letterFirst = true, true
		case "contact-letter":
			ids, letterFirst, colon = true, true, true
		case "contact-handle":
			ids, handleOnly = true, true
		case "contact-number":
		case "bank":
			bank = true
		case "bank-weak":
			bank = c.cueInSentence(RuleContact, "transfer", q.nstart, q.nend)
			if !bank {
				continue
			}
		default:
			continue
		}
		n.digitView()
		f := n.foldedDigits
		o := n.idx[q.nend-1] + 1 // folded index after the cue
		o = skipIDFiller(f, o)
		s := n.idx[q.nstart]
		if c.labelled(s) {
			continue // 维修单号WX2026…: the cue's letters begin the number a label names
		}
		if ids && o < len(f) && (f[o] == '@' || f[o] == '＠') {
			if end := handleEnd(f, o+1); end > o+2 {
				out = append(out, wordHit{rule: RuleContact, start: s, end: end, nstart: q.nstart, nend: q.nend})
			}
			continue
		}
		if handleOnly {
			continue // 飞机 A320: a plane; only 飞机 @handle is Telegram
		}
		if letterFirst && o < len(f) && !isASCIILetter(f[o]) {
			continue // 订单ID 2023…: a number after ID is an order's
		}
		colonAfter := strings.ContainsAny(string(f[n.idx[q.nend-1]+1:o]), ":：")
		if colon && !colonAfter {
			continue // lint v12 round 10: W：lily8899 is WeChat; W lily, W32 are sizes and names
		}
		if bank {
			if end, ok := bankAccountAt(f, o); ok {
				out = append(out, wordHit{rule: RuleContact, start: s, end: end, nstart: q.nstart, nend: q.nend})
			}
			continue
		}
		end, ok := accountAt(f, o, ids)
		if !ok && colon {
			end, ok = pinyinID(f, o) // lint v23: 薇：tian yuan zhong zi
		}
		if !ok && ids && colonAfter {
			end, ok = spacedLettersID(f, o) // lint v27: 微：h a i w e i _ q h d
		}
		if !ok && ids && colonAfter {
			end, ok = hanMixedID(f, o) // lint v30: 威：y n 菌 菌 2 3 3
		}
		if !ok {
			if ids {
				if a, b, ok := c.laterID(q); ok {
					out = append(out, wordHit{rule: RuleContact, start: a, end: b, nstart: q.nstart, nend: q.nend})
				}
			}
			continue
		}
		if phoneLike(f[o:end]) || c.phoneLabelled(q) {
			continue // compliance/phone-number reports phone numbers
		}
		if publicNumber(f[o:end]) && strings.ContainsAny(string(n.norm[q.nstart:q.nend]), "电话热线拨打") {
			continue // 快递电话是95338: a carrier's public hotline, not the shop's
		}
		if app && !separated(f[n.idx[q.nend-1]+1:o]) && !idLike(f[o:end]) {
			continue // Line Friends: a brand after the app's name, not an account
		}
		h := wordHit{rule: RuleContact, start: s, end: end, nstart: q.nstart, nend: q.nend}
		if n.norm[q.nstart] == 'q' && c.topUp(&h) {
			continue // 您充值的QQ号123456789已经到账了: the buyer's account, topped up
		}
		out = append(out, h)
	}
	return out
}

// heartIDs (lint v13, after red teams 178-185) finds a heart standing alone
// for WeChat — then a colon and an account (❤：jd-water666, 喂❤：y-s-9-2-5,
// 找我❤️: lhx5520). A heart after v or before 信 is already part of a word
// (normalize: v❤ is vx, ❤信 is 微信); a heart without a colon and an account
// after it decorates (谢谢亲❤).
func (c *checker) heartIDs() []wordHit {
	n := &c.norm
	if !slices.ContainsFunc(n.folded, isHeart) {
		return nil
	}
	n.digitView()
	f := n.foldedDigits
	var out []wordHit
	for i, r := range f {
		if !isHeart(r) {
			continue
		}
		j := i + 1
		for j < len(f) && (isVariation(f[j]) || f[j] == ' ') {
			j++
		}
		if j >= len(f) || f[j] != ':' && f[j] != '：' && f[j] != '是' { // lint v33: 嬢嬢的 ❤ 是 fucheng_mf
			continue
		}
		if f[j] == '是' {
			j++
		}
		o := skipIDFiller(f, j)
		end, ok := accountAt(f, o, true)
		if !ok || phoneLike(f[o:end]) {
			continue // a phone number is compliance/phone-number's
		}
		ns, ne := sort.SearchInts(n.idx, i), sort.SearchInts(n.idx, end)
		if ns >= ne {
			continue
		}
		out = append(out, wordHit{rule: RuleContact, start: i, end: end, nstart: ns, nend: ne, entry: -1})
	}
	return out
}

// namedMiniPrograms finds a mini program given by its name in quotes or
// brackets (去小程序“耳机售后”登记, 小程序「鹿鹿生活」里查, 小程序《萌宝成长》):
// whatever the verb, a named mini program is the shop's own, off the
// platform. The platforms' own (京东购物小程序) are the cue's straddles, and a
// name that holds a platform's (小程序“京东购物”) is the platform's.
func (c *checker) namedMiniPrograms() []wordHit {
	var out []wordHit
	for _, q := range c.cuesOf(RuleContact, "mini-program") {
		a, b, ok := c.quotedAfter(q.nend)
		if !ok {
			// lint v11 round 8: the name before it (在“鹿鹿生活”小程序提交售后)
			if a, b, ok = c.quotedBefore(q.nstart); ok && !c.l.words.namesPlatform(c.norm.folded[a:b]) && !appEntry(c.norm.norm[q.nend:], c.norm.folded[a:b]) {
				out = append(out, wordHit{rule: RuleContact, start: a - 1, end: c.norm.idx[q.nend-1] + 1, nstart: q.nstart, nend: q.nend, entry: -1})
			}
			continue
		}
		if c.l.words.namesPlatform(c.norm.folded[a:b]) {
			continue
		}
		out = append(out, wordHit{rule: RuleContact, start: c.norm.idx[q.nstart], end: b + 1, nstart: q.nstart, nend: q.nend, entry: -1})
	}
	return out
}

// namedApps finds an app off the platform (cues.app: sets.yaml 站外) in a
// sentence that names a shop or an account in quotes after 搜, 店名, 名字是…
// (guard.go: namedInSentence): 老铁们，直播在抖音，晚上八点不见不散，搜“东北大
// 米哥” sends the buyer there whatever the words between.
func (c *checker) namedApps() []wordHit {
	var out []wordHit
	for _, q := range c.cuesOf(RuleContact, "app") {
		h := wordHit{rule: RuleContact, nstart: q.nstart, nend: q.nend, entry: -1}
		h.start, h.end = c.norm.span(q.nstart, q.nend)
		// Lint v20 (after red teams 498-505): not the buyer's words quoted
		// back (您说的“小红书同款”，就是这支05号“焦糖拿铁”): the name in
		// quotes is the product's, and the app is what the buyer said.
		if c.namedInSentence(&h) && !c.inThingsName(q) && !c.quotedReport(&h) && !c.sameGoodsNamed(q) {
			out = append(out, h)
		}
	}
	return out
}

// sameGoodsNamed (lint v26, after red teams 778-785): the app is where the
// buyer saw the goods (抖音同款香囊就是这一款，款名叫“端午五毒绣香囊”): 同款
// right after it and nothing in the sentence to search or go there. Lint v28
// (after red teams 842-865): or what the buyer saw there (guards.yaml
// seen-there, 上/里 between: 抖音上看到的那款我们这也有，就是这个链接).
func (c *checker) sameGoodsNamed(app cueHit) bool {
	n := c.norm.norm
	if !strings.HasPrefix(string(n[app.nend:min(app.nend+2, len(n))]), "同款") && !c.seenAfter(app.nend) {
		return false
	}
	s := string(n[c.sentenceStart(app.nstart):c.sentenceEnd(app.nend)])
	return !strings.ContainsAny(s, "搜去关")
}

// inThingsName (lint v14, after red teams 250-265): the app is part of the
// quoted name of a thing, given after 名字/名叫 whose owner is no shop or
// account (咯款胸针的名字叫"抖音同款小雏菊"; 这个配色叫“抖音蓝”): a product's
// name that happens to hold an app's. 店名叫“抖音小店阿花”, 账号名字是“…” and
// 搜“…” still send the buyer there.
func (c *checker) inThingsName(app cueHit) bool {
	n := &c.norm
	at := n.idx[app.nstart]
	for _, q := range c.namedQuotes() {
		w := string(n.norm[q.nstart:q.nend])
		if w != "名字" && w != "名叫" {
			continue
		}
		if s, e, ok := c.quotedAfter(q.nend); !ok || at < s || at >= e {
			continue
		}
		before := string(n.norm[max(0, q.nstart-3):q.nstart])
		if !strings.ContainsAny(before, "店号铺家") {
			return true
		}
	}
	return false
}

// innerDot reports whether f[k] is a dot inside a handle or a domain, between
// two Latin letters or digits (搜“huahua.home”): no sentence ends there.
func innerDot(f []rune, k int) bool {
	alnum := func(r rune) bool { return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }
	return f[k] == '.' && k > 0 && k+1 < len(f) && alnum(f[k-1]) && alnum(f[k+1])
}

// quoteClose maps the quotes and brackets a name is put in to their closing
// mark.
var quoteClose = map[rune]rune{'“': '”', '「': '」', '『': '』', '《': '》', '【': '】', '"': '"', '\'': '\'', '〈': '〉', '‘': '’'}

// quotedAfter finds a name in quotes or brackets right after norm[:e] — only
// spaces, a colon, 是, 叫 or 为 between — and returns the folded span of the
// name inside the marks: 搜“萌宝优选”, 名字是「小李二手」.
func (c *checker) quotedAfter(e int) (int, int, bool) {
	n := &c.norm
	if e <= 0 || e > len(n.norm) {
		return 0, 0, false
	}
	f := n.folded
	o := n.idx[e-1] + 1
	for o < len(f) && strings.ContainsRune(" :：是叫为做名字称", f[o]) {
		o++
	}
	if o+1 < len(f) && (f[o] == '，' || f[o] == ',') && strings.ContainsRune("叫名", f[o+1]) {
		// 小程序，叫“王家果园”: the name in the next clause, after 叫 or 名字是
		for o++; o < len(f) && strings.ContainsRune(" :：是叫为做名字称", f[o]); o++ {
		}
	}
	if o >= len(f) {
		return 0, 0, false
	}
	closing, ok := quoteClose[f[o]]
	if !ok {
		return 0, 0, false
	}
	for k := o + 1; k < len(f) && k <= o+25; k++ {
		if f[k] == closing {
			return o + 1, k, k > o+1
		}
		if breakLevel(f[k]) == sentenceBreak && !innerDot(f, k) {
			break
		}
	}
	return 0, 0, false
}

// appEntry (lint v11 round 8): a quoted name before 小程序 that is a page or
// an entry of the buyer's own app, not a mini program of the shop — “我的订单”
// 小程序入口 — starts with 我的 or has 入口 right after 小程序.
func appEntry(after, name []rune) bool {
	return hasPrefixRunes(name, "我的") || hasPrefixRunes(after, "入口")
}

// quotedBefore (lint v11 round 8) finds a name in quotes or brackets right
// before norm[s] — only spaces between — and returns the folded span of the
// name inside the marks: 在“鹿鹿生活”小程序提交.
func (c *checker) quotedBefore(s int) (int, int, bool) {
	n := &c.norm
	if s <= 0 || s >= len(n.norm) {
		return 0, 0, false
	}
	f := n.folded
	o := n.idx[s] - 1
	for o >= 0 && f[o] == ' ' {
		o--
	}
	if o < 1 {
		return 0, 0, false
	}
	for k := o - 1; k >= 0 && k >= o-25; k-- {
		if closing, ok := quoteClose[f[k]]; ok && closing == f[o] {
			return k + 1, o, o > k+1
		}
		if breakLevel(f[k]) == sentenceBreak && !innerDot(f, k) {
			break
		}
	}
	return 0, 0, false
}

// digitGroups reads digits from f[o] on, a space or a dash allowed between
// groups (lint v10 round 6: up to three of them, 4 4 0 - 8 8 1) and a
// keycap's marks after a digit (8️⃣8️⃣7️⃣): how many digits, the index after
// the run, and the last digit's.
func digitGroups(f []rune, o int) (digits, end, last int) {
	end, last = o, o
	for end < len(f) && (isDigit(f[end]) || end > o && isKeycap(f[end]) || groupGap(f, end) > 0) {
		if isDigit(f[end]) {
			digits++
			last = end
		} else if g := groupGap(f, end); g > 1 {
			end += g - 1
		}
		end++
	}
	return digits, end, last
}

// groupGap is how many spaces and dashes (one to three) stand at f[i] before
// a digit, or 0.
func groupGap(f []rune, i int) int {
	k := i
	for k < len(f) && k-i < 3 && (f[k] == ' ' || f[k] == '-') {
		k++
	}
	if k > i && k < len(f) && isDigit(f[k]) {
		return k - i
	}
	return 0
}

// handleEnd is the folded index after an @handle starting at f[o] (the rune
// after the @): letters, digits, Han, _ . and -, up to 30 of them.
func handleEnd(f []rune, o int) int {
	i := o
	for i < len(f) && i-o < 30 && (isASCIILetter(f[i]) || isDigit(f[i]) || f[i] == '_' || f[i] == '.' || f[i] == '-' ||
		f[i] >= 0x4E00 && f[i] <= 0x9FFF) {
		i++
	}
	return i
}

// cueInSentence reports a cue of rule/kind in the sentence holding norm
// [s, e).
func (c *checker) cueInSentence(rule, kind string, s, e int) bool {
	start, end := c.sentenceStart(s), c.sentenceEnd(e)
	return c.cueWithin(rule, kind, start, end)
}

// bankAccountAt reads a card or account number at f[o]: 12 to 19 digits,
// spaces and dashes between groups allowed. It returns the folded index
// after it.
func bankAccountAt(f []rune, o int) (int, bool) {
	digits, i, last := digitGroups(f, o)
	if digits == 0 || i < len(f) && (isASCIILetter(f[i]) || f[i] == '*') {
		return 0, false
	}
	return last + 1, digits >= 12 && digits <= 19
}

// laterID finds the ID a lone WeChat cue points to further along its
// sentence (加一下店长的v，到货了马上通知您：hh_dianzhang). The cue must be
// addressed — right after 的, 加, 个, 我, 你, 您 or + — and end its clause (a
// particle such as 吧 or 哦, or 上/里 as in 发你V上, aside), and the ID must look like one: a letter,
// then 5 to 19 letters, digits, _ or -, with an _ or at least two digits and
// two letters (model names like VL20231188 next to a V领 have no addressed
// cue). It returns the ID's folded span.
func (c *checker) laterID(q cueHit) (int, int, bool) {
	n := &c.norm
	if q.nstart == 0 || !strings.ContainsRune("的加个我你您+", n.norm[q.nstart-1]) || n.brk[q.nstart] != 0 {
		return 0, 0, false
	}
	f := n.foldedDigits
	o := n.idx[q.nend-1] + 1
	for o < len(f) && (f[o] == ' ' || strings.ContainsRune("吧哦呢呀哈啊上里", f[o])) {
		o++ // 发你V上，号是…: a place or a particle after the cue
	}
	if o < len(f) && breakLevel(f[o]) == 0 {
		return 0, 0, false
	}
	end := len(f)
	if e := c.sentenceEnd(q.nend); e < len(n.norm) {
		end = n.idx[e]
	}
	for i := o; i < end; {
		if !isASCIILetter(f[i]) || i > 0 && (isASCIILetter(f[i-1]) || isDigit(f[i-1])) {
			i++
			continue
		}
		j, letters, digits, under := i, 0, 0, false
		for j < len(f) && (isASCIILetter(f[j]) || isDigit(f[j]) || f[j] == '_' || f[j] == '-') {
			switch {
			case isASCIILetter(f[j]):
				letters++
			case isDigit(f[j]):
				digits++
			default:
				under = true
			}
			j++
		}
		if k := j - i; k >= 6 && k <= 20 && letters >= 2 && (under || digits >= 2) {
			return i, j, true
		}
		i = j
	}
	return 0, 0, false
}

// separated reports a separator or a filler word (anything but spaces)
// between a contact cue and its account: Line：mujia_tw, 电报群 @…
func separated(between []rune) bool {
	for _, r := range between {
		if r != ' ' {
			return true
		}
	}
	return false
}

// idLike reports an account with a digit, _, . or - in it: what a chat ID
// looks like, unlike a word (Line Friends).
func idLike(acct []rune) bool {
	for _, r := range acct {
		if isDigit(r) || r == '_' || r == '.' || r == '-' {
			return true
		}
	}
	return false
}

// idFiller are the words that may stand between a contact cue and the ID
// (lint v10 round 3: 找我, 联系我, 私聊 — 扣扣找我 2837465; lint v12 round
// 10: 频道 — Telegram頻道 @shopdeal88; 上搜 — IG上搜 @lily_closet).
// lint v10 round 5: Cantonese 係 for 是, folded to 系 (微訊號係 ahua_hk).
var idFiller = []string{"号码", "账号", "帐号", "号", "是", "为", "搜索", "搜", "同号", "id", "号是", "码", "群号", "群", "就是", "找我", "联系我", "私聊", "联系", "联络", "你懂的",
	"系", "就系", "频道", "上搜索", "上搜", "里搜",
	"建行", "工行", "农行", "中行", "招行", "交行", "邮储", // lint v30: 银行卡：建行 6217…
	"吧"} // lint v19 (after red teams 466-473): 我发您🐧吧：二七六…

func skipIDFiller(f []rune, o int) int {
	for steps := 0; o < len(f) && steps < 12; steps++ {
		r := f[o]
		// Lint v18 (after red teams 394-401): a slash too, for agents who
		// write in fragments (加个 ｖ / m u s h e n g 6 6). Lint v19: an
		// arrow (薇 → m_e_n_8_8_6_6). Lint v23: the Han stroke 丨 that
		// stands for a bar (嘉 V 丨ajie 0 7 4 3).
		if r == ' ' || r == ':' || r == '：' || r == '-' || r == '=' || r == '"' || r == '“' || r == '”' || r == '「' || r == '」' || r == '+' || r == '/' || r == '|' || r == '丨' || isArrow(r) || isVariation(r) || isInvisible(r) || isHeart(r) ||
			unicode.Is(unicode.So, r) { // lint v28: a symbol around the cue (🌸薇🌸：guixiang_mama); ➕ is folded to + already
			o++
			continue
		}
		if (r == '，' || r == ',') && o+1 < len(f) && fillerAt(f, o+1) > 0 {
			o++ // 加个卫星，号是 haowu_888: a comma, then the account's filler
			continue
		}
		k := fillerAt(f, o)
		if k == 0 {
			break
		}
		o += k
	}
	return o
}

// fillerAt is the length in runes of the filler word at f[o], or 0.
func fillerAt(f []rune, o int) int {
	for _, w := range idFiller {
		if hasPrefixRunes(f[o:], w) {
			return len([]rune(w))
		}
	}
	return 0
}

func hasPrefixRunes(f []rune, w string) bool {
	i := 0
	for _, r := range w {
		if i >= len(f) || f[i] != r {
			return false
		}
		i++
	}
	return true
}

// accountAt reads an account starting at f[o]: digits (spaces and dashes
// between groups allowed) or, when ids is set, a WeChat-style ID. It returns
// the folded index after it.
func accountAt(f []rune, o int, ids bool) (int, bool) {
	if o >= len(f) {
		return 0, false
	}
	if isDigit(f[o]) {
		digits, i, last := digitGroups(f, o)
		if i < len(f) && (isASCIILetter(f[i]) || f[i] == '.' && i+1 < len(f) && isDigit(f[i+1])) {
			return 0, false // a model number or a price
		}
		u := i
		for u < len(f) && f[u] == ' ' {
			u++ // lint v10 round 5: 手机 2999 3999 元 — a unit after a space
		}
		if u < len(f) && strings.ContainsRune("元块件折天年月日号个次分秒斤克米寸码%吨亩株箱袋", f[u]) {
			return 0, false // a quantity, not an account (土豆20000吨 too: lint v10 round 3)
		}
		if i < len(f) && (f[i] == '*' || f[i] == '＊') {
			return 0, false // a masked number: 1380013****
		}
		return keycapEnd(f, last+1), digits >= 5 && digits <= 12
	}
	if !ids || !isASCIILetter(f[o]) {
		return 0, false
	}
	i := o
	// Lint v28 (after red teams 842-865): a tilde joins parts too
	// (薇：tooth~care~88), and (after 890-897) a bar (卫星号：hld丨xc丨0429),
	// lint v29 (after 922-929) a middle dot (薇 ：mb·shz·2024), between two
	// letters or digits only.
	for i < len(f) && (isASCIILetter(f[i]) || isDigit(f[i]) || f[i] == '_' || f[i] == '-' ||
		strings.ContainsRune(".~丨|·•・", f[i]) && i > o && i+1 < len(f) && (isASCIILetter(f[i+1]) || isDigit(f[i+1]))) {
		i++
	}
	if n := i - o; n >= 6 && n <= 20 {
		return i, true
	}
	if end, ok := wordThenDigits(f, o, i); ok {
		return end, true
	}
	return spacedID(f, o)
}

// wordThenDigits (lint v16, after red teams 314-321) reads an ID written as
// a short word (lint v23: or up to three pinyin syllables, tang xi 888) and
// then its digits spaced out (lily 2 0 2 3, abc 88 99):
// two to five letters at f[o:i], then at least two digits in groups of at
// most four with single spaces between, six to twenty characters in all.
func wordThenDigits(f []rune, o, i int) (int, bool) {
	letters := i - o
	if letters < 2 || letters > 5 {
		return 0, false
	}
	// Lint v23 (after red teams 610-617): the word may go on in one or two
	// more pinyin syllables before the digits (薇：tang xi 888).
	for words := 0; words < 2 && i+1 < len(f) && f[i] == ' ' && isASCIILetter(f[i+1]); words++ {
		k := asciiWordEnd(f, i+1)
		if k-i-1 > 6 {
			break
		}
		letters += k - i - 1
		i = k
	}
	digits, last := 0, -1
	for j := i; j < len(f); {
		if f[j] == ' ' && j+1 < len(f) && isDigit(f[j+1]) {
			j++
		}
		if !isDigit(f[j]) {
			break
		}
		k := j
		for k < len(f) && isDigit(f[k]) {
			k++
		}
		if k-j > 4 {
			return 0, false
		}
		digits += k - j
		last = k - 1
		j = k
	}
	if digits < 2 || letters+digits < 6 || letters+digits > 20 {
		return 0, false
	}
	return last + 1, true
}

// spacedID reads an ID written a character or two at a time with spaces,
// dots, dashes or underscores between (l i n 8 8 9 9, h.s.9.9.8.8,
// H S - 5 5 8 0): six to twenty letters and digits, at least one of them a
// digit, no group longer than two — so words (the best) and model names
// (iPhone 15 Pro) are not read as one.
func spacedID(f []rune, o int) (int, bool) {
	end, alnum, digit, _, _ := spacedRun(f, o)
	return end, digit && alnum >= 6 && alnum <= 20
}

// spacedLettersID (lint v27, after red teams 810-817) is spacedID without a
// digit, which only a cue with a colon after it takes (微：h a i w e i _ q h
// d): an underscore among the separators marks an account name, not words.
// So does (lint v36, after red teams 1194-1201) a run of single letters
// (威：Ⓖ Ⓨ Ⓢ Ⓗ Ⓞ Ⓤ Ⓙ Ⓘ, folded to g y s h o u j i): words are longer.
func spacedLettersID(f []rune, o int) (int, bool) {
	end, alnum, _, underscore, widest := spacedRun(f, o)
	return end, (underscore || widest == 1) && alnum >= 6 && alnum <= 20
}

// hanMixedID (lint v30, after red teams 938-945) reads an ID after a
// contact cue and a colon that writes a syllable or two in Han for its
// pinyin (威：y n 菌 菌 2 3 3 for ynjunjun233): a letter first, then letters,
// digits and at most four Han, spaces between them allowed, with at least
// three digits, or two after two letters (薇：X P 海 带 9 9), so 薇：小美 and
// 微：yn 菌菌 name no account.
func hanMixedID(f []rune, o int) (int, bool) {
	if o >= len(f) || !isASCIILetter(f[o]) {
		return 0, false
	}
	end, letters, digits, han := o, 0, 0, 0
scan:
	for i := o; i < len(f) && i-o < 40; i++ {
		r := f[i]
		switch {
		case isASCIILetter(r):
			letters++
		case isDigit(r):
			digits++
		case unicode.Is(unicode.Han, r) && digits == 0:
			han++ // the digits close the ID: 233备注拼多多 ends at 3
		case r == ' ' || r == '\u3000':
			continue
		default:
			break scan
		}
		end = i + 1
	}
	return end, han > 0 && han <= 4 && (digits >= 3 || digits >= 2 && letters >= 2) && letters+digits+han <= 20
}

// spacedRun reads spacedID's run: where it ends, how many letters and digits
// it holds, whether one is a digit, whether an underscore separates two and
// how many the widest group holds (one or two).
func spacedRun(f []rune, o int) (end, alnum int, digit, underscore bool, widest int) {
	group, last := 0, o
	for i := o; i < len(f); i++ {
		r := f[i]
		switch {
		case isASCIILetter(r) || isDigit(r):
			alnum++
			group++
			widest = max(widest, group)
			digit = digit || isDigit(r)
			last = i
			if group > 2 {
				return 0, 0, false, false, 0
			}
		case isIDSeparator(r) && group > 0:
			// Lint v23 (after red teams 610-617): a run of separators
			// too (H S - 5 5 8 0).
			j := i
			for j < len(f) && j-i < 3 && isIDSeparator(f[j]) {
				underscore = underscore || f[j] == '_'
				j++
			}
			if j >= len(f) || !isASCIILetter(f[j]) && !isDigit(f[j]) {
				return last + 1, alnum, digit, underscore, widest
			}
			group = 0
			i = j - 1
		default:
			return last + 1, alnum, digit, underscore, widest
		}
	}
	return last + 1, alnum, digit, underscore, widest
}

// pinyinID (lint v23, after red teams 626-633) reads an ID written as pinyin
// syllables with single spaces between and no digit (tian yuan zhong zi):
// three to six words of one to six letters, eight to twenty letters in all.
// Only a letter cue with a colon (薇：, W：) takes it: the colon says an ID
// follows, where plain words after a cue are English.
func pinyinID(f []rune, o int) (int, bool) {
	words, letters, i := 0, 0, o
	for i < len(f) && isASCIILetter(f[i]) {
		k := asciiWordEnd(f, i)
		if k-i > 6 {
			return 0, false
		}
		words++
		letters += k - i
		i = k
		if i+1 < len(f) && f[i] == ' ' && isASCIILetter(f[i+1]) {
			i++
			continue
		}
		break
	}
	if i < len(f) && isDigit(f[i]) {
		return 0, false
	}
	return i, words >= 3 && words <= 6 && letters >= 8 && letters <= 20
}

// asciiWordEnd is the index after the run of ASCII letters starting at f[i]
// (i itself when f[i] is none).
func asciiWordEnd(f []rune, i int) int {
	for i < len(f) && isASCIILetter(f[i]) {
		i++
	}
	return i
}

// isIDSeparator reports what may stand between the pieces of a spaced-out ID.
func isIDSeparator(r rune) bool { return r == ' ' || r == '.' || r == '·' || r == '-' || r == '_' }

// phoneLabelled reports a contact cue that is also a phone label
// (cues.line of compliance/phone-number: 电话, 手机) with the eight-digit
// number labelledLines reports after it: 電話 ９８７６ ５４３２ is a phone.
func (c *checker) phoneLabelled(q cueHit) bool {
	for _, l := range c.cuesOf(RulePhone, "line") {
		if l.nend == q.nend {
			_, _, ok := c.lineNumberAfter(l)
			return ok
		}
	}
	return false
}

// phoneLike reports an account that compliance/phone-number reports
// already: a mobile number (with or without 86) or a fixed-line or 400/800
// number.
func phoneLike(acct []rune) bool {
	var d []rune
	for _, r := range acct {
		if isDigit(r) {
			d = append(d, r)
		}
	}
	if len(d) == 13 && d[0] == '8' && d[1] == '6' {
		d = d[2:]
	}
	switch {
	case len(d) == 11 && d[0] == '1' && d[1] >= '3':
		return true
	case len(d) >= 10 && len(d) <= 12 && d[0] == '0':
		return true
	case len(d) == 10 && (d[0] == '4' || d[0] == '8') && d[1] == '0' && d[2] == '0':
		return true
	}
	return false
}

// emails reports e-mail addresses (lint v11 round 8: also with the last dot
// written 点 or dot, huahua@163点com).
func (c *checker) emails(t *textCtx) {
	folded := string(c.norm.folded)
	ri := runeIndex{s: folded}
	for _, loc := range emailRE.FindAllStringIndex(folded, -1) {
		a := ri.at(loc[0])
		c.report(t, RuleContact, a, a+runeCount(folded[loc[0]:loc[1]]),
			fmt.Sprintf("邮箱地址 %s：站外联系方式，平台禁止引导买家离开平台", folded[loc[0]:loc[1]]), nil)
	}
}

var emailRE = regexp.MustCompile(`[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*(?:\.[a-z]{2,}|(?:点|點| ?dot ?)(?:com|cn|net|org|hk|tw))`)

var phoneRule = Rule{ID: RulePhone, Severity: Error, Summary: "手机号码、固定电话（含中文、大写、圈码数字写法）", check: checkPhone}

// checkPhone finds mainland mobile numbers: 11 digits starting 1[3-9] with
// no digit on either side (an order number that contains 139… is not a phone
// number), optionally after +86/86. Numbers spelled out (一三九, 壹叁玖, 幺,
// ①③⑨) count once normalized; spaces, dashes and dots between digit groups
// are ignored because normalizing drops them. A number glued to letters is a
// code (JDVA18392047561, SKU13911223344) unless the letters are a contact
// cue (TEL13912345678, V13800138000), and a number right after a label (订单
// 号, 发票号码, 流水号…) is what the label says.
func checkPhone(c *checker, t *textCtx) {
	n := &c.norm
	n.digitView()
	d := n.digits
	longRun := false // a run of 7+ digits: a fixed-line number is possible
	for i := 0; i < len(d); {
		if !isDigit(d[i]) {
			i++
			continue
		}
		j := i
		for j < len(d) && isDigit(d[j]) {
			j++
		}
		longRun = longRun || j-i >= 7
		if s := i + countryCode(d[i:j]); j-s == 11 && isMobile(d[s:j]) {
			c.mobile(t, i, s, j)
		} else if j-i > 11 && !c.overseasMobile(t, i, j) {
			c.adjacentMobiles(t, i, j)
		} else if j-i <= 11 {
			c.overseasMobile(t, i, j)
		}
		i = j
	}
	if longRun {
		c.landlines(t)
	}
	c.spokenMobiles(t)
	c.letterMobiles(t)
	c.labelledLines(t)
	c.englishMobiles(t)
}

// englishDigits are the English words for the digits (oh for 0) and, lint
// v16 (after red teams 322-329), their pinyin (yao san ba, wu liu qi ba…).
var englishDigits = map[string]byte{"zero": '0', "oh": '0', "one": '1', "two": '2', "three": '3', "four": '4', "five": '5', "six": '6', "seven": '7', "eight": '8', "nine": '9',
	"ling": '0', "yi": '1', "yao": '1', "er": '2', "liang": '2', "san": '3', "si": '4', "wu": '5', "liu": '6', "qi": '7', "ba": '8', "jiu": '9'}

// englishMobiles (lint v11 round 8) reads a mobile number written partly or
// wholly in English digit words (one-three-eight 6612 0937; one three nine
// one two three four five six seven eight): a run of words and digits with
// only spaces, dashes and commas between, at least three of them words, that reads as
// 1[3-9] and nine more digits. Ordinary English (one or two items) never
// has three digit words in a row.
func (c *checker) englishMobiles(t *textCtx) {
	f := c.norm.folded
	for i := 0; i < len(f); {
		if !isASCIILetter(f[i]) || i > 0 && isASCIILetter(f[i-1]) {
			i++
			continue
		}
		var num []byte
		words, start, end := 0, i, i
		k := i
	run:
		for k < len(f) {
			switch {
			case isASCIILetter(f[k]):
				e := asciiWordEnd(f, k)
				if e-k > 5 {
					break run
				}
				d, ok := englishDigits[strings.ToLower(string(f[k:e]))]
				if !ok {
					break run
				}
				num = append(num, d)
				words++
				k, end = e, e
			case isDigit(f[k]):
				num = append(num, byte(f[k]))
				k++
				end = k
			case f[k] == ' ' || f[k] == '-' || f[k] == ',':
				k++
			default:
				break run
			}
		}
		if words >= 3 && len(num) == 11 && isMobile([]rune(string(num))) {
			c.report(t, RulePhone, start, end, fmt.Sprintf("手机号码 %s（%s）：用英文单词或拼音写的数字也是站外联系方式，平台禁止发送", strings.TrimSpace(string(t.rs[start:end])), num), nil)
		}
		i = max(end, i+1)
	}
}

// labelledLines (lint v10 round 5) finds an eight-digit number right after a
// phone label (cues.line: 热线, 致电, 电话, 手提…; only separators and 是/係/
// 号码 between): a Hong Kong number or a local number without its area code —
// 熱線：２５４３－６７８９, 請致電 貳伍肆叁陸柒捌玖. Eight digits alone are
// as often a price, a date or an order, so only the label makes it a phone;
// one starting 0 or 1 (a date, 1000-2200 as opening hours) is not read, nor
// one followed by a unit (元, 号, 年…).
func (c *checker) labelledLines(t *textCtx) {
	n := &c.norm
	for _, q := range c.cuesOf(RulePhone, "line") {
		o, end, ok := c.lineNumberAfter(q)
		if !ok {
			continue
		}
		s := n.idx[q.nstart]
		num := strings.Map(func(r rune) rune {
			if isDigit(r) {
				return r
			}
			return -1
		}, string(n.foldedDigits[o:end]))
		msg := fmt.Sprintf("电话号码 %s：电话、热线后面的八位号码（香港号码、不带区号的座机）也是站外联系方式，平台禁止发送", num)
		switch {
		case len(num) == 10:
			msg = fmt.Sprintf("电话号码 %s：叫买家打的号码，少一位也是手机号，是站外联系方式，平台禁止发送", num)
		case len(num) > 10:
			msg = fmt.Sprintf("固定电话 %s：区号加号码，平台禁止发送站外联系方式", num)
		}
		c.report(t, RulePhone, s, end, msg, nil)
	}
}

// lineFiller may stand between a phone label and its number besides
// idFiller's words: whom to call (致電我哋) and Hong Kong's country code.
var lineFiller = []string{"我们", "我哋", "本店", "我", "+852", "(852)", "852 ", "852-"}

// lineNumberAfter reads the eight-digit number right after a phone label
// (lint v15: or a mobile one digit short) and returns its folded span.
func (c *checker) lineNumberAfter(q cueHit) (int, int, bool) {
	n := &c.norm
	n.digitView()
	f := n.foldedDigits
	o := skipIDFiller(f, n.idx[q.nend-1]+1)
	for _, w := range lineFiller {
		if hasPrefixRunes(f[o:], w) {
			o = skipIDFiller(f, o+len([]rune(w))) // 致電我哋 9123 4567; 熱線：(852) 2345 6789
			break
		}
	}
	if o >= len(f) || !isDigit(f[o]) || c.labelled(o) {
		return 0, 0, false
	}
	digits, i, last := digitGroups(f, o)
	// Lint v16 (after red teams 306-313): after a label, 0 and an area code
	// then a local number of seven or eight digits, whatever its first
	// (座机：0531 幺幺八八 六六二零): the label makes it a landline even where
	// landlineRE, reading unlabelled digits, wants the local number to start
	// 2-9.
	areaLine := f[o] == '0' && o+1 < len(f) && f[o+1] != '0' && (digits == 11 || digits == 12)
	if f[o] == '0' && !areaLine {
		return 0, 0, false
	}
	for i < len(f) && f[i] == ' ' {
		i++ // 手机 2999 3999 元: the unit may stand after a space
	}
	// lint v15 (after red teams 270-277): after a label, a number of ten
	// digits opening 13-19 is a mobile one digit short (直接打 186 幺幺幺 8 8
	// 8 8): written wrong or cut on purpose, it still asks the buyer to call.
	shortMobile := digits == 10 && f[o] == '1' && o+1 < len(f) && f[o+1] >= '3' && f[o+1] <= '9'
	if f[o] == '1' && !shortMobile || digits != 8 && !shortMobile && !areaLine || i < len(f) && (isASCIILetter(f[i]) || isDigit(f[i]) || strings.ContainsRune(amountWords+"吨亩点时:：.", f[i])) {
		return 0, 0, false
	}
	var num []rune
	for _, r := range f[o:i] {
		if isDigit(r) {
			num = append(num, r)
		}
	}
	if areaLine && landlineRE.MatchString(string(num)) {
		return 0, 0, false // landlines reports it
	}
	if publicNumber(num) || c.serviceLine(o) == lineThirdParty {
		return 0, 0, false // 携程的客服电话95105888: a company's public line
	}
	return o, keycapEnd(f, last+1), true
}

// isKeycap reports the marks that make a digit a keycap (1️⃣ is 1, U+FE0F,
// U+20E3): part of the digit they follow.
func isKeycap(r rune) bool { return r == 0xFE0F || r == 0x20E3 }

// keycapEnd is i moved past the keycap marks at f[i:].
func keycapEnd(f []rune, i int) int {
	for i < len(f) && isKeycap(f[i]) {
		i++
	}
	return i
}

// letterDigit is the digit a letter or a stroke stands for in a phone number
// written to slip past a filter — l, i (I folds to it), | and 丨 for 1, o (O,
// Ｏ) for 0 — or -1.
func letterDigit(r rune) int {
	switch r {
	case 'l', 'i', '|', '丨', 'ǀ':
		return 1
	case 'o':
		return 0
	}
	return -1
}

// letterGroup is one group of a run of digits and letters that stand for
// digits, in folded runes [s, e): its digits as read, how many were letters.
type letterGroup struct {
	s, e    int
	num     []rune
	letters int
}

// letterMobiles finds mobile numbers with letters or strokes written for some
// digits (l38OO138OOO, 打我手机 l3800l38000, |38OO|38OOO, l5O l234 5678, 1 3 8
// O O l…), read on the folded text as the number rules only: a run of digits
// and such letters, a single space or dash allowed between groups, that
// stands alone — no Latin letter or digit glued to either end, so words and
// codes (lol, OLED, IO-1380, l000ml) are never read — and whose groups, from
// one to a later one, read as a mobile number (11 digits starting 1[3-9])
// with at least one letter and at least four digits written as digits. A run
// of digits only is the other checks' (13800l38000's inner l is turned by
// lettersForDigits already).
func (c *checker) letterMobiles(t *textCtx) {
	f := c.norm.foldedDigits
	var groups []letterGroup
	for i := 0; i < len(f); {
		if !isDigit(f[i]) && letterDigit(f[i]) < 0 {
			i++
			continue
		}
		if i > 0 && (isASCIILetter(f[i-1]) || isDigit(f[i-1])) {
			for i++; i < len(f) && (isASCIILetter(f[i]) || isDigit(f[i]) || isKeycap(f[i])); {
				i++ // inside a word or a code
			}
			continue
		}
		groups = groups[:0]
		j := i
		for {
			g := letterGroup{s: j}
			for j < len(f) && (isDigit(f[j]) || letterDigit(f[j]) >= 0 || j > g.s && isKeycap(f[j])) {
				switch {
				case isDigit(f[j]):
					g.num = append(g.num, f[j])
				case letterDigit(f[j]) >= 0:
					g.num = append(g.num, rune('0'+letterDigit(f[j])))
					g.letters++
				}
				j++
			}
			g.e = j
			groups = append(groups, g)
			if j+1 < len(f) && (f[j] == ' ' || f[j] == '-') && (isDigit(f[j+1]) || letterDigit(f[j+1]) >= 0) {
				j++
				continue
			}
			break
		}
		if j < len(f) && (isASCIILetter(f[j]) || isDigit(f[j])) {
			i = j // glued to a word: a code
			continue
		}
		c.letterMobileIn(t, groups)
		i = j
	}
}

// letterMobileIn reports the first mobile number among consecutive groups.
func (c *checker) letterMobileIn(t *textCtx, groups []letterGroup) {
	for g := range groups {
		var num []rune
		letters := 0
		for h := g; h < len(groups) && len(num) < 11; h++ {
			num = append(num, groups[h].num...)
			letters += groups[h].letters
			if len(num) != 11 || !isMobile(num) || letters == 0 || 11-letters < 4 {
				continue
			}
			a, b := groups[g].s, groups[h].e
			if c.labelled(a) || c.buyersNumber(a, b) {
				return
			}
			c.report(t, RulePhone, a, b, fmt.Sprintf("手机号码 %s（%s）：用字母或竖线冒充数字的号码也是站外联系方式，平台禁止发送", strings.Join(strings.Fields(string(t.rs[a:b])), " "), string(num)), nil)
			return
		}
	}
}

// spokenMobileCues are words that say a reply is spelling out a phone
// number in parts (号码前面是139，中间1234，最后5678; 159开头，后面是8888
// 6666): with one of them in the sentence, the parts may stand in separate
// clauses.
var spokenMobileCues = []string{"电话", "手机", "号码", "联系", "开头", "前三", "中间", "后四", "尾号", "最后", "后面是"}

// digitRun is a run of digits in the digit view, [s, e).
type digitRun struct{ s, e int }

// tailFirst reports (and reports to the user) a mobile number given last
// four digits first: 尾号是5678，前面是 138 1234. runs[0] is the four digits,
// right after 尾号 or 后四位; the head follows as 3+4 or 7 digits starting
// 1[3-9].
func (c *checker) tailFirst(t *textCtx, runs []digitRun, s int, gapOK func(a, b int) bool) bool {
	n := &c.norm
	d := n.digits
	before := string(n.norm[max(0, s-4):s])
	if !strings.Contains(before, "尾号") && !strings.Contains(before, "后四") && !strings.Contains(before, "后4") {
		return false
	}
	if len(runs) < 2 || !gapOK(runs[0].e, runs[1].s) {
		return false
	}
	head := runs[1:2]
	switch {
	case runs[1].e-runs[1].s == 7:
	case runs[1].e-runs[1].s == 3 && len(runs) > 2 && runs[2].e-runs[2].s == 4 && gapOK(runs[1].e, runs[2].s):
		head = runs[1:3]
	default:
		return false
	}
	var num []rune
	for _, r := range head {
		num = append(num, d[r.s:r.e]...)
	}
	num = append(num, d[runs[0].s:runs[0].e]...)
	if !isMobile(num) {
		return false
	}
	a, b := n.span(runs[0].s, head[len(head)-1].e)
	c.report(t, RulePhone, a, b, fmt.Sprintf("手机号码 %s（%s）：拆成几段、中间夹了字的号码也是站外联系方式，平台禁止发送", strings.Join(strings.Fields(string(t.rs[a:b])), " "), string(num)), nil)
	return true
}

// amountWords are units and counters: a number followed by one is an
// amount, a date or a count, not part of a phone number.
const amountWords = "元块角分件个条次天年月日号人米克斤页张套瓶盒箱包价期款码折单%"

// spokenMobiles finds a mobile number written as its usual groups (3-4-4,
// 3-8, 7-4) with words between them instead of separators: 138（前三位）1234
// （中间）5678, 138转1234转5678. Each group is a run of digits of exactly
// that length (numerals of every kind, as in the digit view), the first
// starts 1[3-9], and at most six runes stand between two groups — within
// one clause, or across clauses of one sentence when a word that speaks of
// the number (spokenMobileCues) stands within 16 runes of them.
func (c *checker) spokenMobiles(t *textCtx) {
	n := &c.norm
	d := n.digits
	runs := c.digitRuns[:0]
	defer func() { c.digitRuns = runs[:0] }()
	for i := 0; i < len(d); {
		if !isDigit(d[i]) {
			i++
			continue
		}
		j := i
		for j < len(d) && isDigit(d[j]) {
			j++
		}
		runs = append(runs, digitRun{i, j})
		i = j
	}
	if len(runs) < 2 {
		return
	}
	gapOK := func(a, b int) bool {
		if b-a < 1 || b-a > 6 || c.breakBetween(a, b, sentenceBreak) || strings.ContainsAny(string(n.norm[a:b]), amountWords) {
			return false // 原价139元现价1234元: amounts, not a number's parts
		}
		if !c.breakBetween(a, b, clauseBreak) {
			return true
		}
		// The cue near the parts, in their sentence: a window, so a long
		// reply of many parts stays linear.
		sent := string(n.norm[max(c.sentenceStart(a), a-16):min(c.sentenceEnd(b), b+16)])
		for _, w := range spokenMobileCues {
			if strings.Contains(sent, w) {
				return true
			}
		}
		return false
	}
	for k := 0; k+1 < len(runs); k++ {
		first := runs[k]
		if first.e-first.s == 4 && c.tailFirst(t, runs[k:], first.s, gapOK) {
			continue
		}
		if first.e-first.s != 3 && first.e-first.s != 7 || d[first.s] != '1' || d[first.s+1] < '3' || d[first.s+1] > '9' {
			continue
		}
		var widths []int
		switch first.e - first.s {
		case 3:
			widths = []int{4, 4}
			if runs[k+1].e-runs[k+1].s == 8 {
				widths = []int{8}
			}
		case 7:
			widths = []int{4}
		}
		if k+len(widths) >= len(runs) {
			continue
		}
		ok := true
		for w, width := range widths {
			prev, cur := runs[k+w], runs[k+w+1]
			if cur.e-cur.s != width || !gapOK(prev.e, cur.s) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		last := runs[k+len(widths)]
		a, b := n.span(first.s, last.e)
		if c.inCode(a, b) || c.labelled(a) || c.buyersNumber(a, b) || modelNumber(t.rs[a:b]) {
			continue
		}
		var num []rune
		for _, r := range runs[k : k+len(widths)+1] {
			num = append(num, d[r.s:r.e]...)
		}
		c.report(t, RulePhone, a, b, fmt.Sprintf("手机号码 %s（%s）：拆成几段、中间夹了字的号码也是站外联系方式，平台禁止发送", strings.Join(strings.Fields(string(t.rs[a:b])), " "), string(num)), nil)
		k += len(widths)
	}
}

// overseasMobile reports a Hong Kong or Taiwan mobile number at digit-view
// run [i, j) (lint v10 round 4): +852 and eight digits starting 4 to 9
// (+852 9123 4567), +886 and nine starting 9, or ten starting 09 (0912-345-
// 678; no mainland number has that shape: a 09xx area code is followed by
// seven or eight digits). The country code must be written as one, after a
// + or apart from the number (852 6123 4567), so a run of digits that only
// begins with 852 is not read as a phone. A bare eight-digit Hong Kong
// number is left alone: prices, dates and codes have that shape too.
func (c *checker) overseasMobile(t *textCtx, i, j int) bool {
	n := &c.norm
	d := n.digits
	run := d[i:j]
	cc := func(code string) bool {
		if string(run[:3]) != code {
			return false
		}
		if i > 0 && d[i-1] == '+' {
			return true
		}
		o := n.idx[i+2] + 1
		return o < len(n.folded) && strings.ContainsRune(" -)）.", n.folded[o])
	}
	switch {
	case len(run) == 11 && run[3] >= '4' && run[3] <= '9' && cc("852"):
	case len(run) == 12 && run[3] == '9' && cc("886"):
	case len(run) == 10 && run[0] == '0' && run[1] == '9':
	default:
		return false
	}
	from := i
	if i > 0 && d[i-1] == '+' {
		from = i - 1
	}
	a, b := n.span(from, j)
	if c.inCode(n.idx[i], b) || c.labelled(a) || c.buyersNumber(a, b) {
		return true
	}
	c.report(t, RulePhone, a, b, fmt.Sprintf("手机号码 %s：港澳台的手机号也是站外联系方式，平台禁止发送", strings.Join(strings.Fields(string(t.rs[a:b])), " ")), nil)
	return true
}

func isMobile(num []rune) bool {
	return len(num) == 11 && num[0] == '1' && num[1] >= '3' && num[1] <= '9'
}

// mobile reports the mobile number at digits [s, j) of the digit view, with
// its country code from i (i == s when it has none).
func (c *checker) mobile(t *textCtx, i, s, j int) {
	n := &c.norm
	d := n.digits
	from := i
	if s > i && i > 0 && d[i-1] == '+' {
		from = i - 1 // +86: the plus is part of the number as written
	}
	a, b := n.span(from, j)
	b = keycapEnd(n.folded, b) // 1️⃣3️⃣…8️⃣: the last keycap's marks too
	if from < i && a > 0 && n.folded[a-1] == '(' && strings.ContainsRune(string(n.folded[a:b]), ')') {
		a-- // (+86)139…: the bracket of the country code too
	}
	if !c.inCode(n.idx[i], b) && !c.labelled(a) && !c.buyersNumber(a, b) {
		c.report(t, RulePhone, a, b, fmt.Sprintf("手机号码 %s：平台禁止发送站外联系方式", asWritten(t.rs[a:b], d[i:j], d[s:j])), nil)
	}
}

// mobileShapes are the ways a mobile number is written in groups (139 1234
// 5678, 139-12345678, 1391234 5678, 1391-234-5678): a number of other
// groups of digits cut out of a longer run must have one of them.
var mobileShapes = [][]int{{3, 4, 4}, {3, 8}, {7, 4}, {4, 3, 4}}

// adjacentMobiles finds mobile numbers in digit-view run [i, j) that is
// longer than one number because another number stands next to it with
// only a space or punctuation between — an order number, a price, a date,
// an extension, a second phone (13912345678 20元, 139-1234-5678
// 2024-05-01, 一三九一二三四五六七八，二零二四年, 13912345678/13812345678).
// Normalizing drops what separated them, so the run is cut back into the
// groups of digits the reply wrote. A mobile number is a group of 11 digits
// on its own, or consecutive groups joined by spaces, dashes or dots in one
// of mobileShapes; an 86 or 0086 group before it is its country code.
// Groups glued together (1391234567820) cannot be told apart and stay one
// number.
func (c *checker) adjacentMobiles(t *textCtx, i, j int) {
	n := &c.norm
	d := n.digits
	// starts[g] is where group g begins; the last entry is j.
	starts := []int{i}
	for k := i + 1; k < j; k++ {
		if n.idx[k] != n.idx[k-1] && n.idx[k] != n.idx[k-1]+1 {
			starts = append(starts, k)
		}
	}
	starts = append(starts, j)
	groups := len(starts) - 1
	if groups < 2 {
		return
	}
	joined := func(k int) bool { // groups k-1 and k are joined like parts of one number
		for _, r := range n.foldedDigits[n.idx[starts[k]-1]+1 : n.idx[starts[k]]] {
			if r != ' ' && r != '-' && r != '.' && r != 0x3000 {
				return false
			}
		}
		return true
	}
	for g := 0; g < groups; g++ {
		for h := g + 1; h <= groups && starts[h]-starts[g] <= 11; h++ {
			if starts[h]-starts[g] != 11 || !isMobile(d[starts[g]:starts[h]]) || !mobileShape(starts[g:h+1], joined, g) {
				continue
			}
			from := starts[g]
			if g > 0 && joined(g) {
				if cc := string(d[starts[g-1]:starts[g]]); cc == "86" || cc == "0086" {
					from = starts[g-1]
				}
			}
			c.mobile(t, from, starts[g], starts[h])
			g = h - 1
			break
		}
	}
}

// mobileShape reports whether the groups starting at starts[0…] (the last
// entry is the end) are one solid group or joined groups of a mobileShape;
// first is the index of starts[0] for joined.
func mobileShape(starts []int, joined func(int) bool, first int) bool {
	if len(starts) == 2 {
		return true
	}
	for k := 1; k < len(starts)-1; k++ {
		if !joined(first + k) {
			return false
		}
	}
next:
	for _, shape := range mobileShapes {
		if len(shape) != len(starts)-1 {
			continue
		}
		for k, w := range shape {
			if starts[k+1]-starts[k] != w {
				continue next
			}
		}
		return true
	}
	return false
}

// publicNumber reports the public service numbers a reply may give for a
// carrier, a bank or a regulator: the five- and six-digit 95xxx and 96xxx numbers
// assigned nationwide to companies (顺丰 95338, 中通 95311, 银行 95588),
// the 12xxx government lines (12315, 12345, 12306) and the carriers'
// 10086, 10010, 10000. They reach the company, not the shop.
//
// They are recognised by shape, not by a list (lint v8: EMS 11183 was not on
// one): no personal number has these shapes — a mobile has 11 digits, a local
// number 7–8 starting 2–9 — so any five-digit number starting with 1 (10xxx
// carriers, 11183/11185 China Post, 12xxx government) and any 95xxx/96xxx of
// 5–8 digits (95105888) is a service number. QQ numbers can have these shapes
// too: the caller asks for a phone cue (电话, 热线, 拨打) first.
func publicNumber(acct []rune) bool {
	a := string(acct)
	switch {
	case len(a) >= 5 && len(a) <= 8 && (strings.HasPrefix(a, "95") || strings.HasPrefix(a, "96")):
		return true // 95338, 950616 (京东物流), 95105888
	case len(a) == 5 && a[0] == '1':
		return true // 10086, 11183, 12315
	}
	return false
}

// countryCode is the length of China's country code at the start of a run of
// digits that holds a mobile number after it: 86 (+86 139…, 86 139…) or 0086.
func countryCode(run []rune) int {
	switch {
	case len(run) == 13 && run[0] == '8' && run[1] == '6':
		return 2
	case len(run) == 15 && string(run[:4]) == "0086":
		return 4
	}
	return 0
}

// asWritten is a number for a message: as the reply writes it (+86 139 0000
// 1234), spaces collapsed, followed by the digits it reads as when it writes
// them otherwise (一三九 二八七六 五五四三（13928765543）, full-width digits).
func asWritten(written, read, number []rune) string {
	w := strings.Join(strings.Fields(string(written)), " ")
	var ascii []rune
	for _, r := range written {
		if isDigit(r) {
			ascii = append(ascii, r)
		}
	}
	if string(ascii) == string(read) {
		return w
	}
	return w + "（" + string(number) + "）"
}

// inCode reports a number (folded runes [a, b)) glued to Latin letters, as in
// a tracking, SKU or batch code (JDVA18392047561, LOT15812345678,
// KX-15912345678): part of the code, not a phone number. Letters that are a
// contact cue (tel, v, qq) glued to it keep it a phone number.
func (c *checker) inCode(a, b int) bool {
	f := c.norm.foldedDigits
	if b < len(f) && isASCIILetter(f[b]) {
		return true
	}
	k := a - 1
	if k > 0 && (f[k] == '-' || f[k] == '_') && isASCIILetter(f[k-1]) {
		k--
	}
	if k < 0 || !isASCIILetter(f[k]) {
		return false
	}
	e := k + 1
	for k >= 0 && isASCIILetter(f[k]) {
		k--
	}
	return !c.l.words.latinCues[string(f[k+1:e])]
}

// labelled reports a number starting at folded rune a that comes right after
// a label (cues.label of words/compliance-phone-number.yaml: 订单号, 发票代码,
// 流水号…), with only separators and 是/为/号/码 between.
func (c *checker) labelled(a int) bool { return c.labelledAs("label", a) }

// labelledAs is labelled for the labels of one kind.
func (c *checker) labelledAs(kind string, a int) bool {
	n := &c.norm
	for _, q := range c.cuesOf(RulePhone, kind) {
		e := n.idx[q.nend-1] + 1
		if e > a || a-e > 8 {
			continue
		}
		ok := true
		for _, r := range n.foldedDigits[e:a] {
			if !strings.ContainsRune(" :：#＃=-_(（“\"「是为号码no.", r) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// buyersNumber reports a mobile number at folded runes [a, b) that a label
// names as the buyer's own (cues.buyer of words/compliance-phone-number.yaml:
// 充值号码, 您充值的手机号, 收件人电话, 您留的手机号 — 您充值的手机号13812345678
// 已经到账) when nothing after it in its sentence reaches the shop (cues.reach:
// 联系, 找我, 打我, 有事打…): 充值号码：13812345678，有问题打这个 is the shop's.
func (c *checker) buyersNumber(a, b int) bool {
	if !c.labelledAs("buyer", a) {
		return false
	}
	n := &c.norm
	ns := sort.SearchInts(n.idx, b)
	if ns >= len(n.norm) {
		return true
	}
	se := c.sentenceEnd(ns)
	for _, q := range c.cuesIn(RulePhone, "reach", ns, se) {
		if q.nend <= se {
			return false
		}
	}
	return true
}

// landlineRE finds fixed-line numbers in the compacted text (separators
// between digit groups taken out): an area code — 010 and 02x take an
// 8-digit local number, 0xxx (x from 3) a 7- or 8-digit one — whose local
// number starts with 2–9, or a 400/800 service number. Group 1 is the
// number; the character before it (group 0's first) must not be a digit, nor
// a letter glued to it (landlines asks inCode: a contact cue such as TEL may
// be).
var landlineRE = regexp.MustCompile(`(?:^|[^0-9])(0(?:10|2[0-9])[2-9][0-9]{7}|0[3-9][0-9]{2}[2-9][0-9]{6,7}|[48]00[0-9]{7})`)

// landlines finds fixed-line and 400/800 numbers (021-12345678,
// 400-123-4567, (0755)2688-1234, 零二一 六六七七八八九九, 0 5 7 1 - 8 7 6 5 4
// 3 2 1) with digit edges: an order number with the same digits inside a
// longer run of digits is not one, nor one glued to letters or after a label
// (货号 075526881234). Spaces, dashes and brackets between digits are taken
// out first, so a number written one digit at a time reads as one.
func (c *checker) landlines(t *textCtx) {
	compact, back := compactDigits(c.norm.foldedDigits)
	text := string(compact)
	ri := runeIndex{s: text}
	found := false
	for _, loc := range landlineRE.FindAllStringSubmatchIndex(text, -1) {
		s, e := loc[2], loc[3]
		if e < len(text) && isDigit(rune(text[e])) {
			continue // part of a longer run of digits
		}
		a := ri.at(s)
		found = c.landline(t, back, a, a+runeCount(text[s:e])) || found
	}
	if !found {
		c.adjacentLandlines(t, compact, back)
	}
}

// landline reports the fixed-line number at compacted runes [a, z).
func (c *checker) landline(t *textCtx, back []int, a, z int) bool {
	fa, fb := back[a], keycapEnd(c.norm.foldedDigits, back[z-1]+1)
	if c.inCode(fa, fb) || c.labelled(fa) {
		return false
	}
	if c.buyersNumber(fa, fb) {
		return true // lint v20: 您要印的电话是0575-85112233, printed for the buyer
	}
	if fa > 0 && c.norm.foldedDigits[fa-1] == '(' {
		fa-- // (0755)2688-1234: the area code's bracket is part of the number
	}
	num := strings.Map(func(r rune) rune {
		if r == ' ' || isKeycap(r) {
			return -1
		}
		return r
	}, string(c.norm.foldedDigits[fa:fb]))
	if d := strings.TrimLeft(num, "("); strings.HasPrefix(d, "400") || strings.HasPrefix(d, "800") {
		switch c.serviceLine(fa) {
		case lineThirdParty:
			return true // 品牌官方售后热线400-820-1234: the brand's, not the shop's
		case lineService:
			c.reportAt(t, RulePhone, Warning, fa, fb, fmt.Sprintf("400/800 热线 %s：品牌、快递的官方热线可以给；店铺自己的热线也是站外联系方式，请确认", num), nil)
			return true
		}
	}
	c.report(t, RulePhone, fa, fb, fmt.Sprintf("固定电话/客服热线 %s：平台禁止发送站外联系方式", num), nil)
	return true
}

// Whose a 400/800 number is, by the words before it in its sentence.
const (
	lineUnknown    = iota
	lineService    // 客服热线400…: a company's service line, maybe the shop's
	lineThirdParty // 品牌官方售后热线400…, 快递公司热线: a brand's or a carrier's
)

// serviceLine reads the sentence before the 400/800 number at folded index
// fa. A 400/800 number is always a company's (it cannot be a person's
// phone), so it is never reported as a personal contact: named as a brand's,
// a maker's or a carrier's line (cues.third-party) it is not reported; named
// only as a service line (cues.service-line: 热线, 客服电话, 拨打) it is a
// warning, as the shop's own line would still take the buyer off the
// platform; said to be the shop's in its own clause or after it (cues.own:
// 我们, 本店, 店铺, 随时来电), compared with the platform's chat there
// (cues.off-chat: 比旺旺回得快) or named as nothing it stays an error.
func (c *checker) serviceLine(fa int) int {
	n := &c.norm
	ns := sort.SearchInts(n.idx, fa)
	from := c.sentenceStart(max(ns-1, 0))
	// After the number, its own clause and the next one say whose it is
	// (热线400-123-4567，随时来电找我); an offer further on (…，上门维修更方便，
	// 您也可以找我们代为报修) is another way, not the number's owner.
	next := c.clauseEnd(ns + 1)
	if next < len(n.norm) {
		next = c.clauseEnd(next + 1)
	}
	if len(c.cuesIn(RulePhone, "own", c.clauseStart(max(ns-1, 0)), ns)) > 0 ||
		len(c.cuesIn(RulePhone, "own", ns, min(next, c.sentenceEnd(ns+1)))) > 0 {
		return lineUnknown
	}
	if len(c.cuesIn(RulePhone, "third-party", from, c.sentenceEnd(ns+1))) > 0 {
		return lineThirdParty
	}
	if len(c.cuesIn(RulePhone, "off-chat", c.clauseStart(max(ns-1, 0)), min(next, c.sentenceEnd(ns+1)))) > 0 {
		return lineUnknown // lint v10 round 6: 四零零…，比旺旺回得快 — the shop's line, offered instead of the chat
	}
	if len(c.cuesIn(RulePhone, "service-line", from, ns)) > 0 {
		return lineService
	}
	return lineUnknown
}

var landlineWhole = regexp.MustCompile(`^(?:0(?:10|2[0-9])[2-9][0-9]{7}|0[3-9][0-9]{2}[2-9][0-9]{6,7}|[48]00[0-9]{7})$`)

// adjacentLandlines finds fixed-line numbers that another number stands
// next to with a space or a dash between (021-62345678-8001 with its
// extension, 0755-26881234 2024年, 订单 2024 021-62345678): compacting
// joined them into one run of digits. The number must start and end where
// the reply put a separator, and its area code (010, 02x, 0xxx, 400, 800)
// must be a group of its own, or the number one solid group.
func (c *checker) adjacentLandlines(t *textCtx, compact []rune, back []int) {
	for i := 0; i < len(compact); {
		if !isDigit(compact[i]) {
			i++
			continue
		}
		j := i
		cuts := []int{i} // where the reply separated the digits
		for j < len(compact) && isDigit(compact[j]) {
			if j > i && back[j] != back[j-1]+1 {
				cuts = append(cuts, j)
			}
			j++
		}
		cuts = append(cuts, j)
		if len(cuts) > 2 && j-i > 10 && !groupedID(compact, cuts) {
			c.landlinesIn(t, compact, back, cuts)
		}
		i = j
	}
}

// groupedID reports a run of digits written the way a long order, tracking
// or card number is (6923 0876 4421 9873): four groups of four digits or
// more, a last shorter one allowed, not starting with 0 (an area code). Its groups are parts of one ID,
// not a landline beside other numbers. A landline needs an area code (0 and
// 2–3 digits) and a 7–8-digit local number; 0876 4421 9873 inside such a run
// has that shape only because the ID was cut into fours.
func groupedID(compact []rune, cuts []int) bool {
	if compact[cuts[0]] == '0' {
		return false // 0755 2688 1234 2024年: a landline first, then a year
	}
	fours := 0
	for k := 1; k < len(cuts); k++ {
		switch w := cuts[k] - cuts[k-1]; {
		case w == 4:
			fours++
		case w > 4 || k < len(cuts)-1:
			return false
		}
	}
	return fours >= 4
}

func (c *checker) landlinesIn(t *textCtx, compact []rune, back []int, cuts []int) {
	isCut := func(k int) bool {
		for _, x := range cuts {
			if x == k {
				return true
			}
		}
		return false
	}
	for g := 0; g < len(cuts)-1; g++ {
		s := cuts[g]
		for h := g + 1; h < len(cuts); h++ {
			e := cuts[h]
			if e-s > 12 {
				break
			}
			if s == cuts[0] && e == cuts[len(cuts)-1] || !landlineWhole.MatchString(string(compact[s:e])) {
				continue
			}
			area := 4
			if compact[s+1] == '1' || compact[s+1] == '2' || compact[s] != '0' {
				area = 3
			}
			if h > g+1 && !isCut(s+area) {
				continue
			}
			if g == 1 && h == 2 && len(cuts) == 3 && dateDigits(compact[cuts[0]:cuts[1]]) && !c.lineCueBefore(back[s]) {
				continue // lint v12 round 10: 20231203-0213456789, a date then a serial: an order number
			}
			if c.landline(t, back, s, e) {
				g = h - 1
				break
			}
		}
	}
}

// dateDigits reports a group of digits that reads as a date: YYYYMMDD (from
// 2000) or YYMMDD, a month 01–12 and a day 01–31 — the first part of an
// order number written 20231203-0845129376.
func dateDigits(d []rune) bool {
	if len(d) == 8 {
		if d[0] != '2' || d[1] != '0' {
			return false
		}
		d = d[2:]
	}
	if len(d) != 6 {
		return false
	}
	month := int(d[2]-'0')*10 + int(d[3]-'0')
	day := int(d[4]-'0')*10 + int(d[5]-'0')
	return month >= 1 && month <= 12 && day >= 1 && day <= 31
}

// lineCueBefore reports a phone label (cues.line: 电话, 热线, 座机…) earlier
// in the sentence of folded index fa: 座机20231203-02134567890 is still read
// as a number to call.
func (c *checker) lineCueBefore(fa int) bool {
	ns := sort.SearchInts(c.norm.idx, fa)
	return len(c.cuesIn(RulePhone, "line", c.sentenceStart(max(ns-1, 0)), ns)) > 0
}

// compactDigits takes out what stands between the digits of one number —
// spaces, dashes, brackets and keycaps' marks: 0 5 7 1 - 8 7 6…,
// (0755)2688-1234, 0️⃣2️⃣1️⃣-6️⃣2️⃣… — and
// returns the text with, for each of its runes, the index of the rune it came
// from.
func compactDigits(f []rune) ([]rune, []int) {
	out := make([]rune, 0, len(f))
	back := make([]int, 0, len(f))
	sep := func(r rune) bool { return r == ' ' || r == '-' || r == '(' || r == ')' || isKeycap(r) }
	run := -1 // where the run of digits being written to out began
	for i := 0; i < len(f); i++ {
		r := f[i]
		if commaGroup(f, i, out, run) {
			continue
		}
		if sep(r) {
			j := i
			for j < len(f) && sep(f[j]) {
				j++
			}
			if j < len(f) && isDigit(f[j]) && (len(out) == 0 || isDigit(out[len(out)-1]) || r == '(') {
				i = j - 1
				continue
			}
		}
		if isDigit(r) && (len(out) == 0 || !isDigit(out[len(out)-1])) {
			run = len(out)
		}
		out = append(out, r)
		back = append(back, i)
	}
	return out, back
}

// commaGroup reports a comma at f[i] that cuts a landline into groups the
// way one reads it out (零五三六，八八七六，五四三二; lint v12 round 10): a
// group of three or four digits before it, in a run of digits that begins
// with 0 (an area code) and is at most eight digits long so far, and a digit
// right after it. A price (1,299) or a list of counts (12，24，36) does not
// begin with 0.
func commaGroup(f []rune, i int, out []rune, run int) bool {
	if f[i] != '，' && f[i] != ',' || run < 0 || i+1 >= len(f) || !isDigit(f[i+1]) ||
		len(out) == 0 || !isDigit(out[len(out)-1]) || out[run] != '0' {
		return false
	}
	k := len(out) - run
	if k > 8 {
		return false
	}
	g := 0 // the digits of the group right before the comma
	for j := i - 1; j >= 0 && isDigit(f[j]); j-- {
		g++
	}
	return g == 3 || g == 4
}

var linkRule = Rule{ID: RuleLink, Severity: Error, Summary: "指向平台以外网站的链接（含“点”代替“.”的写法）", check: checkLink}

// linkSpans are the rune ranges of rs that linkRE reads as a link or a
// domain, letters compared in lower case; none unless may (mayHaveDomain).
func linkSpans(rs []rune, may bool) [][2]int {
	if !may {
		return nil
	}
	lower := make([]rune, len(rs))
	for i, r := range rs {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		lower[i] = r
	}
	text := string(lower)
	var out [][2]int
	ri := runeIndex{s: text}
	for _, loc := range linkRE.FindAllStringIndex(text, -1) {
		a := ri.at(loc[0])
		out = append(out, [2]int{a, a + runeCount(text[loc[0]:loc[1]])})
	}
	return out
}

// linkRE reads a bare domain only under the usual top-level domains (a
// name.ext in running text is as often a file or a model number), but
// anything after http:// or https:// is a link whatever its ending
// (https://jbg.lux/sale; lint v24).
var linkRE = regexp.MustCompile(`(?:https?://(?:[a-z0-9-]+\.)+[a-z]{2,}|(?:https?://)?(?:[a-z0-9-]+\.)+(?:com|cn|net|org|cc|top|vip|me|io|co|xyz|shop|link|info|biz|tv|site|club|hk|ly|gl|im|tw|mo|sg|my|jp|kr))(?:[/?#][!-~]*)?`)

// checkLink finds URLs and bare domains outside the platforms, after
// turning a 点 or 。 between Latin words into a dot (www点haowu点com,
// haowu 点 cn) and c0m into com.
func checkLink(c *checker, t *textCtx) {
	if !mayHaveDomain(c.norm.folded) {
		return
	}
	// Rewrite in a copy with a map back to runes: a spelled-out dot (点, 。,
	// dot, (.), [.]) between Latin words or digits becomes '.', so offsets
	// shift.
	var b strings.Builder
	var back []int // rune index in b → original rune index
	rs := c.norm.folded
	for i := 0; i < len(rs); i++ {
		if letterSpaced(rs, i) {
			continue // w w w . h a o w u . c n: the domain spelled out a letter at a time
		}
		if i > 0 && isDomainRune(rs[i-1]) {
			if j := spelledDot(rs, i); j > i {
				b.WriteByte('.')
				back = append(back, i)
				i = j - 1
				continue
			}
		}
		b.WriteRune(rs[i])
		back = append(back, i)
	}
	back = append(back, len(rs))
	text := strings.ReplaceAll(b.String(), ".c0m", ".com")
	if !strings.Contains(text, ".") {
		return
	}
	ri := runeIndex{s: text}
	for _, loc := range linkRE.FindAllStringIndex(text, -1) {
		if loc[0] > 0 {
			prev := text[loc[0]-1]
			if prev == '.' || prev == '@' || isASCIILetter(rune(prev)) || isDigit(rune(prev)) {
				continue
			}
		}
		if loc[1] < len(text) && (isASCIILetter(rune(text[loc[1]])) || isDigit(rune(text[loc[1]]))) {
			continue // the "TLD" goes on: time.messages is no .me domain
		}
		u := text[loc[0]:loc[1]]
		host := u
		if i := strings.Index(host, "://"); i >= 0 {
			host = host[i+3:]
		}
		if i := strings.IndexAny(host, "/?#"); i >= 0 {
			host = host[:i]
		}
		if c.l.allowedHost(host) {
			continue
		}
		a := ri.at(loc[0])
		z := a + runeCount(u)
		c.report(t, RuleLink, back[a], back[z-1]+1, fmt.Sprintf("站外链接 %s：只能发平台内的链接（商品、店铺、订单页）", u), nil)
	}
}

// mayHaveDomain is a cheap scan: a '.' or a spelled-out dot with a Latin
// letter or digit before it (most replies end clauses with 。 after Han).
func mayHaveDomain(rs []rune) bool {
	for i := 1; i < len(rs); i++ {
		switch rs[i] {
		case '.', '点', '。', 'd', '(', '[', '【', '（', ' ', '•', '·', '・', '∙', '‧', ',':
			j := i - 1
			for j > 0 && rs[j] == ' ' {
				j--
			}
			if isDomainRune(rs[j]) && (rs[i] != 'd' || i+2 < len(rs) && rs[i+1] == 'o' && rs[i+2] == 't') {
				if rs[i] != ' ' || spelledDot(rs, i) > i {
					return true
				}
			}
		}
	}
	return false
}

// letterSpaced reports a space at rs[i] between two letters or digits that
// each stand alone (w w w . h a o w u . c n): a domain written a letter at a
// time. A word on either side (iPhone 15, size m l) keeps its space.
func letterSpaced(rs []rune, i int) bool {
	if rs[i] != ' ' || i == 0 || i+1 >= len(rs) {
		return false
	}
	alone := func(k int) bool {
		if !isDomainRune(rs[k]) && rs[k] != '.' {
			return false
		}
		return (k == 0 || !isDomainRune(rs[k-1])) && (k+1 >= len(rs) || !isDomainRune(rs[k+1]))
	}
	return alone(i-1) && alone(i+1) && (isDomainRune(rs[i-1]) || isDomainRune(rs[i+1]))
}

// dotSpellings are what shops write for the dot of a domain. A "." counts
// with a space before it only (haowu . cn): "Hi. Me too" is two sentences.
var dotSpellings = []string{"点", "。", "dot", "(.)", "[.]", "(点)", "[点]", "【.】", "（.）", "【点】", "（点）", "•", "·", "・", "∙", "‧", ",", "."}

// spelledDot returns the index after a spelled-out dot at rs[i] (spaces
// around it included) that a domain rune follows, or i.
func spelledDot(rs []rune, i int) int {
	j := i
	for j < len(rs) && rs[j] == ' ' {
		j++
	}
	for _, d := range dotSpellings {
		if hasPrefixRunes(rs[j:], d) {
			k := j + len([]rune(d))
			for k < len(rs) && rs[k] == ' ' {
				k++
			}
			if d == "," && k > j+1 || d == "," && j > i {
				continue // "time, messages": a comma with a space is English punctuation
			}
			if k < len(rs) && isDomainRune(rs[k]) && (d != "dot" && d != "." || j > i) {
				return k
			}
		}
	}
	return i
}

func isDomainRune(r rune) bool { return isASCIILetter(r) || isDigit(r) }

func (l *Linter) allowedHost(host string) bool {
	for _, d := range l.domains {
		if host == d || strings.HasSuffix(host, "."+d) {
			return true
		}
	}
	return false
}

// modelNumber (lint v18, after red teams 418-425) reports a Latin letter
// written against a digit that is no digit's look-alike (13400F, RTX4060,
// A15): a model number's parts (i5-13400F加RTX 4060), not a phone number's.
// The look-alikes a number is disguised with (l38 0013 8000, O, I, Z, S, B,
// G, Q) do not count.
func modelNumber(rs []rune) bool {
	for k, r := range rs {
		if !isASCIILetter(r) || strings.ContainsRune("oilzsbgqOILZSBGQ", r) {
			continue
		}
		if k > 0 && isDigit(rs[k-1]) || k+1 < len(rs) && isDigit(rs[k+1]) {
			return true
		}
	}
	return false
}
