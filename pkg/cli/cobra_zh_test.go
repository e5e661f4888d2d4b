package cli

import "testing"

// Every usage mistake cobra and pflag catch answers in Chinese, with where
// to read the usage.
func TestUsageErrorsInChinese(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"get"}, "huashu: 需要 1 个参数，给了 0 个（用法见 huashu get --help）\n"},
		{[]string{"init", "a", "b"}, "huashu: 最多 1 个参数，给了 2 个（用法见 huashu init --help）\n"},
		{[]string{"get", "hy", "--bogus"}, "huashu: 未知参数 --bogus（用法见 huashu get --help）\n"},
		{[]string{"get", "hy", "-Z"}, "huashu: 未知参数 -Z（用法见 huashu get --help）\n"},
		{[]string{"get", "hy", "-Zx"}, "huashu: 未知参数 -Z（出现在 -Zx 里）（用法见 huashu get --help）\n"},
		// What the user typed may hold spaces, newlines and escapes: still
		// Chinese, and shown, not acted on.
		{[]string{"get", "hy", "-oProxyCommand=touch /tmp/x"}, "huashu: 未知参数 -o（出现在 -oProxyCommand=touch /tmp/x 里）（用法见 huashu get --help）\n"},
		{[]string{"get", "hy", "--bo gus"}, "huashu: 未知参数 --bo gus（用法见 huashu get --help）\n"},
		{[]string{"get", "hy", "--a\x1b]0;T\a\nb"}, "huashu: 未知参数 --a␛]0;T␇ b（用法见 huashu get --help）\n"},
		{[]string{"get", "hy", "--part", "1 2"}, "huashu: 参数 --part 的值 \"1 2\" 无效（用法见 huashu get --help）\n"},
		{[]string{"get", "hy", "--part"}, "huashu: 参数 --part 后面要跟一个值（用法见 huashu get --help）\n"},
		{[]string{"search", "--limit", "abc", "x"}, "huashu: 参数 --limit 的值 \"abc\" 无效（用法见 huashu search --help）\n"},
		{[]string{"pack", "frob"}, "huashu: 未知命令 \"frob\"（用法见 huashu pack --help）\n"},
		{[]string{"version", "extra"}, "huashu: 未知命令 \"extra\"（用法见 huashu version --help）\n"},
		{[]string{"list", "--packs", "--groups"}, "huashu: --packs 和 --groups 不能同时使用\n"},
		{[]string{"import", "a.csv"}, "huashu: import 需要 --from 说明文件来自哪里：qianniu（千牛）、sogou（搜狗）或 csv\n"},
		{[]string{"--no-embedded", "get", "hy", "--var", "x"}, "huashu: --var \"x\"：应写成 名字=值，如 --var 订单号=2026112201\n"},
	} {
		runCLI(t, c.args...).check(t, 2, "", c.want)
	}
}

func TestCobraChinesePassesOthersThrough(t *testing.T) {
	if got := cobraChinese("没有编码为 \"x\" 的话术"); got != "没有编码为 \"x\" 的话术" {
		t.Errorf("got %q", got)
	}
}
