package cli

import (
	"bytes"
	"encoding/json"
	"io"
	"time"

	"github.com/huashu-cli/huashu/internal/termsafe"
	"github.com/huashu-cli/huashu/pkg/config"
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
	// get --part N only: the part printed, and how many the reply has.
	Part       int `json:"part,omitempty"`
	PartsTotal int `json:"parts_total,omitempty"`
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

// valuesFor is where a phrase's placeholders take their values (DESIGN §3,
// in render.Values' order): flagVars (--var) > the config's vars > the
// phrase's pack's vars > the built-ins at now > the placeholder's default.
func valuesFor(flagVars map[string]string, cfg *config.Config, packVars map[string]map[string]string, now time.Time) func(ph *phrase.Phrase) render.Values {
	values := packValues(flagVars, cfg, packVars)
	return func(ph *phrase.Phrase) render.Values { return values(ph, now) }
}

// packValues is valuesFor with the clock given at each call (the picker
// renders over a whole day).
func packValues(flagVars map[string]string, cfg *config.Config, packVars map[string]map[string]string) func(ph *phrase.Phrase, now time.Time) render.Values {
	v := render.Values{Vars: flagVars}
	if cfg != nil {
		v.Config = cfg.Vars
	}
	return func(ph *phrase.Phrase, now time.Time) render.Values {
		pv := v
		pv.Pack = packVars[ph.Pack]
		pv.Builtins = render.Builtins(now)
		return pv
	}
}

func phraseJSON(ph *phrase.Phrase, p phrase.Platform, r render.Reply) PhraseJSON {
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

// writeJSON writes v as indented JSON. Control and invisible characters in
// strings (C1, bidi, zero-width…) are \u escapes, never raw, so JSON on a
// terminal or in a log cannot drive it; a JSON parser reads back the exact
// value (docs/json.md).
func writeJSON(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(termsafe.EscapeJSON(buf.Bytes()))
	return err
}
