package index

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/huashu-cli/huashu/internal/mapfile"
	"github.com/huashu-cli/huashu/internal/regfile"
	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
	"github.com/huashu-cli/huashu/pkg/safefile"
	"github.com/huashu-cli/huashu/pkg/watch"
)

// Options say where the index lives.
type Options struct {
	// Dir is huashu's cache directory (config.Paths.Cache); indexes go in
	// its index/ subdirectory. Empty: the index is built in memory at every
	// load and nothing is written.
	Dir string
	// Rebuild builds the index even when the cached one looks fresh (its
	// file was found damaged while it was read).
	Rebuild bool
	// Warn, when set, hears about an index that could not be written: the
	// load still succeeds, from memory, only slower next time.
	Warn func(error)
	// DeferAbove, when positive, defers the build of an index that is
	// missing or stale when its packs hold at least this many bytes: the
	// packs are parsed into memory and served from there (Index.Deferred),
	// nothing is written, and the caller has the index built later (Build,
	// in another process: see docs/performance.md). Encoding and writing
	// the index costs about as much as parsing the packs; a command that
	// answers once need not wait for it.
	DeferAbove int64
}

// On disk, in Dir/index/:
//
//	KEY.stamp      which file is current, and the packs' file stamps then
//	KEY-GEN.idx    the index; GEN is random, new at every build
//
// KEY is a hash of the sources (names, layers, paths, the content of
// embedded ones) and the format version: one index per combination of
// packs a command is run with. A build writes a new KEY-GEN.idx (to a
// temporary name, then renamed), then the stamp (likewise), then removes
// the older GENs. An index file is never written in place, so a picker
// that mapped the previous one keeps reading it, whole, until it reloads;
// on Windows, where a file cannot be removed while it is open, the index is
// read into memory and no handle stays open (internal/mapfile).
//
// The stamp holds the pack files' metadata at the build (pkg/watch: size,
// modification and change time, device, inode, and a content hash for a
// file modified within watch.RacyWindow of the build) and the index
// file's own: a start compares them with the disk, and rebuilds when a pack
// changed or the index file is not the one the stamp names.

const (
	stampMagic   = "HUASHUST"
	stampVersion = 1
	// maxStamp bounds a stamp file read: a snapshot of many thousand pack
	// files is a few hundred KiB.
	maxStamp = 64 << 20
	// staleAfter: index files of other keys not used for this long are
	// removed when an index is built; a start marks its stamp used when it
	// was last marked more than usedEvery ago.
	staleAfter = 30 * 24 * time.Hour
	usedEvery  = 24 * time.Hour
)

// Load returns the serving index of sources: the cached one when no file
// behind it changed, else one built now (reusing what the cached one
// parsed from files that did not change) and written for the next start.
// It never fails: problems with packs are the index's Problems, problems
// with the cache go to o.Warn.
func Load(sources []pack.Source, o Options) *Index {
	key := keyOf(sources)
	dir := ""
	if o.Dir != "" {
		dir = filepath.Join(o.Dir, "index")
	}
	var donor *Index
	var donorSnap *watch.Snapshot
	if dir != "" {
		x, snap, fresh := openCached(dir, key, sources)
		if fresh && !o.Rebuild {
			return x
		}
		if x != nil && x.Damaged() == nil {
			donor, donorSnap = x, snap
		}
	}
	if dir != "" && o.DeferAbove > 0 {
		snap := watch.Take(target(sources))
		if snap.Bytes() >= o.DeferAbove {
			return inMemory(sources, snap, donor, donorSnap)
		}
	}
	return build(sources, dir, key, donor, donorSnap, o.Warn)
}

// Current returns the index of sources in cacheDir when the one on disk
// is current for the packs (what Load would serve without building), nil
// otherwise; it never parses or builds. An open picker serving a deferred
// index asks it once a second, to switch to the index the background build
// wrote. seen, when not nil, is the stamp file's identity at the previous
// call (updated here): while the stamp has not changed since, Current
// answers nil after one stat.
func Current(sources []pack.Source, cacheDir string, seen *watch.Ident) *Index {
	if cacheDir == "" {
		return nil
	}
	dir := filepath.Join(cacheDir, "index")
	key := keyOf(sources)
	if seen != nil {
		id, _ := watch.IdentOf(filepath.Join(dir, key+".stamp"))
		if id == *seen {
			return nil
		}
		*seen = id
	}
	x, _, fresh := openCached(dir, key, sources)
	if !fresh {
		return nil // a stale index is unmapped when collected
	}
	return x
}

// Build brings the index of sources in o.Dir up to date, unless another
// process is building it already (its lock, Building); it reports whether
// this call built or found it current. The background builder started
// after a command served a deferred index runs it (cmd build-index).
func Build(sources []pack.Source, o Options) bool {
	if o.Dir == "" {
		return false
	}
	dir := filepath.Join(o.Dir, "index")
	unlock, ok := lock(dir, keyOf(sources))
	if !ok {
		return false
	}
	defer unlock()
	o.DeferAbove = 0
	Load(sources, o)
	return true
}

// Building reports whether a process holds the build lock of the index
// of sources in dir (a background build under way): a command that would
// start one need not.
func Building(sources []pack.Source, cacheDir string) bool {
	if cacheDir == "" {
		return false
	}
	fi, err := os.Stat(filepath.Join(cacheDir, "index", keyOf(sources)+".lock"))
	return err == nil && time.Since(fi.ModTime()) < lockStale
}

// PackBytes is the size of the pack files of sources (a stat of each):
// what a build would parse, for choosing whether to defer it.
func PackBytes(sources []pack.Source) int64 { return watch.Take(target(sources)).Bytes() }

// lockStale: a build lock older than this is taken to be left by a build
// that died (a build of 100k phrases takes seconds); a temporary file of a
// build this old is removed (cleanup).
const lockStale = 10 * time.Minute

// lock takes the build lock of key in dir: KEY.lock, created exclusively.
// Two builds racing without it would still each write a whole index (the
// last stamp wins); the lock only spares the work.
func lock(dir, key string) (func(), bool) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, false
	}
	path := filepath.Join(dir, key+".lock")
	for attempt := 0; attempt < 2; attempt++ {
		f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
		if err == nil {
			_ = f.Close()
			return func() { _ = os.Remove(path) }, true
		}
		fi, serr := os.Stat(path)
		if serr != nil || time.Since(fi.ModTime()) < lockStale {
			return nil, false
		}
		_ = os.Remove(path) // left by a build that died
	}
	return nil, false
}

// target is what a snapshot of sources watches.
func target(sources []pack.Source) watch.Target { return watch.Target{Sources: sources} }

// keyOf names the index of sources: by what they are (layer, the cleaned
// absolute path of a directory or file, the bytes of embedded ones), not
// by how a command spelled them, so --pack ./a.yaml and --pack /abs/a.yaml
// share one index. (The index holds the names as the command that built it
// spelled them, which its messages show: a command spelling them otherwise
// builds it again, in place of the other.)
func keyOf(sources []pack.Source) string {
	h := sha256.New()
	fmt.Fprintf(h, "huashu index v%d\x00", FormatVersion)
	for _, s := range sources {
		where := s.Path
		if s.FS == nil {
			if a, err := filepath.Abs(s.Path); err == nil {
				where = a
			}
		} else {
			where = s.Name // the embedded packs: their bytes below
		}
		fmt.Fprintf(h, "%d\x00%s\x00%t\x00", s.Layer, where, s.FS != nil)
		if s.FS != nil {
			hashFS(h, s.FS)
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// hashFS adds every file of an embedded source to h (the starter packs:
// a hundred KiB, hashed in microseconds).
func hashFS(h interface{ Write([]byte) (int, error) }, fsys fs.FS) {
	_ = fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil //nolint:nilerr // an unreadable entry is hashed as absent
		}
		data, err := fs.ReadFile(fsys, path)
		if err != nil {
			return nil //nolint:nilerr // likewise
		}
		fmt.Fprintf(h, "%s\x00%d\x00", path, len(data))
		_, _ = h.Write(data)
		return nil
	})
}

// stamp is the content of KEY.stamp.
type stamp struct {
	gen   uint64
	ident watch.Ident
	snap  []byte
}

func (s stamp) encode() []byte {
	b := []byte(stampMagic)
	b = binary.LittleEndian.AppendUint32(b, stampVersion)
	b = binary.LittleEndian.AppendUint64(b, s.gen)
	b = binary.LittleEndian.AppendUint64(b, uint64(s.ident.Size))
	b = binary.LittleEndian.AppendUint64(b, uint64(s.ident.Mod))
	for _, w := range s.ident.Sys {
		b = binary.LittleEndian.AppendUint64(b, w)
	}
	b = binary.LittleEndian.AppendUint64(b, uint64(len(s.snap)))
	b = append(b, s.snap...)
	return binary.LittleEndian.AppendUint32(b, crc32.Checksum(b, castagnoli))
}

func decodeStamp(b []byte) (stamp, bool) {
	const fixed = len(stampMagic) + 4 + 8*7
	if len(b) < fixed+4 || string(b[:len(stampMagic)]) != stampMagic ||
		crc32.Checksum(b[:len(b)-4], castagnoli) != binary.LittleEndian.Uint32(b[len(b)-4:]) {
		return stamp{}, false
	}
	r := b[len(stampMagic):]
	if binary.LittleEndian.Uint32(r) != stampVersion {
		return stamp{}, false
	}
	r = r[4:]
	u := func() uint64 { v := binary.LittleEndian.Uint64(r); r = r[8:]; return v }
	s := stamp{gen: u()}
	s.ident.Size, s.ident.Mod = int64(u()), int64(u())
	for i := range s.ident.Sys {
		s.ident.Sys[i] = u()
	}
	n := u()
	if n != uint64(len(r)-4) {
		return stamp{}, false
	}
	s.snap = r[:n]
	return s, true
}

func idxName(dir, key string, gen uint64) string {
	return filepath.Join(dir, fmt.Sprintf("%s-%016x.idx", key, gen))
}

// openCached opens the index the stamp names. fresh: no pack changed
// since it was built. The index (and the packs' snapshot of its build) is
// returned stale too, for a rebuild to reuse.
func openCached(dir, key string, sources []pack.Source) (*Index, *watch.Snapshot, bool) {
	stampPath := filepath.Join(dir, key+".stamp")
	raw, err := regfile.Read(stampPath, maxStamp)
	if err != nil {
		return nil, nil, false
	}
	st, ok := decodeStamp(raw)
	if !ok {
		return nil, nil, false
	}
	snap, err := watch.Decode(target(sources), st.snap)
	if err != nil {
		return nil, nil, false
	}
	path := idxName(dir, key, st.gen)
	if id, ok := watch.IdentOf(path); !ok || id != st.ident {
		return nil, nil, false // replaced or rewritten by someone else
	}
	buf, release, err := mapfile.Map(path)
	if err != nil {
		return nil, nil, false
	}
	x := open(buf, release, sources, path)
	if x == nil || x.f.gen != st.gen {
		if x == nil && release != nil {
			release()
		}
		return nil, nil, false
	}
	if snap.Changed() {
		return x, snap, false
	}
	if snap.Dirty() {
		// A pack written just before the build has settled: store that,
		// so later starts stop hashing it.
		if b, err := snap.MarshalBinary(); err == nil {
			st.snap = b
			_ = writeAtomic(stampPath, st.encode()) // best effort: only speed is at stake
		}
	} else if fi, err := os.Stat(stampPath); err == nil && time.Since(fi.ModTime()) > usedEvery {
		// In use: a build of other packs must not take it for stale
		// (cleanup). Once a day at most.
		now := time.Now()
		_ = os.Chtimes(stampPath, now, now)
	}
	return x, snap, true
}

// build loads the sources (reusing the donor's unchanged files), encodes
// the index, and writes it to dir (when not empty) before opening it.
func build(sources []pack.Source, dir, key string, donor *Index, donorSnap *watch.Snapshot, warn func(error)) *Index {
	// The snapshot is taken before any file is read: a pack written during
	// the build is seen by the next start as changed, never missed.
	snap := watch.Take(target(sources))
	defer roomFor(snap.Bytes())()
	loads, set := loadFiles(sources, snap, donor, donorSnap)
	// LoadFiles set each pack's layer and source after the load: the
	// records carry them.
	secs := encode(sources, loads, set, false)
	gen := newGen()
	if dir != "" {
		x, err := writeAndOpen(dir, key, gen, secs, snap, sources)
		if err == nil {
			return x
		}
		if warn != nil {
			warn(&WriteError{Dir: dir, Err: err})
		}
	}
	var buf bytes.Buffer
	_ = writeFile(&buf, gen, secs) // writes to memory cannot fail
	x := open(buf.Bytes(), nil, sources, "")
	if x == nil {
		panic("index: a fresh index does not open") // a bug, not input
	}
	return x
}

// inMemory loads the sources (reusing the donor's unchanged files) and
// serves them from memory: the phrases as parsed, the layering and the
// compact arrays encoded as in a file, and a matcher built over the
// phrases (match.New) instead of the matcher's data. Nothing is written:
// the index is Deferred.
func inMemory(sources []pack.Source, snap *watch.Snapshot, donor *Index, donorSnap *watch.Snapshot) *Index {
	defer roomFor(snap.Bytes())()
	// Most of what this load allocates stays (the phrases, and the packs'
	// bytes their strings are slices of: 80 of 95 MiB at 100k phrases), so
	// collecting on the way, as GOGC does from a 4 MiB heap on, freed little
	// for a third of the CPU time the load took beside it; the memory limit
	// (roomFor) still bounds the heap.
	defer pauseGC()()
	loads, set := loadFiles(sources, snap, donor, donorSnap)
	secs := encode(sources, loads, set, true)
	var buf bytes.Buffer
	_ = writeFile(&buf, newGen(), secs) // writes to memory cannot fail
	x := open(buf.Bytes(), nil, sources, "")
	if x == nil {
		panic("index: a fresh index does not open") // a bug, not input
	}
	for _, l := range loads {
		if l.pack != nil {
			x.mem = append(x.mem, l.pack.Phrases...)
		}
	}
	if len(x.mem) != x.meta.nRec {
		panic("index: the records in memory do not add up") // a bug
	}
	if x.mem == nil {
		x.mem = []*phrase.Phrase{}
	}
	return x
}

// loadFiles loads every file of sources, reusing the donor's records of
// the files whose stamp in donorSnap is the one in snap.
func loadFiles(sources []pack.Source, snap *watch.Snapshot, donor *Index, donorSnap *watch.Snapshot) ([]fileLoad, *pack.Set) {
	reuse := map[fileKey]int{}
	if donor != nil {
		for i, f := range donor.meta.files {
			reuse[fileKey{f.src, f.name, f.real, f.found}] = i
		}
	}
	var loads []fileLoad
	srcIndex := func(src pack.Source) int {
		for i, s := range sources {
			if s.Name == src.Name && s.Layer == src.Layer && s.Path == src.Path && (s.FS != nil) == (src.FS != nil) {
				return i
			}
		}
		return -1
	}
	set := pack.LoadFiles(sources, func(src pack.Source, f pack.File, found bool) (*phrase.Pack, pack.ErrorList) {
		l := fileLoad{src: srcIndex(src), name: f.Name, real: f.Real, found: found}
		if i, ok := reuse[fileKey{l.src, f.Name, f.Real, found}]; ok && (src.FS != nil || snap.Same(f.Name, donorSnap)) {
			var p *phrase.Pack
			var errs pack.ErrorList
			if donor.protect(func() { p, errs = donor.filePack(i) }) {
				l.pack, l.errs = p, errs
				loads = append(loads, l)
				return p, errs
			}
		}
		l.pack, l.errs = pack.LoadFile(src, f, parseLean, found)
		loads = append(loads, l)
		return l.pack, l.errs
	})
	return loads, set
}

// parseLean parses a file to serve (tests count the files parsed).
var parseLean pack.ParseFunc = pack.ParseLean

// roomFor raises the process's memory limit (debug.SetMemoryLimit, which
// cmd/huashu sets for everyday use) for building an index of packs of this
// many bytes, which holds about five to six times that live; it returns how to put
// it back. A limit below the live heap would make the collector run
// without pause.
func roomFor(packBytes int64) func() {
	need := 8 * packBytes
	if old := debug.SetMemoryLimit(-1); old < need {
		debug.SetMemoryLimit(need)
		return func() { debug.SetMemoryLimit(old) }
	}
	return func() {}
}

// gcPause counts the loads under way that paused the collector, and
// holds the GOGC to put back when the last is done (loads may run
// concurrently: the picker's reload, tests).
var gcPause struct {
	sync.Mutex
	n     int
	saved int
}

// pauseGC turns the collector's GOGC pacing off (debug.SetGCPercent(-1):
// only the memory limit makes it collect) until the returned func runs.
func pauseGC() func() {
	gcPause.Lock()
	defer gcPause.Unlock()
	if gcPause.n == 0 {
		gcPause.saved = debug.SetGCPercent(-1)
	}
	gcPause.n++
	return func() {
		gcPause.Lock()
		defer gcPause.Unlock()
		if gcPause.n--; gcPause.n == 0 {
			debug.SetGCPercent(gcPause.saved)
		}
	}
}

type fileKey struct {
	src        int
	name, real string
	found      bool
}

func newGen() uint64 {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return binary.LittleEndian.Uint64(b[:]) | 1
}

// WriteError is an index that could not be written (Options.Warn): the
// load went on from memory.
type WriteError struct {
	Dir string
	Err error
}

func (e *WriteError) Error() string {
	return fmt.Sprintf("无法写入话术索引（%s）：%s", e.Dir, regfile.Reason(e.Err))
}

func (e *WriteError) Unwrap() error { return e.Err }

// writeAndOpen writes the index and its stamp, removes what they replace,
// and maps the new file.
func writeAndOpen(dir, key string, gen uint64, secs []section, snap *watch.Snapshot, sources []pack.Source) (*Index, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	path := idxName(dir, key, gen)
	tmp, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return nil, err
	}
	err = writeFile(tmp, gen, secs)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = safefile.Rename(tmp.Name(), path)
	}
	if err != nil {
		_ = os.Remove(tmp.Name())
		return nil, err
	}
	id, ok := watch.IdentOf(path)
	if !ok {
		return nil, errors.New("索引文件写入后不见了")
	}
	sb, err := snap.MarshalBinary()
	if err != nil {
		return nil, err
	}
	if err := writeAtomic(filepath.Join(dir, key+".stamp"), stamp{gen: gen, ident: id, snap: sb}.encode()); err != nil {
		_ = os.Remove(path)
		return nil, err
	}
	cleanup(dir, key, gen)
	buf, release, err := mapfile.Map(path)
	if err != nil {
		return nil, err
	}
	x := open(buf, release, sources, path)
	if x == nil {
		if release != nil {
			release()
		}
		return nil, errors.New("写入的索引文件读不回来")
	}
	return x, nil
}

// writeAtomic writes a small file through a temporary name (no sync: it
// is a cache; a torn stamp fails its checksum and the index is rebuilt).
func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = safefile.Rename(tmp.Name(), path)
	}
	if err != nil {
		_ = os.Remove(tmp.Name())
	}
	return err
}

// cleanup removes the older files of key, the files of keys not built for
// staleAfter, what builds that died left (temporary files, index files no
// stamp names and locks, once older than lockStale: a build under way
// is younger), and the per-file cache of earlier versions (packs/). Best
// effort: a file still open on Windows is removed next time. An index a
// running picker mapped stays readable after its removal (Unix keeps it
// until it is unmapped; Windows reads it into memory).
func cleanup(dir, key string, gen uint64) {
	_ = os.RemoveAll(filepath.Join(filepath.Dir(dir), "packs"))
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	keep := filepath.Base(idxName(dir, key, gen))
	old := func(e fs.DirEntry, age time.Duration) bool {
		info, err := e.Info()
		return err == nil && time.Since(info.ModTime()) > age
	}
	stale := map[string]bool{}
	stamped := map[string]bool{key: true}
	for _, e := range entries {
		name := e.Name()
		if k, ok := strings.CutSuffix(name, ".stamp"); ok && k != key {
			if old(e, staleAfter) {
				stale[k] = true
				_ = os.Remove(filepath.Join(dir, name))
			} else {
				stamped[k] = true
			}
		}
	}
	for _, e := range entries {
		name := e.Name()
		k, _, ok := strings.Cut(name, "-")
		switch {
		case strings.HasPrefix(name, ".tmp-"), strings.HasSuffix(name, ".lock"):
			if old(e, lockStale) {
				_ = os.Remove(filepath.Join(dir, name))
			}
		case !ok || !strings.HasSuffix(name, ".idx"):
		case k == key && name != keep, stale[k]:
			_ = os.Remove(filepath.Join(dir, name))
		case !stamped[k] && old(e, lockStale):
			_ = os.Remove(filepath.Join(dir, name)) // no stamp names it
		}
	}
}
