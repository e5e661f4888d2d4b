package cache

import (
	"encoding/binary"
	"errors"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// The entry format is hand-rolled because it is read on every start: gob
// spends most of its time on reflection and on one allocation per string,
// this format decodes every string as a slice of one backing string.
//
//	entry   = magic(8) version(uvarint) payload-length(uvarint) crc32c(4) payload
//	payload = pack-present(1) pack? errors
//
// A pack's phrases are stored in chunks of phraseChunk, each prefixed with
// its size, and decoded on every CPU.
//
// Integers are varints, strings a uvarint length and the bytes, lists a
// uvarint count and the items, maps a count and sorted key/value pairs.

var errCorrupt = errors.New("cache entry is corrupt")

type encoder struct{ b []byte }

func (e *encoder) uint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *encoder) int(v int)     { e.b = binary.AppendVarint(e.b, int64(v)) }
func (e *encoder) str(s string)  { e.uint(uint64(len(s))); e.b = append(e.b, s...) }
func (e *encoder) bool(v bool) {
	if v {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}

func (e *encoder) strs(ss []string) {
	if ss == nil {
		e.uint(0)
		return
	}
	e.uint(uint64(len(ss)) + 1) // 0 = nil, n+1 = n items: keeps nil and empty apart
	for _, s := range ss {
		e.str(s)
	}
}

func (e *encoder) platforms(ps []phrase.Platform) {
	if ps == nil {
		e.uint(0)
		return
	}
	e.uint(uint64(len(ps)) + 1)
	for _, p := range ps {
		e.str(string(p))
	}
}

func (e *encoder) body(b phrase.Body) { e.str(b.Text); e.strs(b.Parts) }

func (e *encoder) time(t *time.Time) {
	if t == nil {
		e.bool(false)
		return
	}
	e.bool(true)
	e.int(int(t.Unix()))
	e.int(t.Nanosecond())
	name, offset := t.Zone()
	e.bool(t.Location() == time.UTC)
	e.str(name)
	e.int(offset)
}

func (e *encoder) loc(l phrase.Loc) { e.int(l.Line); e.int(l.Column); e.int(int(l.Style)) }

func (e *encoder) phrase(p *phrase.Phrase) {
	e.str(p.Code)
	e.str(p.Title)
	e.str(p.Group)
	e.strs(p.Tags)
	e.strs(p.Keywords)
	e.strs(p.Ask)
	e.body(p.Body)
	e.uint(uint64(len(p.Variants)))
	for _, k := range sortedKeys(p.Variants) {
		e.str(string(k))
		e.body(p.Variants[k])
	}
	e.platforms(p.Platforms)
	e.bool(p.Valid != nil)
	if p.Valid != nil {
		e.time(p.Valid.From)
		e.time(p.Valid.Until)
	}
	e.str(p.Pack)
	e.int(int(p.Layer))
	e.str(p.File)
	e.int(p.Line)
	e.int(p.Column)
	e.bool(p.Locs != nil)
	e.uint(uint64(len(p.Locs)))
	for _, k := range sortedKeys(p.Locs) {
		e.str(k)
		e.loc(p.Locs[k])
	}
}

func (e *encoder) pack(p *phrase.Pack) {
	e.str(p.Name)
	e.str(p.Description)
	e.platforms(p.Platforms)
	e.strs(p.Groups)
	e.bool(p.Vars != nil)
	e.uint(uint64(len(p.Vars)))
	for _, k := range sortedKeys(p.Vars) {
		e.str(k)
		e.str(p.Vars[k])
	}
	e.bool(p.VarLocs != nil)
	e.uint(uint64(len(p.VarLocs)))
	for _, k := range sortedKeys(p.VarLocs) {
		e.str(k)
		e.loc(p.VarLocs[k])
	}
	e.str(p.File)
	e.int(int(p.Layer))
	e.bool(p.Phrases != nil)
	e.uint(uint64(len(p.Phrases)))
	// Phrases go in chunks, each prefixed by its length in bytes, so the
	// decoder can hand chunks to every CPU.
	chunk := &encoder{}
	for lo := 0; lo < len(p.Phrases); lo += phraseChunk {
		chunk.b = chunk.b[:0]
		for _, ph := range p.Phrases[lo:min(lo+phraseChunk, len(p.Phrases))] {
			chunk.phrase(ph)
		}
		e.uint(uint64(len(chunk.b)))
		e.b = append(e.b, chunk.b...)
	}
}

// phraseChunk is how many phrases one chunk of an entry holds.
const phraseChunk = 4096

func (e *encoder) errs(l pack.ErrorList) {
	e.uint(uint64(len(l)))
	for _, x := range l {
		e.str(x.File)
		e.int(x.Line)
		e.int(x.Column)
		e.str(x.Rule)
		e.str(x.Msg)
	}
}

// decoder reads from one string so strings are substrings, not copies. Any
// read past the end or absurd length panics with errCorrupt, recovered in
// decode.
type decoder struct {
	s   string
	off int
	// slab hands out the []string of tags, keywords and parts: one
	// allocation per few thousand lists.
	slab []string
}

func (d *decoder) fail() { panic(errCorrupt) }

func (d *decoder) uint() uint64 {
	var v uint64
	var shift uint
	for {
		if d.off >= len(d.s) || shift > 63 {
			d.fail()
		}
		c := d.s[d.off]
		d.off++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v
		}
		shift += 7
	}
}

func (d *decoder) int() int {
	u := d.uint()
	v := int64(u >> 1)
	if u&1 != 0 {
		v = ^v
	}
	return int(v)
}

// count reads a length and checks it against what is left, so a corrupt
// entry can never make us allocate gigabytes.
func (d *decoder) count() int {
	n := d.uint()
	if n > uint64(len(d.s)-d.off) {
		d.fail()
	}
	return int(n)
}

func (d *decoder) str() string {
	n := d.count()
	s := d.s[d.off : d.off+n]
	d.off += n
	return s
}

func (d *decoder) bool() bool {
	if d.off >= len(d.s) {
		d.fail()
	}
	c := d.s[d.off]
	d.off++
	if c > 1 {
		d.fail()
	}
	return c == 1
}

func (d *decoder) strs() []string {
	n := d.count()
	if n == 0 {
		return nil
	}
	n--
	if cap(d.slab)-len(d.slab) < n {
		d.slab = make([]string, 0, max(n, 4096))
	}
	start := len(d.slab)
	d.slab = d.slab[:start+n]
	out := d.slab[start : start+n : start+n]
	for i := range out {
		out[i] = d.str()
	}
	return out
}

func (d *decoder) platforms() []phrase.Platform {
	n := d.count()
	if n == 0 {
		return nil
	}
	out := make([]phrase.Platform, n-1)
	for i := range out {
		out[i] = phrase.Platform(d.str())
	}
	return out
}

func (d *decoder) body() phrase.Body { return phrase.Body{Text: d.str(), Parts: d.strs()} }

func (d *decoder) time() *time.Time {
	if !d.bool() {
		return nil
	}
	sec, nsec := d.int(), d.int()
	utc, name, offset := d.bool(), d.str(), d.int()
	t := time.Unix(int64(sec), int64(nsec))
	switch {
	case utc:
		t = t.UTC()
	case name == "CST" && offset == 8*3600:
		t = t.In(pack.ChinaTime)
	default:
		t = t.In(time.FixedZone(name, offset))
	}
	return &t
}

func (d *decoder) loc() phrase.Loc {
	return phrase.Loc{Line: d.int(), Column: d.int(), Style: phrase.Style(d.int())}
}

func (d *decoder) phrase(p *phrase.Phrase) {
	p.Code = d.str()
	p.Title = d.str()
	p.Group = d.str()
	p.Tags = d.strs()
	p.Keywords = d.strs()
	p.Ask = d.strs()
	p.Body = d.body()
	if n := d.count(); n > 0 {
		p.Variants = make(map[phrase.Platform]phrase.Body, n)
		for range n {
			k := phrase.Platform(d.str())
			p.Variants[k] = d.body()
		}
	}
	p.Platforms = d.platforms()
	if d.bool() {
		p.Valid = &phrase.Window{From: d.time(), Until: d.time()}
	}
	p.Pack = d.str()
	p.Layer = phrase.Layer(d.int())
	p.File = d.str()
	p.Line = d.int()
	p.Column = d.int()
	hasLocs := d.bool()
	n := d.count()
	if hasLocs {
		p.Locs = make(map[string]phrase.Loc, n)
	}
	for range n {
		k := d.str()
		l := d.loc()
		if p.Locs != nil {
			p.Locs[k] = l
		}
	}
}

func (d *decoder) pack() *phrase.Pack {
	p := &phrase.Pack{Name: d.str(), Description: d.str(), Platforms: d.platforms(), Groups: d.strs()}
	hasVars := d.bool()
	n := d.count()
	if hasVars {
		p.Vars = make(map[string]string, n)
	}
	for range n {
		k, v := d.str(), d.str()
		if p.Vars != nil {
			p.Vars[k] = v
		}
	}
	hasVarLocs := d.bool()
	n = d.count()
	if hasVarLocs {
		p.VarLocs = make(map[string]phrase.Loc, n)
	}
	for range n {
		k, l := d.str(), d.loc()
		if p.VarLocs != nil {
			p.VarLocs[k] = l
		}
	}
	p.File = d.str()
	p.Layer = phrase.Layer(d.int())
	hasPhrases := d.bool()
	n = d.count()
	if n > (len(d.s)-d.off)/8 { // a phrase takes more than 8 bytes
		d.fail()
	}
	if !hasPhrases {
		if n != 0 {
			d.fail()
		}
		return p
	}
	p.Phrases = make([]*phrase.Phrase, n)
	all := make([]phrase.Phrase, n) // one allocation for every phrase
	type span struct{ lo, hi, off, end int }
	var spans []span
	for lo := 0; lo < n; lo += phraseChunk {
		size := d.count()
		spans = append(spans, span{lo, min(lo+phraseChunk, n), d.off, d.off + size})
		d.off += size
	}
	decodeChunk := func(sp span) (ok bool) {
		defer func() {
			if r := recover(); r != nil {
				if e, ok := r.(error); !ok || !errors.Is(e, errCorrupt) {
					panic(r)
				}
				ok = false
			}
		}()
		cd := &decoder{s: d.s[:sp.end], off: sp.off}
		for i := sp.lo; i < sp.hi; i++ {
			cd.phrase(&all[i])
			p.Phrases[i] = &all[i]
		}
		return cd.off == sp.end
	}
	workers := min(runtime.GOMAXPROCS(0), len(spans))
	var next atomic.Int64
	var bad atomic.Bool
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(spans) || bad.Load() {
					return
				}
				if !decodeChunk(spans[i]) {
					bad.Store(true)
				}
			}
		}()
	}
	wg.Wait()
	if bad.Load() {
		d.fail()
	}
	return p
}

func (d *decoder) errs() pack.ErrorList {
	n := d.count()
	if n == 0 {
		return nil
	}
	out := make(pack.ErrorList, n)
	for i := range out {
		out[i] = &pack.Error{File: d.str(), Line: d.int(), Column: d.int(), Rule: d.str(), Msg: d.str()}
	}
	return out
}

func encodePayload(p *phrase.Pack, errs pack.ErrorList) []byte {
	e := &encoder{b: make([]byte, 0, 1<<16)}
	e.bool(p != nil)
	if p != nil {
		e.pack(p)
	}
	e.errs(errs)
	return e.b
}

// decodePayload decodes a payload; the strings share payload's memory, which
// must not change afterwards.
func decodePayload(payload []byte) (p *phrase.Pack, errs pack.ErrorList, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); !ok || !errors.Is(e, errCorrupt) {
				panic(r)
			}
			p, errs, err = nil, nil, errCorrupt
		}
	}()
	d := &decoder{s: unsafe.String(unsafe.SliceData(payload), len(payload))}
	if len(payload) == 0 {
		d.fail()
	}
	if d.bool() {
		p = d.pack()
	}
	errs = d.errs()
	if d.off != len(d.s) {
		d.fail()
	}
	return p, errs, nil
}

func sortedKeys[K ~string, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	// insertion sort: these maps hold a handful of keys
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}
