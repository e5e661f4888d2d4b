package cli

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/huashu-cli/huashu/internal/termsafe"
	"github.com/huashu-cli/huashu/pkg/config"
	"github.com/huashu-cli/huashu/pkg/history"
	"github.com/huashu-cli/huashu/pkg/match"
	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
	"github.com/huashu-cli/huashu/pkg/render"
)

// previewRunes is how much of the reply a search line shows.
const previewRunes = 40

// SearchOptions are the flags and dependencies of "huashu search".
type SearchOptions struct {
	IO       *IOStreams
	Packs    func() (*pack.Set, error)
	Config   func() (*config.Config, error)
	Platform func(flag string) (phrase.Platform, error)
	History  func() *history.Store
	Now      func() time.Time

	Query       string
	Limit       int
	JSON        bool
	PlatformArg string
}

// NewCmdSearch is "huashu search QUERY…".
func NewCmdSearch(f *Factory, runF func(*SearchOptions) error) *cobra.Command {
	o := &SearchOptions{
		IO:       f.IO,
		Packs:    f.Packs, // lean: no value locations, as nothing here points inside a phrase
		Config:   f.Config,
		Platform: f.Platform,
		History:  f.History,
		Now:      f.Now,
	}
	cmd := &cobra.Command{
		Use:   "search QUERY...",
		Short: "Print ranked matches without a UI, like fzf --filter",
		Long: `Print the phrases matching QUERY, best first, one per line:
code, title and the start of the reply, separated by tabs.

QUERY is matched like in the picker: a code (hy), pinyin initials (tk), full
pinyin (tuikuan, tkuan), Chinese (退款) or a mix; every space-separated term
must match. Phrases outside their valid window, or not meant for the
platform, are left out. Exits 1 when nothing matches.`,
		Example: `  huashu search tk
  huashu search 退款 到账 --limit 5
  huashu search yfx --platform tmall --json`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Query = strings.Join(args, " ")
			if runF != nil {
				return runF(o)
			}
			return searchRun(o)
		},
	}
	fl := cmd.Flags()
	fl.IntVar(&o.Limit, "limit", 20, "show at most N results (0 = all)")
	fl.BoolVar(&o.JSON, "json", false, "print results as JSON (with score, matched_field, matched_value, positions and matches)")
	fl.StringVar(&o.PlatformArg, "platform", "", "platform to search for: jd, tmall or pdd")
	return cmd
}

func searchRun(o *SearchOptions) error {
	if o.Limit < 0 {
		return Usage("--limit %d：应为 0（不限）或正整数", o.Limit)
	}
	platform, err := o.Platform(o.PlatformArg)
	if err != nil {
		return err
	}
	set, err := o.Packs()
	if err != nil {
		return err
	}
	warnProblems(o.IO, set)
	now := o.Now()

	phrases := make([]*phrase.Phrase, 0, len(set.Phrases))
	for _, ph := range set.Phrases {
		if ph.Valid.Contains(now) && ph.AppliesTo(platform) {
			phrases = append(phrases, ph)
		}
	}
	m := match.New(phrases)
	m.SetPlatform(platform) // a match only in another platform's variant does not count
	scores, err := o.History().Scores(now)
	var corrupt *history.CorruptError
	if errors.As(err, &corrupt) {
		fmt.Fprintf(o.IO.ErrOut, "huashu: 警告：%s\n", corrupt.Error())
	} else if err != nil {
		fmt.Fprintf(o.IO.ErrOut, "huashu: 警告：无法读取使用记录：%v\n", err)
	}
	if len(scores) > 0 {
		m.SetFrecency(scores)
	}
	res := m.Search(o.Query, o.Limit)
	if len(res) == 0 {
		if o.JSON {
			// Still an array, so a script can parse it; the exit code says
			// nothing matched.
			if err := writeJSON(o.IO.Out, []searchJSON{}); err != nil {
				return err
			}
		}
		return Silent(ExitNotFound)
	}

	if o.JSON {
		cfg, err := o.Config()
		if err != nil {
			return err
		}
		values := valuesFor(nil, cfg, set, now)
		out := make([]searchJSON, 0, len(res))
		for _, m := range res {
			j := searchJSON{PhraseJSON: phraseJSON(m.Phrase, platform, render.Phrase(m.Phrase, platform, values(m.Phrase)))}
			score := m.Score
			j.Score, j.Field, j.Positions = &score, m.Field, m.Positions
			if j.Positions == nil {
				j.Positions = []int{}
			}
			j.MatchedValue = match.FieldValue(m.Phrase, m.Field)
			j.Matches = make([]searchMatchJSON, 0, len(m.Matches))
			for _, fm := range m.Matches {
				pos := fm.Positions
				if pos == nil {
					pos = []int{}
				}
				j.Matches = append(j.Matches, searchMatchJSON{Field: fm.Field, Value: match.FieldValue(m.Phrase, fm.Field), Positions: pos})
			}
			out = append(out, j)
		}
		return writeJSON(o.IO.Out, out)
	}
	var b strings.Builder
	for _, m := range res {
		b.WriteString(termsafe.Line(m.Phrase.Code))
		b.WriteByte('\t')
		b.WriteString(termsafe.Line(m.Phrase.Title))
		b.WriteByte('\t')
		b.WriteString(preview(m.Phrase.For(platform).Joined()))
		b.WriteByte('\n')
	}
	_, err = fmt.Fprint(o.IO.Out, b.String())
	return err
}

// searchJSON is one result of search --json: the phrase (text rendered for
// the platform) and how the query matched it. Positions are rune indexes
// into MatchedValue, the matched field's value as written
// (match.FieldValue): for a body match that is the raw template, not the
// rendered text.
type searchJSON struct {
	PhraseJSON
	MatchedValue string            `json:"matched_value"`
	Matches      []searchMatchJSON `json:"matches"`
}

// searchMatchJSON is every field a query term matched in, the best first.
type searchMatchJSON struct {
	Field     string `json:"field"`
	Value     string `json:"value"`
	Positions []int  `json:"positions"`
}

// preview is the start of a reply on one line, control characters visible,
// cut at previewRunes with an ellipsis.
func preview(s string) string {
	rs := []rune(termsafe.Line(strings.ReplaceAll(s, "\n\n", "\n")))
	if len(rs) > previewRunes {
		return string(rs[:previewRunes]) + "…"
	}
	return string(rs)
}
