// Package config finds and reads huashu's configuration file and knows where
// its data, state and cache live (XDG on Linux and macOS, the usual folders on
// Windows).
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/huashu-cli/huashu/internal/regfile"
	"gopkg.in/yaml.v3"

	"github.com/huashu-cli/huashu/internal/spell"

	"github.com/huashu-cli/huashu/pkg/match"
	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// Clipboard modes (DESIGN §8).
const (
	ClipboardAuto   = "auto"   // system clipboard, then OSC 52, then an error
	ClipboardSystem = "system" // the system clipboard only
	ClipboardOSC52  = "osc52"  // the terminal's clipboard over OSC 52 only
	ClipboardPrint  = "print"  // write to stdout instead of copying
)

// SourceConfig is one team source: a git checkout managed by `huashu pack`
// (URL set, Path under the data dir) or a plain directory or file (Path only).
type SourceConfig struct {
	Name string `yaml:"name"`
	URL  string `yaml:"url,omitempty"`
	Path string `yaml:"path,omitempty"`
}

// Config is the user's config file. Every field is optional.
type Config struct {
	Platform  string            `yaml:"platform,omitempty"`  // jd | tmall | pdd
	Sources   []SourceConfig    `yaml:"sources,omitempty"`   // team sources, lowest first
	Personal  string            `yaml:"personal,omitempty"`  // the personal pack file
	Vars      map[string]string `yaml:"vars,omitempty"`      // personal placeholder values
	Embedded  *bool             `yaml:"embedded,omitempty"`  // load the starter packs (default true)
	Clipboard string            `yaml:"clipboard,omitempty"` // auto | system | osc52 | print
	Lint      string            `yaml:"lint,omitempty"`      // path of a .huashu-lint.yaml to use
	Picker    PickerConfig      `yaml:"picker,omitempty"`    // how the picker behaves
	Match     *MatchConfig      `yaml:"match,omitempty"`     // search settings

	// File is where the config was read from (or would be written to).
	File string `yaml:"-"`
	// Exists reports whether File was there when loaded.
	Exists bool `yaml:"-"`
}

// MatchConfig holds the search settings (docs/matching.md).
type MatchConfig struct {
	// FuzzyPinyin lists the 模糊音 pairs read as each other (zh, ch, sh,
	// n-l, f-h, r-l, an-ang, en-eng, in-ing); nil means all nine, an empty
	// list none.
	FuzzyPinyin *[]string `yaml:"fuzzy_pinyin,omitempty"`
}

// FuzzyPinyin is the set of 模糊音 pairs search uses: all nine unless the
// config lists them (the names were checked when the file was read).
func (c *Config) FuzzyPinyin() match.FuzzyPair {
	if c.Match == nil || c.Match.FuzzyPinyin == nil {
		return match.FuzzyAll
	}
	pairs, err := match.ParseFuzzyPairs(*c.Match.FuzzyPinyin)
	if err != nil {
		return match.FuzzyAll // a Config built by hand with a bad name
	}
	return pairs
}

// PickerConfig is the picker's section of the config file.
type PickerConfig struct {
	// KeepGroup keeps the group tab after a copy (for agents who work one
	// group all day); by default the next chat starts in 全部.
	KeepGroup bool `yaml:"keep_group,omitempty"`
	// AutoUpdate is how often the picker runs "pack update" in the
	// background when it starts ("6h", "30m", "1d"); empty or "off" never.
	AutoUpdate string `yaml:"auto_update,omitempty"`
}

// AutoUpdateEvery is picker.auto_update as a duration; 0 is off.
func (c *Config) AutoUpdateEvery() time.Duration {
	d, _ := parseInterval(c.Picker.AutoUpdate)
	return d
}

// MinAutoUpdate is the shortest picker.auto_update: a team's git server is
// asked at most this often per agent.
const MinAutoUpdate = 10 * time.Minute

// parseInterval reads an interval: Go durations ("6h", "90m") and whole
// days ("1d"); "", "off" and "0" are off.
func parseInterval(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	switch s {
	case "", "off", "0":
		return 0, nil
	}
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil || n <= 0 {
			return 0, fmt.Errorf("看不懂的间隔 %q", s)
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("看不懂的间隔 %q", s)
	}
	return d, nil
}

// EmbeddedEnabled reports whether the starter packs load (the default).
func (c *Config) EmbeddedEnabled() bool { return c.Embedded == nil || *c.Embedded }

// ClipboardMode is the configured mode, auto when unset.
func (c *Config) ClipboardMode() string {
	if c.Clipboard == "" {
		return ClipboardAuto
	}
	return c.Clipboard
}

// Paths are the directories huashu uses.
type Paths struct {
	Config string // the config file
	Data   string // team checkouts, the personal pack
	State  string // usage history
	Cache  string // search index cache
}

// PersonalPack is the default personal pack file.
func (p Paths) PersonalPack() string { return filepath.Join(p.Data, "personal.yaml") }

// Env abstracts the environment so tests set paths without touching the
// process (nil means os.Getenv).
type Env func(string) string

// DefaultPaths resolves the paths from the environment: HUASHU_CONFIG, then
// XDG_*_HOME, then the platform's defaults.
func DefaultPaths(getenv Env) Paths {
	if getenv == nil {
		getenv = os.Getenv
	}
	home := getenv("HOME")
	if home == "" {
		home, _ = os.UserHomeDir()
	}
	dir := func(xdg, fallback string) string {
		if v := getenv(xdg); v != "" && filepath.IsAbs(v) {
			return filepath.Join(v, "huashu")
		}
		return fallback
	}
	var p Paths
	if runtime.GOOS == "windows" {
		appData, local := getenv("APPDATA"), getenv("LOCALAPPDATA")
		if appData == "" {
			appData = filepath.Join(home, "AppData", "Roaming")
		}
		if local == "" {
			local = filepath.Join(home, "AppData", "Local")
		}
		p = Paths{
			Config: filepath.Join(dir("XDG_CONFIG_HOME", filepath.Join(appData, "huashu")), "config.yaml"),
			Data:   dir("XDG_DATA_HOME", filepath.Join(local, "huashu", "data")),
			State:  dir("XDG_STATE_HOME", filepath.Join(local, "huashu", "state")),
			Cache:  dir("XDG_CACHE_HOME", filepath.Join(local, "huashu", "cache")),
		}
	} else {
		p = Paths{
			Config: filepath.Join(dir("XDG_CONFIG_HOME", filepath.Join(home, ".config", "huashu")), "config.yaml"),
			Data:   dir("XDG_DATA_HOME", filepath.Join(home, ".local", "share", "huashu")),
			State:  dir("XDG_STATE_HOME", filepath.Join(home, ".local", "state", "huashu")),
			Cache:  dir("XDG_CACHE_HOME", filepath.Join(home, ".cache", "huashu")),
		}
	}
	if c := getenv("HUASHU_CONFIG"); c != "" {
		p.Config = c
	}
	return p
}

// MaxFileSize is the largest config file huashu reads: a config is a few
// lines; anything bigger (or endless, like /dev/zero) is not one.
const MaxFileSize = 1 << 20

// Load reads the config file. A missing file is not an error: huashu runs on
// the embedded packs. Unknown keys and bad values are errors at
// file:line:col that name the key. Paths in the file (personal, lint,
// sources[].path) may start with ~ and are relative to the config file's
// directory.
func Load(file string) (*Config, error) {
	data, err := regfile.Read(file, MaxFileSize)
	if errors.Is(err, fs.ErrNotExist) {
		return &Config{File: file}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%s: 无法读取配置文件：%s", file, regfile.Reason(err))
	}
	c, err := decode(file, data)
	if err != nil {
		return nil, err
	}
	c.expandPaths()
	return c, nil
}

// The config file's keys, in the order the docs list them.
var (
	configKeys = []string{"platform", "clipboard", "embedded", "personal", "vars", "sources", "lint", "picker", "match"}
	sourceKeys = []string{"name", "url", "path"}
	pickerKeys = []string{"keep_group", "auto_update"}
	matchKeys  = []string{"fuzzy_pinyin"}
)

// decode checks data against the config format and reads it. It walks the
// YAML nodes first so every problem names its key and position, in the words
// pack errors use.
func decode(file string, data []byte) (*Config, error) {
	c := &Config{File: file, Exists: true}
	// The packs' encoding check and YAML error messages: a config saved
	// as UTF-16 or GBK, or with a syntax error, fails as a pack would.
	data, e := pack.CheckText(file, data, "配置文件")
	if e != nil {
		return nil, e
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return c, nil
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, configError(file, data, err)
	}
	if len(doc.Content) == 0 {
		return c, nil // comments only
	}
	root := doc.Content[0]
	at := func(n *yaml.Node, format string, a ...any) error {
		return fmt.Errorf("%s:%d:%d: %s", file, n.Line, n.Column, fmt.Sprintf(format, a...))
	}
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return c, nil
	}
	if root.Kind != yaml.MappingNode {
		return nil, at(root, "配置文件应为映射（platform: …、sources: …）")
	}
	checkKeys := func(m *yaml.Node, allowed []string, where string) error {
		seen := map[string]int{}
		for i := 0; i+1 < len(m.Content); i += 2 {
			k := m.Content[i]
			if line, dup := seen[k.Value]; dup {
				return at(k, "重复的字段 %q（第 %d 行已有）", where+k.Value, line)
			}
			seen[k.Value] = k.Line
			if !slices.Contains(allowed, k.Value) {
				msg := fmt.Sprintf("未知字段 %q", where+k.Value)
				if near := spell.Nearest(k.Value, allowed, 2); near != "" {
					msg += fmt.Sprintf("，是不是 %q？", near)
				}
				return at(k, "%s（可用字段：%s）", msg, strings.Join(allowed, ", "))
			}
		}
		return nil
	}
	wantKind := func(n *yaml.Node, kind yaml.Kind, key, what string) error {
		if n.Kind == yaml.AliasNode || n.Kind != kind || kind == yaml.ScalarNode && n.Tag == "!!null" {
			return at(n, "字段 %q 应为%s", key, what)
		}
		return nil
	}
	if err := checkKeys(root, configKeys, ""); err != nil {
		return nil, err
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i].Value, root.Content[i+1]
		var err error
		switch k {
		case "platform", "clipboard", "personal", "lint":
			err = wantKind(v, yaml.ScalarNode, k, "字符串")
		case "embedded":
			if err = wantKind(v, yaml.ScalarNode, k, "true 或 false"); err == nil && v.Tag != "!!bool" {
				err = at(v, "字段 %q 应为 true 或 false，实际是 %q", k, v.Value)
			}
		case "vars":
			if err = wantKind(v, yaml.MappingNode, k, "映射（变量名: 值）"); err == nil {
				for j := 1; j < len(v.Content) && err == nil; j += 2 {
					err = wantKind(v.Content[j], yaml.ScalarNode, "vars."+v.Content[j-1].Value, "字符串")
				}
			}
		case "picker":
			if err = wantKind(v, yaml.MappingNode, k, "映射（keep_group、auto_update）"); err != nil {
				break
			}
			if err = checkKeys(v, pickerKeys, "picker."); err != nil {
				break
			}
			for j := 1; j < len(v.Content) && err == nil; j += 2 {
				key, val := "picker."+v.Content[j-1].Value, v.Content[j]
				switch v.Content[j-1].Value {
				case "keep_group":
					if err = wantKind(val, yaml.ScalarNode, key, "true 或 false"); err == nil && val.Tag != "!!bool" {
						err = at(val, "字段 %q 应为 true 或 false，实际是 %q", key, val.Value)
					}
				case "auto_update":
					if err = wantKind(val, yaml.ScalarNode, key, "间隔（如 6h、30m、1d）或 off"); err != nil {
						break
					}
					d, perr := parseInterval(val.Value)
					switch {
					case perr != nil:
						err = at(val, "字段 %q：%v；请写 6h、30m、1d 这样的间隔，或 off", key, perr)
					case d > 0 && d < MinAutoUpdate:
						err = at(val, "字段 %q 的间隔 %s 太短：至少 %s", key, val.Value, MinAutoUpdate)
					}
				}
			}
		case "match":
			err = checkMatch(v, wantKind, checkKeys, at)
		case "sources":
			if err = wantKind(v, yaml.SequenceNode, k, "列表"); err == nil {
				for j, item := range v.Content {
					where := fmt.Sprintf("sources[%d].", j)
					if err = wantKind(item, yaml.MappingNode, where[:len(where)-1], "映射（name、url 或 path）"); err != nil {
						break
					}
					if err = checkKeys(item, sourceKeys, where); err != nil {
						break
					}
					for m := 1; m < len(item.Content) && err == nil; m += 2 {
						err = wantKind(item.Content[m], yaml.ScalarNode, where+item.Content[m-1].Value, "字符串")
					}
				}
			}
		}
		if err != nil {
			return nil, err
		}
	}
	if err := root.Decode(c); err != nil {
		return nil, configError(file, data, err)
	}
	if err := c.validate(root, at); err != nil {
		return nil, err
	}
	return c, nil
}

// checkMatch checks the match: section: a mapping of known keys, and
// fuzzy_pinyin a list of known pair names.
func checkMatch(v *yaml.Node, wantKind func(*yaml.Node, yaml.Kind, string, string) error,
	checkKeys func(*yaml.Node, []string, string) error, at func(*yaml.Node, string, ...any) error) error {
	if err := wantKind(v, yaml.MappingNode, "match", "映射（fuzzy_pinyin: […]）"); err != nil {
		return err
	}
	if err := checkKeys(v, matchKeys, "match."); err != nil {
		return err
	}
	for i := 0; i+1 < len(v.Content); i += 2 {
		list := v.Content[i+1]
		if err := wantKind(list, yaml.SequenceNode, "match.fuzzy_pinyin", "列表（如 [zh, ch, sh, n-l]）"); err != nil {
			return err
		}
		for j, item := range list.Content {
			key := fmt.Sprintf("match.fuzzy_pinyin[%d]", j)
			if err := wantKind(item, yaml.ScalarNode, key, "字符串"); err != nil {
				return err
			}
			if _, err := match.ParseFuzzyPairs([]string{item.Value}); err != nil {
				return at(item, "未知的模糊音 %q（可用：%s）", item.Value, strings.Join(match.FuzzyPairNames(), "、"))
			}
		}
	}
	return nil
}

func (c *Config) validate(root *yaml.Node, at func(*yaml.Node, string, ...any) error) error {
	value := func(key string) *yaml.Node {
		for i := 0; i+1 < len(root.Content); i += 2 {
			if root.Content[i].Value == key {
				return root.Content[i+1]
			}
		}
		return root
	}
	if _, err := phrase.ParsePlatform(c.Platform); err != nil {
		return at(value("platform"), "未知平台 %q（可用：jd、tmall、pdd）", c.Platform)
	}
	switch c.Clipboard {
	case "", ClipboardAuto, ClipboardSystem, ClipboardOSC52, ClipboardPrint:
	default:
		return at(value("clipboard"), "未知的剪贴板模式 %q（可用：auto、system、osc52、print）", c.Clipboard)
	}
	seen := map[string]bool{}
	srcs := value("sources")
	for i, s := range c.Sources {
		n := srcs
		if i < len(srcs.Content) {
			n = srcs.Content[i]
		}
		switch {
		case s.Name == "":
			return at(n, "sources[%d] 缺少必填字段 \"name\"", i)
		case seen[s.Name]:
			return at(n, "sources[%d]：名称 %q 重复", i, s.Name)
		case s.URL == "" && s.Path == "":
			return at(n, "sources[%d]（%s）需要 url 或 path", i, s.Name)
		}
		seen[s.Name] = true
	}
	return nil
}

// configError is a yaml.v3 error in the config file as the packs report
// theirs: file:line:col and a Chinese explanation (pack.SyntaxError).
func configError(file string, data []byte, err error) error {
	return pack.SyntaxError(file, data, err)
}

// expandPaths makes the file's paths usable from any working directory:
// a leading ~ is the home directory, and a relative path is relative to the
// config file's own directory (not to wherever huashu was started).
func (c *Config) expandPaths() {
	dir := filepath.Dir(c.File)
	expand := func(p string) string {
		if p == "" {
			return p
		}
		if p == "~" || strings.HasPrefix(p, "~/") || strings.HasPrefix(p, `~\`) {
			if home, err := os.UserHomeDir(); err == nil {
				p = filepath.Join(home, p[1:])
			}
		}
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, p)
		}
		return p
	}
	c.Personal = expand(c.Personal)
	c.Lint = expand(c.Lint)
	for i := range c.Sources {
		c.Sources[i].Path = expand(c.Sources[i].Path)
	}
}

// SourceDir is where a git-managed team source is checked out.
func (p Paths) SourceDir(name string) string { return filepath.Join(p.Data, "sources", name) }
