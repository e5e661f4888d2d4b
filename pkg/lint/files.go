package lint

import (
	"path"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/huashu-cli/huashu/pkg/pack"
)

// Which files "huashu lint" checks when it walks a directory (a PATH that
// is a directory, or the team repository when no PATH is given):
//
//   - every *.yaml / *.yml below it, hidden entries skipped (pack.Files);
//   - minus the files matching an "exclude" glob of .huashu-lint.yaml;
//   - of the rest, those matching an "include" glob when the config has one
//     (the team says these are packs: a file there with a mistyped top-level
//     key is still checked), else those that pack.LooksLikePack (a top-level
//     pack: or phrases: key), so mkdocs.yml or a CI file is not a pack.
//
// A file named on the command line is always checked. Globs are relative to
// the directory holding .huashu-lint.yaml, use "/", and support *, ?, [...]
// and ** (any number of directories); a pattern naming a directory
// ("packs", "packs/") covers everything below it.

// Selects reports whether lint checks a file it found in a directory. file
// is the path as found; data its bytes.
func (c *Config) Selects(file string, data []byte) bool {
	if rel, ok := c.relative(file); ok {
		if matchAny(c.Exclude, rel) {
			return false
		}
		if len(c.Include) > 0 {
			return matchAny(c.Include, rel)
		}
	}
	// Without include globs, or outside the repository the config belongs
	// to, the content decides.
	return pack.LooksLikePack(data)
}

// relative is file relative to the config's directory, slash-separated; ok
// is false without a config file or for a file outside its directory.
func (c *Config) relative(file string) (string, bool) {
	if c == nil || c.File == "" || (len(c.Include) == 0 && len(c.Exclude) == 0) {
		return "", false
	}
	base, err1 := filepath.Abs(filepath.Dir(c.File))
	abs, err2 := filepath.Abs(file)
	if err1 != nil || err2 != nil {
		return "", false
	}
	rel, err := filepath.Rel(base, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

func matchAny(globs []string, rel string) bool {
	for _, g := range globs {
		if matchGlob(g, rel) {
			return true
		}
	}
	return false
}

// matchGlob matches a slash-separated relative path against a glob with **.
// A pattern also matches everything below a directory it matches.
func matchGlob(pattern, rel string) bool {
	p := strings.Split(cleanGlob(pattern), "/")
	return matchSegments(p, strings.Split(rel, "/")) || matchSegments(append(p, "**"), strings.Split(rel, "/"))
}

func cleanGlob(g string) string {
	g = strings.TrimPrefix(filepath.ToSlash(g), "./")
	return strings.TrimSuffix(g, "/")
}

func matchSegments(pat, name []string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			for i := 0; i <= len(name); i++ {
				if matchSegments(pat[1:], name[i:]) {
					return true
				}
			}
			return false
		}
		if len(name) == 0 {
			return false
		}
		if ok, err := path.Match(pat[0], name[0]); err != nil || !ok {
			return false
		}
		pat, name = pat[1:], name[1:]
	}
	return len(name) == 0
}

// parseGlobs reads include: or exclude:, a list of globs.
func parseGlobs(key string, n *yaml.Node, fail func(*yaml.Node, string, ...any) error) ([]string, error) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, fail(n, "%s 应该是路径列表，例如 %s: [packs/]", key, key)
	}
	var globs []string
	for _, item := range n.Content {
		g := cleanGlob(item.Value)
		if item.Kind != yaml.ScalarNode || g == "" {
			return nil, fail(item, "%s 的每一项应该是一个路径（可以用 * 和 **）", key)
		}
		if strings.HasPrefix(g, "/") || g == ".." || strings.HasPrefix(g, "../") {
			return nil, fail(item, "%s 的路径 %q 要相对于 .huashu-lint.yaml 所在的目录，不能以 / 或 .. 开头", key, item.Value)
		}
		for _, seg := range strings.Split(g, "/") {
			if _, err := path.Match(seg, ""); err != nil {
				return nil, fail(item, "%s 的路径 %q 不是有效的通配符（%v）", key, item.Value, err)
			}
		}
		globs = append(globs, item.Value)
	}
	return globs, nil
}
