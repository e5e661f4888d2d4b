package source

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/huashu-cli/huashu/pkg/safefile"
)

// NewFor is how long a phrase that a pack update added or changed carries
// the picker's 新 mark.
const NewFor = 3 * 24 * time.Hour

// updatesFile is the state every update leaves for the picker: which
// phrases are new, and when the picker last updated by itself. It lives in
// the state dir (it is the agent's, not the team's).
const updatesFile = "pack-updates.json"

type updatesState struct {
	Version int `json:"version"`
	// AutoRun is when the picker last started a background update.
	AutoRun time.Time `json:"auto_run,omitzero"`
	// New maps "pack\tcode" to when an update added or changed it.
	New map[string]time.Time `json:"new"`
}

func (m *Manager) updatesPath() string { return filepath.Join(m.Paths.State, updatesFile) }

// readUpdates reads the state; a missing or unreadable file is an empty
// state (it only drives marks and the auto-update interval).
func (m *Manager) readUpdates() updatesState {
	st := updatesState{Version: 1, New: map[string]time.Time{}}
	if m.Paths.State == "" {
		return st
	}
	data, err := os.ReadFile(m.updatesPath())
	if err != nil {
		return st
	}
	var f updatesState
	if json.Unmarshal(data, &f) != nil || f.Version != 1 {
		return st
	}
	if f.New == nil {
		f.New = map[string]time.Time{}
	}
	return f
}

func (m *Manager) writeUpdates(st updatesState) error {
	if m.Paths.State == "" {
		return nil // no state dir (a test's Manager): nothing to keep
	}
	now := m.now()
	for k, t := range st.New {
		if now.Sub(t) > NewFor {
			delete(st.New, k) // the file only holds marks still shown
		}
	}
	if err := os.MkdirAll(m.Paths.State, 0o755); err != nil {
		return err
	}
	data, err := json.MarshalIndent(st, "", " ")
	if err != nil {
		return err
	}
	return safefile.Write(m.updatesPath(), append(data, '\n'), 0o644, "")
}

func newKey(pack, code string) string { return pack + "\t" + code }

// recordNew notes the phrases an update added or changed. The caller holds
// the sources lock.
func (m *Manager) recordNew(results []UpdateResult) error {
	st := m.readUpdates()
	now, any := m.now(), false
	for _, r := range results {
		if r.Outcome != Updated {
			continue
		}
		for _, c := range r.Changes {
			for _, code := range append(append([]string(nil), c.Added...), c.Changed...) {
				st.New[newKey(c.Pack, code)] = now
				any = true
			}
		}
	}
	if !any {
		return nil
	}
	return m.writeUpdates(st)
}

// NewPhrases says whether the phrase code of pack was added or changed by
// an update in the last NewFor.
func (m *Manager) NewPhrases() func(pack, code string) bool {
	st, now := m.readUpdates(), m.now()
	return func(pack, code string) bool {
		t, ok := st.New[newKey(pack, code)]
		return ok && now.Sub(t) <= NewFor
	}
}

// LastAutoUpdate is when the picker last started a background update.
func (m *Manager) LastAutoUpdate() time.Time { return m.readUpdates().AutoRun }

// AutoUpdate is the picker's background "pack update": when the last one
// started at least every ago, it updates every git source the way pack
// update does (fast-forward only; a checkout with local changes is left
// alone) with git detached from the terminal, so it can never prompt. It
// returns one line for the status bar ("" when nothing changed) and whether
// it ran.
func (m *Manager) AutoUpdate(ctx context.Context, every time.Duration) (summary string, ran bool, err error) {
	if every <= 0 {
		return "", false, nil
	}
	cfg, err := m.config()
	if err != nil {
		return "", false, err
	}
	hasGit := false
	for _, s := range cfg.Sources {
		hasGit = hasGit || s.URL != ""
	}
	if !hasGit {
		return "", false, nil
	}
	st := m.readUpdates()
	if last := st.AutoRun; !last.IsZero() && m.now().Sub(last) < every {
		return "", false, nil
	}
	st.AutoRun = m.now()
	if err := m.writeUpdates(st); err != nil {
		return "", false, err
	}
	if m.Git == nil {
		g, err := FindGit()
		if err != nil {
			return "", true, err
		}
		m.Git = g
	}
	m.Git.Detach = true
	results, err := m.Update(ctx, nil)
	if err != nil {
		return "", true, err
	}
	return Summary(results), true, nil
}

// Summary is one line on an update for the picker's status bar: what
// changed, and which sources could not be updated; "" when nothing did.
func Summary(results []UpdateResult) string {
	added, changed, removed := 0, 0, 0
	var failed []string
	for _, r := range results {
		switch r.Outcome {
		case Updated:
			for _, c := range r.Changes {
				added += len(c.Added)
				changed += len(c.Changed)
				removed += len(c.Removed)
			}
		case Failed:
			failed = append(failed, r.Source.Name)
		}
	}
	var parts []string
	if added+changed+removed > 0 {
		var what []string
		for _, n := range []struct {
			n    int
			verb string
		}{{added, "新增"}, {changed, "修改"}, {removed, "删除"}} {
			if n.n > 0 {
				what = append(what, fmt.Sprintf("%s %d 条", n.verb, n.n))
			}
		}
		parts = append(parts, "团队话术已更新："+strings.Join(what, "，"))
	}
	if len(failed) > 0 {
		parts = append(parts, "未能更新 "+strings.Join(failed, "、")+"（huashu pack update 查看原因）")
	}
	return strings.Join(parts, "；")
}
