// Package xvfb starts a throwaway X server for tests that use a real X
// clipboard (xclip), as agents on Linux desktops have it.
package xvfb

import (
	"bufio"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// Start runs Xvfb on a free display, stops it when the test ends, and
// returns the display (":123"). It skips the test when Xvfb or xclip is
// missing (CI installs both).
//
// Xvfb picks the display itself (-displayfd) and tells us once it accepts
// connections. Choosing a number here and probing /tmp/.X11-unix raced when
// two test binaries (go test ./... runs packages in parallel) picked the same
// number: the loser's Xvfb exited, its test went on against the winner's
// server, and xclip failed as soon as the winner's test stopped it.
func Start(t testing.TB) string {
	t.Helper()
	for _, tool := range []string{"Xvfb", "xclip"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed (apt-get install -y xvfb xclip): skipping the real X11 clipboard test", tool)
		}
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatalf("pipe for Xvfb -displayfd: %v", err)
	}
	// The write end is the child's fd 3 (ExtraFiles[0]).
	cmd := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "640x480x24", "-nolisten", "tcp")
	cmd.ExtraFiles = []*os.File{w}
	if err := cmd.Start(); err != nil {
		t.Fatalf("start Xvfb: %v", err)
	}
	_ = w.Close()
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })

	got := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(r).ReadString('\n')
		got <- strings.TrimSpace(line)
		_ = r.Close()
	}()
	select {
	case n := <-got:
		if n == "" {
			t.Fatal("Xvfb exited without reporting a display")
		}
		return ":" + n
	case <-time.After(10 * time.Second):
		t.Fatal("Xvfb did not report a display within 10s")
	}
	return ""
}
