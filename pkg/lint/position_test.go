package lint

import (
	"testing"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

// Each case: a file, where the value starts, the decoded value, and the
// expected line:col of some of its runes.
func TestScalarMap(t *testing.T) {
	for _, c := range []struct {
		name  string
		src   string
		loc   phrase.Loc
		value string
		want  map[int][2]int // rune index → line, col
	}{
		{"plain", "text: 亲，加微信\n", phrase.Loc{Line: 1, Column: 7}, "亲，加微信",
			map[int][2]int{0: {1, 7}, 2: {1, 9}, 4: {1, 11}}},
		{"plain folded over lines", "text: 亲，您好\n  加微信\n", phrase.Loc{Line: 1, Column: 7}, "亲，您好 加微信",
			map[int][2]int{4: {1, 11}, 5: {2, 3}, 7: {2, 5}}},
		{"double-quoted escapes", `text: "a\n微\u200b信"` + "\n", phrase.Loc{Line: 1, Column: 7, Style: phrase.StyleDoubleQuoted}, "a\n微\u200b信",
			map[int][2]int{0: {1, 8}, 1: {1, 9}, 2: {1, 11}, 3: {1, 12}, 4: {1, 18}}},
		{"double-quoted line continuation", "text: \"ab\\\n  cd\"\n", phrase.Loc{Line: 1, Column: 7, Style: phrase.StyleDoubleQuoted}, "abcd",
			map[int][2]int{1: {1, 9}, 2: {2, 3}}},
		{"single-quoted ''", "text: 'it''s 微信'\n", phrase.Loc{Line: 1, Column: 7, Style: phrase.StyleSingleQuoted}, "it's 微信",
			map[int][2]int{2: {1, 10}, 3: {1, 12}, 5: {1, 14}}},
		{"literal block", "text: |\n  第一行\n    缩进加微信\n", phrase.Loc{Line: 1, Column: 7, Style: phrase.StyleLiteral}, "第一行\n  缩进加微信\n",
			map[int][2]int{0: {2, 3}, 3: {2, 6}, 8: {3, 7}}},
		{"folded block", "text: >-\n  第一行\n  加微信\n", phrase.Loc{Line: 1, Column: 7, Style: phrase.StyleFolded}, "第一行 加微信",
			map[int][2]int{3: {2, 6}, 4: {3, 3}, 6: {3, 5}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := scalarMap(newSrcFile("f", []byte(c.src)), c.loc, c.value)
			if len(m) != len([]rune(c.value)) {
				t.Fatalf("%d positions for %d runes", len(m), len([]rune(c.value)))
			}
			for i, lc := range c.want {
				if m[i].line != lc[0] || m[i].col != lc[1] {
					t.Errorf("rune %d (%q): %d:%d, want %d:%d", i, string([]rune(c.value)[i]), m[i].line, m[i].col, lc[0], lc[1])
				}
			}
		})
	}
}
