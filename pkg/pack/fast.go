package pack

import (
	"bytes"
	"strconv"
	"unicode/utf8"
	"unsafe"

	"gopkg.in/yaml.v3"
)

// Reading the phrases of a big pack without yaml.v3.
//
// yaml.v3 spends most of a 100k-phrase pack's parse on its general scanner
// and parser (about 1.5 s for 29 MB, on one core a chunk). Packs are
// written in a small part of YAML: each phrase a block mapping of a few
// keys, values on one line (plain, quoted, a flow list or mapping), block
// lists, literal blocks. scanItems reads a chunk's phrases in that part
// into the same yaml.Node trees yaml.v3 would build (kind, value, style,
// line and column), and the parser's own phrase() checks them: one
// definition of what a phrase is and of every message. Anything outside
// that part — an anchor, an alias, a tag, a folded or indented block, a
// multi-line plain or quoted scalar, a flow collection over several lines,
// a tab in the indentation, an escape it does not know — makes it give up
// on the chunk, which yaml.v3 then parses as before. TestChunkedEqualsWhole,
// TestChunkedEqualsWholeMutated and FuzzParse compare both ways (the whole
// file through yaml.v3 against the chunks through this).

// scanner reads the lines of a chunk. A worker keeps one for all its
// chunks: the nodes of a chunk are dropped once its phrases are read, and
// their slabs serve the next chunk.
type scanner struct {
	text   []byte
	starts []int // byte offset of each line, and the end
	// shared: value strings may be slices of text (a lean parse, whose
	// text nothing changes afterwards), not copies.
	shared bool
	slabs  [][]yaml.Node
	slab   int // the slab in use
	// The nodes' Content lists, likewise: each is gathered on stack (a
	// mapping's or sequence's items, above its parent's), then copied to
	// lists, where it stays until the next chunk.
	lists [][]*yaml.Node
	list  int // the lists slab in use
	stack []*yaml.Node
}

// reset makes every node and list handed out so far free again.
func (s *scanner) reset() {
	for i := range s.slabs {
		s.slabs[i] = s.slabs[i][:0]
	}
	s.slab = 0
	for i := range s.lists {
		s.lists[i] = s.lists[i][:0]
	}
	s.list = 0
	s.stack = s.stack[:0]
}

// content moves the items gathered on the stack from mark on into a
// list of their own (nil when there are none), and drops them from the stack.
func (s *scanner) content(mark int) []*yaml.Node {
	items := s.stack[mark:]
	s.stack = s.stack[:mark]
	if len(items) == 0 {
		return nil
	}
	for s.list < len(s.lists) && cap(s.lists[s.list])-len(s.lists[s.list]) < len(items) {
		s.list++
	}
	if s.list == len(s.lists) {
		s.lists = append(s.lists, make([]*yaml.Node, 0, max(4096, len(items))))
	}
	l := &s.lists[s.list]
	start := len(*l)
	*l = append(*l, items...)
	return (*l)[start:len(*l):len(*l)]
}

// node hands out a node from the slabs.
func (s *scanner) node(kind yaml.Kind, line, col int) *yaml.Node {
	for s.slab < len(s.slabs) && len(s.slabs[s.slab]) == cap(s.slabs[s.slab]) {
		s.slab++
	}
	if s.slab == len(s.slabs) {
		s.slabs = append(s.slabs, make([]yaml.Node, 0, 1024))
	}
	sl := &s.slabs[s.slab]
	*sl = append(*sl, yaml.Node{Kind: kind, Line: line + 1, Column: col + 1})
	return &(*sl)[len(*sl)-1]
}

// str is b as a string: a slice of the text when it may be, else a copy.
func (s *scanner) str(b []byte) string {
	if s.shared && len(b) > 0 {
		return unsafe.String(&b[0], len(b))
	}
	return string(b)
}

// line is line i without its line break.
func (s *scanner) line(i int) []byte {
	l := s.text[s.starts[i]:s.starts[i+1]]
	if n := len(l); n > 0 && l[n-1] == '\n' {
		l = l[:n-1]
		if n := len(l); n > 0 && l[n-1] == '\r' {
			l = l[:n-1]
		}
	}
	return l
}

// column is the column (in runes, 0-based) of byte i of line l.
func column(l []byte, i int) int { return utf8.RuneCount(l[:i]) }

// blank reports a line of spaces only, or a comment after spaces.
func blank(l []byte) bool {
	sp := leadingSpaces(l)
	return sp == len(l) || l[sp] == '#'
}

// printable reports whether a chunk holds only characters yaml.v3 reads
// without complaint (tabs and line breaks, no other control character, no
// C1 control, no BOM, no U+FFFE/FFFF): the scanner reads nothing else.
func printable(b []byte) bool {
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r', c == 0x7f:
			return false
		case c == 0xc2 && i+1 < len(b) && b[i+1] < 0xa0:
			return false
		case c == 0xef && i+2 < len(b) && (b[i+1] == 0xbb && b[i+2] == 0xbf || b[i+1] == 0xbf && b[i+2] >= 0xbe):
			return false
		}
	}
	return true
}

// scanItems reads items[k] … (each the line of an item start, in [from,
// to)) as mapping nodes; false when one is outside the part it reads.
func (s *scanner) scanItems(items []int, to int) ([]*yaml.Node, bool) {
	out := make([]*yaml.Node, 0, len(items))
	for k, first := range items {
		end := to
		if k+1 < len(items) {
			end = items[k+1]
		}
		n, ok := s.item(first, end)
		if !ok {
			return nil, false
		}
		out = append(out, n)
	}
	return out, true
}

// item reads one "- key: value…" item over lines [first, end).
func (s *scanner) item(first, end int) (*yaml.Node, bool) {
	l := s.line(first)
	dash := leadingSpaces(l)
	col := dash + 1
	for col < len(l) && l[col] == ' ' {
		col++
	}
	if col >= len(l) || l[col] == '#' || bytes.IndexByte(l, '\t') >= 0 && bytes.IndexByte(l, '\t') < col {
		return nil, false
	}
	m, next, ok := s.mapping(first, col, end, true)
	if !ok || next != end {
		return nil, false
	}
	return m, true
}

// mapping reads a block mapping whose keys are at column col, from line
// i (where the first key may follow "- "), until a line less indented, or
// end. It returns the node and the line after it.
func (s *scanner) mapping(i, col, end int, item bool) (*yaml.Node, int, bool) {
	m := s.node(yaml.MappingNode, i, col)
	mark := len(s.stack)
	first := true
	for i < end {
		l := s.line(i)
		if !first || !item {
			if blank(l) {
				i++
				continue
			}
			if sp := leadingSpaces(l); sp != col {
				if sp < col {
					break
				}
				return nil, 0, false
			}
		}
		first = false
		// key: a word of ASCII letters, then ':' and a space or the end.
		k := col
		for k < len(l) && (l[k] >= 'a' && l[k] <= 'z' || l[k] >= 'A' && l[k] <= 'Z' || l[k] == '_') {
			k++
		}
		if k == col || k >= len(l) || l[k] != ':' || k+1 < len(l) && l[k+1] != ' ' {
			return nil, 0, false
		}
		key := s.node(yaml.ScalarNode, i, col)
		key.Value = s.str(l[col:k])
		v, next, ok := s.value(i, k+1, col, end)
		if !ok {
			return nil, 0, false
		}
		s.stack = append(s.stack, key, v)
		i = next
	}
	m.Content = s.content(mark)
	return m, i, true
}

// value reads the value after a key that ends at byte at of line i (the
// key at column parent).
func (s *scanner) value(i, at, parent, end int) (*yaml.Node, int, bool) {
	l := s.line(i)
	j := at
	for j < len(l) && l[j] == ' ' {
		j++
	}
	if j == len(l) || l[j] == '#' {
		return s.nested(i+1, parent, end)
	}
	switch l[j] {
	case '|':
		return s.literal(i, j, parent, end)
	case '[':
		n, ok := s.flowSeq(i, l, j)
		return n, i + 1, ok
	case '{':
		n, ok := s.flowMap(i, l, j)
		return n, i + 1, ok
	}
	n, rest, ok := s.scalar(i, l, j, false)
	if !ok || !endOfLine(l, rest) {
		return nil, 0, false
	}
	return n, i + 1, true
}

// endOfLine reports whether only spaces and a comment follow byte i.
func endOfLine(l []byte, i int) bool {
	j := i
	for j < len(l) && l[j] == ' ' {
		j++
	}
	return j == len(l) || l[j] == '#' && j > i
}

// nested reads a value on the lines after its key: a block sequence (at
// the key's column or deeper) or a block mapping (deeper).
func (s *scanner) nested(i, parent, end int) (*yaml.Node, int, bool) {
	for i < end && blank(s.line(i)) {
		i++
	}
	if i == end {
		return nil, 0, false // null: yaml.v3 says what is wrong with that
	}
	l := s.line(i)
	sp := leadingSpaces(l)
	switch {
	case sp >= parent && isItemStart(l, sp):
		return s.sequence(i, sp, end)
	case sp > parent:
		return s.mapping(i, sp, end, false)
	}
	return nil, 0, false
}

// sequence reads a block sequence of one-line scalars with its dashes at
// column col.
func (s *scanner) sequence(i, col, end int) (*yaml.Node, int, bool) {
	seq := s.node(yaml.SequenceNode, i, col)
	mark := len(s.stack)
	for i < end {
		l := s.line(i)
		if blank(l) {
			i++
			continue
		}
		sp := leadingSpaces(l)
		if sp < col || sp == col && !isItemStart(l, sp) {
			break
		}
		if sp != col {
			return nil, 0, false
		}
		j := col + 1
		for j < len(l) && l[j] == ' ' {
			j++
		}
		if j == len(l) || l[j] == '#' || l[j] == '|' || l[j] == '[' || l[j] == '{' {
			return nil, 0, false
		}
		n, rest, ok := s.scalar(i, l, j, false)
		if !ok || !endOfLine(l, rest) {
			return nil, 0, false
		}
		s.stack = append(s.stack, n)
		i++
	}
	seq.Content = s.content(mark)
	return seq, i, true
}

// literal reads a literal block scalar (|, |-, |+) whose header is at
// byte at of line i, its key at column parent.
func (s *scanner) literal(i, at, parent, end int) (*yaml.Node, int, bool) {
	l := s.line(i)
	chomp := byte(0)
	j := at + 1
	if j < len(l) && (l[j] == '-' || l[j] == '+') {
		chomp = l[j]
		j++
	}
	if !endOfLine(l, j) {
		return nil, 0, false // an indentation indicator, or something glued on
	}
	n := s.node(yaml.ScalarNode, i, column(l, at))
	n.Style = yaml.LiteralStyle
	// The content's indentation is its first non-empty line's; empty lines
	// before it deeper than that are an error for yaml.v3.
	indent, deepest := -1, 0
	k := i + 1
	for ; k < end; k++ {
		c := s.line(k)
		sp := leadingSpaces(c)
		if sp < len(c) {
			indent = sp
			break
		}
		deepest = max(deepest, sp)
	}
	if indent <= parent || deepest > indent {
		return nil, 0, false
	}
	// Every line up to one less indented that is not empty; empty lines
	// are "".
	var lines [][]byte
	last := -1 // the last line with content
	for k = i + 1; k < end; k++ {
		c := s.line(k)
		sp := leadingSpaces(c)
		if sp == len(c) && sp <= indent {
			lines = append(lines, nil)
			continue
		}
		if sp < indent {
			break
		}
		lines = append(lines, c[indent:])
		last = len(lines) - 1
	}
	var b []byte
	for x, c := range lines[:last+1] {
		if x > 0 {
			b = append(b, '\n')
		}
		b = append(b, c...)
	}
	switch chomp {
	case '-':
	case '+':
		b = append(b, '\n')
		for range len(lines) - last - 1 {
			b = append(b, '\n')
		}
	default:
		b = append(b, '\n')
	}
	n.Value = string(b)
	return n, k, true
}

// scalar reads a one-line scalar at byte j of line l: plain, 'single' or
// "double". inFlow: inside [ ] or { }, where , ] } end a plain scalar.
// It returns the node and the byte after it.
func (s *scanner) scalar(i int, l []byte, j int, inFlow bool) (*yaml.Node, int, bool) {
	n := s.node(yaml.ScalarNode, i, column(l, j))
	switch l[j] {
	case '\'':
		q := bytes.IndexByte(l[j+1:], '\'')
		if q < 0 {
			return nil, 0, false // goes on past the line
		}
		k := j + 1 + q + 1
		if k < len(l) && l[k] == '\'' {
			// '' inside: the slow way.
			var b []byte
			k = j + 1
			for {
				q := bytes.IndexByte(l[k:], '\'')
				if q < 0 {
					return nil, 0, false
				}
				b = append(b, l[k:k+q]...)
				k += q + 1
				if k < len(l) && l[k] == '\'' {
					b = append(b, '\'')
					k++
					continue
				}
				break
			}
			n.Style, n.Value = yaml.SingleQuotedStyle, string(b)
			return n, k, true
		}
		n.Style, n.Value = yaml.SingleQuotedStyle, s.str(l[j+1:k-1])
		return n, k, true
	case '"':
		if q := bytes.IndexByte(l[j+1:], '"'); q >= 0 && bytes.IndexByte(l[j+1:j+1+q], '\\') < 0 {
			n.Style, n.Value = yaml.DoubleQuotedStyle, s.str(l[j+1:j+1+q]) // no escapes
			return n, j + q + 2, true
		}
		v, k, ok := doubleQuoted(l, j+1)
		if !ok {
			return nil, 0, false
		}
		n.Style, n.Value = yaml.DoubleQuotedStyle, v
		return n, k, true
	}
	if !plainStart(l, j, inFlow) {
		return nil, 0, false
	}
	k := j
	for k < len(l) {
		c := l[k]
		if c == '#' && (l[k-1] == ' ' || l[k-1] == '\t') || c == ':' && (k+1 == len(l) || l[k+1] == ' ' || inFlow && isFlowIndicator(l[k+1])) {
			break
		}
		if inFlow && isFlowIndicator(c) {
			break
		}
		if c == '\t' && inFlow {
			return nil, 0, false
		}
		k++
	}
	if k < len(l) && l[k] == ':' {
		return nil, 0, false // a mapping where a scalar was expected
	}
	v := bytes.TrimRight(l[j:k], " \t")
	if len(v) == 0 {
		return nil, 0, false
	}
	n.Value = s.str(v)
	return n, j + len(v), true
}

func isFlowIndicator(c byte) bool { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}' }

// plainStart reports whether a plain scalar may start at byte j, and is
// one the scanner reads (not an indicator, not an anchor, alias, tag or
// directive, not a document marker).
func plainStart(l []byte, j int, inFlow bool) bool {
	switch l[j] {
	case ':':
		// ":x" is a plain scalar in block context; in a flow collection
		// yaml.v3 reads any ':' there as a value indicator (and fails on
		// {m: :0}), so the scanner leaves it to yaml.v3.
		return !inFlow && j+1 < len(l) && l[j+1] != ' '
	case '-':
		// "-5" is a plain scalar; "- " is not.
		return j+1 < len(l) && l[j+1] != ' ' && (!inFlow || !isFlowIndicator(l[j+1]))
	case '?', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', ' ', '\t':
		return false
	}
	return true
}

// doubleQuoted reads a "double-quoted" scalar from after its quote to the
// closing one, on one line, with the escapes yaml.v3 knows.
func doubleQuoted(l []byte, k int) (string, int, bool) {
	var b []byte
	for {
		if k >= len(l) {
			return "", 0, false
		}
		c := l[k]
		switch c {
		case '"':
			if !utf8.Valid(b) {
				return "", 0, false
			}
			return string(b), k + 1, true
		case '\\':
			if k+1 >= len(l) {
				return "", 0, false // a line continuation
			}
			k++
			switch e := l[k]; e {
			case '0':
				b = append(b, 0)
			case 'a':
				b = append(b, '\a')
			case 'b':
				b = append(b, '\b')
			case 't', '\t':
				b = append(b, '\t')
			case 'n':
				b = append(b, '\n')
			case 'v':
				b = append(b, '\v')
			case 'f':
				b = append(b, '\f')
			case 'r':
				b = append(b, '\r')
			case 'e':
				b = append(b, 0x1b)
			case ' ', '"', '/', '\\':
				b = append(b, e)
			case 'N':
				b = append(b, "\u0085"...)
			case '_':
				b = append(b, "\u00a0"...)
			case 'L':
				b = append(b, "\u2028"...)
			case 'P':
				b = append(b, "\u2029"...)
			case 'x', 'u', 'U':
				w := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
				if k+w >= len(l) {
					return "", 0, false
				}
				v, err := strconv.ParseUint(string(l[k+1:k+1+w]), 16, 32)
				if err != nil || v > utf8.MaxRune || v >= 0xD800 && v <= 0xDFFF {
					return "", 0, false
				}
				b = utf8.AppendRune(b, rune(v))
				k += w
			default:
				return "", 0, false
			}
			k++
		default:
			b = append(b, c)
			k++
		}
	}
}

// flowSeq reads [a, "b", 'c'] on one line.
func (s *scanner) flowSeq(i int, l []byte, j int) (*yaml.Node, bool) {
	n := s.node(yaml.SequenceNode, i, column(l, j))
	n.Style = yaml.FlowStyle
	mark := len(s.stack)
	k := j + 1
	for {
		for k < len(l) && l[k] == ' ' {
			k++
		}
		if k >= len(l) {
			return nil, false
		}
		if l[k] == ']' && len(s.stack) == mark {
			return n, endOfLine(l, k+1)
		}
		item, rest, ok := s.scalar(i, l, k, true)
		if !ok {
			return nil, false
		}
		s.stack = append(s.stack, item)
		k = rest
		for k < len(l) && l[k] == ' ' {
			k++
		}
		switch {
		case k < len(l) && l[k] == ']':
			n.Content = s.content(mark)
			return n, endOfLine(l, k+1)
		case k < len(l) && l[k] == ',':
			k++
			for k < len(l) && l[k] == ' ' {
				k++
			}
			if k < len(l) && l[k] == ']' {
				return nil, false // a trailing comma: leave it to yaml.v3
			}
		default:
			return nil, false
		}
	}
}

// flowMap reads {key: value, …} of one-line scalars on one line.
func (s *scanner) flowMap(i int, l []byte, j int) (*yaml.Node, bool) {
	n := s.node(yaml.MappingNode, i, column(l, j))
	n.Style = yaml.FlowStyle
	mark := len(s.stack)
	k := j + 1
	for {
		for k < len(l) && l[k] == ' ' {
			k++
		}
		if k >= len(l) {
			return nil, false
		}
		if l[k] == '}' && len(s.stack) == mark {
			return n, endOfLine(l, k+1)
		}
		c := k
		for c < len(l) && (l[c] >= 'a' && l[c] <= 'z' || l[c] >= 'A' && l[c] <= 'Z' || l[c] == '_') {
			c++
		}
		if c == k || c+1 >= len(l) || l[c] != ':' || l[c+1] != ' ' {
			return nil, false
		}
		key := s.node(yaml.ScalarNode, i, column(l, k))
		key.Value = s.str(l[k:c])
		k = c + 1
		for k < len(l) && l[k] == ' ' {
			k++
		}
		if k >= len(l) || l[k] == '[' || l[k] == '{' {
			return nil, false
		}
		v, rest, ok := s.scalar(i, l, k, true)
		if !ok {
			return nil, false
		}
		s.stack = append(s.stack, key, v)
		k = rest
		for k < len(l) && l[k] == ' ' {
			k++
		}
		switch {
		case k < len(l) && l[k] == '}':
			n.Content = s.content(mark)
			return n, endOfLine(l, k+1)
		case k < len(l) && l[k] == ',':
			k++
			for k < len(l) && l[k] == ' ' {
				k++
			}
			if k < len(l) && l[k] == '}' {
				return nil, false
			}
		default:
			return nil, false
		}
	}
}
