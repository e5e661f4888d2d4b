package cli

import (
	"bytes"
	"io"
	"os"

	"golang.org/x/term"

	"github.com/huashu-cli/huashu/internal/termsafe"
)

// IOStreams are the command's standard streams and what they are connected to.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer

	InTTY  bool
	OutTTY bool
	// Getenv reads the environment (tests replace it).
	Getenv func(string) string

	// Terminal is standard output itself when it is a terminal: the one
	// writer that may carry escape sequences, for the picker's frames and
	// OSC 52. Everything else goes through Out (see Guard).
	Terminal io.Writer
	// stderr is set when ErrOut is the process's standard error.
	stderr  bool
	guarded bool
}

// Guard makes the streams safe for text huashu did not write (DESIGN §7):
// standard error always, and standard output when it is a terminal, pass
// every control and invisible character as a visible symbol (termsafe), so
// a pack, a file name or a flag value cannot move the cursor, set the
// window title or write the clipboard, whatever a message forgot to clean.
// Standard output to a pipe or a file stays byte for byte (get --print |
// xclip). The raw terminal stays reachable as Terminal. Guard is
// idempotent; Flush writes what the guards hold.
func (s *IOStreams) Guard() {
	if s.guarded {
		return
	}
	s.guarded = true
	if s.ErrOut == os.Stderr {
		s.stderr = true
	}
	s.ErrOut = termsafe.NewWriter(s.ErrOut)
	if s.OutTTY {
		if s.Terminal == nil {
			s.Terminal = s.Out
		}
		s.Out = termsafe.NewWriter(s.Out)
	}
}

// Flush writes an incomplete character the guards hold back.
func (s *IOStreams) Flush() {
	for _, w := range []io.Writer{s.Out, s.ErrOut} {
		if g, ok := w.(*termsafe.Writer); ok {
			_ = g.Flush() // the end of the run: nowhere left to report to
		}
	}
}

// System returns the process's streams.
func System() *IOStreams {
	return &IOStreams{
		In:     os.Stdin,
		Out:    consoleWriter(os.Stdout),
		ErrOut: consoleWriter(os.Stderr),
		InTTY:  term.IsTerminal(int(os.Stdin.Fd())),
		OutTTY: term.IsTerminal(int(os.Stdout.Fd())),
		Getenv: os.Getenv,
	}
}

// CanPrompt reports whether an interactive UI may start: both ends are a
// terminal.
func (s *IOStreams) CanPrompt() bool { return s.InTTY && s.OutTTY }

// Test returns streams backed by buffers: in, out, errOut.
func Test() (*IOStreams, *bytes.Buffer, *bytes.Buffer, *bytes.Buffer) {
	in, out, errOut := &bytes.Buffer{}, &bytes.Buffer{}, &bytes.Buffer{}
	env := map[string]string{}
	return &IOStreams{In: in, Out: out, ErrOut: errOut, Getenv: func(k string) string { return env[k] }}, in, out, errOut
}
