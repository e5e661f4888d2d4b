package pack

import (
	"errors"
	"io/fs"
	"path"
	"strings"

	"github.com/huashu-cli/huashu/internal/regfile"
)

// Which files of a source are packs is decided here, once, for the loader,
// for lint and for the check pack update runs on a new commit (which reads
// git's tree instead of a checkout, through the same fs.FS interface):
//
//   - *.yaml and *.yml files, in lexical order;
//   - hidden entries (a name starting with ".": .git, .github,
//     .huashu-lint.yaml) are skipped, directories with everything in them;
//   - a regular file is a pack;
//   - a symbolic link is a pack only when it resolves, through relative
//     links that never leave the source, to a regular file of the source
//     outside hidden directories. A link that points outside the source
//     (absolute, or with ".." climbing out), into a hidden directory, to
//     nothing, in a loop, or to anything but a regular file is refused:
//     a team repository must not make huashu read /dev/zero or a file the
//     review in git never saw. A link to a file that is loaded anyway is
//     not read twice;
//   - a named pipe, a device or a socket is refused (reading one blocks or
//     never ends);
//   - a directory that cannot be read is reported and the rest still load;
//   - of the files found under a directory, only those whose top level has a
//     pack: or phrases: key are packs (LooksLikePack, checked once a file is
//     read): mkdocs.yml or a CI file in a team repository is not. A file
//     named on its own is always read as a pack.
//
// Refused entries are reported as "file: reason" and skipped; they never
// stop the others.

// maxLinkHops bounds how many symbolic links one name may pass through
// (Linux's own limit is 40).
const maxLinkHops = 40

// Refused is an entry that looks like a pack (or a directory that may hold
// some) and is not read, with the reason in words.
type Refused struct {
	Name   string
	Reason string
}

// SelectFiles lists the pack files under root in fsys (a slash path, "."
// for the whole tree) by the rules above. fsys should implement
// fs.ReadLinkFS to see symbolic links (os.DirFS does); without it there are
// none. The error is for a root that cannot be read at all.
func SelectFiles(fsys fs.FS, root string) ([]File, []Refused, error) {
	s := &selector{fsys: fsys, root: root}
	if _, err := fs.ReadDir(fsys, root); err != nil {
		return nil, nil, err
	}
	s.dir(root)
	// A link to a file that is loaded anyway (directly or through an
	// earlier link) is not read twice.
	direct := map[string]bool{}
	for _, l := range s.files {
		if l.Name == l.Real {
			direct[l.Real] = true
		}
	}
	var out []File
	seen := map[string]bool{}
	for _, l := range s.files {
		if l.Name != l.Real && (direct[l.Real] || seen[l.Real]) {
			continue
		}
		seen[l.Real] = true
		out = append(out, l)
	}
	return out, s.refused, nil
}

type selector struct {
	fsys    fs.FS
	root    string
	files   []File
	refused []Refused
}

func (s *selector) dir(dir string) {
	entries, err := fs.ReadDir(s.fsys, dir)
	if err != nil {
		s.refused = append(s.refused, Refused{dir, "无法读取目录：" + regfile.Reason(err)})
		return
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		name := path.Join(dir, e.Name())
		t := e.Type()
		switch {
		case t.IsDir():
			s.dir(name)
		case !IsPackFile(name):
			// Not a pack by its name, whatever it is.
		case t.IsRegular():
			s.files = append(s.files, File{Name: name, Real: name})
		case t&fs.ModeSymlink != 0:
			if real, why := s.resolve(name); why != "" {
				s.refused = append(s.refused, Refused{name, why})
			} else {
				s.files = append(s.files, File{Name: name, Real: real})
			}
		default:
			s.refused = append(s.refused, Refused{name, "不是普通文件（" + regfile.Kind(t) + "），已跳过"})
		}
	}
}

// resolve follows the symbolic link name through the tree, component by
// component, and returns the regular file it ends at, or why it is refused.
func (s *selector) resolve(name string) (string, string) {
	const outside = "符号链接指向话术源以外（%s），出于安全不读取；只允许指向本话术源里的文件"
	rest := splitPath(s.rel(name))
	cur := s.root
	hops := 0
	for len(rest) > 0 {
		next := path.Join(cur, rest[0])
		rest = rest[1:]
		fi, err := fs.Lstat(s.fsys, next)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return "", "符号链接指向的文件不存在"
			}
			return "", "无法解析符号链接：" + regfile.Reason(err)
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			cur = next
			continue
		}
		if hops++; hops > maxLinkHops {
			return "", "符号链接循环"
		}
		target, err := fs.ReadLink(s.fsys, next)
		if err != nil {
			return "", "无法解析符号链接：" + regfile.Reason(err)
		}
		if path.IsAbs(target) || strings.Contains(target, `\`) || hasVolume(target) {
			return "", strings.Replace(outside, "%s", target, 1)
		}
		joined := path.Join(path.Dir(next), target)
		rel := s.rel(joined)
		if rel == ".." || strings.HasPrefix(rel, "../") {
			return "", strings.Replace(outside, "%s", target, 1)
		}
		rest = append(splitPath(rel), rest...)
		cur = s.root
	}
	for _, part := range splitPath(s.rel(cur)) {
		if strings.HasPrefix(part, ".") {
			return "", "符号链接指向隐藏的文件或目录（" + s.rel(cur) + "），不读取"
		}
	}
	fi, err := fs.Stat(s.fsys, cur)
	if err != nil {
		return "", "无法解析符号链接：" + regfile.Reason(err)
	}
	if !fi.Mode().IsRegular() {
		return "", "符号链接指向的不是普通文件（" + regfile.Kind(fi.Mode()) + "），已跳过"
	}
	return cur, ""
}

// rel is p relative to the root, "." for the root itself; ".." leads out.
func (s *selector) rel(p string) string {
	if s.root == "." {
		return path.Clean(p)
	}
	if p == s.root {
		return "."
	}
	if after, ok := strings.CutPrefix(p, s.root+"/"); ok {
		return after
	}
	// Climbed out of the root: say so the way path.Join would.
	return "../" + p
}

func splitPath(p string) []string {
	if p == "." || p == "" {
		return nil
	}
	return strings.Split(p, "/")
}

// hasVolume reports a Windows drive letter (C:…), which is never relative.
func hasVolume(p string) bool {
	return len(p) >= 2 && p[1] == ':' && (p[0] >= 'a' && p[0] <= 'z' || p[0] >= 'A' && p[0] <= 'Z')
}
