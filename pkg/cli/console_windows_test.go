package cli

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"testing"

	"golang.org/x/sys/windows"
)

// TestPipedOutputFollowsConsoleCodePage runs on Windows (CI: under Wine):
// with the console's output code page at 936, what huashu writes into a real
// pipe is GBK; at 65001 it stays UTF-8. The child is this test binary, so
// the bytes come through consoleWriter exactly as huashu's own stdout.
func TestPipedOutputFollowsConsoleCodePage(t *testing.T) {
	if os.Getenv("HUASHU_CONSOLE_CHILD") == "1" {
		w := consoleWriter(os.Stdout)
		fmt.Fprint(w, "您好，欢迎光临")
		return
	}
	if _, err := windows.GetConsoleOutputCP(); err != nil {
		// No console (a CI runner without a terminal): make one, as a
		// console program started from Explorer gets.
		proc := windows.NewLazySystemDLL("kernel32.dll").NewProc("AllocConsole")
		if r, _, err := proc.Call(); r == 0 {
			t.Skip("no console and AllocConsole failed:", err)
		}
	}
	old, _ := windows.GetConsoleOutputCP()
	defer func() { _ = windows.SetConsoleOutputCP(old) }()
	gbk := []byte{0xc4, 0xfa, 0xba, 0xc3, 0xa3, 0xac, 0xbb, 0xb6, 0xd3, 0xad, 0xb9, 0xe2, 0xc1, 0xd9} // 您好，欢迎光临
	for _, tt := range []struct {
		cp   uint32
		want []byte
	}{
		{936, gbk},
		{65001, []byte("您好，欢迎光临")},
	} {
		if err := windows.SetConsoleOutputCP(tt.cp); err != nil {
			t.Fatalf("SetConsoleOutputCP(%d): %v", tt.cp, err)
		}
		cmd := exec.Command(os.Args[0], "-test.run=^TestPipedOutputFollowsConsoleCodePage$")
		cmd.Env = append(os.Environ(), "HUASHU_CONSOLE_CHILD=1")
		out, err := cmd.Output() // stdout is a pipe
		if err != nil {
			t.Fatalf("code page %d: %v", tt.cp, err)
		}
		if got, _, _ := bytes.Cut(out, []byte("PASS")); !bytes.Equal(bytes.TrimSpace(got), tt.want) {
			t.Errorf("code page %d: piped output % x, want % x", tt.cp, out, tt.want)
		}
	}
}
