package safefile

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// tempDir is t.TempDir with a forgiving cleanup: CI also runs these tests
// as a Windows program under Wine, whose file system cannot do what Go's
// os.RemoveAll asks of Windows (POSIX-semantics deletes), and a leftover
// temporary directory is no test failure.
func tempDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "safefile-test-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	return dir
}

func TestWriteKeepsBackupAndMode(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows files have no permission bits to keep")
	}
	dir := tempDir(t)
	file := filepath.Join(dir, "sub", "personal.yaml")
	bak := file + ".bak"
	if err := Write(file, []byte("v1\n"), 0o600, bak); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(bak); !os.IsNotExist(err) {
		t.Fatalf("backup written for a new file: %v", err)
	}
	if err := Write(file, []byte("v2\n"), 0o644, bak); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(file)
	old, _ := os.ReadFile(bak)
	if string(got) != "v2\n" || string(old) != "v1\n" {
		t.Fatalf("file %q backup %q", got, old)
	}
	st, _ := os.Stat(file)
	if st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want the original 0600", st.Mode().Perm())
	}
	entries, _ := os.ReadDir(filepath.Dir(file))
	if len(entries) != 2 {
		t.Errorf("leftover temporary files: %v", entries)
	}
}

// A symlinked pack (kept in a dotfiles repo) is written through: the link
// stays a link and its target gets the new content.
func TestWriteThroughSymlink(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need Developer Mode on Windows; the dotfiles setup this covers is a Unix one")
	}
	dir := tempDir(t)
	real := filepath.Join(dir, "dotfiles", "personal.yaml")
	if err := os.MkdirAll(filepath.Dir(real), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(real, []byte("v1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "personal.yaml")
	if err := os.Symlink(filepath.Join("dotfiles", "personal.yaml"), link); err != nil {
		t.Skip("no symlinks here:", err)
	}
	if err := Write(link, []byte("v2\n"), 0o644, ""); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("link replaced by a plain file: %v %v", st.Mode(), err)
	}
	got, _ := os.ReadFile(real)
	if string(got) != "v2\n" {
		t.Fatalf("target = %q, want v2", got)
	}
	if st, _ := os.Stat(real); st.Mode().Perm() != 0o600 {
		t.Fatalf("target mode %v, want 0600", st.Mode().Perm())
	}
	// A dangling link: the target is created.
	dangling := filepath.Join(dir, "new.yaml")
	if err := os.Symlink(filepath.Join("dotfiles", "new.yaml"), dangling); err != nil {
		t.Fatal(err)
	}
	if err := Write(dangling, []byte("n\n"), 0o644, ""); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "dotfiles", "new.yaml")); string(got) != "n\n" {
		t.Fatalf("dangling target = %q", got)
	}
	if st, _ := os.Lstat(dangling); st.Mode()&os.ModeSymlink == 0 {
		t.Fatal("dangling link replaced")
	}
}
