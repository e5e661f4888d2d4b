package pack

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

// The ways the generator below writes each part of a phrase: what packs
// are written with, and the shapes next to it the scanner must either read
// exactly as yaml.v3 does or leave to yaml.v3.
var (
	fastScalars = []string{
		"退款说明", "plain with  spaces  ", "带#号但不是注释", "a # 注释", "a\t# tab 注释", "'单引号'", "'It''s'", `"双引号\t\n\"转义\""`,
		`"\u4e2d\x41\U0001F600"`, `"\q 未知转义"`, `"半个引号`, "'半个", "~", "null", "Null", "", "123", "true", "2026-06-18",
		"-5", "-", "- x", ":x", "a: b", "a:", "?x", "? x", "&a 锚", "*a", "!!str 标签", "!自定义 x", "%x", "@x", "`x", "|", ">",
		"[a, b]", "{a: b}", "x]", "带，中文标点", "🙂 emoji", "\u00a0不换行空格", "x\u00a0", "a\tb", "尾随空格   ", "'a' 后面有字",
		`"a" # 注释`, "'x' #c", "\u0085", "\ufeffBOM",
	}
	fastKeys = []string{"code", "title", "group", "tags", "keywords", "ask", "text", "parts", "platform", "platforms", "valid"}
)

// genFastPack writes a pack of n phrases, each in a random spelling.
func genFastPack(r *rand.Rand, n int, wildness int) []byte {
	// wild: this spelling is an unusual one (about one in wildness; never
	// for 0).
	wildOne := func() bool { return wildness > 0 && r.IntN(wildness) == 0 }
	var b bytes.Buffer
	b.WriteString("pack: 扫描\nplatforms: [jd]\nphrases:\n")
	ind := "  "
	if r.IntN(4) == 0 {
		ind = ""
	}
	scalar := func() string {
		if wildOne() {
			return fastScalars[r.IntN(len(fastScalars))]
		}
		return fmt.Sprintf("值%d", r.IntN(1000))
	}
	for i := range n {
		item := ind + "- "
		pad := ind + "  "
		if r.IntN(6) == 0 {
			item, pad = ind+"-   ", ind+"    "
		}
		keys := []string{"code", "title", "text"}
		for _, k := range fastKeys[3:] {
			if r.IntN(3) == 0 && k != "text" {
				keys = append(keys, k)
			}
		}
		wild := wildOne()
		if wild {
			r.Shuffle(len(keys), func(a, c int) { keys[a], keys[c] = keys[c], keys[a] })
			if r.IntN(5) == 0 {
				keys = append(keys, keys[r.IntN(len(keys))]) // a duplicate
			}
			if r.IntN(5) == 0 {
				keys = append(keys, "titel") // unknown
			}
		}
		if keys[0] == "parts" && !wild {
			keys[0], keys[1] = keys[1], keys[0]
		}
		hasText := false
		for j, k := range keys {
			lead := pad
			if j == 0 {
				lead = item
			}
			if wild && j > 0 && r.IntN(12) == 0 {
				fmt.Fprintf(&b, "%s# 注释\n", strings.Repeat(" ", r.IntN(8)))
			}
			if wild && j > 0 && r.IntN(15) == 0 {
				b.WriteString("\n")
			}
			switch k {
			case "code":
				fmt.Fprintf(&b, "%scode: c%d\n", lead, i)
			case "title", "group":
				fmt.Fprintf(&b, "%s%s: %s\n", lead, k, scalar())
			case "text":
				if hasText {
					continue
				}
				hasText = true
				c := r.IntN(5)
				if c == 3 && !wildOne() {
					c = 2 // folded: left to yaml.v3
				}
				switch c {
				case 0, 1:
					fmt.Fprintf(&b, "%stext: %s\n", lead, scalar())
				case 2:
					chomp := []string{"", "-", "+", " # 注释", "2"}[r.IntN(4)]
					if wildOne() {
						chomp = "2" // an indentation indicator: left to yaml.v3
					}
					fmt.Fprintf(&b, "%stext: |%s\n", lead, chomp)
					lines := 1 + r.IntN(4)
					for x := range lines {
						switch {
						case wild && r.IntN(6) == 0:
							b.WriteString("\n")
						case wild && r.IntN(8) == 0:
							fmt.Fprintf(&b, "%s    更深的一行 %d\n", pad, x)
						case wild && r.IntN(10) == 0:
							fmt.Fprintf(&b, "%s  # 不是注释\n", pad)
						default:
							fmt.Fprintf(&b, "%s  第%d行 {{店铺}}: #\n", pad, x)
						}
					}
					for range r.IntN(3) {
						b.WriteString("\n")
					}
				case 3:
					fmt.Fprintf(&b, "%stext: >\n%s  折叠\n", lead, pad)
				default:
					fmt.Fprintf(&b, "%stext: %s\n", lead, "\"一行\"")
				}
			case "parts":
				if hasText && !wild {
					continue
				}
				hasText = true
				if r.IntN(2) == 0 {
					fmt.Fprintf(&b, "%sparts: [%s, %s]\n", lead, scalar(), scalar())
				} else {
					seq := pad
					if r.IntN(3) == 0 {
						seq = pad[:len(pad)-2] // compact: at the key's column
						if len(pad) < 2 {
							seq = pad
						}
					}
					fmt.Fprintf(&b, "%sparts:\n%s  - %s\n%s  - %s\n", lead, seq, scalar(), seq, scalar())
				}
			case "tags", "keywords", "ask", "platforms":
				items := []string{scalar(), scalar()}
				if k == "platforms" {
					items = []string{"jd", []string{"tmall", "pdd", "taobao", "jd"}[r.IntN(4)]}
				}
				switch r.IntN(3) {
				case 0:
					fmt.Fprintf(&b, "%s%s: [%s]\n", lead, k, strings.Join(items, ", "))
				case 1:
					fmt.Fprintf(&b, "%s%s:\n", lead, k)
					for _, it := range items {
						fmt.Fprintf(&b, "%s  - %s\n", pad, it)
					}
				default:
					fmt.Fprintf(&b, "%s%s: []\n", lead, k)
				}
			case "platform":
				switch r.IntN(3) {
				case 0:
					fmt.Fprintf(&b, "%splatform:\n%s  tmall: %s\n", lead, pad, scalar())
				case 1:
					fmt.Fprintf(&b, "%splatform:\n%s  pdd:\n%s    parts: [%s]\n%s  jd:\n%s    text: |\n%s      京东\n", lead, pad, pad, scalar(), pad, pad, pad)
				default:
					fmt.Fprintf(&b, "%splatform: {tmall: %s}\n", lead, scalar())
				}
			case "valid":
				from := []string{"2026-06-01", "2026-06-01T10:00:00+08:00", "'2026-06-01'", "明天"}[r.IntN(4)]
				if r.IntN(2) == 0 {
					fmt.Fprintf(&b, "%svalid: {from: %s, until: 2026-06-30}\n", lead, from)
				} else {
					fmt.Fprintf(&b, "%svalid:\n%s  from: %s\n", lead, pad, from)
				}
			default:
				fmt.Fprintf(&b, "%s%s: %s\n", lead, k, scalar())
			}
		}
	}
	if r.IntN(3) == 0 {
		b.WriteString("description: 在后面\n")
	}
	out := b.Bytes()
	if r.IntN(5) == 0 {
		out = bytes.ReplaceAll(out, []byte("\n"), []byte("\r\n"))
	}
	return out
}

// fastHits counts the chunks the scanner read and the ones it left to
// yaml.v3, for the test to see it did both.
var fastHits, fastMisses atomic.Int64

// TestFastScanMatchesYAML: packs written every way the generator knows,
// tame and wild, parse the same in chunks (the scanner where it can) as
// whole (yaml.v3): phrases, value locations, problems.
func TestFastScanMatchesYAML(t *testing.T) {
	countScans = func(ok bool) {
		if ok {
			fastHits.Add(1)
		} else {
			fastMisses.Add(1)
		}
	}
	defer func() { countScans = nil }()
	for seed := range uint64(400) {
		r := rand.New(rand.NewPCG(seed, 1))
		data := genFastPack(r, 8+r.IntN(20), []int{0, 40, 12, 3}[seed%4])
		whole, split, we, se, chunked := parseBothWays(data, 3)
		if !chunked {
			continue
		}
		if !reflect.DeepEqual(whole, split) || we.String() != se.String() {
			t.Fatalf("seed %d: the chunked parse differs\n%s\nwhole: %v\nsplit: %v\n%s", seed, firstDiff(whole, split), we, se, data)
		}
	}
	t.Logf("scanner: %d chunks, yaml.v3: %d", fastHits.Load(), fastMisses.Load())
	if fastHits.Load() < 100 || fastMisses.Load() < 100 {
		t.Errorf("the scanner read %d chunks and left %d to yaml.v3: the test does not reach both", fastHits.Load(), fastMisses.Load())
	}
}

// firstDiff says where two parses first differ.
func firstDiff(a, b *phrase.Pack) string {
	if a == nil || b == nil {
		return fmt.Sprintf("pack %v / %v", a != nil, b != nil)
	}
	if len(a.Phrases) != len(b.Phrases) {
		return fmt.Sprintf("%d phrases / %d", len(a.Phrases), len(b.Phrases))
	}
	for i := range a.Phrases {
		if !reflect.DeepEqual(a.Phrases[i], b.Phrases[i]) {
			return fmt.Sprintf("phrase %d:\n%+v\n%+v", i, *a.Phrases[i], *b.Phrases[i])
		}
	}
	return "pack fields"
}
