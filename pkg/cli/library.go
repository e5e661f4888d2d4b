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
// A reload reads the config and every source again, the way a start does,
// through the serving index (pkg/index): only the files that changed are
// parsed, the index is written for the next start, and the picker gets it
// as its catalog (phrases decoded only when a row shows them). When the
// reload fails (the config file was saved half-written), the picker keeps
// what it had and says why. An index found damaged while the picker reads
// it (another program overwrote or cut its file) is built again at the
// next Refresh.
//
// Big packs without a current index are served from memory while a
// background process builds the index (indexbuild.go). Once it has
// written an index current for the packs the picker serves, Refresh
// switches to it, the same phrases read from the file: the library it
// returns is SameAs the one before, which the picker swaps in without a
// visible change, and the packs parsed into memory are let go.
type library struct {
	// readConfig reads the config file now; sources lists the sources for
	// a config; load loads them; isNew reads the 新 marks; now is the clock.
	readConfig func() (*config.Config, error)
	sources    func(cfg *config.Config) ([]pack.Source, error)
	personal   func(cfg *config.Config) string
	load       func(srcs []pack.Source, cfg *config.Config, rebuild bool) *index.Index
	// built is the index of srcs on disk when it is current, else nil
	// (index.Current; seen spares the work while its stamp is unchanged).
	built    func(srcs []pack.Source, seen *watch.Ident) *index.Index
	isNew    func() func(pack, code string) bool
	now      func() time.Time
	flagVars map[string]string // pick --var

	mu    sync.Mutex
	gen   int
	snap  *watch.Snapshot
	cur   *tui.Library
	idx   *index.Index
	ident watch.Ident // the index file's, when it has one
	cfg   *config.Config
	srcs  []pack.Source // what idx serves
	stamp watch.Ident   // the index stamp's at the last look (built)
}

// newLibrary wires a library to the factory's loading.
func newLibrary(f *Factory, flagVars map[string]string) *library {
	return &library{
		readConfig: f.ReadConfig,
		sources:    f.SourcesFor,
		personal:   f.PersonalPath,
		load: func(srcs []pack.Source, cfg *config.Config, rebuild bool) *index.Index {
			// Big packs without a current index (the first start, a pack
			// edited, an index damaged under the picker) are served from
			// memory at once, and built in the background meanwhile.
			idx := f.LoadIndex(srcs, cfg, rebuild)
			f.StartDeferredBuild()
			return idx
		},
		built: func(srcs []pack.Source, seen *watch.Ident) *index.Index {
			return index.Current(srcs, f.Paths.Cache, seen)
		},
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
	damaged := l.idx != nil && (l.idx.Damaged() != nil || l.idx.Path() != "" && !sameIdent(l.idx.Path(), l.ident))
	if l.snap != nil && !l.snap.Changed() && !damaged {
		if l.idx.Deferred() && l.built != nil {
			l.switchToBuilt()
		}
		return l.cur, nil
	}
	return l.reload(damaged)
}

// switchToBuilt serves the index the background build wrote in place of
// the packs parsed into memory, once it is current. The packs did not
// change since the deferred load (Refresh just checked) and the index is
// current for the packs on disk (its stamp, checked by index.Current): the
// same phrases. The snapshot is checked once more after the index was
// found current, so that a pack written between the two checks is never
// served from an index built before it: the next Refresh reloads instead.
func (l *library) switchToBuilt() {
	idx := l.built(l.srcs, &l.stamp)
	if idx == nil || l.snap.Changed() {
		return
	}
	ident, ok := watch.IdentOf(idx.Path())
	if !ok {
		return
	}
	l.gen++
	lib := *l.cur // the same values, warnings and 新 marks: the same packs
	lib.Gen, lib.SameAs, lib.Catalog = l.gen, l.cur.Gen, idx
	l.cur, l.idx, l.ident = &lib, idx, ident
}

// sameIdent reports whether the file at path is still the one of ident.
func sameIdent(path string, ident watch.Ident) bool {
	id, ok := watch.IdentOf(path)
	return ok && id == ident
}

// current is the last load's index and config.
func (l *library) current() (*index.Index, *config.Config) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.idx, l.cfg
}

func (l *library) reload(rebuild bool) (*tui.Library, error) {
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
	idx := l.load(srcs, cfg, rebuild)
	var ident watch.Ident
	if idx.Path() != "" {
		ident, _ = watch.IdentOf(idx.Path())
	}
	l.gen++
	lib := &tui.Library{
		Gen:      l.gen,
		Catalog:  idx,
		Warnings: loadWarnings(idx),
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
	l.snap, l.cur, l.idx, l.ident, l.cfg, l.srcs = snap, lib, idx, ident, cfg, srcs
	return lib, nil
}

// loadWarnings are the picker's warning lines: pack problems and code
// conflicts, one line each.
func loadWarnings(idx *index.Index) []string {
	var out []string
	for _, p := range idx.Problems() {
		out = append(out, oneLine(p.Error()))
	}
	for _, c := range idx.Conflicts() {
		var where []string
		for _, e := range c.EIDs {
			if ph := idx.Phrase(int(e)); ph != nil {
				where = append(where, fmt.Sprintf("%s:%d", ph.File, ph.Line))
			}
		}
		out = append(out, fmt.Sprintf("编码 %q 在同一层出现 %d 次（%s），都会显示", c.Code, len(c.EIDs), strings.Join(where, "、")))
	}
	return out
}
