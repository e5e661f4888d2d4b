//go:build !windows

package cli

import "syscall"

// detached puts the background build in its own session: it outlives the
// command and its terminal, and no signal to the command's process group
// (Ctrl-C, a closed terminal) reaches it.
func detached() *syscall.SysProcAttr { return &syscall.SysProcAttr{Setsid: true} }

// lowerPriority lets the agent's next commands go first.
func lowerPriority() { _ = syscall.Setpriority(syscall.PRIO_PROCESS, 0, 10) }
