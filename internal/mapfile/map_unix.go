//go:build unix

package mapfile

import (
	"os"
	"syscall"
)

func mapFile(f *os.File, size int) ([]byte, func(), error) {
	b, err := syscall.Mmap(int(f.Fd()), 0, size, syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return nil, nil, err
	}
	return b, func() { _ = syscall.Munmap(b) }, nil
}

// Mapped reports whether Map maps files (or reads them).
const Mapped = true
