package safefile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// fakeWindows makes rename and read fail as Windows does while another
// program holds the file: the first n calls return a sharing violation.
// The clock is fake: sleeping advances it, so the tests take no time.
func fakeWindows(t *testing.T, n int, errno syscall.Errno) (renames, reads *int, slept *time.Duration) {
	t.Helper()
	oldRename, oldRead, oldSleep, oldNow, oldTransient := rename, readFile, sleep, now, transient
	t.Cleanup(func() { rename, readFile, sleep, now, transient = oldRename, oldRead, oldSleep, oldNow, oldTransient })
	var r, rd int
	var total time.Duration
	clock := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	now = func() time.Time { return clock.Add(total) }
	sleep = func(d time.Duration) { total += d }
	transient = windowsTransient
	rename = func(o, n2 string) error {
		r++
		if r <= n {
			return &os.LinkError{Op: "rename", Old: o, New: n2, Err: errno}
		}
		return os.Rename(o, n2)
	}
	readFile = func(name string) ([]byte, error) {
		rd++
		if rd <= n {
			return nil, &fs.PathError{Op: "open", Path: name, Err: errno}
		}
		return os.ReadFile(name)
	}
	return &r, &rd, &total
}

func TestWindowsTransient(t *testing.T) {
	for err, want := range map[error]bool{
		&os.LinkError{Err: syscall.Errno(32)}:  true,  // ERROR_SHARING_VIOLATION
		&os.LinkError{Err: syscall.Errno(5)}:   true,  // ERROR_ACCESS_DENIED
		&fs.PathError{Err: syscall.Errno(33)}:  true,  // ERROR_LOCK_VIOLATION
		&fs.PathError{Err: syscall.Errno(2)}:   false, // ERROR_FILE_NOT_FOUND: waiting does not create it
		&fs.PathError{Err: syscall.Errno(112)}: false, // ERROR_DISK_FULL
		errors.New("rename: something else"):   false,
	} {
		if got := windowsTransient(err); got != want {
			t.Errorf("windowsTransient(%v) = %v, want %v", err, got, want)
		}
	}
}

// While a reader (antivirus, the indexer, another huashu) holds the file,
// a save retries and lands once it lets go.
func TestWriteRetriesSharingViolations(t *testing.T) {
	file := filepath.Join(tempDir(t), "history.json")
	if err := os.WriteFile(file, []byte("v1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	renames, _, slept := fakeWindows(t, 5, syscall.Errno(32))
	if err := Write(file, []byte("v2\n"), 0o644, ""); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(file); string(got) != "v2\n" {
		t.Errorf("file = %q", got)
	}
	if *renames != 6 || *slept <= 0 || *slept >= retryFor {
		t.Errorf("%d renames, slept %v", *renames, *slept)
	}
	if entries, _ := os.ReadDir(filepath.Dir(file)); len(entries) != 1 {
		t.Errorf("leftover temporary files: %v", entries)
	}
}

// A holder that never lets go: the save gives up after about retryFor with
// the operating system's error, and the old content and no temporary file
// are left.
func TestWriteGivesUp(t *testing.T) {
	file := filepath.Join(tempDir(t), "personal.yaml")
	if err := os.WriteFile(file, []byte("v1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	renames, _, slept := fakeWindows(t, 1<<30, syscall.Errno(5))
	err := Write(file, []byte("v2\n"), 0o644, "")
	var errno syscall.Errno
	if !errors.As(err, &errno) || errno != 5 {
		t.Fatalf("err = %v", err)
	}
	if *slept < retryFor || *slept > retryFor+200*time.Millisecond || *renames > 100 {
		t.Errorf("%d renames over %v", *renames, *slept)
	}
	if got, _ := os.ReadFile(file); string(got) != "v1\n" {
		t.Errorf("file = %q", got)
	}
	if entries, _ := os.ReadDir(filepath.Dir(file)); len(entries) != 1 {
		t.Errorf("leftover temporary files: %v", entries)
	}
}

// Other errors are not retried: a missing directory does not appear by
// waiting.
func TestRenameDoesNotRetryOtherErrors(t *testing.T) {
	renames, _, slept := fakeWindows(t, 0, 0)
	dir := tempDir(t)
	err := Rename(filepath.Join(dir, "missing"), filepath.Join(dir, "x"))
	if !errors.Is(err, fs.ErrNotExist) || *renames != 1 || *slept != 0 {
		t.Errorf("err %v after %d renames, slept %v", err, *renames, *slept)
	}
}

func TestReadFileRetries(t *testing.T) {
	file := filepath.Join(tempDir(t), "history.json")
	if err := os.WriteFile(file, []byte("{}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, reads, _ := fakeWindows(t, 3, syscall.Errno(32))
	data, err := ReadFile(file)
	if err != nil || string(data) != "{}\n" || *reads != 4 {
		t.Errorf("ReadFile = %q, %v after %d reads", data, err, *reads)
	}
}

// A missing file is an answer, not a wait.
func TestReadFileMissingIsNotRetried(t *testing.T) {
	_, reads, slept := fakeWindows(t, 0, 0)
	_, err := ReadFile(filepath.Join(tempDir(t), "missing.json"))
	if !errors.Is(err, fs.ErrNotExist) || *reads != 1 || *slept != 0 {
		t.Errorf("missing file: %v after %d reads, slept %v", err, *reads, *slept)
	}
}

// Outside Windows nothing is retried.
func TestNoRetriesOutsideWindows(t *testing.T) {
	if platformTransient(&os.LinkError{Err: syscall.Errno(32)}) != (filepath.Separator == '\\') {
		t.Error("platformTransient disagrees with the platform")
	}
}
