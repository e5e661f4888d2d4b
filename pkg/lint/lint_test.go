package lint

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// testNow is the fixed "now" of the golden files (campaign/*).
var testNow = time.Date(2026, 11, 22, 12, 0, 0, 0, time.FixedZone("CST", 8*3600))

func lintFiles(t testing.TB, cfg *Config, files ...string) *Result {
	t.Helper()
	l, err := New(Options{Config: cfg, Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	var in []Input
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		in = append(in, Input{File: filepath.ToSlash(f), Data: data, Layer: phrase.LayerFlag})
	}
	return l.Lint(in)
}

// TestGolden lints every testdata/lint/NAME.yaml (with NAME.lintrc as its
// .huashu-lint.yaml when present) and compares the text output with
// NAME.golden. Refresh with: go test ./pkg/lint -run TestGolden -update
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/lint/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatal("no golden inputs", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".yaml")
		t.Run(name, func(t *testing.T) {
			var cfg *Config
			rc := strings.TrimSuffix(f, ".yaml") + ".lintrc"
			if _, err := os.Stat(rc); err == nil {
				if cfg, err = LoadConfig(rc); err != nil {
					t.Fatal(err)
				}
			}
			res := lintFiles(t, cfg, f)
			if team := strings.TrimSuffix(f, ".yaml") + ".team"; fileExists(team) {
				// NAME.team is a team-layer pack linted along with NAME.yaml
				// (at the --pack layer): code/shadowed.
				res = lintLayers(t, cfg, []Input{readInput(t, team, phrase.LayerTeam), readInput(t, f, phrase.LayerFlag)})
			}
			var buf bytes.Buffer
			if err := Write(&buf, "text", res); err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(f, ".yaml") + ".golden"
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got := buf.String(); got != string(want) {
				t.Errorf("output differs from %s\n--- got\n%s--- want\n%s", golden, got, want)
			}
		})
	}
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

func readInput(t testing.TB, f string, layer phrase.Layer) Input {
	t.Helper()
	data, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	return Input{File: filepath.ToSlash(f), Data: data, Layer: layer}
}

func lintLayers(t testing.TB, cfg *Config, in []Input) *Result {
	t.Helper()
	l, err := New(Options{Config: cfg, Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	return l.Lint(in)
}
