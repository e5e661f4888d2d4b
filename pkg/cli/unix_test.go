//go:build unix

package cli

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/spf13/cobra"
)

// TestLintReportsUnreadableEntries: a dangling or looping link, a link out
// of the repository or a FIFO among the packs is a schema/file problem in
// the report, and every other file is still linted (not exit 2 on the first).
func TestLintReportsUnreadableEntries(t *testing.T) {
	dir := t.TempDir()
	packs := filepath.Join(dir, "packs")
	lintWriteFile(t, filepath.Join(packs, "a.yaml"), errPack)
	for link, target := range map[string]string{"dangling.yaml": "nope.yaml", "loop.yaml": "loop.yaml", "out.yaml": "../../outside.yaml"} {
		if err := os.Symlink(target, filepath.Join(packs, link)); err != nil {
			t.Skip(err)
		}
	}
	if err := syscall.Mkfifo(filepath.Join(packs, "pipe.yaml"), 0o644); err != nil {
		t.Skip(err)
	}
	o, out := lintOpts(t, dir, nil, "packs")
	o.Getwd = func() (string, error) { return dir, nil }
	t.Chdir(dir)
	err := lintRun(o)
	if code := ExitCode(err); code != 1 {
		t.Fatalf("exit %d (%v), want 1", code, err)
	}
	want := `packs/a.yaml:5:13: error compliance/off-platform-contact`
	if !strings.Contains(out.String(), want) {
		t.Errorf("a.yaml not linted:\n%s", out)
	}
	for _, line := range []string{
		"packs/dangling.yaml:1:1: error schema/file 符号链接指向的文件不存在\n",
		"packs/loop.yaml:1:1: error schema/file 符号链接循环\n",
		"packs/out.yaml:1:1: error schema/file 符号链接指向话术源以外（../../outside.yaml），出于安全不读取；只允许指向本话术源里的文件\n",
		"packs/pipe.yaml:1:1: error schema/file 不是普通文件（命名管道），已跳过\n",
	} {
		if !strings.Contains(out.String(), line) {
			t.Errorf("missing %q in\n%s", line, out)
		}
	}
}

// TestSpecialFilesNeverHang: a FIFO or a device given as --pack, --config or
// an import file is refused in one line; a --pack that is a symlink to a
// directory loads the directory's packs.
func TestSpecialFilesNeverHang(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.yaml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip(err)
	}
	packs := filepath.Join(dir, "packs")
	lintWriteFile(t, filepath.Join(packs, "shop.yaml"), cleanPack)
	if err := os.Symlink(packs, filepath.Join(dir, "link")); err != nil {
		t.Skip(err)
	}
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"FIFO as --pack", []string{"--no-embedded", "--pack", fifo, "list"}, 0, "",
			"huashu: 警告：" + fifo + ": 不是普通文件（命名管道）\n"},
		{"device as --pack", []string{"--no-embedded", "--pack", "/dev/zero", "get", "hy"}, 1, "",
			"huashu: 警告：/dev/zero: 不是普通文件（设备文件）\nhuashu: 没有编码为 \"hy\" 的话术\n"},
		{"device as --config", []string{"--config", "/dev/zero", "list"}, 2, "",
			"huashu: /dev/zero: 无法读取配置文件：不是普通文件（设备文件）\n"},
		{"FIFO as --config", []string{"--config", fifo, "list"}, 2, "",
			"huashu: " + fifo + ": 无法读取配置文件：不是普通文件（命名管道）\n"},
		{"device to import", []string{"import", "--from", "csv", "/dev/zero", "-o", filepath.Join(dir, "out.yaml")}, 2, "",
			"huashu: /dev/zero: 不是普通文件（设备文件）\n"},
		{"symlink to a directory as --pack", []string{"--no-embedded", "--pack", filepath.Join(dir, "link"), "list"}, 0,
			"hy  欢迎  -  干净\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			done := make(chan result, 1)
			go func() { done <- runCLI(t, tt.args...) }()
			select {
			case r := <-done:
				r.check(t, tt.code, tt.stdout, tt.stderr)
			case <-time.After(20 * time.Second):
				t.Fatal("did not return")
			}
		})
	}
}

// TestSIGTERMCancelsPackCommands: SIGTERM cancels a pack command's context
// like ctrl+c, so its temporary clone and its lock are cleaned up, instead
// of killing huashu outright.
func TestSIGTERMCancelsPackCommands(t *testing.T) {
	err := interruptible(&cobra.Command{}, func(ctx context.Context) error {
		if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(10 * time.Second):
			return errors.New("SIGTERM did not cancel the context")
		}
	})
	if err != nil {
		t.Fatal(err)
	}
}
