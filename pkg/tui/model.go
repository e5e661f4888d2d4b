package tui

import (
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/huashu-cli/huashu/pkg/match"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// Options configure the picker. Only Phrases and Render are required.
type Options struct {
	// Phrases are the effective phrases (pack.Set.Phrases). Phrases outside
	// their valid window at Now are hidden.
	Phrases []*phrase.Phrase
	// Render fills a phrase's placeholders for a platform; extra holds the
	// values the agent typed into the form (they win over everything). It
	// returns the messages to copy and the names still without a value.
	Render func(ph *phrase.Phrase, p phrase.Platform, extra map[string]string) (msgs, missing []string)
	// Copy puts one message on the clipboard. It runs in a tea.Cmd, never in
	// Update. Unused with Print.
	Copy func(text string) error
	// Backend names the clipboard for the status line ("xclip", "osc52"…).
	Backend string
	// Record notes a use for frecency (history.Store.Record); may be nil.
	Record func(code string) error
	// Frecency orders the empty query (most used first) and lifts results.
	Frecency map[string]float64
	// FuzzyPinyin is the set of 模糊音 pairs search reads as each other
	// (config match.fuzzy_pinyin); nil means every pair.
	FuzzyPinyin *match.FuzzyPair

	Platform phrase.Platform // start platform; "" = 全部
	Query    string          // start query (-q)
	Group    string          // start group (--group); "" = 全部
	// Once quits after one reply is copied (after its last part).
	Once bool
	// Print does not copy: Enter chooses the reply (all parts joined) and
	// quits; the caller prints Model.Printed() after the program ends.
	Print bool
	// Warnings are pack load problems and code conflicts, one line each.
	Warnings []string
	// Now is the clock for valid windows (default time.Now).
	Now func() time.Time

	// Styles, when nil, are NewStyles(lipgloss.DefaultRenderer(), NoColor).
	Styles  *Styles
	NoColor bool
	// KeyMap, when nil, is DefaultKeyMap().
	KeyMap *KeyMap
}

// Model is the picker. It is a value: Update returns the next one.
type Model struct {
	opts  Options
	keys  KeyMap
	st    Styles
	eng   *engine
	input textinput.Model
	help  help.Model

	width, height int

	groups    []string // "" (全部) first, then top-level groups
	groupIdx  int
	platforms []phrase.Platform
	platIdx   int

	// Filtering: seq counts query/scope changes; shownSeq is the change the
	// shown results belong to. At most one search runs at a time; when it
	// returns stale, the latest query is searched next.
	seq, shownSeq int
	inFlight      bool
	enterPending  bool // Enter pressed while results were stale
	copyInFlight  bool
	// queued are keys typed while Enter waits for results or a copy: they
	// are replayed afterwards, in order, so type-ahead (dh⏎ then the form's
	// values, or ⏎⏎ for two parts) means what it would on a fast machine.
	queued  []tea.KeyMsg
	results []match.Result
	nearest []string // codes nearest to a query nothing matched
	total   int      // phrases in the current scope
	cursor  int
	offset  int
	// previewOff is how far the preview is scrolled (lines).
	previewOff int

	copying *copyState
	form    *varForm

	showHelp, showWarnings bool
	status                 string
	statusKind             int
	printed                []string
	copyQuery              string // the query when the copy started
	quitting               bool
}

const (
	statusInfo = iota
	statusCopied
	statusError
)

// copyState is a reply being copied part by part.
type copyState struct {
	ph       *phrase.Phrase
	platform phrase.Platform
	msgs     []string
	next     int // index of the part Enter copies next
}

// resultsMsg carries a finished search.
type resultsMsg struct {
	seq     int
	results []match.Result
	total   int
	nearest []string // when nothing matched: the nearest codes
}

// copiedMsg reports a finished copy of one part.
type copiedMsg struct {
	ph          *phrase.Phrase
	part, total int // 1-based part just copied, and how many
	err         error
}

type recordErrMsg struct{ err error }

// New builds the picker. The first results are computed here, so the first
// frame is complete.
func New(o Options) Model {
	if o.Now == nil {
		o.Now = time.Now
	}
	keys := DefaultKeyMap()
	if o.KeyMap != nil {
		keys = *o.KeyMap
	}
	var st Styles
	if o.Styles != nil {
		st = *o.Styles
	} else {
		st = NewStyles(nil, o.NoColor)
	}
	now := o.Now()
	var live []*phrase.Phrase
	for _, ph := range o.Phrases {
		if ph.Valid.Contains(now) {
			live = append(live, ph)
		}
	}

	in := textinput.New()
	in.Prompt = "话术 › "
	in.Placeholder = "输入编码、拼音或中文…"
	in.PromptStyle = st.Prompt
	in.TextStyle = st.Input
	in.PlaceholderStyle = st.Placeholder
	in.Cursor.Style = st.Cursor
	in.Cursor.TextStyle = st.Input
	in.Cursor.SetMode(cursor.CursorStatic)
	in.Focus()
	in.SetValue(o.Query)

	h := help.New()
	h.Styles.ShortKey, h.Styles.FullKey = st.HelpKey, st.HelpKey
	h.Styles.ShortDesc, h.Styles.FullDesc = st.HelpDesc, st.HelpDesc
	h.Styles.ShortSeparator, h.Styles.FullSeparator, h.Styles.Ellipsis = st.HelpSep, st.HelpSep, st.HelpSep
	h.ShortSeparator = " · "

	m := Model{
		opts: o, keys: keys, st: st, input: in, help: h,
		eng:       newEngine(live, o.Frecency, o.FuzzyPinyin),
		width:     80,
		height:    24,
		platforms: []phrase.Platform{"", phrase.JD, phrase.Tmall, phrase.PDD},
	}
	m.groups = append([]string{""}, topGroups(live)...)
	if o.Group != "" {
		found := false
		for i, g := range m.groups {
			if g == o.Group {
				m.groupIdx, found = i, true
			}
		}
		if !found { // a nested group (售后/退换) gets a tab of its own
			m.groups = append(m.groups[:1], append([]string{o.Group}, m.groups[1:]...)...)
			m.groupIdx = 1
		}
	}
	for i, p := range m.platforms {
		if p == o.Platform {
			m.platIdx = i
		}
	}
	m.results, m.total = m.eng.search(m.scopeKey(), m.input.Value())
	if len(m.results) == 0 {
		m.nearest = m.eng.nearest(m.scopeKey(), m.input.Value())
	}
	if o.Group != "" && m.total == 0 {
		m.status, m.statusKind = "分组「"+visibleLine(o.Group)+"」里没有话术（tab 换分组）", statusError
	}
	return m
}

// Init builds the matcher for the current scope in the background: the
// first results are already there, and the first keystroke should not wait
// for the index.
func (m Model) Init() tea.Cmd {
	eng, k := m.eng, m.scopeKey()
	return func() tea.Msg {
		eng.warm(k)
		return nil
	}
}

// Printed is what --print writes after the program ends: the chosen reply,
// or nothing when the agent quit without choosing.
func (m Model) Printed() []string { return m.printed }

// Platform is the platform the picker renders for.
func (m Model) Platform() phrase.Platform { return m.platforms[m.platIdx] }

// Group is the selected group tab ("" = 全部).
func (m Model) Group() string { return m.groups[m.groupIdx] }

// Query is the text in the input line.
func (m Model) Query() string { return m.input.Value() }

// Results are the shown results.
func (m Model) Results() []match.Result { return m.results }

// Selected is the selected phrase, or nil.
func (m Model) Selected() *phrase.Phrase {
	if m.cursor < 0 || m.cursor >= len(m.results) {
		return nil
	}
	return m.results[m.cursor].Phrase
}

// Settled reports whether the shown results belong to the current query.
func (m Model) Settled() bool { return m.shownSeq == m.seq && !m.inFlight }

// idle reports whether nothing is in flight: results settled, no copy
// running, no keys waiting.
func (m Model) idle() bool {
	return m.Settled() && !m.copyInFlight && !m.enterPending && len(m.queued) == 0
}

func (m Model) scopeKey() scopeKey {
	return scopeKey{group: m.Group(), platform: m.Platform()}
}

// refilter notes that the query or scope changed and starts a search unless
// one is running (its reply starts the next).
func (m *Model) refilter() tea.Cmd {
	m.seq++
	if m.inFlight {
		return nil
	}
	return m.search()
}

func (m *Model) search() tea.Cmd {
	m.inFlight = true
	eng, seq, k, q := m.eng, m.seq, m.scopeKey(), m.input.Value()
	return func() tea.Msg {
		res, total := eng.search(k, q)
		msg := resultsMsg{seq: seq, results: res, total: total}
		if len(res) == 0 {
			msg.nearest = eng.nearest(k, q)
		}
		return msg
	}
}

// Update handles a message.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.help.Width = msg.Width
		// The input scrolls sideways within its width (set here, where
		// Update sees it, so a long query keeps the cursor in view).
		m.input.Width = max(max(msg.Width, 20)-stringWidth(m.input.Prompt)-1, 1)
		return m, nil
	case resultsMsg:
		m.inFlight = false
		if msg.seq != m.seq {
			return m, m.search() // stale: search the latest query
		}
		m.results, m.total, m.shownSeq, m.nearest = msg.results, msg.total, msg.seq, msg.nearest
		m.cursor, m.offset, m.previewOff = 0, 0, 0
		if m.enterPending {
			m.enterPending = false
			next, cmd := m.enter()
			return next.(Model).replay(cmd)
		}
		return m, nil
	case copiedMsg:
		m.copyInFlight = false
		next, cmd := m.copied(msg)
		if nm := next.(Model); !nm.quitting {
			return nm.replay(cmd)
		}
		return next, cmd
	case recordErrMsg:
		m.status += "（未能记录使用：" + visibleLine(msg.err.Error()) + "）"
		return m, nil
	case tea.KeyMsg:
		if key.Matches(msg, m.keys.Quit) {
			m.quitting = true
			return m, tea.Quit
		}
		if m.enterPending || m.copyInFlight {
			m.queued = append(m.queued, msg)
			return m, nil
		}
		if m.form != nil {
			return m.updateForm(msg)
		}
		return m.updateKey(msg)
	}
	if m.form != nil {
		var cmd tea.Cmd
		m.form.inputs[m.form.focus], cmd = m.form.inputs[m.form.focus].Update(msg)
		return m, cmd
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	return m, cmd
}

func (m Model) updateKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	if m.showHelp || m.showWarnings {
		// Esc, ? and ctrl+o only close the overlay; any other key closes it
		// and does what it does.
		m.showHelp, m.showWarnings = false, false
		if key.Matches(msg, m.keys.Help, m.keys.Clear, m.keys.Warnings) {
			return m, nil
		}
	}
	switch {
	case key.Matches(msg, m.keys.Copy):
		return m.enter()
	case key.Matches(msg, m.keys.Up):
		m.move(-1)
		return m, nil
	case key.Matches(msg, m.keys.Down):
		m.move(1)
		return m, nil
	case key.Matches(msg, m.keys.PageUp):
		m.move(-max(1, m.layout().list))
		return m, nil
	case key.Matches(msg, m.keys.PageDown):
		m.move(max(1, m.layout().list))
		return m, nil
	case key.Matches(msg, m.keys.PreviewDown), key.Matches(msg, m.keys.PreviewUp):
		d := 1
		if key.Matches(msg, m.keys.PreviewUp) {
			d = -1
		}
		l := m.layout()
		n := len(m.previewLines(max(m.width, 20)))
		m.previewOff = min(max(m.previewOff+d, 0), max(n-l.preview, 0))
		return m, nil
	case key.Matches(msg, m.keys.NextGroup), key.Matches(msg, m.keys.PrevGroup):
		d := 1
		if key.Matches(msg, m.keys.PrevGroup) {
			d = len(m.groups) - 1
		}
		m.groupIdx = (m.groupIdx + d) % len(m.groups)
		m.copying = nil
		return m, m.refilter()
	case key.Matches(msg, m.keys.Platform):
		m.platIdx = (m.platIdx + 1) % len(m.platforms)
		m.copying = nil
		return m, m.refilter()
	case key.Matches(msg, m.keys.Warnings):
		m.showWarnings = len(m.opts.Warnings) > 0
		return m, nil
	case key.Matches(msg, m.keys.Help) && m.input.Value() == "":
		// ? opens help only from an empty input: agents type codes, pinyin
		// and Chinese, so a "?" inside a query is still typed.
		m.showHelp = true
		return m, nil
	case key.Matches(msg, m.keys.Clear):
		if m.input.Value() == "" && m.copying == nil {
			m.quitting = true
			return m, tea.Quit
		}
		m.copying = nil
		m.status = ""
		if m.input.Value() == "" {
			return m, nil
		}
		m.input.SetValue("")
		return m, m.refilter()
	}
	before := m.input.Value()
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	if m.input.Value() == before {
		return m, cmd
	}
	m.copying = nil
	m.status = ""
	return m, tea.Batch(cmd, m.refilter())
}

// replay feeds the queued keys once nothing blocks them.
func (m Model) replay(cmd tea.Cmd) (tea.Model, tea.Cmd) {
	cmds := []tea.Cmd{cmd}
	for len(m.queued) > 0 && !m.enterPending && !m.copyInFlight && !m.quitting {
		k := m.queued[0]
		m.queued = m.queued[1:]
		next, c := m.Update(k)
		m = next.(Model)
		cmds = append(cmds, c)
	}
	return m, tea.Batch(cmds...)
}

func (m *Model) move(d int) {
	if len(m.results) == 0 {
		return
	}
	m.cursor = min(max(m.cursor+d, 0), len(m.results)-1)
	m.copying = nil
	m.previewOff = 0
}

// enter copies the selected reply, or its next part; placeholders without a
// value open the form first.
func (m Model) enter() (tea.Model, tea.Cmd) {
	if !m.Settled() {
		// Results for what was typed are still coming: copy what the agent
		// will see, not the stale selection.
		m.enterPending = true
		return m, nil
	}
	ph := m.Selected()
	if ph == nil {
		m.status, m.statusKind = "没有匹配的话术", statusError
		return m, nil
	}
	plat := m.Platform()
	if c := m.copying; c != nil && c.ph == ph && c.platform == plat && c.next < len(c.msgs) {
		return m.copyNext()
	}
	msgs, missing := m.opts.Render(ph, plat, nil)
	if len(missing) > 0 {
		m.form = newVarForm(ph, plat, missing, m.st)
		m.status = ""
		return m, nil
	}
	m.copying = &copyState{ph: ph, platform: plat, msgs: msgs}
	return m.copyNext()
}

// copyNext copies the next part of m.copying in a tea.Cmd.
func (m Model) copyNext() (tea.Model, tea.Cmd) {
	c := *m.copying
	if len(c.msgs) == 0 {
		m.copying = nil
		m.status, m.statusKind = "这条话术是空的", statusError
		return m, nil
	}
	if m.opts.Print {
		m.printed = []string{strings.Join(c.msgs, "\n\n")}
		m.quitting = true
		return m, tea.Sequence(m.recordCmd(c.ph), tea.Quit)
	}
	text := c.msgs[c.next]
	c.next++
	m.copying = &c
	m.copyInFlight = true
	m.copyQuery = m.input.Value()
	part, total, ph, cp := c.next, len(c.msgs), c.ph, m.opts.Copy
	return m, func() tea.Msg {
		var err error
		if cp == nil {
			err = errNoClipboard
		} else {
			err = cp(text)
		}
		return copiedMsg{ph: ph, part: part, total: total, err: err}
	}
}

func (m Model) copied(msg copiedMsg) (tea.Model, tea.Cmd) {
	if msg.err != nil {
		if m.copying != nil && m.copying.ph == msg.ph {
			c := *m.copying
			c.next = msg.part - 1
			m.copying = &c
		}
		m.status, m.statusKind = "复制失败："+visibleLine(firstLine(msg.err.Error())), statusError
		return m, nil
	}
	m.status, m.statusKind = "已复制 ✓ "+visibleLine(msg.ph.Title), statusCopied
	if msg.total > 1 {
		m.status += " " + itoa(msg.part) + "/" + itoa(msg.total)
		if msg.part < msg.total {
			m.status += " · enter 复制下一段"
		}
	}
	var cmds []tea.Cmd
	if msg.part == 1 {
		cmds = append(cmds, m.recordCmd(msg.ph))
	}
	if msg.part == msg.total {
		m.copying = nil
		if m.opts.Once {
			m.quitting = true
			return m, tea.Sequence(tea.Batch(cmds...), tea.Quit)
		}
		// Clear the query for the next chat, unless the agent already typed
		// a new one.
		if m.input.Value() == m.copyQuery {
			m.input.SetValue("")
			cmds = append(cmds, m.refilter())
		}
	}
	return m, tea.Batch(cmds...)
}

func (m Model) recordCmd(ph *phrase.Phrase) tea.Cmd {
	m.eng.used(ph.Code)
	rec, code := m.opts.Record, ph.Code
	if rec == nil {
		return nil
	}
	return func() tea.Msg {
		if err := rec(code); err != nil {
			return recordErrMsg{err}
		}
		return nil
	}
}

type clipError string

func (e clipError) Error() string { return string(e) }

const errNoClipboard = clipError("没有可用的剪贴板")

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

func itoa(n int) string { return strconv.Itoa(n) }
