package cli

import "strings"

// helpInChinese reports whether --help should speak Chinese: the locale
// says so (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them:
// zh_CN.UTF-8, zh_TW, zh), or, when none is set (the usual case on
// Windows), the Windows display language is Chinese. Messages and errors
// are Chinese whatever the locale; only help switches, because English
// readers of help are the Go engineers and CI logs, not agents.
func helpInChinese(getenv func(string) string, uiChinese func() bool) bool {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(k); v != "" {
			return strings.HasPrefix(strings.ToLower(v), "zh")
		}
	}
	return uiChinese != nil && uiChinese()
}
