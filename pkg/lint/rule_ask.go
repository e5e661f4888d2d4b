package lint

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

// The ask/* rules look at a phrase's buyer questions (ask:, 相似问法). The
// questions are never sent to a buyer, so the text rules do not read them;
// what can go wrong is that one says nothing, or that a pasted message
// cannot tell two phrases apart because both claim the same question.

var askEmptyRule = Rule{ID: RuleAskEmpty, Severity: Warning,
	Summary: "买家问法是空的"}

var askDuplicateRule = Rule{ID: RuleAskDuplicate, Severity: Warning,
	Summary: "同一条话术里同一个买家问法写了两次"}

var askSharedRule = Rule{ID: RuleAskShared, Severity: Warning,
	Summary: "两条话术写了同一个买家问法，粘贴这句话时分不出该用哪条"}

// askKey is how two questions are compared: letters and digits folded to
// lower case, spaces, punctuation and symbols left out — a buyer's 什么时候
// 发货？ and 什么时候发货 are the same question.
func askKey(q string) string {
	var b strings.Builder
	for _, r := range q {
		switch {
		case unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsSymbol(r), !unicode.IsPrint(r):
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// ask checks one phrase's questions on their own (ask/empty, ask/duplicate).
func (c *checker) ask(st *fileState, ph *phrase.Phrase) {
	seen := map[string]int{}
	for i, q := range ph.Ask {
		key := fmt.Sprintf("ask[%d]", i)
		k := askKey(q)
		if k == "" {
			if c.l.on(RuleAskEmpty) {
				st.problems = append(st.problems, c.l.phraseProblem(st, ph, key, RuleAskEmpty,
					"买家问法是空的（或只有空格、标点）：删掉这一项"))
			}
			continue
		}
		if first, ok := seen[k]; ok {
			if c.l.on(RuleAskDuplicate) {
				st.problems = append(st.problems, c.l.phraseProblem(st, ph, key, RuleAskDuplicate,
					fmt.Sprintf("买家问法 %q 和第 %d 项重复：删掉一个", q, first+1)))
			}
			continue
		}
		seen[k] = i
	}
}

// askShared reports a question that two phrases with different codes both
// claim, across every file linted together (ask/shared); the same code in
// two layers is an override, not a clash.
func (l *Linter) askShared(states []*fileState) {
	if !l.on(RuleAskShared) {
		return
	}
	type occ struct {
		st *fileState
		ph *phraseRef
	}
	first := map[string]occ{}
	for _, st := range states {
		for i := range st.phrases {
			ph := &st.phrases[i]
			inPhrase := map[string]bool{}
			for _, a := range ph.asks {
				k := askKey(a.q)
				if k == "" || inPhrase[k] {
					continue
				}
				inPhrase[k] = true
				f, ok := first[k]
				if !ok {
					first[k] = occ{st, ph}
					continue
				}
				if f.ph.code == ph.code {
					continue
				}
				st.problems = append(st.problems, l.refProblem(st, ph, a.loc, a.hasLoc, RuleAskShared,
					fmt.Sprintf("买家问法 %q 也写在%s的话术 %q 里：粘贴这句话时两条话术分不出先后，只留在最合适的一条", a.q, where(st, f.st, f.ph), f.ph.code)))
			}
		}
	}
}
