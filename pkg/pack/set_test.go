package pack

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

func packYAML(name string, codes ...string) string {
	var b strings.Builder
	b.WriteString("pack: " + name + "\nphrases:\n")
	for _, c := range codes {
		b.WriteString("  - code: " + c + "\n    title: " + name + "的" + c + "\n    text: 来自" + name + "\n")
	}
	return b.String()
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

type codePack struct{ Code, Pack string }

func codesOf(phs []*phrase.Phrase) []codePack {
	out := []codePack{}
	for _, ph := range phs {
		out = append(out, codePack{ph.Code, ph.Pack})
	}
	return out
}

// TestLoadLayers: embedded → team → --pack → personal. A higher layer
// overrides (recorded), the same code twice in one layer is a conflict with
// both kept, and a broken file never stops the others.
func TestLoadLayers(t *testing.T) {
	embedded := fstest.MapFS{
		"phrases/a.yaml":         {Data: []byte(packYAML("内置", "hy", "tk", "jsy"))},
		"phrases/b.yml":          {Data: []byte(packYAML("内置二", "fh"))},
		"phrases/broken.yaml":    {Data: []byte("pack: 坏\nphrases:\n  - code: x\n\ttitle: y\n")},
		"phrases/.hidden/x.yaml": {Data: []byte(packYAML("隐藏", "hidden"))},
		"phrases/phrases.go":     {Data: []byte("package phrases")},
	}
	dir := t.TempDir()
	team := filepath.Join(dir, "team")
	writeFile(t, filepath.Join(team, "t1.yaml"), packYAML("团队一", "hy", "dup"))
	writeFile(t, filepath.Join(team, "sub", "t2.yaml"), packYAML("团队二", "dup")+
		"  - code: bad\n    titel: 坏\n    text: 坏\n")
	writeFile(t, filepath.Join(team, ".git", "config.yaml"), "not: a pack")
	writeFile(t, filepath.Join(team, "gbk.yaml"), "pack: \xb2\xe2\xca\xd4\nphrases: []\n")
	flagFile := filepath.Join(dir, "flag.yaml")
	writeFile(t, flagFile, packYAML("命令行", "tk"))
	personal := filepath.Join(dir, "me.yaml")
	writeFile(t, personal, packYAML("个人", "hy", "zj"))

	set := Load([]Source{
		{Name: "embedded", Layer: phrase.LayerEmbedded, Path: "phrases", FS: embedded},
		{Name: "team", Layer: phrase.LayerTeam, Path: team},
		{Name: "missing", Layer: phrase.LayerTeam, Path: filepath.Join(dir, "nope")},
		{Name: flagFile, Layer: phrase.LayerFlag, Path: flagFile},
		{Name: "personal", Layer: phrase.LayerPersonal, Path: personal},
	})

	wantPhrases := []codePack{
		{"jsy", "内置"}, {"fh", "内置二"},
		{"dup", "团队二"}, {"dup", "团队一"}, // files in lexical path order: sub/t2.yaml < t1.yaml
		{"tk", "命令行"},
		{"hy", "个人"}, {"zj", "个人"},
	}
	if got := codesOf(set.Phrases); !reflect.DeepEqual(got, wantPhrases) {
		t.Errorf("phrases:\n got %v\nwant %v", got, wantPhrases)
	}
	type ov struct{ Code, Winner, Hidden string }
	var overrides []ov
	for _, o := range set.Overrides {
		overrides = append(overrides, ov{o.Code, o.Winner.Pack, o.Hidden.Pack})
	}
	wantOv := []ov{{"hy", "团队一", "内置"}, {"tk", "命令行", "内置"}, {"hy", "个人", "团队一"}}
	if !reflect.DeepEqual(overrides, wantOv) {
		t.Errorf("overrides:\n got %v\nwant %v", overrides, wantOv)
	}
	if len(set.Conflicts) != 1 || set.Conflicts[0].Code != "dup" ||
		!reflect.DeepEqual(codesOf(set.Conflicts[0].Phrases), []codePack{{"dup", "团队二"}, {"dup", "团队一"}}) {
		t.Errorf("conflicts: %+v", set.Conflicts)
	}
	if got := set.Lookup("dup"); len(got) != 2 {
		t.Errorf("Lookup(dup) = %d phrases, want both", len(got))
	}
	for _, ph := range set.Phrases {
		want := map[string]phrase.Layer{"内置": 0, "内置二": 0, "团队一": 1, "团队二": 1, "命令行": 2, "个人": 3}[ph.Pack]
		if ph.Layer != want {
			t.Errorf("%s/%s layer %v, want %v", ph.Pack, ph.Code, ph.Layer, want)
		}
	}
	// Problems: the broken embedded file, the bad phrase (its pack still
	// loads), the GBK file and the missing source; nothing from .git or
	// .hidden.
	problems := set.Problems.String()
	for _, want := range []string{
		"phrases/broken.yaml:4:1: YAML 语法错误",
		filepath.Join(team, "sub", "t2.yaml") + ":7:5: 未知字段 \"titel\"",
		filepath.Join(team, "gbk.yaml") + ":1:7: 文件是 GBK/GB18030 编码",
		filepath.Join(dir, "nope") + ": 文件不存在",
	} {
		if !strings.Contains(problems, want) {
			t.Errorf("problems lack %q:\n%s", want, problems)
		}
	}
	if strings.Contains(problems, ".git") || strings.Contains(problems, "hidden") {
		t.Errorf("hidden entries were loaded:\n%s", problems)
	}
	if n := len(set.Packs); n != 6 {
		t.Errorf("%d packs loaded, want 6", n)
	}
	if set.PackByName("团队二") == nil || set.PackByName("坏") != nil {
		t.Error("PackByName")
	}
}

// TestLoadWithParser: LoadWith hands every file to the given parser once.
func TestLoadWithParser(t *testing.T) {
	fsys := fstest.MapFS{
		"a.yaml": {Data: []byte(packYAML("甲", "a"))},
		"b.yaml": {Data: []byte(packYAML("乙", "b"))},
	}
	var seen []string
	set := LoadWith([]Source{{Name: "embedded", FS: fsys}}, func(file string, data []byte) (*phrase.Pack, ErrorList) {
		seen = append(seen, file)
		return Parse(file, data)
	})
	if !reflect.DeepEqual(seen, []string{"a.yaml", "b.yaml"}) || len(set.Phrases) != 2 {
		t.Errorf("seen %v, phrases %d", seen, len(set.Phrases))
	}
}

// TestReadFileErrors: a missing file and one over the size limit (checked
// before reading) are one-line errors.
func TestReadFileErrors(t *testing.T) {
	dir := t.TempDir()
	if _, errs := ReadFile(filepath.Join(dir, "none.yaml")); len(errs) != 1 || !strings.Contains(errs[0].Msg, "文件不存在") {
		t.Errorf("missing file: %v", errs)
	}
	big := filepath.Join(dir, "big.yaml")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(MaxFileSize + 1); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	if _, errs := ReadFile(big); len(errs) != 1 || errs[0].Rule != RuleLimit {
		t.Errorf("big file: %v", errs)
	}
}
