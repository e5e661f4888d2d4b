// Package termsafe is huashu's one answer to "is this text safe to show?".
//
// Everything huashu prints that it did not write itself — phrase titles,
// texts, codes, groups, placeholder names, pack names, file names, a git
// URL, a flag value the user typed — may hold characters that drive the
// terminal or hide from the reader:
//
//   - Control: C0 controls, DEL and C1 controls. ESC starts CSI and OSC
//     sequences (ESC ]52 writes the clipboard, ESC ]0 the window title), and
//     0x9B / 0x9D are CSI / OSC on their own in 8-bit terminals.
//   - Invisible: characters that print nothing or reorder what follows
//     them: format characters (Unicode Cf: bidi embeddings, overrides and
//     isolates, U+061C, zero-width space/joiners, U+2060–U+2064 invisible
//     operators, the soft hyphen U+00AD, the BOM, tag characters), the line
//     and paragraph separators U+2028/U+2029, the Hangul fillers (U+115F,
//     U+1160, U+3164, U+FFA0: letters that render blank), the blank Braille
//     pattern U+2800 (a symbol that renders blank, used to fake a name or a
//     reply) and private-use characters (no agreed glyph; fonts draw
//     anything there).
//
// Show maps each such rune to a visible stand-in — a Control Picture for
// C0 and DEL (ESC → ␛), ⟨U+202E⟩ for the rest — so the reader sees that
// something is there and nothing reaches the terminal raw. Invalid UTF-8
// shows as U+FFFD. The same classification is what lint's
// text/invisible-char rule flags (IsInvisible), so what the picker marks and
// what lint reports never disagree.
//
// Machine formats keep the exact value and escape instead: EscapeJSON and
// EscapeXML turn the same runes into \uXXXX and &#xXXXX; references, which
// every parser reads back to the original string.
package termsafe

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Class is what a rune is to a terminal.
type Class uint8

// The classes of Classify.
const (
	Printable Class = iota // shown as it is
	Control                // C0, DEL, C1: a terminal acts on it
	Invisible              // prints nothing or reorders text
)

// Classify says what r is to a terminal. '\n' and '\t' are Control: whether
// they may stay is the caller's choice (Keep).
func Classify(r rune) Class {
	switch {
	case r < 0x20 || r == 0x7f:
		return Control
	case r < 0x80:
		return Printable
	case r < 0xa0:
		return Control // C1
	case r == 0x115f, r == 0x1160, r == 0x3164, r == 0xffa0, // Hangul fillers
		r == 0x2800,              // the blank Braille pattern
		r == 0x034f,              // the combining grapheme joiner: default-ignorable, joins nothing visible
		r == 0x17b4, r == 0x17b5, // Khmer inherent vowels: default-ignorable
		r >= 0x180b && r <= 0x180f: // Mongolian variation selectors: default-ignorable
		return Invisible
	case unicode.In(r, unicode.Cf, unicode.Zl, unicode.Zp, unicode.Co):
		return Invisible
	}
	return Printable
}

// IsInvisible reports whether r is in the Invisible class: what lint's
// text/invisible-char rule flags in a reply.
func IsInvisible(r rune) bool { return Classify(r) == Invisible }

// Keep says which layout controls a context keeps as they are.
type Keep uint8

// What a context keeps; everything else is always replaced.
const (
	KeepNone    Keep = 0
	KeepNewline Keep = 1 << iota // multi-line text: the preview, get --print
	KeepTab                      // text written to a terminal line by line (tabs are harmless there)
)

// Show is what one rune shows as under keep.
func Show(r rune, keep Keep) string {
	switch r {
	case '\n':
		if keep&KeepNewline != 0 {
			return "\n"
		}
		return "↵"
	case '\t':
		if keep&KeepTab != 0 {
			return "\t"
		}
		return "⇥"
	case utf8.RuneError:
		return "\uFFFD"
	}
	switch Classify(r) {
	case Control:
		switch {
		case r < 0x20:
			return string(0x2400 + r) // ␀ … ␟ (␛ for ESC)
		case r == 0x7f:
			return "␡"
		}
		return codePoint(r)
	case Invisible:
		return codePoint(r)
	}
	return string(r)
}

func codePoint(r rune) string { return fmt.Sprintf("⟨U+%04X⟩", r) }

// Line is s for a one-line context (a list row, a title, a file name in a
// message): every control and invisible character visible, a newline as ↵
// and a tab as ⇥.
func Line(s string) string { return Map(s, KeepNone) }

// Block is s for multi-line output to a terminal (get --print): newlines
// and tabs stay, everything else is as in Line.
func Block(s string) string { return Map(s, KeepNewline|KeepTab) }

// Map replaces every rune of s that is not safe under keep by what Show
// gives; it returns s itself when nothing needs replacing.
func Map(s string, keep Keep) string {
	if Safe(s, keep) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		b.WriteString(Show(r, keep))
	}
	return b.String()
}

// Runes is Map one rune at a time: element i is what the i-th rune of s
// shows as, so rune positions (match highlights) still line up.
func Runes(s string, keep Keep) []string {
	out := make([]string, 0, len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		out = append(out, Show(r, keep))
	}
	return out
}

// Safe reports whether s can be shown as it is under keep. It does not
// allocate: most text is plain.
func Safe(s string, keep Keep) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				kept := c == '\n' && keep&KeepNewline != 0 || c == '\t' && keep&KeepTab != 0
				if !kept {
					return false
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 || Classify(r) != Printable {
			return false
		}
		i += size
	}
	return true
}

// Writer passes text to a terminal with every control and invisible
// character made visible, except newlines and tabs (Block). It is the last
// line of defence on the streams of a command whose output is a terminal:
// whatever a message or a table forgot to clean still cannot drive the
// terminal. A UTF-8 sequence split across two writes is held until the
// next write (Flush writes what is held).
type Writer struct {
	mu   sync.Mutex
	w    io.Writer
	tail []byte // an incomplete UTF-8 sequence at the end of the last write
}

// NewWriter wraps w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

// Write writes p made safe; it reports len(p) when the whole of it was
// written.
func (sw *Writer) Write(p []byte) (int, error) {
	sw.mu.Lock()
	defer sw.mu.Unlock()
	buf := p
	if len(sw.tail) > 0 {
		buf = append(append([]byte(nil), sw.tail...), p...)
		sw.tail = nil
	}
	cut := len(buf)
	// Hold back a sequence that the next write may complete.
	for i := len(buf) - 1; i >= 0 && i >= len(buf)-utf8.UTFMax+1; i-- {
		if utf8.RuneStart(buf[i]) {
			if !utf8.FullRune(buf[i:]) {
				cut = i
			}
			break
		}
	}
	sw.tail = append([]byte(nil), buf[cut:]...)
	if _, err := io.WriteString(sw.w, Block(string(buf[:cut]))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes an incomplete UTF-8 sequence held from the last write (as
// U+FFFD: nothing completed it).
func (sw *Writer) Flush() error {
	sw.mu.Lock()
	defer sw.mu.Unlock()
	if len(sw.tail) == 0 {
		return nil
	}
	sw.tail = nil
	_, err := io.WriteString(sw.w, "\uFFFD")
	return err
}

// Unwrap is the writer underneath.
func (sw *Writer) Unwrap() io.Writer { return sw.w }

// EscapeJSON rewrites JSON text so that no control or invisible character
// appears raw: each becomes a \uXXXX escape (a surrogate pair above the
// BMP), which a JSON parser reads back as the same character. encoding/json
// already escapes C0 controls inside strings; DEL, C1 and the Invisible
// class it writes raw. Outside strings JSON has only ASCII, so every rune
// replaced is inside a string.
func EscapeJSON(b []byte) []byte {
	return escape(b, func(out []byte, r rune) []byte {
		if r > 0xffff {
			r1, r2 := utf16Pair(r)
			return fmt.Appendf(out, `\u%04x\u%04x`, r1, r2)
		}
		return fmt.Appendf(out, `\u%04x`, r)
	})
}

// EscapeXML rewrites XML text so that no control or invisible character
// appears raw: each becomes a character reference (&#x202E;). encoding/xml
// writes them raw in text and attributes; element names are ASCII.
func EscapeXML(b []byte) []byte {
	return escape(b, func(out []byte, r rune) []byte {
		return fmt.Appendf(out, "&#x%X;", r)
	})
}

// escape keeps newlines, tabs and carriage returns (JSON and XML
// whitespace) and hands every other unsafe rune to esc.
func escape(b []byte, esc func([]byte, rune) []byte) []byte {
	if Safe(string(b), KeepNewline|KeepTab) {
		return b
	}
	out := make([]byte, 0, len(b)+32)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		switch {
		case r == '\n' || r == '\t' || r == '\r':
			out = append(out, byte(r))
		case r == utf8.RuneError && size <= 1:
			out = append(out, "\uFFFD"...)
		case Classify(r) != Printable:
			out = esc(out, r)
		default:
			out = append(out, b[i:i+size]...)
		}
		i += size
	}
	return out
}

func utf16Pair(r rune) (rune, rune) {
	r -= 0x10000
	return 0xd800 + (r>>10)&0x3ff, 0xdc00 + r&0x3ff
}

// Quote is s in double quotes for a message, Go-escaped (%q) and then made
// safe: strconv.Quote leaves a few invisible letters (the Hangul fillers)
// as they are.
func Quote(s string) string { return Line(strconv.Quote(s)) }
