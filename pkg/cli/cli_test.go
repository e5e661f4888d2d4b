package cli

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/huashu-cli/huashu/pkg/clip"
	"github.com/huashu-cli/huashu/pkg/config"
)

// testNow is the clock of every command test: a Sunday in Beijing time.
var testNow = time.Date(2026, 11, 22, 14, 5, 0, 0, time.FixedZone("CST", 8*3600))

type result struct {
	code           int
	stdout, stderr string
}

// runCLI runs huashu with args against a temp home: no config, no personal
// pack, no history, the clock fixed at testNow.
func runCLI(t *testing.T, args ...string) result {
	t.Helper()
	io, _, out, errOut := Test()
	dir := t.TempDir()
	f := NewFactory(io)
	f.Now = func() time.Time { return testNow }
	f.Paths = config.Paths{
		Config: filepath.Join(dir, "config.yaml"),
		Data:   filepath.Join(dir, "data"),
		State:  filepath.Join(dir, "state"),
		Cache:  filepath.Join(dir, "cache"),
	}
	code := Run(args, f)
	return result{code, out.String(), errOut.String()}
}

func (r result) check(t *testing.T, code int, stdout, stderr string) {
	t.Helper()
	if r.code != code {
		t.Errorf("exit code = %d, want %d (stderr %q)", r.code, code, r.stderr)
	}
	if r.stdout != stdout {
		t.Errorf("stdout:\n got %q\nwant %q", r.stdout, stdout)
	}
	if r.stderr != stderr {
		t.Errorf("stderr:\n got %q\nwant %q", r.stderr, stderr)
	}
}

const shop = "testdata/shop.yaml"

func TestGet(t *testing.T) {
	base := []string{"--no-embedded", "--pack", shop}
	tests := []struct {
		name           string
		args           []string
		code           int
		stdout, stderr string
	}{
		{"print with pack var", []string{"get", "hy", "--print"}, 0,
			"您好，欢迎光临示例旗舰店，请问有什么可以帮您？\n", ""},
		{"--var beats the pack's var", []string{"get", "hy", "--print", "--var", "店铺=小熊童装店"}, 0,
			"您好，欢迎光临小熊童装店，请问有什么可以帮您？\n", ""},
		{"code shortcut", []string{"hy", "--print"}, 0,
			"您好，欢迎光临示例旗舰店，请问有什么可以帮您？\n", ""},
		{"multi-part joined", []string{"get", "fhsj", "--print"}, 0,
			"亲，现货商品付款后48小时内发出。\n\n预售商品以页面标注的发货时间为准。\n", ""},
		{"one part", []string{"get", "fhsj", "--print", "--part", "2"}, 0,
			"预售商品以页面标注的发货时间为准。\n", ""},
		{"part out of range", []string{"get", "fhsj", "--print", "--part", "3"}, 2,
			"", "huashu: --part 3: 话术 \"fhsj\" 只有 2 段\n"},
		{"part zero", []string{"get", "fhsj", "--print", "--part", "0"}, 2,
			"", "huashu: --part 0: 段号从 1 开始\n"},
		{"negative part", []string{"get", "fhsj", "--print", "--part=-1"}, 2,
			"", "huashu: --part -1: 段号从 1 开始\n"},
		{"platform variant", []string{"get", "fq", "--print", "--platform", "jd"}, 0,
			"本店支持京东白条分期，下单时选择白条即可。\n", ""},
		{"default body on other platforms", []string{"get", "fq", "--print", "--platform", "pdd"}, 0,
			"本店支持分期付款，下单时选择分期即可。\n", ""},
		{"bad platform", []string{"get", "fq", "--print", "--platform", "taobao"}, 2,
			"", "huashu: --platform：未知平台 \"taobao\"（可用：jd 京东、tmall 淘宝/天猫、pdd 拼多多）\n"},
		{"missing var", []string{"get", "dh", "--print"}, 2,
			"", "huashu: 话术 \"dh\" 缺少变量：订单号（用 --var 订单号=… 提供）\n"},
		{"built-in date", []string{"get", "dh", "--print", "--var", "订单号=2026112201"}, 0,
			"您的订单2026112201已收到，预计11月23日发出。\n", ""},
		{"bad --var", []string{"get", "dh", "--var", "订单号"}, 2,
			"", "huashu: --var \"订单号\"：应写成 名字=值，如 --var 订单号=2026112201\n"},
		{"unknown code", []string{"get", "hyy"}, 1,
			"", "huashu: 没有编码为 \"hyy\" 的话术；您是不是要找：hy（欢迎语）、hyh（欢迎回来）\n"},
		{"unknown code shortcut", []string{"zzzz"}, 1,
			"", "huashu: 没有编码为 \"zzzz\" 的话术\n"},
		{"no code", []string{"get"}, 2,
			"", "huashu: 需要 1 个参数，给了 0 个（用法见 huashu get --help）\n"},
		{"unknown flag", []string{"get", "hy", "--bogus"}, 2,
			"", "huashu: 未知参数 --bogus（用法见 huashu get --help）\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runCLI(t, append(append([]string{}, base...), tt.args...)...).check(t, tt.code, tt.stdout, tt.stderr)
		})
	}
}

func TestGetJSON(t *testing.T) {
	r := runCLI(t, "--no-embedded", "--pack", shop, "get", "fhsj", "--json")
	want := `{
  "code": "fhsj",
  "title": "发货时间",
  "group": "售中/物流",
  "tags": [],
  "keywords": [],
  "ask": [],
  "pack": "测试话术",
  "layer": "pack",
  "platform": "",
  "text": "亲，现货商品付款后48小时内发出。\n\n预售商品以页面标注的发货时间为准。",
  "parts": [
    "亲，现货商品付款后48小时内发出。",
    "预售商品以页面标注的发货时间为准。"
  ],
  "missing_vars": [],
  "source": {
    "file": "testdata/shop.yaml",
    "line": 15,
    "column": 5
  }
}
`
	r.check(t, 0, want, "")
}

type fakeClipboard struct{ copied []string }

func (c *fakeClipboard) Copy(s string) error { c.copied = append(c.copied, s); return nil }
func (c *fakeClipboard) Backend() string     { return "fake" }

func TestGetCopies(t *testing.T) {
	io, _, out, errOut := Test()
	f := NewFactory(io)
	f.Global.NoEmbedded = true
	f.Global.PackPaths = []string{shop}
	f.Paths = config.Paths{Config: filepath.Join(t.TempDir(), "none.yaml"), State: t.TempDir()}
	cb := &fakeClipboard{}
	o := &GetOptions{IO: io, Index: f.Index, Config: f.Config, Platform: f.Platform, History: f.History,
		Now:       func() time.Time { return testNow },
		Clipboard: func(bool) (clip.Clipboard, error) { return cb, nil },
		Code:      "fhsj"}
	if err := getRun(o); err != nil {
		t.Fatal(err)
	}
	want := "亲，现货商品付款后48小时内发出。\n\n预售商品以页面标注的发货时间为准。"
	if len(cb.copied) != 1 || cb.copied[0] != want {
		t.Errorf("copied %q, want [%q]", cb.copied, want)
	}
	if out.String() != "" {
		t.Errorf("stdout = %q, want nothing", out.String())
	}
	if got := errOut.String(); got != "已复制 ✓ 发货时间（fhsj） 共 2 段，已合并；用 --part N 逐段复制\n" {
		t.Errorf("stderr = %q", got)
	}
}

func TestCodeShortcutRewrite(t *testing.T) {
	root := NewCmdRoot(NewFactory(&IOStreams{}))
	tests := []struct{ in, want string }{
		{"hy", "get hy"},
		{"hy --print", "get hy --print"},
		{"--pack p.yaml hy", "--pack p.yaml get hy"},
		{"--no-embedded 退款", "--no-embedded get 退款"},
		{"list", "list"},
		{"search tk", "search tk"},
		{"help", "help"},
		{"completion bash", "completion bash"},
		{"--pack list", "--pack list"},
		{"", ""},
	}
	for _, tt := range tests {
		got := strings.Join(rewriteCodeShortcut(root, strings.Fields(tt.in)), " ")
		if got != tt.want {
			t.Errorf("rewrite(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestList(t *testing.T) {
	r := runCLI(t, "--no-embedded", "--pack", shop, "list")
	r.check(t, 0, `hy    欢迎语    售前/问候  测试话术
hyh   欢迎回来  售前/问候  测试话术
fhsj  发货时间  售中/物流  测试话术
dh    订单核对  售中/订单  测试话术
fq    分期付款  -          测试话术
`, "")
	r = runCLI(t, "--no-embedded", "--pack", shop, "list", "--groups")
	r.check(t, 0, "（未分组）  1 条\n售中/物流   1 条\n售中/订单   1 条\n售前/问候   2 条\n", "")
	r = runCLI(t, "--no-embedded", "--pack", shop, "list", "--packs", "--json")
	r.check(t, 0, `[
  {
    "name": "测试话术",
    "description": "命令测试用的话术包",
    "file": "testdata/shop.yaml",
    "layer": "pack",
    "phrases": 5
  }
]
`, "")
}

func TestBadPackWarnsAndOthersLoad(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	if err := os.WriteFile(bad, []byte("pack: 坏的\nphrases:\n  - code: x\n    titel: 拼错\n    text: 你好\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runCLI(t, "--no-embedded", "--pack", bad, "--pack", shop, "get", "hyh", "--print")
	if r.code != 0 || r.stdout != "欢迎回来，请问今天想看点什么？\n" {
		t.Fatalf("got %+v", r)
	}
	if !strings.Contains(r.stderr, "huashu: 警告："+bad+":4:5: 未知字段 \"titel\"") {
		t.Errorf("stderr = %q, want a warning at %s:4:5", r.stderr, bad)
	}
}

func TestVersion(t *testing.T) {
	defer func(v, c, d string) { Version, Commit, Date = v, c, d }(Version, Commit, Date)
	Version, Commit, Date = "v0.3.0", "0123456789abcdef0123456789abcdef01234567", "2026-05-01T10:11:12Z"
	want := "huashu v0.3.0 (0123456, 2026-05-01) " + runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH + "\n"
	runCLI(t, "version").check(t, 0, want, "")
	runCLI(t, "--version").check(t, 0, want, "")

	// What goreleaser stamps when it knows no commit: left out, not printed.
	Version, Commit, Date = "v0.0.1-SNAPSHOT-none", "none", "0001-01-01T00:00:00Z"
	runCLI(t, "version").check(t, 0, "huashu v0.0.1-SNAPSHOT-none "+runtime.Version()+" "+runtime.GOOS+"/"+runtime.GOARCH+"\n", "")

	Version, Commit, Date = "", "", ""
	r := runCLI(t, "--version")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "huashu ") || strings.Count(r.stdout, "huashu") != 1 || strings.Count(r.stdout, "\n") != 1 {
		t.Errorf("--version of a dev build = %+v, want one line naming huashu once", r)
	}
}

func TestReleaseTag(t *testing.T) {
	for v, want := range map[string]string{
		"v0.1.0":                               "v0.1.0",
		"v1.12.3":                              "v1.12.3",
		"v1.2.0-rc.1":                          "v1.2.0-rc.1",
		"0.1.0":                                "", // goreleaser's .Version without the v is not a tag
		"v0.0.1-SNAPSHOT-abc1234":              "",
		"v0.0.0-20260501120000-abcdef123456":   "",
		"v1.2.4-0.20260501120000-abcdef123456": "",
		"v1.2.3+dirty":                         "",
		"dev":                                  "",
		"(devel)":                              "",
		"v01.2.3":                              "",
	} {
		got, ok := BuildInfo{Version: v}.ReleaseTag()
		if got != want || ok != (want != "") {
			t.Errorf("ReleaseTag(%q) = %q, %v; want %q", v, got, ok, want)
		}
	}
}

func TestConfigErrorIsUsage(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(cfg, []byte("platform: jd\nclipbord: osc52\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runCLI(t, "--config", cfg, "get", "hy")
	r.check(t, 2, "", "huashu: "+cfg+`:2:1: 未知字段 "clipbord"，是不是 "clipboard"？（可用字段：platform, clipboard, embedded, personal, vars, sources, lint, picker, match）`+"\n")
	runCLI(t, "--config", cfg+".missing", "get", "hy").check(t, 2, "", "huashu: --config "+cfg+".missing: 配置文件不存在\n")
	runCLI(t, "--pack", "no/such/dir", "get", "hy").check(t, 2, "", "huashu: --pack no/such/dir: 文件或目录不存在\n")
}

func TestCompletionOffersCodes(t *testing.T) {
	r := runCLI(t, "--no-embedded", "--pack", shop, "__complete", "get", "hy")
	r.check(t, 0, "hy\t欢迎语\nhyh\t欢迎回来\n:4\n", "Completion ended with directive: ShellCompDirectiveNoFileComp\n")
	r = runCLI(t, "completion", "bash")
	if r.code != 0 || !strings.Contains(r.stdout, "__start_huashu") {
		t.Errorf("completion bash: exit %d, %d bytes", r.code, len(r.stdout))
	}
}

func TestDoctor(t *testing.T) {
	data, err := os.ReadFile(shop)
	if err != nil {
		t.Fatal(err)
	}
	copyOf := filepath.Join(t.TempDir(), "copy.yaml")
	if err := os.WriteFile(copyOf, data, 0o644); err != nil {
		t.Fatal(err)
	}
	r := runCLI(t, "--no-embedded", "--pack", shop, "--pack", copyOf, "doctor")
	if r.code != 1 {
		t.Errorf("exit %d, want 1 (the same codes twice in one layer conflict)", r.code)
	}
	for _, want := range []string{
		"  配置文件  ",
		"（不存在，使用默认设置）\n",
		"  pack     testdata/shop.yaml  testdata/shop.yaml  1 个话术包，5 条\n",
		"编码冲突（同一层重复，5）\n  hy  testdata/shop.yaml:6、" + copyOf + ":6\n",
		"剪贴板\n  模式      auto\n",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("doctor output lacks %q:\n%s", want, r.stdout)
		}
	}
}

// TestPrintToTerminalIsSafe: a pack cannot drive the agent's terminal through
// --print; piped output stays byte for byte.
func TestPrintToTerminalIsSafe(t *testing.T) {
	dir := t.TempDir()
	packFile := filepath.Join(dir, "esc.yaml")
	if err := os.WriteFile(packFile, []byte("pack: 坏\nphrases:\n  - code: esc\n    title: 转义\n    text: \"您好\\e]0;PWNED\\a\\n第二行\\t制表\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tty := range []bool{true, false} {
		io, _, out, errOut := Test()
		io.OutTTY = tty
		f := NewFactory(io)
		f.Paths = config.Paths{Config: filepath.Join(dir, "none.yaml"), State: dir}
		if code := Run([]string{"--no-embedded", "--pack", packFile, "get", "esc", "--print"}, f); code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		want := "您好\x1b]0;PWNED\a\n第二行\t制表\n"
		if tty {
			want = "您好␛]0;PWNED␇\n第二行\t制表\n"
		}
		if out.String() != want {
			t.Errorf("tty=%v: printed %q, want %q", tty, out.String(), want)
		}
	}
}

func TestClipboardPrintModeIsPrint(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(cfg, []byte("clipboard: print\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	runCLI(t, "--config", cfg, "--no-embedded", "--pack", shop, "get", "hyh").
		check(t, 0, "欢迎回来，请问今天想看点什么？\n", "")
}

func TestTopLevelCompletionOffersCodes(t *testing.T) {
	r := runCLI(t, "--no-embedded", "--pack", shop, "__complete", "h")
	r.check(t, 0, "help\tHelp about any command\nhy\t欢迎语\nhyh\t欢迎回来\n:4\n",
		"Completion ended with directive: ShellCompDirectiveNoFileComp\n")
}

// An unknown shell or help topic is a usage error (exit 2) in one Chinese
// line, not the help text with exit 0.
func TestUnknownShellAndHelpTopic(t *testing.T) {
	runCLI(t, "completion", "foo").check(t, 2, "",
		"huashu: 不支持的 shell \"foo\"（可用：bash、zsh、fish、powershell）\n")
	runCLI(t, "help", "nosuch").check(t, 2, "",
		"huashu: 没有 \"nosuch\" 这个命令（huashu help 列出全部命令）\n")
	runCLI(t, "help", "get", "extra").check(t, 2, "",
		"huashu: 没有 \"get extra\" 这个命令（huashu help 列出全部命令）\n")
	// The known ones still work.
	if r := runCLI(t, "help", "get"); r.code != 0 || !strings.Contains(r.stdout, "get CODE") {
		t.Errorf("help get: exit %d, stdout %q", r.code, r.stdout)
	}
	if r := runCLI(t, "completion"); r.code != 0 || !strings.Contains(r.stdout, "bash") {
		t.Errorf("completion: exit %d, stdout %q", r.code, r.stdout)
	}
	if r := runCLI(t, "completion", "zsh"); r.code != 0 || !strings.Contains(r.stdout, "#compdef huashu") {
		t.Errorf("completion zsh: exit %d, %d bytes", r.code, len(r.stdout))
	}
}

// An empty code is a usage error, not a search for "".
func TestGetEmptyCode(t *testing.T) {
	for _, args := range [][]string{{"get", ""}, {"get", "  "}, {""}} {
		runCLI(t, append([]string{"--no-embedded", "--pack", shop}, args...)...).check(t, 2, "",
			"huashu: 快捷编码是空的；请写要复制的编码，如 huashu get hy（不知道编码时用 huashu search 关键词）\n")
	}
}

// --part N --json prints part N only: text and parts are that part, part and
// parts_total say which.
func TestGetPartJSON(t *testing.T) {
	r := runCLI(t, "--no-embedded", "--pack", shop, "get", "fhsj", "--part", "2", "--json")
	for _, want := range []string{
		`  "text": "预售商品以页面标注的发货时间为准。",`,
		"  \"parts\": [\n    \"预售商品以页面标注的发货时间为准。\"\n  ],",
		`  "part": 2,`,
		`  "parts_total": 2`,
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("get fhsj --part 2 --json lacks %q:\n%s", want, r.stdout)
		}
	}
	if r.code != 0 || strings.Contains(r.stdout, "现货") {
		t.Errorf("exit %d; part 1 must not be in the output:\n%s", r.code, r.stdout)
	}
	runCLI(t, "--no-embedded", "--pack", shop, "get", "fhsj", "--part", "3", "--json").check(t, 2, "",
		"huashu: --part 3: 话术 \"fhsj\" 只有 2 段\n")
	// Without --part: no part fields.
	if r := runCLI(t, "--no-embedded", "--pack", shop, "get", "fhsj", "--json"); strings.Contains(r.stdout, `"part"`) {
		t.Errorf("whole phrase has a part field:\n%s", r.stdout)
	}
}

// A stamp with a line break (a script's `git describe` output with its
// newline) prints one line, the same for version and --version.
func TestVersionIsOneLine(t *testing.T) {
	defer func(v, c, d string) { Version, Commit, Date = v, c, d }(Version, Commit, Date)
	Version, Commit, Date = "v0.3.0\n", "0123456789abcdef0123456789abcdef01234567\r\n", "2026-05-01T10:11:12Z\n"
	want := "huashu v0.3.0 (0123456, 2026-05-01) " + runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH + "\n"
	runCLI(t, "version").check(t, 0, want, "")
	runCLI(t, "--version").check(t, 0, want, "")
	runCLI(t, "-v").check(t, 0, want, "")
}

// A copy through the terminal (OSC 52, which no terminal acknowledges) says
// so, as the picker does: 经终端复制, not 已复制.
func TestGetSaysCopiedThroughTheTerminal(t *testing.T) {
	io, _, _, errOut := Test()
	f := NewFactory(io)
	f.Global.NoEmbedded = true
	f.Global.PackPaths = []string{shop}
	f.Paths = config.Paths{Config: filepath.Join(t.TempDir(), "none.yaml"), State: t.TempDir()}
	cb := &fakeClipboard{}
	o := &GetOptions{IO: io, Index: f.Index, Config: f.Config, Platform: f.Platform, History: f.History,
		Now:       func() time.Time { return testNow },
		Clipboard: func(bool) (clip.Clipboard, error) { return clip.Chain{osc52Fake{cb}}, nil },
		Code:      "hyh"}
	if err := getRun(o); err != nil {
		t.Fatal(err)
	}
	if got := errOut.String(); got != "经终端复制 ✓ 欢迎回来（hyh）；终端不会回执，粘贴前看一眼\n" {
		t.Errorf("stderr = %q", got)
	}
}

type osc52Fake struct{ *fakeClipboard }

func (osc52Fake) Backend() string { return "osc52" }
