package cli

import (
	"encoding/json"
	"io"
	"time"

	"github.com/huashu-cli/huashu/pkg/config"
	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
	"github.com/huashu-cli/huashu/pkg/render"
)

// PhraseJSON is the stable --json shape of a phrase (documented in
// docs/json.md). Text and Parts are rendered for the platform: Parts are the
// messages to send, Text is them joined by a blank line.
type PhraseJSON struct {
	Code     string     `json:"code"`
	Title    string     `json:"title"`
	Group    string     `json:"group"`
	Tags     []string   `json:"tags"`
	Keywords []string   `json:"keywords"`
	Ask      []string   `json:"ask"`
	Pack     string     `json:"pack"`
	Layer    string     `json:"layer"`
	Platform string     `json:"platform"`
	Text     string     `json:"text"`
	Parts    []string   `json:"parts"`
	Missing  []string   `json:"missing_vars"`
	Source   SourceJSON `json:"source"`
	// Search only.
	Score     *int   `json:"score,omitempty"`
	Field     string `json:"matched_field,omitempty"`
	Positions []int  `json:"positions,omitempty"`
}

// SourceJSON locates the phrase's code key.
type SourceJSON struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
}

// Rendered is a phrase rendered for one platform with values filled in.
type Rendered struct {
	Messages []string
	Missing  []string // placeholder names without a value, each once
}

// Text is the messages joined by a blank line.
func (r Rendered) Text() string { return phrase.Body{Parts: r.Messages}.Joined() }

// renderer fills placeholders: --var values > config vars > pack vars >
// built-ins > the placeholder's own default.
type renderer struct {
	flagVars map[string]string
	cfg      *config.Config
	set      *pack.Set
	now      time.Time
	builtins map[string]string
}

func newRenderer(flagVars map[string]string, cfg *config.Config, set *pack.Set, now time.Time) *renderer {
	return &renderer{flagVars: flagVars, cfg: cfg, set: set, now: now, builtins: render.Builtins(now)}
}

func (r *renderer) render(ph *phrase.Phrase, p phrase.Platform) Rendered {
	var packVars map[string]string
	if pk := r.set.PackByName(ph.Pack); pk != nil {
		packVars = pk.Vars
	}
	var cfgVars map[string]string
	if r.cfg != nil {
		cfgVars = r.cfg.Vars
	}
	lookup := render.Chain(r.flagVars, cfgVars, packVars, r.builtins)
	var out Rendered
	seen := map[string]bool{}
	for _, m := range ph.For(p).Messages() {
		text, missing := render.Expand(m, lookup)
		out.Messages = append(out.Messages, text)
		for _, name := range missing {
			if !seen[name] {
				seen[name] = true
				out.Missing = append(out.Missing, name)
			}
		}
	}
	return out
}

func phraseJSON(ph *phrase.Phrase, p phrase.Platform, r Rendered) PhraseJSON {
	nonNil := func(s []string) []string {
		if s == nil {
			return []string{}
		}
		return s
	}
	return PhraseJSON{
		Code:     ph.Code,
		Title:    ph.Title,
		Group:    ph.Group,
		Tags:     nonNil(ph.Tags),
		Keywords: nonNil(ph.Keywords),
		Ask:      nonNil(ph.Ask),
		Pack:     ph.Pack,
		Layer:    ph.Layer.String(),
		Platform: string(p),
		Text:     r.Text(),
		Parts:    nonNil(r.Messages),
		Missing:  nonNil(r.Missing),
		Source:   SourceJSON{File: ph.File, Line: ph.Line, Column: ph.Column},
	}
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
