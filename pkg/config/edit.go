package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/huashu-cli/huashu/internal/regfile"
	"gopkg.in/yaml.v3"

	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/safefile"
)

// This file changes the config file's sources for `huashu pack add` and
// `huashu pack remove`. It edits the yaml.v3 node tree, the same library that
// reads the file, so the user's comments, key order and other keys survive,
// and it writes atomically. The edited file is read back with Load's rules
// before it replaces the old one: an edit never leaves a config huashu cannot
// load.

// AddSource appends s to the sources in the config file, creating the file
// (and its directory) when it does not exist. A source with the same name is
// an error.
func AddSource(file string, s SourceConfig) error {
	return editSources(file, func(seq *yaml.Node) error {
		for _, item := range seq.Content {
			if mappingValue(item, "name") == s.Name {
				return fmt.Errorf("%s：已经有名为 %q 的话术源", file, s.Name)
			}
		}
		entry := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		appendPair(entry, "name", s.Name)
		if s.URL != "" {
			appendPair(entry, "url", s.URL)
		}
		if s.Path != "" {
			appendPair(entry, "path", s.Path)
		}
		seq.Content = append(seq.Content, entry)
		return nil
	})
}

// RemoveSource removes the source called name from the config file. It
// reports whether there was one; a missing file has none.
func RemoveSource(file, name string) (bool, error) {
	if _, err := os.Stat(file); errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	found := false
	err := editSources(file, func(seq *yaml.Node) error {
		kept := seq.Content[:0]
		for _, item := range seq.Content {
			if !found && mappingValue(item, "name") == name {
				found = true
				continue
			}
			kept = append(kept, item)
		}
		seq.Content = kept
		return nil
	})
	return found, err
}

// editSources loads file as a node tree, hands edit the sources sequence
// (created when missing), checks the result loads, and writes it atomically.
func editSources(file string, edit func(seq *yaml.Node) error) error {
	data, err := regfile.Read(file, MaxFileSize)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%s: 无法读取配置文件：%s", file, regfile.Reason(err))
	}
	if err == nil {
		var e *pack.Error
		if data, e = pack.CheckText(file, data, "配置文件"); e != nil {
			return e
		}
	}
	var doc yaml.Node
	if len(bytes.TrimSpace(data)) > 0 {
		if err := yaml.Unmarshal(data, &doc); err != nil {
			return configError(file, data, err)
		}
	}
	if doc.Kind != yaml.DocumentNode {
		doc = yaml.Node{Kind: yaml.DocumentNode}
	}
	if len(doc.Content) == 0 {
		doc.Content = []*yaml.Node{{Kind: yaml.MappingNode, Tag: "!!map"}}
	}
	root := doc.Content[0]
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		*root = yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", HeadComment: root.HeadComment}
	}
	if root.Kind != yaml.MappingNode {
		return fmt.Errorf("%s:%d:%d: 配置文件顶层应该是映射（键: 值）", file, root.Line, root.Column)
	}
	seq := mappingNode(root, "sources")
	switch {
	case seq == nil:
		seq = &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
		root.Content = append(root.Content, scalar("sources"), seq)
	case seq.Kind == yaml.ScalarNode && seq.Tag == "!!null": // "sources:" with nothing after it
		*seq = yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", HeadComment: seq.HeadComment,
			LineComment: seq.LineComment, FootComment: seq.FootComment}
	case seq.Kind != yaml.SequenceNode:
		return fmt.Errorf("%s:%d:%d: sources 应该是列表", file, seq.Line, seq.Column)
	}
	if err := edit(seq); err != nil {
		return err
	}
	seq.Style &^= yaml.FlowStyle // "sources: []" grows into a block list
	if len(seq.Content) == 0 {
		seq.Style |= yaml.FlowStyle // and shrinks back to "sources: []"
	}

	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return fmt.Errorf("%s：无法写入配置：%w", file, err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("%s：无法写入配置：%w", file, err)
	}
	if _, err := parse(file, buf.Bytes()); err != nil {
		return fmt.Errorf("%s：改过的配置会加载失败，没有改动：%w", file, err)
	}
	if err := safefile.Write(file, buf.Bytes(), 0o644, ""); err != nil {
		return fmt.Errorf("%s：无法写入配置：%s", file, regfile.Reason(err))
	}
	return nil
}

// parse checks data with the same rules as Load.
func parse(file string, data []byte) (*Config, error) {
	return decode(file, data)
}

func scalar(v string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v}
}

func appendPair(m *yaml.Node, k, v string) {
	m.Content = append(m.Content, scalar(k), scalar(v))
}

// mappingNode returns the value node of key in mapping m, or nil.
func mappingNode(m *yaml.Node, key string) *yaml.Node {
	if m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

// mappingValue is the scalar value of key in mapping m, or "".
func mappingValue(m *yaml.Node, key string) string {
	if v := mappingNode(m, key); v != nil && v.Kind == yaml.ScalarNode {
		return v.Value
	}
	return ""
}
