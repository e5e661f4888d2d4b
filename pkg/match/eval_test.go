package match

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

// The evaluation set of issue 11 (testdata/eval): a 318-phrase shop pack and
// labelled queries of fourteen kinds, split into a tuning part and a
// held-out part. TestEval asserts the targets; TestEvalReport prints the
// tables of docs/matching.md:
//
//	go test ./pkg/match -run TestEvalReport -v

const (
	evalPack    = "testdata/eval/pack.yaml"
	evalTune    = "testdata/eval/tune.tsv"
	evalHeldout = "testdata/eval/heldout.tsv"
	// evalHeldout3 is round 3's held-out part, written with the round-3
	// part of tune.tsv and not looked at while tuning it.
	evalHeldout3 = "testdata/eval/heldout3.tsv"
	// evalHeldout4 is round 4's held-out part (pasted messages), written
	// with the round-4 part of tune.tsv; only its totals were seen while
	// tuning.
	evalHeldout4 = "testdata/eval/heldout4.tsv"
)

// evalKinds is the order the tables list the kinds in.
var evalKinds = []string{"code", "code-prefix", "initials", "full", "prefix", "mixed", "polyphone",
	"chinese", "tag", "latin", "bodypy", "fuzzy", "typo", "homophone", "pasted"}

// kindStats is how one method did on one kind of query.
type kindStats struct {
	n, top1, top3 int
	rr            float64 // sum of 1/rank over the top 10
	misses        []string
}

func (s *kindStats) add(q labelled, ranked []string) {
	s.n++
	for i, c := range ranked {
		if i >= 10 {
			break
		}
		if c == q.want {
			if i == 0 {
				s.top1++
			}
			if i < 3 {
				s.top3++
			}
			s.rr += 1 / float64(i+1)
			if i > 0 {
				s.misses = append(s.misses, fmt.Sprintf("%q → #%d %v", q.query, i+1, head(ranked, 3)))
			}
			return
		}
	}
	s.misses = append(s.misses, fmt.Sprintf("%q → not in top 10 %v", q.query, head(ranked, 3)))
}

func head(s []string, n int) []string { return s[:min(n, len(s))] }

func pct(a, b int) string {
	if b == 0 {
		return "—"
	}
	return fmt.Sprintf("%.0f %%", 100*float64(a)/float64(b))
}

// ranker returns the codes of the best ten phrases for a query.
type ranker func(query string) []string

func huashuRanker(phrases []*phrase.Phrase) ranker {
	m := New(phrases)
	return func(q string) []string {
		var out []string
		for _, r := range m.Search(q, 10) {
			out = append(out, r.Phrase.Code)
		}
		return out
	}
}

func fzfRanker(phrases []*phrase.Phrase, line func(*phrase.Phrase) string) ranker {
	lines := make([]string, len(phrases))
	for i, p := range phrases {
		lines[i] = line(p)
	}
	f := newFzfRank(lines)
	return func(q string) []string {
		var out []string
		for k, i := range f.search(q) {
			if k == 10 {
				break
			}
			out = append(out, phrases[i].Code)
		}
		return out
	}
}

// evaluate runs every query through r and collects the stats per kind.
func evaluate(queries []labelled, r ranker) map[string]*kindStats {
	out := map[string]*kindStats{}
	for _, q := range queries {
		s := out[q.kind]
		if s == nil {
			s = &kindStats{}
			out[q.kind] = s
		}
		s.add(q, r(q.query))
	}
	return out
}

func totals(st map[string]*kindStats) kindStats {
	var t kindStats
	for _, s := range st {
		t.n += s.n
		t.top1 += s.top1
		t.top3 += s.top3
		t.rr += s.rr
	}
	return t
}

// evalMethods are the three methods docs/matching.md compares.
func evalMethods(phrases []*phrase.Phrase) []struct {
	name string
	rank ranker
} {
	return []struct {
		name string
		rank ranker
	}{
		{"huashu", huashuRanker(phrases)},
		{"fzf, plain lines", fzfRanker(phrases, plainText)},
		{"fzf, lines + every reading", fzfRanker(phrases, withEveryReading)},
	}
}

// withEveryReading appends to the plain line the pinyin of the title and
// the text under every reading: one run of whole syllables and one of
// initials per reading index (a character with fewer readings keeps its
// first), so every reading of every 多音字 appears somewhere.
func withEveryReading(p *phrase.Phrase) string {
	line := plainText(p)
	var b strings.Builder
	b.WriteString(line)
	for _, s := range []string{p.Title, p.Joined()} {
		most := 1
		for _, r := range s {
			most = max(most, len(Readings(r)))
		}
		for k := 0; k < most; k++ {
			var full, initials strings.Builder
			for _, r := range s {
				rd := Readings(r)
				if len(rd) == 0 {
					continue
				}
				syl := rd[min(k, len(rd)-1)]
				full.WriteString(syl)
				initials.WriteByte(syl[0])
			}
			b.WriteString(" " + full.String() + " " + initials.String())
		}
	}
	return b.String()
}

// TestEvalReport prints, for the tuning and the held-out queries, top-1,
// top-3 and MRR@10 per kind for huashu and the two fzf baselines, and
// huashu's misses.
func TestEvalReport(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("prints tables: run with -v")
	}
	phrases := loadPack(t, evalPack)
	methods := evalMethods(phrases)
	for _, set := range []string{evalTune, evalHeldout, evalHeldout3, evalHeldout4} {
		queries := loadQueries(t, set)
		var stats []map[string]*kindStats
		for _, m := range methods {
			stats = append(stats, evaluate(queries, m.rank))
		}
		var b strings.Builder
		fmt.Fprintf(&b, "\n%s (%d queries)\n\n", filepath.Base(set), len(queries))
		b.WriteString("| kind | n |")
		for _, m := range methods {
			fmt.Fprintf(&b, " %s top-1 / top-3 / MRR |", m.name)
		}
		b.WriteString("\n|---|---|---|---|---|\n")
		row := func(name string, ss []kindStats) {
			fmt.Fprintf(&b, "| %s | %d |", name, ss[0].n)
			for _, s := range ss {
				fmt.Fprintf(&b, " %s / %s / %.2f |", pct(s.top1, s.n), pct(s.top3, s.n), s.rr/float64(max(s.n, 1)))
			}
			b.WriteString("\n")
		}
		for _, k := range evalKinds {
			var ss []kindStats
			for _, st := range stats {
				if st[k] == nil {
					st[k] = &kindStats{}
				}
				ss = append(ss, *st[k])
			}
			row(k, ss)
		}
		var all []kindStats
		for _, st := range stats {
			all = append(all, totals(st))
		}
		row("**all**", all)
		// The same messages against the pack without its ask lines, as a
		// pack written before ask existed.
		var bare []*phrase.Phrase
		for _, p := range phrases {
			c := *p
			c.Ask = nil
			bare = append(bare, &c)
		}
		var pasted []labelled
		for _, q := range queries {
			if q.kind == "pasted" {
				pasted = append(pasted, q)
			}
		}
		if s := evaluate(pasted, huashuRanker(bare))["pasted"]; s != nil {
			fmt.Fprintf(&b, "\npasted, pack without ask: huashu top-1 %s, top-3 %s, MRR %.2f\n", pct(s.top1, s.n), pct(s.top3, s.n), s.rr/float64(s.n))
		}
		t.Log(b.String())
		if set == evalTune || os.Getenv("HUASHU_EVAL_SHOW_HELDOUT") != "" {
			var kinds []string
			for k := range stats[0] {
				kinds = append(kinds, k)
			}
			sort.Strings(kinds)
			for _, k := range kinds {
				for _, m := range stats[0][k].misses {
					t.Logf("huashu miss %-10s %s", k, m)
				}
			}
		}
	}
}

// exactKinds are the kinds huashu got all right before search v2: they
// must stay perfect.
var exactKinds = map[string]bool{"code": true, "code-prefix": true, "initials": true, "full": true,
	"prefix": true, "mixed": true, "polyphone": true, "chinese": true}

// TestEval asserts issue 11's targets on the evaluation set: no kind below
// 80 % top-1 (pasted messages: top-3), the kinds that were perfect stay
// perfect, and at least 93 % top-1 overall on the tuning queries and on all
// queries together. The held-out part alone is asserted at 90 %: it was
// measured at 92 % and is reported as such in docs/matching.md; the floor
// catches a regression without pretending it meets the target by itself.
// Round 3's held-out part (34 queries) is asserted at 80 % overall
// (measured 82 %), not per kind: a kind there has 3 to 19 queries.
// Round 4's (15 pasted messages, top-1) at 70 % (measured 73 % before
// round 4).
func TestEval(t *testing.T) {
	phrases := loadPack(t, evalPack)
	rank := huashuRanker(phrases)
	tune, held, held3, held4 := loadQueries(t, evalTune), loadQueries(t, evalHeldout), loadQueries(t, evalHeldout3), loadQueries(t, evalHeldout4)
	for _, set := range []struct {
		name    string
		queries []labelled
		overall float64
		kinds   bool // assert per kind (a small set is not)
	}{
		{"tuning", tune, 0.93, true},
		{"held-out", held, 0.90, true},
		{"held-out 3", held3, 0.80, false},
		{"held-out 4", held4, 0.70, false},
		{"all", append(append(append(append([]labelled{}, tune...), held...), held3...), held4...), 0.93, true},
	} {
		st := evaluate(set.queries, rank)
		for kind, s := range st {
			if !set.kinds {
				break
			}
			got, what := s.top1, "top-1"
			if kind == "pasted" {
				got, what = s.top3, "top-3"
			}
			switch {
			case exactKinds[kind] && s.top1 != s.n:
				t.Errorf("%s %s: top-1 %d/%d, was perfect; misses: %v", set.name, kind, s.top1, s.n, s.misses)
			case float64(got) < 0.8*float64(s.n):
				t.Errorf("%s %s: %s %d/%d below 80 %%; misses: %v", set.name, kind, what, got, s.n, s.misses)
			}
		}
		if all := totals(st); float64(all.top1) < set.overall*float64(all.n) {
			t.Errorf("%s: top-1 %d/%d below %.0f %%", set.name, all.top1, all.n, 100*set.overall)
		}
	}
	all := append(append(append(append([]labelled{}, tune...), held...), held3...), held4...)
	if len(all) < 300 || len(phrases) < 300 {
		t.Errorf("%d queries over %d phrases: the set must stay at 300 or more of each", len(all), len(phrases))
	}
	for _, k := range evalKinds {
		n := 0
		for _, q := range all {
			if q.kind == k {
				n++
			}
		}
		if n < 20 {
			t.Errorf("kind %s has %d queries, want 20 or more", k, n)
		}
	}
}

// TestEvalExport writes the evaluation set as files for the real fzf
// binary (testdata/eval/fzf.sh runs `fzf --filter` over them and scores it
// the same way): queries.tsv, and one line per phrase, its code, a tab and
// the text fzf searches, plain (plain.txt) and with every reading
// (readings.txt).
//
//	HUASHU_EVAL_EXPORT=/tmp/eval go test ./pkg/match -run TestEvalExport
func TestEvalExport(t *testing.T) {
	dir := os.Getenv("HUASHU_EVAL_EXPORT")
	if dir == "" {
		t.Skip("set HUASHU_EVAL_EXPORT to a directory")
	}
	phrases := loadPack(t, evalPack)
	write := func(name string, lines []string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var plain, aug, qs []string
	for _, p := range phrases {
		plain = append(plain, p.Code+"\t"+plainText(p))
		aug = append(aug, p.Code+"\t"+withEveryReading(p))
	}
	for _, set := range []string{evalTune, evalHeldout, evalHeldout3, evalHeldout4} {
		for _, q := range loadQueries(t, set) {
			qs = append(qs, strings.Join([]string{q.query, q.want, q.kind, filepath.Base(set)}, "\t"))
		}
	}
	write("plain.txt", plain)
	write("readings.txt", aug)
	write("queries.tsv", qs)
}
