package source

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/huashu-cli/huashu/pkg/safefile"
)

// lockFile is created with O_EXCL in the sources dir while add, update or
// remove runs. A source name never starts with a dot, so it cannot clash
// with a checkout.
const lockFile = ".lock"

// lock takes the sources lock. It fails at once, naming the holder, when
// another huashu holds it; a lock older than LockStale is taken over.
func (m *Manager) lock() (unlock func(), err error) {
	dir := m.sourcesDir()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	path := filepath.Join(dir, lockFile)
	unlock, err = safefile.Lock(path, LockStale, m.now())
	var le *safefile.LockedError
	switch {
	case errors.As(err, &le):
		holder := ""
		if le.PID != "" {
			holder = "（进程 " + le.PID + "）"
		}
		return nil, fmt.Errorf("另一个 huashu pack 命令正在运行%s，请稍后再试；如果确定没有，删除 %s", holder, path)
	case err != nil:
		return nil, fmt.Errorf("无法创建锁文件 %s：%w", path, err)
	}
	m.sweep()
	return unlock, nil
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
