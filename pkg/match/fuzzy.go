package match

import (
	"fmt"
	"strings"
	"sync"
)

// 模糊音: agents from the south type the sound they say, not the standard
// reading: sanpin for 商品 (sh→s, ang→an), zifu for 支付, nouhuo for 漏货.
// Input methods (搜狗, 微软拼音) offer the same pairs as a setting; huashu
// has all nine on by default, and config can turn each off
// (match.fuzzy_pinyin).

// FuzzyPair is one pair of sounds read as each other; a set of pairs is
// their bitwise or.
type FuzzyPair uint16

// The nine pairs.
const (
	FuzzyZ     FuzzyPair = 1 << iota // z ↔ zh
	FuzzyC                           // c ↔ ch
	FuzzyS                           // s ↔ sh
	FuzzyNL                          // n ↔ l
	FuzzyFH                          // f ↔ h
	FuzzyRL                          // r ↔ l
	FuzzyAnAng                       // an ↔ ang
	FuzzyEnEng                       // en ↔ eng
	FuzzyInIng                       // in ↔ ing

	// FuzzyAll is every pair: the default.
	FuzzyAll = FuzzyZ | FuzzyC | FuzzyS | FuzzyNL | FuzzyFH | FuzzyRL | FuzzyAnAng | FuzzyEnEng | FuzzyInIng
)

// fuzzyNames are the names config uses for the pairs, in FuzzyPair order.
var fuzzyNames = []string{"zh", "ch", "sh", "n-l", "f-h", "r-l", "an-ang", "en-eng", "in-ing"}

// FuzzyPairNames lists the pair names config accepts (zh, ch, sh, n-l, f-h,
// r-l, an-ang, en-eng, in-ing).
func FuzzyPairNames() []string { return append([]string(nil), fuzzyNames...) }

// ParseFuzzyPairs turns pair names into a set; "z-zh", "c-ch" and "s-sh"
// are accepted for zh, ch and sh. An unknown name is an error.
func ParseFuzzyPairs(names []string) (FuzzyPair, error) {
	var set FuzzyPair
	for _, n := range names {
		key := strings.ToLower(strings.TrimSpace(n))
		switch key {
		case "z-zh", "zh-z":
			key = "zh"
		case "c-ch", "ch-c":
			key = "ch"
		case "s-sh", "sh-s":
			key = "sh"
		case "l-n":
			key = "n-l"
		case "h-f":
			key = "f-h"
		case "l-r":
			key = "r-l"
		case "ang-an":
			key = "an-ang"
		case "eng-en":
			key = "en-eng"
		case "ing-in":
			key = "in-ing"
		}
		found := false
		for i, name := range fuzzyNames {
			if key == name {
				set |= 1 << i
				found = true
			}
		}
		if !found {
			return 0, fmt.Errorf("unknown fuzzy pinyin pair %q (want %s)", n, strings.Join(fuzzyNames, ", "))
		}
	}
	return set, nil
}

// fuzzyTable holds, for one set of pairs, every syllable's variants.
type fuzzyTable struct {
	byID [][]string // by syllable index (readingData without secondaryBit)
	// first is fuzzyLetters' first letters, kept here so the hot loop
	// does not go through a sync.Once.
	first []letterBits
}

func (t *fuzzyTable) variants(id int) []string { return t.byID[id] }

var (
	fuzzyTablesMu sync.Mutex
	fuzzyTables   = map[FuzzyPair]*fuzzyTable{}
)

// fuzzyTableFor returns the (shared, read-only) table of a set of pairs;
// nil for the empty set.
func fuzzyTableFor(pairs FuzzyPair) *fuzzyTable {
	pairs &= FuzzyAll
	if pairs == 0 {
		return nil
	}
	fuzzyTablesMu.Lock()
	defer fuzzyTablesMu.Unlock()
	if t, ok := fuzzyTables[pairs]; ok {
		return t
	}
	t := &fuzzyTable{byID: make([][]string, len(syllables))}
	t.first, _ = fuzzyLetters()
	for id, s := range syllables {
		t.byID[id] = fuzzyVariants(s, pairs)
	}
	fuzzyTables[pairs] = t
	return t
}

// fuzzyVariants are the spellings of syl under the pairs: each initial and
// each final swapped alone and together (shang → sang, shan, san).
func fuzzyVariants(syl string, pairs FuzzyPair) []string {
	initial, final := splitSyllable(syl)
	inits := []string{initial}
	swap := func(p FuzzyPair, a, b string) {
		if pairs&p == 0 {
			return
		}
		switch initial {
		case a:
			inits = append(inits, b)
		case b:
			inits = append(inits, a)
		}
	}
	swap(FuzzyZ, "z", "zh")
	swap(FuzzyC, "c", "ch")
	swap(FuzzyS, "s", "sh")
	swap(FuzzyNL, "n", "l")
	swap(FuzzyFH, "f", "h")
	swap(FuzzyRL, "r", "l")
	finals := []string{final}
	swapFinal := func(p FuzzyPair, a string) {
		if pairs&p == 0 {
			return
		}
		switch {
		case strings.HasSuffix(final, a+"g"):
			finals = append(finals, strings.TrimSuffix(final, "g"))
		case strings.HasSuffix(final, a):
			finals = append(finals, final+"g")
		}
	}
	swapFinal(FuzzyAnAng, "an")
	swapFinal(FuzzyEnEng, "en")
	swapFinal(FuzzyInIng, "in")
	var out []string
	for _, i := range inits {
		for _, f := range finals {
			if v := i + f; v != syl && f != "" {
				out = append(out, v)
			}
		}
	}
	return out
}

// splitSyllable splits a syllable into its initial (声母; "" for a, e, o…)
// and final.
func splitSyllable(s string) (string, string) {
	for _, two := range []string{"zh", "ch", "sh"} {
		if strings.HasPrefix(s, two) {
			return two, s[2:]
		}
	}
	if s != "" && strings.IndexByte("bpmfdtnlgkhjqxrzcsyw", s[0]) >= 0 && len(s) > 1 {
		return s[:1], s[1:]
	}
	return "", s
}

// fuzzyLetters are, per reading set, the first letters and all letters of
// the 模糊音 variants of every pair: the prefilters must let a variant's
// letters through. Worked out from the letters alone (a variant adds h to
// z/c/s, g to an/en/in, and swaps n/l/r and f/h), without building the
// variants, and only when a matcher first needs them.
var fuzzyLetters = sync.OnceValues(func() ([]letterBits, []letterBits) {
	n := len(readingStart)/2 - 1
	first := make([]letterBits, n)
	all := make([]letterBits, n)
	for set := 1; set < n; set++ {
		for i := u16(readingStart, set); i < u16(readingStart, set+1); i++ {
			s, _ := reading(i)
			var f letterBits
			switch s[0] {
			case 'z', 'c', 's':
				all[set] |= bitOf('h')
			case 'n', 'r':
				f = bitOf('l')
			case 'l':
				f = bitOf('n') | bitOf('r')
			case 'f':
				f = bitOf('h')
			case 'h':
				f = bitOf('f')
			}
			first[set] |= f
			all[set] |= f
			if strings.HasSuffix(s, "an") || strings.HasSuffix(s, "en") || strings.HasSuffix(s, "in") {
				all[set] |= bitOf('g')
			}
		}
	}
	return first, all
})

// fuzzable reports whether 模糊音 can change how a term reads: it holds a
// letter some pair swaps or adds (z c s h n l f r g). tk, jd, qt need no
// 模糊音 pass.
func fuzzable(q []rune) bool {
	for _, r := range q {
		switch r {
		case 'z', 'c', 's', 'h', 'n', 'l', 'f', 'r', 'g':
			return true
		}
	}
	return false
}
