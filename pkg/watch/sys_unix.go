//go:build unix

package watch

import (
	"os"
	"syscall"
)

// sysStamp catches a file replaced by a rename (a new inode) or changed
// without moving its modification time (the change time moves).
type sysStamp struct {
	ino   uint64
	ctime int64
}

func sysOf(fi os.FileInfo) sysStamp {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return sysStamp{}
	}
	return sysStamp{ino: uint64(st.Ino), ctime: ctimeOf(st)} //nolint:unconvert // Ino is uint32 on some platforms
}
