package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// A team repository holds other YAML: mkdocs.yml, a docker-compose file, a
// GitHub workflow. Linting the repository (a directory PATH, or no PATH
// inside it) checks the packs only; the other files are not packs and used
// to fail the build with schema errors.
func TestLintDirectoryChecksPacksOnly(t *testing.T) {
	dir := t.TempDir()
	lintWriteFile(t, filepath.Join(dir, ".huashu-lint.yaml"), "rules: {}\n")
	lintWriteFile(t, filepath.Join(dir, "mkdocs.yml"), "site_name: 团队话术\nnav:\n  - 首页: index.md\n")
	lintWriteFile(t, filepath.Join(dir, "deploy", "docker-compose.yaml"), "services:\n  web:\n    image: nginx\n")
	lintWriteFile(t, filepath.Join(dir, "packs", "clean.yaml"), cleanPack)
	lintWriteFile(t, filepath.Join(dir, "packs", "err.yaml"), errPack)
	t.Chdir(dir)

	for _, paths := range [][]string{{dir}, nil} {
		o, out := lintOpts(t, dir, nil, paths...)
		err := lintRun(o)
		if ExitCode(err) != 1 || !strings.Contains(out.String(), "检查了 2 个文件") ||
			strings.Contains(out.String(), "mkdocs") || strings.Contains(out.String(), "docker-compose") {
			t.Errorf("lint %v: exit %d (%v)\n%s", paths, ExitCode(err), err, out)
		}
	}
	// Named on the command line, a file is always checked as a pack.
	o, out := lintOpts(t, dir, nil, filepath.Join(dir, "mkdocs.yml"))
	if err := lintRun(o); ExitCode(err) != 1 || !strings.Contains(out.String(), "mkdocs.yml:1:1: error schema/") {
		t.Errorf("lint mkdocs.yml: exit %d\n%s", ExitCode(err), out)
	}
}

// .huashu-lint.yaml's include and exclude choose the files of the
// repository; include also vouches for a pack whose top-level keys are
// mistyped, so its mistakes are reported instead of the file being skipped.
func TestLintIncludeExclude(t *testing.T) {
	dir := t.TempDir()
	lintWriteFile(t, filepath.Join(dir, ".huashu-lint.yaml"), "include: [packs/]\nexclude: ['packs/drafts/**', '**/*.bak.yaml']\n")
	lintWriteFile(t, filepath.Join(dir, "packs", "clean.yaml"), cleanPack)
	lintWriteFile(t, filepath.Join(dir, "packs", "typo.yaml"), "pak: 拼错\nphrase:\n  - code: hy\n")
	lintWriteFile(t, filepath.Join(dir, "packs", "drafts", "err.yaml"), errPack)
	lintWriteFile(t, filepath.Join(dir, "packs", "old.bak.yaml"), errPack)
	lintWriteFile(t, filepath.Join(dir, "examples", "err.yaml"), errPack)
	t.Chdir(dir)

	o, out := lintOpts(t, dir, nil)
	err := lintRun(o)
	got := out.String()
	if ExitCode(err) != 1 || !strings.Contains(got, "检查了 2 个文件") || !strings.Contains(got, filepath.Join("packs", "typo.yaml")+":1:1: error") {
		t.Errorf("exit %d (%v)\n%s", ExitCode(err), err, got)
	}
	for _, skipped := range []string{"drafts", "bak", "examples"} {
		if strings.Contains(got, skipped) {
			t.Errorf("%s was linted:\n%s", skipped, got)
		}
	}
}

func TestLintIncludeConfigErrors(t *testing.T) {
	for cfg, want := range map[string]string{
		"include: packs/\n":       `.huashu-lint.yaml:1:10: include 应该是路径列表，例如 include: [packs/]`,
		"exclude: ['../x']\n":     `.huashu-lint.yaml:1:11: exclude 的路径 "../x" 要相对于 .huashu-lint.yaml 所在的目录，不能以 / 或 .. 开头`,
		"include: ['packs/[a']\n": `.huashu-lint.yaml:1:11: include 的路径 "packs/[a" 不是有效的通配符（syntax error in pattern）`,
	} {
		dir := t.TempDir()
		lintWriteFile(t, filepath.Join(dir, ".huashu-lint.yaml"), cfg)
		lintWriteFile(t, filepath.Join(dir, "packs", "clean.yaml"), cleanPack)
		t.Chdir(dir)
		o, _ := lintOpts(t, dir, nil)
		err := lintRun(o)
		if ExitCode(err) != 2 || err.Error() != filepath.Join(dir, want) {
			t.Errorf("%q: exit %d, %v\nwant %s", cfg, ExitCode(err), err, filepath.Join(dir, want))
		}
	}
}
