package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

func gbkBytes(t *testing.T, s string) []byte {
	t.Helper()
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const qianniuExport = "快捷短语编码,快捷短语,快捷短语分组\r\n" +
	"hy,您好，欢迎光临！,售前\r\n" +
	"\t001,\"亲，现货48小时内发货，\r\n预售以页面为准\",售中\r\n" +
	"退款,退款已提交，请耐心等待,\r\n" +
	"HY,感谢您的耐心等待,售前\r\n" +
	"kong,,售前\r\n"

type imported struct{ Code, Title, Group, Text string }

func loadPhrases(t *testing.T, file string) (string, []imported) {
	t.Helper()
	pk, errs := pack.ReadFile(file)
	if len(errs) > 0 {
		t.Fatalf("%s does not load: %s", file, errs.String())
	}
	var out []imported
	for _, ph := range pk.Phrases {
		out = append(out, imported{ph.Code, ph.Title, ph.Group, ph.Text})
	}
	return pk.Name, out
}

func TestImportRunQianniu(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, dir, "店铺短语.csv", gbkBytes(t, qianniuExport))
	out := filepath.Join(dir, "shop.yaml")
	io, _, stdout, stderr := Test()
	err := importRun(&ImportOptions{IO: io, From: "qianniu", File: in, Output: out})
	if err != nil {
		t.Fatal(err)
	}
	if stdout.Len() != 0 {
		t.Errorf("stdout %q", stdout)
	}
	wantErr := "huashu: " + in + ":6: 编码 “HY” 改为 “hy”（大写改为小写）\n" +
		"huashu: " + in + ":6: 重复编码 “hy”（第 2 行已用），改为 “hy2”\n" +
		"huashu: " + in + ":7: 跳过编码 “kong”：正文为空\n" +
		"huashu: 已从 " + in + "（千牛快捷短语，GBK/GB18030）导入 4 条话术到 " + out +
		"（话术包 店铺短语）；跳过空正文 1 条，修正编码 1 个，重复编码改名 1 个，标题由正文生成 4 条\n"
	if stderr.String() != wantErr {
		t.Errorf("stderr:\n got %q\nwant %q", stderr, wantErr)
	}
	name, got := loadPhrases(t, out)
	want := []imported{
		{"hy", "欢迎光临", "售前", "您好，欢迎光临！"},
		{"001", "现货48小时内发货", "售中", "亲，现货48小时内发货，\n预售以页面为准"},
		{"退款", "退款已提交", "", "退款已提交，请耐心等待"},
		{"hy2", "感谢您的耐心等待", "售前", "感谢您的耐心等待"},
	}
	if name != "店铺短语" || !reflect.DeepEqual(got, want) {
		t.Errorf("pack %q:\n got %+v\nwant %+v", name, got, want)
	}
	data, _ := os.ReadFile(out)
	if !bytes.Contains(data, []byte("    text: |-\n      亲，现货48小时内发货，\n      预售以页面为准\n")) ||
		!bytes.Contains(data, []byte(`code: "001"`)) {
		t.Errorf("pack YAML:\n%s", data)
	}

	// Again without --force: refused, file untouched.
	err = importRun(&ImportOptions{IO: io, From: "qianniu", File: in, Output: out})
	if ExitCode(err) != ExitUsage || !strings.Contains(err.Error(), "--force") {
		t.Errorf("overwrite without --force: %v", err)
	}
	err = importRun(&ImportOptions{IO: io, From: "qianniu", File: in, Output: out, Force: true, Name: "新名字"})
	if err != nil {
		t.Fatal(err)
	}
	if name, _ := loadPhrases(t, out); name != "新名字" {
		t.Errorf("--name: %q", name)
	}
}

func TestImportRunErrors(t *testing.T) {
	dir := t.TempDir()
	gbkCSV := writeFile(t, dir, "team.csv", gbkBytes(t, "code,title,group,text\nhy,欢迎语,售前,您好\n"))
	utf8Qianniu := writeFile(t, dir, "utf8.csv", []byte(qianniuExport))
	empty := writeFile(t, dir, "empty.csv", gbkBytes(t, "快捷短语编码,快捷短语,快捷短语分组\r\nkong,,\r\n"))
	tests := []struct {
		name string
		o    ImportOptions
		code int
		msg  string
	}{
		{"no from", ImportOptions{File: gbkCSV, Output: "x.yaml"}, ExitUsage, "import 需要 --from"},
		{"bad from", ImportOptions{From: "excel", File: gbkCSV, Output: "x.yaml"}, ExitUsage, `未知格式 "excel"`},
		{"no output", ImportOptions{From: "csv", File: gbkCSV}, ExitUsage, "import 需要 -o 话术包.yaml"},
		{"bad encoding", ImportOptions{From: "csv", File: gbkCSV, Output: "x.yaml", Encoding: "big5"}, ExitUsage, "--encoding"},
		{"output is input", ImportOptions{From: "csv", File: gbkCSV, Output: gbkCSV, Force: true}, ExitUsage, "就是要导入的文件"},
		{"missing file", ImportOptions{From: "csv", File: filepath.Join(dir, "nope.csv"), Output: "x.yaml"}, ExitUsage, "文件不存在"},
		{"gbk as csv", ImportOptions{From: "csv", File: gbkCSV, Output: filepath.Join(dir, "x.yaml")}, ExitNotFound,
			gbkCSV + ": 文件不是有效的 UTF-8 文本（第 2 行有无效字节）：看起来是 GBK/GB18030 编码"},
		{"nothing left", ImportOptions{From: "qianniu", File: empty, Output: filepath.Join(dir, "x.yaml")}, ExitNotFound, "没有可导入的话术"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			io, _, _, _ := Test()
			tt.o.IO = io
			err := importRun(&tt.o)
			if ExitCode(err) != tt.code || err == nil || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("got %v (exit %d), want exit %d with %q", err, ExitCode(err), tt.code, tt.msg)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "x.yaml")); err == nil {
		t.Errorf("a failed import wrote its output")
	}

	// A UTF-8 file given as 千牛 imports, with a note.
	io, _, _, stderr := Test()
	out := filepath.Join(dir, "utf8.yaml")
	if err := importRun(&ImportOptions{IO: io, From: "qianniu", File: utf8Qianniu, Output: out}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr.String(), utf8Qianniu+": 文件是 UTF-8 编码（千牛导出的是 GBK），已按 UTF-8 读取") ||
		!strings.Contains(stderr.String(), "（千牛快捷短语，UTF-8）导入 4 条") {
		t.Errorf("stderr %q", stderr)
	}
}

func exportOpts(io *IOStreams, packs ...string) *ExportOptions {
	var srcs []pack.Source
	for _, p := range packs {
		srcs = append(srcs, pack.Source{Name: p, Layer: phrase.LayerFlag, Path: p})
	}
	return &ExportOptions{IO: io, Packs: func() (*pack.Set, error) { return pack.Load(srcs), nil }}
}

// TestExportImportRoundTrip: export the test pack to each format, import the
// file, and get the same codes and texts back (multi-part replies joined, the
// platform's variant used).
func TestExportImportRoundTrip(t *testing.T) {
	set := pack.Load([]pack.Source{{Path: shop, Layer: phrase.LayerFlag}})
	if len(set.Problems) > 0 {
		t.Fatal(set.Problems.String())
	}
	for _, format := range []string{"qianniu", "sogou", "csv"} {
		for _, platform := range []phrase.Platform{"", phrase.JD} {
			t.Run(format+"/"+string(platform), func(t *testing.T) {
				dir := t.TempDir()
				file := filepath.Join(dir, "out."+format)
				io, _, _, stderr := Test()
				o := exportOpts(io, shop)
				o.To, o.Output, o.PlatformArg = format, file, string(platform)
				if err := exportRun(o); err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(stderr.String(), "已导出") {
					t.Errorf("stderr %q", stderr)
				}
				back := filepath.Join(dir, "back.yaml")
				if err := importRun(&ImportOptions{IO: io, From: format, File: file, Output: back}); err != nil {
					t.Fatalf("%v\n%s", err, stderr)
				}
				_, got := loadPhrases(t, back)
				var want []imported
				for _, ph := range set.Phrases {
					if !ph.AppliesTo(platform) {
						continue
					}
					w := imported{Code: ph.Code, Text: ph.For(platform).Joined()}
					if platform == "" {
						w.Text = ph.Joined()
					}
					if format == "csv" {
						w.Title = ph.Title
					}
					if format != "sogou" {
						w.Group = ph.Group
					}
					want = append(want, w)
				}
				for i := range got {
					if format != "csv" { // 千牛 and 搜狗 have no titles: they are derived again (TestRoundTrip)
						got[i].Title = ""
					}
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("round trip:\n got %+v\nwant %+v", got, want)
				}
			})
		}
	}
}

func TestExportRun(t *testing.T) {
	dir := t.TempDir()
	io, _, stdout, stderr := Test()
	o := exportOpts(io, shop)
	o.To, o.Output = "csv", "-"
	if err := exportRun(o); err != nil {
		t.Fatal(err)
	}
	wantOut := "code,title,group,text\n" +
		"hy,欢迎语,售前/问候,您好，欢迎光临{{店铺}}，请问有什么可以帮您？\n"
	if !strings.HasPrefix(stdout.String(), wantOut) || !strings.Contains(stdout.String(), "fhsj,发货时间,售中/物流,\"亲，现货商品付款后48小时内发出。\n\n预售商品以页面标注的发货时间为准。\"\n") {
		t.Errorf("stdout:\n%s", stdout)
	}
	if !strings.Contains(stderr.String(), "分次回答 1 条合并为一条（各段之间空一行）") || !strings.Contains(stderr.String(), "含占位符") {
		t.Errorf("stderr %q", stderr)
	}

	// Refuses to overwrite; usage errors.
	existing := writeFile(t, dir, "x.csv", []byte("old"))
	for _, tt := range []struct {
		o    ExportOptions
		code int
		msg  string
	}{
		{ExportOptions{To: "csv", Output: existing}, ExitUsage, "已存在；加 --force 覆盖它"},
		{ExportOptions{Output: "a.csv"}, ExitUsage, "export 需要 --to"},
		{ExportOptions{To: "qianniu"}, ExitUsage, "export 需要 -o 文件"},
		{ExportOptions{To: "qianniu", Output: "a.csv", PlatformArg: "taobao"}, ExitUsage, "--platform"},
	} {
		o := exportOpts(io, shop)
		o.To, o.Output, o.PlatformArg = tt.o.To, tt.o.Output, tt.o.PlatformArg
		err := exportRun(o)
		if ExitCode(err) != tt.code || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%+v: got %v, want %q", tt.o, err, tt.msg)
		}
	}
	if data, _ := os.ReadFile(existing); string(data) != "old" {
		t.Errorf("overwrote without --force")
	}

	// 搜狗: UTF-16LE with BOM and CRLF.
	o = exportOpts(io, shop)
	o.To, o.Output = "sogou", filepath.Join(dir, "phrases.ini")
	if err := exportRun(o); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(o.Output)
	text, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
	if err != nil || !bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || !bytes.Contains(text, []byte("\r\nhy,1=您好，欢迎光临{{店铺}}，请问有什么可以帮您？\r\n")) {
		t.Errorf("phrases.ini: %v\n%s", err, text)
	}
}

func TestImportExportFlags(t *testing.T) {
	var gotI *ImportOptions
	io, _, _, _ := Test()
	f := NewFactory(io)
	cmd := NewCmdImport(f, func(o *ImportOptions) error { gotI = o; return nil })
	cmd.SetArgs([]string{"--from", "qianniu", "a.csv", "-o", "b.yaml", "--name", "店", "--encoding", "utf8", "--force"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if gotI.From != "qianniu" || gotI.File != "a.csv" || gotI.Output != "b.yaml" || gotI.Name != "店" || gotI.Encoding != "utf8" || !gotI.Force {
		t.Errorf("import options %+v", gotI)
	}
	var gotE *ExportOptions
	cmd = NewCmdExport(f, func(o *ExportOptions) error { gotE = o; return nil })
	cmd.SetArgs([]string{"--to", "sogou", "-o", "p.ini", "--platform", "tmall"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if gotE.To != "sogou" || gotE.Output != "p.ini" || gotE.PlatformArg != "tmall" || gotE.Force || gotE.Packs == nil {
		t.Errorf("export options %+v", gotE)
	}
}

// TestImportExportCommands runs both commands through cobra, as a user does.
func TestImportExportCommands(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, dir, "qn.csv", gbkBytes(t, qianniuExport))
	out := filepath.Join(dir, "qn.yaml")
	r := runCLI(t, "import", "--from", "qianniu", in, "-o", out)
	if r.code != 0 || r.stdout != "" || !strings.Contains(r.stderr, "导入 4 条话术") {
		t.Fatalf("import: %+v", r)
	}
	r = runCLI(t, "--no-embedded", "--pack", out, "get", "001", "--print")
	r.check(t, 0, "亲，现货48小时内发货，\n预售以页面为准\n", "")

	csv := filepath.Join(dir, "qn-back.csv")
	r = runCLI(t, "--no-embedded", "--pack", out, "export", "--to", "csv", "-o", csv)
	r.check(t, 0, "", "huashu: 已导出 4 条话术到 "+csv+"（CSV，UTF-8）\n")
	data, _ := os.ReadFile(csv)
	want := "code,title,group,text\n" +
		"hy,欢迎光临,售前,您好，欢迎光临！\n" +
		"001,现货48小时内发货,售中,\"亲，现货48小时内发货，\n预售以页面为准\"\n" +
		"退款,退款已提交,,退款已提交，请耐心等待\n" +
		"hy2,感谢您的耐心等待,售前,感谢您的耐心等待\n"
	if string(data) != want {
		t.Errorf("csv:\n got %q\nwant %q", data, want)
	}

	r = runCLI(t, "import", "--from", "word", in, "-o", out)
	r.check(t, 2, "", "huashu: --from：未知格式 \"word\"（可用：qianniu 千牛、sogou 搜狗 或 csv）\n")
	r = runCLI(t, "export", "-o", csv)
	r.check(t, 2, "", "huashu: export 需要 --to 说明导出给谁：qianniu（千牛）、sogou（搜狗）或 csv\n")
}

// TestNeverOverwritesALoadedPack: -o naming a pack file huashu has loaded
// (a --pack file, the personal pack, a team source's file, through another
// name) is refused by export and import alike, with one message, even with
// --force: a pack replaced by an export, or by an import of other phrases,
// is a pack lost.
func TestNeverOverwritesALoadedPack(t *testing.T) {
	dir := t.TempDir()
	team := filepath.Join(dir, "team.yaml")
	personal := filepath.Join(dir, "personal.yaml")
	checkout := filepath.Join(dir, "checkout")
	if err := os.Mkdir(checkout, 0o755); err != nil {
		t.Fatal(err)
	}
	shared := filepath.Join(checkout, "shared.yaml")
	for _, f := range []string{team, personal, shared} {
		if err := os.WriteFile(f, []byte("pack: 包"+filepath.Base(f)+"\nphrases:\n  - code: "+strings.TrimSuffix(filepath.Base(f), ".yaml")[:2]+"\n    title: 标题\n    text: 亲，您好\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(cfg, []byte("personal: "+personal+"\nsources:\n  - {name: 团队, path: "+checkout+"}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(dir, "in.csv")
	if err := os.WriteFile(in, []byte("code,text\nzz,导入的话术\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	before := map[string]string{}
	for _, f := range []string{team, personal, shared} {
		b, _ := os.ReadFile(f)
		before[f] = string(b)
	}
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, out := range []string{team, personal, shared, filepath.Join(sub, "..", "team.yaml")} {
		want := "huashu: -o " + out + " 是已加载的话术包，不能覆盖它（--force 也不行）；请写到另一个文件\n"
		for _, cmd := range [][]string{
			{"export", "--to", "csv", "-o", out},
			{"export", "--to", "csv", "-o", out, "--force"},
			{"import", "--from", "csv", in, "-o", out},
			{"import", "--from", "csv", in, "-o", out, "--force"},
		} {
			r := runCLI(t, append([]string{"--config", cfg, "--no-embedded", "--pack", team}, cmd...)...)
			if r.code != ExitUsage || r.stderr != want {
				t.Errorf("%v: exit %d, stderr %q, want %q", cmd, r.code, r.stderr, want)
			}
		}
	}
	for f, b := range before {
		if got, _ := os.ReadFile(f); string(got) != b {
			t.Errorf("%s was overwritten:\n%s", f, got)
		}
	}
}

// TestReservedOutputNames: NUL, CON.csv, COM1.ini are devices on Windows.
func TestReservedOutputNames(t *testing.T) {
	dir := t.TempDir()
	csv := filepath.Join(dir, "in.csv")
	if err := os.WriteFile(csv, []byte("code,text\nhy,亲，您好\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"import", "--from", "csv", csv, "-o", filepath.Join(dir, "NUL.yaml")},
		{"--pack", csv, "export", "--to", "csv", "-o", filepath.Join(dir, "nul.csv")},
		{"export", "--to", "sogou", "-o", filepath.Join(dir, "COM1.ini")},
	} {
		r := runCLI(t, args...)
		out := args[len(args)-1]
		want := "huashu: -o " + out + "：" + filepath.Base(out) + " 是 Windows 的保留设备名，不能用作文件名；请换一个名字\n"
		if r.code != ExitUsage || r.stderr != want {
			t.Errorf("%v: exit %d, stderr %q, want %q", args, r.code, r.stderr, want)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("%s was written", out)
		}
	}
}

// A phrase whose text is only blanks (a whitespace-only text, parts of
// blanks) is never written as an empty entry ("ab,1=" in 搜狗, an empty
// 千牛 phrase): it is skipped with a note naming its code.
func TestExportSkipsBlankTexts(t *testing.T) {
	dir := t.TempDir()
	pk := filepath.Join(dir, "p.yaml")
	if err := os.WriteFile(pk, []byte("pack: p\nphrases:\n"+
		"  - {code: ok, title: 正常, text: 亲，您好}\n"+
		"  - {code: ab, title: 空白, text: \"   \"}\n"+
		"  - {code: cd, title: 空白分段, parts: [\" \", \"\\t\"]}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, to := range []string{"sogou", "qianniu", "csv"} {
		out := filepath.Join(dir, "out."+to)
		r := runCLI(t, "--no-embedded", "--pack", pk, "export", "--to", to, "-o", out)
		for _, want := range []string{
			"huashu: 跳过编码 “ab”（“空白”）：正文是空的（只有空白），导出后是一条无效的空短语\n",
			"huashu: 跳过编码 “cd”（“空白分段”）：正文是空的（只有空白），导出后是一条无效的空短语\n",
			"已导出 1 条话术",
		} {
			if !strings.Contains(r.stderr, want) {
				t.Errorf("--to %s: stderr lacks %q:\n%s", to, want, r.stderr)
			}
		}
		data, _ := os.ReadFile(out)
		text := string(data)
		if to == "sogou" {
			b, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
			if err != nil {
				t.Fatal(err)
			}
			text = string(b)
		}
		if strings.Contains(text, "ab,") || strings.Contains(text, "cd,") || strings.Contains(text, "\nab") || strings.Contains(text, "\ncd") {
			t.Errorf("--to %s wrote a blank entry:\n%q", to, text)
		}
	}
}

// TestExportWriteFailureInChinese: a file that cannot be written is said
// in the interface's language, with the path once and the reason in
// words, not the system's "open …: not a directory".
func TestExportWriteFailureInChinese(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows says the path does not exist")
	}
	blocker := writeFile(t, t.TempDir(), "file", []byte("x"))
	io, _, _, _ := Test()
	o := exportOpts(io, shop)
	o.To, o.Output = "csv", filepath.Join(blocker, "out.csv")
	err := exportRun(o)
	if want := "无法写入 " + o.Output + "：路径中有一段不是目录"; ExitCode(err) != ExitNotFound || err.Error() != want {
		t.Errorf("export = %v, want %q", err, want)
	}
}

// TestExportWritesWhatTheFlagsSelect: with --pack, export writes those
// packs (and the built-in ones unless --no-embedded), not the configured
// team sources nor the personal pack — an export for the team's 千牛 must
// not carry an agent's own phrases, nor their versions of the team's
// codes; without --pack it writes everything loaded. The personal pack
// is still never overwritten (TestNeverOverwritesALoadedPack).
func TestExportWritesWhatTheFlagsSelect(t *testing.T) {
	dir := t.TempDir()
	team := writeFile(t, dir, "team.yaml", []byte("pack: 团队\nphrases:\n  - code: hy\n    title: 欢迎\n    text: 您好，欢迎光临\n  - code: tk\n    title: 退款\n    text: 退款会原路退回\n"))
	personal := writeFile(t, dir, "personal.yaml", []byte("pack: 个人\nphrases:\n  - code: hy\n    title: 欢迎\n    text: 我的欢迎语\n  - code: wd\n    title: 我的\n    text: 我自己的话术\n"))
	checkout := filepath.Join(dir, "checkout")
	if err := os.Mkdir(checkout, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, checkout, "shared.yaml", []byte("pack: 共享\nphrases:\n  - code: gx\n    title: 共享\n    text: 共享源的话术\n"))
	cfg := writeFile(t, dir, "config.yaml", []byte("personal: "+personal+"\nsources:\n  - {name: 团队, path: "+checkout+"}\n"))
	const header = "code,title,group,text\n"
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--no-embedded", "--pack", team}, header + "hy,欢迎,,您好，欢迎光临\ntk,退款,,退款会原路退回\n"},
		{[]string{"--no-embedded", "--pack", personal}, header + "hy,欢迎,,我的欢迎语\nwd,我的,,我自己的话术\n"},
		{[]string{"--no-embedded"}, header + "gx,共享,,共享源的话术\nhy,欢迎,,我的欢迎语\nwd,我的,,我自己的话术\n"},
	} {
		r := runCLI(t, append(append([]string{"--config", cfg}, tt.args...), "export", "--to", "csv", "-o", "-")...)
		if r.code != 0 || r.stdout != tt.want {
			t.Errorf("%v: exit %d (%s)\n got %q\nwant %q", tt.args, r.code, r.stderr, r.stdout, tt.want)
		}
	}
	// The built-in packs stay unless --no-embedded.
	r := runCLI(t, "--config", cfg, "--pack", team, "export", "--to", "csv", "-o", "-")
	if r.code != 0 || !strings.Contains(r.stdout, "\nhy,欢迎,,您好，欢迎光临") || strings.Contains(r.stdout, "我自己的话术") ||
		strings.Contains(r.stdout, "共享源的话术") || strings.Count(r.stdout, "\n") < 10 {
		t.Errorf("--pack without --no-embedded: exit %d (%s)\n%s", r.code, r.stderr, r.stdout)
	}
}
