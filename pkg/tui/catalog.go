package tui

import (
	"strings"
	"sync"
	"time"

	"github.com/huashu-cli/huashu/pkg/match"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// Catalog is where the picker's phrases come from: the serving index
// (pkg/index.Index implements it), whose phrases are decoded only when a
// row shows them, or a plain list (Options.Phrases). Ids are the
// catalog's own, 0 ≤ id < Len(), in pack order (the index's effective
// phrases; a plain list's order stands in for it): searches break equal
// scores in that order, as search does. Scope lists them in the order the
// empty list falls back to (the packs' group order, then pack order).
type Catalog interface {
	Len() int
	// Scope lists the phrases live at now, meant for platform p ("" for
	// all), in group g or nested under it ("" for all).
	Scope(now time.Time, p phrase.Platform, g string) []int32
	Phrase(id int) *phrase.Phrase
	Code(id int) string
	// Lookup lists the phrases with exactly this code.
	Lookup(code string) []int
	// TopGroups lists the top-level groups of ids, in their order.
	TopGroups(ids []int32) []string
	// Matcher searches ids, in that order.
	Matcher(ids []int32) *match.Matcher
	// Damaged says why the catalog could no longer be read (its file was
	// overwritten or cut short): the picker reloads.
	Damaged() error
}

// phraseList is a Catalog over phrases in memory.
type phraseList struct {
	phrases []*phrase.Phrase
	once    sync.Once
	byCode  map[string][]int
}

func newPhraseList(phrases []*phrase.Phrase) *phraseList { return &phraseList{phrases: phrases} }

func (l *phraseList) Len() int { return len(l.phrases) }

func (l *phraseList) Scope(now time.Time, p phrase.Platform, g string) []int32 {
	out := make([]int32, 0, len(l.phrases))
	for i, ph := range l.phrases {
		if ph.Valid.Contains(now) && ph.AppliesTo(p) && inGroup(ph.Group, g) {
			out = append(out, int32(i))
		}
	}
	return out
}

func (l *phraseList) Phrase(id int) *phrase.Phrase { return l.phrases[id] }
func (l *phraseList) Code(id int) string           { return l.phrases[id].Code }
func (l *phraseList) Damaged() error               { return nil }

func (l *phraseList) Lookup(code string) []int {
	l.once.Do(func() {
		l.byCode = make(map[string][]int, len(l.phrases))
		for i, ph := range l.phrases {
			l.byCode[ph.Code] = append(l.byCode[ph.Code], i)
		}
	})
	return l.byCode[code]
}

func (l *phraseList) TopGroups(ids []int32) []string {
	var out []string
	seen := map[string]bool{}
	for _, id := range ids {
		g := l.phrases[id].Group
		if g == "" {
			continue
		}
		top, _, _ := strings.Cut(g, "/")
		if !seen[top] {
			seen[top] = true
			out = append(out, top)
		}
	}
	return out
}

func (l *phraseList) Matcher(ids []int32) *match.Matcher {
	phrases := make([]*phrase.Phrase, len(ids))
	for i, id := range ids {
		phrases[i] = l.phrases[id]
	}
	return match.New(phrases)
}

// inGroup reports whether a group is g or nested under it.
func inGroup(group, g string) bool {
	return g == "" || group == g || strings.HasPrefix(group, g+"/")
}

// rows is the list on screen: a search's results, or the empty query's
// phrases (catalog ids), decoded only when a row is drawn or chosen.
type rows struct {
	res []match.Result
	ids []int32
	cat Catalog
}

// Len is the number of rows.
func (r rows) Len() int {
	if r.ids != nil {
		return len(r.ids)
	}
	return len(r.res)
}

// At is row i.
func (r rows) At(i int) match.Result {
	if r.ids != nil {
		return match.Result{Phrase: r.cat.Phrase(int(r.ids[i]))}
	}
	return r.res[i]
}

// find is the row holding the same phrase as ph, -1 for none.
func (r rows) find(ph *phrase.Phrase) int {
	for i := range r.Len() {
		if r.ids != nil && r.cat.Code(int(r.ids[i])) != ph.Code {
			continue // most rows are told apart by their code, without decoding them
		}
		if samePhrase(r.At(i).Phrase, ph) {
			return i
		}
	}
	return -1
}
