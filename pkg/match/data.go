package match

import (
	"errors"
	"math"
	"math/bits"
	"slices"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/huashu-cli/huashu/internal/mapfile"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// Data is what the matcher reads of a set of phrases, laid out in flat
// arrays of fixed-size records and one string blob, so it can be written
// to a file once and read back in place at every start (the serving index,
// pkg/index, keeps it): per phrase a record (its masks, where its folded
// fields start and how long they are), the folded short fields as runes,
// the folded bodies as one string, the prefilter's array, the body
// readings (bodypinyin.go) and the approximate ranking's filters
// (approxindex.go), all computed by New and its lazy builders (EncodeData
// runs them, so there is one definition of each), and posting lists: for
// each character, the phrases holding it, so a Chinese query scores only
// the phrases that can match it.
//
// A matcher over Data (NewFromData) builds an entry's view (slices of the
// arrays) only for a phrase that passes the prefilter; the scoring
// functions are the same. TestDataMatchesNew holds it to New's results.
type Data struct {
	n         int
	recs      []dataRec
	runes     []rune
	bodies    []dataBody
	blob      string
	filters   []filter
	syl       []sylBits
	sig       []approxSig
	head      []headSig
	postKeys  []postKey
	postData  []uint32
	spellKeys []postKey
	spellData []uint32
	hanCode   []uint32
	// evict, when set, drops bytes of the data from the process; phase
	// is where the data starts in its file modulo mapfile.MaxFolio
	// (SetEvict).
	evict func(lo, hi int)
	phase int
	size  int     // the data's bytes
	base  uintptr // where they start in memory (a mapping: it does not move)
}

// dataVersion changes with the layout below.
const dataVersion = 1

// dataRec is one phrase. Its fields are laid out by hand, without padding
// the compiler would add, so the bytes written are the bytes read.
type dataRec struct {
	mask, titleM, groupM, fuzzyM, latinM, bodyLatin letterBits

	runeOff                                             uint32 // the phrase's runes: code, title, keywords, group, tags, ask, one after the other
	bodyOff                                             uint32 // its first body in bodies
	codeLen, titleLen, kwLen, groupLen, tagsLen, askLen uint32
	bodyRunes                                           uint32 // the default body's length in runes (the approximate ranking's)

	nBodies        uint8
	latinKw        uint8
	tagMin, askMin uint8
	variants       uint8
	_              [7]uint8
}

// dataBody is one body of a phrase: its folded text in the blob.
type dataBody struct {
	mask     letterBits
	off, len uint32
	plat     uint8 // 0 for the default body, else 1 + the index in phrase.Platforms
	_        [7]uint8
}

// postKey is a posting list: the n phrases holding key, as a sorted list
// of n phrase numbers at data[off:], or, when that would be larger, as a
// bitmap of the phrases (bitmap set).
type postKey struct {
	key    int32
	n, off uint32
	bitmap uint32
}

// Store is where a matcher over Data gets what Data does not hold: the
// phrases themselves (decoded for results only), their codes, the phrases
// with a code (for frecency), and who to tell when the data turns out
// damaged while it is read (a file cut short or overwritten under a live
// mapping: see internal/mapfile).
type Store interface {
	Phrase(id int) *phrase.Phrase
	Code(id int) string
	Lookup(code string) []int
	Damage(err error)
}

type dataHeader struct {
	version, recSize, bodySize, n                        uint32
	nRunes, nBodies, nBlob, nPostKeys, nPostData, nSpell uint64
	nSpellData, nHanCode                                 uint64
}

// EncodeData prepares phrases for matching (as New does, with the body
// readings and the approximate ranking's filters built too) and lays the
// result out as Data's bytes.
func EncodeData(phrases []*phrase.Phrase) []byte {
	var out []byte
	for _, p := range EncodeDataParts(phrases) {
		out = append(out, p...)
		for len(out)%8 != 0 {
			out = append(out, 0)
		}
	}
	return out
}

// EncodeDataParts is EncodeData in parts, each to be followed by zeros to a
// multiple of 8 bytes (so a writer need not copy them into one buffer).
func EncodeDataParts(phrases []*phrase.Phrase) [][]byte {
	m := New(phrases)
	m.buildBodySyl()
	m.approxIdx = m.buildApproxIndex()
	n := len(phrases)
	recs := make([]dataRec, n)
	nRunes, nBodies, nBlob := 0, 0, 0
	for i := range m.entries {
		e := &m.entries[i]
		nRunes += len(e.code) + len(e.title) + len(e.keywords) + len(e.group) + len(e.tags) + len(e.ask)
		nBodies += len(e.bodies)
		for _, b := range e.bodies {
			nBlob += len(b.text)
		}
	}
	runes := make([]rune, 0, nRunes)
	bodies := make([]dataBody, 0, nBodies)
	blob := make([]byte, 0, nBlob)
	for i := range m.entries {
		e := &m.entries[i]
		r := &recs[i]
		r.mask, r.titleM, r.groupM, r.fuzzyM, r.latinM, r.bodyLatin = e.mask, e.titleM, e.groupM, e.fuzzyM, e.latinM, e.bodyLatin
		r.runeOff = uint32(len(runes))
		for _, f := range [...][]rune{e.code, e.title, e.keywords, e.group, e.tags, e.ask} {
			runes = append(runes, f...)
		}
		r.codeLen, r.titleLen, r.kwLen = uint32(len(e.code)), uint32(len(e.title)), uint32(len(e.keywords))
		r.groupLen, r.tagsLen, r.askLen = uint32(len(e.group)), uint32(len(e.tags)), uint32(len(e.ask))
		r.bodyOff, r.nBodies = uint32(len(bodies)), uint8(len(e.bodies))
		for _, b := range e.bodies {
			db := dataBody{mask: b.mask, off: uint32(len(blob)), len: uint32(len(b.text))}
			for k, p := range phrase.Platforms {
				if p == b.plat {
					db.plat = uint8(k + 1)
				}
			}
			if b.plat == "" {
				r.bodyRunes += uint32(utf8.RuneCountInString(b.text))
			}
			blob = append(blob, b.text...)
			bodies = append(bodies, db)
		}
		if e.latinKw {
			r.latinKw = 1
		}
		r.tagMin, r.askMin, r.variants = e.tagMin, e.askMin, e.variants
	}
	posts, spells, han := m.postings()
	postKeys, postData := packPostings(posts, n)
	spellKeys, spellData := packPostings(spells, n)
	h := dataHeader{version: dataVersion, recSize: uint32(unsafe.Sizeof(dataRec{})), bodySize: uint32(unsafe.Sizeof(dataBody{})), n: uint32(n),
		nRunes: uint64(len(runes)), nBodies: uint64(len(bodies)), nBlob: uint64(len(blob)),
		nPostKeys: uint64(len(postKeys)), nPostData: uint64(len(postData)), nSpell: uint64(len(spellKeys)),
		nSpellData: uint64(len(spellData)), nHanCode: uint64(len(han))}
	return [][]byte{asBytes([]dataHeader{h}), asBytes(recs), asBytes(runes), asBytes(bodies), blob, asBytes(m.filters), asBytes(m.bodySyl),
		asBytes(m.approxIdx.sig), asBytes(m.approxIdx.head), asBytes(postKeys), asBytes(postData), asBytes(spellKeys), asBytes(spellData), asBytes(han)}
}

// asBytes views a slice of fixed-size values as bytes.
func asBytes[T any](s []T) []byte {
	if len(s) == 0 {
		return nil
	}
	var zero T
	return unsafe.Slice((*byte)(unsafe.Pointer(&s[0])), len(s)*int(unsafe.Sizeof(zero)))
}

var errData = errors.New("match: data is not this version's, or damaged")

// OpenData reads Data in place from b (which must stay unchanged and
// 8-byte aligned while the Data is used: a mapped file's section). Lengths
// and sizes are checked here; offsets inside records are checked as they
// are read, under the matcher's guard.
func OpenData(b []byte) (*Data, error) {
	if uintptr(unsafe.Pointer(unsafe.SliceData(b)))%8 != 0 {
		return nil, errData
	}
	off := 0
	// Each part is followed by zeros to a multiple of 8 bytes, but for the
	// last, whose zeros may be outside b.
	take := func(size, n uint64) (unsafe.Pointer, bool) {
		if n == 0 {
			return nil, true
		}
		if off > len(b) || size != 0 && n > uint64(len(b)-off)/size {
			return nil, false
		}
		p := unsafe.Pointer(&b[off])
		off += int((size*n + 7) &^ 7)
		return p, true
	}
	hp, ok := take(uint64(unsafe.Sizeof(dataHeader{})), 1)
	if !ok {
		return nil, errData
	}
	h := *(*dataHeader)(hp)
	if h.version != dataVersion || h.recSize != uint32(unsafe.Sizeof(dataRec{})) || h.bodySize != uint32(unsafe.Sizeof(dataBody{})) {
		return nil, errData
	}
	d := &Data{n: int(h.n), size: len(b), base: uintptr(unsafe.Pointer(unsafe.SliceData(b)))}
	n := uint64(h.n)
	fail := false
	sl := func(size, count uint64) unsafe.Pointer {
		p, ok := take(size, count)
		fail = fail || !ok
		return p
	}
	d.recs = unsafe.Slice((*dataRec)(sl(uint64(unsafe.Sizeof(dataRec{})), n)), n)
	d.runes = unsafe.Slice((*rune)(sl(4, h.nRunes)), h.nRunes)
	d.bodies = unsafe.Slice((*dataBody)(sl(uint64(unsafe.Sizeof(dataBody{})), h.nBodies)), h.nBodies)
	d.blob = unsafe.String((*byte)(sl(1, h.nBlob)), h.nBlob)
	d.filters = unsafe.Slice((*filter)(sl(uint64(unsafe.Sizeof(filter{})), n)), n)
	d.syl = unsafe.Slice((*sylBits)(sl(uint64(unsafe.Sizeof(sylBits{})), n)), n)
	d.sig = unsafe.Slice((*approxSig)(sl(uint64(unsafe.Sizeof(approxSig{})), n)), n)
	d.head = unsafe.Slice((*headSig)(sl(uint64(unsafe.Sizeof(headSig{})), n)), n)
	d.postKeys = unsafe.Slice((*postKey)(sl(uint64(unsafe.Sizeof(postKey{})), h.nPostKeys)), h.nPostKeys)
	d.postData = unsafe.Slice((*uint32)(sl(4, h.nPostData)), h.nPostData)
	d.spellKeys = unsafe.Slice((*postKey)(sl(uint64(unsafe.Sizeof(postKey{})), h.nSpell)), h.nSpell)
	d.spellData = unsafe.Slice((*uint32)(sl(4, h.nSpellData)), h.nSpellData)
	d.hanCode = unsafe.Slice((*uint32)(sl(4, h.nHanCode)), h.nHanCode)
	if fail || off != (len(b)+7)&^7 {
		return nil, errData
	}
	return d, nil
}

// Len is the number of phrases.
func (d *Data) Len() int { return d.n }

// SetEvict gives the data a function that drops its bytes [lo, hi) from
// the process (the bytes are a file's mapping: mapfile.Evict; the pages
// stay in the page cache), and where the data starts in the file modulo
// mapfile.MaxFolio. The scans that read most of the phrases (a pasted
// message's approximate band) drop what they have read as they go, so a
// start holds a few megabytes of their pages at a time instead of nearly
// all of the data: a message scans thousands of phrases spread over the
// whole file, and the kernel maps at least 64 KiB, and up to a 2 MiB folio,
// for every page a read faults on. Must not be set on bytes in the Go heap
// (dropping them zeroes them).
func (d *Data) SetEvict(f func(lo, hi int), phase int) { d.evict, d.phase = f, phase }

// evictEvery is how many positions a scan crosses between two evictions:
// 2% of 100k phrases (50 for a message at 100k, each a few madvise calls).
const evictEvery = 2048

// evicter drops, every evictEvery positions a scan crosses, the whole
// folios of what the scan has read since it started, in each array it
// reads; the folio it is in stays (it would be mapped again at once).
type evicter struct {
	m    *Matcher
	last int // the position of the last eviction
	from int // the data phrase the scan started at; -1: nothing to evict
}

func (m *Matcher) evicter(start int) evicter {
	e := evicter{m: m, last: start, from: -1}
	if d := m.data; d != nil && d.evict != nil && start < m.n {
		e.from = m.id(start)
	}
	return e
}

// at is called with each position the scan reaches, ascending.
func (e *evicter) at(i int) {
	if e.from < 0 || i-e.last < evictEvery {
		return
	}
	e.last = i
	e.behind(i)
}

// behind drops the whole folios between where the scan started and
// position i.
func (e *evicter) behind(i int) {
	if e.from < 0 {
		return
	}
	d := e.m.data
	to := e.m.id(i)
	if to < e.from {
		// Positions out of the data's order (the picker's group order):
		// the scan's pages are anywhere.
		e.m.evictNow()
		return
	}
	for _, sp := range d.spans(e.from, to) {
		hi := (sp[1]+d.phase)&^(mapfile.MaxFolio-1) - d.phase
		if sp[0] < hi {
			d.evict(sp[0], hi)
		}
	}
}

// inDataOrder is result(h) for each of hits, in their order. Over data
// that drops its pages (SetEvict) they are built in the data's order,
// dropping the folios behind as they go: built in rank order, 20 results
// spread over the data would map a folio of every array for each (and
// the phrases' records likewise: the index drops a record's folios when
// the next decode is elsewhere), again for one already dropped.
func (m *Matcher) inDataOrder(hits []hit, result func(hit) Result) []Result {
	out := make([]Result, len(hits))
	if m.data == nil || m.data.evict == nil {
		for k, h := range hits {
			out[k] = result(h)
		}
		return out
	}
	order := make([]int, len(hits))
	for k := range order {
		order[k] = k
	}
	slices.SortFunc(order, func(a, b int) int { return m.id(int(hits[a].idx)) - m.id(int(hits[b].idx)) })
	// As a scan does, every evictEvery data phrases: the picker builds
	// 1000 results, 20 of them a search.
	var ev evicter
	last := 0
	for n, k := range order {
		i := int(hits[k].idx)
		if n == 0 {
			ev, last = m.evicter(i), m.id(i)
		}
		if m.id(i)-last >= evictEvery {
			ev.behind(i)
			last = m.id(i)
		}
		out[k] = result(hits[k])
	}
	return out
}

// evictNow drops every page of the data from the process (when it is a
// mapping).
func (m *Matcher) evictNow() {
	if d := m.data; d != nil && d.evict != nil {
		d.evict(0, d.size)
	}
}

// spans are the byte ranges (offsets in the data's bytes) data phrases
// [from, to) take in each array a scan reads.
func (d *Data) spans(from, to int) [][2]int {
	base := d.base
	var out [][2]int
	add := func(p unsafe.Pointer, size, lo, hi, n int) {
		lo, hi = min(lo, n), min(hi, n)
		if p == nil || lo >= hi {
			return
		}
		off := int(uintptr(p) - base)
		out = append(out, [2]int{off + lo*size, off + hi*size})
	}
	runeAt := func(id int) int {
		if id < d.n {
			return int(d.recs[id].runeOff)
		}
		return len(d.runes)
	}
	bodyAt := func(id int) int {
		if id < d.n {
			return int(d.recs[id].bodyOff)
		}
		return len(d.bodies)
	}
	blobAt := func(id int) int {
		if b := bodyAt(id); b < len(d.bodies) {
			return int(d.bodies[b].off)
		}
		return len(d.blob)
	}
	add(unsafe.Pointer(unsafe.SliceData(d.recs)), int(unsafe.Sizeof(dataRec{})), from, to, d.n)
	add(unsafe.Pointer(unsafe.SliceData(d.runes)), 4, runeAt(from), runeAt(to), len(d.runes))
	add(unsafe.Pointer(unsafe.SliceData(d.bodies)), int(unsafe.Sizeof(dataBody{})), bodyAt(from), bodyAt(to), len(d.bodies))
	add(unsafe.Pointer(unsafe.StringData(d.blob)), 1, blobAt(from), blobAt(to), len(d.blob))
	add(unsafe.Pointer(unsafe.SliceData(d.filters)), int(unsafe.Sizeof(filter{})), from, to, d.n)
	add(unsafe.Pointer(unsafe.SliceData(d.sig)), int(unsafe.Sizeof(approxSig{})), from, to, d.n)
	add(unsafe.Pointer(unsafe.SliceData(d.head)), int(unsafe.Sizeof(headSig{})), from, to, d.n)
	return out
}

// NewFromData is a matcher over the phrases ids of d (data phrase numbers,
// in the order ties break in; nil for all of them in order), reading them
// in place; store supplies the rest. It gives exactly what New gives for
// the same phrases in the same order (TestDataMatchesNew).
func NewFromData(d *Data, ids []int32, store Store) *Matcher {
	m := &Matcher{data: d, store: store, fz: fuzzyTableFor(FuzzyAll)}
	m.n = d.n
	if ids != nil {
		identity := len(ids) == d.n
		for i, id := range ids {
			identity = identity && int(id) == i
		}
		if !identity {
			m.ids, m.n = ids, len(ids)
		}
	}
	return m
}

// Damaged is why the matcher could not read its data (nil while it can):
// Search then returns nothing. Only a matcher over Data can be damaged.
func (m *Matcher) Damaged() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.damaged
}

// guard runs f; over Data, a fault or damaged bytes while reading it mark
// the matcher (and its store) damaged instead of crashing.
func (m *Matcher) guard(f func()) {
	if m.data == nil {
		f()
		return
	}
	if m.damaged != nil {
		return
	}
	if err := mapfile.Protect(f); err != nil {
		m.damaged = err
		m.store.Damage(err)
	}
}

// worker runs a worker goroutine's part: protected over Data (the error
// goes back to the goroutine that started it), as it is otherwise.
func (m *Matcher) worker(f func()) error {
	if m.data == nil {
		f()
		return nil
	}
	return mapfile.Protect(f)
}

// id is the data phrase at position i.
func (m *Matcher) id(i int) int {
	if m.ids == nil {
		return i
	}
	return int(m.ids[i])
}

// position is the position of data phrase id, -1 when it is not searched.
func (m *Matcher) position(id int32) int32 {
	if m.ids == nil {
		if int(id) < m.n {
			return id
		}
		return -1
	}
	if m.pos == nil {
		m.pos = make([]int32, m.data.n)
		for i := range m.pos {
			m.pos[i] = -1
		}
		for p, id := range m.ids {
			m.pos[id] = int32(p)
		}
	}
	return m.pos[id]
}

func (m *Matcher) filterAt(i int) *filter {
	if m.data == nil {
		return &m.filters[i]
	}
	return &m.data.filters[m.id(i)]
}

// sylAt is position i's body readings, nil before they are built.
func (m *Matcher) sylAt(i int) *sylBits {
	if m.data != nil {
		return &m.data.syl[m.id(i)]
	}
	if m.bodySyl == nil {
		return nil
	}
	return &m.bodySyl[i]
}

// sigAt and headAt are position i's approximate filters, nil before they
// are built.
func (m *Matcher) sigAt(i int) *approxSig {
	if m.data != nil {
		return &m.data.sig[m.id(i)]
	}
	if m.approxIdx == nil {
		return nil
	}
	return &m.approxIdx.sig[i]
}

func (m *Matcher) headAt(i int) *headSig {
	if m.data != nil {
		return &m.data.head[m.id(i)]
	}
	return &m.approxIdx.head[i]
}

// haveSigs reports whether the approximate filters are there to read.
func (m *Matcher) haveSigs() bool { return m.data != nil || m.approxIdx != nil }

func (m *Matcher) titleLenAt(i int) int {
	if m.data == nil {
		if m.entries == nil {
			return utf8.RuneCountInString(m.phrases[i].Title) // NewOneShot: the folded title's runes
		}
		return m.entries[i].titleLen
	}
	return int(m.data.recs[m.id(i)].titleLen)
}

// phraseAt is the phrase at position i (decoded, over Data).
func (m *Matcher) phraseAt(i int) *phrase.Phrase {
	if m.data == nil {
		return m.phrases[i]
	}
	ph := m.store.Phrase(m.id(i))
	if ph == nil {
		panic(mapfile.Corrupt{What: "phrase"})
	}
	return ph
}

// codeAt is position i's code.
func (m *Matcher) codeAt(i int) string {
	if m.data == nil {
		return m.phrases[i].Code
	}
	return m.store.Code(m.id(i))
}

// bodyFields names a body by its platform index (dataBody.plat).
var bodyFields = func() []string {
	out := []string{FieldBody}
	for _, p := range phrase.Platforms {
		out = append(out, FieldBody+"."+string(p))
	}
	return out
}()

var bodyPlats = append([]phrase.Platform{""}, phrase.Platforms...)

// entryAt is position i's entry: New's, or a view of the data's arrays
// built in buf (valid until buf is used again).
func (m *Matcher) entryAt(i int, buf *entry) *entry {
	if m.data == nil {
		if m.entries == nil {
			*buf = m.entryOf(i) // NewOneShot
			return buf
		}
		return &m.entries[i]
	}
	d := m.data
	r := &d.recs[m.id(i)]
	off := int(r.runeOff)
	cut := func(n uint32) []rune {
		s := d.runes[off : off+int(n) : off+int(n)]
		off += int(n)
		return s
	}
	bodies := buf.bodies[:0]
	*buf = entry{mask: r.mask, titleM: r.titleM, groupM: r.groupM, fuzzyM: r.fuzzyM, latinM: r.latinM, bodyLatin: r.bodyLatin,
		latinKw: r.latinKw != 0, tagMin: r.tagMin, askMin: r.askMin, variants: r.variants}
	buf.code, buf.title, buf.keywords = cut(r.codeLen), cut(r.titleLen), cut(r.kwLen)
	buf.group, buf.tags, buf.ask = cut(r.groupLen), cut(r.tagsLen), cut(r.askLen)
	buf.titleLen = len(buf.title)
	for _, b := range d.bodies[r.bodyOff : int(r.bodyOff)+int(r.nBodies)] {
		bodies = append(bodies, body{field: bodyFields[b.plat], plat: bodyPlats[b.plat], text: d.blob[b.off : b.off+b.len], mask: b.mask})
	}
	buf.bodies = bodies
	return buf
}

// postings are, for every character of every field but the code, the
// phrases holding it (the characters the approximate ranking counts: its
// character weights over any subset of the phrases come from them too);
// for every pinyin keyword or tag, by its first two letters, the phrases
// holding it (a Chinese term can match by spelling one); and the phrases
// with a code that is not ASCII. Each list is ascending. Built on every
// CPU, a chunk of phrases each, with dense tables for the BMP.
func (m *Matcher) postings() (chars, spells map[int32][]uint32, han []uint32) {
	type part struct {
		lo     int
		chars  map[int32][]uint32
		spells map[int32][]uint32
		han    []uint32
	}
	var mu sync.Mutex
	var parts []part
	m.parallel(len(m.entries), func(lo, hi int) {
		dense := make([][]uint32, 0x10000)
		last := make([]uint32, 0x10000) // 1 + the last phrase a rune was added for
		p := part{lo: lo, chars: map[int32][]uint32{}, spells: map[int32][]uint32{}}
		add := func(r rune, i int) {
			if r < 0x10000 {
				if last[r] != uint32(i)+1 {
					last[r] = uint32(i) + 1
					dense[r] = append(dense[r], uint32(i))
				}
				return
			}
			if l := p.chars[r]; len(l) == 0 || l[len(l)-1] != uint32(i) {
				p.chars[r] = append(l, uint32(i))
			}
		}
		for i := lo; i < hi; i++ {
			e := &m.entries[i]
			for _, f := range [...][]rune{e.title, e.keywords, e.group, e.tags, e.ask} {
				for _, r := range f {
					if r >= utf8.RuneSelf {
						add(r, i)
					}
				}
			}
			for _, b := range e.bodies {
				s := b.text
				for k := 0; k < len(s); {
					if s[k] < utf8.RuneSelf {
						k++
						continue
					}
					r, w := decodeAt(s, k)
					k += w
					add(r, i)
				}
			}
			for _, f := range [...][]rune{e.keywords, e.tags} {
				for k, r := range f {
					if r >= 'a' && r <= 'z' && (k == 0 || f[k-1] == ' ') {
						key := spellKey(r, f[k+1:])
						if l := p.spells[key]; len(l) == 0 || l[len(l)-1] != uint32(i) {
							p.spells[key] = append(l, uint32(i))
						}
					}
				}
			}
			if !isASCII(e.code) {
				p.han = append(p.han, uint32(i))
			}
		}
		for r, l := range dense {
			if len(l) > 0 {
				p.chars[int32(r)] = l
			}
		}
		mu.Lock()
		parts = append(parts, p)
		mu.Unlock()
	})
	slices.SortFunc(parts, func(a, b part) int { return a.lo - b.lo })
	chars, spells = map[int32][]uint32{}, map[int32][]uint32{}
	for _, p := range parts {
		for k, l := range p.chars {
			chars[k] = append(chars[k], l...)
		}
		for k, l := range p.spells {
			spells[k] = append(spells[k], l...)
		}
		han = append(han, p.han...)
	}
	return chars, spells, han
}

// spellKey keys a pinyin item by its first two letters (one when the
// second is not a letter).
func spellKey(first rune, rest []rune) int32 {
	k := first << 8
	if len(rest) > 0 && rest[0] >= 'a' && rest[0] <= 'z' {
		k |= rest[0]
	}
	return k
}

// packPostings lays posting lists out: keys sorted, each list a sorted
// array or, when smaller, a bitmap of the n phrases.
func packPostings(lists map[int32][]uint32, n int) ([]postKey, []uint32) {
	keys := make([]int32, 0, len(lists))
	for k := range lists {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	words := (n + 31) / 32
	var out []postKey
	var data []uint32
	for _, k := range keys {
		l := lists[k]
		pk := postKey{key: k, n: uint32(len(l)), off: uint32(len(data))}
		if len(l) > words {
			pk.bitmap = 1
			bm := make([]uint32, words)
			for _, i := range l {
				bm[i/32] |= 1 << (i % 32)
			}
			data = append(data, bm...)
		} else {
			data = append(data, l...)
		}
		out = append(out, pk)
	}
	return out, data
}

// posting finds key's list.
func posting(keys []postKey, key int32) (postKey, bool) {
	i, ok := slices.BinarySearchFunc(keys, key, func(p postKey, k int32) int { return int(p.key) - int(k) })
	if !ok {
		return postKey{}, false
	}
	return keys[i], true
}

// bitset is a set of data phrases.
type bitset []uint64

func (b bitset) set(i uint32)      { b[i/64] |= 1 << (i % 64) }
func (b bitset) has(i uint32) bool { return b[i/64]&(1<<(i%64)) != 0 }

// addPosting adds (or, with and, intersects with) a posting list.
func (d *Data) addPosting(b bitset, data []uint32, pk postKey, and bool) {
	if pk.bitmap != 0 {
		words := (d.n + 31) / 32
		bm := data[pk.off : int(pk.off)+words]
		for w := range b {
			v := uint64(bm[2*w])
			if 2*w+1 < len(bm) {
				v |= uint64(bm[2*w+1]) << 32
			}
			if and {
				b[w] &= v
			} else {
				b[w] |= v
			}
		}
		return
	}
	list := data[pk.off : pk.off+pk.n]
	if !and {
		for _, i := range list {
			if int(i) >= d.n {
				panic(mapfile.Corrupt{What: "posting"})
			}
			b.set(i)
		}
		return
	}
	var kept bitset = make([]uint64, len(b))
	for _, i := range list {
		if int(i) >= d.n {
			panic(mapfile.Corrupt{What: "posting"})
		}
		if b.has(i) {
			kept.set(i)
		}
	}
	copy(b, kept)
}

// restrict narrows the candidates (nil: every position) to the phrases
// holding, in a field other than the code, every character a term can only
// match as written: a Chinese character or any other non-ASCII rune but a
// Chinese numeral (七 matches 7). A phrase with a Chinese code, and for a
// term of Chinese characters a phrase with a pinyin keyword or tag that
// its first character's readings can start, are kept too (they can match
// otherwise). Candidates stay in ascending order.
func (m *Matcher) restrict(cands []int32, terms []term) []int32 {
	d := m.data
	var all bitset
	for ti := range terms {
		t := &terms[ti]
		var b bitset
		for _, r := range t.q {
			if r < utf8.RuneSelf || numeral(r) >= 0 {
				continue
			}
			pk, ok := posting(d.postKeys, r)
			if !ok {
				pk = postKey{} // nobody holds it: an empty list
			}
			if b == nil {
				b = make(bitset, (d.n+63)/64)
				d.addPosting(b, d.postData, pk, false)
				continue
			}
			d.addPosting(b, d.postData, pk, true)
		}
		if b == nil {
			continue // nothing the postings know: the term restricts nothing
		}
		if t.cjk {
			lo, hi := readings(t.q[0])
			for ri := lo; ri < hi; ri++ {
				syl, _ := reading(ri)
				first := rune(syl[0]) << 8
				if len(syl) >= 2 {
					if pk, ok := posting(d.spellKeys, first|rune(syl[1])); ok {
						d.addPosting(b, d.spellData, pk, false)
					}
					continue
				}
				// A one-letter syllable (a, e, o) starts any item with
				// that letter.
				i, _ := slices.BinarySearchFunc(d.spellKeys, first, func(p postKey, k int32) int { return int(p.key) - int(k) })
				for ; i < len(d.spellKeys) && d.spellKeys[i].key>>8 == first>>8; i++ {
					d.addPosting(b, d.spellData, d.spellKeys[i], false)
				}
			}
		}
		for _, i := range d.hanCode {
			if int(i) >= d.n {
				panic(mapfile.Corrupt{What: "posting"})
			}
			b.set(i)
		}
		if all == nil {
			all = b
		} else {
			for w := range all {
				all[w] &= b[w]
			}
		}
	}
	if all == nil {
		return cands
	}
	if cands != nil {
		out := cands[:0:0]
		for _, p := range cands {
			if all.has(uint32(m.id(int(p)))) {
				out = append(out, p)
			}
		}
		return out
	}
	out := []int32{} // not nil, which would be every position
	for w, v := range all {
		for v != 0 {
			id := int32(w*64 + bits.TrailingZeros64(v))
			v &= v - 1
			if p := m.position(id); p >= 0 {
				out = append(out, p)
			}
		}
	}
	if m.ids != nil {
		slices.Sort(out) // positions follow ids' order, not the data's
	}
	return out
}

// ensureApprox makes the approximate ranking's statistics: over Data,
// the average field lengths of the phrases searched (the filters are in
// the data, and character weights are counted from the postings when a
// message asks for them).
func (m *Matcher) ensureApprox() {
	if m.approxIdx != nil {
		return
	}
	if m.data == nil {
		m.approxIdx = m.buildApproxIndex()
		return
	}
	var lenSum [numApproxFields]int64
	ev := m.evicter(0)
	for i := range m.n {
		ev.at(i)
		r := &m.data.recs[m.id(i)]
		lenSum[afTitle] += int64(r.titleLen)
		lenSum[afAsk] += int64(r.askLen)
		lenSum[afKeywords] += int64(r.kwLen)
		lenSum[afTags] += int64(r.tagsLen)
		lenSum[afGroup] += int64(r.groupLen)
		lenSum[afBody] += int64(r.bodyRunes)
	}
	idx := &approxIndex{}
	for f := range idx.avg {
		idx.avg[f] = math.Max(1, float64(lenSum[f])/float64(max(m.n, 1)))
	}
	m.approxIdx = idx
}

// charDF is how many of the phrases searched hold r (in a field other
// than the code): the approximate ranking's character weight.
func (m *Matcher) charDF(r rune) int {
	if m.data == nil {
		return int(m.approxIdx.charDF[r])
	}
	if m.approxIdx.dfs == nil {
		m.approxIdx.dfs = map[rune]int{}
	}
	if n, ok := m.approxIdx.dfs[r]; ok {
		return n
	}
	d := m.data
	n := 0
	if pk, ok := posting(d.postKeys, r); ok {
		if m.ids == nil {
			n = int(pk.n)
		} else {
			b := make(bitset, (d.n+63)/64)
			d.addPosting(b, d.postData, pk, false)
			for _, id := range m.ids {
				if b.has(uint32(id)) {
					n++
				}
			}
		}
	}
	m.approxIdx.dfs[r] = n
	return n
}
