package source

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
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
	for attempt := 0; ; attempt++ {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err == nil {
			_, werr := fmt.Fprintf(f, "%d %s\n", os.Getpid(), m.now().UTC().Format(time.RFC3339))
			if cerr := f.Close(); werr == nil {
				werr = cerr
			}
			if werr != nil {
				_ = os.Remove(path)
				return nil, fmt.Errorf("无法写入锁文件 %s：%w", path, werr)
			}
			m.sweep()
			return func() { _ = os.Remove(path) }, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return nil, fmt.Errorf("无法创建锁文件 %s：%w", path, err)
		}
		st, serr := os.Stat(path)
		if serr == nil && attempt == 0 && m.now().Sub(st.ModTime()) > LockStale {
			_ = os.Remove(path) // left by a huashu that crashed
			continue
		}
		holder := ""
		if b, err := os.ReadFile(path); err == nil {
			if pid, _, ok := strings.Cut(strings.TrimSpace(string(b)), " "); ok {
				holder = "（进程 " + pid + "）"
			}
		}
		return nil, fmt.Errorf("另一个 huashu pack 命令正在运行%s，请稍后再试；如果确定没有，删除 %s", holder, path)
	}
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
