// Package history records which phrases an agent copies, for frecency.
//
// The store is one small JSON file in the state dir. Each code keeps a
// decayed use count and the time of its last use:
//
//	frecency(code, now) = Σ over uses 2^(-(now - t_use) / HalfLife)
//
// kept incrementally: a use at t turns (score, last) into
// (score·2^(-(t-last)/HalfLife) + 1, t). A phrase used ten times today
// scores about 10; used ten times a fortnight ago, about 5.
//
// Writes are atomic (temp file, fsync, rename: pkg/safefile, which retries
// on Windows while a reader holds the file) and serialised by an OS lock on
// history.json.lock, so two pickers at once never lose or corrupt it; a
// process that dies releases the lock. A file that cannot be read as history is moved
// aside to history.json.corrupt-<time> and reported as a *CorruptError,
// a warning: the store carries on empty. At most MaxCodes codes are kept,
// the ones with the highest frecency.
package history

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/huashu-cli/huashu/internal/regfile"
	"github.com/huashu-cli/huashu/pkg/safefile"
)

const (
	// HalfLife is how long it takes a use to count half as much.
	HalfLife = 14 * 24 * time.Hour
	// MaxCodes bounds the file: the codes with the lowest frecency go first.
	MaxCodes = 2000
	// lockWait is how long Record waits for another process's lock.
	lockWait = 3 * time.Second

	formatVersion = 1
)

// Store is the usage file in the state dir.
type Store struct{ path string }

// Open opens (not yet reads) the store at path.
func Open(path string) *Store { return &Store{path: path} }

// Path is the store's file.
func (s *Store) Path() string { return s.path }

// CorruptError reports a history file that could not be read and was moved
// aside. It is a warning: the operation that returned it still happened.
type CorruptError struct {
	What    string // 使用记录 (the default), 置顶记录
	Path    string
	MovedTo string
	Err     error
}

func (e *CorruptError) Error() string {
	what := e.What
	if what == "" {
		what = "使用记录"
	}
	return fmt.Sprintf("%s %s 已损坏（%v），已移到 %s 并重新开始记录", what, e.Path, e.Err, e.MovedTo)
}

func (e *CorruptError) Unwrap() error { return e.Err }

type use struct {
	Score float64   `json:"score"`
	Last  time.Time `json:"last"`
}

type file struct {
	Version int            `json:"version"`
	Codes   map[string]use `json:"codes"`
}

func decay(u use, now time.Time) float64 {
	age := now.Sub(u.Last)
	if age < 0 {
		age = 0
	}
	return u.Score * math.Exp2(-float64(age)/float64(HalfLife))
}

// MaxFileSize is the largest history file read: a use record is under 100
// bytes, so this holds hundreds of thousands of codes.
const MaxFileSize = 64 << 20

// read loads the file; a missing file is empty history. A file that is not
// history is moved aside and reported with a *CorruptError (and empty
// history).
func (s *Store) read(now time.Time) (map[string]use, error) {
	var data []byte
	err := safefile.Retry(func() (err error) { // another huashu may be saving it (Windows)
		data, err = regfile.Read(s.path, MaxFileSize)
		return err
	})
	if errors.Is(err, fs.ErrNotExist) {
		return map[string]use{}, nil
	}
	if err != nil {
		return nil, err
	}
	var f file
	err = json.Unmarshal(data, &f)
	if err == nil && f.Version != formatVersion {
		err = fmt.Errorf("未知的格式版本 %d", f.Version)
	}
	if err == nil {
		for code, u := range f.Codes {
			if code == "" || math.IsNaN(u.Score) || math.IsInf(u.Score, 0) || u.Score < 0 {
				err = fmt.Errorf("编码 %q 的记录无效", code)
				break
			}
		}
	}
	if err != nil {
		moved, rerr := moveAside(s.path, fmt.Sprintf("%s.corrupt-%s", s.path, now.UTC().Format("20060102T150405Z")))
		if rerr != nil {
			return nil, fmt.Errorf("使用记录 %s 已损坏，且无法移走：%s", s.path, regfile.Reason(rerr))
		}
		return map[string]use{}, &CorruptError{Path: s.path, MovedTo: moved, Err: err}
	}
	if f.Codes == nil {
		f.Codes = map[string]use{}
	}
	return f.Codes, nil
}

// moveAside renames path to base, or base-2, base-3… when that name is
// taken (two corrupt files in one second): the name is claimed with O_EXCL
// first, so two processes never pick the same one, and the rename then
// replaces only the empty placeholder.
func moveAside(path, base string) (string, error) {
	for n := 1; n < 1000; n++ {
		name := base
		if n > 1 {
			name = fmt.Sprintf("%s-%d", base, n)
		}
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		_ = f.Close() // empty placeholder, replaced below
		if err := safefile.Rename(path, name); err != nil {
			_ = os.Remove(name)
			return "", err
		}
		return name, nil
	}
	return "", fmt.Errorf("%s-2 … %s-999 都已存在", base, base)
}

// Scores returns a frecency score per code (higher = used more, more
// recently). A *CorruptError is a warning; the map is then empty.
func (s *Store) Scores(now time.Time) (map[string]float64, error) {
	codes, err := s.read(now)
	if codes == nil {
		return nil, err
	}
	out := make(map[string]float64, len(codes))
	for code, u := range codes {
		out[code] = decay(u, now)
	}
	return out, err
}

// Record notes that code was copied at now. A *CorruptError is a warning:
// the use was recorded in a fresh file.
func (s *Store) Record(code string, now time.Time) error {
	if code == "" {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(s.path), 0o755); err != nil {
		return err
	}
	unlock, err := s.lock()
	if err != nil {
		return err
	}
	defer unlock()
	codes, warn := s.read(now)
	if codes == nil {
		return warn
	}
	u := codes[code]
	codes[code] = use{Score: decay(u, now) + 1, Last: now}
	prune(codes, now)
	data, err := json.MarshalIndent(file{Version: formatVersion, Codes: codes}, "", " ")
	if err != nil {
		return err
	}
	if err := safefile.Write(s.path, append(data, '\n'), 0o644, ""); err != nil {
		return err
	}
	return warn
}

// prune keeps the MaxCodes codes with the highest frecency.
func prune(codes map[string]use, now time.Time) {
	if len(codes) <= MaxCodes {
		return
	}
	type kv struct {
		code  string
		score float64
	}
	all := make([]kv, 0, len(codes))
	for c, u := range codes {
		all = append(all, kv{c, decay(u, now)})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].score != all[j].score {
			return all[i].score > all[j].score
		}
		return all[i].code < all[j].code
	})
	for _, e := range all[MaxCodes:] {
		delete(codes, e.code)
	}
}

// lock takes the OS lock on path.lock (history.json, pins.json), waiting up
// to lockWait for another process; a process that died holds nothing.
func (s *Store) lock() (func(), error) { return lock(s.path) }

func lock(path string) (func(), error) {
	unlock, err := safefile.Lock(path+".lock", lockWait)
	var le *safefile.LockedError
	if errors.As(err, &le) {
		return nil, fmt.Errorf("使用记录被另一个 huashu 锁定（%s）", le.Path)
	}
	return unlock, err
}
