package history

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/huashu-cli/huashu/internal/regfile"
	"github.com/huashu-cli/huashu/pkg/safefile"
)

// MaxPins bounds the pins file; pinning is for a handful of replies.
const MaxPins = 200

// Pins are the codes an agent pinned in the picker, in the order they were
// pinned: they lead the picker's empty list. The file (pins.json in the
// state dir) is written like the usage store: atomically, under the same
// kind of lock, and a file that cannot be read is moved aside.
type Pins struct{ path string }

// OpenPins opens (not yet reads) the pins file at path.
func OpenPins(path string) *Pins { return &Pins{path: path} }

// Path is the pins file.
func (p *Pins) Path() string { return p.path }

type pinsFile struct {
	Version int      `json:"version"`
	Codes   []string `json:"codes"`
}

// Load reads the pinned codes. A missing file is no pins; a file that is
// not a pins file is moved aside and reported with a *CorruptError (and no
// pins).
func (p *Pins) Load(now time.Time) ([]string, error) {
	data, err := safefile.ReadFile(p.path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var f pinsFile
	err = json.Unmarshal(data, &f)
	if err == nil && f.Version != formatVersion {
		err = fmt.Errorf("未知的格式版本 %d", f.Version)
	}
	if err == nil {
		for _, c := range f.Codes {
			if c == "" {
				err = errors.New("有空的编码")
				break
			}
		}
	}
	if err != nil {
		moved := fmt.Sprintf("%s.corrupt-%s", p.path, now.UTC().Format("20060102T150405Z"))
		if rerr := safefile.Rename(p.path, moved); rerr != nil {
			return nil, fmt.Errorf("置顶记录 %s 已损坏，且无法移走：%s", p.path, regfile.Reason(rerr))
		}
		return nil, &CorruptError{What: "置顶记录", Path: p.path, MovedTo: moved, Err: err}
	}
	return dedupe(f.Codes), nil
}

// Save replaces the pinned codes.
func (p *Pins) Save(codes []string) error {
	codes = dedupe(codes)
	if len(codes) > MaxPins {
		return fmt.Errorf("最多置顶 %d 条", MaxPins)
	}
	if err := os.MkdirAll(filepath.Dir(p.path), 0o755); err != nil {
		return err
	}
	unlock, err := lock(p.path)
	if err != nil {
		return err
	}
	defer unlock()
	if codes == nil {
		codes = []string{}
	}
	data, err := json.MarshalIndent(pinsFile{Version: formatVersion, Codes: codes}, "", " ")
	if err != nil {
		return err
	}
	return safefile.Write(p.path, append(data, '\n'), 0o644, "")
}

func dedupe(codes []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range codes {
		if c != "" && !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	return out
}
