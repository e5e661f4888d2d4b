package pack

import (
	"runtime"
	"sync"
	"unicode/utf8"
)

// One pass over a big pack before parsing it.
//
// Before its chunks are parsed, a big pack used to be read whole five times
// on one core: the encoding check (utf8.Valid), the control characters
// (hideControls, a rune at a time), the document markers, the Unicode line
// breaks and lone CRs, the line starts (splitPhrases), and then each chunk
// again for the scanner (printable) — about a third of a cold 100k-phrase
// load. Almost every pack is plain: valid UTF-8 with no control character,
// no Unicode line break and no lone CR. surveyText finds that out in one
// pass, split over the cores at line breaks, and learns the line starts and
// the document markers on the way; when it says plain, each of the checks
// it stands for would have passed (checkEncoding returns the text,
// hideControls changes nothing, splitPhrases's checks pass, printable holds
// for every chunk), so they are skipped. When it says not plain, they run
// one by one as before and say what is wrong, where.
// FuzzParse compares both ways (the whole parse runs the checks).

// survey is what surveyText learns of a plain text.
type survey struct {
	starts    []int // byte offset of each line (0-based), then len(text): splitPhrases's starts
	docMarker bool  // hasDocMarker(text)
}

// surveyMin is the size from which the pass is split over the cores (a
// var: the fuzz test splits small inputs).
var surveyMin = 256 << 10

// surveyText reports whether text is plain (above) and, if so, its survey.
func surveyText(text []byte) (*survey, bool) {
	ways := min(runtime.GOMAXPROCS(0), 8)
	if len(text) < surveyMin {
		ways = 1
	}
	// Cut after a line feed near each share: an ASCII byte, so every part
	// is whole UTF-8 characters, and every part but the last ends a line.
	cuts := []int{0}
	for k := 1; k < ways; k++ {
		at := max(len(text)*k/ways, cuts[len(cuts)-1])
		for at < len(text) && text[at] != '\n' {
			at++
		}
		if at < len(text) {
			at++
		}
		if at > cuts[len(cuts)-1] && at < len(text) {
			cuts = append(cuts, at)
		}
	}
	cuts = append(cuts, len(text))
	parts := make([]surveyPart, len(cuts)-1)
	var wg sync.WaitGroup
	for k := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			parts[k] = surveyLines(text, cuts[k], cuts[k+1])
		}()
	}
	wg.Wait()
	n := 1
	sv := &survey{}
	for _, p := range parts {
		if !p.plain {
			return nil, false
		}
		n += len(p.starts)
		sv.docMarker = sv.docMarker || p.docMarker
	}
	sv.docMarker = sv.docMarker || len(text) > 0 && markerAt(text, 0)
	sv.starts = make([]int, 1, n+1)
	for _, p := range parts {
		sv.starts = append(sv.starts, p.starts...)
	}
	if sv.starts[len(sv.starts)-1] < len(text) {
		sv.starts = append(sv.starts, len(text)) // the end of the last line
	}
	return sv, true
}

// surveyPart is what surveyLines learns of text[lo:hi].
type surveyPart struct {
	plain     bool
	starts    []int // the lines starting after a line feed in [lo, hi)
	docMarker bool  // one of those lines starts with a document marker
}

// surveyLines checks text[lo:hi], whole UTF-8 characters; it reads the
// bytes after hi to see what follows a line break.
func surveyLines(text []byte, lo, hi int) surveyPart {
	if !utf8.Valid(text[lo:hi]) {
		return surveyPart{}
	}
	var p surveyPart
	p.starts = make([]int, 0, (hi-lo)/32)
	for i := lo; i < hi; {
		c := text[i]
		switch {
		case c >= 0x20 && c < 0x7f:
			i++
		case c == '\n':
			i++
			p.starts = append(p.starts, i)
			if markerAt(text, i) {
				p.docMarker = true
			}
		case c == '\t':
			i++
		case c == '\r':
			if i+1 >= len(text) || text[i+1] != '\n' {
				return surveyPart{} // a lone CR: a line break of its own
			}
			i++
		case c < 0x80:
			return surveyPart{} // a control character, NUL or DEL
		case c >= 0xE3 && c <= 0xEE:
			i += 3 // most of CJK: nothing to check in valid UTF-8
		case c == 0xC2:
			if text[i+1] < 0xA0 {
				return surveyPart{} // a C1 control character, NEL among them
			}
			i += 2
		case c == 0xE2:
			if text[i+1] == 0x80 && (text[i+2] == 0xA8 || text[i+2] == 0xA9) {
				return surveyPart{} // LS or PS, line breaks to YAML
			}
			i += 3
		case c == 0xEF:
			if text[i+1] == 0xBB && text[i+2] == 0xBF || text[i+1] == 0xBF && text[i+2] >= 0xBE {
				return surveyPart{} // a BOM inside the text, U+FFFE, U+FFFF
			}
			i += 3
		case c < 0xE0:
			i += 2
		case c < 0xF0:
			i += 3
		default:
			i += 4
		}
	}
	p.plain = true
	return p
}

// markerAt reports whether a document marker ("---" or "...", then a
// space, a tab, a line break or the end) starts at byte i.
func markerAt(text []byte, i int) bool {
	if i+3 > len(text) {
		return false
	}
	if m := text[i : i+3]; string(m) != "---" && string(m) != "..." {
		return false
	}
	if i+3 == len(text) {
		return true
	}
	switch text[i+3] {
	case ' ', '\t', '\n', '\r':
		return true
	}
	return false
}
