package phrases_test

// These tests hold the embedded starter packs to the pack format (validated
// against schema/pack.schema.json with the small JSON Schema validator below)
// and to the service standard that huashu's lint enforces for teams (DESIGN.md
// §9): no 服务禁语, no off-platform contact, no paid reviews, no 广告法 absolute
// terms, no 微笑 emoji, no 叠字, and one chat message no longer than a buyer
// wants to read. Each checker is also run against deliberately bad input, so
// a checker that silently stopped working would fail here too.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"math"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/huashu-cli/huashu/internal/spell"
	"github.com/huashu-cli/huashu/phrases"
)

const (
	schemaPath   = "../schema/pack.schema.json"
	schemaHeader = "# yaml-language-server: $schema=../schema/pack.schema.json"

	minPhrases    = 120
	minMultiPart  = 5
	minWindowed   = 1
	maxMessage    = 120 // runes in one chat message; longer answers use parts
	maxMeInOneMsg = 1   // 少用“我”
)

var codeRe = regexp.MustCompile(`^([a-z0-9]+|[\p{Han}a-z0-9]+)$`)

// ---------------------------------------------------------------------------
// The pack as this test reads it (mirrors DESIGN.md §3).

type Body struct {
	Text  string   `yaml:"text"`
	Parts []string `yaml:"parts"`
}

func (b Body) messages() []string {
	if len(b.Parts) > 0 {
		return b.Parts
	}
	return []string{b.Text}
}

// variant is a platform variant: a plain string (the text) or {text}|{parts}.
type variant struct{ Body }

func (v *variant) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		return n.Decode(&v.Text)
	}
	return n.Decode(&v.Body)
}

type window struct {
	From  *time.Time `yaml:"from"`
	Until *time.Time `yaml:"until"`
}

type phrase struct {
	Code      string   `yaml:"code"`
	Title     string   `yaml:"title"`
	Group     string   `yaml:"group"`
	Tags      []string `yaml:"tags"`
	Keywords  []string `yaml:"keywords"`
	Ask       []string `yaml:"ask"`
	Body      `yaml:",inline"`
	Platform  map[string]variant `yaml:"platform"`
	Platforms []string           `yaml:"platforms"`
	Valid     *window            `yaml:"valid"`
}

// allMessages is every message a buyer can receive from the phrase, on any
// platform, labelled for error messages.
func (p phrase) allMessages() map[string]string {
	out := map[string]string{}
	for i, m := range p.messages() {
		out[fmt.Sprintf("%s msg %d", p.Code, i+1)] = m
	}
	for plat, v := range p.Platform {
		for i, m := range v.messages() {
			out[fmt.Sprintf("%s[%s] msg %d", p.Code, plat, i+1)] = m
		}
	}
	return out
}

type pack struct {
	Pack        string            `yaml:"pack"`
	Description string            `yaml:"description"`
	Platforms   []string          `yaml:"platforms"`
	Groups      []string          `yaml:"groups"`
	Vars        map[string]string `yaml:"vars"`
	Phrases     []phrase          `yaml:"phrases"`
}

type loadedPack struct {
	file string
	raw  []byte
	doc  any // the file as JSON-like data, for the schema
	pack pack
}

func loadPacks(t *testing.T) []loadedPack {
	t.Helper()
	files, err := fs.Glob(phrases.FS, "*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no embedded *.yaml packs")
	}
	var out []loadedPack
	for _, f := range files {
		raw, err := fs.ReadFile(phrases.FS, f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := yamlToValue(raw)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		var p pack
		dec := yaml.NewDecoder(bytes.NewReader(raw))
		dec.KnownFields(true)
		if err := dec.Decode(&p); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out = append(out, loadedPack{file: f, raw: raw, doc: doc, pack: p})
	}
	return out
}

// yamlToValue parses YAML into the values a JSON Schema talks about:
// map[string]any, []any, string, float64, bool, nil. Timestamps stay strings,
// as yaml-language-server sees them. Duplicate keys are an error.
func yamlToValue(src []byte) (any, error) {
	var n yaml.Node
	if err := yaml.Unmarshal(src, &n); err != nil {
		return nil, err
	}
	return nodeValue(&n)
}

func nodeValue(n *yaml.Node) (any, error) {
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return nil, nil
		}
		return nodeValue(n.Content[0])
	case yaml.AliasNode:
		return nodeValue(n.Alias)
	case yaml.SequenceNode:
		out := make([]any, 0, len(n.Content))
		for _, c := range n.Content {
			v, err := nodeValue(c)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	case yaml.MappingNode:
		out := map[string]any{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Kind != yaml.ScalarNode || k.ShortTag() != "!!str" {
				return nil, fmt.Errorf("line %d: mapping key must be a string", k.Line)
			}
			if _, dup := out[k.Value]; dup {
				return nil, fmt.Errorf("line %d: duplicate key %q", k.Line, k.Value)
			}
			val, err := nodeValue(v)
			if err != nil {
				return nil, err
			}
			out[k.Value] = val
		}
		return out, nil
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!str", "!!timestamp", "!!binary":
			return n.Value, nil
		case "!!null":
			return nil, nil
		case "!!bool":
			var b bool
			err := n.Decode(&b)
			return b, err
		case "!!int", "!!float":
			var f float64
			err := n.Decode(&f)
			return f, err
		}
		return nil, fmt.Errorf("line %d: unsupported tag %s", n.Line, n.ShortTag())
	}
	return nil, fmt.Errorf("line %d: unexpected YAML node kind %d", n.Line, n.Kind)
}

// ---------------------------------------------------------------------------
// A small JSON Schema validator: only the keywords pack.schema.json uses.
// A keyword it does not know is an error, so the schema cannot grow a rule
// this test silently skips.

var schemaKeywords = map[string]bool{
	"$ref": true, "type": true, "properties": true, "required": true,
	"additionalProperties": true, "pattern": true, "enum": true, "items": true,
	"oneOf": true, "minItems": true, "minLength": true, "maxLength": true,
}

// Annotations carry no assertion here (format is left to editors).
var schemaAnnotations = map[string]bool{
	"$schema": true, "$id": true, "$comment": true, "title": true,
	"description": true, "markdownDescription": true, "default": true,
	"examples": true, "format": true, "definitions": true, "$defs": true,
}

type validator struct {
	root     map[string]any
	patterns map[string]*regexp.Regexp
}

func newValidator(raw []byte) (*validator, error) {
	var root map[string]any
	if err := json.Unmarshal(raw, &root); err != nil {
		return nil, err
	}
	v := &validator{root: root, patterns: map[string]*regexp.Regexp{}}
	if err := v.check(root, "#"); err != nil {
		return nil, err
	}
	return v, nil
}

// check walks every subschema once: known keywords, compilable patterns,
// resolvable references.
func (v *validator) check(s any, at string) error {
	if _, ok := s.(bool); ok {
		return nil
	}
	m, ok := s.(map[string]any)
	if !ok {
		return fmt.Errorf("%s: a schema must be an object or a boolean", at)
	}
	for k, val := range m {
		if !schemaKeywords[k] && !schemaAnnotations[k] {
			return fmt.Errorf("%s: keyword %q is not supported by the test's validator", at, k)
		}
		switch k {
		case "pattern":
			p, _ := val.(string)
			re, err := regexp.Compile(p)
			if err != nil {
				return fmt.Errorf("%s/pattern: %w", at, err)
			}
			v.patterns[p] = re
		case "$ref":
			ref, _ := val.(string)
			if _, err := v.resolve(ref); err != nil {
				return fmt.Errorf("%s: %w", at, err)
			}
		case "properties", "definitions", "$defs":
			sub, _ := val.(map[string]any)
			for name, ss := range sub {
				if err := v.check(ss, at+"/"+k+"/"+name); err != nil {
					return err
				}
			}
		case "items", "additionalProperties":
			if err := v.check(val, at+"/"+k); err != nil {
				return err
			}
		case "oneOf":
			list, ok := val.([]any)
			if !ok {
				return fmt.Errorf("%s/oneOf: want an array", at)
			}
			for i, ss := range list {
				if err := v.check(ss, fmt.Sprintf("%s/oneOf/%d", at, i)); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func (v *validator) resolve(ref string) (any, error) {
	if !strings.HasPrefix(ref, "#/") {
		return nil, fmt.Errorf("$ref %q: only local references are supported", ref)
	}
	var cur any = v.root
	for _, tok := range strings.Split(ref[2:], "/") {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("$ref %q does not resolve", ref)
		}
		if cur, ok = m[tok]; !ok {
			return nil, fmt.Errorf("$ref %q does not resolve", ref)
		}
	}
	return cur, nil
}

func (v *validator) Validate(doc any) []string { return v.validate(v.root, doc, "$") }

func (v *validator) validate(s any, x any, path string) []string {
	if b, ok := s.(bool); ok {
		if b {
			return nil
		}
		return []string{path + ": not allowed"}
	}
	m := s.(map[string]any)
	var errs []string
	if ref, ok := m["$ref"].(string); ok {
		target, _ := v.resolve(ref)
		errs = append(errs, v.validate(target, x, path)...)
	}
	if t, ok := m["type"]; ok && !typeMatches(t, x) {
		return append(errs, fmt.Sprintf("%s: want type %v, got %s", path, t, kindOf(x)))
	}
	if enum, ok := m["enum"].([]any); ok {
		found := false
		for _, c := range enum {
			if reflect.DeepEqual(c, x) {
				found = true
			}
		}
		if !found {
			errs = append(errs, fmt.Sprintf("%s: %v is not one of %v", path, x, enum))
		}
	}
	switch x := x.(type) {
	case string:
		n := utf8.RuneCountInString(x)
		if min, ok := m["minLength"].(float64); ok && n < int(min) {
			errs = append(errs, fmt.Sprintf("%s: shorter than %v characters", path, min))
		}
		if max, ok := m["maxLength"].(float64); ok && n > int(max) {
			errs = append(errs, fmt.Sprintf("%s: %q is longer than %v characters", path, x, max))
		}
		if p, ok := m["pattern"].(string); ok && !v.patterns[p].MatchString(x) {
			errs = append(errs, fmt.Sprintf("%s: %q does not match %s", path, x, p))
		}
	case []any:
		if min, ok := m["minItems"].(float64); ok && len(x) < int(min) {
			errs = append(errs, fmt.Sprintf("%s: fewer than %v items", path, min))
		}
		if items, ok := m["items"]; ok {
			for i, el := range x {
				errs = append(errs, v.validate(items, el, fmt.Sprintf("%s[%d]", path, i))...)
			}
		}
	case map[string]any:
		if req, ok := m["required"].([]any); ok {
			for _, r := range req {
				if _, has := x[r.(string)]; !has {
					errs = append(errs, fmt.Sprintf("%s: missing required key %q", path, r))
				}
			}
		}
		props, _ := m["properties"].(map[string]any)
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if ps, ok := props[k]; ok {
				errs = append(errs, v.validate(ps, x[k], path+"."+k)...)
			} else if ap, ok := m["additionalProperties"]; ok {
				if ap == false {
					errs = append(errs, fmt.Sprintf("%s: unknown key %q", path, k))
				} else {
					errs = append(errs, v.validate(ap, x[k], path+"."+k)...)
				}
			}
		}
	}
	if one, ok := m["oneOf"].([]any); ok {
		matched := 0
		var why []string
		for i, sub := range one {
			if e := v.validate(sub, x, path); len(e) == 0 {
				matched++
			} else {
				why = append(why, fmt.Sprintf("#%d: %s", i, strings.Join(e, "; ")))
			}
		}
		if matched != 1 {
			msg := fmt.Sprintf("%s: must match exactly one of %d alternatives, matches %d", path, len(one), matched)
			if matched == 0 {
				msg += " (" + strings.Join(why, " | ") + ")"
			}
			errs = append(errs, msg)
		}
	}
	return errs
}

func kindOf(x any) string {
	switch x := x.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case string:
		return "string"
	case float64:
		if x == math.Trunc(x) {
			return "integer"
		}
		return "number"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return fmt.Sprintf("%T", x)
}

func typeMatches(t any, x any) bool {
	k := kindOf(x)
	one := func(name string) bool {
		return name == k || (name == "number" && k == "integer")
	}
	switch t := t.(type) {
	case string:
		return one(t)
	case []any:
		for _, n := range t {
			if s, ok := n.(string); ok && one(s) {
				return true
			}
		}
	}
	return false
}

func loadValidator(t *testing.T) *validator {
	t.Helper()
	raw, err := os.ReadFile(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	v, err := newValidator(raw)
	if err != nil {
		t.Fatalf("%s: %v", schemaPath, err)
	}
	return v
}

// ---------------------------------------------------------------------------
// Wording rules. The lists follow the training deck's 服务禁语 and 少用 lists,
// the platforms' rules on off-platform contact, 好评返现 and 刷单, and the
// 广告法 absolute terms (DESIGN.md §9).

var forbidden = map[string][]string{
	"服务禁语": {"不知道", "不清楚", "你问我我问谁", "我也没办法", "你自己看", "爱买不买", "投诉",
		"不归我管", "刚才已经说过", "不会就算了", "不是为你一个人服务"},
	"推给平台":    {"找京东", "找淘宝", "找天猫", "找拼多多", "找平台", "平台客服", "京东客服", "天猫客服", "淘宝客服", "拼多多客服"},
	"站外联系":    {"微信", "VX", "加V", "QQ", "扣扣", "二维码", "HTTP", "WWW."},
	"好评返现/刷单": {"返现", "好评送", "五星好评", "好评返", "晒图返", "好评截图", "刷单", "补单"},
	"广告法极限词":  {"最", "第一", "国家级", "顶级", "100%", "极品", "绝对", "唯一", "万能", "全网"},
	"微笑表情":    {"🙂", "☺", "😊", "[微笑]", "/:^_^"},
	"叠字":      {"嗯嗯", "哦哦", "亲亲亲", "亲亲", "恩恩", "噢噢", "哈哈", "呵呵", "嘻嘻", "啊啊"},
}

var (
	phoneRe       = regexp.MustCompile(`(^|[^0-9])1[3-9][0-9]{9}([^0-9]|$)`)
	placeholderRe = regexp.MustCompile(`\{\{([^{}|]*)(\|[^{}]*)?\}\}`)
)

// fold maps full-width ASCII to half-width, upper-cases Latin letters and
// drops whitespace and zero-width characters, so ＶＸ, v x and v\u200bx all
// read as VX.
func fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			r -= 0xFEE0
		case r == 0x3000:
			continue
		}
		if unicode.IsSpace(r) || isInvisible(r) {
			continue
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

// lettersOnly keeps letters and digits, so 你问我，我问谁 reads as 你问我我问谁.
func lettersOnly(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isInvisible(r rune) bool {
	return (r >= 0x200B && r <= 0x200F) || (r >= 0x202A && r <= 0x202E) ||
		(r >= 0x2060 && r <= 0x2064) || (r >= 0x2066 && r <= 0x2069) || r == 0xFEFF
}

func isASCIIAlnum(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// containsTerm finds term in s; a term that starts or ends with a Latin
// letter or digit must not continue a longer word there (VIP is not VX).
func containsTerm(s, term string) bool {
	first, _ := utf8.DecodeRuneInString(term)
	last, _ := utf8.DecodeLastRuneInString(term)
	for off := 0; off <= len(s); {
		i := strings.Index(s[off:], term)
		if i < 0 {
			return false
		}
		i += off
		j := i + len(term)
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[j:])
		okBefore := !isASCIIAlnum(first) || i == 0 || !isASCIIAlnum(before)
		okAfter := !isASCIIAlnum(last) || j == len(s) || !isASCIIAlnum(after)
		if okBefore && okAfter {
			return true
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		off = i + size
	}
	return false
}

func isHanOnly(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

// wordingProblems lists what is wrong with one string an agent might send.
func wordingProblems(s string) []string {
	var out []string
	folded := fold(s)
	letters := lettersOnly(folded)
	rules := make([]string, 0, len(forbidden))
	for rule := range forbidden {
		rules = append(rules, rule)
	}
	sort.Strings(rules)
	for _, rule := range rules {
		for _, term := range forbidden[rule] {
			ft := fold(term)
			if containsTerm(folded, ft) || (isHanOnly(ft) && strings.Contains(letters, ft)) {
				out = append(out, fmt.Sprintf("%s: %q", rule, term))
			}
		}
	}
	if phoneRe.MatchString(folded) {
		out = append(out, "站外联系: phone number")
	}
	// 叠字: the same character three times in a row.
	var prev rune
	run := 0
	for _, r := range s {
		if r == prev && unicode.IsLetter(r) {
			run++
		} else {
			prev, run = r, 1
		}
		if run == 3 {
			out = append(out, fmt.Sprintf("叠字: %q three times", string(r)))
		}
	}
	return out
}

// messageProblems adds the rules for one whole chat message.
func messageProblems(s string) []string {
	out := wordingProblems(s)
	n := utf8.RuneCountInString(s)
	switch {
	case strings.TrimSpace(s) != s:
		out = append(out, "leading or trailing whitespace")
	case n < 2:
		out = append(out, "一字回复")
	case n > maxMessage:
		out = append(out, fmt.Sprintf("%d characters, more than %d: use parts", n, maxMessage))
	}
	if strings.Contains(s, "  ") {
		out = append(out, "double space")
	}
	for _, r := range s {
		if unicode.IsControl(r) || isInvisible(r) {
			out = append(out, fmt.Sprintf("invisible or control character %U", r))
		}
	}
	trimmed := strings.TrimLeftFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
	if strings.HasPrefix(trimmed, "我") {
		out = append(out, "少用“我”: starts with 我")
	}
	if c := strings.Count(s, "我"); c > maxMeInOneMsg {
		out = append(out, fmt.Sprintf("少用“我”: %d times", c))
	}
	if c := strings.Count(s, "～"); c > 1 {
		out = append(out, fmt.Sprintf("～ %d times", c))
	}
	out = append(out, placeholderProblems(s)...)
	return out
}

func placeholderProblems(s string) []string {
	var out []string
	for _, m := range placeholderRe.FindAllStringSubmatch(s, -1) {
		if strings.TrimSpace(m[1]) == "" || strings.TrimSpace(m[1]) != m[1] {
			out = append(out, fmt.Sprintf("placeholder %q: bad name", m[0]))
		}
	}
	rest := placeholderRe.ReplaceAllString(s, "")
	if strings.Contains(rest, "{{") || strings.Contains(rest, "}}") {
		out = append(out, "malformed placeholder")
	}
	return out
}

func placeholderNames(s string) []string {
	var out []string
	for _, m := range placeholderRe.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	return out
}

// ---------------------------------------------------------------------------
// The starter packs.

func TestStarterPacks(t *testing.T) {
	v := loadValidator(t)
	packs := loadPacks(t)

	t.Run("schema", func(t *testing.T) {
		for _, lp := range packs {
			for _, e := range v.Validate(lp.doc) {
				t.Errorf("%s: %s", lp.file, e)
			}
			if first, _, _ := strings.Cut(string(lp.raw), "\n"); first != schemaHeader {
				t.Errorf("%s: first line should be %q, is %q", lp.file, schemaHeader, first)
			}
		}
	})

	t.Run("counts", func(t *testing.T) {
		var total, multi, windowed int
		variantPlatforms := map[string]int{}
		for _, lp := range packs {
			total += len(lp.pack.Phrases)
			for _, p := range lp.pack.Phrases {
				if len(p.Parts) > 0 {
					multi++
				}
				if p.Valid != nil {
					windowed++
				}
				for plat, vr := range p.Platform {
					variantPlatforms[plat]++
					if len(vr.Parts) > 0 {
						multi++
					}
				}
			}
			t.Logf("%-16s %-10s %3d phrases", lp.file, lp.pack.Pack, len(lp.pack.Phrases))
		}
		t.Logf("total %d, multi-part %d, windowed %d, variants %v", total, multi, windowed, variantPlatforms)
		if total < minPhrases {
			t.Errorf("%d phrases, want at least %d", total, minPhrases)
		}
		if multi < minMultiPart {
			t.Errorf("%d multi-part replies, want at least %d", multi, minMultiPart)
		}
		if windowed < minWindowed {
			t.Errorf("%d phrases with a valid window, want at least %d", windowed, minWindowed)
		}
		for _, plat := range []string{"jd", "tmall", "pdd"} {
			if variantPlatforms[plat] == 0 {
				t.Errorf("no platform variant for %s", plat)
			}
		}
	})

	t.Run("codes and names", func(t *testing.T) {
		codes := map[string]string{}
		names := map[string]string{}
		for _, lp := range packs {
			if prev, dup := names[lp.pack.Pack]; dup {
				t.Errorf("%s: pack name %q also used by %s", lp.file, lp.pack.Pack, prev)
			}
			names[lp.pack.Pack] = lp.file
			for _, p := range lp.pack.Phrases {
				if !codeRe.MatchString(p.Code) {
					t.Errorf("%s: code %q does not match %s", lp.file, p.Code, codeRe)
				}
				if prev, dup := codes[p.Code]; dup {
					t.Errorf("%s: code %q also used in %s", lp.file, p.Code, prev)
				}
				codes[p.Code] = lp.file
			}
		}
	})

	t.Run("wording", func(t *testing.T) {
		for _, lp := range packs {
			for _, s := range append([]string{lp.pack.Pack, lp.pack.Description}, mapValues(lp.pack.Vars)...) {
				for _, prob := range wordingProblems(s) {
					t.Errorf("%s: pack %q: %s", lp.file, s, prob)
				}
			}
			for _, p := range lp.pack.Phrases {
				meta := append([]string{p.Title, p.Group}, p.Tags...)
				meta = append(meta, p.Keywords...)
				for _, s := range meta {
					for _, prob := range wordingProblems(s) {
						t.Errorf("%s: %s: %q: %s", lp.file, p.Code, s, prob)
					}
				}
				msgs := p.allMessages()
				keys := mapKeys(msgs)
				for _, k := range keys {
					for _, prob := range messageProblems(msgs[k]) {
						t.Errorf("%s: %s: %s\n\t%s", lp.file, k, prob, msgs[k])
					}
				}
			}
		}
	})

	t.Run("vars, platforms and windows", func(t *testing.T) {
		for _, lp := range packs {
			used := map[string]bool{}
			for _, p := range lp.pack.Phrases {
				for _, m := range p.allMessages() {
					for _, name := range placeholderNames(m) {
						used[name] = true
					}
				}
				allowed := p.Platforms
				if len(allowed) == 0 {
					allowed = lp.pack.Platforms
				}
				for plat := range p.Platform {
					if len(allowed) > 0 && !contains(allowed, plat) {
						t.Errorf("%s: %s: variant for %s, but the phrase is for %v", lp.file, p.Code, plat, allowed)
					}
				}
				if w := p.Valid; w != nil {
					if w.From == nil || w.Until == nil {
						t.Errorf("%s: %s: valid window should give both from and until", lp.file, p.Code)
					} else if !w.From.Before(*w.Until) {
						t.Errorf("%s: %s: valid.from %v is not before valid.until %v", lp.file, p.Code, w.From, w.Until)
					}
				}
			}
			for name := range lp.pack.Vars {
				if !used[name] {
					t.Errorf("%s: pack var %q is not used by any phrase", lp.file, name)
				}
				for u := range used {
					if u != name && spell.Distance(u, name) == 1 {
						t.Errorf("%s: placeholder {{%s}} is one character from pack var %q (typo?)", lp.file, u, name)
					}
				}
			}
		}
	})
}

func mapKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func mapValues(m map[string]string) []string {
	var out []string
	for _, k := range mapKeys(m) {
		out = append(out, m[k])
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// ---------------------------------------------------------------------------
// The checkers must be able to fail.

func TestWordingCheckerCatchesBadText(t *testing.T) {
	bad := []string{
		"这个真不清楚呢，您再看一下详情页。",
		"你问我，我问谁？",
		"有问题加微 信聊",
		"加ＶＸ：abc123 详聊",
		"qq联系更快",
		"加v领优惠",
		"好评返现2元，记得截图",
		"五星好评送小礼物",
		"这是咱们店卖得最好的一款",
		"销量全店第一",
		"100%纯棉",
		"１００％纯棉",
		"国家级工艺",
		"亲/:^_^",
		"好的[微笑]",
		"好的🙂",
		"嗯嗯，好的",
		"亲亲亲，在的",
		"好好好，马上办",
		"我也没办法，请您理解。",
		"这个问题你得去找京东，这不是咱们的问题。",
		"再有问题您就去投诉吧",
		"可以拨打13912345678咨询",
		"刷单的订单不发货",
		"我来帮您查一下",
		"我看了一下，我觉得我们可以",
		"好",
		" 您好，请稍等",
		"您好\u200b请稍等",
		"订单号{{订单号，请核对",
		"您好，{{ }}已收到",
		"您好～～请稍等",
		strings.Repeat("您好请稍等。", 21),
	}
	for _, s := range bad {
		t.Run(s, func(t *testing.T) {
			probs := messageProblems(s)
			if len(probs) == 0 {
				t.Errorf("messageProblems(%q) found nothing, want a problem", s)
			}
			t.Log(probs)
		})
	}
	// Every listed term, written plainly, is caught.
	for rule, terms := range forbidden {
		for _, term := range terms {
			if len(wordingProblems(term)) == 0 {
				t.Errorf("%s: term %q is not caught", rule, term)
			}
		}
	}

	good := []string{
		"您好，请问有什么可以帮您？",
		"VIP会员下单同样享受店铺优惠。",
		"订单号20261391234567890已经为您备注好了。",
		"谢谢您的耐心等待，近期上新的款式也欢迎您参考。",
		"您的包裹由{{快递公司|中通快递}}发出，单号{{快递单号}}。",
		"请您放心，这边会跟进到底。",
	}
	for _, s := range good {
		if probs := messageProblems(s); len(probs) > 0 {
			t.Errorf("messageProblems(%q) = %v, want none", s, probs)
		}
	}
}

func TestSchemaRejectsBadPacks(t *testing.T) {
	v := loadValidator(t)
	const head = "pack: 测试\nphrases:\n"
	cases := []struct {
		name, yaml string
		ok         bool
	}{
		{"minimal", head + "  - {code: hy, title: 欢迎, text: 您好}\n", true},
		{"chinese code", head + "  - {code: 退款进度, title: 退款, text: 您好}\n", true},
		{"digits first", head + "  - {code: 1111yfx, title: 双11, text: 您好}\n", true},
		{"all keys", `pack: 测试
description: d
platforms: [jd, tmall, pdd]
vars: {店铺: 本店}
phrases:
  - code: yhp
    title: 邀请评价
    group: 评价/邀评
    tags: [评价]
    keywords: [yaoqing]
    parts: [一, 二]
    platforms: [jd, tmall]
    platform:
      tmall: 天猫的话
      jd: {parts: [京东一, 京东二]}
      pdd: {text: 拼多多}
    valid: {from: 2026-11-01T00:00:00+08:00, until: "2026-11-11T23:59:59+08:00"}
`, true},
		{"no phrases", "pack: 测试\n", false},

		{"missing pack", "phrases: []\n", false},
		{"empty pack name", "pack: ''\n", false},
		{"unknown top key", "pack: 测试\nphrase: []\n", false},
		{"vars not strings", "pack: 测试\nvars: {店铺: 1}\n", false},
		{"bad pack platform", "pack: 测试\nplatforms: [taobao]\n", false},
		{"empty platforms", "pack: 测试\nplatforms: []\n", false},
		{"missing code", head + "  - {title: 欢迎, text: 您好}\n", false},
		{"missing title", head + "  - {code: hy, text: 您好}\n", false},
		{"upper-case code", head + "  - {code: Hy, title: 欢迎, text: 您好}\n", false},
		{"dash in code", head + "  - {code: hy-1, title: 欢迎, text: 您好}\n", false},
		{"space in code", head + "  - {code: 退 款, title: 欢迎, text: 您好}\n", false},
		{"number code", head + "  - {code: 618, title: 欢迎, text: 您好}\n", false},
		{"long title", head + "  - {code: hy, title: 一二三四五六七八九十一二三四五六七, text: 您好}\n", false},
		{"text and parts", head + "  - {code: hy, title: 欢迎, text: 您好, parts: [a, b]}\n", false},
		{"neither text nor parts", head + "  - {code: hy, title: 欢迎}\n", false},
		{"empty text", head + "  - {code: hy, title: 欢迎, text: ''}\n", false},
		{"empty parts", head + "  - {code: hy, title: 欢迎, parts: []}\n", false},
		{"unknown phrase key", head + "  - {code: hy, title: 欢迎, text: 您好, txt: 您好}\n", false},
		{"unknown variant platform", head + "  - {code: hy, title: 欢迎, text: 您好, platform: {taobao: 您好}}\n", false},
		{"variant with both", head + "  - {code: hy, title: 欢迎, text: 您好, platform: {jd: {text: a, parts: [b]}}}\n", false},
		{"variant with neither", head + "  - {code: hy, title: 欢迎, text: 您好, platform: {jd: {}}}\n", false},
		{"variant unknown key", head + "  - {code: hy, title: 欢迎, text: 您好, platform: {jd: {txt: a}}}\n", false},
		{"variant number", head + "  - {code: hy, title: 欢迎, text: 您好, platform: {jd: 1}}\n", false},
		{"bad phrase platform", head + "  - {code: hy, title: 欢迎, text: 您好, platforms: [douyin]}\n", false},
		{"valid unknown key", head + "  - {code: hy, title: 欢迎, text: 您好, valid: {from: 2026-11-01T00:00:00+08:00, to: 2026-11-02T00:00:00+08:00}}\n", false},
		{"valid not a date-time", head + "  - {code: hy, title: 欢迎, text: 您好, valid: {from: next week}}\n", false},
		{"tags not a list", head + "  - {code: hy, title: 欢迎, text: 您好, tags: 欢迎}\n", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := yamlToValue([]byte(c.yaml))
			if err != nil {
				t.Fatalf("yaml: %v", err)
			}
			errs := v.Validate(doc)
			if c.ok && len(errs) > 0 {
				t.Errorf("want valid, got %v", errs)
			}
			if !c.ok && len(errs) == 0 {
				t.Errorf("want a schema error, got none")
			}
		})
	}

	if _, err := yamlToValue([]byte("pack: a\npack: b\n")); err == nil {
		t.Error("duplicate keys: want an error")
	}
}

// The schema's code pattern spells out the Han ranges for editors (ECMAScript
// has no \p{Han} without the Script= prefix, Go has no Script=); it must accept
// exactly what codeRe accepts.
func TestSchemaCodePatternMatchesHan(t *testing.T) {
	v := loadValidator(t)
	codeSchema, err := v.resolve("#/definitions/phrase/properties/code")
	if err != nil {
		t.Fatal(err)
	}
	re := v.patterns[codeSchema.(map[string]any)["pattern"].(string)]
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := string(r)
		if got, want := re.MatchString(s), codeRe.MatchString(s); got != want {
			t.Fatalf("code %q (%U): schema pattern says %v, %s says %v", s, r, got, codeRe, want)
		}
	}
}
