package tui

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text from packs is never written raw to the terminal (DESIGN §7): a pack
// must not be able to move the cursor, set the window title or write the
// clipboard through OSC 52. Every string taken from a phrase goes through
// visible before it reaches a style:
//
//   - C0 controls and DEL become their Control Pictures (ESC → ␛, BEL → ␇,
//     CR → ␍, DEL → ␡), so "\x1b]52;c;…" shows as "␛]52;c;…";
//   - C1 controls, bidi overrides and isolates, zero-width and other format
//     characters (Unicode category Cf), and line/paragraph separators show
//     as ⟨U+202E⟩, so a reversed or hidden word is visible to the agent;
//   - invalid UTF-8 shows as U+FFFD.
//
// Newlines are kept in the preview (where they are real line breaks of the
// reply) and shown as ↵ in one-line contexts; tabs show as ⇥ so columns
// never shift.

// visibleLine is visible for a one-line context (list rows, titles, form
// prompts): a newline shows as ↵.
func visibleLine(s string) string { return visible(s, false) }

// visibleBlock is visible for the preview: newlines stay line breaks.
func visibleBlock(s string) string { return visible(s, true) }

func visible(s string, keepNewline bool) string {
	if isPlain(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size <= 1 {
			b.WriteRune('\uFFFD')
			continue
		}
		b.WriteString(visibleRune(r, keepNewline))
	}
	return b.String()
}

// visibleRune is what one rune of pack text shows as.
func visibleRune(r rune, keepNewline bool) string {
	switch {
	case r == '\n':
		if keepNewline {
			return "\n"
		}
		return "↵"
	case r == '\t':
		return "⇥"
	case r < 0x20:
		return string(0x2400 + r) // ␀ … ␟ (␛ for ESC)
	case r == 0x7f:
		return "␡"
	case r >= 0x80 && r < 0xa0, // C1 controls (CSI 0x9b, OSC 0x9d …)
		unicode.Is(unicode.Cf, r), // bidi, zero-width, BOM, soft hyphen …
		r == 0x2028, r == 0x2029,  // line / paragraph separator
		unicode.Is(unicode.Co, r),                          // private use: no agreed glyph
		r == 0x115f, r == 0x1160, r == 0x3164, r == 0xffa0: // Hangul fillers: blank but not space
		return fmt.Sprintf("⟨U+%04X⟩", r)
	}
	return string(r)
}

// isPlain reports whether s needs no replacement: the common case, checked
// without allocating.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == 0x7f {
			return false
		}
		if c >= 0x80 {
			return isPlainSlow(s[i:])
		}
	}
	return true
}

func isPlainSlow(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size <= 1 {
			return false
		}
		if r < 0x80 {
			if r < 0x20 || r == 0x7f {
				return false
			}
			continue
		}
		if visibleRune(r, true) != string(r) {
			return false
		}
	}
	return true
}

// visibleRunes maps each rune of s to its visible one-line form, so highlight
// positions (rune indexes into the raw value) still line up.
func visibleRunes(s string) []string {
	out := make([]string, 0, len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size <= 1 {
			out = append(out, "\uFFFD")
			continue
		}
		out = append(out, visibleRune(r, false))
	}
	return out
}
