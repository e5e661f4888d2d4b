// Package lint checks phrase packs for what must never reach a buyer: broken
// packs, replies that break the service standard (服务禁语, 一字回复, 叠字),
// platform rules (站外联系方式, 好评返现, 刷单) and the 广告法, and reports the
// problems in the formats CI systems read (DESIGN §9).
//
// Data flow: files → pack.Parse (schema/*) → per-text checks over a
// normalized copy of each reply (one Aho-Corasick pass for every literal term,
// a few regexes) → positions mapped back through the YAML scalar style →
// suppressions and severities from .huashu-lint.yaml → a reporter.
package lint

import (
	"fmt"
	"strings"
)

// Severity of a problem. Off turns a rule off.
type Severity int

// Severities, weakest first.
const (
	Off Severity = iota
	Info
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "off"
}

// ParseSeverity reads "error", "warning", "info" or "off".
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "error":
		return Error, nil
	case "warning", "warn":
		return Warning, nil
	case "info":
		return Info, nil
	case "off", "none", "disable", "disabled":
		return Off, nil
	}
	return Off, fmt.Errorf("unknown severity %q (want error, warning, info or off)", s)
}

// MarshalText makes severities print as their names in JSON.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Problem is one finding. Line and Column are 1-based, the column counted in
// runes; EndLine/EndColumn point at the last offending character (inclusive),
// so a one-character problem has EndColumn == Column.
type Problem struct {
	File      string   `json:"file"`
	Line      int      `json:"line"`
	Column    int      `json:"column"`
	EndLine   int      `json:"end_line"`
	EndColumn int      `json:"end_column"`
	Severity  Severity `json:"severity"`
	Rule      string   `json:"rule"`
	Message   string   `json:"message"`
	Code      string   `json:"code"` // the phrase's code; "" for file-level problems

	anchor int  // the line of the value's key, where disable-next-line comments aim
	fix    *Fix // a safe fix, when the rule has one
}

// Fixable reports whether --fix can repair the problem.
func (p *Problem) Fixable() bool { return p.fix != nil }

// Fix is a set of byte-range edits in the problem's file.
type Fix struct {
	Edits []Edit
}

// Edit replaces data[Start:End] with New.
type Edit struct {
	Start, End int
	New        string
}

// Summary counts problems by severity.
type Summary struct {
	Files    int `json:"files"`
	Phrases  int `json:"phrases"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
	Fixed    int `json:"fixed,omitempty"`
}

// Result is everything one lint run found, sorted by file and position.
type Result struct {
	Files    []string // every file linted, in input order
	Problems []*Problem
	Summary  Summary

	data map[string][]byte // each file's bytes, for formats that count columns in bytes
}

func (r *Result) count() {
	r.Summary.Errors, r.Summary.Warnings, r.Summary.Infos = 0, 0, 0
	for _, p := range r.Problems {
		switch p.Severity {
		case Error:
			r.Summary.Errors++
		case Warning:
			r.Summary.Warnings++
		case Info:
			r.Summary.Infos++
		}
	}
}
