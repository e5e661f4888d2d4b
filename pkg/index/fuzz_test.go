package index

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/huashu-cli/huashu/internal/mapfile"
	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// FuzzIndex: whatever bytes an index file holds (cut short, flipped,
// garbage), reading it never panics: it does not open, or its queries
// return what they can and the index says it is damaged.
func FuzzIndex(f *testing.F) {
	r := rand.New(rand.NewPCG(9, 15))
	lib := genLibrary(f, r, f.TempDir())
	x := Load(lib.sources, Options{})
	var buf bytes.Buffer
	var loads []fileLoad
	set := pack.LoadFiles(lib.sources, func(src pack.Source, fl pack.File, found bool) (*phrase.Pack, pack.ErrorList) {
		p, errs := pack.LoadFile(src, fl, pack.ParseLean, found)
		loads = append(loads, fileLoad{name: fl.Name, real: fl.Real, found: found, pack: p, errs: errs})
		return p, errs
	})
	if err := writeFile(&buf, 1, encode(lib.sources, loads, set, false)); err != nil {
		f.Fatal(err)
	}
	good := buf.Bytes()
	f.Add(good, uint32(0), byte(0))
	f.Add(good, uint32(len(good)/2), byte(0xff))
	f.Add(good[:len(good)/2], uint32(3), byte(1))
	_ = x
	now := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, data []byte, at uint32, flip byte) {
		data = bytes.Clone(data)
		if len(data) > 0 {
			data[int(at)%len(data)] ^= flip
		}
		if flip&1 == 0 {
			// Make the checksums agree with the damage, so the checks
			// behind them (lengths, offsets, ids) are what stops it.
			resum(data)
		}
		y := open(data, nil, lib.sources, "")
		if y == nil {
			return
		}
		_, _ = y.Set()
		_ = y.Phrases()
		for e := range min(y.Len(), 50) {
			_ = y.Phrase(e)
			_ = y.Code(e)
			_ = y.Group(e)
		}
		_ = y.Lookup("aa")
		_ = y.Filter(now, phrase.JD)
		_ = y.Scope(now, "", "售后")
		_ = y.Conflicts()
		_ = y.PackVars()
	})
}

// resum recomputes the section and header checksums of an index's bytes.
func resum(b []byte) {
	if len(b) < headerSize {
		return
	}
	n := int(binary.NativeEndian.Uint32(b[32:]))
	if n > maxSections || headerSize+n*entrySize > len(b) {
		return
	}
	for i := range n {
		e := b[headerSize+i*entrySize:]
		off, l := binary.NativeEndian.Uint64(e[8:]), binary.NativeEndian.Uint64(e[16:])
		if off <= uint64(len(b)) && l <= uint64(len(b))-off {
			binary.NativeEndian.PutUint32(e[4:], crc32.Checksum(b[off:off+l], castagnoli))
		}
	}
	binary.NativeEndian.PutUint32(b[36:], 0)
	crc := crc32.Update(crc32.Checksum(b[:headerSize], castagnoli), castagnoli, b[headerSize:headerSize+n*entrySize])
	binary.NativeEndian.PutUint32(b[36:], crc)
}

// FuzzRecord: the decoders of records and of the meta section only ever
// fail with mapfile.Corrupt, whatever the bytes.
func FuzzRecord(f *testing.F) {
	var e encoder
	from := time.Date(2026, 6, 1, 0, 0, 0, 0, pack.ChinaTime)
	e.phrase(&phrase.Phrase{Code: "tk", Title: "退款", Tags: []string{""}, Ask: []string{}, Body: phrase.Body{Parts: []string{"一", "二"}},
		Variants: map[phrase.Platform]phrase.Body{phrase.JD: {Text: "京东"}}, Platforms: []phrase.Platform{phrase.Tmall},
		Valid: &phrase.Window{From: &from}, Locs: map[string]phrase.Loc{"code": {Line: 1, Column: 2}}})
	f.Add(e.b)
	e.b = nil
	e.packMeta(&phrase.Pack{Name: "包", Vars: map[string]string{"店铺": "本店"}, Groups: []string{""}, Phrases: []*phrase.Phrase{}})
	e.errs(pack.ErrorList{{File: "a.yaml", Line: 1, Column: 2, Rule: "r", Msg: "m"}})
	f.Add(e.b)
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f})
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, read := range []func(d *decoder){
			func(d *decoder) { d.phrase(&phrase.Phrase{}) },
			func(d *decoder) { d.packMeta(); d.errs() },
			func(d *decoder) {
				(&Index{f: &file{buf: data, secs: map[uint32]sectionRef{secMeta: {len: uint64(len(data))}}, ok: map[uint32]bool{secMeta: true}}}).readMeta()
			},
		} {
			func() {
				defer func() {
					if r := recover(); r != nil {
						if _, ok := r.(mapfile.Corrupt); !ok {
							t.Fatalf("decoding panicked with %v", r)
						}
					}
				}()
				read(&decoder{s: string(data)})
			}()
		}
	})
}
