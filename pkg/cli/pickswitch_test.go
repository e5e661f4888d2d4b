package cli

import (
	"io"
	"os"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
	"weak"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/huashu-cli/huashu/pkg/index"
	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/tui"
	"github.com/huashu-cli/huashu/pkg/watch"
)

// recorder runs the picker in a real program and keeps what a test may
// look at: the model after each message and every frame it would draw.
type recorder struct {
	m   tea.Model // firstModel, then the tui.Model Update returns
	log *frames
}

type frames struct {
	mu    sync.Mutex
	last  tui.Model
	views []string
}

func (r recorder) Init() tea.Cmd { return r.m.Init() }

func (r recorder) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	next, cmd := r.m.Update(msg)
	r.m = next
	v := r.m.View()
	r.log.mu.Lock()
	r.log.last = next.(tui.Model)
	if n := len(r.log.views); n == 0 || r.log.views[n-1] != v {
		r.log.views = append(r.log.views, v)
	}
	r.log.mu.Unlock()
	return r, cmd
}

func (r recorder) View() string { return r.m.View() }

// state is the model after the last message, and how many distinct frames
// were drawn so far.
func (l *frames) state() (tui.Model, int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.last, len(l.views)
}

func (l *frames) since(n int) []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.views[n:]...)
}

// picker is a picker running in a program without a terminal.
type picker struct {
	log  *frames
	lib  *library // behind it
	send func(msg tea.Msg)
	quit func() tui.Model
}

// runPicker starts the picker of f and types keys.
func runPicker(t *testing.T, f *Factory, keys ...tea.KeyMsg) picker {
	t.Helper()
	po := newPickOptions(f)
	var lib *library
	po.Library = func(vars map[string]string) *library { lib = newLibrary(f, vars); return lib }
	topts, err := pickerOptions(po, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	topts.PollEvery = 5 * time.Millisecond
	log := &frames{}
	first := tui.New(topts)
	// As pickRun does: the program keeps its first model for the whole run.
	p := tea.NewProgram(recorder{m: firstModel{&first}, log: log}, tea.WithInput(nil), tea.WithOutput(io.Discard),
		tea.WithoutRenderer(), tea.WithoutSignalHandler())
	topts = tui.Options{} // the model holds the first catalog, nothing else
	done := make(chan tea.Model, 1)
	go func() {
		final, _ := p.Run()
		done <- final
	}()
	for _, k := range keys {
		p.Send(k)
	}
	quit := func() tui.Model {
		p.Quit()
		select {
		case final := <-done:
			m, _ := final.(recorder).m.(tui.Model)
			return m
		case <-time.After(10 * time.Second):
			t.Fatal("the picker did not quit")
			return tui.Model{}
		}
	}
	return picker{log: log, lib: lib, send: p.Send, quit: quit}
}

// waitFor polls cond for up to 10 s.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); !cond(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

// scroll types 退款说明1, which matches a thousand phrases, and once its
// results are shown moves down twelve rows (the list scrolls).
func scroll(t *testing.T, pk picker) {
	t.Helper()
	for _, k := range typed("退款说明1") {
		pk.send(k)
	}
	waitFor(t, "the results", func() bool {
		m, _ := pk.log.state()
		return m.Query() == "退款说明1" && m.Settled() && len(m.Results()) > 12
	})
	for range 12 {
		pk.send(tea.KeyMsg{Type: tea.KeyDown})
	}
}

// scrolled: the picker shows the results of 退款说明1 with the 13th row
// selected (the list scrolled).
func scrolled(m tui.Model) bool {
	r := m.Results()
	return m.Query() == "退款说明1" && m.Settled() && len(r) > 12 && m.Selected() == r[12].Phrase
}

func typed(s string) []tea.KeyMsg {
	var out []tea.KeyMsg
	for _, r := range s {
		out = append(out, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	return out
}

// TestPickerSwitchesToTheBuiltIndex: a picker started on big packs
// without an index serves them parsed into memory; once the background
// build has written the index, the open picker switches to it at its next
// check without a visible change (the same frame: rows, selection, scroll,
// status) and lets the packs parsed into memory go. The index it then reads
// can be cut short under it: the picker reloads, it does not crash.
func TestPickerSwitchesToTheBuiltIndex(t *testing.T) {
	old := deferAbove
	deferAbove = 1
	t.Cleanup(func() { deferAbove = old })
	big := bigPack(t)
	f := pickFactory(t, "", big)
	var mu sync.Mutex
	var spawned [][]string
	f.Spawn = func(args []string) error {
		mu.Lock()
		defer mu.Unlock()
		spawned = append(spawned, args)
		return nil
	}
	pk := runPicker(t, f)
	scroll(t, pk)
	log, lib := pk.log, pk.lib
	first, _ := lib.current()
	if !first.Deferred() {
		t.Fatal("the picker did not start on a deferred load")
	}
	inMemory := weak.Make(first)
	first = nil
	var settledAt int
	waitFor(t, "the typed query", func() bool {
		m, n := log.state()
		settledAt = n
		return scrolled(m)
	})
	before := log.since(settledAt - 1)[0]

	// The background build, run here.
	mu.Lock()
	if len(spawned) != 1 {
		t.Fatalf("spawned %q", spawned)
	}
	args := spawned[0]
	mu.Unlock()
	b := pickFactory(t, "", big)
	b.Paths = f.Paths
	if code := Run(args, b); code != 0 {
		t.Fatalf("build-index exit %d", code)
	}

	waitFor(t, "the packs parsed into memory to be let go", func() bool {
		runtime.GC()
		return inMemory.Value() == nil
	})
	idx, _ := lib.current()
	if idx.Deferred() || idx.Path() == "" {
		t.Fatalf("the picker serves %v, not the index file", idx)
	}
	if got := log.since(settledAt - 1); len(got) != 1 || got[0] != before {
		t.Errorf("the switch changed the screen: %d frames, the last\n%s\nbefore\n%s", len(got), got[len(got)-1], before)
	}

	// A picker started on the built index shows the same frame.
	g := pickFactory(t, "", big)
	g.Paths = f.Paths
	ref := runPicker(t, g)
	scroll(t, ref)
	if x, _ := ref.lib.current(); x.Deferred() {
		t.Fatal("the reference picker did not start on the index")
	}
	waitFor(t, "the reference picker", func() bool {
		m, _ := ref.log.state()
		return scrolled(m)
	})
	if m := ref.quit(); m.View() != before {
		t.Errorf("the picker on the index shows\n%s\nthe switched one\n%s", m.View(), before)
	}

	// The index is cut short under the open picker: its next search
	// reloads (from memory again, its build deferred); no crash.
	if err := os.Truncate(idx.Path(), 0); err != nil {
		t.Fatal(err)
	}
	idx = nil
	for _, k := range typed("23") {
		pk.send(k)
	}
	waitFor(t, "the search after the index was cut short", func() bool {
		m, _ := log.state()
		return m.Query() == "退款说明123" && m.Settled() && len(m.Results()) > 0
	})
	final := pk.quit()
	if got := final.Results()[0].Phrase.Code; got != "c123" {
		t.Errorf("after the index was cut short the first result is %s", got)
	}
	if x, _ := lib.current(); x.Damaged() != nil {
		t.Error("the picker still serves the damaged index")
	}
}

// TestPickerNeverSwitchesToAStaleIndex: when a pack changes while the
// background build runs, the index it writes is not current for the packs
// on disk; the open picker reloads the pack as changed (from memory again)
// and never serves the index built before the change. Likewise when the
// pack is written between the picker finding the index current and
// switching to it.
func TestPickerNeverSwitchesToAStaleIndex(t *testing.T) {
	old := deferAbove
	deferAbove = 1
	t.Cleanup(func() { deferAbove = old })
	big := bigPack(t)
	data, err := os.ReadFile(big)
	if err != nil {
		t.Fatal(err)
	}
	f := pickFactory(t, "", big)
	f.Spawn = func([]string) error { return nil }
	lib := newLibrary(f, nil)
	first, err := lib.Refresh()
	if err != nil {
		t.Fatal(err)
	}
	build := func() {
		t.Helper()
		b := pickFactory(t, "", big)
		b.Paths = f.Paths
		if code := Run([]string{"--no-embedded", "--pack", big, buildIndexCmd}, b); code != 0 {
			t.Fatalf("build-index exit %d", code)
		}
	}
	edit := func(title string) {
		t.Helper()
		writeTestFile(t, big, strings.Replace(string(data), "title: 退款说明7\n", "title: "+title+"\n", 1))
	}

	// The build read the pack before this edit: its index is stale.
	build()
	edit("改过的标题")
	next, err := lib.Refresh()
	if err != nil {
		t.Fatal(err)
	}
	idx, _ := lib.current()
	if next.SameAs != 0 || next.Gen == first.Gen || !idx.Deferred() {
		t.Fatalf("after an edit during the build: gen %d → %d, SameAs %d, deferred %v", first.Gen, next.Gen, next.SameAs, idx.Deferred())
	}
	if ph := byCode(next, "c7"); ph == nil || ph.Title != "改过的标题" {
		t.Fatalf("c7 is %+v, want the edited title", ph)
	}

	// The build is done and current; the pack is written again right
	// after the picker found the index current, before it switches.
	build()
	found := lib.built
	lib.built = func(srcs []pack.Source, seen *watch.Ident) *index.Index {
		x := found(srcs, seen)
		if x != nil {
			edit("又改了一次标题")
		}
		return x
	}
	again, err := lib.Refresh()
	if err != nil {
		t.Fatal(err)
	}
	if again.Gen != next.Gen {
		t.Fatalf("switched to the index found current before the last edit (gen %d → %d)", next.Gen, again.Gen)
	}
	lib.built = found
	last, err := lib.Refresh()
	if err != nil {
		t.Fatal(err)
	}
	if ph := byCode(last, "c7"); last.SameAs != 0 || ph == nil || ph.Title != "又改了一次标题" {
		t.Fatalf("after the second edit: SameAs %d, c7 %+v", last.SameAs, ph)
	}

	// Once the build catches up, the picker switches: the same phrases.
	build()
	switched, err := lib.Refresh()
	if err != nil {
		t.Fatal(err)
	}
	idx, _ = lib.current()
	if switched.SameAs != last.Gen || idx.Deferred() {
		t.Fatalf("no switch to the current index: SameAs %d (gen %d), deferred %v", switched.SameAs, last.Gen, idx.Deferred())
	}
	if !reflect.DeepEqual(catalogPhrases(switched.Catalog), catalogPhrases(last.Catalog)) {
		t.Error("the index serves other phrases than the packs parsed into memory")
	}
}
