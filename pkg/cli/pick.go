package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/spf13/cobra"

	"github.com/huashu-cli/huashu/pkg/clip"
	"github.com/huashu-cli/huashu/pkg/config"
	"github.com/huashu-cli/huashu/pkg/history"
	"github.com/huashu-cli/huashu/pkg/phrase"
	"github.com/huashu-cli/huashu/pkg/source"
	"github.com/huashu-cli/huashu/pkg/tui"
)

// PickOptions are the picker's flags and dependencies (DESIGN §7).
type PickOptions struct {
	IO       *IOStreams
	Config   func() (*config.Config, error)
	Platform func(flag string) (phrase.Platform, error)
	// Library loads the packs and keeps them current (library.Refresh).
	Library func(flagVars map[string]string) *library
	// Clipboard is the configured clipboard; OSC 52 goes to term.
	Clipboard     func(term io.Writer) (clip.Clipboard, error)
	ReadClipboard func() (string, error)
	History       func() *history.Store
	Pins          func() *history.Pins
	Sources       func() (*source.Manager, error)
	Now           func() time.Time

	Query       string
	PlatformArg string
	Group       string
	Vars        []string // --var NAME=VALUE
	Once        bool
	Print       bool
}

// newPickOptions wires the picker to the factory.
func newPickOptions(f *Factory) *PickOptions {
	return &PickOptions{
		IO:            f.IO,
		Config:        f.Config,
		Platform:      f.Platform,
		Library:       func(vars map[string]string) *library { return newLibrary(f, vars) },
		Clipboard:     f.ClipboardOn,
		ReadClipboard: clip.Read,
		History:       f.History,
		Pins:          f.Pins,
		Sources:       sourceManager(f),
		Now:           f.Now,
	}
}

func addPickFlags(cmd *cobra.Command, o *PickOptions) {
	fl := cmd.Flags()
	fl.StringVarP(&o.Query, "query", "q", "", "start with this query")
	fl.StringVar(&o.PlatformArg, "platform", "", "platform to render for: jd, tmall or pdd")
	fl.StringVar(&o.Group, "group", "", "start in this group")
	fl.StringArrayVar(&o.Vars, "var", nil, "set a placeholder value, NAME=VALUE (repeatable; prefilled in the form)")
	fl.BoolVar(&o.Once, "once", false, "exit after one copy")
	fl.BoolVar(&o.Print, "print", false, "print the reply to stdout instead of copying it")
}

// pickLong is the picker's --help text, shared by "huashu" and "huashu pick".
const pickLong = `Open the picker: type a code, pinyin or Chinese, press Enter, and the reply
is on the clipboard. The picker stays open for the next chat: the query is
cleared and the group goes back to 全部 (picker.keep_group: true in the
config keeps it); --once exits after one copy.

A multi-part reply is copied one part per Enter on the same row, and the
status line says which part comes next; typing starts a new search. Rows
are numbered: alt+1 … alt+9 copy the n-th visible row. When a reply has a
placeholder without a value, or with only its own default ({{尺码|M}}), a
form shows every placeholder before the copy, prefilled (--var, the
config's vars, the pack's vars, the built-ins, the default) and editable;
{{剪贴板}} takes what is on the clipboard.

The packs are watched: a change on disk (huashu add, pack update, an
editor) is reloaded in the background, and every copy checks the disk
first. picker.auto_update in the config runs pack update in the background
when the picker starts.

--print chooses one reply and prints it (all parts, separated by a blank line)
to stdout after the picker closes, instead of copying it; quitting without a
choice exits 1. ctrl+c exits 130. The picker needs a terminal on stdin and
stdout; scripts use "huashu get CODE --print" or "huashu search QUERY".

Keys: ↑/↓ ctrl+p/ctrl+n ctrl+k/ctrl+j move, PgUp/PgDn page, Enter copy (the
next part), alt+1…alt+9 copy row n, Tab/shift+Tab group, ctrl+t platform,
ctrl+g pin (pinned replies lead the list), ctrl+o warnings, ? help (when the
input is empty), Esc clear then quit, ctrl+c quit.`

// NewCmdPick is "huashu pick", the same as "huashu" alone.
func NewCmdPick(f *Factory, runF func(*PickOptions) error) *cobra.Command {
	o := newPickOptions(f)
	cmd := &cobra.Command{
		Use:   "pick",
		Short: "Open the picker (the default command)",
		Long:  pickLong,
		Example: `  huashu
  huashu -q 退款 --platform tmall
  huashu pick --group 售后 --once
  huashu --var 尺码=L           # prefilled in the form
  huashu --print -q 退款         # choose, then the reply is printed in the terminal`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(o)
			}
			return pickRun(o)
		},
	}
	addPickFlags(cmd, o)
	return cmd
}

// noTerminal is the one line a script gets instead of a picker.
const noTerminal = "选择器需要终端；脚本里请用 huashu get 编码 或 huashu search 关键词"

// Exit codes of a picker ended by a signal, as shells report them.
const (
	ExitInterrupted = 130 // ctrl+c, SIGINT
	ExitTerminated  = 143 // SIGTERM
)

// pickerFPS is how often the picker's frame is flushed to the terminal at
// most (bubbletea's limit; its default is 60): the first frame waits for
// the first flush, so this halves its wait (and a keystroke's echo) to at
// most 8 ms. Frames are written only when they changed; an idle picker
// wakes up that often to check (docs/performance.md).
const pickerFPS = 120

// autoUpdateTimeout bounds the background pack update.
const autoUpdateTimeout = 5 * time.Minute

func pickRun(o *PickOptions) error {
	if _, err := o.Platform(o.PlatformArg); err != nil {
		return err // a bad flag is reported as such, terminal or not
	}
	if !o.IO.CanPrompt() {
		return Usage(noTerminal)
	}
	// The picker's frames and an OSC 52 copy share the terminal: one lock
	// keeps a copy's escape sequence from landing inside a frame. Colours
	// are detected on the terminal itself (termenv sees only an *os.File as
	// a terminal). Both go to the raw terminal (IOStreams.Terminal); what
	// --print prints afterwards is pack text and goes through the guarded
	// Out like every other output.
	raw := o.IO.Terminal
	if raw == nil {
		raw = o.IO.Out
	}
	term := raw
	if file, ok := raw.(*os.File); ok {
		term = lockedFile{File: file, mu: &sync.Mutex{}}
	}
	topts, err := pickerOptions(o, term)
	if err != nil {
		return err
	}
	r := lipgloss.NewRenderer(raw)
	if topts.NoColor {
		// NO_COLOR drops colours, not bold, underline and reverse: the
		// selection and highlights stay visible.
		r.SetColorProfile(termenv.ANSI)
	}
	// Ask the terminal now, not from inside a frame, and tell the default
	// renderer too (bubbles' help and input styles use it): its own
	// question at start-up is never asked (internal/quietinit).
	lipgloss.SetHasDarkBackground(r.HasDarkBackground())
	st := tui.NewStyles(r, topts.NoColor)
	topts.Styles = &st

	model := tui.New(topts)
	// The model holds the first catalog from here and lets it go at a
	// reload (the packs parsed into memory, once their index is built).
	topts.Catalog = nil
	p := tea.NewProgram(firstModel{&model}, tea.WithAltScreen(), tea.WithInput(o.IO.In), tea.WithOutput(term), tea.WithFPS(pickerFPS))
	final, err := p.Run()
	m, _ := final.(tui.Model)
	switch {
	case errors.Is(err, tea.ErrInterrupted) || err == nil && m.Interrupted():
		return Silent(ExitInterrupted) // ctrl+c or SIGINT: quietly, like any terminal program
	case err != nil:
		return fmt.Errorf("选择器出错：%w", err)
	case !m.Quitting():
		return Silent(ExitTerminated) // SIGTERM: bubbletea restored the terminal
	}
	if topts.Print {
		out := m.Printed()
		if len(out) == 0 {
			return Silent(ExitNotFound)
		}
		for _, s := range out {
			if _, err := fmt.Fprintln(o.IO.Out, s); err != nil {
				return err
			}
		}
	}
	return nil
}

// pickerOptions gathers what the picker needs: the packs (kept current),
// the clipboard (OSC 52 written to term), history, pins and the background
// update.
func pickerOptions(o *PickOptions, term io.Writer) (tui.Options, error) {
	platform, err := o.Platform(o.PlatformArg)
	if err != nil {
		return tui.Options{}, err
	}
	vars, err := parseVars(o.Vars)
	if err != nil {
		return tui.Options{}, err
	}
	if _, err := o.Config(); err != nil {
		return tui.Options{}, err
	}
	lib := o.Library(vars)
	first, err := lib.Refresh()
	if err != nil {
		return tui.Options{}, err
	}
	idx, cfg := lib.current()
	if err := checkGroup(idx.Groups(), o.Group); err != nil {
		return tui.Options{}, err
	}
	getenv := o.IO.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	now := o.Now()
	fuzzy := cfg.FuzzyPinyin()
	topts := tui.Options{
		Catalog:       first.Catalog,
		FuzzyPinyin:   &fuzzy,
		Values:        first.Values,
		Warnings:      first.Warnings,
		IsNew:         first.IsNew,
		Gen:           first.Gen,
		Refresh:       lib.Refresh,
		ReadClipboard: o.ReadClipboard,
		Platform:      platform,
		Query:         o.Query,
		Group:         o.Group,
		KeepGroup:     cfg.Picker.KeepGroup,
		Once:          o.Once,
		Print:         o.Print,
		Now:           o.Now,
		NoColor:       getenv("NO_COLOR") != "",
	}
	if !o.Print {
		cb, err := o.Clipboard(term)
		if err != nil {
			return tui.Options{}, err
		}
		if _, ok := cb.(clip.Print); ok { // clipboard: print in the config
			topts.Print = true
		} else {
			topts.Copy = func(text string) (string, error) { return clip.CopyVia(cb, text) }
			topts.Backend = cb.Backend()
		}
	}
	hist := o.History()
	topts.Record = func(code string) (map[string]float64, error) {
		now := o.Now()
		if err := hist.Record(code, now); err != nil {
			return nil, err
		}
		return hist.Scores(now)
	}
	scores, err := hist.Scores(now)
	if err != nil {
		topts.Warnings = append(topts.Warnings, "无法读取使用记录："+oneLine(err.Error()))
	}
	topts.Frecency = scores
	pins := o.Pins()
	topts.Pins, err = pins.Load(now)
	if err != nil {
		topts.Warnings = append(topts.Warnings, "无法读取置顶记录："+oneLine(err.Error()))
	}
	topts.SavePins = pins.Save
	if every := cfg.AutoUpdateEvery(); every > 0 && getenv("CI") == "" && o.Sources != nil {
		// Never in CI, never for get or search: only an agent's picker
		// keeps its team packs fresh by itself.
		sources := o.Sources
		topts.Update = func() (string, error) {
			m, err := sources()
			if err != nil {
				return "", err
			}
			ctx, cancel := context.WithTimeout(context.Background(), autoUpdateTimeout)
			defer cancel()
			summary, _, err := m.AutoUpdate(ctx, every)
			return summary, err
		}
	}
	return topts, nil
}

// firstModel hands the picker's first model to the program. A tea.Program
// keeps the model it was given for its whole run (to return it when it
// fails early), and the first model holds the first catalog: the packs
// parsed into memory after a deferred load, which the picker lets go once
// their index is built (library.switchToBuilt). The program keeps this
// wrapper instead, emptied at the first message, when the model Update
// returns takes over.
type firstModel struct{ m *tui.Model }

func (f firstModel) Init() tea.Cmd { return f.m.Init() }
func (f firstModel) View() string  { return f.m.View() }

func (f firstModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m := *f.m
	*f.m = tui.Model{}
	return m.Update(msg)
}

// lockedFile is the terminal with writes serialised; it stays an *os.File
// underneath so bubbletea still finds the terminal's size.
type lockedFile struct {
	*os.File
	mu *sync.Mutex
}

func (l lockedFile) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.File.Write(p)
}

func (l lockedFile) WriteString(s string) (int, error) { return l.Write([]byte(s)) }

var _ io.Writer = lockedFile{}

// checkGroup refuses a --group no phrase is in, naming the groups there are
// (groups: every phrase's group, each once, in pack order).
func checkGroup(groups []string, group string) error {
	if group == "" {
		return nil
	}
	var top []string
	seen := map[string]bool{}
	for _, pg := range groups {
		if pg == group || strings.HasPrefix(pg, group+"/") {
			return nil
		}
		g, _, _ := strings.Cut(pg, "/")
		if g != "" && !seen[g] {
			seen[g] = true
			top = append(top, g)
		}
	}
	if len(top) == 0 {
		return Usage("--group %s: 没有这个分组（已加载的话术都没有分组）", group)
	}
	return Usage("--group %s: 没有这个分组（可用：%s）", group, strings.Join(top, "、"))
}
