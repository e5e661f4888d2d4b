package config

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func env(m map[string]string) Env { return func(k string) string { return m[k] } }

func TestDefaultPathsXDG(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("XDG layout is for Linux and macOS")
	}
	got := DefaultPaths(env(map[string]string{"HOME": "/home/xm"}))
	want := Paths{
		Config: "/home/xm/.config/huashu/config.yaml",
		Data:   "/home/xm/.local/share/huashu",
		State:  "/home/xm/.local/state/huashu",
		Cache:  "/home/xm/.cache/huashu",
	}
	if got != want {
		t.Errorf("defaults:\n got %+v\nwant %+v", got, want)
	}
	got = DefaultPaths(env(map[string]string{
		"HOME": "/home/xm", "XDG_CONFIG_HOME": "/c", "XDG_DATA_HOME": "/d", "XDG_STATE_HOME": "/s",
		"XDG_CACHE_HOME": "relative/ignored", "HUASHU_CONFIG": "/etc/huashu.yaml",
	}))
	want = Paths{Config: "/etc/huashu.yaml", Data: "/d/huashu", State: "/s/huashu", Cache: "/home/xm/.cache/huashu"}
	if got != want {
		t.Errorf("XDG + HUASHU_CONFIG:\n got %+v\nwant %+v", got, want)
	}
}

func TestLoadMissingIsEmpty(t *testing.T) {
	c, err := Load(filepath.Join(t.TempDir(), "nope.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Exists || !c.EmbeddedEnabled() || c.ClipboardMode() != ClipboardAuto {
		t.Errorf("missing config: %+v", c)
	}
}

func TestLoad(t *testing.T) {
	file := filepath.Join(t.TempDir(), "config.yaml")
	write := func(s string) {
		if err := os.WriteFile(file, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("platform: pdd\nembedded: false\nclipboard: osc52\nvars:\n  店铺: 小熊童装\nsources:\n  - name: team\n    url: file:///srv/packs.git\n")
	c, err := Load(file)
	if err != nil {
		t.Fatal(err)
	}
	if c.Platform != "pdd" || c.EmbeddedEnabled() || c.ClipboardMode() != "osc52" || c.Vars["店铺"] != "小熊童装" ||
		len(c.Sources) != 1 || c.Sources[0].URL != "file:///srv/packs.git" || !c.Exists {
		t.Errorf("loaded %+v", c)
	}

	bad := []struct{ yaml, err string }{
		{"platform: taobao\n", file + `: platform: unknown platform "taobao" (want jd, tmall or pdd)`},
		{"clipboard: xclip\n", file + `: clipboard: unknown mode "xclip" (want auto, system, osc52 or print)`},
		{"platfrom: jd\n", file + ":1: field platfrom not found in type config.Config"}, //nolint:misspell // the typo is the test
		{"vars: [a, b]\n", file + ":1: cannot unmarshal !!seq into map[string]string"},
		{"sources:\n  - url: x\n", file + ": sources[0]: name is required"},
		{"sources:\n  - name: a\n    url: x\n  - name: a\n    path: y\n", file + `: sources[1]: name "a" is used twice`},
		{"sources:\n  - name: a\n", file + ": sources[0] (a): needs url or path"},
		{"platform: [\n", file + ":1: did not find expected node content"},
	}
	for _, tt := range bad {
		write(tt.yaml)
		_, err := Load(file)
		if err == nil || err.Error() != tt.err {
			t.Errorf("%q:\n got %v\nwant %s", tt.yaml, err, tt.err)
		}
	}
}
