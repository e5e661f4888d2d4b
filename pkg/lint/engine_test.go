package lint

import (
	"os"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

func lintBytes(t testing.TB, cfg *Config, files map[string]string, layers map[string]phrase.Layer) *Result {
	t.Helper()
	l, err := defaultLinter()
	if cfg != nil {
		l, err = New(Options{Config: cfg, Now: testNow})
	}
	if err != nil {
		t.Fatal(err)
	}
	var in []Input
	for _, name := range sortedKeys(files) {
		in = append(in, Input{File: name, Data: []byte(files[name]), Layer: layers[name]})
	}
	return l.Lint(in)
}

// defaultLinter is the linter without a team config, built once: compiling
// the word lists takes most of a New, and the thousands of one-line cases of
// this package's tests need no config of their own. A Linter keeps nothing
// from one Lint to the next (BenchmarkLint runs one many times).
var defaultLinter = sync.OnceValues(func() (*Linter, error) { return New(Options{Now: testNow}) })

func sortedKeys(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	for i := range ks {
		for j := i + 1; j < len(ks); j++ {
			if ks[j] < ks[i] {
				ks[i], ks[j] = ks[j], ks[i]
			}
		}
	}
	return ks
}

func rulesOf(r *Result) string {
	var s []string
	for _, p := range r.Problems {
		s = append(s, p.File+":"+p.Rule)
	}
	return strings.Join(s, " ")
}

const hyPack = "pack: %s\nphrases:\n  - code: hy\n    title: 欢迎\n    text: 您好，欢迎光临\n"

func TestCrossFileDuplicateAndShadowing(t *testing.T) {
	a := strings.Replace(hyPack, "%s", "甲", 1)
	b := strings.Replace(hyPack, "%s", "乙", 1)
	// Same layer, two files: a duplicate in the second file.
	r := lintBytes(t, nil, map[string]string{"a.yaml": a, "b.yaml": b}, nil)
	if got := rulesOf(r); got != "b.yaml:code/duplicate" {
		t.Errorf("same layer: %s", got)
	}
	if !strings.Contains(r.Problems[0].Message, "a.yaml 第 3 行") {
		t.Errorf("message does not name the first: %s", r.Problems[0].Message)
	}
	// Team file over an embedded one: shadowing, an info.
	r = lintBytes(t, nil, map[string]string{"a.yaml": a, "b.yaml": b},
		map[string]phrase.Layer{"a.yaml": phrase.LayerEmbedded, "b.yaml": phrase.LayerTeam})
	if got := rulesOf(r); got != "b.yaml:code/shadowed" || r.Problems[0].Severity != Info {
		t.Errorf("layers: %s", got)
	}
}

func TestFixWhitespaceAndInvisible(t *testing.T) {
	src := "pack: 修复\nphrases:\n  - code: a\n    title: 空白  # 注释保留\n    text: \"  亲，您好 \"   # 行尾注释\n  - code: b\n    title: 零宽\n    text: 亲\u200b您好\u200b呀\n"
	r := lintBytes(t, nil, map[string]string{"f.yaml": src}, nil)
	edits := Fixes(r.Problems)["f.yaml"]
	if len(edits) != 4 {
		t.Fatalf("%d edits: %s", len(edits), rulesOf(r))
	}
	out, n := ApplyEdits([]byte(src), edits)
	want := "pack: 修复\nphrases:\n  - code: a\n    title: 空白  # 注释保留\n    text: \"亲，您好\"   # 行尾注释\n  - code: b\n    title: 零宽\n    text: 亲您好呀\n"
	if string(out) != want || n != 4 {
		t.Errorf("fixed (%d):\n%s\nwant:\n%s", n, out, want)
	}
	r = lintBytes(t, nil, map[string]string{"f.yaml": string(out)}, nil)
	if len(r.Problems) != 0 {
		t.Errorf("after fix: %s", rulesOf(r))
	}
	// An escape is not fixed (it is not the character itself).
	r = lintBytes(t, nil, map[string]string{"g.yaml": "pack: x\nphrases:\n  - code: a\n    title: t\n    text: \"亲\\u200b您好\"\n"}, nil)
	if len(r.Problems) != 1 || r.Problems[0].Fixable() {
		t.Errorf("escape: %s fixable=%v", rulesOf(r), len(r.Problems) == 1 && r.Problems[0].Fixable())
	}
}

func TestConfigErrors(t *testing.T) {
	for _, c := range []string{
		"rules:\n  no/such-rule: off\n",
		"rules:\n  text/too-long: loud\n",
		"rules:\n  text/too-long: {maxx: 3}\n",
		"rulez: {}\n",
	} {
		if _, err := ParseConfig(".huashu-lint.yaml", []byte(c)); err == nil {
			t.Errorf("no error for %q", c)
		}
	}
	cfg, err := ParseConfig("x", []byte(""))
	if err != nil || cfg.severity(RuleAdLaw) != Warning {
		t.Errorf("empty config: %v", err)
	}
}

func TestListedRulesAreDocumentedAndUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Rules() {
		if seen[r.ID] || r.Summary == "" || !strings.Contains(r.ID, "/") {
			t.Errorf("rule %+v", r)
		}
		seen[r.ID] = true
	}
	lists, err := DefaultWordLists()
	if err != nil {
		t.Fatal(err)
	}
	if len(lists) < 8 {
		t.Errorf("%d word lists", len(lists))
	}
}

func TestNormalizeMapsBack(t *testing.T) {
	n := normalize("加 ＶＸ：Ab，微\u200b信")
	if got := string(n.norm); got != "加vxab微信" {
		t.Fatalf("norm = %q", got)
	}
	s, e := n.span(1, 3) // vx
	if s != 2 || e != 4 {
		t.Errorf("vx maps to %d..%d", s, e)
	}
}

// FuzzMatch: whatever the reply, every reported position lies inside the
// file, on or after the value's start, and the end is not before the start.
func FuzzMatch(f *testing.F) {
	for _, s := range []string{"加微信", "你问我，我问谁", "13912345678", "好评返现", "{{订单号", "嗯嗯嗯", "ＶＸ", "\u200b", "最近最好", "v❤ 一三九①②③④⑤⑥⑦⑧", "🐧：八八七七六六五五", "好评，返现", "${x} %s ｛｛x｝｝ {{x}}}", "www点abc点com", "\u3164", "a\nb", "'", "\\u200b",
		"不是写得很明白了吗？", "加一下店长的v，到货了：hh_12", "挑什么挑", "什么", "（0755）2688－1234", "卡号 6217 0012 3456 7890 123，户名",
		"小红书@", "徽❤", "加💬：a_1", "%.2f %-8s <%= x %> [NAME]", "是不是没就", "你确定你", "做单人", "JDVA18392047561",
		"最好", "最宽处2", "第一泡口感最", "电量100%", "搜“", "小程序「」", "抖音搜“a”", "红包：五星", "（+86）139 0000 1234", "＋８６１", "0086",
		"{收货人", "$(", "万能充电线", "私底下拍", "Line：", "球球 12345",
		// lint v6: numbers next to numbers, numbers spelled in parts, refusals
		"13912345678 20", "139-1234-5678 2024-05-01", "021-62345678-8001", "138转1234转5678", "尾号5678，前面是 138 1234",
		"不需要加微信", "加微信这个不行哦", "您说\"加微信\"？可以的", "侬要加微信啊？勿允许", "有人说能治，没有依据", "您刚才说我们\"不知道\"", "吊牌上的码，不用关注", "不用好评也返现", "不得以返现、红包", "能杀菌吗？不能", "不违规", "的话", "ᴡᴇɪxɪɴ ᵛˣ", "{0} [[x]] <<x>> $x$ {{a｜b}}",
		// lint v17: quoted questions closed by a particle or a dash, slashes, star bullets
		"“能加微信吗”——不行", "\"吗\"—", "”—", "不退/不换/不解释", "/", "a/b", " ★ ", "★", "5 ☆ ", "拧紧 ★ 护栏",
		// lint v18: a symbol between every two characters, postscripts, quoted questions answered, model numbers
		"好💰评💰返💰现", "💰💰", "好💰", "💰评", "烦 P.S. 包邮", "p.s", "PS：", "“最便宜？”——我们", "i5-13400F加RTX 4060", "l38 0013 8000",
		// lint v19: characters spelled apart, arrows, a magnifier, double dashes, a circle or a heart for WeChat, app editions
		"好.评.返.红.包", "好，评，返，现", "红、黄、蓝", "。。。", "好. 评. 返", "hǎo píng", "薇 → m_e_n_8", "→", "🔍xhs a", "找厂家 ——阿鲤｜渔乐湾", "——", "a--1",
		"加⭕️信 a1", "⭕", "在❤里发您", "❤里", "“微信视频版”", "“抖音电视版”", "V我：jd_1", "h.p截.图", "好.我", "a.好",
		// lint v20: an emoji after 加, a heart before 号, a quote that splits a word, a bracketed bare 名
		"加🌏信 zz_1", "加🌏", "+🎈 a", "❤号 a0851", "❤号", "“唱片王”牌子", "”牌", "【客戶名】", "包个小🧧",
		// lint v21: Cyrillic look-alikes, 妳, a salutation before a field, fields in either script, emoji alone
		"ѡёіхìп：a1", "幫妳問", "亲爱的【宝宝月龄】", "亲爱的【", "【訂單號】", "【買家昵稱】你好", "师傅【安装日期】上门", "👍👍", "👍", "小程序下单？在商品页拍", "不用侬自己联系快递"} {
		f.Add(s, uint8(0))
	}
	l, err := New(Options{Now: testNow})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string, style uint8) {
		if !utf8.ValidString(s) {
			return
		}
		// Direct: the normalizer and matcher on the raw string.
		n := normalize(s)
		runes := []rune(s)
		hits, _ := l.words.match(n, nil, nil, nil)
		for _, h := range hits {
			if h.start < 0 || h.end > len(runes) || h.start >= h.end {
				t.Fatalf("hit %+v outside %q", h, s)
			}
		}
		// Through a pack file in each scalar style.
		var text string
		switch style % 3 {
		case 0:
			text = `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
		case 1:
			text = `'` + strings.ReplaceAll(strings.ReplaceAll(s, "'", "''"), "\n", " ") + `'`
		case 2:
			text = "|-\n      " + strings.ReplaceAll(s, "\n", "\n      ")
		}
		src := "pack: f\nphrases:\n  - code: a\n    title: t\n    text: " + text + "\n"
		lines := strings.Count(src, "\n") + strings.Count(src, "\r") + 1 // YAML breaks lines at CR too
		r := l.Lint([]Input{{File: "f.yaml", Data: []byte(src)}})
		for _, p := range r.Problems {
			if p.Line < 1 || p.Line > lines || p.Column < 1 || p.EndLine < p.Line || (p.EndLine == p.Line && p.EndColumn < p.Column) {
				t.Fatalf("%s: bad position %d:%d-%d:%d in\n%s", p.Rule, p.Line, p.Column, p.EndLine, p.EndColumn, src)
			}
			if p.Rule[:7] != "schema/" && p.Line < 5 {
				t.Fatalf("%s at line %d, before the text", p.Rule, p.Line)
			}
		}
		for _, es := range Fixes(r.Problems) {
			if out, _ := ApplyEdits([]byte(src), es); len(out) > len(src) {
				t.Fatal("a fix grew the file")
			}
		}
	})
}

// Every rule has its section in docs/rules.md (DESIGN §9).
func TestRulesDocumented(t *testing.T) {
	data, err := os.ReadFile("../../docs/rules.md")
	if err != nil {
		t.Skip("docs/rules.md not found:", err)
	}
	for _, r := range Rules() {
		if !strings.Contains(string(data), "\n### "+r.ID+"\n") {
			t.Errorf("docs/rules.md has no section for %s", r.ID)
		}
	}
}

func TestConfigTurnsRulesOffAndRaises(t *testing.T) {
	cfg, err := ParseConfig("c", []byte("rules:\n  compliance/off-platform-contact: off\n  compliance/ad-law: error\n"))
	if err != nil {
		t.Fatal(err)
	}
	src := "pack: x\nphrases:\n  - code: a\n    title: t\n    text: 加微信，最好的面料\n"
	r := lintBytes(t, cfg, map[string]string{"f.yaml": src}, nil)
	if got := rulesOf(r); got != "f.yaml:compliance/ad-law" || r.Problems[0].Severity != Error {
		t.Errorf("got %s", got)
	}
}

// A team on 抖音 names it as its own platform: 抖音 then stops being another
// app (off-platform-contact), while other apps and the default stay as they
// were.
func TestConfigPlatform(t *testing.T) {
	src := "pack: x\nphrases:\n" +
		"  - {code: a, title: t, text: 在抖音搜“小林家”就能进我们的店}\n" +
		"  - {code: b, title: t, text: 抖音上的价格和这里一样，抖音搜我们店名就行}\n" +
		"  - {code: c, title: t, text: 快手上搜我们店更便宜}\n" +
		"  - {code: d, title: t, text: 加我微信 abc_12345}\n"
	for conf, want := range map[string]string{
		"":               "f.yaml:compliance/off-platform-contact f.yaml:compliance/off-platform-contact f.yaml:compliance/off-platform-contact f.yaml:compliance/off-platform-contact",
		"platform: 抖音\n": "f.yaml:compliance/off-platform-contact f.yaml:compliance/off-platform-contact",
	} {
		cfg, err := ParseConfig(".huashu-lint.yaml", []byte(conf))
		if err != nil {
			t.Fatal(err)
		}
		r := lintBytes(t, cfg, map[string]string{"f.yaml": src}, nil)
		var codes []string
		for _, p := range r.Problems {
			codes = append(codes, p.Code)
		}
		if got := rulesOf(r); got != want {
			t.Errorf("%q: got %s (codes %v)\nwant %s", conf, got, codes, want)
		}
	}
}

// Config mistakes are one Chinese line naming file:line:col and the key.
func TestConfigErrorMessages(t *testing.T) {
	for c, want := range map[string]string{
		"rules:\n  text/too-long: {maxx: 3}\n":    `.huashu-lint.yaml:2:19: 未知字段 "maxx"（可用：severity、max、threshold、words、exceptions、allowed_domains）`,
		"rules:\n  text/too-long:\n    maxx: 3\n": `.huashu-lint.yaml:3:5: 未知字段 "maxx"（可用：`,
		"rulez: {}\n":                                `.huashu-lint.yaml:1:1: 未知字段 "rulez"（可用：rules、platform、include、exclude）`,
		"platform: 抖因\n":                             `.huashu-lint.yaml:1:11: 未知平台 "抖因"，是不是 "抖音"？（可用：京东、淘宝、天猫、拼多多、抖音、`,
		"platform: 亚马逊\n":                            `.huashu-lint.yaml:1:11: 未知平台 "亚马逊"（可用：京东、`,
		"platform: [抖音]\n":                           `.huashu-lint.yaml:1:11: platform 应该是一个平台名（可用：`,
		"rules:\n  no/such-rule: off\n":              `.huashu-lint.yaml:2:3: 未知规则 "no/such-rule"`,
		"rules:\n  text/too-long: loud\n":            `.huashu-lint.yaml:2:18: text/too-long 的级别 "loud" 无效`,
		"rules:\n  text/too-long: {max: lots}\n":     `.huashu-lint.yaml:2:24: text/too-long 的 max 应该是非负整数`,
		"rules:\n  compliance/ad-law: {words: 最好}\n": `.huashu-lint.yaml:2:30: compliance/ad-law 的 words 应该是字符串列表`,
		"rules:\n  text/too-long: {max: 1\n":         `.huashu-lint.yaml:2:18: YAML 语法错误：花括号 { } 没有闭合`,
	} {
		_, err := ParseConfig(".huashu-lint.yaml", []byte(c))
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%q: got %v\nwant prefix %s", c, err, want)
			continue
		}
		if strings.Contains(err.Error(), "unmarshal") || strings.Contains(err.Error(), "type lint") || strings.Contains(err.Error(), "\n") {
			t.Errorf("%q: Go internals or several lines in %q", c, err)
		}
	}
}
