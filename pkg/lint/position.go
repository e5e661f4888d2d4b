package lint

import (
	"unicode/utf8"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

// srcFile is a pack file's bytes with an index of where lines start.
type srcFile struct {
	name  string
	data  []byte
	lines []int // byte offset of each line start
}

func newSrcFile(name string, data []byte) *srcFile {
	f := &srcFile{name: name, data: data, lines: []int{0}}
	for i, b := range data {
		if b == '\n' {
			f.lines = append(f.lines, i+1)
		}
	}
	return f
}

// offset returns the byte offset of a 1-based line and rune column, or -1.
func (f *srcFile) offset(line, col int) int {
	if line < 1 || line > len(f.lines) || col < 1 {
		return -1
	}
	off := f.lines[line-1]
	for c := 1; c < col && off < len(f.data) && f.data[off] != '\n'; c++ {
		_, sz := utf8.DecodeRune(f.data[off:])
		off += sz
	}
	return off
}

// srcPos is where one rune of a decoded scalar value sits in the file.
type srcPos struct {
	line, col int
	off, size int  // bytes in the file
	literal   bool // the rune is written as itself (not an escape or a fold)
}

// scalarMap aligns the runes of a decoded scalar value with the file, starting
// at the value's Loc. It walks the source and the value together: a rune that
// is written as itself maps to itself; indentation, the block header and
// line folding are skipped; an escape in a double-quoted string (\n, \u200b)
// maps to its backslash; ” in a single-quoted string to its first quote. When
// the two disagree in a way it does not understand, the remaining runes map to
// where it stopped, so a position is never outside the value's start.
func scalarMap(f *srcFile, loc phrase.Loc, value string) []srcPos {
	out := make([]srcPos, 0, len(value))
	off := f.offset(loc.Line, loc.Column)
	line, col := loc.Line, loc.Column
	if off < 0 {
		for range value {
			out = append(out, srcPos{line: loc.Line, col: loc.Column, off: -1})
		}
		return out
	}
	data := f.data
	adv := func() {
		r, sz := utf8.DecodeRune(data[off:])
		off += sz
		if r == '\n' {
			line++
			col = 1
		} else {
			col++
		}
	}
	switch loc.Style {
	case phrase.StyleSingleQuoted:
		if off < len(data) && data[off] == '\'' {
			adv()
		}
	case phrase.StyleDoubleQuoted:
		if off < len(data) && data[off] == '"' {
			adv()
		}
	case phrase.StyleLiteral, phrase.StyleFolded:
		if off < len(data) && (data[off] == '|' || data[off] == '>') {
			for off < len(data) && data[off] != '\n' {
				adv()
			}
			if off < len(data) {
				adv()
			}
		}
	}
	broken := false
	for _, v := range value {
		if broken || off >= len(data) {
			out = append(out, srcPos{line: line, col: col, off: -1})
			continue
		}
		for {
			if off >= len(data) {
				out = append(out, srcPos{line: line, col: col, off: -1})
				break
			}
			c, sz := utf8.DecodeRune(data[off:])
			if loc.Style == phrase.StyleDoubleQuoted && c == '\\' && off+1 < len(data) {
				n := data[off+1]
				if n == '\n' || n == '\r' { // escaped line break: not in the value
					adv()
					adv()
					continue
				}
				l := 2
				switch n {
				case 'x':
					l = 4
				case 'u':
					l = 6
				case 'U':
					l = 10
				}
				p := srcPos{line: line, col: col, off: off, size: l}
				for i := 0; i < l && off < len(data); i++ {
					adv()
				}
				out = append(out, p)
				break
			}
			if loc.Style == phrase.StyleSingleQuoted && c == '\'' && v == '\'' && off+1 < len(data) && data[off+1] == '\'' {
				out = append(out, srcPos{line: line, col: col, off: off, size: 2})
				adv()
				adv()
				break
			}
			if c == v {
				out = append(out, srcPos{line: line, col: col, off: off, size: sz, literal: true})
				adv()
				break
			}
			if v == ' ' && c == '\n' { // a line fold
				out = append(out, srcPos{line: line, col: col, off: off, size: sz})
				adv()
				break
			}
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
				adv()
				continue
			}
			broken = true
			out = append(out, srcPos{line: line, col: col, off: -1})
			break
		}
	}
	return out
}
