package index

import (
	"encoding/binary"
	"time"

	"github.com/huashu-cli/huashu/internal/mapfile"
	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// The variable-length parts of an index (phrase records, the meta section)
// are hand-rolled: integers are varints, strings a uvarint length and the
// bytes, lists a uvarint count and the items (0 for nil, n+1 for n items,
// keeping nil and empty apart), maps a count and sorted key/value pairs.
// Decoding reads from one string, so a phrase's strings are slices of one
// allocation, which is a copy of the record (never the mapped file).

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
	e.uint(uint64(len(ss)) + 1)
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

func (e *encoder) locs(m map[string]phrase.Loc) {
	e.bool(m != nil)
	e.uint(uint64(len(m)))
	for _, k := range sortedKeys(m) {
		e.str(k)
		e.loc(m[k])
	}
}

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
	e.locs(p.Locs)
}

// packMeta is a pack without its phrases.
func (e *encoder) packMeta(p *phrase.Pack) {
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
	e.locs(p.VarLocs)
	e.str(p.File)
	e.int(int(p.Layer))
	e.str(p.Source)
	e.bool(p.Phrases != nil)
}

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

// decoder reads from one string, so strings are substrings, not copies. A
// read past the end or an absurd length panics with mapfile.Corrupt, which
// the callers recover (mapfile.Protect).
type decoder struct {
	s   string
	off int
}

func (d *decoder) fail() { panic(mapfile.Corrupt{What: "record"}) }

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

// count reads a length and checks it against what is left (every item
// takes a byte at least), so damaged bytes never make us allocate
// gigabytes.
func (d *decoder) count() int {
	n := d.uint()
	if n > uint64(len(d.s)-d.off) {
		d.fail()
	}
	return int(n)
}

// bounded reads a number no larger than limit.
func (d *decoder) bounded(limit int) int {
	n := d.uint()
	if limit < 0 || n > uint64(limit) {
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

// list reads the count of a list that may be nil (0 for nil, n+1 for n
// items, each taking a byte at least).
func (d *decoder) list() (int, bool) {
	n := d.uint()
	if n == 0 {
		return 0, false
	}
	if n-1 > uint64(len(d.s)-d.off) {
		d.fail()
	}
	return int(n - 1), true
}

func (d *decoder) strs() []string {
	n, ok := d.list()
	if !ok {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.str()
	}
	return out
}

func (d *decoder) platforms() []phrase.Platform {
	n, ok := d.list()
	if !ok {
		return nil
	}
	out := make([]phrase.Platform, n)
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

func (d *decoder) locs() map[string]phrase.Loc {
	has := d.bool()
	n := d.count()
	var m map[string]phrase.Loc
	if has {
		m = make(map[string]phrase.Loc, n)
	}
	for range n {
		k, l := d.str(), d.loc()
		if m != nil {
			m[k] = l
		}
	}
	return m
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
	p.Locs = d.locs()
}

func (d *decoder) packMeta() *phrase.Pack {
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
	p.VarLocs = d.locs()
	p.File = d.str()
	p.Layer = phrase.Layer(d.int())
	p.Source = d.str()
	if d.bool() {
		p.Phrases = []*phrase.Phrase{}
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
