//go:build !unix

package source

import "os/exec"

// detach has nothing to do where there is no controlling terminal to
// detach from (Windows): GIT_TERMINAL_PROMPT=0 and GCM_INTERACTIVE=never
// already keep git from prompting.
func detach(*exec.Cmd) {}
