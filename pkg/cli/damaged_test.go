package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// bigPack writes a pack big enough that its index spans many pages.
func bigPack(t *testing.T) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("pack: 大包\nphrases:\n")
	for i := range 3000 {
		b.WriteString("  - code: c" + itoa(i) + "\n    title: 退款说明" + itoa(i) + "\n    text: 亲，退款会在1-3个工作日内原路退回，请您耐心等待。" + itoa(i) + "\n")
	}
	file := filepath.Join(t.TempDir(), "big.yaml")
	writeTestFile(t, file, b.String())
	return file
}

func itoa(i int) string {
	s := ""
	for {
		s = string(rune('0'+i%10)) + s
		i /= 10
		if i == 0 {
			return s
		}
	}
}

// TestIndexCutShortUnderACommand: when another program cuts the index
// short while a command reads it (here: after the command loaded it), the
// command neither crashes nor answers from damaged bytes: it builds the
// index again and answers.
func TestIndexCutShortUnderACommand(t *testing.T) {
	f := pickFactory(t, "", bigPack(t))
	idx, err := f.Index()
	if err != nil || idx.Path() == "" {
		t.Fatalf("index: %v %q", err, idx.Path())
	}
	if err := os.Truncate(idx.Path(), 0); err != nil {
		t.Fatal(err)
	}
	io, _, out, errOut := Test()
	f.IO = io
	o := &GetOptions{IO: io, Index: f.Index, Config: f.Config, Platform: f.Platform, History: f.History,
		Now: f.Now, Code: "c2999", Print: true}
	if err := getRun(o); err != nil {
		t.Fatalf("get: %v (%s)", err, errOut)
	}
	if got := out.String(); got != "亲，退款会在1-3个工作日内原路退回，请您耐心等待。2999\n" {
		t.Errorf("get printed %q", got)
	}
	again, _ := f.Index()
	if again == idx || again.Damaged() != nil || again.Path() == idx.Path() {
		t.Errorf("not rebuilt: %s → %s", idx.Path(), again.Path())
	}
}

// TestLibraryRebuildsADamagedIndex: the picker's Refresh builds the index
// again when the one it serves from was cut short under it.
func TestLibraryRebuildsADamagedIndex(t *testing.T) {
	f := pickFactory(t, "", bigPack(t))
	lib := newLibrary(f, nil)
	first, err := lib.Refresh()
	if err != nil {
		t.Fatal(err)
	}
	idx, _ := lib.current()
	if err := os.Truncate(idx.Path(), 0); err != nil {
		t.Fatal(err)
	}
	next, err := lib.Refresh()
	if err != nil || next.Gen == first.Gen {
		t.Fatalf("Refresh after the index was cut: gen %d → %d, %v", first.Gen, next.Gen, err)
	}
	if ph := byCode(next, "c1234"); ph == nil || ph.Title != "退款说明1234" {
		t.Errorf("after the rebuild c1234 is %+v", ph)
	}
}
