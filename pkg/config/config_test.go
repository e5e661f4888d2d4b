package config

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/huashu-cli/huashu/pkg/match"
)

func env(m map[string]string) Env { return func(k string) string { return m[k] } }

func TestDefaultPathsXDG(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("XDG layout is for Linux and macOS")
	}
	got := DefaultPaths(env(map[string]string{"HOME": "/home/xm"}))
	want := Paths{
		Config: "/home/xm/.config/huashu/config.yaml",
		Data:   "/home/xm/.local/share/huashu",
		State:  "/home/xm/.local/state/huashu",
		Cache:  "/home/xm/.cache/huashu",
	}
	if got != want {
		t.Errorf("defaults:\n got %+v\nwant %+v", got, want)
	}
	got = DefaultPaths(env(map[string]string{
		"HOME": "/home/xm", "XDG_CONFIG_HOME": "/c", "XDG_DATA_HOME": "/d", "XDG_STATE_HOME": "/s",
		"XDG_CACHE_HOME": "relative/ignored", "HUASHU_CONFIG": "/etc/huashu.yaml",
	}))
	want = Paths{Config: "/etc/huashu.yaml", Data: "/d/huashu", State: "/s/huashu", Cache: "/home/xm/.cache/huashu"}
	if got != want {
		t.Errorf("XDG + HUASHU_CONFIG:\n got %+v\nwant %+v", got, want)
	}
}

func TestLoadMissingIsEmpty(t *testing.T) {
	c, err := Load(filepath.Join(t.TempDir(), "nope.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Exists || !c.EmbeddedEnabled() || c.ClipboardMode() != ClipboardAuto {
		t.Errorf("missing config: %+v", c)
	}
}

func TestLoad(t *testing.T) {
	file := filepath.Join(t.TempDir(), "config.yaml")
	write := func(s string) {
		if err := os.WriteFile(file, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("platform: pdd\nembedded: false\nclipboard: osc52\nvars:\n  店铺: 小熊童装\nsources:\n  - name: team\n    url: file:///srv/packs.git\n")
	c, err := Load(file)
	if err != nil {
		t.Fatal(err)
	}
	if c.Platform != "pdd" || c.EmbeddedEnabled() || c.ClipboardMode() != "osc52" || c.Vars["店铺"] != "小熊童装" ||
		len(c.Sources) != 1 || c.Sources[0].URL != "file:///srv/packs.git" || !c.Exists {
		t.Errorf("loaded %+v", c)
	}

	bad := []struct{ yaml, err string }{
		{"platform: taobao\n", file + `:1:11: 未知平台 "taobao"（可用：jd、tmall、pdd）`},
		{"clipboard: xclip\n", file + `:1:12: 未知的剪贴板模式 "xclip"（可用：auto、system、osc52、print）`},
		{"platfrom: jd\n", file + `:1:1: 未知字段 "platfrom"，是不是 "platform"？（可用字段：platform, clipboard, embedded, personal, vars, sources, lint, picker, match）`}, //nolint:misspell // the typo is the test
		{"vars: [a, b]\n", file + `:1:7: 字段 "vars" 应为映射（变量名: 值）`},
		{"embedded: maybe\n", file + `:1:11: 字段 "embedded" 应为 true 或 false，实际是 "maybe"`},
		{"vars:\n  店铺: [a]\n", file + `:2:7: 字段 "vars.店铺" 应为字符串`},
		{"sources:\n  - url: x\n", file + `:2:5: sources[0] 缺少必填字段 "name"`},
		{"sources:\n  - name: a\n    url: x\n  - name: a\n    path: y\n", file + `:4:5: sources[1]：名称 "a" 重复`},
		{"sources:\n  - name: a\n", file + `:2:5: sources[0]（a）需要 url 或 path`},
		{"sources:\n  - name: a\n    ur: x\n", file + `:3:5: 未知字段 "sources[0].ur"，是不是 "url"？（可用字段：name, url, path）`},
		{"platform: jd\nplatform: pdd\n", file + `:2:1: 重复的字段 "platform"（第 1 行已有）`},
		{"picker: true\n", file + `:1:9: 字段 "picker" 应为映射（keep_group、auto_update）`},
		{"picker:\n  keep_groups: true\n", file + `:2:3: 未知字段 "picker.keep_groups"，是不是 "keep_group"？（可用字段：keep_group, auto_update）`},
		{"picker:\n  keep_group: yes please\n", file + `:2:15: 字段 "picker.keep_group" 应为 true 或 false，实际是 "yes please"`},
		{"picker:\n  auto_update: weekly\n", file + `:2:16: 字段 "picker.auto_update"：看不懂的间隔 "weekly"；请写 6h、30m、1d 这样的间隔，或 off`},
		{"picker:\n  auto_update: 1m\n", file + `:2:16: 字段 "picker.auto_update" 的间隔 1m 太短：至少 10m0s`},
		{"picker:\n  auto_update: -6h\n", file + `:2:16: 字段 "picker.auto_update"：看不懂的间隔 "-6h"；请写 6h、30m、1d 这样的间隔，或 off`},
		{"platform: [\n", file + ":1:1: YAML 语法错误：这里缺少值"},
		{"vars:\n  a: 1\n b: 2\n", file + ":3:2: YAML 语法错误：缩进没有对齐，或者少了“键:”"},
		{"platform: jd\n  clipboard: x\n", file + ":2:3: YAML 语法错误：这里不能出现“键: 值”；值里有“: ”时请给整个值加引号"},
		{"vars: {a: [1}\n", file + ":1:11: YAML 语法错误：方括号 [ ] 没有闭合"},
		{"platform: \"jd\n", file + ":1:11: YAML 语法错误：文件意外结束（引号没有闭合？）"},
		{"embedded: !!bool yes\n", file + `:1:11: 值 "yes" 不是标签 !!bool 要的true 或 false；去掉标签 !!bool`},
		{"vars: {a: !!float x}\n", file + `:1:11: 值 "x" 不是标签 !!float 要的数字；去掉标签 !!float`},
		{"- a\n", file + ":1:1: 配置文件应为映射（platform: …、sources: …）"},
		{"platform: \xd5\xe2\n", file + ":1:11: 文件是 GBK/GB18030 编码，配置文件需要 UTF-8：iconv -f GB18030 -t UTF-8 " + file + " > 新.yaml，或在编辑器里另存为 UTF-8"},
		// Windows Notepad's "Unicode": UTF-16 LE with a BOM; and without one.
		{"\xff\xfep\x00l\x00a\x00t\x00f\x00o\x00r\x00m\x00:\x00 \x00j\x00d\x00\n\x00", file + ":1:1: 文件是 UTF-16 LE 编码，配置文件需要 UTF-8：iconv -f UTF-16LE -t UTF-8 " + file + " > 新.yaml，或在编辑器里另存为 UTF-8"},
		{"\xfe\xff\x00p\x00l\x00a\x00t\x00f\x00o\x00r\x00m\x00:\x00 \x00j\x00d\x00\n", file + ":1:1: 文件是 UTF-16 BE 编码，配置文件需要 UTF-8：iconv -f UTF-16BE -t UTF-8 " + file + " > 新.yaml，或在编辑器里另存为 UTF-8"},
		{"p\x00l\x00a\x00t\x00f\x00o\x00r\x00m\x00:\x00 \x00j\x00d\x00\n\x00", file + ":1:1: 文件是 UTF-16 LE 编码，配置文件需要 UTF-8：iconv -f UTF-16LE -t UTF-8 " + file + " > 新.yaml，或在编辑器里另存为 UTF-8"},
		{"match: [zh]\n", file + `:1:8: 字段 "match" 应为映射（fuzzy_pinyin: […]）`},
		{"match:\n  fuzy_pinyin: [zh]\n", file + `:2:3: 未知字段 "match.fuzy_pinyin"，是不是 "fuzzy_pinyin"？（可用字段：fuzzy_pinyin）`},
		{"match:\n  fuzzy_pinyin: zh\n", file + `:2:17: 字段 "match.fuzzy_pinyin" 应为列表（如 [zh, ch, sh, n-l]）`},
		{"match:\n  fuzzy_pinyin: [zh, l-r, ang]\n", file + `:2:27: 未知的模糊音 "ang"（可用：zh、ch、sh、n-l、f-h、r-l、an-ang、en-eng、in-ing）`},
	}
	for _, tt := range bad {
		write(tt.yaml)
		_, err := Load(file)
		if err == nil || err.Error() != tt.err {
			t.Errorf("%q:\n got %v\nwant %s", tt.yaml, err, tt.err)
		}
	}
}

func TestPickerSection(t *testing.T) {
	file := filepath.Join(t.TempDir(), "config.yaml")
	for data, want := range map[string]time.Duration{
		"":                                  0,
		"picker:\n  auto_update: off\n":     0,
		"picker:\n  auto_update: 6h\n":      6 * time.Hour,
		"picker:\n  auto_update: 1d\n":      24 * time.Hour,
		"picker:\n  auto_update: \"90m\"\n": 90 * time.Minute,
		"picker:\n  keep_group: true\n":     0,
	} {
		if err := os.WriteFile(file, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		c, err := Load(file)
		if err != nil {
			t.Fatalf("%q: %v", data, err)
		}
		if got := c.AutoUpdateEvery(); got != want {
			t.Errorf("%q: AutoUpdateEvery = %v, want %v", data, got, want)
		}
		if c.Picker.KeepGroup != strings.Contains(data, "keep_group: true") {
			t.Errorf("%q: KeepGroup = %v", data, c.Picker.KeepGroup)
		}
	}
}

// TestMatchFuzzyPinyin: every 模糊音 pair is on unless the config lists
// them; an empty list turns them all off.
func TestMatchFuzzyPinyin(t *testing.T) {
	file := filepath.Join(t.TempDir(), "config.yaml")
	for _, tt := range []struct {
		yaml string
		want match.FuzzyPair
	}{
		{"platform: jd\n", match.FuzzyAll},
		{"match: {}\n", match.FuzzyAll},
		{"match:\n  fuzzy_pinyin: []\n", 0},
		{"match:\n  fuzzy_pinyin: [zh, s-sh, L-N, an-ang]\n", match.FuzzyZ | match.FuzzyS | match.FuzzyNL | match.FuzzyAnAng},
	} {
		if err := os.WriteFile(file, []byte(tt.yaml), 0o644); err != nil {
			t.Fatal(err)
		}
		c, err := Load(file)
		if err != nil {
			t.Fatalf("%q: %v", tt.yaml, err)
		}
		if got := c.FuzzyPinyin(); got != tt.want {
			t.Errorf("%q: FuzzyPinyin() = %b, want %b", tt.yaml, got, tt.want)
		}
	}
	if got := (&Config{}).FuzzyPinyin(); got != match.FuzzyAll {
		t.Errorf("no config: %b", got)
	}
}

func TestLoadExpandsPaths(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	dir := filepath.Join(t.TempDir(), "conf")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "config.yaml")
	data := "personal: ~/huashu/personal.yaml\nlint: lint.yaml\nsources:\n  - name: a\n    path: ../packs\n  - name: b\n    path: /srv/packs\n"
	if err := os.WriteFile(file, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := Load(file)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(home, "huashu", "personal.yaml"), filepath.Join(dir, "lint.yaml"),
		filepath.Join(filepath.Dir(dir), "packs"), "/srv/packs"}
	got := []string{c.Personal, c.Lint, c.Sources[0].Path, c.Sources[1].Path}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("path %d = %q, want %q", i, got[i], want[i])
		}
	}
}
