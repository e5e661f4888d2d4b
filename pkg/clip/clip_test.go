package clip

import (
	"bytes"
	"encoding/base64"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/atotto/clipboard"
	"github.com/huashu-cli/huashu/internal/xvfb"
)

func TestOSC52Sequence(t *testing.T) {
	text := "您好，欢迎光临！"
	b64 := base64.StdEncoding.EncodeToString([]byte(text))
	if got, want := OSC52Sequence(text, false), "\x1b]52;c;"+b64+"\a"; got != want {
		t.Errorf("plain: got %q, want %q", got, want)
	}
	if got, want := OSC52Sequence(text, true), "\x1bPtmux;\x1b\x1b]52;c;"+b64+"\a\x1b\\"; got != want {
		t.Errorf("tmux: got %q, want %q", got, want)
	}
}

type fake struct {
	got     []string
	err     error
	backend string
}

func (f *fake) Copy(s string) error {
	if f.err != nil {
		return f.err
	}
	f.got = append(f.got, s)
	return nil
}
func (f *fake) Backend() string { return f.backend }

func TestChainFallsBack(t *testing.T) {
	broken := &fake{err: errors.New("xclip: Can't open display"), backend: "xclip"}
	term := &fake{backend: "osc52"}
	c := Chain{broken, term}
	if err := c.Copy("退款进度"); err != nil {
		t.Fatal(err)
	}
	if len(term.got) != 1 || term.got[0] != "退款进度" {
		t.Errorf("second clipboard got %q", term.got)
	}
	if got := c.Backend(); got != "xclip→osc52" {
		t.Errorf("Backend() = %q", got)
	}
	if via, err := CopyVia(c, "再复制一次"); err != nil || via != "osc52" {
		t.Errorf("CopyVia = %q, %v; want the member that took it", via, err)
	}
	if via, err := CopyVia(term, "x"); err != nil || via != "osc52" {
		t.Errorf("CopyVia on one clipboard = %q, %v", via, err)
	}
}

func TestChainAllFail(t *testing.T) {
	c := Chain{&fake{err: errors.New("one")}, &fake{err: errors.New("two")}}
	err := c.Copy("x")
	if err == nil || err.Error() != "one；two" {
		t.Fatalf("err = %v, want \"one；two\"", err)
	}
}

func TestPrintWritesExactly(t *testing.T) {
	var buf bytes.Buffer
	if err := (Print{W: &buf}).Copy("第一行\n第二行 "); err != nil {
		t.Fatal(err)
	}
	if buf.String() != "第一行\n第二行 " {
		t.Errorf("got %q", buf.String())
	}
}

func TestNewModes(t *testing.T) {
	var out, tty bytes.Buffer
	for mode, backend := range map[string]string{"print": "stdout", "osc52": "osc52"} {
		cb, err := New(mode, &out, Terminal{W: &tty})
		if err != nil {
			t.Fatal(err)
		}
		if cb.Backend() != backend {
			t.Errorf("mode %s: backend %q, want %q", mode, cb.Backend(), backend)
		}
	}
	if _, err := New("clipboard", &out, Terminal{}); err == nil ||
		err.Error() != `未知的剪贴板模式 "clipboard"（可用：auto、system、osc52 或 print）` {
		t.Errorf("bad mode: err = %v", err)
	}
}

// TestOSC52InTmux copies through a real tmux server: the text must land in
// tmux's paste buffer (which tmux forwards to the outer terminal), not in an
// escape sequence tmux would drop.
func TestOSC52InTmux(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux not installed (apt-get install -y tmux): skipping the tmux clipboard test")
	}
	sock := filepath.Join(t.TempDir(), "tmux.sock")
	tmux := func(args ...string) (string, error) {
		out, err := exec.Command("tmux", append([]string{"-S", sock}, args...)...).CombinedOutput()
		return string(out), err
	}
	if out, err := tmux("-f", "/dev/null", "new-session", "-d", "-x", "80", "-y", "10"); err != nil {
		t.Fatalf("start tmux: %v: %s", err, out)
	}
	t.Cleanup(func() { _, _ = tmux("kill-server") })
	t.Setenv("TMUX", sock+",0,0")

	var tty bytes.Buffer
	text := "亲，您的包裹已发出～\n请注意查收"
	if err := (OSC52{W: &tty, Tmux: true}).Copy(text); err != nil {
		t.Fatal(err)
	}
	got, err := tmux("show-buffer")
	if err != nil {
		t.Fatalf("show-buffer: %v: %s", err, got)
	}
	if got != text {
		t.Errorf("tmux buffer holds %q, want %q", got, text)
	}
	if tty.Len() != 0 {
		t.Errorf("also wrote %q to the terminal", tty.String())
	}
}

func TestOSC52InTmuxFallback(t *testing.T) {
	t.Setenv("PATH", t.TempDir()) // no tmux binary
	var tty bytes.Buffer
	if err := (OSC52{W: &tty, Tmux: true}).Copy("hy"); err != nil {
		t.Fatal(err)
	}
	if want := OSC52Sequence("hy", false) + OSC52Sequence("hy", true); tty.String() != want {
		t.Errorf("wrote %q, want %q", tty.String(), want)
	}
}

func TestOSC52WithoutTerminal(t *testing.T) {
	err := OSC52{}.Copy("x")
	if !errors.Is(err, ErrUnavailable) {
		t.Fatalf("err = %v, want ErrUnavailable", err)
	}
}

// TestSystemClipboardX11 copies through a real X clipboard: Xvfb with xclip,
// as agents on Linux desktops have it, and reads the clipboard back.
func TestSystemClipboardX11(t *testing.T) {
	for _, tool := range []string{"Xvfb", "xclip"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed (apt-get install -y xvfb xclip): skipping the real X11 clipboard test", tool)
		}
	}
	display := xvfb.Start(t)
	t.Setenv("DISPLAY", display)
	t.Setenv("WAYLAND_DISPLAY", "")

	text := "亲，您的订单已发货，快递单号：{{快递单号}}\n请注意查收～ "
	if err := (System{}).Copy(text); err != nil {
		t.Fatalf("Copy: %v", err)
	}
	// xclip -i forks a process that takes the selection a moment later: on a
	// busy machine the first read can come before it owns the clipboard, so
	// read until it does (at most 5 s) — a fixed sleep would be a timed test.
	var out []byte
	var err error
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		out, err = exec.Command("xclip", "-o", "-selection", "clipboard").Output()
		if err == nil && string(out) == text || time.Now().After(deadline) {
			break
		}
	}
	if err != nil {
		t.Fatalf("xclip -o: %v", err)
	}
	if string(out) != text {
		t.Errorf("clipboard holds %q, want %q", out, text)
	}
	if got := SystemBackend(); got != "xclip" && got != "xsel" {
		t.Errorf("SystemBackend() = %q", got)
	}
	// Read gives back what another program copied (the order number the
	// picker's {{剪贴板}} takes).
	xclipPut(t, "UTF8_STRING", []byte("JD20261111-88"))
	if got, err := Read(); err != nil || got != "JD20261111-88" {
		t.Errorf("Read() = %q, %v", got, err)
	}
}

func TestSystemWithoutDisplay(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		t.Skip("desktop clipboards need no display variable")
	}
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	err := (System{}).Copy("x")
	want := "剪贴板不可用：没有图形界面的剪贴板（未设置 DISPLAY 或 WAYLAND_DISPLAY）；通过 SSH 使用时请在支持 OSC 52 的终端里运行 huashu，或使用 --print"
	if SystemBackend() == "none" {
		want = "剪贴板不可用：没有找到剪贴板工具：请安装 xclip 或 xsel（X11）或 wl-clipboard（Wayland），或使用 --print"
	}
	if err == nil || err.Error() != want {
		t.Errorf("err = %v\nwant %s", err, want)
	}
}

// TestReadWhatIsNotAnOrderNumber reads a real X clipboard holding nothing,
// an image, a huge text and text with control characters: each is a clear
// Chinese error (no tool name, no English) or the text as it is, and a huge
// clipboard is never read whole.
func TestReadWhatIsNotAnOrderNumber(t *testing.T) {
	for _, tool := range []string{"Xvfb", "xclip"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed (apt-get install -y xvfb xclip): skipping the real X11 clipboard test", tool)
		}
	}
	display := xvfb.Start(t)
	t.Setenv("DISPLAY", display)
	t.Setenv("WAYLAND_DISPLAY", "")

	// Nothing was ever copied.
	if got, err := Read(); !errors.Is(err, ErrNoText) || got != "" || err.Error() != "剪贴板是空的，或者里面不是文字（图片、文件）" {
		t.Errorf("empty clipboard: Read() = %q, %v", got, err)
	}
	// An image (a screenshot pasted from the chat window).
	xclipPut(t, "image/png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"))
	if got, err := Read(); !errors.Is(err, ErrNoText) || got != "" {
		t.Errorf("image on the clipboard: Read() = %q, %v", got, err)
	}
	// A whole page of text: refused, not read whole.
	xclipPut(t, "UTF8_STRING", bytes.Repeat([]byte("订单"), MaxRead))
	if got, err := Read(); !errors.Is(err, ErrTooLarge) || got != "" || err.Error() != "剪贴板里的文字太多（超过 64 KiB），不像订单号" {
		t.Errorf("huge clipboard: Read() = %q, %v", got, err)
	}
	// Control characters come back as they are; the picker cleans them.
	xclipPut(t, "UTF8_STRING", []byte("JD\x1b[31m123\r\n"))
	if got, err := Read(); err != nil || got != "JD\x1b[31m123\r\n" {
		t.Errorf("text with controls: Read() = %q, %v", got, err)
	}
}

// xclipPut copies data to the X clipboard as target, the way another program
// would, and returns once xclip serves it: the forked xclip owns the selection
// a moment after xclip -i exits, so read it back until it does (at most 5 s;
// a fixed sleep would be a timed test).
func xclipPut(t *testing.T, target string, data []byte) {
	t.Helper()
	cmd := exec.Command("xclip", "-i", "-selection", "clipboard", "-t", target)
	cmd.Stdin = bytes.NewReader(data)
	// Its stderr goes to a file, not a pipe: the forked xclip keeps the
	// descriptor open while it owns the selection, and Run would wait for a
	// pipe to close until the test's end.
	stderr, err := os.CreateTemp(t.TempDir(), "xclip-stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer stderr.Close()
	cmd.Stderr = stderr
	if err := cmd.Run(); err != nil {
		msg, _ := os.ReadFile(stderr.Name())
		t.Fatalf("xclip -i -t %s: %v: %s", target, err, msg)
	}
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		out, err := exec.Command("xclip", "-o", "-selection", "clipboard", "-t", target).Output()
		if err == nil && bytes.Equal(out, data) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("xclip never served the %s just copied", target)
		}
	}
}

// A copy that fails says so in the agent's words: no tool name, no
// English from the tool; huashu doctor has the details.
func TestCopyFailureInChinese(t *testing.T) {
	for _, tool := range []string{"Xvfb", "xclip"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed (apt-get install -y xvfb xclip): skipping the real X11 clipboard test", tool)
		}
	}
	t.Setenv("DISPLAY", ":4711") // no X server there
	t.Setenv("WAYLAND_DISPLAY", "")
	err := Chain{System{}, OSC52{}}.Copy("x")
	want := "剪贴板不可用：系统剪贴板复制失败（huashu doctor 查看剪贴板设置），可改用 --print；剪贴板不可用：没有终端可以代为复制"
	if err == nil || err.Error() != want {
		t.Errorf("err = %v\nwant %s", err, want)
	}
}

// A clipboard tool that fails once (an X server slow to answer under load)
// does not send the copy to the terminal: System retries before it gives up.
// Before, TestPickerEndToEnd saw 经终端复制 now and then on a busy machine.
func TestSystemRetriesATransientFailure(t *testing.T) {
	if clipboard.Unsupported {
		t.Skip("no clipboard tool found at start-up (apt-get install -y xclip)")
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "copied")
	script := "#!/bin/sh\n" +
		"if [ ! -e " + dir + "/failed ]; then : > " + dir + "/failed; exit 1; fi\n" +
		"case \"$*\" in *-o*|*--output*|*-out*) exit 0;; esac\n" +
		"/bin/cat > " + out + "\n"
	for _, tool := range []string{"xclip", "xsel", "wl-copy"} {
		if err := os.WriteFile(filepath.Join(dir, tool), []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("PATH", dir)
	t.Setenv("DISPLAY", ":0")
	if err := (System{}).Copy("您好，欢迎光临"); err != nil {
		t.Fatalf("Copy: %v", err)
	}
	if b, err := os.ReadFile(out); err != nil || string(b) != "您好，欢迎光临" {
		t.Errorf("copied %q, %v", b, err)
	}
}
