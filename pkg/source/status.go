package source

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/huashu-cli/huashu/pkg/config"
	"github.com/huashu-cli/huashu/pkg/pack"
)

// State is how a source's directory looks, without touching the network.
type State string

// States, as `pack list --json` and doctor print them.
const (
	StateClean       State = "clean"         // on the last fetched upstream commit
	StateBehind      State = "behind"        // the last fetch brought commits: pack update will take them
	StateAhead       State = "ahead"         // local commits not upstream: update refuses
	StateDiverged    State = "diverged"      // local and upstream histories split: update refuses
	StateDirty       State = "local-changes" // modified or untracked files: update refuses
	StateMissing     State = "missing"       // a path source's directory is not there
	StateNotCloned   State = "not-cloned"    // a git source in the config whose checkout is not there: pack update clones it
	StateNotGit      State = "not-git"       // a git source whose checkout is not a repository
	StateWrongRemote State = "wrong-remote"  // the checkout's origin is not the configured URL: update refuses
	StateBroken      State = "error"         // git failed to answer; Detail says why
	StateDir         State = "directory"     // a path source (not managed by huashu)
)

// Label is the state in Chinese for people.
func (s State) Label() string {
	switch s {
	case StateClean:
		return "正常"
	case StateBehind:
		return "有更新可拉取"
	case StateAhead:
		return "有未推送的本地提交"
	case StateDiverged:
		return "与远端历史分叉"
	case StateDirty:
		return "有本地修改"
	case StateMissing:
		return "目录不存在"
	case StateNotCloned:
		return "未检出"
	case StateNotGit:
		return "不是 git 仓库"
	case StateWrongRemote:
		return "远程地址不一致"
	case StateBroken:
		return "无法读取"
	case StateDir:
		return "本地目录"
	}
	return string(s)
}

// Info describes one source for `pack list` and doctor.
type Info struct {
	Name       string
	URL        string // empty for a path source
	Path       string // the configured path of a path source
	Dir        string // where packs are read from
	Commit     string // full hash of HEAD; empty when not a git checkout
	CommitTime time.Time
	// Updated is when the checkout last talked to its remote: the last fetch
	// (pack update), else the clone.
	Updated time.Time
	State   State
	Detail  string // for StateBroken, StateDirty and StateWrongRemote: what git said, how many files, both URLs
	Packs   int
	Phrases int
	// Problems counts files or phrases that did not load.
	Problems int
}

// List describes every configured source in config order. It reads packs
// from disk to count them but never runs the network.
func (m *Manager) List(ctx context.Context) ([]Info, error) {
	cfg, err := m.config()
	if err != nil {
		return nil, err
	}
	var out []Info
	for _, s := range cfg.Sources {
		out = append(out, m.Info(ctx, s))
	}
	return out, nil
}

// Info describes one source, with its packs counted.
func (m *Manager) Info(ctx context.Context, s config.SourceConfig) Info {
	in := m.Status(ctx, s)
	if in.State != StateMissing && in.State != StateNotCloned {
		var problems pack.ErrorList
		in.Packs, in.Phrases, problems = count(s.Name, in.Dir)
		in.Problems = len(problems)
	}
	return in
}

// Status describes one source's directory and git state without loading
// its packs (doctor has them loaded already).
func (m *Manager) Status(ctx context.Context, s config.SourceConfig) Info {
	in := Info{Name: s.Name, URL: s.URL, Path: s.Path, Dir: m.Dir(s)}
	if _, err := os.Stat(in.Dir); err != nil {
		in.State = StateMissing
		if s.URL != "" {
			in.State = StateNotCloned
		}
		return in
	}
	if s.URL == "" {
		in.State = StateDir
		return in
	}
	in.State, in.Detail = m.gitState(ctx, &in)
	return in
}

func (m *Manager) gitState(ctx context.Context, in *Info) (State, string) {
	if !isGitRepo(in.Dir) {
		return StateNotGit, ""
	}
	g, err := m.git()
	if err != nil {
		return StateBroken, err.Error()
	}
	head, err := g.run(ctx, in.Dir, "log", "-1", "--format=%H %ct", "HEAD")
	if err != nil {
		return StateBroken, reason(err)
	}
	if hash, ts, ok := strings.Cut(head, " "); ok {
		in.Commit = hash
		if sec, err := strconv.ParseInt(ts, 10, 64); err == nil {
			in.CommitTime = time.Unix(sec, 0)
		}
	}
	for _, f := range []string{"FETCH_HEAD", "HEAD"} {
		if st, err := os.Stat(filepath.Join(in.Dir, ".git", f)); err == nil {
			in.Updated = st.ModTime()
			break
		}
	}
	if msg := wrongRemote(ctx, g, in.Dir, in.URL); msg != "" {
		return StateWrongRemote, msg
	}
	if n, err := dirty(ctx, g, in.Dir); err != nil {
		return StateBroken, reason(err)
	} else if n > 0 {
		return StateDirty, strconv.Itoa(n) + " 个文件"
	}
	upstream, err := g.run(ctx, in.Dir, "rev-parse", "--verify", "--quiet", "@{u}^{commit}")
	if err != nil || upstream == "" || upstream == in.Commit {
		return StateClean, ""
	}
	if ok, _ := g.ok(ctx, in.Dir, "merge-base", "--is-ancestor", in.Commit, upstream); ok {
		return StateBehind, ""
	}
	if ok, _ := g.ok(ctx, in.Dir, "merge-base", "--is-ancestor", upstream, in.Commit); ok {
		return StateAhead, ""
	}
	return StateDiverged, ""
}

// Short is the first seven characters of a commit hash.
func Short(commit string) string { return short(commit) }

// NotClonedHint is what to do about a git source that is in the config but
// has no checkout yet.
const NotClonedHint = "运行 huashu pack update 克隆"

// ExplainNotCloned rewrites the loader's "file not found" problem of each git
// source in sources whose checkout is missing into one line that says what
// to do. Loading never clones (no network on every start); pack update does.
func ExplainNotCloned(set *pack.Set, sources []config.SourceConfig, paths config.Paths) {
	if set == nil {
		return
	}
	for _, s := range sources {
		if s.URL == "" {
			continue
		}
		dir := paths.SourceDir(s.Name)
		if _, err := os.Lstat(dir); err == nil {
			continue
		}
		for _, p := range set.Problems {
			if p.File == dir && p.Line == 0 {
				p.Msg = "团队话术源 " + s.Name + " 还未检出；" + NotClonedHint
			}
		}
	}
}

// wrongRemote says how the checkout's origin differs from the configured
// URL, or "" when they are the same repository. A checkout is found by the
// source's name, so a config entry whose URL was changed by hand would
// otherwise keep serving (and pulling) the old repository.
func wrongRemote(ctx context.Context, g *Git, dir, url string) string {
	origin, err := g.run(ctx, dir, "remote", "get-url", "origin")
	if err != nil {
		origin = ""
	}
	if sameURL(origin, url) {
		return ""
	}
	shown := Redact(origin)
	if origin == "" {
		shown = "无"
	}
	return "检出目录的远程地址（" + shown + "）与配置（" + Redact(url) + "）不一致"
}

// sameURL compares two git URLs ignoring a trailing .git and trailing
// slashes.
func sameURL(a, b string) bool {
	norm := func(u string) string {
		u = strings.TrimRight(strings.TrimSpace(u), `/\`)
		return strings.TrimRight(strings.TrimSuffix(u, ".git"), `/\`)
	}
	return a != "" && norm(a) == norm(b)
}
