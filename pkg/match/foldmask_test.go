package match

import (
	"math/rand/v2"
	"testing"
)

// TestFoldMask: foldMask is foldString and stringMask of what it gives,
// for text of every kind, broken UTF-8 included.
func TestFoldMask(t *testing.T) {
	pieces := []string{"退款", "a", "Z", "９", "ＡＢ", "　", " ", "，", "é", "É", "\xe3\x80", "\xff", "\xed\xa0\x80", "𠀀", "ß", "İ", "\u3000", "\u3001", "Ω", "ω", "\xe9\xbe", "1"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var s string
		for range r.IntN(12) {
			s += pieces[r.IntN(len(pieces))]
		}
		got, mask := foldMask(s)
		if want := foldString(s); got != want || mask != stringMask(want) {
			t.Fatalf("foldMask(%q) = %q %x, want %q %x", s, got, mask, want, stringMask(want))
		}
	}
}

func FuzzFoldMask(f *testing.F) {
	f.Add("退款ＡＢ　tk\xe3\x80")
	f.Fuzz(func(t *testing.T, s string) {
		got, mask := foldMask(s)
		if want := foldString(s); got != want || mask != stringMask(want) {
			t.Fatalf("foldMask(%q) = %q %x, want %q %x", s, got, mask, want, stringMask(want))
		}
	})
}
