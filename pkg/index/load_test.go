package index

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
	"github.com/huashu-cli/huashu/pkg/watch"
)

// countParses makes the loader count the files it parses, for one test.
func countParses(t *testing.T) *atomic.Int32 {
	var n atomic.Int32
	old := parseLean
	parseLean = func(file string, data []byte) (*phrase.Pack, pack.ErrorList) {
		n.Add(1)
		return pack.ParseLean(file, data)
	}
	t.Cleanup(func() { parseLean = old })
	return &n
}

// age sets a file's times well in the past, as a pack written long ago.
func age(t *testing.T, files ...string) {
	t.Helper()
	old := time.Now().Add(-time.Hour)
	for _, f := range files {
		if err := os.Chtimes(f, old, old); err != nil {
			t.Fatal(err)
		}
	}
}

func mustEqualLoad(t *testing.T, x *Index, sources []pack.Source, step string) {
	t.Helper()
	got, err := x.Set()
	if err != nil {
		t.Fatalf("%s: %v", step, err)
	}
	if want := pack.LoadWith(sources, pack.ParseLean); !reflect.DeepEqual(got, want) {
		t.Fatalf("%s: index differs from pack.LoadWith: %s", step, diffSets(got, want))
	}
}

// TestRebuildReusesUnchangedFiles: a start with nothing changed parses
// nothing; after an edit only the edited (or new) file is parsed, and the
// index is what a fresh load gives.
func TestRebuildReusesUnchangedFiles(t *testing.T) {
	for _, racy := range []bool{false, true} {
		parses := countParses(t)
		r := rand.New(rand.NewPCG(7, 15))
		lib := genLibrary(t, r, t.TempDir())
		if !racy {
			age(t, lib.files...)
		}
		cache := t.TempDir()
		Load(lib.sources, Options{Dir: cache})
		onDisk := int32(len(lib.files)) // every file on disk, and the embedded ones
		embedded := parses.Load() - onDisk
		if embedded < 1 {
			t.Fatalf("racy=%v: %d files parsed, want the %d on disk and the embedded ones", racy, parses.Load(), onDisk)
		}
		steps := []struct {
			name   string
			change func()
			parsed int32
		}{
			{"nothing changed", func() {}, 0},
			{"one file edited", func() {
				f := lib.files[0]
				data, _ := os.ReadFile(f)
				writeTestFile(t, f, string(data)+"  - code: new\n    title: 新加的\n    text: 新\n")
			}, 1},
			{"a file added", func() { writeTestFile(t, filepath.Join(lib.dir, "team", "z.yaml"), genPack(r, "新包", 3)) }, 1},
			{"a file removed", func() { _ = os.Remove(filepath.Join(lib.dir, "team", "z.yaml")) }, 0},
			{"the personal pack replaced by a rename", func() {
				f := lib.files[len(lib.files)-1]
				writeTestFile(t, f+".tmp", genPack(r, "个人", 4))
				if err := os.Rename(f+".tmp", f); err != nil {
					t.Fatal(err)
				}
			}, 1},
		}
		for _, s := range steps {
			s.change()
			parses.Store(0)
			x := Load(lib.sources, Options{Dir: cache})
			if got := parses.Load(); got != s.parsed {
				t.Errorf("racy=%v, %s: %d files parsed, want %d", racy, s.name, got, s.parsed)
			}
			mustEqualLoad(t, x, lib.sources, s.name)
		}
		if n := len(indexFiles(t, cache)); n != 1 {
			t.Errorf("racy=%v: %d index files left, want 1", racy, n)
		}
	}
}

func indexFiles(t *testing.T, cache string) []string {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(cache, "index", "*.idx"))
	return m
}

// TestLiveReaderSurvivesChanges is the serving index's version of the old
// cache's TestEntryChangedUnderLiveReader: an index open in a long-running
// picker keeps serving what it read when huashu rebuilds it (a new file;
// the mapped one is never written), and when another program rewrites its
// file in place or cuts it short (cp, rsync --inplace, a backup restore)
// it never shows text the packs never had and never crashes: it reports
// itself damaged, and the next load builds it again.
func TestLiveReaderSurvivesChanges(t *testing.T) {
	dir, cache := t.TempDir(), t.TempDir()
	text := strings.Repeat("亲，现货商品会在付款后48小时内发出。", 50)
	var b strings.Builder
	b.WriteString("pack: 大包\nphrases:\n")
	for i := range 200 {
		b.WriteString("  - code: c" + string(rune('a'+i%26)) + string(rune('a'+i/26)) + "\n    title: 发货\n    text: " + text + "\n")
	}
	file := filepath.Join(dir, "big.yaml")
	writeTestFile(t, file, b.String())
	age(t, file)
	sources := []pack.Source{{Name: file, Layer: phrase.LayerFlag, Path: file}}
	x := Load(sources, Options{Dir: cache})
	if x.Path() == "" {
		t.Fatal("not written")
	}
	first := x.Phrase(0)

	// huashu rebuilds: the old file goes, the open index keeps reading it.
	writeTestFile(t, file, strings.Replace(b.String(), "title: 发货", "title: 改了", 1))
	y := Load(sources, Options{Dir: cache})
	if y.Path() == x.Path() || y.Phrase(0).Title != "改了" {
		t.Fatalf("rebuild: %s, %q", y.Path(), y.Phrase(0).Title)
	}
	if _, err := os.Stat(x.Path()); !os.IsNotExist(err) {
		t.Fatalf("the replaced index file is still there: %v", err)
	}
	if ph := x.Phrase(5); ph == nil || ph.Text != text || ph.Title != "发货" || x.Damaged() != nil {
		t.Fatalf("after a rebuild the open index reads %+v (%v)", ph, x.Damaged())
	}

	// Another program rewrites the current file in place, then cuts it.
	f, err := os.OpenFile(y.Path(), os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	st, _ := f.Stat()
	if _, err := f.WriteAt(bytes.Repeat([]byte{'X'}, int(st.Size())), 0); err != nil {
		t.Fatal(err)
	}
	for i := 1; i < 200; i++ {
		if ph := y.Phrase(i); ph != nil && ph.Text != text {
			t.Fatalf("after an in-place rewrite phrase %d reads %q…", i, ph.Text[:min(len(ph.Text), 30)])
		}
	}
	if y.Damaged() == nil {
		t.Error("an index rewritten in place is not reported damaged")
	}
	if err := f.Truncate(0); err != nil {
		t.Fatal(err)
	}
	_ = f.Close()
	z := Load(sources, Options{Dir: cache}) // before y is used again: y's file is gone under it
	if _, err := y.Set(); err == nil {
		t.Error("Set on a truncated index: no error")
	}
	if ph := y.Phrase(150); ph != nil {
		t.Errorf("a truncated index served %q", ph.Title)
	}
	if got := y.Lookup("ca"); len(got) != 0 {
		t.Errorf("a truncated index found %v", got)
	}
	if first.Text != text || first.Title != "发货" {
		t.Error("a phrase decoded before changed with the file")
	}
	// The next load saw the damage and built the index again.
	if z.Damaged() != nil || z.Phrase(0).Title != "改了" || z.Path() == y.Path() {
		t.Errorf("after the damage: %s %v", z.Path(), z.Damaged())
	}
	mustEqualLoad(t, z, sources, "rebuilt")
}

// TestDamagedCacheIsRebuilt: whatever is wrong with the stamp or the index
// file, Load builds the index again and serves the right phrases.
func TestDamagedCacheIsRebuilt(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 15))
	lib := genLibrary(t, r, t.TempDir())
	age(t, lib.files...)
	cache := t.TempDir()
	x := Load(lib.sources, Options{Dir: cache})
	stampPath := strings.TrimSuffix(x.Path(), x.Path()[strings.LastIndex(x.Path(), "-"):]) + ".stamp"
	good, _ := os.ReadFile(stampPath)
	idx, _ := os.ReadFile(x.Path())
	damage := map[string]func(){
		"stamp gone":      func() { _ = os.Remove(stampPath) },
		"stamp garbage":   func() { writeTestFile(t, stampPath, "garbage") },
		"stamp cut short": func() { writeTestFile(t, stampPath, string(good[:len(good)/2])) },
		"index gone":      func() { _ = os.Remove(x.Path()) },
		"index cut short": func() { writeTestFile(t, x.Path(), string(idx[:len(idx)/2])) },
		"index flipped byte in the header": func() {
			b := bytes.Clone(idx)
			b[20] ^= 1
			writeTestFile(t, x.Path(), string(b))
		},
		"index of another version": func() {
			b := bytes.Clone(idx)
			b[8]++
			writeTestFile(t, x.Path(), string(b))
		},
	}
	for name, f := range damage {
		// Start from a good cache each time.
		_ = os.RemoveAll(filepath.Join(cache, "index"))
		x = Load(lib.sources, Options{Dir: cache})
		stampPath = strings.TrimSuffix(x.Path(), x.Path()[strings.LastIndex(x.Path(), "-"):]) + ".stamp"
		good, _ = os.ReadFile(stampPath)
		idx, _ = os.ReadFile(x.Path())
		f()
		y := Load(lib.sources, Options{Dir: cache})
		if y.Path() == "" {
			t.Errorf("%s: not rebuilt on disk", name)
		}
		mustEqualLoad(t, y, lib.sources, name)
	}
}

// TestConcurrentLoads: processes (here goroutines) building the same index
// at once each get a whole, correct index.
func TestConcurrentLoads(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 15))
	lib := genLibrary(t, r, t.TempDir())
	want := pack.LoadWith(lib.sources, pack.ParseLean)
	cache := t.TempDir()
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 3 {
				x := Load(lib.sources, Options{Dir: cache})
				if got, err := x.Set(); err != nil || !reflect.DeepEqual(got, want) {
					t.Error("torn or wrong index")
				}
			}
		}()
	}
	wg.Wait()
	if tmp, _ := filepath.Glob(filepath.Join(cache, "index", ".tmp-*")); len(tmp) != 0 {
		t.Errorf("temp files left: %v", tmp)
	}
}

// TestUnwritableCache: an index that cannot be written is built in memory
// and said once through Warn.
func TestUnwritableCache(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 15))
	lib := genLibrary(t, r, t.TempDir())
	cache := filepath.Join(t.TempDir(), "file")
	writeTestFile(t, cache, "not a directory")
	var warned []error
	x := Load(lib.sources, Options{Dir: cache, Warn: func(err error) { warned = append(warned, err) }})
	if x.Path() != "" || len(warned) != 1 {
		t.Fatalf("path %q, warnings %v", x.Path(), warned)
	}
	// In the interface's language, the reason without the path again.
	if want := "无法写入话术索引（" + filepath.Join(cache, "index") + "）：路径中有一段不是目录"; runtime.GOOS != "windows" && warned[0].Error() != want {
		t.Errorf("warning %q, want %q", warned[0], want)
	}
	mustEqualLoad(t, x, lib.sources, "in memory")
}

// TestRacyPackSettles: a pack written just before the build is hashed
// (its metadata cannot tell a second write within the file system's
// timestamp granularity); once it is old enough the stamp is written again
// without the hash, so starts stop reading the file.
func TestRacyPackSettles(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: waits for the racy window")
	}
	dir, cache := t.TempDir(), t.TempDir()
	file := filepath.Join(dir, "p.yaml")
	writeTestFile(t, file, genPack(rand.New(rand.NewPCG(1, 1)), "包", 5))
	recent := time.Now().Add(-2 * time.Second)
	if err := os.Chtimes(file, recent, recent); err != nil {
		t.Fatal(err)
	}
	sources := []pack.Source{{Name: file, Layer: phrase.LayerFlag, Path: file}}
	x := Load(sources, Options{Dir: cache})
	stampPath := strings.TrimSuffix(x.Path(), x.Path()[strings.LastIndex(x.Path(), "-"):]) + ".stamp"
	before, _ := os.ReadFile(stampPath)
	time.Sleep(1500 * time.Millisecond) // the pack is now older than watch.RacyWindow
	parses := countParses(t)
	y := Load(sources, Options{Dir: cache})
	after, _ := os.ReadFile(stampPath)
	if parses.Load() != 0 || y.Path() != x.Path() {
		t.Fatalf("rebuilt (%d parses)", parses.Load())
	}
	if bytes.Equal(before, after) {
		t.Error("the stamp was not written again once the pack settled")
	}
}

// TestStaleIndexesGo: building an index removes the files of other
// sources' indexes unused for a month, not those of one a start used
// (which marks its stamp once a day).
func TestStaleIndexesGo(t *testing.T) {
	cache := t.TempDir()
	var libs []*library
	for i := range 3 {
		lib := genLibrary(t, rand.New(rand.NewPCG(uint64(i), 15)), t.TempDir())
		age(t, lib.files...)
		Load(lib.sources, Options{Dir: cache})
		libs = append(libs, lib)
	}
	stamps, _ := filepath.Glob(filepath.Join(cache, "index", "*.stamp"))
	if len(stamps) != 3 {
		t.Fatalf("%d stamps", len(stamps))
	}
	old := time.Now().Add(-40 * 24 * time.Hour)
	for _, s := range stamps {
		if err := os.Chtimes(s, old, old); err != nil {
			t.Fatal(err)
		}
	}
	Load(libs[0].sources, Options{Dir: cache}) // used: its stamp is marked
	// A change to the third library rebuilds it, and cleans up.
	writeTestFile(t, libs[2].files[0], genPack(rand.New(rand.NewPCG(9, 9)), "改", 3))
	Load(libs[2].sources, Options{Dir: cache})
	if n := len(indexFiles(t, cache)); n != 2 {
		t.Errorf("%d index files left, want 2 (the used one and the rebuilt one)", n)
	}
	parses := countParses(t)
	Load(libs[0].sources, Options{Dir: cache})
	if parses.Load() != 0 {
		t.Error("the index in use was removed")
	}
}

// TestOneIndexPerPacks: the same pack named by a relative and by an
// absolute path is one index, not two copies of it.
func TestOneIndexPerPacks(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.yaml")
	writeTestFile(t, file, genPack(rand.New(rand.NewPCG(3, 3)), "甲", 20))
	t.Chdir(dir)
	cache := t.TempDir()
	for _, p := range []string{"a.yaml", "./a.yaml", file, dir + "/./a.yaml"} {
		x := Load([]pack.Source{{Name: p, Layer: phrase.LayerFlag, Path: p}}, Options{Dir: cache})
		if x.Path() == "" {
			t.Fatalf("%s: not written", p)
		}
		if ph := x.Phrase(0); ph == nil || ph.File != p {
			t.Fatalf("%s: first phrase %+v", p, ph)
		}
	}
	if files := indexFiles(t, cache); len(files) != 1 {
		t.Errorf("%d index files for one pack: %v", len(files), files)
	}
	stamps, _ := filepath.Glob(filepath.Join(cache, "index", "*.stamp"))
	if len(stamps) != 1 {
		t.Errorf("%d stamps for one pack: %v", len(stamps), stamps)
	}
}

// TestLeftoversGo: a build removes what builds that died left behind once
// it is older than a build takes — a temporary file, an index no stamp
// names, a lock — and keeps the young ones (a build under way).
func TestLeftoversGo(t *testing.T) {
	lib := genLibrary(t, rand.New(rand.NewPCG(4, 15)), t.TempDir())
	cache := t.TempDir()
	Load(lib.sources, Options{Dir: cache})
	dir := filepath.Join(cache, "index")
	oldOnes := []string{".tmp-123", "0123456789abcdef01234567-0000000000000001.idx", "0123456789abcdef01234567.lock"}
	young := []string{".tmp-456", "fedcba9876543210fedcba98-0000000000000001.idx", "fedcba9876543210fedcba98.lock"}
	long := time.Now().Add(-time.Hour)
	for _, n := range append(oldOnes, young...) {
		writeTestFile(t, filepath.Join(dir, n), "x")
	}
	for _, n := range oldOnes {
		if err := os.Chtimes(filepath.Join(dir, n), long, long); err != nil {
			t.Fatal(err)
		}
	}
	writeTestFile(t, lib.files[0], genPack(rand.New(rand.NewPCG(9, 9)), "改", 3))
	Load(lib.sources, Options{Dir: cache}) // a rebuild cleans up
	for _, n := range oldOnes {
		if _, err := os.Stat(filepath.Join(dir, n)); err == nil {
			t.Errorf("%s is left", n)
		}
	}
	for _, n := range young {
		if _, err := os.Stat(filepath.Join(dir, n)); err != nil {
			t.Errorf("%s was removed: %v", n, err)
		}
	}
}

// TestBuildLock: a build finds the lock another holds and leaves; a lock
// left by a build that died long ago is taken.
func TestBuildLock(t *testing.T) {
	lib := genLibrary(t, rand.New(rand.NewPCG(5, 15)), t.TempDir())
	cache := t.TempDir()
	dir := filepath.Join(cache, "index")
	unlock, ok := lock(dir, keyOf(lib.sources))
	if !ok || !Building(lib.sources, cache) {
		t.Fatal("no lock")
	}
	if Build(lib.sources, Options{Dir: cache}) || len(indexFiles(t, cache)) != 0 {
		t.Fatal("built under another's lock")
	}
	unlock()
	if Building(lib.sources, cache) {
		t.Fatal("still locked")
	}
	_, _ = lock(dir, keyOf(lib.sources))
	long := time.Now().Add(-time.Hour)
	if err := os.Chtimes(filepath.Join(dir, keyOf(lib.sources)+".lock"), long, long); err != nil {
		t.Fatal(err)
	}
	if Building(lib.sources, cache) || !Build(lib.sources, Options{Dir: cache}) || len(indexFiles(t, cache)) != 1 {
		t.Fatal("a dead build's lock blocks")
	}
	if Building(lib.sources, cache) {
		t.Fatal("Build left its lock")
	}
}

// TestCurrent: Current hands out the index on disk only when it is current
// for the packs, parses nothing, and while the stamp is unchanged since the
// last look it answers nil at once.
func TestCurrent(t *testing.T) {
	parses := countParses(t)
	r := rand.New(rand.NewPCG(3, 5))
	lib := genLibrary(t, r, t.TempDir())
	age(t, lib.files...)
	cache := t.TempDir()
	var seen watch.Ident
	if x := Current(lib.sources, cache, &seen); x != nil {
		t.Fatal("an index before any build")
	}
	Load(lib.sources, Options{Dir: cache})
	parses.Store(0)
	x := Current(lib.sources, cache, &seen)
	if x == nil || x.Deferred() || x.Path() == "" {
		t.Fatalf("no index after the build: %v", x)
	}
	mustEqualLoad(t, x, lib.sources, "current")
	if again := Current(lib.sources, cache, &seen); again != nil {
		t.Error("the same stamp looked at twice")
	}
	if Current(lib.sources, cache, nil) == nil {
		t.Error("without seen, the current index is handed out every time")
	}
	f := lib.files[0]
	data, _ := os.ReadFile(f)
	writeTestFile(t, f, string(data)+"  - code: new\n    title: 新加的\n    text: 新\n")
	if x := Current(lib.sources, cache, nil); x != nil {
		t.Error("an index older than a pack was handed out as current")
	}
	if n := parses.Load(); n != 0 {
		t.Errorf("Current parsed %d files", n)
	}
}

// TestPauseGCNests: loads that overlap pause the collector once and put
// GOGC back when the last is done, whatever order they end in.
func TestPauseGCNests(t *testing.T) {
	old := debug.SetGCPercent(77)
	defer debug.SetGCPercent(old)
	a, b := pauseGC(), pauseGC()
	a()
	if got := debug.SetGCPercent(-1); got != -1 {
		t.Fatalf("GOGC %d while a load is under way", got)
	}
	b()
	if got := debug.SetGCPercent(77); got != 77 {
		t.Fatalf("GOGC %d after the loads, want 77", got)
	}
}
