package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/huashu-cli/huashu/internal/regfile"
	"github.com/huashu-cli/huashu/pkg/lint"
)

// InitOptions are the flags of "huashu init".
type InitOptions struct {
	IO    *IOStreams
	Build BuildInfo // the running huashu: its release tag pins the CI files
	Dir   string
	Force bool
	Ref   string // --ref: pin this release instead
}

// pinnedFiles are the scaffolded files that name a huashu version.
var pinnedFiles = []string{".github/workflows/huashu-lint.yml", ".gitlab-ci.yml", ".workflow/huashu-lint.yml", ".pre-commit-config.yaml"}

// NewCmdInit is "huashu init [DIR]".
func NewCmdInit(f *Factory, runF func(*InitOptions) error) *cobra.Command {
	o := &InitOptions{IO: f.IO, Build: currentBuild()}
	cmd := &cobra.Command{
		Use:   "init [DIR]",
		Short: "Scaffold a team pack repository with lint wired into CI",
		Long: `Write a team pack repository into DIR (default: the current directory):
packs/team.yaml (an example pack that lints clean), .huashu-lint.yaml, CI that
runs huashu lint on GitHub (.github/workflows/huashu-lint.yml, the huashu
Action), GitLab (.gitlab-ci.yml) and Gitee Go (.workflow/huashu-lint.yml),
.pre-commit-config.yaml and a README.md for the team.

The CI files pin the version of the huashu that runs init when it is a
release (v1.2.3), or the release given with --ref. A development build has no
version to pin: it writes main and says which lines to change.

Existing files are never overwritten (exit 2 naming the file) unless --force.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Dir = "."
			if len(args) == 1 {
				o.Dir = args[0]
			}
			if runF != nil {
				return runF(o)
			}
			return initRun(o)
		},
	}
	cmd.Flags().BoolVar(&o.Force, "force", false, "overwrite files that already exist")
	cmd.Flags().StringVar(&o.Ref, "ref", "", "pin the CI files to this huashu release (v1.2.3) instead of this binary's version")
	return cmd
}

func initRun(o *InitOptions) error {
	pin, err := o.pin()
	if err != nil {
		return err
	}
	files, err := lint.Scaffold(pin)
	if err != nil {
		return err
	}
	if !o.Force {
		for _, f := range files {
			target := filepath.Join(o.Dir, filepath.FromSlash(f.Path))
			if _, err := os.Stat(target); err == nil {
				return Usage("%s 已存在（要覆盖请加 --force）", target)
			} else if !errors.Is(err, fs.ErrNotExist) {
				return Usage("无法创建 %s：%s", target, regfile.Reason(err))
			}
		}
	}
	for _, f := range files {
		target := filepath.Join(o.Dir, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return Usage("无法创建 %s：%s", target, regfile.Reason(err))
		}
		if err := os.WriteFile(target, f.Data, 0o644); err != nil {
			return Usage("无法创建 %s：%s", target, regfile.Reason(err))
		}
		fmt.Fprintf(o.IO.ErrOut, "已创建 %s\n", target)
	}
	if pin.Release {
		fmt.Fprintf(o.IO.ErrOut, "CI 文件里的 huashu 版本固定为 %s（%s）；升级时几处一起改。\n", pin.Ref, strings.Join(pinnedFiles, "、"))
	} else {
		fmt.Fprintf(o.IO.ErrOut, "注意：这个 huashu 是开发版（%s），没有发布版本号可以固定，CI 文件里的 huashu 版本暂时写的是 %s。"+
			"请换成最新的发布版本号（https://github.com/huashu-cli/huashu/releases，形如 v1.2.3），"+
			"或者用 huashu init --ref v1.2.3 --force 重新生成。要改的文件：%s。\n",
			o.Build.Version, pin.Ref, strings.Join(pinnedFiles, "、"))
	}
	if sameDir(o.Dir, ".") {
		fmt.Fprintln(o.IO.ErrOut, "下一步：huashu lint packs/")
	} else {
		fmt.Fprintf(o.IO.ErrOut, "下一步：cd %s && huashu lint packs/\n", o.Dir)
	}
	return nil
}

// pin is the huashu version the CI files name: --ref, else this binary's
// release tag, else main (with a note to replace it).
func (o *InitOptions) pin() (lint.ScaffoldPin, error) {
	if o.Ref != "" {
		tag, ok := BuildInfo{Version: o.Ref}.ReleaseTag()
		if !ok {
			return lint.ScaffoldPin{}, Usage("--ref %q 不是 huashu 的发布版本号（形如 v1.2.3）", o.Ref)
		}
		return lint.ScaffoldPin{Ref: tag, Release: true}, nil
	}
	if tag, ok := o.Build.ReleaseTag(); ok {
		return lint.ScaffoldPin{Ref: tag, Release: true}, nil
	}
	return lint.ScaffoldPin{Ref: "main"}, nil
}

// sameDir reports whether two paths name the same directory (DIR given as
// "./" or as the working directory's own path is the current directory).
func sameDir(a, b string) bool {
	if filepath.Clean(a) == filepath.Clean(b) {
		return true
	}
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && aa == bb
}
