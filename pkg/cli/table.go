package cli

import (
	"io"
	"strings"

	"github.com/huashu-cli/huashu/pkg/termwidth"
)

// table aligns columns by display width, so Chinese text (two cells a
// character) lines up; text/tabwriter counts runes and breaks CJK columns.
// Widths are the picker's (termwidth), whatever the locale.
type table struct {
	rows [][]string
}

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

// write prints the rows with two spaces between columns and no trailing
// spaces.
func (t *table) write(w io.Writer) error {
	var widths []int
	for _, r := range t.rows {
		for i, c := range r {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], termwidth.String(c))
		}
	}
	var b strings.Builder
	for _, r := range t.rows {
		for i, c := range r {
			b.WriteString(c)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-termwidth.String(c)+2))
			}
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}
