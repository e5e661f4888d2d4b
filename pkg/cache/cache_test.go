package cache

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

func richPack(file string) *phrase.Pack {
	from := time.Date(2026, 11, 1, 0, 0, 0, 0, time.FixedZone("CST", 8*3600))
	return &phrase.Pack{
		Name: "售后", Description: "退换货", Platforms: []phrase.Platform{phrase.JD},
		Vars: map[string]string{"店铺": "本店"}, VarLocs: map[string]phrase.Loc{"店铺": {Line: 3, Column: 7}},
		File: file, Layer: phrase.LayerTeam,
		Phrases: []*phrase.Phrase{
			{Code: "tk", Title: "退款", Group: "售后/退款", Tags: []string{"退款"}, Keywords: []string{},
				Ask:       []string{"怎么退款", ""},
				Body:      phrase.Body{Parts: []string{"一", "二"}},
				Variants:  map[phrase.Platform]phrase.Body{phrase.Tmall: {Text: "天猫"}, phrase.PDD: {Parts: []string{"a"}}},
				Platforms: []phrase.Platform{phrase.JD, phrase.Tmall},
				Valid:     &phrase.Window{From: &from},
				Pack:      "售后", File: file, Line: 5, Column: 5,
				Locs: map[string]phrase.Loc{"code": {Line: 5, Column: 11}, "parts[1]": {Line: 9, Column: 9, Style: phrase.StyleLiteral}}},
			{Code: "hy", Title: "欢迎", Body: phrase.Body{Text: "您好"}},
		},
	}
}

func fakeParse(calls *atomic.Int32) pack.ParseFunc {
	return func(file string, data []byte) (*phrase.Pack, pack.ErrorList) {
		calls.Add(1)
		return richPack(file), pack.ErrorList{{File: file, Line: 2, Column: 3, Rule: "syntax", Msg: "坏了"}}
	}
}

func newTestCache(t *testing.T) *Cache {
	c := New(t.TempDir())
	c.MinSize = 0
	c.Warn = func(err error) { t.Errorf("warn: %v", err) }
	return c
}

func TestRoundTripAndHit(t *testing.T) {
	c := newTestCache(t)
	var calls atomic.Int32
	parse := c.Parse(fakeParse(&calls))
	data := []byte("pack: x\n")
	p1, e1 := parse("a.yaml", data)
	p2, e2 := parse("a.yaml", data)
	if calls.Load() != 1 {
		t.Fatalf("parse called %d times, want 1", calls.Load())
	}
	if !reflect.DeepEqual(p1, p2) || !reflect.DeepEqual(e1, e2) {
		t.Errorf("decoded entry differs:\n%#v\n%#v", p2.Phrases[0], p1.Phrases[0])
	}
	// Another content, or another file name, is another entry.
	parse("a.yaml", []byte("pack: y\n"))
	parse("b.yaml", data)
	if calls.Load() != 3 {
		t.Errorf("parse called %d times, want 3", calls.Load())
	}
	// The earlier content's entry of a.yaml was removed.
	if m, _ := filepath.Glob(filepath.Join(c.Dir, "packs", "*.bin")); len(m) != 2 {
		t.Errorf("entries: %v", m)
	}
}

func TestCorruptEntryIsRewritten(t *testing.T) {
	c := newTestCache(t)
	var calls atomic.Int32
	parse := c.Parse(fakeParse(&calls))
	data := []byte("pack: x\n")
	want, _ := parse("a.yaml", data)
	entry := c.entryPath("a.yaml", data)
	raw, _ := os.ReadFile(entry)
	for _, bad := range [][]byte{nil, raw[:len(raw)/2], append(append([]byte{}, raw[:len(raw)-1]...), raw[len(raw)-1]^1), []byte("garbage")} {
		os.WriteFile(entry, bad, 0o644)
		got, _ := parse("a.yaml", data)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("after corruption: %v", got)
		}
		if fixed, _ := os.ReadFile(entry); string(fixed) != string(raw) {
			t.Errorf("entry not rewritten")
		}
	}
	if calls.Load() != 5 {
		t.Errorf("parse called %d times, want 5", calls.Load())
	}
}

func TestSmallFilesAndNoDirBypass(t *testing.T) {
	var calls atomic.Int32
	c := New(t.TempDir())
	parse := c.Parse(fakeParse(&calls))
	parse("a.yaml", []byte("small"))
	parse("a.yaml", []byte("small"))
	(&Cache{}).Parse(fakeParse(&calls))("a.yaml", make([]byte, MinSize))
	if calls.Load() != 3 {
		t.Errorf("parse called %d times, want 3", calls.Load())
	}
	if m, _ := filepath.Glob(filepath.Join(c.Dir, "packs", "*")); len(m) != 0 {
		t.Errorf("entries for small files: %v", m)
	}
}

// TestConcurrentWriters: processes racing on one entry each see a whole pack.
func TestConcurrentWriters(t *testing.T) {
	dir := t.TempDir()
	want := richPack("a.yaml")
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := New(dir)
			c.MinSize = 0
			var calls atomic.Int32
			for j := 0; j < 5; j++ {
				got, _ := c.Parse(fakeParse(&calls))("a.yaml", []byte("pack: x\n"))
				if !reflect.DeepEqual(got, want) {
					t.Error("torn entry")
				}
			}
		}()
	}
	wg.Wait()
	if tmp, _ := filepath.Glob(filepath.Join(dir, "packs", ".tmp-*")); len(tmp) != 0 {
		t.Errorf("temp files left: %v", tmp)
	}
}

// TestRealLoader: an entry of every starter pack decodes to what Parse gives.
func TestRealLoader(t *testing.T) {
	files, _ := filepath.Glob("../../phrases/*.yaml")
	if len(files) == 0 {
		t.Skip("no starter packs")
	}
	c := newTestCache(t)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want, wantErrs := pack.Parse(f, data)
		c.Parse(pack.Parse)(f, data)
		got, gotErrs := c.Parse(func(string, []byte) (*phrase.Pack, pack.ErrorList) {
			t.Fatal("entry not used")
			return nil, nil
		})(f, data)
		if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(gotErrs, wantErrs) {
			t.Errorf("%s: cached pack differs from parsed", f)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(encodePayload(richPack("a.yaml"), nil))
	f.Add([]byte{1, 0})
	f.Fuzz(func(t *testing.T, payload []byte) {
		decodePayload(payload)
	})
}

// TestEntryChangedUnderLiveReader: a pack decoded from an entry keeps its
// text when the entry is then rewritten in place or truncated (cp, rsync
// --inplace, a backup restore): the decoded strings must not point into the
// file (a truncated mapping is SIGBUS on the next read, a rewritten one is
// text the pack never had).
func TestEntryChangedUnderLiveReader(t *testing.T) {
	c := newTestCache(t)
	text := strings.Repeat("亲，现货商品会在付款后48小时内发出。", 2000) // entries worth mapping
	parse := c.Parse(func(file string, data []byte) (*phrase.Pack, pack.ErrorList) {
		return &phrase.Pack{Name: "大包", File: file, Phrases: []*phrase.Phrase{{Code: "fh", Title: "发货", Body: phrase.Body{Text: text}}}}, nil
	})
	data := []byte("pack: 大包\n")
	parse("big.yaml", data) // writes the entry
	p, _ := parse("big.yaml", data)
	entry := c.entryPath("big.yaml", data)

	// Rewrite every byte in place (same inode, same size), then truncate.
	f, err := os.OpenFile(entry, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	st, _ := f.Stat()
	if _, err := f.WriteAt(bytes.Repeat([]byte{'X'}, int(st.Size())), 0); err != nil {
		t.Fatal(err)
	}
	if got := p.Phrases[0].Text; got != text {
		t.Fatalf("after an in-place rewrite the phrase reads %q…", got[:min(len(got), 30)])
	}
	if err := f.Truncate(0); err != nil {
		t.Fatal(err)
	}
	_ = f.Close()
	if got := p.Phrases[0].Text + p.Phrases[0].Title + p.Name; got != text+"发货大包" {
		t.Fatalf("after truncation the phrase reads %q…", got[:min(len(got), 30)])
	}
	// The damaged entry is parsed anew next time.
	if p2, _ := parse("big.yaml", data); p2.Phrases[0].Text != text {
		t.Error("damaged entry served")
	}
}
