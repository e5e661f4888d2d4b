//go:build unix

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// evilPack tries to drive the terminal from every field: OSC 52 (write the
// clipboard), OSC 2 (set the window title), CSI (clear the screen), an
// 8-bit CSI and a bidi override.
const evilPack = `pack: "恶意\x1b]2;pwned-pack\x07包"
phrases:
  - code: hy
    title: "欢迎\x1b]52;c;cHduZWQtdGl0bGU=\x07语"
    group: "售前\x1b]2;pwned-group\x07"
    text: "您好\x1b]52;c;cHduZWQtdGV4dA==\x07，欢迎\x1b]2;pwned-text\x07光临\u009b2J\u202e"
  - code: dh
    title: 单号
    text: "订单{{号\x1b]52;c;cHduZWQtdmFy\x07}}"
`

// TestHostilePackInARealTerminal runs the commands an agent runs, against a
// pack written to attack the terminal, in tmux with OSC 52 clipboard writes
// and title changes allowed: afterwards no tmux buffer exists (nothing wrote
// the clipboard), the pane title is what it was, and the escape sequences
// are on the screen as symbols.
func TestHostilePackInARealTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the tmux end-to-end test")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux not installed (apt-get install -y tmux)")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "huashu")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	packs := filepath.Join(dir, "packs")
	if err := os.MkdirAll(packs, 0o755); err != nil {
		t.Fatal(err)
	}
	// The file name attacks too.
	if err := os.WriteFile(filepath.Join(packs, "x\x1b]2;pwned-file\x07.yaml"), []byte(evilPack), 0o644); err != nil {
		t.Fatal(err)
	}
	env := []string{
		"XDG_CONFIG_HOME=" + filepath.Join(dir, "config"),
		"XDG_DATA_HOME=" + filepath.Join(dir, "data"),
		"XDG_STATE_HOME=" + filepath.Join(dir, "state"),
		"XDG_CACHE_HOME=" + filepath.Join(dir, "cache"),
		"HUASHU_CONFIG=" + filepath.Join(dir, "config", "none.yaml"),
		"LANG=C.UTF-8", "LC_ALL=C.UTF-8", "TERM=tmux-256color",
	}
	h := shellQuote(bin) + " --no-embedded --pack " + shellQuote(packs)
	var script strings.Builder
	for _, cmd := range []string{
		"get hyy", "get dh --print", "get hy --print", "list", "list --packs", "search hy",
		"doctor", "lint " + shellQuote(packs), "--print --once -q hy",
	} {
		fmt.Fprintf(&script, "%s %s; ", h, cmd)
	}
	script.WriteString("echo HUASHU-DONE; sleep 60")

	socket := fmt.Sprintf("huashu-hostile-%d-%d", os.Getpid(), time.Now().UnixNano()%100000)
	tmux := func(args ...string) (string, error) {
		cmd := exec.Command("tmux", append([]string{"-L", socket, "-f", "/dev/null"}, args...)...)
		cmd.Env = append(os.Environ(), env...)
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	// Start idle, allow what an attacker wants, then run the commands.
	if out, err := tmux("new-session", "-d", "-x", "160", "-y", "50", "sh", "-c", "sleep 120"); err != nil {
		t.Fatalf("tmux new-session: %v\n%s", err, out)
	}
	t.Cleanup(func() { _, _ = tmux("kill-server") })
	for _, opt := range [][]string{{"set-clipboard", "on"}, {"allow-rename", "on"}, {"history-limit", "5000"}} {
		if out, err := tmux(append([]string{"set-option", "-g"}, opt...)...); err != nil {
			t.Fatalf("tmux set-option %v: %v\n%s", opt, err, out)
		}
	}
	if out, err := tmux("respawn-pane", "-k", "-t", "0", "env "+shellJoin(env)+" sh -c "+shellQuote(script.String())); err != nil {
		t.Fatalf("tmux respawn-pane: %v\n%s", err, out)
	}
	titleBefore, _ := tmux("display-message", "-p", "-t", "0", "#{pane_title}")

	screen := func() string {
		out, _ := tmux("capture-pane", "-p", "-J", "-S", "-", "-t", "0")
		return out
	}
	waitFor := func(what string, ok func() bool) {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for !ok() {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s; screen:\n%s", what, screen())
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	// Enter once hy is the selected row (under load the first frames may
	// come before the query's results settle).
	waitFor("the picker with hy selected", func() bool {
		for _, l := range strings.Split(screen(), "\n") {
			if strings.HasPrefix(strings.TrimSpace(l), "▸") && strings.Contains(l, "hy 欢迎") {
				return true
			}
		}
		return false
	})
	if out, err := tmux("send-keys", "-t", "0", "Enter"); err != nil {
		t.Fatalf("send-keys: %v\n%s", err, out)
	}
	waitFor("the commands to finish", func() bool { return strings.Contains(screen(), "HUASHU-DONE") })

	if buffers, _ := tmux("list-buffers"); strings.TrimSpace(buffers) != "" {
		t.Errorf("a pack wrote the clipboard (tmux buffers):\n%s", buffers)
	}
	if title, _ := tmux("display-message", "-p", "-t", "0", "#{pane_title}"); strings.Contains(title, "pwned") || title != titleBefore {
		t.Errorf("a pack set the window title: %q (was %q)", title, titleBefore)
	}
	s := screen()
	for _, want := range []string{
		"您好␛]52;c;cHduZWQtdGV4dA==␇，欢迎␛]2;pwned-text␇光临⟨U+009B⟩2J⟨U+202E⟩", // --print, then the picker's --print
		"hy（欢迎␛]52;c;cHduZWQtdGl0bGU=␇语）",                                  // did you mean
		"x␛]2;pwned-file␇.yaml",                                            // a file name
		"号␛]52;c;cHduZWQtdmFy␇",                                            // a placeholder name
	} {
		if !strings.Contains(s, want) {
			t.Errorf("screen does not show %q:\n%s", want, s)
		}
	}
}
