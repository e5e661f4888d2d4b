//go:build unix

package source

import (
	"os/exec"
	"syscall"
)

// detach starts cmd in a new session: no controlling terminal to prompt on.
func detach(cmd *exec.Cmd) { cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true} }
