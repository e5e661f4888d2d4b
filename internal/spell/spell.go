// Package spell finds what a mistyped word was probably meant to be: the
// "是不是 …？" in huashu's errors for unknown keys and unknown codes.
package spell

// maxLen caps the words compared: long strings are never a typo of a short
// key or code, and the cap keeps hostile input cheap.
const maxLen = 64

// Distance is the Levenshtein distance between a and b in runes (insert,
// delete or change one rune). Past maxLen runes it reports a large number.
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > maxLen || len(rb) > maxLen {
		return 1 << 10
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// Nearest is the candidate closest to word within maxDist edits (the first
// of equally close ones), or "" when none is that close.
func Nearest(word string, candidates []string, maxDist int) string {
	best, bestD := "", maxDist+1
	for _, c := range candidates {
		if d := Distance(word, c); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}
