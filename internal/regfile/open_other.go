//go:build !unix

package regfile

import (
	"errors"
	"os"
	"syscall"
)

func openNonblock(name string) (*os.File, error) { return os.Open(name) }

var errLoop = errors.New("too many levels of symbolic links")

// diskFull reports Windows' own codes for a full disk (ERROR_HANDLE_DISK_FULL,
// ERROR_DISK_FULL), which are not syscall.ENOSPC.
func diskFull(err error) bool {
	return errors.Is(err, syscall.Errno(39)) || errors.Is(err, syscall.Errno(112))
}
