package pack

import (
	"fmt"
	"strings"
)

// Rule IDs for the problems the loader finds. Lint reports them under the
// same IDs (its schema/* family), so they are part of the public contract.
const (
	RuleSyntax       = "schema/syntax"         // not YAML, or a YAML feature a pack may not use
	RuleEncoding     = "schema/encoding"       // not UTF-8 (GBK, UTF-16, binary)
	RuleUnknownKey   = "schema/unknown-key"    // a key the format does not have
	RuleDuplicateKey = "schema/duplicate-key"  // the same key twice in one mapping
	RuleType         = "schema/type"           // a value of the wrong type
	RuleRequired     = "schema/required"       // a required key is missing or empty
	RuleExclusive    = "schema/text-and-parts" // text and parts together, or neither
	RuleValue        = "schema/value"          // a value of the right type that is not allowed (bad platform, bad date)
	RuleLimit        = "schema/limit"          // file, phrase or alias expansion over the limit
	RuleEmpty        = "schema/empty"          // empty file
	RuleFile         = "schema/file"           // not a file huashu reads: a FIFO, a device, a symlink out of the source, an unreadable directory

	RuleCodeMalformed = "code/malformed" // a code that is not lower-case a-z, 0-9 or Han characters
)

// Error is one problem in a pack file. Line and Column are 1-based, the
// column counted in runes; both are 0 when the problem has no position
// (the file could not be read at all).
type Error struct {
	File   string
	Line   int
	Column int
	Rule   string
	Msg    string
}

// Error formats the problem as file:line:col: message, the form editors and
// CI annotate from.
func (e *Error) Error() string {
	switch {
	case e.Line > 0 && e.Column > 0:
		return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Column, e.Msg)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	default:
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
}

// ErrorList is every problem found in one or more files, in file order.
type ErrorList []*Error

// Error is the first problem, with a count of the rest, so that a one-line
// error stays one line.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s（另有 %d 处问题）", l[0].Error(), len(l)-1)
}

// Err returns l as an error, or nil when it is empty (so callers never hold a
// non-nil error interface around an empty list).
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// String lists every problem, one a line.
func (l ErrorList) String() string {
	var b strings.Builder
	for _, e := range l {
		b.WriteString(e.Error())
		b.WriteByte('\n')
	}
	return b.String()
}
