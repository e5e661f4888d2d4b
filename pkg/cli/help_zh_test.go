package cli

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/huashu-cli/huashu/pkg/config"
)

func runCLIEnv(t *testing.T, env map[string]string, args ...string) result {
	t.Helper()
	io, _, out, errOut := Test()
	io.Getenv = func(k string) string { return env[k] }
	dir := t.TempDir()
	f := NewFactory(io)
	f.Now = func() time.Time { return testNow }
	f.Paths = config.Paths{Config: dir + "/config.yaml", Data: dir + "/data", State: dir + "/state", Cache: dir + "/cache"}
	return result{Run(args, f), out.String(), errOut.String()}
}

func TestHelpInChinese(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		ui   bool
		want bool
	}{
		{map[string]string{"LANG": "zh_CN.UTF-8"}, false, true},
		{map[string]string{"LANG": "zh_TW.UTF-8"}, false, true},
		{map[string]string{"LANG": "en_US.UTF-8"}, true, false},                 // the locale wins over the Windows UI
		{map[string]string{"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}, false, false}, // LC_ALL first
		{map[string]string{"LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, false, true},
		{map[string]string{}, true, true}, // Windows without LANG: the display language
		{map[string]string{}, false, false},
	} {
		got := helpInChinese(func(k string) string { return c.env[k] }, func() bool { return c.ui })
		if got != c.want {
			t.Errorf("helpInChinese(%v, ui %v) = %v, want %v", c.env, c.ui, got, c.want)
		}
	}
}

// Under a Chinese locale --help is Chinese from top to bottom: the
// description, cobra's headings, the flags and their defaults.
func TestHelpOutputChinese(t *testing.T) {
	zh := map[string]string{"LANG": "zh_CN.UTF-8"}
	r := runCLIEnv(t, zh, "lint", "--help")
	for _, want := range []string{"检查话术包里绝不能发给买家的内容", "示例：", "参数：\n", "全局参数：\n",
		"-f, --format 文本 ", "输出格式：text|json|github|sarif|rdjson|junit|checkstyle（默认 \"text\"）\n", "用法：\n  huashu lint [PATH...] [参数]", "-h, --help ", "显示帮助", "--no-embedded"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("lint --help lacks %q:\n%s", want, r.stdout)
		}
	}
	for _, english := range []string{"Usage:", "Flags:", "Examples:", "Global Flags:", "(default", "help for", "Check phrase packs", "[flags]", " string ", " int "} {
		if strings.Contains(r.stdout, english) {
			t.Errorf("lint --help still says %q:\n%s", english, r.stdout)
		}
	}
	r = runCLIEnv(t, zh, "--help")
	if !strings.Contains(r.stdout, "命令：") || !strings.Contains(r.stdout, "completion  生成命令补全脚本") || strings.Contains(r.stdout, "Available Commands") {
		t.Errorf("huashu --help:\n%s", r.stdout)
	}
	// English elsewhere.
	r = runCLIEnv(t, map[string]string{"LANG": "en_US.UTF-8"}, "lint", "--help")
	if !strings.Contains(r.stdout, "Usage:") || !strings.Contains(r.stdout, "Check phrase packs") {
		t.Errorf("English lint --help:\n%s", r.stdout)
	}
}

// Every command and every flag has its Chinese help, and every entry names
// a command and flag that exist: the two languages cannot drift apart.
func TestChineseHelpIsComplete(t *testing.T) {
	io, _, _, _ := Test()
	root := NewCmdRoot(NewFactory(io))
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	seen := map[string]bool{}
	var missing []string
	walkCommands(root, func(c *cobra.Command) {
		if c.Hidden {
			return
		}
		c.InitDefaultHelpFlag()
		c.InitDefaultVersionFlag()
		path := c.CommandPath()
		seen[path] = true
		h, ok := helpZH[path]
		if !ok || h.Short == "" || h.Long == "" {
			missing = append(missing, path+" (Short and Long)")
			return
		}
		if got := englishHash(c); h.From != got {
			missing = append(missing, fmt.Sprintf("%s: the English Short or Long changed; translate it again and set From: %q", path, got))
		}
		c.LocalFlags().VisitAll(func(f *pflag.Flag) {
			if f.Hidden {
				return
			}
			if h.Flags[f.Name] == "" {
				missing = append(missing, path+" --"+f.Name)
			}
		})
		for name := range h.Flags {
			if c.LocalFlags().Lookup(name) == nil {
				missing = append(missing, path+" --"+name+" (an entry for a flag that does not exist)")
			}
		}
	})
	for path := range helpZH {
		if !seen[path] {
			missing = append(missing, path+" (an entry for a command that does not exist)")
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("pkg/cli/help_zh.go needs updating:\n  %s", strings.Join(missing, "\n  "))
	}
}

// --platform, --format, --from and --to complete their values, with notes.
func TestValueCompletion(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"__complete", "get", "hy", "--platform", ""}, "jd\t京东\ntmall\t天猫\npdd\t拼多多\n:4\n"},
		{[]string{"__complete", "--platform", ""}, "jd\t京东\ntmall\t天猫\npdd\t拼多多\n:4\n"},
		{[]string{"__complete", "export", "--platform", ""}, "jd\t京东\ntmall\t天猫\npdd\t拼多多\n:4\n"},
		{[]string{"__complete", "import", "--from", ""}, "qianniu\t千牛快捷短语\nsogou\t搜狗自定义短语\ncsv\tCSV\n:4\n"},
		{[]string{"__complete", "export", "--to", ""}, "qianniu\t千牛快捷短语\nsogou\t搜狗自定义短语\ncsv\tCSV\n:4\n"},
	} {
		r := runCLI(t, c.args...)
		if r.stdout != c.want {
			t.Errorf("%v:\n got %q\nwant %q", c.args, r.stdout, c.want)
		}
	}
	r := runCLI(t, "__complete", "lint", "--format", "")
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) != 8 || !strings.HasPrefix(lines[0], "text\t") || !strings.HasPrefix(lines[3], "sarif\t") || lines[7] != ":4" {
		t.Errorf("lint --format completion:\n%s", r.stdout)
	}
}
