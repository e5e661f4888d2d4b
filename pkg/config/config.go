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
	"strings"

	"gopkg.in/yaml.v3"

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

	// File is where the config was read from (or would be written to).
	File string `yaml:"-"`
	// Exists reports whether File was there when loaded.
	Exists bool `yaml:"-"`
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

// Load reads the config file. A missing file is not an error: huashu runs on
// the embedded packs. Unknown keys and bad values are errors at file:line:col.
func Load(file string) (*Config, error) {
	c := &Config{File: file}
	data, err := os.ReadFile(file)
	if errors.Is(err, fs.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read config: %w", file, err)
	}
	c.Exists = true
	if len(bytes.TrimSpace(data)) == 0 {
		return c, nil
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil {
		return nil, configError(file, err)
	}
	if err := c.validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return c, nil
}

func (c *Config) validate() error {
	if _, err := phrase.ParsePlatform(c.Platform); err != nil {
		return fmt.Errorf("platform: %w", err)
	}
	switch c.Clipboard {
	case "", ClipboardAuto, ClipboardSystem, ClipboardOSC52, ClipboardPrint:
	default:
		return fmt.Errorf("clipboard: unknown mode %q (want auto, system, osc52 or print)", c.Clipboard)
	}
	seen := map[string]bool{}
	for i, s := range c.Sources {
		if s.Name == "" {
			return fmt.Errorf("sources[%d]: name is required", i)
		}
		if seen[s.Name] {
			return fmt.Errorf("sources[%d]: name %q is used twice", i, s.Name)
		}
		seen[s.Name] = true
		if s.URL == "" && s.Path == "" {
			return fmt.Errorf("sources[%d] (%s): needs url or path", i, s.Name)
		}
	}
	return nil
}

// configError turns yaml.v3's "yaml: line N: msg" into file:N: msg, one line.
func configError(file string, err error) error {
	msg := err.Error()
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	if strings.HasPrefix(msg, "line ") {
		rest := strings.TrimPrefix(msg, "line ")
		if i := strings.Index(rest, ": "); i > 0 {
			return fmt.Errorf("%s:%s: %s", file, rest[:i], rest[i+2:])
		}
	}
	return fmt.Errorf("%s: %s", file, msg)
}

// SourceDir is where a git-managed team source is checked out.
func (p Paths) SourceDir(name string) string { return filepath.Join(p.Data, "sources", name) }
