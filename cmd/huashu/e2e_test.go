//go:build unix

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/huashu-cli/huashu/internal/xvfb"
)

// TestPickerEndToEnd runs the real binary in tmux against a real X
// clipboard (Xvfb + xclip), as an agent uses it through a day of chats:
// type a code, pinyin or Chinese, press Enter, paste. It checks that the
// picker stays open after a copy; that a multi-part reply is copied one part
// per Enter and that typing after part 1 starts a fresh search; that the
// group goes back to 全部 after a copy; that alt+2 copies the second row;
// that a defaulted placeholder changed in the form is what is copied; that
// a phrase changed on disk by "huashu add --force" while the picker is open
// is copied as it is now; that the ? help fits 60×15 and closes with q; and
// that ctrl+c exits 130 with nothing on stderr
// (and Esc, in a second run, exits 0).
func TestPickerEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the tmux end-to-end test")
	}
	for _, tool := range []string{"tmux", "Xvfb", "xclip"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed (apt-get install -y tmux xvfb xclip): skipping the picker end-to-end test", tool)
		}
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "huashu")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	pack := filepath.Join(dir, "testpack.yaml")
	if err := os.WriteFile(pack, []byte(testPack), 0o644); err != nil {
		t.Fatal(err)
	}
	display := xvfb.Start(t)

	env := []string{
		"DISPLAY=" + display,
		"WAYLAND_DISPLAY=",
		"XDG_CONFIG_HOME=" + filepath.Join(dir, "config"),
		"XDG_DATA_HOME=" + filepath.Join(dir, "data"),
		"XDG_STATE_HOME=" + filepath.Join(dir, "state"),
		"XDG_CACHE_HOME=" + filepath.Join(dir, "cache"),
		"HUASHU_CONFIG=" + filepath.Join(dir, "config", "none.yaml"),
		"LANG=C.UTF-8",
		"LC_ALL=C.UTF-8",
	}
	exitFile := filepath.Join(dir, "exit")
	errFile := filepath.Join(dir, "stderr")
	script := fmt.Sprintf("env %s %s --no-embedded --pack %s 2> %s; echo $? > %s",
		shellJoin(env), shellQuote(bin), shellQuote(pack), shellQuote(errFile), shellQuote(exitFile))

	socket := fmt.Sprintf("huashu-e2e-%d-%d", os.Getpid(), time.Now().UnixNano()%100000)
	tmux := func(args ...string) (string, error) {
		cmd := exec.Command("tmux", append([]string{"-L", socket, "-f", "/dev/null"}, args...)...)
		cmd.Env = append(os.Environ(), env...)
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	if out, err := tmux("new-session", "-d", "-x", "100", "-y", "30", "sh", "-c", script); err != nil {
		t.Fatalf("tmux new-session: %v\n%s", err, out)
	}
	t.Cleanup(func() { _, _ = tmux("kill-server") })

	screen := func() string {
		out, _ := tmux("capture-pane", "-p")
		return out
	}
	clipboard := func() string {
		cmd := exec.Command("xclip", "-o", "-selection", "clipboard")
		cmd.Env = append(os.Environ(), "DISPLAY="+display)
		out, err := cmd.Output()
		if err != nil {
			return ""
		}
		return string(out)
	}
	// waitFor polls until ok or the deadline, then fails with the screen.
	waitFor := func(what string, ok func() bool) {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for !ok() {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s; screen:\n%s\nclipboard: %q", what, screen(), clipboard())
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	keys := func(ks ...string) {
		t.Helper()
		if out, err := tmux(append([]string{"send-keys", "-t", "0"}, ks...)...); err != nil {
			t.Fatalf("send-keys %q: %v\n%s", ks, err, out)
		}
	}
	typeText := func(s string) { t.Helper(); keys("-l", s) }
	screenHas := func(s string) func() bool { return func() bool { return strings.Contains(screen(), s) } }
	clipIs := func(s string) func() bool { return func() bool { return clipboard() == s } }

	waitFor("the first frame", screenHas("7 条"))

	// A code: copied, query cleared, picker still open.
	typeText("hy")
	keys("Enter")
	waitFor("the welcome reply on the clipboard", clipIs("您好，欢迎光临测试旗舰店，请问有什么可以帮您？"))
	waitFor("the copied status", screenHas("已复制 ✓ 欢迎语"))
	waitFor("the query cleared", screenHas("输入编码、拼音或中文"))

	// Multi-part: Enter copies part 1, Enter again on the same row part 2.
	typeText("fhsj")
	keys("Enter")
	waitFor("part 1 on the clipboard", clipIs("亲，现货商品会在付款后48小时内发出。"))
	waitFor("1/3 in the status", screenHas("发货时间 1/3 · enter 复制第 2 段"))
	keys("Enter")
	waitFor("part 2 on the clipboard", clipIs("预售商品以页面标注的发货时间为准。"))
	waitFor("2/3 in the status", screenHas("发货时间 2/3"))

	// The next buyer: typing after a part starts a fresh search (not
	// "fhsjtuik").
	typeText("tuik")
	waitFor("a fresh pinyin query", func() bool {
		s := screen()
		return strings.Contains(s, "话术 › tuik") && strings.Contains(s, "1/7 条")
	})
	keys("Enter")
	waitFor("the refund reply on the clipboard", clipIs("亲，退款会在审核通过后1-3个工作日原路退回。"))

	// The group goes back to 全部 after a copy: Tab to 售后, copy, and the
	// next chat's greeting is found.
	keys("Tab", "Tab", "Tab")
	waitFor("the 售后 tab", screenHas("[售后]"))
	typeText("th")
	keys("Enter")
	waitFor("the return address on the clipboard", clipIs("退货地址以售后申请通过后页面显示的为准。"))
	waitFor("the group back to 全部", screenHas("[全部]"))

	// alt+2 copies the second visible row.
	typeText("售中")
	waitFor("two rows in 售中", screenHas("2/7 条"))
	keys("M-2")
	waitFor("the form of the second row", screenHas("填写变量 · 物流单号"))
	typeText("JD123")
	keys("Tab")
	typeText("京东快递")
	keys("Enter")
	waitFor("the filled reply on the clipboard", clipIs("亲，您的订单JD123已由京东快递发出。"))

	// A defaulted placeholder: the form shows M; typing L replaces it.
	typeText("cm")
	keys("Enter")
	waitFor("the form with the default", screenHas("尺码：M"))
	typeText("L")
	keys("Enter")
	waitFor("the changed size on the clipboard", clipIs("亲，这款建议您选L码。"))

	// Changed on disk while the picker is open: Enter copies the new text.
	add := exec.Command(bin, "--no-embedded", "--pack", pack, "add", "tq", "--title", "退货地址（新）",
		"--text", "新的退货地址：杭州市西湖区文三路 1 号。", "--force")
	add.Env = append(os.Environ(), env...)
	if out, err := add.CombinedOutput(); err != nil {
		t.Fatalf("huashu add --force: %v\n%s", err, out)
	}
	typeText("tq")
	keys("Enter")
	waitFor("the new text on the clipboard", clipIs("新的退货地址：杭州市西湖区文三路 1 号。"))

	// Resize to the smallest supported terminal: still drawn.
	if out, err := tmux("resize-window", "-x", "60", "-y", "15"); err != nil {
		t.Fatalf("resize-window: %v\n%s", err, out)
	}
	waitFor("a 60-column frame", func() bool {
		s := screen()
		return strings.Contains(s, "── 预览 ──") && strings.Contains(s, "条")
	})

	// The ? screen at 60×15: every key, and a footer naming the keys that
	// close it; q closes it without typing q.
	keys("?")
	waitFor("the help at 60×15", func() bool {
		s := screen()
		return strings.Contains(s, "切换平台") && strings.Contains(s, "? esc q 关闭帮助")
	})
	keys("q")
	waitFor("help closed by q, nothing typed", func() bool {
		s := screen()
		return strings.Contains(s, "── 预览 ──") && strings.Contains(s, "输入编码、拼音或中文")
	})

	// ctrl+c quits with 130 and says nothing.
	keys("C-c")
	exitStatus := func() string {
		t.Helper()
		waitFor("the picker to exit", func() bool {
			b, err := os.ReadFile(exitFile)
			return err == nil && len(b) > 0
		})
		b, _ := os.ReadFile(exitFile)
		return strings.TrimSpace(string(b))
	}
	if got := exitStatus(); got != "130" {
		t.Errorf("ctrl+c: exit status %q, want 130", got)
	}
	if b, _ := os.ReadFile(errFile); len(b) != 0 {
		t.Errorf("ctrl+c: stderr %q, want nothing", b)
	}

	// A second run: Esc on an empty query quits with exit 0. A tmux server of
	// its own: a new session while the last one's server is shutting down
	// can fail ("server exited unexpectedly").
	_ = os.Remove(exitFile)
	socket += "-esc"
	t.Cleanup(func() { _, _ = tmux("kill-server") })
	if out, err := tmux("new-session", "-d", "-x", "100", "-y", "30", "sh", "-c", script); err != nil {
		t.Fatalf("tmux new-session: %v\n%s", err, out)
	}
	waitFor("the second picker", screenHas("条"))
	keys("Escape")
	if got := exitStatus(); got != "0" {
		t.Errorf("Esc: exit status %q, want 0", got)
	}

	// Stopped by a signal from outside: SIGTERM exits 143 and SIGINT 130,
	// nothing on stderr, and the terminal restored (the shell's line shows,
	// not the picker).
	for _, sig := range []struct {
		sig  syscall.Signal
		exit string
	}{{syscall.SIGTERM, "143"}, {syscall.SIGINT, "130"}} {
		_ = os.Remove(exitFile)
		pidFile := filepath.Join(dir, "pid")
		_ = os.Remove(pidFile)
		script = fmt.Sprintf("env %s %s --no-embedded --pack %s </dev/tty 2> %s & echo $! > %s; wait $!; echo $? > %s; echo 终端已恢复; sleep 30",
			shellJoin(env), shellQuote(bin), shellQuote(pack), shellQuote(errFile), shellQuote(pidFile), shellQuote(exitFile))
		_, _ = tmux("kill-server")
		socket += "-" + sig.exit
		t.Cleanup(func() { _, _ = tmux("kill-server") })
		if out, err := tmux("new-session", "-d", "-x", "100", "-y", "30", "sh", "-c", script); err != nil {
			t.Fatalf("tmux new-session: %v\n%s", err, out)
		}
		waitFor("the picker before "+sig.sig.String(), screenHas("条"))
		pidText, err := os.ReadFile(pidFile)
		if err != nil {
			t.Fatal(err)
		}
		pid, err := strconv.Atoi(strings.TrimSpace(string(pidText)))
		if err != nil {
			t.Fatal(err)
		}
		if err := syscall.Kill(pid, sig.sig); err != nil {
			t.Fatal(err)
		}
		if got := exitStatus(); got != sig.exit {
			t.Errorf("%v: exit status %q, want %s", sig.sig, got, sig.exit)
		}
		if b, _ := os.ReadFile(errFile); len(b) != 0 {
			t.Errorf("%v: stderr %q, want nothing", sig.sig, b)
		}
		waitFor("the terminal restored after "+sig.sig.String(), func() bool {
			s := screen()
			return strings.Contains(s, "终端已恢复") && !strings.Contains(s, "话术 ›")
		})
	}
}

const testPack = `pack: 测试包
vars:
  店铺: 测试旗舰店
phrases:
  - code: hy
    title: 欢迎语
    group: 售前/问候
    text: 您好，欢迎光临{{店铺}}，请问有什么可以帮您？
  - code: fhsj
    title: 发货时间
    group: 售中/物流
    parts:
      - 亲，现货商品会在付款后48小时内发出。
      - 预售商品以页面标注的发货时间为准。
      - 发货后您可在订单详情查看物流。
  - code: tk
    title: 退款说明
    group: 售后/退换
    text: 亲，退款会在审核通过后1-3个工作日原路退回。
  - code: dh
    title: 物流单号
    group: 售中/物流
    text: 亲，您的订单{{订单号}}已由{{快递公司}}发出。
  - code: th
    title: 退货地址
    group: 售后/退换
    text: 退货地址以售后申请通过后页面显示的为准。
  - code: cm
    title: 尺码推荐
    group: 售前/尺码
    text: 亲，这款建议您选{{尺码|M}}码。
  - code: tq
    title: 退货地址（旧）
    text: 旧的退货地址，不要再用。
`

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

func shellJoin(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = shellQuote(s)
	}
	return strings.Join(q, " ")
}
