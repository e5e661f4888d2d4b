package pack

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

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

// LoadWith is Load with another parser, e.g. one that caches parsed packs.
func LoadWith(sources []Source, parse ParseFunc) *Set {
	s := &Set{Sources: sources}
	for _, src := range sources {
		files, err := listFiles(src)
		if err != nil {
			s.Problems = append(s.Problems, &Error{File: src.Path, Rule: RuleSyntax, Msg: err.Error()})
			continue
		}
		for _, f := range files {
			p, errs := readFile(src, f, parse, f != src.Path)
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

// ReadFile reads and parses one pack file from disk.
func ReadFile(file string) (*phrase.Pack, ErrorList) {
	return readFile(Source{}, file, Parse, false)
}

// readFile reads and parses one file of a source. found says it was found
// in a directory rather than named: then a YAML file that is not a pack
// (LooksLikePack) is skipped without a word.
func readFile(src Source, file string, parse ParseFunc, found bool) (*phrase.Pack, ErrorList) {
	var (
		data []byte
		err  error
		size int64 = -1
	)
	if src.FS != nil {
		if st, e := fs.Stat(src.FS, file); e == nil {
			size = st.Size()
		}
	} else if st, e := os.Stat(file); e == nil {
		size = st.Size()
	}
	if size > MaxFileSize {
		return nil, ErrorList{{File: file, Rule: RuleLimit,
			Msg: fmt.Sprintf("文件有 %d MiB，超过话术包上限 64 MiB", size>>20)}}
	}
	if src.FS != nil {
		data, err = fs.ReadFile(src.FS, file)
	} else {
		data, err = os.ReadFile(file)
	}
	if err != nil {
		return nil, ErrorList{{File: file, Rule: RuleSyntax, Msg: "无法读取文件：" + describeIOError(err)}}
	}
	if found && !LooksLikePack(data) {
		return nil, nil
	}
	return parse(file, data)
}

func describeIOError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "文件不存在"
	case errors.Is(err, fs.ErrPermission):
		return "没有读取权限"
	}
	return err.Error()
}

// IsPackFile reports whether a file name looks like a pack (*.yaml, *.yml).
func IsPackFile(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".yaml" || ext == ".yml"
}

// Files returns the candidate pack files of a source: the file itself, or
// every *.yaml/*.yml under the directory in lexical order, skipping hidden
// entries (.git, .github, .huashu-lint.yaml) so a git checkout loads cleanly.
// It is the one definition of which files a source may load (the loader,
// lint and the picker's watcher use it); of the files found in a directory
// only those that LooksLikePack are packs, which the loader and lint check
// once they have read them.
func Files(src Source) ([]string, error) { return listFiles(src) }

func listFiles(src Source) ([]string, error) {
	if src.FS != nil {
		root := src.Path
		if root == "" {
			root = "."
		}
		var files []string
		err := fs.WalkDir(src.FS, root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if p != root && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if !d.IsDir() && IsPackFile(p) {
				files = append(files, p)
			}
			return nil
		})
		sort.Strings(files)
		return files, err
	}
	st, err := os.Stat(src.Path)
	if err != nil {
		return nil, errors.New(describeIOError(err))
	}
	if !st.IsDir() {
		return []string{src.Path}, nil
	}
	var files []string
	err = filepath.WalkDir(src.Path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != src.Path && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() && IsPackFile(p) {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

// layer computes the effective phrases, overrides and conflicts.
func (s *Set) layer() {
	type entry struct {
		layer   phrase.Layer
		phrases []*phrase.Phrase
	}
	top := map[string]*entry{} // code → the highest layer seen and its phrases there
	var order []string
	for _, p := range s.Packs {
		for _, ph := range p.Phrases {
			e, ok := top[ph.Code]
			switch {
			case !ok:
				top[ph.Code] = &entry{layer: ph.Layer, phrases: []*phrase.Phrase{ph}}
				order = append(order, ph.Code)
			case ph.Layer > e.layer:
				for _, hidden := range e.phrases {
					s.Overrides = append(s.Overrides, Override{Code: ph.Code, Winner: ph, Hidden: hidden})
				}
				e.layer, e.phrases = ph.Layer, []*phrase.Phrase{ph}
			case ph.Layer == e.layer:
				e.phrases = append(e.phrases, ph)
			default: // lower layer loaded later: cannot happen with sources in rising order, but stay correct
				s.Overrides = append(s.Overrides, Override{Code: ph.Code, Winner: e.phrases[0], Hidden: ph})
			}
		}
	}
	winners := map[*phrase.Phrase]bool{}
	for _, code := range order {
		e := top[code]
		if len(e.phrases) > 1 {
			s.Conflicts = append(s.Conflicts, Conflict{Code: code, Phrases: e.phrases})
		}
		for _, ph := range e.phrases {
			winners[ph] = true
		}
	}
	for _, p := range s.Packs {
		for _, ph := range p.Phrases {
			if winners[ph] {
				s.Phrases = append(s.Phrases, ph)
			}
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
	rank := make(map[string]int, len(order))
	for i, g := range order {
		rank[g] = i
	}
	undeclared := map[string]int{}
	ranks := make([]int, len(phrases))
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
	idx := make([]int, len(phrases))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return ranks[idx[a]] < ranks[idx[b]] })
	out := make([]*phrase.Phrase, len(phrases))
	for i, j := range idx {
		out[i] = phrases[j]
	}
	return out
}
