package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/huashu-cli/huashu/internal/xvfb"
)

// TestPickerEndToEnd runs the real binary in tmux against a real X
// clipboard (Xvfb + xclip), as an agent uses it: type a code, pinyin or
// Chinese, press Enter, paste. It checks that the picker stays open after a
// copy, that a multi-part reply is copied one part per Enter, and that Esc
// quits with exit 0.
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
	script := fmt.Sprintf("env %s %s --no-embedded --pack %s; echo $? > %s",
		shellJoin(env), shellQuote(bin), shellQuote(pack), shellQuote(exitFile))

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

	waitFor("the first frame", screenHas("4 条"))

	// A code: copied, query cleared, picker still open.
	typeText("hy")
	keys("Enter")
	waitFor("the welcome reply on the clipboard", clipIs("您好，欢迎光临测试旗舰店，请问有什么可以帮您？"))
	waitFor("the copied status", screenHas("已复制 ✓ 欢迎语"))
	waitFor("the query cleared", screenHas("输入编码、拼音或中文"))

	// Multi-part: Enter copies part 1, Enter again part 2.
	typeText("fhsj")
	keys("Enter")
	waitFor("part 1 on the clipboard", clipIs("亲，现货商品会在付款后48小时内发出。"))
	waitFor("1/3 in the status", screenHas("发货时间 1/3"))
	keys("Enter")
	waitFor("part 2 on the clipboard", clipIs("预售商品以页面标注的发货时间为准。"))
	waitFor("2/3 in the status", screenHas("发货时间 2/3"))

	// Esc clears the query (and the half-copied reply); pinyin and Chinese
	// queries find their phrase.
	keys("Escape")
	waitFor("the query cleared by Esc", screenHas("输入编码、拼音或中文"))
	typeText("tuik")
	waitFor("pinyin result", screenHas("1/4 条"))
	keys("Enter")
	waitFor("the refund reply on the clipboard", clipIs("亲，退款会在审核通过后1-3个工作日原路退回。"))
	typeText("物流")
	keys("Enter")
	waitFor("the variable form", screenHas("填写变量"))
	typeText("JD123")
	keys("Tab")
	typeText("京东快递")
	keys("Enter")
	waitFor("the filled reply on the clipboard", clipIs("亲，您的订单JD123已由京东快递发出。"))

	// Resize to the smallest supported terminal: still drawn.
	if out, err := tmux("resize-window", "-x", "60", "-y", "15"); err != nil {
		t.Fatalf("resize-window: %v\n%s", err, out)
	}
	waitFor("a 60-column frame", func() bool {
		s := screen()
		return strings.Contains(s, "── 预览 ──") && strings.Contains(s, "4 条")
	})

	// Esc on an empty query quits with exit 0.
	keys("Escape")
	waitFor("the picker to exit", func() bool {
		b, err := os.ReadFile(exitFile)
		return err == nil && len(b) > 0
	})
	if b, _ := os.ReadFile(exitFile); strings.TrimSpace(string(b)) != "0" {
		t.Errorf("exit status %q, want 0", strings.TrimSpace(string(b)))
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
`

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

func shellJoin(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = shellQuote(s)
	}
	return strings.Join(q, " ")
}
