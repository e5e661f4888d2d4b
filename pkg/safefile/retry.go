package safefile

import (
	"errors"
	"math/rand/v2"
	"os"
	"syscall"
	"time"
)

// On Windows a file that another program has open cannot be replaced or, at
// times, read: antivirus scanners, the search indexer and OneDrive open
// files right after they change, and a second huashu may be reading the
// history while this one saves it. The operation fails with a sharing
// violation or "access denied" that clears up within milliseconds. Like the
// go command (cmd/go/internal/robustio), huashu retries such failures with
// a randomised, growing backoff for a bounded time, then gives up with the
// last error. Elsewhere nothing is retried.

// retryFor bounds the retries; cmd/go uses the same two seconds.
const retryFor = 2 * time.Second

// The operations and the clock, replaced by tests to inject failures.
var (
	rename   = os.Rename
	readFile = os.ReadFile
	sleep    = time.Sleep
	now      = time.Now
	// transient says whether an error is worth retrying: on Windows a
	// sharing violation, a lock violation or access denied.
	transient = platformTransient
)

// Rename is os.Rename, retried while another program holds the file.
func Rename(oldpath, newpath string) error {
	return retry(func() error { return rename(oldpath, newpath) })
}

// Retry runs op again while it fails because another program holds a file
// (on Windows; elsewhere op runs once), for a bounded time.
func Retry(op func() error) error { return retry(op) }

// ReadFile is os.ReadFile, retried while another program holds the file.
// A missing file is never retried.
func ReadFile(name string) ([]byte, error) {
	var data []byte
	err := retry(func() error {
		var err error
		data, err = readFile(name)
		return err
	})
	return data, err
}

func retry(op func() error) error {
	start := now()
	backoff := time.Millisecond
	for {
		err := op()
		if err == nil || !transient(err) || now().Sub(start) >= retryFor {
			return err
		}
		sleep(backoff/2 + rand.N(backoff)) // jitter: two huashus must not retry in step
		backoff = min(backoff*2, 100*time.Millisecond)
	}
}

// Windows error numbers (winerror.h). They are plain numbers so the
// classification is tested on every platform.
const (
	errorAccessDenied     = syscall.Errno(5)
	errorSharingViolation = syscall.Errno(32)
	errorLockViolation    = syscall.Errno(33)
)

// windowsTransient reports the Windows errors that clear up when the other
// program lets go of the file.
func windowsTransient(err error) bool {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return false
	}
	return errno == errorAccessDenied || errno == errorSharingViolation || errno == errorLockViolation
}
