// Package interop moves phrases between huashu packs and the files the tools
// agents already use: 千牛 快捷短语 CSV, 搜狗输入法 custom phrases
// (phrases.ini) and a generic UTF-8 CSV (DESIGN §11, docs/import-export.md).
//
// Import is three steps: a reader turns a file's bytes into Records exactly
// as the file has them; Normalize makes them valid phrases (codes, titles,
// duplicates, empty texts), noting every change; MarshalPack writes the pack
// YAML and proves it reads back to the same values. Export flattens loaded
// phrases into Records and a writer encodes them for the target tool.
package interop

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/huashu-cli/huashu/internal/termsafe"
	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// Format is a file format huashu imports and exports.
type Format string

// The formats of --from and --to.
const (
	Qianniu Format = "qianniu" // 千牛 快捷短语 CSV
	Sogou   Format = "sogou"   // 搜狗输入法 自定义短语 phrases.ini
	CSV     Format = "csv"     // code,title,group,text in UTF-8
)

// Formats lists the formats in the order help texts name them.
var Formats = []Format{Qianniu, Sogou, CSV}

// ParseFormat accepts a --from / --to value.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if string(f) == strings.ToLower(strings.TrimSpace(s)) {
			return f, nil
		}
	}
	return "", fmt.Errorf("未知格式 %q（可用：qianniu 千牛、sogou 搜狗 或 csv）", s)
}

// Label is the format's name as agents know it.
func (f Format) Label() string {
	switch f {
	case Qianniu:
		return "千牛快捷短语"
	case Sogou:
		return "搜狗自定义短语"
	case CSV:
		return "CSV"
	}
	return string(f)
}

// Record is one phrase as a file holds it, before or after normalising.
type Record struct {
	Line  int // where the record starts in the file, 1-based; 0 when it has no line
	Code  string
	Title string
	Group string
	Text  string
	// Ask are buyer questions the reply answers (the pack's ask:); only
	// the generic CSV has a column for them.
	Ask []string
}

// Note is one thing an import or export changed or could not carry over; the
// command prints each on its own line, prefixed with the file and line.
type Note struct {
	Line int
	Msg  string
}

func (n Note) String() string {
	if n.Line > 0 {
		return strconv.Itoa(n.Line) + ": " + n.Msg
	}
	return n.Msg
}

// Summary counts what Normalize did.
type Summary struct {
	Read          int // records read from the file
	Written       int // phrases in the pack
	SkippedEmpty  int // records without text
	SkippedLarge  int // records over the phrase size limit
	Renamed       int // duplicate codes renamed
	CodesFixed    int // codes changed to be valid
	TitlesDerived int // titles made from the text
}

// MaxPhraseBytes is the largest reply a pack may hold: the loader's limit.
const MaxPhraseBytes = pack.MaxPhraseSize

// MaxTitleRunes is the longest title a pack may hold (pack.schema.json).
const MaxTitleRunes = 16

// derivedTitleRunes is how long a title made from a reply's text may be:
// short enough to scan in the picker's list, with room under MaxTitleRunes.
const derivedTitleRunes = 12

// Normalize turns records read from a file into phrases a pack accepts:
//   - codes: trimmed, full-width letters and digits folded, upper case
//     lowered; any other character that is not a letter, digit or Chinese
//     character is dropped; an empty code becomes p<N> (N = the record's number);
//   - duplicate codes (after that) are renamed hy → hy2, hy3… (001 → 001x2,
//     so the suffix is not read as part of a number), skipping codes that
//     appear anywhere in the file;
//   - records whose text is empty or blank are skipped; so are texts over
//     the 64 KiB phrase limit;
//   - a missing title is made from the text (DeriveTitle); a title longer
//     than 16 characters is cut;
//   - groups are trimmed; "/" nests, empty segments are dropped.
//
// Texts are kept byte for byte except that CRLF line ends become LF. Every
// change except derived titles (counted in the summary) is a Note.
func Normalize(recs []Record) ([]Record, []Note, Summary) {
	var (
		notes []Note
		sum   = Summary{Read: len(recs)}
		kept  []Record
	)
	for i, r := range recs {
		r.Text = strings.ReplaceAll(r.Text, "\r\n", "\n")
		if strings.TrimSpace(r.Text) == "" {
			sum.SkippedEmpty++
			what := "正文为空"
			if r.Text != "" {
				what = "正文只有空白"
			}
			notes = append(notes, Note{r.Line, fmt.Sprintf("跳过编码 %s：%s", quote(r.Code), what)})
			continue
		}
		if len(r.Text) > MaxPhraseBytes {
			sum.SkippedLarge++
			notes = append(notes, Note{r.Line, fmt.Sprintf("跳过编码 %s：正文有 %d KiB，超过单条话术上限 64 KiB", quote(r.Code), len(r.Text)>>10)})
			continue
		}
		code, why := NormalizeCode(r.Code)
		if code == "" {
			code = "p" + strconv.Itoa(i+1)
			if why == "" {
				why = "编码为空"
			}
			why += "，改用序号"
		}
		if code != r.Code {
			sum.CodesFixed++
			notes = append(notes, Note{r.Line, fmt.Sprintf("编码 %s 改为 %s（%s）", quote(r.Code), quote(code), why)})
		}
		r.Code = code

		title := cleanLine(r.Title)
		switch {
		case title == "":
			title = DeriveTitle(r.Text, r.Code)
			sum.TitlesDerived++
		case utf8.RuneCountInString(title) > MaxTitleRunes:
			cut := truncate(title, MaxTitleRunes-1)
			notes = append(notes, Note{r.Line, fmt.Sprintf("编码 %s 的标题超过 %d 个字，截为 %s", quote(r.Code), MaxTitleRunes, quote(cut))})
			title = cut
		case title != r.Title:
			notes = append(notes, Note{r.Line, fmt.Sprintf("编码 %s 的标题去掉了首尾空白或控制字符", quote(r.Code))})
		}
		r.Title = title

		group := NormalizeGroup(r.Group)
		if group != strings.TrimSpace(r.Group) {
			notes = append(notes, Note{r.Line, fmt.Sprintf("编码 %s 的分组 %s 改为 %s", quote(r.Code), quote(r.Group), quote(group))})
		}
		r.Group = group
		kept = append(kept, r)
	}

	// Rename duplicates; a new name never takes a code the file has elsewhere.
	taken := map[string]bool{}
	for _, r := range kept {
		taken[r.Code] = true
	}
	first := map[string]int{} // code → line of the record that keeps it
	next := map[string]int{}  // code → the suffix to try next, so many duplicates stay linear
	for i := range kept {
		r := &kept[i]
		line, dup := first[r.Code]
		if !dup {
			first[r.Code] = r.Line
			continue
		}
		// 001 → 001x2, not 0012: a suffix glued to a number reads as another number.
		base := r.Code
		if c := base[len(base)-1]; c >= '0' && c <= '9' {
			base += "x"
		}
		n := max(next[r.Code], 2)
		for taken[base+strconv.Itoa(n)] {
			n++
		}
		next[r.Code] = n + 1
		name := base + strconv.Itoa(n)
		taken[name] = true
		first[name] = r.Line
		sum.Renamed++
		where := ""
		if line > 0 {
			where = fmt.Sprintf("（第 %d 行已用）", line)
		}
		notes = append(notes, Note{r.Line, fmt.Sprintf("重复编码 %s%s，改为 %s", quote(r.Code), where, quote(name))})
		r.Code = name
	}
	sum.Written = len(kept)
	return kept, notes, sum
}

// NormalizeCode makes s a valid code and says why it changed ("" when only
// surrounding spaces went). The result is "" when nothing usable is left.
func NormalizeCode(s string) (string, string) {
	var (
		b       strings.Builder
		lowered bool
		folded  bool
		dropped []rune
	)
	for _, r := range strings.TrimSpace(s) {
		if r >= 0xFF01 && r <= 0xFF5E { // full-width ASCII (Ａ, ０) typed with a Chinese IME
			r -= 0xFEE0
			folded = true
		}
		if unicode.IsUpper(r) {
			r = unicode.ToLower(r)
			lowered = true
		}
		if phrase.CodeRune(r) {
			b.WriteRune(r)
			continue
		}
		dropped = append(dropped, r)
	}
	var why []string
	if folded {
		why = append(why, "全角字符改为半角")
	}
	if lowered {
		why = append(why, "大写改为小写")
	}
	if len(dropped) > 0 {
		why = append(why, "去掉编码不允许的字符 "+quote(string(dropped)))
	}
	if len(why) == 0 && b.String() != s && b.Len() > 0 {
		why = append(why, "去掉首尾空白")
	}
	return b.String(), strings.Join(why, "，")
}

// NormalizeGroup trims a group and its "/"-separated segments, dropping empty
// ones ("售后//退换 " → "售后/退换").
func NormalizeGroup(s string) string {
	var segs []string
	for _, seg := range strings.Split(cleanLine(s), "/") {
		if seg = strings.TrimSpace(seg); seg != "" {
			segs = append(segs, seg)
		}
	}
	return strings.Join(segs, "/")
}

// cleanLine trims s and drops control characters (a title or group is one
// line of plain text).
func cleanLine(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			if r == '\n' || r == '\t' {
				return ' '
			}
			return -1
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

// placeholderRe matches a {{name}} or {{name|默认值}} placeholder.
var placeholderRe = regexp.MustCompile(`\{\{[^{}]*\}\}`)

// greetings are openings that say nothing about a reply; a title made from
// the text skips them when more follows ("亲，现货48小时内发出" → "现货48小时内发出").
var greetings = map[string]bool{
	"亲": true, "亲亲": true, "亲爱的": true, "亲爱哒": true, "亲爱的顾客": true,
	"您好": true, "你好": true, "您好呀": true, "你好呀": true, "哈喽": true, "嗨": true,
	"hello": true, "hi": true, "在的": true, "在呢": true, "嗯": true, "嗯嗯": true,
	"好的": true, "好滴": true, "收到": true,
	"抱歉": true, "很抱歉": true, "非常抱歉": true, "不好意思": true, "实在抱歉": true,
}

// titleQuotes are quotation marks and brackets: they do not end a clause
// (点“申请售后”按钮 is one clause) and are left out of a derived title.
const titleQuotes = "“”‘’「」『』《》〈〉【】\"'"

// clauseBreak reports whether r ends a clause: Chinese and ASCII punctuation,
// spaces and line breaks.
func clauseBreak(r rune) bool {
	if unicode.IsSpace(r) || unicode.IsControl(r) {
		return true
	}
	switch r {
	case '{', '}', '[', ']', '(', ')', '|', '/', '#', '*', '_':
		return false
	}
	if strings.ContainsRune(titleQuotes, r) {
		return false
	}
	return unicode.IsPunct(r) || strings.ContainsRune("～~…—", r)
}

// DeriveTitle makes a title from a reply that has none: placeholders become
// their names ({{店铺}} → 店铺), quotation marks are dropped, the text is
// split into clauses at punctuation and line breaks, leading greetings and
// fillers (亲, 您好, 抱歉…) are skipped when more follows, and the first clause left is the title, cut to 12 characters with
// "…". A text with no usable clause gets the code as its title, cut the
// same way.
func DeriveTitle(text, code string) string {
	text = placeholderRe.ReplaceAllStringFunc(text, func(m string) string {
		name := strings.TrimSpace(m[2 : len(m)-2])
		if i := strings.IndexByte(name, '|'); i >= 0 {
			name = name[:i]
		}
		return name
	})
	text = strings.Map(func(r rune) rune {
		if strings.ContainsRune(titleQuotes, r) {
			return -1
		}
		return r
	}, text)
	var clauses []string
	for _, c := range strings.FieldsFunc(text, clauseBreak) {
		if c = cleanLine(c); c != "" {
			clauses = append(clauses, c)
		}
	}
	for len(clauses) > 1 && greetings[strings.ToLower(clauses[0])] {
		clauses = clauses[1:]
	}
	if len(clauses) == 0 {
		return truncate(code, derivedTitleRunes)
	}
	return truncate(clauses[0], derivedTitleRunes)
}

// truncate cuts s to at most n runes, ending in "…" when it cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// quote wraps a value in Chinese quotes for a message, control and
// invisible characters shown visibly, so a message stays one line and never
// writes raw control bytes to the terminal.
func quote(s string) string { return "“" + termsafe.Line(s) + "”" }
