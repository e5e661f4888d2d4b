package tui

import (
	"bytes"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

// Golden files hold the last frame (View) of a teatest program at a fixed
// size with the ASCII colour profile. Refresh with: go test ./pkg/tui -update

type goldenCase struct {
	w, h  int
	opts  func(o *Options)
	steps func(tm *teatest.TestModel)
	// until is text the last frame must show before it is compared (the
	// filter runs in a command, so frames arrive asynchronously).
	until string
	check func(t *testing.T, m Model, cb *fakeClip)
}

func runGolden(t *testing.T, c goldenCase) {
	t.Helper()
	cb := &fakeClip{}
	var rec []string
	o := testOptions(cb, &rec)
	if c.opts != nil {
		c.opts(&o)
	}
	w, h := c.w, c.h
	if w == 0 {
		w, h = 80, 24
	}
	tm := teatest.NewTestModel(t, settle{New(o)}, teatest.WithInitialTermSize(w, h))
	if c.steps != nil {
		c.steps(tm)
	}
	if c.until != "" {
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(c.until)) },
			teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(5*time.Millisecond))
	}
	tm.Send(settleMsg{}) // after every key: quits once nothing is in flight
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(settle).Model
	view := fm.View()
	for i, line := range strings.Split(view, "\n") {
		if got := stringWidth(line); got > w {
			t.Errorf("line %d is %d cells wide, terminal has %d: %q", i+1, got, w, line)
		}
	}
	if n := strings.Count(view, "\n") + 1; n > h {
		t.Errorf("view has %d lines, terminal has %d", n, h)
	}
	if strings.ContainsRune(view, '\x1b') {
		t.Errorf("ASCII profile view contains ESC: %q", view)
	}
	teatest.RequireEqualOutput(t, []byte(view))
	if c.check != nil {
		c.check(t, fm, cb)
	}
}

// settle wraps the picker so a test can quit it once the last key's
// search and copy have finished: the frame compared is then the settled one.
type settle struct{ Model }

type settleMsg struct{}

func (s settle) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(settleMsg); ok {
		if s.idle() {
			return s, tea.Quit
		}
		return s, tea.Tick(2*time.Millisecond, func(time.Time) tea.Msg { return settleMsg{} })
	}
	next, cmd := s.Model.Update(msg)
	return settle{next.(Model)}, cmd
}

func TestGolden(t *testing.T) {
	cases := map[string]goldenCase{
		// Empty query: most used first (fhsj, hy), then pack order; the
		// expired 618 phrase is hidden.
		"start": {until: "8 条"},
		// Pinyin initials find 退款说明 by its title (and the code tk).
		"pinyin_query": {
			steps: func(tm *teatest.TestModel) { tm.Type("tuik") },
			until: "/8 条",
		},
		// Enter copies part 1 and keeps the selection; status says 1/3.
		"multipart_copy": {
			steps: func(tm *teatest.TestModel) {
				tm.Type("fhsj")
				tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
			},
			until: "1/3",
			check: func(t *testing.T, m Model, cb *fakeClip) {
				if got := cb.all(); len(got) != 1 || got[0] != "亲，现货商品会在付款后48小时内发出。" {
					t.Errorf("copies = %q, want part 1", got)
				}
				if m.Query() != "fhsj" {
					t.Errorf("query = %q, want it kept during a multi-part copy", m.Query())
				}
			},
		},
		// Missing placeholders open the form; the preview fills as typed.
		"var_form": {
			steps: func(tm *teatest.TestModel) {
				tm.Type("dh")
				tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
				tm.Type("JD0012345")
				tm.Send(tea.KeyMsg{Type: tea.KeyTab})
				tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("京东快递")}) // teatest.Type splits bytes
			},
			until: "京东快递",
		},
		// After part 1 the query is dimmed (spent) and the status names the
		// next part; typing starts over in 全部.
		"after_part1_typed": {
			steps: func(tm *teatest.TestModel) {
				tm.Send(tea.KeyMsg{Type: tea.KeyTab})
				tm.Send(tea.KeyMsg{Type: tea.KeyTab})
				tm.Send(tea.KeyMsg{Type: tea.KeyTab})
				tm.Type("fhsj")
				tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
				tm.Type("hy")
			},
			until: "1/8 条",
		},
		// Every placeholder, prefilled by origin; the default focused.
		"form_defaults": {
			opts: func(o *Options) {
				o.Phrases = []*phrase.Phrase{sizePhrase()}
				o.ReadClipboard = func() (string, error) { return "JD0012345\n", nil }
			},
			steps: func(tm *teatest.TestModel) { tm.Send(tea.KeyMsg{Type: tea.KeyEnter}) },
			until: "JD0012345",
		},
		// Pinned (顶) and updated (新) rows.
		"marks": {
			opts: func(o *Options) {
				o.Pins = []string{"ss"}
				o.IsNew = func(ph *phrase.Phrase) bool { return ph.Code == "tk" }
			},
			until: "8 条",
		},
		"help": {
			steps: func(tm *teatest.TestModel) { tm.Type("?") },
			until: "切换平台",
		},
		// Every key and both notes fit the smallest supported terminal.
		"help_60x15": {w: 60, h: 15,
			steps: func(tm *teatest.TestModel) { tm.Type("?") },
			until: "切换平台",
			check: func(t *testing.T, m Model, _ *fakeClip) {
				v := m.View()
				for _, b := range m.keys.FullHelp() {
					for _, k := range b {
						if !strings.Contains(v, k.Help().Desc) {
							t.Errorf("help at 60×15 lacks %q (%s)", k.Help().Desc, k.Help().Key)
						}
					}
				}
				if !strings.Contains(v, "?、esc 或 q 关闭帮助") {
					t.Errorf("help at 60×15 lost its last note:\n%s", v)
				}
			},
		},
		// Started at 80×24, resized to 60×15 with a query typed: the
		// frame follows the new size.
		"resize": {
			steps: func(tm *teatest.TestModel) {
				tm.Type("th")
				tm.Send(tea.WindowSizeMsg{Width: 60, Height: 15})
			},
			check: func(t *testing.T, m Model, _ *fakeClip) {
				for i, l := range strings.Split(m.View(), "\n") {
					if stringWidth(l) > 60 || i >= 15 {
						t.Errorf("line %d (%d wide) outside 60×15: %q", i+1, stringWidth(l), l)
					}
				}
			},
		},
		"tiny_60x15": {w: 60, h: 15,
			steps: func(tm *teatest.TestModel) { tm.Type("t") },
			until: "/8 条",
		},
		// A hostile pack: escape sequences, OSC 52, bidi and zero-width
		// characters show as visible symbols in the list, preview and form.
		"escapes": {
			opts: func(o *Options) {
				o.Phrases = []*phrase.Phrase{
					{Code: "evil", Title: "清屏\x1b[2J标题\x1b]0;pwned\a", Group: "测试",
						Body: phrase.Body{Text: "您好\x1b]52;c;aGk=\a复制\u202e反转\u200b零宽\r回车\u009b31m结束\n第二行\t制表"}},
					{Code: "var", Title: "变量\x1b[31m名", Group: "测试",
						Body: phrase.Body{Text: "订单{{单号\x1b[1m}}"}},
				}
				o.Warnings = []string{"evil.yaml:3:5: 编码 \"evil\" 冲突\x1b[2J"}
				o.Frecency = nil
			},
			until: "2 条",
		},
	}
	// The same hostile pack: its placeholder name in the form, and its
	// warning expanded.
	cases["escapes_form"] = goldenCase{
		opts: cases["escapes"].opts,
		steps: func(tm *teatest.TestModel) {
			tm.Type("var")
			tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
		},
	}
	cases["escapes_warnings"] = goldenCase{
		opts:  cases["escapes"].opts,
		steps: func(tm *teatest.TestModel) { tm.Send(tea.KeyMsg{Type: tea.KeyCtrlO}) },
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) { runGolden(t, c) })
	}
}
