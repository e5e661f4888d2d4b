package pack

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/huashu-cli/huashu/internal/regfile"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// symlink makes a link or skips the test where links need privileges.
func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(link), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, link); err != nil {
		t.Skip("symlinks:", err)
	}
}

// loadWithin loads src and fails the test when loading does not return:
// a FIFO or /dev/zero must never hang a load.
func loadWithin(t *testing.T, srcs []Source) *Set {
	t.Helper()
	done := make(chan *Set, 1)
	go func() { done <- Load(srcs) }()
	select {
	case s := <-done:
		return s
	case <-time.After(20 * time.Second):
		t.Fatal("loading did not return")
		return nil
	}
}

func problemLines(s *Set, dir string) []string {
	var out []string
	for _, p := range s.Problems {
		line := strings.ReplaceAll(p.Error(), dir+string(filepath.Separator), "")
		out = append(out, filepath.ToSlash(p.Rule+" "+line))
	}
	sort.Strings(out)
	return out
}

// TestSymlinkPolicy: a link inside a source is followed only to a regular
// file of the same source outside hidden directories (docs/team-packs.md).
func TestSymlinkPolicy(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symlinks need privileges on Windows")
	}
	dir := t.TempDir()
	repo := filepath.Join(dir, "repo")
	writeFile(t, filepath.Join(repo, "a.yaml"), packYAML("甲", "a1"))
	writeFile(t, filepath.Join(repo, "src", "b.txt"), packYAML("乙", "b1"))
	writeFile(t, filepath.Join(repo, ".git", "secret.yaml"), packYAML("隐藏", "h1"))
	writeFile(t, filepath.Join(dir, "outside.yaml"), packYAML("外部", "o1"))
	symlink(t, "src/b.txt", filepath.Join(repo, "b.yaml"))                          // inside: loaded
	symlink(t, "a.yaml", filepath.Join(repo, "again.yaml"))                         // the same file twice: read once
	symlink(t, "src", filepath.Join(repo, "dirlink"))                               // a link to a directory is not walked
	symlink(t, "../dirlink/b.txt", filepath.Join(repo, "sub", "via.yaml"))          // through a linked directory, still inside: loaded once (b.yaml has it)
	symlink(t, "/dev/zero", filepath.Join(repo, "zz.yaml"))                         // a device
	symlink(t, "../outside.yaml", filepath.Join(repo, "out.yaml"))                  // climbs out
	symlink(t, filepath.Join(dir, "outside.yaml"), filepath.Join(repo, "abs.yaml")) // absolute
	symlink(t, ".git/secret.yaml", filepath.Join(repo, "hidden.yaml"))              // into .git
	symlink(t, "nowhere.yaml", filepath.Join(repo, "dangling.yaml"))
	symlink(t, "loop2.yaml", filepath.Join(repo, "loop1.yaml"))
	symlink(t, "loop1.yaml", filepath.Join(repo, "loop2.yaml"))
	symlink(t, "src", filepath.Join(repo, "dir.yaml")) // a directory named like a pack

	s := loadWithin(t, []Source{{Name: "team", Layer: phrase.LayerTeam, Path: repo}})
	if got, want := codesOf(s.Phrases), []codePack{{"a1", "甲"}, {"b1", "乙"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("phrases = %v, want %v", got, want)
	}
	want := []string{
		// (problemLines cuts the temporary directory out of the absolute target too)
		"schema/file repo/abs.yaml: 符号链接指向话术源以外（outside.yaml），出于安全不读取；只允许指向本话术源里的文件",
		"schema/file repo/dangling.yaml: 符号链接指向的文件不存在",
		"schema/file repo/dir.yaml: 符号链接指向的不是普通文件（目录），已跳过",
		"schema/file repo/hidden.yaml: 符号链接指向隐藏的文件或目录（.git/secret.yaml），不读取",
		"schema/file repo/loop1.yaml: 符号链接循环",
		"schema/file repo/loop2.yaml: 符号链接循环",
		"schema/file repo/out.yaml: 符号链接指向话术源以外（../outside.yaml），出于安全不读取；只允许指向本话术源里的文件",
		"schema/file repo/zz.yaml: 符号链接指向话术源以外（/dev/zero），出于安全不读取；只允许指向本话术源里的文件",
	}
	if got := problemLines(s, dir); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// The names shown are the links' own names.
	for _, p := range s.Packs {
		if p.Name == "乙" && filepath.Base(p.File) != "b.yaml" {
			t.Errorf("pack 乙 shown as %s, want its link b.yaml", p.File)
		}
	}
}

// TestDeviceAsSource: /dev/zero as --pack is refused, not read for ever.
func TestDeviceAsSource(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("/dev/zero and /proc")
	}
	s := loadWithin(t, []Source{{Name: "zero", Layer: phrase.LayerFlag, Path: "/dev/zero"}})
	if got := problemLines(s, t.TempDir()); len(got) != 1 || got[0] != "schema/file /dev/zero: 不是普通文件（设备文件）" {
		t.Errorf("problems = %q", got)
	}
}

// deniedFS is a tree with one directory that cannot be listed, as for a
// user without permission (the test may run as root, who reads anything).
type deniedFS struct {
	fstest.MapFS
	denied string
}

func (d deniedFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if name == d.denied {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return d.MapFS.ReadDir(name)
}

func TestSelectFilesUnreadableDirectory(t *testing.T) {
	fsys := deniedFS{MapFS: fstest.MapFS{
		"a.yaml":        {Data: []byte("pack: a")},
		"locked/b.yaml": {Data: []byte("pack: b")},
		"z/c.yml":       {Data: []byte("pack: c")},
		"z/notes.txt":   {Data: []byte("x")},
	}, denied: "locked"}
	listed, refused, err := SelectFiles(fsys, ".")
	if err != nil {
		t.Fatal(err)
	}
	if want := []File{{"a.yaml", "a.yaml"}, {"z/c.yml", "z/c.yml"}}; !reflect.DeepEqual(listed, want) {
		t.Errorf("listed = %v, want %v", listed, want)
	}
	if want := []Refused{{"locked", "无法读取目录：没有权限"}}; !reflect.DeepEqual(refused, want) {
		t.Errorf("refused = %v, want %v", refused, want)
	}
}

// TestReadRetriesAFileChangedWhileRead: a pack rewritten in place while it
// is read is read again; one that never holds still is a problem, never a
// pack with a cut-off reply.
func TestReadRetriesAFileChangedWhileRead(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "p.yaml")
	writeFile(t, file, packYAML("甲", "a1"))
	defer func() { readRegular = regfile.Read }()

	calls := 0
	readRegular = func(name string, limit int64) ([]byte, error) {
		calls++
		if calls == 1 { // the first read saw a cut-off file mid-save
			return nil, &fs.PathError{Op: "read", Path: name, Err: regfile.ErrChanged}
		}
		return regfile.Read(name, limit)
	}
	s := Load([]Source{{Name: "p", Layer: phrase.LayerFlag, Path: file}})
	if len(s.Problems) != 0 || len(s.Phrases) != 1 || calls != 2 {
		t.Errorf("after one change: %d phrases, problems %v, %d reads", len(s.Phrases), s.Problems, calls)
	}

	readRegular = func(name string, limit int64) ([]byte, error) {
		return nil, &fs.PathError{Op: "read", Path: name, Err: regfile.ErrChanged}
	}
	s = Load([]Source{{Name: "p", Layer: phrase.LayerFlag, Path: file}})
	if len(s.Phrases) != 0 || len(s.Problems) != 1 || s.Problems[0].Error() != file+": 无法读取文件：文件在读取时被改写" {
		t.Errorf("never still: %d phrases, problems %v", len(s.Phrases), s.Problems)
	}
}

// TestSameFileTwiceInALayer: --pack a.yaml --pack ./a.yaml (or a directory
// and a file in it) loads the file once, not as a conflict with itself.
func TestSameFileTwiceInALayer(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.yaml")
	writeFile(t, a, packYAML("甲", "a1", "a2"))
	s := Load([]Source{
		{Name: a, Layer: phrase.LayerFlag, Path: a},
		{Name: "again", Layer: phrase.LayerFlag, Path: filepath.Join(dir, "sub", "..", "a.yaml")},
		{Name: dir, Layer: phrase.LayerFlag, Path: dir},
	})
	if len(s.Packs) != 1 || len(s.Conflicts) != 0 || len(s.Problems) != 0 || len(s.Phrases) != 2 {
		t.Errorf("%d packs, conflicts %v, problems %v, %d phrases", len(s.Packs), s.Conflicts, s.Problems, len(s.Phrases))
	}
	// In different layers the file is loaded in each: the higher one wins,
	// as for any code in two layers.
	s = Load([]Source{{Name: "team", Layer: phrase.LayerTeam, Path: a}, {Name: a, Layer: phrase.LayerFlag, Path: a}})
	if len(s.Packs) != 2 || len(s.Conflicts) != 0 || len(s.Overrides) != 2 {
		t.Errorf("two layers: %d packs, %d conflicts, %d overrides", len(s.Packs), len(s.Conflicts), len(s.Overrides))
	}
}
