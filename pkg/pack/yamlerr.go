package pack

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// yaml.v3 reports syntax errors as "yaml: line N: message" in English, with a
// line but no column (and sometimes no line at all). syntaxError turns one
// into a positioned Error with a Chinese explanation only: the agents and
// team leads who read it do not read yaml.v3's English. Every message the
// scanner and parser can give that a hand-written file can reach is in
// yamlHints; anything else gets a general Chinese explanation.

var (
	yamlLineRe   = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)
	typeLineRe   = regexp.MustCompile(`^line (\d+): cannot unmarshal !!(\w+)(?: ` + "`" + `(.*)` + "`" + `)? into (.+)$`)
	cannotDecode = regexp.MustCompile(`^cannot decode !!(\w+) ` + "`" + `(.*)` + "`" + ` as a !!(\w+)$`)
)

var yamlHints = []struct{ en, zh string }{
	{"mapping values are not allowed in this context", "这里不能出现“键: 值”；值里有“: ”时请给整个值加引号"},
	{"mapping keys are not allowed in this context", "这里不能出现“? 键”；值以 ? 开头时请加引号"},
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
	{"found invalid Unicode character escape code", "双引号里的 \\u 转义不是有效的字符（反斜杠请写成 \\\\，或改用单引号）"},
	{"did not find expected hexdecimal number", "双引号里的 \\x、\\u 转义后面应是十六进制数字（反斜杠请写成 \\\\，或改用单引号）"},
	{"found unexpected ':'", "多了一个冒号“:”"},
	{"found undefined tag handle", "用了未定义的标签“!”；以 ! 开头的值请加引号"},
	{"did not find expected tag URI", "标签“!”写得不对；以 ! 开头的值请加引号"},
	{"did not find URI escaped octet", "标签“!”里的 % 转义写得不对；以 ! 开头的值请加引号"},
	{"did not find the expected '>'", "标签“!<…>”没有闭合；以 ! 开头的值请加引号"},
	{"did not find expected '!'", "标签“!”写得不对；以 ! 开头的值请加引号"},
	{"did not find expected comment or line break", "值后面多了内容（要写注释请在 # 前加空格）"},
	{"found a tab character", "缩进里有 Tab，YAML 只能用空格缩进"},
	{"did not find expected alphabetic or numeric character", "锚点（&名字）和别名（*名字）的名字只能用英文字母、数字、- 和 _"},
	{"found an indentation indicator equal to 0", "多行文字“|”或“>”后面的缩进数字不能是 0"},
	{"found unexpected document indicator", "引号里的一行以 --- 或 ... 开头，YAML 会把它当作文档分隔；请换一种写法"},
	{"did not find expected <document start>", "这里应是一个新文档的开始（---）；一个文件只能有一个 YAML 文档"},
	{"found incompatible YAML document", "%YAML 指令的版本不受支持；请删掉这一行"},
	{"found duplicate %YAML directive", "%YAML 指令写了两次；请删掉这些行"},
	{"found duplicate %TAG directive", "%TAG 指令写了两次；请删掉这些行"},
	{"found unknown directive name", "以 % 开头的行是 YAML 指令，这个指令不认识；值以 % 开头时请加引号"},
	{"could not find expected directive name", "以 % 开头的行是 YAML 指令，这里缺少指令名；值以 % 开头时请加引号"},
	{"found unexpected non-alphabetical character", "以 % 开头的行是 YAML 指令，这里有不认识的字符；值以 % 开头时请加引号"},
	{"did not find expected whitespace", "以 % 开头的行是 YAML 指令，这里应有空格；值以 % 开头时请加引号"},
	{"did not find expected version number", "%YAML 指令的版本号写得不对；请删掉这一行"},
	{"did not find expected digit or '.' character", "%YAML 指令的版本号写得不对；请删掉这一行"},
	{"found extremely long version number", "%YAML 指令的版本号写得不对；请删掉这一行"},
	{"control characters are not allowed", "文件里有控制字符"},
	{"invalid leading UTF-8 octet", "不是有效的 UTF-8"},
	{"incomplete UTF-8 octet sequence", "不是有效的 UTF-8"},
	{"invalid trailing UTF-8 octet", "不是有效的 UTF-8"},
	{"found an incorrect leading UTF-8 octet", "不是有效的 UTF-8"},
	{"found an incorrect trailing UTF-8 octet", "不是有效的 UTF-8"},
	{"invalid length of a UTF-8 sequence", "不是有效的 UTF-8"},
	{"invalid Unicode character", "不是有效的 UTF-8"},
}

// yamlKind names a YAML tag or a Go type in the words the docs use.
func yamlKind(s string) string {
	switch strings.TrimPrefix(s, "!!") {
	case "str", "string":
		return "文字"
	case "seq", "[]string", "[]interface {}":
		return "列表"
	case "map", "map[string]string", "map[string]interface {}":
		return "映射"
	case "int", "float", "int64", "float64":
		return "数字"
	case "bool":
		return "true 或 false"
	case "null":
		return "空值"
	case "timestamp":
		return "时间"
	case "binary":
		return "二进制数据"
	}
	if strings.HasPrefix(s, "[]") {
		return "列表"
	}
	if strings.HasPrefix(s, "map[") {
		return "映射"
	}
	if strings.HasPrefix(s, "config.") || strings.HasPrefix(s, "*") || strings.Contains(s, ".") {
		return "映射"
	}
	return s
}

// SyntaxError is the Error for a yaml.v3 syntax or type error in file (data
// as handed to yaml.v3): at file:line:col, explained in Chinese. The config
// file and .huashu-lint.yaml report their YAML errors through it too, so
// every YAML file huashu reads fails the same way.
func SyntaxError(file string, data []byte, err error) *Error { return syntaxError(file, data, err) }

func syntaxError(file string, data []byte, err error) *Error {
	msg := err.Error()
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	line := 0
	if m := typeLineRe.FindStringSubmatch(msg); m != nil {
		// A decoding type error (the config file's struct): a line, a
		// YAML kind and the Go type it should have been.
		line, _ = strconv.Atoi(m[1])
		line = min(max(line, 1), lineCount(data))
		return &Error{File: file, Line: line, Column: syntaxColumn(data, line, ""), Rule: RuleType,
			Msg: fmt.Sprintf("值的类型不对：这里是%s，应为%s", yamlKind(m[2]), yamlKind(m[4]))}
	}
	if m := cannotDecode.FindStringSubmatch(strings.TrimPrefix(msg, "yaml: ")); m != nil {
		// An explicit tag its value does not fit (embedded: !!bool yes).
		text := fmt.Sprintf("值 %q 不是标签 !!%s 要的%s；去掉标签 !!%s", m[2], m[3], yamlKind(m[3]), m[3])
		l, c := 1, 1
		if off := bytes.Index(data, []byte("!!"+m[3])); off >= 0 {
			l, c = position(data, off)
		}
		return &Error{File: file, Line: l, Column: c, Rule: RuleType, Msg: text}
	}
	if strings.HasSuffix(msg, "control characters are not allowed") {
		// No line from yaml.v3 (the pack loader hides control characters
		// first; other files meet this): point at the first one.
		for i := 0; i < len(data); {
			r, size := utf8.DecodeRune(data[i:])
			if isYAMLControl(r) {
				l, c := position(data, i)
				return &Error{File: file, Line: l, Column: c, Rule: RuleSyntax,
					Msg: fmt.Sprintf("YAML 语法错误：文件里有控制字符 U+%04X；请删掉它", r)}
			}
			i += size
		}
	}
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
	text := "YAML 语法错误：这里的写法不符合 YAML；请检查缩进、冒号、引号和括号"
	switch {
	case strings.Contains(msg, "exceeded max depth"):
		rule = RuleLimit
		text = "嵌套层数超过 YAML 上限 10000 层；话术包最多只需要四五层"
	case strings.HasPrefix(msg, "unknown anchor"):
		text = fmt.Sprintf("引用了不存在的锚点 *%s；请先用 &%s 定义它", quotedName(msg), quotedName(msg))
		if line == 0 {
			if off := bytes.Index(data, []byte("*"+quotedName(msg))); off >= 0 {
				l, c := position(data, off)
				return &Error{File: file, Line: l, Column: c, Rule: rule, Msg: text}
			}
		}
	case strings.Contains(msg, "value contains itself"):
		text = fmt.Sprintf("锚点 &%s 引用了它自己", quotedName(msg))
		if line == 0 {
			if off := bytes.Index(data, []byte("&"+quotedName(msg))); off >= 0 {
				l, c := position(data, off)
				return &Error{File: file, Line: l, Column: c, Rule: rule, Msg: text}
			}
		}
	default:
		for _, h := range yamlHints {
			if strings.Contains(msg, h.en) {
				text = "YAML 语法错误：" + h.zh
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
