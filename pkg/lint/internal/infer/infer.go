// Package infer holds the lint's inferred checks: logistic regressions over
// the character 2- and 3-grams of a reply, one per Spec, trained on the
// labelled lint corpus (pkg/lint/testdata/corpus) and the starter packs by
// infergen. Rude tone, a reward hung on a review, an order that is not a sale
// are open classes — each new shop voice brings wordings no pattern was
// written for; a model trained on the same labelled lines generalizes to
// them. The lint only ever reports what a model infers as a warning.
package infer

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Spec is one inferred check: the corpus rules its rude (positive) examples
// carry, the rule it reports under, and the logit above which it reports.
//
// A model also doubts (lint v12): an error of one of its Doubts rules, found
// by the rule's words and patterns, is reported as a warning when the model
// scores the hit's sentence (lint v12: the reply) below DoubtBelow — the
// words are there, but nothing else in the sentence reads like the violation
// (资料里有公众号二维码的那一页是旧版本遗留的，新版里删掉了). A spec without
// Report only doubts.
type Spec struct {
	Name       string   // models/NAME.tsv
	Train      []string // corpus lines labelled with these rules are positives
	Report     string   // the rule the lint reports under; "" reports nothing
	Threshold  float64
	Doubts     []string // the rules whose errors a low score demotes
	DoubtBelow float64
	// DropBelow (lint v13): a hit of a Doubts rule whose sentence alone the
	// model scores below it is not reported at all — the sentence reads as
	// plainly clean (不好意思，手机号和微信在这里都发不了，平台会拦的). The
	// sentence, not the reply, so that clean sentences added around a
	// violation do not talk it away.
	DropBelow float64
}

// Specs are the inferred checks. The first three thresholds were chosen on
// two independent sets that took no part in training (docs/rules.md, "推断");
// those of the last three (lint v12) on red-team sets 80–97 with models
// trained without them; DoubtBelow and DropBelow (lint v13) on red-team sets
// 154–161 and 162–169, each with models trained without that batch
// (docs/rules.md, "推断").
var Specs = []Spec{
	{Name: "rude-tone", Train: []string{"service/forbidden-phrase", "service/push-to-platform"}, Report: "service/rude-tone", Threshold: 1.0,
		Doubts: []string{"service/forbidden-phrase", "service/push-to-platform"}, DoubtBelow: -2, DropBelow: -6},
	{Name: "review-cashback", Train: []string{"compliance/review-cashback"}, Report: "compliance/review-cashback", Threshold: 1.0,
		Doubts: []string{"compliance/review-cashback"}, DoubtBelow: -2, DropBelow: -6},
	{Name: "fake-order", Train: []string{"compliance/fake-order"}, Report: "compliance/fake-order", Threshold: 1.0,
		Doubts: []string{"compliance/fake-order"}, DoubtBelow: -2, DropBelow: -6},
	{Name: "off-platform-contact", Train: []string{"compliance/off-platform-contact", "compliance/phone-number", "compliance/external-link"},
		Report: "compliance/off-platform-contact", Threshold: 2.0, Doubts: []string{"compliance/off-platform-contact"}, DoubtBelow: -2, DropBelow: -6},
	{Name: "medical-claim", Train: []string{"compliance/medical-claim"}, Report: "compliance/medical-claim", Threshold: 1.0},
	{Name: "ad-law", Train: []string{"compliance/ad-law"}, Report: "compliance/ad-law", Threshold: 1.0},
}

// sep stands for a run of spaces and punctuation: n-grams never span it, so a
// clause's words are read together and 不，知道了 is not 不知道.
const sep = '|'

// Normalize folds a reply for the model: ASCII letters lower-cased, every run
// of spaces and punctuation one sep (Scratch.fold, which Load reads from).
func Normalize(text string) []rune {
	var sc Scratch
	sc.fold(text)
	return []rune(string(sc.buf))
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
}

// gramHash is FNV-1a over a gram's UTF-8 bytes: Load keeps each gram as its
// hash, to tell repeats and to look it up in ScoreAll's table.
func gramHash(g []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range g {
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h
}

// Score is the model's logit for text, read the trainer's way (Features). The
// lint scores with Load and ScoreAll, which read the same grams.
func (m *Model) Score(text string) float64 {
	s := m.Bias
	Features(Normalize(text), func(g string) { s += m.Weights[g] })
	return s
}

// Scratch is reusable memory for Load, one per goroutine.
type Scratch struct {
	buf    []byte
	offs   []int    // where each folded rune of buf starts, and len(buf)
	hashes []uint64 // the loaded text's distinct grams, sorted
}

// fold writes text folded (Normalize) into sc.buf and each rune's offset
// into sc.offs.
func (sc *Scratch) fold(text string) {
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
}

// Load reads text's distinct 2- and 3-grams — the same as Features, as byte
// ranges of one folded buffer — into sc for ScoreAll, each kept as its
// gramHash, so every model scores one reading.
func (sc *Scratch) Load(text string) {
	sc.fold(text)
	sc.hashes = sc.hashes[:0]
	for n := minGram; n <= maxGram; n++ {
		for i := 0; i+n < len(sc.offs); i++ {
			g := sc.buf[sc.offs[i]:sc.offs[i+n]]
			if bytes.IndexByte(g, sep) < 0 {
				sc.hashes = append(sc.hashes, gramHash(g))
			}
		}
	}
	// Distinct grams: a short sort beats a map for the few dozen of a reply.
	slices.Sort(sc.hashes)
	sc.hashes = slices.Compact(sc.hashes)
}

//go:embed models/*.tsv
var modelFS embed.FS

var (
	loadOnce sync.Once
	models   map[string]*Model
)

// Data is the embedded models/NAME.tsv (infergen checks it matches the corpus).
func Data(name string) []byte {
	b, _ := modelFS.ReadFile("models/" + name + ".tsv")
	return b
}

// Get is the embedded model of a Spec, parsed on first use.
func Get(name string) *Model {
	loadOnce.Do(load)
	return models[name]
}

// The embedded models side by side for ScoreAll: a gram's weights in every
// Spec's model, so a reply costs one lookup per gram, not one per model.
var (
	allRow    map[uint64]int32 // gramHash → row of allWeight
	allWeight []float64        // row*len(Specs)+spec
	allBias   []float64
)

func load() {
	models = map[string]*Model{}
	allRow = map[uint64]int32{}
	for j, sp := range Specs {
		m, err := Parse(Data(sp.Name))
		if err != nil {
			panic("infer: embedded models/" + sp.Name + ".tsv: " + err.Error())
		}
		models[sp.Name] = m
		allBias = append(allBias, m.Bias)
		for g, w := range m.Weights {
			h := gramHash([]byte(g))
			row, ok := allRow[h]
			if !ok {
				row = int32(len(allWeight) / len(Specs))
				allRow[h] = row
				allWeight = append(allWeight, make([]float64, len(Specs))...)
			}
			allWeight[int(row)*len(Specs)+j] = w
		}
	}
}

// ScoreAll sets out[j] to Specs[j]'s model's logit for the text last loaded
// into sc — Model.Score of every model at once.
func ScoreAll(sc *Scratch, out []float64) {
	loadOnce.Do(load)
	copy(out, allBias)
	k := len(Specs)
	for _, h := range sc.hashes {
		if row, ok := allRow[h]; ok {
			for j, w := range allWeight[int(row)*k : int(row)*k+k] {
				out[j] += w
			}
		}
	}
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
			return nil, fmt.Errorf("第 %d 行：没有制表符", n)
		}
		v, err := strconv.ParseFloat(w, 64)
		if err != nil {
			return nil, fmt.Errorf("第 %d 行：%w", n, err)
		}
		if g == "bias" {
			m.Bias = v
			continue
		}
		m.Weights[g] = v
	}
	return m, sc.Err()
}
