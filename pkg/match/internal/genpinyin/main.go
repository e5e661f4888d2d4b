// Command genpinyin writes pkg/match's pinyin table from go-pinyin's
// dictionary: every reading of every character in the Basic Multilingual
// Plane, tones removed (ü written v), so the matcher needs no map and no
// work at start-up. Run it with `go generate ./pkg/match`.
//
// Each reading is marked primary or secondary (bit 15 of its readingData
// entry set = secondary). Primary are go-pinyin's default (first, most
// common) reading and the readings of commonReadings below, common 多音字
// whose other reading is everyday too (重 chong, 还 huan, 行 hang…). Every
// other reading (款 xin, 核 kai, 提 chi) stays matchable but is penalised.
package main

import (
	"bytes"
	"fmt"
	"go/format"
	"log"
	"os"
	"sort"
	"strings"

	pinyin "github.com/mozillazg/go-pinyin"
)

// secondaryBit marks a secondary reading in readingData.
const secondaryBit = 0x8000

// toneless maps a toned vowel to its plain letter.
var toneless = map[rune]string{
	'ā': "a", 'á': "a", 'ǎ': "a", 'à': "a",
	'ē': "e", 'é': "e", 'ě': "e", 'è': "e", 'ê': "e", 'ế': "e", 'ề': "e",
	'ī': "i", 'í': "i", 'ǐ': "i", 'ì': "i",
	'ō': "o", 'ó': "o", 'ǒ': "o", 'ò': "o",
	'ū': "u", 'ú': "u", 'ǔ': "u", 'ù': "u",
	'ü': "v", 'ǖ': "v", 'ǘ': "v", 'ǚ': "v", 'ǜ': "v",
	'ń': "n", 'ň': "n", 'ǹ': "n", 'ḿ': "m",
}

func plain(s string) string {
	var b strings.Builder
	for _, r := range s {
		if t, ok := toneless[r]; ok {
			b.WriteString(t)
		} else if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// commonReadings lists, per character, the non-default toneless readings
// that are common enough not to be penalised: a curated list of everyday
// 多音字 (go-pinyin's first reading is always primary). A reading here that
// the dictionary lacks stops the generator, so typos cannot slip in.
var commonReadings = map[rune][]string{
	'重': {"chong"}, '还': {"huan"}, '行': {"hang"}, '长': {"chang"}, '调': {"tiao"},
	'便': {"pian"}, '差': {"chai"}, '地': {"de"}, '的': {"di"}, '得': {"dei"},
	'了': {"liao"}, '着': {"zhao", "zhuo"}, '都': {"du"}, '觉': {"jiao"}, '藏': {"zang"},
	'传': {"zhuan"}, '朝': {"chao"}, '给': {"ji"}, '和': {"huo", "hu"}, '会': {"kuai"},
	'将': {"qiang"}, '角': {"jue"}, '降': {"xiang"}, '率': {"shuai"}, '没': {"mo"},
	'强': {"jiang"}, '省': {"xing"}, '盛': {"cheng"}, '识': {"zhi"}, '属': {"zhu"},
	'说': {"shui"}, '似': {"shi"}, '弹': {"dan"}, '血': {"xie"}, '约': {"yao"},
	'择': {"zhai"}, '曾': {"zeng"}, '参': {"shen", "cen"}, '薄': {"bo"}, '大': {"dai"},
	'单': {"shan"}, '读': {"dou"}, '恶': {"wu"}, '系': {"ji"}, '解': {"xie"},
	'卡': {"qia"}, '壳': {"qiao"}, '落': {"la", "lao"}, '模': {"mu"}, '那': {"nei"},
	'奇': {"ji"}, '塞': {"se"}, '色': {"shai"}, '什': {"shi"}, '折': {"she"},
	'称': {"chen"}, '扎': {"za"}, '吓': {"he"}, '乐': {"yue"}, '数': {"shuo"},
	'露': {"lou"}, '剥': {"bao"}, '削': {"xue"}, '区': {"ou"}, '缝': {"feng"},
	'么': {"mo", "ma"}, '哪': {"nei"}, '量': {"liang"}, '相': {"xiang"}, '应': {"ying"},
	'冲': {"chong"}, '处': {"chu"}, '当': {"dang"}, '干': {"gan"}, '划': {"hua"},
	'几': {"ji"}, '间': {"jian"}, '结': {"jie"}, '看': {"kan"}, '空': {"kong"},
	'少': {"shao"}, '分': {"fen"}, '发': {"fa"}, '好': {"hao"}, '为': {"wei"},
	'种': {"zhong"}, '中': {"zhong"}, '转': {"zhuan"}, '正': {"zheng"}, '教': {"jiao"},
	'更': {"geng"}, '供': {"gong"}, '假': {"jia"}, '尽': {"jin"}, '期': {"qi"},
	'兴': {"xing"}, '载': {"zai"}, '钻': {"zuan"}, '仆': {"pu"}, '铺': {"pu"},
	'校': {"jiao"},
}

func main() {
	out := "pinyin_table.go"
	if len(os.Args) > 1 {
		out = os.Args[1]
	}
	lo, hi := 0x3000, 0x9FFF // every BMP CJK character go-pinyin knows lies in here
	sylID := map[string]int{}
	var syls []string
	setID := map[string]int{"": 0}
	sets := [][]int{nil}
	table := make([]int, hi-lo+1)
	keys := make([]int, 0, len(pinyin.PinyinDict))
	for k := range pinyin.PinyinDict {
		if k >= lo && k <= hi {
			keys = append(keys, k)
		}
	}
	sort.Ints(keys)
	primaryOf := func(k int) map[string]bool {
		prim := map[string]bool{}
		all := map[string]bool{}
		for _, rd := range strings.Split(pinyin.PinyinDict[k], ",") {
			if p := plain(rd); p != "" {
				all[p] = true
				if len(prim) == 0 {
					prim[p] = true // go-pinyin's default reading
				}
			}
		}
		for _, p := range commonReadings[rune(k)] {
			if !all[p] {
				log.Fatalf("commonReadings: %c has no reading %q (has %v)", rune(k), p, all)
			}
			prim[p] = true
		}
		return prim
	}
	for r := range commonReadings {
		if _, ok := pinyin.PinyinDict[int(r)]; !ok {
			log.Fatalf("commonReadings: %c not in the dictionary", r)
		}
	}
	secondaries := 0
	for _, k := range keys {
		seen := map[string]bool{}
		var ids []int
		prim := primaryOf(k)
		for _, rd := range strings.Split(pinyin.PinyinDict[k], ",") {
			p := plain(rd)
			if p == "" || seen[p] {
				continue
			}
			seen[p] = true
			id, ok := sylID[p]
			if !ok {
				id = len(syls)
				sylID[p] = id
				syls = append(syls, p)
			}
			if !prim[p] {
				id |= secondaryBit
				secondaries++
			}
			ids = append(ids, id)
		}
		key := fmt.Sprint(ids)
		sid, ok := setID[key]
		if !ok {
			sid = len(sets)
			setID[key] = sid
			sets = append(sets, ids)
		}
		table[k-lo] = sid
	}
	if len(syls) >= secondaryBit || len(sets) > 65535 {
		log.Fatal("table does not fit uint16")
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by internal/genpinyin from github.com/mozillazg/go-pinyin; DO NOT EDIT.\n\npackage match\n\n")
	fmt.Fprintf(&b, "const pinyinLo, pinyinHi = 0x%X, 0x%X\n\n", lo, hi)
	fmt.Fprintf(&b, "// syllables are the toneless readings (ü as v).\nvar syllables = [...]string{")
	for i, s := range syls {
		if i%12 == 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%q, ", s)
	}
	b.WriteString("\n}\n\n")
	// readingSets: set i is readingData[readingStart[i]:readingStart[i+1]].
	var data []int
	starts := []int{0}
	for _, s := range sets {
		data = append(data, s...)
		starts = append(starts, len(data))
	}
	writeU16 := func(name, doc string, xs []int) {
		fmt.Fprintf(&b, "// %s\nconst %s = \"", doc, name)
		for _, x := range xs {
			fmt.Fprintf(&b, "\\x%02x\\x%02x", x>>8, x&0xff)
		}
		b.WriteString("\"\n\n")
	}
	writeU16("readingStart", "readingStart[i] (big-endian uint16) is where reading set i starts in readingData.", starts)
	writeU16("readingData", "readingData holds syllable indexes, reading set after reading set; bit 15\n// (secondaryBit) marks a secondary reading: neither go-pinyin's default nor\n// a common one (see genpinyin's commonReadings).", data)
	writeU16("runeReadings", "runeReadings[r-pinyinLo] (big-endian uint16) is the reading set of rune r; 0 = none.", table)
	src, err := format.Source(b.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(out, src, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d characters, %d syllables, %d reading sets, %d secondary readings", len(keys), len(syls), len(sets), secondaries)
}
