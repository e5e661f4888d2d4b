package match

//go:generate go run ./internal/genpinyin pinyin_table.go

// The pinyin table (pinyin_table.go) is generated from go-pinyin's dictionary
// and lives in string constants, so it costs nothing at start-up: no map is
// built, nothing is parsed. A rune's readings are looked up by index.

// u16 reads the i-th big-endian uint16 of a table string.
func u16(s string, i int) int { return int(s[2*i])<<8 | int(s[2*i+1]) }

// readingSet returns the reading set of r (0 when r has no pinyin).
func readingSet(r rune) int {
	if r < pinyinLo || r > pinyinHi {
		return 0
	}
	return u16(runeReadings, int(r-pinyinLo))
}

// readings returns the bounds of r's syllable ids in readingData.
func readings(r rune) (lo, hi int) {
	set := readingSet(r)
	if set == 0 {
		return 0, 0
	}
	return u16(readingStart, set), u16(readingStart, set+1)
}

// secondaryBit marks a secondary reading in readingData (see genpinyin):
// one that is neither go-pinyin's default nor a common 多音字 reading.
const secondaryBit = 0x8000

// reading returns the syllable of readingData entry i and whether it is a
// secondary (rare) reading.
func reading(i int) (string, bool) {
	id := u16(readingData, i)
	return syllables[id&^secondaryBit], id&secondaryBit != 0
}

// readingID returns the syllable index of readingData entry i and whether
// it is a secondary reading.
func readingID(i int) (int, bool) {
	id := u16(readingData, i)
	return id &^ secondaryBit, id&secondaryBit != 0
}

// Readings returns every toneless reading of r (ü written v), nil when r is
// not a Chinese character the table knows. 重 → [zhong chong].
func Readings(r rune) []string {
	lo, hi := readings(r)
	if lo == hi {
		return nil
	}
	out := make([]string, 0, hi-lo)
	for i := lo; i < hi; i++ {
		s, _ := reading(i)
		out = append(out, s)
	}
	return out
}

// PrimaryReadings returns r's readings that match without a penalty:
// go-pinyin's default reading plus the common readings of everyday 多音字
// (重 → [zhong chong], 款 → [kuan], not its rare xin).
func PrimaryReadings(r rune) []string {
	lo, hi := readings(r)
	var out []string
	for i := lo; i < hi; i++ {
		if s, rare := reading(i); !rare {
			out = append(out, s)
		}
	}
	return out
}

// letterBits is a set of lower-case ASCII letters and digits as bits 0-35;
// bits 36-63 hold a hash of every other rune (a Bloom filter of one hash).
type letterBits = uint64

// asciiBits are the bits of letterBits that stand for letters and digits.
const asciiBits letterBits = 1<<36 - 1

func bitOf(r rune) letterBits {
	switch {
	case r >= 'a' && r <= 'z':
		return 1 << uint(r-'a')
	case r >= '0' && r <= '9':
		return 1 << uint(26+r-'0')
	}
	return 1 << (36 + uint(uint32(r)*2654435761>>16)%28)
}

// readingSecond[set] holds the second letters of a reading set's
// syllables: where a typo may start (the first letter wrong or missing).
var readingSecond = func() []letterBits {
	n := len(readingStart)/2 - 1
	second := make([]letterBits, n)
	for set := 1; set < n; set++ {
		for i := u16(readingStart, set); i < u16(readingStart, set+1); i++ {
			if s, _ := reading(i); len(s) > 1 {
				second[set] |= bitOf(rune(s[1]))
			}
		}
	}
	return second
}()

// readingFirst[set] holds the first letters of a reading set's syllables;
// readingAll[set] every letter in them, and the digit of a Chinese numeral
// of that set (七 holds 7, so 7tian passes the prefilter). Built once from
// the table (4.5k sets, a few microseconds).
var readingFirst, readingAll = func() ([]letterBits, []letterBits) {
	n := len(readingStart)/2 - 1
	first := make([]letterBits, n)
	all := make([]letterBits, n)
	for set := 1; set < n; set++ {
		for i := u16(readingStart, set); i < u16(readingStart, set+1); i++ {
			s, _ := reading(i)
			first[set] |= bitOf(rune(s[0]))
			for j := 0; j < len(s); j++ {
				all[set] |= bitOf(rune(s[j]))
			}
		}
	}
	for _, r := range "零〇一二两三四五六七八九" {
		all[readingSet(r)] |= bitOf('0' + rune(numeral(r)))
	}
	return first, all
}()

// fold maps a rune to the form both the index and the query use: lower case,
// full-width letters and digits (ＡＢＣ１２３) as ASCII, the ideographic space
// as a space. Full-width punctuation (，：) stays: it is typed as such. fold
// maps one rune to one rune, so positions stay rune indexes.
func fold(r rune) rune {
	switch {
	case r >= 'A' && r <= 'Z':
		return r + 'a' - 'A'
	case r < 0x80:
		return r
	case r == 0x3000:
		return ' '
	case r > 0x3000 && r < 0xA640:
		return r // CJK and its punctuation: no case, nothing to fold
	case r >= 0xFF10 && r <= 0xFF19, r >= 0xFF21 && r <= 0xFF3A, r >= 0xFF41 && r <= 0xFF5A:
		return fold(r - 0xFEE0)
	case r >= 0xFF00 && r <= 0xFFEF:
		return r
	}
	return toLower(r)
}
