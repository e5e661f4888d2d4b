package lint

import (
	"regexp"
	"strings"
	"testing"
)

// A .huashu-lint.yaml saved as UTF-16 (Windows Notepad) or GBK, or with a
// YAML error, fails as a pack would (pack.CheckText, pack.SyntaxError):
// named encoding, file:line:col, Chinese only.
func TestConfigEncodingAndYAMLErrors(t *testing.T) {
	f := ".huashu-lint.yaml"
	for c, want := range map[string]string{
		"\xff\xfer\x00u\x00l\x00e\x00s\x00:\x00 \x00{\x00}\x00\n\x00": f + ":1:1: 文件是 UTF-16 LE 编码，lint 配置文件需要 UTF-8：iconv -f UTF-16LE -t UTF-8 .huashu-lint.yaml > 新.yaml，或在编辑器里另存为 UTF-8",
		"rules:\n  text/banned: {words: [\xd5\xe2\xb8\xf6]}\n":        f + ":2:25: 文件是 GBK/GB18030 编码，lint 配置文件需要 UTF-8：iconv -f GB18030 -t UTF-8 .huashu-lint.yaml > 新.yaml，或在编辑器里另存为 UTF-8",
		"rules: !<tag:%zz> {}\n":                                      f + ":1:1: YAML 语法错误：标签“!”里的 % 转义写得不对；以 ! 开头的值请加引号",
		"rules:\n  a: 1\n b: 2\n":                                     f + ":3:2: YAML 语法错误：缩进没有对齐，或者少了“键:”",
	} {
		_, err := ParseConfig(f, []byte(c))
		if err == nil || err.Error() != want {
			t.Errorf("%q:\n got %v\nwant %s", c, err, want)
		}
		if err != nil && regexp.MustCompile(`[a-z]{2,} [a-z]{2,}`).MatchString(strings.TrimPrefix(err.Error(), f)) {
			t.Errorf("%q: yaml.v3's English in %q", c, err)
		}
	}
}
