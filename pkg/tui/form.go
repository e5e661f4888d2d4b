package tui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/huashu-cli/huashu/internal/termsafe"
	"github.com/huashu-cli/huashu/pkg/phrase"
	"github.com/huashu-cli/huashu/pkg/render"
)

// varForm shows every placeholder of a reply before it is copied, each
// prefilled with the value it would get (render.Values' order: --var,
// config, pack vars, built-ins, the placeholder's default) and editable.
// It opens when a placeholder has no value or only its default: a default
// is a guess ({{尺码|M}}) the agent confirms or changes.
//
// Tab (or ↓) and Enter move to the next field; Enter on the last field
// copies. A prefilled value is replaced by what the agent types, like a
// selection; ←/→ move into it to edit it instead. {{剪贴板}} is filled with
// what is on the clipboard when the form opens (the order number just
// copied from the chat), cleaned to one line of text.
type varForm struct {
	ph       *phrase.Phrase
	platform phrase.Platform
	fields   []render.Field
	inputs   []textinput.Model
	// prefilled: the field holds a value the agent did not type; the next
	// edit replaces it.
	prefilled []bool
	focus     int
	hint      string
	// clip is the index of the {{剪贴板}} field waiting for the clipboard,
	// or -1.
	clip int
}

// newVarForm builds the form for a reply's fields; typed (the values typed
// into an earlier form for the same phrase) win over the prefilled values.
func newVarForm(ph *phrase.Phrase, p phrase.Platform, fields []render.Field, typed map[string]string, st Styles) *varForm {
	f := &varForm{ph: ph, platform: p, fields: fields, clip: -1}
	w := 0
	for _, fl := range fields {
		w = max(w, stringWidth(visibleLine(fl.Name)))
	}
	focus, focusRank := 0, 3
	for i, fl := range fields {
		in := textinput.New()
		label := visibleLine(fl.Name)
		in.Prompt = "  " + label + strings.Repeat(" ", w-stringWidth(label)) + "：" // pad to align the fields
		in.PromptStyle = st.Title
		in.TextStyle = st.Input
		in.PlaceholderStyle = st.Placeholder
		in.Placeholder = "请填写"
		in.Cursor.Style = st.Cursor
		in.Cursor.TextStyle = st.Input
		in.Cursor.SetMode(cursor.CursorStatic)
		value, prefilled := fl.Value, fl.Origin != render.OriginNone
		if v, ok := typed[fl.Name]; ok {
			value, prefilled = v, false
		}
		in.SetValue(value)
		f.inputs = append(f.inputs, in)
		f.prefilled = append(f.prefilled, prefilled && value != "")
		if fl.Name == render.BuiltinClipboard && fl.Origin == render.OriginNone && value == "" {
			f.clip = i
			in.Placeholder = "读取剪贴板…"
			f.inputs[i] = in
		}
		// Focus the first field without a value, else the first guess (a
		// default, the clipboard): what the agent most likely has to type or
		// check.
		rank := 2
		switch {
		case i == f.clip, fl.Origin == render.OriginDefault && typed[fl.Name] == "":
			rank = 1
		case value == "":
			rank = 0
		}
		if rank < focusRank {
			focus, focusRank = i, rank
		}
	}
	if len(f.inputs) > 0 {
		f.focus = focus
		f.inputs[focus].Focus()
	}
	return f
}

// values are the field values by placeholder name.
func (f *varForm) values() map[string]string {
	v := make(map[string]string, len(f.fields))
	for i, fl := range f.fields {
		v[fl.Name] = f.inputs[i].Value()
	}
	return v
}

func (f *varForm) setFocus(i int) {
	f.inputs[f.focus].Blur()
	f.focus = (i + len(f.inputs)) % len(f.inputs)
	f.inputs[f.focus].Focus()
	f.inputs[f.focus].CursorEnd()
}

// blank reports whether field i is empty where a value is needed: only a
// placeholder whose own default is empty ({{备注|}}) may stay empty.
func (f *varForm) blank(i int) bool {
	fl := f.fields[i]
	mayBeEmpty := fl.HasDefault && fl.Default == ""
	return strings.TrimSpace(f.inputs[i].Value()) == "" && !mayBeEmpty
}

func (f *varForm) clone() *varForm {
	c := *f
	c.inputs = append([]textinput.Model(nil), f.inputs...)
	c.prefilled = append([]bool(nil), f.prefilled...)
	return &c
}

func (m Model) updateForm(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	f := m.form.clone() // Update stays a value transformation
	m.form = f
	switch {
	case key.Matches(msg, m.keys.Cancel):
		m.form = nil
		m.status, m.statusKind = "已取消", statusInfo
		return m, nil
	case key.Matches(msg, m.keys.NextField):
		f.setFocus(f.focus + 1)
		f.hint = ""
		return m, nil
	case key.Matches(msg, m.keys.PrevField):
		f.setFocus(f.focus - 1)
		f.hint = ""
		return m, nil
	case key.Matches(msg, m.keys.Submit):
		if f.blank(f.focus) {
			f.hint = "请先填写「" + visibleLine(f.fields[f.focus].Name) + "」"
			return m, nil
		}
		if f.focus < len(f.inputs)-1 {
			f.setFocus(f.focus + 1)
			f.hint = ""
			return m, nil
		}
		for i := range f.inputs {
			if f.blank(i) {
				f.setFocus(i)
				f.hint = "请先填写「" + visibleLine(f.fields[i].Name) + "」"
				return m, nil
			}
		}
		m.form = nil
		return m.act(action{kind: actSubmit, ph: f.ph, platform: f.platform, vars: f.values()})
	}
	if msg.Alt && msg.Type == tea.KeyRunes {
		return m, nil // alt+n copies rows in the list; here it types nothing
	}
	in := f.inputs[f.focus]
	before, beforePos := in.Value(), in.Position()
	probe, cmd := in.Update(msg)
	switch {
	case probe.Value() == before:
		if probe.Position() != beforePos {
			f.prefilled[f.focus] = false // moved into the value to edit it
		}
		f.inputs[f.focus] = probe
	case f.prefilled[f.focus]:
		// The first edit replaces a prefilled value: typed text becomes
		// the value, a deletion clears it.
		in.SetValue("")
		cmd = nil
		if msg.Type == tea.KeyRunes || msg.Type == tea.KeySpace {
			in, cmd = in.Update(msg)
		}
		f.inputs[f.focus] = in
		f.prefilled[f.focus] = false
	default:
		f.inputs[f.focus] = probe
	}
	if f.focus == f.clip {
		f.clip = -1 // typed before the clipboard answered: keep what was typed
	}
	f.hint = ""
	return m, cmd
}

// readClipboardCmd reads the clipboard for the form's {{剪贴板}} field.
func (m Model) readClipboardCmd(f *varForm) tea.Cmd {
	if f.clip < 0 {
		return nil
	}
	read := m.opts.ReadClipboard
	if read == nil {
		return func() tea.Msg { return clipboardMsg{form: f, err: clipError("无法读取剪贴板")} }
	}
	return func() tea.Msg {
		s, err := read()
		if err != nil {
			return clipboardMsg{form: f, err: err}
		}
		v, fits := clipboardValue(s)
		if !fits {
			err = clipError("剪贴板里的文字有 " + itoa(utf8.RuneCountInString(strings.Join(strings.Fields(s), " "))) + " 个字，超过 " + itoa(clipboardMaxRunes) + " 个，不像订单号")
		}
		return clipboardMsg{form: f, text: v, err: err}
	}
}

// clipboardRead fills {{剪贴板}} when the form it was read for is still
// open and the field untouched.
func (m *Model) clipboardRead(msg clipboardMsg) {
	if m.form == nil || m.form.ph != msg.form.ph || m.form.clip < 0 {
		return
	}
	f := m.form.clone()
	m.form = f
	i := f.clip
	f.clip = -1
	f.inputs[i].Placeholder = "请填写"
	if msg.err != nil || msg.text == "" {
		why := "剪贴板里没有可用的文字"
		if msg.err != nil {
			why = visibleLine(firstLine(msg.err.Error()))
		}
		f.hint = why + "；请手动填写「" + visibleLine(f.fields[i].Name) + "」"
		return
	}
	f.inputs[i].SetValue(msg.text)
	f.inputs[i].CursorEnd()
	f.prefilled[i] = true
}

// clipboardMaxRunes bounds what {{剪贴板}} takes: an order number or a
// tracking number, not a page of text.
const clipboardMaxRunes = 200

// clipboardValue is clipboard text made fit for one field of a reply to a
// buyer: terminal escape sequences (ESC [31m, OSC 52…) removed whole, then
// control, format (bidi, zero-width) and private-use characters dropped,
// line breaks and tabs turned into spaces, runs of spaces collapsed,
// trimmed. fits is false, and the value "", when what is left is longer
// than clipboardMaxRunes: a page of text is not an order number, and a cut
// one would be wrong.
func clipboardValue(s string) (v string, fits bool) {
	s = ansi.Strip(s)
	var b strings.Builder
	space := false
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size <= 1:
			continue
		case unicode.IsSpace(r) || r == 0x2028 || r == 0x2029:
			space = b.Len() > 0
			continue
		case termsafe.Classify(r) != termsafe.Printable:
			continue
		}
		need := 1
		if space {
			need = 2
		}
		if n+need > clipboardMaxRunes {
			return "", false
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
		n += need
	}
	return b.String(), true
}
