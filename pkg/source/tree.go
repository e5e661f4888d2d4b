package source

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"
)

// gitTree is one commit's tree as a read-only fs.FS that shows symbolic
// links (fs.ReadLinkFS), so that pack.SelectFiles chooses the files of a
// commit by exactly the rules it uses on a checkout. File contents are not
// served (loadCommit reads the chosen blobs itself); a link's target is
// read from git when asked.
type gitTree struct {
	ctx      context.Context
	g        *Git
	dir      string
	entries  map[string]*treeEntry // by slash path; "." is the root
	children map[string][]string   // directory → its entries' names, sorted
	links    map[string]string     // link targets read so far
}

type treeEntry struct {
	name   string
	mode   fs.FileMode
	object string
	size   int64
}

// readTree lists commit's whole tree (git ls-tree -r -t -l -z).
func readTree(ctx context.Context, g *Git, dir, commit string) (*gitTree, error) {
	out, err := g.output(ctx, dir, "ls-tree", "-r", "-t", "-l", "-z", "--full-tree", commit)
	if err != nil {
		return nil, err
	}
	t := &gitTree{ctx: ctx, g: g, dir: dir, entries: map[string]*treeEntry{}, children: map[string][]string{}, links: map[string]string{}}
	t.entries["."] = &treeEntry{name: ".", mode: fs.ModeDir | 0o755}
	for _, rec := range bytes.Split(out, []byte{0}) {
		// "<mode> SP <type> SP <object> SP+ <size> TAB <path>"
		meta, p, ok := strings.Cut(string(rec), "\t")
		if !ok {
			continue
		}
		f := strings.Fields(meta)
		if len(f) != 4 {
			continue
		}
		e := &treeEntry{name: path.Base(p), object: f[2]}
		e.size, _ = strconv.ParseInt(f[3], 10, 64) // "-" for trees and submodules
		switch f[0] {
		case "040000", "160000": // a submodule is an empty directory in a checkout without them
			e.mode = fs.ModeDir | 0o755
		case "100644":
			e.mode = 0o644
		case "100755":
			e.mode = 0o755
		case "120000":
			e.mode = fs.ModeSymlink | 0o777
		default:
			e.mode = fs.ModeIrregular
		}
		t.entries[p] = e
		parent := path.Dir(p)
		t.children[parent] = append(t.children[parent], e.name)
	}
	for _, names := range t.children {
		sort.Strings(names)
	}
	return t, nil
}

func (t *gitTree) lookup(op, name string) (*treeEntry, error) {
	if e, ok := t.entries[name]; ok {
		return e, nil
	}
	return nil, &fs.PathError{Op: op, Path: name, Err: fs.ErrNotExist}
}

// Open describes an entry; reading a file's bytes is not supported.
func (t *gitTree) Open(name string) (fs.File, error) {
	e, err := t.lookup("open", name)
	if err != nil {
		return nil, err
	}
	return &treeFile{info: treeInfo{e}}, nil
}

// ReadDir lists a directory, sorted by name.
func (t *gitTree) ReadDir(name string) ([]fs.DirEntry, error) {
	e, err := t.lookup("readdir", name)
	if err != nil {
		return nil, err
	}
	if !e.mode.IsDir() {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrInvalid}
	}
	var out []fs.DirEntry
	for _, c := range t.children[name] {
		out = append(out, fs.FileInfoToDirEntry(treeInfo{t.entries[path.Join(name, c)]}))
	}
	return out, nil
}

// Lstat describes an entry without following a link.
func (t *gitTree) Lstat(name string) (fs.FileInfo, error) {
	e, err := t.lookup("lstat", name)
	if err != nil {
		return nil, err
	}
	return treeInfo{e}, nil
}

// Stat is Lstat: pack.SelectFiles resolves links itself, component by
// component, and only stats the path it ends at.
func (t *gitTree) Stat(name string) (fs.FileInfo, error) { return t.Lstat(name) }

// ReadLink is a link's target: the blob's content.
func (t *gitTree) ReadLink(name string) (string, error) {
	e, err := t.lookup("readlink", name)
	if err != nil {
		return "", err
	}
	if e.mode&fs.ModeSymlink == 0 {
		return "", &fs.PathError{Op: "readlink", Path: name, Err: fs.ErrInvalid}
	}
	if target, ok := t.links[name]; ok {
		return target, nil
	}
	data, err := t.g.output(t.ctx, t.dir, "cat-file", "blob", e.object)
	if err != nil {
		return "", &fs.PathError{Op: "readlink", Path: name, Err: err}
	}
	t.links[name] = string(data)
	return string(data), nil
}

type treeInfo struct{ e *treeEntry }

func (i treeInfo) Name() string       { return i.e.name }
func (i treeInfo) Size() int64        { return i.e.size }
func (i treeInfo) Mode() fs.FileMode  { return i.e.mode }
func (i treeInfo) ModTime() time.Time { return time.Time{} }
func (i treeInfo) IsDir() bool        { return i.e.mode.IsDir() }
func (i treeInfo) Sys() any           { return nil }

type treeFile struct{ info treeInfo }

func (f *treeFile) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *treeFile) Close() error               { return nil }

func (f *treeFile) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: f.info.Name(), Err: errors.ErrUnsupported}
}
