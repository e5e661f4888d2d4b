package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// refsIn lists the huashu refs a scaffolded repository's CI files name.
func refsIn(t *testing.T, dir string) map[string]string {
	t.Helper()
	res := map[string]*regexp.Regexp{
		".github/workflows/huashu-lint.yml": regexp.MustCompile(`uses: huashu-cli/huashu@(\S+)`),
		".pre-commit-config.yaml":           regexp.MustCompile(`rev: (\S+)`),
		".gitlab-ci.yml":                    regexp.MustCompile(`HUASHU_VERSION: "([^"]+)"`),
		".workflow/huashu-lint.yml":         regexp.MustCompile(`huashu/cmd/huashu@(\S+)`),
	}
	refs := map[string]string{}
	for f, re := range res {
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f)))
		if err != nil {
			t.Fatal(err)
		}
		m := re.FindStringSubmatch(string(data))
		if m == nil {
			t.Fatalf("%s names no huashu ref:\n%s", f, data)
		}
		refs[f] = m[1]
	}
	return refs
}

// A release binary pins its own tag in every CI file.
func TestInitPinsTheReleaseThatRanIt(t *testing.T) {
	dir := t.TempDir()
	ios, _, _, errOut := Test()
	o := &InitOptions{IO: ios, Dir: dir, Build: BuildInfo{Version: "v0.3.0"}}
	if err := initRun(o); err != nil {
		t.Fatal(err)
	}
	for f, ref := range refsIn(t, dir) {
		if ref != "v0.3.0" {
			t.Errorf("%s pins %q, want v0.3.0", f, ref)
		}
	}
	want := "CI 文件里的 huashu 版本固定为 v0.3.0（.github/workflows/huashu-lint.yml、.gitlab-ci.yml、.workflow/huashu-lint.yml、.pre-commit-config.yaml）；升级时几处一起改。\n"
	if !strings.Contains(errOut.String(), want) {
		t.Errorf("stderr:\n%s\nwant the line %q", errOut, want)
	}
}

// A development build (dev, a snapshot, a pseudo-version) writes main,
// which is a valid ref, and says clearly what to put there instead; --ref
// pins a release by hand.
func TestInitFromADevelopmentBuild(t *testing.T) {
	for _, v := range []string{"dev", "v0.0.1-SNAPSHOT-abc1234", "v0.0.0-20260501120000-abcdef123456"} {
		dir := t.TempDir()
		ios, _, _, errOut := Test()
		if err := initRun(&InitOptions{IO: ios, Dir: dir, Build: BuildInfo{Version: v}}); err != nil {
			t.Fatal(err)
		}
		for f, ref := range refsIn(t, dir) {
			if ref != "main" {
				t.Errorf("%s: %s pins %q, want main", v, f, ref)
			}
		}
		want := "注意：这个 huashu 是开发版（" + v + "），没有发布版本号可以固定，CI 文件里的 huashu 版本暂时写的是 main。" +
			"请换成最新的发布版本号（https://github.com/huashu-cli/huashu/releases，形如 v1.2.3），或者用 huashu init --ref v1.2.3 --force 重新生成。" +
			"要改的文件：.github/workflows/huashu-lint.yml、.gitlab-ci.yml、.workflow/huashu-lint.yml、.pre-commit-config.yaml。\n"
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("%s: stderr:\n%s\nwant %q", v, errOut, want)
		}
	}

	dir := t.TempDir()
	ios, _, _, _ := Test()
	if err := initRun(&InitOptions{IO: ios, Dir: dir, Build: BuildInfo{Version: "dev"}, Ref: "v1.4.0"}); err != nil {
		t.Fatal(err)
	}
	for f, ref := range refsIn(t, dir) {
		if ref != "v1.4.0" {
			t.Errorf("--ref: %s pins %q", f, ref)
		}
	}
	err := initRun(&InitOptions{IO: ios, Dir: t.TempDir(), Ref: "latest"})
	if ExitCode(err) != 2 || err.Error() != `--ref "latest" 不是 huashu 的发布版本号（形如 v1.2.3）` {
		t.Errorf("--ref latest: %v", err)
	}
}
