package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/huashu-cli/huashu/internal/termsafe"
	"github.com/huashu-cli/huashu/pkg/config"
	"github.com/huashu-cli/huashu/pkg/source"
)

// sourceManager builds the manager for the config file in use (--config,
// HUASHU_CONFIG or the default).
func sourceManager(f *Factory) func() (*source.Manager, error) {
	return func() (*source.Manager, error) {
		cfg, err := f.Config()
		if err != nil {
			return nil, err
		}
		return sourceManagerFor(f, cfg), nil
	}
}

// sourceManagerFor is the manager of cfg's sources.
func sourceManagerFor(f *Factory, cfg *config.Config) *source.Manager {
	return &source.Manager{Paths: f.Paths, ConfigFile: cfg.File, Now: f.Now}
}

// sourceError maps the source package's errors to exit codes: a mistake in
// the request is a usage error (2); an unknown source name (like get of an
// unknown code) and anything that failed is 1.
func sourceError(err error) error {
	if err == nil {
		return nil
	}
	var ue *source.UsageError
	var ee *ExitError
	switch {
	case errors.As(err, &ee):
		return err
	case errors.As(err, &ue):
		return &ExitError{Code: ExitUsage, Err: err}
	}
	return &ExitError{Code: ExitNotFound, Err: err}
}

func commandContext(cmd *cobra.Command) context.Context {
	if ctx := cmd.Context(); ctx != nil {
		return ctx
	}
	return context.Background()
}

// interruptible runs fn with a context that ctrl+c or SIGTERM (kill, a
// service manager, a closing terminal session) cancels instead of killing
// huashu, so a clone or update stopped halfway still removes its temporary
// directory and its lock (a lock left behind blocks every pack command for
// LockStale).
func interruptible(cmd *cobra.Command, fn func(ctx context.Context) error) error {
	ctx, stop := signal.NotifyContext(commandContext(cmd), stopSignals...)
	defer stop()
	return fn(ctx)
}

// stopSignals are the signals that cancel a pack command.
var stopSignals = []os.Signal{os.Interrupt, syscall.SIGTERM}

// NewCmdPack is "huashu pack add|update|list|remove".
func NewCmdPack(f *Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "pack",
		Short: "Manage team pack sources in git",
		Long: `Team packs (团队话术) live in a git repository the team lead maintains.
"huashu pack add" clones it into the data directory and records it in the
config; "huashu pack update" pulls new commits fast-forward only and says which
phrases were added, changed or removed. huashu never writes into a team
checkout: local changes or a diverged history are reported, not overwritten.

Layers, lowest first: built-in packs, team sources (in config order), --pack,
your personal pack (huashu add). See docs/team-packs.md.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return Usage("pack 需要子命令：add、update、list 或 remove（用法见 huashu pack --help）")
		},
	}
	cmd.AddCommand(
		NewCmdPackAdd(f, nil),
		NewCmdPackUpdate(f, nil),
		NewCmdPackList(f, nil),
		NewCmdPackRemove(f, nil),
	)
	return cmd
}

// PackAddOptions are the flags of "huashu pack add".
type PackAddOptions struct {
	IO      *IOStreams
	Manager func() (*source.Manager, error)
	Context context.Context

	Arg  string
	Name string
	Link bool
}

// NewCmdPackAdd is "huashu pack add URL|PATH".
func NewCmdPackAdd(f *Factory, runF func(*PackAddOptions) error) *cobra.Command {
	o := &PackAddOptions{IO: f.IO, Manager: sourceManager(f)}
	cmd := &cobra.Command{
		Use:   "add URL|PATH",
		Short: "Add a team pack source: clone a git repository, or link a directory",
		Long: `Clone the team's pack repository into the data directory with the system
git and record it in the config. The name defaults to the repository's base
name (without .git).

A local git repository (a working copy or a bare repository) is cloned too, so
updates come through "huashu pack update" like any other. A local directory
that is not a git repository, a single pack file, or any path given with
--link is recorded as it is and read in place: huashu never clones, updates or
deletes it.`,
		Example: `  huashu pack add https://git.example.com/kefu/huashu-packs.git
  huashu pack add git@git.example.com:kefu/售前.git --name 售前
  huashu pack add /mnt/share/话术 --name 共享盘
  huashu pack add ~/packs/team-huashu --link`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Arg = args[0]
			return interruptible(cmd, func(ctx context.Context) error {
				o.Context = ctx
				if runF != nil {
					return runF(o)
				}
				return packAddRun(o)
			})
		},
	}
	cmd.Flags().StringVar(&o.Name, "name", "", "name of the source (default: the repository's base name)")
	cmd.Flags().BoolVar(&o.Link, "link", false, "record a local path as it is instead of cloning it")
	return cmd
}

func packAddRun(o *PackAddOptions) error {
	m, err := o.Manager()
	if err != nil {
		return err
	}
	r, err := m.Add(ctxOrBackground(o.Context), source.AddRequest{Arg: o.Arg, Name: o.Name, Link: o.Link})
	if err != nil {
		return sourceError(err)
	}
	w := o.IO.Out
	if r.Source.URL != "" {
		fmt.Fprintf(w, "已添加团队话术源 %s（%s）\n", termsafe.Line(r.Source.Name), termsafe.Line(source.Redact(r.Source.URL)))
		fmt.Fprintf(w, "  检出目录 %s，提交 %s\n", termsafe.Line(r.Dir), source.Short(r.Commit))
	} else {
		fmt.Fprintf(w, "已添加团队话术源 %s（本地路径 %s，直接读取，不克隆）\n", termsafe.Line(r.Source.Name), termsafe.Line(r.Source.Path))
	}
	fmt.Fprintf(w, "  %d 个话术包，%d 条话术\n", r.Packs, r.Phrases)
	if r.Packs == 0 && len(r.Problems) == 0 {
		fmt.Fprintf(o.IO.ErrOut, "huashu: 警告：%s 里没有找到话术包文件（*.yaml、*.yml）\n", termsafe.Line(r.Dir))
	}
	for _, p := range r.Problems {
		fmt.Fprintf(o.IO.ErrOut, "huashu: 警告：%s\n", oneLine(p.Error()))
	}
	return nil
}

func ctxOrBackground(ctx context.Context) context.Context {
	if ctx == nil {
		return context.Background()
	}
	return ctx
}

// PackUpdateOptions are the arguments of "huashu pack update".
type PackUpdateOptions struct {
	IO      *IOStreams
	Manager func() (*source.Manager, error)
	Context context.Context
	Reindex func() // the serving index, rebuilt after an update

	Names []string
}

// NewCmdPackUpdate is "huashu pack update [NAME…]".
func NewCmdPackUpdate(f *Factory, runF func(*PackUpdateOptions) error) *cobra.Command {
	o := &PackUpdateOptions{IO: f.IO, Manager: sourceManager(f), Reindex: f.Reindex}
	cmd := &cobra.Command{
		Use:   "update [NAME…]",
		Short: "Pull new commits of team sources, fast-forward only, and show what changed",
		Long: `Fetch every git source (or the named ones) and fast-forward it to the new
commit, then list per pack the phrase codes added, changed and removed.

Before it moves, huashu reads every pack file of the new commit; if one of
them fails to load, the checkout stays on the old commit, which keeps being
served, and the update says which file is broken. A checkout with local
changes, unpushed commits or a diverged history is reported and left alone.
A git source written into the config by hand that has no checkout yet is
cloned (the same way "pack add" clones).

Exit status is 1 when a source could not be updated.`,
		Example: `  huashu pack update
  huashu pack update 售前`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Names = args
			return interruptible(cmd, func(ctx context.Context) error {
				o.Context = ctx
				if runF != nil {
					return runF(o)
				}
				return packUpdateRun(o)
			})
		},
		ValidArgsFunction: completeSourceNames(f),
	}
	return cmd
}

func packUpdateRun(o *PackUpdateOptions) error {
	m, err := o.Manager()
	if err != nil {
		return err
	}
	results, err := m.Update(ctxOrBackground(o.Context), o.Names)
	if err != nil {
		return sourceError(err)
	}
	if len(results) == 0 {
		fmt.Fprintln(o.IO.Out, "还没有团队话术源；用 huashu pack add URL 添加")
		return nil
	}
	failed := false
	for _, r := range results {
		writeUpdate(o.IO.Out, o.IO.ErrOut, r)
		failed = failed || r.Outcome == source.Failed
	}
	if o.Reindex != nil {
		o.Reindex() // what changed is parsed now, not by the agent's next start
	}
	if failed {
		return Silent(ExitNotFound)
	}
	return nil
}

func writeUpdate(w, errw io.Writer, r source.UpdateResult) {
	name := termsafe.Line(r.Source.Name) // written into the config by hand, maybe
	switch r.Outcome {
	case source.UpToDate:
		fmt.Fprintf(w, "%s: 已是最新（%s）\n", name, source.Short(r.Old))
	case source.Skipped:
		fmt.Fprintf(w, "%s: 本地路径，直接读取，无需更新\n", name)
	case source.Failed:
		fmt.Fprintf(errw, "huashu: %s: %s\n", name, oneLine(r.Err.Error()))
		if len(r.Problems) > 1 { // the first is in the line above
			for _, p := range r.Problems {
				fmt.Fprintf(errw, "huashu:   %s\n", oneLine(p.Error()))
			}
		}
	case source.Cloned:
		fmt.Fprintf(w, "%s: 已克隆 %s，提交 %s\n", name, termsafe.Line(source.Redact(r.Source.URL)), source.Short(r.New))
		fmt.Fprintf(w, "  %d 个话术包，%d 条话术\n", r.Packs, r.Phrases)
		for _, p := range r.Problems {
			fmt.Fprintf(errw, "huashu: 警告：%s\n", oneLine(p.Error()))
		}
	case source.Updated:
		fmt.Fprintf(w, "%s: %s → %s\n", name, source.Short(r.Old), source.Short(r.New))
		if len(r.Changes) == 0 {
			fmt.Fprintln(w, "  话术没有变化")
		}
		for _, c := range r.Changes {
			fmt.Fprintf(w, "  %s\n", changeLine(c))
		}
	}
}

// changeLine is "团队话术: 新增 2 条 (tk2, hy3)，修改 1 条 (fhsj)，删除 0 条".
func changeLine(c source.Change) string {
	part := func(label string, codes []string) string {
		s := fmt.Sprintf("%s %d 条", label, len(codes))
		if len(codes) > 0 {
			s += " (" + termsafe.Line(strings.Join(codes, ", ")) + ")"
		}
		return s
	}
	return termsafe.Line(c.Pack) + ": " + part("新增", c.Added) + "，" + part("修改", c.Changed) + "，" + part("删除", c.Removed)
}

// PackListOptions are the flags of "huashu pack list".
type PackListOptions struct {
	IO      *IOStreams
	Manager func() (*source.Manager, error)
	Context context.Context

	JSON bool
}

// NewCmdPackList is "huashu pack list".
func NewCmdPackList(f *Factory, runF func(*PackListOptions) error) *cobra.Command {
	o := &PackListOptions{IO: f.IO, Manager: sourceManager(f)}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List team sources: name, source, commit, phrase count, last update, state",
		Long: `List the team sources in the config, lowest layer first, with the checked-out
commit, the number of phrases, when the checkout last fetched (the clone or
the last "pack update") and its state. It does not touch the network: "有更新可拉取"
means the last fetch brought commits that were not applied.

--json prints an array of objects: name, url (credentials hidden), path, dir, commit, commit_time,
updated, state (clean, behind, ahead, diverged, local-changes, not-cloned,
wrong-remote, missing, not-git, error, directory), detail, packs, phrases, problems.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Context = commandContext(cmd)
			if runF != nil {
				return runF(o)
			}
			return packListRun(o)
		},
	}
	cmd.Flags().BoolVar(&o.JSON, "json", false, "print the sources as JSON")
	return cmd
}

type sourceJSON struct {
	Name       string     `json:"name"`
	URL        string     `json:"url,omitempty"`
	Path       string     `json:"path,omitempty"`
	Dir        string     `json:"dir"`
	Commit     string     `json:"commit,omitempty"`
	CommitTime *time.Time `json:"commit_time,omitempty"`
	Updated    *time.Time `json:"updated,omitempty"`
	State      string     `json:"state"`
	Detail     string     `json:"detail,omitempty"`
	Packs      int        `json:"packs"`
	Phrases    int        `json:"phrases"`
	Problems   int        `json:"problems"`
}

func timePtr(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

func packListRun(o *PackListOptions) error {
	m, err := o.Manager()
	if err != nil {
		return err
	}
	infos, err := m.List(ctxOrBackground(o.Context))
	if err != nil {
		return sourceError(err)
	}
	if o.JSON {
		out := []sourceJSON{}
		for _, in := range infos {
			out = append(out, sourceJSON{Name: in.Name, URL: source.Redact(in.URL), Path: in.Path, Dir: in.Dir, Commit: in.Commit,
				CommitTime: timePtr(in.CommitTime), Updated: timePtr(in.Updated), State: string(in.State),
				Detail: in.Detail, Packs: in.Packs, Phrases: in.Phrases, Problems: in.Problems})
		}
		return writeJSON(o.IO.Out, out)
	}
	w := o.IO.Out
	if len(infos) == 0 {
		fmt.Fprintln(w, "还没有团队话术源；用 huashu pack add URL 添加")
		return nil
	}
	for i, in := range infos {
		if i > 0 {
			fmt.Fprintln(w)
		}
		from := source.Redact(in.URL)
		if from == "" {
			from = in.Path + "（本地路径）"
		}
		fmt.Fprintf(w, "%s  %s\n", termsafe.Line(in.Name), termsafe.Line(from))
		var facts []string
		if in.Commit != "" {
			facts = append(facts, "提交 "+source.Short(in.Commit)+"（"+in.CommitTime.Local().Format("2006-01-02 15:04")+"）")
		}
		facts = append(facts, fmt.Sprintf("%d 个话术包，%d 条话术", in.Packs, in.Phrases))
		if !in.Updated.IsZero() {
			facts = append(facts, "更新于 "+in.Updated.Local().Format("2006-01-02 15:04"))
		}
		state := in.State.Label()
		if in.Detail != "" {
			state += "（" + in.Detail + "）"
		}
		if in.State == source.StateNotCloned {
			state += "；" + source.NotClonedHint
		}
		if in.State == source.StateWrongRemote {
			state += "；用 huashu pack remove " + in.Name + " 后重新添加"
		}
		facts = append(facts, "状态："+state)
		if in.Problems > 0 {
			facts = append(facts, fmt.Sprintf("%d 处加载问题（huashu doctor 查看）", in.Problems))
		}
		fmt.Fprintf(w, "  %s\n", termsafe.Line(strings.Join(facts, "，")))
	}
	return nil
}

// PackRemoveOptions are the arguments of "huashu pack remove".
type PackRemoveOptions struct {
	IO      *IOStreams
	Manager func() (*source.Manager, error)
	Context context.Context

	Name  string
	Force bool
}

// NewCmdPackRemove is "huashu pack remove NAME".
func NewCmdPackRemove(f *Factory, runF func(*PackRemoveOptions) error) *cobra.Command {
	o := &PackRemoveOptions{IO: f.IO, Manager: sourceManager(f)}
	cmd := &cobra.Command{
		Use:     "remove NAME",
		Aliases: []string{"rm"},
		Short:   "Remove a team source: its config entry and its checkout",
		Long: `Remove the source from the config and delete its checkout in the data
directory. A source added as a local path is only taken out of the config; its
directory is left alone.

A checkout with local changes, or with commits that are not on the remote, is
not deleted: the command says which and exits 2; --force deletes it anyway.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Name = args[0]
			o.Context = commandContext(cmd)
			if runF != nil {
				return runF(o)
			}
			return packRemoveRun(o)
		},
		ValidArgsFunction: completeSourceNames(f),
	}
	cmd.Flags().BoolVar(&o.Force, "force", false, "delete the checkout even with local changes or unpushed commits")
	return cmd
}

func packRemoveRun(o *PackRemoveOptions) error {
	m, err := o.Manager()
	if err != nil {
		return err
	}
	r, err := m.Remove(ctxOrBackground(o.Context), o.Name, o.Force)
	if err != nil {
		return sourceError(err)
	}
	var msg string
	switch {
	case r.Deleted != "":
		msg = fmt.Sprintf("已移除团队话术源 %s，删除了检出目录 %s\n", termsafe.Line(r.Source.Name), termsafe.Line(r.Deleted))
	case r.Source.Path != "":
		msg = fmt.Sprintf("已移除团队话术源 %s（本地路径 %s 保留不动）\n", termsafe.Line(r.Source.Name), termsafe.Line(r.Source.Path))
	default:
		msg = fmt.Sprintf("已移除团队话术源 %s\n", termsafe.Line(r.Source.Name))
	}
	_, err = io.WriteString(o.IO.Out, msg)
	return err
}

// completeSourceNames offers the configured source names.
func completeSourceNames(f *Factory) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		cfg, err := f.Config()
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		var out []string
		for _, s := range cfg.Sources {
			if strings.HasPrefix(s.Name, toComplete) && termsafe.Safe(s.Name, termsafe.KeepNone) {
				out = append(out, s.Name) // a name that is not safe to show cannot be typed either
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}
