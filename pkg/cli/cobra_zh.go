package cli

import (
	"regexp"
	"strings"
)

// cobra and pflag report usage mistakes (an unknown flag, a missing
// argument) in English. huashu speaks Chinese, so Run turns them into
// Chinese here, in one place; anything not listed passes through as it is.
// What the user typed may hold spaces and newlines ((?s), .+ rather than \S+).
var cobraMessages = []struct {
	re *regexp.Regexp
	zh string
}{
	{regexp.MustCompile(`(?s)^unknown flag: (--?.+)$`), "未知参数 $1"},
	{regexp.MustCompile(`^unknown shorthand flag: '(.)' in -.$`), "未知参数 -$1"},
	{regexp.MustCompile(`(?s)^unknown shorthand flag: '(.)' in (-.+)$`), "未知参数 -$1（出现在 $2 里）"},
	{regexp.MustCompile(`(?s)^flag needs an argument: '(.)' in -.+$`), "参数 -$1 后面要跟一个值"},
	{regexp.MustCompile(`(?s)^flag needs an argument: (--?.+)$`), "参数 $1 后面要跟一个值"},
	{regexp.MustCompile(`(?s)^invalid argument "(.*)" for "(.*)" flag: .*$`), `参数 $2 的值 "$1" 无效`},
	{regexp.MustCompile(`(?s)^bad flag syntax: (.*)$`), "参数写法不对：$1"},
	{regexp.MustCompile(`^accepts (\d+) arg\(s\), received (\d+)$`), "需要 $1 个参数，给了 $2 个"},
	{regexp.MustCompile(`^accepts at most (\d+) arg\(s\), received (\d+)$`), "最多 $1 个参数，给了 $2 个"},
	{regexp.MustCompile(`^requires at least (\d+) arg\(s\), only received (\d+)$`), "至少需要 $1 个参数，只给了 $2 个"},
	{regexp.MustCompile(`^accepts between (\d+) and (\d+) arg\(s\), received (\d+)$`), "需要 $1 到 $2 个参数，给了 $3 个"},
	{regexp.MustCompile(`(?s)^unknown command "(.*)" for "(.*)"$`), `未知命令 "$1"`},
	{regexp.MustCompile(`^required flag\(s\) (.*) not set$`), "缺少必需的参数 $1"},
	{regexp.MustCompile(`^if any flags in the group \[(.*)\] are set none of the others can be; \[(.*)\] were all set$`), "参数 $2 不能同时使用"},
	{regexp.MustCompile(`^invalid argument "(.*)" for "(.*)" completion$`), `不支持的参数 "$1"`},
}

// cobraChinese translates one of cobra's or pflag's messages.
func cobraChinese(msg string) string {
	for _, m := range cobraMessages {
		if m.re.MatchString(msg) {
			return strings.TrimSpace(m.re.ReplaceAllString(msg, m.zh))
		}
	}
	return msg
}

// seeHelp ends a usage error with where to read the usage.
func seeHelp(msg, commandPath string) string {
	return msg + "（用法见 " + commandPath + " --help）"
}
