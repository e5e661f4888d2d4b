package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/huashu-cli/huashu/pkg/lint"
)

// InitOptions are the flags of "huashu init".
type InitOptions struct {
	IO    *IOStreams
	Dir   string
	Force bool
}

// NewCmdInit is "huashu init [DIR]".
func NewCmdInit(f *Factory, runF func(*InitOptions) error) *cobra.Command {
	o := &InitOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:   "init [DIR]",
		Short: "Scaffold a team pack repository with lint wired into CI",
		Long: `Write a team pack repository into DIR (default: the current directory):
packs/team.yaml (an example pack that lints clean), .huashu-lint.yaml,
.github/workflows/huashu-lint.yml (runs the huashu GitHub Action),
.pre-commit-config.yaml and a README.md for the team.

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
	return cmd
}

func initRun(o *InitOptions) error {
	src := lint.Scaffold()
	var files []string
	if err := fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return err
	}); err != nil {
		return err
	}
	if !o.Force {
		for _, f := range files {
			target := filepath.Join(o.Dir, filepath.FromSlash(f))
			if _, err := os.Stat(target); err == nil {
				return Usage("%s 已存在（要覆盖请加 --force）", target)
			} else if !errors.Is(err, fs.ErrNotExist) {
				return Usage("%s: %v", target, err)
			}
		}
	}
	for _, f := range files {
		data, err := fs.ReadFile(src, f)
		if err != nil {
			return err
		}
		target := filepath.Join(o.Dir, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return Usage("%v", err)
		}
		if err := os.WriteFile(target, data, 0o644); err != nil {
			return Usage("%v", err)
		}
		fmt.Fprintf(o.IO.ErrOut, "已创建 %s\n", target)
	}
	if sameDir(o.Dir, ".") {
		fmt.Fprintln(o.IO.ErrOut, "下一步：huashu lint packs/")
	} else {
		fmt.Fprintf(o.IO.ErrOut, "下一步：cd %s && huashu lint packs/\n", o.Dir)
	}
	return nil
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
