//go:build unix

package cache

import (
	"os"
	"syscall"
)

// readEntry maps the entry into memory read-only instead of copying it: the
// decoded strings point into the mapping, which lives as long as the
// process. Entries are only ever replaced by rename, never truncated, so the
// mapped pages stay valid.
func readEntry(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer func() { _ = f.Close() }() // read-only: nothing to flush
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	size := st.Size()
	if size <= 0 || size != int64(int(size)) {
		return os.ReadFile(path)
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_PRIVATE)
	if err != nil {
		return os.ReadFile(path)
	}
	return data, nil
}
