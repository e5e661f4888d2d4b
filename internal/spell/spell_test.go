package spell

import (
	"strings"
	"testing"
)

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"title", "title", 0},
		{"titel", "title", 2},
		{"tilte", "title", 2},
		{"titl", "title", 1},
		{"hyy", "hy", 1},
		{"退款", "退货", 1},
		{"退款进度", "退款", 2},
		{"platfrom", "platform", 2}, //nolint:misspell // the typo is the test
		{"", "abc", 3},
		{strings.Repeat("a", 65), "a", 1 << 10},
	}
	for _, tt := range tests {
		if got := Distance(tt.a, tt.b); got != tt.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestNearest(t *testing.T) {
	keys := []string{"code", "title", "group", "tags", "text", "parts"}
	for word, want := range map[string]string{"titel": "title", "txt": "text", "tag": "tags", "zzzzzz": "", "prats": "parts"} {
		if got := Nearest(word, keys, 2); got != want {
			t.Errorf("Nearest(%q) = %q, want %q", word, got, want)
		}
	}
}
