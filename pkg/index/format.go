package index

import (
	"bufio"
	"encoding/binary"
	"hash/crc32"
	"io"
	"sync"
	"unsafe"

	"github.com/huashu-cli/huashu/internal/mapfile"
)

// The file: a header, a table of sections, the sections, each at an offset
// that is a multiple of 8 so that arrays of fixed-size records can be read
// in place. Integers are in the machine's byte order (the index is a cache
// of this machine's; the header's byte-order mark rejects another's).
//
//	header  = magic(8) version(4) bom(4) gen(8) size(8) count(4) crc(4)
//	table   = count × {id(4) crc(4) offset(8) length(8)}
//
// crc is a CRC-32C of the header (with crc zero) and the table. Each
// section has its own CRC-32C, checked the first time the section is used
// (most commands use a few of them), except for the large ones read in
// place by the matcher and the phrase records, each of which carries its
// own CRC checked when it is decoded.

var magic = [8]byte{'H', 'U', 'A', 'S', 'H', 'U', 'I', 'X'}

const (
	byteOrderMark = 0x01020304
	headerSize    = 40
	entrySize     = 24
	maxSections   = 64
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Section ids.
const (
	secMeta      = 1  // sources, files (pack metadata, problems), problems, conflicts, overrides, groups
	secRecords   = 2  // every phrase of every file: uvarint length, CRC-32C, encoded phrase
	secRecordOff = 3  // []uint64: where each record starts, and the end
	secEffective = 4  // []uint32: the record of each effective phrase, in set order
	secPicker    = 5  // []uint32: effective phrases in the packs' group order (the picker's)
	secPlatforms = 6  // []uint8: bit i = phrase.Platforms[i] applies; 0 = everywhere
	secWindowOf  = 7  // []int32: the phrase's valid window in secWindows, -1 for none
	secWindows   = 8  // []int64 × 5: bounds (bit 0 from, bit 1 until), from s, from ns, until s, until ns
	secGroupOf   = 9  // []uint32: the phrase's group, an index into meta's group names
	secCodeOff   = 10 // []uint32: where each effective phrase's code starts in secCodeBlob, and the end
	secCodeBlob  = 11 // the codes, one after the other
	secCodeTable = 12 // []uint32: open addressing by code hash, effective id + 1 (0 = empty)
	secMatch     = 13 // the matcher's data (match.Data)
)

// checkedLazily lists the sections whose CRC is checked on first use;
// the others are too large to read whole at every start.
var checkedLazily = map[uint32]bool{
	secMeta: true, secRecordOff: true, secEffective: true, secPicker: true, secPlatforms: true,
	secWindowOf: true, secWindows: true, secGroupOf: true, secCodeOff: true, secCodeBlob: true, secCodeTable: true,
}

// section is a section's bytes, in parts each followed by zeros to a
// multiple of 8 (the matcher's data is written that way without being
// copied into one buffer).
type section struct {
	id    uint32
	parts [][]byte
}

func sec(id uint32, data []byte) section { return section{id, [][]byte{data}} }

// size is the section's length: its parts with the zeros between them (the
// zeros after the last are outside it).
func (s section) size() int {
	n := 0
	for i, p := range s.parts {
		if i == len(s.parts)-1 {
			return n + len(p)
		}
		n += align8(len(p))
	}
	return n
}

// writeFile writes the header, the table and the sections.
func writeFile(w io.Writer, gen uint64, secs []section) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	table := make([]byte, 0, len(secs)*entrySize)
	off := uint64(align8(headerSize + len(secs)*entrySize))
	var zero [8]byte
	for _, s := range secs {
		crc := uint32(0)
		for i, p := range s.parts {
			crc = crc32.Update(crc, castagnoli, p)
			if i < len(s.parts)-1 {
				crc = crc32.Update(crc, castagnoli, zero[:align8(len(p))-len(p)])
			}
		}
		table = binary.NativeEndian.AppendUint32(table, s.id)
		table = binary.NativeEndian.AppendUint32(table, crc)
		table = binary.NativeEndian.AppendUint64(table, off)
		table = binary.NativeEndian.AppendUint64(table, uint64(s.size()))
		off += uint64(align8(s.size()))
	}
	h := make([]byte, headerSize)
	copy(h, magic[:])
	binary.NativeEndian.PutUint32(h[8:], FormatVersion)
	binary.NativeEndian.PutUint32(h[12:], byteOrderMark)
	binary.NativeEndian.PutUint64(h[16:], gen)
	binary.NativeEndian.PutUint64(h[24:], off)
	binary.NativeEndian.PutUint32(h[32:], uint32(len(secs)))
	crc := crc32.Update(crc32.Checksum(h, castagnoli), castagnoli, table)
	binary.NativeEndian.PutUint32(h[36:], crc)
	if _, err := bw.Write(h); err != nil {
		return err
	}
	if _, err := bw.Write(table); err != nil {
		return err
	}
	if _, err := bw.Write(zero[:align8(headerSize+len(table))-headerSize-len(table)]); err != nil {
		return err
	}
	for _, s := range secs {
		for _, p := range s.parts {
			if _, err := bw.Write(p); err != nil {
				return err
			}
			if _, err := bw.Write(zero[:align8(len(p))-len(p)]); err != nil {
				return err
			}
		}
	}
	return bw.Flush()
}

func align8(n int) int { return (n + 7) &^ 7 }

// file is an index file's bytes, read through its section table.
type file struct {
	buf  []byte
	gen  uint64
	secs map[uint32]sectionRef
	mu   sync.Mutex
	ok   map[uint32]bool // sections whose CRC was checked
}

type sectionRef struct {
	crc      uint32
	off, len uint64
}

// parseFile checks the header and the table; it returns nil when they are
// not an index of this version and this machine's byte order.
func parseFile(buf []byte) *file {
	if len(buf) < headerSize || [8]byte(buf[:8]) != magic ||
		binary.NativeEndian.Uint32(buf[8:]) != FormatVersion || binary.NativeEndian.Uint32(buf[12:]) != byteOrderMark ||
		binary.NativeEndian.Uint64(buf[24:]) != uint64(len(buf)) {
		return nil
	}
	n := int(binary.NativeEndian.Uint32(buf[32:]))
	if n > maxSections || headerSize+n*entrySize > len(buf) {
		return nil
	}
	h := make([]byte, headerSize)
	copy(h, buf[:headerSize])
	binary.NativeEndian.PutUint32(h[36:], 0)
	table := buf[headerSize : headerSize+n*entrySize]
	if crc32.Update(crc32.Checksum(h, castagnoli), castagnoli, table) != binary.NativeEndian.Uint32(buf[36:]) {
		return nil
	}
	f := &file{buf: buf, gen: binary.NativeEndian.Uint64(buf[16:]), secs: make(map[uint32]sectionRef, n), ok: map[uint32]bool{}}
	for i := range n {
		e := table[i*entrySize:]
		ref := sectionRef{crc: binary.NativeEndian.Uint32(e[4:]), off: binary.NativeEndian.Uint64(e[8:]), len: binary.NativeEndian.Uint64(e[16:])}
		if ref.off%8 != 0 || ref.off > uint64(len(buf)) || ref.len > uint64(len(buf))-ref.off {
			return nil
		}
		f.secs[binary.NativeEndian.Uint32(e)] = ref
	}
	return f
}

// section returns a section's bytes (nil when absent), its CRC checked on
// first use when it is one of checkedLazily. A damaged section panics with
// mapfile.Corrupt: the caller runs under mapfile.Protect.
func (f *file) section(id uint32) []byte {
	ref, ok := f.secs[id]
	if !ok {
		return nil
	}
	b := f.buf[ref.off : ref.off+ref.len : ref.off+ref.len]
	if checkedLazily[id] {
		f.mu.Lock()
		done := f.ok[id]
		f.mu.Unlock()
		if !done {
			if crc32.Checksum(b, castagnoli) != ref.crc {
				panic(mapfile.Corrupt{What: "section"})
			}
			f.mu.Lock()
			f.ok[id] = true
			f.mu.Unlock()
		}
	}
	return b
}

// u32s reads a section as []uint32 in place (nil when absent), panicking
// with mapfile.Corrupt unless it holds exactly n of them.
func (f *file) u32s(id uint32, n int) []uint32 {
	b := f.section(id)
	if len(b) != 4*n {
		panic(mapfile.Corrupt{What: "array length"})
	}
	if n == 0 {
		return nil
	}
	return unsafe.Slice((*uint32)(unsafe.Pointer(&b[0])), n)
}

func (f *file) i32s(id uint32, n int) []int32 {
	u := f.u32s(id, n)
	if n == 0 {
		return nil
	}
	return unsafe.Slice((*int32)(unsafe.Pointer(&u[0])), n)
}

func (f *file) u64s(id uint32, n int) []uint64 {
	b := f.section(id)
	if len(b) != 8*n {
		panic(mapfile.Corrupt{What: "array length"})
	}
	if n == 0 {
		return nil
	}
	return unsafe.Slice((*uint64)(unsafe.Pointer(&b[0])), n)
}

func (f *file) i64s(id uint32, n int) []int64 {
	u := f.u64s(id, n)
	if n == 0 {
		return nil
	}
	return unsafe.Slice((*int64)(unsafe.Pointer(&u[0])), n)
}

// bytesOf views a slice of fixed-size values as bytes, for writing.
func bytesOf[T any](s []T) []byte {
	if len(s) == 0 {
		return nil
	}
	var zero T
	return unsafe.Slice((*byte)(unsafe.Pointer(&s[0])), len(s)*int(unsafe.Sizeof(zero)))
}
