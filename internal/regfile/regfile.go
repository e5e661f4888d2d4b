// Package regfile reads files huashu did not write (packs, config, imported
// files) without trusting them to be what their name says: only a regular
// file is read, never a FIFO or a device, and never more than a limit, however
// large the file system says (or does not say) it is.
package regfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"
	"unicode"
)

// NotRegularError is a name that is not a regular file: a directory, a
// named pipe, a device, a socket.
type NotRegularError struct {
	Mode fs.FileMode
}

func (e *NotRegularError) Error() string { return "不是普通文件（" + Kind(e.Mode) + "）" }

// TooLargeError is a file over the limit. Size is what was read before
// stopping: at least Limit+1, not necessarily the whole file.
type TooLargeError struct {
	Size, Limit int64
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("文件超过上限 %s", human(e.Limit))
}

// Kind names what a file mode is, in Chinese.
func Kind(m fs.FileMode) string {
	switch {
	case m.IsRegular():
		return "普通文件"
	case m.IsDir():
		return "目录"
	case m&fs.ModeNamedPipe != 0:
		return "命名管道"
	case m&fs.ModeSocket != 0:
		return "套接字"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return "设备文件"
	case m&fs.ModeSymlink != 0:
		return "符号链接"
	}
	return "特殊文件"
}

func human(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d 字节", n)
}

// Read reads name, following symlinks, when it is a regular file of at
// most limit bytes. Opening never blocks (a FIFO is opened non-blocking and
// refused), and the size is counted while reading, not taken from Stat:
// /dev/zero and /proc files say they are empty.
func Read(name string, limit int64) ([]byte, error) {
	f, err := openNonblock(name)
	if err != nil {
		return nil, err
	}
	defer func() { _ = f.Close() }() // read-only: nothing to flush
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "read", Path: name, Err: &NotRegularError{Mode: st.Mode()}}
	}
	if st.Size() > limit {
		return nil, &fs.PathError{Op: "read", Path: name, Err: &TooLargeError{Size: st.Size(), Limit: limit}}
	}
	// Sized from the stat: one allocation instead of io.ReadAll's doubling
	// (a 29 MB pack was copied about twice over and left as much garbage).
	// A file that grew meanwhile still reads to its end (and then fails
	// the check below).
	buf := bytes.NewBuffer(make([]byte, 0, min(st.Size(), limit)+bytes.MinRead+1))
	if _, err := buf.ReadFrom(io.LimitReader(f, limit+1)); err != nil {
		return nil, err
	}
	data := buf.Bytes()
	if int64(len(data)) > limit {
		return nil, &fs.PathError{Op: "read", Path: name, Err: &TooLargeError{Size: int64(len(data)), Limit: limit}}
	}
	afterRead()
	// A file rewritten in place while it was read (an editor that does not
	// rename, a sync tool, cp) may have given the start of one version and
	// the end of another, or been cut off: same size and modification time
	// before and after, and as many bytes as it said, or ErrChanged.
	// Files that say they are empty (/proc) are taken as read.
	after, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.Size() > 0 && (int64(len(data)) != st.Size() || after.Size() != st.Size() || !after.ModTime().Equal(st.ModTime())) {
		return nil, &fs.PathError{Op: "read", Path: name, Err: ErrChanged}
	}
	return data, nil
}

// ErrChanged is a file that changed while it was read.
var ErrChanged = errors.New("文件在读取时被改写")

// afterRead runs between reading and the second look at the file; tests
// rewrite the file there.
var afterRead = func() {}

// Reason is err in words for a message: what is wrong with the file,
// without the path (the message names it already). It serves errors from
// writing and making directories as well as from Read, so a refused
// permission is named without saying which. What it has no words for is
// the system's own text, framed as such.
func Reason(err error) string {
	var nr *NotRegularError
	var tl *TooLargeError
	switch {
	case errors.As(err, &nr):
		return nr.Error()
	case errors.As(err, &tl):
		return tl.Error()
	case errors.Is(err, fs.ErrNotExist):
		return "文件不存在"
	case errors.Is(err, fs.ErrPermission):
		return "没有权限"
	case errors.Is(err, ErrChanged):
		return ErrChanged.Error()
	case errors.Is(err, syscall.ENOTDIR):
		return "路径中有一段不是目录"
	case errors.Is(err, syscall.ENOSPC) || diskFull(err):
		return "磁盘空间不足"
	case errors.Is(err, syscall.EROFS):
		return "文件系统只读"
	}
	var pe *fs.PathError
	var le *os.LinkError
	var se *os.SyscallError
	switch {
	case errors.As(err, &pe):
		err = pe.Err
	case errors.As(err, &le):
		err = le.Err
	case errors.As(err, &se):
		err = se.Err
	}
	if errors.Is(err, errLoop) {
		return "符号链接循环"
	}
	if msg := err.Error(); strings.ContainsFunc(msg, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
		return msg // huashu's own words
	}
	return "系统错误（" + err.Error() + "）"
}

// Check reports, without opening it, why name cannot be read as a regular
// file (nil when it can, as far as Stat knows): for refusing a flag value
// before any work.
func Check(name string) error {
	st, err := os.Stat(name)
	if err != nil {
		return err
	}
	if !st.Mode().IsRegular() {
		return &fs.PathError{Op: "read", Path: name, Err: &NotRegularError{Mode: st.Mode()}}
	}
	return nil
}
