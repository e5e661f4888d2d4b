package cli

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/huashu-cli/huashu/pkg/config"
	"github.com/huashu-cli/huashu/pkg/phrase"
	"github.com/huashu-cli/huashu/pkg/render"
)

func TestPickNeedsTerminal(t *testing.T) {
	want := "huashu: 选择器需要终端；脚本里请用 huashu get 编码 或 huashu search 关键词\n"
	for _, args := range [][]string{
		{"--no-embedded", "--pack", shop},
		{"pick", "--once", "--no-embedded", "--pack", shop},
		{"-q", "hy", "--print"},
	} {
		runCLI(t, args...).check(t, ExitUsage, "", want)
	}
}

func pickFactory(t *testing.T, configYAML string, packs ...string) *Factory {
	t.Helper()
	io, _, _, _ := Test()
	dir := t.TempDir()
	f := NewFactory(io)
	f.Now = func() time.Time { return testNow }
	f.Paths = config.Paths{
		Config: filepath.Join(dir, "config.yaml"),
		Data:   filepath.Join(dir, "data"),
		State:  filepath.Join(dir, "state"),
		Cache:  filepath.Join(dir, "cache"),
	}
	if configYAML != "" {
		if err := os.WriteFile(f.Paths.Config, []byte(configYAML), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	f.Global.NoEmbedded = true
	f.Global.PackPaths = packs
	return f
}

func TestPickerOptions(t *testing.T) {
	dir := t.TempDir()
	dup := filepath.Join(dir, "dup.yaml")
	bad := filepath.Join(dir, "bad.yaml")
	for file, data := range map[string]string{
		dup: "pack: 重复\nphrases:\n  - code: hy\n    title: 另一个欢迎语\n    text: 你好\n",
		bad: "pack: 坏\nphrases: [\n",
	} {
		if err := os.WriteFile(file, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	f := pickFactory(t, "", shop, dup, bad)
	po := newPickOptions(f)
	po.Query, po.PlatformArg, po.Group, po.Once = "hy", "jd", "售前", true
	o, err := pickerOptions(po, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if o.Query != "hy" || o.Platform != phrase.JD || o.Group != "售前" || !o.Once || o.Print {
		t.Errorf("flags not passed: %+v", o)
	}
	if o.Copy == nil || o.Backend == "" || o.Record == nil {
		t.Errorf("clipboard or history not wired: backend %q", o.Backend)
	}
	byCode := map[string]*phrase.Phrase{}
	for _, ph := range catalogPhrases(o.Catalog) {
		byCode[ph.Code] = ph
	}
	rend := func(ph *phrase.Phrase, vars map[string]string) ([]string, []string) {
		v := o.Values(ph)
		v.Vars = vars
		r := render.Phrase(ph, phrase.JD, v)
		return r.Messages, r.Missing
	}
	msgs, missing := rend(byCode["fq"], nil)
	if len(msgs) != 1 || !strings.Contains(msgs[0], "白条") || len(missing) != 0 {
		t.Errorf("jd variant: %q missing %v", msgs, missing)
	}
	msgs, missing = rend(byCode["dh"], nil)
	if strings.Join(missing, ",") != "订单号" || strings.Contains(msgs[0], "{{明天}}") {
		t.Errorf("dh: %q missing %v, want 订单号 asked and 明天 filled", msgs, missing)
	}
	msgs, missing = rend(byCode["dh"], map[string]string{"订单号": "123"})
	if len(missing) != 0 || !strings.HasPrefix(msgs[0], "您的订单123已收到") {
		t.Errorf("dh with the form's value: %q missing %v", msgs, missing)
	}
	warnings := strings.Join(o.Warnings, "\n")
	if !strings.Contains(warnings, `编码 "hy" 在同一层出现 2 次`) || !strings.Contains(warnings, "bad.yaml") {
		t.Errorf("warnings lack the conflict or the bad pack:\n%s", warnings)
	}
	for _, w := range o.Warnings {
		if strings.Contains(w, "\n") {
			t.Errorf("warning spans lines: %q", w)
		}
	}
}

func TestPickerOptionsPrint(t *testing.T) {
	// --print and clipboard: print in the config both choose print mode:
	// nothing may be written to stdout while the picker draws there.
	for _, c := range []struct {
		config string
		flag   bool
	}{{"", true}, {"clipboard: print\n", false}} {
		f := pickFactory(t, c.config, shop)
		po := newPickOptions(f)
		po.Print = c.flag
		o, err := pickerOptions(po, io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		if !o.Print || o.Copy != nil {
			t.Errorf("config %q flag %v: Print=%v Copy set=%v", c.config, c.flag, o.Print, o.Copy != nil)
		}
	}
}

func TestPickBadPlatformIsUsage(t *testing.T) {
	f := pickFactory(t, "", shop)
	po := newPickOptions(f)
	po.PlatformArg = "taobao"
	if _, err := pickerOptions(po, io.Discard); ExitCode(err) != ExitUsage {
		t.Errorf("err = %v, want a usage error", err)
	}
}
