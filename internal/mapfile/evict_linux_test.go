package mapfile

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
	"unsafe"
)

// resident counts the pages of b mapped into the process
// (/proc/self/pagemap's present bit).
func resident(t *testing.T, b []byte) int {
	t.Helper()
	pm, err := os.Open("/proc/self/pagemap")
	if err != nil {
		t.Skip(err)
	}
	defer pm.Close()
	page := os.Getpagesize()
	start := uintptr(unsafe.Pointer(&b[0])) / uintptr(page)
	n := (len(b) + page - 1) / page
	raw := make([]byte, 8*n)
	if _, err := pm.ReadAt(raw, int64(start)*8); err != nil {
		t.Skip(err)
	}
	c := 0
	for i := range n {
		if binary.LittleEndian.Uint64(raw[8*i:])>>63 != 0 {
			c++
		}
	}
	return c
}

// Evict drops the pages from the process, and reading them again gives the
// same bytes; EvictAround rounds to whole folios inside the mapping.
func TestEvict(t *testing.T) {
	want := bytes.Repeat([]byte("话术0123456789"), 3<<20/16)
	file := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(file, want, 0o600); err != nil {
		t.Fatal(err)
	}
	m, release, err := Map(file)
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	if !bytes.Equal(m, want) {
		t.Fatal("mapped bytes differ")
	}
	if resident(t, m) == 0 {
		t.Fatal("nothing resident after reading every byte")
	}
	Evict(m[100 : len(m)-100])
	if n := resident(t, m); n != 0 {
		t.Errorf("%d pages still mapped after Evict", n)
	}
	if !bytes.Equal(m, want) {
		t.Fatal("bytes differ after Evict")
	}
	EvictAround(m, len(m)-10, len(m)) // the last folio, clamped to the mapping
	EvictAround(m, 5, 6)
	if n := resident(t, m); n != 0 {
		t.Errorf("%d pages still mapped after EvictAround of both ends", n)
	}
	if !bytes.Equal(m, want) {
		t.Fatal("bytes differ after EvictAround")
	}
}
