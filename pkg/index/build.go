package index

import (
	"encoding/binary"
	"hash/crc32"
	"runtime"
	"sync"

	"github.com/huashu-cli/huashu/pkg/match"
	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// fileLoad is one file the loader read (or reused), in load order: the
// pack it gave (nil for none: a file that is not a pack, or one that could
// not be read) and its problems.
type fileLoad struct {
	src          int // index into the sources
	name, real   string
	found        bool
	pack         *phrase.Pack
	errs         pack.ErrorList
	recLo, recHi int // its phrases' records
}

// encode lays out everything a build produced as sections: the phrases of
// every file (overridden ones too: a rebuild reuses them), the layering
// pack.Set resolved, and the compact arrays queries filter by. lite leaves
// out the records and the matcher's data (an index served from memory:
// inMemory).
func encode(sources []pack.Source, loads []fileLoad, set *pack.Set, lite bool) []section {
	// The matcher's data is prepared meanwhile, on the other CPUs.
	var matchParts [][]byte
	done := make(chan struct{})
	go func() {
		defer close(done)
		if !lite {
			matchParts = match.EncodeDataParts(set.Phrases)
		}
	}()

	// Records: every phrase of every pack, in load order, encoded in chunks
	// on every CPU, each chunk a part of the section.
	var all []*phrase.Phrase
	for i := range loads {
		l := &loads[i]
		l.recLo = len(all)
		if l.pack != nil {
			all = append(all, l.pack.Phrases...)
		}
		l.recHi = len(all)
	}
	var recParts [][]byte
	var recOff []uint64
	if lite {
		recOff = make([]uint64, len(all)+1)
	} else {
		recParts, recOff = encodeRecords(all)
	}
	recOf := map[*phrase.Phrase]int32{} // only filled when overrides or conflicts need it
	if len(set.Overrides) > 0 || len(set.Conflicts) > 0 {
		for id, ph := range all {
			recOf[ph] = int32(id)
		}
	}
	effective := make([]uint32, 0, len(set.Phrases))
	next := 0 // the next effective phrase (set.Phrases is in record order)
	for id, ph := range all {
		if next < len(set.Phrases) && set.Phrases[next] == ph {
			effective = append(effective, uint32(id))
			next++
		}
	}
	n := len(effective)

	var eidOfRec []int32
	if len(set.Conflicts) > 0 {
		eidOfRec = make([]int32, len(recOff))
		for e, r := range effective {
			eidOfRec[r] = int32(e)
		}
	}
	eidOf := func(ph *phrase.Phrase) int32 { return eidOfRec[recOf[ph]] }

	// Per effective phrase: platforms, valid window, group, code.
	plats := make([]uint8, n)
	windowOf := make([]int32, n)
	var windows []int64
	groupOf := make([]uint32, n)
	groupID := map[string]uint32{}
	var groups []string
	codeOff := make([]uint32, n+1)
	var codes []byte
	for e, ph := range set.Phrases {
		for _, p := range ph.Platforms {
			for bit, q := range phrase.Platforms {
				if p == q {
					plats[e] |= 1 << bit
				}
			}
		}
		windowOf[e] = -1
		if w := ph.Valid; w != nil {
			windowOf[e] = int32(len(windows) / 5)
			var flags, fs, fn, us, un int64
			if w.From != nil {
				flags |= 1
				fs, fn = w.From.Unix(), int64(w.From.Nanosecond())
			}
			if w.Until != nil {
				flags |= 2
				us, un = w.Until.Unix(), int64(w.Until.Nanosecond())
			}
			windows = append(windows, flags, fs, fn, us, un)
		}
		g, ok := groupID[ph.Group]
		if !ok {
			g = uint32(len(groups))
			groupID[ph.Group] = g
			groups = append(groups, ph.Group)
		}
		groupOf[e] = g
		codeOff[e] = uint32(len(codes))
		codes = append(codes, ph.Code...)
	}
	codeOff[n] = uint32(len(codes))
	table := make([]uint32, tableSize(n))
	for e, ph := range set.Phrases {
		for s := codeHash(ph.Code) & uint64(len(table)-1); ; s = (s + 1) & uint64(len(table)-1) {
			if table[s] == 0 {
				table[s] = uint32(e) + 1
				break
			}
		}
	}
	picker := make([]uint32, n)
	for i, e := range pack.GroupOrderIndex(set.Phrases, set.GroupOrder()) {
		picker[i] = uint32(e)
	}

	// Meta: sources, files, problems, layering, groups.
	var m encoder
	m.uint(uint64(len(recOff) - 1))
	m.uint(uint64(n))
	m.uint(uint64(len(sources)))
	for _, s := range sources {
		m.str(s.Name)
		m.int(int(s.Layer))
		m.str(s.Path)
		m.bool(s.FS != nil)
	}
	m.uint(uint64(len(loads)))
	for _, l := range loads {
		m.uint(uint64(l.src))
		m.str(l.name)
		m.str(l.real)
		m.bool(l.found)
		m.bool(l.pack != nil)
		if l.pack != nil {
			m.packMeta(l.pack)
			m.uint(uint64(l.recLo))
			m.uint(uint64(l.recHi))
		}
		m.errs(l.errs)
	}
	m.errs(set.Problems)
	m.uint(uint64(len(set.Conflicts)))
	for _, c := range set.Conflicts {
		m.str(c.Code)
		m.uint(uint64(len(c.Phrases)))
		for _, ph := range c.Phrases {
			m.uint(uint64(eidOf(ph)))
		}
	}
	m.uint(uint64(len(set.Overrides)))
	for _, o := range set.Overrides {
		m.str(o.Code)
		m.uint(uint64(recOf[o.Winner]))
		m.uint(uint64(recOf[o.Hidden]))
	}
	m.strs(groups)

	<-done
	// The serving tables, in the order both layouts write them: a lite index
	// has them alone after the meta; a full one puts the records before them
	// and the matcher's data after.
	tables := []section{
		sec(secEffective, bytesOf(effective)),
		sec(secPicker, bytesOf(picker)),
		sec(secPlatforms, plats),
		sec(secWindowOf, bytesOf(windowOf)),
		sec(secWindows, bytesOf(windows)),
		sec(secGroupOf, bytesOf(groupOf)),
		sec(secCodeOff, bytesOf(codeOff)),
		sec(secCodeBlob, codes),
		sec(secCodeTable, bytesOf(table)),
	}
	if lite {
		return append([]section{sec(secMeta, m.b)}, tables...)
	}
	out := []section{sec(secMeta, m.b), {secRecords, recParts}, sec(secRecordOff, bytesOf(recOff))}
	out = append(out, tables...)
	return append(out, section{secMatch, matchParts})
}

// encodeRecords encodes phrases as records (uvarint length, CRC-32C,
// encoded phrase) in a few parts, one per CPU, and where each record starts
// in the section the parts make (each part but the last followed by zeros
// to a multiple of 8), with the end last.
func encodeRecords(phrases []*phrase.Phrase) ([][]byte, []uint64) {
	workers := min(runtime.GOMAXPROCS(0), max(1, len(phrases)/4096))
	chunk := (len(phrases) + workers - 1) / max(workers, 1)
	parts := make([][]byte, workers)
	offs := make([]uint64, len(phrases)+1)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*chunk, min((w+1)*chunk, len(phrases))
		wg.Add(1)
		go func() {
			defer wg.Done()
			size := 0
			for _, ph := range phrases[lo:hi] {
				size += recordSize(ph)
			}
			out := encoder{b: make([]byte, 0, size)}
			var one encoder
			for i, ph := range phrases[lo:hi] {
				offs[lo+i] = uint64(len(out.b)) // within the part, for now
				one.b = one.b[:0]
				one.phrase(ph)
				out.uint(uint64(len(one.b)))
				out.b = binary.NativeEndian.AppendUint32(out.b, crc32.Checksum(one.b, castagnoli))
				out.b = append(out.b, one.b...)
			}
			parts[w] = out.b
		}()
	}
	wg.Wait()
	base := uint64(0)
	for w := range workers {
		lo, hi := w*chunk, min((w+1)*chunk, len(phrases))
		for i := lo; i < hi; i++ {
			offs[i] += base
		}
		if w < workers-1 {
			base += uint64(align8(len(parts[w])))
		} else {
			base += uint64(len(parts[w]))
		}
	}
	offs[len(phrases)] = base
	return parts, offs
}

// recordSize is about the bytes a phrase's record takes (its strings and
// a few bytes per field).
func recordSize(ph *phrase.Phrase) int {
	n := 64 + len(ph.Code) + len(ph.Title) + len(ph.Group) + len(ph.Text) + len(ph.Pack) + len(ph.File)
	for _, l := range [][]string{ph.Tags, ph.Keywords, ph.Ask, ph.Parts} {
		for _, s := range l {
			n += len(s) + 2
		}
	}
	for _, v := range ph.Variants {
		n += 16 + len(v.Text)
		for _, s := range v.Parts {
			n += len(s) + 2
		}
	}
	return n
}

// tableSize is the code table's size: a power of two at least twice the
// phrases, so probes stay short.
func tableSize(n int) int {
	s := 16
	for s < 2*n {
		s *= 2
	}
	return s
}

// codeHash is FNV-1a.
func codeHash(code string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(code); i++ {
		h = (h ^ uint64(code[i])) * 1099511628211
	}
	return h
}
