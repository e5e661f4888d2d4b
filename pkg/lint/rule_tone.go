package lint

import "strings"

// Rude tone, reported as service/forbidden-phrase. What makes a reply rude is
// seldom one word: the same 不是…吗 rebukes the buyer in 页面上不是写得很明白了
// 吗？ and reassures them in 不是已经给您补发了吗？别担心. The model reads a
// sentence for a rhetorical question put to the buyer — a frame (cues
// tone-not, tone-surely, tone-why, tone-whether, tone-sure of
// words/service-forbidden-phrase.yaml) around what was obvious or said
// already (tone-obvious), what the buyer failed to do (tone-act,
// tone-careful) or whether they are able to (tone-ability) — and cancels it
// when the question is about the shop's own action (tone-shop), when the
// reply reassures (tone-reassure) or apologizes. Fixed rebukes (你确定你会用
// 吗, 不是跟你说了吗) are errors unless a softener (亲, 哦, 请…) stands in the
// reply; inferred ones (怎么不问清楚, 是不是没认真看) are warnings. The X什么X
// rebuke (挑什么挑, 退什么退) is read here too. Blame and dismissal (那是你的
// 事, 无所谓, 下班了明天再说) are the list's patterns.

// rudeTone returns the rhetorical-question and X什么X hits of the reply.
func (c *checker) rudeTone() []wordHit {
	var out []wordHit
	for _, q := range c.cues {
		if q.rule != RuleForbidden {
			continue
		}
		switch q.kind {
		case "tone-not", "tone-surely", "tone-why", "tone-whether", "tone-sure":
			if h, ok := c.rhetorical(q); ok {
				out = append(out, h)
			}
		}
	}
	return append(out, c.echoRebukes()...)
}

// rhetorical reads the sentence of a frame cue.
func (c *checker) rhetorical(q cueHit) (wordHit, bool) {
	n := &c.norm
	se := c.sentenceEnd(q.nend)
	if c.toneCue("tone-reassure", 0, len(n.norm)) || c.toneCue("tone-shop", q.nstart, len(n.norm)) ||
		c.inSentence("apology", &wordHit{nstart: q.nstart, nend: q.nend}) {
		return wordHit{}, false
	}
	end, weak := -1, false
	switch q.kind {
	case "tone-not":
		// 不是…吗: what was obvious or said already, then 吗/嘛/么 where a
		// clause ends (页面上不是写得很明白了吗？; 不是说了没货吗，还问). The 不是
		// of 是不是 is another frame.
		if q.nstart > 0 && n.norm[q.nstart-1] == '是' {
			return wordHit{}, false
		}
		o, ok := c.toneCueAt("tone-obvious", q.nend, min(se, q.nend+8))
		if !ok || !c.endsInParticle(o, se) {
			return wordHit{}, false
		}
		end = o
	case "tone-surely":
		// 难道…吗/？ with what was obvious or what the buyer did not do.
		o, ok := c.toneCueAt("tone-obvious", q.nend, se)
		if !ok {
			o, ok = c.toneCueAt("tone-act", q.nend, se)
		}
		if !ok || !c.endsInParticle(o, se) && !c.questionAt(se) {
			return wordHit{}, false
		}
		end = o
	case "tone-why":
		// 怎么不/为什么不 + what the buyer failed to do, as a question; the
		// agent asking about themself (我怎么没看到) is not a rebuke.
		if q.nstart > 0 && n.norm[q.nstart-1] == '我' {
			return wordHit{}, false
		}
		o, ok := c.toneCueAt("tone-act", q.nend, min(se, q.nend+2))
		if !ok || !c.endsInParticle(o, se) && !c.questionAt(se) && !c.carelessEnd(o) {
			return wordHit{}, false
		}
		end, weak = o, true
	case "tone-whether":
		// 是不是没 is a diagnosis (是不是没插好电源呢) unless it doubts the
		// buyer's care (是不是没认真看) or says they went ahead anyway (没看说
		// 明书就用了).
		o, ok := c.toneCueAt("tone-careful", q.nend, min(se, q.nend+1))
		if !ok {
			ce := c.clauseEnd(q.nend)
			k := runesIndex(n.norm[q.nend:ce], '就')
			if k < 0 {
				return wordHit{}, false
			}
			o = q.nend + k + 1
		}
		end, weak = o, true
	case "tone-sure":
		// 你确定你会用吗: doubting the buyer can.
		o, ok := c.toneCueAt("tone-ability", q.nend, min(se, q.nend+3))
		if !ok || !c.endsInParticle(o, se) && !c.questionAt(se) {
			return wordHit{}, false
		}
		end = o
	}
	if c.toneCue("tone-soft", 0, len(n.norm)) || c.hasTilde() {
		weak = true
	}
	s, e := n.span(q.nstart, end)
	return wordHit{rule: RuleForbidden, start: s, end: e, nstart: q.nstart, nend: end, weak: weak, entry: -1}, true
}

// carelessEnd: what the buyer failed to do is followed by 清楚/仔细/明白
// and the clause ends there, as a statement without a question mark (你买
// 的时候怎么不问清楚): the blame is as plain as in the question.
func (c *checker) carelessEnd(o int) bool {
	n := c.norm.norm
	if o+2 > len(n) {
		return false
	}
	switch string(n[o : o+2]) {
	case "清楚", "仔细", "明白":
	default:
		return false
	}
	k := o + 2
	for k < len(n) && strings.ContainsRune("啊呀呢了", n[k]) && !c.breakBetween(k, k, clauseBreak) {
		k++
	}
	return k == len(n) || c.breakBetween(k, k, clauseBreak)
}

// toneCue reports a cue of the kind in norm [a, b).
func (c *checker) toneCue(kind string, a, b int) bool {
	_, ok := c.toneCueAt(kind, a, b)
	return ok
}

// toneCueAt is the end of the first cue of the kind that starts in norm
// [a, b).
func (c *checker) toneCueAt(kind string, a, b int) (int, bool) {
	if qs := c.cuesIn(RuleForbidden, kind, a, b); len(qs) > 0 {
		return qs[0].nend, true
	}
	return 0, false
}

// endsInParticle reports a clause of the sentence, from norm index from on,
// ending in a question particle (吗, 嘛, 么; 啊 or 呀 after it).
func (c *checker) endsInParticle(from, se int) bool {
	n := &c.norm
	for k := c.clauseEnd(from + 1); ; k = c.clauseEnd(k + 1) {
		k = min(k, se)
		j := k - 1
		if j > from && (n.norm[j] == '啊' || n.norm[j] == '呀') {
			j--
		}
		if j >= 0 && strings.ContainsRune("吗嘛么", n.norm[j]) {
			return true
		}
		if k >= se {
			return false
		}
	}
}

// questionAt reports a question mark among the characters dropped before
// norm[se] (or after the end of the reply when se is its length).
func (c *checker) questionAt(se int) bool {
	n := &c.norm
	if se == 0 {
		return false
	}
	a, b := n.idx[se-1]+1, len(n.folded)
	if se < len(n.norm) {
		b = n.idx[se]
	}
	for _, r := range n.folded[a:b] {
		if r == '?' || r == '？' {
			return true
		}
	}
	return false
}

// hasTilde reports a ～ or ~ in the reply (dropped from norm; a softener),
// looked up once per reply.
func (c *checker) hasTilde() bool {
	if c.tilde == 0 {
		c.tilde = -1
		for _, r := range c.norm.folded {
			if r == '～' || r == '~' {
				c.tilde = 1
				break
			}
		}
	}
	return c.tilde > 0
}

// echoBlocked are the characters that may stand on both sides of 什么
// without a rebuke (为什么为, 有什么有, 是什么是…).
const echoBlocked = "为是有没干做怎凭算要"

// echoNouns are the words the second X opens (请问什么问题, 要说什么说明):
// X什么 + a noun, no rebuke.
var echoNouns = map[string]bool{"问题": true, "说明": true, "看法": true, "想法": true, "办法": true}

// echoRebukes finds X什么X (挑什么挑, 退什么退, 催什么催): a verb, 什么 and
// the verb again is a rebuke, whatever the verb.
func (c *checker) echoRebukes() []wordHit {
	n := &c.norm
	var out []wordHit
	for i := 1; i+2 < len(n.norm); i++ {
		if n.norm[i] != '什' || n.norm[i+1] != '么' || n.norm[i-1] != n.norm[i+2] {
			continue
		}
		x := n.norm[i-1]
		if x < 0x4E00 || x > 0x9FFF || strings.ContainsRune(echoBlocked, x) || n.breakInside(i-1, i+3, nil) {
			continue
		}
		if i+3 < len(n.norm) && echoNouns[string(n.norm[i+2:i+4])] {
			continue // lint v15: 请问什么问题 is 请问 + 什么问题
		}
		s, e := n.span(i-1, i+3)
		out = append(out, wordHit{rule: RuleForbidden, start: s, end: e, nstart: i - 1, nend: i + 3, entry: -1})
	}
	return out
}

func runesIndex(rs []rune, r rune) int {
	for i, x := range rs {
		if x == r {
			return i
		}
	}
	return -1
}
