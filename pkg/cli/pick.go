package cli

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/spf13/cobra"

	"github.com/huashu-cli/huashu/pkg/clip"
	"github.com/huashu-cli/huashu/pkg/phrase"
	"github.com/huashu-cli/huashu/pkg/tui"
)

// PickOptions are the picker's flags (DESIGN §7).
type PickOptions struct {
	Query    string
	Platform string
	Group    string
	Once     bool
	Print    bool
}

func addPickFlags(cmd *cobra.Command, o *PickOptions) {
	fl := cmd.Flags()
	fl.StringVarP(&o.Query, "query", "q", "", "start with this query")
	fl.StringVar(&o.Platform, "platform", "", "platform to render for: jd, tmall or pdd")
	fl.StringVar(&o.Group, "group", "", "start in this group")
	fl.BoolVar(&o.Once, "once", false, "exit after one copy")
	fl.BoolVar(&o.Print, "print", false, "print the reply to stdout instead of copying it")
}

// NewCmdPick is "huashu pick", the same as "huashu" alone.
func NewCmdPick(f *Factory, runF func(*PickOptions) error) *cobra.Command {
	o := &PickOptions{}
	cmd := &cobra.Command{
		Use:   "pick",
		Short: "Open the picker (the default command)",
		Long: `Open the picker: type a code, pinyin or Chinese, press Enter, and the reply
is on the clipboard. The picker stays open with the query cleared, ready for
the next chat (--once exits after one copy). A multi-part reply is copied one
part per Enter. Placeholders without a value are asked for in a small form.

--print chooses one reply and prints it (all parts, separated by a blank line)
to stdout after the picker closes, instead of copying it; quitting without a
choice exits 1. The picker needs a terminal on stdin and stdout; scripts use
"huashu get CODE --print" or "huashu search QUERY".

Keys: ↑/↓ ctrl+p/ctrl+n ctrl+k/ctrl+j move, PgUp/PgDn page, Enter copy,
Tab/shift+Tab group, ctrl+t platform, ctrl+o warnings, ? help (when the input
is empty), Esc clear then quit, ctrl+c quit.`,
		Example: `  huashu
  huashu -q 退款 --platform tmall
  huashu pick --group 售后 --once
  huashu --print -q 退款         # choose, then the reply is printed in the terminal`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(o)
			}
			return pickRun(f, o)
		},
	}
	addPickFlags(cmd, o)
	return cmd
}

// noTerminal is the one line a script gets instead of a picker.
const noTerminal = "选择器需要终端 (the picker needs a terminal); 脚本里请用 huashu get CODE 或 huashu search QUERY"

func pickRun(f *Factory, o *PickOptions) error {
	if _, err := f.Platform(o.Platform); err != nil {
		return err // a bad flag is reported as such, terminal or not
	}
	if !f.IO.CanPrompt() {
		return Usage(noTerminal)
	}
	// The picker's frames and an OSC 52 copy share the terminal: one lock
	// keeps a copy's escape sequence from landing inside a frame. Colours
	// are detected on the terminal itself (termenv sees only an *os.File as
	// a terminal).
	term := f.IO.Out
	if file, ok := f.IO.Out.(*os.File); ok {
		f.IO.Out = lockedFile{File: file, mu: &sync.Mutex{}}
	}
	topts, err := pickerOptions(f, o)
	if err != nil {
		return err
	}
	r := lipgloss.NewRenderer(term)
	if topts.NoColor {
		// NO_COLOR drops colours, not bold, underline and reverse: the
		// selection and highlights stay visible.
		r.SetColorProfile(termenv.ANSI)
	}
	r.HasDarkBackground() // ask the terminal now, not from inside a frame
	st := tui.NewStyles(r, topts.NoColor)
	topts.Styles = &st

	p := tea.NewProgram(tui.New(topts), tea.WithAltScreen(), tea.WithInput(f.IO.In), tea.WithOutput(f.IO.Out))
	final, err := p.Run()
	if err != nil {
		return fmt.Errorf("选择器出错：%w", err)
	}
	m, _ := final.(tui.Model)
	if topts.Print {
		out := m.Printed()
		if len(out) == 0 {
			return Silent(ExitNotFound)
		}
		for _, s := range out {
			if _, err := fmt.Fprintln(f.IO.Out, s); err != nil {
				return err
			}
		}
	}
	return nil
}

// pickerOptions gathers what the picker needs from the factory: phrases,
// the renderer, the clipboard, history and the warnings to show.
func pickerOptions(f *Factory, o *PickOptions) (tui.Options, error) {
	platform, err := f.Platform(o.Platform)
	if err != nil {
		return tui.Options{}, err
	}
	cfg, err := f.Config()
	if err != nil {
		return tui.Options{}, err
	}
	set, err := f.Packs()
	if err != nil {
		return tui.Options{}, err
	}
	getenv := f.IO.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	if err := checkGroup(set.Phrases, o.Group); err != nil {
		return tui.Options{}, err
	}
	now := f.Now()
	fuzzy := cfg.FuzzyPinyin()
	topts := tui.Options{
		Phrases:     set.Phrases,
		FuzzyPinyin: &fuzzy,
		Platform:    platform,
		Query:       o.Query,
		Group:       o.Group,
		Once:        o.Once,
		Print:       o.Print,
		Now:         f.Now,
		NoColor:     getenv("NO_COLOR") != "",
		Render: func(ph *phrase.Phrase, p phrase.Platform, extra map[string]string) ([]string, []string) {
			// f.Now at each render: the picker stays open across midnight
			// and {{今天}} must follow.
			r := newRenderer(extra, cfg, set, f.Now()).render(ph, p)
			return r.Messages, r.Missing
		},
	}
	if !o.Print {
		cb, err := f.Clipboard(false)
		if err != nil {
			return tui.Options{}, err
		}
		if _, ok := cb.(clip.Print); ok { // clipboard: print in the config
			topts.Print = true
		} else {
			topts.Copy, topts.Backend = cb.Copy, cb.Backend()
		}
	}
	hist := f.History()
	topts.Record = func(code string) error { return hist.Record(code, f.Now()) }
	scores, err := hist.Scores(now)
	if err != nil {
		topts.Warnings = append(topts.Warnings, "无法读取使用记录："+oneLine(err.Error()))
	}
	topts.Frecency = scores
	for _, p := range set.Problems {
		topts.Warnings = append(topts.Warnings, oneLine(p.Error()))
	}
	for _, c := range set.Conflicts {
		var where []string
		for _, ph := range c.Phrases {
			where = append(where, fmt.Sprintf("%s:%d", ph.File, ph.Line))
		}
		topts.Warnings = append(topts.Warnings,
			fmt.Sprintf("编码 %q 在同一层出现 %d 次（%s），都会显示", c.Code, len(c.Phrases), strings.Join(where, "、")))
	}
	return topts, nil
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

// checkGroup refuses a --group no phrase is in, naming the groups there are.
func checkGroup(phrases []*phrase.Phrase, group string) error {
	if group == "" {
		return nil
	}
	var top []string
	seen := map[string]bool{}
	for _, ph := range phrases {
		if ph.Group == group || strings.HasPrefix(ph.Group, group+"/") {
			return nil
		}
		g, _, _ := strings.Cut(ph.Group, "/")
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
