package tui

import "github.com/huashu-cli/huashu/internal/termsafe"

// Text from packs is never written raw to the terminal (DESIGN §7): a pack
// must not be able to move the cursor, set the window title or write the
// clipboard through OSC 52. Every string taken from a phrase goes through
// visible before it reaches a style; termsafe decides what is shown how
// (ESC → ␛, U+202E → ⟨U+202E⟩, invalid UTF-8 → U+FFFD).
//
// Newlines are kept in the preview (where they are real line breaks of the
// reply) and shown as ↵ in one-line contexts; tabs show as ⇥ so columns
// never shift.

// visibleLine is visible for a one-line context (list rows, titles, form
// prompts): a newline shows as ↵.
func visibleLine(s string) string { return termsafe.Line(s) }

// visibleBlock is visible for the preview: newlines stay line breaks.
func visibleBlock(s string) string { return termsafe.Map(s, termsafe.KeepNewline) }

// visibleRunes maps each rune of s to its visible one-line form, so highlight
// positions (rune indexes into the raw value) still line up.
func visibleRunes(s string) []string {
	return termsafe.Runes(s, termsafe.KeepNone)
}
