package cli

import (
	"fmt"
	"regexp"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/spf13/cobra"
)

// Build stamps, set by the release build (.goreleaser.yaml):
//
//	-X github.com/huashu-cli/huashu/pkg/cli.Version=v1.2.3
//	-X github.com/huashu-cli/huashu/pkg/cli.Commit=<full commit hash>
//	-X github.com/huashu-cli/huashu/pkg/cli.Date=<commit date, RFC 3339>
//
// Unstamped builds fall back to what the Go toolchain records: the module
// version of "go install …@v1.2.3" and the VCS revision of a build in a git
// checkout.
var (
	Version = ""
	Commit  = ""
	Date    = ""
)

// BuildInfo is what "huashu version" prints.
type BuildInfo struct {
	Version  string // "v1.2.3", a pseudo-version, a snapshot version or "dev"
	Commit   string // full hash when known
	Date     string // commit date, RFC 3339, when known
	Modified bool   // built from a checkout with uncommitted changes
	Go       string // runtime.Version()
	Platform string // GOOS/GOARCH
}

// currentBuild reads the stamps, then the toolchain's build information for
// what was not stamped.
func currentBuild() BuildInfo {
	b := BuildInfo{Version: stamp(Version), Commit: stamp(Commit), Date: stamp(Date), Go: runtime.Version(),
		Platform: runtime.GOOS + "/" + runtime.GOARCH}
	if bi, ok := debug.ReadBuildInfo(); ok {
		if b.Version == "" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			b.Version = bi.Main.Version
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				if b.Commit == "" {
					b.Commit = s.Value
				}
			case "vcs.time":
				if b.Date == "" {
					b.Date = s.Value
				}
			case "vcs.modified":
				b.Modified = s.Value == "true" && Commit == ""
			}
		}
	}
	if b.Version == "" {
		b.Version = "dev"
	}
	return b
}

// stamp drops what a release build stamps when it knows nothing: goreleaser
// says "none" for the commit of a checkout without a remote, and its zero
// commit date is year 1.
func stamp(s string) string {
	// A stamp is one word: a script's "$(git describe)" may bring its
	// newline, which must not become a second line of output.
	if f := strings.Fields(s); len(f) > 0 {
		s = f[0]
	} else {
		s = ""
	}
	if s == "none" || strings.HasPrefix(s, "0001-01-01") {
		return ""
	}
	return s
}

// String is one line: "huashu v1.2.3 (abc1234, 2026-05-01) go1.26.1 windows/amd64".
func (b BuildInfo) String() string {
	var meta []string
	if b.Commit != "" {
		c := b.Commit
		if len(c) > 7 {
			c = c[:7]
		}
		if b.Modified {
			c += "-dirty"
		}
		meta = append(meta, c)
	}
	if b.Date != "" {
		d := b.Date
		if t, err := time.Parse(time.RFC3339, d); err == nil {
			d = t.UTC().Format("2006-01-02")
		}
		meta = append(meta, d)
	}
	s := "huashu " + b.Version
	if len(meta) > 0 {
		s += " (" + strings.Join(meta, ", ") + ")"
	}
	return s + " " + b.Go + " " + b.Platform
}

// releaseRE is a release tag: vMAJOR.MINOR.PATCH with an optional
// pre-release (v1.2.0-rc.1). Build metadata (+dirty, +incompatible) is not a
// tag.
var (
	releaseRE = regexp.MustCompile(`^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$`)
	// pseudoRE is the time-and-hash tail of a Go pseudo-version
	// (v0.0.0-20260501120000-abcdef123456, v1.2.4-0.20260501120000-abcdef123456).
	pseudoRE = regexp.MustCompile(`\d{14}-[0-9a-f]{12}$`)
)

// ReleaseTag is the git tag this binary was released as ("v1.2.3"), for
// pinning the GitHub Action and pre-commit. ok is false for development
// builds, snapshots and pseudo-versions, whose version names no tag.
func (b BuildInfo) ReleaseTag() (tag string, ok bool) {
	v := b.Version
	if !releaseRE.MatchString(v) || pseudoRE.MatchString(v) || strings.Contains(strings.ToLower(v), "snapshot") {
		return "", false
	}
	return v, true
}

// NewCmdVersion is "huashu version". "huashu --version" prints the same line.
func NewCmdVersion(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Long: `Print huashu's version, the commit and date it was built from, the Go version
and the platform, on one line. A release prints its tag (v1.2.3), which is what
the GitHub Action's "uses:" and pre-commit's "rev:" take.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := fmt.Fprintln(f.IO.Out, currentBuild())
			return err
		},
	}
}
