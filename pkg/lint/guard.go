package lint

import "strings"

// Context guards: a hit of a word list is cancelled by what stands around
// it. Each guard looks at the cue words of its kind in words/guards.yaml
// (found in the same automaton pass as the words) and at the clause
// breaks in norm. Entries name the guards that apply to them (WordEntry
// Guards); the compliance rules apply the refusal guard to all their hits.

// guards maps a guard name (as written in the word lists) to its test.
var guards = map[string]func(c *checker, h *wordHit) bool{
	"refusal":    (*checker).refusedBefore,
	"buyer":      (*checker).buyerSubject,
	"follow-up":  (*checker).followsUp,
	"apology":    (*checker).apologizes,
	"shop-asks":  (*checker).shopAsks,
	"feature":    (*checker).productFeature,
	"in-app":     (*checker).inApp,
	"polite":     (*checker).polite,
	"on-product": (*checker).onProduct,
}

// maxRefusalGap is how far (in norm runes) a refusal may stand before what it
// refuses: 我们不会以任何形式好评返现 has five runes between.
const maxRefusalGap = 6

// refusedBefore: a refusal (不能, 不会, 请勿…) stands before the hit in the
// same clause: 抱歉亲，平台规定不能好评返现哦; 我们不提供QQ等站外联系方式.
// It also covers a refusal after the hit in the same sentence (好评返现是违规
// 的，我们不做; 有人让您私下转账，请不要相信).
func (c *checker) refusedBefore(h *wordHit) bool {
	if c.cueBefore(guardList, "refusal", h.nstart, maxRefusalGap) {
		return true
	}
	for _, q := range c.cues {
		if q.rule == guardList && q.kind == "refusal-after" && q.nstart >= h.nend && q.nstart-h.nend <= 12 &&
			!c.breakBetween(h.nend, q.nstart, sentenceBreak) {
			return true
		}
	}
	return false
}

// buyerSubject: the buyer or people in general are the subject, right before
// the hit: 您不清楚的地方; 很多人不清楚.
func (c *checker) buyerSubject(h *wordHit) bool {
	return c.cueBefore(guardList, "buyer", h.nstart, 3)
}

// followsUp: the reply promises to find out (我去问一下, 帮您确认).
func (c *checker) followsUp(h *wordHit) bool {
	for _, q := range c.cues {
		if q.rule == guardList && q.kind == "follow-up" {
			return true
		}
	}
	return false
}

// apologizes: an apology or 让您 stands before the hit in the same sentence.
func (c *checker) apologizes(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	start := c.sentenceStart(h.nstart)
	for _, q := range c.cues {
		if q.rule == guardList && q.kind == "apology" && q.nstart >= start && q.nend <= h.nstart {
			return true
		}
	}
	return false
}

// shopAsks: the shop does the asking (我帮您问京东物流).
func (c *checker) shopAsks(h *wordHit) bool {
	return c.cueBefore(guardList, "shop-asks", h.nstart, 2)
}

// cueBefore reports whether a cue of rule/kind starts before position s and
// ends at most gap norm runes before it (or overlaps it: 不刷 in 不刷单),
// with no clause break between it and s.
func (c *checker) cueBefore(rule, kind string, s, gap int) bool {
	if s < 0 {
		return false
	}
	start := c.clauseStart(s)
	for _, q := range c.cues {
		if q.rule == rule && q.kind == kind && q.nstart < s && q.nstart >= start && s-q.nend <= gap {
			return true
		}
	}
	return false
}

// clauseStart is the norm index where the clause holding norm[s] starts.
func (c *checker) clauseStart(s int) int {
	for i := s; i > 0; i-- {
		if c.norm.brk[i] != 0 {
			return i
		}
	}
	return 0
}

// sentenceStart is the norm index where the sentence holding norm[s] starts.
func (c *checker) sentenceStart(s int) int {
	for i := s; i > 0; i-- {
		if c.norm.brk[i] == sentenceBreak {
			return i
		}
	}
	return 0
}

// guarded reports whether one of the hit's own guards, or one of extra,
// cancels it.
func (c *checker) guarded(h *wordHit, extra ...string) bool {
	for _, g := range h.guards {
		if guards[g](c, h) {
			return true
		}
	}
	for _, g := range extra {
		if guards[g](c, h) {
			return true
		}
	}
	return false
}

// ruleHits are the word-list hits of one rule that no guard cancels,
// overlapping ones merged.
func (c *checker) ruleHits(rule string, extra ...string) []wordHit {
	if !c.anyHit(rule) {
		return nil
	}
	var out []wordHit
	for i := range c.hits {
		h := &c.hits[i]
		if h.rule == rule && !c.guarded(h, extra...) {
			out = append(out, *h)
		}
	}
	return dedupeHits(out)
}

// cuesOf are the cue words of one kind of one rule's list.
func (c *checker) cuesOf(rule, kind string) []cueHit {
	var out []cueHit
	for _, q := range c.cues {
		if q.rule == rule && q.kind == kind {
			out = append(out, q)
		}
	}
	return out
}

// productFeature: a feature word right before the hit (手表支持微信消息提醒,
// 退回微信) or right after it (微信消息, 微信付的).
func (c *checker) productFeature(h *wordHit) bool {
	if h.nstart < 0 {
		return false
	}
	if h.nstart > 0 && strings.ContainsRune("加搜系我", c.norm.norm[h.nstart-1]) {
		return false // 加微信, 搜微信, 联系…: reaching the shop, whatever came before
	}
	if c.cueBefore(guardList, "feature", h.nstart, 8) {
		return true
	}
	for _, q := range c.cues {
		if q.rule == guardList && q.kind == "feature-after" && q.nstart >= h.nend && q.nstart-h.nend <= 1 &&
			!c.breakBetween(h.nend, q.nstart, clauseBreak) {
			return true
		}
	}
	return false
}

// inApp: the reply places the thing inside the platform's own app (淘宝群,
// 店铺首页): a shop group on 淘宝 is not a group off the platform.
func (c *checker) inApp(h *wordHit) bool {
	for _, q := range c.cues {
		if q.rule == guardList && q.kind == "in-app" {
			return true
		}
	}
	return false
}

// polite: a polite modal (可以, 请, 麻烦) shortly before the hit.
func (c *checker) polite(h *wordHit) bool {
	return c.cueBefore(guardList, "polite", h.nstart, 3)
}

func (c *checker) anyHit(rule string) bool {
	for i := range c.hits {
		if c.hits[i].rule == rule {
			return true
		}
	}
	return false
}

// onProduct: the thing is on the product or its packaging, in the same
// clause before the hit (包装上的二维码; 吊牌上的二维码可以验真伪), or 验真/防伪
// right after it.
func (c *checker) onProduct(h *wordHit) bool {
	if c.cueBefore(guardList, "on-product", h.nstart, 6) {
		return true
	}
	for _, q := range c.cues {
		if q.rule == guardList && q.kind == "on-product" && q.nstart >= h.nend && q.nstart-h.nend <= 4 &&
			!c.breakBetween(h.nend, q.nstart, clauseBreak) {
			return true
		}
	}
	return false
}
