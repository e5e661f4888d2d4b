package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/huashu-cli/huashu/pkg/config"
	"github.com/huashu-cli/huashu/pkg/safefile"
	"github.com/huashu-cli/huashu/pkg/source/sourcetest"
)

// packEnv is one agent's machine: a config file and a data dir that stay
// across commands, each command run with a fresh factory like a new process.
type packEnv struct {
	t     *testing.T
	paths config.Paths
}

func newPackEnv(t *testing.T) *packEnv {
	t.Helper()
	sourcetest.Setup(t)
	dir := t.TempDir()
	return &packEnv{t: t, paths: config.Paths{
		Config: filepath.Join(dir, "config", "config.yaml"),
		Data:   filepath.Join(dir, "data"),
		State:  filepath.Join(dir, "state"),
		Cache:  filepath.Join(dir, "cache"),
	}}
}

func (e *packEnv) run(args ...string) result {
	e.t.Helper()
	return e.runIn("", args...)
}

func (e *packEnv) runIn(stdin string, args ...string) result {
	e.t.Helper()
	io, in, out, errOut := Test()
	in.WriteString(stdin)
	f := NewFactory(io)
	f.Now = func() time.Time { return testNow }
	f.Paths = e.paths
	code := Run(args, f)
	return result{code, out.String(), errOut.String()}
}

func (e *packEnv) checkout(name string) string { return e.paths.SourceDir(name) }

func TestPackEndToEnd(t *testing.T) {
	e := newPackEnv(t)
	remote := sourcetest.NewRemote(t, map[string]string{"team.yaml": sourcetest.TeamV1, "README.md": "# 话术\n"})
	v1 := sourcetest.Git(t, remote.Work, "rev-parse", "HEAD")
	dir := e.checkout("团队")

	e.run("pack", "add", remote.URL(), "--name", "团队").check(t, 0, fmt.Sprintf(
		"已添加团队话术源 团队（%s）\n  检出目录 %s，提交 %s\n  1 个话术包，3 条话术\n", remote.URL(), dir, v1[:7]), "")
	e.run("--no-embedded", "get", "th", "--print").check(t, 0, "亲，支持七天无理由退货。\n", "")

	v2 := remote.Commit(map[string]string{"team.yaml": sourcetest.TeamV2}, "新增退款话术，改发货时间")
	e.run("pack", "update").check(t, 0, fmt.Sprintf(
		"团队: %s → %s\n  团队话术: 新增 2 条 (tk2, hy3)，修改 1 条 (fhsj)，删除 1 条 (th)\n", v1[:7], v2[:7]), "")
	e.run("pack", "update", "团队").check(t, 0, fmt.Sprintf("团队: 已是最新（%s）\n", v2[:7]), "")
	e.run("--no-embedded", "get", "fhsj", "--print").check(t, 0, "亲，现货商品会在付款后24小时内发出。\n", "")

	// The agent's own phrase overrides the team's.
	personal := e.paths.PersonalPack()
	e.run("add", "fhsj", "--title", "发货时间", "--text", "亲，今天下单明天发～").check(t, 0, fmt.Sprintf(
		"已创建个人话术 %s，保存 fhsj（发货时间）\n  覆盖了团队话术中的同名话术（%s:9 发货时间）\n",
		personal, filepath.Join(dir, "team.yaml")), "")
	e.run("--no-embedded", "get", "fhsj", "--print").check(t, 0, "亲，今天下单明天发～\n", "")
	// Replaced with --force: it still overrides the team's.
	e.run("add", "fhsj", "--title", "发货时间", "--text", "亲，今天下单明天发～", "--force").check(t, 0, fmt.Sprintf(
		"已替换个人话术 fhsj（发货时间）：%s；旧版本在 %s\n  覆盖了团队话术中的同名话术（%s:9 发货时间）\n",
		personal, personal+".bak", filepath.Join(dir, "team.yaml")), "")

	r := e.run("--no-embedded", "doctor")
	for _, want := range []string{
		"  team     团队  " + dir + "  1 个话术包，4 条\n",
		"           git " + remote.URL() + "\n",
		"           提交 " + v2[:7] + "（",
		"），更新于 ",
		"           状态：正常\n",
		"  后台自动更新：关闭（在配置里写 picker.auto_update: 6h 打开）\n",
		"覆盖（高层覆盖低层，1）\n  fhsj  " + personal + ":5（personal）覆盖 " + filepath.Join(dir, "team.yaml") + ":9（team）\n",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("doctor output lacks %q:\n%s", want, r.stdout)
		}
	}

	r = e.run("pack", "list")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "团队  "+remote.URL()+"\n  提交 "+v2[:7]+"（") ||
		!strings.Contains(r.stdout, "1 个话术包，4 条话术，更新于 ") || !strings.HasSuffix(r.stdout, "状态：正常\n") {
		t.Errorf("pack list: %+v", r)
	}
	r = e.run("pack", "list", "--json")
	var list []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &list); err != nil || len(list) != 1 {
		t.Fatalf("pack list --json: %v\n%s", err, r.stdout)
	}
	if l := list[0]; l["name"] != "团队" || l["url"] != remote.URL() || l["commit"] != v2 || l["state"] != "clean" ||
		l["phrases"] != 4.0 || l["packs"] != 1.0 || l["dir"] != dir || l["commit_time"] == nil || l["updated"] == nil {
		t.Errorf("pack list --json: %v", l)
	}

	e.run("pack", "remove", "团队").check(t, 0, fmt.Sprintf("已移除团队话术源 团队，删除了检出目录 %s\n", dir), "")
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("checkout left: %v", err)
	}
	e.run("pack", "list").check(t, 0, "还没有团队话术源；用 huashu pack add URL 添加\n", "")
	e.run("--no-embedded", "get", "tk2", "--print").check(t, 1, "", "huashu: 没有编码为 \"tk2\" 的话术\n")
}

func TestPackAddPlainPathAndLink(t *testing.T) {
	e := newPackEnv(t)
	remote := sourcetest.NewRemote(t, map[string]string{"team.yaml": sourcetest.TeamV1})
	r := e.run("pack", "add", remote.Bare)
	if r.code != 0 || !strings.HasPrefix(r.stdout, "已添加团队话术源 team-packs（"+remote.Bare+"）\n") {
		t.Fatalf("%+v", r)
	}
	shared := t.TempDir()
	os.WriteFile(filepath.Join(shared, "售后.yaml"), []byte(strings.ReplaceAll(sourcetest.TeamV2, "团队话术", "售后")), 0o644)
	e.run("pack", "add", shared, "--name", "共享").check(t, 0,
		"已添加团队话术源 共享（本地路径 "+shared+"，直接读取，不克隆）\n  1 个话术包，4 条话术\n", "")
	e.run("pack", "update").check(t, 0, "team-packs: 已是最新（"+sourcetest.Git(t, remote.Work, "rev-parse", "--short=7", "HEAD")+"）\n共享: 本地路径，直接读取，无需更新\n", "")
	// Team sources layer in config order; a later source wins nothing over an
	// earlier one: the same code in two team sources is a conflict.
	r = e.run("--no-embedded", "get", "fhsj", "--print")
	if r.code != 0 || !strings.Contains(r.stderr, "同一层有 2 条话术") {
		t.Errorf("%+v", r)
	}
	e.run("pack", "remove", "共享").check(t, 0, "已移除团队话术源 共享（本地路径 "+shared+" 保留不动）\n", "")
	if _, err := os.Stat(filepath.Join(shared, "售后.yaml")); err != nil {
		t.Fatal(err)
	}
	cfg, _ := os.ReadFile(e.paths.Config)
	if string(cfg) != "sources:\n  - name: team-packs\n    url: "+remote.Bare+"\n" {
		t.Errorf("config:\n%s", cfg)
	}
}

func TestPackAddKeepsConfig(t *testing.T) {
	e := newPackEnv(t)
	remote := sourcetest.NewRemote(t, map[string]string{"team.yaml": sourcetest.TeamV1})
	orig := "# 我的设置\nplatform: tmall # 千牛\nvars:\n  店铺: 小熊童装店\n"
	if err := os.MkdirAll(filepath.Dir(e.paths.Config), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(e.paths.Config, []byte(orig), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := e.run("pack", "add", remote.URL(), "--name", "team"); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	got, _ := os.ReadFile(e.paths.Config)
	if want := orig + "sources:\n  - name: team\n    url: " + remote.URL() + "\n"; string(got) != want {
		t.Fatalf("config\n%s\nwant\n%s", got, want)
	}
}

func TestPackFailures(t *testing.T) {
	e := newPackEnv(t)
	remote := sourcetest.NewRemote(t, map[string]string{"team.yaml": sourcetest.TeamV1})
	if r := e.run("pack", "add", remote.URL(), "--name", "team"); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	dir := e.checkout("team")
	v1 := sourcetest.Git(t, dir, "rev-parse", "HEAD")
	missing := "file://" + filepath.Join(t.TempDir(), "nope.git")

	e.run("pack", "add", remote.URL(), "--name", "team").check(t, 2, "",
		`huashu: 话术源名称 "team" 已被使用（`+remote.URL()+"）；换一个 --name，或先 huashu pack remove team\n")
	e.run("pack", "add", "ftp://example.com/packs.git").check(t, 2, "",
		`huashu: "ftp://example.com/packs.git" 不是有效的 git 地址：不支持 ftp://（可用 https://、ssh://、git://、file:// 或 git@主机:路径）`+"\n")
	e.run("pack", "add", "packs").check(t, 2, "", `huashu: "packs" 既不是 git 地址，也不是存在的目录或文件`+"\n")
	r := e.run("pack", "add", missing)
	if r.code != 1 || !strings.HasPrefix(r.stderr, "huashu: 克隆 "+missing+" 失败：fatal: ") || strings.Count(r.stderr, "\n") != 1 {
		t.Errorf("failed clone: %+v", r)
	}
	e.run("pack", "update", "nope").check(t, 1, "", `huashu: 没有名为 "nope" 的话术源（huashu pack list 查看）`+"\n")
	e.run("pack", "remove", "nope").check(t, 1, "", `huashu: 没有名为 "nope" 的话术源（huashu pack list 查看）`+"\n")
	e.run("add", "x", "--title", "t", "--text", "亲，在的～").check(t, 0,
		"已创建个人话术 "+e.paths.PersonalPack()+"，保存 x（t）\n", "")

	// Two updates at once (the other one's OS lock, held here).
	unlock, err := safefile.Lock(filepath.Join(e.paths.Data, "sources.lock"), 0)
	if err != nil {
		t.Fatal(err)
	}
	e.run("pack", "update").check(t, 1, "",
		"huashu: 另一个 huashu pack 命令正在运行（进程 "+strconv.Itoa(os.Getpid())+"），请稍后再试\n")
	unlock()

	// A new commit whose pack does not load: the old one keeps being served.
	bad := remote.Commit(map[string]string{"team.yaml": sourcetest.TeamV1 + "    txet: 拼错的键\n"}, "拼错")
	file := filepath.Join(dir, "team.yaml")
	r = e.run("pack", "update")
	if r.code != 1 || r.stdout != "" || strings.Count(r.stderr, "\n") != 1 ||
		!strings.HasPrefix(r.stderr, "huashu: team: 新提交 "+bad[:7]+" 中的话术包有问题，未更新，继续使用 "+v1[:7]+"："+file+":13:5: 未知字段 \"txet\"") {
		t.Errorf("bad commit: %+v", r)
	}
	// Two broken files: each problem on its own line after the summary.
	remote.Commit(map[string]string{"more.yaml": "pack: 更多\nphrases:\n  - code: x\n    title: x\n"}, "又错")
	r = e.run("pack", "update")
	if r.code != 1 || strings.Count(r.stderr, "\n") != 3 || !strings.Contains(r.stderr, "（另有 1 处问题）\nhuashu:   "+filepath.Join(dir, "more.yaml")+":3:") ||
		!strings.HasSuffix(r.stderr, "\nhuashu:   "+file+":13:5: 未知字段 \"txet\"，是不是 \"text\"？（可用字段：code, title, group, tags, keywords, ask, text, parts, platform, platforms, valid）\n") {
		t.Errorf("two bad files: %+v", r)
	}
	e.run("--no-embedded", "get", "th", "--print").check(t, 0, "亲，支持七天无理由退货。\n", "")
	if r := e.run("--no-embedded", "doctor"); !strings.Contains(r.stdout, "状态：有更新可拉取；运行 huashu pack update 拉取") {
		t.Errorf("doctor: %s", r.stdout)
	}

	// Local changes in the checkout are reported, not overwritten.
	remote.Commit(map[string]string{"team.yaml": sourcetest.TeamV2}, "修正")
	os.WriteFile(filepath.Join(dir, "mine.yaml"), []byte("pack: 我的\nphrases: []\n"), 0o644)
	e.run("pack", "update").check(t, 1, "", "huashu: team: 检出目录有本地修改（1 个文件），未更新；huashu 不会覆盖，请在 "+dir+" 中检查（git status）\n")
	if r := e.run("--no-embedded", "doctor"); !strings.Contains(r.stdout, "状态：有本地修改（1 个文件）；pack update 不会覆盖，请在 "+dir+" 中检查（git status）") {
		t.Errorf("doctor: %s", r.stdout)
	}
	os.Remove(filepath.Join(dir, "mine.yaml"))

	// A rewritten remote history is reported, not followed.
	rewritten := remote.Rewrite(map[string]string{"team.yaml": sourcetest.TeamV2}, "重写历史")
	e.run("pack", "update").check(t, 1, "", fmt.Sprintf("huashu: team: 检出目录与远端历史已分叉（本地 %s，远端 %s），未更新；huashu 不会覆盖，请在 %s 中检查\n", v1[:7], rewritten[:7], dir))
	if r := e.run("pack", "list", "--json"); !strings.Contains(r.stdout, `"state": "diverged"`) {
		t.Errorf("list: %s", r.stdout)
	}

	// git missing.
	t.Setenv("PATH", "")
	const noGit = "huashu: 找不到 git 命令：团队话术源需要 git，请先安装（https://git-scm.com/downloads）并确认它在 PATH 中\n"
	e.run("pack", "update").check(t, 1, "", noGit)
	e.run("pack", "add", remote.URL(), "--name", "other").check(t, 1, "", noGit)

	entries, _ := os.ReadDir(filepath.Join(e.paths.Data, "sources"))
	if len(entries) != 1 || entries[0].Name() != "team" {
		t.Errorf("sources dir holds %v", entries)
	}
}

func TestPackUsage(t *testing.T) {
	e := newPackEnv(t)
	e.run("pack").check(t, 2, "", "huashu: pack 需要子命令：add、update、list 或 remove（用法见 huashu pack --help）\n")
	r := e.run("pack", "add")
	if r.code != 2 {
		t.Errorf("%+v", r)
	}
	e.run("pack", "update").check(t, 0, "还没有团队话术源；用 huashu pack add URL 添加\n", "")
	e.run("pack", "list", "--json").check(t, 0, "[]\n", "")
}

// writeConfig writes the config file by hand, the way the README shows.
func (e *packEnv) writeConfig(content string) {
	e.t.Helper()
	if err := os.MkdirAll(filepath.Dir(e.paths.Config), 0o755); err != nil {
		e.t.Fatal(err)
	}
	if err := os.WriteFile(e.paths.Config, []byte(content), 0o644); err != nil {
		e.t.Fatal(err)
	}
}

func TestPackHandWrittenSourceIsClonedByUpdate(t *testing.T) {
	e := newPackEnv(t)
	remote := sourcetest.NewRemote(t, map[string]string{"team.yaml": sourcetest.TeamV1})
	v1 := sourcetest.Git(t, remote.Work, "rev-parse", "HEAD")
	e.writeConfig("sources:\n  - name: 新团队\n    url: " + remote.URL() + "\n")
	dir := e.checkout("新团队")

	// Loading never clones: one line says what to do.
	e.run("--no-embedded", "get", "th", "--print").check(t, 1, "",
		"huashu: 警告："+dir+": 团队话术源 新团队 还未检出；运行 huashu pack update 克隆\nhuashu: 没有编码为 \"th\" 的话术\n")
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatalf("loading cloned: %v", err)
	}
	e.run("pack", "list").check(t, 0, "新团队  "+remote.URL()+"\n  0 个话术包，0 条话术，状态：未检出；运行 huashu pack update 克隆\n", "")
	if r := e.run("--no-embedded", "doctor"); !strings.Contains(r.stdout, "           状态：未检出；运行 huashu pack update 克隆\n") {
		t.Errorf("doctor: %s", r.stdout)
	}
	if r := e.run("pack", "list", "--json"); !strings.Contains(r.stdout, `"state": "not-cloned"`) {
		t.Errorf("list --json: %s", r.stdout)
	}

	e.run("pack", "update", "新团队").check(t, 0, "新团队: 已克隆 "+remote.URL()+"，提交 "+v1[:7]+"\n  1 个话术包，3 条话术\n", "")
	e.run("--no-embedded", "get", "th", "--print").check(t, 0, "亲，支持七天无理由退货。\n", "")
	e.run("pack", "update").check(t, 0, "新团队: 已是最新（"+v1[:7]+"）\n", "")

	// A clone that fails leaves nothing behind and the config alone.
	missing := "file://" + filepath.Join(t.TempDir(), "nope.git")
	e.writeConfig("sources:\n  - name: nope\n    url: " + missing + "\n")
	r := e.run("pack", "update")
	if r.code != 1 || !strings.HasPrefix(r.stderr, "huashu: nope: 克隆 "+missing+" 失败：fatal: ") || strings.Count(r.stderr, "\n") != 1 {
		t.Errorf("failed clone: %+v", r)
	}
	entries, _ := os.ReadDir(filepath.Join(e.paths.Data, "sources"))
	if len(entries) != 1 || entries[0].Name() != "新团队" {
		t.Errorf("sources dir holds %v", entries)
	}
}

func TestPackCheckoutFromAnotherRemote(t *testing.T) {
	e := newPackEnv(t)
	remote := sourcetest.NewRemote(t, map[string]string{"team.yaml": sourcetest.TeamV1})
	other := sourcetest.NewRemote(t, map[string]string{"team.yaml": sourcetest.TeamV2})
	if r := e.run("pack", "add", remote.URL(), "--name", "team"); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	dir := e.checkout("team")
	v1 := sourcetest.Git(t, dir, "rev-parse", "HEAD")

	// The same URL with a trailing slash or without .git is the same remote.
	e.writeConfig("sources:\n  - name: team\n    url: " + strings.TrimSuffix(remote.URL(), ".git") + "/\n")
	e.run("pack", "update").check(t, 0, "team: 已是最新（"+v1[:7]+"）\n", "")

	// The config now names another repository: nothing is pulled from the
	// checkout's old remote, and list and doctor say so.
	e.writeConfig("sources:\n  - name: team\n    url: " + other.URL() + "\n")
	remote.Commit(map[string]string{"team.yaml": sourcetest.TeamV2}, "新提交")
	mismatch := "检出目录的远程地址（" + remote.URL() + "）与配置（" + other.URL() + "）不一致"
	e.run("pack", "update", "team").check(t, 1, "",
		"huashu: team: "+mismatch+"，未更新；huashu 不会从别的仓库拉取，请用 huashu pack remove team 后重新添加\n")
	if got := sourcetest.Git(t, dir, "rev-parse", "HEAD"); got != v1 {
		t.Errorf("checkout moved to %s", got)
	}
	if r := e.run("pack", "list"); r.code != 0 || !strings.HasSuffix(r.stdout, "状态：远程地址不一致（"+mismatch+"）；用 huashu pack remove team 后重新添加\n") {
		t.Errorf("list: %+v", r)
	}
	if r := e.run("pack", "list", "--json"); !strings.Contains(r.stdout, `"state": "wrong-remote"`) {
		t.Errorf("list --json: %s", r.stdout)
	}
	if r := e.run("--no-embedded", "doctor"); !strings.Contains(r.stdout, "状态：远程地址不一致（"+mismatch+"）；用 huashu pack remove team 后重新添加\n") {
		t.Errorf("doctor: %s", r.stdout)
	}
}

func TestPackRemoveKeepsLocalWork(t *testing.T) {
	e := newPackEnv(t)
	remote := sourcetest.NewRemote(t, map[string]string{"team.yaml": sourcetest.TeamV1})
	if r := e.run("pack", "add", remote.URL(), "--name", "team"); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	dir := e.checkout("team")
	v1 := sourcetest.Git(t, dir, "rev-parse", "HEAD")
	kept := func() {
		t.Helper()
		if _, err := os.Stat(filepath.Join(dir, "team.yaml")); err != nil {
			t.Fatalf("checkout deleted: %v", err)
		}
		if cfg, _ := os.ReadFile(e.paths.Config); !strings.Contains(string(cfg), "name: team") {
			t.Fatalf("config changed:\n%s", cfg)
		}
	}

	// An edited file: the same words pack update uses.
	os.WriteFile(filepath.Join(dir, "team.yaml"), []byte(sourcetest.TeamV2), 0o644)
	e.run("pack", "remove", "team").check(t, 2, "",
		"huashu: 检出目录有本地修改（1 个文件），未移除；确定不要这些改动就用 huashu pack remove team --force（或先在 "+dir+" 中检查）\n")
	kept()

	// A local commit not on the remote.
	sourcetest.Git(t, dir, "commit", "--quiet", "-am", "我的改动")
	local := sourcetest.Git(t, dir, "rev-parse", "HEAD")
	e.run("pack", "remove", "team").check(t, 2, "",
		"huashu: 检出目录有未推送的本地提交（本地 "+local[:7]+"，远端 "+v1[:7]+"），未移除；确定不要这些改动就用 huashu pack remove team --force（或先在 "+dir+" 中检查）\n")
	kept()

	// The commit moved to a branch without an upstream; main is clean.
	sourcetest.Git(t, dir, "branch", "mine")
	sourcetest.Git(t, dir, "reset", "--quiet", "--hard", "origin/main")
	e.run("pack", "remove", "team").check(t, 2, "",
		"huashu: 检出目录有未推送的本地提交（1 个），未移除；确定不要这些改动就用 huashu pack remove team --force（或先在 "+dir+" 中检查）\n")
	kept()

	e.run("pack", "remove", "team", "--force").check(t, 0, "已移除团队话术源 team，删除了检出目录 "+dir+"\n", "")
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("checkout left: %v", err)
	}
}

// TestPackUpdateShowsHostileNames: pack names in the update report are
// shown with their control characters as symbols, even to a pipe.
func TestPackUpdateShowsHostileNames(t *testing.T) {
	e := newPackEnv(t)
	remote := sourcetest.NewRemote(t, map[string]string{"team.yaml": sourcetest.TeamV1})
	if r := e.run("pack", "add", remote.URL(), "--name", "团队"); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	remote.Commit(map[string]string{"evil.yaml": "pack: \"恶意\\x1b]52;c;eA==\\x07包\\u202e\"\nphrases:\n  - code: zz\n    title: 坏\n    text: 坏人写的\n"}, "恶意")
	r := e.run("pack", "update")
	if r.code != 0 {
		t.Fatalf("%+v", r)
	}
	if want := "  恶意␛]52;c;eA==␇包⟨U+202E⟩: 新增 1 条 (zz)，修改 0 条，删除 0 条\n"; !strings.HasSuffix(r.stdout, want) {
		t.Errorf("stdout %q, want it to end in %q", r.stdout, want)
	}
}

// TestTokenNeverPrinted: a token in a source URL, alone as the user name
// the way GitHub writes it, is printed by no command.
func TestTokenNeverPrinted(t *testing.T) {
	e := newPackEnv(t)
	e.writeConfig("sources:\n  - name: 团队\n    url: https://ghp_SECRET123@git.example.com/kefu/packs.git?private_token=SECRET456\n")
	for _, args := range [][]string{
		{"pack", "list"}, {"pack", "list", "--json"}, {"doctor"}, {"list"},
		{"pack", "add", "https://ghp_SECRET123@127.0.0.1:1/kefu/y.git", "--name", "y"}, // refused connection: git's error
		{"pack", "add", "https://ghp_SECRET123@git.example.com/kefu/packs.git?private_token=SECRET456", "--name", "团队"},
	} {
		r := e.run(args...)
		if strings.Contains(r.stdout+r.stderr, "SECRET") {
			t.Errorf("huashu %s printed the token:\nstdout %s\nstderr %s", strings.Join(args, " "), r.stdout, r.stderr)
		}
	}
	r := e.run("pack", "list")
	if !strings.Contains(r.stdout, "https://***@git.example.com/kefu/packs.git?***") {
		t.Errorf("pack list does not show the redacted URL:\n%s", r.stdout)
	}
}
