package interop

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/huashu-cli/huashu/pkg/pack"
)

// PackFile is the pack an import writes (DESIGN §3): a name, an optional
// description, and phrases with code, title, group, text and ask.
type PackFile struct {
	Name        string
	Description string
	Phrases     []Record
}

// maxPackBytes is the largest pack an import writes: the loader's limit.
var maxPackBytes = pack.MaxFileSize

// TooLargeError is an import whose pack would be over the pack size limit.
type TooLargeError struct {
	Line  int // the file's line by which the limit was passed; 0 when unknown
	Limit int
}

func (e *TooLargeError) Error() string {
	where := ""
	if e.Line > 0 {
		where = fmt.Sprintf("（最晚在第 %d 行超出）", e.Line)
	}
	return fmt.Sprintf("导入的话术写成话术包会超过上限 %s%s：请把文件拆成几个分别导入", sizeLabel(e.Limit), where)
}

func sizeLabel(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d KiB", n>>10)
}

// MarshalPack writes p as pack YAML with yaml.v3's node API, so that
// Chinese stays readable (no \u escapes), every value is a string (a code
// 618 stays "618"), and a multi-line text is a literal block (|). Each
// phrase is encoded on its own and read back at once, every value compared
// byte for byte; a text the literal block changed (trailing spaces, a
// leading space, control characters) is written double-quoted instead, and
// anything still different is an error — an import never writes a pack that
// says something else.
//
// Limits are checked as it goes, not after: first a lower bound of the
// pack's size from the values alone (so a million-row file fails at once),
// then the real size after every phrase. Memory stays one phrase's nodes,
// not a tree of the whole pack.
func MarshalPack(p PackFile) ([]byte, error) {
	size := 0
	for _, r := range p.Phrases {
		size += minPhraseBytes(r)
		if size > maxPackBytes {
			return nil, &TooLargeError{Line: r.Line, Limit: maxPackBytes}
		}
	}
	var buf bytes.Buffer
	header := &yaml.Node{Kind: yaml.MappingNode}
	header.Content = append(header.Content, str("pack"), str(p.Name))
	if p.Description != "" {
		header.Content = append(header.Content, str("description"), str(p.Description))
	}
	if err := encodeNode(&buf, header); err != nil {
		return nil, err
	}
	var back struct {
		Pack        string `yaml:"pack"`
		Description string `yaml:"description"`
	}
	if err := yaml.Unmarshal(buf.Bytes(), &back); err != nil || back.Pack != p.Name || back.Description != p.Description {
		return nil, fmt.Errorf("话术包名称或说明无法原样写成 YAML")
	}
	buf.WriteString("phrases:\n")
	var one bytes.Buffer
	for _, r := range p.Phrases {
		one.Reset()
		if err := encodePhrase(&one, r, false); err != nil {
			return nil, err
		}
		same, err := samePhrase(one.Bytes(), r)
		if err != nil {
			return nil, err
		}
		if !same {
			one.Reset()
			if err := encodePhrase(&one, r, true); err != nil {
				return nil, err
			}
			if same, err = samePhrase(one.Bytes(), r); err != nil {
				return nil, err
			} else if !same {
				return nil, fmt.Errorf("编码 %s 的正文无法原样写成 YAML", quote(r.Code))
			}
		}
		// The phrase as an item of the phrases list: "  - " before its first
		// line, four spaces before the others (a literal block's lines too:
		// its indentation is relative to the mapping's).
		for i, line := range strings.SplitAfter(strings.TrimSuffix(one.String(), "\n"), "\n") {
			switch {
			case i == 0:
				buf.WriteString("  - ")
			case line != "\n":
				buf.WriteString("    ")
			}
			buf.WriteString(line)
		}
		buf.WriteByte('\n')
		if buf.Len() > maxPackBytes {
			return nil, &TooLargeError{Line: r.Line, Limit: maxPackBytes}
		}
	}
	return buf.Bytes(), nil
}

// minPhraseBytes is the least a phrase takes as pack YAML: its values and
// the keys around them ("  - code: ", "    title: ", …); quoting and block
// indentation only add.
func minPhraseBytes(r Record) int {
	n := len("  - code: \n    title: \n    text: \n") + len(r.Code) + len(r.Title) + len(r.Text)
	if r.Group != "" {
		n += len("    group: \n") + len(r.Group)
	}
	return n
}

func str(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
}

func encodeNode(w *bytes.Buffer, n *yaml.Node) error {
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(&yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{n}}); err != nil {
		return err
	}
	return enc.Close()
}

// encodePhrase writes one phrase as a YAML mapping; quoted forces the text
// into double quotes.
func encodePhrase(w *bytes.Buffer, r Record, quoted bool) error {
	m := &yaml.Node{Kind: yaml.MappingNode}
	m.Content = append(m.Content, str("code"), str(r.Code), str("title"), str(r.Title))
	if r.Group != "" {
		m.Content = append(m.Content, str("group"), str(r.Group))
	}
	if len(r.Ask) > 0 {
		asks := &yaml.Node{Kind: yaml.SequenceNode}
		for _, q := range r.Ask {
			asks.Content = append(asks.Content, str(q))
		}
		m.Content = append(m.Content, str("ask"), asks)
	}
	text := str(r.Text)
	switch {
	case quoted:
		text.Style = yaml.DoubleQuotedStyle
	case strings.Contains(r.Text, "\n"):
		text.Style = yaml.LiteralStyle
	}
	m.Content = append(m.Content, str("text"), text)
	return encodeNode(w, m)
}

// samePhrase decodes one encoded phrase and reports whether its text reads
// back as r's; a code, title or group that does not is an error (they are
// one line of plain text after Normalize, so it cannot be fixed by quoting).
func samePhrase(out []byte, r Record) (bool, error) {
	var back struct {
		Code  string   `yaml:"code"`
		Title string   `yaml:"title"`
		Group string   `yaml:"group"`
		Text  string   `yaml:"text"`
		Ask   []string `yaml:"ask"`
	}
	if err := yaml.Unmarshal(out, &back); err != nil {
		return false, fmt.Errorf("生成的 YAML 无法读回：%w", err)
	}
	if back.Code != r.Code || back.Title != r.Title || back.Group != r.Group || !slices.Equal(back.Ask, r.Ask) {
		return false, fmt.Errorf("编码 %s 的编码、标题、分组或问法无法原样写成 YAML", quote(r.Code))
	}
	return back.Text == r.Text, nil
}
