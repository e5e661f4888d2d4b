// Package render expands placeholders ({{店铺}}, {{订单号|默认}}) in replies.
//
// Render is the one place a reply's text is made: the picker's rows,
// preview and form, get, search --json and export all call it, so the
// order in which values are taken (Values) is written once.
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
	"unicode/utf8"

	"github.com/huashu-cli/huashu/pkg/phrase"
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

// The names of the built-in values, in the order docs/pack-format.md lists them.
const (
	BuiltinToday    = "今天" // 11月22日
	BuiltinTomorrow = "明天" // 11月23日
	BuiltinAfter    = "后天" // 11月24日
	BuiltinDate     = "日期" // 2026-11-22
	BuiltinTime     = "时间" // 14:05
	BuiltinWeekday  = "星期" // 星期日
	BuiltinYear     = "年"  // 2026
	// BuiltinClipboard is what is on the clipboard when the picker opens its
	// form (the order number the agent just copied from the chat). It has no
	// value outside the picker's form: Builtins leaves it out.
	BuiltinClipboard = "剪贴板"
)

// BuiltinNames are the names of every built-in value, Builtins' and
// BuiltinClipboard.
var BuiltinNames = []string{BuiltinToday, BuiltinTomorrow, BuiltinAfter, BuiltinDate, BuiltinTime,
	BuiltinWeekday, BuiltinYear, BuiltinClipboard}

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

// Origin says where a placeholder's value came from.
type Origin int

// Origins, from the highest precedence to none.
const (
	OriginNone    Origin = iota // no value: the picker asks, get fails
	OriginVar                   // --var, or typed into the picker's form
	OriginConfig                // the personal config's vars
	OriginPack                  // the pack's vars
	OriginBuiltin               // 今天, 时间 … (Builtins)
	OriginDefault               // the placeholder's own {{名字|默认值}}
)

// Label names an origin in the agents' words (the picker's form shows it).
func (o Origin) Label() string {
	switch o {
	case OriginVar:
		return "已填"
	case OriginConfig:
		return "配置"
	case OriginPack:
		return "话术包"
	case OriginBuiltin:
		return "内置"
	case OriginDefault:
		return "默认值"
	}
	return "待填"
}

// Values are a reply's variable values by where they come from. The first
// map that has a name wins, in the order of DESIGN §3: Vars (--var, the
// picker's form) > Config > Pack > Builtins; a placeholder's own default
// comes last. Nil maps are empty.
type Values struct {
	Vars, Config, Pack, Builtins map[string]string
	// Verbatim leaves every placeholder as written, defaults too (export:
	// the target tools have no variables).
	Verbatim bool
}

// Lookup finds a name's value and where it came from; OriginNone when no
// map has it (the inline default is the caller's to apply).
func (v Values) Lookup(name string) (string, Origin) {
	if v.Verbatim {
		return "", OriginNone
	}
	for i, m := range []map[string]string{v.Vars, v.Config, v.Pack, v.Builtins} {
		if s, ok := m[name]; ok {
			return s, OriginVar + Origin(i)
		}
	}
	return "", OriginNone
}

// Field is one placeholder of a reply with the value it gets.
type Field struct {
	Name   string
	Value  string // "" with OriginNone
	Origin Origin
	// Default is the first inline default written for the name.
	Default    string
	HasDefault bool
}

// Reply is a body rendered: the messages to send, and every placeholder.
type Reply struct {
	Messages []string // one per part; placeholders filled where they have a value
	// Missing are the names still without a value, each once, in order.
	Missing []string
	// Fields are every placeholder, each name once, in order of first
	// appearance: what the picker's form shows.
	Fields []Field
}

// Text is the messages joined by a blank line (phrase.Body.Joined).
func (r Reply) Text() string { return phrase.Body{Parts: r.Messages}.Joined() }

// Render fills the placeholders of every message of body with v. A
// placeholder without a value keeps its default, else stays as written and
// is listed in Missing.
func Render(body phrase.Body, v Values) Reply {
	var r Reply
	index := map[string]int{}
	for _, msg := range body.Messages() {
		spans := r.fill(msg, v, index)
		if len(spans) == 1 && !spans[0].Value {
			r.Messages = append(r.Messages, msg)
			continue
		}
		var b strings.Builder
		b.Grow(len(msg))
		for _, sp := range spans {
			b.WriteString(sp.Text)
		}
		r.Messages = append(r.Messages, b.String())
	}
	return r
}

// fill is the one place a placeholder gets its value: the first of v's
// maps that has the name, else the placeholder's own default (each
// occurrence its own: "{{a|x}}{{a}}" leaves the second one missing), else
// nothing, and it stays as written. It splits s into spans and notes every
// field (in index, by name) and missing name on r.
func (r *Reply) fill(s string, v Values, index map[string]int) []Span {
	var out []Span
	last, lastRune := 0, 0
	scan(s, func(ph Placeholder) {
		i, seen := index[ph.Name]
		if !seen {
			val, origin := v.Lookup(ph.Name)
			i = len(r.Fields)
			index[ph.Name] = i
			r.Fields = append(r.Fields, Field{Name: ph.Name, Value: val, Origin: origin})
		}
		f := &r.Fields[i]
		if ph.HasDefault && !f.HasDefault {
			f.Default, f.HasDefault = ph.Default, true
			if f.Origin == OriginNone && !v.Verbatim {
				f.Value, f.Origin = ph.Default, OriginDefault
			}
		}
		if v.Verbatim {
			return
		}
		val, ok := f.Value, f.Origin != OriginNone
		if f.Origin == OriginDefault {
			val, ok = ph.Default, ph.HasDefault
		}
		if !ok {
			r.addMissing(ph.Name)
			return
		}
		start := lastRune + utf8.RuneCountInString(s[last:ph.Start])
		if ph.Start > last {
			out = append(out, Span{Text: s[last:ph.Start], Raw: lastRune})
		}
		out = append(out, Span{Text: val, Raw: start, Value: true})
		lastRune = start + utf8.RuneCountInString(s[ph.Start:ph.End])
		last = ph.End
	})
	if last < len(s) || len(out) == 0 {
		out = append(out, Span{Text: s[last:], Raw: lastRune})
	}
	return out
}

func (r *Reply) addMissing(name string) {
	for _, m := range r.Missing {
		if m == name {
			return
		}
	}
	r.Missing = append(r.Missing, name)
}

// Phrase renders ph for platform p: its variant for p, else its body.
func Phrase(ph *phrase.Phrase, p phrase.Platform, v Values) Reply { return Render(ph.For(p), v) }

// Span is a piece of a rendered text: either text copied from the template
// (Raw is its rune offset there) or a placeholder's value (Raw is the rune
// offset of its "{{"). The picker uses spans to keep match highlights,
// which index the template, on the right characters of the rendered row.
type Span struct {
	Text  string
	Raw   int
	Value bool
}

// Spans renders s like Render and splits the result into spans.
func Spans(s string, v Values) []Span {
	var r Reply
	spans := r.fill(s, v, map[string]int{})
	if len(spans) == 1 && spans[0].Text == "" {
		return nil
	}
	return spans
}
