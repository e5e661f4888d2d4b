package cache

import "github.com/huashu-cli/huashu/internal/regfile"

// maxEntrySize bounds an entry read: a lean entry is smaller than its pack
// (≤ 64 MiB), so anything larger is not an entry huashu wrote.
const maxEntrySize = 256 << 20

// readEntry reads the entry into memory that belongs to this process. The
// decoded strings point into that buffer, so they stay what they were read
// as for the life of the process: an entry rewritten in place or truncated
// by another program (cp, rsync --inplace, a backup restore) changes nothing
// already loaded. (Mapping the file instead saved one copy — a few
// milliseconds for a 100k-phrase entry, see docs/performance.md — but made
// a truncated entry a SIGBUS and a rewritten one text the pack never had.)
// Only a regular file is read, never more than maxEntrySize.
func readEntry(path string) ([]byte, error) { return regfile.Read(path, maxEntrySize) }
