package lint

import (
	"embed"
	"io/fs"
)

//go:embed all:scaffold
var scaffoldFS embed.FS

// Scaffold is the team pack repository "huashu init" writes: an example pack
// that lints clean, .huashu-lint.yaml, a GitHub workflow that runs the
// action, a pre-commit config and a README for the team.
func Scaffold() fs.FS {
	sub, err := fs.Sub(scaffoldFS, "scaffold")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	return sub
}
