package cli

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/huashu-cli/huashu/internal/regfile"
	"github.com/huashu-cli/huashu/internal/termsafe"
	"github.com/huashu-cli/huashu/pkg/config"
	"github.com/huashu-cli/huashu/pkg/history"
	"github.com/huashu-cli/huashu/pkg/index"
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
	Index    func() (*index.Index, error)
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
		Index:    f.Index,
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
must match. 模糊音 (sanpin for 商品), one typo in full pinyin and the pinyin
of a reply's text match too, ranked below exact matches.

A buyer's message pasted as it came (亲 发货了没有啊) is ranked by the words
it shares with each phrase. Such results, and the closest phrases when
nothing matches exactly, are approximate: they come after every exact match
and their line ends with a fourth column, 近似 ("approximate": true in
--json).

Phrases outside their valid window, or not meant for the platform, are left
out. Exits 1 when nothing matches, saying what was tried and the nearest
codes on stderr.`,
		Example: `  huashu search tk
  huashu search 退款 到账 --limit 5
  huashu search yfx --platform tmall --json
  huashu search "亲 这个洗了会缩水吗"`,
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
	cfg, err := o.Config()
	if err != nil {
		return err
	}
	now := o.Now()
	scores, err := o.History().Scores(now)
	var corrupt *history.CorruptError
	if errors.As(err, &corrupt) {
		fmt.Fprintf(o.IO.ErrOut, "huashu: 警告：%s\n", corrupt.Error())
	} else if err != nil {
		fmt.Fprintf(o.IO.ErrOut, "huashu: 警告：无法读取使用记录：%s\n", regfile.Reason(err))
	}
	type answer struct {
		res      []match.Result
		problems pack.ErrorList
		packVars map[string]map[string]string
		nothing  string
	}
	a, err := serve(o.Index, func(idx *index.Index) (answer, error) {
		a := answer{problems: idx.Problems(), packVars: idx.PackVars()}
		// The phrases inside their valid window and meant for the platform,
		// filtered from the index's arrays; the matcher reads the rest in
		// place and decodes only the results.
		m := idx.MatcherOnce(idx.Filter(now, platform))
		m.SetPlatform(platform) // a match only in another platform's variant does not count
		m.SetFuzzyPinyin(cfg.FuzzyPinyin())
		if len(scores) > 0 {
			m.SetFrecency(scores)
		}
		a.res = m.Search(o.Query, o.Limit)
		if len(a.res) == 0 {
			a.nothing = NothingFound(m, o.Query)
		}
		return a, nil
	})
	if err != nil {
		return err
	}
	warnProblems(o.IO, a.problems)
	res := a.res
	if len(res) == 0 {
		if o.JSON {
			// Still an array, so a script can parse it; the exit code says
			// nothing matched.
			if err := writeJSON(o.IO.Out, []searchJSON{}); err != nil {
				return err
			}
		}
		fmt.Fprintln(o.IO.ErrOut, "huashu: "+a.nothing)
		return Silent(ExitNotFound)
	}

	// One renderer for every surface: the rows show what get would copy and
	// the picker would show (placeholders without a value left as written).
	values := valuesFor(nil, cfg, a.packVars, now)
	if o.JSON {
		out := make([]searchJSON, 0, len(res))
		for _, m := range res {
			j := searchJSON{PhraseJSON: phraseJSON(m.Phrase, platform, render.Phrase(m.Phrase, platform, values(m.Phrase)))}
			score := m.Score
			j.Score, j.Field, j.Positions = &score, m.Field, m.Positions
			j.Approximate = m.Approximate
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
		b.WriteString(preview(render.Phrase(m.Phrase, platform, values(m.Phrase)).Text()))
		if m.Approximate {
			b.WriteString("\t" + ApproxMark)
		}
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
	// Approximate: the phrase shares words with the query rather than
	// matching it (a pasted message, or the closest phrases when nothing
	// matched); such results follow every exact one.
	Approximate bool `json:"approximate"`
}

// ApproxMark marks an approximate result in search's plain output and in
// the picker.
const ApproxMark = "近似"

// NothingFound is the one-line message for a query nothing matched, not
// even approximately: what was tried, and the codes nearest to it.
func NothingFound(m *match.Matcher, query string) string {
	msg := fmt.Sprintf("没有找到与 %q 相关的话术（已试：%s）", query, match.Tried)
	var codes []string
	for _, ph := range m.NearestCodes(query, 5) {
		codes = append(codes, fmt.Sprintf("%s（%s）", termsafe.Line(ph.Code), termsafe.Line(ph.Title)))
	}
	if len(codes) > 0 {
		msg += "；最接近的编码：" + strings.Join(codes, "、")
	}
	return msg
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
