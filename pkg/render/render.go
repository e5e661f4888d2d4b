// Package render expands placeholders ({{店铺}}, {{订单号|默认}}) in replies.
//
// A placeholder is "{{", a name, optionally "|" and a default, then "}}".
// The name is trimmed of spaces and must be non-empty, without "{", "}", "|"
// or a line break; the default runs to the closing "}}" as written and may
// not hold "{" or "}". Anything else that starts with "{{" (an unclosed
// "{{订单号", an empty "{{}}") is not a placeholder: it is left in the text
// as written and lint's vars/* rules report it.
package render

import (
	"fmt"
	"strings"
	"time"
)

// Placeholder is one {{name}} or {{name|default}} in a text. Start and End are
// byte offsets of the whole placeholder ("{{" to "}}") in the text.
type Placeholder struct {
	Name       string
	Default    string
	HasDefault bool
	Start, End int
}

// Placeholders lists the well-formed placeholders in s, in order.
func Placeholders(s string) []Placeholder {
	var out []Placeholder
	scan(s, func(ph Placeholder) { out = append(out, ph) })
	return out
}

// scan calls fn for each well-formed placeholder. It runs in linear time:
// every byte is looked at a bounded number of times, because a failed
// candidate resumes scanning where it failed, never back at its start.
func scan(s string, fn func(Placeholder)) {
	i := 0
	for {
		j := strings.Index(s[i:], "{{")
		if j < 0 {
			return
		}
		start := i + j
		// "{{{x}}}": the placeholder is the innermost "{{x}}".
		for start+2 < len(s) && s[start+2] == '{' {
			start++
		}
		k := start + 2
		bar := -1
		for k < len(s) && s[k] != '{' && s[k] != '}' {
			if s[k] == '|' && bar < 0 {
				bar = k
			}
			k++
		}
		if k+1 < len(s) && s[k] == '}' && s[k+1] == '}' {
			nameEnd := k
			if bar >= 0 {
				nameEnd = bar
			}
			raw := s[start+2 : nameEnd]
			name := strings.TrimSpace(raw)
			if name != "" && !strings.ContainsAny(raw, "\n\r") {
				ph := Placeholder{Name: name, Start: start, End: k + 2}
				if bar >= 0 {
					ph.Default, ph.HasDefault = s[bar+1:k], true
				}
				fn(ph)
			}
			i = k + 2
			continue
		}
		if k >= len(s) {
			return
		}
		if s[k] == '}' {
			i = k + 1
		} else {
			i = k // a '{' may start the next placeholder
		}
	}
}

// Lookup returns the value of a variable and whether it has one.
type Lookup func(name string) (string, bool)

// Expand replaces every placeholder in s. A placeholder takes its value from
// lookup, else its inline default; names with neither are returned in missing
// (each once, in order of appearance) and left as written.
func Expand(s string, lookup Lookup) (out string, missing []string) {
	var b strings.Builder
	last := 0
	var seen map[string]bool
	scan(s, func(ph Placeholder) {
		var v string
		var ok bool
		if lookup != nil {
			v, ok = lookup(ph.Name)
		}
		if !ok && ph.HasDefault {
			v, ok = ph.Default, true
		}
		if !ok {
			if seen == nil {
				seen = map[string]bool{}
			}
			if !seen[ph.Name] {
				seen[ph.Name] = true
				missing = append(missing, ph.Name)
			}
			return
		}
		if b.Len() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[last:ph.Start])
		b.WriteString(v)
		last = ph.End
	})
	if last == 0 {
		return s, missing
	}
	b.WriteString(s[last:])
	return b.String(), missing
}

// The names of the built-in values, in the order docs/pack-format.md lists them.
const (
	BuiltinToday    = "今天" // 11月22日
	BuiltinTomorrow = "明天" // 11月23日
	BuiltinAfter    = "后天" // 11月24日
	BuiltinDate     = "日期" // 2026-11-22
	BuiltinTime     = "时间" // 14:05
	BuiltinWeekday  = "星期" // 星期日
	BuiltinYear     = "年"  // 2026
)

var weekdays = [...]string{"星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"}

func monthDay(t time.Time) string { return fmt.Sprintf("%d月%d日", t.Month(), t.Day()) }

// Builtins are the values every text can use: 今天, 明天, 时间 and friends,
// computed from now in now's time zone (the CLI passes the local time).
func Builtins(now time.Time) map[string]string {
	return map[string]string{
		BuiltinToday:    monthDay(now),
		BuiltinTomorrow: monthDay(now.AddDate(0, 0, 1)),
		BuiltinAfter:    monthDay(now.AddDate(0, 0, 2)),
		BuiltinDate:     now.Format("2006-01-02"),
		BuiltinTime:     now.Format("15:04"),
		BuiltinWeekday:  weekdays[now.Weekday()],
		BuiltinYear:     now.Format("2006"),
	}
}

// Chain looks a name up in each map in turn: the first that has it wins.
// Callers pass them in precedence order (--var, config vars, pack vars,
// built-ins).
func Chain(maps ...map[string]string) Lookup {
	return func(name string) (string, bool) {
		for _, m := range maps {
			if v, ok := m[name]; ok {
				return v, true
			}
		}
		return "", false
	}
}
