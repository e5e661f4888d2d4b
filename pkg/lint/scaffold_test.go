package lint

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
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

// actionSteps are the steps of the repository's action.yml.
func actionSteps(t *testing.T) []ciStep {
	t.Helper()
	data, err := os.ReadFile("../../action.yml")
	if err != nil {
		t.Fatal(err)
	}
	var a struct {
		Runs struct {
			Steps []ciStep `yaml:"steps"`
		} `yaml:"runs"`
	}
	if err := yaml.Unmarshal(data, &a); err != nil {
		t.Fatal(err)
	}
	return a.Runs.Steps
}

// In sarif mode the lint step must not stop the upload: every step after it
// runs if: always() (the last step applies lint's exit status).
func TestActionSARIFUploadSurvivesProblems(t *testing.T) {
	steps := actionSteps(t)
	lintAt := -1
	for i, s := range steps {
		if s.ID == "lint" {
			lintAt = i // that it exits 0 in sarif mode: TestActionLintStepDecidesTheUpload runs it
		}
	}
	if lintAt < 0 {
		t.Fatal("no step with id: lint")
	}
	uploaded := false
	for _, s := range steps[lintAt+1:] {
		if !strings.Contains(s.If, "always()") {
			t.Errorf("step %q after lint lacks if: always()", s.Name)
		}
		uploaded = uploaded || strings.Contains(s.Uses, "upload-sarif")
	}
	if !uploaded {
		t.Error("sarif mode uploads nothing")
	}
}

// ScaffoldFilesFor renders the scaffold pinned to a release, by path.
func ScaffoldFilesFor(t *testing.T) map[string][]byte {
	t.Helper()
	files, err := Scaffold(ScaffoldPin{Ref: "v9.8.7", Release: true})
	if err != nil {
		t.Fatal(err)
	}
	m := map[string][]byte{}
	for _, f := range files {
		m[f.Path] = f.Data
	}
	return m
}

// The scaffold pins the release in every CI file (no rev: main),
// pre-commit only checks packs/, any sarif upload runs if: always(), and the
// GitLab and Gitee pipelines have the shape their services read.
func TestScaffoldCIFiles(t *testing.T) {
	sc := ScaffoldFilesFor(t)
	for _, want := range []string{".github/workflows/huashu-lint.yml", ".gitlab-ci.yml", ".workflow/huashu-lint.yml",
		".pre-commit-config.yaml", ".huashu-lint.yaml", "packs/team.yaml", "README.md"} {
		if _, ok := sc[want]; !ok {
			t.Errorf("scaffold lacks %s", want)
		}
	}
	var cfg struct {
		Repos []struct {
			Repo  string `yaml:"repo"`
			Rev   string `yaml:"rev"`
			Hooks []struct {
				ID    string `yaml:"id"`
				Files string `yaml:"files"`
			} `yaml:"hooks"`
		} `yaml:"repos"`
	}
	if err := yaml.Unmarshal(sc[".pre-commit-config.yaml"], &cfg); err != nil || len(cfg.Repos) != 1 || len(cfg.Repos[0].Hooks) != 1 {
		t.Fatalf("%v\n%s", err, sc[".pre-commit-config.yaml"])
	}
	if r := cfg.Repos[0].Rev; r != "v9.8.7" {
		t.Errorf("rev %q, want v9.8.7", r)
	}
	if f := cfg.Repos[0].Hooks[0].Files; f != `^packs/.*\.ya?ml$` {
		t.Errorf("files %q: should match packs/ only", f)
	}
	var w struct {
		Jobs map[string]struct {
			Steps []ciStep `yaml:"steps"`
		} `yaml:"jobs"`
	}
	if err := yaml.Unmarshal(sc[".github/workflows/huashu-lint.yml"], &w); err != nil {
		t.Fatal(err)
	}
	pinned := false
	for _, j := range w.Jobs {
		for _, s := range j.Steps {
			if strings.Contains(s.Uses, "upload-sarif") && !strings.Contains(s.If, "always()") {
				t.Errorf("sarif upload %q lacks if: always()", s.Name)
			}
			pinned = pinned || s.Uses == "huashu-cli/huashu@v9.8.7"
		}
	}
	if !pinned {
		t.Errorf("the workflow does not use huashu-cli/huashu@v9.8.7:\n%s", sc[".github/workflows/huashu-lint.yml"])
	}
	var gl map[string]struct {
		Image     string            `yaml:"image"`
		Variables map[string]string `yaml:"variables"`
		Script    []string          `yaml:"script"`
		Artifacts struct {
			When    string            `yaml:"when"`
			Reports map[string]string `yaml:"reports"`
		} `yaml:"artifacts"`
	}
	if err := yaml.Unmarshal(sc[".gitlab-ci.yml"], &gl); err != nil {
		t.Fatal(err)
	}
	job := gl["huashu-lint"]
	if job.Variables["HUASHU_VERSION"] != "v9.8.7" || len(job.Script) == 0 || job.Artifacts.Reports["junit"] != "huashu-lint.xml" ||
		!strings.Contains(strings.Join(job.Script, "\n"), "huashu@${HUASHU_VERSION}") {
		t.Errorf(".gitlab-ci.yml job: %+v", job)
	}
	var gitee struct {
		Version string `yaml:"version"`
		Name    string `yaml:"name"`
		Stages  []struct {
			Name  string `yaml:"name"`
			Steps []struct {
				Step     string   `yaml:"step"`
				Name     string   `yaml:"name"`
				Commands []string `yaml:"commands"`
			} `yaml:"steps"`
		} `yaml:"stages"`
	}
	if err := yaml.Unmarshal(sc[".workflow/huashu-lint.yml"], &gitee); err != nil {
		t.Fatal(err)
	}
	if gitee.Version != "1.0" || len(gitee.Stages) != 1 || len(gitee.Stages[0].Steps) != 1 || gitee.Stages[0].Steps[0].Step != "build@golang" ||
		!strings.Contains(strings.Join(gitee.Stages[0].Steps[0].Commands, "\n"), "huashu@v9.8.7") {
		t.Errorf("Gitee Go pipeline: %+v", gitee)
	}
}

// A development build has no tag: the CI files say main, each with a note
// to replace it, and the README says so too.
func TestScaffoldDevelopmentPin(t *testing.T) {
	files, err := Scaffold(ScaffoldPin{Ref: "main"})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		s := string(f.Data)
		switch f.Path {
		case ".github/workflows/huashu-lint.yml", ".gitlab-ci.yml", ".workflow/huashu-lint.yml", ".pre-commit-config.yaml":
			if !strings.Contains(s, "main  # huashu 开发版生成的：换成发布版本号，如 v1.2.3") && !strings.Contains(s, "\"main\"  # huashu 开发版生成的") {
				t.Errorf("%s: no note on the main pin:\n%s", f.Path, s)
			}
			var v any
			if err := yaml.Unmarshal(f.Data, &v); err != nil {
				t.Errorf("%s: %v", f.Path, err)
			}
		case "README.md":
			if !strings.Contains(s, "暂时写的是 `main`") {
				t.Errorf("README does not say the pin is temporary:\n%s", s)
			}
		}
		if strings.Contains(s, "[[") {
			t.Errorf("%s: template left over", f.Path)
		}
	}
}

// The action's lint step, run for real with a stand-in huashu: the SARIF
// report is uploaded only when lint ran (exit 0 or 1) and wrote something.
func TestActionLintStepDecidesTheUpload(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}
	var script string
	for _, s := range actionSteps(t) {
		if s.ID == "lint" {
			script = s.Run
		}
		if strings.Contains(s.Uses, "upload-sarif") && !strings.Contains(s.If, "steps.lint.outputs.sarif == 'written'") {
			t.Errorf("the upload does not wait for a written report: if: %s", s.If)
		}
	}
	for _, c := range []struct {
		name     string
		rc       int
		report   string
		want     string // the sarif output
		keepFile bool
	}{
		{"problems found", 1, `{"version":"2.1.0"}`, "written", true},
		{"clean", 0, `{"version":"2.1.0"}`, "written", true},
		{"usage error", 2, "", "none", false},
		{"config error after partial output", 2, `{"ver`, "none", false},
		{"crashed before writing", 1, "", "none", false},
	} {
		dir := t.TempDir()
		fake := "#!/bin/sh\nprintf '%s' '" + c.report + "'\nexit " + strconv.Itoa(c.rc) + "\n"
		if err := os.WriteFile(filepath.Join(dir, "huashu"), []byte(fake), 0o755); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, "github_output")
		sarif := filepath.Join(dir, "huashu-lint.sarif")
		cmd := exec.Command("bash", "-c", script)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "PATH="+dir+":"+os.Getenv("PATH"), "GITHUB_OUTPUT="+out,
			"LINT_PATH=.", "LINT_ARGS=", "LINT_FORMAT=sarif", "SARIF_FILE="+sarif)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s: the lint step failed (it must not in sarif mode): %v\n%s", c.name, err, b)
		}
		got, _ := os.ReadFile(out)
		want := "exit-code=" + strconv.Itoa(c.rc) + "\nsarif=" + c.want + "\n"
		if string(got) != want {
			t.Errorf("%s: outputs %q, want %q", c.name, got, want)
		}
		if _, err := os.Stat(sarif); (err == nil) != c.keepFile {
			t.Errorf("%s: report file kept = %v, want %v", c.name, err == nil, c.keepFile)
		}
	}
}

// The action and the scaffolded workflow use the current major versions of
// the GitHub actions they call (codeql-action v3 is deprecated).
func TestActionVersionsAreCurrent(t *testing.T) {
	current := map[string]string{"actions/checkout": "v7", "actions/setup-go": "v7", "github/codeql-action/upload-sarif": "v4"}
	files := map[string][]byte{}
	for _, f := range []string{"../../action.yml", "../../.github/workflows/release.yml"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		files[f] = b
	}
	for name, b := range ScaffoldFilesFor(t) {
		files[name] = b
	}
	re := regexp.MustCompile(`uses:\s*([\w./-]+)@(\S+)`)
	for f, b := range files {
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			if want, ok := current[m[1]]; ok && m[2] != want {
				t.Errorf("%s: %s@%s, want @%s", f, m[1], m[2], want)
			}
		}
	}
}
