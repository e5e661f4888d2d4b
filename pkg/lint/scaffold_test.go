package lint

import (
	"io/fs"
	"os"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

type ciStep struct {
	ID   string `yaml:"id"`
	Name string `yaml:"name"`
	If   string `yaml:"if"`
	Uses string `yaml:"uses"`
	Run  string `yaml:"run"`
}

// In sarif mode the lint step must not stop the upload: every step after it
// runs if: always(), and the lint step itself exits 0 after writing the
// report (the last step applies lint's exit status).
func TestActionSARIFUploadSurvivesProblems(t *testing.T) {
	data, err := os.ReadFile("../../action.yml")
	if err != nil {
		t.Skip("action.yml:", err)
	}
	var a struct {
		Runs struct {
			Steps []ciStep `yaml:"steps"`
		} `yaml:"runs"`
	}
	if err := yaml.Unmarshal(data, &a); err != nil {
		t.Fatal(err)
	}
	lintAt := -1
	for i, s := range a.Runs.Steps {
		if s.ID == "lint" {
			lintAt = i
			_, sarif, ok := strings.Cut(s.Run, `"sarif"`)
			sarif, _, ok2 := strings.Cut(sarif, "fi\n")
			if !ok || !ok2 {
				t.Fatalf("no sarif branch in the lint step:\n%s", s.Run)
			}
			if !strings.Contains(sarif, "exit 0") {
				t.Errorf("the sarif branch of the lint step can fail before the upload:\n%s", sarif)
			}
		}
	}
	if lintAt < 0 {
		t.Fatal("no step with id: lint")
	}
	uploaded := false
	for _, s := range a.Runs.Steps[lintAt+1:] {
		if !strings.Contains(s.If, "always()") {
			t.Errorf("step %q after lint lacks if: always()", s.Name)
		}
		uploaded = uploaded || strings.Contains(s.Uses, "upload-sarif")
	}
	if !uploaded {
		t.Error("sarif mode uploads nothing")
	}
}

// The scaffold pins a release (no rev: main), pre-commit only checks packs/,
// and any sarif upload in its workflow runs if: always().
func TestScaffoldCIFiles(t *testing.T) {
	sc := Scaffold()
	pc, err := fs.ReadFile(sc, ".pre-commit-config.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var cfg struct {
		Repos []struct {
			Rev   string `yaml:"rev"`
			Hooks []struct {
				ID    string `yaml:"id"`
				Files string `yaml:"files"`
			} `yaml:"hooks"`
		} `yaml:"repos"`
	}
	if err := yaml.Unmarshal(pc, &cfg); err != nil || len(cfg.Repos) != 1 || len(cfg.Repos[0].Hooks) != 1 {
		t.Fatalf("%v\n%s", err, pc)
	}
	if r := cfg.Repos[0].Rev; r == "main" || r == "master" || !strings.HasPrefix(r, "v") {
		t.Errorf("rev %q: pin a version tag", r)
	}
	if f := cfg.Repos[0].Hooks[0].Files; f != `^packs/.*\.ya?ml$` {
		t.Errorf("files %q: should match packs/ only", f)
	}
	wf, err := fs.ReadFile(sc, ".github/workflows/huashu-lint.yml")
	if err != nil {
		t.Fatal(err)
	}
	var w struct {
		Jobs map[string]struct {
			Steps []ciStep `yaml:"steps"`
		} `yaml:"jobs"`
	}
	if err := yaml.Unmarshal(wf, &w); err != nil {
		t.Fatal(err)
	}
	for _, j := range w.Jobs {
		for _, s := range j.Steps {
			if strings.Contains(s.Uses, "upload-sarif") && !strings.Contains(s.If, "always()") {
				t.Errorf("sarif upload %q lacks if: always()", s.Name)
			}
			if strings.HasPrefix(s.Uses, "huashu-cli/huashu@") && strings.HasSuffix(s.Uses, "@main") {
				t.Errorf("%s: pin a version tag", s.Uses)
			}
		}
	}
}
