// Package watch tells whether the files behind loaded packs changed on disk
// since they were loaded. The picker asks before every copy (a copy never
// uses text older than the disk) and about once a second in the
// background.
//
// It polls file metadata instead of subscribing to file-system events
// (fsnotify): the check before a copy has to be synchronous anyway (an
// event may not have arrived when Enter is pressed), and a poll works the
// same on Windows, network drives and WSL mounts, sees files that git
// renames into place and files created in new subdirectories of a team
// checkout without a watch per directory, and needs no open handles. A
// poll lists each source's pack files (pack.Files, the loader's own
// selection) and stats them: for a team pack repository of a hundred
// files that is well under a millisecond (docs/performance.md).
//
// A file counts as changed when its size, modification time, or (on Unix)
// inode or change time differ. A write within the file system's timestamp
// granularity of the snapshot can keep all of those equal, so, as git does
// with its "racily clean" index entries, a file modified less than
// RacyWindow before its snapshot is also hashed, and hashed again at each
// check until it is old enough.
package watch

import (
	"encoding/binary"
	"errors"
	"hash/crc32"
	"os"
	"slices"
	"time"

	"github.com/huashu-cli/huashu/internal/regfile"
	"github.com/huashu-cli/huashu/pkg/pack"
)

// RacyWindow is how close to a snapshot a modification time must be for the
// file's content to be hashed too (FAT has 2 s timestamps).
const RacyWindow = 3 * time.Second

// Target is what to watch: the sources a load read, plus paths that may not
// exist yet (the personal pack before the first "huashu add", the config).
type Target struct {
	Sources []pack.Source // sources with an FS (embedded) never change
	Paths   []string
}

type stamp struct {
	exists bool
	size   int64
	mod    time.Time
	sys    sysStamp
	racy   bool
	sum    uint32 // content hash, for racy files
}

// Snapshot is the state of a target's files at one moment.
type Snapshot struct {
	target Target
	taken  time.Time
	files  map[string]stamp
	lists  [][]string // each source's file list
	// dirty: a racy file settled during Changed, so the snapshot's
	// encoding changed (the serving index stores it again).
	dirty bool
}

// Take records the target's files now. Take it before loading: a write
// between Take and the load is then seen by the next Changed (and loaded
// again), never missed.
func Take(t Target) *Snapshot {
	s := &Snapshot{target: t, taken: time.Now(), files: map[string]stamp{}}
	for _, src := range t.Sources {
		if src.FS != nil {
			s.lists = append(s.lists, nil)
			continue
		}
		files, _ := pack.Files(src) // an unreadable source is a load problem, reported there
		s.lists = append(s.lists, files)
		for _, f := range files {
			s.files[f] = s.stat(f)
		}
	}
	for _, p := range t.Paths {
		s.files[p] = s.stat(p)
	}
	return s
}

func (s *Snapshot) stat(path string) stamp {
	st, err := os.Stat(path)
	if err != nil {
		return stamp{}
	}
	out := stamp{exists: true, size: st.Size(), mod: st.ModTime(), sys: sysOf(st)}
	if !st.IsDir() && s.taken.Sub(st.ModTime()) < RacyWindow {
		out.racy = true
		out.sum = hashFile(path)
	}
	return out
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

func hashFile(path string) uint32 {
	// Never blocks on a FIFO put in a pack's place; a file changing while
	// it is read is 0, and the next check sees it settled.
	data, err := regfile.Read(path, pack.MaxFileSize)
	if err != nil {
		return 0
	}
	return crc32.Checksum(data, castagnoli)
}

// Changed reports whether any watched file was added, removed or changed
// since the snapshot was taken.
func (s *Snapshot) Changed() bool {
	now := time.Now()
	for i, src := range s.target.Sources {
		if src.FS != nil {
			continue
		}
		files, _ := pack.Files(src)
		if !slices.Equal(files, s.lists[i]) {
			return true
		}
		for _, f := range files {
			if s.changed(f, now) {
				return true
			}
		}
	}
	for _, p := range s.target.Paths {
		if s.changed(p, now) {
			return true
		}
	}
	return false
}

func (s *Snapshot) changed(path string, now time.Time) bool {
	old, ok := s.files[path]
	if !ok {
		return true
	}
	st, err := os.Stat(path)
	if err != nil {
		return old.exists
	}
	if !old.exists || st.Size() != old.size || !st.ModTime().Equal(old.mod) || sysOf(st) != old.sys {
		return true
	}
	if old.racy && !st.IsDir() {
		if hashFile(path) != old.sum {
			return true
		}
		if now.Sub(st.ModTime()) >= RacyWindow {
			old.racy = false // old enough now: metadata will show the next write
			s.files[path] = old
			s.dirty = true
		}
	}
	return false
}

// Bytes is the total size of the files the snapshot saw.
func (s *Snapshot) Bytes() int64 {
	var n int64
	for _, st := range s.files {
		n += st.size
	}
	return n
}

// Dirty reports whether Changed settled a racy file since the snapshot was
// taken or decoded: its encoding changed, and storing it again spares the
// next start hashing that file.
func (s *Snapshot) Dirty() bool { return s.dirty }

// Same reports whether path is the same file, with the same content as far
// as the snapshots can tell, in s and in old: both saw it, with equal size,
// modification time and (on Unix) device, inode and change time; a file
// racy in either must have been hashed in both, to the same sum. The
// serving index reuses what it parsed from a file that is the same.
func (s *Snapshot) Same(path string, old *Snapshot) bool {
	if old == nil {
		return false
	}
	a, ok1 := s.files[path]
	b, ok2 := old.files[path]
	if !ok1 || !ok2 || !a.exists || !b.exists || a.size != b.size || !a.mod.Equal(b.mod) || a.sys != b.sys {
		return false
	}
	if a.racy || b.racy {
		return a.racy && b.racy && a.sum == b.sum
	}
	return true
}

// Ident is a file's metadata as a snapshot compares it: size, modification
// time and, on Unix, device, inode and change time. Comparable: two equal
// Idents are the same file, unchanged (for files only huashu writes, and
// never in place: there is no racy window to hash over).
type Ident struct {
	Size int64
	Mod  int64 // Unix nanoseconds
	Sys  [3]uint64
}

// IdentOf is path's Ident; false when it cannot be stat'ed.
func IdentOf(path string) (Ident, bool) {
	st, err := os.Stat(path)
	if err != nil {
		return Ident{}, false
	}
	return Ident{Size: st.Size(), Mod: st.ModTime().UnixNano(), Sys: sysOf(st).words()}, true
}

// snapshotVersion changes with the encoding below.
const snapshotVersion = 1

// MarshalBinary encodes the snapshot's stamps and file lists (not its
// target: the caller keys the encoding by it).
func (s *Snapshot) MarshalBinary() ([]byte, error) {
	b := []byte{snapshotVersion}
	b = binary.AppendVarint(b, s.taken.UnixNano())
	b = binary.AppendUvarint(b, uint64(len(s.lists)))
	for _, l := range s.lists {
		if l == nil {
			b = binary.AppendUvarint(b, 0)
			continue
		}
		b = binary.AppendUvarint(b, uint64(len(l))+1)
		for _, f := range l {
			b = appendString(b, f)
		}
	}
	paths := make([]string, 0, len(s.files))
	for p := range s.files {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	b = binary.AppendUvarint(b, uint64(len(paths)))
	for _, p := range paths {
		st := s.files[p]
		b = appendString(b, p)
		var flags byte
		if st.exists {
			flags |= 1
		}
		if st.racy {
			flags |= 2
		}
		b = append(b, flags)
		b = binary.AppendVarint(b, st.size)
		b = binary.AppendVarint(b, st.mod.UnixNano())
		for _, w := range st.sys.words() {
			b = binary.AppendUvarint(b, w)
		}
		b = binary.LittleEndian.AppendUint32(b, st.sum)
	}
	return b, nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

var errSnapshot = errors.New("watch: snapshot encoding is damaged")

// Decode is the snapshot MarshalBinary encoded, for target t (the target it
// was taken of: its sources in the same order).
func Decode(t Target, data []byte) (*Snapshot, error) {
	d := decoder{b: data}
	if d.byte() != snapshotVersion {
		return nil, errSnapshot
	}
	s := &Snapshot{target: t, taken: time.Unix(0, d.varint()), files: map[string]stamp{}}
	n := d.count()
	if n != len(t.Sources) {
		return nil, errSnapshot
	}
	for range n {
		k := d.count()
		if k == 0 {
			s.lists = append(s.lists, nil)
			continue
		}
		l := make([]string, 0, k-1)
		for range k - 1 {
			l = append(l, d.string())
		}
		s.lists = append(s.lists, l)
	}
	for range d.count() {
		p := d.string()
		flags := d.byte()
		st := stamp{exists: flags&1 != 0, racy: flags&2 != 0, size: d.varint(), mod: time.Unix(0, d.varint())}
		var w [3]uint64
		for i := range w {
			w[i] = d.uvarint()
		}
		st.sys = sysFromWords(w)
		st.sum = d.uint32()
		s.files[p] = st
	}
	if d.bad || d.off != len(d.b) {
		return nil, errSnapshot
	}
	return s, nil
}

// decoder reads the encoding; any read past the end sets bad.
type decoder struct {
	b   []byte
	off int
	bad bool
}

func (d *decoder) byte() byte {
	if d.off >= len(d.b) {
		d.bad = true
		return 0
	}
	d.off++
	return d.b[d.off-1]
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b[min(d.off, len(d.b)):])
	if n <= 0 {
		d.bad = true
		d.off = len(d.b)
		return 0
	}
	d.off += n
	return v
}

func (d *decoder) varint() int64 {
	v, n := binary.Varint(d.b[min(d.off, len(d.b)):])
	if n <= 0 {
		d.bad = true
		d.off = len(d.b)
		return 0
	}
	d.off += n
	return v
}

// count is a length no larger than what is left (each item takes a byte).
func (d *decoder) count() int {
	v := d.uvarint()
	if v > uint64(len(d.b)-d.off) {
		d.bad = true
		d.off = len(d.b)
		return 0
	}
	return int(v)
}

func (d *decoder) string() string {
	n := d.count()
	s := string(d.b[d.off : d.off+n])
	d.off += n
	return s
}

func (d *decoder) uint32() uint32 {
	if d.off+4 > len(d.b) {
		d.bad = true
		d.off = len(d.b)
		return 0
	}
	d.off += 4
	return binary.LittleEndian.Uint32(d.b[d.off-4:])
}
