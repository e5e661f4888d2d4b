package lint

// acMatcher finds every occurrence of every term in one pass over a text
// (Aho-Corasick). Terms are rune strings; transitions are kept in a map per
// node only for the nodes that branch, which keeps the automaton small for the
// few thousand CJK terms a word list has.
type acMatcher struct {
	nodes []acNode
}

type acNode struct {
	next map[rune]int32
	fail int32
	out  []int32 // term indexes ending here, including those reached by fail links
	dep  int32
}

func newACMatcher(terms [][]rune) *acMatcher {
	m := &acMatcher{nodes: []acNode{{}}}
	for ti, t := range terms {
		if len(t) == 0 {
			continue
		}
		cur := int32(0)
		for _, r := range t {
			nx, ok := m.nodes[cur].next[r]
			if !ok {
				nx = int32(len(m.nodes))
				m.nodes = append(m.nodes, acNode{dep: m.nodes[cur].dep + 1})
				if m.nodes[cur].next == nil {
					m.nodes[cur].next = map[rune]int32{}
				}
				m.nodes[cur].next[r] = nx
			}
			cur = nx
		}
		m.nodes[cur].out = append(m.nodes[cur].out, int32(ti))
	}
	// Breadth-first: fail links and merged outputs.
	queue := make([]int32, 0, len(m.nodes))
	for _, c := range m.nodes[0].next {
		queue = append(queue, c)
	}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		for r, v := range m.nodes[u].next {
			f := m.nodes[u].fail
			for {
				if w, ok := m.nodes[f].next[r]; ok && w != v {
					m.nodes[v].fail = w
					break
				}
				if f == 0 {
					m.nodes[v].fail = 0
					break
				}
				f = m.nodes[f].fail
			}
			m.nodes[v].out = append(m.nodes[v].out, m.nodes[m.nodes[v].fail].out...)
			queue = append(queue, v)
		}
	}
	return m
}

// find calls fn(term, start, end) for every occurrence, rune offsets, end
// exclusive, in order of end position.
func (m *acMatcher) find(text []rune, terms [][]rune, fn func(term, start, end int)) {
	cur := int32(0)
	for i, r := range text {
		for {
			if nx, ok := m.nodes[cur].next[r]; ok {
				cur = nx
				break
			}
			if cur == 0 {
				break
			}
			cur = m.nodes[cur].fail
		}
		for _, t := range m.nodes[cur].out {
			l := len(terms[t])
			fn(int(t), i+1-l, i+1)
		}
	}
}
