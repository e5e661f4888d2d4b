package index

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// library is a random set of sources on disk (and one embedded), written
// to exercise every part of loading: layers, overrides, conflicts, groups
// declared or not, valid windows in several zones, platform variants and
// platform lists, ask lines, vars, broken files and YAML files that are not
// packs.
type library struct {
	dir     string
	sources []pack.Source
	files   []string // the files on disk, for tests that edit them
}

// words the generator builds text from: shared on purpose, so searches
// find many phrases and ties happen.
var (
	genTitles = []string{"退款", "发货", "物流", "尺码", "赠品", "发票", "催付", "好评", "七天无理由", "上门取件", "VIP", "Type-C", "运费险", "补差价", "核实"}
	genBodies = []string{"亲，", "您好，", "退款会在3个工作日内到账", "我们会尽快为您发货", "请提供订单号", "稍后为您核实", "满188减28", "支持7天无理由退货", "{{订单号}}", "ID：12345", "Type-C 接口", "祝您生活愉快～"}
	genGroups = []string{"", "售后", "售后/退款", "售前", "物流", "活动/双11"}
	genKw     = []string{"tuikuan", "fahuo", "zengpin", "vip", "wuliu", "chima"}
	genAsk    = []string{"怎么退款", "什么时候发货", "有赠品吗", "发票怎么开", "能便宜点吗"}
	genZones  = []string{"", "+08:00", "Z", "+09:00"}
)

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func quote(s string) string { return fmt.Sprintf("%q", s) }

// genPack writes one pack of n phrases with codes from a small alphabet.
func genPack(r *rand.Rand, name string, n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "pack: %s\n", name)
	if r.IntN(3) == 0 {
		fmt.Fprintf(&b, "platforms: [%s]\n", pick(r, phrase.Platforms))
	}
	if r.IntN(2) == 0 {
		fmt.Fprintf(&b, "groups: [%s, %s]\n", quote(pick(r, genGroups[1:])), quote("物流"))
	}
	if r.IntN(2) == 0 {
		fmt.Fprintf(&b, "vars:\n  店铺: %s的店\n", name)
	}
	b.WriteString("phrases:\n")
	for range n {
		code := string(rune('a'+r.IntN(6))) + string(rune('a'+r.IntN(6)))
		if r.IntN(8) == 0 {
			code = "退" + string(rune('a'+r.IntN(3)))
		}
		fmt.Fprintf(&b, "  - code: %s\n    title: %s\n", code, quote(pick(r, genTitles)+pick(r, genTitles)))
		if g := pick(r, genGroups); g != "" {
			fmt.Fprintf(&b, "    group: %s\n", quote(g))
		}
		if r.IntN(3) == 0 {
			fmt.Fprintf(&b, "    tags: [%s, %s]\n", quote(pick(r, genTitles)), quote(pick(r, genTitles)))
		}
		if r.IntN(3) == 0 {
			fmt.Fprintf(&b, "    keywords: [%s]\n", pick(r, genKw))
		}
		if r.IntN(4) == 0 {
			fmt.Fprintf(&b, "    ask: [%s]\n", quote(pick(r, genAsk)))
		}
		body := func() string { return pick(r, genBodies) + pick(r, genBodies) + pick(r, genBodies) }
		if r.IntN(4) == 0 {
			fmt.Fprintf(&b, "    parts:\n      - %s\n      - %s\n", quote(body()), quote(body()))
		} else {
			fmt.Fprintf(&b, "    text: %s\n", quote(body()))
		}
		if r.IntN(4) == 0 {
			fmt.Fprintf(&b, "    platform:\n      %s: %s\n", pick(r, phrase.Platforms), quote(body()))
		}
		if r.IntN(5) == 0 {
			fmt.Fprintf(&b, "    platforms: [%s]\n", pick(r, phrase.Platforms))
		}
		if r.IntN(5) == 0 {
			from := fmt.Sprintf("2026-%02d-%02d", 1+r.IntN(12), 1+r.IntN(28))
			if z := pick(r, genZones); z != "" {
				from += "T10:00:00" + z
			}
			switch r.IntN(3) {
			case 0:
				fmt.Fprintf(&b, "    valid: {from: %s}\n", from)
			case 1:
				fmt.Fprintf(&b, "    valid: {until: %s}\n", from)
			default:
				fmt.Fprintf(&b, "    valid: {from: %s, until: 2027-06-18}\n", from)
			}
		}
		if r.IntN(40) == 0 {
			b.WriteString("    titel: 拼错的字段\n") // a phrase left out, with a problem
		}
	}
	return b.String()
}

func writeTestFile(t testing.TB, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// genLibrary writes a random library under dir.
func genLibrary(t testing.TB, r *rand.Rand, dir string) *library {
	l := &library{dir: dir}
	embedded := fstest.MapFS{}
	for i := range 1 + r.IntN(2) {
		embedded[fmt.Sprintf("e%d.yaml", i)] = &fstest.MapFile{Data: []byte(genPack(r, fmt.Sprintf("内置%d", i), 3+r.IntN(15)))}
	}
	l.sources = append(l.sources, pack.Source{Name: "embedded", Layer: phrase.LayerEmbedded, Path: ".", FS: embedded})
	team := filepath.Join(dir, "team")
	for i := range 1 + r.IntN(3) {
		f := filepath.Join(team, fmt.Sprintf("t%d.yaml", i))
		if i == 2 {
			f = filepath.Join(team, "sub", "t2.yml")
		}
		writeTestFile(t, f, genPack(r, fmt.Sprintf("团队%d", i), 3+r.IntN(25)))
		l.files = append(l.files, f)
	}
	if r.IntN(2) == 0 {
		writeTestFile(t, filepath.Join(team, "mkdocs.yml"), "site_name: 文档\n")
	}
	if r.IntN(2) == 0 {
		f := filepath.Join(team, "broken.yaml")
		writeTestFile(t, f, "pack: 坏\nphrases:\n  - code: x\n\ttitle: y\n")
		l.files = append(l.files, f)
	}
	l.sources = append(l.sources, pack.Source{Name: "team", Layer: phrase.LayerTeam, Path: team})
	if r.IntN(2) == 0 {
		f := filepath.Join(dir, "flag.yaml")
		writeTestFile(t, f, genPack(r, "命令行", 2+r.IntN(10)))
		l.files = append(l.files, f)
		l.sources = append(l.sources, pack.Source{Name: f, Layer: phrase.LayerFlag, Path: f})
	}
	f := filepath.Join(dir, "personal.yaml")
	writeTestFile(t, f, genPack(r, "个人", 1+r.IntN(8)))
	l.files = append(l.files, f)
	l.sources = append(l.sources, pack.Source{Name: "personal", Layer: phrase.LayerPersonal, Path: f})
	return l
}
