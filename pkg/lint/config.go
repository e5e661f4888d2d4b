package lint

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// ConfigFileNames are the names lint looks for, walking up from the working
// directory.
var ConfigFileNames = []string{".huashu-lint.yaml", ".huashu-lint.yml"}

// Defaults for the rule options.
const (
	DefaultMaxMessage  = 200 // runes in one chat message before text/too-long
	DefaultFirstPerson = 2   // more "我" than this in one message → service/first-person
)

// Config is a .huashu-lint.yaml.
//
//	rules:
//	  text/too-long: {severity: error, max: 150}
//	  service/first-person: {threshold: 3}
//	  compliance/ad-law:
//	    words: [全球首发]
//	    exceptions: [最好吃]
//	  compliance/external-link: {allowed_domains: [example.com]}
//	  service/discouraged-phrase: off
type Config struct {
	File  string                 `yaml:"-"`
	Rules map[string]*RuleConfig `yaml:"rules"`
}

// RuleConfig is one rule's settings; every field is optional.
type RuleConfig struct {
	Severity       string   `yaml:"severity"`
	Max            int      `yaml:"max"`
	Threshold      int      `yaml:"threshold"`
	Words          []string `yaml:"words"`
	Exceptions     []string `yaml:"exceptions"`
	AllowedDomains []string `yaml:"allowed_domains"`
}

// UnmarshalYAML accepts the short form "rule: off" as well as a mapping.
func (rc *RuleConfig) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		rc.Severity = n.Value
		return nil
	}
	type plain RuleConfig
	var p plain
	dec := n
	if err := decodeStrict(dec, &p); err != nil {
		return err
	}
	*rc = RuleConfig(p)
	return nil
}

func decodeStrict(n *yaml.Node, v any) error {
	// Re-encode and decode with KnownFields so a typo in an option is an error.
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	if err := enc.Encode(n); err != nil {
		return err
	}
	d := yaml.NewDecoder(&buf)
	d.KnownFields(true)
	if err := d.Decode(v); err != nil {
		return fmt.Errorf("line %d: %v", n.Line, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	return nil
}

// LoadConfig reads a .huashu-lint.yaml. Unknown rules, severities and options
// are errors (exit 2), so a typo never silently turns a rule off.
func LoadConfig(file string) (*Config, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	return ParseConfig(file, data)
}

// ParseConfig is LoadConfig on bytes.
func ParseConfig(file string, data []byte) (*Config, error) {
	c := &Config{File: file}
	d := yaml.NewDecoder(bytes.NewReader(data))
	d.KnownFields(true)
	if err := d.Decode(c); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: %v", file, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	ids := make([]string, 0, len(c.Rules))
	for id := range c.Rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		rc := c.Rules[id]
		if _, ok := ruleIndex[id]; !ok {
			return nil, fmt.Errorf("%s: rules: unknown rule %q (see huashu lint --list-rules)", file, id)
		}
		if rc == nil {
			c.Rules[id] = &RuleConfig{}
			continue
		}
		if rc.Severity != "" {
			if _, err := ParseSeverity(rc.Severity); err != nil {
				return nil, fmt.Errorf("%s: rules: %s: %w", file, id, err)
			}
		}
		if rc.Max < 0 || rc.Threshold < 0 {
			return nil, fmt.Errorf("%s: rules: %s: max and threshold must not be negative", file, id)
		}
	}
	return c, nil
}

// FindConfig walks up from dir to the file system root and returns the first
// .huashu-lint.yaml found, or "" when there is none.
func FindConfig(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		for _, n := range ConfigFileNames {
			p := filepath.Join(dir, n)
			if st, err := os.Stat(p); err == nil && !st.IsDir() {
				return p, nil
			} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
				return "", err
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

func (c *Config) rule(id string) *RuleConfig {
	if c == nil || c.Rules == nil {
		return nil
	}
	return c.Rules[id]
}

// severity is the effective severity of a rule.
func (c *Config) severity(id string) Severity {
	r, ok := ruleIndex[id]
	if !ok {
		return Warning
	}
	if rc := c.rule(id); rc != nil && rc.Severity != "" {
		s, _ := ParseSeverity(rc.Severity)
		return s
	}
	return r.Severity
}

func (c *Config) maxMessage() int {
	if rc := c.rule(RuleTextTooLong); rc != nil && rc.Max > 0 {
		return rc.Max
	}
	return DefaultMaxMessage
}

func (c *Config) firstPerson() int {
	if rc := c.rule(RuleFirstPerson); rc != nil && rc.Threshold > 0 {
		return rc.Threshold
	}
	return DefaultFirstPerson
}

// wordLists merges the embedded lists with the config's extra words and
// exceptions.
func (c *Config) wordLists() (map[string]*WordList, error) {
	lists, err := DefaultWordLists()
	if err != nil {
		return nil, err
	}
	if c == nil {
		return lists, nil
	}
	src := "团队配置 " + filepath.Base(c.File)
	for id, rc := range c.Rules {
		if rc == nil || len(rc.Words)+len(rc.Exceptions) == 0 {
			continue
		}
		wl := lists[id]
		if wl == nil {
			wl = &WordList{Rule: id}
			lists[id] = wl
		}
		cp := *wl
		cp.Entries = append([]WordEntry(nil), wl.Entries...)
		cp.Exceptions = append([]WordEntry(nil), wl.Exceptions...)
		for _, w := range rc.Words {
			cp.Entries = append(cp.Entries, WordEntry{Term: w, Source: src})
		}
		for _, w := range rc.Exceptions {
			cp.Exceptions = append(cp.Exceptions, WordEntry{Term: w, Source: src})
		}
		lists[id] = &cp
	}
	return lists, nil
}
