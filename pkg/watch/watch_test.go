package watch

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// age sets a file's times well before now, as a file written long ago.
func age(t *testing.T, path string) {
	t.Helper()
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(path, old, old); err != nil {
		t.Fatal(err)
	}
}

func TestChanged(t *testing.T) {
	dir := t.TempDir()
	team := filepath.Join(dir, "team")
	a := filepath.Join(team, "a.yaml")
	personal := filepath.Join(dir, "personal.yaml")
	write(t, a, "pack: a\nphrases: []\n")
	target := Target{
		Sources: []pack.Source{{Name: "team", Layer: phrase.LayerTeam, Path: team}},
		Paths:   []string{personal},
	}
	steps := []struct {
		name   string
		change func()
	}{
		{"nothing", func() {}},
		{"a file edited in place, same size, same mtime", func() {
			st, _ := os.Stat(a)
			write(t, a, "pack: b\nphrases: []\n")
			if err := os.Chtimes(a, st.ModTime(), st.ModTime()); err != nil {
				t.Fatal(err)
			}
		}},
		{"a file replaced by a rename", func() {
			tmp := filepath.Join(team, ".tmp")
			write(t, tmp, "pack: c\nphrases: []\n")
			if err := os.Rename(tmp, a); err != nil {
				t.Fatal(err)
			}
		}},
		{"a new file in a new subdirectory", func() { write(t, filepath.Join(team, "sub", "b.yml"), "pack: b\nphrases: []\n") }},
		{"the personal pack created", func() { write(t, personal, "pack: 个人\nphrases: []\n") }},
		{"a file removed", func() { _ = os.Remove(filepath.Join(team, "sub", "b.yml")) }},
		{"a hidden file (not a pack)", func() { write(t, filepath.Join(team, ".git", "x.yaml"), "x") }},
		{"a text file (not a pack)", func() { write(t, filepath.Join(team, "README.md"), "x") }},
	}
	want := map[string]bool{"nothing": false, "a hidden file (not a pack)": false, "a text file (not a pack)": false}
	for _, s := range steps {
		snap := Take(target)
		if snap.Changed() {
			t.Fatalf("%s: changed right after Take", s.name)
		}
		s.change()
		w, listed := want[s.name]
		if !listed {
			w = true
		}
		if got := snap.Changed(); got != w {
			t.Errorf("%s: Changed() = %v, want %v", s.name, got, w)
		}
	}
}

func TestOldFilesAreNotHashed(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.yaml")
	write(t, a, "pack: a\nphrases: []\n")
	age(t, a)
	snap := Take(Target{Sources: []pack.Source{{Path: dir}}})
	if st := snap.files[a]; st.racy {
		t.Errorf("a file modified an hour ago is hashed at every check")
	}
	write(t, filepath.Join(dir, "b.yaml"), "x")
	if !snap.Changed() {
		t.Error("new file not seen")
	}
}

func TestEmbeddedSourcesAreNotPolled(t *testing.T) {
	snap := Take(Target{Sources: []pack.Source{{Name: "embedded", Path: ".", FS: os.DirFS(t.TempDir())}}})
	if snap.Changed() || len(snap.files) != 0 {
		t.Errorf("embedded source polled: %v", snap.files)
	}
}

func BenchmarkChanged(b *testing.B) {
	dir := b.TempDir()
	for i := range 100 {
		p := filepath.Join(dir, "packs", "p"+string(rune('a'+i%26))+string(rune('a'+i/26))+".yaml")
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("pack: x\nphrases: []\n"), 0o644); err != nil {
			b.Fatal(err)
		}
		old := time.Now().Add(-time.Hour)
		_ = os.Chtimes(p, old, old)
	}
	snap := Take(Target{Sources: []pack.Source{{Path: dir}}})
	b.ResetTimer()
	for b.Loop() {
		if snap.Changed() {
			b.Fatal("changed")
		}
	}
}

// TestSnapshotRoundTrip: a snapshot stored (the serving index's stamp) and
// read back sees changes as the original does, tells which files are the
// same as in an older snapshot, and a damaged encoding is refused.
func TestSnapshotRoundTrip(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "team", "a.yaml"), filepath.Join(dir, "team", "sub", "b.yaml")
	write(t, a, "pack: a\nphrases: []\n")
	write(t, b, "pack: b\nphrases: []\n")
	age(t, a)
	target := Target{Sources: []pack.Source{{Name: "team", Path: filepath.Join(dir, "team")}, {Name: "embedded", Path: ".", FS: os.DirFS(dir)}},
		Paths: []string{filepath.Join(dir, "personal.yaml")}}
	snap := Take(target)
	if snap.Bytes() != int64(2*len("pack: a\nphrases: []\n")) {
		t.Errorf("Bytes = %d", snap.Bytes())
	}
	enc, err := snap.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	back, err := Decode(target, enc)
	if err != nil {
		t.Fatal(err)
	}
	if back.Changed() {
		t.Fatal("a decoded snapshot sees a change where there is none")
	}
	now := Take(target)
	if !now.Same(a, back) || !now.Same(b, back) {
		t.Error("unchanged files are not the same across snapshots (b is racy: hashed in both)")
	}
	write(t, b, "pack: b\nphrases: [] \n")
	if !back.Changed() {
		t.Error("a decoded snapshot misses an edit")
	}
	if later := Take(target); later.Same(b, back) || !later.Same(a, back) {
		t.Error("Same: the edited file is the same, or the other is not")
	}
	if now.Same(filepath.Join(dir, "personal.yaml"), back) {
		t.Error("a file that does not exist is the same")
	}
	// Damaged encodings, and another target.
	for i := range len(enc) {
		if _, err := Decode(target, enc[:i]); err == nil {
			t.Fatalf("cut at %d: decoded", i)
		}
	}
	if _, err := Decode(Target{Sources: target.Sources[:1]}, enc); err == nil {
		t.Error("decoded for a target with fewer sources")
	}
	if _, err := Decode(target, append([]byte{9}, enc[1:]...)); err == nil {
		t.Error("decoded another version")
	}
}

// TestRacyFileSettles: a file modified just before its snapshot is
// hashed; once old enough, Changed stops hashing it and says the
// snapshot is worth storing again (Dirty).
func TestRacyFileSettles(t *testing.T) {
	a := filepath.Join(t.TempDir(), "a.yaml")
	write(t, a, "pack: a\nphrases: []\n")
	recent := time.Now().Add(-RacyWindow + 50*time.Millisecond)
	if err := os.Chtimes(a, recent, recent); err != nil {
		t.Fatal(err)
	}
	snap := Take(Target{Paths: []string{a}})
	if !snap.files[a].racy || snap.Dirty() {
		t.Fatal("a file modified just now is not hashed")
	}
	time.Sleep(100 * time.Millisecond)
	if snap.Changed() || !snap.Dirty() || snap.files[a].racy {
		t.Errorf("after the racy window: changed %v, dirty %v, racy %v", snap.Changed(), snap.Dirty(), snap.files[a].racy)
	}
}

// TestIdentOf: a file's Ident changes when it is rewritten or replaced.
func TestIdentOf(t *testing.T) {
	a := filepath.Join(t.TempDir(), "a.idx")
	write(t, a, "one")
	age(t, a)
	id1, ok := IdentOf(a)
	if !ok {
		t.Fatal("no Ident")
	}
	write(t, a, "two")
	if id2, _ := IdentOf(a); id2 == id1 {
		t.Error("a rewrite keeps the Ident")
	}
	if _, ok := IdentOf(a + ".none"); ok {
		t.Error("an Ident for a file that does not exist")
	}
}
