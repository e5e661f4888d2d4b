//go:build unix

package mapfile

import (
	"os"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"
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

// Evict drops the pages of b, a part of a mapping Map returned, from the
// process: they stay in the page cache, and a later read maps them again
// (a minor fault, no disk read). The kernel maps more than the page a read
// faults on: 64 KiB around it, and on recent kernels (Linux 6.18 here) the
// whole large folio of the page cache it is in, up to 2 MiB for a file
// written in large blocks. Code that reads a few bytes here and there of
// a large mapping (a scan over thousands of phrases, a decoded result)
// calls it as it goes, so the process does not hold megabytes of the
// file for every few bytes it read.
func Evict(b []byte) {
	if len(b) == 0 {
		return
	}
	page := uintptr(os.Getpagesize())
	start := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	lo, hi := start&^(page-1), (start+uintptr(len(b))+page-1)&^(page-1)
	// The mapping covers whole pages, so the rounded range stays inside it.
	first := unsafe.Add(unsafe.Pointer(unsafe.SliceData(b)), -int(start-lo))
	_ = unix.Madvise(unsafe.Slice((*byte)(first), hi-lo), unix.MADV_DONTNEED)
}

// EvictAround drops m[lo:hi] from the process with the rest of the folios
// it may be in: m is a whole mapping Map returned (it starts at the file's
// offset 0, where folios are aligned).
func EvictAround(m []byte, lo, hi int) {
	lo, hi = lo&^(MaxFolio-1), min(len(m), (hi+MaxFolio-1)&^(MaxFolio-1))
	if lo < hi {
		Evict(m[lo:hi])
	}
}
