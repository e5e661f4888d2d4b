package lint

import "testing"

func TestMatchGlob(t *testing.T) {
	for _, c := range []struct {
		glob, path string
		want       bool
	}{
		{"packs", "packs/a.yaml", true},
		{"packs/", "packs/sub/a.yaml", true},
		{"./packs", "packs/a.yaml", true},
		{"packs", "packs2/a.yaml", false},
		{"packs/*.yaml", "packs/a.yaml", true},
		{"packs/*.yaml", "packs/sub/a.yaml", false}, // * stays in one directory
		{"**/*.bak.yaml", "a.bak.yaml", true},
		{"**/*.bak.yaml", "packs/x/a.bak.yaml", true},
		{"packs/**/draft-*.yaml", "packs/draft-1.yaml", true},
		{"packs/**/draft-*.yaml", "packs/a/b/draft-1.yaml", true},
		{"packs/**/draft-*.yaml", "other/draft-1.yaml", false},
		{"售后/*", "售后/退款.yaml", true},
		{"?.yaml", "a.yaml", true},
		{"?.yaml", "ab.yaml", false},
	} {
		if got := matchGlob(c.glob, c.path); got != c.want {
			t.Errorf("matchGlob(%q, %q) = %v, want %v", c.glob, c.path, got, c.want)
		}
	}
}
