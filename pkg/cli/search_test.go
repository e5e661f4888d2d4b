package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/huashu-cli/huashu/pkg/config"
	"github.com/huashu-cli/huashu/pkg/history"
	"github.com/huashu-cli/huashu/pkg/index"
	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

func searchOpts(t *testing.T, query string) (*SearchOptions, *history.Store, func() (string, string)) {
	t.Helper()
	io, _, out, errOut := Test()
	idx := index.Load([]pack.Source{{Name: "t", Layer: phrase.LayerFlag, Path: "testdata/search.yaml"}}, index.Options{})
	if len(idx.Problems()) > 0 {
		t.Fatalf("search.yaml: %v", idx.Problems())
	}
	store := history.Open(filepath.Join(t.TempDir(), "history.json"))
	o := &SearchOptions{
		IO:       io,
		Index:    func() (*index.Index, error) { return idx, nil },
		Config:   func() (*config.Config, error) { return &config.Config{}, nil },
		Platform: phrase.ParsePlatform,
		History:  func() *history.Store { return store },
		Now:      func() time.Time { return testNow },
		Query:    query,
		Limit:    20,
	}
	return o, store, func() (string, string) { return out.String(), errOut.String() }
}

func TestSearchRun(t *testing.T) {
	tests := []struct {
		name     string
		query    string
		limit    int
		platform string
		want     string
		code     int
	}{
		{name: "initials rank title starts first", query: "tk", limit: 20,
			want: "tk\t退款流程\t在订单详情页点击“申请退款”，选择原因并提交即可。\n" +
				"tkdz\t退款到账时间\t退款原路退回，一般1-3个工作日到账。⇥如有疑问请联系我们。\n" +
				"yhk\t银行卡退款\t银行卡的退款以银行到账为准。\n"},
		{name: "limit", query: "tk", limit: 1,
			want: "tk\t退款流程\t在订单详情页点击“申请退款”，选择原因并提交即可。\n"},
		{name: "parts joined, newline visible", query: "fhsj", limit: 20,
			want: "fhsj\t发货时间\t现货48小时内发出。↵预售以页面时间为准。\n"},
		{name: "platform variant preview", query: "理赔", limit: 20, platform: "tmall",
			want: "yfx\t运费险\t理赔款打到支付宝，{{店铺}}不收手续费。\n"},
		{name: "a match only in another platform's variant does not count", query: "支付宝", limit: 20, platform: "jd", code: ExitNotFound},
		{name: "nor the default body when the platform has a variant", query: "按规则", limit: 20, platform: "tmall", code: ExitNotFound},
		{name: "no platform: every variant counts", query: "支付宝", limit: 20,
			want: "yfx\t运费险\t退货运费险按规则理赔。\n"},
		{name: "phrase for another platform hidden", query: "baitiao", limit: 20, platform: "tmall", code: ExitNotFound},
		{name: "phrase for the platform shown", query: "baitiao", limit: 20, platform: "jd",
			want: "bt\t白条分期\t支持京东白条分期。\n"},
		{name: "expired campaign hidden", query: "双11", limit: 20, code: ExitNotFound},
		{name: "every term must match", query: "退款 银行", limit: 20,
			want: "yhk\t银行卡退款\t银行卡的退款以银行到账为准。\n"},
		{name: "nothing matches", query: "zzzz", limit: 20, code: ExitNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, _, output := searchOpts(t, tt.query)
			o.Limit, o.PlatformArg = tt.limit, tt.platform
			err := searchRun(o)
			if code := ExitCode(err); code != tt.code {
				t.Fatalf("exit %d (%v), want %d", code, err, tt.code)
			}
			out, errOut := output()
			wantErr := ""
			if tt.code == ExitNotFound {
				wantErr = fmt.Sprintf("huashu: 没有找到与 %q 相关的话术（已试：编码、拼音首字母与全拼、模糊音、错一个字母、正文、近似匹配）\n", tt.query)
			}
			if out != tt.want || errOut != wantErr {
				t.Errorf("stdout:\n got %q\nwant %q\nstderr %q\nwant   %q", out, tt.want, errOut, wantErr)
			}
		})
	}
}

func TestSearchFrecency(t *testing.T) {
	o, store, output := searchOpts(t, "退款")
	store.Record("tkdz", testNow)
	o.Limit = 2
	if err := searchRun(o); err != nil {
		t.Fatal(err)
	}
	// Both titles start with 退款; the used one comes first.
	want := "tkdz\t退款到账时间\t退款原路退回，一般1-3个工作日到账。⇥如有疑问请联系我们。\n" +
		"tk\t退款流程\t在订单详情页点击“申请退款”，选择原因并提交即可。\n"
	if out, _ := output(); out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

func TestSearchCorruptHistoryWarns(t *testing.T) {
	o, store, output := searchOpts(t, "yhk")
	os.WriteFile(store.Path(), []byte("{bad"), 0o644)
	if err := searchRun(o); err != nil {
		t.Fatal(err)
	}
	out, errOut := output()
	want := "huashu: 警告：使用记录 " + store.Path() + " 已损坏（invalid character 'b' looking for beginning of object key string），已移到 " +
		store.Path() + ".corrupt-20261122T060500Z 并重新开始记录\n"
	if out != "yhk\t银行卡退款\t银行卡的退款以银行到账为准。\n" || errOut != want {
		t.Errorf("stdout %q\nstderr %q\nwant   %q", out, errOut, want)
	}
}

func TestSearchJSON(t *testing.T) {
	o, _, output := searchOpts(t, "tkuan")
	o.JSON, o.Limit = true, 1
	if err := searchRun(o); err != nil {
		t.Fatal(err)
	}
	out, _ := output()
	want := `[
  {
    "code": "tk",
    "title": "退款流程",
    "group": "售后/退款",
    "tags": [],
    "keywords": [],
    "ask": [],
    "pack": "搜索测试",
    "layer": "pack",
    "platform": "",
    "text": "在订单详情页点击“申请退款”，选择原因并提交即可。",
    "parts": [
      "在订单详情页点击“申请退款”，选择原因并提交即可。"
    ],
    "missing_vars": [],
    "source": {
      "file": "testdata/search.yaml",
      "line": 3,
      "column": 5
    },
    "score": 6400,
    "matched_field": "title",
    "positions": [
      0,
      1
    ],
    "matched_value": "退款流程",
    "matches": [
      {
        "field": "title",
        "value": "退款流程",
        "positions": [
          0,
          1
        ]
      }
    ],
    "approximate": false
  }
]
`
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
}

// searchJSONOut runs a search --json and decodes its output.
func searchJSONOut(t *testing.T, query, platform string, cfg *config.Config) ([]searchJSON, string, int) {
	t.Helper()
	o, _, output := searchOpts(t, query)
	o.JSON, o.PlatformArg = true, platform
	if cfg != nil {
		o.Config = func() (*config.Config, error) { return cfg, nil }
	}
	code := ExitCode(searchRun(o))
	out, _ := output()
	var res []searchJSON
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%q: output is not a JSON array: %v\n%s", query, err, out)
	}
	return res, out, code
}

// TestSearchJSONMatchedValue: positions of a body match index into
// matched_value (the template as written), which differs from the rendered
// text once placeholders are filled.
func TestSearchJSONMatchedValue(t *testing.T) {
	cfg := &config.Config{Vars: map[string]string{"店铺": "小熊童装旗舰店"}}
	res, out, code := searchJSONOut(t, "手续费", "tmall", cfg)
	if code != 0 || len(res) != 1 {
		t.Fatalf("exit %d, %d results:\n%s", code, len(res), out)
	}
	r := res[0]
	if r.Field != "body.tmall" || r.MatchedValue != "理赔款打到支付宝，{{店铺}}不收手续费。" ||
		r.Text != "理赔款打到支付宝，小熊童装旗舰店不收手续费。" {
		t.Fatalf("field %q, matched_value %q, text %q", r.Field, r.MatchedValue, r.Text)
	}
	v := []rune(r.MatchedValue)
	var got string
	for _, p := range r.Positions {
		if p >= len(v) {
			t.Fatalf("position %d outside matched_value %q", p, r.MatchedValue)
		}
		got += string(v[p])
	}
	if got != "手续费" {
		t.Errorf("positions %v pick %q out of matched_value, want 手续费", r.Positions, got)
	}
}

// TestSearchJSONNoMatch: an empty array, exit 1.
func TestSearchJSONNoMatch(t *testing.T) {
	res, out, code := searchJSONOut(t, "zzzz", "", nil)
	if code != ExitNotFound || out != "[]\n" || len(res) != 0 {
		t.Errorf("exit %d, output %q; want exit %d and []", code, out, ExitNotFound)
	}
}

// TestSearchJSONMatches: every field a term matched in, with its value and
// positions, the best field first.
func TestSearchJSONMatches(t *testing.T) {
	res, out, code := searchJSONOut(t, "tkuan 售后", "", nil)
	if code != 0 || len(res) == 0 {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	r := res[0]
	want := []searchMatchJSON{
		{Field: "title", Value: "退款流程", Positions: []int{0, 1}},
		{Field: "group", Value: "售后/退款", Positions: []int{0, 1}},
	}
	if r.Code != "tk" || len(r.Matches) != len(want) {
		t.Fatalf("top %s, matches %+v", r.Code, r.Matches)
	}
	for i := range want {
		g := r.Matches[i]
		if g.Field != want[i].Field || g.Value != want[i].Value || len(g.Positions) != len(want[i].Positions) ||
			g.Positions[0] != want[i].Positions[0] || g.Positions[1] != want[i].Positions[1] {
			t.Errorf("matches[%d] = %+v, want %+v", i, g, want[i])
		}
	}
	if r.Field != r.Matches[0].Field || r.MatchedValue != r.Matches[0].Value {
		t.Errorf("matched_field %q / matched_value %q disagree with matches[0]", r.Field, r.MatchedValue)
	}
}

func TestSearchThroughCLI(t *testing.T) {
	r := runCLI(t, "--no-embedded", "--pack", "testdata/search.yaml", "search", "--limit", "1", "退款", "到账")
	r.check(t, 0, "tkdz\t退款到账时间\t退款原路退回，一般1-3个工作日到账。⇥如有疑问请联系我们。\n", "")
	const tried = "（已试：编码、拼音首字母与全拼、模糊音、错一个字母、正文、近似匹配）"
	r = runCLI(t, "--no-embedded", "--pack", "testdata/search.yaml", "search", "nothing-here")
	r.check(t, 1, "", `huashu: 没有找到与 "nothing-here" 相关的话术`+tried+"\n")
	r = runCLI(t, "--no-embedded", "--pack", "testdata/search.yaml", "search", "--json", "nothing-here")
	r.check(t, 1, "[]\n", `huashu: 没有找到与 "nothing-here" 相关的话术`+tried+"\n")
	// A mistyped code: the nearest codes are named.
	r = runCLI(t, "--no-embedded", "--pack", "testdata/search.yaml", "search", "tkdx")
	r.check(t, 1, "", `huashu: 没有找到与 "tkdx" 相关的话术`+tried+"；最接近的编码：tkdz（退款到账时间）、tk（退款流程）\n")
}

// TestSearchApproximate: a pasted message finds the phrase it shares words
// with, marked 近似 in a fourth column and "approximate" in --json.
func TestSearchApproximate(t *testing.T) {
	o, _, output := searchOpts(t, "亲 我的银行卡退款到了没有啊")
	o.Limit = 2
	if err := searchRun(o); err != nil {
		t.Fatal(err)
	}
	out, errOut := output()
	want := "yhk\t银行卡退款\t银行卡的退款以银行到账为准。\t近似\n" +
		"tkdz\t退款到账时间\t退款原路退回，一般1-3个工作日到账。⇥如有疑问请联系我们。\t近似\n"
	if out != want || errOut != "" {
		t.Errorf("stdout %q\nwant   %q\nstderr %q", out, want, errOut)
	}
	res, raw, code := searchJSONOut(t, "亲 我的银行卡退款到了没有啊", "", nil)
	if code != 0 || len(res) == 0 || !res[0].Approximate || res[0].Code != "yhk" || res[0].Field != "title" ||
		res[0].MatchedValue != "银行卡退款" || len(res[0].Positions) != 5 {
		t.Errorf("exit %d:\n%s", code, raw)
	}
	strict, _, _ := searchJSONOut(t, "tk", "", nil)
	if len(strict) == 0 || strict[0].Approximate {
		t.Errorf("tk: %+v", strict)
	}
}

// TestSearchFuzzyPinyinConfig: 模糊音 is on by default; match.fuzzy_pinyin
// in the config turns pairs off.
func TestSearchFuzzyPinyinConfig(t *testing.T) {
	// 流程 read with n for l and en for eng: two 模糊音 pairs, more than a typo.
	const q = "tuikuanniucen"
	res, raw, code := searchJSONOut(t, q, "", nil)
	if code != 0 || len(res) == 0 || res[0].Code != "tk" || res[0].Approximate {
		t.Fatalf("default config: exit %d\n%s", code, raw)
	}
	off := []string{}
	res, raw, code = searchJSONOut(t, q, "", &config.Config{Match: &config.MatchConfig{FuzzyPinyin: &off}})
	if code != ExitNotFound || len(res) != 0 {
		t.Errorf("fuzzy_pinyin: []: exit %d\n%s", code, raw)
	}
	onlyNL := []string{"n-l"}
	res, _, _ = searchJSONOut(t, q, "", &config.Config{Match: &config.MatchConfig{FuzzyPinyin: &onlyNL}})
	if len(res) != 0 {
		t.Errorf("n-l alone matched %s: en-eng is off", res[0].Code)
	}
}

// A result row shows the reply as get and the picker render it
// (render.Render): pack vars, built-ins and defaults filled, a placeholder
// without a value left as written.
func TestSearchRowsAreRendered(t *testing.T) {
	pk := filepath.Join(t.TempDir(), "p.yaml")
	if err := os.WriteFile(pk, []byte("pack: t\nvars: {店铺: 小熊童装}\nphrases:\n"+
		"  - {code: dh, title: 订单核对, text: \"{{店铺}}：订单{{订单号}}预计{{明天}}发出，尺码{{尺码|M}}\"}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	runCLI(t, "--no-embedded", "--pack", pk, "search", "dh").check(t, 0,
		"dh\t订单核对\t小熊童装：订单{{订单号}}预计11月23日发出，尺码M\n", "")
}
