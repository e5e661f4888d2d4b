//go:build !unix

package watch

import "os"

// sysStamp is empty where FileInfo carries no inode (Windows): size,
// modification time and the racy-file hash decide.
type sysStamp struct{}

func sysOf(os.FileInfo) sysStamp { return sysStamp{} }

func (sysStamp) words() [3]uint64 { return [3]uint64{} }

func sysFromWords([3]uint64) sysStamp { return sysStamp{} }
