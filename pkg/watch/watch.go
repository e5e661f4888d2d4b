// Package watch tells whether the files behind loaded packs changed on disk
// since they were loaded. The picker asks before every copy (a copy never
// uses text older than the disk) and about once a second in the
// background.
//
// It polls file metadata instead of subscribing to file-system events
// (fsnotify): the check before a copy has to be synchronous anyway (an
// event may not have arrived when Enter is pressed), and a poll works the
// same on Windows, network drives and WSL mounts, sees files that git
// renames into place and files created in new subdirectories of a team
// checkout without a watch per directory, and needs no open handles. A
// poll lists each source's pack files (pack.Files, the loader's own
// selection) and stats them: for a team pack repository of a hundred
// files that is well under a millisecond (docs/performance.md).
//
// A file counts as changed when its size, modification time, or (on Unix)
// inode or change time differ. A write within the file system's timestamp
// granularity of the snapshot can keep all of those equal, so, as git does
// with its "racily clean" index entries, a file modified less than
// RacyWindow before its snapshot is also hashed, and hashed again at each
// check until it is old enough.
package watch

import (
	"hash/crc32"
	"os"
	"slices"
	"time"

	"github.com/huashu-cli/huashu/internal/regfile"
	"github.com/huashu-cli/huashu/pkg/pack"
)

// RacyWindow is how close to a snapshot a modification time must be for the
// file's content to be hashed too (FAT has 2 s timestamps).
const RacyWindow = 3 * time.Second

// Target is what to watch: the sources a load read, plus paths that may not
// exist yet (the personal pack before the first "huashu add", the config).
type Target struct {
	Sources []pack.Source // sources with an FS (embedded) never change
	Paths   []string
}

type stamp struct {
	exists bool
	size   int64
	mod    time.Time
	sys    sysStamp
	racy   bool
	sum    uint32 // content hash, for racy files
}

// Snapshot is the state of a target's files at one moment.
type Snapshot struct {
	target Target
	taken  time.Time
	files  map[string]stamp
	lists  [][]string // each source's file list
}

// Take records the target's files now. Take it before loading: a write
// between Take and the load is then seen by the next Changed (and loaded
// again), never missed.
func Take(t Target) *Snapshot {
	s := &Snapshot{target: t, taken: time.Now(), files: map[string]stamp{}}
	for _, src := range t.Sources {
		if src.FS != nil {
			s.lists = append(s.lists, nil)
			continue
		}
		files, _ := pack.Files(src) // an unreadable source is a load problem, reported there
		s.lists = append(s.lists, files)
		for _, f := range files {
			s.files[f] = s.stat(f)
		}
	}
	for _, p := range t.Paths {
		s.files[p] = s.stat(p)
	}
	return s
}

func (s *Snapshot) stat(path string) stamp {
	st, err := os.Stat(path)
	if err != nil {
		return stamp{}
	}
	out := stamp{exists: true, size: st.Size(), mod: st.ModTime(), sys: sysOf(st)}
	if !st.IsDir() && s.taken.Sub(st.ModTime()) < RacyWindow {
		out.racy = true
		out.sum = hashFile(path)
	}
	return out
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

func hashFile(path string) uint32 {
	// Never blocks on a FIFO put in a pack's place; a file changing while
	// it is read is 0, and the next check sees it settled.
	data, err := regfile.Read(path, pack.MaxFileSize)
	if err != nil {
		return 0
	}
	return crc32.Checksum(data, castagnoli)
}

// Changed reports whether any watched file was added, removed or changed
// since the snapshot was taken.
func (s *Snapshot) Changed() bool {
	now := time.Now()
	for i, src := range s.target.Sources {
		if src.FS != nil {
			continue
		}
		files, _ := pack.Files(src)
		if !slices.Equal(files, s.lists[i]) {
			return true
		}
		for _, f := range files {
			if s.changed(f, now) {
				return true
			}
		}
	}
	for _, p := range s.target.Paths {
		if s.changed(p, now) {
			return true
		}
	}
	return false
}

func (s *Snapshot) changed(path string, now time.Time) bool {
	old, ok := s.files[path]
	if !ok {
		return true
	}
	st, err := os.Stat(path)
	if err != nil {
		return old.exists
	}
	if !old.exists || st.Size() != old.size || !st.ModTime().Equal(old.mod) || sysOf(st) != old.sys {
		return true
	}
	if old.racy && !st.IsDir() {
		if hashFile(path) != old.sum {
			return true
		}
		if now.Sub(st.ModTime()) >= RacyWindow {
			old.racy = false // old enough now: metadata will show the next write
			s.files[path] = old
		}
	}
	return false
}
