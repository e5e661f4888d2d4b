package tui

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/huashu-cli/huashu/pkg/match"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// fakeDisk stands in for the packs on disk behind Refresh: edit changes
// them the way "huashu add --force" or a pack update would.
type fakeDisk struct {
	mu    sync.Mutex
	lib   Library
	calls int
}

func (d *fakeDisk) refresh() (*Library, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.calls++
	lib := d.lib
	return &lib, nil
}

func (d *fakeDisk) edit(fn func(phs []*phrase.Phrase) []*phrase.Phrase) {
	d.mu.Lock()
	defer d.mu.Unlock()
	// A reload makes new values for every phrase, as the loader does.
	var phs []*phrase.Phrase
	for _, ph := range d.lib.Phrases {
		c := *ph
		phs = append(phs, &c)
	}
	d.lib.Phrases = fn(phs)
	d.lib.Gen++
}

func withDisk(d *fakeDisk) func(o *Options) {
	return func(o *Options) {
		d.lib = Library{Gen: 1, Phrases: o.Phrases, Values: o.Values}
		o.Gen = 1 // as pick does: the picker starts on what the disk holds
		o.Refresh = d.refresh
	}
}

func setText(code, text string) func([]*phrase.Phrase) []*phrase.Phrase {
	return func(phs []*phrase.Phrase) []*phrase.Phrase {
		for _, ph := range phs {
			if ph.Code == code {
				ph.Body = phrase.Body{Text: text}
			}
		}
		return phs
	}
}

func TestCopyUsesTextOnDisk(t *testing.T) {
	d := &fakeDisk{}
	m, cb, _ := newTest(t, withDisk(d))
	m, _ = drive(t, m, keys("tk")...)
	// Changed on disk while the picker is open, before any poll noticed.
	d.edit(setText("tk", "亲，退款已提交，请留意账户。"))
	_, _ = drive(t, m, k(tea.KeyEnter))
	if got := cb.all(); len(got) != 1 || got[0] != "亲，退款已提交，请留意账户。" {
		t.Errorf("copies = %q, want the text on disk now", got)
	}
	if d.calls == 0 {
		t.Error("Enter did not check the disk")
	}
}

func TestNextPartUsesTextOnDisk(t *testing.T) {
	d := &fakeDisk{}
	m, cb, _ := newTest(t, withDisk(d))
	m, _ = drive(t, m, append(keys("fhsj"), k(tea.KeyEnter))...)
	d.edit(func(phs []*phrase.Phrase) []*phrase.Phrase {
		for _, ph := range phs {
			if ph.Code == "fhsj" {
				ph.Parts = []string{"第一段新", "第二段新", "第三段新"}
			}
		}
		return phs
	})
	m, _ = drive(t, m, k(tea.KeyEnter))
	if got := cb.all(); len(got) != 2 || got[1] != "第二段新" {
		t.Errorf("copies = %q, want part 2 as it is on disk now", got)
	}
	if !strings.Contains(m.View(), "2/3") {
		t.Errorf("status lost the part count:\n%s", m.View())
	}
}

func TestCopyOfDeletedPhraseIsRefused(t *testing.T) {
	d := &fakeDisk{}
	m, cb, _ := newTest(t, withDisk(d))
	m, _ = drive(t, m, keys("thdz")...)
	d.edit(func(phs []*phrase.Phrase) []*phrase.Phrase {
		var out []*phrase.Phrase
		for _, ph := range phs {
			if ph.Code != "thdz" {
				out = append(out, ph)
			}
		}
		return out
	})
	m, _ = drive(t, m, k(tea.KeyEnter))
	if len(cb.all()) != 0 || !strings.Contains(m.View(), "「退货地址」已从话术包里删除，没有复制") {
		t.Errorf("copies %q; view:\n%s", cb.all(), m.View())
	}
}

func TestHigherLayerTakesOverTheCode(t *testing.T) {
	// "huashu add tk --force": the personal pack now serves tk.
	d := &fakeDisk{}
	m, cb, _ := newTest(t, withDisk(d))
	m, _ = drive(t, m, keys("tk")...)
	d.edit(func(phs []*phrase.Phrase) []*phrase.Phrase {
		var out []*phrase.Phrase
		for _, ph := range phs {
			if ph.Code != "tk" {
				out = append(out, ph)
			}
		}
		return append(out, &phrase.Phrase{Code: "tk", Title: "退款说明", File: "personal.yaml", Layer: phrase.LayerPersonal,
			Body: phrase.Body{Text: "个人版退款说明"}})
	})
	_, _ = drive(t, m, k(tea.KeyEnter))
	if got := cb.all(); len(got) != 1 || got[0] != "个人版退款说明" {
		t.Errorf("copies = %q, want the personal phrase now serving tk", got)
	}
}

func TestBackgroundReloadKeepsQueryAndSelection(t *testing.T) {
	d := &fakeDisk{}
	m, _, _ := newTest(t, withDisk(d))
	m, _ = drive(t, m, keys("t")...)
	m, _ = drive(t, m, k(tea.KeyDown))
	sel := m.Selected().Code
	d.edit(setText(sel, "后台更新后的文字。"))
	// One poll; the tick it schedules is not run here.
	next, cmd := m.Update(pollMsg{})
	m = next.(Model)
	msg := cmd()
	next, cmd = m.Update(msg)
	m = next.(Model)
	m, _ = drive(t, m, findResultsMsg(t, cmd))
	if m.Query() != "t" || m.Selected().Code != sel {
		t.Errorf("after a reload: query %q selected %s, want t and %s", m.Query(), m.Selected().Code, sel)
	}
	if v := m.View(); !strings.Contains(v, "话术已更新") || !strings.Contains(v, "后台更新后的文字") {
		t.Errorf("reload not shown:\n%s", v)
	}
}

func findResultsMsg(t *testing.T, cmd tea.Cmd) tea.Msg {
	t.Helper()
	if r := findResults(cmd); r != nil {
		return *r
	}
	t.Fatal("no search after the reload")
	return nil
}

func TestPinLeadsEmptyListAndIsSaved(t *testing.T) {
	var saved [][]string
	m, _, _ := newTest(t, func(o *Options) {
		o.SavePins = func(p []string) error { saved = append(saved, append([]string(nil), p...)); return nil }
	})
	m, _ = drive(t, m, keys("ss")...)
	m, _ = drive(t, m, k(tea.KeyCtrlG), k(tea.KeyEsc))
	m, _ = drive(t, m, keys("thdz")...)
	m, _ = drive(t, m, k(tea.KeyCtrlG), k(tea.KeyEsc))
	got := codes(m)
	if strings.Join(got[:4], " ") != "ss thdz fhsj hy" {
		t.Errorf("empty list %v, want the pins in pin order, then by frecency", got)
	}
	if len(saved) != 2 || strings.Join(saved[1], ",") != "ss,thdz" {
		t.Errorf("saved %q", saved)
	}
	if v := m.View(); !strings.Contains(v, "顶 ss") {
		t.Errorf("pinned row has no mark:\n%s", v)
	}
	// The same order after a restart.
	restarted, _, _ := newTest(t, func(o *Options) { o.Pins = saved[1] })
	if a, b := strings.Join(codes(m), " "), strings.Join(codes(restarted), " "); a != b {
		t.Errorf("session %s, restart %s", a, b)
	}
	// Unpin: back to its place.
	m, _ = drive(t, m, k(tea.KeyCtrlG))
	if got := codes(m); got[0] != "thdz" || m.Selected().Code != "ss" {
		t.Errorf("after unpinning ss: %v selected %s, want thdz first and ss still selected", got, m.Selected().Code)
	}
	if strings.Join(saved[2], ",") != "thdz" {
		t.Errorf("saved after unpin %q", saved[2])
	}
}

func TestNewMark(t *testing.T) {
	m, _, _ := newTest(t, func(o *Options) {
		o.IsNew = func(ph *phrase.Phrase) bool { return ph.Code == "tk" }
	})
	if v := m.View(); !strings.Contains(v, "新 tk") {
		t.Errorf("no 新 mark:\n%s", v)
	}
}

func TestBackgroundUpdateSaysWhatChanged(t *testing.T) {
	d := &fakeDisk{}
	m, _, _ := newTest(t, withDisk(d))
	// The update changed the checkout; the reload it triggers keeps the
	// update's own words in the status line.
	d.edit(setText("tk", "更新后的退款说明。"))
	next, cmd := m.Update(updatedMsg{summary: "团队话术已更新：新增 2 条"})
	m = next.(Model)
	next, cmd = m.Update(cmd())
	m = next.(Model)
	m, _ = drive(t, m, findResultsMsg(t, cmd))
	if v := m.View(); !strings.Contains(v, "团队话术已更新：新增 2 条") || !strings.Contains(v, "更新后的退款说明") {
		t.Errorf("update summary or new text not shown:\n%s", v)
	}
	next, _ = m.Update(updatedMsg{err: errors.New("git fetch: 无法连接")})
	if v := next.(Model).View(); !strings.Contains(v, "后台更新团队话术失败：git fetch: 无法连接") {
		t.Errorf("update failure not shown:\n%s", v)
	}
}

// The picker starts on the library its caller loaded; the first poll finds
// that same library and must not announce a reload nobody made.
func TestFirstPollOfUnchangedDiskSaysNothing(t *testing.T) {
	d := &fakeDisk{}
	m, _, _ := newTest(t, withDisk(d))
	next, cmd := m.Update(pollMsg{})
	m = next.(Model)
	next, _ = m.Update(cmd())
	m = next.(Model)
	if v := m.View(); strings.Contains(v, "话术已更新") {
		t.Errorf("an unchanged disk was announced as a reload:\n%s", v)
	}
}

// damageable is a catalog whose file can be "cut short" under the picker.
type damageable struct {
	*phraseList
	mu      sync.Mutex
	damaged bool
}

func (c *damageable) Damaged() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.damaged {
		return errors.New("cut short")
	}
	return nil
}

func (c *damageable) Matcher(ids []int32) *match.Matcher {
	if c.Damaged() != nil {
		return match.New(nil)
	}
	return c.phraseList.Matcher(ids)
}

// TestDamagedCatalogReloadsAtOnce: when the catalog turns out damaged as
// the picker searches it (its index file cut short by another program),
// the picker reloads at once, without waiting for the next poll, and the
// reload's library answers the query.
func TestDamagedCatalogReloadsAtOnce(t *testing.T) {
	d := &fakeDisk{}
	var cat *damageable
	m, _, _ := newTest(t, func(o *Options) {
		withDisk(d)(o)
		cat = &damageable{phraseList: newPhraseList(o.Phrases)}
		o.Catalog = cat
		o.Phrases = nil
	})
	m, _ = drive(t, m, keys("t")...)
	if len(m.Results()) == 0 {
		t.Fatal("no results before the damage")
	}
	cat.mu.Lock()
	cat.damaged = true
	cat.mu.Unlock()
	d.edit(func(phs []*phrase.Phrase) []*phrase.Phrase { return phs }) // the rebuilt library
	next, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("k")})
	m = next.(Model)
	results := cmd() // the search over the damaged catalog
	calls := d.calls
	next, cmd = m.Update(results)
	m = next.(Model)
	var refreshed *refreshedMsg
	var runAll func(c tea.Cmd)
	runAll = func(c tea.Cmd) {
		if c == nil {
			return
		}
		switch msg := c().(type) {
		case tea.BatchMsg:
			for _, c := range msg {
				runAll(c)
			}
		case refreshedMsg:
			refreshed = &msg
		}
	}
	runAll(cmd)
	if refreshed == nil || d.calls != calls+1 {
		t.Fatalf("no reload right after the damage (Refresh called %d times)", d.calls-calls)
	}
	next, _ = m.Update(*refreshed) // its commands include the next poll's tick: not run here
	m = next.(Model)
	next, _ = m.Update(m.search()())
	m = next.(Model)
	if len(m.Results()) == 0 || m.Results()[0].Phrase.Code != "tk" {
		t.Fatalf("after the reload: %d results", len(m.Results()))
	}
}

// reloadNow runs one poll and applies what it found.
func reloadNow(t *testing.T, m Model) Model {
	t.Helper()
	next, cmd := m.Update(pollMsg{})
	m = next.(Model)
	next, cmd = m.Update(cmd())
	m = next.(Model)
	m, _ = drive(t, m, findResultsMsg(t, cmd))
	return m
}

func setParts(code string, parts ...string) func([]*phrase.Phrase) []*phrase.Phrase {
	return func(phs []*phrase.Phrase) []*phrase.Phrase {
		for _, ph := range phs {
			if ph.Code == code {
				ph.Body = phrase.Body{Parts: parts}
				if len(parts) == 1 {
					ph.Body = phrase.Body{Text: parts[0]}
				}
			}
		}
		return phs
	}
}

// A multi-part reply changed on disk after part 1 was copied: the preview
// and the status follow the new text (its part count, its next part), never
// the old one's "第 2/3 段".
func TestPartStateFollowsTheNewText(t *testing.T) {
	d := &fakeDisk{}
	m, cb, _ := newTest(t, withDisk(d))
	m, _ = drive(t, m, append(keys("fhsj"), k(tea.KeyEnter))...)
	if v := m.View(); !strings.Contains(v, "1/3 · enter 复制第 2 段") {
		t.Fatalf("after part 1:\n%s", v)
	}
	d.edit(setParts("fhsj", "新第一段。", "新第二段。"))
	m = reloadNow(t, m)
	v := m.View()
	for _, want := range []string{"第 2/2 段 · 下一段", "新第二段。", "话术已更新：「发货时间」现在 2 段，enter 复制第 2 段"} {
		if !strings.Contains(v, want) {
			t.Errorf("after the reload the view lacks %q:\n%s", want, v)
		}
	}
	if strings.Contains(v, "/3") || strings.Contains(v, "预售商品以页面标注") {
		t.Errorf("the old text's parts are still shown:\n%s", v)
	}
	_, _ = drive(t, m, k(tea.KeyEnter))
	if got := cb.all(); len(got) != 2 || got[1] != "新第二段。" {
		t.Errorf("copies %q, want the new part 2", got)
	}

	// Shrunk to one part: nothing is left to copy; the status says so and
	// Enter starts over with the new text.
	d2 := &fakeDisk{}
	m, cb, _ = newTest(t, withDisk(d2))
	m, _ = drive(t, m, append(keys("fhsj"), k(tea.KeyEnter))...)
	d2.edit(setParts("fhsj", "合并后的一段。"))
	m = reloadNow(t, m)
	v = m.View()
	if !strings.Contains(v, "「发货时间」已改成 1 段，都已复制") || strings.Contains(v, "下一段") || strings.Contains(v, "第 2") {
		t.Errorf("after shrinking to one part:\n%s", v)
	}
	_, _ = drive(t, m, k(tea.KeyEnter))
	if got := cb.all(); len(got) != 2 || got[1] != "合并后的一段。" {
		t.Errorf("copies %q, want the new one-part text", got)
	}
}

// A pack file broken on disk while the picker is open (a half-saved
// personal pack): the other packs are still served, and the status names
// the file that failed.
func TestReloadNamesTheFileThatFailed(t *testing.T) {
	d := &fakeDisk{}
	m, cb, _ := newTest(t, withDisk(d))
	d.edit(func(phs []*phrase.Phrase) []*phrase.Phrase {
		var out []*phrase.Phrase
		for _, ph := range phs {
			if ph.Code != "hy" { // the file that held hy failed to load
				out = append(out, ph)
			}
		}
		return out
	})
	d.mu.Lock()
	d.lib.Warnings = []string{"personal.yaml:5:11: YAML 语法错误：文件意外结束（引号没有闭合？）"}
	d.mu.Unlock()
	m = reloadNow(t, m)
	if v := m.View(); !strings.Contains(v, "新警告：personal.yaml:5:11") {
		t.Errorf("the status does not name the failed file:\n%s", v)
	}
	_, _ = drive(t, m, append(keys("tk"), k(tea.KeyEnter))...)
	if got := cb.all(); len(got) != 1 {
		t.Errorf("the other packs are not served: copies %q", got)
	}
}

// swapCatalog makes the disk serve the same phrases from another catalog
// (Library.SameAs): what the picker's library does once the background
// build has written the index of packs it served from memory.
func (d *fakeDisk) swapCatalog() {
	d.mu.Lock()
	defer d.mu.Unlock()
	var phs []*phrase.Phrase
	for _, ph := range d.lib.catalog().(*phraseList).phrases {
		c := *ph
		phs = append(phs, &c)
	}
	d.lib.SameAs = d.lib.Gen
	d.lib.Gen++
	d.lib.Catalog, d.lib.Phrases = newPhraseList(phs), nil
}

// TestSameLibrarySwapsInvisibly: a library serving the same phrases from
// another catalog is swapped in without a visible change — the frame
// (rows, selection, scroll, status) stays as it was, the rows are the new
// catalog's, and a reply copied part by part goes on with its next part.
func TestSameLibrarySwapsInvisibly(t *testing.T) {
	d := &fakeDisk{}
	m, cb, _ := newTest(t, func(o *Options) { withDisk(d)(o); o.PollEvery = time.Millisecond })
	m, _ = drive(t, m, tea.WindowSizeMsg{Width: 80, Height: 14})
	for range 6 {
		m, _ = drive(t, m, k(tea.KeyDown))
	}
	before, sel := m.View(), m.Selected()
	if m.offset == 0 {
		t.Fatalf("the list did not scroll:\n%s", before)
	}
	d.swapCatalog()
	m = reloadNow(t, m)
	if after := m.View(); after != before {
		t.Errorf("the swap changed the frame:\n%s\nbefore:\n%s", after, before)
	}
	if got := m.Selected(); got == sel || !samePhrase(got, sel) {
		t.Errorf("selected %p %+v, want the new catalog's %s", got, got, sel.Code)
	}

	// A reply copied part by part, the status saying so.
	m, _ = drive(t, m, append(keys("fhsj"), k(tea.KeyEnter))...)
	before = m.View()
	d.swapCatalog()
	m = reloadNow(t, m)
	if after := m.View(); after != before {
		t.Errorf("the swap changed the frame:\n%s\nbefore:\n%s", after, before)
	}
	m, _ = drive(t, m, k(tea.KeyEnter))
	if got := cb.all(); len(got) != 2 || got[1] != "预售商品以页面标注的发货时间为准。" {
		t.Errorf("copies = %q, want part 2 next", got)
	}
}

// TestSameAsAnotherGenerationIsAReload: a library the same as a generation
// the picker does not show (it missed a reload in between) is a reload
// like any other, said in the status line.
func TestSameAsAnotherGenerationIsAReload(t *testing.T) {
	d := &fakeDisk{}
	m, _, _ := newTest(t, func(o *Options) { withDisk(d)(o); o.PollEvery = time.Millisecond })
	d.edit(setText("tk", "改过的退款说明"))
	d.swapCatalog()
	m = reloadNow(t, m)
	if v := m.View(); !strings.Contains(v, "话术已更新") {
		t.Errorf("a reload across generations was not said:\n%s", v)
	}
}

// TestMoveDuringReloadIsKept: an arrow pressed while a background reload
// searches again moves from the kept selection in the reloaded rows,
// instead of being undone when they arrive.
func TestMoveDuringReloadIsKept(t *testing.T) {
	d := &fakeDisk{}
	m, _, _ := newTest(t, withDisk(d))
	m, _ = drive(t, m, keys("t")...)
	m, _ = drive(t, m, k(tea.KeyDown)) // tk thdz: thdz
	d.edit(setText("tk", "后台更新后的文字。"))
	next, cmd := m.Update(pollMsg{})
	m = next.(Model)
	next, cmd = m.Update(cmd())
	m = next.(Model)
	search := findResultsMsg(t, cmd)
	next, _ = m.Update(k(tea.KeyUp)) // before the reloaded rows are shown
	m = next.(Model)
	m, _ = drive(t, m, search)
	if m.Query() != "t" || m.Selected().Code != "tk" || !strings.Contains(m.View(), "后台更新后的文字") {
		t.Errorf("after ↑ during the reload: query %q selected %s, want t and tk", m.Query(), m.Selected().Code)
	}
}
