package cli

import (
	"io"
	"os"
	"sync"
	"time"

	"github.com/huashu-cli/huashu/phrases"
	"github.com/huashu-cli/huashu/pkg/cache"
	"github.com/huashu-cli/huashu/pkg/clip"
	"github.com/huashu-cli/huashu/pkg/config"
	"github.com/huashu-cli/huashu/pkg/history"
	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
	"github.com/huashu-cli/huashu/pkg/source"
)

// GlobalOptions are the persistent flags every command shares.
type GlobalOptions struct {
	PackPaths  []string // --pack, repeatable
	NoEmbedded bool     // --no-embedded
	ConfigFile string   // --config
}

// Factory hands commands their dependencies. Commands take what they need in
// their Options, so tests swap any of them.
type Factory struct {
	IO     *IOStreams
	Global *GlobalOptions
	Now    func() time.Time

	// Paths are resolved from the environment once, at start.
	Paths config.Paths

	once    sync.Once
	config  *config.Config
	confErr error

	setOnce sync.Once
	set     *pack.Set
	setErr  error
}

// NewFactory builds the factory for the real process.
func NewFactory(io *IOStreams) *Factory {
	getenv := io.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	return &Factory{
		IO:     io,
		Global: &GlobalOptions{},
		Now:    time.Now,
		Paths:  config.DefaultPaths(getenv),
	}
}

// Config reads the config file once (--config, else HUASHU_CONFIG, else the
// XDG path). A missing file is an empty config.
func (f *Factory) Config() (*config.Config, error) {
	f.once.Do(func() { f.config, f.confErr = f.ReadConfig() })
	return f.config, f.confErr
}

// ReadConfig reads the config file now, uncached (the picker reloads it
// when it changes).
func (f *Factory) ReadConfig() (*config.Config, error) {
	file := f.Paths.Config
	if f.Global.ConfigFile != "" {
		file = f.Global.ConfigFile
		// A file named on the command line must be there: a typo would
		// otherwise run silently on the defaults.
		if _, err := os.Stat(file); err != nil {
			return nil, Usage("--config %s: 配置文件不存在", file)
		}
	}
	cfg, err := config.Load(file)
	if err != nil {
		return nil, &ExitError{Code: ExitUsage, Err: err}
	}
	return cfg, nil
}

// Sources lists where packs come from, lowest layer first (DESIGN §4):
// embedded → team sources → --pack → personal.
func (f *Factory) Sources() ([]pack.Source, error) {
	cfg, err := f.Config()
	if err != nil {
		return nil, err
	}
	return f.SourcesFor(cfg)
}

// SourcesFor is Sources for a given config.
func (f *Factory) SourcesFor(cfg *config.Config) ([]pack.Source, error) {
	var srcs []pack.Source
	if !f.Global.NoEmbedded && cfg.EmbeddedEnabled() {
		srcs = append(srcs, pack.Source{Name: "embedded", Layer: phrase.LayerEmbedded, Path: ".", FS: phrases.FS})
	}
	for _, s := range cfg.Sources {
		p := s.Path
		if s.URL != "" {
			p = f.Paths.SourceDir(s.Name)
		}
		srcs = append(srcs, pack.Source{Name: s.Name, Layer: phrase.LayerTeam, Path: p})
	}
	for _, p := range f.Global.PackPaths {
		if _, err := os.Stat(p); err != nil {
			return nil, Usage("--pack %s: 文件或目录不存在", p)
		}
		srcs = append(srcs, pack.Source{Name: p, Layer: phrase.LayerFlag, Path: p})
	}
	personal := f.PersonalPath(cfg)
	if _, err := os.Stat(personal); err == nil {
		srcs = append(srcs, pack.Source{Name: "personal", Layer: phrase.LayerPersonal, Path: personal})
	}
	return srcs, nil
}

// PersonalPath is the personal pack file: the config's, else the default.
func (f *Factory) PersonalPath(cfg *config.Config) string {
	if cfg != nil && cfg.Personal != "" {
		return cfg.Personal
	}
	return f.Paths.PersonalPack()
}

// Packs loads every source once. Problems in single files are in the Set's
// Problems; only a config error fails.
func (f *Factory) Packs() (*pack.Set, error) {
	f.setOnce.Do(func() {
		srcs, err := f.Sources()
		if err != nil {
			f.setErr = err
			return
		}
		cfg, _ := f.Config() // Sources succeeded, so the config did
		f.set = f.LoadSet(srcs, cfg)
	})
	return f.set, f.setErr
}

// LoadSet loads sources the way every command serves packs: lean, through
// the index cache, with a git source not cloned yet said in one line.
func (f *Factory) LoadSet(srcs []pack.Source, cfg *config.Config) *pack.Set {
	set := pack.LoadWith(srcs, leanCache(f).Parse(pack.ParseLean))
	if cfg != nil {
		source.ExplainNotCloned(set, cfg.Sources, f.Paths)
	}
	return set
}

// Platform is the platform to render for: the flag's value when given, else
// the config's.
func (f *Factory) Platform(flag string) (phrase.Platform, error) {
	if flag != "" {
		p, err := phrase.ParsePlatform(flag)
		if err != nil {
			return "", Usage("--platform：%v", err)
		}
		return p, nil
	}
	cfg, err := f.Config()
	if err != nil {
		return "", err
	}
	return phrase.Platform(cfg.Platform), nil
}

// Clipboard builds the clipboard for the config's mode; print forces --print.
func (f *Factory) Clipboard(print bool) (clip.Clipboard, error) {
	if print {
		return clip.Print{W: f.IO.Out}, nil
	}
	return f.ClipboardOn(f.IO.Out)
}

// ClipboardOn is Clipboard with OSC 52 written to term when stdout is the
// terminal (the picker passes its terminal writer, which serialises a copy
// with the frames it draws).
func (f *Factory) ClipboardOn(term io.Writer) (clip.Clipboard, error) {
	cfg, err := f.Config()
	if err != nil {
		return nil, err
	}
	cb, err := clip.New(cfg.ClipboardMode(), f.IO.Out, f.terminal(term))
	if err != nil {
		return nil, Usage("%s：剪贴板设置：%v", cfg.File, err)
	}
	return cb, nil
}

// terminal is where OSC 52 goes: the controlling terminal when there is one.
func (f *Factory) terminal(out io.Writer) clip.Terminal {
	getenv := f.IO.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	t := clip.Terminal{InTmux: getenv("TMUX") != ""}
	if f.IO.OutTTY {
		t.W = out
	} else if f.IO.InTTY || f.IO.stderr || f.IO.ErrOut == os.Stderr {
		if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
			t.W = tty
		}
	}
	return t
}

// History is the usage store in the state dir.
func (f *Factory) History() *history.Store {
	return history.Open(f.HistoryPath())
}

// Pins is the picker's pinned codes in the state dir.
func (f *Factory) Pins() *history.Pins {
	return history.OpenPins(f.Paths.State + string(os.PathSeparator) + "pins.json")
}

// HistoryPath is the usage file.
func (f *Factory) HistoryPath() string {
	return f.Paths.State + string(os.PathSeparator) + "history.json"
}

// leanCache is the index cache for packs parsed to serve (pack.ParseLean):
// no Phrase.Locs, which only lint reads, and lint parses files itself.
func leanCache(f *Factory) *cache.Cache {
	c := cache.New(f.Paths.Cache)
	c.Variant = "lean"
	return c
}
