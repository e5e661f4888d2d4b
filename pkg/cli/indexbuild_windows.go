//go:build windows

package cli

import "syscall"

// detachedProcess is DETACHED_PROCESS: no console.
const detachedProcess = 0x00000008

// detached starts the background build without a console, in its own
// process group: it outlives the command and Ctrl-C does not reach it.
func detached() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{CreationFlags: detachedProcess | syscall.CREATE_NEW_PROCESS_GROUP, HideWindow: true}
}

// lowerPriority is left to the scheduler on Windows.
func lowerPriority() {}
