// Package personal writes the agent's own pack (个人话术) for `huashu add`.
//
// The file is the agent's data, often edited by hand, so it is changed the
// way the design asks (DESIGN §5, STYLE "what to avoid"): through yaml.v3's
// node tree, the library that reads it, so comments and order survive; the
// result is parsed with the pack loader before anything is written and must
// give back exactly the phrase that was asked for; and it replaces the file
// atomically, the previous version kept as FILE.bak.
package personal

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"time"

	"github.com/huashu-cli/huashu/internal/regfile"
	"gopkg.in/yaml.v3"

	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
	"github.com/huashu-cli/huashu/pkg/safefile"
)

// PackName is the name a new personal pack gets.
const PackName = "个人话术"

// LockWait is how long an add waits for another add to finish writing.
var LockWait = 3 * time.Second

// newFile is what a personal pack starts as.
const newFile = `# 个人话术：huashu add 写入这里，也可以手工编辑（注释会保留）。
# 这里的编码优先于团队话术和内置话术。
pack: ` + PackName + `
phrases: []
`

// Phrase is a phrase to save.
type Phrase struct {
	Code  string
	Title string
	Group string
	Tags  []string
	Text  string   // either Text
	Parts []string // or Parts
}

// Result says what Add did.
type Result struct {
	File     string
	Backup   string // the previous version; empty when the file was created
	Created  bool   // the file did not exist
	Replaced bool   // an existing phrase with the code was replaced (--force)
	// Existing are problems the file already had elsewhere; they did not
	// stop the write.
	Existing pack.ErrorList
}

// ExistsError is an add of a code the personal pack already has, without
// force.
type ExistsError struct {
	File string
	Line int
	Code string
}

func (e *ExistsError) Error() string {
	return fmt.Sprintf("%s:%d: 个人话术里已有编码 %q；用 --force 替换它", e.File, e.Line, e.Code)
}

// InvalidError is a phrase the loader would not accept; nothing was written.
type InvalidError struct{ Problems pack.ErrorList }

func (e *InvalidError) Error() string {
	var msgs []string
	for _, p := range e.Problems {
		msgs = append(msgs, p.Msg)
	}
	return "话术无效，未写入：" + strings.Join(msgs, "；")
}

// BrokenError is a personal pack file that does not load: the agent must
// fix it first. Nothing was written.
type BrokenError struct {
	File     string
	Problems pack.ErrorList // the loader's problems, file:line:col
	Msg      string         // when there are no Problems: what is wrong, with its position
}

func (e *BrokenError) Error() string {
	msg := e.Msg
	if len(e.Problems) > 0 {
		msg = oneLine(e.Problems.Error())
	}
	return msg + "；个人话术文件无法读取，请先修正，未写入"
}

// DirFile is the file add creates for new codes in a personal pack that is
// a directory (the config's personal: naming one).
const DirFile = "personal.yaml"

// FileFor is the file to save code to when the personal pack is path:
// path itself, unless it is a directory, whose pack files all load as
// personal phrases. Then it is the file in it that holds code already, so
// the code is replaced where it stands (or refused without force) and
// never ends up in two files; else DirFile in it.
func FileFor(path, code string) string {
	if st, err := os.Stat(path); err != nil || !st.IsDir() {
		return path
	}
	set := pack.Load([]pack.Source{{Name: "personal", Layer: phrase.LayerPersonal, Path: path}})
	for _, pk := range set.Packs {
		for _, ph := range pk.Phrases {
			if ph.Code == code {
				return pk.File
			}
		}
	}
	return filepath.Join(path, DirFile)
}

// Add saves ph to the personal pack file, creating it when missing. A code
// already there needs force, and is then replaced where it stands.
func Add(file string, ph Phrase, force bool) (*Result, error) {
	return AddChecked(file, ph, force, nil)
}

// AddChecked is Add with one more check: vet gets the file as it would be
// written (after the loader accepted it) and an error from it stops the add
// with nothing written. huashu add lints the new phrase through it.
func AddChecked(file string, ph Phrase, force bool, vet func(out []byte) error) (*Result, error) {
	res := &Result{File: file}
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return nil, fmt.Errorf("无法创建个人话术的目录 %s：%s", filepath.Dir(file), regfile.Reason(err))
	}
	// Two adds at once would each read the old file and the second write
	// would drop the first's phrase. The lock is the operating system's:
	// an add that crashed holds nothing.
	unlock, err := safefile.Lock(file+".lock", LockWait)
	var le *safefile.LockedError
	switch {
	case errors.As(err, &le):
		holder := ""
		if le.PID != "" {
			holder = "（进程 " + le.PID + "）"
		}
		return nil, fmt.Errorf("另一个 huashu add 正在写个人话术%s，请稍后再试", holder)
	case err != nil:
		return nil, fmt.Errorf("无法锁定个人话术 %s：%s", file, regfile.Reason(err))
	}
	defer unlock()
	if strings.TrimSpace(ph.Text) == "" && len(ph.Parts) == 0 {
		return nil, &InvalidError{Problems: pack.ErrorList{{File: file, Rule: pack.RuleRequired, Msg: "话术内容不能为空"}}}
	}
	for _, p := range ph.Parts {
		if strings.TrimSpace(p) == "" {
			return nil, &InvalidError{Problems: pack.ErrorList{{File: file, Rule: pack.RuleRequired, Msg: "分段内容不能为空"}}}
		}
	}
	var data []byte
	err = safefile.Retry(func() (err error) { // a reader may hold it (Windows)
		data, err = regfile.Read(file, pack.MaxFileSize)
		return err
	})
	switch {
	case errors.Is(err, fs.ErrNotExist):
		data, res.Created = []byte(newFile), true
	case err != nil:
		return nil, fmt.Errorf("无法读取个人话术 %s：%s", file, regfile.Reason(err))
	case len(bytes.TrimSpace(data)) == 0:
		data = []byte(newFile) // an empty file starts like a new one (its old bytes still go to the backup)
	}

	oldPack, oldErrs := pack.Parse(file, data)
	if oldPack == nil {
		if len(oldErrs) == 0 {
			oldErrs = pack.ErrorList{{File: file, Rule: pack.RuleSyntax, Msg: "无法解析"}}
		}
		return nil, &BrokenError{File: file, Problems: oldErrs}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil || doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil, &BrokenError{File: file, Msg: file + ": 无法解析 YAML"}
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, &BrokenError{File: file, Msg: fmt.Sprintf("%s:%d:%d: 个人话术文件顶层应为映射（pack: …、phrases: …）", file, root.Line, root.Column)}
	}
	seq := valueOf(root, "phrases")
	switch {
	case seq == nil:
		seq = &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
		root.Content = append(root.Content, str("phrases"), seq)
	case seq.Kind == yaml.ScalarNode && seq.Tag == "!!null":
		*seq = yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", HeadComment: seq.HeadComment, LineComment: seq.LineComment}
	case seq.Kind != yaml.SequenceNode:
		return nil, &BrokenError{File: file, Msg: fmt.Sprintf("%s:%d:%d: phrases 应为列表", file, seq.Line, seq.Column)}
	}
	index := -1
	for i, item := range seq.Content {
		if code := valueOf(item, "code"); code != nil && code.Value == ph.Code {
			index = i
			break
		}
	}
	if index >= 0 && !force {
		return nil, &ExistsError{File: file, Line: seq.Content[index].Line, Code: ph.Code}
	}
	res.Replaced = index >= 0

	// First try to change only the lines of the entry, so that everything
	// else (blank lines too, which yaml.v3 does not keep) stays byte for byte;
	// when the layout is unusual, re-encode the node tree.
	var (
		out      []byte
		checkErr error
	)
	for _, render := range []func() ([]byte, bool){
		func() ([]byte, bool) { return splice(data, seq, index, ph) },
		func() ([]byte, bool) { return reencode(&doc, seq, index, ph, bytes.Contains(data, []byte("\r\n"))) },
	} {
		b, ok := render()
		if !ok {
			continue
		}
		if checkErr = check(file, b, ph, oldPack, oldErrs); checkErr == nil {
			out = b
			break
		}
	}
	if out == nil {
		if checkErr == nil {
			checkErr = fmt.Errorf("无法生成个人话术 %s", file)
		}
		return nil, checkErr
	}
	if vet != nil {
		if err := vet(out); err != nil {
			return nil, err
		}
	}
	res.Existing = oldErrs
	backup := ""
	if !res.Created {
		backup = file + ".bak"
	}
	if err := safefile.Write(file, out, 0o644, backup); err != nil {
		return nil, fmt.Errorf("无法写入个人话术 %s：%s", file, regfile.Reason(err))
	}
	res.Backup = backup
	return res, nil
}

// reencode puts the phrase into the node tree and encodes the whole file.
// Comments and order survive; blank lines between entries do not.
func reencode(doc *yaml.Node, seq *yaml.Node, index int, ph Phrase, crlf bool) ([]byte, bool) {
	node := build(ph)
	if index >= 0 {
		// Keep the comments that belong to the entry.
		item := seq.Content[index]
		node.HeadComment, node.LineComment, node.FootComment = item.HeadComment, item.LineComment, item.FootComment
		if len(item.Content) > 0 {
			node.Content[0].HeadComment = item.Content[0].HeadComment
		}
		seq.Content[index] = node
	} else {
		seq.Content = append(seq.Content, node)
	}
	seq.Style &^= yaml.FlowStyle // "phrases: []" grows into a block list
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, false
	}
	if err := enc.Close(); err != nil {
		return nil, false
	}
	if crlf {
		return bytes.ReplaceAll(buf.Bytes(), []byte("\n"), []byte("\r\n")), true
	}
	return buf.Bytes(), true
}

// splice replaces the lines of entry index (or adds lines after the last
// entry when index < 0) with the phrase, indented like the entries around
// it. It works on a block list whose entries start with "- " on their own
// line; anything else is left to reencode.
//
// A file with CRLF line ends (saved by a Windows editor) is spliced as LF
// and written back with CRLF on every line, the new entry's too; line
// numbers are the same either way.
func splice(data []byte, seq *yaml.Node, index int, ph Phrase) ([]byte, bool) {
	crlf := bytes.Contains(data, []byte("\r\n"))
	if crlf {
		data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	}
	if seq.Style&yaml.FlowStyle != 0 || len(seq.Content) == 0 || bytes.Contains(data, []byte("\r")) {
		return nil, false
	}
	text := string(data)
	if !strings.HasSuffix(text, "\n") {
		text += "\n"
	}
	lines := strings.SplitAfter(text, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	at := index
	if at < 0 {
		at = len(seq.Content) - 1
	}
	item := seq.Content[at]
	start := item.Line - 1
	if item.Kind != yaml.MappingNode || start < 0 || start >= len(lines) {
		return nil, false
	}
	first := lines[start]
	trimmed := strings.TrimLeft(first, " ")
	if !strings.HasPrefix(trimmed, "- ") {
		return nil, false
	}
	indent := first[:len(first)-len(trimmed)]

	// The entry runs to the next entry, or to the end of the file; comments
	// and blank lines before that belong to what follows.
	var end int
	if at+1 < len(seq.Content) {
		end = seq.Content[at+1].Line - 1
	} else {
		end = start + 1 + countUntilOutdent(lines[start+1:], len(indent))
	}
	for end > start+1 {
		t := strings.TrimSpace(lines[end-1])
		if t != "" && !strings.HasPrefix(t, "#") {
			break
		}
		end--
	}

	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: []*yaml.Node{build(ph)}}); err != nil {
		return nil, false
	}
	if err := enc.Close(); err != nil {
		return nil, false
	}
	var entry []string
	for _, l := range strings.SplitAfter(buf.String(), "\n") {
		switch l {
		case "":
		case "\n":
			entry = append(entry, l)
		default:
			entry = append(entry, indent+l)
		}
	}

	var out []string
	if index >= 0 {
		out = append(append(append(out, lines[:start]...), entry...), lines[end:]...)
	} else {
		out = append(append(append(out, lines[:end]...), entry...), lines[end:]...)
	}
	joined := strings.Join(out, "")
	if crlf {
		joined = strings.ReplaceAll(joined, "\n", "\r\n")
	}
	return []byte(joined), true
}

// countUntilOutdent counts the lines that still belong to a list indented
// by indent: up to the first line, not blank and not a comment, indented no
// more than the list's dashes.
func countUntilOutdent(lines []string, indent int) int {
	for i, l := range lines {
		t := strings.TrimLeft(l, " ")
		if t == "" || t == "\n" || strings.HasPrefix(t, "#") {
			continue
		}
		if len(l)-len(t) <= indent {
			return i
		}
	}
	return len(lines)
}

// check parses the new file like any pack: it must have no problem the old
// one did not have, and it must give back exactly the phrase asked for.
func check(file string, out []byte, ph Phrase, oldPack *phrase.Pack, oldErrs pack.ErrorList) error {
	newPack, newErrs := pack.Parse(file, out)
	old := map[string]int{}
	for _, e := range oldErrs {
		old[e.Rule+e.Msg]++
	}
	var fresh pack.ErrorList
	for _, e := range newErrs {
		if old[e.Rule+e.Msg] > 0 {
			old[e.Rule+e.Msg]--
			continue
		}
		fresh = append(fresh, e)
	}
	if len(fresh) > 0 || newPack == nil {
		if len(fresh) == 0 {
			fresh = newErrs
		}
		return &InvalidError{Problems: fresh}
	}
	var got *phrase.Phrase
	for _, p := range newPack.Phrases {
		if p.Code == ph.Code {
			got = p
			break
		}
	}
	want := phrase.Body{Text: ph.Text, Parts: ph.Parts}
	if got == nil || got.Title != ph.Title || got.Group != ph.Group || !sameStrings(got.Tags, ph.Tags) || !reflect.DeepEqual(got.Body, want) {
		return fmt.Errorf("内部错误：写出的个人话术读回来与输入不一致（编码 %q），未写入", ph.Code)
	}
	// Every other phrase must read back unchanged.
	var others, kept []*phrase.Phrase
	for _, p := range oldPack.Phrases {
		if p.Code != ph.Code {
			others = append(others, p)
		}
	}
	for _, p := range newPack.Phrases {
		if p.Code != ph.Code {
			kept = append(kept, p)
		}
	}
	if len(others) != len(kept) {
		return fmt.Errorf("内部错误：写出的个人话术改动了其他话术，未写入")
	}
	for i := range others {
		if !phrase.SameContent(others[i], kept[i]) {
			return fmt.Errorf("内部错误：写出的个人话术改动了话术 %q，未写入", others[i].Code)
		}
	}
	return nil
}

func sameStrings(a, b []string) bool {
	return len(a) == len(b) && (len(a) == 0 || reflect.DeepEqual(a, b))
}

// build makes the phrase's YAML: code, title, group, tags, then text or
// parts. Chinese is written as it is; text with line breaks is a literal
// block (|), which is how people write it by hand.
func build(ph Phrase) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	add := func(k string, v *yaml.Node) { m.Content = append(m.Content, str(k), v) }
	add("code", str(ph.Code))
	add("title", str(ph.Title))
	if ph.Group != "" {
		add("group", str(ph.Group))
	}
	if len(ph.Tags) > 0 {
		tags := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Style: yaml.FlowStyle}
		for _, t := range ph.Tags {
			tags.Content = append(tags.Content, str(t))
		}
		add("tags", tags)
	}
	if len(ph.Parts) > 0 {
		parts := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
		for _, p := range ph.Parts {
			parts.Content = append(parts.Content, text(p))
		}
		add("parts", parts)
	} else {
		add("text", text(ph.Text))
	}
	return m
}

func str(v string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v} }

func text(v string) *yaml.Node {
	n := str(v)
	if strings.Contains(v, "\n") {
		n.Style = yaml.LiteralStyle
	}
	return n
}

func valueOf(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

func oneLine(s string) string { return strings.ReplaceAll(strings.TrimSpace(s), "\n", " ") }
