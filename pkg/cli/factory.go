package cli

import (
	"io"
	"os"
	"sync"
	"time"

	"github.com/huashu-cli/huashu/phrases"
	"github.com/huashu-cli/huashu/pkg/clip"
	"github.com/huashu-cli/huashu/pkg/config"
	"github.com/huashu-cli/huashu/pkg/history"
	"github.com/huashu-cli/huashu/pkg/index"
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

	idxMu  sync.Mutex
	idx    *index.Index
	set    *pack.Set
	idxErr error
	// deferred: the sources of an index served from memory, its build
	// left for StartDeferredBuild. LoadIndex sets it, under idxMu or not.
	deferMu  sync.Mutex
	deferred []pack.Source

	// Spawn starts huashu with args in the background (spawnDetached in
	// the real process, see indexbuild.go); nil, as in tests, builds every
	// index in the foreground.
	Spawn func(args []string) error
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

// Index is the serving index of every source (pkg/index), loaded once; a
// config error fails. When the index handed out earlier was found damaged
// while a command read it (another program overwrote or cut its file), the
// next call builds it again.
func (f *Factory) Index() (*index.Index, error) {
	f.idxMu.Lock()
	defer f.idxMu.Unlock()
	if f.idxErr != nil || f.idx != nil && f.idx.Damaged() == nil {
		return f.idx, f.idxErr
	}
	srcs, err := f.Sources()
	if err != nil {
		f.idxErr = err
		return nil, err
	}
	cfg, _ := f.Config() // Sources succeeded, so the config did
	f.idx, f.set = f.LoadIndex(srcs, cfg, f.idx != nil), nil
	return f.idx, nil
}

// Reindex brings the serving index up to date now, after a command
// changed the packs (add, import, pack update), so the next start (or the
// open picker's reload) finds it built. Problems are for later commands to
// report.
func (f *Factory) Reindex() {
	f.idxMu.Lock()
	f.idx, f.set, f.idxErr = nil, nil, nil
	f.idxMu.Unlock()
	if f.Spawn != nil {
		// Big packs are built in the background: the command that changed
		// them is done (the build reuses every unchanged file's records).
		if srcs, err := f.Sources(); err == nil && index.PackBytes(srcs) >= f.deferAboveFor() {
			f.buildLater(srcs)
			return
		}
	}
	_, _ = f.Index()
}

// Packs is everything loaded, decoded from the index: for the commands
// that need every pack and phrase (doctor, export, add). Problems in single
// files are in the Set's Problems; only a config error fails.
func (f *Factory) Packs() (*pack.Set, error) {
	for attempt := 0; ; attempt++ {
		idx, err := f.Index()
		if err != nil {
			return nil, err
		}
		f.idxMu.Lock()
		set := f.set
		f.idxMu.Unlock()
		if set != nil {
			return set, nil
		}
		set, err = idx.Set()
		if err == nil {
			f.idxMu.Lock()
			f.set = set
			f.idxMu.Unlock()
			return set, nil
		}
		if attempt == 1 {
			return nil, &ExitError{Code: ExitNotFound, Err: err}
		}
	}
}

// Selected is what the flags choose for a command that writes phrases
// out (export): with --pack, those packs, and the built-in ones unless
// --no-embedded (or the config's embedded: false) — not the configured team
// sources nor the personal pack, which the flags did not name; without
// --pack, everything loaded (Packs). Layers apply among what is chosen.
func (f *Factory) Selected() (*pack.Set, error) {
	if len(f.Global.PackPaths) == 0 {
		return f.Packs()
	}
	srcs, err := f.Sources()
	if err != nil {
		return nil, err
	}
	var chosen []pack.Source
	for _, s := range srcs {
		if s.Layer == phrase.LayerEmbedded || s.Layer == phrase.LayerFlag {
			chosen = append(chosen, s)
		}
	}
	return pack.Load(chosen), nil
}

// LoadIndex loads sources the way every command serves packs: through the
// serving index in the cache directory (built when a pack changed), with a
// git source not cloned yet said in one line. rebuild builds it even when
// it looks current (the last one was found damaged).
func (f *Factory) LoadIndex(srcs []pack.Source, cfg *config.Config, rebuild bool) *index.Index {
	idx := index.Load(srcs, index.Options{Dir: f.Paths.Cache, Rebuild: rebuild, DeferAbove: f.deferAboveFor()})
	if idx.Deferred() {
		f.deferMu.Lock()
		f.deferred = srcs
		f.deferMu.Unlock()
	}
	if cfg != nil {
		source.ExplainNotCloned(&pack.Set{Problems: idx.Problems()}, cfg.Sources, f.Paths)
	}
	return idx
}

// serve computes a command's answer from the index, once more from a
// rebuilt index when the first was found damaged while it was read.
func serve[T any](get func() (*index.Index, error), compute func(*index.Index) (T, error)) (T, error) {
	for attempt := 0; ; attempt++ {
		var zero T
		idx, err := get()
		if err != nil {
			return zero, err
		}
		out, err := compute(idx)
		if derr := idx.Damaged(); derr == nil || attempt == 1 {
			if derr != nil {
				return zero, &ExitError{Code: ExitNotFound, Err: derr}
			}
			return out, err
		}
	}
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
