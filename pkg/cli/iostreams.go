package cli

import (
	"bytes"
	"io"
	"os"

	"golang.org/x/term"
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
