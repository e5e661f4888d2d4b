//go:build unix

package regfile

import (
	"os"
	"syscall"
)

// openNonblock opens name without blocking: open(2) of a FIFO without a
// writer waits forever unless O_NONBLOCK is set; on a regular file the flag
// changes nothing.
func openNonblock(name string) (*os.File, error) {
	return os.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}

var errLoop = syscall.ELOOP

// diskFull: Unix says ENOSPC, which Reason checks itself.
func diskFull(error) bool { return false }
