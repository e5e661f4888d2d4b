package lint

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

func sample(t *testing.T) *Result {
	r := lintFiles(t, nil, "testdata/lint/positions.yaml", "testdata/lint/service-first-person.yaml", "testdata/lint/trap-vip.yaml")
	if len(r.Problems) == 0 {
		t.Fatal("sample has no problems")
	}
	return r
}

func TestJSONShape(t *testing.T) {
	r := sample(t)
	var buf bytes.Buffer
	if err := Write(&buf, "json", r); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Problems []map[string]any `json:"problems"`
		Summary  map[string]any   `json:"summary"`
	}
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Problems) != len(r.Problems) {
		t.Fatalf("%d problems, want %d", len(out.Problems), len(r.Problems))
	}
	for _, k := range []string{"file", "line", "column", "end_line", "end_column", "severity", "rule", "message", "code"} {
		if _, ok := out.Problems[0][k]; !ok {
			t.Errorf("problem has no %q: %v", k, out.Problems[0])
		}
	}
	p := out.Problems[0]
	if p["code"] != "p1" || p["severity"] != "error" || p["line"].(float64) != 5 || p["column"].(float64) != 16 || p["end_column"].(float64) != 18 {
		t.Errorf("first problem = %v", p)
	}
	if out.Summary["errors"].(float64) != float64(r.Summary.Errors) || out.Summary["files"].(float64) != 3 {
		t.Errorf("summary = %v", out.Summary)
	}
	// Clean result: problems is an empty list, not null.
	buf.Reset()
	if err := Write(&buf, "json", &Result{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"problems": []`) {
		t.Errorf("clean json = %s", buf.String())
	}
}

func TestSARIFShape(t *testing.T) {
	r := sample(t)
	var buf bytes.Buffer
	if err := Write(&buf, "sarif", r); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Version string `json:"version"`
		Schema  string `json:"$schema"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string `json:"name"`
					Rules []struct {
						ID               string            `json:"id"`
						ShortDescription map[string]string `json:"shortDescription"`
						HelpURI          string            `json:"helpUri"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string            `json:"ruleId"`
				RuleIndex int               `json:"ruleIndex"`
				Level     string            `json:"level"`
				Message   map[string]string `json:"message"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine, StartColumn, EndLine, EndColumn int
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || !strings.Contains(log.Schema, "sarif-2.1.0") || len(log.Runs) != 1 {
		t.Fatalf("header: %q %q %d runs", log.Version, log.Schema, len(log.Runs))
	}
	run := log.Runs[0]
	if run.Tool.Driver.Name != "huashu" || len(run.Tool.Driver.Rules) != len(allRules) {
		t.Fatalf("driver %q with %d rules", run.Tool.Driver.Name, len(run.Tool.Driver.Rules))
	}
	if len(run.Results) != len(r.Problems) {
		t.Fatalf("%d results, want %d", len(run.Results), len(r.Problems))
	}
	levels := map[string]bool{"error": true, "warning": true, "note": true}
	for i, res := range run.Results {
		if run.Tool.Driver.Rules[res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %d: ruleIndex %d is not %s", i, res.RuleIndex, res.RuleID)
		}
		if !levels[res.Level] || res.Message["text"] == "" || len(res.Locations) != 1 {
			t.Errorf("result %d: %+v", i, res)
		}
		reg := res.Locations[0].PhysicalLocation.Region
		if reg.StartLine < 1 || reg.StartColumn < 1 || reg.EndLine < reg.StartLine || (reg.EndLine == reg.StartLine && reg.EndColumn <= reg.StartColumn) {
			t.Errorf("result %d: bad region %+v", i, reg)
		}
		if res.Locations[0].PhysicalLocation.ArtifactLocation.URI == "" {
			t.Errorf("result %d: no uri", i)
		}
	}
}

func TestRDJSONShape(t *testing.T) {
	r := sample(t)
	var buf bytes.Buffer
	if err := Write(&buf, "rdjson", r); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Source      struct{ Name string } `json:"source"`
		Diagnostics []struct {
			Message  string `json:"message"`
			Severity string `json:"severity"`
			Location struct {
				Path  string `json:"path"`
				Range struct {
					Start struct{ Line, Column int } `json:"start"`
				} `json:"range"`
			} `json:"location"`
			Code struct{ Value string } `json:"code"`
		} `json:"diagnostics"`
	}
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if out.Source.Name != "huashu" || len(out.Diagnostics) != len(r.Problems) {
		t.Fatalf("%+v", out)
	}
	d := out.Diagnostics[0]
	if d.Severity != "ERROR" || d.Code.Value == "" || d.Location.Path == "" || d.Location.Range.Start.Line != 5 {
		t.Errorf("%+v", d)
	}
}

func TestJUnitXML(t *testing.T) {
	r := sample(t)
	var buf bytes.Buffer
	if err := Write(&buf, "junit", r); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(buf.String(), `<?xml version="1.0" encoding="UTF-8"?>`) {
		t.Errorf("no xml header: %.60s", buf.String())
	}
	var out junitSuites
	if err := xml.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if out.Failures != len(r.Problems) || len(out.Suites) != 3 {
		t.Errorf("failures %d suites %d", out.Failures, len(out.Suites))
	}
	buf.Reset()
	if err := Write(&buf, "junit", &Result{Summary: Summary{Files: 1}}); err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal(buf.Bytes(), &out); err != nil || out.Failures != 0 || out.Tests != 1 {
		t.Errorf("clean junit: %v %+v", err, out)
	}
}

func TestCheckstyleXML(t *testing.T) {
	r := sample(t)
	var buf bytes.Buffer
	if err := Write(&buf, "checkstyle", r); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(buf.String(), `<?xml version="1.0" encoding="UTF-8"?>`) {
		t.Errorf("no xml header")
	}
	var out csRoot
	if err := xml.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range out.Files {
		for _, e := range f.Errors {
			n++
			if e.Line < 1 || e.Column < 1 || !strings.HasPrefix(e.Source, "huashu.") || e.Message == "" {
				t.Errorf("%+v", e)
			}
		}
	}
	if n != len(r.Problems) {
		t.Errorf("%d errors, want %d", n, len(r.Problems))
	}
}

func TestGitHubCommands(t *testing.T) {
	r := sample(t)
	var buf bytes.Buffer
	if err := Write(&buf, "github", r); err != nil {
		t.Fatal(err)
	}
	cmd := regexp.MustCompile(`^::(error|warning|notice) file=([^,]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^:]+)::(.+)$`)
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	n := 0
	stopToken := ""
	for _, l := range lines {
		// As the runner reads the log: commands after leading spaces, none
		// between ::stop-commands::TOKEN and ::TOKEN::.
		l = strings.TrimLeft(l, " ")
		if stopToken != "" {
			if l == "::"+stopToken+"::" {
				stopToken = ""
			}
			continue
		}
		if tok, ok := strings.CutPrefix(l, "::stop-commands::"); ok {
			stopToken = tok
			continue
		}
		if strings.HasPrefix(l, "::group::") || l == "::endgroup::" {
			continue
		}
		if strings.HasPrefix(l, "::") {
			m := cmd.FindStringSubmatch(l)
			if m == nil {
				t.Errorf("bad workflow command: %s", l)
				continue
			}
			if !strings.Contains(m[7], "%2F") && !strings.Contains(m[7], "/") {
				t.Errorf("title is not a rule: %s", m[7])
			}
			n++
		}
	}
	if n != len(r.Problems) {
		t.Errorf("%d commands, want %d", n, len(r.Problems))
	}
	if last := lines[len(lines)-1]; !strings.Contains(last, "个问题") {
		t.Errorf("no summary at the end: %s", last)
	}
	if stopToken != "" {
		t.Errorf("commands never resumed after ::stop-commands::%s", stopToken)
	}
	if got := ghProp("a,b:c%\n"); got != "a%2Cb%3Ac%25%0A" {
		t.Errorf("ghProp = %q", got)
	}
}

// TestGitHubHostileFileNames: a file named like a workflow command, or with
// a newline and a command after it, or with an escape sequence, forges no
// annotation and writes no raw control character to the log.
func TestGitHubHostileFileNames(t *testing.T) {
	r := &Result{Problems: []*Problem{
		{File: "::error title=伪造::boom.yaml", Line: 1, Column: 1, EndLine: 1, EndColumn: 2, Severity: Error, Rule: RuleSyntax, Message: "坏"},
		{File: "a.yaml\n::error file=x.yaml::伪造", Line: 2, Column: 1, EndLine: 2, EndColumn: 2, Severity: Warning, Rule: RuleTextSpace, Message: "空白"},
		{File: "b\x1b]0;pwned\x07.yaml", Line: 3, Column: 1, EndLine: 3, EndColumn: 2, Severity: Error, Rule: RuleTextControl, Message: "控制\x1b[2J字符"},
	}}
	r.count()
	var buf bytes.Buffer
	if err := Write(&buf, "github", r); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.ContainsAny(out, "\x1b\x07") {
		t.Errorf("raw control characters in the log:\n%q", out)
	}
	var commands []string
	stop := ""
	for _, l := range strings.Split(out, "\n") {
		l = strings.TrimLeft(l, " ")
		switch {
		case stop != "":
			if l == "::"+stop+"::" {
				stop = ""
			}
		case strings.HasPrefix(l, "::stop-commands::"):
			stop = strings.TrimPrefix(l, "::stop-commands::")
		case strings.HasPrefix(l, "::"):
			commands = append(commands, l)
		}
	}
	want := []string{
		"::error file=%3A%3Aerror title=伪造%3A%3Aboom.yaml,line=1,col=1,endLine=1,endColumn=2,title=schema/syntax::坏",
		"::warning file=a.yaml↵%3A%3Aerror file=x.yaml%3A%3A伪造,line=2,col=1,endLine=2,endColumn=2,title=text/whitespace::空白",
		"::error file=b␛]0;pwned␇.yaml,line=3,col=1,endLine=3,endColumn=2,title=text/control-char::控制␛[2J字符",
		"::group::huashu lint 问题列表",
		"::endgroup::",
	}
	if strings.Join(commands, "\n") != strings.Join(want, "\n") {
		t.Errorf("commands:\n%s\nwant:\n%s", strings.Join(commands, "\n"), strings.Join(want, "\n"))
	}
}

func TestUnknownFormat(t *testing.T) {
	if err := Write(&bytes.Buffer{}, "xml", &Result{}); err == nil {
		t.Error("want an error")
	}
}

func TestSARIFURIs(t *testing.T) {
	for in, want := range map[string]string{
		"packs/售后 包.yaml":          "packs/%E5%94%AE%E5%90%8E%20%E5%8C%85.yaml",
		"./packs/a#1.yaml":         "packs/a%231.yaml",
		"packs\\b?.yaml":           "packs/b%3F.yaml",
		"100%.yaml":                "100%25.yaml",
		"/tmp/x y.yaml":            "file:///tmp/x%20y.yaml",
		"C:\\packs\\a.yaml":        "file:///C:/packs/a.yaml",
		"a:b.yaml":                 "./a:b.yaml",
		"embedded:phrases/售前.yaml": "embedded:phrases/%E5%94%AE%E5%89%8D.yaml",
	} {
		got := uriOf(in)
		if got != want {
			t.Errorf("uriOf(%q) = %q, want %q", in, got, want)
		}
		if _, err := url.Parse(got); err != nil {
			t.Errorf("uriOf(%q) = %q: not a URI reference: %v", in, got, err)
		}
	}
}
