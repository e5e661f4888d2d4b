// Package clip puts replies on the clipboard: the system clipboard first
// (atotto/clipboard: Windows, macOS, X11 via xclip/xsel, Wayland via wl-copy),
// then the terminal's clipboard over OSC 52 (works over SSH and in tmux), then
// a clear error that says what to install. It is the only package that talks
// to the clipboard library.
package clip

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/atotto/clipboard"
)

// Modes, as in the config file's "clipboard:" key.
const (
	ModeAuto   = "auto"
	ModeSystem = "system"
	ModeOSC52  = "osc52"
	ModePrint  = "print"
)

// Clipboard copies text.
type Clipboard interface {
	// Copy puts text on the clipboard, byte for byte.
	Copy(text string) error
	// Backend names where copies go, for the status line and doctor:
	// "xclip", "pbcopy", "osc52", "stdout", …
	Backend() string
}

// ErrUnavailable is wrapped by the error of a copy that had nowhere to go.
var ErrUnavailable = errors.New("剪贴板不可用")

// System is the system clipboard through atotto/clipboard.
type System struct{}

// Copy writes text with the platform's clipboard tool.
func (System) Copy(text string) error {
	if clipboard.Unsupported {
		return fmt.Errorf("%w：%s", ErrUnavailable, installHint())
	}
	if noDisplay() {
		return fmt.Errorf("%w：没有图形界面的剪贴板（未设置 DISPLAY 或 WAYLAND_DISPLAY）；"+
			"通过 SSH 使用时请在支持 OSC 52 的终端里运行 huashu，或使用 --print", ErrUnavailable)
	}
	var err error
	for attempt := 0; attempt < copyAttempts; attempt++ {
		if attempt > 0 {
			time.Sleep(copyRetryPause)
		}
		if err = clipboard.WriteAll(text); err == nil {
			return nil
		}
	}
	// The tool's own words (English, its name) are for huashu doctor, not the
	// agent's status line.
	return fmt.Errorf("%w：系统剪贴板复制失败（huashu doctor 查看剪贴板设置），可改用 --print", ErrUnavailable)
}

// copyAttempts and copyRetryPause: a clipboard tool fails now and then on a
// busy machine (an X server slow to answer xclip); one more try a moment
// later keeps the copy on the system clipboard instead of sending it through
// the terminal (经终端复制), which not every terminal honours. A clipboard
// that is really gone costs the agent 0.1 s more before the fallback.
const (
	copyAttempts   = 2
	copyRetryPause = 100 * time.Millisecond
)

// readTimeout bounds Read: a clipboard tool that hangs (an X server that
// does not answer) must not hold the picker's form.
const readTimeout = 2 * time.Second

// MaxRead is the most Read takes from the clipboard: an order number or a
// tracking number is a few dozen bytes; a clipboard holding more (a page
// copied by mistake, a log) is refused without being read whole.
const MaxRead = 64 << 10

// What Read says when the clipboard holds no usable text, in the agents'
// words (no tool names: those are in huashu doctor).
var (
	// ErrNoText: nothing was copied, or what was copied is not text (an
	// image, a file: the tools answer with nothing, an error, or binary).
	ErrNoText = errors.New("剪贴板是空的，或者里面不是文字（图片、文件）")
	// ErrTooLarge: more than MaxRead bytes.
	ErrTooLarge = errors.New("剪贴板里的文字太多（超过 64 KiB），不像订单号")
)

// Read returns the text on the system clipboard, for the picker's
// {{剪贴板}}: at most MaxRead bytes of UTF-8 text, or ErrNoText,
// ErrTooLarge or another error in Chinese. The caller cleans the text
// before use (control characters, line breaks): it is whatever the agent
// copied last.
func Read() (string, error) {
	if clipboard.Unsupported {
		return "", fmt.Errorf("%w：%s", ErrUnavailable, installHint())
	}
	if noDisplay() {
		return "", fmt.Errorf("%w：没有图形界面的剪贴板（未设置 DISPLAY 或 WAYLAND_DISPLAY）", ErrUnavailable)
	}
	args := pasteCommand()
	if args == nil {
		return readLibrary()
	}
	data, err := readCommand(args)
	if err != nil {
		return "", err
	}
	return clipText(data)
}

// pasteCommand is the command that prints the clipboard with the tool
// SystemBackend names; nil on Windows, where the library reads it.
func pasteCommand() []string {
	switch SystemBackend() {
	case "pbcopy":
		return []string{"pbpaste"}
	case "xclip":
		return []string{"xclip", "-out", "-selection", "clipboard"}
	case "xsel":
		return []string{"xsel", "--output", "--clipboard"}
	case "wl-copy":
		return []string{"wl-paste", "--no-newline", "--type", "text"}
	case "termux-clipboard-set":
		return []string{"termux-clipboard-get"}
	}
	return nil
}

// readCommand runs a paste command for at most readTimeout and reads at
// most MaxRead bytes of its output.
func readCommand(args []string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), readTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, args[0], args[1:]...)
	cmd.WaitDelay = readTimeout
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, errors.New("读取系统剪贴板失败")
	}
	if err := cmd.Start(); err != nil {
		return nil, errors.New("读取系统剪贴板失败")
	}
	data, _ := io.ReadAll(io.LimitReader(out, MaxRead+1))
	if len(data) > MaxRead {
		cancel() // the tool may be blocked writing the rest
		_ = cmd.Wait()
		return nil, ErrTooLarge
	}
	werr := cmd.Wait()
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		return nil, fmt.Errorf("读取剪贴板超时（%d 秒没有回应）", int(readTimeout/time.Second))
	case werr != nil && len(bytes.TrimSpace(data)) == 0:
		// xclip, xsel and wl-paste fail when nothing is copied or no text
		// is on offer.
		return nil, ErrNoText
	case werr != nil:
		return nil, errors.New("读取系统剪贴板失败")
	}
	return data, nil
}

// readLibrary reads through atotto/clipboard (Windows), within readTimeout.
func readLibrary() (string, error) {
	type result struct {
		text string
		err  error
	}
	ch := make(chan result, 1)
	go func() {
		s, err := clipboard.ReadAll()
		ch <- result{s, err}
	}()
	select {
	case r := <-ch:
		if r.err != nil {
			return "", ErrNoText // Windows has no text format on the clipboard
		}
		if len(r.text) > MaxRead {
			return "", ErrTooLarge
		}
		return clipText([]byte(r.text))
	case <-time.After(readTimeout):
		return "", fmt.Errorf("读取剪贴板超时（%d 秒没有回应）", int(readTimeout/time.Second))
	}
}

// clipText is the clipboard's bytes as text: nothing but white space is no
// text, and neither is anything with a NUL byte or invalid UTF-8 (an image
// some tools hand over as it is).
func clipText(data []byte) (string, error) {
	if len(bytes.TrimSpace(data)) == 0 || bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data) {
		return "", ErrNoText
	}
	return string(data), nil
}

// SystemProblem says why the system clipboard cannot work here ("" when it
// can), for doctor.
func SystemProblem() string {
	switch {
	case SystemBackend() == "none":
		return installHint()
	case noDisplay():
		return "未设置 DISPLAY 或 WAYLAND_DISPLAY，系统剪贴板用不了；在终端里会改用 OSC 52"
	}
	return ""
}

// noDisplay reports a Unix desktop-less session, where xclip and wl-copy can
// only fail.
func noDisplay() bool {
	switch runtime.GOOS {
	case "windows", "darwin", "android":
		return false
	}
	return os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == ""
}

// Backend names the tool atotto/clipboard uses on this machine.
func (System) Backend() string { return SystemBackend() }

// SystemBackend names the system clipboard tool, or "none".
func SystemBackend() string {
	switch runtime.GOOS {
	case "windows":
		return "windows"
	case "darwin":
		return "pbcopy"
	}
	if clipboard.Unsupported {
		return "none"
	}
	for _, tool := range []string{"wl-copy", "xclip", "xsel", "termux-clipboard-set"} {
		if onPath(tool) {
			if tool == "wl-copy" && os.Getenv("WAYLAND_DISPLAY") == "" {
				continue
			}
			return tool
		}
	}
	return "none"
}

func onPath(tool string) bool {
	for _, dir := range strings.Split(os.Getenv("PATH"), string(os.PathListSeparator)) {
		if dir == "" {
			continue
		}
		if st, err := os.Stat(dir + string(os.PathSeparator) + tool); err == nil && !st.IsDir() {
			return true
		}
	}
	return false
}

func installHint() string {
	switch runtime.GOOS {
	case "linux", "freebsd", "openbsd", "netbsd":
		return "没有找到剪贴板工具：请安装 xclip 或 xsel（X11）或 wl-clipboard（Wayland），或使用 --print"
	}
	return "没有可用的剪贴板，请使用 --print"
}

// OSC52 writes the text as an OSC 52 escape sequence to the terminal, which
// puts it on the clipboard of the machine the terminal runs on (also over
// SSH). Inside tmux the sequence is wrapped so tmux passes it through.
type OSC52 struct {
	W    io.Writer // the terminal
	Tmux bool      // wrap in tmux's DCS passthrough
}

// Copy sends the escape sequence. A terminal does not acknowledge it, so a
// terminal without OSC 52 support fails silently; doctor says so.
//
// Inside tmux an application's OSC 52 is dropped by default (set-clipboard
// external; tmux 3.3+ also refuses passthrough), so the text goes through
// "tmux load-buffer -w -": tmux keeps it as its paste buffer and forwards it
// to the outer terminal's clipboard itself. Only when that fails (no tmux
// binary, tmux older than 3.2) are the raw sequences written.
func (o OSC52) Copy(text string) error {
	if o.Tmux && tmuxLoadBuffer(text) == nil {
		return nil
	}
	if o.W == nil {
		return fmt.Errorf("%w：没有终端可以代为复制", ErrUnavailable)
	}
	seq := OSC52Sequence(text, false)
	if o.Tmux {
		seq += OSC52Sequence(text, true)
	}
	_, err := io.WriteString(o.W, seq)
	return err
}

// tmuxLoadBuffer hands text to the tmux server of $TMUX.
func tmuxLoadBuffer(text string) error {
	cmd := exec.Command("tmux", "load-buffer", "-w", "-")
	cmd.Stdin = strings.NewReader(text)
	return cmd.Run()
}

// Backend is "osc52".
func (OSC52) Backend() string { return "osc52" }

// OSC52Sequence is the escape sequence that sets the clipboard to text.
func OSC52Sequence(text string, tmux bool) string {
	seq := "\x1b]52;c;" + base64.StdEncoding.EncodeToString([]byte(text)) + "\a"
	if tmux {
		// tmux passes a DCS "tmux;" payload to the outer terminal with every
		// ESC doubled.
		seq = "\x1bPtmux;" + strings.ReplaceAll(seq, "\x1b", "\x1b\x1b") + "\x1b\\"
	}
	return seq
}

// Print writes the text to W (stdout) instead of copying: for --print and
// for scripts.
type Print struct{ W io.Writer }

// Copy writes text followed by nothing: exactly the reply.
func (p Print) Copy(text string) error {
	_, err := io.WriteString(p.W, text)
	return err
}

// Backend is "stdout".
func (Print) Backend() string { return "stdout" }

// Chain tries each clipboard in order until one copies.
type Chain []Clipboard

// Copy uses the first clipboard that succeeds; the error, when all fail,
// names them all.
func (c Chain) Copy(text string) error {
	_, err := c.copyVia(text)
	return err
}

func (c Chain) copyVia(text string) (string, error) {
	var msgs []string
	for _, cb := range c {
		via, err := CopyVia(cb, text)
		if err == nil {
			return via, nil
		}
		msgs = append(msgs, err.Error())
	}
	if len(msgs) == 0 {
		return "", fmt.Errorf("%w：%s", ErrUnavailable, installHint())
	}
	return "", errors.New(strings.Join(msgs, "；"))
}

// CopyVia copies text and names the backend that took it: for a Chain, the
// first member that succeeded (the picker says 经终端复制 when that was
// OSC 52, which no terminal acknowledges).
func CopyVia(cb Clipboard, text string) (string, error) {
	if c, ok := cb.(Chain); ok {
		return c.copyVia(text)
	}
	if err := cb.Copy(text); err != nil {
		return "", err
	}
	return cb.Backend(), nil
}

// Backend is the first backend of the chain that is usable, "a+b" style.
func (c Chain) Backend() string {
	var names []string
	for _, cb := range c {
		if b := cb.Backend(); b != "none" {
			names = append(names, b)
		}
	}
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, "→")
}

// Terminal is what the OSC 52 fallback writes to.
type Terminal struct {
	W      io.Writer // nil when there is no terminal
	InTmux bool
}

// New builds the clipboard for a mode. out is where --print and mode print
// write; term is the terminal for OSC 52 (W nil when there is none).
func New(mode string, out io.Writer, term Terminal) (Clipboard, error) {
	osc := OSC52{W: term.W, Tmux: term.InTmux}
	switch mode {
	case "", ModeAuto:
		var chain Chain
		if SystemBackend() != "none" {
			chain = append(chain, System{})
		}
		if term.W != nil {
			chain = append(chain, osc)
		}
		if len(chain) == 0 {
			return unavailable{}, nil
		}
		return chain, nil
	case ModeSystem:
		return System{}, nil
	case ModeOSC52:
		return osc, nil
	case ModePrint:
		return Print{W: out}, nil
	}
	return nil, fmt.Errorf("未知的剪贴板模式 %q（可用：auto、system、osc52 或 print）", mode)
}

// unavailable fails every copy with the install hint: no system tool and no
// terminal for OSC 52.
type unavailable struct{}

func (unavailable) Copy(string) error {
	return fmt.Errorf("%w：%s", ErrUnavailable, installHint())
}
func (unavailable) Backend() string { return "none" }
