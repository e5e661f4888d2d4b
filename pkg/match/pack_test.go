package match

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

// loadPack reads a test pack with yaml.v3 directly, so pkg/match's tests do
// not depend on the loader: code, title, group, tags, keywords, ask, text, parts
// and platform variants (a string or {text, parts}).
func loadPack(t testing.TB, file string) []*phrase.Phrase {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Phrases []struct {
			Code     string               `yaml:"code"`
			Title    string               `yaml:"title"`
			Group    string               `yaml:"group"`
			Tags     []string             `yaml:"tags"`
			Keywords []string             `yaml:"keywords"`
			Ask      []string             `yaml:"ask"`
			Text     string               `yaml:"text"`
			Parts    []string             `yaml:"parts"`
			Platform map[string]yaml.Node `yaml:"platform"`
		} `yaml:"phrases"`
	}
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	var out []*phrase.Phrase
	for _, p := range doc.Phrases {
		ph := &phrase.Phrase{Code: p.Code, Title: p.Title, Group: p.Group, Tags: p.Tags,
			Keywords: p.Keywords, Ask: p.Ask, Body: phrase.Body{Text: p.Text, Parts: p.Parts}}
		for k, n := range p.Platform {
			var b phrase.Body
			if n.Kind == yaml.ScalarNode {
				b.Text = n.Value
			} else {
				var v struct {
					Text  string   `yaml:"text"`
					Parts []string `yaml:"parts"`
				}
				if err := n.Decode(&v); err != nil {
					t.Fatal(err)
				}
				b = phrase.Body{Text: v.Text, Parts: v.Parts}
			}
			if ph.Variants == nil {
				ph.Variants = map[phrase.Platform]phrase.Body{}
			}
			ph.Variants[phrase.Platform(k)] = b
		}
		out = append(out, ph)
	}
	return out
}

type labelled struct {
	query, want, kind string
}

func loadQueries(t testing.TB, file string) []labelled {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelled
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			t.Fatalf("queries.txt: %q: want query<TAB>code<TAB>kind", line)
		}
		out = append(out, labelled{cols[0], cols[1], cols[2]})
	}
	return out
}
