package history

import (
	"github.com/huashu-cli/huashu/pkg/safefile"

	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

func TestPinsRoundTrip(t *testing.T) {
	dir := t.TempDir()
	p := OpenPins(filepath.Join(dir, "state", "pins.json"))
	now := time.Date(2026, 11, 11, 10, 0, 0, 0, time.UTC)
	if got, err := p.Load(now); err != nil || got != nil {
		t.Fatalf("missing file: %v %v", got, err)
	}
	if err := p.Save([]string{"hy", "tk", "hy", ""}); err != nil {
		t.Fatal(err)
	}
	got, err := p.Load(now)
	if err != nil || !reflect.DeepEqual(got, []string{"hy", "tk"}) {
		t.Errorf("Load = %q, %v", got, err)
	}
	if err := p.Save(nil); err != nil {
		t.Fatal(err)
	}
	if got, _ := p.Load(now); len(got) != 0 {
		t.Errorf("after saving none: %q", got)
	}
	// The OS lock is released (its file stays, holding nothing).
	unlock, err := safefile.Lock(p.Path()+".lock", 0)
	if err != nil {
		t.Errorf("lock still held after Save: %v", err)
	} else {
		unlock()
	}
}

func TestPinsCorruptMovedAside(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "pins.json")
	for _, data := range []string{"{not json", `{"version": 9, "codes": []}`, `{"version": 1, "codes": [""]}`} {
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		now := time.Date(2026, 11, 11, 10, 0, len(data), 0, time.UTC)
		got, err := OpenPins(path).Load(now)
		var ce *CorruptError
		if !errors.As(err, &ce) || got != nil {
			t.Errorf("%q: got %q, %v; want a CorruptError", data, got, err)
			continue
		}
		if _, err := os.Stat(ce.MovedTo); err != nil {
			t.Errorf("%q: not moved aside: %v", data, err)
		}
	}
}
