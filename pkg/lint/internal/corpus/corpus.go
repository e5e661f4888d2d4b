// Package corpus reads the labelled lint corpus (pkg/lint/testdata/corpus,
// see its README.md): bad*.tsv lines are rule<TAB>reply, clean*.tsv lines a
// reply; # starts a comment; \uXXXX in a reply is that character. The corpus
// test and the tone model's trainer both read it here.
package corpus

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Line is one reply of the corpus.
type Line struct {
	File string // base name
	Line int
	Rule string // "" for a clean reply
	Text string
}

// Read reads one corpus file; labelled files (bad*.tsv) carry a rule.
func Read(path string, labelled bool) ([]Line, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer func() { _ = f.Close() }()
	name := filepath.Base(path)
	var out []Line
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		s := sc.Text()
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		cl := Line{File: name, Line: n}
		if labelled {
			rule, text, ok := strings.Cut(s, "\t")
			if !ok {
				return nil, fmt.Errorf("%s:%d: 规则和回复之间没有制表符", name, n)
			}
			cl.Rule, s = rule, text
		}
		text, err := Unescape(s)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		cl.Text = text
		out = append(out, cl)
	}
	return out, sc.Err()
}

// ReadDir reads every bad*.tsv and clean*.tsv of dir, in name order.
func ReadDir(dir string) ([]Line, error) {
	var out []Line
	for _, kind := range []string{"bad", "clean"} {
		paths, err := filepath.Glob(filepath.Join(dir, kind+"*.tsv"))
		if err != nil {
			return nil, err
		}
		for _, p := range paths { // Glob sorts
			ls, err := Read(p, kind == "bad")
			if err != nil {
				return nil, err
			}
			out = append(out, ls...)
		}
	}
	return out, nil
}

// Unescape turns \uXXXX into the character.
func Unescape(s string) (string, error) {
	if !strings.Contains(s, `\u`) {
		return s, nil
	}
	var b strings.Builder
	for {
		i := strings.Index(s, `\u`)
		if i < 0 || i+6 > len(s) {
			b.WriteString(s)
			return b.String(), nil
		}
		r, err := strconv.ParseUint(s[i+2:i+6], 16, 32)
		if err != nil {
			return "", fmt.Errorf("转义写错了 %q", s[i:i+6])
		}
		b.WriteString(s[:i])
		b.WriteRune(rune(r))
		s = s[i+6:]
	}
}
