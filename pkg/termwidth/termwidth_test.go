package termwidth

import "testing"

func TestString(t *testing.T) {
	for s, want := range map[string]int{
		"":                    0,
		"hy":                  2,
		"退款":                  4,
		"“退款”说明…":             11, // ambiguous punctuation: one cell each
		"·":                   1,
		"\x1b[1;31m退款\x1b[0m": 4,
		"ｔｋ":                  4, // full-width Latin
		"e\u0301":             1, // combining accent
	} {
		if got := String(s); got != want {
			t.Errorf("String(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestTruncate(t *testing.T) {
	if got := Truncate("您好，欢迎光临", 9, "…"); got != "您好，欢…" {
		t.Errorf("Truncate = %q", got)
	}
	if got := Truncate("hy", 9, "…"); got != "hy" {
		t.Errorf("Truncate kept = %q", got)
	}
}
