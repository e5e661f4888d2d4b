package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/huashu-cli/huashu/internal/regfile"
	"github.com/huashu-cli/huashu/pkg/config"
	"github.com/huashu-cli/huashu/pkg/lint"
	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
	"github.com/huashu-cli/huashu/pkg/safefile"
)

// LintOptions are the flags and dependencies of "huashu lint".
type LintOptions struct {
	IO      *IOStreams
	Config  func() (*config.Config, error)
	Sources func() ([]pack.Source, error)
	Getwd   func() (string, error)
	Now     func() time.Time

	Paths       []string
	Format      string
	Strict      bool
	MaxWarnings int // -1: no limit
	ListRules   bool
	Fix         bool
	LintConfig  string // --lint-config: a .huashu-lint.yaml to use instead of searching
	formatSet   bool
	repoDir     string // the directory of the .huashu-lint.yaml found walking up
	lintCfg     *lint.Config
}

// NewCmdLint is "huashu lint [PATH…]".
func NewCmdLint(f *Factory, runF func(*LintOptions) error) *cobra.Command {
	o := &LintOptions{IO: f.IO, Config: f.Config, Sources: f.Sources, Getwd: os.Getwd, Now: f.Now, MaxWarnings: -1}
	cmd := &cobra.Command{
		Use:   "lint [PATH...]",
		Short: "Check packs for broken rules and service-standard problems",
		Long: `Check phrase packs for what must never reach a buyer: broken packs (schema/*),
duplicate codes (code/*), empty, one-character or over-long replies and invisible
characters (text/*), 服务禁语 and the 微笑 emoji (service/*), off-platform contact,
好评返现, 刷单 and 广告法 absolute terms (compliance/*), expired campaigns
(campaign/*) and broken placeholders (vars/*). Every rule is in docs/rules.md.

Without PATH, inside a team pack repository (a .huashu-lint.yaml found by
walking up from the working directory) lint checks that repository: every
pack below the directory holding .huashu-lint.yaml (one in the home directory
is only settings). Elsewhere it checks the
configured team sources, --pack paths and the personal pack; when there are
none, the embedded starter packs. A PATH is a pack file or a directory (every
*.yaml/*.yml below it, hidden entries skipped); a missing PATH or a directory
without packs is a usage error (exit 2).

Settings come from .huashu-lint.yaml, found by walking up from the working
directory (or the config's "lint" path, or --lint-config). Under
GITHUB_ACTIONS=true the format defaults to github.

Exit status: 0 clean, 1 errors (warnings too with --strict, or more warnings
than --max-warnings), 2 usage or config errors.`,
		Example: `  huashu lint packs/
  huashu lint --format sarif packs/ > huashu.sarif
  huashu lint --strict --max-warnings 0 .
  huashu lint --fix packs/售后.yaml
  huashu lint --list-rules`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Paths = args
			o.formatSet = cmd.Flags().Changed("format")
			if runF != nil {
				return runF(o)
			}
			return lintRun(o)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&o.Format, "format", "f", "text", "output format: "+strings.Join(lint.Formats, "|"))
	fl.BoolVar(&o.Strict, "strict", false, "exit 1 on warnings too")
	fl.IntVar(&o.MaxWarnings, "max-warnings", -1, "exit 1 when there are more warnings than this")
	fl.BoolVar(&o.ListRules, "list-rules", false, "list every rule with its default severity and exit")
	fl.BoolVar(&o.Fix, "fix", false, "apply the safe fixes in place, then lint again")
	fl.StringVar(&o.LintConfig, "lint-config", "", "use this .huashu-lint.yaml instead of searching for one")
	return cmd
}

func lintRun(o *LintOptions) error {
	if !o.formatSet && o.IO.Getenv != nil && o.IO.Getenv("GITHUB_ACTIONS") == "true" {
		o.Format = "github"
	}
	valid := false
	for _, f := range lint.Formats {
		valid = valid || f == o.Format
	}
	if !valid {
		return Usage("--format：未知格式 %q（可用：%s）", o.Format, strings.Join(lint.Formats, "、"))
	}
	if o.ListRules {
		return listRules(o)
	}
	lcfg, err := o.lintConfig()
	if err != nil {
		return err
	}
	o.lintCfg = lcfg
	now := time.Now()
	if o.Now != nil {
		now = o.Now()
	}
	linter, err := lint.New(lint.Options{Config: lcfg, Now: now})
	if err != nil {
		return Usage("%v", err)
	}
	inputs, err := o.inputs()
	if err != nil {
		return err
	}
	res := linter.Lint(inputs)
	if o.Fix {
		fixed, err := applyFixes(res, inputs)
		if err != nil {
			return err
		}
		if fixed > 0 {
			if inputs, err = o.inputs(); err != nil {
				return err
			}
			res = linter.Lint(inputs)
			res.Summary.Fixed = fixed
		}
	}
	if err := lint.Write(o.IO.Out, o.Format, res); err != nil {
		return err
	}
	s := res.Summary
	switch {
	case s.Errors > 0:
		return Silent(ExitNotFound)
	case o.MaxWarnings >= 0 && s.Warnings > o.MaxWarnings:
		fmt.Fprintf(o.IO.ErrOut, "警告 %d 个，超过 --max-warnings %d\n", s.Warnings, o.MaxWarnings)
		return Silent(ExitNotFound)
	case o.Strict && s.Warnings > 0:
		fmt.Fprintf(o.IO.ErrOut, "警告 %d 个，--strict 时警告也算失败\n", s.Warnings)
		return Silent(ExitNotFound)
	}
	return nil
}

func listRules(o *LintOptions) error {
	rules := lint.Rules()
	if o.Format == "json" {
		type jr struct {
			ID       string `json:"id"`
			Severity string `json:"severity"`
			Fixable  bool   `json:"fixable"`
			Summary  string `json:"summary"`
			URL      string `json:"url"`
		}
		var out []jr
		for _, r := range rules {
			out = append(out, jr{r.ID, r.Severity.String(), r.Fixable, r.Summary, lint.RuleURL(r.ID)})
		}
		return writeJSON(o.IO.Out, out)
	}
	var t table
	t.add("规则", "级别", "自动修复", "说明")
	for _, r := range rules {
		fix := ""
		if r.Fixable {
			fix = "--fix"
		}
		t.add(r.ID, r.Severity.String(), fix, r.Summary)
	}
	return t.write(o.IO.Out)
}

// lintConfig finds .huashu-lint.yaml: --lint-config, else the config's lint
// path, else the first one walking up from the working directory.
func (o *LintOptions) lintConfig() (*lint.Config, error) {
	file := o.LintConfig
	if file == "" && o.Config != nil {
		cfg, err := o.Config()
		if err != nil {
			return nil, err
		}
		if cfg != nil && cfg.Lint != "" {
			file = cfg.Lint
		}
	}
	if file == "" {
		wd, err := o.Getwd()
		if err != nil {
			return nil, Usage("无法确定当前目录，找不到 lint 配置文件：%s", regfile.Reason(err))
		}
		if file, err = lint.FindConfig(wd); err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				return nil, Usage("%s：无法查看 lint 配置文件：%s", pe.Path, regfile.Reason(err))
			}
			return nil, Usage("无法查找 lint 配置文件：%s", regfile.Reason(err))
		}
		if file == "" {
			return nil, nil
		}
		// The directory holding it is a team pack repository — unless it is
		// the home directory or the root (a personal ~/.huashu-lint.yaml must
		// not make "huashu lint" walk the whole home directory).
		if dir := filepath.Dir(file); !isHomeOrRoot(dir) {
			o.repoDir = dir
		}
	}
	c, err := lint.LoadConfig(file)
	if err != nil {
		var ce *lint.ConfigError
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return nil, Usage("%s：lint 配置文件不存在", file)
		case errors.As(err, &ce):
			return nil, Usage("%v", err)
		}
		return nil, Usage("%s：无法读取 lint 配置文件：%s", file, regfile.Reason(err))
	}
	return c, nil
}

// inputs reads the files to lint: the PATHs, else the configured sources
// (team, --pack, personal), else the embedded packs.
func (o *LintOptions) inputs() ([]lint.Input, error) {
	var srcs []pack.Source
	paths := o.Paths
	if len(paths) == 0 && o.repoDir != "" {
		// Inside a team pack repository: lint the repository, not the
		// configured sources or the embedded packs.
		dir := o.repoDir
		if wd, err := o.Getwd(); err == nil {
			if rel, err := filepath.Rel(wd, dir); err == nil && !strings.HasPrefix(rel, "..") {
				dir = rel // relative names in the report, like a PATH given by hand
			}
		}
		paths = []string{dir}
	}
	if len(paths) > 0 {
		for _, p := range paths {
			if _, err := os.Stat(p); err != nil {
				if errors.Is(err, fs.ErrNotExist) {
					return nil, Usage("%s：文件不存在", p)
				}
				return nil, Usage("%s：无法读取（%v）", p, err)
			}
			srcs = append(srcs, pack.Source{Name: p, Layer: phrase.LayerFlag, Path: p})
		}
	} else {
		all, err := o.Sources()
		if err != nil {
			return nil, err
		}
		var embedded []pack.Source
		for _, s := range all {
			if s.FS != nil {
				embedded = append(embedded, s)
			} else {
				srcs = append(srcs, s)
			}
		}
		if len(srcs) == 0 {
			srcs = embedded
		}
		if len(srcs) == 0 {
			return nil, Usage("没有可检查的话术包：没给 PATH，没有配置话术源，内置话术包也关掉了")
		}
	}
	var inputs []lint.Input
	for _, s := range srcs {
		// The loader's own choice of files: lint checks what agents get.
		files, refused, err := pack.ListFiles(s)
		if err != nil {
			return nil, Usage("%s：%v", s.Path, err)
		}
		before := len(inputs)
		// A file that is not read (a FIFO, a link out of the repository, an
		// unreadable directory) is a problem in the report; the rest are
		// still linted.
		for _, p := range refused {
			inputs = append(inputs, lint.Input{File: p.File, Layer: s.Layer, Unread: pack.ErrorList{p}})
		}
		for _, f := range files {
			name := f.Name
			if s.FS != nil {
				name = "embedded:" + f.Name
			}
			data, perr := pack.ReadSourceFile(s, f)
			if perr != nil {
				perr.File = name
				inputs = append(inputs, lint.Input{File: name, Layer: s.Layer, Unread: pack.ErrorList{perr}})
				continue
			}
			// A file found in a directory is checked when it is a pack
			// (or the team's include globs say so); a named file always.
			if f.Name != s.Path && !o.lintCfg.Selects(f.Name, data) {
				continue
			}
			inputs = append(inputs, lint.Input{File: name, Data: data, Layer: s.Layer})
		}
		if len(inputs) == before && s.FS == nil && s.Layer == phrase.LayerFlag {
			return nil, Usage("没有找到话术包（顶层有 pack: 或 phrases: 的 *.yaml / *.yml）：%s", s.Path)
		}
	}
	return inputs, nil
}

// applyFixes writes the safe fixes into the files on disk (atomically,
// keeping the mode); every byte outside a fixed span stays as it was.
func applyFixes(res *lint.Result, inputs []lint.Input) (int, error) {
	fixes := lint.Fixes(res.Problems)
	total := 0
	for _, in := range inputs {
		edits := fixes[in.File]
		if len(edits) == 0 || strings.HasPrefix(in.File, "embedded:") {
			continue
		}
		out, n := lint.ApplyEdits(in.Data, edits)
		if n == 0 {
			continue
		}
		// safefile writes through a symlinked pack to its target.
		if err := safefile.Write(in.File, out, 0o644, ""); err != nil {
			return total, &ExitError{Code: ExitUsage, Err: fmt.Errorf("%s：--fix 写入失败：%s", in.File, regfile.Reason(err))}
		}
		total += n
	}
	return total, nil
}

func isHomeOrRoot(dir string) bool {
	if filepath.Dir(dir) == dir {
		return true
	}
	home, err := os.UserHomeDir()
	if err != nil || home == "" {
		return false
	}
	a, err1 := filepath.EvalSymlinks(dir)
	b, err2 := filepath.EvalSymlinks(home)
	return err1 == nil && err2 == nil && a == b
}
