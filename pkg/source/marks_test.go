package source

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/huashu-cli/huashu/pkg/source/sourcetest"
)

func TestUpdateMarksNewPhrases(t *testing.T) {
	sourcetest.Setup(t)
	remote := sourcetest.NewRemote(t, map[string]string{"team.yaml": sourcetest.TeamV1})
	m, _ := addTeam(t, remote)
	now := time.Date(2026, 11, 11, 9, 0, 0, 0, time.UTC)
	m.Now = func() time.Time { return now }
	remote.Commit(map[string]string{"team.yaml": sourcetest.TeamV2}, "v2")
	if r := updateOne(t, m); r.Outcome != Updated {
		t.Fatalf("%+v", r)
	}
	isNew := m.NewPhrases()
	for code, want := range map[string]bool{"tk2": true, "hy3": true, "fhsj": true, "hy": false, "th": false} {
		if got := isNew("团队话术", code); got != want {
			t.Errorf("%s new = %v, want %v", code, got, want)
		}
	}
	if isNew("别的包", "tk2") {
		t.Error("mark leaked to another pack")
	}
	now = now.Add(NewFor + time.Minute)
	if m.NewPhrases()("团队话术", "tk2") {
		t.Errorf("still new after %v", NewFor)
	}
}

func TestAutoUpdate(t *testing.T) {
	sourcetest.Setup(t)
	remote := sourcetest.NewRemote(t, map[string]string{"team.yaml": sourcetest.TeamV1})
	m, dir := addTeam(t, remote)
	now := time.Date(2026, 11, 11, 9, 0, 0, 0, time.UTC)
	m.Now = func() time.Time { return now }
	ctx := context.Background()

	if _, ran, err := m.AutoUpdate(ctx, 0); ran || err != nil {
		t.Fatalf("off: ran %v err %v", ran, err)
	}
	remote.Commit(map[string]string{"team.yaml": sourcetest.TeamV2}, "v2")
	summary, ran, err := m.AutoUpdate(ctx, 6*time.Hour)
	if !ran || err != nil || summary != "团队话术已更新：新增 2 条，修改 1 条，删除 1 条" {
		t.Fatalf("first run: %q ran %v err %v", summary, ran, err)
	}
	if !m.Git.Detach {
		t.Error("background update runs git attached to the terminal")
	}
	// Within the interval: not again.
	now = now.Add(time.Hour)
	if _, ran, _ := m.AutoUpdate(ctx, 6*time.Hour); ran {
		t.Error("ran again within the interval")
	}
	if got := m.LastAutoUpdate(); !got.Equal(now.Add(-time.Hour)) {
		t.Errorf("LastAutoUpdate = %v", got)
	}
	// After it, with local changes: left alone, and said so.
	now = now.Add(6 * time.Hour)
	remote.Commit(map[string]string{"team.yaml": sourcetest.TeamV1}, "v3")
	edited := filepath.Join(dir, "team.yaml")
	if err := os.WriteFile(edited, []byte(sourcetest.TeamV2+"  - code: mine\n    title: 我的\n    text: 本地改的\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	summary, ran, err = m.AutoUpdate(ctx, 6*time.Hour)
	if !ran || err != nil || !strings.Contains(summary, "未能更新 team") {
		t.Errorf("dirty checkout: %q ran %v err %v", summary, ran, err)
	}
	if data, _ := os.ReadFile(edited); !strings.Contains(string(data), "本地改的") {
		t.Error("local change overwritten")
	}
}
