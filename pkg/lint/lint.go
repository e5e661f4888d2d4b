package lint

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
	"github.com/huashu-cli/huashu/pkg/render"
)

// Input is one pack file to lint.
type Input struct {
	File  string // as shown in reports
	Data  []byte
	Layer phrase.Layer
	// Unread are the problems that kept the file from being read (a FIFO,
	// a symlink out of the repository, over the size limit): they are
	// reported as they are and Data is not parsed.
	Unread pack.ErrorList
}

// Options configure a Linter.
type Options struct {
	Config *Config                                                       // nil: defaults
	Now    time.Time                                                     // campaign/* compare against it; zero: time.Now()
	Parse  func(file string, data []byte) (*phrase.Pack, pack.ErrorList) // nil: pack.Parse
}

// Linter runs every rule. It is safe for concurrent use.
type Linter struct {
	cfg      *Config
	now      time.Time
	parse    func(file string, data []byte) (*phrase.Pack, pack.ErrorList)
	words    *wordMatcher
	sev      map[string]Severity
	builtins map[string]bool
	domains  []string
}

// DefaultAllowedDomains are the platforms' own domains and routers' set-up
// addresses: links there are fine.
var DefaultAllowedDomains = []string{
	"jd.com", "jd.hk", "3.cn", // 京东
	"taobao.com", "tmall.com", "tmall.hk", "tb.cn", // 淘宝/天猫
	"pinduoduo.com", "yangkeduo.com", // 拼多多
	// lint v15 (after red teams 286-293): the set-up pages routers print on
	// their label, reached only on the buyer's own network (管理地址
	// tplogin.cn): the device's, not a way off the platform.
	"tplogin.cn", "melogin.cn", "falogin.cn", "miwifi.com", "tendawifi.com", "routerlogin.net", "router.asus.com",
}

// New builds a Linter: word lists compiled, severities resolved.
func New(opts Options) (*Linter, error) {
	l := &Linter{cfg: opts.Config, now: opts.Now, parse: opts.Parse, sev: map[string]Severity{}}
	if l.now.IsZero() {
		l.now = time.Now()
	}
	if l.parse == nil {
		l.parse = pack.Parse
	}
	for _, r := range allRules {
		l.sev[r.ID] = l.cfg.severity(r.ID)
	}
	lists, err := l.cfg.wordLists()
	if err != nil {
		return nil, err
	}
	if l.words, err = compileWords(lists, l.cfg.platform()); err != nil {
		return nil, err
	}
	l.builtins = map[string]bool{}
	for _, k := range render.BuiltinNames {
		l.builtins[k] = true
	}
	l.domains = append([]string(nil), DefaultAllowedDomains...)
	if rc := l.cfg.rule(RuleLink); rc != nil {
		for _, d := range rc.AllowedDomains {
			l.domains = append(l.domains, strings.ToLower(strings.TrimPrefix(d, ".")))
		}
	}
	return l, nil
}

func (l *Linter) on(rule string) bool { return l.sev[rule] != Off }

// fileState is what linting one file produced before the cross-file rules.
// While the file is checked it holds the parsed pack and the source's line
// index; once it is done (done) only the phrases' codes and where they stand
// are kept, which is all the cross-file rules read — a parsed pack with its
// texts and per-value positions is several times the file's size, and
// keeping every file's until the end made lint's peak memory grow with the
// whole repository instead of with one file per worker.
type fileState struct {
	in       Input
	src      *srcFile
	pk       *phrase.Pack
	phrases  []phraseRef
	parsed   bool // the file was read as a pack
	problems []*Problem
	supps    []*suppression
}

// phraseRef is what the cross-file rules need of a phrase: its code and
// buyer questions (code/duplicate, code/shadowed, ask/shared) and where they
// stand.
type phraseRef struct {
	code         string
	line, column int
	codeLoc      phrase.Loc
	hasCodeLoc   bool
	asks         []askRef
}

// askRef is one buyer question (ask:) of a phrase and where it stands.
type askRef struct {
	q      string
	loc    phrase.Loc
	hasLoc bool
}

// done drops the parsed pack and the line index, keeping the phrase refs.
func (st *fileState) done() {
	if st.pk != nil {
		st.parsed = true
		st.phrases = make([]phraseRef, len(st.pk.Phrases))
		for i, ph := range st.pk.Phrases {
			loc, ok := ph.Locs["code"]
			st.phrases[i] = phraseRef{code: ph.Code, line: ph.Line, column: ph.Column, codeLoc: loc, hasCodeLoc: ok}
			if len(ph.Ask) > 0 {
				asks := make([]askRef, len(ph.Ask))
				for k, q := range ph.Ask {
					loc, ok := ph.Locs[fmt.Sprintf("ask[%d]", k)]
					asks[k] = askRef{q: q, loc: loc, hasLoc: ok}
				}
				st.phrases[i].asks = asks
			}
		}
	}
	st.pk, st.src = nil, nil
}

// Lint checks the files and returns every problem, sorted.
func (l *Linter) Lint(inputs []Input) *Result {
	states := make([]*fileState, len(inputs))
	workers := runtime.GOMAXPROCS(0)
	if workers > len(inputs) {
		workers = len(inputs)
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := newChecker(l)
			for i := range next {
				st := c.file(inputs[i])
				st.done()
				states[i] = st
			}
		}()
	}
	for i := range inputs {
		next <- i
	}
	close(next)
	wg.Wait()

	l.crossFile(states)
	l.askShared(states)

	res := &Result{data: map[string][]byte{}}
	for _, st := range states {
		res.Summary.Files++
		res.Files = append(res.Files, st.in.File)
		res.data[st.in.File] = st.in.Data
		res.Summary.Phrases += len(st.phrases)
		res.Problems = append(res.Problems, l.applySuppressions(st)...)
	}
	sortProblems(res.Problems)
	res.count()
	return res
}

func sortProblems(ps []*Problem) {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		return a.Rule < b.Rule
	})
}

// crossFile adds code/duplicate and code/shadowed, which need every file.
func (l *Linter) crossFile(states []*fileState) {
	type occ struct {
		st *fileState
		ph *phraseRef
	}
	byCode := map[string][]occ{}
	var codes []string
	for _, st := range states {
		for i := range st.phrases {
			ph := &st.phrases[i]
			if _, ok := byCode[ph.code]; !ok {
				codes = append(codes, ph.code)
			}
			byCode[ph.code] = append(byCode[ph.code], occ{st, ph})
		}
	}
	for _, code := range codes {
		list := byCode[code]
		if len(list) < 2 {
			continue
		}
		top := list[0].st.in.Layer
		for _, o := range list {
			if o.st.in.Layer > top {
				top = o.st.in.Layer
			}
		}
		first := map[phrase.Layer]occ{}
		for _, o := range list {
			layer := o.st.in.Layer
			f, seen := first[layer]
			if !seen {
				first[layer] = o
				continue
			}
			if l.on(RuleCodeDuplicate) {
				p := l.codeProblem(o.st, o.ph, RuleCodeDuplicate,
					fmt.Sprintf("快捷编码 %q 重复：%s已有同名话术（同一层里编码必须唯一）", code, where(o.st, f.st, f.ph)))
				o.st.problems = append(o.st.problems, p)
			}
		}
		if l.on(RuleCodeShadowed) {
			for _, o := range list {
				if o.st.in.Layer != top {
					continue
				}
				for _, layer := range []phrase.Layer{phrase.LayerEmbedded, phrase.LayerTeam, phrase.LayerFlag, phrase.LayerPersonal} {
					lo, ok := first[layer]
					if ok && layer < top {
						p := l.codeProblem(o.st, o.ph, RuleCodeShadowed,
							fmt.Sprintf("快捷编码 %q 覆盖了%s层的同名话术（%s）", code, layerLabel(layer), where(o.st, lo.st, lo.ph)))
						o.st.problems = append(o.st.problems, p)
					}
				}
			}
		}
	}
}

func layerLabel(l phrase.Layer) string {
	switch l {
	case phrase.LayerEmbedded:
		return "内置"
	case phrase.LayerTeam:
		return "团队"
	case phrase.LayerFlag:
		return " --pack "
	case phrase.LayerPersonal:
		return "个人"
	}
	return l.String()
}

func where(from, st *fileState, ph *phraseRef) string {
	line := ph.line
	if ph.hasCodeLoc {
		line = ph.codeLoc.Line
	}
	if from == st {
		return fmt.Sprintf("第 %d 行", line)
	}
	return fmt.Sprintf("%s 第 %d 行", st.in.File, line)
}

// codeProblem is a problem at a phrase's code (the cross-file rules).
func (l *Linter) codeProblem(st *fileState, ph *phraseRef, rule, msg string) *Problem {
	p := l.refProblem(st, ph, ph.codeLoc, ph.hasCodeLoc, rule, msg)
	p.EndColumn = p.Column + runeCount(ph.code) - 1
	if ph.hasCodeLoc && (ph.codeLoc.Style == phrase.StyleDoubleQuoted || ph.codeLoc.Style == phrase.StyleSingleQuoted) {
		p.EndColumn += 2
	}
	return p
}

// refProblem is a problem at loc in a checked file's phrase (at the phrase
// itself when there is no loc), as phraseProblem is for a phrase still
// parsed.
func (l *Linter) refProblem(st *fileState, ph *phraseRef, loc phrase.Loc, has bool, rule, msg string) *Problem {
	line, col := ph.line, ph.column
	if has {
		line, col = loc.Line, loc.Column
	}
	if line == 0 {
		line, col = 1, 1
	}
	return &Problem{File: st.in.File, Line: line, Column: col, EndLine: line, EndColumn: col,
		Severity: l.sev[rule], Rule: rule, Message: msg, Code: ph.code, anchor: line}
}

// phraseProblem is a problem at the start of one of the phrase's values (its
// Loc), or at the phrase itself.
func (l *Linter) phraseProblem(st *fileState, ph *phrase.Phrase, key, rule, msg string) *Problem {
	line, col := ph.Line, ph.Column
	if loc, ok := ph.Locs[key]; ok {
		line, col = loc.Line, loc.Column
	}
	if line == 0 {
		line, col = 1, 1
	}
	return &Problem{File: st.in.File, Line: line, Column: col, EndLine: line, EndColumn: col,
		Severity: l.sev[rule], Rule: rule, Message: msg, Code: ph.Code, anchor: line}
}
