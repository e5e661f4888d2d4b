package tui

import (
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/huashu-cli/huashu/pkg/phrase"
	"github.com/huashu-cli/huashu/pkg/render"
)

// Tests for a day of chats (issue 13): every Enter answers the next buyer.

func alt(r rune) tea.Msg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: true} }

func TestTypingAfterPartOneStartsFreshSearch(t *testing.T) {
	m, cb, _ := newTest(t, nil)
	m, _ = drive(t, m, append(keys("fhsj"), k(tea.KeyEnter))...)
	if m.Query() != "fhsj" || !m.spent {
		t.Fatalf("after part 1: query %q spent %v, want the query kept (spent) for Enter on the same row", m.Query(), m.spent)
	}
	if v := m.View(); !strings.Contains(v, "已复制 ✓ 发货时间 1/3 · enter 复制第 2 段") {
		t.Errorf("status does not say which part comes next:\n%s", v)
	}
	// The next buyer: typing replaces the spent query instead of appending.
	m, _ = drive(t, m, keys("tk")...)
	if m.Query() != "tk" || m.spent || m.copying != nil {
		t.Fatalf("typed after part 1: query %q spent %v copying %v, want a fresh \"tk\"", m.Query(), m.spent, m.copying != nil)
	}
	m, _ = drive(t, m, k(tea.KeyEnter))
	if got := cb.all(); len(got) != 2 || !strings.HasPrefix(got[1], "亲，退款") {
		t.Errorf("copies = %q, want part 1 of fhsj then the tk reply", got)
	}
}

func TestEnterOnSameRowCopiesNextPartEvenAfterMoving(t *testing.T) {
	m, cb, _ := newTest(t, nil)
	m, _ = drive(t, m, append(keys("fhsj"), k(tea.KeyEnter), k(tea.KeyEnter))...)
	if v := m.View(); !strings.Contains(v, "发货时间 2/3 · enter 复制第 3 段") {
		t.Errorf("status after part 2:\n%s", v)
	}
	m, _ = drive(t, m, k(tea.KeyEnter))
	if v := m.View(); !strings.Contains(v, "已复制 ✓ 发货时间 3/3") {
		t.Errorf("status after the last part:\n%s", v)
	}
	if got := cb.all(); strings.Join(got, "|") != strings.Join(fixture()[2].Parts, "|") {
		t.Errorf("copies = %q", got)
	}
	if m.Query() != "" || m.spent {
		t.Errorf("after the last part: query %q spent %v, want cleared", m.Query(), m.spent)
	}
}

func TestBackspaceAfterPartOneClearsAndArrowsEdit(t *testing.T) {
	m, _, _ := newTest(t, nil)
	m, _ = drive(t, m, append(keys("fhsj"), k(tea.KeyEnter), k(tea.KeyBackspace))...)
	if m.Query() != "" || m.spent {
		t.Errorf("Backspace on a spent query: %q spent %v, want it cleared", m.Query(), m.spent)
	}
	// ← moves into the query to edit it: no fresh start.
	m, _ = drive(t, m, append(keys("fhsj"), k(tea.KeyEnter), k(tea.KeyLeft))...)
	m, _ = drive(t, m, keys("x")...)
	if m.Query() != "fhsxj" {
		t.Errorf("← then x: query %q, want an edit of the old query", m.Query())
	}
}

func TestGroupBackToAllAfterCopy(t *testing.T) {
	m, _, _ := newTest(t, nil)
	m, _ = drive(t, m, k(tea.KeyTab), k(tea.KeyTab)) // 售后
	if m.Group() != "售后" {
		t.Fatalf("group %q", m.Group())
	}
	m, _ = drive(t, m, append(keys("tk"), k(tea.KeyEnter))...)
	if m.Group() != "" {
		t.Errorf("group after a copy = %q, want 全部", m.Group())
	}
	// The case: the next chat's greeting is found in 全部.
	m, _ = drive(t, m, keys("hy")...)
	if got := codes(m); len(got) == 0 || got[0] != "hy" {
		t.Errorf("hy after a copy in 售后 finds %v", got)
	}
}

func TestGroupStaysDuringMultiPartThenResets(t *testing.T) {
	m, _, _ := newTest(t, nil)
	m, _ = drive(t, m, k(tea.KeyTab), k(tea.KeyTab), k(tea.KeyTab)) // 售中
	m, _ = drive(t, m, append(keys("fhsj"), k(tea.KeyEnter))...)
	if m.Group() != "售中" || m.Selected().Code != "fhsj" {
		t.Fatalf("after part 1: group %q selected %s, want the row kept for part 2", m.Group(), m.Selected().Code)
	}
	m, _ = drive(t, m, keys("h")...)
	if m.Group() != "" || m.Query() != "h" {
		t.Errorf("typed after part 1: group %q query %q, want 全部 and a fresh query", m.Group(), m.Query())
	}
}

func TestKeepGroup(t *testing.T) {
	m, _, _ := newTest(t, func(o *Options) { o.KeepGroup = true })
	m, _ = drive(t, m, k(tea.KeyTab), k(tea.KeyTab))
	m, _ = drive(t, m, append(keys("tk"), k(tea.KeyEnter))...)
	if m.Group() != "售后" || m.Query() != "" {
		t.Errorf("keep_group: group %q query %q after a copy, want 售后 and an empty query", m.Group(), m.Query())
	}
}

func TestAltNumberCopiesVisibleRow(t *testing.T) {
	m, cb, _ := newTest(t, nil)
	v := m.View()
	for i, code := range []string{"fhsj", "hy", "tk"} {
		if !strings.Contains(v, itoa(i+1)+" "+code) {
			t.Errorf("row %d is not numbered %d:\n%s", i+1, i+1, v)
		}
	}
	m, _ = drive(t, m, alt('2'))
	if got := cb.all(); len(got) != 1 || got[0] != "您好，欢迎光临示例旗舰店，请问有什么可以帮您？" {
		t.Errorf("alt+2 copied %q, want the second row (hy)", got)
	}
	// Typed then alt+n before the results: the row of the typed query.
	var cmds []tea.Cmd
	for _, msg := range append(keys("th"), alt('1')) {
		next, cmd := m.Update(msg)
		m, cmds = next.(Model), append(cmds, cmd)
	}
	for _, c := range cmds {
		if c != nil {
			m, _ = drive(t, m, c())
		}
	}
	if got := cb.all(); len(got) != 2 || !strings.HasPrefix(got[1], "退货地址") {
		t.Errorf("th alt+1 copied %q, want 退货地址", got)
	}
	m, _ = drive(t, m, alt('9'))
	if !strings.Contains(m.View(), "没有第 9 条") || len(cb.all()) != 2 {
		t.Errorf("alt+9 past the rows: %q", cb.all())
	}
	if m.Query() != "" {
		t.Errorf("alt+n typed into the query: %q", m.Query())
	}
}

func TestAltNumberFollowsScrolledWindow(t *testing.T) {
	m, cb, _ := newTest(t, nil)
	m, _ = drive(t, m, tea.WindowSizeMsg{Width: 60, Height: 9}) // list of 5 rows
	for range 6 {
		m, _ = drive(t, m, k(tea.KeyDown))
	}
	start, _ := m.window(m.layout().list)
	if start == 0 {
		t.Fatalf("list did not scroll")
	}
	m, _ = drive(t, m, alt('1'))
	want := m.Results()[start].Phrase
	if got := cb.all(); len(got) != 1 || got[0] != testReply(want) {
		t.Errorf("alt+1 in a scrolled list copied %q, want the first visible row %s", got, want.Code)
	}
}

func testReply(ph *phrase.Phrase) string {
	return render.Phrase(ph, "", testValues(ph)).Text()
}

// sizePhrase has a defaulted placeholder, a pack value and a missing one.
func sizePhrase() *phrase.Phrase {
	return &phrase.Phrase{Code: "cm", Title: "尺码推荐", Group: "售前",
		Body: phrase.Body{Text: "{{店铺}}建议您选{{尺码|M}}码，订单{{剪贴板}}已备注。"}, Pack: "通用"}
}

func TestFormShowsEveryPlaceholderPrefilled(t *testing.T) {
	m, cb, _ := newTest(t, func(o *Options) {
		o.Phrases = append(fixture(), sizePhrase())
		o.ReadClipboard = func() (string, error) { return "  \x1b[31m1234\u202e5678\r\n ", nil }
	})
	m, _ = drive(t, m, append(keys("cm"), k(tea.KeyEnter))...)
	f := m.form
	if f == nil {
		t.Fatal("no form for a defaulted placeholder")
	}
	if got := f.values(); got["店铺"] != "示例旗舰店" || got["尺码"] != "M" || got["剪贴板"] != "12345678" {
		t.Errorf("prefilled %q", got)
	}
	if f.focus != 1 {
		t.Errorf("focus on field %d, want 尺码 (the default to check)", f.focus)
	}
	// Typing replaces the prefilled default; Enter walks to the end.
	m, _ = drive(t, m, keys("L")...)
	m, _ = drive(t, m, k(tea.KeyEnter), k(tea.KeyEnter))
	if got := cb.all(); len(got) != 1 || got[0] != "示例旗舰店建议您选L码，订单12345678已备注。" {
		t.Errorf("copies %q", got)
	}
}

func TestFormNotOpenedWhenEveryValueIsKnown(t *testing.T) {
	m, cb, _ := newTest(t, nil)
	m, _ = drive(t, m, append(keys("hy"), k(tea.KeyEnter))...)
	if m.form != nil || len(cb.all()) != 1 {
		t.Errorf("hy ({{店铺}} from the pack) opened a form or did not copy")
	}
}

func TestFormClipboardFailure(t *testing.T) {
	m, _, _ := newTest(t, func(o *Options) {
		o.Phrases = []*phrase.Phrase{sizePhrase()}
		o.ReadClipboard = func() (string, error) { return "", errors.New("读取剪贴板超时（2 秒没有回应）") }
	})
	m, _ = drive(t, m, k(tea.KeyEnter))
	if m.form == nil || m.form.values()["剪贴板"] != "" || !strings.Contains(m.View(), "读取剪贴板超时（2 秒没有回应）；请手动填写「剪贴板」") {
		t.Errorf("clipboard failure not said:\n%s", m.View())
	}
}

// {{剪贴板}} with what is not an order number: the field stays empty and
// the form says why in Chinese; a control character never reaches it.
func TestFormClipboardNotAnOrderNumber(t *testing.T) {
	for clip, hint := range map[string]string{
		"":                        "剪贴板里没有可用的文字；请手动填写「剪贴板」",
		"\x1b[0m\u200b\t\x1b[0m":  "剪贴板里没有可用的文字；请手动填写「剪贴板」",
		strings.Repeat("订单", 101): "剪贴板里的文字有 202 个字，超过 200 个，不像订单号；请手动填写「剪贴板」",
	} {
		m, _, _ := newTest(t, func(o *Options) {
			o.Phrases = []*phrase.Phrase{sizePhrase()}
			o.ReadClipboard = func() (string, error) { return clip, nil }
		})
		m, _ = drive(t, m, k(tea.KeyEnter))
		if m.form == nil || m.form.values()["剪贴板"] != "" || !strings.Contains(m.View(), hint) {
			t.Errorf("clipboard %q: value %q, want empty and %q:\n%s", clip, m.form.values()["剪贴板"], hint, m.View())
		}
	}
}

func TestClipboardValue(t *testing.T) {
	for in, want := range map[string]string{
		"JD0012345":                   "JD0012345",
		"  订单号：123\n\t456  ":          "订单号：123 456",
		"a\x1b]52;c;aGk=\ab":          "ab",
		"零\u200b宽\u202e反\ufeff":       "零宽反",
		"bad\xffutf8":                 "badutf8",
		strings.Repeat("长", 300):      "",
		strings.Repeat("长", 200):      strings.Repeat("长", 200),
		"JD\x1b[31m123\x1b[0m":        "JD123",
		"\x1b]52;c;aGk=\x07JD1":       "JD1",
		"\u3164\u2028x":               "x",
		"line1\u2029line2\u0085line3": "line1 line2 line3",
		"":                            "",
	} {
		if got, _ := clipboardValue(in); got != want {
			t.Errorf("clipboardValue(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRowsRenderKnownValues(t *testing.T) {
	m, _, _ := newTest(t, nil)
	v := m.View()
	if !strings.Contains(v, "欢迎光临示例旗舰店") || strings.Contains(v, "{{店铺}}") {
		t.Errorf("row shows the raw placeholder:\n%s", v)
	}
	if !strings.Contains(v, "{{订单号}}") {
		t.Errorf("a placeholder without a value should stay visible in the row:\n%s", v)
	}
}

func TestStatusSaysHowItWasCopied(t *testing.T) {
	m, cb, _ := newTest(t, func(o *Options) { o.Backend = "osc52" })
	cb.via = "osc52"
	if !strings.Contains(m.View(), "经终端复制") {
		t.Errorf("backend osc52 not in the agent's words:\n%s", m.View())
	}
	m, _ = drive(t, m, append(keys("tk"), k(tea.KeyEnter))...)
	if !strings.Contains(m.View(), "经终端复制 ✓ 退款说明") {
		t.Errorf("status after an OSC 52 copy:\n%s", m.View())
	}
	if strings.Contains(m.View(), "osc52") || strings.Contains(m.View(), "xclip") {
		t.Errorf("status line shows tool names:\n%s", m.View())
	}
}

func TestCtrlCInterrupts(t *testing.T) {
	m, _, _ := newTest(t, nil)
	m, quit := drive(t, m, append(keys("tk"), k(tea.KeyCtrlC))...)
	if !quit || !m.Interrupted() {
		t.Errorf("ctrl+c: quit %v interrupted %v", quit, m.Interrupted())
	}
	m, _, _ = newTest(t, nil)
	if m, quit = drive(t, m, k(tea.KeyEsc)); !quit || m.Interrupted() {
		t.Errorf("Esc on an empty query: quit %v interrupted %v, want a plain quit", quit, m.Interrupted())
	}
}

// FuzzClipboardValue: whatever is on the clipboard, {{剪贴板}} gets one line
// of printable text, at most clipboardMaxRunes long, and cleaning it again
// changes nothing.
func FuzzClipboardValue(f *testing.F) {
	for _, s := range []string{"JD0012345", " 订单号：123\n456 ", "\x1b]52;c;aGk=\a", "a\u202eb\u200bc", "bad\xffutf8", "\u3164x\u2029y",
		// A space due just before the limit once pushed the value one rune over it.
		strings.Repeat("x", clipboardMaxRunes-1) + " yz"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, fits := clipboardValue(s)
		if !fits && v != "" {
			t.Fatalf("clipboardValue(%q) = %q, but it does not fit", s, v)
		}
		if !utf8.ValidString(v) || utf8.RuneCountInString(v) > clipboardMaxRunes {
			t.Fatalf("clipboardValue(%q) = %q: invalid or too long", s, v)
		}
		if v != strings.TrimSpace(v) || strings.Contains(v, "  ") {
			t.Fatalf("clipboardValue(%q) = %q: untrimmed or doubled spaces", s, v)
		}
		for _, r := range v {
			if r != ' ' && (unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Co, r)) {
				t.Fatalf("clipboardValue(%q) = %q: keeps %U", s, v, r)
			}
		}
		if again, _ := clipboardValue(v); again != v {
			t.Fatalf("not idempotent: %q → %q → %q", s, v, again)
		}
	})
}
