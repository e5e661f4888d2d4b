package cli

import (
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/huashu-cli/huashu/pkg/interop"
	"github.com/huashu-cli/huashu/pkg/lint"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// lintFormatNotes say, in the completion menu, what each --format is for.
var lintFormatNotes = map[string]string{
	"text":       "一行一个问题：文件:行:列: 级别 规则 说明",
	"json":       "JSON，给脚本读",
	"github":     "GitHub Actions 注解（在 Actions 里默认）",
	"sarif":      "SARIF 2.1.0，上传到代码扫描",
	"rdjson":     "reviewdog 的 rdjson",
	"junit":      "JUnit XML（GitLab 合并请求的测试报告）",
	"checkstyle": "Checkstyle XML",
}

// valueCompletions are the values of the flags that take one from a fixed
// list, each with a note the shell shows beside it. The lists come from
// where the values are defined, so a new platform or format completes
// without a change here.
func valueCompletions() map[string][]string {
	var platforms, formats, interopFormats, encodings []string
	for _, p := range phrase.Platforms {
		platforms = append(platforms, string(p)+"\t"+p.Label())
	}
	for _, f := range lint.Formats {
		formats = append(formats, f+"\t"+lintFormatNotes[f])
	}
	for _, f := range interop.Formats {
		interopFormats = append(interopFormats, string(f)+"\t"+f.Label())
	}
	for _, e := range []string{"utf8", "gb18030", "utf16le", "utf16be"} {
		if enc, err := interop.ParseEncoding(e); err == nil {
			encodings = append(encodings, e+"\t"+enc.Label())
		}
	}
	return map[string][]string{
		"platform": platforms,
		"format":   formats,
		"from":     interopFormats,
		"to":       interopFormats,
		"encoding": encodings,
	}
}

// registerValueCompletions completes --platform, --format, --from, --to and
// --encoding on every command that has them.
func registerValueCompletions(root *cobra.Command) {
	values := valueCompletions()
	walkCommands(root, func(c *cobra.Command) {
		c.LocalNonPersistentFlags().VisitAll(func(f *pflag.Flag) {
			if v, ok := values[f.Name]; ok {
				_ = c.RegisterFlagCompletionFunc(f.Name, cobra.FixedCompletions(v, cobra.ShellCompDirectiveNoFileComp))
			}
		})
	})
}
