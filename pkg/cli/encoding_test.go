package cli

import (
	"bytes"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func TestPipeEncoding(t *testing.T) {
	for _, c := range []struct {
		cp   uint32
		pipe bool
		want string
	}{
		{936, true, "GBK"},
		{54936, true, "GB18030"},
		{936, false, ""},  // a terminal or a file: UTF-8
		{65001, true, ""}, // chcp 65001: UTF-8
		{437, true, ""},   // an English console cannot show Chinese in any encoding
		{0, true, ""},     // no console
	} {
		got := ""
		if e := pipeEncoding(c.cp, c.pipe); e != nil {
			got = e.(interface{ String() string }).String()
		}
		if got != c.want {
			t.Errorf("pipeEncoding(%d, %v) = %q, want %q", c.cp, c.pipe, got, c.want)
		}
	}
}

// What "huashu get hy --print | clip" hands clip on a Chinese PC: GBK, even
// when a character arrives split across two writes; an emoji GBK lacks
// becomes "?".
func TestEncodingWriter(t *testing.T) {
	var out bytes.Buffer
	w := newEncodingWriter(&out, simplifiedchinese.GBK)
	text := []byte("亲，您好😀“在的”\n")
	for _, chunk := range [][]byte{text[:4], text[4:5], text[5:]} { // 亲 is 3 bytes: cut after its first byte of the next rune
		n, err := w.Write(chunk)
		if err != nil || n != len(chunk) {
			t.Fatalf("Write(%q) = %d, %v", chunk, n, err)
		}
	}
	want, err := simplifiedchinese.GBK.NewEncoder().String("亲，您好?“在的”\n")
	if err != nil {
		t.Fatal(err)
	}
	if out.String() != want {
		t.Errorf("got % x\nwant % x", out.Bytes(), []byte(want))
	}
	back, _ := simplifiedchinese.GBK.NewDecoder().String(out.String())
	if back != "亲，您好?“在的”\n" {
		t.Errorf("decoded back: %q", back)
	}
}
