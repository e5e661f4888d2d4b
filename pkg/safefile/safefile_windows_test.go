package safefile

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// The real thing, on Windows (CI runs this test binary under Wine): another
// program has the file open without FILE_SHARE_DELETE, as os.Open and many
// readers do, so replacing it fails until they close it. Write waits them
// out instead of failing with "Access is denied".
func TestWriteWhileAnotherProgramHasTheFileOpen(t *testing.T) {
	dir := tempDir(t)
	file := filepath.Join(dir, "history.json")
	if err := os.WriteFile(file, []byte("v1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	reader, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	// First show that this system refuses the plain rename.
	other := filepath.Join(dir, "other")
	if err := os.WriteFile(other, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(other, file); err == nil {
		reader.Close()
		t.Skip("this system lets a rename replace an open file")
	} else if !windowsTransient(err) {
		reader.Close()
		t.Fatalf("rename over an open file: %v (not a sharing error)", err)
	}
	go func() {
		time.Sleep(300 * time.Millisecond)
		reader.Close()
	}()
	if err := Write(file, []byte("v2\n"), 0o644, ""); err != nil {
		t.Fatalf("Write while the file was open: %v", err)
	}
	if got, _ := os.ReadFile(file); string(got) != "v2\n" {
		t.Errorf("file = %q", got)
	}
}
