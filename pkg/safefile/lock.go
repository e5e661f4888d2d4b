package safefile

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/gofrs/flock"
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

// lockPoll is how often Lock tries again while it waits.
const lockPoll = 20 * time.Millisecond

// Lock takes an exclusive OS lock on path (flock on Unix, LockFileEx on
// Windows, through gofrs/flock), creating the file if needed. The operating
// system drops the lock when the process ends, however it ends, so a huashu
// that crashed or was killed never leaves a lock behind to wait out.
//
// Lock waits up to wait for another process to let go, then returns a
// *LockedError naming the holder's process id when it can be read. The file
// stays on disk after unlock: removing it would let a waiter that already
// opened it and a newcomer that creates a new one both hold "the" lock.
//
// The process id is written from the second byte on: Windows locks the
// first byte (gofrs/flock locks one byte), and a locked byte cannot be read
// or written through another handle.
func Lock(path string, wait time.Duration) (unlock func(), err error) {
	fl := flock.New(path, flock.SetFlag(os.O_CREATE|os.O_RDWR), flock.SetPermissions(0o644))
	deadline := time.Now().Add(wait)
	for {
		ok, err := fl.TryLock()
		if err != nil {
			return nil, err
		}
		if ok {
			break
		}
		if !time.Now().Before(deadline) {
			return nil, &LockedError{Path: path, PID: lockHolder(path)}
		}
		time.Sleep(min(lockPoll, time.Until(deadline)+time.Millisecond))
	}
	writeHolder(path)
	return func() { _ = fl.Unlock() }, nil
}

func writeHolder(path string) {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return // the lock holds without it; only the message loses the pid
	}
	defer func() { _ = f.Close() }()
	pid := []byte(strconv.Itoa(os.Getpid()) + "\n")
	if _, err := f.WriteAt(pid, 1); err == nil {
		_ = f.Truncate(int64(1 + len(pid)))
	}
}

func lockHolder(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer func() { _ = f.Close() }()
	buf := make([]byte, 32)
	n, _ := f.ReadAt(buf, 1)
	pid := strings.TrimSpace(string(buf[:n]))
	if _, err := strconv.Atoi(pid); err != nil {
		return ""
	}
	return pid
}
