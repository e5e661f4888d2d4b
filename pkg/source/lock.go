package source

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/huashu-cli/huashu/internal/regfile"
	"github.com/huashu-cli/huashu/pkg/safefile"
)

// lockFile, beside the sources dir, is locked (an OS lock: see
// safefile.Lock) while add, update or remove runs. The file stays after the
// lock is released, so it lives outside the sources dir, which holds only
// checkouts.
const lockFile = "sources.lock"

// lock takes the sources lock. It fails at once, naming the holder, when
// another huashu holds it: a pack update can take minutes, and an agent
// would rather hear "try again" than watch a terminal hang. A huashu that
// died holds nothing.
func (m *Manager) lock() (unlock func(), err error) {
	dir := m.sourcesDir()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	path := m.lockPath()
	unlock, err = safefile.Lock(path, 0)
	var le *safefile.LockedError
	switch {
	case errors.As(err, &le):
		holder := ""
		if le.PID != "" {
			holder = "（进程 " + le.PID + "）"
		}
		return nil, fmt.Errorf("另一个 huashu pack 命令正在运行%s，请稍后再试", holder)
	case err != nil:
		return nil, fmt.Errorf("无法创建锁文件 %s：%s", path, regfile.Reason(err))
	}
	m.sweep()
	return unlock, nil
}

// lockPath is the sources lock file.
func (m *Manager) lockPath() string {
	return filepath.Join(filepath.Dir(m.sourcesDir()), lockFile)
}

// sweep removes what a huashu killed in the middle of an add or remove left
// behind (a temporary clone, a checkout moved aside). Only the lock holder
// calls it, so nothing it removes is in use.
func (m *Manager) sweep() {
	entries, err := os.ReadDir(m.sourcesDir())
	if err != nil {
		return
	}
	for _, e := range entries {
		if n := e.Name(); strings.HasPrefix(n, ".clone-") || strings.HasPrefix(n, ".remove-") {
			_ = removeAll(filepath.Join(m.sourcesDir(), n))
		}
	}
}
