// Package index is huashu's serving index: everything the commands that
// serve phrases (get, search, list, the picker) need from the packs, laid
// out once per change of the packs in one file under the cache directory
// and read in place (memory-mapped) at every start.
//
// Loading packs takes parsing YAML (seconds for 100k phrases), layering the
// sources (overrides, conflicts) and preparing the matcher; a start that
// does all of that spends nearly all its time before the first result. The
// index does it when the packs change: pack update, add, import and the
// picker's reload build it, and any command that finds it stale (a pack
// edited by hand) rebuilds it, reusing what it parsed from the files that
// did not change. A start then reads a header, checks the packs' file
// metadata (pkg/watch) and answers from the file: get through a code
// table, search and the picker through the matcher's arrays, a phrase
// decoded only when it is shown.
//
// What the file holds (format.go): every phrase of every pack file (the
// overridden ones too, for rebuilds and doctor), each a record with its own
// CRC; the layering resolved (the effective phrases in set order and in
// the picker's group order, conflicts, overrides, problems); per effective
// phrase its platforms, valid window, group and code, in compact arrays
// that queries filter by at query time (the clock and the platform are not
// known when the index is built); and the matcher's data (match.Data).
//
// A damaged index (cut short, overwritten in place by another program,
// bytes that do not decode) is never trusted: reads run under
// mapfile.Protect, damage marks the index (Damaged), and the caller builds
// it again. See docs/performance.md for the measurements and the design.
package index

import (
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/huashu-cli/huashu/internal/mapfile"
	"github.com/huashu-cli/huashu/pkg/match"
	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// FormatVersion changes whenever the file format, what the loader parses
// or the matcher's data change: an index of another version is rebuilt.
// TestFormatGolden fails when the bytes change without it.
const FormatVersion = 3

// Index is an opened serving index. It is safe for concurrent use.
type Index struct {
	f       *file
	path    string // the file; "" when the index lives in memory only
	mapped  bool   // f's bytes are a mapping (mapfile.Map on Unix), not the Go heap's
	sources []pack.Source
	meta    *meta

	damaged atomic.Pointer[error]

	mu      sync.Mutex
	decoded map[int32]*phrase.Phrase // effective id → phrase, bounded by decodedMax
	// lastRecord: the file's bytes of the record decoded last, whose
	// folios evictRecord drops when the next one is elsewhere.
	lastRecord [2]int

	dataOnce sync.Once
	data     *match.Data // the matcher's data, read in place

	// mem: the records as parsed, in record order, when the index is
	// served from memory (Deferred); the file then has neither records
	// nor the matcher's data.
	mem []*phrase.Phrase
}

// Deferred reports whether the index was served from the packs parsed
// into memory, its build deferred (Options.DeferAbove): nothing was
// written, and the caller should have it built (Build) for the next start.
func (x *Index) Deferred() bool { return x.mem != nil }

// maxRecords bounds the phrases of an index (record ids are int32).
const maxRecords = 1<<31 - 1

// decodedMax bounds the phrases Phrase keeps decoded.
const decodedMax = 8192

type meta struct {
	nRec, nEff int
	sources    []srcMeta
	files      []fileMeta
	problems   pack.ErrorList
	conflicts  []conflictMeta
	overrides  []overrideMeta
	groups     []string
}

type srcMeta struct {
	name  string
	layer phrase.Layer
	path  string
	fs    bool
}

type fileMeta struct {
	src          int
	name, real   string
	found        bool
	pack         *phrase.Pack // metadata only; nil when the file gave no pack
	recLo, recHi int
	errs         pack.ErrorList
}

type conflictMeta struct {
	code string
	eids []int32
}

type overrideMeta struct {
	code           string
	winner, hidden int32 // records
}

// open reads an index from its bytes; nil when they are not one (another
// version, another machine, damaged).
func open(buf []byte, release func(), sources []pack.Source, path string) *Index {
	f := parseFile(buf)
	if f == nil {
		return nil
	}
	x := &Index{f: f, path: path, mapped: release != nil && mapfile.Mapped, sources: sources, decoded: map[int32]*phrase.Phrase{}}
	var m *meta
	if err := mapfile.Protect(func() { m = x.readMeta() }); err != nil {
		return nil
	}
	if len(m.sources) != len(sources) {
		return nil
	}
	for i, s := range sources {
		if m.sources[i] != (srcMeta{s.Name, s.Layer, s.Path, s.FS != nil}) {
			return nil
		}
	}
	x.meta = m
	if release != nil {
		// The mapping goes when nothing can read it any more: every view
		// into it (the matcher's included) holds the Index.
		runtime.AddCleanup(x, func(f func()) { f() }, release)
	}
	return x
}

func (x *Index) readMeta() *meta {
	d := decoder{s: unsafe.String(unsafe.SliceData(x.f.section(secMeta)), len(x.f.section(secMeta)))}
	if len(d.s) == 0 {
		d.fail()
	}
	m := &meta{nRec: d.bounded(maxRecords), nEff: d.bounded(maxRecords)}
	if m.nEff > m.nRec {
		d.fail()
	}
	for range d.count() {
		m.sources = append(m.sources, srcMeta{name: d.str(), layer: phrase.Layer(d.int()), path: d.str(), fs: d.bool()})
	}
	for range d.count() {
		fm := fileMeta{src: d.count(), name: strings.Clone(d.str()), real: strings.Clone(d.str()), found: d.bool()}
		if d.bool() {
			fm.pack = cloneMeta(d.packMeta())
			fm.recLo, fm.recHi = d.bounded(m.nRec), d.bounded(m.nRec)
			if fm.recLo > fm.recHi || fm.recHi > m.nRec {
				d.fail()
			}
		}
		fm.errs = cloneErrs(d.errs())
		m.files = append(m.files, fm)
	}
	m.problems = cloneErrs(d.errs())
	for range d.count() {
		c := conflictMeta{code: strings.Clone(d.str())}
		for range d.count() {
			c.eids = append(c.eids, int32(d.bounded(m.nEff-1)))
		}
		m.conflicts = append(m.conflicts, c)
	}
	for range d.count() {
		o := overrideMeta{code: strings.Clone(d.str()), winner: int32(d.bounded(m.nRec - 1)), hidden: int32(d.bounded(m.nRec - 1))}
		m.overrides = append(m.overrides, o)
	}
	for _, g := range d.strs() {
		m.groups = append(m.groups, strings.Clone(g))
	}
	if d.off != len(d.s) {
		d.fail()
	}
	return m
}

// cloneMeta copies a pack's strings out of the file.
func cloneMeta(p *phrase.Pack) *phrase.Pack {
	c := *p
	c.Name, c.Description, c.File, c.Source = strings.Clone(p.Name), strings.Clone(p.Description), strings.Clone(p.File), strings.Clone(p.Source)
	c.Platforms = slices.Clone(p.Platforms)
	for i := range c.Platforms {
		c.Platforms[i] = phrase.Platform(strings.Clone(string(c.Platforms[i])))
	}
	if p.Groups != nil {
		c.Groups = make([]string, len(p.Groups))
		for i, g := range p.Groups {
			c.Groups[i] = strings.Clone(g)
		}
	}
	if p.Vars != nil {
		c.Vars = make(map[string]string, len(p.Vars))
		for k, v := range p.Vars {
			c.Vars[strings.Clone(k)] = strings.Clone(v)
		}
	}
	if p.VarLocs != nil {
		c.VarLocs = make(map[string]phrase.Loc, len(p.VarLocs))
		for k, v := range p.VarLocs {
			c.VarLocs[strings.Clone(k)] = v
		}
	}
	return &c
}

func cloneErrs(l pack.ErrorList) pack.ErrorList {
	for _, e := range l {
		e.File, e.Rule, e.Msg = strings.Clone(e.File), strings.Clone(e.Rule), strings.Clone(e.Msg)
	}
	return l
}

// Damaged reports why the index cannot be trusted any more (its file was
// cut short or overwritten, or bytes did not decode), nil while it can.
// Queries on a damaged index return nothing; build it again (Load with
// Options.Rebuild).
func (x *Index) Damaged() error {
	if p := x.damaged.Load(); p != nil {
		return *p
	}
	return nil
}

// protect runs f over the file, recording damage.
func (x *Index) protect(f func()) bool {
	if x.damaged.Load() != nil {
		return false
	}
	if err := mapfile.Protect(f); err != nil {
		x.damaged.CompareAndSwap(nil, &err)
		return false
	}
	return true
}

// Path is the index file ("" for an index in memory).
func (x *Index) Path() string { return x.path }

// Len is the number of effective phrases.
func (x *Index) Len() int { return x.meta.nEff }

// record decodes record r into a phrase whose strings share one copy of
// the record.
func (x *Index) record(r int32) *phrase.Phrase {
	if x.mem != nil {
		return x.mem[r]
	}
	offs := x.f.u64s(secRecordOff, x.meta.nRec+1)
	recs := x.f.section(secRecords)
	lo, hi := offs[r], offs[r+1]
	if lo > hi || hi > uint64(len(recs)) {
		panic(mapfile.Corrupt{What: "record offset"})
	}
	raw := recs[lo:hi]
	n, k := binary.Uvarint(raw)
	if k <= 0 || uint64(len(raw)-k) < 4 || n != uint64(len(raw)-k-4) {
		panic(mapfile.Corrupt{What: "record length"})
	}
	sum := binary.NativeEndian.Uint32(raw[k:])
	// The copy every string of the phrase shares; its checksum is checked
	// on the copy, so what is decoded is what was checked.
	d := decoder{s: string(raw[k+4:])}
	if crc32.Checksum(unsafe.Slice(unsafe.StringData(d.s), len(d.s)), castagnoli) != sum {
		panic(mapfile.Corrupt{What: "record checksum"})
	}
	ph := &phrase.Phrase{}
	d.phrase(ph)
	if d.off != len(d.s) {
		d.fail()
	}
	return ph
}

// evictAbove: smaller matcher data (about 8k phrases) is not worth the
// system calls of dropping its pages; its whole mapping is a few folios.
const evictAbove = 4 << 20

// evictRecord drops, once a decode moves on to record r in other folios,
// the folios the record decoded before it was in (decoded: copied out):
// a search's results are a few records spread over the file, and each
// fault can map a whole large folio of it (mapfile.Evict), so 20 results
// would hold up to 40 MiB of records. Results decoded in the file's order
// map each folio once; in any other order a folio may be mapped again.
func (x *Index) evictRecord(r int32) {
	if !x.mapped || x.f.secs[secRecords].len < evictAbove {
		return
	}
	offs := x.f.u64s(secRecordOff, x.meta.nRec+1)
	base := x.f.secs[secRecords].off
	lo, hi := int(base+offs[r]), int(base+offs[r+1])
	x.mu.Lock()
	last := x.lastRecord
	x.lastRecord = [2]int{lo, hi}
	x.mu.Unlock()
	if last[1] > last[0] && (last[0]/mapfile.MaxFolio != lo/mapfile.MaxFolio || last[1]/mapfile.MaxFolio != hi/mapfile.MaxFolio) {
		mapfile.EvictAround(x.f.buf, last[0], last[1])
	}
}

func (x *Index) effective() []uint32 { return x.f.u32s(secEffective, x.meta.nEff) }

// Phrase is effective phrase eid (set order), decoded; nil when the index
// is damaged. Recently decoded phrases are kept.
func (x *Index) Phrase(eid int) *phrase.Phrase {
	x.mu.Lock()
	ph, ok := x.decoded[int32(eid)]
	x.mu.Unlock()
	if ok {
		return ph
	}
	x.protect(func() {
		r := int32(x.effective()[eid])
		ph = x.record(r)
		x.evictRecord(r)
	})
	if ph == nil {
		return nil
	}
	x.mu.Lock()
	if len(x.decoded) >= decodedMax {
		clear(x.decoded)
	}
	x.decoded[int32(eid)] = ph
	x.mu.Unlock()
	return ph
}

// Phrases decodes every effective phrase, in set order (nil when damaged).
func (x *Index) Phrases() []*phrase.Phrase {
	var out []*phrase.Phrase
	if !x.protect(func() {
		out = make([]*phrase.Phrase, x.meta.nEff)
		for e, r := range x.effective() {
			out[e] = x.record(int32(r))
		}
	}) {
		return nil
	}
	return out
}

// Code is effective phrase eid's code.
func (x *Index) Code(eid int) string {
	var c string
	x.protect(func() { c = strings.Clone(x.code(eid)) })
	return c
}

func (x *Index) code(eid int) string {
	offs := x.f.u32s(secCodeOff, x.meta.nEff+1)
	blob := x.f.section(secCodeBlob)
	lo, hi := offs[eid], offs[eid+1]
	if lo > hi || int(hi) > len(blob) {
		panic(mapfile.Corrupt{What: "code offset"})
	}
	return unsafe.String(unsafe.SliceData(blob[lo:hi]), int(hi-lo)) // compared, never kept
}

// Lookup returns the effective phrases with exactly this code, in set
// order (more than one only when the code is in conflict).
func (x *Index) Lookup(code string) []int {
	var out []int
	x.protect(func() {
		table := x.f.u32s(secCodeTable, tableSize(x.meta.nEff))
		mask := uint64(len(table) - 1)
		for s, probes := codeHash(code)&mask, 0; table[s] != 0 && probes < len(table); s, probes = (s+1)&mask, probes+1 {
			e := int(table[s] - 1)
			if e >= x.meta.nEff {
				panic(mapfile.Corrupt{What: "code table"})
			}
			if x.code(e) == code {
				out = append(out, e)
			}
		}
	})
	slices.Sort(out)
	return out
}

// Filter returns the effective phrases (in set order) whose valid window
// holds now and that apply to platform p ("" for every platform): the
// phrases get's neighbours, search and the picker serve.
func (x *Index) Filter(now time.Time, p phrase.Platform) []int32 {
	return x.filter(nil, now, p, "")
}

// Scope is the picker's scope: the phrases live at now, for platform p, in
// group g or nested under it ("" for all), in the picker's group order.
func (x *Index) Scope(now time.Time, p phrase.Platform, g string) []int32 {
	var order []uint32
	if !x.protect(func() { order = x.f.u32s(secPicker, x.meta.nEff) }) {
		return nil
	}
	return x.filter(order, now, p, g)
}

// filter keeps the effective phrases of order (every one in set order for
// nil) that pass the filters.
func (x *Index) filter(order []uint32, now time.Time, p phrase.Platform, g string) []int32 {
	var out []int32
	x.protect(func() {
		n := x.meta.nEff
		plats := x.f.section(secPlatforms)
		windowOf := x.f.i32s(secWindowOf, n)
		windows := x.f.i64s(secWindows, len(x.f.section(secWindows))/8)
		groupOf := x.f.u32s(secGroupOf, n)
		if len(plats) != n || len(windows)%5 != 0 {
			panic(mapfile.Corrupt{What: "filters"})
		}
		var bit uint8
		for i, q := range phrase.Platforms {
			if q == p {
				bit = 1 << i
			}
		}
		inGroup := make([]bool, len(x.meta.groups))
		for i, name := range x.meta.groups {
			inGroup[i] = g == "" || name == g || strings.HasPrefix(name, g+"/")
		}
		sec, nsec := now.Unix(), int64(now.Nanosecond())
		keep := func(e int) bool {
			if p != "" && plats[e] != 0 && plats[e]&bit == 0 {
				return false
			}
			if gi := groupOf[e]; int(gi) >= len(inGroup) || !inGroup[gi] {
				return false
			}
			if w := windowOf[e]; w >= 0 {
				if int(w)*5+5 > len(windows) {
					panic(mapfile.Corrupt{What: "window"})
				}
				b := windows[w*5 : w*5+5]
				if b[0]&1 != 0 && (sec < b[1] || sec == b[1] && nsec < b[2]) {
					return false
				}
				if b[0]&2 != 0 && (sec > b[3] || sec == b[3] && nsec > b[4]) {
					return false
				}
			}
			return true
		}
		out = make([]int32, 0, n)
		if order == nil {
			for e := range n {
				if keep(e) {
					out = append(out, int32(e))
				}
			}
			return
		}
		for _, e := range order {
			if int(e) >= n {
				panic(mapfile.Corrupt{What: "picker order"})
			}
			if keep(int(e)) {
				out = append(out, int32(e))
			}
		}
	})
	return out
}

// Group is effective phrase eid's group.
func (x *Index) Group(eid int) string {
	var g string
	x.protect(func() {
		gi := x.f.u32s(secGroupOf, x.meta.nEff)[eid]
		if int(gi) >= len(x.meta.groups) {
			panic(mapfile.Corrupt{What: "group"})
		}
		g = x.meta.groups[gi]
	})
	return g
}

// Problems are the problems of the load the index was built from (files
// that failed to load, phrases left out), one per line.
func (x *Index) Problems() pack.ErrorList { return x.meta.problems }

// Conflict is a code more than once in one layer: all of its phrases stay
// visible.
type Conflict struct {
	Code string
	EIDs []int32
}

// Conflicts are the codes in conflict, in load order.
func (x *Index) Conflicts() []Conflict {
	out := make([]Conflict, len(x.meta.conflicts))
	for i, c := range x.meta.conflicts {
		out[i] = Conflict{Code: c.code, EIDs: c.eids}
	}
	return out
}

// PackVars are the vars of each pack by name (the first pack of a name, as
// pack.Set.PackByName finds it).
func (x *Index) PackVars() map[string]map[string]string {
	out := map[string]map[string]string{}
	for _, f := range x.meta.files {
		if f.pack != nil {
			if _, seen := out[f.pack.Name]; !seen {
				out[f.pack.Name] = f.pack.Vars
			}
		}
	}
	return out
}

// Set decodes the whole index into what pack.Load returns for the same
// sources: every pack with its phrases, the effective phrases, overrides,
// conflicts and problems. Commands that need everything (doctor, export,
// add) use it; the ones that serve phrases do not.
func (x *Index) Set() (*pack.Set, error) {
	var s *pack.Set
	ok := x.protect(func() { s = x.set() })
	if !ok {
		return nil, x.Damaged()
	}
	return s, nil
}

func (x *Index) set() *pack.Set {
	m := x.meta
	recs := make([]*phrase.Phrase, m.nRec)
	for r := range recs {
		recs[r] = x.record(int32(r))
	}
	s := &pack.Set{Sources: x.sources}
	for _, f := range m.files {
		if f.pack == nil {
			continue
		}
		p := cloneMeta(f.pack)
		if f.pack.Phrases != nil {
			p.Phrases = recs[f.recLo:f.recHi:f.recHi]
		}
		s.Packs = append(s.Packs, p)
	}
	s.Phrases = make([]*phrase.Phrase, m.nEff)
	for e, r := range x.effective() {
		if int(r) >= m.nRec {
			panic(mapfile.Corrupt{What: "effective"})
		}
		s.Phrases[e] = recs[r]
	}
	for _, o := range m.overrides {
		s.Overrides = append(s.Overrides, pack.Override{Code: o.code, Winner: recs[o.winner], Hidden: recs[o.hidden]})
	}
	for _, c := range m.conflicts {
		pc := pack.Conflict{Code: c.code}
		for _, e := range c.eids {
			pc.Phrases = append(pc.Phrases, s.Phrases[e])
		}
		s.Conflicts = append(s.Conflicts, pc)
	}
	if m.problems != nil {
		s.Problems = make(pack.ErrorList, len(m.problems))
		for i, e := range m.problems {
			c := *e
			s.Problems[i] = &c
		}
	}
	return s
}

// filePack decodes the pack and problems file i of the index gave, for a
// rebuild that reuses them.
func (x *Index) filePack(i int) (*phrase.Pack, pack.ErrorList) {
	f := x.meta.files[i]
	var errs pack.ErrorList
	for _, e := range f.errs {
		c := *e
		errs = append(errs, &c)
	}
	if f.pack == nil {
		return nil, errs
	}
	p := cloneMeta(f.pack)
	if f.pack.Phrases != nil {
		p.Phrases = make([]*phrase.Phrase, 0, f.recHi-f.recLo)
		for r := f.recLo; r < f.recHi; r++ {
			p.Phrases = append(p.Phrases, x.record(int32(r)))
		}
	}
	return p, errs
}

func (x *Index) String() string {
	return fmt.Sprintf("index(%s, %d phrases)", x.path, x.meta.nEff)
}

// Matcher is a matcher over the effective phrases eids, in that order (the
// order ties break in; nil is every effective phrase in set order). It
// reads the index's matcher data in place and decodes only results; when
// the data cannot be read, the index is marked damaged and the matcher
// finds nothing.
func (x *Index) Matcher(eids []int32) *match.Matcher {
	if x.mem != nil {
		// Served from memory: the phrases as parsed, prepared by New (it
		// gives what the data gives: TestDataMatchesNew).
		return match.New(x.memPhrases(eids))
	}
	x.dataOnce.Do(func() {
		x.protect(func() {
			sec := x.f.section(secMatch)
			d, err := match.OpenData(sec)
			if err != nil || d.Len() != x.meta.nEff {
				panic(mapfile.Corrupt{What: "matcher data"})
			}
			if x.mapped && len(sec) >= evictAbove {
				// A long scan drops the pages it read as it goes (they
				// stay in the page cache): see match.Data.SetEvict.
				d.SetEvict(func(lo, hi int) {
					if lo, hi = max(lo, 0), min(hi, len(sec)); lo < hi {
						mapfile.Evict(sec[lo:hi])
					}
				}, int(x.f.secs[secMatch].off%mapfile.MaxFolio))
			}
			x.data = d
		})
	})
	if x.data == nil {
		return match.New(nil) // damaged: nothing to find; Damaged says why
	}
	return match.NewFromData(x.data, eids, store{x})
}

// MatcherOnce is Matcher for a command that searches once (search, get):
// served from memory, it prepares only what the search reads
// (match.NewOneShot) instead of every phrase's entry.
func (x *Index) MatcherOnce(eids []int32) *match.Matcher {
	if x.mem != nil {
		return match.NewOneShot(x.memPhrases(eids))
	}
	return x.Matcher(eids)
}

// memPhrases are the effective phrases eids (nil: all) of an index served
// from memory.
func (x *Index) memPhrases(eids []int32) []*phrase.Phrase {
	var phrases []*phrase.Phrase
	x.protect(func() {
		eff := x.effective()
		if eids == nil {
			phrases = make([]*phrase.Phrase, len(eff))
			for e, r := range eff {
				phrases[e] = x.mem[r]
			}
			return
		}
		phrases = make([]*phrase.Phrase, len(eids))
		for i, e := range eids {
			phrases[i] = x.mem[eff[e]]
		}
	})
	return phrases
}

// store is what a matcher over the index's data asks the index.
type store struct{ x *Index }

func (s store) Phrase(id int) *phrase.Phrase { return s.x.Phrase(id) }

// Code is read in place: the matcher only compares it, under its guard.
func (s store) Code(id int) string       { return s.x.code(id) }
func (s store) Lookup(code string) []int { return s.x.Lookup(code) }
func (s store) Damage(err error)         { s.x.damaged.CompareAndSwap(nil, &err) }

// TopGroups lists the top-level groups of the effective phrases eids, in
// the order they first appear (the picker's group tabs).
func (x *Index) TopGroups(eids []int32) []string {
	var out []string
	x.protect(func() {
		groupOf := x.f.u32s(secGroupOf, x.meta.nEff)
		seenID := make([]bool, len(x.meta.groups))
		seenTop := map[string]bool{}
		for _, e := range eids {
			gi := groupOf[e]
			if int(gi) >= len(seenID) {
				panic(mapfile.Corrupt{What: "group"})
			}
			if seenID[gi] {
				continue
			}
			seenID[gi] = true
			g := x.meta.groups[gi]
			if g == "" {
				continue
			}
			top, _, _ := strings.Cut(g, "/")
			if !seenTop[top] {
				seenTop[top] = true
				out = append(out, top)
			}
		}
	})
	return out
}

// Groups are the groups of the effective phrases, each once.
func (x *Index) Groups() []string { return slices.Clone(x.meta.groups) }

// Shadowed is the phrase of a layer below layer that a phrase with code in
// layer hides, or would hide once added: the effective one of a lower
// layer, else the one an override of that layer hides; nil for none (or a
// damaged index). It decodes only those, not the whole set (add asks it
// before writing, so it needs no index of the packs after the add).
func (x *Index) Shadowed(code string, layer phrase.Layer) *phrase.Phrase {
	for _, e := range x.Lookup(code) {
		if ph := x.Phrase(e); ph != nil && ph.Layer < layer {
			return ph
		}
	}
	var out *phrase.Phrase
	x.protect(func() {
		for _, o := range x.meta.overrides {
			if o.code != code {
				continue
			}
			if w, h := x.record(o.winner), x.record(o.hidden); w.Layer == layer && h.Layer < layer {
				out = h
				return
			}
		}
	})
	return out
}
