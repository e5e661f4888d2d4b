package cli

import (
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// Piped output on a Chinese Windows console (docs/windows.md): the program
// at the other end of the pipe (clip, PowerShell 5.1) reads bytes in the
// console's code page, 936 (GBK) on a Chinese PC, so UTF-8 would reach the
// buyer's chat as garbage. pipeEncoding decides; console_windows.go asks
// Windows the two questions.

// pipeEncoding is the encoding to convert output to: non-nil only when it
// goes into a pipe and the console's output code page is a Chinese one.
// Code page 65001 (UTF-8), a file, or a terminal keep UTF-8.
func pipeEncoding(codePage uint32, isPipe bool) encoding.Encoding {
	if !isPipe {
		return nil
	}
	switch codePage {
	case 936: // GBK, what "chcp" says on Simplified Chinese Windows
		return simplifiedchinese.GBK
	case 54936: // GB18030
		return simplifiedchinese.GB18030
	}
	return nil
}

// encodingWriter converts the UTF-8 written to it. A character split across
// two writes is held back until it is complete; a character the encoding
// lacks (an emoji in GBK) becomes "?" rather than failing the command.
// Invalid UTF-8 (which huashu does not write) becomes "?" too.
type encodingWriter struct {
	w       io.Writer
	enc     *encoding.Encoder
	pending []byte
}

func newEncodingWriter(w io.Writer, e encoding.Encoding) *encodingWriter {
	return &encodingWriter{w: w, enc: e.NewEncoder()}
}

// encode converts UTF-8 text; a character the encoding lacks becomes "?"
// (x/text's own replacement is the control character SUB, 0x1A, which must
// never reach a chat window).
func (c *encodingWriter) encode(p []byte) []byte {
	if out, err := c.enc.Bytes(p); err == nil {
		return out
	}
	var out []byte
	for len(p) > 0 {
		_, size := utf8.DecodeRune(p)
		b, err := c.enc.Bytes(p[:size])
		if err != nil {
			b = []byte{'?'}
		}
		out = append(out, b...)
		p = p[size:]
	}
	return out
}

func (c *encodingWriter) Write(p []byte) (int, error) {
	buf := make([]byte, 0, len(c.pending)+len(p))
	buf = append(buf, c.pending...)
	buf = append(buf, p...)
	// Hold back an incomplete UTF-8 sequence at the end.
	cut := len(buf)
	for i := len(buf) - 1; i >= 0 && i >= len(buf)-utf8.UTFMax; i-- {
		if utf8.RuneStart(buf[i]) {
			if !utf8.FullRune(buf[i:]) {
				cut = i
			}
			break
		}
	}
	c.pending = append([]byte(nil), buf[cut:]...)
	if _, err := c.w.Write(c.encode(buf[:cut])); err != nil {
		return 0, err
	}
	return len(p), nil
}
