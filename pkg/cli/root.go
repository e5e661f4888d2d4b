// Package cli holds huashu's cobra commands. Each command lives in its own
// file as an Options struct (parsed flags plus dependencies), a NewCmdX
// constructor that only parses, and an xRun function that does the work, so
// tests call xRun with test streams and a fake clipboard.
package cli

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/huashu-cli/huashu/internal/termsafe"
)

// Main runs huashu with args and returns the exit code. Errors are printed
// here, once, as one line on stderr.
func Main(args []string, io *IOStreams) int {
	f := NewFactory(io)
	getenv := io.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	if backgroundBuilds(getenv) {
		f.Spawn = spawnDetached
	}
	return Run(args, f)
}

// Run is Main with a prepared factory (tests fix the clock and paths).
func Run(args []string, f *Factory) int {
	io := f.IO
	io.Guard()
	defer io.Flush()
	root := NewCmdRoot(f)
	root.SetArgs(rewriteCodeShortcut(root, args))
	cmd, err := root.ExecuteC()
	var ee *ExitError
	if err != nil && !errors.As(err, &ee) {
		// cobra's own argument checks (accepts 1 arg(s)…, unknown command):
		// in Chinese, with where to read the usage.
		if cmd == nil {
			cmd = root
		}
		err = &ExitError{Code: ExitUsage, Err: errors.New(seeHelp(cobraChinese(err.Error()), cmd.CommandPath()))}
	}
	if err != nil {
		var ee *ExitError
		if !errors.As(err, &ee) || ee.Err != nil {
			fmt.Fprintf(io.ErrOut, "huashu: %s\n", oneLine(err.Error()))
		}
	}
	// The answer is out before a deferred index build starts (the build,
	// in its own process, never holds stdout open).
	io.Flush()
	f.StartDeferredBuild()
	return ExitCode(err)
}

// oneLine is a message on one line, safe for the terminal: its own line
// breaks become spaces, any control or invisible character that came with a
// file name, a pack or a flag value is shown as a symbol (termsafe.Line).
func oneLine(s string) string {
	s = strings.TrimSpace(s)
	return termsafe.Line(strings.ReplaceAll(s, "\n", " "))
}

// NewCmdRoot builds the command tree.
func NewCmdRoot(f *Factory) *cobra.Command {
	pickOpts := newPickOptions(f)
	root := &cobra.Command{
		Use:   "huashu",
		Short: "Quick replies for e-commerce customer service (话术)",
		Long: `huashu (话术) finds the right customer-service reply by shortcut code, pinyin
or Chinese and puts it on the clipboard, ready to paste into 咚咚, 千牛 or the
拼多多 workbench.

Run without a command to open the picker. "huashu CODE" copies the phrase with
that code, like "huashu get CODE".`,
		Version:       currentBuild().String(),
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return pickRun(pickOpts)
		},
	}
	// "huashu CODE" is get's shortcut, so codes complete beside the commands.
	root.ValidArgsFunction = func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		if len(args) > 0 || toComplete == "" {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		return completeCodes(f, toComplete), cobra.ShellCompDirectiveNoFileComp
	}
	// --version prints the same line as "huashu version" (cobra's default
	// template would prefix "huashu version ").
	root.SetVersionTemplate("{{.Version}}\n")
	root.SetOut(f.IO.Out)
	root.SetErr(f.IO.ErrOut)
	root.SetIn(f.IO.In)
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return &ExitError{Code: ExitUsage, Err: errors.New(seeHelp(cobraChinese(err.Error()), cmd.CommandPath()))}
	})

	pf := root.PersistentFlags()
	pf.StringArrayVar(&f.Global.PackPaths, "pack", nil, "load a pack file or directory as the highest team layer (repeatable)")
	pf.BoolVar(&f.Global.NoEmbedded, "no-embedded", false, "do not load the built-in starter packs")
	pf.StringVar(&f.Global.ConfigFile, "config", "", "config file (default $HUASHU_CONFIG or $XDG_CONFIG_HOME/huashu/config.yaml)")
	addPickFlags(root, pickOpts)

	root.AddCommand(
		NewCmdPick(f, nil),
		NewCmdGet(f, nil),
		NewCmdSearch(f, nil),
		NewCmdList(f, nil),
		NewCmdLint(f, nil),
		NewCmdInit(f, nil),
		NewCmdPack(f),
		NewCmdAdd(f, nil),
		NewCmdImport(f, nil),
		NewCmdExport(f, nil),
		NewCmdDoctor(f, nil),
		NewCmdVersion(f),
		NewCmdBuildIndex(f),
	)
	root.CompletionOptions.HiddenDefaultCmd = false
	strictHelpAndCompletion(root)
	registerValueCompletions(root)
	getenv := f.IO.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	if helpInChinese(getenv, uiLanguageChinese) {
		localizeHelp(root)
	}
	return root
}

// valueFlags are the persistent flags that take a value as the next argument
// (needed to find the first positional argument).
var valueFlags = map[string]bool{"--pack": true, "--config": true, "-q": true, "--query": true,
	"--platform": true, "--group": true, "--var": true}

// rewriteCodeShortcut turns "huashu CODE …" into "huashu get CODE …" when
// CODE is not a command name, so agents type the least.
func rewriteCodeShortcut(root *cobra.Command, args []string) []string {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return args
		}
		if strings.HasPrefix(a, "-") {
			if valueFlags[a] {
				i++
			}
			continue
		}
		for _, c := range root.Commands() {
			if c.Name() == a || c.HasAlias(a) {
				return args
			}
		}
		switch a {
		case "help", "completion", cobra.ShellCompRequestCmd, cobra.ShellCompNoDescRequestCmd:
			return args
		}
		out := append([]string{}, args[:i]...)
		out = append(out, "get")
		return append(out, args[i:]...)
	}
	return args
}

// strictHelpAndCompletion makes "huashu help TOPIC" and "huashu completion
// SHELL" refuse what they do not know, as a usage error (exit 2) in one
// line, like every other command; cobra's defaults print the help and exit 0.
func strictHelpAndCompletion(root *cobra.Command) {
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		switch c.Name() {
		case "help":
			c.RunE = func(c *cobra.Command, args []string) error {
				cmd, rest, err := c.Root().Find(args)
				if cmd == nil || err != nil || len(rest) > 0 {
					return Usage("没有 %q 这个命令（huashu help 列出全部命令）", strings.Join(args, " "))
				}
				cmd.InitDefaultHelpFlag()
				cmd.InitDefaultVersionFlag()
				return cmd.Help()
			}
			c.Run = nil
		case "completion":
			var shells []string
			for _, s := range c.Commands() {
				shells = append(shells, s.Name())
			}
			order := map[string]int{"bash": 0, "zsh": 1, "fish": 2, "powershell": 3}
			slices.SortStableFunc(shells, func(a, b string) int { return order[a] - order[b] })
			c.Args = cobra.ArbitraryArgs
			c.RunE = func(c *cobra.Command, args []string) error {
				if len(args) == 0 {
					return c.Help()
				}
				return Usage("不支持的 shell %q（可用：%s）", args[0], strings.Join(shells, "、"))
			}
		}
	}
}
