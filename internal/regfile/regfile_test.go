package regfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"
)

func TestRead(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small.yaml")
	if err := os.WriteFile(small, []byte("pack: x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big.yaml")
	if err := os.WriteFile(big, make([]byte, 2048), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.yaml")
	if err := os.Symlink("small.yaml", link); err != nil {
		t.Fatal(err)
	}
	loop := filepath.Join(dir, "loop.yaml")
	if err := os.Symlink("loop.yaml", loop); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path string
		data       string
		reason     string
	}{
		{"regular file", small, "pack: x\n", ""},
		{"symlink to a regular file", link, "pack: x\n", ""},
		{"over the limit by Stat", big, "", "文件超过上限 1 KiB"},
		{"directory", dir, "", "不是普通文件（目录）"},
		{"missing", filepath.Join(dir, "nope.yaml"), "", "文件不存在"},
		{"symlink loop", loop, "", "符号链接循环"},
	}
	if runtime.GOOS != "windows" { // Windows says the path does not exist
		tests = append(tests, struct{ name, path, data, reason string }{"under a regular file",
			filepath.Join(small, "x.yaml"), "", "路径中有一段不是目录"})
	}
	if runtime.GOOS == "linux" {
		tests = append(tests,
			struct{ name, path, data, reason string }{"device", "/dev/zero", "", "不是普通文件（设备文件）"},
			// /proc files are regular and say they are empty: the limit is
			// counted while reading.
			struct{ name, path, data, reason string }{"size not reported", "/proc/self/maps", "", "文件超过上限 1 KiB"})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := Read(tt.path, 1024)
			if tt.reason == "" {
				if err != nil || string(data) != tt.data {
					t.Fatalf("Read = %q, %v", data, err)
				}
				return
			}
			if err == nil {
				t.Fatalf("Read = %d bytes, want error %q", len(data), tt.reason)
			}
			if got := Reason(err); got != tt.reason {
				t.Errorf("Reason = %q, want %q (err %v)", got, tt.reason, err)
			}
		})
	}
}

// TestReadDuringRewrite: a file rewritten in place (same inode) while it is
// read is ErrChanged, never a cut-off or mixed result.
func TestReadDuringRewrite(t *testing.T) {
	name := filepath.Join(t.TempDir(), "p.yaml")
	long := "pack: 包\nphrases:\n  - code: hy\n    title: 欢迎\n    text: 亲，现货商品会在付款后48小时内发出，预售商品以页面为准。\n"
	if err := os.WriteFile(name, []byte(long), 0o644); err != nil {
		t.Fatal(err)
	}
	defer func() { afterRead = func() {} }()
	for _, tt := range []struct {
		name    string
		rewrite func() error
	}{
		{"truncated", func() error { return os.Truncate(name, 40) }},
		{"same size, new time", func() error {
			return os.Chtimes(name, time.Now(), time.Now().Add(time.Hour))
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			afterRead = func() {
				if err := tt.rewrite(); err != nil {
					t.Fatal(err)
				}
			}
			data, err := Read(name, 1<<20)
			if !errors.Is(err, ErrChanged) || Reason(err) != "文件在读取时被改写" {
				t.Errorf("Read = %q, %v; want ErrChanged", data, err)
			}
		})
	}
}

// TestReasonOfOtherErrors: Reason serves writes and directory making too,
// so it names a refused permission without saying which (读取 would be
// wrong for a write), words the usual failures of a write, and frames
// what it cannot word as the system's own text.
func TestReasonOfOtherErrors(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{&os.PathError{Op: "open", Path: "/p/个人.yaml", Err: fs.ErrPermission}, "没有权限"},
		{&os.PathError{Op: "mkdir", Path: "/p", Err: syscall.EACCES}, "没有权限"},
		{&os.PathError{Op: "write", Path: "/p/个人.yaml", Err: syscall.ENOSPC}, "磁盘空间不足"},
		{&os.PathError{Op: "open", Path: "/p/个人.yaml", Err: syscall.EROFS}, "文件系统只读"},
		{&os.LinkError{Op: "rename", Old: "/p/.tmp", New: "/p/个人.yaml", Err: syscall.EXDEV}, "系统错误（" + syscall.EXDEV.Error() + "）"},
		{errors.New("something odd"), "系统错误（something odd）"},
		{errors.New("索引文件写入后不见了"), "索引文件写入后不见了"}, // huashu's own words
	}
	for _, tt := range tests {
		if got := Reason(tt.err); got != tt.want {
			t.Errorf("Reason(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
}
