package history

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/huashu-cli/huashu/pkg/safefile"
)

var t0 = time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestFrecencyDecays(t *testing.T) {
	s := Open(filepath.Join(t.TempDir(), "state", "history.json"))
	for i := 0; i < 3; i++ {
		if err := s.Record("hy", t0); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Record("tk", t0.Add(-HalfLife)); err != nil {
		t.Fatal(err)
	}
	got, err := s.Scores(t0.Add(HalfLife))
	if err != nil {
		t.Fatal(err)
	}
	if !near(got["hy"], 1.5) || !near(got["tk"], 0.25) {
		t.Errorf("Scores = %v, want hy 1.5, tk 0.25", got)
	}
	if _, ok := got["nope"]; ok {
		t.Errorf("unused code scored")
	}
}

func TestMissingFileIsEmpty(t *testing.T) {
	got, err := Open(filepath.Join(t.TempDir(), "history.json")).Scores(t0)
	if err != nil || len(got) != 0 {
		t.Errorf("Scores = %v, %v", got, err)
	}
}

func TestCorruptFileMovedAside(t *testing.T) {
	for _, content := range []string{"{not json", `{"version":99,"codes":{}}`, `{"version":1,"codes":{"":{"score":1}}}`, "\x00\x01"} {
		dir := t.TempDir()
		path := filepath.Join(dir, "history.json")
		os.WriteFile(path, []byte(content), 0o644)
		s := Open(path)
		got, err := s.Scores(t0)
		var ce *CorruptError
		if !errors.As(err, &ce) || len(got) != 0 {
			t.Fatalf("%q: Scores = %v, %v; want a CorruptError", content, got, err)
		}
		moved, _ := os.ReadFile(ce.MovedTo)
		if string(moved) != content || filepath.Base(ce.MovedTo) != "history.json.corrupt-20261101T090000Z" {
			t.Errorf("%q: moved to %s holding %q", content, ce.MovedTo, moved)
		}
		if err := s.Record("hy", t0); err != nil {
			t.Errorf("Record after move: %v", err)
		}
		if got, err := s.Scores(t0); err != nil || !near(got["hy"], 1) {
			t.Errorf("after recovery: %v, %v", got, err)
		}
	}
}

func TestBounded(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.json")
	f := file{Version: formatVersion, Codes: map[string]use{}}
	for i := 0; i < MaxCodes+50; i++ {
		f.Codes["c"+strconv.Itoa(i)] = use{Score: 1, Last: t0.Add(time.Duration(i) * time.Minute)}
	}
	data, _ := json.Marshal(f)
	os.WriteFile(path, data, 0o644)
	s := Open(path)
	if err := s.Record("new", t0.Add(time.Hour*100)); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Scores(t0.Add(time.Hour * 100))
	if len(got) != MaxCodes {
		t.Fatalf("%d codes kept, want %d", len(got), MaxCodes)
	}
	if _, ok := got["c0"]; ok {
		t.Errorf("the oldest code was kept")
	}
	if _, ok := got["new"]; !ok {
		t.Errorf("the new code was dropped")
	}
}

// TestConcurrentRecords runs writers at once (as two pickers would): no use
// is lost and the file stays valid.
func TestConcurrentRecords(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.json")
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := Open(path)
			for i := 0; i < 10; i++ {
				if err := s.Record("hy", t0); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	got, err := Open(path).Scores(t0)
	if err != nil || !near(got["hy"], 40) {
		t.Errorf("Scores = %v, %v; want hy 40", got, err)
	}
}

// The lock file a crashed huashu left behind holds nothing (the lock is the
// operating system's and died with it): the next use is recorded at once.
func TestLeftoverLockFileDoesNotBlock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.json")
	if err := os.WriteFile(path+".lock", []byte(" 999999\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if err := Open(path).Record("hy", t0); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d >= lockWait {
		t.Errorf("Record waited %v", d)
	}
}

// Another huashu holding the lock for longer than lockWait: the use is not
// recorded and the error says why.
func TestLockHeldByAnother(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.json")
	unlock, err := safefile.Lock(path+".lock", 0)
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	err = Open(path).Record("hy", t0)
	if err == nil || err.Error() != "使用记录被另一个 huashu 锁定（"+path+".lock）" {
		t.Errorf("err = %v", err)
	}
}

// TestTwoCorruptFilesInOneSecond: the second corrupt file moved aside in the
// same second gets its own copy; neither overwrites the other.
func TestTwoCorruptFilesInOneSecond(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.json")
	s := Open(path)
	var moved []string
	for _, content := range []string{"{first", "{second"} {
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := s.Scores(t0)
		var ce *CorruptError
		if !errors.As(err, &ce) {
			t.Fatalf("Scores: %v", err)
		}
		moved = append(moved, ce.MovedTo)
	}
	if filepath.Base(moved[0]) != "history.json.corrupt-20261101T090000Z" || filepath.Base(moved[1]) != "history.json.corrupt-20261101T090000Z-2" {
		t.Errorf("moved to %v", moved)
	}
	for i, want := range []string{"{first", "{second"} {
		if got, _ := os.ReadFile(moved[i]); string(got) != want {
			t.Errorf("%s holds %q, want %q", moved[i], got, want)
		}
	}
}
