// Package mapfile gives read-only access to a file huashu wrote itself (the
// serving index) without copying it into the process: on Unix the file is
// memory-mapped, elsewhere it is read into memory.
//
// A mapping shows the file as it is now, not as it was when it was opened:
// huashu never writes a mapped file in place (a new index gets a new name),
// but another program can (cp or rsync --inplace over the cache, a backup
// restore). A read past the end of a file truncated under the mapping is a
// SIGBUS, which Go turns into a crash unless the goroutine asked for a
// panic instead (debug.SetPanicOnFault). Protect runs code that reads a
// mapping that way and turns such a fault, or a corruption panic of the
// code reading it, into ErrDamaged.
package mapfile

import (
	"errors"
	"io/fs"
	"os"
	"runtime"
	"runtime/debug"

	"github.com/huashu-cli/huashu/internal/regfile"
)

// ErrDamaged is a mapped file that changed or was damaged while it was
// read: the caller rebuilds it.
var ErrDamaged = errors.New("索引文件已损坏或在读取时被改写")

// damaged is ErrDamaged with what happened (a fault, a Corrupt): its text
// is ErrDamaged's, which a user may read; the cause is for a developer
// (Unwrap).
type damaged struct{ cause error }

func (d *damaged) Error() string        { return ErrDamaged.Error() }
func (d *damaged) Is(target error) bool { return target == ErrDamaged }
func (d *damaged) Unwrap() error        { return d.cause }

// errTooLarge is a file larger than the address space.
var errTooLarge = errors.New("文件太大，无法映射到内存")

// Corrupt is what code reading a mapped file panics with when the bytes do
// not hold what they must (an offset out of range): Protect recovers it.
type Corrupt struct{ What string }

func (c Corrupt) Error() string { return "index: corrupt " + c.What }

// MaxFolio is the largest folio the page cache maps at once on Linux (a
// PMD's worth): folios are aligned to their size in the file.
const MaxFolio = 2 << 20

// Map returns the content of the regular file name and a function that
// releases it. The bytes must not be written, and must not be used after
// release (nor kept in anything that outlives the release: copy strings
// out).
func Map(name string) ([]byte, func(), error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	defer func() { _ = f.Close() }() // a mapping needs no open file
	st, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, nil, &fs.PathError{Op: "map", Path: name, Err: &regfile.NotRegularError{Mode: st.Mode()}}
	}
	if st.Size() == 0 {
		return nil, func() {}, nil
	}
	if int64(int(st.Size())) != st.Size() {
		return nil, nil, &fs.PathError{Op: "map", Path: name, Err: errTooLarge}
	}
	return mapFile(f, int(st.Size()))
}

// Protect runs f on this goroutine with memory faults turned into panics,
// and returns ErrDamaged (wrapping what happened) when f faulted on a
// mapping or panicked with a Corrupt or a runtime error (an index out of
// range read from damaged bytes). Any other panic goes on.
//
// Goroutines f starts must protect themselves (see Go).
func Protect(f func()) (err error) {
	old := debug.SetPanicOnFault(true)
	defer debug.SetPanicOnFault(old)
	defer func() {
		if r := recover(); r != nil {
			err = asDamaged(r)
		}
	}()
	f()
	return nil
}

// asDamaged turns a recovered panic value into ErrDamaged, or panics on.
func asDamaged(r any) error {
	switch v := r.(type) {
	case Corrupt:
		return &damaged{v}
	case runtime.Error:
		// A fault (runtime.Error with an address) or a bounds error on
		// bytes that held nonsense.
		return &damaged{v}
	case error:
		if errors.Is(v, ErrDamaged) {
			return v
		}
	}
	panic(r)
}
