//go:build !unix

package mapfile

import (
	"io"
	"os"
)

// mapFile reads the file: on Windows a mapped file cannot be deleted or
// renamed over while the mapping lives, so a picker left open would stop
// huashu add from replacing the index. Reading it keeps no handle open.
func mapFile(f *os.File, size int) ([]byte, func(), error) {
	b := make([]byte, size)
	if _, err := io.ReadFull(f, b); err != nil {
		return nil, nil, err
	}
	return b, func() {}, nil
}

// Mapped reports whether Map maps files (or reads them).
const Mapped = false

// Evict does nothing: the file was read into memory, not mapped.
func Evict(b []byte) {}

// EvictAround does nothing: the file was read into memory, not mapped.
func EvictAround(m []byte, lo, hi int) {}
