//go:build unix

package watch

import (
	"os"
	"syscall"
)

// sysStamp catches a file replaced by a rename (a new inode, or the same
// inode number on another device) or changed without moving its
// modification time (the change time moves).
type sysStamp struct {
	dev, ino uint64
	ctime    int64
}

func sysOf(fi os.FileInfo) sysStamp {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return sysStamp{}
	}
	return sysStamp{dev: uint64(st.Dev), ino: uint64(st.Ino), ctime: ctimeOf(st)} //nolint:unconvert // Dev and Ino are narrower on some platforms
}

func (s sysStamp) words() [3]uint64 { return [3]uint64{s.dev, s.ino, uint64(s.ctime)} }

func sysFromWords(w [3]uint64) sysStamp { return sysStamp{dev: w[0], ino: w[1], ctime: int64(w[2])} }
