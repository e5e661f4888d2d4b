// Package phrase holds huashu's domain types: packs, phrases, their platform
// variants and where each value came from. It depends on the standard library
// only, so every other package (loader, matcher, lint, picker) can share it.
package phrase

import (
	"fmt"
	"reflect"
	"time"
	"unicode"
)

// Platform is one of the shop platforms a reply is written for.
type Platform string

// The platforms huashu knows. The short IDs are the ones used in pack files,
// flags and config.
const (
	JD    Platform = "jd"    // 京东 (咚咚)
	Tmall Platform = "tmall" // 淘宝/天猫 (千牛/旺旺)
	PDD   Platform = "pdd"   // 拼多多 (商家工作台)
)

// Platforms lists every known platform in display order.
var Platforms = []Platform{JD, Tmall, PDD}

// Valid reports whether p is a known platform ID.
func (p Platform) Valid() bool {
	for _, q := range Platforms {
		if p == q {
			return true
		}
	}
	return false
}

// Label is the Chinese name agents know the platform by.
func (p Platform) Label() string {
	switch p {
	case JD:
		return "京东"
	case Tmall:
		return "天猫"
	case PDD:
		return "拼多多"
	}
	return string(p)
}

// ParsePlatform accepts a platform ID ("jd", "tmall", "pdd"); the empty string
// means "no platform chosen" and is returned as "".
func ParsePlatform(s string) (Platform, error) {
	if s == "" {
		return "", nil
	}
	p := Platform(s)
	if !p.Valid() {
		return "", fmt.Errorf("未知平台 %q（可用：jd 京东、tmall 淘宝/天猫、pdd 拼多多）", s)
	}
	return p, nil
}

// Layer is a pack's place in the precedence order of DESIGN §4: a code in a
// higher layer overrides the same code in a lower one.
type Layer int

// Layers in rising precedence.
const (
	LayerEmbedded Layer = iota // starter packs compiled into the binary
	LayerTeam                  // team sources from the config (git checkouts, directories)
	LayerFlag                  // --pack PATH on the command line
	LayerPersonal              // the agent's own pack
)

func (l Layer) String() string {
	switch l {
	case LayerEmbedded:
		return "embedded"
	case LayerTeam:
		return "team"
	case LayerFlag:
		return "pack"
	case LayerPersonal:
		return "personal"
	}
	return fmt.Sprintf("layer(%d)", int(l))
}

// Style is how a YAML scalar was written; lint needs it to map an offset in
// the decoded value back to a line and column in the file.
type Style int

// Scalar styles as yaml.v3 reports them.
const (
	StylePlain Style = iota
	StyleSingleQuoted
	StyleDoubleQuoted
	StyleLiteral // |
	StyleFolded  // >
)

// Loc is where a value starts in its file: 1-based line and 1-based column
// counted in runes (what editors show for CJK text).
type Loc struct {
	Line   int
	Column int
	Style  Style
}

// Body is the reply itself: either one Text or several Parts that an agent
// sends as separate messages (分次回答).
type Body struct {
	Text  string
	Parts []string
}

// Messages returns the body as the list of messages an agent sends: the one
// text, or every part.
func (b Body) Messages() []string {
	if len(b.Parts) > 0 {
		return b.Parts
	}
	if b.Text == "" {
		return nil
	}
	return []string{b.Text}
}

// Joined is the whole body as one string: parts separated by a blank line.
// This is what --json's "text" and a plain copy of a multi-part reply hold.
func (b Body) Joined() string {
	if len(b.Parts) > 0 {
		s := b.Parts[0]
		for _, p := range b.Parts[1:] {
			s += "\n\n" + p
		}
		return s
	}
	return b.Text
}

// Window is the time a campaign phrase is valid in; a nil bound is open.
type Window struct {
	From  *time.Time
	Until *time.Time
}

// Contains reports whether t lies inside the window (bounds inclusive).
func (w *Window) Contains(t time.Time) bool {
	if w == nil {
		return true
	}
	if w.From != nil && t.Before(*w.From) {
		return false
	}
	if w.Until != nil && t.After(*w.Until) {
		return false
	}
	return true
}

// Phrase is one quick reply (快捷短语).
type Phrase struct {
	Code     string
	Title    string
	Group    string // "/" nests: 售后/退换
	Tags     []string
	Keywords []string
	// Ask lists buyer questions this reply answers (相似问法, as in 店小蜜's
	// Q&A knowledge base): a pasted buyer message is matched against them.
	Ask       []string
	Body                        // the default reply
	Variants  map[Platform]Body // per-platform replacements of Body
	Platforms []Platform        // where the phrase applies; empty = everywhere (after pack defaults)
	Valid     *Window           // nil = always valid

	// Pack is the name of the pack the phrase came from, Layer its precedence.
	Pack  string
	Layer Layer
	// File is the path (or embedded name) of the pack file; Line and Column
	// locate the phrase's "code" key.
	File   string
	Line   int
	Column int
	// Locs holds where each value starts, keyed by its path in the phrase:
	// "code", "title", "group", "text", "parts[0]", "tags[1]", "ask[0]",
	// "platform.tmall", "platform.tmall.text", "platform.tmall.parts[1]", "valid".
	Locs map[string]Loc
}

// For returns the body to use on platform p: the variant when the phrase has
// one for p, else the default body.
func (ph *Phrase) For(p Platform) Body {
	if v, ok := ph.Variants[p]; ok {
		return v
	}
	return ph.Body
}

// AppliesTo reports whether the phrase is meant for platform p (an empty
// platform, or an empty Platforms list, means everywhere).
func (ph *Phrase) AppliesTo(p Platform) bool {
	if p == "" || len(ph.Platforms) == 0 {
		return true
	}
	for _, q := range ph.Platforms {
		if q == p {
			return true
		}
	}
	return false
}

// Pack is one pack file.
type Pack struct {
	Name        string
	Description string
	Platforms   []Platform
	// Groups is the order the pack wants its groups in (the picker's tabs
	// and its empty list); see pack.GroupOrder.
	Groups  []string
	Vars    map[string]string
	VarLocs map[string]Loc
	Phrases []*Phrase
	File    string
	Layer   Layer
	Source  string // the name of the source it was loaded from (pack.Source.Name)
}

// CodeRune reports whether r may appear in a shortcut code: lower-case a-z,
// digits 0-9 and Han characters — what an agent types without Shift or
// switching the input method's mode (pack.schema.json).
func CodeRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > unicode.MaxASCII && unicode.Is(unicode.Han, r)
}

// ValidCode reports whether s is a shortcut code: not empty, and nothing
// but CodeRune characters. The loader, lint and import all ask this.
func ValidCode(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !CodeRune(r) {
			return false
		}
	}
	return true
}

// SameContent reports whether two phrases say the same thing: every field
// an agent could see, search for or be sent (code, title, group, tags,
// keywords, body, variants, platforms, valid window, pack name), ignoring
// where each sits (file, line, column, value locations) and which layer
// loaded it. pack update's change report and huashu add's read-back check
// both ask this.
func SameContent(a, b *Phrase) bool {
	x, y := *a, *b
	for _, p := range []*Phrase{&x, &y} {
		p.File, p.Line, p.Column, p.Locs, p.Layer = "", 0, 0, nil, 0
	}
	return reflect.DeepEqual(x, y)
}
