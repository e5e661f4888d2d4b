package pack

import (
	"path/filepath"
	"testing"

	"github.com/huashu-cli/huashu/pkg/phrase"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

func TestLooksLikePack(t *testing.T) {
	utf16 := func(s string) string {
		b, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	gbk, err := simplifiedchinese.GBK.NewEncoder().String("pack: 售后\nphrases:\n  - code: tk\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		data string
		want bool
	}{
		{"pack", "pack: 售后\nphrases: []\n", true},
		{"phrases first, after comments and a document marker", "# yaml-language-server: $schema=x\n---\nphrases:\n  - code: hy\n", true},
		{"CRLF and a BOM", "\xEF\xBB\xBFpack: 售后\r\nphrases: []\r\n", true},
		{"quoted key", "\"pack\": 售后\n", true},
		{"single-quoted key", "'phrases': []\n", true},
		{"broken further down", "pack: x\nphrases:\n  - code: [\n", true},
		{"typo in one key, the other right", "pak: x\nphrases: []\n", true},
		{"indented document", "  pack: x\n  phrases: []\n", true},
		{"flow mapping", "{pack: x, phrases: []}\n", true},
		{"GBK pack", gbk, true},
		{"UTF-16 pack", utf16("pack: 售后\nphrases: []\n"), true},
		{"mkdocs.yml", "site_name: 团队话术\nnav:\n  - 首页: index.md\n", false},
		{"GitHub workflow", "name: ci\non: [push]\njobs:\n  lint:\n    runs-on: ubuntu-latest\n", false},
		{"docker compose with a nested pack key", "services:\n  web:\n    pack: x\n    phrases: y\n", false},
		{"a key that starts with pack", "packages: [a]\nphrases_old: 1\n", false},
		{"a value mentioning pack", "name: \"pack: x\"\n", false},
		{"a list document", "- pack: x\n", false},
		{"empty", "", false},
		{"only comments", "# pack: x\n", false},
		{"a URL key", "http://example.com: x\n", false},
		{"flow mapping without the keys", "{a: 1}\n", false},
		{"broken flow mapping", "{pack: [\n", false},
	} {
		if got := LooksLikePack([]byte(c.data)); got != c.want {
			t.Errorf("%s: LooksLikePack = %v, want %v", c.name, got, c.want)
		}
	}
}

func FuzzLooksLikePack(f *testing.F) {
	for _, s := range []string{"pack: x\n", "{pack: x}", "\"pack\"", "'", "a:b\n  pack: c", "\xFF\xFEp\x00"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		LooksLikePack(data) // must not panic
	})
}

// A team checkout with an mkdocs.yml loads its packs without a warning about
// the mkdocs file; the same file given on its own is read (and fails) as a
// pack.
func TestLoadSkipsYAMLThatIsNotAPack(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "mkdocs.yml"), "site_name: 团队话术\n")
	writeFile(t, filepath.Join(dir, "packs", "a.yaml"), packYAML("售后", "tk"))
	s := Load([]Source{{Name: "team", Layer: phrase.LayerTeam, Path: dir}})
	if len(s.Problems) != 0 || len(s.Phrases) != 1 {
		t.Errorf("problems %v, phrases %d", s.Problems, len(s.Phrases))
	}
	s = Load([]Source{{Name: "flag", Layer: phrase.LayerFlag, Path: filepath.Join(dir, "mkdocs.yml")}})
	if len(s.Problems) == 0 {
		t.Error("mkdocs.yml named on its own loaded without a problem")
	}
}
