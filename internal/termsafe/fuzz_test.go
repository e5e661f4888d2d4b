package termsafe

import (
	"bytes"
	"encoding/json"
	"testing"
	"unicode/utf8"
)

// FuzzTermsafe: whatever the input, what Line and Block give is safe and
// stays as it is when cleaned again; the Writer gives Block's result however
// the text is cut into writes; EscapeJSON leaves nothing raw and parses
// back to the exact string.
func FuzzTermsafe(f *testing.F) {
	for _, s := range []string{"", "您好", "x\x1b]52;c;YWJj\x07y", "\u009b2J\u202e\u3164\U000F0000", "a\nb\tc\r", "\xff\xe4\xb8", "⟨U+202E⟩␛"} {
		f.Add(s, uint8(1))
	}
	f.Fuzz(func(t *testing.T, s string, cut uint8) {
		line, block := Line(s), Block(s)
		if !Safe(line, KeepNone) || Line(line) != line {
			t.Fatalf("Line(%q) = %q: not safe or not stable", s, line)
		}
		if !Safe(block, KeepNewline|KeepTab) || Block(block) != block {
			t.Fatalf("Block(%q) = %q: not safe or not stable", s, block)
		}
		if len(Runes(s, KeepNone)) != utf8.RuneCountInString(s) {
			t.Fatalf("Runes(%q) has %d elements for %d runes", s, len(Runes(s, KeepNone)), utf8.RuneCountInString(s))
		}
		if utf8.ValidString(s) {
			var buf bytes.Buffer
			w := NewWriter(&buf)
			at := int(cut) % (len(s) + 1)
			_, _ = w.Write([]byte(s[:at]))
			_, _ = w.Write([]byte(s[at:]))
			_ = w.Flush()
			if buf.String() != block {
				t.Fatalf("Writer cut at %d gave %q, Block %q", at, buf.String(), block)
			}
			raw, err := json.Marshal(s)
			if err != nil {
				t.Fatal(err)
			}
			esc := EscapeJSON(raw)
			var back string
			if !Safe(string(esc), KeepNone) || json.Unmarshal(esc, &back) != nil || back != s {
				t.Fatalf("EscapeJSON(%s) = %s reads back as %q", raw, esc, back)
			}
		}
	})
}
