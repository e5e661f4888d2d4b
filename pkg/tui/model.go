package tui

import (
	"runtime/debug"
	"slices"
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
	"github.com/huashu-cli/huashu/pkg/render"
)

// Options configure the picker. Only Catalog or Phrases is required.
type Options struct {
	// Catalog is where the phrases come from (the serving index): they
	// are decoded only when shown, so the first frame costs the same at 100
	// phrases and at 100k. Phrases outside their valid window at Now are
	// hidden.
	Catalog Catalog
	// Phrases, without a Catalog: the effective phrases (pack.Set.Phrases),
	// in the order the empty list falls back to (group order, then pack
	// order).
	Phrases []*phrase.Phrase
	// Values are where a phrase's placeholders take their values (the
	// config's and the pack's vars, the built-ins: render.Values); the form's
	// values go on top as Values.Vars. Nil renders with defaults only.
	Values func(ph *phrase.Phrase) render.Values
	// Copy puts one message on the clipboard and names the backend that
	// took it ("osc52" when it went through the terminal). It runs in a
	// tea.Cmd, never in Update. Unused with Print.
	Copy func(text string) (via string, err error)
	// Backend names the clipboard for the status line ("xclip", "osc52"…).
	Backend string
	// ReadClipboard reads the clipboard for {{剪贴板}} when the form opens;
	// nil leaves that field for the agent to type.
	ReadClipboard func() (string, error)
	// Record notes a use for frecency (history.Store.Record) and returns
	// every code's score afterwards (history.Store.Scores), so the empty
	// list in a session follows the order the next start computes. Nil
	// counts uses in memory only.
	Record func(code string) (scores map[string]float64, err error)
	// Frecency orders the empty query (after pins) and lifts results.
	Frecency map[string]float64
	// FuzzyPinyin is the set of 模糊音 pairs search reads as each other
	// (config match.fuzzy_pinyin); nil means every pair.
	FuzzyPinyin *match.FuzzyPair
	// Pins are the pinned codes, in the order they were pinned; SavePins
	// stores the list after a pin or unpin (atomically, in the state dir).
	Pins     []string
	SavePins func(pins []string) error
	// IsNew marks phrases a recent pack update added or changed ("新").
	IsNew func(ph *phrase.Phrase) bool

	// Refresh is the one function that reloads the packs: it returns the
	// current library, reloaded first when a file behind it changed on
	// disk. The picker calls it every PollEvery in the background and
	// before every copy, so a copy never uses text older than the disk.
	// Nil: the phrases never change.
	Refresh   func() (*Library, error)
	PollEvery time.Duration // default DefaultPollEvery
	// Update runs a background "pack update" once at start (config
	// picker.auto_update) and returns what to say in the status line.
	Update func() (summary string, err error)

	Platform phrase.Platform // start platform; "" = 全部
	Query    string          // start query (-q)
	Group    string          // start group (--group); "" = 全部
	// KeepGroup keeps the group tab after a copy (config picker.keep_group);
	// by default the next chat starts in 全部.
	KeepGroup bool
	// Once quits after one reply is copied (after its last part).
	Once bool
	// Print does not copy: Enter chooses the reply (all parts joined) and
	// quits; the caller prints Model.Printed() after the program ends.
	Print bool
	// Warnings are pack load problems and code conflicts, one line each.
	Warnings []string
	// Gen is the generation (Library.Gen) Phrases came from: Refresh
	// returning that generation again is no reload.
	Gen int
	// Now is the clock for valid windows (default time.Now).
	Now func() time.Time

	// Styles, when nil, are NewStyles(lipgloss.DefaultRenderer(), NoColor).
	Styles  *Styles
	NoColor bool
	// KeyMap, when nil, is DefaultKeyMap().
	KeyMap *KeyMap
}

// Library is what Refresh returns: the phrases and how to render them. Gen
// rises with every reload; the picker applies a library newer than its own.
type Library struct {
	Gen int
	// SameAs, when not 0, is the generation whose phrases this library
	// serves unchanged, from another catalog (the index the background
	// build wrote, in place of the packs parsed into memory). A picker
	// showing that generation swaps it in without a visible change: the
	// same rows, selection, scroll and status; the old catalog is let go
	// and its memory given back.
	SameAs   int
	Catalog  Catalog
	Phrases  []*phrase.Phrase // without a Catalog
	Values   func(ph *phrase.Phrase) render.Values
	Warnings []string
	IsNew    func(ph *phrase.Phrase) bool
}

// DefaultPollEvery is how often the picker checks its packs for changes.
const DefaultPollEvery = time.Second

// Model is the picker. It is a value: Update returns the next one.
type Model struct {
	opts  Options
	lib   Library // the phrases shown; replaced when Refresh reloads
	keys  KeyMap
	st    Styles
	eng   *engine
	input textinput.Model
	help  help.Model
	pins  []string

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
	enterPending  bool // Enter (or alt+n) pressed while results were stale
	pendingRow    int  // the n of an alt+n waiting with enterPending; 0 for Enter
	// copyInFlight is set while a copy, or the check of the packs before
	// it, runs.
	copyInFlight bool
	refreshing   bool // a background Refresh runs
	// queued are keys typed while Enter waits for results or a copy, or
	// while a key that acts on the rows (waitsForRows) waits for the results of
	// what was typed: they are replayed afterwards, in order, so type-ahead
	// (dh⏎ then the form's values, ⏎⏎ for two parts, tk↓⏎) means what it
	// would on a fast machine.
	queued  []tea.KeyMsg
	results rows
	nearest []string // codes nearest to a query nothing matched
	total   int      // phrases in the current scope
	cursor  int
	offset  int // the first visible row
	// keep is the phrase to select again when the next results arrive
	// (after a reload or a pin), instead of the first row.
	keep *phrase.Phrase
	// swapSeq is the search that moves the rows onto a catalog swapped in
	// without a visible change (Library.SameAs): its results keep the
	// cursor and the scroll. 0 for none.
	swapSeq int
	// previewOff is how far the preview is scrolled (lines).
	previewOff int

	copying *copyState
	form    *varForm
	// spent: the query belongs to a reply already (partly) copied. The next
	// key that edits it starts a fresh search (and the group goes back to
	// 全部), the way an IME starts a new word after a commit.
	spent bool

	showHelp, showWarnings bool
	status                 string
	statusKind             int
	refreshErr             string // the last reload error shown, so it is said once
	// keepStatus: the status says more than "话术已更新" would (the
	// background update's summary); the reload it triggers keeps it.
	keepStatus  bool
	printed     []string
	copyQuery   string // the query when the copy started
	quitting    bool
	interrupted bool // ctrl+c: the caller exits 130
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
	vars     map[string]string // the form's values, nil without a form
	msgs     []string
	next     int // index of the part Enter copies next
}

// action is a copy waiting for Refresh: it is resolved against the
// library Refresh returns, so it copies what is on disk now.
type action struct {
	kind     actionKind
	ph       *phrase.Phrase
	platform phrase.Platform
	vars     map[string]string // actSubmit: the form's values
}

type actionKind int

const (
	actCopy     actionKind = iota // from part 1; the form opens when a value is missing or defaulted
	actNextPart                   // the next part of m.copying
	actSubmit                     // with the form's values
)

// resultsMsg carries a finished search.
type resultsMsg struct {
	seq     int
	results rows
	total   int
	nearest []string // when nothing matched: the nearest codes
	// damaged: the catalog could not be read (its file was overwritten or
	// cut short): the picker reloads at once, not at the next poll.
	damaged bool
}

// copiedMsg reports a finished copy of one part.
type copiedMsg struct {
	ph          *phrase.Phrase
	part, total int // 1-based part just copied, and how many
	via         string
	err         error
}

// recordedMsg carries the frecency scores after a use was recorded.
type recordedMsg struct {
	code   string
	scores map[string]float64
	err    error
}

// refreshedMsg carries what Refresh returned, with an engine built for it
// off the UI goroutine when it is new; act is the copy that waited for it.
type refreshedMsg struct {
	lib *Library
	eng *engine
	err error
	act *action
}

type pollMsg struct{}

type updatedMsg struct {
	summary string
	err     error
}

type clipboardMsg struct {
	form *varForm
	text string
	err  error
}

type pinsSavedMsg struct{ err error }

// New builds the picker. The first results are computed here, so the first
// frame is complete.
func New(o Options) Model {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.PollEvery <= 0 {
		o.PollEvery = DefaultPollEvery
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
	lib := Library{Gen: o.Gen, Catalog: o.Catalog, Phrases: o.Phrases, Values: o.Values, Warnings: o.Warnings, IsNew: o.IsNew}
	// The model holds its phrases in lib only: a reload lets the first
	// catalog go.
	o.Catalog, o.Phrases = nil, nil

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
		opts: o, lib: lib, keys: keys, st: st, input: in, help: h,
		pins:      append([]string(nil), o.Pins...),
		eng:       newEngine(lib.catalog(), o.Now(), o.Frecency, o.Pins, o.FuzzyPinyin),
		width:     80,
		height:    24,
		platforms: []phrase.Platform{"", phrase.JD, phrase.Tmall, phrase.PDD},
	}
	m.setGroups(m.eng.topGroups(), o.Group)
	for i, p := range m.platforms {
		if p == o.Platform {
			m.platIdx = i
		}
	}
	m.results, m.total = m.eng.search(m.scopeKey(), m.input.Value())
	if m.results.Len() == 0 {
		m.nearest = m.eng.nearest(m.scopeKey(), m.input.Value())
	}
	if o.Group != "" && m.total == 0 {
		m.status, m.statusKind = "分组「"+visibleLine(o.Group)+"」里没有话术（tab 换分组）", statusError
	}
	return m
}

// catalog is the library's catalog: its Catalog, or its Phrases.
func (l Library) catalog() Catalog {
	if l.Catalog != nil {
		return l.Catalog
	}
	return newPhraseList(l.Phrases)
}

// setGroups makes the tabs: 全部, then the top-level groups in the order of
// the phrases (the packs' group order). want is selected; a nested group
// (售后/退换) gets a tab of its own.
func (m *Model) setGroups(top []string, want string) {
	m.groups = append([]string{""}, top...)
	m.groupIdx = 0
	if want == "" {
		return
	}
	for i, g := range m.groups {
		if g == want {
			m.groupIdx = i
			return
		}
	}
	m.groups = append(m.groups[:1], append([]string{want}, m.groups[1:]...)...)
	m.groupIdx = 1
}

// Init builds the matcher for the current scope in the background (the
// first results are already there, and the first keystroke should not wait
// for the index), starts watching the packs and runs the background pack
// update when configured.
func (m Model) Init() tea.Cmd {
	eng, k := m.eng, m.scopeKey()
	cmds := []tea.Cmd{func() tea.Msg {
		eng.warm(k)
		return nil
	}}
	if m.opts.Refresh != nil {
		cmds = append(cmds, m.pollTick())
	}
	if up := m.opts.Update; up != nil {
		cmds = append(cmds, func() tea.Msg {
			summary, err := up()
			return updatedMsg{summary: summary, err: err}
		})
	}
	return tea.Batch(cmds...)
}

func (m Model) pollTick() tea.Cmd {
	return tea.Tick(m.opts.PollEvery, func(time.Time) tea.Msg { return pollMsg{} })
}

// Printed is what --print writes after the program ends: the chosen reply,
// or nothing when the agent quit without choosing.
func (m Model) Printed() []string { return m.printed }

// Interrupted reports whether the agent quit with ctrl+c (exit 130).
func (m Model) Interrupted() bool { return m.interrupted }

// Quitting reports whether the model asked the program to end (a program
// that ended otherwise was stopped by a signal).
func (m Model) Quitting() bool { return m.quitting }

// Platform is the platform the picker renders for.
func (m Model) Platform() phrase.Platform { return m.platforms[m.platIdx] }

// Group is the selected group tab ("" = 全部).
func (m Model) Group() string { return m.groups[m.groupIdx] }

// Query is the text in the input line.
func (m Model) Query() string { return m.input.Value() }

// Results are the shown results.
func (m Model) Results() []match.Result {
	out := make([]match.Result, m.results.Len())
	for i := range out {
		out[i] = m.results.At(i)
	}
	return out
}

// Pins are the pinned codes, in pin order.
func (m Model) Pins() []string { return m.pins }

// Selected is the selected phrase, or nil.
func (m Model) Selected() *phrase.Phrase {
	if m.cursor < 0 || m.cursor >= m.results.Len() {
		return nil
	}
	return m.results.At(m.cursor).Phrase
}

// Settled reports whether the shown results belong to the current query.
func (m Model) Settled() bool { return m.shownSeq == m.seq && !m.inFlight }

// idle reports whether nothing is in flight: results settled, no copy
// running, no keys waiting.
func (m Model) idle() bool {
	return m.Settled() && !m.copyInFlight && !m.enterPending && len(m.queued) == 0 && !m.refreshing
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
		if res.Len() == 0 {
			msg.nearest = eng.nearest(k, q)
		}
		msg.damaged = eng.cat.Damaged() != nil
		return msg
	}
}

// values are where ph's placeholders take their values, vars (the form's)
// on top.
func (m Model) values(ph *phrase.Phrase, vars map[string]string) render.Values {
	var v render.Values
	if m.lib.Values != nil {
		v = m.lib.Values(ph)
	}
	if len(vars) > 0 {
		merged := make(map[string]string, len(v.Vars)+len(vars))
		for k, s := range v.Vars {
			merged[k] = s
		}
		for k, s := range vars {
			merged[k] = s
		}
		v.Vars = merged
	}
	return v
}

// render is the reply as it would be copied.
func (m Model) render(ph *phrase.Phrase, p phrase.Platform, vars map[string]string) render.Reply {
	return render.Phrase(ph, p, m.values(ph, vars))
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
		m.scroll()
		return m, nil
	case resultsMsg:
		if msg.damaged && m.opts.Refresh != nil && !m.refreshing {
			// The catalog's file was damaged under the picker: reload now
			// (the reload searches the query again), not at the next poll.
			m.refreshing = true
			reload := m.refreshCmd(nil)
			msg.damaged = false
			next, cmd := m.Update(msg)
			return next, tea.Batch(cmd, reload)
		}
		m.inFlight = false
		if msg.seq != m.seq {
			return m, m.search() // stale: search the latest query
		}
		// The first rows on a catalog swapped in without a visible change
		// (swap): the rows shown, so the cursor and the scroll stay. The
		// old catalog is unreachable now: its memory goes back.
		var release tea.Cmd
		swapped := msg.seq == m.swapSeq && m.sameRows(msg.results)
		if m.swapSeq != 0 {
			if msg.seq == m.swapSeq && !swapped && m.keep == nil {
				m.keep = m.Selected() // not the same rows after all: keep the selection at least
			}
			m.swapSeq = 0
			release = releaseMemory
		}
		m.results, m.total, m.shownSeq, m.nearest = msg.results, msg.total, msg.seq, msg.nearest
		if !swapped {
			m.cursor, m.offset, m.previewOff = 0, 0, 0
		}
		if m.keep != nil {
			if i := m.results.find(m.keep); i >= 0 {
				m.cursor = i
			}
			m.keep = nil
			m.scroll()
		}
		if !m.enterPending && len(m.queued) > 0 {
			return m.replay(release) // keys that waited for these rows
		}
		if m.enterPending {
			m.enterPending = false
			var (
				next tea.Model
				cmd  tea.Cmd
			)
			if n := m.pendingRow; n > 0 {
				m.pendingRow = 0
				next, cmd = m.copyRow(n)
			} else {
				next, cmd = m.enter()
			}
			return next.(Model).replay(tea.Batch(cmd, release))
		}
		return m, release
	case copiedMsg:
		m.copyInFlight = false
		next, cmd := m.copied(msg)
		if nm := next.(Model); !nm.quitting {
			return nm.replay(cmd)
		}
		return next, cmd
	case recordedMsg:
		if msg.err != nil {
			m.eng.bump(msg.code)
			m.status += "（未能记录使用：" + visibleLine(firstLine(msg.err.Error())) + "）"
		} else {
			m.eng.setFrecency(msg.scores)
		}
		if strings.TrimSpace(m.input.Value()) == "" && m.copying == nil {
			return m, m.refilter() // the empty list follows the new scores
		}
		return m, nil
	case pollMsg:
		if m.refreshing || m.opts.Refresh == nil {
			return m, nil // the running refresh schedules the next poll
		}
		m.refreshing = true
		return m, m.refreshCmd(nil)
	case refreshedMsg:
		return m.refreshed(msg)
	case updatedMsg:
		if msg.err != nil {
			m.status, m.statusKind = "后台更新团队话术失败："+visibleLine(firstLine(msg.err.Error())), statusError
		} else if msg.summary != "" {
			m.status, m.statusKind = visibleLine(msg.summary), statusInfo
			m.keepStatus = true
		}
		if m.opts.Refresh != nil && !m.refreshing {
			m.refreshing = true
			return m, m.refreshCmd(nil)
		}
		return m, nil
	case clipboardMsg:
		m.clipboardRead(msg)
		return m, nil
	case pinsSavedMsg:
		if msg.err != nil {
			m.status, m.statusKind = "置顶未能保存："+visibleLine(firstLine(msg.err.Error())), statusError
		}
		return m, nil
	case tea.KeyMsg:
		if key.Matches(msg, m.keys.Quit) {
			m.quitting, m.interrupted = true, true
			return m, tea.Quit
		}
		if m.enterPending || m.copyInFlight || len(m.queued) > 0 || m.waitsForRows(msg) {
			m.queued = append(m.queued, msg)
			return m, nil
		}
		return m.key(msg)
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
	if m.showHelp {
		// ?, esc and q only close the ? screen (its footer says so); any
		// other key closes it and does what it does.
		m.showHelp = false
		if key.Matches(msg, m.keys.CloseHelp) {
			return m, nil
		}
	}
	if m.showWarnings {
		// Esc and ctrl+o only close the warnings; any other key closes
		// them and does what it does.
		m.showWarnings = false
		if key.Matches(msg, m.keys.Clear, m.keys.Warnings) {
			return m, nil
		}
	}
	if n := rowKey(msg); n > 0 {
		return m.copyRow(n)
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
		if m.spent { // a new group is a new search
			m.input.SetValue("")
			m.spent = false
		}
		m.groupIdx = (m.groupIdx + d) % len(m.groups)
		m.copying = nil
		return m, m.refilter()
	case key.Matches(msg, m.keys.Platform):
		m.platIdx = (m.platIdx + 1) % len(m.platforms)
		m.copying = nil
		return m, m.refilter()
	case key.Matches(msg, m.keys.Pin):
		return m.togglePin()
	case key.Matches(msg, m.keys.Warnings):
		m.showWarnings = len(m.lib.Warnings) > 0
		return m, nil
	case key.Matches(msg, m.keys.Help) && (m.input.Value() == "" || m.spent):
		// ? opens help only from an empty input: agents type codes, pinyin
		// and Chinese, so a "?" inside a query is still typed.
		m.showHelp = true
		return m, nil
	case key.Matches(msg, m.keys.Clear):
		if m.input.Value() == "" && m.copying == nil {
			m.quitting = true
			return m, tea.Quit
		}
		m.copying, m.spent = nil, false
		m.status = ""
		if m.input.Value() == "" {
			return m, nil
		}
		m.input.SetValue("")
		return m, m.refilter()
	}
	if msg.Alt && msg.Type == tea.KeyRunes {
		return m, nil // alt+letter is no text: never type it into the query
	}
	before, beforePos := m.input.Value(), m.input.Position()
	probe, cmd := m.input.Update(msg)
	if probe.Value() == before {
		if m.spent && probe.Position() != beforePos {
			m.spent = false // the agent moves into the query to edit it
		}
		m.input = probe
		return m, cmd
	}
	if m.spent {
		// The first edit after a copy starts the next chat: typed text
		// replaces the query, a deletion clears it.
		m.freshStart()
		cmd = nil
		if msg.Type == tea.KeyRunes || msg.Type == tea.KeySpace {
			m.input, cmd = m.input.Update(msg)
		}
	} else {
		m.input = probe
		m.copying = nil
	}
	m.status = ""
	return m, tea.Batch(cmd, m.refilter())
}

// freshStart clears what belongs to the last chat: the query, a reply
// copied part way, and the group tab (unless KeepGroup).
func (m *Model) freshStart() {
	m.input.SetValue("")
	m.copying, m.spent = nil, false
	if !m.opts.KeepGroup {
		m.groupIdx = 0
	}
}

// rowKey is n for alt+n (1–9), else 0.
func rowKey(msg tea.KeyMsg) int {
	if !msg.Alt || msg.Type != tea.KeyRunes || len(msg.Runes) != 1 || msg.Paste {
		return 0
	}
	if r := msg.Runes[0]; r >= '1' && r <= '9' {
		return int(r - '0')
	}
	return 0
}

// copyRow copies the n-th visible row (alt+n), as Enter on it would.
func (m Model) copyRow(n int) (tea.Model, tea.Cmd) {
	if !m.Settled() {
		m.enterPending, m.pendingRow = true, n
		return m, nil
	}
	start, _ := m.window(m.layout().list)
	i := start + n - 1
	if i >= m.results.Len() || n > m.layout().list {
		m.status, m.statusKind = "没有第 "+itoa(n)+" 条", statusError
		return m, nil
	}
	if i != m.cursor {
		m.cursor = i
		m.copying = nil
		m.previewOff = 0
	}
	return m.enter()
}

// togglePin pins or unpins the selected phrase and saves the pins.
func (m Model) togglePin() (tea.Model, tea.Cmd) {
	ph := m.Selected()
	if ph == nil {
		return m, nil
	}
	var pins []string
	pinned := false
	for _, c := range m.pins {
		if c == ph.Code {
			pinned = true
			continue
		}
		pins = append(pins, c)
	}
	if pinned {
		m.status = "已取消置顶「" + visibleLine(ph.Title) + "」"
	} else {
		pins = append(pins, ph.Code)
		m.status = "已置顶「" + visibleLine(ph.Title) + "」：输入为空时排在最前"
	}
	m.statusKind = statusInfo
	m.pins = pins
	m.eng.setPins(pins)
	m.keep = ph
	cmds := []tea.Cmd{m.refilter()}
	if save := m.opts.SavePins; save != nil {
		cmds = append(cmds, func() tea.Msg { return pinsSavedMsg{err: save(pins)} })
	}
	return m, tea.Batch(cmds...)
}

// key handles a key nothing holds back.
func (m Model) key(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	if m.form != nil {
		return m.updateForm(msg)
	}
	return m.updateKey(msg)
}

// waitsForRows reports whether msg acts on the rows (a move, a page, a
// pin, the preview's scroll) while the rows shown are not yet the results
// of what was typed, or of a reload: it waits for them, as on a fast
// machine it would have found them there. (Enter and alt+n wait too:
// enterPending.)
func (m Model) waitsForRows(msg tea.KeyMsg) bool {
	if m.Settled() || m.form != nil {
		return false
	}
	return key.Matches(msg, m.keys.Up, m.keys.Down, m.keys.PageUp, m.keys.PageDown,
		m.keys.Pin, m.keys.PreviewUp, m.keys.PreviewDown)
}

// replay feeds the queued keys once nothing blocks them.
func (m Model) replay(cmd tea.Cmd) (tea.Model, tea.Cmd) {
	cmds := []tea.Cmd{cmd}
	for len(m.queued) > 0 && !m.enterPending && !m.copyInFlight && !m.quitting && !m.waitsForRows(m.queued[0]) {
		k := m.queued[0]
		m.queued = m.queued[1:]
		next, c := m.key(k)
		m = next.(Model)
		cmds = append(cmds, c)
	}
	return m, tea.Batch(cmds...)
}

func (m *Model) move(d int) {
	if m.results.Len() == 0 {
		return
	}
	m.cursor = min(max(m.cursor+d, 0), m.results.Len()-1)
	m.copying = nil
	m.previewOff = 0
	m.scroll()
}

// scroll keeps the cursor inside the visible rows.
func (m *Model) scroll() {
	h := max(m.layout().list, 1)
	if m.cursor < m.offset {
		m.offset = m.cursor
	}
	if m.cursor >= m.offset+h {
		m.offset = m.cursor - h + 1
	}
	m.offset = max(min(m.offset, m.results.Len()-h), 0)
}

// samePhrase reports whether a and b are the same phrase, also across a
// reload (which makes new values for a changed file).
func samePhrase(a, b *phrase.Phrase) bool {
	return a == b || a != nil && b != nil && a.Code == b.Code && a.File == b.File && a.Pack == b.Pack
}

// enter copies the selected reply, or its next part; placeholders without a
// value, or with only a default, open the form first.
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
	if c := m.copying; c != nil && samePhrase(c.ph, ph) && c.platform == plat && c.next < len(c.msgs) {
		return m.act(action{kind: actNextPart, ph: ph, platform: plat})
	}
	return m.act(action{kind: actCopy, ph: ph, platform: plat})
}

// act runs a copy once Refresh has said what is on disk.
func (m Model) act(a action) (tea.Model, tea.Cmd) {
	if m.opts.Refresh == nil {
		return m.perform(a)
	}
	m.copyInFlight = true // keys typed meanwhile wait, in order
	return m, m.refreshCmd(&a)
}

// refreshCmd calls Refresh off the UI goroutine; a new library gets its
// engine (and the current scope's matcher) built there too.
func (m Model) refreshCmd(a *action) tea.Cmd {
	refresh, gen, now, fuzzy := m.opts.Refresh, m.lib.Gen, m.opts.Now, m.opts.FuzzyPinyin
	frecency, pins, k, engNow := m.eng.frecencyCopy(), m.pins, m.scopeKey(), m.eng.now
	return func() tea.Msg {
		lib, err := refresh()
		msg := refreshedMsg{err: err, act: a}
		if err == nil && lib != nil && lib.Gen > gen {
			msg.lib = lib
			at := now()
			if lib.SameAs == gen {
				at = engNow // the same phrases live: the same rows
			}
			msg.eng = newEngine(lib.catalog(), at, frecency, pins, fuzzy)
			if a == nil {
				msg.eng.warm(k)
			}
		}
		return msg
	}
}

// refreshed applies a reloaded library, keeping the query, the group and
// the selection, then runs the copy that waited for it.
func (m Model) refreshed(msg refreshedMsg) (tea.Model, tea.Cmd) {
	var cmds []tea.Cmd
	if msg.act == nil {
		m.refreshing = false
		cmds = append(cmds, m.pollTick())
	}
	switch {
	case msg.err != nil:
		if e := firstLine(msg.err.Error()); e != m.refreshErr {
			m.refreshErr = e
			m.status, m.statusKind = "话术重新加载失败，继续使用已加载的："+visibleLine(e), statusError
		}
	case msg.lib != nil && msg.lib.Gen > m.lib.Gen && msg.lib.SameAs == m.lib.Gen:
		cmds = append(cmds, m.swap(msg.lib, msg.eng))
	case msg.lib != nil && msg.lib.Gen > m.lib.Gen:
		m.refreshErr = ""
		cmds = append(cmds, m.apply(msg.lib, msg.eng))
	}
	if msg.act == nil {
		return m, tea.Batch(cmds...)
	}
	m.copyInFlight = false
	a := *msg.act
	if msg.lib != nil && msg.err == nil {
		if a.ph = m.resolve(a.ph); a.ph == nil {
			m.copying = nil
			m.status, m.statusKind = "「"+visibleLine(msg.act.ph.Title)+"」已从话术包里删除，没有复制", statusError
			return m.replay(tea.Batch(cmds...))
		}
	}
	next, cmd := m.perform(a)
	cmds = append(cmds, cmd)
	if nm := next.(Model); !nm.quitting && !nm.copyInFlight {
		return nm.replay(tea.Batch(cmds...))
	}
	return next, tea.Batch(cmds...)
}

// apply swaps in a new library and its engine.
func (m *Model) apply(lib *Library, eng *engine) tea.Cmd {
	failed := newWarning(m.lib.Warnings, lib.Warnings)
	m.lib = *lib
	m.eng = eng
	group := m.Group()
	top := eng.topGroups()
	m.setGroups(top, "")
	for i, g := range m.groups {
		if g == group {
			m.groupIdx = i
		}
	}
	if m.groupIdx == 0 && group != "" && len(m.groups) > 0 && eng.hasGroup(group) {
		// A nested group from --group, or a group that is gone: keep a
		// nested tab while it has phrases.
		m.setGroups(top, group)
	}
	partNote := m.followParts()
	if sel := m.Selected(); sel != nil {
		m.keep = sel
	}
	switch {
	case m.keepStatus:
		m.keepStatus = false
	case failed != "":
		// A file that loaded before fails now (a half-saved pack): the
		// rest is served, and the status names the file and the problem.
		m.status, m.statusKind = "话术已更新（共 "+itoa(eng.liveCount())+" 条）；新警告："+visibleLine(failed), statusError
	case partNote != "":
		m.status, m.statusKind = partNote, statusInfo
	case m.status == "" || m.statusKind != statusError:
		m.status, m.statusKind = "话术已更新（共 "+itoa(eng.liveCount())+" 条）", statusInfo
	}
	return m.refilter()
}

// swap puts in a library that serves the same phrases as the shown one
// from another catalog (Library.SameAs), without a visible change: the
// status, the group and the copy in progress stay; the rows are searched
// again on the new catalog and keep the cursor and the scroll (resultsMsg,
// swapSeq), after which nothing refers to the old catalog any more.
func (m *Model) swap(lib *Library, eng *engine) tea.Cmd {
	m.lib = *lib
	m.eng = eng
	// The phrases held across the swap are the old catalog's: take the
	// new one's (the same phrase), so the old catalog can go.
	if m.copying != nil {
		c := *m.copying
		if ph := m.resolve(c.ph); ph != nil {
			c.ph = ph
		}
		m.copying = &c
	}
	if m.form != nil {
		if ph := m.resolve(m.form.ph); ph != nil {
			m.form.ph = ph
		}
	}
	if m.keep != nil {
		if ph := m.resolve(m.keep); ph != nil {
			m.keep = ph
		}
	}
	cmd := m.refilter()
	m.swapSeq = m.seq
	return cmd
}

// sameRows reports whether r, searched on a catalog swapped in, holds the
// shown rows: the same phrases, scores and order.
func (m Model) sameRows(r rows) bool {
	if r.Len() != m.results.Len() {
		return false
	}
	if r.ids != nil || m.results.ids != nil {
		return slices.Equal(r.ids, m.results.ids)
	}
	for i, a := range r.res {
		b := m.results.res[i]
		if a.Score != b.Score || a.Approximate != b.Approximate || !samePhrase(a.Phrase, b.Phrase) {
			return false
		}
	}
	return true
}

// releaseMemory gives the memory of a catalog let go back to the system
// (a 100k-phrase pack parsed into memory is a hundred MiB or more), off
// the UI goroutine.
func releaseMemory() tea.Msg {
	debug.FreeOSMemory()
	return nil
}

// newWarning is the first warning of now that was not among before.
func newWarning(before, now []string) string {
	for _, w := range now {
		if !slices.Contains(before, w) {
			return w
		}
	}
	return ""
}

// followParts keeps a multi-part reply being copied in step with a reload
// (docs/picker.md): the parts already copied stay copied, and the next
// Enter copies the next part of the new text, which the preview and the
// status show with the new count. When the new text has no next part (or
// now needs a value the agent has not given), the reply is finished: the
// next Enter starts again from part 1. It returns the status to show, ""
// when the reply is unchanged.
func (m *Model) followParts() string {
	if m.copying == nil {
		return ""
	}
	c := *m.copying
	ph := m.resolve(c.ph)
	if ph == nil {
		m.copying = nil
		return ""
	}
	reply := m.render(ph, c.platform, c.vars)
	if slices.Equal(reply.Messages, c.msgs) {
		return ""
	}
	c.ph = ph
	title := "「" + visibleLine(ph.Title) + "」"
	switch {
	case len(reply.Missing) > 0:
		m.copying = nil
		return title + "已更新，剩下的段不再复制；enter 从第 1 段重新复制"
	case c.next >= len(reply.Messages):
		m.copying = nil
		return title + "已改成 " + itoa(len(reply.Messages)) + " 段，都已复制"
	}
	c.msgs = reply.Messages
	m.copying = &c
	return "话术已更新：" + title + "现在 " + itoa(len(c.msgs)) + " 段，enter 复制第 " + itoa(c.next+1) + " 段"
}

// resolve finds old in the current library: the same phrase (code and
// file), else the phrase now serving its code (a higher layer's, after
// "huashu add CODE --force"); nil when the code is gone.
func (m Model) resolve(old *phrase.Phrase) *phrase.Phrase { return m.eng.resolve(old) }

// needsForm reports whether a reply has a placeholder the agent must fill
// (no value) or should confirm (only the placeholder's own default).
func needsForm(r render.Reply) bool {
	for _, f := range r.Fields {
		if f.Origin == render.OriginNone || f.Origin == render.OriginDefault {
			return true
		}
	}
	return false
}

// perform copies (or opens the form for) an action's phrase.
func (m Model) perform(a action) (tea.Model, tea.Cmd) {
	switch a.kind {
	case actNextPart:
		c := m.copying
		if c == nil {
			return m.perform(action{kind: actCopy, ph: a.ph, platform: a.platform})
		}
		reply := m.render(a.ph, a.platform, c.vars)
		if len(reply.Missing) > 0 {
			return m.perform(action{kind: actCopy, ph: a.ph, platform: a.platform})
		}
		next := *c
		next.ph, next.msgs = a.ph, reply.Messages
		if next.next >= len(next.msgs) {
			m.copying = nil
			m.status, m.statusKind = "「"+visibleLine(a.ph.Title)+"」已改成 "+itoa(len(next.msgs))+" 段，都已复制", statusInfo
			return m, nil
		}
		m.copying = &next
		return m.copyNext()
	case actSubmit:
		reply := m.render(a.ph, a.platform, a.vars)
		if len(reply.Missing) > 0 {
			// The phrase changed on disk while the form was open and asks
			// for something new: the form again, with what was typed.
			f := newVarForm(a.ph, a.platform, reply.Fields, a.vars, m.st)
			f.hint = "话术已更新，请填写新增的变量"
			m.form = f
			return m, m.readClipboardCmd(f)
		}
		m.copying = &copyState{ph: a.ph, platform: a.platform, vars: a.vars, msgs: reply.Messages}
		return m.copyNext()
	}
	reply := m.render(a.ph, a.platform, nil)
	if needsForm(reply) {
		f := newVarForm(a.ph, a.platform, reply.Fields, nil, m.st)
		m.form = f
		m.status = ""
		return m, m.readClipboardCmd(f)
	}
	m.copying = &copyState{ph: a.ph, platform: a.platform, msgs: reply.Messages}
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
		if cp == nil {
			return copiedMsg{ph: ph, part: part, total: total, err: errNoClipboard}
		}
		via, err := cp(text)
		return copiedMsg{ph: ph, part: part, total: total, via: via, err: err}
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
	done := "已复制 ✓ "
	if msg.via == clipOSC52 {
		// The terminal puts it on the clipboard and never says whether it
		// did.
		done = "经终端复制 ✓ "
	}
	m.status, m.statusKind = done+visibleLine(msg.ph.Title), statusCopied
	if msg.total > 1 {
		m.status += " " + itoa(msg.part) + "/" + itoa(msg.total)
		if msg.part < msg.total {
			m.status += " · enter 复制第 " + itoa(msg.part+1) + " 段"
		}
	}
	var cmds []tea.Cmd
	if msg.part == 1 {
		cmds = append(cmds, m.recordCmd(msg.ph))
	}
	if msg.part < msg.total {
		// Enter on this row copies the next part; the next typed key starts
		// a new search.
		m.spent = true
		return m, tea.Batch(cmds...)
	}
	m.copying = nil
	if m.opts.Once {
		m.quitting = true
		return m, tea.Sequence(tea.Batch(cmds...), tea.Quit)
	}
	// The next chat starts fresh: no query, all groups.
	if m.input.Value() == m.copyQuery {
		m.freshStart()
		cmds = append(cmds, m.refilter())
	}
	m.spent = false
	return m, tea.Batch(cmds...)
}

func (m Model) recordCmd(ph *phrase.Phrase) tea.Cmd {
	rec, code := m.opts.Record, ph.Code
	if rec == nil {
		m.eng.bump(code)
		return nil
	}
	return func() tea.Msg {
		scores, err := rec(code)
		return recordedMsg{code: code, scores: scores, err: err}
	}
}

// clipOSC52 is the Backend name of a copy through the terminal (pkg/clip).
const clipOSC52 = "osc52"

type clipError string

func (e clipError) Error() string { return string(e) }

const errNoClipboard = clipError("没有可用的剪贴板")

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

func itoa(n int) string { return strconv.Itoa(n) }
