package cli

import (
	"os"
	"os/exec"

	"github.com/spf13/cobra"

	"github.com/huashu-cli/huashu/pkg/index"
	"github.com/huashu-cli/huashu/pkg/pack"
)

// The cold path (docs/performance.md, "Building the index"): when the
// serving index is missing or stale and the packs are big, a command that
// answers once (get, search, list) or the picker serves from the packs
// parsed into memory, and the index is built afterwards by a detached
// process, the way git gc --auto runs: "huashu build-index" (hidden), with
// the same config and flags, started in its own session once the command
// has written its answer, at a lower priority, silent. It takes the
// index's build lock (a second one finds it taken and leaves), writes the
// index the way any build does (a temporary file renamed: never half
// written), and exits. Small packs (under deferAbove) are built in the
// foreground as before: it costs little and keeps the next start warm.
//
// Never outside a real run: tests build their factories without Spawn, and
// Main leaves it unset when CI is set or HUASHU_INDEX_BUILD=foreground.

// deferAbove is the size of packs (bytes) from which a build is deferred:
// 4 MiB is about 14k phrases, a build of about 0.1 s.
var deferAbove int64 = 4 << 20 // a var: tests lower it

// buildIndexCmd is the hidden command the background build runs.
const buildIndexCmd = "build-index"

// backgroundBuilds reports whether this process may start background
// builds: not in CI (where nothing should outlive the job), not when
// HUASHU_INDEX_BUILD=foreground.
func backgroundBuilds(getenv func(string) string) bool {
	return getenv("CI") == "" && getenv("HUASHU_INDEX_BUILD") != "foreground"
}

// spawnDetached starts huashu with args in its own session (its own
// process group on Windows), without stdin, stdout or stderr, and does not
// wait for it.
func spawnDetached(args []string) error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	cmd := exec.Command(exe, args...)
	cmd.SysProcAttr = detached()
	if err := cmd.Start(); err != nil {
		return err
	}
	return cmd.Process.Release()
}

// deferAboveFor is the DeferAbove of this process's loads: 0 (never)
// without a way to build later.
func (f *Factory) deferAboveFor() int64 {
	if f.Spawn == nil {
		return 0
	}
	return deferAbove
}

// buildArgs are the arguments of the background build: the global flags
// this process ran with, then the hidden command.
func (f *Factory) buildArgs() []string {
	var args []string
	if f.Global.ConfigFile != "" {
		args = append(args, "--config", f.Global.ConfigFile)
	}
	if f.Global.NoEmbedded {
		args = append(args, "--no-embedded")
	}
	for _, p := range f.Global.PackPaths {
		args = append(args, "--pack", p)
	}
	return append(args, buildIndexCmd)
}

// buildLater starts the background build of the index of srcs, unless
// one holds its lock already. Best effort: without it, the next start
// serves from memory again.
func (f *Factory) buildLater(srcs []pack.Source) {
	if f.Spawn == nil || index.Building(srcs, f.Paths.Cache) {
		return
	}
	_ = f.Spawn(f.buildArgs())
}

// StartDeferredBuild starts the build a command's load deferred, once the
// command is done (Run calls it after flushing the output).
func (f *Factory) StartDeferredBuild() {
	f.deferMu.Lock()
	srcs := f.deferred
	f.deferred = nil
	f.deferMu.Unlock()
	if srcs != nil {
		f.buildLater(srcs)
	}
}

// NewCmdBuildIndex is the hidden command the background build runs: it
// builds the serving index of the sources the flags and config name, and
// says nothing.
func NewCmdBuildIndex(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:    buildIndexCmd,
		Short:  "build the serving index (run in the background by huashu itself)",
		Hidden: true,
		Args:   cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			srcs, err := f.Sources()
			if err != nil {
				return Silent(ExitUsage)
			}
			lowerPriority()
			index.Build(srcs, index.Options{Dir: f.Paths.Cache})
			return nil
		},
	}
}
