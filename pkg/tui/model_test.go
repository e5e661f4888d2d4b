package tui

import (
	"errors"
	"io"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

func newTest(t *testing.T, edit func(o *Options)) (Model, *fakeClip, *[]string) {
	t.Helper()
	cb := &fakeClip{}
	rec := &[]string{}
	o := testOptions(cb, rec)
	if edit != nil {
		edit(&o)
	}
	m := New(o)
	m, _ = drive(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	return m, cb, rec
}

func codes(m Model) []string {
	var out []string
	for _, r := range m.Results() {
		out = append(out, r.Phrase.Code)
	}
	return out
}

func TestEmptyQueryFrecencyAndValidWindow(t *testing.T) {
	m, _, _ := newTest(t, nil)
	got := strings.Join(codes(m), " ")
	if want := "fhsj hy tk dh yhp thdz jdbz ss"; got != want {
		t.Errorf("empty query = %s, want %s (most used first, 618 hidden outside its window)", got, want)
	}
}

func TestMovementKeys(t *testing.T) {
	m, _, _ := newTest(t, nil)
	steps := []struct {
		msg  tea.Msg
		want string
	}{
		{k(tea.KeyDown), "hy"},
		{k(tea.KeyCtrlN), "tk"},
		{k(tea.KeyCtrlJ), "dh"},
		{k(tea.KeyUp), "tk"},
		{k(tea.KeyCtrlP), "hy"},
		{k(tea.KeyCtrlK), "fhsj"},
		{k(tea.KeyCtrlK), "fhsj"}, // stays at the top
		{k(tea.KeyPgDown), "ss"},  // a page is longer than the list
		{k(tea.KeyDown), "ss"},    // stays at the bottom
		{k(tea.KeyPgUp), "fhsj"},
	}
	for i, s := range steps {
		m, _ = drive(t, m, s.msg)
		if got := m.Selected().Code; got != s.want {
			t.Fatalf("step %d (%v): selected %s, want %s", i, s.msg, got, s.want)
		}
	}
	if m.Query() != "" {
		t.Errorf("ctrl+k edited the query: %q", m.Query())
	}
}

func TestEnterCopiesRecordsClearsAndStaysOpen(t *testing.T) {
	m, cb, rec := newTest(t, nil)
	m, quit := drive(t, m, append(keys("hy"), k(tea.KeyEnter))...)
	if quit {
		t.Fatal("picker quit after a copy without --once")
	}
	if got := cb.all(); len(got) != 1 || got[0] != "您好，欢迎光临示例旗舰店，请问有什么可以帮您？" {
		t.Errorf("copies = %q", got)
	}
	if strings.Join(*rec, ",") != "hy" {
		t.Errorf("recorded %v, want [hy]", *rec)
	}
	if m.Query() != "" {
		t.Errorf("query = %q, want cleared", m.Query())
	}
	if !strings.Contains(m.View(), "已复制 ✓ 欢迎语") {
		t.Errorf("status does not say copied:\n%s", m.View())
	}
	// The empty list after the copy is the list the next start shows with
	// the scores the history store now holds (fhsj 9, hy 4+1).
	restarted, _, _ := newTest(t, func(o *Options) { o.Frecency = map[string]float64{"fhsj": 9, "hy": 5} })
	if got, want := strings.Join(codes(m), " "), strings.Join(codes(restarted), " "); got != want {
		t.Errorf("empty list in the session = %s, after a restart = %s", got, want)
	}
}

func TestMultiPart(t *testing.T) {
	m, cb, rec := newTest(t, nil)
	m, _ = drive(t, m, append(keys("fhsj"), k(tea.KeyEnter))...)
	if m.Query() != "fhsj" || m.Selected().Code != "fhsj" {
		t.Fatalf("after part 1: query %q selected %s, want both kept", m.Query(), m.Selected().Code)
	}
	if !strings.Contains(m.View(), "1/3") {
		t.Errorf("status lacks 1/3:\n%s", m.View())
	}
	m, _ = drive(t, m, k(tea.KeyEnter))
	if !strings.Contains(m.View(), "2/3") {
		t.Errorf("status lacks 2/3")
	}
	m, _ = drive(t, m, k(tea.KeyEnter))
	want := fixture()[2].Parts
	if got := cb.all(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("copies = %q, want the three parts in order", got)
	}
	if m.Query() != "" {
		t.Errorf("query %q not cleared after the last part", m.Query())
	}
	if len(*rec) != 1 {
		t.Errorf("recorded %v, want one use", *rec)
	}
	// Moving away starts over at part 1.
	_, _ = drive(t, m, append(keys("fhsj"), k(tea.KeyEnter), k(tea.KeyDown), k(tea.KeyUp), k(tea.KeyEnter))...)
	if got := cb.all(); got[len(got)-1] != want[0] {
		t.Errorf("after moving away, Enter copied %q, want part 1 again", got[len(got)-1])
	}
}

func TestOnceQuitsAfterLastPart(t *testing.T) {
	m, cb, _ := newTest(t, func(o *Options) { o.Once = true })
	m, quit := drive(t, m, append(keys("fhsj"), k(tea.KeyEnter))...)
	if quit {
		t.Fatal("--once quit after part 1 of 3")
	}
	_, quit = drive(t, m, k(tea.KeyEnter), k(tea.KeyEnter))
	if !quit || len(cb.all()) != 3 {
		t.Errorf("quit=%v copies=%d, want quit after the third part", quit, len(cb.all()))
	}
}

func TestPrintChoosesWholeReplyAndQuits(t *testing.T) {
	m, cb, rec := newTest(t, func(o *Options) { o.Print = true; o.Copy = nil })
	m, quit := drive(t, m, append(keys("fhsj"), k(tea.KeyEnter))...)
	if !quit {
		t.Fatal("--print did not quit after Enter")
	}
	if got, want := strings.Join(m.Printed(), ""), strings.Join(fixture()[2].Parts, "\n\n"); got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
	if len(cb.all()) != 0 || len(*rec) != 1 {
		t.Errorf("copies %v recorded %v", cb.all(), *rec)
	}
}

func TestVarForm(t *testing.T) {
	m, cb, _ := newTest(t, nil)
	m, _ = drive(t, m, append(keys("dh"), k(tea.KeyEnter))...)
	if m.form == nil {
		t.Fatal("no form for missing placeholders")
	}
	// Enter with an empty field does not copy: it focuses the field.
	m, _ = drive(t, m, k(tea.KeyEnter))
	if len(cb.all()) != 0 || !strings.Contains(m.View(), "请先填写「订单号」") {
		t.Fatalf("Enter on an empty form copied or gave no hint:\n%s", m.View())
	}
	m, _ = drive(t, m, keys("123")...)
	m, _ = drive(t, m, k(tea.KeyTab), tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("顺丰")}, k(tea.KeyShiftTab))
	m, _ = drive(t, m, keys("4")...)
	m, _ = drive(t, m, k(tea.KeyEnter)) // Enter moves to the next field
	if len(cb.all()) != 0 || m.form == nil || m.form.focus != 1 {
		t.Fatalf("Enter on the first field copied or did not move on")
	}
	m, _ = drive(t, m, k(tea.KeyEnter)) // Enter on the last field copies
	if got := cb.all(); len(got) != 1 || got[0] != "亲，您的订单1234已由顺丰发出，请注意查收。" {
		t.Errorf("copies = %q", got)
	}
	if m.form != nil || m.Query() != "" {
		t.Errorf("form still open or query kept after copy")
	}
	// Esc cancels without copying.
	m, _ = drive(t, m, append(keys("dh"), k(tea.KeyEnter), k(tea.KeyEsc))...)
	if m.form != nil || len(cb.all()) != 1 || m.Query() != "dh" {
		t.Errorf("Esc: form=%v copies=%d query=%q", m.form != nil, len(cb.all()), m.Query())
	}
}

func TestEscClearsThenQuits(t *testing.T) {
	m, _, _ := newTest(t, nil)
	m, quit := drive(t, m, append(keys("tk"), k(tea.KeyEsc))...)
	if quit || m.Query() != "" {
		t.Fatalf("first Esc: quit=%v query=%q, want cleared and open", quit, m.Query())
	}
	if len(m.Results()) != 8 {
		t.Errorf("after clearing, %d results, want all 8", len(m.Results()))
	}
	if _, quit = drive(t, m, k(tea.KeyEsc)); !quit {
		t.Error("second Esc did not quit")
	}
	if _, quit = drive(t, m, append(keys("x"), k(tea.KeyCtrlC))...); !quit {
		t.Error("ctrl+c did not quit")
	}
}

func TestHelpOnlyFromEmptyInput(t *testing.T) {
	m, _, _ := newTest(t, nil)
	m, _ = drive(t, m, keys("?")...)
	if !m.showHelp || m.Query() != "" {
		t.Fatalf("? on empty input: help=%v query=%q", m.showHelp, m.Query())
	}
	m, _ = drive(t, m, keys("t")...) // any key closes help and is typed
	if m.showHelp || m.Query() != "t" {
		t.Fatalf("after t: help=%v query=%q", m.showHelp, m.Query())
	}
	m, _ = drive(t, m, keys("?")...)
	if m.showHelp || m.Query() != "t?" {
		t.Errorf("? inside a query: help=%v query=%q, want typed", m.showHelp, m.Query())
	}
}

// The ? screen closes with ?, esc or q, and only closes: q is not typed,
// esc does not quit; its footer says which keys close it.
func TestHelpClosesWithQuestionEscOrQ(t *testing.T) {
	for _, close := range []tea.Msg{keys("?")[0], keys("q")[0], k(tea.KeyEsc)} {
		m, _, _ := newTest(t, nil)
		m, _ = drive(t, m, keys("?")...)
		if !m.showHelp {
			t.Fatal("? did not open help")
		}
		lines := strings.Split(m.View(), "\n")
		if foot := lines[len(lines)-1]; !strings.Contains(foot, "? esc q 关闭帮助") {
			t.Errorf("footer under help: %q, want it to say ? esc q close it", foot)
		}
		m, quit := drive(t, m, close)
		if quit || m.showHelp || m.Query() != "" {
			t.Errorf("%v under help: quit=%v help=%v query=%q, want help closed and nothing else", close, quit, m.showHelp, m.Query())
		}
	}
}

func TestGroupsAndPlatforms(t *testing.T) {
	m, _, _ := newTest(t, nil)
	var seen []string
	for range 5 {
		m, _ = drive(t, m, k(tea.KeyTab))
		seen = append(seen, m.Group())
	}
	if got := strings.Join(seen, ","); got != "售前,售后,售中,,售前" {
		t.Errorf("tab cycles %s", got)
	}
	m, _ = drive(t, m, k(tea.KeyShiftTab), k(tea.KeyShiftTab))
	if m.Group() != "售中" {
		t.Errorf("shift+tab back twice: %q", m.Group())
	}
	if got := strings.Join(codes(m), " "); got != "fhsj dh jdbz" {
		t.Errorf("售中 lists %s", got)
	}
	m, _ = drive(t, m, k(tea.KeyShiftTab), k(tea.KeyShiftTab), k(tea.KeyShiftTab)) // back to 全部
	// ctrl+t: 全部 → 京东 → 天猫; the tmall variant is what is shown and copied.
	m, _ = drive(t, m, k(tea.KeyCtrlT))
	if m.Platform() != phrase.JD || !strings.Contains(m.View(), "京东 ·") {
		t.Errorf("platform %q after one ctrl+t", m.Platform())
	}
	m, _ = drive(t, m, k(tea.KeyCtrlT))
	for _, c := range codes(m) {
		if c == "jdbz" {
			t.Errorf("jd-only phrase listed on tmall")
		}
	}
	m, _ = drive(t, m, keys("yhp")...)
	if !strings.Contains(m.View(), "有任何问题随时联系我们哦") {
		t.Errorf("tmall variant not previewed:\n%s", m.View())
	}
	m, _ = drive(t, m, k(tea.KeyCtrlT), k(tea.KeyCtrlT))
	if m.Platform() != "" {
		t.Errorf("ctrl+t does not cycle back to 全部: %q", m.Platform())
	}
}

func TestStartOptions(t *testing.T) {
	m, _, _ := newTest(t, func(o *Options) { o.Query = "退款"; o.Group = "售后/退换"; o.Platform = phrase.PDD })
	if m.Group() != "售后/退换" || m.Platform() != phrase.PDD || m.Query() != "退款" {
		t.Errorf("group %q platform %q query %q", m.Group(), m.Platform(), m.Query())
	}
	if got := codes(m); len(got) == 0 || got[0] != "tk" {
		t.Errorf("results %v, want tk first", got)
	}
}

func TestStaleResultsDropped(t *testing.T) {
	m, _, _ := newTest(t, nil)
	// Type without running the filter commands: the first search's reply
	// arrives after the query moved on.
	next, cmd1 := m.Update(keys("t")[0])
	m = next.(Model)
	next, cmd2 := m.Update(keys("k")[0])
	m = next.(Model)
	if findResults(cmd2) != nil {
		t.Fatal("a second search started while one was in flight")
	}
	stale := findResults(cmd1)
	if stale == nil {
		t.Fatal("first key started no search")
	}
	next, cmd := m.Update(*stale)
	m = next.(Model)
	if m.Settled() || len(m.Results()) != 8 {
		t.Errorf("stale results applied: %v", codes(m))
	}
	fresh := findResults(cmd)
	if fresh == nil || fresh.seq != m.seq {
		t.Fatal("stale reply did not start a search for the latest query")
	}
	next, _ = m.Update(*fresh)
	m = next.(Model)
	if !m.Settled() || codes(m)[0] != "tk" {
		t.Errorf("fresh results not applied: %v", codes(m))
	}
}

// findResults runs cmd (and batches) and returns the resultsMsg it yields.
func findResults(cmd tea.Cmd) *resultsMsg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case resultsMsg:
		return &msg
	case tea.BatchMsg:
		for _, c := range msg {
			if r := findResults(c); r != nil {
				return r
			}
		}
	}
	return nil
}

func TestEnterBeforeResultsCopiesWhatWasTyped(t *testing.T) {
	m, cb, _ := newTest(t, nil)
	var cmds []tea.Cmd
	for _, msg := range append(keys("tk"), k(tea.KeyEnter)) {
		next, cmd := m.Update(msg)
		m, cmds = next.(Model), append(cmds, cmd)
	}
	// Now let the searches finish.
	for _, c := range cmds {
		if c != nil {
			m, _ = drive(t, m, c())
		}
	}
	if got := cb.all(); len(got) != 1 || !strings.HasPrefix(got[0], "亲，退款") {
		t.Errorf("copies = %q, want the tk reply", got)
	}
}

func TestCopyErrorShownAndRetried(t *testing.T) {
	m, cb, rec := newTest(t, nil)
	cb.fail = errors.New("xclip: exit status 1\nmore")
	m, _ = drive(t, m, append(keys("fhsj"), k(tea.KeyEnter))...)
	if !strings.Contains(m.View(), "复制失败：xclip: exit status 1") || len(*rec) != 0 {
		t.Errorf("no error in status or use recorded:\n%s", m.View())
	}
	cb.fail = nil
	_, _ = drive(t, m, k(tea.KeyEnter))
	if got := cb.all(); len(got) != 1 || got[0] != fixture()[2].Parts[0] {
		t.Errorf("retry copied %q, want part 1", got)
	}
}

func TestViewFitsEverySize(t *testing.T) {
	m, _, _ := newTest(t, nil)
	m, _ = drive(t, m, keys("t")...)
	for _, sz := range [][2]int{{80, 24}, {60, 15}, {40, 10}, {120, 40}, {20, 5}, {100, 3}} {
		m, _ = drive(t, m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		view := m.View()
		lines := strings.Split(view, "\n")
		if len(lines) > max(sz[1], 5) {
			t.Errorf("%dx%d: %d lines", sz[0], sz[1], len(lines))
		}
		for i, l := range lines {
			if w := stringWidth(l); w > max(sz[0], 20) {
				t.Errorf("%dx%d: line %d is %d wide: %q", sz[0], sz[1], i, w, l)
			}
		}
	}
}

func TestVisible(t *testing.T) {
	cases := []struct{ in, line, block string }{
		{"普通文本 abc", "普通文本 abc", "普通文本 abc"},
		{"a\x1b[2Jb", "a␛[2Jb", "a␛[2Jb"},
		{"\x1b]52;c;aGk=\a", "␛]52;c;aGk=␇", "␛]52;c;aGk=␇"},
		{"一\n二\r\n三", "一↵二␍↵三", "一\n二␍\n三"},
		{"tab\there", "tab⇥here", "tab⇥here"},
		{"\u009b31m", "⟨U+009B⟩31m", "⟨U+009B⟩31m"},
		{"a\u202eb\u2066c\u200bd\ufeffe", "a⟨U+202E⟩b⟨U+2066⟩c⟨U+200B⟩d⟨U+FEFF⟩e", "a⟨U+202E⟩b⟨U+2066⟩c⟨U+200B⟩d⟨U+FEFF⟩e"},
		{"bad\xffutf8", "bad\uFFFDutf8", "bad\uFFFDutf8"},
		{"\x00\x7f", "␀␡", "␀␡"},
		{"表情😀❤️", "表情😀❤️", "表情😀❤️"},
	}
	for _, c := range cases {
		if got := visibleLine(c.in); got != c.line {
			t.Errorf("visibleLine(%q) = %q, want %q", c.in, got, c.line)
		}
		if got := visibleBlock(c.in); got != c.block {
			t.Errorf("visibleBlock(%q) = %q, want %q", c.in, got, c.block)
		}
		if got := strings.Join(visibleRunes(c.in), ""); got != c.line {
			t.Errorf("visibleRunes(%q) = %q, want %q", c.in, got, c.line)
		}
	}
}

func TestHighlightsMatchedCharacters(t *testing.T) {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI) // io.Discard is no terminal: set, not detected
	st := NewStyles(r, false)
	st.Highlight = r.NewStyle().Underline(true)
	m, _, _ := newTest(t, func(o *Options) { o.Styles = &st })
	// Pinyin matched the title: the Chinese characters are highlighted.
	m, _ = drive(t, m, keys("tuik")...)
	want := st.Highlight.Inherit(st.Selected).Render("退款") // the first row is selected
	if want == "退款" {
		t.Fatal("highlight style renders nothing: the test would prove nothing")
	}
	if !strings.Contains(m.View(), want) {
		t.Errorf("退款 not highlighted as %q in\n%q", want, m.View())
	}
}

func TestLongQueryKeepsCursorInView(t *testing.T) {
	m, _, _ := newTest(t, nil)
	m, _ = drive(t, m, tea.WindowSizeMsg{Width: 30, Height: 10})
	m, _ = drive(t, m, keys("abcdefghijklmnopqrstuvwxyz0123456789")...)
	first := strings.Split(m.View(), "\n")[0]
	if !strings.Contains(first, "789") || stringWidth(first) > 30 {
		t.Errorf("input line %q does not show the end of a long query", first)
	}
}

func TestPreviewScrolls(t *testing.T) {
	long := &phrase.Phrase{Code: "cw", Title: "长文", Body: phrase.Body{Text: strings.Repeat("第一行\n", 3) + "中间\n" + strings.Repeat("其他\n", 20) + "最后一行"}}
	m, _, _ := newTest(t, func(o *Options) { o.Phrases = []*phrase.Phrase{long} })
	m, _ = drive(t, m, tea.WindowSizeMsg{Width: 60, Height: 15})
	if strings.Contains(m.View(), "最后一行") || !strings.Contains(m.View(), "还有") {
		t.Fatalf("long reply not cut:\n%s", m.View())
	}
	for range 40 {
		m, _ = drive(t, m, tea.KeyMsg{Type: tea.KeyShiftDown})
	}
	if v := m.View(); !strings.Contains(v, "最后一行") || !strings.Contains(v, "上面还有") {
		t.Fatalf("scrolled to the end does not show the last line:\n%s", v)
	}
	for range 40 {
		m, _ = drive(t, m, tea.KeyMsg{Type: tea.KeyShiftUp})
	}
	if v := m.View(); !strings.Contains(v, "第一行") || strings.Contains(v, "上面还有") {
		t.Fatalf("scrolled back up:\n%s", v)
	}
}

func TestNoColorKeepsSelectionAndHighlightsVisible(t *testing.T) {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.TrueColor)
	st := NewStyles(r, true)
	m, _, _ := newTest(t, func(o *Options) { o.Styles = &st })
	m, _ = drive(t, m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("退款")})
	v := m.View()
	if strings.Contains(v, "38;") || strings.Contains(v, "48;") {
		t.Errorf("NO_COLOR view has colours: %q", v)
	}
	if !strings.Contains(v, "\x1b[7m") && !strings.Contains(v, ";7m") {
		t.Errorf("NO_COLOR selection not in reverse video: %q", v)
	}
	if want := st.Highlight.Inherit(st.Selected).Render("退款"); want == "退款" || !strings.Contains(v, want) {
		t.Errorf("NO_COLOR highlight not underlined: %q", v)
	}
}

// TestApproximateAndNothingFound: a pasted buyer message lists the phrases
// sharing its words, marked 近似; a query nothing matches says what was
// tried and names the nearest codes instead of a blank list.
func TestApproximateAndNothingFound(t *testing.T) {
	m, _, _ := newTest(t, nil)
	m, _ = drive(t, m, keys("亲 退货地址在哪啊")...)
	if len(m.Results()) == 0 || m.Results()[0].Phrase.Code != "thdz" || !m.Results()[0].Approximate {
		t.Fatalf("results %v", m.Results())
	}
	view := m.View()
	var row string
	for _, line := range strings.Split(view, "\n") {
		if strings.Contains(line, "thdz") {
			row = line
		}
	}
	if !strings.Contains(row, "thdz 近似 退货地址") {
		t.Errorf("the approximate row is not marked:\n%s", view)
	}

	m, _ = drive(t, m, k(tea.KeyEsc))
	m, _ = drive(t, m, keys("fhs9")...)
	want := "没有匹配的话术；最接近的编码：fhsj（发货时间）"
	if len(m.Results()) != 0 || !strings.Contains(m.View(), want) || !strings.Contains(m.View(), "已试：编码、拼音首字母与全拼") {
		t.Errorf("want %q and what was tried in\n%s", want, m.View())
	}
}

// typeAhead feeds msgs before any search has answered (a slow machine, a
// large catalog), then lets the searches finish.
func typeAhead(t *testing.T, m Model, msgs ...tea.Msg) Model {
	t.Helper()
	var cmds []tea.Cmd
	for _, msg := range msgs {
		next, cmd := m.Update(msg)
		m, cmds = next.(Model), append(cmds, cmd)
	}
	for _, c := range cmds {
		if c != nil {
			m, _ = drive(t, m, c())
		}
	}
	if !m.Settled() {
		t.Fatal("the searches did not settle")
	}
	return m
}

// TestMovesBeforeResultsLandInTheFreshResults: arrows and pages pressed
// before the results of what was typed are shown move in those results,
// as on a fast machine — not in the rows still on screen, only to be put
// back on the first row when the results arrive. A query changed after
// the move starts at the top of its own results, as it would anyway.
func TestMovesBeforeResultsLandInTheFreshResults(t *testing.T) {
	down, up := k(tea.KeyDown), k(tea.KeyUp)
	for _, tt := range []struct {
		name string
		msgs []tea.Msg
		want string
	}{
		// "s" gives ss fhsj tk dh hy yhp thdz jdbz; the rows on screen are
		// the empty query's (fhsj hy tk …).
		{"one down", append(keys("s"), down), "fhsj"},
		{"down down up down", append(keys("s"), down, down, up, down), "tk"},
		{"up at the top stays", append(keys("s"), up, down), "fhsj"},
		{"ctrl+n", append(keys("s"), k(tea.KeyCtrlN), k(tea.KeyCtrlN)), "tk"},
		{"page down", append(keys("s"), k(tea.KeyPgDown)), "jdbz"},
		{"query changed after the move", append(append(keys("t"), down), keys("k")...), "tk"},
		{"moved again after the change", append(append(keys("t"), down), append(keys("h"), down)...), "tk"},          // th: thdz tk
		{"query changed and changed back", append(append(keys("t"), down), keys("k")[0], k(tea.KeyBackspace)), "tk"}, // t: tk thdz
		{"group changed after the move", append(keys("s"), down, k(tea.KeyTab)), "hy"},                               // 售前: hy
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, _, _ := newTest(t, nil)
			m = typeAhead(t, m, tt.msgs...)
			if got := m.Selected().Code; got != tt.want {
				t.Errorf("selected %s, want %s (results %v)", got, tt.want, codes(m))
			}
			// The same keys on a machine that answers at once.
			fast, _, _ := newTest(t, nil)
			fast, _ = drive(t, fast, tt.msgs...)
			if fast.Selected().Code != tt.want {
				t.Errorf("a fast machine selects %s, the test wants %s", fast.Selected().Code, tt.want)
			}
		})
	}
}

// TestEnterAfterMovesBeforeResultsCopiesTheRowMovedTo: "s ↓ ⏎" typed
// ahead copies the second row of s's results.
func TestEnterAfterMovesBeforeResultsCopiesTheRowMovedTo(t *testing.T) {
	m, cb, _ := newTest(t, nil)
	typeAhead(t, m, append(keys("s"), k(tea.KeyDown), k(tea.KeyEnter))...)
	if got := cb.all(); len(got) != 1 || got[0] != "亲，现货商品会在付款后48小时内发出。" {
		t.Errorf("copies = %q, want fhsj's first part", got)
	}
}

// TestPinBeforeResultsPinsTheRowMovedTo: ctrl+g typed ahead pins the row
// the moves before it land on, in the results of what was typed.
func TestPinBeforeResultsPinsTheRowMovedTo(t *testing.T) {
	var saved []string
	m, _, _ := newTest(t, func(o *Options) { o.SavePins = func(p []string) error { saved = p; return nil } })
	m = typeAhead(t, m, append(keys("s"), k(tea.KeyDown), k(tea.KeyCtrlG))...)
	if strings.Join(saved, " ") != "fhsj" || m.Selected().Code != "fhsj" {
		t.Errorf("pinned %v, selected %s; want fhsj (s: ss fhsj tk …; on screen before: fhsj hy tk …)", saved, m.Selected().Code)
	}
}
