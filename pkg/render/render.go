// Package render expands placeholders ({{店铺}}, {{订单号|默认}}) in replies.
package render

import "time"

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
	return nil // implemented by the loader/render work
}

// Lookup returns the value of a variable and whether it has one.
type Lookup func(name string) (string, bool)

// Expand replaces every placeholder in s. A placeholder takes its value from
// lookup, else its inline default; names with neither are returned in missing
// (each once, in order of appearance) and left as written.
func Expand(s string, lookup Lookup) (out string, missing []string) {
	return s, nil
}

// Builtins are the values every text can use: 今天, 明天, 时间 and friends.
func Builtins(now time.Time) map[string]string {
	return nil
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
