package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestAddSourceCreatesFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "huashu", "config.yaml")
	if err := AddSource(file, SourceConfig{Name: "团队", URL: "file:///srv/packs.git"}); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(file)
	want := "sources:\n  - name: 团队\n    url: file:///srv/packs.git\n"
	if string(got) != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
	c, err := Load(file)
	if err != nil || len(c.Sources) != 1 || c.Sources[0].Name != "团队" {
		t.Fatalf("Load = %+v, %v", c, err)
	}
}

func TestAddAndRemoveSourceKeepComments(t *testing.T) {
	file := filepath.Join(t.TempDir(), "config.yaml")
	orig := `# 我的配置
platform: tmall # 千牛
sources:
  # 售前组
  - name: presale
    url: https://git.example.com/presale.git
vars:
  店铺: 示例旗舰店
`
	if err := os.WriteFile(file, []byte(orig), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := AddSource(file, SourceConfig{Name: "local", Path: "/srv/packs"}); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(file)
	want := `# 我的配置
platform: tmall # 千牛
sources:
  # 售前组
  - name: presale
    url: https://git.example.com/presale.git
  - name: local
    path: /srv/packs
vars:
  店铺: 示例旗舰店
`
	if string(got) != want {
		t.Fatalf("after add got\n%s\nwant\n%s", got, want)
	}
	if err := AddSource(file, SourceConfig{Name: "local", Path: "/x"}); err == nil || !strings.Contains(err.Error(), "：已经有名为 \"local\" 的话术源") {
		t.Fatalf("duplicate add: %v", err)
	}
	found, err := RemoveSource(file, "presale")
	if err != nil || !found {
		t.Fatalf("remove: %v %v", found, err)
	}
	got, _ = os.ReadFile(file)
	if strings.Contains(string(got), "presale") || !strings.Contains(string(got), "# 我的配置") ||
		!strings.Contains(string(got), "platform: tmall # 千牛") || !strings.Contains(string(got), "店铺: 示例旗舰店") {
		t.Fatalf("after remove:\n%s", got)
	}
	found, err = RemoveSource(file, "nope")
	if err != nil || found {
		t.Fatalf("remove missing: %v %v", found, err)
	}
	st, _ := os.Stat(file)
	if st.Mode().Perm() != 0o600 {
		t.Errorf("mode changed to %v", st.Mode().Perm())
	}
}

func TestEditSourcesEmptyForms(t *testing.T) {
	for _, orig := range []string{"", "sources:\n", "sources: []\n", "platform: jd\n"} {
		file := filepath.Join(t.TempDir(), "config.yaml")
		if err := os.WriteFile(file, []byte(orig), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := AddSource(file, SourceConfig{Name: "a", URL: "https://x/a.git"}); err != nil {
			t.Fatalf("%q: %v", orig, err)
		}
		c, err := Load(file)
		if err != nil || len(c.Sources) != 1 {
			t.Fatalf("%q: %+v %v", orig, c, err)
		}
		if _, err := RemoveSource(file, "a"); err != nil {
			t.Fatal(err)
		}
		got, _ := os.ReadFile(file)
		if !strings.Contains(string(got), "sources: []") {
			t.Errorf("%q: after remove\n%s", orig, got)
		}
	}
}

func TestEditSourcesRefusesBrokenConfig(t *testing.T) {
	file := filepath.Join(t.TempDir(), "config.yaml")
	orig := "platform: [\n"
	if err := os.WriteFile(file, []byte(orig), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := AddSource(file, SourceConfig{Name: "a", URL: "u"}); err == nil {
		t.Fatal("want an error")
	}
	got, _ := os.ReadFile(file)
	if string(got) != orig {
		t.Fatalf("file changed: %q", got)
	}
	if err := os.WriteFile(file, []byte("sources: 3\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := AddSource(file, SourceConfig{Name: "a", URL: "u"}); err == nil || !strings.HasSuffix(err.Error(), ":1:10: sources 应该是列表") {
		t.Fatalf("got %v", err)
	}
}
