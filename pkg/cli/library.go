package cli

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/huashu-cli/huashu/pkg/config"
	"github.com/huashu-cli/huashu/pkg/index"
	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
	"github.com/huashu-cli/huashu/pkg/render"
	"github.com/huashu-cli/huashu/pkg/tui"
	"github.com/huashu-cli/huashu/pkg/watch"
)

// library is the packs behind the picker, kept current: Refresh is the one
// function the picker calls to reload them (before every copy and about
// once a second). It watches every pack file of the personal pack, the team
// sources and --pack paths, the personal pack's path before it exists, and
// the config file (its vars, sources and personal path), with pkg/watch.
//
// A reload reads the config and every source again, the way a start does;
// big files come back from the index cache. When the reload fails (the
// config file was saved half-written), the picker keeps what it had and
// says why.
type library struct {
	// readConfig reads the config file now; sources lists the sources for
	// a config; load loads them; isNew reads the 新 marks; now is the clock.
	readConfig func() (*config.Config, error)
	sources    func(cfg *config.Config) ([]pack.Source, error)
	personal   func(cfg *config.Config) string
	load       func(srcs []pack.Source, cfg *config.Config, rebuild bool) *index.Index
	isNew      func() func(pack, code string) bool
	now        func() time.Time
	flagVars   map[string]string // pick --var

	mu   sync.Mutex
	gen  int
	snap *watch.Snapshot
	cur  *tui.Library
	set  *pack.Set
	cfg  *config.Config
}

// newLibrary wires a library to the factory's loading.
func newLibrary(f *Factory, flagVars map[string]string) *library {
	return &library{
		readConfig: f.ReadConfig,
		sources:    f.SourcesFor,
		personal:   f.PersonalPath,
		load:       f.LoadIndex,
		isNew: func() func(string, string) bool {
			cfg, err := f.Config()
			if err != nil {
				return nil
			}
			return sourceManagerFor(f, cfg).NewPhrases()
		},
		now:      f.Now,
		flagVars: flagVars,
	}
}

// Refresh returns the current library, reloaded first when a watched file
// changed since the last load.
func (l *library) Refresh() (*tui.Library, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.snap != nil && !l.snap.Changed() {
		return l.cur, nil
	}
	return l.reload()
}

// current is the last load and its set and config.
func (l *library) current() (*tui.Library, *pack.Set, *config.Config) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.cur, l.set, l.cfg
}

func (l *library) reload() (*tui.Library, error) {
	cfg, err := l.readConfig()
	if err != nil {
		return l.cur, err
	}
	srcs, err := l.sources(cfg)
	if err != nil {
		return l.cur, err
	}
	// Take the snapshot before loading: a write during the load is then
	// seen by the next Refresh, never lost.
	snap := watch.Take(watch.Target{Sources: srcs, Paths: []string{l.personal(cfg), cfg.File}})
	idx := l.load(srcs, cfg, false)
	set, err := idx.Set()
	if err != nil { // found damaged: build it again
		idx = l.load(srcs, cfg, true)
		if set, err = idx.Set(); err != nil {
			return l.cur, err
		}
	}
	l.gen++
	lib := &tui.Library{
		Gen:      l.gen,
		Phrases:  pack.ByGroupOrder(set.Phrases, set.GroupOrder()),
		Warnings: loadWarnings(set),
	}
	values := packValues(l.flagVars, cfg, idx.PackVars())
	now := l.now
	lib.Values = func(ph *phrase.Phrase) render.Values {
		// The clock at each render: the picker stays open across midnight
		// and {{今天}} must follow.
		return values(ph, now())
	}
	if l.isNew != nil {
		if marked := l.isNew(); marked != nil {
			lib.IsNew = func(ph *phrase.Phrase) bool { return ph.Layer == phrase.LayerTeam && marked(ph.Pack, ph.Code) }
		}
	}
	l.snap, l.cur, l.set, l.cfg = snap, lib, set, cfg
	return lib, nil
}

// loadWarnings are the picker's warning lines: pack problems and code
// conflicts, one line each.
func loadWarnings(set *pack.Set) []string {
	var out []string
	for _, p := range set.Problems {
		out = append(out, oneLine(p.Error()))
	}
	for _, c := range set.Conflicts {
		var where []string
		for _, ph := range c.Phrases {
			where = append(where, fmt.Sprintf("%s:%d", ph.File, ph.Line))
		}
		out = append(out, fmt.Sprintf("编码 %q 在同一层出现 %d 次（%s），都会显示", c.Code, len(c.Phrases), strings.Join(where, "、")))
	}
	return out
}
