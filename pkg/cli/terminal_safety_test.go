package cli

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/huashu-cli/huashu/internal/termsafe"
	"github.com/huashu-cli/huashu/pkg/config"
)

// hostilePack puts escape sequences (OSC 52 clipboard writes, OSC 0 window
// titles, CSI screen clears), 8-bit C1 controls, bidi overrides, zero-width
// and other invisible characters into every field a pack has: the pack
// name, description, vars, codes, titles, groups, tags, keywords, texts,
// parts, platform variants and placeholder names.
const hostilePack = `pack: "恶意\x1b]0;pwned\x07包\u202e"
description: "说明\u009b2J\u2066"
vars:
  "店\x1b[31m铺": "小\u200b店"
phrases:
  - code: hy
    title: "欢迎\x1b]52;c;cHduZWQ=\x07语\u202e"
    group: "售前\x1b[2J/问候\u009d"
    tags: ["标\x1b[1m签"]
    keywords: ["huan\u200bying"]
    text: "您好\x1b]52;c;cHduZWQ=\x07，{{店\x1b[31m铺}}欢迎\u0085光临\u3164"
  - code: dh
    title: "订单\x7f号\r"
    text: "您的订单{{订单\x1b]0;t\x07号}}已收到"
  - code: fhsj
    title: "发货\u2028时间"
    parts: ["第一段\x1b[2J", "第二段\u202e反"]
    platform:
      jd: "京东\x9d0;t\x07版"
  - code: "e\x1b[2Jvil"
    title: 坏编码
    text: 坏编码的话术
`

// hostileConfig names a personal pack whose path is an escape sequence.
const hostileConfig = `personal: "/tmp/personal\x1b]0;pwned\x07.yaml"
vars:
  "变\x1b[5m量": "值\u202e"
`

// terminalSafe reports whether s could be written to a terminal as it is:
// no C0 control but newline and tab, no DEL, no C1, no bidi, zero-width or
// other invisible character (termsafe's classification).
func terminalSafe(s string) bool { return termsafe.Safe(s, termsafe.KeepNewline|termsafe.KeepTab) }

type hostileEnv struct {
	dir, packs, config string
}

func newHostileEnv(t *testing.T) hostileEnv {
	t.Helper()
	dir := t.TempDir()
	packs := filepath.Join(dir, "packs")
	name := "售前.yaml"
	if runtime.GOOS != "windows" {
		// A file name may hold an escape sequence and a newline too.
		name = "售前\x1b]0;pwned\x07\n\u202e.yaml"
	}
	lintWriteFile(t, filepath.Join(packs, name), hostilePack)
	if runtime.GOOS != "windows" {
		// A refused link whose own name is hostile: its problem names it.
		if err := os.Symlink("/dev/zero", filepath.Join(packs, "零\x1b[2J.yaml")); err != nil {
			t.Fatal(err)
		}
	}
	cfg := filepath.Join(dir, "config.yaml")
	lintWriteFile(t, cfg, hostileConfig)
	return hostileEnv{dir: dir, packs: packs, config: cfg}
}

// runTTY runs huashu with stdout "a terminal" (OutTTY) or not, against a
// temporary home with the hostile config.
func (h hostileEnv) run(t *testing.T, tty bool, args ...string) result {
	t.Helper()
	ios, _, out, errOut := Test()
	ios.OutTTY, ios.InTTY = tty, false
	f := NewFactory(ios)
	f.Now = func() time.Time { return testNow }
	f.Paths = config.Paths{
		Config: h.config,
		Data:   filepath.Join(h.dir, "data"),
		State:  filepath.Join(h.dir, "state"),
		Cache:  filepath.Join(h.dir, "cache"),
	}
	done := make(chan int, 1)
	go func() { done <- Run(args, f) }()
	select {
	case code := <-done:
		return result{code, out.String(), errOut.String()}
	case <-time.After(30 * time.Second):
		t.Fatalf("huashu %q did not return", args)
		return result{}
	}
}

// TestTerminalSafety: every command and output format, fed the hostile
// pack, writes no raw control or invisible character to a terminal; the
// machine formats escape them (and still parse to the exact values).
func TestTerminalSafety(t *testing.T) {
	h := newHostileEnv(t)
	hostileCSV := filepath.Join(h.dir, "导入\x1b]0;t\x07.csv")
	if runtime.GOOS == "windows" {
		hostileCSV = filepath.Join(h.dir, "导入.csv")
	}
	lintWriteFile(t, hostileCSV, "code,title,group,text\nx\x1b]0;t\x07,标\u202e题,组\u009b,正文\x1b[2J\n")
	base := []string{"--no-embedded", "--pack", h.packs}
	human := [][]string{
		{"list"}, {"list", "--packs"}, {"list", "--groups"},
		{"search", "hy"}, {"search", "订单"}, {"search", "xyz\x1b]0;t\x07"},
		{"get", "hy", "--print"}, {"hy", "--print"}, {"get", "fhsj", "--print", "--platform", "jd"},
		{"get", "fhsj", "--print", "--part", "2"},
		{"get", "dh", "--print"}, // missing variable with a hostile name
		{"get", "hyy"},           // did you mean, with hostile titles
		{"get", "e\x1b[2Jvil"},   // an unknown hostile code
		{"doctor"},
		{"lint", h.packs}, {"lint", "--format", "github", h.packs},
		{"export", "--to", "csv", "-o", "-"},
		{"import", "--from", "csv", hostileCSV, "-o", "-"},
		{"import", "--from", "csv", hostileCSV, "-o", filepath.Join(h.dir, "out\x1b]0;t\x07.yaml")},
		{"__complete", "get", ""}, {"__complete", ""},
		{"--bogus\x1b]0;t\x07"},            // an unknown flag is echoed
		{"get", "hy", "--var", "x\x1b[2J"}, // a bad --var is echoed
		{"--pack", "/nonexistent/\x1b]52;c;cHduZWQ=\x07.yaml", "list"},
		{"pick"}, // no terminal on stdin: one line
		{"version"},
	}
	machine := map[string][]string{
		"list --json":        {"list", "--json"},
		"list --packs":       {"list", "--packs", "--json"},
		"list --groups":      {"list", "--groups", "--json"},
		"search --json":      {"search", "hy", "--json"},
		"get --json":         {"get", "hy", "--json"},
		"get --json missing": {"get", "dh", "--json"},
		"lint json":          {"lint", "--format", "json", h.packs},
		"lint sarif":         {"lint", "--format", "sarif", h.packs},
		"lint rdjson":        {"lint", "--format", "rdjson", h.packs},
		"lint junit":         {"lint", "--format", "junit", h.packs},
		"lint checkstyle":    {"lint", "--format", "checkstyle", h.packs},
	}
	shown := false // at least one output shows the hostile content as symbols
	for _, args := range human {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			r := h.run(t, true, append(append([]string{}, base...), args...)...)
			if !terminalSafe(r.stdout) {
				t.Errorf("raw control or invisible character on stdout (a terminal):\n%q", r.stdout)
			}
			if !terminalSafe(r.stderr) {
				t.Errorf("raw control or invisible character on stderr:\n%q", r.stderr)
			}
			shown = shown || strings.Contains(r.stdout+r.stderr, "␛")
		})
	}
	if !shown {
		t.Error("no output showed ␛: the hostile pack did not reach the commands")
	}
	for name, args := range machine {
		t.Run(name, func(t *testing.T) {
			// Machine formats go to pipes: no guard, they escape themselves.
			r := h.run(t, false, append(append([]string{}, base...), args...)...)
			if !terminalSafe(r.stdout) || !terminalSafe(r.stderr) {
				t.Errorf("raw control or invisible character:\nstdout %q\nstderr %q", r.stdout, r.stderr)
			}
			var v any
			if strings.HasPrefix(r.stdout, "<?xml") {
				err := xml.Unmarshal([]byte(r.stdout), new(struct{}))
				if err != nil {
					t.Errorf("not XML: %v\n%s", err, r.stdout)
				}
			} else if err := json.Unmarshal([]byte(r.stdout), &v); err != nil {
				t.Errorf("not JSON: %v\n%s", err, r.stdout)
			}
		})
	}
}

// TestMachineFormatsKeepExactValues: escaping in JSON is lossless: the
// title reads back with its escape sequence, byte for byte.
func TestMachineFormatsKeepExactValues(t *testing.T) {
	h := newHostileEnv(t)
	r := h.run(t, false, "--no-embedded", "--pack", h.packs, "get", "hy", "--json")
	var got PhraseJSON
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatal(err, r.stdout)
	}
	if want := "欢迎\x1b]52;c;cHduZWQ=\x07语\u202e"; got.Title != want {
		t.Errorf("title = %q, want %q", got.Title, want)
	}
	if !strings.Contains(r.stdout, `"title": "欢迎\u001b]52;c;cHduZWQ=\u0007语\u202e"`) {
		t.Errorf("title not escaped as expected:\n%s", r.stdout)
	}
}

// TestPipedOutputStaysExact: get --print to a pipe is the reply byte for
// byte (a script may want exactly what the pack says); only a terminal gets
// symbols.
func TestPipedOutputStaysExact(t *testing.T) {
	h := newHostileEnv(t)
	r := h.run(t, false, "--no-embedded", "--pack", h.packs, "get", "fhsj", "--print", "--part", "1")
	if r.stdout != "第一段\x1b[2J\n" {
		t.Errorf("piped stdout = %q", r.stdout)
	}
	r = h.run(t, true, "--no-embedded", "--pack", h.packs, "get", "fhsj", "--print", "--part", "1")
	if r.stdout != "第一段␛[2J\n" {
		t.Errorf("terminal stdout = %q", r.stdout)
	}
}
