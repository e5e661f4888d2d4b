package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/huashu-cli/huashu/pkg/termwidth"
)

// Under a Chinese locale, "huashu list" must measure “ ” … the way the
// picker does (one cell), or its columns drift by a cell per quote mark
// against the picker's (go-runewidth counted them as two under zh_CN).
func TestListMeasuresLikeThePickerUnderZhCN(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "huashu")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	pack := filepath.Join(dir, "p.yaml")
	if err := os.WriteFile(pack, []byte(`pack: 引号
phrases:
  - code: yh
    title: “七天无理由”说明…
    group: 售后
    text: 支持七天无理由退货。
  - code: fh
    title: 发货
    group: 售中
    text: 付款后48小时内发货。
`), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "list", "--no-embedded", "--pack", pack)
	cmd.Env = append(os.Environ(), "LANG=zh_CN.UTF-8", "LC_ALL=zh_CN.UTF-8", "LC_CTYPE=zh_CN.UTF-8",
		"XDG_CONFIG_HOME="+dir, "XDG_DATA_HOME="+dir, "XDG_STATE_HOME="+dir, "XDG_CACHE_HOME="+dir,
		"HUASHU_CONFIG="+filepath.Join(dir, "none.yaml"))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("huashu list: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != 2 {
		t.Fatalf("list printed %q", out)
	}
	// The group column starts at the same cell on both rows.
	col := func(line, field string) int {
		before, _, ok := strings.Cut(line, field)
		if !ok {
			t.Fatalf("%q not in %q", field, line)
		}
		return termwidth.String(before)
	}
	if a, b := col(lines[0], "售后"), col(lines[1], "售中"); a != b {
		t.Errorf("group column at cell %d and %d:\n%s", a, b, out)
	}
}
