package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/huashu-cli/huashu/pkg/config"
	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
	"github.com/huashu-cli/huashu/pkg/termwidth"
)

func lintOpts(t *testing.T, dir string, env map[string]string, paths ...string) (*LintOptions, *strings.Builder) {
	t.Helper()
	ios, _, _, _ := Test()
	out := &strings.Builder{}
	ios.Out = out
	ios.Getenv = func(k string) string { return env[k] }
	return &LintOptions{
		IO:          ios,
		Config:      func() (*config.Config, error) { return &config.Config{}, nil },
		Sources:     func() ([]pack.Source, error) { return nil, nil },
		Getwd:       func() (string, error) { return dir, nil },
		Now:         func() time.Time { return time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC) },
		Paths:       paths,
		Format:      "text",
		MaxWarnings: -1,
	}, out
}

func lintWriteFile(t *testing.T, path, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

const cleanPack = "pack: 干净\nphrases:\n  - code: hy\n    title: 欢迎\n    text: 您好，欢迎光临，请问有什么可以帮您？\n"
const warnPack = "pack: 警告\nphrases:\n  - code: hy\n    title: 欢迎\n    text: \"您好，欢迎光临 \"\n"
const errPack = "pack: 错误\nphrases:\n  - code: hy\n    title: 欢迎\n    text: 加我微信，这个我也不知道\n"

func TestLintExitCodes(t *testing.T) {
	dir := t.TempDir()
	lintWriteFile(t, filepath.Join(dir, "clean.yaml"), cleanPack)
	lintWriteFile(t, filepath.Join(dir, "warn.yaml"), warnPack)
	lintWriteFile(t, filepath.Join(dir, "err.yaml"), errPack)
	for _, c := range []struct {
		name   string
		file   string
		mod    func(*LintOptions)
		code   int
		output string
	}{
		{"clean", "clean.yaml", nil, 0, "没有发现问题"},
		{"warning", "warn.yaml", nil, 0, "warning text/whitespace"},
		{"strict", "warn.yaml", func(o *LintOptions) { o.Strict = true }, 1, "1 个警告"},
		{"max-warnings 0", "warn.yaml", func(o *LintOptions) { o.MaxWarnings = 0 }, 1, ""},
		{"max-warnings 1", "warn.yaml", func(o *LintOptions) { o.MaxWarnings = 1 }, 0, ""},
		{"errors", "err.yaml", nil, 1, "err.yaml:5:13: error compliance/off-platform-contact"},
		{"bad format", "clean.yaml", func(o *LintOptions) { o.Format = "xml" }, 2, ""},
		{"missing path", "nope.yaml", nil, 2, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			o, out := lintOpts(t, dir, nil, filepath.Join(dir, c.file))
			if c.mod != nil {
				c.mod(o)
			}
			err := lintRun(o)
			if got := ExitCode(err); got != c.code {
				t.Errorf("exit %d, want %d (%v)\n%s", got, c.code, err, out)
			}
			if !strings.Contains(out.String(), c.output) {
				t.Errorf("output lacks %q:\n%s", c.output, out)
			}
		})
	}
}

func TestLintGitHubModeAndConfig(t *testing.T) {
	dir := t.TempDir()
	lintWriteFile(t, filepath.Join(dir, "packs", "err.yaml"), errPack)
	lintWriteFile(t, filepath.Join(dir, ".huashu-lint.yaml"), "rules:\n  compliance/off-platform-contact: warning\n")
	o, out := lintOpts(t, filepath.Join(dir, "packs"), map[string]string{"GITHUB_ACTIONS": "true"}, filepath.Join(dir, "packs"))
	err := lintRun(o)
	if ExitCode(err) != 1 { // 不知道 is still an error
		t.Errorf("exit %d", ExitCode(err))
	}
	s := out.String()
	if !strings.Contains(s, "::warning file=") || !strings.Contains(s, ",title=compliance/off-platform-contact::") ||
		!strings.Contains(s, "::error file=") {
		t.Errorf("github output:\n%s", s)
	}
	// A broken config is a usage error.
	lintWriteFile(t, filepath.Join(dir, ".huashu-lint.yaml"), "rules:\n  no/such: off\n")
	o, _ = lintOpts(t, dir, nil, filepath.Join(dir, "packs"))
	if err := lintRun(o); ExitCode(err) != 2 {
		t.Errorf("bad config: exit %d (%v)", ExitCode(err), err)
	}
}

func TestLintJSONAndFix(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "warn.yaml")
	lintWriteFile(t, file, "# 注释保留\n"+warnPack)
	o, out := lintOpts(t, dir, nil, file)
	o.Format = "json"
	if err := lintRun(o); err != nil {
		t.Fatal(err)
	}
	var res struct {
		Problems []struct {
			Line, Column, EndColumn int
			Rule, Code              string
			EndLine                 int `json:"end_line"`
		} `json:"problems"`
	}
	if err := json.Unmarshal([]byte(out.String()), &res); err != nil || len(res.Problems) != 1 || res.Problems[0].Code != "hy" {
		t.Fatalf("%v %s", err, out)
	}
	o, out = lintOpts(t, dir, nil, file)
	o.Fix = true
	if err := lintRun(o); err != nil {
		t.Fatal(err, out)
	}
	got, _ := os.ReadFile(file)
	if want := "# 注释保留\n" + strings.Replace(warnPack, "欢迎光临 \"", "欢迎光临\"", 1); string(got) != want {
		t.Errorf("fixed file:\n%s", got)
	}
	if !strings.Contains(out.String(), "已自动修复 1 处") {
		t.Errorf("summary: %s", out)
	}
}

func TestLintListRules(t *testing.T) {
	o, out := lintOpts(t, t.TempDir(), nil)
	o.ListRules = true
	if err := lintRun(o); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"service/forbidden-phrase", "compliance/phone-number", "schema/syntax", "vars/typo"} {
		if !strings.Contains(out.String(), id) {
			t.Errorf("--list-rules lacks %s", id)
		}
	}
	// The header is in the interface's language, its columns lined up by
	// display width with the rows (a Chinese character is two cells).
	lines := strings.Split(out.String(), "\n")
	if got := strings.Fields(lines[0]); strings.Join(got, " ") != "规则 级别 自动修复 说明" {
		t.Fatalf("header %q", lines[0])
	}
	before, _, _ := strings.Cut(lines[0], "级别")
	level := termwidth.String(before)
	for _, l := range lines[1:] {
		if l != "" && !strings.HasPrefix(l[level:], "error") && !strings.HasPrefix(l[level:], "warning") && !strings.HasPrefix(l[level:], "info") {
			t.Errorf("severity not under 级别 (column %d): %q", level, l)
			break
		}
	}
}

func TestInitScaffoldsAndRefusesOverwrite(t *testing.T) {
	dir := t.TempDir()
	ios, _, _, _ := Test()
	if err := initRun(&InitOptions{IO: ios, Dir: dir}); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"packs/team.yaml", ".huashu-lint.yaml", ".github/workflows/huashu-lint.yml", ".pre-commit-config.yaml", "README.md"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("missing %s", f)
		}
	}
	// The example pack lints clean with the scaffolded config, strictly.
	o, out := lintOpts(t, dir, nil, filepath.Join(dir, "packs"))
	o.Strict = true
	if err := lintRun(o); err != nil {
		t.Errorf("scaffolded pack is not clean: %v\n%s", err, out)
	}
	err := initRun(&InitOptions{IO: ios, Dir: dir})
	if ExitCode(err) != 2 || !strings.Contains(err.Error(), "已存在（要覆盖请加 --force）") {
		t.Errorf("second init: %v", err)
	}
	if err := initRun(&InitOptions{IO: ios, Dir: dir, Force: true}); err != nil {
		t.Errorf("--force: %v", err)
	}
}

func TestLintQAMessages(t *testing.T) {
	dir := t.TempDir()
	lintWriteFile(t, filepath.Join(dir, "warn.yaml"), warnPack)
	if err := os.MkdirAll(filepath.Join(dir, "empty"), 0o755); err != nil {
		t.Fatal(err)
	}
	run := func(mod func(*LintOptions), paths ...string) (int, string, error) {
		o, _ := lintOpts(t, dir, nil, paths...)
		errOut := &strings.Builder{}
		o.IO.ErrOut = errOut
		if mod != nil {
			mod(o)
		}
		err := lintRun(o)
		return ExitCode(err), errOut.String(), err
	}
	code, _, err := run(nil, filepath.Join(dir, "nonexist.yaml"))
	if code != 2 || !strings.Contains(err.Error(), "nonexist.yaml：文件不存在") {
		t.Errorf("missing file: exit %d, %v", code, err)
	}
	code, _, err = run(nil, filepath.Join(dir, "empty"))
	if code != 2 || !strings.Contains(err.Error(), "没有找到话术包（顶层有 pack: 或 phrases: 的 *.yaml / *.yml）："+filepath.Join(dir, "empty")) {
		t.Errorf("empty dir: exit %d, %v", code, err)
	}
	code, stderr, _ := run(func(o *LintOptions) { o.MaxWarnings = 0 }, filepath.Join(dir, "warn.yaml"))
	if code != 1 || !strings.Contains(stderr, "警告 1 个，超过 --max-warnings 0") {
		t.Errorf("--max-warnings: exit %d, stderr %q", code, stderr)
	}
}

// Without PATH inside a team repo, lint lints the repo (the directory
// holding .huashu-lint.yaml), not the configured sources or embedded packs.
func TestLintNoPathLintsTeamRepo(t *testing.T) {
	dir := t.TempDir()
	lintWriteFile(t, filepath.Join(dir, ".huashu-lint.yaml"), "rules:\n  text/too-long: {max: 150}\n")
	lintWriteFile(t, filepath.Join(dir, "packs", "err.yaml"), errPack)
	lintWriteFile(t, filepath.Join(dir, ".github", "workflows", "ci.yml"), "name: ci\n")
	sub := filepath.Join(dir, "packs")
	t.Chdir(sub)
	o, out := lintOpts(t, sub, nil)
	o.Sources = func() ([]pack.Source, error) {
		t.Error("configured sources consulted inside a team repo")
		return nil, nil
	}
	err := lintRun(o)
	if ExitCode(err) != 1 || !strings.Contains(out.String(), "err.yaml:5:13: error") ||
		!strings.Contains(out.String(), "检查了 1 个文件") {
		t.Errorf("exit %d (%v)\n%s", ExitCode(err), err, out)
	}
}

// --fix on a symlinked pack writes the link's target and keeps the link.
func TestLintFixThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real", "warn.yaml")
	lintWriteFile(t, real, warnPack)
	link := filepath.Join(dir, "warn.yaml")
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symlinks:", err)
	}
	o, out := lintOpts(t, dir, nil, link)
	o.Fix = true
	if err := lintRun(o); err != nil {
		t.Fatal(err, out)
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("symlink replaced by a plain file (%v)", err)
	}
	got, _ := os.ReadFile(real)
	if strings.Contains(string(got), "欢迎光临 \"") {
		t.Errorf("target not fixed:\n%s", got)
	}
}

func TestInitMessagesChinese(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	ios, _, _, errOut := Test()
	if err := initRun(&InitOptions{IO: ios, Dir: ".", Build: BuildInfo{Version: "v0.2.0"}}); err != nil {
		t.Fatal(err)
	}
	s := errOut.String()
	if !strings.Contains(s, "已创建 packs/team.yaml") || !strings.Contains(s, "下一步：huashu lint packs/") ||
		strings.Contains(s, "cd .") || strings.Contains(s, "created") || strings.Contains(s, "next:") {
		t.Errorf("init output:\n%s", s)
	}
	ios, _, _, errOut = Test()
	if err := initRun(&InitOptions{IO: ios, Dir: "team"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errOut.String(), "下一步：cd team && huashu lint packs/") {
		t.Errorf("init team output:\n%s", errOut)
	}
	// The scaffolded pre-commit config pins a tag and only checks packs/.
	data, _ := os.ReadFile(filepath.Join(dir, ".pre-commit-config.yaml"))
	if !strings.Contains(string(data), "rev: v0.2.0\n") || !strings.Contains(string(data), `files: ^packs/.*\.ya?ml$`) {
		t.Errorf(".pre-commit-config.yaml:\n%s", data)
	}
}

// A .huashu-lint.yaml in the home directory is settings, not a team repo:
// lint without PATH does not walk the whole home directory.
func TestLintNoPathHomeConfigIsNotARepo(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	lintWriteFile(t, filepath.Join(home, ".huashu-lint.yaml"), "rules: {}\n")
	lintWriteFile(t, filepath.Join(home, "notes", "err.yaml"), errPack)
	personal := filepath.Join(home, "data", "personal.yaml")
	lintWriteFile(t, personal, cleanPack)
	o, out := lintOpts(t, filepath.Join(home, "notes"), nil)
	o.Sources = func() ([]pack.Source, error) {
		return []pack.Source{{Name: "personal", Layer: phrase.LayerPersonal, Path: personal}}, nil
	}
	if err := lintRun(o); err != nil || !strings.Contains(out.String(), "检查了 1 个文件") {
		t.Errorf("exit %d (%v)\n%s", ExitCode(err), err, out)
	}
}

// A lint config that is a directory (or a FIFO, a device) is named in
// Chinese like a missing one, without Go's "read PATH:" prefix.
func TestLintConfigNotARegularFile(t *testing.T) {
	dir := t.TempDir()
	lintWriteFile(t, filepath.Join(dir, "p.yaml"), cleanPack)
	cfgDir := filepath.Join(dir, "conf.yaml")
	if err := os.Mkdir(cfgDir, 0o755); err != nil {
		t.Fatal(err)
	}
	o, _ := lintOpts(t, dir, nil, filepath.Join(dir, "p.yaml"))
	o.LintConfig = cfgDir
	err := lintRun(o)
	want := cfgDir + "：无法读取 lint 配置文件：不是普通文件（目录）"
	if ExitCode(err) != 2 || err == nil || err.Error() != want {
		t.Errorf("exit %d, %v\nwant %s", ExitCode(err), err, want)
	}
}

// init where a directory cannot be made says so in Chinese, not with Go's
// "mkdir PATH: not a directory".
func TestInitUnderAFile(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	lintWriteFile(t, file, "x")
	ios, _, _, _ := Test()
	err := initRun(&InitOptions{IO: ios, Dir: filepath.Join(file, "team"), Build: BuildInfo{Version: "v0.2.0"}})
	target := filepath.Join(file, "team", ".github", "workflows", "huashu-lint.yml")
	want := "无法创建 " + target + "：路径中有一段不是目录"
	if ExitCode(err) != 2 || err == nil || err.Error() != want {
		t.Errorf("exit %d, %v\nwant %s", ExitCode(err), err, want)
	}
}
