package regfile

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
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
