package cli

import (
	"errors"
	"fmt"
)

// Exit codes (DESIGN §5).
const (
	ExitOK       = 0
	ExitNotFound = 1 // not found, lint problems
	ExitUsage    = 2 // bad flags, bad config, no terminal
)

// ExitError carries the exit code a command wants. Err is printed on stderr
// unless it is nil (the command already said what it had to).
type ExitError struct {
	Code int
	Err  error
}

func (e *ExitError) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("exit %d", e.Code)
	}
	return e.Err.Error()
}

func (e *ExitError) Unwrap() error { return e.Err }

// NotFound is an exit-1 error.
func NotFound(format string, a ...any) error {
	return &ExitError{Code: ExitNotFound, Err: fmt.Errorf(format, a...)}
}

// Usage is an exit-2 error.
func Usage(format string, a ...any) error {
	return &ExitError{Code: ExitUsage, Err: fmt.Errorf(format, a...)}
}

// Silent exits with code without printing anything more.
func Silent(code int) error { return &ExitError{Code: code} }

// ExitCode maps an error from Execute to the process's exit code: an
// ExitError's own code, 2 for everything else (cobra's flag and argument
// errors are usage errors).
func ExitCode(err error) int {
	if err == nil {
		return ExitOK
	}
	var ee *ExitError
	if errors.As(err, &ee) {
		return ee.Code
	}
	return ExitUsage
}
