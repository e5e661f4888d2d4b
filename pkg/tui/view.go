package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/huashu-cli/huashu/pkg/match"
	"github.com/huashu-cli/huashu/pkg/phrase"
	"github.com/huashu-cli/huashu/pkg/render"
	"github.com/huashu-cli/huashu/pkg/termwidth"
)

// Screen, top to bottom:
//
//	话术 › tk▌                                input
//	全部  售前  售中  售后                     group tabs
//	⚠ 2 条警告：…（ctrl+o 展开）               only when there are warnings
//	▸ 1 顶 tk  退款说明  亲，退款…  售后/退换   result list: number (alt+n), mark, code, title, reply, group
//	── 预览 ────────────────                  rule
//	亲，退款将在…                             preview: the reply as copied
//	京东 · 3/120 条 · 系统剪贴板 · 已复制 ✓     status
//	enter 复制 · tab 下一分组 · …              short help

// layout is how many rows each part of the screen gets.
type layout struct {
	warn    int // 0 or 1
	list    int
	preview int // 0 when the terminal is too small: the list wins
}

func (m Model) layout() layout {
	l := layout{}
	if len(m.lib.Warnings) > 0 {
		l.warn = 1
	}
	fixed := 2 + l.warn + 2 // input, tabs, [warning], status, help
	middle := max(m.height-fixed, 1)
	if middle < 6 {
		l.list = middle
		return l
	}
	l.list = max((middle-1)*11/20, 3)
	l.preview = middle - 1 - l.list
	return l
}

// View draws the screen; every line fits m.width cells.
func (m Model) View() string {
	if m.quitting {
		return ""
	}
	w := max(m.width, 20)
	l := m.layout()
	lines := make([]string, 0, m.height)
	input := m.input
	if m.spent {
		// A query already answered: dimmed, it is replaced by the next key.
		input.TextStyle = m.st.Placeholder
	}
	lines = append(lines, truncate(input.View(), w))
	lines = append(lines, m.tabsLine(w))
	if l.warn > 0 {
		lines = append(lines, m.warningLine(w))
	}
	middle := l.list
	if l.preview > 0 {
		middle += 1 + l.preview
	}
	switch {
	case m.showHelp:
		lines = append(lines, m.helpView(w, middle)...)
	case m.showWarnings:
		lines = append(lines, m.warningsView(w, middle)...)
	case m.form != nil:
		lines = append(lines, m.formView(w, middle)...)
	default:
		lines = append(lines, m.listView(w, l.list)...)
		if l.preview > 0 {
			lines = append(lines, m.rule(w, "预览"))
			lines = append(lines, m.previewView(w, l.preview)...)
		}
	}
	lines = append(lines, m.statusLine(w))
	switch {
	case m.form != nil:
		lines = append(lines, truncate(m.help.ShortHelpView(m.keys.formKeys()), w))
	case m.showHelp:
		lines = append(lines, truncate(m.help.ShortHelpView([]key.Binding{m.keys.CloseHelp}), w))
	default:
		lines = append(lines, truncate(m.help.ShortHelpView(m.keys.ShortHelp()), w))
	}
	return strings.Join(lines, "\n")
}

func (m Model) tabsLine(w int) string {
	names := make([]string, len(m.groups))
	for i, g := range m.groups {
		if g == "" {
			g = "全部"
		}
		names[i] = visibleLine(g)
	}
	// Drop tabs from the left until the active one fits.
	first := 0
	for first < m.groupIdx && tabsWidth(names[first:m.groupIdx+1]) > w-2 {
		first++
	}
	// The active tab is bracketed, so it shows without colour (NO_COLOR,
	// the golden files) too.
	var b strings.Builder
	if first > 0 {
		b.WriteString(m.st.Tab.Render("‹"))
	}
	for i := first; i < len(names); i++ {
		if i == m.groupIdx {
			b.WriteString(m.st.ActiveTab.Render("[" + names[i] + "]"))
		} else {
			b.WriteString(m.st.Tab.Render(" " + names[i] + " "))
		}
	}
	return truncate(b.String(), w)
}

func tabsWidth(names []string) int {
	n := 0
	for _, s := range names {
		n += stringWidth(s) + 2
	}
	return n
}

func (m Model) warningLine(w int) string {
	ws := m.lib.Warnings
	s := "⚠ " + itoa(len(ws)) + " 条警告：" + visibleLine(ws[0])
	hint := "（ctrl+o 展开）"
	if m.showWarnings {
		hint = "（ctrl+o 收起）"
	}
	room := w - stringWidth(hint)
	return m.st.Warning.Render(truncate(s, max(room, 1)) + hint)
}

func (m Model) warningsView(w, h int) []string {
	lines := []string{m.st.Warning.Render("警告（ctrl+o 收起）：")}
	for _, s := range m.lib.Warnings {
		lines = append(lines, wrap("• "+visibleLine(s), w)...)
	}
	return fitLines(strings.Join(lines, "\n"), w, h)
}

// columns are the cell widths of a result row.
type columns struct{ mark, code, title, preview, group int }

func (m Model) columns(w int, rows []match.Result) columns {
	var c columns
	for _, r := range rows {
		c.code = max(c.code, stringWidth(visibleLine(r.Phrase.Code)))
		tw := stringWidth(visibleLine(r.Phrase.Title))
		if r.Approximate {
			tw += approxLabelWidth + 1
		}
		c.title = max(c.title, tw)
		c.group = max(c.group, stringWidth(visibleLine(r.Phrase.Group)))
		if m.mark(r.Phrase) != "" {
			c.mark = 3 // "顶 ", "新 "
		}
	}
	avail := w - 4 - c.mark // marker and number
	c.code = min(c.code, 10, max(avail/6, 4))
	c.title = min(c.title, 20, max(avail/4, 4))
	c.group = min(c.group, 14, avail/6)
	rest := func() int {
		n := avail - c.code - 1 - c.title - 2
		if c.group > 0 {
			n -= 2 + c.group
		}
		return n
	}
	if rest() < 8 {
		c.group = 0
	}
	c.preview = max(rest(), 0)
	return c
}

// approxLabel marks an approximate result (match.Result.Approximate), as
// search prints it.
const (
	approxLabel      = "近似"
	approxLabelWidth = 4
)

// mark is a row's one-character mark: 顶 for a pinned phrase, 新 for one a
// recent pack update added or changed.
func (m Model) mark(ph *phrase.Phrase) string {
	switch {
	case m.eng.isPinned(ph.Code):
		return "顶"
	case m.lib.IsNew != nil && m.lib.IsNew(ph):
		return "新"
	}
	return ""
}

// window is the range of result rows on screen.
func (m Model) window(h int) (start, end int) {
	start = m.offset
	if m.cursor < start {
		start = m.cursor
	}
	if m.cursor >= start+h {
		start = m.cursor - h + 1
	}
	start = max(start, 0)
	return start, min(start+h, m.results.Len())
}

func (m Model) listView(w, h int) []string {
	lines := make([]string, 0, h)
	if m.results.Len() == 0 {
		if m.total == 0 {
			lines = append(lines, m.st.Dim.Render(truncate("  没有话术：用 --pack 加载话术包，或检查上方的警告", w)))
			return padLines(lines, h)
		}
		// Never a blank list: the nearest codes, and what was tried.
		msg := "没有匹配的话术"
		if len(m.nearest) > 0 {
			msg += "；最接近的编码：" + visibleLine(strings.Join(m.nearest, "、"))
		}
		for _, l := range append(wrap("  "+msg, w), wrap("  已试："+match.Tried, w)...) {
			lines = append(lines, m.st.Dim.Render(l))
		}
		return fitLines(strings.Join(lines, "\n"), w, h)
	}
	off, end := m.window(h)
	rows := make([]match.Result, 0, end-off)
	for i := off; i < end; i++ {
		rows = append(rows, m.results.At(i))
	}
	cols := m.columns(w, rows)
	plat := m.Platform()
	for i, r := range rows {
		lines = append(lines, m.row(r, i+1, off+i == m.cursor, cols, plat))
	}
	return padLines(lines, h)
}

// row draws one result: marker, number (alt+n copies it), mark, code,
// title, one-line reply rendered like the preview, group, with the matched
// characters highlighted.
func (m Model) row(r match.Result, n int, selected bool, c columns, plat phrase.Platform) string {
	st := m.st
	base := func(s lipgloss.Style) lipgloss.Style {
		if selected {
			return s.Inherit(st.Selected)
		}
		return s
	}
	hl := base(st.Highlight)
	gap := func(n int) string {
		if n <= 0 {
			return ""
		}
		return base(st.Input).Render(strings.Repeat(" ", n)) // st.Input is plain, from the styles' renderer
	}
	ph := r.Phrase
	pos := func(field string) []int {
		for _, fm := range r.Matches {
			if fm.Field == field {
				return fm.Positions
			}
		}
		if r.Field == field {
			return r.Positions
		}
		return nil
	}
	var b strings.Builder
	if selected {
		b.WriteString(base(st.Marker).Render("▸ "))
	} else {
		b.WriteString("  ")
	}
	num := "  "
	if n <= 9 {
		num = itoa(n) + " "
	}
	b.WriteString(base(st.Dim).Render(num))
	if c.mark > 0 {
		mk := m.mark(ph)
		b.WriteString(base(st.Mark).Render(mk + strings.Repeat(" ", c.mark-stringWidth(mk))))
	}
	b.WriteString(cell(visibleRunes(ph.Code), marks(pos("code"), len([]rune(ph.Code))), c.code, base(st.Code), hl, false))
	b.WriteString(gap(1))
	title := c.title
	if r.Approximate && title >= approxLabelWidth+2 {
		// The result shares words with the query rather than matching it.
		b.WriteString(base(st.Dim).Render(approxLabel))
		b.WriteString(gap(1))
		title -= approxLabelWidth + 1
	}
	b.WriteString(cell(visibleRunes(ph.Title), marks(pos("title"), len([]rune(ph.Title))), title, base(st.Title), hl, false))
	if c.preview > 0 {
		b.WriteString(gap(2))
		bodyField := match.FieldBody
		if _, variant := ph.Variants[plat]; variant {
			bodyField += "." + string(plat)
		}
		pieces, marked := renderedPieces(ph.For(plat).Joined(), m.values(ph, nil), pos(bodyField))
		b.WriteString(cell(pieces, marked, c.preview, base(st.Preview), hl, true))
	}
	if c.group > 0 {
		b.WriteString(gap(2))
		b.WriteString(cell(visibleRunes(ph.Group), marks(pos("group"), len([]rune(ph.Group))), c.group, base(st.Group), hl, false))
	}
	return b.String()
}

// marks turns highlight positions (rune indexes) into one flag per rune.
func marks(positions []int, n int) []bool {
	out := make([]bool, n)
	for _, p := range positions {
		if p >= 0 && p < n {
			out[p] = true
		}
	}
	return out
}

// renderedPieces is a reply template rendered with its values (what the
// preview shows), one visible piece per rune; positions, which index the
// template, stay on the template's characters, and filled-in values are
// never highlighted.
func renderedPieces(template string, v render.Values, positions []int) ([]string, []bool) {
	hit := marks(positions, len([]rune(template)))
	var pieces []string
	var marked []bool
	for _, sp := range render.Spans(template, v) {
		raw := sp.Raw
		for _, piece := range visibleRunes(sp.Text) {
			pieces = append(pieces, piece)
			marked = append(marked, !sp.Value && raw < len(hit) && hit[raw])
			raw++
		}
	}
	return pieces, marked
}

// cell draws pieces (one visible rune each) in exactly w cells: the marked
// ones highlighted, cut with … when too wide. With scroll, a first mark
// beyond the middle of the cell scrolls it into view.
func cell(pieces []string, marked []bool, w int, style, hl lipgloss.Style, scroll bool) string {
	if w <= 0 {
		return ""
	}
	start := 0
	lead := false
	first := -1
	for i, mk := range marked {
		if mk {
			first = i
			break
		}
	}
	if scroll && first >= 0 {
		wBefore := 0
		for i := 0; i < first && i < len(pieces); i++ {
			wBefore += stringWidth(pieces[i])
		}
		if wBefore > w/2 {
			// start a few runes before the match, after a leading …
			start = first
			back := 0
			for start > 0 && back+stringWidth(pieces[start-1]) <= w/4 {
				start--
				back += stringWidth(pieces[start])
			}
			lead = true
		}
	}
	var b strings.Builder
	used := 0
	room := w
	if lead {
		b.WriteString(style.Render("…"))
		used, room = 1, w
	}
	// Runs of same-highlight pieces are styled together.
	var run strings.Builder
	runHL := false
	flush := func() {
		if run.Len() == 0 {
			return
		}
		if runHL {
			b.WriteString(hl.Render(run.String()))
		} else {
			b.WriteString(style.Render(run.String()))
		}
		run.Reset()
	}
	total := used
	for i := start; i < len(pieces); i++ {
		total += stringWidth(pieces[i])
	}
	cut := total > room
	for i := start; i < len(pieces); i++ {
		pw := stringWidth(pieces[i])
		limit := room
		if cut {
			limit = room - 1 // keep a cell for …
		}
		if used+pw > limit {
			break
		}
		if marked[i] != runHL {
			flush()
			runHL = marked[i]
		}
		run.WriteString(pieces[i])
		used += pw
	}
	flush()
	if cut {
		b.WriteString(style.Render("…"))
		used++
	}
	if used < w {
		b.WriteString(style.Render(strings.Repeat(" ", w-used)))
	}
	return b.String()
}

func (m Model) rule(w int, label string) string {
	s := "── " + label + " "
	return m.st.Rule.Render(s + strings.Repeat("─", max(w-stringWidth(s), 0)))
}

// previewView shows the selected reply as it will be copied: placeholders
// filled, parts numbered, the next part to copy marked.
func (m Model) previewView(w, h int) []string {
	lines := m.previewLines(w)
	if lines == nil {
		return padLines(nil, h)
	}
	off := min(m.previewOff, max(len(lines)-h, 0))
	if off > 0 {
		lines = append([]string{m.st.Dim.Render(truncate("…（上面还有 "+itoa(off+1)+" 行）", w))}, lines[off+1:]...)
	}
	return clipLines(lines, h, w, m.st.Dim)
}

// previewLines is the whole preview, before it is fitted to its pane.
func (m Model) previewLines(w int) []string {
	ph := m.Selected()
	if ph == nil {
		return nil
	}
	plat := m.Platform()
	var msgs []string
	var ask, check []string
	next := -1
	if c := m.copying; c != nil && samePhrase(c.ph, ph) && c.platform == plat {
		msgs, next = c.msgs, c.next
	} else {
		reply := m.render(ph, plat, nil)
		msgs = reply.Messages
		for _, f := range reply.Fields {
			switch f.Origin {
			case render.OriginNone:
				ask = append(ask, f.Name)
			case render.OriginDefault:
				check = append(check, f.Name)
			}
		}
	}
	lines := m.messageLines(msgs, next, w)
	var notes []string
	if len(ask) > 0 {
		notes = append(notes, "需填写："+visibleLine(strings.Join(ask, "、")))
	}
	if len(check) > 0 {
		notes = append(notes, "可修改："+visibleLine(strings.Join(check, "、")))
	}
	if len(notes) > 0 {
		note := strings.Join(notes, " · ") + "（enter 后填写）"
		lines = append([]string{m.st.Warning.Render(truncate(note, w))}, lines...)
	}
	return lines
}

func (m Model) messageLines(msgs []string, next, w int) []string {
	var lines []string
	for i, msg := range msgs {
		if len(msgs) > 1 {
			label := "第 " + itoa(i+1) + "/" + itoa(len(msgs)) + " 段"
			st := m.st.Rule
			switch {
			case i == next:
				label += " · 下一段"
				st = m.st.PartCurrent
			case next >= 0 && i < next:
				label += " · 已复制"
				st = m.st.PartDone
			}
			lines = append(lines, st.Render(truncate("【"+label+"】", w)))
		}
		lines = append(lines, wrap(visibleBlock(msg), w)...)
	}
	return lines
}

func (m Model) formView(w, h int) []string {
	f := m.form
	lines := []string{m.st.Title.Render(truncate("填写变量 · "+visibleLine(f.ph.Title)+"（"+visibleLine(f.ph.Code)+"）", w))}
	for i := range f.inputs {
		in := f.inputs[i]
		// A prefilled value says where it came from (配置, 话术包, 默认值…).
		tag := ""
		if f.prefilled[i] {
			in.TextStyle = m.st.Prefilled
			origin := f.fields[i].Origin.Label()
			if i == f.clip || f.fields[i].Origin == render.OriginNone {
				origin = "剪贴板"
			}
			tag = m.st.Dim.Render(" " + origin)
		}
		in.Width = max(w-stringWidth(in.Prompt)-1-stringWidth(tag), 1)
		lines = append(lines, truncate(in.View()+tag, w))
	}
	if f.hint != "" {
		lines = append(lines, m.st.Error.Render(truncate(f.hint, w)))
	}
	lines = append(lines, m.rule(w, "预览"))
	reply := m.render(f.ph, f.platform, nonEmpty(f.values()))
	lines = append(lines, m.messageLines(reply.Messages, -1, w)...)
	return clipLines(lines, h, w, m.st.Dim)
}

// nonEmpty drops blank values, so the preview shows {{订单号}} until typed.
func nonEmpty(v map[string]string) map[string]string {
	out := map[string]string{}
	for k, s := range v {
		if s != "" {
			out[k] = s
		}
	}
	return out
}

func (m Model) statusLine(w int) string {
	plat := "全部平台"
	if p := m.Platform(); p != "" {
		plat = p.Label()
	}
	count := itoa(m.total) + " 条"
	if strings.TrimSpace(m.input.Value()) != "" {
		n := itoa(m.results.Len())
		if m.results.Len() >= resultLimit {
			n += "+"
		}
		count = n + "/" + itoa(m.total) + " 条"
	}
	backend := backendLabel(m.opts.Backend)
	if m.opts.Print {
		backend = "选中后输出到终端"
	}
	if m.status == "" {
		return truncate(m.st.Status.Render(plat+" · "+count+" · "+backend), w)
	}
	// A status (已复制 ✓ …) is what the agent looks for: it takes the
	// backend's place.
	left := m.st.Status.Render(plat + " · " + count)
	st := m.st.Status
	switch m.statusKind {
	case statusCopied:
		st = m.st.Copied
	case statusError:
		st = m.st.Error
	}
	return truncate(left+" · "+st.Render(m.status), w)
}

// backendLabel names where a copy goes in the agents' words (the tool's
// name is for huashu doctor).
func backendLabel(b string) string {
	switch b {
	case clipOSC52:
		return "经终端复制"
	case "stdout":
		return "输出到终端"
	case "", "none":
		return "没有剪贴板"
	}
	return "系统剪贴板"
}

// helpView is the ? screen: every key in as many columns as fit w, then
// one line on ?.
func (m Model) helpView(w, h int) []string {
	var items [][2]string
	for _, col := range m.keys.FullHelp() {
		for _, b := range col {
			if b.Enabled() {
				items = append(items, [2]string{b.Help().Key, b.Help().Desc})
			}
		}
	}
	keyW, descW := 0, 0
	for _, it := range items {
		keyW = max(keyW, stringWidth(it[0]))
		descW = max(descW, stringWidth(it[1]))
	}
	colW := keyW + 1 + descW + 2
	cols := max(min(w/colW, len(items)), 1)
	rows := (len(items) + cols - 1) / cols
	var lines []string
	for r := 0; r < rows; r++ {
		var b strings.Builder
		for c := 0; c < cols; c++ {
			i := c*rows + r
			if i >= len(items) {
				break
			}
			k, d := items[i][0], items[i][1]
			b.WriteString(m.st.HelpKey.Render(k + strings.Repeat(" ", keyW-stringWidth(k)+1)))
			cell := d
			if c < cols-1 {
				cell += strings.Repeat(" ", descW-stringWidth(d)+2)
			}
			b.WriteString(m.st.HelpDesc.Render(cell))
		}
		lines = append(lines, truncate(b.String(), w))
	}
	for _, note := range []string{
		"复制后直接输入即开始新的搜索；多段话术在同一行再按 enter 复制下一段。",
		"输入为空时 esc 退出、? 打开帮助；?、esc 或 q 关闭帮助。",
	} {
		lines = append(lines, wrap(m.st.Dim.Render(note), w)...)
	}
	return fitLines(strings.Join(lines, "\n"), w, h)
}

// Helpers: every width is measured the way lipgloss measures it.

func stringWidth(s string) int { return termwidth.String(s) }

// truncate cuts a (possibly styled) line to w cells with a trailing ….
func truncate(s string, w int) string { return termwidth.Truncate(s, w, "…") }

// wrap breaks text into lines of at most w cells (CJK has no spaces, so
// lines break anywhere).
func wrap(s string, w int) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if line == "" {
			out = append(out, "")
			continue
		}
		out = append(out, strings.Split(ansi.Hardwrap(line, max(w, 1), true), "\n")...)
	}
	return out
}

func padLines(lines []string, h int) []string {
	for len(lines) < h {
		lines = append(lines, "")
	}
	return lines
}

// clipLines keeps h lines; when text is cut the last line says how much.
func clipLines(lines []string, h, w int, dim lipgloss.Style) []string {
	if len(lines) > h {
		more := len(lines) - h + 1
		lines = append(lines[:h-1:h-1], dim.Render(truncate("…（还有 "+itoa(more)+" 行）", w)))
	}
	return padLines(lines, h)
}

func fitLines(s string, w, h int) []string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = truncate(l, w)
	}
	if len(lines) > h {
		lines = lines[:h]
	}
	return padLines(lines, h)
}
