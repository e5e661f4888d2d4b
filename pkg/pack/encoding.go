package pack

import (
	"bytes"
	"fmt"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// Encoding checks run before YAML sees the bytes. yaml.v3 would otherwise
// decode a UTF-16 file silently (it honours a UTF-16 BOM) or stop with an
// English message and no position; agents get files from Windows Excel and
// 搜狗 that are GBK or UTF-16, so those get an error that names the encoding
// and the fix.

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// checkEncoding returns the bytes to hand to YAML (a UTF-8 BOM stripped) or
// the one error that says why the file is not UTF-8 text.
func checkEncoding(file string, data []byte) ([]byte, *Error) {
	return CheckText(file, data, "话术包")
}

// CheckText is the encoding check of every YAML file huashu reads (packs,
// the config file, .huashu-lint.yaml): it returns the bytes to hand to YAML
// (a UTF-8 BOM stripped), or the one error that names the file's encoding
// (UTF-16/32 with or without a BOM, GBK/GB18030, binary, broken UTF-8) and
// the fix. what names the kind of file in the message ("话术包", "配置文件").
func CheckText(file string, data []byte, what string) ([]byte, *Error) {
	data = bytes.TrimPrefix(data, utf8BOM)
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE, 0, 0}):
		return nil, encErr(file, "UTF-32 LE", what)
	case bytes.HasPrefix(data, []byte{0, 0, 0xFE, 0xFF}):
		return nil, encErr(file, "UTF-32 BE", what)
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return nil, encErr(file, "UTF-16 LE", what)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return nil, encErr(file, "UTF-16 BE", what)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		if name := utf16Guess(data); name != "" {
			return nil, encErr(file, name, what)
		}
		line, col := position(data, i)
		return nil, &Error{File: file, Line: line, Column: col, Rule: RuleEncoding,
			Msg: "文件里有 NUL 字节，像是二进制文件而不是文本；" + what + "是 UTF-8 编码的 YAML 文本"}
	}
	if utf8.Valid(data) {
		return data, nil
	}
	bad := firstInvalidUTF8(data)
	line, col := position(data, bad)
	if looksGB18030(data) {
		return nil, &Error{File: file, Line: line, Column: col, Rule: RuleEncoding,
			Msg: fmt.Sprintf("文件是 GBK/GB18030 编码，%s需要 UTF-8：iconv -f GB18030 -t UTF-8 %s > 新.yaml，或在编辑器里另存为 UTF-8", what, shellWord(file))}
	}
	return nil, &Error{File: file, Line: line, Column: col, Rule: RuleEncoding,
		Msg: fmt.Sprintf("不是有效的 UTF-8（此处字节 0x%02X）；请在编辑器里把文件另存为 UTF-8", data[bad])}
}

// encErr is a whole-file encoding problem, reported at 1:1 (where the file,
// and its BOM if it has one, starts) so every error reads file:line:col.
func encErr(file, name, what string) *Error {
	return &Error{File: file, Line: 1, Column: 1, Rule: RuleEncoding,
		Msg: fmt.Sprintf("文件是 %s 编码，%s需要 UTF-8：iconv -f %s -t UTF-8 %s > 新.yaml，或在编辑器里另存为 UTF-8",
			name, what, iconvName(name), shellWord(file))}
}

func iconvName(name string) string {
	switch name {
	case "UTF-16 LE":
		return "UTF-16LE"
	case "UTF-16 BE":
		return "UTF-16BE"
	case "UTF-32 LE":
		return "UTF-32LE"
	case "UTF-32 BE":
		return "UTF-32BE"
	}
	return name
}

// shellWord quotes a file name for the iconv hint when it needs quoting.
func shellWord(s string) string {
	for _, r := range s {
		if !shellSafe(r) {
			return "'" + string(bytes.ReplaceAll([]byte(s), []byte("'"), []byte(`'\''`))) + "'"
		}
	}
	if s == "" {
		return "旧.yaml"
	}
	return s
}

func shellSafe(r rune) bool {
	switch {
	case r == '/' || r == '.' || r == '-' || r == '_':
		return true
	case r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
		return true
	}
	return r > 0x7F && r != utf8.RuneError && !unicode.IsSpace(r)
}

// utf16Guess recognises UTF-16 without a BOM by where its NUL bytes sit:
// ASCII in UTF-16 LE is "p\0a\0", so NULs fall on odd offsets only (even
// offsets for BE). The decoded text must also be sane (no control characters,
// no lone surrogates), so a binary file with an unlucky NUL pattern still
// counts as binary.
func utf16Guess(data []byte) string {
	if len(data) < 2 {
		return ""
	}
	var even, odd int
	for i, b := range data {
		if b == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	var le bool
	switch {
	case odd > 0 && even == 0:
		le = true
	case even > 0 && odd == 0:
		le = false
	default:
		return ""
	}
	n := len(data) / 2
	if (odd+even)*4 < n { // pack keys are ASCII: a real UTF-16 pack has many NULs
		return ""
	}
	var pendingHigh bool
	for i := 0; i < n; i++ {
		var u uint16
		if le {
			u = uint16(data[2*i]) | uint16(data[2*i+1])<<8
		} else {
			u = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		}
		switch {
		case u >= 0xD800 && u < 0xDC00:
			if pendingHigh {
				return ""
			}
			pendingHigh = true
			continue
		case u >= 0xDC00 && u < 0xE000:
			if !pendingHigh {
				return ""
			}
		case pendingHigh:
			return ""
		case u < 0x20 && u != '\t' && u != '\n' && u != '\r':
			return ""
		}
		pendingHigh = false
	}
	if le {
		return "UTF-16 LE"
	}
	return "UTF-16 BE"
}

// looksGB18030 reports whether invalid UTF-8 is really GBK/GB18030 text: it
// decodes without a single replacement character, and it is not mostly
// valid UTF-8 with a few stray bytes (a damaged UTF-8 file is reported as
// such, with the position of the bad byte).
func looksGB18030(data []byte) bool {
	var good, bad int
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			bad++
		case size >= 3:
			good++
		}
		i += max(size, 1)
	}
	if good > bad {
		return false
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil {
		return false
	}
	return !bytes.ContainsRune(out, utf8.RuneError)
}

func firstInvalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}

// position turns a byte offset into a 1-based line and a 1-based column in
// runes (bytes that are not UTF-8 count one column each), with line breaks
// as splitLines counts them.
func position(data []byte, off int) (line, col int) {
	if off > len(data) {
		off = len(data)
	}
	line, col = 1, 1
	for i := 0; i < off; {
		if n := breakLen(data[i:]); n > 0 && i+n <= off {
			line++
			col = 1
			i += n
			continue
		}
		_, size := utf8.DecodeRune(data[i:off])
		i += max(size, 1)
		col++
	}
	return line, col
}

// Control characters. yaml.v3 refuses raw control characters anywhere in a
// file ("control characters are not allowed", no position), but a stray
// backspace or form feed pasted from a chat window is data that lint should
// flag and the picker should show escaped, not a reason to drop the whole
// pack. Before parsing, each one is swapped for a private-use rune of plane
// 16 (one rune for one rune, so columns stay right); scalar values are
// swapped back after parsing. Files that already use plane 16 skip the swap
// and get a positioned error instead.

const ctrlBase = 0x100000

func isYAMLControl(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return false
	case r < 0x20 || r == 0x7F:
		return true
	case r >= 0x80 && r <= 0x9F && r != 0x85:
		return true
	case r == 0xFFFE || r == 0xFFFF:
		return true
	}
	return false
}

// hideControls returns data with control characters swapped, whether it
// swapped any, and the offset of the first control character it could not
// swap (-1 when none).
func hideControls(data []byte) ([]byte, bool, int) {
	first := -1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if isYAMLControl(r) && first < 0 {
			first = i
		}
		if r >= ctrlBase {
			if first >= 0 {
				return data, false, first
			}
			// keep scanning only to find a control character to report
			for j := i; j < len(data); {
				r2, s2 := utf8.DecodeRune(data[j:])
				if isYAMLControl(r2) {
					return data, false, j
				}
				j += s2
			}
			return data, false, -1
		}
		i += size
	}
	if first < 0 {
		return data, false, -1
	}
	out := make([]byte, 0, len(data)+64)
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if isYAMLControl(r) {
			out = utf8.AppendRune(out, ctrlBase+r)
		} else {
			out = append(out, data[i:i+size]...)
		}
		i += size
	}
	return out, true, -1
}

func restoreControls(s string) string {
	for _, r := range s {
		if r >= ctrlBase {
			return mapControls(s)
		}
	}
	return s
}

func mapControls(s string) string {
	b := make([]rune, 0, len(s))
	for _, r := range s {
		if r >= ctrlBase && isYAMLControl(r-ctrlBase) {
			r -= ctrlBase
		}
		b = append(b, r)
	}
	return string(b)
}
