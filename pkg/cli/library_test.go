package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/huashu-cli/huashu/pkg/config"
	"github.com/huashu-cli/huashu/pkg/phrase"
	"github.com/huashu-cli/huashu/pkg/render"
	"github.com/huashu-cli/huashu/pkg/source"
	"github.com/huashu-cli/huashu/pkg/tui"
)

// catalogPhrases decodes a picker catalog's live phrases, in its order.
func catalogPhrases(c tui.Catalog) []*phrase.Phrase {
	var out []*phrase.Phrase
	for _, id := range c.Scope(time.Now(), "", "") {
		out = append(out, c.Phrase(int(id)))
	}
	return out
}

func byCode(lib *tui.Library, code string) *phrase.Phrase {
	for _, ph := range catalogPhrases(lib.Catalog) {
		if ph.Code == code {
			return ph
		}
	}
	return nil
}

func text(lib *tui.Library, code string) string {
	ph := byCode(lib, code)
	if ph == nil {
		return "<none>"
	}
	return render.Phrase(ph, "", lib.Values(ph)).Text()
}

func TestLibraryRefresh(t *testing.T) {
	dir := t.TempDir()
	team := filepath.Join(dir, "team.yaml")
	writeTestFile(t, team, "pack: 团队\nvars:\n  店铺: 包里的店\nphrases:\n  - {code: tq, title: 退货地址, text: '寄到{{店铺}}的仓库'}\n")
	f := pickFactory(t, "vars:\n  客服名: 小美\n", team)
	lib := newLibrary(f, map[string]string{"店铺": "命令行的店"})

	first, err := lib.Refresh()
	if err != nil {
		t.Fatal(err)
	}
	if got := text(first, "tq"); got != "寄到命令行的店的仓库" {
		t.Errorf("tq = %q (--var wins over the pack's vars)", got)
	}
	if again, _ := lib.Refresh(); again.Gen != first.Gen {
		t.Errorf("nothing changed, yet reloaded (gen %d → %d)", first.Gen, again.Gen)
	}

	// "huashu add tq --force": the personal pack, created now, serves tq.
	code := Run([]string{"--no-embedded", "--pack", team, "add", "tq", "--title", "退货地址", "--text", "新地址：{{客服名}}收", "--force"}, f)
	if code != 0 {
		t.Fatalf("add exit %d", code)
	}
	next, err := lib.Refresh()
	if err != nil {
		t.Fatal(err)
	}
	if next.Gen <= first.Gen || text(next, "tq") != "新地址：小美收" {
		t.Errorf("after add --force: gen %d, tq = %q", next.Gen, text(next, "tq"))
	}

	// The config's vars change.
	writeTestFile(t, f.Paths.Config, "vars:\n  客服名: 小王\n")
	if got, _ := lib.Refresh(); text(got, "tq") != "新地址：小王收" {
		t.Errorf("after editing the config: %q", text(got, "tq"))
	}

	// A config saved half-written: the last library stays, with the error.
	writeTestFile(t, f.Paths.Config, "vars: [\n")
	got, err := lib.Refresh()
	if err == nil || !strings.Contains(err.Error(), "YAML 语法错误") || got == nil || text(got, "tq") != "新地址：小王收" {
		t.Errorf("broken config: %v, %q", err, text(got, "tq"))
	}
}

func TestLibraryGroupOrderAndWarnings(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.yaml")
	b := filepath.Join(dir, "b.yaml")
	writeTestFile(t, a, "pack: 售后\nphrases:\n  - {code: th, title: 退货, group: 售后, text: x}\n  - {code: hy, title: 重复, text: x}\n")
	writeTestFile(t, b, "pack: 售前\ngroups: [售前, 售后]\nphrases:\n  - {code: hy, title: 欢迎, group: 售前, text: x}\n")
	f := pickFactory(t, "", dir)
	lib, err := newLibrary(f, nil).Refresh()
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, ph := range catalogPhrases(lib.Catalog) {
		codes = append(codes, ph.Code+"/"+ph.Title)
	}
	if got := strings.Join(codes, " "); got != "hy/欢迎 th/退货 hy/重复" {
		t.Errorf("order %s", got)
	}
	if len(lib.Warnings) != 1 || !strings.Contains(lib.Warnings[0], `编码 "hy" 在同一层出现 2 次`) {
		t.Errorf("warnings %q", lib.Warnings)
	}
}

func writeTestFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

type fakeSources struct{ last time.Time }

func (fakeSources) Status(context.Context, config.SourceConfig) source.Info { return source.Info{} }
func (f fakeSources) LastAutoUpdate() time.Time                             { return f.last }

func TestAutoUpdateLine(t *testing.T) {
	last := time.Date(2026, 11, 11, 9, 30, 0, 0, time.Local)
	git := []config.SourceConfig{{Name: "团队", URL: "https://git.example.com/packs.git"}}
	noEnv := func(string) string { return "" }
	for _, c := range []struct {
		cfg  config.Config
		last time.Time
		env  func(string) string
		want string
	}{
		{config.Config{}, last, noEnv, ""},
		{config.Config{Sources: git}, last, noEnv, "后台自动更新：关闭（在配置里写 picker.auto_update: 6h 打开）"},
		{config.Config{Sources: git, Picker: config.PickerConfig{AutoUpdate: "6h"}}, last, noEnv, "后台自动更新：选择器启动时，每 6 小时 最多一次，上次 2026-11-11 09:30"},
		{config.Config{Sources: git, Picker: config.PickerConfig{AutoUpdate: "1d"}}, time.Time{}, func(k string) string {
			if k == "CI" {
				return "true"
			}
			return ""
		}, "后台自动更新：选择器启动时，每 1 天 最多一次（CI 中不运行）"},
		{config.Config{Sources: git, Picker: config.PickerConfig{AutoUpdate: "90m"}}, time.Time{}, noEnv, "后台自动更新：选择器启动时，每 90 分钟 最多一次"},
	} {
		if got := autoUpdateLine(&c.cfg, fakeSources{c.last}, c.env); got != c.want {
			t.Errorf("%+v:\n got %q\nwant %q", c.cfg.Picker, got, c.want)
		}
	}
}
