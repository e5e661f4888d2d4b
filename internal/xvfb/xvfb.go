// Package xvfb starts a throwaway X server for tests that use a real X
// clipboard (xclip), as agents on Linux desktops have it.
package xvfb

import (
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"
)

// Start runs Xvfb on a free display, stops it when the test ends, and
// returns the display (":123"). It skips the test when Xvfb or xclip is
// missing (CI installs both).
func Start(t testing.TB) string {
	t.Helper()
	for _, tool := range []string{"Xvfb", "xclip"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed (apt-get install -y xvfb xclip): skipping the real X11 clipboard test", tool)
		}
	}
	for n := 600 + os.Getpid()%300; n < 1200; n++ {
		socket := "/tmp/.X11-unix/X" + strconv.Itoa(n)
		if _, err := os.Stat(socket); err == nil {
			continue
		}
		display := ":" + strconv.Itoa(n)
		cmd := exec.Command("Xvfb", display, "-screen", "0", "640x480x24", "-nolisten", "tcp")
		if err := cmd.Start(); err != nil {
			t.Fatalf("start Xvfb: %v", err)
		}
		t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
		deadline := time.Now().Add(10 * time.Second)
		for time.Now().Before(deadline) {
			if _, err := os.Stat(socket); err == nil {
				return display
			}
			time.Sleep(20 * time.Millisecond)
		}
		t.Fatalf("Xvfb %s did not start within 10s", display)
	}
	t.Fatal("no free X display")
	return ""
}
