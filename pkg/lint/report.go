package lint

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/huashu-cli/huashu/internal/termsafe"
)

// Formats are the --format values.
var Formats = []string{"text", "json", "github", "sarif", "rdjson", "junit", "checkstyle"}

// DocsURL is where docs/rules.md is published; each rule links to its section.
const DocsURL = "https://github.com/huashu-cli/huashu/blob/main/docs/rules.md"

// RuleURL links to the rule's section in docs/rules.md (GitHub's heading
// anchors drop the "/").
func RuleURL(id string) string {
	return DocsURL + "#" + strings.ReplaceAll(id, "/", "")
}

// Write prints the result in a format. The machine formats (all but text)
// name files with "/" on every platform, as CI tools and code review
// services expect; text keeps the platform's separator, which terminals and
// editors on Windows open.
func Write(w io.Writer, format string, r *Result) error {
	if format == "text" || format == "" {
		return writeText(w, r)
	}
	r = slashed(r)
	switch format {
	case "json":
		return writeJSON(w, r)
	case "github":
		return writeGitHub(w, r)
	case "sarif":
		return writeSARIF(w, r)
	case "rdjson":
		return writeRDJSON(w, r)
	case "junit":
		return writeJUnit(w, r)
	case "checkstyle":
		return writeCheckstyle(w, r)
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

// pathSeparator is filepath.Separator; tests set it to '\\' to check the
// Windows conversion on any platform.
var pathSeparator = filepath.Separator

// toSlash is filepath.ToSlash for pathSeparator.
func toSlash(file string) string {
	if pathSeparator == '/' {
		return file
	}
	return strings.ReplaceAll(file, string(pathSeparator), "/")
}

// slashed is the result with every file name in "/" form; the problems are
// copies, so the caller's result is unchanged.
func slashed(r *Result) *Result {
	out := *r
	out.Files = make([]string, len(r.Files))
	for i, f := range r.Files {
		out.Files[i] = toSlash(f)
	}
	out.Problems = make([]*Problem, len(r.Problems))
	for i, p := range r.Problems {
		c := *p
		c.File = toSlash(p.File)
		out.Problems[i] = &c
	}
	out.data = make(map[string][]byte, len(r.data))
	for f, d := range r.data {
		out.data[toSlash(f)] = d
	}
	return &out
}

// byteColumn turns a 1-based column counted in runes (how problems count)
// into one counted in UTF-8 bytes (how reviewdog counts), using the file's
// text. Without the text, or past the end of the line, every rune counts as
// one byte more.
func byteColumn(data []byte, line, col int) int {
	if data == nil || line < 1 || col < 1 {
		return col
	}
	start := 0
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(data[start:], '\n')
		if i < 0 {
			return col
		}
		start += i + 1
	}
	text := data[start:]
	if i := bytes.IndexByte(text, '\n'); i >= 0 {
		text = text[:i]
	}
	bom := 0
	if line == 1 && bytes.HasPrefix(text, []byte("\xEF\xBB\xBF")) {
		bom = 3 // the parser's columns start after a UTF-8 BOM; the file's bytes do not
		text = text[3:]
	}
	n, runes := 0, 0
	for runes < col-1 && n < len(text) {
		_, size := utf8.DecodeRune(text[n:])
		n += size
		runes++
	}
	return bom + n + (col - 1 - runes) + 1
}

// SummaryLine is the one-line Chinese summary every human format ends with.
func SummaryLine(r *Result) string {
	s := r.Summary
	scope := fmt.Sprintf("检查了 %d 个文件、%d 条话术", s.Files, s.Phrases)
	fixed := ""
	if s.Fixed > 0 {
		fixed = fmt.Sprintf("，已自动修复 %d 处", s.Fixed)
	}
	n := s.Errors + s.Warnings + s.Infos
	if n == 0 {
		return "没有发现问题（" + scope + fixed + "）"
	}
	return fmt.Sprintf("%d 个问题：%d 个错误，%d 个警告，%d 个提示（%s%s）", n, s.Errors, s.Warnings, s.Infos, scope, fixed)
}

// textLine is one problem as file:line:col: severity rule message. The file
// name and the message are made visible (termsafe.Line): a file may be named
// with an escape sequence or a newline, and neither may reach the terminal
// or start a line of its own.
func textLine(p *Problem) string {
	return fmt.Sprintf("%s:%d:%d: %s %s %s\n", termsafe.Line(p.File), p.Line, p.Column, p.Severity, p.Rule, termsafe.Line(p.Message))
}

func writeText(w io.Writer, r *Result) error {
	var b strings.Builder
	for _, p := range r.Problems {
		b.WriteString(textLine(p))
	}
	b.WriteString(SummaryLine(r))
	b.WriteByte('\n')
	_, err := io.WriteString(w, b.String())
	return err
}

type jsonOut struct {
	Problems []*Problem `json:"problems"`
	Summary  Summary    `json:"summary"`
}

func writeJSON(w io.Writer, r *Result) error {
	ps := r.Problems
	if ps == nil {
		ps = []*Problem{}
	}
	return encodeJSON(w, jsonOut{Problems: ps, Summary: r.Summary}, "  ")
}

// encodeJSON writes v with control and invisible characters as \u escapes
// (termsafe.EscapeJSON): the values read back exactly, and nothing raw
// reaches a terminal or a CI log.
func encodeJSON(w io.Writer, v any, indent string) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	if indent != "" {
		enc.SetIndent("", indent)
	}
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(termsafe.EscapeJSON(buf.Bytes()))
	return err
}

// GitHub workflow commands: data escapes %, CR, LF; properties also : and ,.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func ghProp(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

func writeGitHub(w io.Writer, r *Result) error {
	var b strings.Builder
	for _, p := range r.Problems {
		cmd := "error"
		switch p.Severity {
		case Warning:
			cmd = "warning"
		case Info:
			cmd = "notice"
		}
		fmt.Fprintf(&b, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n", cmd,
			ghProp(termsafe.Line(p.File)), p.Line, p.Column, p.EndLine, p.EndColumn, ghProp(p.Rule), ghData(termsafe.Line(p.Message)))
	}
	// The full list once more as plain log lines, then the summary. A file
	// named "::error …" would start a workflow command of its own; between
	// stop-commands and its token the runner reads none. The token is a hash
	// of the list, so the list cannot contain it.
	if len(r.Problems) > 0 {
		var list strings.Builder
		for _, p := range r.Problems {
			list.WriteString(textLine(p))
		}
		sum := sha256.Sum256([]byte(list.String()))
		token := "huashu-" + hex.EncodeToString(sum[:8])
		b.WriteString("::group::huashu lint 问题列表\n")
		b.WriteString("::stop-commands::" + token + "\n")
		b.WriteString(list.String())
		b.WriteString("::" + token + "::\n")
		b.WriteString("::endgroup::\n")
	}
	b.WriteString(SummaryLine(r))
	b.WriteByte('\n')
	_, err := io.WriteString(w, b.String())
	return err
}

// SARIF 2.1.0 — only the members code-scanning tools read.
type sarifLog struct {
	Version string     `json:"version"`
	Schema  string     `json:"$schema"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID                   string      `json:"id"`
	Name                 string      `json:"name"`
	ShortDescription     sarifText   `json:"shortDescription"`
	HelpURI              string      `json:"helpUri"`
	DefaultConfiguration sarifConfig `json:"defaultConfiguration"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex int             `json:"ruleIndex"`
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"` // exclusive in SARIF
}

func sarifLevel(s Severity) string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "note"
}

func ruleName(id string) string {
	var b strings.Builder
	up := true
	for _, r := range id {
		if r == '/' || r == '-' {
			up = true
			continue
		}
		if up && r >= 'a' && r <= 'z' {
			r -= 'a' - 'A'
		}
		up = false
		b.WriteRune(r)
	}
	return b.String()
}

// uriOf makes a SARIF artifactLocation.uri (a URI reference, RFC 3986) of a
// file name: slashes, "./" dropped, every segment percent-encoded (售后 包.yaml
// → %E5%94%AE%E5%90%8E%20%E5%8C%85.yaml). Relative names stay relative (code
// scanning resolves them against the checkout); absolute ones become file://
// URIs.
func uriOf(file string) string {
	p := strings.ReplaceAll(file, "\\", "/")
	for strings.HasPrefix(p, "./") {
		p = p[2:]
	}
	if rest, ok := strings.CutPrefix(p, "embedded:"); ok {
		return "embedded:" + (&url.URL{Path: rest}).EscapedPath()
	}
	if len(p) > 2 && p[1] == ':' && p[2] == '/' { // C:/… on Windows
		p = "/" + p
	}
	if strings.HasPrefix(p, "/") {
		return (&url.URL{Scheme: "file", Path: p}).String()
	}
	return (&url.URL{Path: p}).String()
}

func writeSARIF(w io.Writer, r *Result) error {
	rules := Rules()
	index := map[string]int{}
	drv := sarifDriver{Name: "huashu", InformationURI: "https://github.com/huashu-cli/huashu"}
	for i, rule := range rules {
		index[rule.ID] = i
		drv.Rules = append(drv.Rules, sarifRule{ID: rule.ID, Name: ruleName(rule.ID),
			ShortDescription: sarifText{rule.Summary}, HelpURI: RuleURL(rule.ID),
			DefaultConfiguration: sarifConfig{sarifLevel(rule.Severity)}})
	}
	run := sarifRun{Tool: sarifTool{drv}, ColumnKind: "unicodeCodePoints", Results: []sarifResult{}}
	for _, p := range r.Problems {
		run.Results = append(run.Results, sarifResult{RuleID: p.Rule, RuleIndex: index[p.Rule], Level: sarifLevel(p.Severity),
			Message: sarifText{p.Message},
			Locations: []sarifLocation{{sarifPhysical{sarifArtifact{uriOf(p.File)},
				sarifRegion{p.Line, p.Column, p.EndLine, p.EndColumn + 1}}}}})
	}
	return encodeJSON(w, sarifLog{Version: "2.1.0", Schema: "https://json.schemastore.org/sarif-2.1.0.json", Runs: []sarifRun{run}}, "  ")
}

// rdjson is reviewdog's Diagnostic format.
type rdPos struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

type rdDiag struct {
	Message  string `json:"message"`
	Location struct {
		Path  string `json:"path"`
		Range struct {
			Start rdPos `json:"start"`
			End   rdPos `json:"end"`
		} `json:"range"`
	} `json:"location"`
	Severity string `json:"severity"`
	Code     struct {
		Value string `json:"value"`
		URL   string `json:"url"`
	} `json:"code"`
}

func writeRDJSON(w io.Writer, r *Result) error {
	out := struct {
		Source struct {
			Name string `json:"name"`
			URL  string `json:"url"`
		} `json:"source"`
		Diagnostics []rdDiag `json:"diagnostics"`
	}{Diagnostics: []rdDiag{}}
	out.Source.Name, out.Source.URL = "huashu", "https://github.com/huashu-cli/huashu"
	for _, p := range r.Problems {
		var d rdDiag
		d.Message = p.Message
		d.Location.Path = p.File
		// reviewdog counts columns in UTF-8 bytes; the end is exclusive.
		data := r.data[p.File]
		d.Location.Range.Start = rdPos{p.Line, byteColumn(data, p.Line, p.Column)}
		d.Location.Range.End = rdPos{p.EndLine, byteColumn(data, p.EndLine, p.EndColumn+1)}
		d.Severity = strings.ToUpper(p.Severity.String())
		d.Code.Value, d.Code.URL = p.Rule, RuleURL(p.Rule)
		out.Diagnostics = append(out.Diagnostics, d)
	}
	return encodeJSON(w, out, "")
}

// JUnit: one test suite per file, one failing test case per problem, one
// passing case for a clean file.
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Body    string `xml:",chardata"`
}

func byFile(r *Result) ([]string, map[string][]*Problem) {
	m := map[string][]*Problem{}
	var files []string
	for _, p := range r.Problems {
		if _, ok := m[p.File]; !ok {
			files = append(files, p.File)
		}
		m[p.File] = append(m[p.File], p)
	}
	for _, f := range r.Files {
		if _, ok := m[f]; !ok {
			files = append(files, f)
			m[f] = nil
		}
	}
	sort.Strings(files)
	return files, m
}

func writeJUnit(w io.Writer, r *Result) error {
	out := junitSuites{Name: "huashu lint"}
	files, m := byFile(r)
	for _, f := range files {
		s := junitSuite{Name: f}
		for _, p := range m[f] {
			s.Cases = append(s.Cases, junitCase{Name: fmt.Sprintf("%s %d:%d", p.Rule, p.Line, p.Column), Classname: f,
				Failure: &junitFailure{Message: p.Message, Type: p.Severity.String(),
					Body: fmt.Sprintf("%s:%d:%d: %s %s %s", p.File, p.Line, p.Column, p.Severity, p.Rule, p.Message)}})
		}
		s.Tests, s.Failures = len(s.Cases), len(s.Cases)
		if len(s.Cases) == 0 {
			s.Cases = []junitCase{{Name: "huashu lint", Classname: f}}
			s.Tests = 1
		}
		out.Suites = append(out.Suites, s)
	}
	if len(files) == 0 {
		out.Suites = append(out.Suites, junitSuite{Name: "huashu lint", Tests: 1,
			Cases: []junitCase{{Name: SummaryLine(r), Classname: "huashu"}}})
	}
	for _, s := range out.Suites {
		out.Tests += s.Tests
		out.Failures += s.Failures
	}
	return writeXML(w, out)
}

type csRoot struct {
	XMLName xml.Name `xml:"checkstyle"`
	Version string   `xml:"version,attr"`
	Files   []csFile `xml:"file"`
}

type csFile struct {
	Name   string    `xml:"name,attr"`
	Errors []csError `xml:"error"`
}

type csError struct {
	Line     int    `xml:"line,attr"`
	Column   int    `xml:"column,attr"`
	Severity string `xml:"severity,attr"`
	Message  string `xml:"message,attr"`
	Source   string `xml:"source,attr"`
}

func writeCheckstyle(w io.Writer, r *Result) error {
	out := csRoot{Version: "4.3"}
	files, m := byFile(r)
	for _, f := range files {
		cf := csFile{Name: f}
		for _, p := range m[f] {
			cf.Errors = append(cf.Errors, csError{p.Line, p.Column, p.Severity.String(), p.Message, "huashu." + p.Rule})
		}
		out.Files = append(out.Files, cf)
	}
	return writeXML(w, out)
}

// writeXML writes v with control and invisible characters as character
// references (termsafe.EscapeXML), which XML tools read back exactly.
func writeXML(w io.Writer, v any) error {
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	buf.WriteByte('\n')
	_, err := w.Write(termsafe.EscapeXML(buf.Bytes()))
	return err
}
