// Command termshot draws a terminal screen captured with
// "tmux capture-pane -e -p" as an SVG picture, cell for cell: every
// character sits at its own column (x = column × cell width), so the picture
// lines up whatever fonts the viewer has, and Chinese characters take the
// two cells the terminal gave them (measured with termwidth, as the picker
// measures). Only SGR sequences (colours, bold, faint, italic, underline,
// reverse) are understood; that is all capture-pane -e writes.
//
//	tmux capture-pane -e -p -t huashu | go run ./internal/termshot -cols 88 -rows 22 > docs/picker.svg
//
// "task screenshot" runs the whole capture (Taskfile.yml).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"html"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/huashu-cli/huashu/pkg/termwidth"
)

func main() {
	cols := flag.Int("cols", 80, "terminal width in cells")
	rows := flag.Int("rows", 24, "terminal height in cells")
	title := flag.String("title", "huashu", "window title")
	flag.Parse()
	screen, err := parse(os.Stdin, *cols, *rows)
	if err == nil {
		err = render(os.Stdout, screen, *title)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "termshot:", err)
		os.Exit(1)
	}
}

// style is one cell's SGR state; colours are "#rrggbb" or "" for the default.
type style struct {
	fg, bg                                  string
	bold, faint, italic, underline, reverse bool
}

type cell struct {
	text  string // the grapheme; "" for the right half of a wide character
	width int
	style style
}

type screen struct {
	cols  int
	cells [][]cell // rows × cols
}

// Default colours: a dark terminal (Windows Terminal's "Campbell"-like).
const (
	defaultFG = "#cccccc"
	defaultBG = "#1e1e1e"
)

// parse reads capture-pane output into a grid of cols × rows cells.
func parse(r io.Reader, cols, rows int) (*screen, error) {
	sc := &screen{cols: cols}
	br := bufio.NewReader(r)
	for len(sc.cells) < rows {
		line, err := br.ReadString('\n')
		if err != nil && err != io.EOF {
			return nil, err
		}
		if line == "" && err != nil {
			break
		}
		sc.cells = append(sc.cells, parseLine(strings.TrimRight(line, "\r\n"), cols))
		if err != nil {
			break
		}
	}
	for len(sc.cells) < rows {
		sc.cells = append(sc.cells, parseLine("", cols))
	}
	return sc, nil
}

func parseLine(line string, cols int) []cell {
	row := make([]cell, 0, cols)
	var st style
	for i := 0; i < len(line); {
		if line[i] == 0x1b {
			n, next := escape(line[i:], st)
			st = next
			i += n
			continue
		}
		// One grapheme: a base rune plus any zero-width runes after it.
		j := i + len(firstRune(line[i:]))
		for j < len(line) && line[j] != 0x1b && termwidth.String(firstRune(line[j:])) == 0 {
			j += len(firstRune(line[j:]))
		}
		g := line[i:j]
		i = j
		w := termwidth.String(g)
		if w == 0 || len(row)+w > cols {
			continue
		}
		row = append(row, cell{text: g, width: w, style: st})
		for k := 1; k < w; k++ {
			row = append(row, cell{style: st})
		}
	}
	for len(row) < cols {
		row = append(row, cell{text: " ", width: 1, style: st})
	}
	return row
}

func firstRune(s string) string {
	for i := range s {
		if i > 0 {
			return s[:i]
		}
	}
	return s
}

// escape reads one escape sequence at the start of s and applies it when it
// is SGR; it returns how many bytes it used.
func escape(s string, st style) (int, style) {
	if len(s) < 2 || s[1] != '[' {
		return min(len(s), 2), st
	}
	end := 2
	for end < len(s) && (s[end] < 0x40 || s[end] > 0x7e) {
		end++
	}
	if end == len(s) {
		return len(s), st
	}
	if s[end] != 'm' {
		return end + 1, st
	}
	return end + 1, sgr(s[2:end], st)
}

func sgr(params string, st style) style {
	ps := strings.FieldsFunc(params, func(r rune) bool { return r == ';' || r == ':' })
	if len(ps) == 0 {
		return style{}
	}
	num := func(i int) int {
		if i >= len(ps) {
			return 0
		}
		n, _ := strconv.Atoi(ps[i])
		return n
	}
	for i := 0; i < len(ps); i++ {
		switch n := num(i); {
		case n == 0:
			st = style{}
		case n == 1:
			st.bold = true
		case n == 2:
			st.faint = true
		case n == 3:
			st.italic = true
		case n == 4:
			st.underline = true
		case n == 7:
			st.reverse = true
		case n == 22:
			st.bold, st.faint = false, false
		case n == 23:
			st.italic = false
		case n == 24:
			st.underline = false
		case n == 27:
			st.reverse = false
		case n >= 30 && n <= 37:
			st.fg = palette(n - 30)
		case n >= 90 && n <= 97:
			st.fg = palette(n - 90 + 8)
		case n >= 40 && n <= 47:
			st.bg = palette(n - 40)
		case n >= 100 && n <= 107:
			st.bg = palette(n - 100 + 8)
		case n == 39:
			st.fg = ""
		case n == 49:
			st.bg = ""
		case n == 38 || n == 48:
			var c string
			switch num(i + 1) {
			case 5:
				c = palette(num(i + 2))
				i += 2
			case 2:
				c = fmt.Sprintf("#%02x%02x%02x", num(i+2)&255, num(i+3)&255, num(i+4)&255)
				i += 4
			}
			if n == 38 {
				st.fg = c
			} else {
				st.bg = c
			}
		}
	}
	return st
}

// palette is the xterm 256-colour palette.
func palette(n int) string {
	base := []string{"#0c0c0c", "#c50f1f", "#13a10e", "#c19c00", "#0037da", "#881798", "#3a96dd", "#cccccc",
		"#767676", "#e74856", "#16c60c", "#f9f1a5", "#3b78ff", "#b4009e", "#61d6d6", "#f2f2f2"}
	switch {
	case n < 0 || n > 255:
		return ""
	case n < 16:
		return base[n]
	case n < 232:
		n -= 16
		level := func(v int) int {
			if v == 0 {
				return 0
			}
			return 55 + v*40
		}
		return fmt.Sprintf("#%02x%02x%02x", level(n/36), level(n/6%6), level(n%6))
	}
	g := 8 + (n-232)*10
	return fmt.Sprintf("#%02x%02x%02x", g, g, g)
}

// Geometry of the picture, in pixels.
const (
	cellW    = 8.4
	cellH    = 18.0
	fontSize = 14.0
	pad      = 16.0
	titleBar = 30.0
)

func render(w io.Writer, sc *screen, title string) error {
	width := float64(sc.cols)*cellW + 2*pad
	height := float64(len(sc.cells))*cellH + 2*pad + titleBar
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f" viewBox="0 0 %.0f %.0f">`+"\n", width, height, width, height)
	fmt.Fprintf(&b, `<rect width="100%%" height="100%%" rx="8" fill="%s"/>`+"\n", defaultBG)
	for i, c := range []string{"#ff5f57", "#febc2e", "#28c840"} {
		fmt.Fprintf(&b, `<circle cx="%.0f" cy="16" r="6" fill="%s"/>`+"\n", pad+float64(i)*20+6, c)
	}
	fmt.Fprintf(&b, `<text x="%.1f" y="20" fill="#888888" font-family="sans-serif" font-size="12" text-anchor="middle">%s</text>`+"\n", width/2, html.EscapeString(title))
	fmt.Fprintf(&b, `<g font-family="'Cascadia Mono','Sarasa Mono SC',Consolas,'SF Mono',Menlo,'DejaVu Sans Mono','Noto Sans Mono CJK SC','Microsoft YaHei',monospace" font-size="%.0f" xml:space="preserve">`+"\n", fontSize)
	for y, row := range sc.cells {
		top := pad + titleBar + float64(y)*cellH
		// Backgrounds: runs of one colour.
		for x := 0; x < len(row); {
			bg := colours(row[x].style).bg
			end := x + 1
			for end < len(row) && colours(row[end].style).bg == bg {
				end++
			}
			if bg != defaultBG {
				fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"/>`+"\n",
					pad+float64(x)*cellW, top, float64(end-x)*cellW, cellH, bg)
			}
			x = end
		}
		// Text: runs of one style, every character placed at its column.
		for x := 0; x < len(row); {
			st := row[x].style
			end := x + 1
			for end < len(row) && row[end].style == st {
				end++
			}
			var text strings.Builder
			for i := x; i < end; i++ {
				c := row[i]
				if c.text == "" || c.text == " " {
					continue
				}
				// Each character at its own column, whatever advance
				// the viewer's font gives it (x lists are not drawn by
				// every renderer; a tspan's x is).
				fmt.Fprintf(&text, `<tspan x="%.1f">%s</tspan>`, pad+float64(i)*cellW, html.EscapeString(c.text))
			}
			if text.Len() > 0 {
				col := colours(st)
				attrs := fmt.Sprintf(` fill="%s"`, col.fg)
				if st.bold {
					attrs += ` font-weight="bold"`
				}
				if st.faint {
					attrs += ` opacity="0.6"`
				}
				if st.italic {
					attrs += ` font-style="italic"`
				}
				if st.underline {
					attrs += ` text-decoration="underline"`
				}
				fmt.Fprintf(&b, `<text y="%.1f"%s>%s</text>`+"\n", top+cellH*0.75, attrs, text.String())
			}
			x = end
		}
	}
	b.WriteString("</g>\n</svg>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

type resolved struct{ fg, bg string }

// colours resolves defaults and reverse video.
func colours(st style) resolved {
	fg, bg := st.fg, st.bg
	if fg == "" {
		fg = defaultFG
	}
	if bg == "" {
		bg = defaultBG
	}
	if st.reverse {
		fg, bg = bg, fg
	}
	return resolved{fg, bg}
}
