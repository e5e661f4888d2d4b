package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

// varForm asks for the placeholders a reply still needs ({{订单号}}) before
// it is copied: Tab moves between fields, Enter copies, Esc cancels.
type varForm struct {
	ph       *phrase.Phrase
	platform phrase.Platform
	names    []string
	inputs   []textinput.Model
	focus    int
	hint     string
}

func newVarForm(ph *phrase.Phrase, p phrase.Platform, names []string, st Styles) *varForm {
	f := &varForm{ph: ph, platform: p, names: names}
	w := 0
	for _, n := range names {
		w = max(w, stringWidth(visibleLine(n)))
	}
	for i, n := range names {
		in := textinput.New()
		label := visibleLine(n)
		in.Prompt = "  " + label + strings.Repeat(" ", w-stringWidth(label)) + "：" // pad to align the fields
		in.PromptStyle = st.Title
		in.TextStyle = st.Input
		in.PlaceholderStyle = st.Placeholder
		in.Placeholder = "请填写"
		in.Cursor.Style = st.Cursor
		in.Cursor.TextStyle = st.Input
		in.Cursor.SetMode(cursor.CursorStatic)
		if i == 0 {
			in.Focus()
		}
		f.inputs = append(f.inputs, in)
	}
	return f
}

// values are the typed values by placeholder name.
func (f *varForm) values() map[string]string {
	v := make(map[string]string, len(f.names))
	for i, n := range f.names {
		v[n] = f.inputs[i].Value()
	}
	return v
}

func (f *varForm) setFocus(i int) {
	f.inputs[f.focus].Blur()
	f.focus = (i + len(f.inputs)) % len(f.inputs)
	f.inputs[f.focus].Focus()
}

func (m Model) updateForm(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	f := *m.form // copy: Update stays a value transformation
	f.inputs = append([]textinput.Model(nil), m.form.inputs...)
	m.form = &f
	switch {
	case key.Matches(msg, m.keys.Cancel):
		m.form = nil
		m.status, m.statusKind = "已取消", statusInfo
		return m, nil
	case key.Matches(msg, m.keys.NextField):
		f.setFocus(f.focus + 1)
		return m, nil
	case key.Matches(msg, m.keys.PrevField):
		f.setFocus(f.focus - 1)
		return m, nil
	case key.Matches(msg, m.keys.Submit):
		for i, in := range f.inputs {
			if strings.TrimSpace(in.Value()) == "" {
				f.setFocus(i)
				f.hint = "请先填写「" + visibleLine(f.names[i]) + "」"
				return m, nil
			}
		}
		msgs, _ := m.opts.Render(f.ph, f.platform, f.values())
		m.form = nil
		m.copying = &copyState{ph: f.ph, platform: f.platform, msgs: msgs}
		return m.copyNext()
	}
	var cmd tea.Cmd
	f.inputs[f.focus], cmd = f.inputs[f.focus].Update(msg)
	f.hint = ""
	return m, cmd
}
