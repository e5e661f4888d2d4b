//go:build unix

package lint

import (
	"syscall"
	"time"
)

// processCPU is the CPU time (user and system) this process has used. A
// loaded machine stretches wall time, and a short sample by less than a
// long one (it may fit in one time slice); CPU time counts the work.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return time.Duration(time.Now().UnixNano())
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
