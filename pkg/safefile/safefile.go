// Package safefile writes a user's files so that a crash, a full disk or a
// second huashu never leaves a half-written file behind: the new content goes
// to a temporary file in the same directory, is synced, and is renamed over
// the old one. The previous version can be kept as a backup. On Windows the
// rename is retried while another program holds the file (retry.go), and
// locks are OS locks that die with their process (lock.go).
package safefile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Write replaces file with data atomically. When file exists its permission
// bits are kept (perm is used for a new file). When backup is not empty and
// file exists, the previous content is first saved, also atomically, to
// backup, so the backup is always a complete earlier version.
//
// When file is a symbolic link (a personal or team pack kept in a dotfiles
// repo and linked into place), the link's target is written and the link
// stays a link.
func Write(file string, data []byte, perm fs.FileMode, backup string) error {
	file, err := resolveLink(file)
	if err != nil {
		return err
	}
	dir := filepath.Dir(file)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	old, err := ReadFile(file)
	switch {
	case err == nil:
		if st, e := os.Stat(file); e == nil {
			perm = st.Mode().Perm()
		}
		if backup != "" {
			if err := writeTemp(backup, old, perm); err != nil {
				return fmt.Errorf("无法写入备份 %s：%w", backup, err)
			}
		}
	case errors.Is(err, fs.ErrNotExist):
	default:
		return err
	}
	return writeTemp(file, data, perm)
}

// resolveLink returns the file a path names after following symbolic links,
// so the atomic rename replaces the target instead of the link. A dangling
// link resolves to its (not yet existing) target; a path that does not exist
// is returned as it is.
func resolveLink(file string) (string, error) {
	for i := 0; i < 40; i++ {
		st, err := os.Lstat(file)
		if err != nil || st.Mode()&fs.ModeSymlink == 0 {
			if i == 0 {
				return file, nil
			}
			if err == nil || errors.Is(err, fs.ErrNotExist) {
				return file, nil
			}
			return "", err
		}
		if real, err := filepath.EvalSymlinks(file); err == nil {
			return real, nil
		}
		target, err := os.Readlink(file)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(target) {
			target = filepath.Join(filepath.Dir(file), target)
		}
		file = target
	}
	return "", fmt.Errorf("%s：符号链接层数太多（指向自己的链接？）", file)
}

// writeTemp writes data to a temporary file next to file, syncs it and
// renames it into place, then syncs the directory so the rename is durable.
func writeTemp(file string, data []byte, perm fs.FileMode) (err error) {
	dir := filepath.Dir(file)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(file)+".tmp-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Chmod(perm); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = Rename(tmp.Name(), file); err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// syncDir flushes a directory entry change; not every platform (Windows)
// can open a directory for syncing, and that is not an error.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
}
