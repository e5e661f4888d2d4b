package lint

import (
	"bytes"
	"embed"
	"io/fs"
	"text/template"
)

//go:embed all:scaffold
var scaffoldFS embed.FS

// ScaffoldFile is one file of the team pack repository "huashu init" writes.
type ScaffoldFile struct {
	Path string // slash-separated, relative to the repository
	Data []byte
}

// ScaffoldPin is the huashu version the scaffolded CI files use.
type ScaffoldPin struct {
	Ref     string // a release tag (v1.2.3), or a branch when Release is false
	Release bool
}

// Scaffold renders the team pack repository: an example pack that lints
// clean, .huashu-lint.yaml, CI for GitHub (the action), GitLab and Gitee Go,
// a pre-commit config and a README for the team. Every CI file pins huashu
// at pin.Ref; a pin that is not a release gets a comment saying to replace
// it.
func Scaffold(pin ScaffoldPin) ([]ScaffoldFile, error) {
	data := struct {
		Ref, Note string
		Release   bool
	}{Ref: pin.Ref, Release: pin.Release}
	if !pin.Release {
		data.Note = "  # huashu 开发版生成的：换成发布版本号，如 v1.2.3"
	}
	var files []ScaffoldFile
	err := fs.WalkDir(scaffoldFS, "scaffold", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		src, err := scaffoldFS.ReadFile(p)
		if err != nil {
			return err
		}
		// [[ ]] delimiters: the files are full of ${{ }} and {{变量}}.
		t, err := template.New(p).Delims("[[", "]]").Option("missingkey=error").Parse(string(src))
		if err != nil {
			return err
		}
		var b bytes.Buffer
		if err := t.Execute(&b, data); err != nil {
			return err
		}
		files = append(files, ScaffoldFile{Path: p[len("scaffold/"):], Data: b.Bytes()})
		return nil
	})
	return files, err
}
