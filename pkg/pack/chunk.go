package pack

import (
	"bytes"
	"runtime"
	"sync"
	"sync/atomic"

	"gopkg.in/yaml.v3"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

// Parsing big packs on several cores, a chunk at a time.
//
// yaml.v3 is most of Parse's time (~75%), runs on one core, and its node
// tree for a 100k-phrase pack takes several hundred MB. A big team pack is
// almost all one block sequence, `phrases:`, whose items start on lines of
// the form "<indent>- ". parseStreamed cuts that sequence at item starts into
// chunks of about chunkBytes, parses the rest of the file (with the sequence
// blanked out) to learn the pack's own fields, then parses and reads the
// chunks on a few workers, each chunk's node tree dropped as soon as its
// phrases are read. Each chunk is prefixed with as many newlines as the lines
// before it, so every node keeps its real line and column.
//
// It is conservative: anything it does not recognise (no plain `phrases:`
// line at column 1, a line inside the sequence less indented than its items,
// lone CR or Unicode line breaks, a chunk or the rest failing to parse — an
// alias to an anchor in another chunk, a quoted string cut in two — or YAML
// aliases expanding past the budget) makes it give up, and the file is parsed
// whole, which also produces the real error. TestChunkedEqualsWhole and
// FuzzParse check that both ways give the same result.

// chunkMin is the file size from which parsing is split, chunkBytes the
// target size of a chunk, and chunkWays (when > 0) the number of chunks and
// workers; tests set them.
var (
	chunkMin   = 1 << 20
	chunkBytes = 256 << 10
	chunkWays  = 0
	// fastScan reads chunks with the scanner of fast.go first; countScans,
	// when set, hears whether it could.
	fastScan   = true
	countScans func(ok bool)
)

// split is where a file's phrases: sequence is cut.
type split struct {
	rest   []byte // the file with the sequence's lines emptied
	starts []int  // byte offset of each line, plus the end
	items  []int  // line numbers (0-based) of the item starts
	cuts   []int  // indexes into items where chunks start, then len(items)
	end    int    // the line after the sequence
	key    int    // the line of "phrases:"
}

// sv, when not nil, is text's survey: it is plain (survey.go).
func (p *parser) parseStreamed(text []byte, sv *survey) (*phrase.Pack, bool) {
	workers := min(runtime.GOMAXPROCS(0), 8)
	ways := max(workers, len(text)/chunkBytes)
	if chunkWays > 0 {
		workers, ways = chunkWays, chunkWays
	}
	if len(text) < chunkMin {
		return nil, false
	}
	sp, ok := splitPhrases(text, ways, sv)
	if !ok {
		return nil, false
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(sp.rest, &doc); err != nil {
		return nil, false
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, false
	}
	root := doc.Content[0]
	found := false
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if k.Kind == yaml.ScalarNode && k.Value == "phrases" && k.Line == sp.key+1 && k.Column == 1 {
			found = isNull(v) && v.Anchor == ""
		}
	}
	if !found {
		return nil, false
	}

	type result struct {
		phrases []*phrase.Phrase
		errs    ErrorList
		used    int
		failed  bool
	}
	nchunks := len(sp.cuts) - 1
	results := make([]result, nchunks)
	failed := false
	stream := func(pk *phrase.Pack) []*phrase.Phrase {
		var next atomic.Int64
		var stop atomic.Bool
		var wg sync.WaitGroup
		for range min(workers, nchunks) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				sc := &scanner{text: text, starts: sp.starts, shared: p.lean}
				for !stop.Load() {
					k := int(next.Add(1)) - 1
					if k >= nchunks {
						return
					}
					from, to := sp.items[sp.cuts[k]], sp.end
					if k+1 < nchunks {
						to = sp.items[sp.cuts[k+1]]
					}
					// The plain part of YAML packs are written in, read
					// without yaml.v3 (fast.go); anything else, by yaml.v3.
					var items []*yaml.Node
					if fastScan && (sv != nil || printable(text[sp.starts[from]:sp.starts[to]])) {
						sc.reset()
						items, _ = sc.scanItems(sp.items[sp.cuts[k]:sp.cuts[k+1]], to)
					}
					if countScans != nil {
						countScans(items != nil)
					}
					if items != nil {
						q := &parser{file: p.file, data: p.data, swapped: p.swapped, lean: p.lean, budget: p.budget}
						out := make([]*phrase.Phrase, 0, len(items))
						for i, item := range items {
							if ph := q.phrase(item, sp.cuts[k]+i, pk); ph != nil {
								out = append(out, ph)
							}
						}
						results[k] = result{phrases: out, errs: q.errs, used: p.budget - q.budget, failed: q.over}
						continue
					}
					src := make([]byte, 0, from+sp.starts[to]-sp.starts[from])
					src = append(src, bytes.Repeat([]byte("\n"), from)...)
					src = append(src, text[sp.starts[from]:sp.starts[to]]...)
					var cd yaml.Node
					if err := yaml.Unmarshal(src, &cd); err != nil || len(cd.Content) != 1 ||
						cd.Content[0].Kind != yaml.SequenceNode || len(cd.Content[0].Content) != sp.cuts[k+1]-sp.cuts[k] {
						results[k].failed = true
						stop.Store(true)
						return
					}
					// Each chunk gets the whole budget; the sum is checked after.
					q := &parser{file: p.file, data: p.data, swapped: p.swapped, lean: p.lean, budget: p.budget}
					out := make([]*phrase.Phrase, 0, len(cd.Content[0].Content))
					for i, item := range cd.Content[0].Content {
						if ph := q.phrase(item, sp.cuts[k]+i, pk); ph != nil {
							out = append(out, ph)
						}
						if q.over {
							break
						}
					}
					results[k] = result{phrases: out, errs: q.errs, used: p.budget - q.budget, failed: q.over}
					if q.over {
						stop.Store(true)
					}
				}
			}()
		}
		wg.Wait()
		used, total := 0, 0
		for _, r := range results {
			if r.failed {
				failed = true
				return nil
			}
			used += r.used
			total += len(r.phrases)
		}
		if used > p.budget {
			failed = true // aliases expand past the budget: the whole parse says where
			return nil
		}
		p.budget -= used
		all := make([]*phrase.Phrase, 0, total)
		for _, r := range results {
			all = append(all, r.phrases...)
			p.errs = append(p.errs, r.errs...)
		}
		return all
	}
	saved := len(p.errs)
	pk := p.pack(&doc, stream)
	if failed {
		p.errs, p.over = p.errs[:saved], false
		return nil, false
	}
	return pk, true
}

// splitPhrases finds the phrases: block sequence and cuts it into at most
// ways chunks of about equal size at item starts. sv, when not nil, is
// text's survey: no line breaks to refuse, and the line starts found.
func splitPhrases(text []byte, ways int, sv *survey) (*split, bool) {
	var starts []int // starts[i] is the byte offset of line i (0-based), then the end
	if sv != nil {
		starts = sv.starts
	} else {
		if bytes.Contains(text, []byte("\xc2\x85")) || bytes.Contains(text, []byte("\xe2\x80\xa8")) ||
			bytes.Contains(text, []byte("\xe2\x80\xa9")) || bytes.Count(text, []byte("\r")) != bytes.Count(text, []byte("\r\n")) {
			return nil, false
		}
		starts = make([]int, 1, bytes.Count(text, []byte("\n"))+2)
		for i, b := range text {
			if b == '\n' {
				starts = append(starts, i+1)
			}
		}
		if starts[len(starts)-1] < len(text) {
			starts = append(starts, len(text)) // sentinel end of the last line
		} else {
			starts[len(starts)-1] = len(text)
		}
	}
	nlines := len(starts) - 1
	line := func(i int) []byte {
		l := text[starts[i]:starts[i+1]]
		for len(l) > 0 && (l[len(l)-1] == '\n' || l[len(l)-1] == '\r') {
			l = l[:len(l)-1] // bytes.TrimRight(l, "\r\n"), which builds its set of two at each call
		}
		return l
	}

	key := -1
	for i := 0; i < nlines; i++ {
		if isPhrasesLine(line(i)) {
			if key >= 0 {
				return nil, false // twice: leave it to the whole parse and its duplicate-key error
			}
			key = i
		}
	}
	if key < 0 {
		return nil, false
	}
	indent := -1
	var items []int // line numbers of item starts
	end := nlines
	for i := key + 1; i < nlines; i++ {
		l := line(i)
		sp := leadingSpaces(l)
		if sp == len(l) || l[sp] == '#' {
			continue // blank or comment
		}
		if indent < 0 {
			if !isItemStart(l, sp) {
				return nil, false
			}
			indent = sp
		}
		switch {
		case sp == indent && isItemStart(l, sp):
			items = append(items, i)
		case sp > indent:
		case sp == 0 && l[0] != '-' && l[0] != '\t':
			end = i // the next top-level key
		default:
			return nil, false
		}
		if end != nlines {
			break
		}
	}
	ways = min(ways, len(items)/2) // at least two items a chunk
	if ways < 2 {
		return nil, false
	}
	// Cut at the item starts closest to equal shares of the bytes.
	blockStart, blockEnd := starts[items[0]], starts[end]
	cuts := []int{0}
	for k, j := 1, 0; k < ways; k++ {
		target := blockStart + (blockEnd-blockStart)*k/ways
		for j < len(items) && starts[items[j]] < target {
			j++
		}
		if j < len(items) && j > cuts[len(cuts)-1] {
			cuts = append(cuts, j)
		}
	}
	cuts = append(cuts, len(items))

	// The rest: the sequence's lines emptied, so `phrases:` reads as null and
	// every later line keeps its number.
	rest := make([]byte, 0, len(text)-(blockEnd-blockStart)+(end-items[0]))
	rest = append(rest, text[:blockStart]...)
	rest = append(rest, bytes.Repeat([]byte("\n"), end-items[0])...)
	rest = append(rest, text[blockEnd:]...)
	return &split{rest: rest, starts: starts, items: items, cuts: cuts, end: end, key: key}, true
}

// isPhrasesLine matches a `phrases:` key alone on its line at column 1,
// optionally followed by a comment.
func isPhrasesLine(l []byte) bool {
	rest, ok := bytes.CutPrefix(l, []byte("phrases:"))
	if !ok {
		return false
	}
	rest = bytes.TrimLeft(rest, " \t")
	return len(rest) == 0 || rest[0] == '#' && len(rest) < len(l)-len("phrases:")
}

func isItemStart(l []byte, sp int) bool {
	return sp < len(l) && l[sp] == '-' && (sp+1 == len(l) || l[sp+1] == ' ')
}

func leadingSpaces(l []byte) int {
	i := 0
	for i < len(l) && l[i] == ' ' {
		i++
	}
	return i
}
