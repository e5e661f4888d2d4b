// Package termwidth measures text in terminal cells: the one measure the
// picker (through lipgloss, which counts with charmbracelet/x/ansi) and the
// plain tables of list, pack list and doctor share, so a column that lines
// up in one lines up in the other.
//
// East Asian "ambiguous" characters (“ ” … ·) count as one cell whatever
// the locale says, as lipgloss counts them and as Windows Terminal, macOS
// Terminal and the usual Linux terminals draw them. (go-runewidth counts
// them as two under a zh_CN locale, which is what made list and the picker
// disagree.) A legacy Windows console on code page 936 draws them two cells
// wide; docs/windows.md says what to do there.
package termwidth

import "github.com/charmbracelet/x/ansi"

// String is the number of cells s takes; escape sequences take none.
func String(s string) int { return ansi.StringWidth(s) }

// Truncate cuts s (which may carry escape sequences) to at most w cells,
// ending with tail when it cut anything.
func Truncate(s string, w int, tail string) string {
	if String(s) <= w {
		return s
	}
	return ansi.Truncate(s, max(w, 1), tail)
}
