package lint

import (
	"bytes"
	"fmt"
	"strings"
)

// Suppression comments (YAML comments, so they never reach a buyer):
//
//	text: 亲，最快明天送达  # huashu-lint-disable-line compliance/ad-law -- 物流时效
//	# huashu-lint-disable-next-line service/first-person -- 售后模板需要第一人称
//	# huashu-lint-disable compliance/ad-law -- 整个文件是面料说明
//
// RULE is an ID, a family ("service/*") or several separated by commas. The
// reason after " -- " is required (lint/suppression-reason otherwise), and a
// suppression that suppresses nothing is reported (lint/unused-suppression).
// Limit: a "# huashu-lint-…" line inside a block scalar (text: |) is text,
// not a comment, but it is read as a suppression all the same.
type suppression struct {
	kind   string // "line", "next-line", "file"
	line   int    // where the comment is
	col    int
	target int // the line it applies to (line, next-line)
	rules  []string
	reason string
	used   []bool
}

const directive = "huashu-lint-disable"

func parseSuppressions(data []byte) []*suppression {
	if !bytes.Contains(data, []byte(directive)) {
		return nil
	}
	lines := strings.Split(string(data), "\n")
	var out []*suppression
	var next []int // next[i]: the first content line from index i, 1-based (built once, when needed)
	for i, ln := range lines {
		k := strings.Index(ln, directive)
		if k < 0 {
			continue
		}
		hash := strings.LastIndex(ln[:k], "#")
		if hash < 0 || strings.TrimSpace(ln[hash+1:k]) != "" {
			continue
		}
		rest := ln[k+len(directive):]
		s := &suppression{line: i + 1, col: runeCount(ln[:hash]) + 1}
		switch {
		case strings.HasPrefix(rest, "-next-line"):
			s.kind, rest = "next-line", rest[len("-next-line"):]
			if next == nil {
				next = nextContentLines(lines)
			}
			s.target = next[i+1]
		case strings.HasPrefix(rest, "-line"):
			s.kind, rest = "line", rest[len("-line"):]
			s.target = i + 1
		default:
			s.kind = "file"
		}
		if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
			continue // huashu-lint-disablefoo
		}
		spec := rest
		if d := strings.Index(rest, "--"); d >= 0 {
			spec, s.reason = rest[:d], strings.TrimSpace(rest[d+2:])
		}
		s.rules = strings.FieldsFunc(spec, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\r' })
		if len(s.rules) == 0 {
			s.rules = []string{"*"}
		}
		s.used = make([]bool, len(s.rules))
		out = append(out, s)
	}
	return out
}

// nextContentLines maps each line index i (0-based, up to len(lines)) to the
// first line from i on that is not blank or only a comment, as a 1-based
// line number (len(lines) when there is none): one pass from the end, so a
// file of suppressions costs linear time.
func nextContentLines(lines []string) []int {
	next := make([]int, len(lines)+1)
	next[len(lines)] = len(lines)
	for i := len(lines) - 1; i >= 0; i-- {
		t := strings.TrimSpace(lines[i])
		if t != "" && !strings.HasPrefix(t, "#") {
			next[i] = i + 1
		} else {
			next[i] = next[i+1]
		}
	}
	return next
}

func ruleMatches(pattern, id string) bool {
	switch {
	case pattern == "*" || pattern == "all":
		return true
	case strings.HasSuffix(pattern, "/*"):
		return strings.HasPrefix(id, pattern[:len(pattern)-1])
	}
	return pattern == id
}

// applySuppressions drops suppressed problems and those of rules turned off,
// and adds the lint/* problems about the suppressions themselves.
func (l *Linter) applySuppressions(st *fileState) []*Problem {
	// Suppressions by the line they apply to, so each problem looks only at
	// its own lines' (a used disable-next-line before every phrase was
	// quadratic: 33 s of CPU at 80k phrases).
	var fileWide []*suppression
	byLine := map[int][]*suppression{}
	for _, s := range st.supps {
		if s.kind == "file" {
			fileWide = append(fileWide, s)
		} else {
			byLine[s.target] = append(byLine[s.target], s)
		}
	}
	var candidates []*suppression
	out := st.problems[:0]
	for _, p := range st.problems {
		if p.Severity == Off {
			continue
		}
		suppressed := false
		candidates = append(append(candidates[:0], fileWide...), byLine[p.Line]...)
		if p.anchor != p.Line {
			candidates = append(candidates, byLine[p.anchor]...)
		}
		for _, s := range candidates {
			for i, r := range s.rules {
				if ruleMatches(r, p.Rule) {
					s.used[i] = true
					suppressed = true
				}
			}
		}
		if !suppressed {
			out = append(out, p)
		}
	}
	for _, s := range st.supps {
		mk := func(rule, msg string) *Problem {
			end := s.col + runeCount(directive)
			return &Problem{File: st.in.File, Line: s.line, Column: s.col, EndLine: s.line, EndColumn: end,
				Severity: l.sev[rule], Rule: rule, Message: msg, anchor: s.line}
		}
		if s.reason == "" && l.on(RuleSuppressionReason) {
			out = append(out, mk(RuleSuppressionReason, "抑制注释要写理由：# huashu-lint-disable-line RULE -- 理由"))
		}
		if !l.on(RuleUnusedSuppression) {
			continue
		}
		for i, r := range s.rules {
			if s.used[i] {
				continue
			}
			known := r == "*" || r == "all" || ruleIndex[r] != nil
			if strings.HasSuffix(r, "/*") {
				for _, rr := range allRules {
					if ruleMatches(r, rr.ID) {
						known = true
					}
				}
			}
			msg := fmt.Sprintf("抑制注释没有抑制任何问题（%s）：删掉它", r)
			if !known {
				msg = fmt.Sprintf("抑制注释里的规则 %q 不存在（见 huashu lint --list-rules）", r)
			}
			out = append(out, mk(RuleUnusedSuppression, msg))
		}
	}
	return out
}
