// Package source manages team pack sources (DESIGN §10): git checkouts that
// huashu clones into the data dir and updates fast-forward only, and plain
// directories it only points at.
//
// The safety rules, which docs/team-packs.md explains to users:
//   - huashu never writes a file in a team checkout. The only writes are git's
//     own: clone, fetch and a fast-forward merge, and the merge only runs on a
//     clean checkout whose HEAD is an ancestor of the fetched commit.
//   - A checkout with local changes, local commits or a diverged history is
//     reported and left alone.
//   - Before fast-forwarding, every pack file of the new commit is read from
//     git's objects (not the working tree) and parsed. If a file has problems
//     it did not have before, the checkout stays on the old commit, which keeps
//     being served, and the update says why.
//   - add, update and remove take an OS lock in the data dir, so two of them
//     never run at once; a huashu that died releases it with its process.
//   - A failed add leaves nothing behind: the clone goes to a temporary
//     directory that is moved into place only after it succeeds, and the
//     config entry is written last.
package source

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/huashu-cli/huashu/internal/regfile"
	"github.com/huashu-cli/huashu/internal/termsafe"
	"github.com/huashu-cli/huashu/internal/winname"
	"github.com/huashu-cli/huashu/pkg/config"
	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
	"github.com/huashu-cli/huashu/pkg/safefile"
)

// Manager adds, updates, lists and removes the sources in one config file.
type Manager struct {
	Paths      config.Paths
	ConfigFile string
	// Git runs git; nil means FindGit when git is first needed.
	Git *Git
	Now func() time.Time
}

// UsageError is a mistake in what the user asked for (a bad name, a name in
// use, an unknown source), as opposed to something that failed.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

func usagef(format string, a ...any) error { return &UsageError{Msg: fmt.Sprintf(format, a...)} }

// NotFoundError is a source name that is not in the config.
type NotFoundError struct{ Name string }

func (e *NotFoundError) Error() string {
	return fmt.Sprintf("没有名为 %q 的话术源（huashu pack list 查看）", e.Name)
}

func (m *Manager) now() time.Time {
	if m.Now != nil {
		return m.Now()
	}
	return time.Now()
}

func (m *Manager) git() (*Git, error) {
	if m.Git != nil {
		return m.Git, nil
	}
	g, err := FindGit()
	if err != nil {
		return nil, err
	}
	m.Git = g
	return g, nil
}

// sourcesDir holds the checkouts and the lock.
func (m *Manager) sourcesDir() string { return filepath.Join(m.Paths.Data, "sources") }

// Dir is where a source's packs are read from: the checkout for a git
// source, the recorded path otherwise.
func (m *Manager) Dir(s config.SourceConfig) string {
	if s.URL != "" {
		return m.Paths.SourceDir(s.Name)
	}
	return s.Path
}

func (m *Manager) config() (*config.Config, error) {
	return config.Load(m.ConfigFile)
}

func find(cfg *config.Config, name string) (config.SourceConfig, bool) {
	for _, s := range cfg.Sources {
		if s.Name == name {
			return s, true
		}
	}
	return config.SourceConfig{}, false
}

var nameRE = regexp.MustCompile(`^[\p{L}\p{N}][\p{L}\p{N}._-]*$`)

// ValidName checks a source name: it becomes a directory name, so letters
// (Chinese too), digits, '.', '_' and '-', not starting with a dot, no
// letter that shows as nothing (the Hangul fillers), and not a name Windows
// keeps for a device (CON, NUL, COM1…).
func ValidName(name string) error {
	if !nameRE.MatchString(name) || utf8.RuneCountInString(name) > 64 || strings.HasSuffix(name, ".") || !termsafe.Safe(name, termsafe.KeepNone) {
		return usagef("话术源名称 %s 无效：只能用字母、汉字、数字和 . _ -，不以 . 开头，最长 64 个字符", termsafe.Quote(name))
	}
	if winname.Reserved(name) {
		return usagef("话术源名称 %s 无效：%s 是 Windows 的保留设备名，不能用作目录名", termsafe.Quote(name), name)
	}
	return nil
}

// NameFromURL is the default name: the repository's base name without .git.
func NameFromURL(url string) string {
	u := strings.TrimRight(url, `/\`)
	u = strings.TrimSuffix(u, ".git")
	if i := strings.LastIndexAny(u, `/\:`); i >= 0 {
		u = u[i+1:]
	}
	return u
}

var (
	schemeRE    = regexp.MustCompile(`^([a-zA-Z][a-zA-Z0-9+.-]*)://`)
	transportRE = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9+.-]*)::`)
	scpRE       = regexp.MustCompile(`^(?:[A-Za-z0-9._-]+@)?[A-Za-z0-9.-]+:[^/\\]`) // git@host:team/packs.git
)

// Redact hides credentials in a URL, or in any text that holds URLs (git's
// error messages), for output; the config and git keep the real URL:
//   - in an http(s) URL the whole user info: a token is often the user name
//     alone (https://ghp_TOKEN@github.com/…) or the user name of a pair
//     (https://TOKEN:x-oauth-basic@…), so https://***@host/…; the same in
//     file:// and git:// URLs, which carry no credentials of their own;
//   - in an http(s) URL the query (?private_token=…): https://host/…?***;
//   - in ssh:// URLs the password only, and scp-like git@host:… as it is:
//     the user name there is an account name, useful when something fails.
func Redact(text string) string {
	text = userinfoRE.ReplaceAllStringFunc(text, func(m string) string {
		scheme, info, _ := strings.Cut(m, "://")
		info = strings.TrimSuffix(info, "@")
		if !strings.EqualFold(scheme, "ssh") {
			return scheme + "://***@"
		}
		if user, _, ok := strings.Cut(info, ":"); ok {
			return scheme + "://" + user + ":***@"
		}
		return m
	})
	return queryRE.ReplaceAllString(text, "${1}***")
}

var (
	// Up to the last @ of the authority: curl takes an unescaped @ in a
	// password as part of it.
	userinfoRE = regexp.MustCompile(`[A-Za-z][A-Za-z0-9+.-]*://[^/?#\s'"]*@`)
	queryRE    = regexp.MustCompile(`(?i)(https?://[^\s?#'"]*\?)[^\s#'"]+`)
)

// checkURL accepts the URL forms git clones from: https, http, ssh, git,
// file and scp-like user@host:path.
func checkURL(url string) error {
	if m := transportRE.FindStringSubmatch(url); m != nil {
		// git's <transport>::<address> runs a remote helper: ext:: a
		// program, fd:: reads a file descriptor (and waits for ever).
		return usagef("%q 不是有效的 git 地址：不支持 %s:: 这种 git 传输写法（可用 https://、ssh://、git://、file:// 或 git@主机:路径）", Redact(url), m[1])
	}
	if m := schemeRE.FindStringSubmatch(url); m != nil {
		switch strings.ToLower(m[1]) {
		case "https", "http", "ssh", "git", "file":
			if len(url) == len(m[0]) {
				return usagef("%q 不是有效的 git 地址：缺少主机或路径", Redact(url))
			}
			return nil
		}
		return usagef("%q 不是有效的 git 地址：不支持 %s://（可用 https://、ssh://、git://、file:// 或 git@主机:路径）", Redact(url), m[1])
	}
	if scpRE.MatchString(url) && !filepath.IsAbs(url) {
		return nil
	}
	return usagef("%q 既不是 git 地址，也不是存在的目录或文件", Redact(url))
}

// isGitRepo reports whether dir is the top of a git working tree or a bare
// repository (a plain check of the files, so a directory inside some other
// repository does not count).
func isGitRepo(dir string) bool {
	if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
		return true
	}
	for _, f := range []string{"HEAD", "objects", "refs"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			return false
		}
	}
	return true
}

// AddRequest is what `huashu pack add` was asked.
type AddRequest struct {
	Arg  string // a git URL, a local repository, or a directory or file
	Name string // empty: from Arg
	Link bool   // record a local path as it is, even a git repository
}

// AddResult describes a source just added.
type AddResult struct {
	Source   config.SourceConfig
	Dir      string // where packs are read from
	Commit   string // the checked-out commit; empty for a path source
	Packs    int
	Phrases  int
	Problems pack.ErrorList // problems in the source's files (added anyway: it is the team's current state)
}

// Add clones or links a source and records it in the config.
func (m *Manager) Add(ctx context.Context, req AddRequest) (*AddResult, error) {
	arg := strings.TrimSpace(req.Arg)
	if arg == "" {
		return nil, usagef("缺少 git 地址或目录")
	}
	local := ""
	if st, err := os.Stat(arg); err == nil && schemeRE.FindString(arg) == "" {
		abs, err := filepath.Abs(arg)
		if err != nil {
			return nil, err
		}
		local = abs
		if !st.IsDir() && !req.Link {
			req.Link = true // a single pack file can only be linked
		}
	} else if req.Link {
		return nil, usagef("--link 需要一个存在的本地目录或文件：%s", arg)
	} else if err := checkURL(arg); err != nil {
		return nil, err
	}
	name := req.Name
	if name == "" {
		base := arg
		if local != "" {
			base = local
		}
		name = NameFromURL(base)
		if ValidName(name) != nil {
			return nil, usagef("无法从 %q 推断话术源名称，请用 --name 指定", arg)
		}
	}
	if err := ValidName(name); err != nil {
		return nil, err
	}

	if local != "" && (req.Link || !isGitRepo(local)) {
		return m.addPath(name, local)
	}
	url := arg
	if local != "" {
		url = local
	}
	return m.addClone(ctx, name, url)
}

func (m *Manager) checkNameFree(name string) error {
	cfg, err := m.config()
	if err != nil {
		return err
	}
	if s, ok := find(cfg, name); ok {
		from := Redact(s.URL)
		if from == "" {
			from = s.Path
		}
		return usagef("话术源名称 %q 已被使用（%s）；换一个 --name，或先 huashu pack remove %s", name, from, name)
	}
	if _, err := os.Lstat(m.Paths.SourceDir(name)); err == nil {
		return usagef("目录 %s 已存在但不在配置中；删除它或换一个 --name", m.Paths.SourceDir(name))
	}
	return nil
}

func (m *Manager) addPath(name, path string) (*AddResult, error) {
	unlock, err := m.lock()
	if err != nil {
		return nil, err
	}
	defer unlock()
	if err := m.checkNameFree(name); err != nil {
		return nil, err
	}
	sc := config.SourceConfig{Name: name, Path: path}
	if err := config.AddSource(m.ConfigFile, sc); err != nil {
		return nil, err
	}
	r := &AddResult{Source: sc, Dir: path}
	r.Packs, r.Phrases, r.Problems = count(name, path)
	return r, nil
}

func (m *Manager) addClone(ctx context.Context, name, url string) (*AddResult, error) {
	g, err := m.git()
	if err != nil {
		return nil, err
	}
	unlock, err := m.lock()
	if err != nil {
		return nil, err
	}
	defer unlock()
	if err := m.checkNameFree(name); err != nil {
		return nil, err
	}

	dir, commit, err := m.clone(ctx, g, name, url, "未添加")
	if err != nil {
		return nil, err
	}
	sc := config.SourceConfig{Name: name, URL: url}
	if err := config.AddSource(m.ConfigFile, sc); err != nil {
		_ = removeAll(dir)
		return nil, err
	}
	r := &AddResult{Source: sc, Dir: dir, Commit: commit}
	r.Packs, r.Phrases, r.Problems = count(name, dir)
	return r, nil
}

// clone clones url into the checkout of name: into a temporary directory
// first, moved into place only when the clone succeeded and has a commit and
// an upstream branch, so a failed or cancelled clone leaves nothing behind.
// The caller holds the lock. what is said on cancel ("未添加", "未克隆").
func (m *Manager) clone(ctx context.Context, g *Git, name, url, what string) (dir, commit string, err error) {
	tmp, err := os.MkdirTemp(m.sourcesDir(), ".clone-*")
	if err != nil {
		return "", "", err
	}
	defer func() { _ = removeAll(tmp) }() // whatever happens, no partial clone stays
	work := filepath.Join(tmp, "checkout")
	if _, err := g.run(ctx, tmp, "clone", "--quiet", "--no-recurse-submodules", "--", url, work); err != nil {
		if ctx.Err() != nil {
			return "", "", fmt.Errorf("已取消，%s %s", what, Redact(url))
		}
		return "", "", fmt.Errorf("克隆 %s 失败：%s", Redact(url), Redact(reason(err)))
	}
	commit, err = g.run(ctx, work, "rev-parse", "--verify", "--quiet", "HEAD^{commit}")
	if err != nil || commit == "" {
		return "", "", fmt.Errorf("仓库 %s 还没有任何提交，没有可用的话术包", Redact(url))
	}
	if _, err := g.run(ctx, work, "rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{u}"); err != nil {
		return "", "", fmt.Errorf("仓库 %s 的默认分支没有上游分支，无法更新", Redact(url))
	}
	dir = m.Paths.SourceDir(name)
	if err := safefile.Rename(work, dir); err != nil {
		return "", "", err
	}
	return dir, commit, nil
}

// count loads one source the way the picker does.
func count(name, dir string) (packs, phrases int, problems pack.ErrorList) {
	set := pack.Load([]pack.Source{{Name: name, Layer: phrase.LayerTeam, Path: dir}})
	for _, p := range set.Packs {
		phrases += len(p.Phrases)
	}
	return len(set.Packs), phrases, set.Problems
}

func reason(err error) string {
	var ge *GitError
	if errors.As(err, &ge) {
		return ge.Reason()
	}
	return err.Error()
}

// RemoveResult says what Remove did.
type RemoveResult struct {
	Source  config.SourceConfig
	Deleted string // the checkout deleted; empty for a path source (never deleted)
}

// Remove takes a source out of the config and deletes its checkout. A path
// source's directory belongs to the user and is left alone. A checkout with
// work that exists nowhere else (local changes, commits not on the remote)
// is only deleted with force.
func (m *Manager) Remove(ctx context.Context, name string, force bool) (*RemoveResult, error) {
	unlock, err := m.lock()
	if err != nil {
		return nil, err
	}
	defer unlock()
	cfg, err := m.config()
	if err != nil {
		return nil, err
	}
	sc, ok := find(cfg, name)
	if !ok {
		return nil, &NotFoundError{Name: name}
	}
	r := &RemoveResult{Source: sc}
	// A path source's directory is the user's; a name written into the
	// config by hand that is no directory name ("../x") never had a
	// checkout huashu made, so nothing outside sources/ is deleted.
	if sc.URL == "" || ValidName(name) != nil {
		if _, err := config.RemoveSource(m.ConfigFile, name); err != nil {
			return nil, err
		}
		return r, nil
	}
	// Move the checkout aside first, so that a config that cannot be written
	// puts it back and a checkout that cannot be deleted is already unlisted.
	dir := m.Paths.SourceDir(name)
	if !force && isGitRepo(dir) {
		if work, err := m.localWork(ctx, dir); err != nil {
			return nil, usagef("无法检查检出目录 %s 是否有本地修改（%s），未移除；确定要删除就用 huashu pack remove %s --force", dir, reason(err), name)
		} else if work != "" {
			return nil, usagef("%s，未移除；确定不要这些改动就用 huashu pack remove %s --force（或先在 %s 中检查）", work, name, dir)
		}
	}
	trash := ""
	if _, err := os.Lstat(dir); err == nil {
		t, err := os.MkdirTemp(m.sourcesDir(), ".remove-*")
		if err != nil {
			return nil, err
		}
		trash = filepath.Join(t, "checkout")
		if err := safefile.Rename(dir, trash); err != nil {
			_ = os.Remove(t)
			return nil, fmt.Errorf("无法删除 %s：%s", dir, regfile.Reason(err))
		}
	}
	if _, err := config.RemoveSource(m.ConfigFile, name); err != nil {
		if trash != "" {
			if rerr := safefile.Rename(trash, dir); rerr == nil {
				_ = os.Remove(filepath.Dir(trash))
			}
		}
		return nil, err
	}
	if trash != "" {
		if err := removeAll(filepath.Dir(trash)); err != nil {
			return nil, fmt.Errorf("已从配置中移除 %s，但删除检出目录失败：%s", name, regfile.Reason(err))
		}
		r.Deleted = dir
	}
	return r, nil
}

// localWork says, in the words pack update uses, what a checkout holds that
// its remote does not: local changes, unpushed local commits or a history
// that diverged from the remote; "" when deleting it loses nothing.
func (m *Manager) localWork(ctx context.Context, dir string) (string, error) {
	g, err := m.git()
	if err != nil {
		return "", err
	}
	if n, err := dirty(ctx, g, dir); err != nil {
		return "", err
	} else if n > 0 {
		return dirtyMsg(n), nil
	}
	head, err := g.run(ctx, dir, "rev-parse", "--verify", "--quiet", "HEAD^{commit}")
	if err != nil || head == "" {
		return "", nil // no commit: nothing to lose
	}
	if upstream, err := g.run(ctx, dir, "rev-parse", "--verify", "--quiet", "@{u}^{commit}"); err == nil && upstream != "" && upstream != head {
		if ok, _ := g.ok(ctx, dir, "merge-base", "--is-ancestor", head, upstream); !ok {
			if ahead, _ := g.ok(ctx, dir, "merge-base", "--is-ancestor", upstream, head); ahead {
				return aheadMsg(head, upstream), nil
			}
			return divergedMsg(head, upstream), nil
		}
	}
	// Commits on any local branch that no remote branch has (a branch
	// without an upstream, a second branch).
	n, err := g.run(ctx, dir, "rev-list", "--count", "--branches", "--not", "--remotes")
	if err != nil {
		return "", err
	}
	if n != "" && n != "0" {
		return "检出目录有未推送的本地提交（" + n + " 个）", nil
	}
	return "", nil
}

// removeAll deletes a tree, making read-only entries (git's pack files on
// Windows) writable first.
func removeAll(dir string) error {
	if err := os.RemoveAll(dir); err == nil {
		return nil
	}
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil {
			_ = os.Chmod(p, 0o700)
		}
		return nil
	})
	return os.RemoveAll(dir)
}
