package main

import (
	"strings"
	"testing"
)

func TestParseLine(t *testing.T) {
	row := parseLine("\x1b[1;38;2;255;95;135m话术 › \x1b[0mtk\x1b[7m \x1b[0m", 12)
	var got []string
	for _, c := range row {
		got = append(got, c.text)
	}
	// 话 and 术 take two cells each; the right halves are "".
	want := []string{"话", "", "术", "", " ", "›", " ", "t", "k", " ", " ", " "}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("cells %q, want %q", got, want)
	}
	if st := row[0].style; !st.bold || st.fg != "#ff5f87" {
		t.Errorf("话 style %+v", st)
	}
	if st := row[7].style; st.bold || st.fg != "" {
		t.Errorf("t style %+v (reset)", st)
	}
	if !row[9].style.reverse || row[10].style.reverse {
		t.Errorf("cursor cell: %+v %+v", row[9].style, row[10].style)
	}
}

func TestPalette(t *testing.T) {
	for n, want := range map[int]string{1: "#c50f1f", 16: "#000000", 196: "#ff0000", 244: "#808080", 300: ""} {
		if got := palette(n); got != want {
			t.Errorf("palette(%d) = %q, want %q", n, got, want)
		}
	}
}

// Every character is placed at its column: a wide character's neighbour
// starts two cells later.
func TestRenderPlacesCharactersAtTheirColumns(t *testing.T) {
	sc, err := parse(strings.NewReader("退款 tk\n"), 8, 1)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := render(&b, sc, "t"); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<tspan x="16.0">退</tspan>`, `<tspan x="32.8">款</tspan>`, `<tspan x="58.0">t</tspan>`, `<tspan x="66.4">k</tspan>`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("missing %s in\n%s", want, b.String())
		}
	}
}
