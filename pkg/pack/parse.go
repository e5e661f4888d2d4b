package pack

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/width"
	"gopkg.in/yaml.v3"

	"github.com/huashu-cli/huashu/internal/spell"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

// MaxPhraseSize is the most text one phrase may hold: its text or parts plus
// every platform variant, in bytes (DESIGN §3).
const MaxPhraseSize = 64 << 10

// The keys of the pack format (DESIGN §3), in the order messages list them.
var (
	packKeys    = []string{"pack", "description", "platforms", "groups", "vars", "phrases"}
	phraseKeys  = []string{"code", "title", "group", "tags", "keywords", "ask", "text", "parts", "platform", "platforms", "valid"}
	variantKeys = []string{"text", "parts"}
	validKeys   = []string{"from", "until"}
)

// ChinaTime is the zone of a `valid` bound written without one (a date, or a
// date and time): agents and shops run on Beijing time.
var ChinaTime = time.FixedZone("CST", 8*60*60)

// Parse decodes one pack file. It returns the pack with every phrase that is
// valid, and every problem found (the phrases with problems are left out).
// The pack is nil when the file cannot be read as a pack at all (encoding,
// syntax, limits, a top level that is not a pack).
//
// file is only used in positions and messages.
func Parse(file string, data []byte) (*phrase.Pack, ErrorList) { return parse(file, data, false) }

// ParseLean is Parse without Phrase.Locs, for loading packs to serve (get,
// search, the picker), where nothing points inside a phrase: at 100k phrases
// the location maps are a good part of the time and memory. Lint, which
// points at characters inside the text, uses Parse. Errors are the same.
// The phrases' strings may share data's memory (no copy for each value):
// data must not change afterwards.
func ParseLean(file string, data []byte) (*phrase.Pack, ErrorList) { return parse(file, data, true) }

func parse(file string, data []byte, lean bool) (pk *phrase.Pack, errs ErrorList) {
	defer func() {
		// yaml.v3 is a port of a C parser; if some input still trips it, the
		// agent gets one line about the file, never a stack trace.
		if r := recover(); r != nil {
			pk = nil
			errs = append(errs, &Error{File: file, Line: 1, Column: 1, Rule: RuleSyntax,
				Msg: fmt.Sprintf("YAML 解析器无法读取这个文件（%v）", r)})
		}
	}()
	if len(data) > MaxFileSize {
		return nil, ErrorList{{File: file, Rule: RuleLimit,
			Msg: fmt.Sprintf("文件有 %d MiB，超过话术包上限 64 MiB", len(data)>>20)}}
	}
	// A big file that is plain text skips the checks one pass stands for
	// (survey.go); any other runs them and hears what is wrong.
	var sv *survey
	if len(data) >= chunkMin {
		sv, _ = surveyText(bytes.TrimPrefix(data, utf8BOM))
	}
	var text []byte
	swapped := false
	if sv != nil {
		text = bytes.TrimPrefix(data, utf8BOM)
	} else {
		var e *Error
		if text, e = checkEncoding(file, data); e != nil {
			return nil, ErrorList{e}
		}
	}
	if len(bytes.TrimSpace(text)) == 0 {
		return nil, ErrorList{{File: file, Rule: RuleEmpty, Msg: "文件是空的；话术包至少要有 pack: 和 phrases:"}}
	}
	if sv == nil {
		var ctrlAt int
		text, swapped, ctrlAt = hideControls(text)
		if ctrlAt >= 0 {
			line, col := position(text, ctrlAt)
			return nil, ErrorList{{File: file, Line: line, Column: col, Rule: RuleEncoding,
				Msg: "这里有控制字符，且文件里用了第 16 平面私用区字符，无法一并读取；请删掉控制字符"}}
		}
	}
	p := &parser{file: file, data: text, swapped: swapped, lean: lean, budget: 4*len(text) + 1000}

	doc := &yaml.Node{}
	streamed := false
	docMarker := sv != nil && sv.docMarker || sv == nil && hasDocMarker(text)
	if !docMarker {
		// One document for sure: yaml.Unmarshal parses straight from the
		// bytes, much faster than the streaming Decoder; big files are parsed
		// in chunks over the cores, a chunk at a time (see chunk.go).
		if spk, ok := p.parseStreamed(text, sv); ok {
			pk, streamed = spk, true
		}
	}
	switch {
	case streamed:
		// done: pk and p.errs are set
	case !docMarker:
		var err error
		if err = yaml.Unmarshal(text, doc); err != nil {
			return nil, ErrorList{syntaxError(file, text, err)}
		}
		if doc.Kind == 0 {
			return nil, ErrorList{{File: file, Rule: RuleEmpty, Msg: "文件里只有注释，没有内容；话术包至少要有 pack: 和 phrases:"}}
		}
	default:
		dec := yaml.NewDecoder(bytes.NewReader(text))
		if err := dec.Decode(doc); err != nil {
			if errors.Is(err, io.EOF) {
				return nil, ErrorList{{File: file, Rule: RuleEmpty, Msg: "文件里只有注释，没有内容；话术包至少要有 pack: 和 phrases:"}}
			}
			return nil, ErrorList{syntaxError(file, text, err)}
		}
		var next yaml.Node
		switch err := dec.Decode(&next); {
		case errors.Is(err, io.EOF):
		case err != nil:
			return nil, ErrorList{syntaxError(file, text, err)}
		default:
			return nil, ErrorList{{File: file, Line: next.Line, Column: next.Column, Rule: RuleSyntax,
				Msg: "一个文件只能有一个 YAML 文档；这里用 --- 开始了第二个，请把它拆成另一个文件"}}
		}
	}
	if !streamed {
		pk = p.pack(doc, nil)
	}
	if p.over {
		pk = nil
	}
	// Report in file order, the way an agent reads and fixes them.
	sort.SliceStable(p.errs, func(i, j int) bool {
		a, b := p.errs[i], p.errs[j]
		return a.Line < b.Line || a.Line == b.Line && a.Column < b.Column
	})
	return pk, p.errs
}

// hasDocMarker reports whether a line starts with a YAML document marker
// ("---" or "..."), the only way a file can hold more than one document.
func hasDocMarker(data []byte) bool {
	for _, m := range [][]byte{[]byte("---"), []byte("...")} {
		for off := 0; ; {
			i := bytes.Index(data[off:], m)
			if i < 0 {
				break
			}
			i += off
			atStart := i == 0 || data[i-1] == '\n' || data[i-1] == '\r' ||
				i >= 2 && breakLen(data[i-2:i]) == 2 || i >= 3 && breakLen(data[i-3:i]) == 3
			end := i + 3
			atEnd := end == len(data) || data[end] == ' ' || data[end] == '\t' || data[end] == '\n' || data[end] == '\r'
			if atStart && atEnd {
				return true
			}
			off = i + 1
		}
	}
	return false
}

type parser struct {
	file    string
	data    []byte
	swapped bool // control characters were hidden (see hideControls)
	// lean drops Phrase.Locs (ParseLean): no locations are recorded.
	lean    bool
	strs    []string        // the slab of stringList
	phrases []phrase.Phrase // the slab of newPhrase
	errs    ErrorList
	// budget bounds the nodes visited: a file without aliases visits far
	// fewer nodes than it has bytes, so running out means YAML aliases are
	// being expanded over and over (a "billion laughs" file).
	budget int
	over   bool
}

func (p *parser) at(n *yaml.Node, rule, msg string) {
	p.errs = append(p.errs, &Error{File: p.file, Line: n.Line, Column: n.Column, Rule: rule, Msg: msg})
}

// resolve follows an alias to its anchored node, and charges the budget.
func (p *parser) resolve(n *yaml.Node) *yaml.Node {
	p.budget--
	if p.budget < 0 && !p.over {
		p.over = true
		p.at(n, RuleLimit, "YAML 别名（*锚点）展开的内容太多，超过上限；请不要用别名反复引用大段内容")
	}
	for i := 0; n.Kind == yaml.AliasNode && n.Alias != nil && i < 8; i++ {
		n = n.Alias
	}
	return n
}

func (p *parser) value(n *yaml.Node) string {
	if p.swapped {
		return restoreControls(n.Value)
	}
	return n.Value
}

// setLoc records where the value at key is, unless nothing records them
// (a lean parse).
func setLoc(locs map[string]phrase.Loc, key string, n *yaml.Node) {
	if locs != nil {
		locs[key] = loc(n)
	}
}

func loc(n *yaml.Node) phrase.Loc {
	l := phrase.Loc{Line: n.Line, Column: n.Column}
	switch {
	case n.Style&yaml.DoubleQuotedStyle != 0:
		l.Style = phrase.StyleDoubleQuoted
	case n.Style&yaml.SingleQuotedStyle != 0:
		l.Style = phrase.StyleSingleQuoted
	case n.Style&yaml.LiteralStyle != 0:
		l.Style = phrase.StyleLiteral
	case n.Style&yaml.FoldedStyle != 0:
		l.Style = phrase.StyleFolded
	}
	return l
}

// kindName names a node's type the way the messages do.
func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "列表"
	case yaml.MappingNode:
		return "映射"
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!null":
			return "空值"
		case "!!int", "!!float":
			return "数字"
		case "!!bool":
			return "布尔值"
		case "!!timestamp":
			return "时间"
		case "!!binary":
			return "二进制数据"
		}
		return "字符串"
	}
	return "别名"
}

func isNull(n *yaml.Node) bool {
	if n.Kind != yaml.ScalarNode {
		return false
	}
	if plainUntagged(n) {
		// What n.ShortTag() resolves a plain scalar to, without its
		// resolve (an allocation a call, for every value of a big pack):
		// null is these spellings only.
		switch n.Value {
		case "", "~", "null", "Null", "NULL":
			return true
		}
		return false
	}
	return n.ShortTag() == "!!null"
}

// plainUntagged reports a plain scalar without a tag, as the scanner of
// fast.go makes them (yaml.v3 gives each node its resolved tag).
func plainUntagged(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "" &&
		n.Style&(yaml.TaggedStyle|yaml.SingleQuotedStyle|yaml.DoubleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) == 0
}

// isMerge reports the merge key "<<", which yaml.v3 tags !!merge (a plain
// scalar without a tag never resolves to it).
func isMerge(n *yaml.Node) bool { return !plainUntagged(n) && n.ShortTag() == "!!merge" }

// field is one key of a mapping with its value.
type field struct{ key, val *yaml.Node }

// fieldSet holds a mapping's known fields by their index in the allowed
// list (no map: this runs for every phrase).
type fieldSet struct {
	allowed []string
	vals    [12]field
	n       int
}

func (f *fieldSet) get(name string) (field, bool) {
	for i, a := range f.allowed {
		if a == name {
			return f.vals[i], f.vals[i].key != nil
		}
	}
	return field{}, false
}

// fields checks a mapping's keys: every key known, none twice. It returns
// the known fields (the first of duplicates).
func (p *parser) fields(m *yaml.Node, prefix string, allowed []string) fieldSet {
	out := fieldSet{allowed: allowed}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := p.resolve(m.Content[i]), m.Content[i+1]
		if p.over {
			return out
		}
		if k.Kind != yaml.ScalarNode {
			p.at(k, RuleType, fmt.Sprintf("%s的键应为字符串，实际是%s", where(prefix), kindName(k)))
			continue
		}
		name := p.value(k)
		if isMerge(k) {
			p.at(k, RuleSyntax, "不支持 YAML 合并键 \"<<\"；请把字段直接写出来")
			continue
		}
		idx := -1
		for j, a := range allowed {
			if a == name {
				idx = j
				break
			}
		}
		if idx < 0 {
			p.at(k, RuleUnknownKey, unknownKeyMsg(name, allowed))
			continue
		}
		if prev := out.vals[idx]; prev.key != nil {
			p.at(k, RuleDuplicateKey, fmt.Sprintf("重复的字段 %q（第 %d 行已有）", join(prefix, name), prev.key.Line))
			continue
		}
		out.vals[idx] = field{k, v}
		out.n++
	}
	return out
}

func where(prefix string) string {
	if prefix == "" {
		return "映射"
	}
	return fmt.Sprintf("%q ", prefix)
}

func join(prefix, name string) string {
	if prefix == "" {
		return name
	}
	return prefix + "." + name
}

func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

func unknownKeyMsg(name string, allowed []string) string {
	all := strings.Join(allowed, ", ")
	best := spell.Nearest(strings.ToLower(name), allowed, 2)
	if best != "" && len(name) > 1 {
		return fmt.Sprintf("未知字段 %q，是不是 %q？（可用字段：%s）", name, best, all)
	}
	return fmt.Sprintf("未知字段 %q（可用字段：%s）", name, all)
}

// str reads a scalar as the text written (a number or a date stays as
// typed); null reads as "".
func (p *parser) str(n *yaml.Node, path string) (string, bool) { return p.strAt(n, path, -1) }

// strAt is str of item i of the list at path (path itself when i < 0):
// the item's path is only spelled out for a message.
func (p *parser) strAt(n *yaml.Node, path string, i int) (string, bool) {
	n = p.resolve(n)
	if i >= 0 && (n.Kind != yaml.ScalarNode || n.Style&yaml.TaggedStyle != 0) {
		path = index(path, i)
	}
	if n.Kind != yaml.ScalarNode {
		p.at(n, RuleType, fmt.Sprintf("字段 %q 应为字符串，实际是%s", path, kindName(n)))
		return "", false
	}
	if n.Style&yaml.TaggedStyle != 0 && n.ShortTag() != "!!str" {
		// A tag the author wrote (!!binary, !!int, !custom) says the value
		// means something else than its text; huashu would take the text
		// as it stands, so say so instead of guessing.
		p.at(n, RuleType, fmt.Sprintf("字段 %q 不能用 YAML 标签 %s：话术包里的值都是文本；去掉标签（需要时给值加引号）", path, n.Tag))
		return "", false
	}
	if isNull(n) {
		return "", true
	}
	return p.value(n), true
}

// required reads a scalar that must not be empty.
func (p *parser) required(n *yaml.Node, path string) (string, bool) {
	s, ok := p.str(n, path)
	if ok && strings.TrimSpace(s) == "" {
		p.at(p.resolve(n), RuleRequired, fmt.Sprintf("必填字段 %q 不能为空", path))
		return "", false
	}
	return s, ok
}

// stringList is an empty list with room for n strings, from a slab the
// parser shares among its phrases (tags and keywords: two lists a phrase).
func (p *parser) stringList(n int) []string {
	if n == 0 || n > 64 {
		return make([]string, 0, n)
	}
	if cap(p.strs)-len(p.strs) < n {
		p.strs = make([]string, 0, 1024)
	}
	start := len(p.strs)
	p.strs = p.strs[:start+n]
	return p.strs[start : start : start+n]
}

// list reads a sequence of non-empty strings, recording each item's Loc.
func (p *parser) list(n *yaml.Node, path string, locs map[string]phrase.Loc) ([]string, bool) {
	return p.strings(n, path, locs, false)
}

// strings reads a sequence of strings, recording each item's Loc; an empty
// item is an error unless allowEmpty.
func (p *parser) strings(n *yaml.Node, path string, locs map[string]phrase.Loc, allowEmpty bool) ([]string, bool) {
	n = p.resolve(n)
	setLoc(locs, path, n)
	if isNull(n) {
		return nil, true
	}
	if n.Kind != yaml.SequenceNode {
		p.at(n, RuleType, fmt.Sprintf("字段 %q 应为列表，实际是%s", path, kindName(n)))
		return nil, false
	}
	ok := true
	out := p.stringList(len(n.Content))
	for i, item := range n.Content {
		item = p.resolve(item)
		if p.over {
			return nil, false
		}
		s, good := p.strAt(item, path, i)
		if good && s == "" && !allowEmpty {
			p.at(item, RuleRequired, fmt.Sprintf("%q 不能为空", index(path, i)))
			good = false
		}
		if !good {
			ok = false
			continue
		}
		if locs != nil {
			locs[index(path, i)] = loc(item)
		}
		out = append(out, s)
	}
	return out, ok
}

var platformHints = map[string]string{
	"taobao": "tmall", "tb": "tmall", "tm": "tmall", "淘宝": "tmall", "天猫": "tmall", "千牛": "tmall", "旺旺": "tmall",
	"jingdong": "jd", "京东": "jd", "咚咚": "jd",
	"pinduoduo": "pdd", "拼多多": "pdd",
}

func platformMsg(name string) string {
	msg := fmt.Sprintf("未知平台 %q（可用：jd, tmall, pdd", name)
	if h, ok := platformHints[strings.ToLower(strings.TrimSpace(name))]; ok {
		msg += fmt.Sprintf("；%s 请写 %s", name, h)
	} else if h := strings.ToLower(strings.TrimSpace(name)); phrase.Platform(h).Valid() {
		msg += fmt.Sprintf("；请写小写的 %s", h)
	}
	return msg + "）"
}

// platforms reads a list of platform IDs.
func (p *parser) platforms(n *yaml.Node, path string, locs map[string]phrase.Loc) []phrase.Platform {
	names, _ := p.list(n, path, locs)
	seq := p.resolve(n)
	var out []phrase.Platform
	for i, s := range names {
		pl := phrase.Platform(s)
		item := seq
		if i < len(seq.Content) {
			item = p.resolve(seq.Content[i])
		}
		switch {
		case !pl.Valid():
			p.at(item, RuleValue, platformMsg(s))
		case containsPlatform(out, pl):
			p.at(item, RuleValue, fmt.Sprintf("%q 里平台 %q 重复", path, s))
		default:
			out = append(out, pl)
		}
	}
	return out
}

func containsPlatform(list []phrase.Platform, p phrase.Platform) bool {
	for _, q := range list {
		if q == p {
			return true
		}
	}
	return false
}

// pack reads the pack. stream, when set, supplies the phrases instead of
// the document's phrases: list (which is then null): the chunked parse
// reads them chunk by chunk once the pack's own fields are known.
func (p *parser) pack(doc *yaml.Node, stream func(pk *phrase.Pack) []*phrase.Phrase) *phrase.Pack {
	if len(doc.Content) == 0 {
		p.errs = append(p.errs, &Error{File: p.file, Rule: RuleEmpty, Msg: "文件里没有内容；话术包至少要有 pack: 和 phrases:"})
		return nil
	}
	root := p.resolve(doc.Content[0])
	if isNull(root) {
		p.errs = append(p.errs, &Error{File: p.file, Rule: RuleEmpty, Msg: "文件里没有内容；话术包至少要有 pack: 和 phrases:"})
		return nil
	}
	if root.Kind != yaml.MappingNode {
		p.at(root, RuleType, fmt.Sprintf("文件顶层应为映射（pack: …、phrases: …），实际是%s", kindName(root)))
		return nil
	}
	f := p.fields(root, "", packKeys)
	pk := &phrase.Pack{File: p.file}
	fatal := false

	if kv, ok := f.get("pack"); !ok {
		p.at(root, RuleRequired, `缺少必填字段 "pack"（话术包的名字）`)
		fatal = true
	} else if s, ok := p.required(kv.val, "pack"); !ok {
		fatal = true
	} else {
		pk.Name = s
	}
	if kv, ok := f.get("description"); ok {
		pk.Description, _ = p.str(kv.val, "description")
	}
	if kv, ok := f.get("platforms"); ok {
		pk.Platforms = p.platforms(kv.val, "platforms", nil)
	}
	if kv, ok := f.get("groups"); ok {
		p.groups(kv.val, pk)
	}
	if kv, ok := f.get("vars"); ok {
		p.vars(kv.val, pk)
	}
	var items []*yaml.Node
	if kv, ok := f.get("phrases"); !ok {
		p.at(root, RuleRequired, `缺少必填字段 "phrases"（话术列表）`)
		fatal = true
	} else if seq := p.resolve(kv.val); isNull(seq) {
		// "phrases:" with nothing yet: an empty pack
	} else if seq.Kind != yaml.SequenceNode {
		p.at(seq, RuleType, fmt.Sprintf(`字段 "phrases" 应为列表，实际是%s`, kindName(seq)))
		fatal = true
	} else {
		items = seq.Content
	}
	if p.over {
		return nil
	}
	if stream != nil {
		pk.Phrases = stream(pk)
		if p.over || fatal {
			return nil
		}
		return pk
	}
	pk.Phrases = make([]*phrase.Phrase, 0, len(items))
	for i, item := range items {
		ph := p.phrase(item, i, pk)
		if p.over {
			return nil
		}
		if ph != nil {
			pk.Phrases = append(pk.Phrases, ph)
		}
	}
	if fatal {
		return nil
	}
	return pk
}

// groups reads the pack's group order: group names (top-level or nested),
// each once, each level named.
func (p *parser) groups(n *yaml.Node, pk *phrase.Pack) {
	names, _ := p.list(n, "groups", nil)
	seq := p.resolve(n)
	seen := map[string]bool{}
	for i, g := range names {
		item := seq
		if i < len(seq.Content) {
			item = p.resolve(seq.Content[i])
		}
		bad := false
		for _, level := range strings.Split(g, "/") {
			if strings.TrimSpace(level) == "" {
				bad = true
			}
		}
		switch {
		case bad:
			p.at(item, RuleValue, fmt.Sprintf(`分组 %q 里有空的一级："/" 只用来分隔名字，如 "售后/退款"`, g))
		case seen[g]:
			p.at(item, RuleValue, fmt.Sprintf(`"groups" 里分组 %q 重复`, g))
		default:
			seen[g] = true
			pk.Groups = append(pk.Groups, g)
		}
	}
}

func (p *parser) vars(n *yaml.Node, pk *phrase.Pack) {
	n = p.resolve(n)
	if isNull(n) {
		return
	}
	if n.Kind != yaml.MappingNode {
		p.at(n, RuleType, fmt.Sprintf(`字段 "vars" 应为映射（变量名: 值），实际是%s`, kindName(n)))
		return
	}
	pk.Vars = make(map[string]string, len(n.Content)/2)
	pk.VarLocs = make(map[string]phrase.Loc, len(n.Content)/2)
	lines := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := p.resolve(n.Content[i]), p.resolve(n.Content[i+1])
		if p.over {
			return
		}
		if k.Kind != yaml.ScalarNode || isNull(k) {
			p.at(k, RuleType, fmt.Sprintf(`"vars" 的键应为变量名，实际是%s`, kindName(k)))
			continue
		}
		name := strings.TrimSpace(p.value(k))
		if name == "" || strings.ContainsAny(name, "{}|\n") {
			p.at(k, RuleValue, fmt.Sprintf("变量名 %q 不合规：不能为空，也不能含有 { } | 或换行", p.value(k)))
			continue
		}
		if line, dup := lines[name]; dup {
			p.at(k, RuleDuplicateKey, fmt.Sprintf("重复的变量 %q（第 %d 行已有）", name, line))
			continue
		}
		lines[name] = k.Line
		if v.Kind != yaml.ScalarNode {
			p.at(v, RuleType, fmt.Sprintf("变量 %q 的值应为字符串，实际是%s", name, kindName(v)))
			continue
		}
		val := ""
		if !isNull(v) {
			val = p.value(v)
		}
		pk.Vars[name] = val
		pk.VarLocs[name] = loc(v)
	}
}

// phrase reads one entry of phrases; nil when it has a problem.
func (p *parser) phrase(n *yaml.Node, i int, pk *phrase.Pack) *phrase.Phrase {
	before := len(p.errs)
	n = p.resolve(n)
	if n.Kind != yaml.MappingNode {
		p.at(n, RuleType, fmt.Sprintf("第 %d 条话术应为映射（code: …、title: …），实际是%s", i+1, kindName(n)))
		return nil
	}
	f := p.fields(n, "", phraseKeys)
	ph := p.newPhrase()
	*ph = phrase.Phrase{Pack: pk.Name, File: p.file, Locs: p.locs()}

	if kv, ok := f.get("code"); !ok {
		p.at(n, RuleRequired, `缺少必填字段 "code"`)
	} else {
		ph.Line, ph.Column = kv.key.Line, kv.key.Column
		v := p.resolve(kv.val)
		setLoc(ph.Locs, "code", v)
		if s, ok := p.required(v, "code"); ok {
			ph.Code = s
			if msg := codeProblem(s); msg != "" {
				p.at(v, RuleCodeMalformed, msg)
			}
		}
	}
	if kv, ok := f.get("title"); !ok {
		p.at(n, RuleRequired, `缺少必填字段 "title"`)
	} else {
		v := p.resolve(kv.val)
		setLoc(ph.Locs, "title", v)
		ph.Title, _ = p.required(v, "title")
	}
	if kv, ok := f.get("group"); ok {
		v := p.resolve(kv.val)
		setLoc(ph.Locs, "group", v)
		if g, ok := p.str(v, "group"); ok {
			ph.Group = g
			for _, level := range strings.Split(g, "/") {
				if strings.TrimSpace(level) == "" {
					p.at(v, RuleValue, fmt.Sprintf(`分组 %q 里有空的一级："/" 只用来分隔名字，如 "售后/退款"`, g))
					break
				}
			}
		}
	}
	if kv, ok := f.get("tags"); ok {
		ph.Tags, _ = p.list(kv.val, "tags", ph.Locs)
	}
	if kv, ok := f.get("keywords"); ok {
		ph.Keywords, _ = p.list(kv.val, "keywords", ph.Locs)
	}
	if kv, ok := f.get("ask"); ok {
		// Buyer questions are kept as written, an empty one too: whether
		// one is empty, repeated or on two phrases is for lint to say,
		// with the position recorded here ("ask[0]").
		ph.Ask, _ = p.strings(kv.val, "ask", ph.Locs, true)
	}
	text, hasText := f.get("text")
	parts, hasParts := f.get("parts")
	switch {
	case hasText && hasParts:
		later := parts.key
		if text.key.Line > later.Line || text.key.Line == later.Line && text.key.Column > later.Column {
			later = text.key
		}
		p.at(later, RuleExclusive, `"text" 和 "parts" 只能有一个`)
	case !hasText && !hasParts:
		p.at(n, RuleExclusive, `缺少 "text" 或 "parts"（二选一）`)
	default:
		ph.Body, _ = p.body(text.val, parts.val, "", ph.Locs)
	}
	if kv, ok := f.get("platform"); ok {
		p.variants(kv.val, ph)
	}
	if kv, ok := f.get("platforms"); ok {
		ph.Platforms = p.platforms(kv.val, "platforms", ph.Locs)
	}
	if len(ph.Platforms) == 0 && len(pk.Platforms) > 0 {
		ph.Platforms = pk.Platforms
	}
	if kv, ok := f.get("valid"); ok {
		ph.Valid = p.window(kv.val, ph.Locs)
	}
	if len(p.errs) == before {
		if size := bodySize(ph); size > MaxPhraseSize {
			at := n
			if kv, ok := f.get("text"); ok {
				at = kv.key
			} else if kv, ok := f.get("parts"); ok {
				at = kv.key
			} else if kv, ok := f.get("platform"); ok {
				at = kv.key
			}
			p.at(at, RuleLimit, fmt.Sprintf("话术 %q 的正文有 %s，超过单条上限 64 KiB；请缩短或拆成几条", ph.Code, humanSize(size)))
		}
	}
	if len(p.errs) > before {
		return nil
	}
	if p.lean {
		ph.Locs = nil
	}
	return ph
}

// newPhrase hands out a phrase from a slab: one allocation for many
// phrases (a big pack has 100k).
func (p *parser) newPhrase() *phrase.Phrase {
	if len(p.phrases) == cap(p.phrases) {
		p.phrases = make([]phrase.Phrase, 0, 256)
	}
	p.phrases = p.phrases[:len(p.phrases)+1]
	return &p.phrases[len(p.phrases)-1]
}

// locs is the map a phrase's value locations go to: none in a lean parse.
func (p *parser) locs() map[string]phrase.Loc {
	if p.lean {
		return nil
	}
	return make(map[string]phrase.Loc, 16)
}

func bodySize(ph *phrase.Phrase) int {
	size := len(ph.Text)
	for _, s := range ph.Parts {
		size += len(s)
	}
	for _, v := range ph.Variants {
		size += len(v.Text)
		for _, s := range v.Parts {
			size += len(s)
		}
	}
	return size
}

func humanSize(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d KiB", n>>10)
}

// body reads text or parts (exactly one of them is non-nil).
func (p *parser) body(text, parts *yaml.Node, prefix string, locs map[string]phrase.Loc) (phrase.Body, bool) {
	if text != nil {
		path := join(prefix, "text")
		v := p.resolve(text)
		setLoc(locs, path, v)
		s, ok := p.str(v, path)
		if ok && s == "" {
			// text: ~, text:, text: "" — a reply that is nothing; get would
			// copy an empty message. (Whitespace only is lint's text/empty.)
			p.at(v, RuleRequired, fmt.Sprintf("必填字段 %q 不能为空", path))
			return phrase.Body{}, false
		}
		return phrase.Body{Text: s}, ok
	}
	path := join(prefix, "parts")
	seq := p.resolve(parts)
	if seq.Kind == yaml.SequenceNode && len(seq.Content) == 0 || isNull(seq) {
		setLoc(locs, path, seq)
		p.at(seq, RuleRequired, fmt.Sprintf("%q 不能是空列表；至少要有一段", path))
		return phrase.Body{}, false
	}
	list, ok := p.list(seq, path, locs)
	return phrase.Body{Parts: list}, ok
}

func (p *parser) variants(n *yaml.Node, ph *phrase.Phrase) {
	n = p.resolve(n)
	setLoc(ph.Locs, "platform", n)
	if n.Kind != yaml.MappingNode {
		p.at(n, RuleType, fmt.Sprintf(`字段 "platform" 应为映射（平台: 话术），实际是%s`, kindName(n)))
		return
	}
	seen := map[phrase.Platform]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := p.resolve(n.Content[i]), p.resolve(n.Content[i+1])
		if p.over {
			return
		}
		if k.Kind != yaml.ScalarNode {
			p.at(k, RuleType, fmt.Sprintf(`"platform" 的键应为平台名，实际是%s`, kindName(k)))
			continue
		}
		pl := phrase.Platform(p.value(k))
		if !pl.Valid() {
			p.at(k, RuleValue, platformMsg(p.value(k)))
			continue
		}
		if line, dup := seen[pl]; dup {
			p.at(k, RuleDuplicateKey, fmt.Sprintf("重复的字段 %q（第 %d 行已有）", "platform."+string(pl), line))
			continue
		}
		seen[pl] = k.Line
		prefix := "platform." + string(pl)
		setLoc(ph.Locs, prefix, v)
		var body phrase.Body
		var ok bool
		switch v.Kind {
		case yaml.ScalarNode:
			body, ok = p.body(v, nil, prefix, ph.Locs)
		case yaml.MappingNode:
			f := p.fields(v, prefix, variantKeys)
			text, hasText := f.get("text")
			parts, hasParts := f.get("parts")
			switch {
			case hasText && hasParts:
				p.at(parts.key, RuleExclusive, fmt.Sprintf(`%q 里 "text" 和 "parts" 只能有一个`, prefix))
			case !hasText && !hasParts:
				p.at(v, RuleExclusive, fmt.Sprintf(`%q 缺少 "text" 或 "parts"（二选一）`, prefix))
			default:
				body, ok = p.body(text.val, parts.val, prefix, ph.Locs)
			}
		default:
			p.at(v, RuleType, fmt.Sprintf("字段 %q 应为字符串或映射（text/parts），实际是%s", prefix, kindName(v)))
		}
		if ok {
			if ph.Variants == nil {
				ph.Variants = make(map[phrase.Platform]phrase.Body, 3)
			}
			ph.Variants[pl] = body
		}
	}
}

func (p *parser) window(n *yaml.Node, locs map[string]phrase.Loc) *phrase.Window {
	n = p.resolve(n)
	setLoc(locs, "valid", n)
	if n.Kind != yaml.MappingNode {
		p.at(n, RuleType, fmt.Sprintf(`字段 "valid" 应为映射（{from: …, until: …}），实际是%s`, kindName(n)))
		return nil
	}
	f := p.fields(n, "valid", validKeys)
	w := &phrase.Window{}
	for _, key := range validKeys {
		kv, ok := f.get(key)
		if !ok {
			continue
		}
		path := "valid." + key
		v := p.resolve(kv.val)
		setLoc(locs, path, v)
		if v.Kind != yaml.ScalarNode || isNull(v) {
			p.at(v, RuleType, fmt.Sprintf("字段 %q 应为时间（如 2026-06-18T20:00:00+08:00 或 2026-06-18），实际是%s", path, kindName(v)))
			continue
		}
		t, err := parseTime(p.value(v), key == "until")
		if err != nil {
			p.at(v, RuleValue, fmt.Sprintf("字段 %q 的时间 %q 看不懂；请写成 2026-06-18T20:00:00+08:00 或 2026-06-18", path, p.value(v)))
			continue
		}
		if key == "from" {
			w.From = &t
		} else {
			w.Until = &t
		}
	}
	if f.n == 0 {
		p.at(n, RuleRequired, `"valid" 至少要有 from 或 until`)
		return nil
	}
	if w.From != nil && w.Until != nil && !w.From.Before(*w.Until) {
		p.at(n, RuleValue, fmt.Sprintf(`"valid.from"（%s）应早于 "valid.until"（%s）`,
			w.From.Format(time.RFC3339), w.Until.Format(time.RFC3339)))
	}
	return w
}

// Time layouts accepted in valid: RFC 3339 and the YAML 1.1 timestamp forms.
var (
	zonedLayouts = []string{
		"2006-1-2T15:4:5.999999999Z07:00",
		"2006-1-2t15:4:5.999999999Z07:00",
		"2006-1-2 15:4:5.999999999Z07:00",
		"2006-1-2 15:4:5.999999999 Z07:00",
		"2006-1-2T15:4Z07:00",
		"2006-1-2 15:4Z07:00",
		"2006-1-2 15:4 Z07:00",
	}
	localLayouts = []string{
		"2006-1-2T15:4:5.999999999",
		"2006-1-2t15:4:5.999999999",
		"2006-1-2 15:4:5.999999999",
		"2006-1-2T15:4",
		"2006-1-2 15:4",
	}
)

// parseTime reads a valid bound. A time without a zone is Beijing time; a
// date alone is the start of that day for from and its last instant for
// until, so {from: 2026-06-01, until: 2026-06-18} covers all of both days.
func parseTime(s string, until bool) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, l := range zonedLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	for _, l := range localLayouts {
		if t, err := time.ParseInLocation(l, s, ChinaTime); err == nil {
			return t, nil
		}
	}
	t, err := time.ParseInLocation("2006-1-2", s, ChinaTime)
	if err != nil {
		return time.Time{}, err
	}
	if until {
		t = t.AddDate(0, 0, 1).Add(-time.Nanosecond)
	}
	return t, nil
}

// codeProblem explains what is wrong with a shortcut code, or returns "".
// Codes are lower-case a-z, digits and Han characters: what an agent can type
// without Shift or switching the input method's mode.
func codeProblem(code string) string {
	if code == "" || phrase.ValidCode(code) {
		return "" // empty is schema/required's to report
	}
	msg := fmt.Sprintf("快捷编码 %q 不合规：只能用小写字母 a-z、数字 0-9 或汉字，不能有大写字母、空格或标点", code)
	var b strings.Builder
	for _, r := range strings.ToLower(width.Fold.String(code)) {
		if phrase.CodeRune(r) {
			b.WriteRune(r)
		}
	}
	if s := b.String(); s != "" && s != code {
		msg += fmt.Sprintf("（可改成 %q）", s)
	}
	return msg
}
