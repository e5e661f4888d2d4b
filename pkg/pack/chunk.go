package pack

import (
	"bytes"
	"runtime"
	"sync"

	"gopkg.in/yaml.v3"
)

// Parsing big packs on several cores.
//
// yaml.v3 is most of Parse's time (~75%) and runs on one core. A big team
// pack is almost all one block sequence, `phrases:`, whose items start on
// lines of the form "<indent>- ". parseChunked cuts that sequence at item
// starts into one chunk per core, parses the chunks and the rest of the file
// (with the sequence blanked out) at the same time, and joins the items
// under the `phrases` key. Each chunk is prefixed with as many newlines as
// the lines before it, so every node keeps its real line and column.
//
// It is conservative: anything it does not recognise (no plain `phrases:`
// line at column 1, a line inside the sequence less indented than its items,
// lone CR or Unicode line breaks, a chunk or the rest failing to parse — an
// alias to an anchor in another chunk, a quoted string cut in two) makes it
// give up, and the file is parsed whole, which also produces the real error.
// TestChunkedEqualsWhole and FuzzParse check that both ways give the same
// result.

// chunkMin is the file size from which parsing is split, and chunkWays
// (when > 0) the number of chunks; tests set both.
var (
	chunkMin  = 1 << 20
	chunkWays = 0
)

func parseYAML(text []byte) (*yaml.Node, error) {
	n := min(runtime.GOMAXPROCS(0), 8)
	if chunkWays > 0 {
		n = chunkWays
	}
	if n > 1 && len(text) >= chunkMin {
		if doc, ok := parseChunked(text, n); ok {
			return doc, nil
		}
	}
	var doc yaml.Node
	err := yaml.Unmarshal(text, &doc)
	return &doc, err
}

func parseChunked(text []byte, n int) (*yaml.Node, bool) {
	if bytes.Contains(text, []byte("\xc2\x85")) || bytes.Contains(text, []byte("\xe2\x80\xa8")) ||
		bytes.Contains(text, []byte("\xe2\x80\xa9")) || bytes.Count(text, []byte("\r")) != bytes.Count(text, []byte("\r\n")) {
		return nil, false
	}
	// starts[i] is the byte offset of line i (0-based).
	starts := make([]int, 1, bytes.Count(text, []byte("\n"))+2)
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
	nlines := len(starts) - 1
	line := func(i int) []byte { return bytes.TrimRight(text[starts[i]:starts[i+1]], "\r\n") }

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
	if len(items) < 2*n {
		return nil, false
	}
	// Cut at the item starts closest to equal shares of the bytes.
	blockStart, blockEnd := starts[items[0]], starts[end]
	cuts := []int{items[0]}
	for k, j := 1, 0; k < n; k++ {
		target := blockStart + (blockEnd-blockStart)*k/n
		for j < len(items) && starts[items[j]] < target {
			j++
		}
		if j < len(items) && items[j] > cuts[len(cuts)-1] {
			cuts = append(cuts, items[j])
		}
	}
	cuts = append(cuts, end)

	// The rest: the sequence's lines emptied, so `phrases:` reads as null and
	// every later line keeps its number.
	rest := make([]byte, 0, len(text)-(blockEnd-blockStart)+(end-items[0]))
	rest = append(rest, text[:blockStart]...)
	rest = append(rest, bytes.Repeat([]byte("\n"), end-items[0])...)
	rest = append(rest, text[blockEnd:]...)

	docs := make([]yaml.Node, len(cuts)) // docs[0]: the rest; docs[k]: chunk k
	errs := make([]error, len(cuts))
	var wg sync.WaitGroup
	for k := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			src := rest
			if k > 0 {
				from, to := cuts[k-1], cuts[k]
				src = make([]byte, 0, from+starts[to]-starts[from])
				src = append(src, bytes.Repeat([]byte("\n"), from)...)
				src = append(src, text[starts[from]:starts[to]]...)
			}
			errs[k] = yaml.Unmarshal(src, &docs[k])
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, false
		}
	}
	doc := &docs[0]
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, false
	}
	root := doc.Content[0]
	var val *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		k := root.Content[i]
		if k.Kind == yaml.ScalarNode && k.Value == "phrases" && k.Line == key+1 && k.Column == 1 {
			val = root.Content[i+1]
		}
	}
	if val == nil || !isNull(val) || val.Anchor != "" {
		return nil, false
	}
	seq := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: items[0] + 1, Column: indent + 1}
	for k := 1; k < len(docs); k++ {
		d := &docs[k]
		if len(d.Content) != 1 || d.Content[0].Kind != yaml.SequenceNode {
			return nil, false
		}
		seq.Content = append(seq.Content, d.Content[0].Content...)
	}
	*val = *seq
	return doc, true
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
