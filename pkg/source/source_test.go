package source

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/huashu-cli/huashu/pkg/config"
	"github.com/huashu-cli/huashu/pkg/phrase"
	"github.com/huashu-cli/huashu/pkg/source/sourcetest"
)

const brokenPack = `pack: 团队话术
phrases:
  - code: hy
    title: 欢迎语
    text: 您好
    txet: 拼错的键
`

func newManager(t *testing.T) *Manager {
	t.Helper()
	root := t.TempDir()
	paths := config.Paths{Config: filepath.Join(root, "config", "config.yaml"), Data: filepath.Join(root, "data"),
		State: filepath.Join(root, "state")}
	return &Manager{Paths: paths, ConfigFile: paths.Config}
}

func loadConfig(t *testing.T, m *Manager) *config.Config {
	t.Helper()
	c, err := config.Load(m.ConfigFile)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// requireLoader skips tests that compare phrases while the pack loader is a stub.
func requireLoader(t *testing.T, dir string) {
	t.Helper()
	if _, phrases, _ := count("probe", dir); phrases == 0 {
		t.Skip("pack loader not available yet")
	}
}

func TestAddUpdateListRemove(t *testing.T) {
	sourcetest.Setup(t)
	remote := sourcetest.NewRemote(t, map[string]string{"team.yaml": sourcetest.TeamV1, "README.md": "# packs\n"})
	m := newManager(t)
	ctx := context.Background()

	added, err := m.Add(ctx, AddRequest{Arg: remote.URL()})
	if err != nil {
		t.Fatal(err)
	}
	if added.Source.Name != "team-packs" || added.Source.URL != remote.URL() {
		t.Fatalf("added %+v", added.Source)
	}
	dir := m.Paths.SourceDir("team-packs")
	if added.Dir != dir || added.Commit != sourcetest.Git(t, remote.Work, "rev-parse", "HEAD") {
		t.Fatalf("added %+v", added)
	}
	if got := loadConfig(t, m).Sources; !reflect.DeepEqual(got, []config.SourceConfig{{Name: "team-packs", URL: remote.URL()}}) {
		t.Fatalf("config sources %+v", got)
	}
	requireLoader(t, dir)
	if added.Packs != 1 || added.Phrases != 3 || len(added.Problems) != 0 {
		t.Fatalf("added %+v", added)
	}

	res, err := m.Update(ctx, nil)
	if err != nil || len(res) != 1 || res[0].Outcome != UpToDate {
		t.Fatalf("update with nothing new: %+v %v", res, err)
	}

	newCommit := remote.Commit(map[string]string{"team.yaml": sourcetest.TeamV2}, "新增退款话术")
	infos, err := m.List(ctx)
	if err != nil || len(infos) != 1 || infos[0].State != StateClean {
		t.Fatalf("list before update: %+v %v", infos, err)
	}

	res, err = m.Update(ctx, []string{"team-packs"})
	if err != nil {
		t.Fatal(err)
	}
	r := res[0]
	if r.Outcome != Updated || r.Err != nil || r.New != newCommit || r.Old != added.Commit {
		t.Fatalf("update %+v", r)
	}
	want := []Change{{Pack: "团队话术", Added: []string{"tk2", "hy3"}, Changed: []string{"fhsj"}, Removed: []string{"th"}}}
	if !reflect.DeepEqual(r.Changes, want) {
		t.Fatalf("changes\n got %+v\nwant %+v", r.Changes, want)
	}
	if head := sourcetest.Git(t, dir, "rev-parse", "HEAD"); head != newCommit {
		t.Fatalf("checkout at %s, want %s", head, newCommit)
	}

	infos, err = m.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	in := infos[0]
	if in.Commit != newCommit || in.State != StateClean || in.Phrases != 4 || in.Packs != 1 || in.CommitTime.IsZero() || in.Updated.IsZero() {
		t.Fatalf("list %+v", in)
	}

	rm, err := m.Remove(context.Background(), "team-packs", false)
	if err != nil || rm.Deleted != dir {
		t.Fatalf("remove %+v %v", rm, err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatalf("checkout still there: %v", err)
	}
	if got := loadConfig(t, m).Sources; len(got) != 0 {
		t.Fatalf("config still has %+v", got)
	}
	assertNoLeftovers(t, m)
}

// assertNoLeftovers checks that only checkouts stay in the sources dir: no
// lock, no temporary clone.
func assertNoLeftovers(t *testing.T, m *Manager, keep ...string) {
	t.Helper()
	entries, _ := os.ReadDir(m.sourcesDir())
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if len(names) != len(keep) || (len(keep) > 0 && !reflect.DeepEqual(names, keep)) {
		t.Fatalf("sources dir holds %v, want %v", names, keep)
	}
}

func TestAddPlainPathClones(t *testing.T) {
	sourcetest.Setup(t)
	remote := sourcetest.NewRemote(t, map[string]string{"team.yaml": sourcetest.TeamV1})
	m := newManager(t)
	r, err := m.Add(context.Background(), AddRequest{Arg: remote.Bare, Name: "售前"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Source != (config.SourceConfig{Name: "售前", URL: remote.Bare}) || r.Commit == "" {
		t.Fatalf("%+v", r)
	}
	if _, err := os.Stat(filepath.Join(m.Paths.SourceDir("售前"), "team.yaml")); err != nil {
		t.Fatal(err)
	}
}

func TestAddDirectoryLinks(t *testing.T) {
	sourcetest.Setup(t)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "team.yaml"), []byte(sourcetest.TeamV1), 0o644)
	m := newManager(t)
	ctx := context.Background()
	r, err := m.Add(ctx, AddRequest{Arg: dir, Name: "shared"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Source != (config.SourceConfig{Name: "shared", Path: dir}) || r.Commit != "" {
		t.Fatalf("%+v", r)
	}
	infos, _ := m.List(ctx)
	if infos[0].State != StateDir {
		t.Fatalf("%+v", infos[0])
	}
	res, err := m.Update(ctx, nil)
	if err != nil || res[0].Outcome != Skipped {
		t.Fatalf("%+v %v", res, err)
	}
	if _, err := m.Remove(context.Background(), "shared", false); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "team.yaml")); err != nil {
		t.Fatalf("remove deleted the user's directory: %v", err)
	}

	// --link records even a git repository as a path.
	remote := sourcetest.NewRemote(t, map[string]string{"team.yaml": sourcetest.TeamV1})
	r, err = m.Add(ctx, AddRequest{Arg: remote.Work, Link: true})
	if err != nil || r.Source != (config.SourceConfig{Name: "lead", Path: remote.Work}) {
		t.Fatalf("%+v %v", r, err)
	}
}

func TestAddErrors(t *testing.T) {
	sourcetest.Setup(t)
	remote := sourcetest.NewRemote(t, map[string]string{"team.yaml": sourcetest.TeamV1})
	ctx := context.Background()
	m := newManager(t)
	if _, err := m.Add(ctx, AddRequest{Arg: remote.URL(), Name: "team"}); err != nil {
		t.Fatal(err)
	}
	configBefore, _ := os.ReadFile(m.ConfigFile)

	tests := []struct {
		name  string
		req   AddRequest
		usage bool
		want  string
	}{
		{"name in use", AddRequest{Arg: remote.URL(), Name: "team"}, true, `话术源名称 "team" 已被使用`},
		{"bad name", AddRequest{Arg: remote.URL(), Name: "../x"}, true, "无效"},
		{"unsupported scheme", AddRequest{Arg: "ftp://example.com/packs.git"}, true, "不支持 ftp://"},
		{"neither url nor path", AddRequest{Arg: "no-such-dir"}, true, "既不是 git 地址"},
		// git's remote-helper form runs a program or reads a file descriptor
		// (fd::0 waits on stdin for ever).
		{"transport fd", AddRequest{Arg: "fd::0", Name: "fd"}, true, `"fd::0" 不是有效的 git 地址：不支持 fd:: 这种 git 传输写法`},
		{"transport ext", AddRequest{Arg: "ext::sh -c touch% /tmp/pwned", Name: "ext"}, true, "不支持 ext:: 这种 git 传输写法"},
		{"clone fails", AddRequest{Arg: "file://" + filepath.Join(t.TempDir(), "missing.git")}, false, "克隆 file://"},
		{"link needs a path", AddRequest{Arg: remote.URL(), Link: true}, true, "--link"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := m.Add(ctx, tt.req)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
			var ue *UsageError
			if errors.As(err, &ue) != tt.usage {
				t.Errorf("usage error = %v, want %v", !tt.usage, tt.usage)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
			after, _ := os.ReadFile(m.ConfigFile)
			if string(after) != string(configBefore) {
				t.Errorf("config changed:\n%s", after)
			}
			assertNoLeftovers(t, m, "team")
		})
	}
}

func TestAddEmptyRepository(t *testing.T) {
	sourcetest.Setup(t)
	bare := filepath.Join(t.TempDir(), "empty.git")
	sourcetest.Git(t, filepath.Dir(bare), "init", "--quiet", "--bare", bare)
	m := newManager(t)
	_, err := m.Add(context.Background(), AddRequest{Arg: bare})
	if err == nil || !strings.Contains(err.Error(), "还没有任何提交") {
		t.Fatalf("err = %v", err)
	}
	assertNoLeftovers(t, m)
	if _, err := os.Stat(m.ConfigFile); !os.IsNotExist(err) {
		t.Fatal("config written for a failed add")
	}
}

func TestGitMissing(t *testing.T) {
	sourcetest.Setup(t)
	remote := sourcetest.NewRemote(t, map[string]string{"team.yaml": sourcetest.TeamV1})
	m := newManager(t)
	ctx := context.Background()
	if _, err := m.Add(ctx, AddRequest{Arg: remote.URL(), Name: "team"}); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", "")
	m = &Manager{Paths: m.Paths, ConfigFile: m.ConfigFile}
	if _, err := m.Add(ctx, AddRequest{Arg: remote.URL(), Name: "other"}); err == nil || !strings.Contains(err.Error(), "找不到 git") {
		t.Fatalf("add: %v", err)
	}
	if _, err := m.Update(ctx, nil); err == nil || !strings.Contains(err.Error(), "找不到 git") {
		t.Fatalf("update: %v", err)
	}
	infos, err := m.List(ctx)
	if err != nil || infos[0].State != StateBroken || !strings.Contains(infos[0].Detail, "找不到 git") {
		t.Fatalf("list: %+v %v", infos, err)
	}
	assertNoLeftovers(t, m, "team")
}

// addTeam clones remote as "team" and returns the manager and the checkout.
func addTeam(t *testing.T, remote *sourcetest.Remote) (*Manager, string) {
	t.Helper()
	m := newManager(t)
	if _, err := m.Add(context.Background(), AddRequest{Arg: remote.URL(), Name: "team"}); err != nil {
		t.Fatal(err)
	}
	return m, m.Paths.SourceDir("team")
}

func updateOne(t *testing.T, m *Manager) UpdateResult {
	t.Helper()
	res, err := m.Update(context.Background(), []string{"team"})
	if err != nil {
		t.Fatal(err)
	}
	return res[0]
}

func TestUpdateRefusesLocalChanges(t *testing.T) {
	sourcetest.Setup(t)
	remote := sourcetest.NewRemote(t, map[string]string{"team.yaml": sourcetest.TeamV1})
	m, dir := addTeam(t, remote)
	old := sourcetest.Git(t, dir, "rev-parse", "HEAD")
	remote.Commit(map[string]string{"team.yaml": sourcetest.TeamV2}, "v2")

	edited := sourcetest.TeamV1 + "  - code: mine\n    title: 我的\n    text: 本地改的\n"
	os.WriteFile(filepath.Join(dir, "team.yaml"), []byte(edited), 0o644)
	r := updateOne(t, m)
	if r.Outcome != Failed || !strings.Contains(r.Err.Error(), "本地修改（1 个文件）") {
		t.Fatalf("%+v", r)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "team.yaml")); string(got) != edited {
		t.Fatal("local change overwritten")
	}
	if head := sourcetest.Git(t, dir, "rev-parse", "HEAD"); head != old {
		t.Fatal("HEAD moved")
	}
	infos, _ := m.List(context.Background())
	if infos[0].State != StateDirty || infos[0].Detail != "1 个文件" {
		t.Fatalf("%+v", infos[0])
	}
}

func TestUpdateRefusesDivergedAndAhead(t *testing.T) {
	sourcetest.Setup(t)
	remote := sourcetest.NewRemote(t, map[string]string{"team.yaml": sourcetest.TeamV1})
	m, dir := addTeam(t, remote)
	old := sourcetest.Git(t, dir, "rev-parse", "HEAD")

	// A local commit not on the remote.
	os.WriteFile(filepath.Join(dir, "local.yaml"), []byte("pack: 本地\nphrases: []\n"), 0o644)
	sourcetest.Git(t, dir, "add", "local.yaml")
	sourcetest.Git(t, dir, "commit", "--quiet", "-m", "local")
	local := sourcetest.Git(t, dir, "rev-parse", "HEAD")
	r := updateOne(t, m)
	if r.Outcome != Failed || !strings.Contains(r.Err.Error(), "未推送的本地提交") {
		t.Fatalf("ahead: %+v", r)
	}
	infos, _ := m.List(context.Background())
	if infos[0].State != StateAhead {
		t.Fatalf("%+v", infos[0])
	}

	// The remote rewrote its history (a force push).
	sourcetest.Git(t, dir, "reset", "--quiet", "--hard", old)
	remote.Rewrite(map[string]string{"team.yaml": sourcetest.TeamV2}, "重写")
	r = updateOne(t, m)
	if r.Outcome != Failed || !strings.Contains(r.Err.Error(), "分叉") {
		t.Fatalf("diverged: %+v", r)
	}
	if head := sourcetest.Git(t, dir, "rev-parse", "HEAD"); head != old {
		t.Fatalf("HEAD moved to %s", head)
	}
	infos, _ = m.List(context.Background())
	if infos[0].State != StateDiverged {
		t.Fatalf("%+v", infos[0])
	}
	_ = local
}

func TestUpdateKeepsOldCommitWhenNewPackFails(t *testing.T) {
	sourcetest.Setup(t)
	remote := sourcetest.NewRemote(t, map[string]string{"team.yaml": sourcetest.TeamV1})
	m, dir := addTeam(t, remote)
	requireLoader(t, dir)
	old := sourcetest.Git(t, dir, "rev-parse", "HEAD")
	bad := remote.Commit(map[string]string{"team.yaml": brokenPack}, "拼错")

	r := updateOne(t, m)
	if r.Outcome != Failed || r.New != bad || len(r.Problems) == 0 {
		t.Fatalf("%+v", r)
	}
	msg := r.Err.Error()
	if !strings.Contains(msg, "新提交 "+bad[:7]) || !strings.Contains(msg, "继续使用 "+old[:7]) || !strings.Contains(msg, filepath.Join(dir, "team.yaml")+":6:") {
		t.Fatalf("message %q", msg)
	}
	if head := sourcetest.Git(t, dir, "rev-parse", "HEAD"); head != old {
		t.Fatalf("HEAD moved to %s", head)
	}
	if _, phrases, _ := count("team", dir); phrases != 3 {
		t.Fatalf("old packs not served: %d phrases", phrases)
	}
	infos, _ := m.List(context.Background())
	if infos[0].State != StateBehind {
		t.Fatalf("%+v", infos[0])
	}

	// The fix lands: the update goes through.
	fixed := remote.Commit(map[string]string{"team.yaml": sourcetest.TeamV2}, "修正")
	r = updateOne(t, m)
	if r.Outcome != Updated || r.New != fixed {
		t.Fatalf("%+v", r)
	}
}

func TestUpdateFetchFails(t *testing.T) {
	sourcetest.Setup(t)
	remote := sourcetest.NewRemote(t, map[string]string{"team.yaml": sourcetest.TeamV1})
	m, dir := addTeam(t, remote)
	old := sourcetest.Git(t, dir, "rev-parse", "HEAD")
	os.RemoveAll(remote.Bare)
	r := updateOne(t, m)
	if r.Outcome != Failed || !strings.Contains(r.Err.Error(), "拉取 "+remote.URL()+" 失败") || !strings.Contains(r.Err.Error(), "继续使用 "+old[:7]) {
		t.Fatalf("%+v", r)
	}
}

func TestUpdateUnknownNameAndMissingCheckout(t *testing.T) {
	sourcetest.Setup(t)
	remote := sourcetest.NewRemote(t, map[string]string{"team.yaml": sourcetest.TeamV1})
	m, dir := addTeam(t, remote)
	var nf *NotFoundError
	if _, err := m.Update(context.Background(), []string{"nope"}); !errors.As(err, &nf) {
		t.Fatalf("err = %v", err)
	}
	os.RemoveAll(dir)
	// A missing checkout of a configured git source: listed as not cloned,
	// cloned again by update.
	infos, _ := m.List(context.Background())
	if infos[0].State != StateNotCloned {
		t.Fatalf("%+v", infos[0])
	}
	r := updateOne(t, m)
	if r.Outcome != Cloned || r.New != sourcetest.Git(t, remote.Work, "rev-parse", "HEAD") || r.Phrases != 3 {
		t.Fatalf("%+v", r)
	}
	if !isGitRepo(dir) {
		t.Fatal("not cloned")
	}
	os.RemoveAll(dir)
	if _, err := m.Remove(context.Background(), "nope", false); !errors.As(err, &nf) {
		t.Fatalf("remove unknown: %v", err)
	}
	if _, err := m.Remove(context.Background(), "team", false); err != nil {
		t.Fatalf("remove with missing checkout: %v", err)
	}
}

func TestLock(t *testing.T) {
	sourcetest.Setup(t)
	remote := sourcetest.NewRemote(t, map[string]string{"team.yaml": sourcetest.TeamV1})
	m, _ := addTeam(t, remote)
	unlock, err := m.lock()
	if err != nil {
		t.Fatal(err)
	}
	_, err = m.Update(context.Background(), nil)
	if err == nil || !strings.Contains(err.Error(), "另一个 huashu pack 命令正在运行（进程 ") {
		t.Fatalf("second update: %v", err)
	}
	if _, err := m.Remove(context.Background(), "team", false); err == nil {
		t.Fatal("remove ran under another's lock")
	}
	unlock()
	if _, err := m.Update(context.Background(), nil); err != nil {
		t.Fatalf("after unlock: %v", err)
	}

	// The lock file a crashed huashu left holds nothing: the lock was the
	// operating system's and died with it.
	lock := m.lockPath()
	os.WriteFile(lock, []byte(" 99999\n"), 0o644)
	if _, err := m.Update(context.Background(), nil); err != nil {
		t.Fatalf("leftover lock file: %v", err)
	}
}

func TestDiff(t *testing.T) {
	ph := func(code, text string, line int) *phrase.Phrase {
		return &phrase.Phrase{Code: code, Title: code, Body: phrase.Body{Text: text}, Pack: "p", Line: line}
	}
	before := []*phrase.Pack{{Name: "p", Phrases: []*phrase.Phrase{ph("a", "1", 1), ph("b", "2", 2), ph("c", "3", 3)}},
		{Name: "gone", Phrases: []*phrase.Phrase{ph("z", "9", 1)}}}
	after := []*phrase.Pack{{Name: "p", Phrases: []*phrase.Phrase{ph("c", "3", 1), ph("b", "2!", 2), ph("d", "4", 3)}},
		{Name: "same", Phrases: nil}}
	got := Diff(before, after)
	want := []Change{{Pack: "p", Added: []string{"d"}, Changed: []string{"b"}, Removed: []string{"a"}},
		{Pack: "gone", Removed: []string{"z"}}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %+v\nwant %+v", got, want)
	}
}

func TestRedact(t *testing.T) {
	for in, want := range map[string]string{
		"https://bot:ghp_secret@git.example.com/team/packs.git": "https://***@git.example.com/team/packs.git",
		"https://ghp_TOKEN@github.com/team/packs.git":           "https://***@github.com/team/packs.git",
		"https://ghp_TOKEN:x-oauth-basic@github.com/y.git":      "https://***@github.com/y.git",
		"HTTP://oauth2:glpat-x@gitlab.example.com/y.git":        "HTTP://***@gitlab.example.com/y.git",
		"https://git.example.com/y.git?private_token=abc&x=1":   "https://git.example.com/y.git?***",
		"ssh://git:hunter2@git.example.com/team/packs.git":      "ssh://git:***@git.example.com/team/packs.git",
		"ssh://git@git.example.com/team/packs.git":              "ssh://git@git.example.com/team/packs.git",
		"git@git.example.com:team/packs.git":                    "git@git.example.com:team/packs.git",
		"/srv/packs":                                            "/srv/packs",
		// An unescaped @ in a password: curl splits at the last one.
		"https://bot:p@ss@git.example.com/y.git": "https://***@git.example.com/y.git",
		"ssh://git:p@ss@git.example.com/y.git":   "ssh://git:***@git.example.com/y.git",
		// Other schemes carry no credentials, so a token there is hidden whole.
		"file://ghp_T@localhost/srv/y.git":                               "file://***@localhost/srv/y.git",
		"git://ghp_T@git.example.com/y.git":                              "git://***@git.example.com/y.git",
		"'https://a:1@h/x' and 'https://b:2@h/y'":                        "'https://***@h/x' and 'https://***@h/y'",
		"fatal: unable to access 'https://ghp_T@github.com/y.git/': 403": "fatal: unable to access 'https://***@github.com/y.git/': 403",
	} {
		if got := Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNames(t *testing.T) {
	for url, want := range map[string]string{
		"https://git.example.com/team/huashu-packs.git": "huashu-packs",
		"git@git.example.com:team/售前.git":               "售前",
		"file:///srv/git/packs.git/":                    "packs",
		"/srv/packs":                                    "packs",
		"git@host:packs":                                "packs",
	} {
		if got := NameFromURL(url); got != want {
			t.Errorf("NameFromURL(%q) = %q, want %q", url, got, want)
		}
	}
	for name, ok := range map[string]bool{"team": true, "售前组": true, "a.b_c-1": true,
		"": false, ".hidden": false, "a/b": false, "..": false, "a b": false, "x.": false,
		// Windows device names: a checkout there would be a device.
		"CON": false, "nul": false, "com1": false, "LPT9": false, "aux.packs": false, "console": true,
		// Letters that show as nothing.
		"团\u3164队": false} {
		if got := ValidName(name) == nil; got != ok {
			t.Errorf("ValidName(%q) ok = %v, want %v", name, got, ok)
		}
	}
	for url, ok := range map[string]bool{"https://x/y.git": true, "ssh://git@x/y": true, "git@x:y.git": true,
		"file:///srv/y": true, "ftp://x/y": false, "https://": false, "nonsense": false} {
		if got := checkURL(url) == nil; got != ok {
			t.Errorf("checkURL(%q) ok = %v, want %v", url, got, ok)
		}
	}
}

func TestLeftoversSweptAndCancel(t *testing.T) {
	sourcetest.Setup(t)
	remote := sourcetest.NewRemote(t, map[string]string{"team.yaml": sourcetest.TeamV1})
	m, _ := addTeam(t, remote)
	// What a huashu killed with SIGKILL halfway through an add leaves.
	leftover := filepath.Join(m.sourcesDir(), ".clone-123", "checkout")
	if err := os.MkdirAll(leftover, 0o755); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res, err := m.Update(ctx, nil)
	if err != nil || res[0].Outcome != Failed || !strings.HasPrefix(res[0].Err.Error(), "已取消") {
		t.Fatalf("%+v %v", res, err)
	}
	if _, err := m.Add(ctx, AddRequest{Arg: remote.URL(), Name: "again"}); err == nil || !strings.HasPrefix(err.Error(), "已取消") {
		t.Fatalf("add: %v", err)
	}
	assertNoLeftovers(t, m, "team")
}

func TestSameURL(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		same bool
	}{
		{"https://git.example.com/kefu/packs.git", "https://git.example.com/kefu/packs", true},
		{"https://git.example.com/kefu/packs.git", "https://git.example.com/kefu/packs/", true},
		{"git@git.example.com:kefu/packs.git/", "git@git.example.com:kefu/packs", true},
		{"https://git.example.com/kefu/packs.git", "https://git.example.com/kefu/other.git", false},
		{"", "https://git.example.com/kefu/packs.git", false},
	} {
		if got := sameURL(tt.a, tt.b); got != tt.same {
			t.Errorf("sameURL(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}

func TestHandWrittenNameNeverLeavesSourcesDir(t *testing.T) {
	sourcetest.Setup(t)
	remote := sourcetest.NewRemote(t, map[string]string{"team.yaml": sourcetest.TeamV1})
	root := t.TempDir()
	m := &Manager{Paths: config.Paths{Data: filepath.Join(root, "data")}, ConfigFile: filepath.Join(root, "config.yaml")}
	os.WriteFile(m.ConfigFile, []byte("sources:\n  - name: ../逃逸\n    url: "+remote.URL()+"\n"), 0o644)
	res, err := m.Update(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	r := res[0]
	if r.Outcome != Failed || !strings.Contains(r.Err.Error(), "无效") {
		t.Fatalf("%+v", r)
	}
	if _, err := os.Lstat(filepath.Join(root, "data", "逃逸")); !os.IsNotExist(err) {
		t.Fatalf("cloned outside sources/: %v", err)
	}
	os.MkdirAll(filepath.Join(root, "data", "逃逸"), 0o755)
	if _, err := m.Remove(context.Background(), "../逃逸", true); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "data", "逃逸")); err != nil {
		t.Fatalf("deleted outside sources/: %v", err)
	}
}

// TestUpdateChecksSymlinks: a commit whose links the loader would refuse
// (to a device, out of the repository) does not reach agents; a link to a
// file of the same repository does, and pack update reports its phrases.
func TestUpdateChecksSymlinks(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symlinks need privileges on Windows")
	}
	sourcetest.Setup(t)
	remote := sourcetest.NewRemote(t, map[string]string{"team.yaml": sourcetest.TeamV1})
	m, dir := addTeam(t, remote)
	old := sourcetest.Git(t, dir, "rev-parse", "HEAD")
	outside := filepath.Join(t.TempDir(), "outside.yaml")
	if err := os.WriteFile(outside, []byte("pack: 外部\nphrases:\n  - code: wb\n    title: 外部\n    text: 没审核过的话术\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := remote.CommitLinks(map[string]string{"packs/zz.yaml": "/dev/zero", "s.yaml": outside, "up.yaml": "../x.yaml"}, nil, "链接")

	done := make(chan UpdateResult, 1)
	go func() { done <- updateOne(t, m) }()
	var r UpdateResult
	select {
	case r = <-done:
	case <-time.After(60 * time.Second):
		t.Fatal("pack update did not return")
	}
	if r.Outcome != Failed || r.New != bad {
		t.Fatalf("%+v", r)
	}
	var got []string
	for _, p := range r.Problems {
		got = append(got, p.Rule+" "+strings.TrimPrefix(p.Error(), dir+string(filepath.Separator)))
	}
	want := []string{
		"schema/file packs/zz.yaml: 符号链接指向话术源以外（/dev/zero），出于安全不读取；只允许指向本话术源里的文件",
		"schema/file s.yaml: 符号链接指向话术源以外（" + outside + "），出于安全不读取；只允许指向本话术源里的文件",
		"schema/file up.yaml: 符号链接指向话术源以外（../x.yaml），出于安全不读取；只允许指向本话术源里的文件",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if head := sourcetest.Git(t, dir, "rev-parse", "HEAD"); head != old {
		t.Fatalf("HEAD moved to %s", head)
	}

	// The lead replaces the links with one inside the repository.
	sourcetest.Git(t, remote.Work, "rm", "--quiet", "packs/zz.yaml", "s.yaml", "up.yaml")
	remote.CommitLinks(map[string]string{"售后.yaml": "src/售后.txt"},
		map[string]string{"src/售后.txt": "pack: 售后\nphrases:\n  - code: sh\n    title: 售后\n    text: 亲，售后问题请随时联系我们。\n"}, "改成仓库内的链接")
	r = updateOne(t, m)
	if r.Outcome != Updated || len(r.Changes) != 1 || r.Changes[0].Pack != "售后" || strings.Join(r.Changes[0].Added, ",") != "sh" {
		t.Fatalf("%+v", r)
	}
	packs, phrases, problems := count("team", dir)
	if packs != 2 || phrases != 4 || len(problems) != 0 {
		t.Errorf("loaded %d packs, %d phrases, problems %v", packs, phrases, problems)
	}
}
