package interop

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// PackFile is the pack an import writes (DESIGN §3): a name, an optional
// description, and phrases with code, title, group, text and ask.
type PackFile struct {
	Name        string
	Description string
	Phrases     []Record
}

// MarshalPack writes p as pack YAML, built with yaml.v3's node API so that
// Chinese stays readable (no \u escapes), every value is a string (a code
// 618 stays "618"), and a multi-line text is a literal block (|). It then
// reads the YAML back and compares every value byte for byte; a text the
// literal block changed (trailing spaces, a leading space, control
// characters) is written double-quoted instead, and anything still different
// is an error — an import never writes a pack that says something else.
func MarshalPack(p PackFile) ([]byte, error) {
	quoted := map[int]bool{}
	for attempt := 0; attempt < 2; attempt++ {
		out, err := encodePack(p, quoted)
		if err != nil {
			return nil, err
		}
		bad, err := comparePack(out, p)
		if err != nil {
			return nil, err
		}
		if len(bad) == 0 {
			return out, nil
		}
		if attempt == 1 {
			return nil, fmt.Errorf("编码 %s 的正文无法原样写成 YAML", quote(p.Phrases[bad[0]].Code))
		}
		for _, i := range bad {
			quoted[i] = true
		}
	}
	panic("unreachable")
}

func str(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
}

func encodePack(p PackFile, quoted map[int]bool) ([]byte, error) {
	root := &yaml.Node{Kind: yaml.MappingNode}
	root.Content = append(root.Content, str("pack"), str(p.Name))
	if p.Description != "" {
		root.Content = append(root.Content, str("description"), str(p.Description))
	}
	list := &yaml.Node{Kind: yaml.SequenceNode}
	for i, r := range p.Phrases {
		m := &yaml.Node{Kind: yaml.MappingNode}
		m.Content = append(m.Content, str("code"), str(r.Code), str("title"), str(r.Title))
		if r.Group != "" {
			m.Content = append(m.Content, str("group"), str(r.Group))
		}
		if len(r.Ask) > 0 {
			asks := &yaml.Node{Kind: yaml.SequenceNode}
			for _, q := range r.Ask {
				asks.Content = append(asks.Content, str(q))
			}
			m.Content = append(m.Content, str("ask"), asks)
		}
		text := str(r.Text)
		switch {
		case quoted[i]:
			text.Style = yaml.DoubleQuotedStyle
		case strings.Contains(r.Text, "\n"):
			text.Style = yaml.LiteralStyle
		}
		m.Content = append(m.Content, str("text"), text)
		list.Content = append(list.Content, m)
	}
	root.Content = append(root.Content, str("phrases"), list)

	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{root}}); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// comparePack decodes the YAML and returns the indexes of phrases whose
// values differ from p's.
func comparePack(out []byte, p PackFile) ([]int, error) {
	var back struct {
		Pack        string `yaml:"pack"`
		Description string `yaml:"description"`
		Phrases     []struct {
			Code  string   `yaml:"code"`
			Title string   `yaml:"title"`
			Group string   `yaml:"group"`
			Text  string   `yaml:"text"`
			Ask   []string `yaml:"ask"`
		} `yaml:"phrases"`
	}
	if err := yaml.Unmarshal(out, &back); err != nil {
		return nil, fmt.Errorf("生成的 YAML 无法读回：%w", err)
	}
	if back.Pack != p.Name || back.Description != p.Description || len(back.Phrases) != len(p.Phrases) {
		return nil, fmt.Errorf("生成的 YAML 读回后与原数据不同")
	}
	var bad []int
	for i, b := range back.Phrases {
		r := p.Phrases[i]
		if b.Code != r.Code || b.Title != r.Title || b.Group != r.Group || !slices.Equal(b.Ask, r.Ask) {
			return nil, fmt.Errorf("编码 %s 的编码、标题、分组或问法无法原样写成 YAML", quote(r.Code))
		}
		if b.Text != r.Text {
			bad = append(bad, i)
		}
	}
	return bad, nil
}
