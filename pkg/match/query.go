package match

import (
	"strings"
	"unicode"
)

// term is one space-separated piece of the query.
type term struct {
	q    []rune
	s    string // q as a string
	mask letterBits
	// bp is set when the term reads as two or more whole syllables: it is
	// then also matched against bodies by their readings.
	bp *bodyPinyin
	// sylAt[i] has bit l set when q[i:i+l] is a whole syllable (sylMask).
	sylAt []uint8
	// typo: the term may match with one typo (typoEligible).
	typo bool
	// fuzzable: 模糊音 can change how the term reads (fuzzable);
	// fzStart is then the term's fuzzyStartSets under the matcher's pairs.
	fuzzable bool
	fzStart  []uint64
	// pairs are the hashes of the term's bigrams (approxindex.go), set once
	// the approximate index exists: a phrase whose filter lacks one cannot
	// hold the term.
	pairs []sigBits
	// needPairs: in a message a strict match of the term, outside a code
	// or a pinyin keyword, is the term as written (no scattered characters,
	// no 一 for 1), so a phrase whose filter lacks one of its pairs cannot
	// hold it.
	needPairs bool
	// token: the term holds Latin text matched as a token (token.go);
	// cjk: the term is Chinese characters only (it may spell a pinyin
	// keyword).
	token, cjk bool
	// bare: Latin letters without a vowel (sn, xl): initials first, but a
	// token where a phrase holds them as one (bareToken).
	bare bool
	// upper: typed with a capital letter (XXL, SN码, pH): the text as it
	// is written, a Latin token before a code prefix (upperToken).
	upper bool
	// letters: the term holds a Latin letter or digit (no scattered-character
	// tiers for it).
	letters bool
}

// query is a parsed query: its terms, the folded whole, and whether it
// reads as a sentence (a pasted buyer message) rather than typed search
// words.
type query struct {
	norm     string // the terms joined by one space: keys the narrowing cache
	folded   []rune // the whole query folded, spaces kept
	terms    []term
	sentence bool
}

// parseQuery folds the query and splits it into terms.
func parseQuery(s string) query {
	var q query
	q.folded = foldRunes(s)
	var parts []string
	typed := strings.Fields(s)
	for i, f := range strings.Fields(string(q.folded)) {
		t := newTerm([]rune(f))
		if len(typed) > i {
			t.upper = strings.ContainsFunc(typed[i], isUpperLatin)
		}
		q.terms = append(q.terms, t)
		parts = append(parts, f)
	}
	q.norm = strings.Join(parts, " ")
	q.sentence = readsAsSentence(q.terms)
	return q
}

func newTerm(rs []rune) term {
	t := term{q: rs, s: string(rs), mask: literalMask(rs), bp: newBodyPinyin(rs), sylAt: sylMask(rs),
		typo: typoEligible(rs), token: tokenTerm(rs), cjk: cjkTerm(rs), letters: hasLatinOrDigit(rs), bare: bareToken(rs)}
	// 模糊音 is how a syllable is said: a term must start with one said
	// whole (hu for 服, sang for 上), not an initial (h is not f).
	t.fuzzable = fuzzable(rs) && len(t.sylAt) > 0 && t.sylAt[0] != 0
	return t
}

// sentenceRunes is the number of Chinese characters from which a query is
// taken for a message even without a particle: titles and tags are a few
// characters, and an agent types two or three of them.
const sentenceRunes = 7

// readsAsSentence reports whether the terms look like a buyer's message: a
// question or modal particle (吗, 呢, 了…), 亲, punctuation or an emoji,
// or more Chinese than anyone types to find a title.
func readsAsSentence(terms []term) bool {
	cjk := 0
	for _, t := range terms {
		for _, r := range t.q {
			switch {
			case isCJK(r):
				cjk++
				if separator(r) {
					return true
				}
			case r < 0x80:
				if r != '-' && r != '.' && r != '_' && separator(r) {
					return true
				}
			case unicode.IsPunct(r) || unicode.IsSymbol(r):
				return true
			}
		}
	}
	return cjk >= sentenceRunes || asksQuestion(terms)
}

// questionWords are the words a buyer asks with (多久能到, 怎么洗, 是不是正品):
// a query holding one is a message, though it has no particle.
var questionWords = []string{"多久", "多少", "怎么", "怎样", "什么", "为什么", "为啥", "咋", "哪", "几天", "几号",
	"能不能", "可不可以", "有没有", "是不是", "会不会", "要不要"}

func asksQuestion(terms []term) bool {
	for _, t := range terms {
		if !t.cjk {
			continue
		}
		for _, w := range questionWords {
			if strings.Contains(t.s, w) {
				return true
			}
		}
	}
	return false
}

// strictTerms are the terms strict matching requires. In a message, the
// particles, punctuation and emoji around a term name nothing (发货时间？ is
// 发货时间, 有赠品吗 is 有赠品), and a term of nothing else (亲, 啊, ！！) is not
// required.
func (q *query) strictTerms() []term {
	if !q.sentence {
		return q.terms
	}
	out := make([]term, 0, len(q.terms))
	for _, t := range q.terms {
		a, b := 0, len(t.q)
		for a < b && separator(t.q[a]) {
			a++
		}
		for b > a && separator(t.q[b-1]) {
			b--
		}
		if a == b {
			continue
		}
		if a > 0 || b < len(t.q) {
			upper := t.upper
			t = newTerm(t.q[a:b])
			t.upper = upper
		}
		out = append(out, t)
	}
	return out
}

// isUpperLatin reports whether r is a capital Latin letter, ASCII or
// full-width.
func isUpperLatin(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'Ａ' && r <= 'Ｚ' }
