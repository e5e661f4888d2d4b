package source

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/huashu-cli/huashu/pkg/config"
	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// Outcome is what happened to one source in an update.
type Outcome int

// Outcomes of an update.
const (
	Updated  Outcome = iota // fast-forwarded to a new commit
	UpToDate                // nothing new upstream
	Skipped                 // a path source: nothing to pull
	Failed                  // not updated; Err says why, the old commit is still served
	Cloned                  // a configured git source without a checkout (written into the config by hand) was cloned
)

// Change lists what changed in one pack, by code, in file order.
type Change struct {
	Pack    string
	Added   []string
	Changed []string
	Removed []string
}

// UpdateResult is one source's update.
type UpdateResult struct {
	Source   config.SourceConfig
	Outcome  Outcome
	Old, New string   // commits before and after (New is the fetched one when Failed after fetching)
	Changes  []Change // packs that changed, for Updated
	Err      error    // for Failed
	// Problems are the new commit's pack problems that stopped the update;
	// for Cloned, the problems of the cloned packs (cloned anyway).
	Problems pack.ErrorList
	// Packs and Phrases count what a Cloned source holds.
	Packs, Phrases int
}

// Update fetches and fast-forwards the named sources (every source when
// names is empty). A source that cannot be updated is reported in its result
// and the others still update; the error is for the whole run (the lock, the
// config, an unknown name, git missing).
func (m *Manager) Update(ctx context.Context, names []string) ([]UpdateResult, error) {
	cfg, err := m.config()
	if err != nil {
		return nil, err
	}
	var todo []config.SourceConfig
	for _, n := range names {
		s, ok := find(cfg, n)
		if !ok {
			return nil, &NotFoundError{Name: n}
		}
		todo = append(todo, s)
	}
	if len(names) == 0 {
		todo = cfg.Sources
	}
	needGit := false
	for _, s := range todo {
		needGit = needGit || s.URL != ""
	}
	var g *Git
	if needGit {
		if g, err = m.git(); err != nil {
			return nil, err
		}
	}
	unlock, err := m.lock()
	if err != nil {
		return nil, err
	}
	defer unlock()
	var out []UpdateResult
	for _, s := range todo {
		r := UpdateResult{Source: s, Outcome: Skipped}
		switch {
		case ctx.Err() != nil:
			r.Outcome, r.Err = Failed, errors.New("已取消，未更新")
		case s.URL != "":
			r = m.update(ctx, g, s)
			if ctx.Err() != nil && r.Outcome == Failed {
				r.Err = fmt.Errorf("已取消，未更新（继续使用 %s）", short(r.Old))
				if r.Old == "" {
					r.Err = errors.New("已取消，未克隆")
				}
			}
		}
		out = append(out, r)
	}
	// The picker marks what changed as 新 for a few days; losing the marks
	// (a read-only state dir) costs only the marks.
	_ = m.recordNew(out)
	return out, nil
}

func (m *Manager) update(ctx context.Context, g *Git, s config.SourceConfig) UpdateResult {
	r := UpdateResult{Source: s, Outcome: Failed}
	dir := m.Paths.SourceDir(s.Name)
	fail := func(format string, a ...any) UpdateResult {
		r.Err = fmt.Errorf(format, a...)
		return r
	}
	if err := ValidName(s.Name); err != nil {
		// Written into the config by hand: the name is a directory name
		// under sources/, and "../x" must not lead anywhere else.
		return fail("%s；请在配置文件里改名", err)
	}
	if _, err := os.Lstat(dir); errors.Is(err, fs.ErrNotExist) {
		// In the config but never cloned (written by hand, or a new
		// machine with a copied config): clone it the way add does.
		d, commit, err := m.clone(ctx, g, s.Name, s.URL, "未克隆")
		if err != nil {
			return fail("%s", err.Error())
		}
		r.Outcome, r.New = Cloned, commit
		r.Packs, r.Phrases, r.Problems = count(s.Name, d)
		return r
	} else if err != nil {
		return fail("无法读取检出目录 %s：%s", dir, err)
	}
	if !isGitRepo(dir) {
		return fail("%s 不是 git 检出目录；用 huashu pack remove %s 后重新添加", dir, s.Name)
	}
	if msg := wrongRemote(ctx, g, dir, s.URL); msg != "" {
		return fail("%s，未更新；huashu 不会从别的仓库拉取，请用 huashu pack remove %s 后重新添加", msg, s.Name)
	}
	if n, err := dirty(ctx, g, dir); err != nil {
		return fail("无法检查 %s：%s", dir, reason(err))
	} else if n > 0 {
		return fail("%s，未更新；huashu 不会覆盖，请在 %s 中检查（git status）", dirtyMsg(n), dir)
	}
	old, err := g.run(ctx, dir, "rev-parse", "--verify", "HEAD^{commit}")
	if err != nil {
		return fail("无法读取当前提交：%s", reason(err))
	}
	r.Old = old
	if _, err := g.run(ctx, dir, "rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{u}"); err != nil {
		return fail("当前分支没有上游分支，无法更新；请在 %s 中检查（git status）", dir)
	}
	if _, err := g.run(ctx, dir, "fetch", "--quiet", "--no-recurse-submodules"); err != nil {
		return fail("拉取 %s 失败：%s；继续使用 %s", Redact(s.URL), Redact(reason(err)), short(old))
	}
	upstream, err := g.run(ctx, dir, "rev-parse", "--verify", "@{u}^{commit}")
	if err != nil {
		return fail("无法读取远端提交：%s", reason(err))
	}
	r.New = upstream
	if upstream == old {
		r.Outcome = UpToDate
		return r
	}
	ff, err := g.ok(ctx, dir, "merge-base", "--is-ancestor", old, upstream)
	if err != nil {
		return fail("无法比较提交：%s", reason(err))
	}
	if !ff {
		ahead, _ := g.ok(ctx, dir, "merge-base", "--is-ancestor", upstream, old)
		if ahead {
			return fail("%s，未更新；huashu 不会覆盖，请在 %s 中检查", aheadMsg(old, upstream), dir)
		}
		return fail("%s，未更新；huashu 不会覆盖，请在 %s 中检查", divergedMsg(old, upstream), dir)
	}

	before, beforeProblems, err := loadCommit(ctx, g, dir, old)
	if err != nil {
		return fail("无法读取提交 %s：%s", short(old), reason(err))
	}
	after, afterProblems, err := loadCommit(ctx, g, dir, upstream)
	if err != nil {
		return fail("无法读取提交 %s：%s", short(upstream), reason(err))
	}
	if bad := newProblems(beforeProblems, afterProblems); len(bad) > 0 {
		r.Problems = bad
		return fail("新提交 %s 中的话术包有问题，未更新，继续使用 %s：%s", short(upstream), short(old), oneLine(bad.Error()))
	}
	// A clean checkout whose HEAD is an ancestor of the verified commit: the
	// merge only moves the branch; --ff-only makes git refuse anything else.
	if _, err := g.run(ctx, dir, "merge", "--ff-only", "--quiet", upstream); err != nil {
		return fail("快进到 %s 失败：%s；继续使用 %s", short(upstream), reason(err), short(old))
	}
	r.Outcome = Updated
	r.Changes = Diff(before, after)
	return r
}

// The states that stop pack update and pack remove, in the same words.
func dirtyMsg(n int) string { return fmt.Sprintf("检出目录有本地修改（%d 个文件）", n) }

func aheadMsg(local, upstream string) string {
	return fmt.Sprintf("检出目录有未推送的本地提交（本地 %s，远端 %s）", short(local), short(upstream))
}

func divergedMsg(local, upstream string) string {
	return fmt.Sprintf("检出目录与远端历史已分叉（本地 %s，远端 %s）", short(local), short(upstream))
}

// dirty counts the entries `git status --porcelain` reports (changed,
// staged and untracked files: an untracked *.yaml would be loaded too).
func dirty(ctx context.Context, g *Git, dir string) (int, error) {
	out, err := g.run(ctx, dir, "status", "--porcelain", "--untracked-files=all")
	if err != nil {
		return 0, err
	}
	if out == "" {
		return 0, nil
	}
	return len(strings.Split(out, "\n")), nil
}

// fileProblems are the problems of the pack files at one commit, by file.
type fileProblems map[string]pack.ErrorList

// loadCommit parses every pack file of commit from git's objects, the way
// the loader would read them from a checkout of that commit: the same
// choice of files (pack.SelectFiles over the commit's tree, so a symbolic
// link or a special file the loader would refuse is a problem here too), the
// same names, without touching the working tree.
func loadCommit(ctx context.Context, g *Git, dir, commit string) ([]*phrase.Pack, fileProblems, error) {
	tree, err := readTree(ctx, g, dir, commit)
	if err != nil {
		return nil, nil, err
	}
	listed, refused, err := pack.SelectFiles(tree, ".")
	if err != nil {
		return nil, nil, err
	}
	name := func(p string) string { return filepath.Join(dir, filepath.FromSlash(p)) }
	problems := fileProblems{}
	for _, r := range refused {
		file := name(r.Name)
		problems[file] = append(problems[file], &pack.Error{File: file, Rule: pack.RuleFile, Msg: r.Reason})
	}
	var packs []*phrase.Pack
	for _, l := range listed {
		file := name(l.Name)
		blob := tree.entries[l.Real]
		if blob.size > pack.MaxFileSize {
			problems[file] = pack.ErrorList{{File: file, Rule: pack.RuleLimit,
				Msg: fmt.Sprintf("文件超过话术包上限 64 MiB（至少 %d MiB）", blob.size>>20)}}
			continue
		}
		data, err := g.output(ctx, dir, "cat-file", "blob", blob.object)
		if err != nil {
			return nil, nil, err
		}
		if !pack.LooksLikePack(data) {
			continue // mkdocs.yml and the like: not a pack, as the loader sees it
		}
		p, errs := pack.Parse(file, data)
		if len(errs) > 0 {
			problems[file] = errs
		}
		if p != nil {
			packs = append(packs, p)
		}
	}
	return packs, problems, nil
}

// newProblems are the problems of files that have more problems after than
// before: a team that already lives with a warning can still update, but a
// commit that breaks a pack cannot reach agents.
func newProblems(before, after fileProblems) pack.ErrorList {
	var out pack.ErrorList
	for file, errs := range after {
		if len(errs) > len(before[file]) {
			out = append(out, errs...)
		}
	}
	sortErrors(out)
	return out
}

func sortErrors(l pack.ErrorList) {
	for i := 1; i < len(l); i++ {
		for j := i; j > 0 && less(l[j], l[j-1]); j-- {
			l[j], l[j-1] = l[j-1], l[j]
		}
	}
}

func less(a, b *pack.Error) bool {
	if a.File != b.File {
		return a.File < b.File
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	return a.Column < b.Column
}

// Diff compares two loads of the same source pack by pack and code. A
// phrase counts as changed when anything an agent could see or search for
// differs; moving it within the file does not count.
func Diff(before, after []*phrase.Pack) []Change {
	type key struct{ pack, code string }
	old := map[key]*phrase.Phrase{}
	for _, p := range before {
		for _, ph := range p.Phrases {
			if _, dup := old[key{p.Name, ph.Code}]; !dup {
				old[key{p.Name, ph.Code}] = ph
			}
		}
	}
	var order []string
	changes := map[string]*Change{}
	get := func(name string) *Change {
		c, ok := changes[name]
		if !ok {
			c = &Change{Pack: name}
			changes[name] = c
			order = append(order, name)
		}
		return c
	}
	seen := map[key]bool{}
	for _, p := range after {
		get(p.Name)
		for _, ph := range p.Phrases {
			k := key{p.Name, ph.Code}
			if seen[k] {
				continue
			}
			seen[k] = true
			was, ok := old[k]
			switch {
			case !ok:
				get(p.Name).Added = append(get(p.Name).Added, ph.Code)
			case !phrase.SameContent(was, ph):
				get(p.Name).Changed = append(get(p.Name).Changed, ph.Code)
			}
		}
	}
	for _, p := range before {
		for _, ph := range p.Phrases {
			k := key{p.Name, ph.Code}
			if !seen[k] {
				seen[k] = true
				get(p.Name).Removed = append(get(p.Name).Removed, ph.Code)
			}
		}
	}
	var out []Change
	for _, name := range order {
		c := changes[name]
		if len(c.Added)+len(c.Changed)+len(c.Removed) > 0 {
			out = append(out, *c)
		}
	}
	return out
}

func short(commit string) string {
	if len(commit) > 7 {
		return commit[:7]
	}
	return commit
}

func oneLine(s string) string { return strings.ReplaceAll(strings.TrimSpace(s), "\n", " ") }
