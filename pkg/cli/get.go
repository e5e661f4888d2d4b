package cli

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/huashu-cli/huashu/internal/regfile"
	"github.com/huashu-cli/huashu/internal/termsafe"
	"github.com/huashu-cli/huashu/pkg/clip"
	"github.com/huashu-cli/huashu/pkg/config"
	"github.com/huashu-cli/huashu/pkg/history"
	"github.com/huashu-cli/huashu/pkg/index"
	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
	"github.com/huashu-cli/huashu/pkg/render"
)

// GetOptions are the flags and dependencies of "huashu get".
type GetOptions struct {
	IO        *IOStreams
	Index     func() (*index.Index, error)
	Config    func() (*config.Config, error)
	Clipboard func(print bool) (clip.Clipboard, error)
	Platform  func(flag string) (phrase.Platform, error)
	History   func() *history.Store
	Now       func() time.Time

	Code        string
	Print       bool
	JSON        bool
	Vars        []string // k=v
	Part        int      // 1-based; 0 = the whole reply
	PartSet     bool     // --part was given (so 0 is an error, not "whole")
	PlatformArg string
}

// NewCmdGet is "huashu get CODE".
func NewCmdGet(f *Factory, runF func(*GetOptions) error) *cobra.Command {
	o := &GetOptions{
		IO:        f.IO,
		Index:     f.Index,
		Config:    f.Config,
		Clipboard: f.Clipboard,
		Platform:  f.Platform,
		History:   f.History,
		Now:       f.Now,
	}
	cmd := &cobra.Command{
		Use:   "get CODE",
		Short: "Copy the phrase with this exact code",
		Long: `Copy the reply of the phrase whose code is exactly CODE to the clipboard.

A multi-part reply is copied whole, its parts separated by a blank line;
--part N copies only part N. Placeholders take their values from --var, then
the config's vars, then the pack's vars, then the built-ins ({{今天}}, {{明天}},
{{时间}}…), then the placeholder's own default; a placeholder left without a
value is an error that lists the missing names.`,
		Example: `  huashu get hy
  huashu hy                      # the same: a code where a command would be
  huashu get dh --var 订单号=1234 --print
  huashu get fhsj --part 2 --platform jd
  huashu get hy --json`,
		Args: cobra.ExactArgs(1),
		ValidArgsFunction: func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return completeCodes(f, toComplete), cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Code = args[0]
			o.PartSet = cmd.Flags().Changed("part")
			if runF != nil {
				return runF(o)
			}
			return getRun(o)
		},
	}
	fl := cmd.Flags()
	fl.BoolVar(&o.Print, "print", false, "print the reply to stdout instead of copying it")
	fl.BoolVar(&o.JSON, "json", false, "print the phrase as JSON (does not copy)")
	fl.StringArrayVar(&o.Vars, "var", nil, "set a placeholder value, NAME=VALUE (repeatable)")
	fl.IntVar(&o.Part, "part", 0, "copy only part N of a multi-part reply (1-based)")
	fl.StringVar(&o.PlatformArg, "platform", "", "platform to render for: jd, tmall or pdd")
	return cmd
}

func getRun(o *GetOptions) error {
	vars, err := parseVars(o.Vars)
	if err != nil {
		return err
	}
	if strings.TrimSpace(o.Code) == "" {
		return Usage("快捷编码是空的；请写要复制的编码，如 huashu get hy（不知道编码时用 huashu search 关键词）")
	}
	if o.PartSet && o.Part < 1 {
		return Usage("--part %d: 段号从 1 开始", o.Part)
	}
	platform, err := o.Platform(o.PlatformArg)
	if err != nil {
		return err
	}
	cfg, err := o.Config()
	if err != nil {
		return err
	}
	// Through the code table: one phrase decoded, whatever the packs hold.
	type lookup struct {
		found    []*phrase.Phrase
		problems pack.ErrorList
		packVars map[string]map[string]string
		notFound string
	}
	l, err := serve(o.Index, func(idx *index.Index) (lookup, error) {
		l := lookup{problems: idx.Problems(), packVars: idx.PackVars()}
		for _, e := range idx.Lookup(o.Code) {
			l.found = append(l.found, idx.Phrase(e))
		}
		if len(l.found) == 0 {
			l.notFound = notFoundMessage(idx, o.Code)
		}
		return l, nil
	})
	if err != nil {
		return err
	}
	warnProblems(o.IO, l.problems)
	found := l.found
	if len(found) == 0 {
		return NotFound("%s", l.notFound)
	}
	ph := found[0]
	if len(found) > 1 {
		fmt.Fprintf(o.IO.ErrOut, "huashu: 警告：编码 %q 在同一层有 %d 条话术，使用 %s:%d 的一条\n", o.Code, len(found), termsafe.Line(ph.File), ph.Line)
	}
	now := o.Now()
	if !ph.Valid.Contains(now) {
		fmt.Fprintf(o.IO.ErrOut, "huashu: 警告：话术 %q 不在有效期内\n", o.Code)
	}
	if !ph.AppliesTo(platform) {
		fmt.Fprintf(o.IO.ErrOut, "huashu: 警告：话术 %q 不适用于%s\n", o.Code, platform.Label())
	}

	r := render.Phrase(ph, platform, valuesFor(vars, cfg, l.packVars, now)(ph))
	n := len(r.Messages)
	if o.Part > n {
		return Usage("--part %d: 话术 %q 只有 %d 段", o.Part, ph.Code, n)
	}
	if o.JSON {
		j := phraseJSON(ph, platform, r)
		if o.Part != 0 {
			// One part: the message to send is that part, and the JSON
			// says which of how many.
			j.Text, j.Parts = r.Messages[o.Part-1], []string{r.Messages[o.Part-1]}
			j.Part, j.PartsTotal = o.Part, n
		}
		return writeJSON(o.IO.Out, j)
	}
	if len(r.Missing) > 0 {
		return Usage("话术 %q 缺少变量：%s（用 --var %s=… 提供）", ph.Code, termsafe.Line(strings.Join(r.Missing, "、")), termsafe.Line(r.Missing[0]))
	}
	text := r.Text()
	if o.Part != 0 {
		text = r.Messages[o.Part-1]
	}
	var cb clip.Clipboard
	if !o.Print {
		if cb, err = o.Clipboard(false); err != nil {
			return err
		}
	}
	if o.Print || cb.Backend() == "stdout" { // --print, or "clipboard: print" in the config
		if o.IO.OutTTY {
			// A pack may not drive the agent's terminal (DESIGN §7); piped
			// output stays byte for byte.
			text = termsafe.Block(text)
		}
		if _, err := fmt.Fprintln(o.IO.Out, text); err != nil {
			return err
		}
		recordUse(o, ph.Code, now)
		return nil
	}
	via, err := clip.CopyVia(cb, text)
	if err != nil {
		return &ExitError{Code: ExitNotFound, Err: err}
	}
	recordUse(o, ph.Code, now)
	done := "已复制 ✓ "
	if via == clip.ModeOSC52 {
		done = "经终端复制 ✓ " // the terminal never says whether it did
	}
	status := fmt.Sprintf("%s%s（%s）", done, termsafe.Line(ph.Title), ph.Code)
	switch {
	case o.Part != 0:
		status += fmt.Sprintf(" 第 %d/%d 段", o.Part, n)
	case n > 1:
		status += fmt.Sprintf(" 共 %d 段，已合并；用 --part N 逐段复制", n)
	}
	if via == clip.ModeOSC52 {
		status += "；终端不会回执，粘贴前看一眼"
	}
	fmt.Fprintln(o.IO.ErrOut, status)
	return nil
}

// recordUse counts the use for frecency; a history problem never fails the
// copy, it is only reported.
func recordUse(o *GetOptions, code string, now time.Time) {
	if err := o.History().Record(code, now); err != nil {
		fmt.Fprintf(o.IO.ErrOut, "huashu: 警告：无法记录使用次数：%s\n", regfile.Reason(err))
	}
}

func parseVars(kvs []string) (map[string]string, error) {
	vars := map[string]string{}
	for _, kv := range kvs {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || strings.TrimSpace(k) == "" {
			return nil, Usage("--var %q：应写成 名字=值，如 --var 订单号=2026112201", kv)
		}
		vars[strings.TrimSpace(k)] = v
	}
	return vars, nil
}

// warnProblems prints one line per pack problem on stderr: a bad pack never
// stops the others, but it is never silent either.
func warnProblems(io *IOStreams, problems pack.ErrorList) {
	for _, p := range problems {
		fmt.Fprintf(io.ErrOut, "huashu: 警告：%s\n", oneLine(p.Error()))
	}
}

// notFoundMessage names the nearest codes: close in spelling first, then the
// best search hits for the same text.
func notFoundMessage(idx *index.Index, code string) string {
	m := idx.MatcherOnce(nil)
	seen := map[string]bool{}
	var names []string
	for _, ph := range m.NearestCodes(code, 5) {
		seen[ph.Code] = true
		names = append(names, fmt.Sprintf("%s（%s）", ph.Code, termsafe.Line(ph.Title)))
	}
	for _, r := range m.Search(code, 5) {
		if len(names) >= 5 {
			break
		}
		if !seen[r.Phrase.Code] {
			seen[r.Phrase.Code] = true
			names = append(names, fmt.Sprintf("%s（%s）", r.Phrase.Code, termsafe.Line(r.Phrase.Title)))
		}
	}
	msg := fmt.Sprintf("没有编码为 %q 的话术", code)
	if len(names) > 0 {
		msg += "；您是不是要找：" + strings.Join(names, "、")
	}
	return msg
}

// completeCodes offers phrase codes with their titles to shell completion.
func completeCodes(f *Factory, prefix string) []string {
	idx, err := f.Index()
	if err != nil {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	for e := range idx.Len() {
		// A malformed code that is not safe to show is not offered: the
		// shell would insert it raw.
		if code := idx.Code(e); strings.HasPrefix(code, prefix) && !seen[code] && termsafe.Safe(code, termsafe.KeepNone) {
			seen[code] = true
			if ph := idx.Phrase(e); ph != nil {
				out = append(out, ph.Code+"\t"+termsafe.Line(ph.Title)) // the description is shown by the shell
			}
		}
	}
	return out
}
