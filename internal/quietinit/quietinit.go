// Package quietinit keeps a huashu command that never draws a UI from
// talking to the terminal before main runs.
//
// Bubble Tea v1 asks the terminal for its background colour in a package
// init (tea_init.go: lipgloss.HasDarkBackground, an OSC 11 query and a
// cursor position report) so that the answer is in before a Program owns
// the terminal. Go runs that init in every process that links Bubble Tea:
// "huashu version", "huashu get hy --print", "huashu search" all wrote
// ESC ]11;? ESC [6n to the terminal, and on a pty that does not answer (a
// pre-commit runner, script, expect, an editor's shell) waited termenv's
// five-second timeout first. Bubble Tea v2 drops the init; until the picker
// moves to it, this package stands in the way.
//
// How: termenv takes an output for no terminal while CI is set, so the
// init's question is never asked. Go initialises packages in import-path
// order among those whose imports are ready (the spec's rule since Go
// 1.21); this package imports only os, which termenv imports too, and its
// path sorts before github.com/muesli/termenv, so its init runs before
// termenv's — and so before lipgloss's and Bubble Tea's. main calls
// Restore first thing, which puts CI back the way it was (git and
// everything else see the real environment). The picker asks the terminal
// itself, before its Program starts (cli/pick.go), and hands the answer to
// the default renderer.
package quietinit

import "os"

var ciWasSet bool

func init() {
	_, ciWasSet = os.LookupEnv("CI")
	if !ciWasSet {
		_ = os.Setenv("CI", "huashu-quiet-init") // cannot fail for a valid name
	}
}

// Restore puts CI back as it was before the package inits ran.
func Restore() {
	if !ciWasSet {
		_ = os.Unsetenv("CI")
	}
}
