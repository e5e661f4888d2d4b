package lint

import (
	"sort"
)

// Fixes collects the safe fixes of the problems, by file.
func Fixes(problems []*Problem) map[string][]Edit {
	out := map[string][]Edit{}
	for _, p := range problems {
		if p.fix != nil {
			out[p.File] = append(out[p.File], p.fix.Edits...)
		}
	}
	return out
}

// ApplyEdits returns data with the edits applied. Edits that overlap one
// already taken are skipped; every byte outside the edited spans stays as it
// was. It returns the number of edits applied.
func ApplyEdits(data []byte, edits []Edit) ([]byte, int) {
	es := append([]Edit(nil), edits...)
	sort.SliceStable(es, func(i, j int) bool { return es[i].Start < es[j].Start })
	out := make([]byte, 0, len(data))
	pos, n := 0, 0
	for _, e := range es {
		if e.Start < pos || e.End > len(data) || e.Start > e.End {
			continue
		}
		out = append(out, data[pos:e.Start]...)
		out = append(out, e.New...)
		pos = e.End
		n++
	}
	out = append(out, data[pos:]...)
	return out, n
}
