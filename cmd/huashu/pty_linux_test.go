package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// openPTY opens a pseudo-terminal pair (/dev/ptmx) without cgo or tools.
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skip("no /dev/ptmx:", err)
	}
	var unlock int32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, m.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		t.Skip("unlockpt:", e)
	}
	var n uint32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, m.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		t.Skip("ptsname:", e)
	}
	s, err := os.OpenFile("/dev/pts/"+strconv.Itoa(int(n)), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skip("open pts:", err)
	}
	return m, s
}

// TestNoTerminalQueriesOnAPTYThatDoesNotAnswer: commands that never draw a
// UI write nothing to the terminal but their output — no background-colour
// question (OSC 11) and no cursor-position request (CSI 6n) — so on a pty
// that never answers (a pre-commit runner, script, expect) they do not wait
// for a reply that will not come.
func TestNoTerminalQueriesOnAPTYThatDoesNotAnswer(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: builds the binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "huashu")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	pack := filepath.Join(dir, "p.yaml")
	if err := os.WriteFile(pack, []byte(testPack), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"version"},
		{"--no-embedded", "--pack", pack, "get", "tk", "--print"},
		{"--no-embedded", "--pack", pack, "search", "tk"},
		{"--no-embedded", "--pack", pack, "list"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			master, slave := openPTY(t)
			defer master.Close()
			cmd := exec.Command(bin, args...)
			cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
			cmd.Env = append(os.Environ(), "TERM=xterm-256color", "XDG_CONFIG_HOME="+dir, "XDG_STATE_HOME="+dir,
				"XDG_DATA_HOME="+dir, "XDG_CACHE_HOME="+dir, "HUASHU_CONFIG="+filepath.Join(dir, "none.yaml"))
			cmd.Env = withoutCI(cmd.Env)
			cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			slave.Close()
			var out bytes.Buffer
			_, _ = io.Copy(&out, master) // EIO once the child has exited
			if err := cmd.Wait(); err != nil {
				t.Fatalf("%v: %s", err, out.String())
			}
			for _, q := range []string{"\x1b]11;?", "\x1b[6n"} {
				if strings.Contains(out.String(), q) {
					t.Errorf("terminal query %q written:\n%q", q, out.String())
				}
			}
			if out.Len() == 0 {
				t.Error("no output at all")
			}
		})
	}
}

// withoutCI drops CI from env: CI machines set it, and termenv asks nothing
// then, so the test would pass for the wrong reason.
func withoutCI(env []string) []string {
	out := env[:0:0]
	for _, kv := range env {
		if !strings.HasPrefix(kv, "CI=") {
			out = append(out, kv)
		}
	}
	return out
}
