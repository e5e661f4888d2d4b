package lint

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	lintcorpus "github.com/huashu-cli/huashu/pkg/lint/internal/corpus"
)

// The labelled corpus in testdata/corpus (see its README.md): replies written
// the way shops slip past a keyword filter, each with the rule it must
// trigger, and clean replies full of near misses.

type corpusLine struct {
	file string
	line int
	rule string // "" for a clean reply
	text string
}

func readCorpus(t testing.TB, name string, labelled bool) []corpusLine {
	t.Helper()
	ls, err := lintcorpus.Read("testdata/corpus/"+name, labelled)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]corpusLine, 0, len(ls))
	for _, l := range ls {
		if labelled {
			if _, known := LookupRule(l.Rule); !known {
				t.Fatalf("%s:%d: unknown rule %q", name, l.Line, l.Rule)
			}
		}
		out = append(out, corpusLine{file: l.File, line: l.Line, rule: l.Rule, text: l.Text})
	}
	return out
}

// lintReplies lints each reply as the text of its own phrase and returns the
// problems of each, by index.
func lintReplies(t testing.TB, replies []string) [][]*Problem {
	t.Helper()
	type ph struct {
		Code  string `yaml:"code"`
		Title string `yaml:"title"`
		Text  string `yaml:"text"`
	}
	doc := struct {
		Pack    string `yaml:"pack"`
		Phrases []ph   `yaml:"phrases"`
	}{Pack: "语料"}
	for i, r := range replies {
		doc.Phrases = append(doc.Phrases, ph{Code: fmt.Sprintf("c%d", i), Title: "t", Text: r})
	}
	data, err := yaml.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	l, err := New(Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	res := l.Lint([]Input{{File: "corpus.yaml", Data: data}})
	out := make([][]*Problem, len(replies))
	for _, p := range res.Problems {
		i, err := strconv.Atoi(strings.TrimPrefix(p.Code, "c"))
		if err != nil || !strings.HasPrefix(p.Code, "c") {
			t.Fatalf("problem outside a phrase: %s %s", p.Rule, p.Message)
		}
		out[i] = append(out[i], p)
	}
	return out
}

// corpusFamily groups rules the way docs/rules.md reports recall.
func corpusFamily(rule string) string {
	switch rule {
	case RuleContact, RulePhone, RuleLink:
		return "站外联系/引流"
	case RuleCashback:
		return "好评返现"
	case RuleFakeOrder:
		return "刷单"
	case RuleAdLaw:
		return "广告法绝对化用语"
	case RuleMedical:
		return "医疗功效宣称"
	case RuleForbidden, RuleSmile:
		return "服务禁语"
	case RulePushAway:
		return "推给平台"
	case RuleVarsMalformed:
		return "占位符"
	}
	return "一字/不可见"
}

type corpusScore struct {
	bad, caught, flagged int               // flagged: any warning or error
	family               map[string][2]int // family → {caught, total}
	clean, falseAlarm    int
	falseError           int
	misses, alarms       []string
}

func scoreCorpus(t testing.TB, bad, clean []corpusLine) corpusScore {
	t.Helper()
	var replies []string
	for _, c := range bad {
		replies = append(replies, c.text)
	}
	for _, c := range clean {
		replies = append(replies, c.text)
	}
	probs := lintReplies(t, replies)
	s := corpusScore{family: map[string][2]int{}}
	for i, c := range bad {
		s.bad++
		fam := corpusFamily(c.rule)
		ft := s.family[fam]
		ft[1]++
		hit, flagged := false, false
		var got []string
		for _, p := range probs[i] {
			hit = hit || p.Rule == c.rule
			flagged = flagged || p.Severity >= Warning
			got = append(got, p.Rule)
		}
		if hit {
			s.caught++
			ft[0]++
		} else {
			s.misses = append(s.misses, fmt.Sprintf("%s:%d: %s not found in %q (got %v)", c.file, c.line, c.rule, c.text, got))
		}
		if flagged {
			s.flagged++
		}
		s.family[fam] = ft
	}
	for j, c := range clean {
		s.clean++
		var warn, errs []string
		for _, p := range probs[len(bad)+j] {
			switch p.Severity {
			case Error:
				errs = append(errs, p.Rule+" "+p.Message)
			case Warning:
				warn = append(warn, p.Rule+" "+p.Message)
			}
		}
		if len(errs)+len(warn) > 0 {
			s.falseAlarm++
			s.alarms = append(s.alarms, fmt.Sprintf("%s:%d: %q: %s", c.file, c.line, c.text, strings.Join(append(errs, warn...), "; ")))
		}
		if len(errs) > 0 {
			s.falseError++
		}
	}
	return s
}

func (s corpusScore) report() string {
	var b strings.Builder
	fmt.Fprintf(&b, "bad: %d/%d caught by their rule (%.1f %%), %d flagged at warning or error; clean: %d/%d false alarms (%.1f %%), %d errors\n",
		s.caught, s.bad, 100*float64(s.caught)/float64(s.bad), s.flagged, s.falseAlarm, s.clean,
		100*float64(s.falseAlarm)/float64(s.clean), s.falseError)
	var fams []string
	for f := range s.family {
		fams = append(fams, f)
	}
	sort.Strings(fams)
	for _, f := range fams {
		fmt.Fprintf(&b, "  %s: %d/%d\n", f, s.family[f][0], s.family[f][1])
	}
	return b.String()
}

// TestCorpus asserts every label of the tuning files: the rule fires on each
// bad reply, and nothing fires at warning or error level on a clean one.
func TestCorpus(t *testing.T) {
	s := scoreCorpus(t, readCorpus(t, "bad.tsv", true), readCorpus(t, "clean.tsv", false))
	t.Log("tuning set\n" + s.report())
	for _, m := range s.misses {
		t.Error("missed: " + m)
	}
	for _, a := range s.alarms {
		t.Error("false alarm: " + a)
	}
}

// TestCorpusHeldOut measures the held-out files: recall and false alarms
// against the targets. Each was measured once before it was tuned
// from (docs/rules.md records that first measurement); once its classes are
// fixed it is tuning data and every label is asserted, as in TestCorpus.
func TestCorpusHeldOut(t *testing.T) {
	for _, set := range []string{"heldout", "heldout2", "heldout3", "heldout4", "heldout5", "redteam", "heldout6", "heldout7",
		"redteam2", "heldout8", "heldout9", "redteam3", "heldout10", "heldout11", "heldout12"} {
		t.Run(set, func(t *testing.T) { heldOut(t, set) })
	}
}

// measuring are the held-out sets added with their first measurement and not
// fixed from yet: their numbers are logged, not held to the targets, until the
// round that fixes their classes takes them off this list.
var measuring = map[string]bool{}

func heldOut(t *testing.T, set string) {
	s := scoreCorpus(t, readCorpus(t, "bad-"+set+".tsv", true), readCorpus(t, "clean-"+set+".tsv", false))
	t.Log(set + "\n" + s.report())
	if testing.Verbose() {
		for _, m := range s.misses {
			t.Log("missed: " + m)
		}
		for _, a := range s.alarms {
			t.Log("false alarm: " + a)
		}
	}
	if measuring[set] {
		return
	}
	// Fixed from once measured: tuning data, every label asserted, so a
	// later change cannot quietly lose what a round fixed.
	for _, m := range s.misses {
		t.Error("missed: " + m)
	}
	for _, a := range s.alarms {
		t.Error("false alarm: " + a)
	}
	if s.caught*10 < s.bad*9 {
		t.Errorf("held-out recall %d/%d is under 90 %%", s.caught, s.bad)
	}
	if s.falseAlarm*100 > s.clean {
		t.Errorf("held-out false alarms %d/%d are over 1 %%", s.falseAlarm, s.clean)
	}
	if s.falseError > 0 {
		t.Errorf("held-out: %d clean replies get an error", s.falseError)
	}
}
