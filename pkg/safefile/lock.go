package safefile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"time"
)

// LockedError is a lock another process holds.
type LockedError struct {
	Path string
	PID  string // the holder's process id as it wrote it; empty when unknown
}

func (e *LockedError) Error() string {
	if e.PID != "" {
		return fmt.Sprintf("%s is held by process %s", e.Path, e.PID)
	}
	return e.Path + " is held by another process"
}

// Lock creates path exclusively (O_EXCL) and writes the process id and the
// time into it; unlock removes it. A lock file older than stale was left by
// a process that died and is taken over once. A lock held by someone else is
// a *LockedError, at once: huashu's commands are short, and an agent would
// rather hear "try again" than watch a terminal hang.
func Lock(path string, stale time.Duration, now time.Time) (unlock func(), err error) {
	for attempt := 0; ; attempt++ {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err == nil {
			_, werr := fmt.Fprintf(f, "%d %s\n", os.Getpid(), now.UTC().Format(time.RFC3339))
			if cerr := f.Close(); werr == nil {
				werr = cerr
			}
			if werr != nil {
				_ = os.Remove(path)
				return nil, werr
			}
			return func() { _ = os.Remove(path) }, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return nil, err
		}
		if st, serr := os.Stat(path); serr == nil && attempt == 0 && now.Sub(st.ModTime()) > stale {
			_ = os.Remove(path)
			continue
		}
		le := &LockedError{Path: path}
		if b, err := os.ReadFile(path); err == nil {
			if pid, _, ok := strings.Cut(strings.TrimSpace(string(b)), " "); ok {
				le.PID = pid
			}
		}
		return nil, le
	}
}
