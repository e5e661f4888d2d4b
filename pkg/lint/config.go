package lint

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/huashu-cli/huashu/internal/regfile"
	"gopkg.in/yaml.v3"

	"github.com/huashu-cli/huashu/internal/spell"
	"github.com/huashu-cli/huashu/pkg/pack"
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
	// Include and Exclude choose the files lint finds in directories
	// (files.go): globs relative to the directory holding this file.
	Include []string `yaml:"include"`
	Exclude []string `yaml:"exclude"`
	// Platform is the platform the team's shop sells on (platform: 抖音):
	// its names stop being another app's or marketplace's for
	// compliance/off-platform-contact. Empty: every name is checked.
	Platform string `yaml:"platform"`
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

// ruleConfigKeys are the options a rule takes, in the order error messages
// list them.
var ruleConfigKeys = []string{"severity", "max", "threshold", "words", "exceptions", "allowed_domains"}

// MaxConfigSize is the largest .huashu-lint.yaml read: word lists included,
// a few hundred KiB at most.
const MaxConfigSize = 4 << 20

// LoadConfig reads a .huashu-lint.yaml. Unknown rules, severities and options
// are errors (exit 2), so a typo never silently turns a rule off.
func LoadConfig(file string) (*Config, error) {
	data, err := regfile.Read(file, MaxConfigSize)
	if err != nil {
		return nil, err
	}
	return ParseConfig(file, data)
}

// ConfigError is a mistake in a .huashu-lint.yaml: one Chinese line that
// names the file, the line and column, and the key.
type ConfigError struct {
	File         string
	Line, Column int
	Msg          string
}

func (e *ConfigError) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
	if e.Column == 0 {
		e.Column = 1
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Column, e.Msg)
}

// ParseConfig is LoadConfig on bytes. It walks the YAML nodes itself so every
// error points at the key that is wrong, in Chinese.
func ParseConfig(file string, data []byte) (*Config, error) {
	c := &Config{File: file}
	fail := func(n *yaml.Node, format string, a ...any) error {
		e := &ConfigError{File: file, Msg: fmt.Sprintf(format, a...)}
		if n != nil {
			e.Line, e.Column = n.Line, n.Column
		}
		return e
	}
	// The packs' encoding check and YAML error messages (one place):
	// UTF-16 or GBK named with the fix, syntax errors in Chinese at
	// file:line:col.
	data, e := pack.CheckText(file, data, "lint 配置文件")
	if e != nil {
		return nil, &ConfigError{File: file, Line: e.Line, Column: e.Column, Msg: e.Msg}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		e := pack.SyntaxError(file, data, err)
		return nil, &ConfigError{File: file, Line: e.Line, Column: e.Column, Msg: e.Msg}
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return c, nil // empty file
	}
	root := doc.Content[0]
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return c, nil
	}
	if root.Kind != yaml.MappingNode {
		return nil, fail(root, "顶层应该是映射（rules: …）")
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if seen[k.Value] {
			return nil, fail(k, "重复的字段 %q", k.Value)
		}
		seen[k.Value] = true
		switch k.Value {
		case "include", "exclude":
			globs, err := parseGlobs(k.Value, v, fail)
			if err != nil {
				return nil, err
			}
			if k.Value == "include" {
				c.Include = globs
			} else {
				c.Exclude = globs
			}
			continue
		case "platform":
			if v.Kind != yaml.ScalarNode || v.Tag == "!!null" || v.Value == "" {
				return nil, fail(v, "platform 应该是一个平台名（可用：%s）", strings.Join(Platforms(), "、"))
			}
			if !slices.Contains(Platforms(), v.Value) {
				if near := spell.Nearest(v.Value, Platforms(), 1); near != "" {
					return nil, fail(v, "未知平台 %q，是不是 %q？（可用：%s）", v.Value, near, strings.Join(Platforms(), "、"))
				}
				return nil, fail(v, "未知平台 %q（可用：%s）", v.Value, strings.Join(Platforms(), "、"))
			}
			c.Platform = v.Value
			continue
		case "rules":
		default:
			return nil, fail(k, "未知字段 %q（可用：rules、platform、include、exclude）", k.Value)
		}
		if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
			continue
		}
		if v.Kind != yaml.MappingNode {
			return nil, fail(v, "rules 应该是映射：规则 ID → 设置")
		}
		c.Rules = map[string]*RuleConfig{}
		for j := 0; j+1 < len(v.Content); j += 2 {
			rk, rv := v.Content[j], v.Content[j+1]
			id := rk.Value
			if _, ok := ruleIndex[id]; !ok {
				// A third of the name may be mistyped or missing
				// (compliance/medical → compliance/medical-claim).
				if near := spell.Nearest(id, ruleIDs(), max(3, len(id)/3)); near != "" {
					return nil, fail(rk, "未知规则 %q，是不是 %q？（规则清单见 huashu lint --list-rules）", id, near)
				}
				return nil, fail(rk, "未知规则 %q（规则清单见 huashu lint --list-rules）", id)
			}
			if _, dup := c.Rules[id]; dup {
				return nil, fail(rk, "规则 %q 写了两次", id)
			}
			rc, err := parseRuleConfig(id, rv, fail)
			if err != nil {
				return nil, err
			}
			c.Rules[id] = rc
		}
	}
	return c, nil
}

func parseRuleConfig(id string, n *yaml.Node, fail func(*yaml.Node, string, ...any) error) (*RuleConfig, error) {
	rc := &RuleConfig{}
	severity := func(v *yaml.Node) error {
		if v.Kind != yaml.ScalarNode {
			return fail(v, "%s 的 severity 应该是 error、warning、info 或 off", id)
		}
		if _, err := ParseSeverity(v.Value); err != nil {
			return fail(v, "%s 的级别 %q 无效（可用：error、warning、info、off）", id, v.Value)
		}
		rc.Severity = v.Value
		return nil
	}
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return rc, nil
		}
		return rc, severity(n) // the short form "rule: off"
	case yaml.MappingNode:
	default:
		return nil, fail(n, "%s 的设置应该是级别（off）或映射（{severity: warning}）", id)
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if seen[k.Value] {
			return nil, fail(k, "%s 里重复的字段 %q", id, k.Value)
		}
		seen[k.Value] = true
		switch k.Value {
		case "severity":
			if err := severity(v); err != nil {
				return nil, err
			}
		case "max", "threshold":
			x, err := strconv.Atoi(v.Value)
			if v.Kind != yaml.ScalarNode || err != nil || x < 0 {
				return nil, fail(v, "%s 的 %s 应该是非负整数，写的是 %q", id, k.Value, v.Value)
			}
			if k.Value == "max" {
				rc.Max = x
			} else {
				rc.Threshold = x
			}
		case "words", "exceptions", "allowed_domains":
			var list []string
			if v.Kind != yaml.ScalarNode || v.Tag != "!!null" {
				if v.Kind != yaml.SequenceNode {
					return nil, fail(v, "%s 的 %s 应该是字符串列表（[词1, 词2]）", id, k.Value)
				}
				for _, e := range v.Content {
					if e.Kind != yaml.ScalarNode || e.Value == "" {
						return nil, fail(e, "%s 的 %s 里每一项应该是非空字符串", id, k.Value)
					}
					if k.Value != "allowed_domains" && !hasSymbol(e.Value) && len(normTerm(e.Value)) == 0 {
						return nil, fail(e, "%s 的 %s 里的 %q 只有空白或标点，匹配不到任何内容", id, k.Value, e.Value)
					}
					list = append(list, e.Value)
				}
				if k.Value != "allowed_domains" && len(list) > 0 {
					if r := ruleIndex[id]; r.check == nil {
						return nil, fail(k, "%s 不检查回复正文，不能加 %s（词表只对检查正文的规则有用：service/*、compliance/*、text/*）", id, k.Value)
					}
				}
			}
			switch k.Value {
			case "words":
				rc.Words = list
			case "exceptions":
				rc.Exceptions = list
			default:
				rc.AllowedDomains = list
			}
		default:
			return nil, fail(k, "未知字段 %q（可用：%s）", k.Value, strings.Join(ruleConfigKeys, "、"))
		}
	}
	return rc, nil
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
// platform is the team's own platform ("" when none is named).
func (c *Config) platform() string {
	if c == nil {
		return ""
	}
	return c.Platform
}

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
			cp.Entries = append(cp.Entries, teamWord(w, src))
		}
		for _, w := range rc.Exceptions {
			cp.Exceptions = append(cp.Exceptions, teamWord(w, src))
		}
		lists[id] = &cp
	}
	return lists, nil
}

// teamWord is a word from .huashu-lint.yaml as a list entry. A word with a
// symbol or emoji in it (v❤, 🐧) is matched as written: normalizing would drop
// the symbol and leave a word that matches far too much (v in V领).
func teamWord(w, src string) WordEntry {
	if hasSymbol(w) {
		return WordEntry{Raw: w, Source: src, Team: true}
	}
	return WordEntry{Term: w, Source: src, Team: true}
}

// ruleIDs lists every rule ID, for "是不是…？".
func ruleIDs() []string {
	ids := make([]string, len(allRules))
	for i, r := range allRules {
		ids[i] = r.ID
	}
	return ids
}
