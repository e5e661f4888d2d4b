// Package sourcetest builds real git repositories for tests: a bare "remote"
// in a temporary directory and a clone a team lead pushes from.
package sourcetest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Setup makes git usable and predictable on a clean CI machine (running as
// root, without a global config): HOME in a temporary directory, no system
// config, a fixed author. It skips the test when git is not installed.
func Setup(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	home := t.TempDir()
	for k, v := range map[string]string{
		"HOME":                home,
		"XDG_CONFIG_HOME":     filepath.Join(home, ".config"),
		"GIT_CONFIG_NOSYSTEM": "1",
		"GIT_CONFIG_GLOBAL":   filepath.Join(home, ".gitconfig"),
		"GIT_AUTHOR_NAME":     "组长",
		"GIT_AUTHOR_EMAIL":    "lead@example.com",
		"GIT_COMMITTER_NAME":  "组长",
		"GIT_COMMITTER_EMAIL": "lead@example.com",
		"GIT_TERMINAL_PROMPT": "0",
	} {
		t.Setenv(k, v)
	}
	if err := os.WriteFile(filepath.Join(home, ".gitconfig"),
		[]byte("[init]\n\tdefaultBranch = main\n[advice]\n\tdetachedHead = false\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

// Git runs git in dir and fails the test on an error.
func Git(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

// Remote is a bare repository with a clone that pushes to it.
type Remote struct {
	t    *testing.T
	Bare string // the bare repository (a plain path git clones from)
	Work string // the team lead's clone
}

// NewRemote creates a bare repository holding files in its first commit.
func NewRemote(t *testing.T, files map[string]string) *Remote {
	t.Helper()
	root := t.TempDir()
	r := &Remote{t: t, Bare: filepath.Join(root, "team-packs.git"), Work: filepath.Join(root, "lead")}
	Git(t, root, "init", "--quiet", "--bare", r.Bare)
	Git(t, root, "clone", "--quiet", r.Bare, r.Work)
	r.Commit(files, "初始话术")
	return r
}

// URL is the remote as a file:// URL.
func (r *Remote) URL() string { return "file://" + filepath.ToSlash(r.Bare) }

// Commit writes files (an empty content deletes the file), commits and
// pushes them, and returns the new commit.
func (r *Remote) Commit(files map[string]string, msg string) string {
	r.t.Helper()
	r.commit(files, msg)
	Git(r.t, r.Work, "push", "--quiet", "origin", "HEAD:main")
	return Git(r.t, r.Work, "rev-parse", "HEAD")
}

func (r *Remote) commit(files map[string]string, msg string) {
	r.t.Helper()
	for name, content := range files {
		p := filepath.Join(r.Work, filepath.FromSlash(name))
		if content == "" {
			if err := os.Remove(p); err != nil {
				r.t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			r.t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			r.t.Fatal(err)
		}
	}
	Git(r.t, r.Work, "add", "--all")
	Git(r.t, r.Work, "commit", "--quiet", "-m", msg)
}

// CommitLinks commits symbolic links (name → target, written as is) with
// files, pushes them and returns the new commit. It skips the test where
// links cannot be made.
func (r *Remote) CommitLinks(links, files map[string]string, msg string) string {
	r.t.Helper()
	for name, target := range links {
		p := filepath.Join(r.Work, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			r.t.Fatal(err)
		}
		if err := os.Symlink(target, p); err != nil {
			r.t.Skip("symlinks:", err)
		}
	}
	return r.Commit(files, msg)
}

// Rewrite replaces the remote's history with a new root commit holding
// files (a force push), so existing clones diverge.
func (r *Remote) Rewrite(files map[string]string, msg string) string {
	r.t.Helper()
	Git(r.t, r.Work, "checkout", "--quiet", "--orphan", "rewrite")
	Git(r.t, r.Work, "rm", "-r", "--quiet", "-f", ".")
	r.commit(files, msg)
	Git(r.t, r.Work, "push", "--quiet", "--force", "origin", "HEAD:main")
	return Git(r.t, r.Work, "rev-parse", "HEAD")
}

// TeamV1 is a team pack at its first commit: hy, fhsj and th.
const TeamV1 = `# 团队话术，组长维护
pack: 团队话术
phrases:
  - code: hy
    title: 欢迎语
    text: 您好，欢迎光临，请问有什么可以帮您？
  - code: fhsj
    title: 发货时间
    text: 亲，现货商品会在付款后48小时内发出。
  - code: th
    title: 退货
    text: 亲，支持七天无理由退货。
`

// TeamV2 is its next commit: it adds tk2 and hy3, changes fhsj, removes th and moves hy (a move is
// not a change).
const TeamV2 = `pack: 团队话术
phrases:
  - code: tk2
    title: 退款进度
    text: 亲，退款已经提交，请耐心等待。
  - code: hy
    title: 欢迎语
    text: 您好，欢迎光临，请问有什么可以帮您？
  - code: fhsj
    title: 发货时间
    text: 亲，现货商品会在付款后24小时内发出。
  - code: hy3
    title: 欢迎语（活动）
    text: 您好，618活动进行中～
`
