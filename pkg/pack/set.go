package pack

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/huashu-cli/huashu/internal/regfile"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// MaxFileSize is the largest pack file huashu reads (DESIGN §3).
const MaxFileSize = 64 << 20

// Source is one place packs come from: a file or a directory, on disk or in
// an fs.FS (the embedded starter packs).
type Source struct {
	Name  string       // shown in doctor and warnings: "embedded", a team source's name, a --pack path
	Layer phrase.Layer // precedence
	Path  string       // a file or a directory; in FS when FS is set
	FS    fs.FS        // nil: the OS file system
}

// Override records a phrase hidden by the same code in a higher layer.
type Override struct {
	Code   string
	Winner *phrase.Phrase
	Hidden *phrase.Phrase
}

// Conflict records the same code more than once in one layer: all of them
// stay visible (the picker warns, lint errors).
type Conflict struct {
	Code    string
	Phrases []*phrase.Phrase
}

// Set is everything loaded from every source, layered.
type Set struct {
	Sources []Source
	Packs   []*phrase.Pack
	// Phrases are the effective phrases: overridden ones removed, in source
	// order (lowest layer first, files in lexical order, phrases in file order).
	Phrases   []*phrase.Phrase
	Overrides []Override
	Conflicts []Conflict
	// Problems are the problems of files that failed to load, or of phrases
	// left out; loading went on without them.
	Problems ErrorList
}

// Lookup returns the phrases with exactly this code (more than one only when
// the code is in conflict).
func (s *Set) Lookup(code string) []*phrase.Phrase {
	var out []*phrase.Phrase
	for _, p := range s.Phrases {
		if p.Code == code {
			out = append(out, p)
		}
	}
	return out
}

// PackByName returns the loaded pack with that name, or nil.
func (s *Set) PackByName(name string) *phrase.Pack {
	for _, p := range s.Packs {
		if p.Name == name {
			return p
		}
	}
	return nil
}

// ParseFunc turns a file's bytes into a pack; Parse is the default, and a
// cache can stand in front of it (see LoadWith).
type ParseFunc func(file string, data []byte) (*phrase.Pack, ErrorList)

// Load reads every source in order and layers the result. It never fails as a
// whole: a source or file that cannot be read becomes a Problem.
func Load(sources []Source) *Set { return LoadWith(sources, Parse) }

// LoadWith is Load with another parser (ParseLean).
func LoadWith(sources []Source, parse ParseFunc) *Set {
	return LoadFiles(sources, func(src Source, f File, found bool) (*phrase.Pack, ErrorList) {
		return readFile(src, f, parse, found)
	})
}

// FileLoader reads and parses one file of a source; found says the file
// was found in a directory rather than named (then a YAML file that is not
// a pack is skipped: LooksLikePack). The serving index passes one that
// reuses what it parsed before from a file that has not changed.
type FileLoader func(src Source, f File, found bool) (*phrase.Pack, ErrorList)

// LoadFiles is Load with another way of reading one file: it lists every
// source's files (ListFiles), loads each once through load, and layers
// the result.
func LoadFiles(sources []Source, load FileLoader) *Set {
	s := &Set{Sources: sources}
	// A file named twice in one layer (--pack a.yaml --pack ./a.yaml, or a
	// directory and a file in it) is loaded once, not as a conflict with
	// itself.
	loaded := map[string]bool{}
	for _, src := range sources {
		files, problems, err := ListFiles(src)
		s.Problems = append(s.Problems, problems...)
		if err != nil {
			s.Problems = append(s.Problems, &Error{File: src.Path, Rule: RuleFile, Msg: err.Error()})
			continue
		}
		for _, f := range files {
			if src.FS == nil {
				key := fmt.Sprint(int(src.Layer)) + "\x00" + canonical(f.Real)
				if loaded[key] {
					continue
				}
				loaded[key] = true
			}
			p, errs := load(src, f, f.Name != src.Path)
			s.Problems = append(s.Problems, errs...)
			if p == nil {
				continue
			}
			p.Layer = src.Layer
			p.Source = src.Name
			for _, ph := range p.Phrases {
				ph.Layer = src.Layer
			}
			s.Packs = append(s.Packs, p)
		}
	}
	s.layer()
	return s
}

// canonical is one name for a file however it was named: absolute, with
// symbolic links resolved (the name itself when that fails).
func canonical(name string) string {
	if abs, err := filepath.Abs(name); err == nil {
		name = abs
	}
	if real, err := filepath.EvalSymlinks(name); err == nil {
		return real
	}
	return name
}

// ReadFile reads and parses one pack file from disk.
func ReadFile(file string) (*phrase.Pack, ErrorList) {
	return readFile(Source{}, File{Name: file, Real: file}, Parse, false)
}

// LoadFile reads and parses one file of a source the way LoadWith does
// (with parse): the serving index calls it for files it cannot reuse.
func LoadFile(src Source, f File, parse ParseFunc, found bool) (*phrase.Pack, ErrorList) {
	return readFile(src, f, parse, found)
}

// readFile reads and parses one file of a source. found says it was found
// in a directory rather than named: then a YAML file that is not a pack
// (LooksLikePack: mkdocs.yml, a CI file) is skipped without a word.
func readFile(src Source, f File, parse ParseFunc, found bool) (*phrase.Pack, ErrorList) {
	data, err := ReadSourceFile(src, f)
	if err != nil {
		return nil, ErrorList{err}
	}
	if found && !LooksLikePack(data) {
		return nil, nil
	}
	return parse(f.Name, data)
}

// changedRetries is how often a file that changes while it is read is
// read before giving up (an editor's save takes milliseconds).
const changedRetries = 3

// readRegular reads a file from disk (tests stand in for a file that
// changes under the reader).
var readRegular = regfile.Read

// ReadSourceFile reads one file ListFiles returned: only a regular file,
// within MaxFileSize, never blocking on a FIFO that replaced it since.
func ReadSourceFile(src Source, f File) ([]byte, *Error) {
	var (
		data []byte
		err  error
	)
	if src.FS != nil {
		data, err = readFS(src.FS, f.Real)
	} else {
		// A file rewritten in place while it is read is read again: a copy
		// must never take a reply cut off halfway (regfile.ErrChanged).
		for attempt := 1; ; attempt++ {
			data, err = readRegular(f.Real, MaxFileSize)
			if !errors.Is(err, regfile.ErrChanged) || attempt == changedRetries {
				break
			}
			time.Sleep(time.Duration(attempt) * 20 * time.Millisecond)
		}
	}
	if err == nil {
		return data, nil
	}
	var tl *regfile.TooLargeError
	if errors.As(err, &tl) {
		return nil, &Error{File: f.Name, Rule: RuleLimit, Msg: fmt.Sprintf("文件超过话术包上限 64 MiB（至少 %d MiB）", tl.Size>>20)}
	}
	return nil, &Error{File: f.Name, Rule: RuleFile, Msg: "无法读取文件：" + regfile.Reason(err)}
}

func readFS(fsys fs.FS, name string) ([]byte, error) {
	st, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, &regfile.NotRegularError{Mode: st.Mode()}
	}
	if st.Size() > MaxFileSize {
		return nil, &regfile.TooLargeError{Size: st.Size(), Limit: MaxFileSize}
	}
	return fs.ReadFile(fsys, name)
}

// IsPackFile reports whether a file name looks like a pack (*.yaml, *.yml).
func IsPackFile(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".yaml" || ext == ".yml"
}

// Files is the names of a source's pack files (ListFiles' names, in the
// same order), for the picker's watcher: the one choice of which files a
// source loads, so the watcher never watches what the loader skips.
func Files(src Source) ([]string, error) {
	files, _, err := ListFiles(src)
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = f.Name
	}
	return names, err
}

// File is one pack file of a source.
type File struct {
	Name string // as shown in messages: a symbolic link's own name
	Real string // where the bytes are: Name, or the file a link resolves to
}

// ListFiles returns the pack files of a source, chosen by SelectFiles: the
// source itself when it is a file, else the packs under the directory. A
// source path that is a symbolic link is followed (it is the user's own
// choice); links inside the source follow SelectFiles' rules. Entries that
// are refused come back as problems ("file: reason"); the error is for a
// source that cannot be read at all.
func ListFiles(src Source) ([]File, ErrorList, error) {
	if src.FS != nil {
		root := src.Path
		if root == "" {
			root = "."
		}
		files, refused, err := SelectFiles(src.FS, root)
		if err != nil {
			return nil, nil, errors.New(regfile.Reason(err))
		}
		return files, refusedProblems(refused, func(n string) string { return n }), nil
	}
	st, err := os.Stat(src.Path)
	if err != nil {
		return nil, nil, errors.New(regfile.Reason(err))
	}
	if !st.IsDir() {
		if !st.Mode().IsRegular() {
			return nil, nil, errors.New((&regfile.NotRegularError{Mode: st.Mode()}).Error())
		}
		return []File{{Name: src.Path, Real: src.Path}}, nil, nil
	}
	listed, refused, err := SelectFiles(OSTree(src.Path), ".")
	if err != nil {
		return nil, nil, errors.New("无法读取目录：" + regfile.Reason(err))
	}
	osName := func(n string) string { return filepath.Join(src.Path, filepath.FromSlash(n)) }
	var files []File
	for _, l := range listed {
		files = append(files, File{Name: osName(l.Name), Real: osName(l.Real)})
	}
	return files, refusedProblems(refused, osName), nil
}

func refusedProblems(refused []Refused, name func(string) string) ErrorList {
	var out ErrorList
	for _, r := range refused {
		out = append(out, &Error{File: name(r.Name), Rule: RuleFile, Msg: r.Reason})
	}
	return out
}

// OSTree is a directory on disk as an fs.FS that sees symbolic links
// (fs.ReadLinkFS) and takes names os.DirFS would refuse (file names that
// are not UTF-8, from Windows zips): SelectFiles walks it.
type OSTree string

func (t OSTree) path(name string) string {
	return filepath.Join(string(t), filepath.FromSlash(name))
}

// Open opens a file of the tree.
func (t OSTree) Open(name string) (fs.File, error) { return os.Open(t.path(name)) }

// ReadDir lists a directory of the tree, sorted by name.
func (t OSTree) ReadDir(name string) ([]fs.DirEntry, error) { return os.ReadDir(t.path(name)) }

// Stat describes a file, following links.
func (t OSTree) Stat(name string) (fs.FileInfo, error) { return os.Stat(t.path(name)) }

// Lstat describes a file without following a link.
func (t OSTree) Lstat(name string) (fs.FileInfo, error) { return os.Lstat(t.path(name)) }

// ReadLink is a link's target, with slashes.
func (t OSTree) ReadLink(name string) (string, error) {
	target, err := os.Readlink(t.path(name))
	return filepath.ToSlash(target), err
}

// layer computes the effective phrases, overrides and conflicts. It runs
// on every load of 100k phrases, so it works on phrase positions and
// presized tables, not on maps of pointers.
func (s *Set) layer() {
	total := 0
	for _, p := range s.Packs {
		total += len(p.Phrases)
	}
	all := make([]*phrase.Phrase, 0, total)
	for _, p := range s.Packs {
		all = append(all, p.Phrases...)
	}
	// entry: the highest layer a code was seen in and its phrases there
	// (positions in all; rest only when the code is in conflict).
	type entry struct {
		layer phrase.Layer
		first int32
		rest  []int32
	}
	top := make(map[string]int32, total) // code → index into entries
	entries := make([]entry, 0, total)   // in order of first appearance
	for pos, ph := range all {
		i, ok := top[ph.Code]
		if !ok {
			top[ph.Code] = int32(len(entries))
			entries = append(entries, entry{layer: ph.Layer, first: int32(pos)})
			continue
		}
		e := &entries[i]
		switch {
		case ph.Layer > e.layer:
			for _, hidden := range append([]int32{e.first}, e.rest...) {
				s.Overrides = append(s.Overrides, Override{Code: ph.Code, Winner: ph, Hidden: all[hidden]})
			}
			e.layer, e.first, e.rest = ph.Layer, int32(pos), nil
		case ph.Layer == e.layer:
			e.rest = append(e.rest, int32(pos))
		default: // lower layer loaded later: cannot happen with sources in rising order, but stay correct
			s.Overrides = append(s.Overrides, Override{Code: ph.Code, Winner: all[e.first], Hidden: ph})
		}
	}
	winner := make([]bool, len(all))
	n := 0
	for _, e := range entries {
		winner[e.first] = true
		n++
		if len(e.rest) > 0 {
			c := Conflict{Code: all[e.first].Code, Phrases: []*phrase.Phrase{all[e.first]}}
			for _, pos := range e.rest {
				c.Phrases = append(c.Phrases, all[pos])
				winner[pos] = true
				n++
			}
			s.Conflicts = append(s.Conflicts, c)
		}
	}
	s.Phrases = make([]*phrase.Phrase, 0, n)
	for pos, ph := range all {
		if winner[pos] {
			s.Phrases = append(s.Phrases, ph)
		}
	}
}

// GroupOrder is the order the packs declare for their groups (a pack's
// groups: list). The highest layer speaks first, so a team or an agent can
// reorder the starter packs' groups; within a layer, packs in load order.
// A name already placed keeps its place.
func (s *Set) GroupOrder() []string {
	var out []string
	seen := map[string]bool{}
	for layer := phrase.LayerPersonal; layer >= phrase.LayerEmbedded; layer-- {
		for _, p := range s.Packs {
			if p.Layer != layer {
				continue
			}
			for _, g := range p.Groups {
				if !seen[g] {
					seen[g] = true
					out = append(out, g)
				}
			}
		}
	}
	return out
}

// ByGroupOrder returns the phrases sorted by group order: each phrase goes
// where the most specific declared group containing it stands ("售后/退换"
// before "售后" when both are declared); phrases of groups nobody declared
// follow, by their top-level group in the order it first appears, then
// phrases without a group. Within a place, the load order stays. phrases is
// not changed.
func ByGroupOrder(phrases []*phrase.Phrase, order []string) []*phrase.Phrase {
	idx := GroupOrderIndex(phrases, order)
	out := make([]*phrase.Phrase, len(phrases))
	for i, j := range idx {
		out[i] = phrases[j]
	}
	return out
}

// GroupOrderIndex is ByGroupOrder as positions: out[i] is the index in
// phrases of the i-th phrase in group order.
func GroupOrderIndex(phrases []*phrase.Phrase, order []string) []int {
	ranks, last := groupRanks(phrases, order)
	// A stable sort by rank, as a counting sort: the ranks are below last,
	// or MaxInt (no group), which goes after them.
	slot := func(r int) int { return min(r, last) }
	start := make([]int, last+2)
	for _, r := range ranks {
		start[slot(r)+1]++
	}
	for k := 1; k < len(start); k++ {
		start[k] += start[k-1]
	}
	idx := make([]int, len(phrases))
	for i, r := range ranks {
		idx[start[slot(r)]] = i
		start[slot(r)]++
	}
	return idx
}

// groupRanks is each phrase's rank in group order: its group's (or its
// nearest declared parent's) place in order; after them, undeclared top
// groups by first appearance; MaxInt for no group. last is the number of
// ranks below MaxInt.
func groupRanks(phrases []*phrase.Phrase, order []string) (ranks []int, last int) {
	rank := make(map[string]int, len(order))
	for i, g := range order {
		rank[g] = i
	}
	undeclared := map[string]int{}
	ranks = make([]int, len(phrases))
	for i, ph := range phrases {
		ranks[i] = -1
		for g := ph.Group; g != ""; {
			if r, ok := rank[g]; ok {
				ranks[i] = r
				break
			}
			j := strings.LastIndex(g, "/")
			if j < 0 {
				break
			}
			g = g[:j]
		}
		if ranks[i] >= 0 {
			continue
		}
		if ph.Group == "" {
			ranks[i] = math.MaxInt
			continue
		}
		top, _, _ := strings.Cut(ph.Group, "/")
		r, ok := undeclared[top]
		if !ok {
			r = len(order) + len(undeclared)
			undeclared[top] = r
		}
		ranks[i] = r
	}
	return ranks, len(order) + len(undeclared)
}
