// Package cache keeps parsed packs in the XDG cache dir so that a start does
// not parse YAML again: parsing 100k phrases takes seconds, reading them back
// from an entry takes tens of milliseconds.
//
// An entry is keyed by the file's name and content (two hardware CRC-32s of
// the bytes, CRC-32C and IEEE, and the length: a key, not a defence against
// someone crafting collisions in their own pack) and by FormatVersion, so an
// edited file or a new huashu never reads a stale entry. Entries are written
// to a temp file and renamed into place, so two processes at once each write
// a whole entry and the last rename wins; a reader sees the old entry, the new
// one, or none. A damaged entry (bad magic, version, length or checksum, or
// a payload that does not decode) is ignored, parsed anew and rewritten.
// Writing the cache is best effort: a read-only cache dir only costs speed.
package cache

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
	"github.com/huashu-cli/huashu/pkg/safefile"
)

// FormatVersion changes whenever the entry format or what Parse produces
// changes; entries of another version are never read.
const FormatVersion = 3

// MinSize is the smallest file worth an entry: below it parsing is as quick
// as reading the entry back.
const MinSize = 256 << 10

var magic = []byte("HUASHU\x00C")

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Cache stores parsed packs under Dir.
type Cache struct {
	Dir     string
	MinSize int // files smaller than this are parsed, not cached (MinSize by default)
	// Warn, when set, hears about entries that could not be written.
	Warn func(error)
	// Variant names what the wrapped parse function produces when callers
	// use more than one (e.g. "lean" for pack.ParseLean): entries of one
	// variant are never read as another.
	Variant string
}

// New returns a cache in dir (config.Paths.Cache).
func New(dir string) *Cache { return &Cache{Dir: dir, MinSize: MinSize} }

// Parse wraps parse: a file with an entry is decoded from it, any other file
// is parsed with parse and an entry written for it.
func (c *Cache) Parse(parse pack.ParseFunc) pack.ParseFunc {
	return func(file string, data []byte) (*phrase.Pack, pack.ErrorList) {
		if c == nil || c.Dir == "" || len(data) < c.MinSize {
			return parse(file, data)
		}
		entry := c.entryPath(file, data)
		if p, errs, ok := c.read(entry); ok {
			return p, errs
		}
		p, errs := parse(file, data)
		if err := c.write(entry, file, p, errs); err != nil && c.Warn != nil {
			c.Warn(err)
		}
		return p, errs
	}
}

// entryPath is packs/<name hash>-<content key>.bin; the name part lets a
// write remove the entries of the file's earlier contents.
func (c *Cache) entryPath(file string, data []byte) string {
	name := crc32.Checksum([]byte(file+"\x00"+c.Variant), castagnoli)
	key := fmt.Sprintf("%08x-%08x%08x%x-v%d", name, crc32.Checksum(data, castagnoli), crc32.ChecksumIEEE(data), len(data), FormatVersion)
	return filepath.Join(c.Dir, "packs", key+".bin")
}

func (c *Cache) read(entry string) (*phrase.Pack, pack.ErrorList, bool) {
	raw, err := readEntry(entry)
	if err != nil {
		return nil, nil, false
	}
	payload, err := unwrap(raw)
	if err != nil {
		return nil, nil, false
	}
	p, errs, err := decodePayload(payload)
	if err != nil {
		return nil, nil, false
	}
	return p, errs, true
}

// unwrap checks the envelope and returns the payload.
func unwrap(raw []byte) ([]byte, error) {
	if !bytes.HasPrefix(raw, magic) {
		return nil, errCorrupt
	}
	rest := raw[len(magic):]
	v, n := binary.Uvarint(rest)
	if n <= 0 || v != FormatVersion {
		return nil, errCorrupt
	}
	rest = rest[n:]
	size, n := binary.Uvarint(rest)
	if n <= 0 || len(rest) < n+4 || uint64(len(rest)-n-4) != size {
		return nil, errCorrupt
	}
	sum := binary.LittleEndian.Uint32(rest[n:])
	payload := rest[n+4:]
	if crc32.Checksum(payload, castagnoli) != sum {
		return nil, errCorrupt
	}
	return payload, nil
}

func wrap(payload []byte) []byte {
	out := append([]byte(nil), magic...)
	out = binary.AppendUvarint(out, FormatVersion)
	out = binary.AppendUvarint(out, uint64(len(payload)))
	out = binary.LittleEndian.AppendUint32(out, crc32.Checksum(payload, castagnoli))
	return append(out, payload...)
}

// write stores an entry atomically and removes the file's older entries.
func (c *Cache) write(entry, file string, p *phrase.Pack, errs pack.ErrorList) error {
	dir := filepath.Dir(entry)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(wrap(encodePayload(p, errs)))
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = safefile.Rename(tmp.Name(), entry) // retried on Windows while a reader holds the entry
	}
	if err != nil {
		_ = os.Remove(tmp.Name()) // best effort: the write error is what matters
		return fmt.Errorf("cache: %s: %w", file, err)
	}
	prefix, _, _ := strings.Cut(filepath.Base(entry), "-")
	old, _ := filepath.Glob(filepath.Join(dir, prefix+"-*.bin"))
	for _, o := range old {
		if o != entry {
			if err := os.Remove(o); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return err
			}
		}
	}
	return nil
}
