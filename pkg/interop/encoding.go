package interop

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// Encoding is a text encoding the importers read and the exporters write.
// Windows tools still write legacy encodings: 千牛 and Excel's "CSV (逗号分隔)"
// write GBK (which GB18030 extends), 搜狗 writes UTF-16LE with a BOM.
type Encoding string

// The encodings huashu reads and writes.
const (
	UTF8    Encoding = "utf8"
	GB18030 Encoding = "gb18030" // a superset of GBK and GB2312
	UTF16LE Encoding = "utf16le"
	UTF16BE Encoding = "utf16be" // read only: with a BOM, or with --encoding utf16be
)

// ParseEncoding accepts the --encoding values (and their usual spellings).
// The empty string means "detect" and is returned as "".
func ParseEncoding(s string) (Encoding, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "":
		return "", nil
	case "utf8", "utf-8":
		return UTF8, nil
	case "gb18030", "gbk", "gb2312", "cp936":
		return GB18030, nil
	case "utf16le", "utf-16le", "utf16", "utf-16":
		return UTF16LE, nil
	case "utf16be", "utf-16be":
		return UTF16BE, nil // read only: huashu never writes it
	}
	return "", fmt.Errorf("不认识的编码 %q（可用 utf8、gb18030、utf16le 或 utf16be）", s)
}

// Label is the encoding's name as users know it, for messages.
func (e Encoding) Label() string {
	switch e {
	case UTF8:
		return "UTF-8"
	case GB18030:
		return "GBK/GB18030"
	case UTF16LE:
		return "UTF-16LE"
	case UTF16BE:
		return "UTF-16BE"
	}
	return string(e)
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// sniffBOM returns the encoding a byte order mark announces and the BOM's
// length, or "" and 0 when data starts without one.
func sniffBOM(data []byte) (Encoding, int) {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		return UTF8, len(bomUTF8)
	case bytes.HasPrefix(data, bomUTF16LE):
		return UTF16LE, len(bomUTF16LE)
	case bytes.HasPrefix(data, bomUTF16BE):
		return UTF16BE, len(bomUTF16BE)
	}
	return "", 0
}

func codec(e Encoding) encoding.Encoding {
	switch e {
	case GB18030:
		return simplifiedchinese.GB18030
	case UTF16LE:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case UTF16BE:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	}
	return nil
}

// EncodingError says that a file is not valid text in an encoding, and where.
type EncodingError struct {
	Encoding Encoding
	Line     int    // 1-based line of the first bad byte; 0 when unknown
	Hint     string // what the bytes look like instead, and the fix
}

func (e *EncodingError) Error() string {
	msg := fmt.Sprintf("文件不是有效的 %s 文本", e.Encoding.Label())
	if e.Line > 0 {
		msg += fmt.Sprintf("（第 %d 行有无效字节）", e.Line)
	}
	if e.Hint != "" {
		msg += "：" + e.Hint
	}
	return msg
}

// decodeAs decodes data (without a BOM) strictly: bytes that are not valid
// in enc are an error naming the line, never a U+FFFD in a reply.
func decodeAs(enc Encoding, data []byte) (string, error) {
	if enc == UTF8 {
		if !utf8.Valid(data) {
			return "", &EncodingError{Encoding: UTF8, Line: badUTF8Line(data)}
		}
		return string(data), nil
	}
	if enc == UTF16LE || enc == UTF16BE {
		if len(data)%2 != 0 {
			return "", &EncodingError{Encoding: enc, Hint: "字节数是奇数，文件可能被截断"}
		}
	}
	out, err := codec(enc).NewDecoder().Bytes(data)
	if err != nil {
		return "", &EncodingError{Encoding: enc}
	}
	s := string(out)
	// The x/text decoders replace bad input with U+FFFD; a U+FFFD the file
	// really holds is encoded in it, so more of them in the output than
	// encoded ones in the input means bad bytes.
	if n := strings.Count(s, "\uFFFD"); n > 0 {
		rep, _ := codec(enc).NewEncoder().Bytes([]byte("\uFFFD"))
		if n > bytes.Count(data, rep) {
			i := strings.Index(s, "\uFFFD")
			return "", &EncodingError{Encoding: enc, Line: 1 + strings.Count(s[:i], "\n")}
		}
	}
	return s, nil
}

func badUTF8Line(data []byte) int {
	line := 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return line
		}
		if r == '\n' {
			line++
		}
		i += size
	}
	return 0
}

// looksUTF16 reports whether BOM-less data is probably UTF-16: text in
// UTF-16 has a zero byte in most ASCII code units.
func looksUTF16(data []byte) (Encoding, bool) {
	if len(data) < 4 {
		return "", false
	}
	n := min(len(data), 4096)
	var even, odd int
	for i := 0; i < n; i++ {
		if data[i] == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	switch {
	case odd > n/8 && odd > 2*even:
		return UTF16LE, true
	case even > n/8 && even > 2*odd:
		return UTF16BE, true
	}
	return "", false
}

// encodingHint describes what non-UTF-8 data looks like, for an error that
// names the encoding and the fix.
func encodingHint(data []byte) string {
	if enc, ok := looksUTF16(data); ok {
		return fmt.Sprintf("看起来是没有 BOM 的 %s 编码，请加 --encoding %s", enc.Label(), strings.ToLower(strings.ReplaceAll(enc.Label(), "-", "")))
	}
	if _, err := decodeAs(GB18030, data); err == nil {
		return "看起来是 GBK/GB18030 编码（Windows 版 Excel 和千牛的默认编码），请加 --encoding gb18030，或在 Excel 里另存为「CSV UTF-8（逗号分隔）」"
	}
	return "也不像 GBK 或 UTF-16，可能不是文本文件"
}

// decodeUTF8 reads a file that should be UTF-8 (a BOM for UTF-8 or UTF-16 is
// honoured, with a note); anything else is an error naming what it looks
// like.
func decodeUTF8(data []byte, force Encoding) (string, Encoding, string, error) {
	if force != "" || hasBOM(data) {
		return decodeForced(data, force)
	}
	s, err := decodeAs(UTF8, data)
	var ee *EncodingError
	if errors.As(err, &ee) {
		ee.Hint = encodingHint(data)
		return "", "", "", ee
	}
	return s, UTF8, "", nil
}

func hasBOM(data []byte) bool { e, _ := sniffBOM(data); return e != "" }

// decodeForced decodes with the BOM's encoding, or force's; a BOM that
// contradicts --encoding is an error, since one of them is wrong.
func decodeForced(data []byte, force Encoding) (string, Encoding, string, error) {
	bom, n := sniffBOM(data)
	switch {
	case bom != "" && force != "" && bom != force:
		return "", "", "", fmt.Errorf("文件以 %s 的 BOM 开头，但 --encoding 指定了 %s", bom.Label(), force.Label())
	case bom != "":
		s, err := decodeAs(bom, data[n:])
		note := ""
		if force == "" {
			note = fmt.Sprintf("按文件开头的 BOM 以 %s 读取", bom.Label())
		}
		return s, bom, note, err
	}
	s, err := decodeAs(force, data)
	return s, force, "", err
}

// Encode encodes s in enc, with a BOM for UTF-16LE (what 搜狗 writes and
// expects). GB18030 encodes every Unicode character, so nothing is lost.
func Encode(enc Encoding, s string) ([]byte, error) {
	switch enc {
	case UTF8:
		return []byte(s), nil
	case UTF16LE:
		b, err := codec(UTF16LE).NewEncoder().Bytes([]byte(s))
		if err != nil {
			return nil, err
		}
		return append(append([]byte{}, bomUTF16LE...), b...), nil
	case GB18030:
		return codec(GB18030).NewEncoder().Bytes([]byte(s))
	}
	return nil, fmt.Errorf("不能写成 %s 编码", enc.Label())
}
