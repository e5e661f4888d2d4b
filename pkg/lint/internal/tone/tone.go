// Package tone is the rude-tone model behind service/rude-tone: a logistic
// regression over the character 2- and 3-grams of a reply, trained on the labelled
// lint corpus (pkg/lint/testdata/corpus: the service/* lines against every
// clean line and every other rule's line) by gentone. Rude tone is an open
// class — each new shop voice brings its own 你自己不量的吗 and 爱约不约 — and
// the sentence-frame patterns of service/forbidden-phrase catch the frames
// they were written for; the model generalizes from the same labelled lines
// to wordings nobody wrote a pattern for. It only ever reports a warning.
package tone

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Threshold is the logit above which a reply reads as rude. Chosen on two
// independent sets that took no part in training (docs/rules.md,
// service/rude-tone): at 1.0 the model found 25 of the 36 rude replies the
// patterns missed, with one more false alarm (a warning) in 647 clean replies.
const Threshold = 1.0

// sep stands for a run of spaces and punctuation: n-grams never span it, so a
// clause's words are read together and 不，知道了 is not 不知道.
const sep = '|'

// Normalize folds a reply for the model: ASCII letters lower-cased, every run
// of spaces and punctuation one sep. ScoreWith folds the same way in place.
func Normalize(text string) []rune {
	out := make([]rune, 0, len(text)/2)
	gap := false
	for _, r := range text {
		if isGap(r) {
			gap = true
			continue
		}
		if gap && len(out) > 0 {
			out = append(out, sep)
		}
		gap = false
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		out = append(out, r)
	}
	return out
}

// The n-grams the model reads: 2 and 3 runes (single characters proved too
// blunt: 不 and 知 alone outweighed a polite 不知道您…呢).
const (
	minGram = 2
	maxGram = 3
)

// isGap is what Normalize folds into sep: spaces and punctuation.
func isGap(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF { // CJK ideographs, most of a reply
		return false
	}
	return unicode.IsSpace(r) || unicode.IsPunct(r) || r == sep
}

// Features calls f with each distinct 2- and 3-gram of the normalized
// runes that does not span a separator, in sorted order.
func Features(rs []rune, f func(gram string)) {
	seen := make(map[string]bool, 3*len(rs))
	var grams []string
	for n := minGram; n <= maxGram; n++ {
	next:
		for i := 0; i+n <= len(rs); i++ {
			for _, r := range rs[i : i+n] {
				if r == sep {
					continue next
				}
			}
			g := string(rs[i : i+n])
			if !seen[g] {
				seen[g] = true
				grams = append(grams, g)
			}
		}
	}
	sort.Strings(grams)
	for _, g := range grams {
		f(g)
	}
}

// Model is the trained weights.
type Model struct {
	Bias    float64
	Weights map[string]float64
	hashed  map[uint64]float64 // Weights by gramHash, built on first score
	once    sync.Once
}

// gramHash is FNV-1a over a gram's UTF-8 bytes; ScoreWith hashes each gram
// once, to tell repeats and to look it up.
func gramHash(g []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range g {
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h
}

// Score is the model's logit for text: above Threshold it reads as rude.
func (m *Model) Score(text string) float64 {
	var sc Scratch
	return m.ScoreWith(&sc, text)
}

// Scratch is reusable memory for ScoreWith, one per goroutine.
type Scratch struct {
	buf  []byte
	offs []int
	seen map[uint64]struct{}
}

// ScoreWith is Score without allocating once sc has grown: it reads the same
// distinct 2- and 3-grams as Features, as byte ranges of one normalized
// buffer (distinct by an FNV-1a hash of their bytes).
func (m *Model) ScoreWith(sc *Scratch, text string) float64 {
	sc.buf, sc.offs = sc.buf[:0], sc.offs[:0]
	gap := false
	for _, r := range text {
		if isGap(r) {
			gap = true
			continue
		}
		if gap && len(sc.buf) > 0 {
			sc.offs = append(sc.offs, len(sc.buf))
			sc.buf = append(sc.buf, sep)
		}
		gap = false
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		sc.offs = append(sc.offs, len(sc.buf))
		sc.buf = utf8.AppendRune(sc.buf, r)
	}
	sc.offs = append(sc.offs, len(sc.buf))
	m.once.Do(func() {
		m.hashed = make(map[uint64]float64, len(m.Weights))
		for g, w := range m.Weights {
			m.hashed[gramHash([]byte(g))] = w
		}
	})
	if sc.seen == nil {
		sc.seen = map[uint64]struct{}{}
	}
	clear(sc.seen)
	s := m.Bias
	for n := minGram; n <= maxGram; n++ {
		for i := 0; i+n < len(sc.offs); i++ {
			g := sc.buf[sc.offs[i]:sc.offs[i+n]]
			if bytes.IndexByte(g, sep) >= 0 {
				continue
			}
			h := gramHash(g)
			if _, ok := sc.seen[h]; ok {
				continue
			}
			sc.seen[h] = struct{}{}
			s += m.hashed[h]
		}
	}
	return s
}

//go:embed model.tsv
var modelData []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
)

// Data is the embedded model.tsv (tonegen checks it matches the corpus).
func Data() []byte { return modelData }

// Default is the embedded model, parsed on first use.
func Default() *Model {
	defaultOnce.Do(func() {
		m, err := Parse(modelData)
		if err != nil {
			panic("tone: embedded model.tsv: " + err.Error())
		}
		defaultModel = m
	})
	return defaultModel
}

// Parse reads a model written by Marshal: comment lines (#), a "bias" line,
// then one gram<TAB>weight line per feature.
func Parse(data []byte) (*Model, error) {
	m := &Model{Weights: map[string]float64{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		g, w, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("line %d: no tab", n)
		}
		v, err := strconv.ParseFloat(w, 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if g == "bias" {
			m.Bias = v
			continue
		}
		m.Weights[g] = v
	}
	return m, sc.Err()
}
