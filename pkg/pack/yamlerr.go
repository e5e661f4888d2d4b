package pack

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// yaml.v3 reports syntax errors as "yaml: line N: message" in English, with a
// line but no column (and sometimes no line at all). syntaxError turns one
// into a positioned Error with a Chinese explanation, keeping the original
// message in brackets so it can still be searched for.

var yamlLineRe = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

var yamlHints = []struct{ en, zh string }{
	{"mapping values are not allowed in this context", "这里不能出现“键: 值”；值里有“: ”时请给整个值加引号"},
	{"found character that cannot start any token", "这里有不能开始一个 YAML 值的字符（缩进只能用空格，不能用 Tab；以 @ 或 ` 开头的值要加引号）"},
	{"did not find expected key", "缩进没有对齐，或者少了“键:”"},
	{"could not find expected ':'", "少了冒号“:”"},
	{"did not find expected ',' or ']'", "方括号 [ ] 没有闭合"},
	{"did not find expected ',' or '}'", "花括号 { } 没有闭合"},
	{"found unexpected end of stream", "文件意外结束（引号没有闭合？）"},
	{"did not find expected node content", "这里缺少值"},
	{"did not find expected '-' indicator", "列表项“- ”的缩进没有对齐"},
	{"block sequence entries are not allowed in this context", "这里不能开始列表项“- ”"},
	{"found unknown escape character", "双引号里有未知的转义（反斜杠请写成 \\\\，或改用单引号）"},
	{"found unexpected ':'", "多了一个冒号“:”"},
	{"found undefined tag handle", "用了未定义的标签“!”"},
	{"did not find expected comment or line break", "值后面多了内容（要写注释请在 # 前加空格）"},
	{"found a tab character", "缩进里有 Tab，YAML 只能用空格缩进"},
	{"did not find expected alphabetic or numeric character", "锚点（&名字）和别名（*名字）的名字只能用英文字母、数字、- 和 _"},
	{"invalid leading UTF-8 octet", "不是有效的 UTF-8"},
	{"incomplete UTF-8 octet sequence", "不是有效的 UTF-8"},
	{"invalid trailing UTF-8 octet", "不是有效的 UTF-8"},
}

func syntaxError(file string, data []byte, err error) *Error {
	msg := err.Error()
	line := 0
	if m := yamlLineRe.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
		if isParserError(msg) {
			// yaml.v3 adds 1 to the 0-based line for scanner errors only; a
			// parser error's line is 0-based (the line its context starts on).
			line++
		}
	} else {
		msg = strings.TrimPrefix(msg, "yaml: ")
	}
	msg = strings.ReplaceAll(msg, "\n", " ")
	rule := RuleSyntax
	text := "YAML 语法错误：" + msg
	switch {
	case strings.Contains(msg, "exceeded max depth"):
		rule = RuleLimit
		text = "嵌套层数超过 YAML 上限 10000 层；话术包最多只需要四五层（" + msg + "）"
	case strings.HasPrefix(msg, "unknown anchor"):
		text = "引用了不存在的锚点（" + msg + "）"
		if line == 0 {
			if off := bytes.Index(data, []byte("*"+quotedName(msg))); off >= 0 {
				l, c := position(data, off)
				return &Error{File: file, Line: l, Column: c, Rule: rule, Msg: text}
			}
		}
	case strings.Contains(msg, "value contains itself"):
		text = "锚点引用了它自己（" + msg + "）"
		if line == 0 {
			if off := bytes.Index(data, []byte("&"+quotedName(msg))); off >= 0 {
				l, c := position(data, off)
				return &Error{File: file, Line: l, Column: c, Rule: rule, Msg: text}
			}
		}
	default:
		for _, h := range yamlHints {
			if strings.Contains(msg, h.en) {
				text = "YAML 语法错误：" + h.zh + "（" + msg + "）"
				break
			}
		}
	}
	n := lineCount(data)
	if line < 1 {
		line = 1 // yaml.v3 leaves the line out for problems on the first line
	}
	if line > n {
		line = n
	}
	if isTabError(msg) {
		// yaml.v3 reports the line of the enclosing mapping; the tab is
		// usually on the next line or the one after.
		for l := line; l <= min(line+2, n); l++ {
			if leadingTab(lineBytes(data, l)) {
				line = l
				break
			}
		}
	}
	return &Error{File: file, Line: line, Column: syntaxColumn(data, line, msg), Rule: rule, Msg: text}
}

// isParserError tells yaml.v3's parser errors (0-based line) from its
// scanner errors (1-based line), by message.
func isParserError(msg string) bool {
	for _, m := range []string{
		"did not find expected <document start>",
		"did not find expected node content",
		"did not find expected key",
		"did not find expected '-' indicator",
		"did not find expected ',' or ']'",
		"did not find expected ',' or '}'",
		"found undefined tag handle",
		"found duplicate %YAML directive",
		"found incompatible YAML document",
		"found duplicate %TAG directive",
	} {
		if strings.HasPrefix(msg, m) {
			return true
		}
	}
	return false
}

// quotedName pulls 'x' out of "unknown anchor 'x' referenced".
func quotedName(msg string) string {
	i := strings.IndexByte(msg, '\'')
	j := strings.LastIndexByte(msg, '\'')
	if i < 0 || j <= i {
		return "\x00"
	}
	return msg[i+1 : j]
}

// splitLines splits a file into lines the way yaml.v3 counts them (and the
// editors agents use): "\r\n", "\r", "\n", NEL, LS and PS each end a line.
// Positions from the YAML nodes and from the loader's own checks then agree.
func splitLines(data []byte) [][]byte {
	var out [][]byte
	start := 0
	for i := 0; i < len(data); {
		if n := breakLen(data[i:]); n > 0 {
			out = append(out, data[start:i])
			i += n
			start = i
			continue
		}
		i++
	}
	if start < len(data) || len(out) == 0 {
		out = append(out, data[start:])
	}
	return out
}

// breakLen is the length of the line break at the start of b, or 0.
func breakLen(b []byte) int {
	switch {
	case len(b) == 0:
		return 0
	case b[0] == '\n':
		return 1
	case b[0] == '\r':
		if len(b) > 1 && b[1] == '\n' {
			return 2
		}
		return 1
	case b[0] == 0xC2 && len(b) > 1 && b[1] == 0x85:
		return 2
	case b[0] == 0xE2 && len(b) > 2 && b[1] == 0x80 && (b[2] == 0xA8 || b[2] == 0xA9):
		return 3
	}
	return 0
}

func lineCount(data []byte) int { return len(splitLines(data)) }

// lineBytes returns line n (1-based) without its line break.
func lineBytes(data []byte, n int) []byte {
	lines := splitLines(data)
	if n < 1 || n > len(lines) {
		return nil
	}
	return lines[n-1]
}

// syntaxColumn guesses a column for a line-only yaml.v3 error: the first tab
// when the problem is a tab, else where the line's content starts.
func syntaxColumn(data []byte, line int, msg string) int {
	l := lineBytes(data, line)
	if isTabError(msg) {
		if i := bytes.IndexByte(l, '\t'); i >= 0 {
			return utf8.RuneCount(l[:i]) + 1
		}
	}
	// Point at the bracket or quote the message is about, when the line has one.
	for _, c := range []struct{ msg, chars string }{
		{"expected ',' or ']'", "["},
		{"expected ',' or '}'", "{"},
		{"end of stream", "\"'"},
	} {
		if strings.Contains(msg, c.msg) {
			if i := bytes.IndexAny(l, c.chars); i >= 0 {
				return utf8.RuneCount(l[:i]) + 1
			}
		}
	}
	trimmed := bytes.TrimLeft(l, " \t")
	return utf8.RuneCount(l[:len(l)-len(trimmed)]) + 1
}

func isTabError(msg string) bool {
	return strings.Contains(msg, "cannot start any token") || strings.Contains(msg, "tab character")
}

func leadingTab(l []byte) bool {
	trimmed := bytes.TrimLeft(l, " \t")
	return bytes.IndexByte(l[:len(l)-len(trimmed)], '\t') >= 0
}
