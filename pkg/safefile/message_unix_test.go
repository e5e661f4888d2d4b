//go:build unix

package safefile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Errors that reach an agent (huashu add, pack add) are in Chinese.
func TestErrorsInChinese(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.yaml"), filepath.Join(dir, "b.yaml")
	if err := os.Symlink(b, a); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(a, b); err != nil {
		t.Fatal(err)
	}
	if err := Write(a, []byte("x"), 0o644, ""); err == nil || !strings.Contains(err.Error(), "符号链接层数太多") {
		t.Errorf("a symlink loop: %v", err)
	}
	file := filepath.Join(dir, "p.yaml")
	if err := os.WriteFile(file, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Write(file, []byte("new"), 0o644, filepath.Join(dir, "no", "such", "p.yaml.bak")); err == nil || !strings.HasPrefix(err.Error(), "无法写入备份 ") {
		t.Errorf("a backup that cannot be written: %v", err)
	}
}
