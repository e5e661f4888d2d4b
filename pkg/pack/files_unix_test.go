//go:build unix

package pack

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

// TestNonRegularFiles: a FIFO in a pack directory or given as the source
// never blocks; an unreadable directory is reported and the rest still
// load; a source that is a link to a directory loads what the directory has.
func TestNonRegularFiles(t *testing.T) {
	dir := t.TempDir()
	packs := filepath.Join(dir, "packs")
	writeFile(t, filepath.Join(packs, "a.yaml"), packYAML("甲", "a1"))
	writeFile(t, filepath.Join(packs, "locked", "c.yaml"), packYAML("丙", "c1"))
	if err := syscall.Mkfifo(filepath.Join(packs, "pipe.yaml"), 0o644); err != nil {
		t.Skip("mkfifo:", err)
	}
	if err := os.Chmod(filepath.Join(packs, "locked"), 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chmod(filepath.Join(packs, "locked"), 0o755) })
	symlink(t, "packs", filepath.Join(dir, "link"))

	s := loadWithin(t, []Source{
		{Name: "team", Layer: phrase.LayerTeam, Path: filepath.Join(dir, "link")},
		{Name: "fifo", Layer: phrase.LayerFlag, Path: filepath.Join(packs, "pipe.yaml")},
	})
	wantCodes := []codePack{{"a1", "甲"}}
	if os.Geteuid() == 0 { // root reads any directory
		wantCodes = append(wantCodes, codePack{"c1", "丙"})
	}
	if got := codesOf(s.Phrases); !reflect.DeepEqual(got, wantCodes) {
		t.Errorf("phrases = %v, want %v", got, wantCodes)
	}
	want := []string{
		"schema/file link/pipe.yaml: 不是普通文件（命名管道），已跳过",
		"schema/file packs/pipe.yaml: 不是普通文件（命名管道）",
	}
	if os.Geteuid() != 0 {
		want = append([]string{"schema/file link/locked: 无法读取目录：没有权限"}, want...)
	}
	if got := problemLines(s, dir); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
