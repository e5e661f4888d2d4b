package match

import (
	"testing"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

// A term with a character no phrase holds restricts the candidates to
// none: an empty list, not nil (which scoreAll reads as every phrase, so a
// pasted message read the filters and views of the whole set for nothing).
func TestRestrictToNone(t *testing.T) {
	phrases := []*phrase.Phrase{{Code: "tk", Title: "退款", Body: phrase.Body{Text: "原路返回"}}, {Code: "fh", Title: "发货"}}
	d, err := OpenData(EncodeData(phrases))
	if err != nil {
		t.Fatal(err)
	}
	m := NewFromData(d, nil, nil)
	q := parseQuery("昨天")
	cands := m.restrict(nil, q.strictTerms())
	if cands == nil || len(cands) != 0 {
		t.Fatalf("restrict = %v (nil: %v), want an empty list", cands, cands == nil)
	}
}
