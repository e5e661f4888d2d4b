package termsafe

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"
)

// The one table: every kind of rune huashu has to show, its class and what
// it shows as in a one-line context.
var runeTable = []struct {
	name  string
	r     rune
	class Class
	shows string
}{
	{"letter", 'a', Printable, "a"},
	{"space", ' ', Printable, " "},
	{"Han", '退', Printable, "退"},
	{"emoji", '😀', Printable, "😀"},
	{"emoji variation selector", 0xFE0F, Printable, "\uFE0F"},
	{"no-break space", 0xA0, Printable, "\u00A0"},
	{"ideographic space", 0x3000, Printable, "\u3000"},
	{"replacement character", 0xFFFD, Printable, "\uFFFD"},

	{"NUL", 0, Control, "␀"},
	{"BEL", 7, Control, "␇"},
	{"newline", '\n', Control, "↵"},
	{"tab", '\t', Control, "⇥"},
	{"carriage return", '\r', Control, "␍"},
	{"ESC", 0x1b, Control, "␛"},
	{"DEL", 0x7f, Control, "␡"},
	{"C1 NEL", 0x85, Control, "⟨U+0085⟩"},
	{"C1 CSI", 0x9b, Control, "⟨U+009B⟩"},
	{"C1 OSC", 0x9d, Control, "⟨U+009D⟩"},
	{"C1 APC", 0x9f, Control, "⟨U+009F⟩"},

	{"soft hyphen", 0xAD, Invisible, "⟨U+00AD⟩"},
	{"Arabic letter mark", 0x061C, Invisible, "⟨U+061C⟩"},
	{"Mongolian vowel separator", 0x180E, Invisible, "⟨U+180E⟩"},
	{"zero-width space", 0x200B, Invisible, "⟨U+200B⟩"},
	{"zero-width non-joiner", 0x200C, Invisible, "⟨U+200C⟩"},
	{"zero-width joiner", 0x200D, Invisible, "⟨U+200D⟩"},
	{"left-to-right mark", 0x200E, Invisible, "⟨U+200E⟩"},
	{"right-to-left mark", 0x200F, Invisible, "⟨U+200F⟩"},
	{"LRE", 0x202A, Invisible, "⟨U+202A⟩"},
	{"RLO", 0x202E, Invisible, "⟨U+202E⟩"},
	{"line separator", 0x2028, Invisible, "⟨U+2028⟩"},
	{"paragraph separator", 0x2029, Invisible, "⟨U+2029⟩"},
	{"word joiner", 0x2060, Invisible, "⟨U+2060⟩"},
	{"function application", 0x2061, Invisible, "⟨U+2061⟩"},
	{"invisible times", 0x2062, Invisible, "⟨U+2062⟩"},
	{"invisible separator", 0x2063, Invisible, "⟨U+2063⟩"},
	{"invisible plus", 0x2064, Invisible, "⟨U+2064⟩"},
	{"LRI", 0x2066, Invisible, "⟨U+2066⟩"},
	{"PDI", 0x2069, Invisible, "⟨U+2069⟩"},
	{"BOM", 0xFEFF, Invisible, "⟨U+FEFF⟩"},
	{"interlinear annotation", 0xFFF9, Invisible, "⟨U+FFF9⟩"},
	{"Hangul choseong filler", 0x115F, Invisible, "⟨U+115F⟩"},
	{"Hangul jungseong filler", 0x1160, Invisible, "⟨U+1160⟩"},
	{"Hangul filler", 0x3164, Invisible, "⟨U+3164⟩"},
	{"halfwidth Hangul filler", 0xFFA0, Invisible, "⟨U+FFA0⟩"},
	{"blank Braille pattern", 0x2800, Invisible, "⟨U+2800⟩"},
	{"Braille dots", 0x2801, Printable, "\u2801"},
	{"private use", 0xE000, Invisible, "⟨U+E000⟩"},
	{"private use, last BMP", 0xF8FF, Invisible, "⟨U+F8FF⟩"},
	{"private use, plane 15", 0xF0000, Invisible, "⟨U+F0000⟩"},
	{"language tag", 0xE0001, Invisible, "⟨U+E0001⟩"},
}

func TestClassifyAndShow(t *testing.T) {
	for _, tt := range runeTable {
		t.Run(tt.name, func(t *testing.T) {
			if got := Classify(tt.r); got != tt.class {
				t.Errorf("Classify(%U) = %d, want %d", tt.r, got, tt.class)
			}
			if got := IsInvisible(tt.r); got != (tt.class == Invisible) {
				t.Errorf("IsInvisible(%U) = %v", tt.r, got)
			}
			if got := Show(tt.r, KeepNone); got != tt.shows {
				t.Errorf("Show(%U) = %q, want %q", tt.r, got, tt.shows)
			}
			s := "前" + string(tt.r) + "后"
			if got, want := Line(s), "前"+tt.shows+"后"; got != want {
				t.Errorf("Line(%q) = %q, want %q", s, got, want)
			}
			if Safe(s, KeepNone) != (tt.class == Printable) {
				t.Errorf("Safe(%q) = %v", s, tt.class != Printable)
			}
			// Whatever is shown is itself safe: Line is idempotent.
			if got := Line(tt.shows); got != tt.shows {
				t.Errorf("Line(Show(%U)) = %q, want it unchanged", tt.r, got)
			}
		})
	}
}

func TestMap(t *testing.T) {
	tests := []struct {
		name, in    string
		line, block string
	}{
		{"plain", "您好，欢迎光临", "您好，欢迎光临", "您好，欢迎光临"},
		{"OSC 52 clipboard write", "x\x1b]52;c;YWJj\x07y", "x␛]52;c;YWJj␇y", "x␛]52;c;YWJj␇y"},
		{"window title", "\x1b]0;pwned\x1b\\", "␛]0;pwned␛\\", "␛]0;pwned␛\\"},
		{"8-bit CSI", "a\u009b2Jb", "a⟨U+009B⟩2Jb", "a⟨U+009B⟩2Jb"},
		{"reversed text", "退款\u202e已到账", "退款⟨U+202E⟩已到账", "退款⟨U+202E⟩已到账"},
		{"layout", "第一行\n\t第二行\r", "第一行↵⇥第二行␍", "第一行\n\t第二行␍"},
		{"invalid UTF-8", "a\xffb\xe4\xb8", "a\uFFFDb\uFFFD\uFFFD", "a\uFFFDb\uFFFD\uFFFD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Line(tt.in); got != tt.line {
				t.Errorf("Line = %q, want %q", got, tt.line)
			}
			if got := Block(tt.in); got != tt.block {
				t.Errorf("Block = %q, want %q", got, tt.block)
			}
			if got := strings.Join(Runes(tt.in, KeepNone), ""); got != tt.line {
				t.Errorf("Runes joined = %q, want %q", got, tt.line)
			}
		})
	}
	if got := Runes("a\u202eb", KeepNone); len(got) != 3 || got[1] != "⟨U+202E⟩" {
		t.Errorf("Runes keeps one element per rune: %q", got)
	}
	if got, want := Quote("a\u3164\x1b"), `"a⟨U+3164⟩\x1b"`; got != want {
		t.Errorf("Quote = %s, want %s", got, want)
	}
}

func TestWriter(t *testing.T) {
	var buf bytes.Buffer
	w := NewWriter(&buf)
	// A write split inside a UTF-8 sequence (退 is e9 80 80) and inside an
	// escape sequence.
	chunks := []string{"标题\x1b]5", "2;c;eA==\x07\n\xe9", "\x80", "\x80款\t\u202e\n"}
	for _, c := range chunks {
		n, err := w.Write([]byte(c))
		if err != nil || n != len(c) {
			t.Fatalf("Write(%q) = %d, %v", c, n, err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if got, want := buf.String(), "标题␛]52;c;eA==␇\n退款\t⟨U+202E⟩\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// An incomplete sequence at the very end is shown as U+FFFD on Flush.
	buf.Reset()
	_, _ = w.Write([]byte("a\xe9\x80"))
	_ = w.Flush()
	if got := buf.String(); got != "a\uFFFD" {
		t.Errorf("after Flush got %q", got)
	}
}

func TestEscapeJSON(t *testing.T) {
	in := map[string]string{"text": "a\x1b]52;c;eA==\x07\u0085\u009b\u202e\u2028\u3164\U000F0000\x7f\n\t中"}
	raw, err := json.MarshalIndent(in, "", "\t")
	if err != nil {
		t.Fatal(err)
	}
	out := EscapeJSON(raw)
	if !Safe(string(out), KeepNewline|KeepTab) {
		t.Errorf("escaped JSON still has raw control or invisible characters: %q", out)
	}
	want := "{\n\t\"text\": \"a\\u001b]52;c;eA==\\u0007\\u0085\\u009b\\u202e\\u2028\\u3164\\udb80\\udc00\\u007f\\n\\t中\"\n}"
	if string(out) != want {
		t.Errorf("got  %s\nwant %s", out, want)
	}
	var back map[string]string
	if err := json.Unmarshal(out, &back); err != nil || back["text"] != in["text"] {
		t.Errorf("round trip: %q, %v", back["text"], err)
	}
}

func TestEscapeXML(t *testing.T) {
	type doc struct {
		Attr string `xml:"a,attr"`
		Body string `xml:",chardata"`
	}
	in := doc{Attr: "x\u202ey\u0085", Body: "退\u3164款\U000F0000"}
	raw, err := xml.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	out := EscapeXML(raw)
	if want := `<doc a="x&#x202E;y&#x85;">退&#x3164;款&#xF0000;</doc>`; string(out) != want {
		t.Errorf("got  %s\nwant %s", out, want)
	}
	var back doc
	if err := xml.Unmarshal(out, &back); err != nil || back != in {
		t.Errorf("round trip: %+v, %v", back, err)
	}
}
