package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// internalMessages are the English error texts that never reach a user,
// each with the reason; every other message an error is made of is
// Simplified Chinese (DESIGN: one language per command).
var internalMessages = map[string]string{
	// Embedded data checked when it is opened; a failure is a rebuild
	// (the index, the snapshot) or a bug caught by the tests (word lists).
	"watch: snapshot encoding is damaged":                    "pkg/index rebuilds on any error",
	"match: data is not this version's, or damaged":          "pkg/index rebuilds on any error",
	"%s: unknown rule %q":                                    "pkg/lint: the embedded word lists, checked by its tests",
	"%s: entry %q has no source":                             "pkg/lint: the embedded word lists, checked by its tests",
	"%s: entry %q: unknown scope %q":                         "pkg/lint: the embedded word lists, checked by its tests",
	"%s: entry %q: unknown guard %q":                         "pkg/lint: the embedded word lists, checked by its tests",
	"%s: a second list for %q":                               "pkg/lint: the embedded word lists, checked by its tests",
	"%s: set %q needs words and a source":                    "pkg/lint: the embedded word lists, checked by its tests",
	"unknown severity %q (want error, warning, info or off)": "pkg/lint: the lint config's reader words its own message",
	"unknown format %q (want %s)":                            "pkg/lint: lint --format is checked before (pkg/cli)",
	"unknown fuzzy pinyin pair %q (want %s)":                 "the config's reader words its own message",
	"too many levels of symbolic links":                      "regfile.Reason words it (符号链接循环)",
}

var (
	verb     = regexp.MustCompile(`%[-+# 0-9.*\[\]]*[a-zA-Z]`)
	flagName = regexp.MustCompile(`--[a-z][a-z-]*`)
	word     = regexp.MustCompile(`[A-Za-z]{3,}`)
)

// TestErrorMessagesAreChinese reads every error text the program makes
// (errors.New, fmt.Errorf and pkg/cli's Usage and NotFound, with a
// literal text) and fails on one in English: words without a Chinese
// character, once flags (--pack) and verbs (%s) are taken out.
func TestErrorMessagesAreChinese(t *testing.T) {
	calls := map[string]bool{"errors.New": true, "fmt.Errorf": true, "Usage": true, "NotFound": true}
	seen := map[string]bool{}
	for _, root := range []string{"../../pkg", "../../internal", "."} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, path, nil, 0)
			if err != nil {
				return err
			}
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) == 0 {
					return true
				}
				name := ""
				switch fn := call.Fun.(type) {
				case *ast.Ident:
					name = fn.Name
				case *ast.SelectorExpr:
					if x, ok := fn.X.(*ast.Ident); ok {
						name = x.Name + "." + fn.Sel.Name
					}
				}
				lit, ok := call.Args[0].(*ast.BasicLit)
				if !calls[name] || !ok || lit.Kind != token.STRING {
					return true
				}
				text, err := strconv.Unquote(lit.Value)
				if err != nil {
					return true
				}
				seen[text] = true
				if _, ok := internalMessages[text]; ok || !english(text) {
					return true
				}
				t.Errorf("%s: %s(%q): an error a user may read is in English", fset.Position(lit.Pos()), name, text)
				return true
			})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for text, why := range internalMessages {
		// pkg/lint's word-list checks change with the lists; a stale entry
		// there is only noise.
		if !seen[text] && !strings.Contains(why, "pkg/lint") {
			t.Errorf("internalMessages lists %q (%s), which no error is made of any more", text, why)
		}
	}
}

func english(text string) bool {
	for _, r := range text {
		if unicode.Is(unicode.Han, r) {
			return false
		}
	}
	rest := flagName.ReplaceAllString(verb.ReplaceAllString(text, " "), " ")
	return word.MatchString(rest)
}
