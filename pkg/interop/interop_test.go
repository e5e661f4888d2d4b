package interop

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/huashu-cli/huashu/pkg/pack"
)

// gbk encodes s the way 千牛 and Windows Excel write it.
func gbk(t testing.TB, s string) []byte {
	t.Helper()
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("GBK encode: %v", err)
	}
	return b
}

// utf16le encodes s the way 搜狗 writes phrases.ini: UTF-16LE with a BOM.
func utf16le(t testing.TB, s string) []byte {
	t.Helper()
	b, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("UTF-16 encode: %v", err)
	}
	if !bytes.HasPrefix(b, []byte{0xFF, 0xFE}) {
		t.Fatalf("no BOM")
	}
	return b
}

// qianniuFile is a 千牛 export with everything Excel and agents do to it:
// CRLF, quoted commas, quotes and line breaks, Excel's leading tabs, an empty
// group, Chinese, upper-case and duplicate codes, an empty text, a blank row.
const qianniuFile = "快捷短语编码,快捷短语,快捷短语分组\r\n" +
	"hy,您好，欢迎光临本店，请问有什么可以帮您？,售前\r\n" +
	"\t001,\t\"亲，现货48小时内发货，预售以页面为准\",售中\r\n" +
	"退款,\"亲，退款已提交，\r\n请耐心等待 1-3 个工作日～\",售后\r\n" +
	"DH,\"请提供订单号，我帮您查询 \"\"物流\"\"\",\r\n" +
	"hy,感谢您的耐心等待,售前\r\n" +
	"kong,,售前\r\n" +
	",,\r\n" +
	"fp,\"发票，开具\",\t售后 / 发票\r\n"

func wantQianniu() []Record {
	return []Record{
		{Line: 2, Code: "hy", Title: "欢迎光临本店", Group: "售前", Text: "您好，欢迎光临本店，请问有什么可以帮您？"},
		{Line: 3, Code: "001", Title: "现货48小时内发货", Group: "售中", Text: "亲，现货48小时内发货，预售以页面为准"},
		{Line: 4, Code: "退款", Title: "退款已提交", Group: "售后", Text: "亲，退款已提交，\n请耐心等待 1-3 个工作日～"},
		{Line: 6, Code: "dh", Title: "请提供订单号", Text: `请提供订单号，我帮您查询 "物流"`},
		{Line: 7, Code: "hy2", Title: "感谢您的耐心等待", Group: "售前", Text: "感谢您的耐心等待"},
		{Line: 10, Code: "fp", Title: "发票", Group: "售后/发票", Text: "发票，开具"},
	}
}

func TestReadQianniuGBK(t *testing.T) {
	im, err := ReadQianniu(gbk(t, qianniuFile), "")
	if err != nil {
		t.Fatal(err)
	}
	if im.Encoding != GB18030 || len(im.Notes) != 0 {
		t.Errorf("encoding %s, notes %v; want GB18030 without notes", im.Encoding, im.Notes)
	}
	got, notes, sum := Normalize(im.Records)
	if !reflect.DeepEqual(got, wantQianniu()) {
		t.Errorf("records:\n got %+v\nwant %+v", got, wantQianniu())
	}
	wantNotes := []string{
		`6: 编码 “DH” 改为 “dh”（大写改为小写）`,
		`8: 跳过编码 “kong”：正文为空`,
		`10: 编码 “fp” 的分组 “售后 / 发票” 改为 “售后/发票”`,
		`7: 重复编码 “hy”（第 2 行已用），改为 “hy2”`,
	}
	var gotNotes []string
	for _, n := range notes {
		gotNotes = append(gotNotes, n.String())
	}
	if !reflect.DeepEqual(gotNotes, wantNotes) {
		t.Errorf("notes:\n got %q\nwant %q", gotNotes, wantNotes)
	}
	want := Summary{Read: 7, Written: 6, SkippedEmpty: 1, Renamed: 1, CodesFixed: 1, TitlesDerived: 6}
	if sum != want {
		t.Errorf("summary %+v, want %+v", sum, want)
	}
}

func TestReadQianniuUTF8(t *testing.T) {
	for name, data := range map[string][]byte{
		"utf8":     []byte(qianniuFile),
		"utf8 bom": append([]byte{0xEF, 0xBB, 0xBF}, qianniuFile...),
	} {
		t.Run(name, func(t *testing.T) {
			im, err := ReadQianniu(data, "")
			if err != nil {
				t.Fatal(err)
			}
			if im.Encoding != UTF8 || len(im.Notes) != 1 || !strings.Contains(im.Notes[0].Msg, "UTF-8") {
				t.Errorf("encoding %s, notes %v; want UTF-8 with a note", im.Encoding, im.Notes)
			}
			got, _, _ := Normalize(im.Records)
			if !reflect.DeepEqual(got, wantQianniu()) {
				t.Errorf("records:\n got %+v\nwant %+v", got, wantQianniu())
			}
		})
	}
}

func TestReadQianniuForcedAndUTF16(t *testing.T) {
	// Excel's "Unicode 文本": UTF-16LE with a BOM, tab-separated.
	tsv := strings.ReplaceAll("快捷短语编码,快捷短语,快捷短语分组\r\nhy,您好,售前\r\n", ",", "\t")
	im, err := ReadQianniu(utf16le(t, tsv), "")
	if err != nil {
		t.Fatal(err)
	}
	got, _, _ := Normalize(im.Records)
	if len(got) != 1 || got[0].Code != "hy" || got[0].Text != "您好" || got[0].Group != "售前" || im.Encoding != UTF16LE {
		t.Errorf("got %+v (%s)", got, im.Encoding)
	}
	// --encoding utf8 on GBK bytes: an error that names the line.
	_, err = ReadQianniu(gbk(t, qianniuFile), UTF8)
	if err == nil || !strings.Contains(err.Error(), "UTF-8") || !strings.Contains(err.Error(), "第 1 行") {
		t.Errorf("forced utf8 on GBK: %v", err)
	}
	// A BOM that contradicts --encoding.
	_, err = ReadQianniu(utf16le(t, tsv), GB18030)
	if err == nil || !strings.Contains(err.Error(), "BOM") {
		t.Errorf("BOM vs --encoding: %v", err)
	}
	// Not a 千牛 file.
	_, err = ReadQianniu(gbk(t, "编号,名字\r\n1,2\r\n"), "")
	if err == nil || !strings.Contains(err.Error(), "快捷短语编码,快捷短语,快捷短语分组") {
		t.Errorf("bad header: %v", err)
	}
	// A quote that never closes.
	_, err = ReadQianniu(gbk(t, "快捷短语编码,快捷短语,快捷短语分组\r\nhy,\"您好\r\n\r\n"), "")
	if err == nil || !strings.Contains(err.Error(), "第 2 行") {
		t.Errorf("open quote: %v", err)
	}
}

func TestReadCSV(t *testing.T) {
	src := "code,title,group,text\n" +
		"hy,欢迎语,售前/问候,\"您好，欢迎光临！\"\n" +
		"fhsj,发货时间,售中/物流,\"亲，现货48小时内发出。\n\n预售以页面为准。\"\n" +
		"HY,,售前,\"  前后有空格  \"\n"
	im, err := ReadCSV([]byte(src), "")
	if err != nil {
		t.Fatal(err)
	}
	got, _, _ := Normalize(im.Records)
	want := []Record{
		{Line: 2, Code: "hy", Title: "欢迎语", Group: "售前/问候", Text: "您好，欢迎光临！"},
		{Line: 3, Code: "fhsj", Title: "发货时间", Group: "售中/物流", Text: "亲，现货48小时内发出。\n\n预售以页面为准。"},
		{Line: 6, Code: "hy2", Title: "前后有空格", Group: "售前", Text: "  前后有空格  "},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("records:\n got %+v\nwant %+v", got, want)
	}
}

func TestReadCSVWrongEncoding(t *testing.T) {
	_, err := ReadCSV(gbk(t, "code,title,group,text\nhy,欢迎语,售前,您好\n"), "")
	if err == nil || !strings.Contains(err.Error(), "GBK") || !strings.Contains(err.Error(), "--encoding gb18030") {
		t.Errorf("GBK as csv: %v", err)
	}
	noBOM := utf16le(t, "code,title,group,text\nhy,欢迎语,售前,您好\n")[2:]
	_, err = ReadCSV(noBOM, "")
	if err == nil || !strings.Contains(err.Error(), "UTF-16LE") {
		t.Errorf("UTF-16 without BOM as csv: %v", err)
	}
	// Forced, it reads.
	im, err := ReadCSV(gbk(t, "code,title,group,text\nhy,欢迎语,售前,您好\n"), GB18030)
	if err != nil || len(im.Records) != 1 || im.Records[0].Text != "您好" {
		t.Errorf("forced gb18030: %v %+v", err, im)
	}
}

const sogouFile = "; 搜狗输入法--自定义短语配置文件\r\n" +
	";  单行的格式：\r\n" +
	";  字符串+英文逗号+数字（指定排序位置）=短语\r\n" +
	"\r\n" +
	"hy,2=感谢您的耐心等待\r\n" +
	"hy,1=您好，欢迎光临！\r\n" +
	"dz,1=\r\n" +
	"亲，我们的退货地址是：\r\n" +
	"\r\n" +
	"[微笑]收件人：售后部\r\n" +
	"\r\n" +
	"; 注释结束多行短语\r\n" +
	"HY,1=重复位置，按出现顺序\r\n" +
	"ss,1=#$year年$month月$day_dd日\r\n" +
	"随便写的一行\r\n"

func TestReadSogou(t *testing.T) {
	for name, data := range map[string][]byte{
		"utf16le bom crlf": utf16le(t, sogouFile),
		"utf8 lf":          []byte(strings.ReplaceAll(sogouFile, "\r\n", "\n")),
		"utf8 bom":         append([]byte{0xEF, 0xBB, 0xBF}, sogouFile...),
	} {
		t.Run(name, func(t *testing.T) {
			im, err := ReadSogou(data, "")
			if err != nil {
				t.Fatal(err)
			}
			got, notes, _ := Normalize(im.Records)
			want := []Record{
				{Line: 6, Code: "hy", Title: "欢迎光临", Text: "您好，欢迎光临！"},
				{Line: 13, Code: "hy2", Title: "重复位置", Text: "重复位置，按出现顺序"},
				{Line: 5, Code: "hy3", Title: "感谢您的耐心等待", Text: "感谢您的耐心等待"},
				{Line: 7, Code: "dz", Title: "我们的退货地址是", Text: "亲，我们的退货地址是：\n\n[微笑]收件人：售后部"},
				{Line: 14, Code: "ss", Title: "#$year年$mon…", Text: "#$year年$month月$day_dd日"},
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("records:\n got %+v\nwant %+v", got, want)
			}
			all := ""
			for _, n := range append(im.Notes, notes...) {
				all += n.String() + "\n"
			}
			for _, w := range []string{"15: 不是「编码,位置=短语」格式", "14: 编码 “ss” 是搜狗的时间函数", "13: 编码 “HY” 改为 “hy”", "重复编码 “hy”（第 6 行已用），改为 “hy2”"} {
				if !strings.Contains(all, w) {
					t.Errorf("notes lack %q:\n%s", w, all)
				}
			}
		})
	}
}

func TestReadWorkbook(t *testing.T) {
	for _, data := range [][]byte{[]byte("PK\x03\x04\x14\x00"), {0xD0, 0xCF, 0x11, 0xE0, 0xA1}} {
		if _, err := Read(Qianniu, data, ""); err == nil || !strings.Contains(err.Error(), "另存为」CSV") {
			t.Errorf("workbook: %v", err)
		}
	}
}

func TestReadSogouGBK(t *testing.T) {
	_, err := ReadSogou(gbk(t, "hy,1=您好\r\n"), "")
	if err == nil || !strings.Contains(err.Error(), "GBK") {
		t.Errorf("GBK phrases.ini: %v", err)
	}
}

func TestDeriveTitle(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"您好，欢迎光临{{店铺}}，请问有什么可以帮您？", "欢迎光临店铺"},
		{"亲，现货商品会在付款后48小时内发出。", "现货商品会在付款后48…"},
		{"亲亲～退款已到账", "退款已到账"},
		{"好的", "好的"},
		{"Hello, welcome!", "welcome"},
		{"！！！", "code"},
		{"\n\n第一行\n第二行", "第一行"},
		{"{{订单号|未知}}已发货", "订单号已发货"},
	} {
		if got := DeriveTitle(c.text, "code"); got != c.want {
			t.Errorf("DeriveTitle(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	// A text with nothing to make a title of falls back to the code, cut
	// like any derived title (FuzzQianniu found a 20-character code).
	if got := DeriveTitle("！！！", "abcdefghijklmnopqrst"); got != "abcdefghijk…" {
		t.Errorf("DeriveTitle with a long code = %q", got)
	}
	recs, _, _ := Normalize([]Record{{Line: 2, Code: "abcdefghijklmnopqrstuvwxyz0123", Text: "……"}})
	if n := utf8.RuneCountInString(recs[0].Title); n > MaxTitleRunes {
		t.Errorf("title %q has %d runes, over %d", recs[0].Title, n, MaxTitleRunes)
	}
}

func TestNormalizeCode(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"hy", "hy"}, {" HY ", "hy"}, {"ｈｙ１", "hy1"}, {"退款", "退款"}, {"退款-2", "退款2"},
		{"a b_c", "abc"}, {"!!", ""}, {"618YFX", "618yfx"},
	} {
		if got, _ := NormalizeCode(c.in); got != c.want {
			t.Errorf("NormalizeCode(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// Renames never take a code the file has elsewhere.
	got, _, _ := Normalize([]Record{{Code: "hy", Text: "a"}, {Code: "hy", Text: "b"}, {Code: "hy2", Text: "c"}, {Code: "", Text: "d"},
		{Code: "hy", Text: "e"}, {Code: "001", Text: "f"}, {Code: "001", Text: "g"}, {Code: "退款", Text: "h"}, {Code: "退款", Text: "i"}})
	var codes []string
	for _, r := range got {
		codes = append(codes, r.Code)
	}
	if want := []string{"hy", "hy3", "hy2", "p4", "hy4", "001", "001x2", "退款", "退款2"}; !reflect.DeepEqual(codes, want) {
		t.Errorf("codes %v, want %v", codes, want)
	}
}

// trickyTexts are replies YAML cannot hold as plain or literal scalars.
var trickyTexts = []string{
	"您好，欢迎光临！",
	"多行\n第二行",
	"结尾有换行\n",
	"结尾两个换行\n\n",
	"行尾空格  \n下一行",
	"  开头空格\n第二行",
	"\n开头换行",
	"yes",
	"618",
	"null",
	"- 像列表",
	"# 像注释",
	"key: value",
	"带\t制表符\n第二行\t",
	"控制字符\x08退格",
	"\"引号\" '单引号'",
	"{{店铺}} 欢迎您",
	"emoji 🙂 和旺旺 /:^_^",
	"  ",
	"a\r\nb",
}

func TestMarshalPackExact(t *testing.T) {
	p := PackFile{Name: "导入测试", Description: "从测试导入"}
	for i, text := range trickyTexts {
		p.Phrases = append(p.Phrases, Record{Code: "t" + string(rune('a'+i)), Title: "标题", Group: "分组/子组", Text: text})
	}
	p.Phrases = append(p.Phrases, Record{Code: "618", Title: "no", Text: "x"}, Record{Code: "退款", Title: "true", Text: "y"})
	out, err := MarshalPack(p)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(out, []byte(`\u`)) || !bytes.Contains(out, []byte("您好，欢迎光临！")) {
		t.Errorf("CJK escaped:\n%s", out)
	}
	if !bytes.Contains(out, []byte("text: |-\n      多行\n      第二行\n")) {
		t.Errorf("multi-line text is not a literal block:\n%s", out)
	}
	pk, errs := pack.Parse("import.yaml", out)
	if len(errs) > 0 {
		t.Fatalf("pack.Parse: %v\n%s", errs.String(), out)
	}
	if pk.Name != p.Name || len(pk.Phrases) != len(p.Phrases) {
		t.Fatalf("pack %q with %d phrases", pk.Name, len(pk.Phrases))
	}
	for i, ph := range pk.Phrases {
		r := p.Phrases[i]
		if ph.Code != r.Code || ph.Title != r.Title || ph.Group != r.Group || ph.Text != r.Text {
			t.Errorf("phrase %d: got %q %q %q %q, want %q %q %q %q", i, ph.Code, ph.Title, ph.Group, ph.Text, r.Code, r.Title, r.Group, r.Text)
		}
	}
}

// TestCSVAsk: the generic CSV's ask column (or 相似问法) holds buyer
// questions, one per line or between |; import writes them as the pack's
// ask, export writes them back, and a file without it keeps four columns.
func TestCSVAsk(t *testing.T) {
	src := "code,text,相似问法\n" +
		"fhsj,48小时内发货,\"什么时候发货\n发货了吗 | 多久能发｜\"\n" +
		"hy,您好,\n"
	im, err := ReadCSV([]byte(src), "")
	if err != nil {
		t.Fatal(err)
	}
	recs, notes, _ := Normalize(im.Records)
	if want := []string{"什么时候发货", "发货了吗", "多久能发"}; !reflect.DeepEqual(recs[0].Ask, want) || recs[1].Ask != nil {
		t.Fatalf("ask %q / %q", recs[0].Ask, recs[1].Ask)
	}
	for _, n := range append(im.Notes, notes...) {
		if strings.Contains(n.Msg, "相似问法") {
			t.Errorf("相似问法 reported as ignored: %s", n)
		}
	}
	out, err := MarshalPack(PackFile{Name: "问法", Phrases: recs})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "    ask:\n      - 什么时候发货\n      - 发货了吗\n      - 多久能发\n") {
		t.Errorf("pack:\n%s", out)
	}
	pk, errs := pack.Parse("问法.yaml", out)
	if len(errs) > 0 || !reflect.DeepEqual(pk.Phrases[0].Ask, recs[0].Ask) {
		t.Fatalf("read back: %v %q", errs, pk.Phrases[0].Ask)
	}
	back, _, _ := Flatten(pk.Phrases, "", time.Time{})
	if got, want := string(WriteCSV(back)), "code,title,group,text,ask\n"+
		"fhsj,48小时内发货,,48小时内发货,\"什么时候发货\n发货了吗\n多久能发\"\n"+
		"hy,您好,,您好,\n"; got != want {
		t.Errorf("export:\n got %q\nwant %q", got, want)
	}
	if got := string(WriteCSV([]Record{{Code: "hy", Title: "您好", Text: "您好"}})); got != "code,title,group,text\nhy,您好,,您好\n" {
		t.Errorf("without questions: %q", got)
	}
}

// TestMarshalPackOverTheLimit: an import whose pack would be over the pack
// size limit fails with that, naming the line, before building it whole —
// not after, as "huashu's bug".
func TestMarshalPackOverTheLimit(t *testing.T) {
	defer func(old int) { maxPackBytes = old }(maxPackBytes)
	maxPackBytes = 64 << 10 // 64 KiB stands in for 64 MiB
	var recs []Record
	for i := 0; i < 2000; i++ {
		recs = append(recs, Record{Line: i + 2, Code: fmt.Sprintf("c%d", i), Title: "标题", Text: "亲，这是第一千条话术的正文，感谢您的支持"})
	}
	_, err := MarshalPack(PackFile{Name: "大", Phrases: recs})
	var tl *TooLargeError
	if !errors.As(err, &tl) {
		t.Fatalf("err = %v, want *TooLargeError", err)
	}
	if want := "导入的话术写成话术包会超过上限 64 KiB（最晚在第 633 行超出）：请把文件拆成几个分别导入"; err.Error() != want {
		t.Errorf("err = %q, want %q", err, want)
	}
	// Just under the limit: written, and within it.
	out, err := MarshalPack(PackFile{Name: "大", Phrases: recs[:500]})
	if err != nil || len(out) > maxPackBytes {
		t.Fatalf("500 phrases: %d bytes, %v", len(out), err)
	}
}

// TestEncodingHintsAreAccepted: every --encoding an error suggests is one
// the flag takes (a BOM-less UTF-16BE 搜狗 file said "--encoding utf16be",
// which --encoding refused).
func TestEncodingHintsAreAccepted(t *testing.T) {
	be, err := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(sogouFile))
	if err != nil {
		t.Fatal(err)
	}
	le, err := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(sogouFile))
	if err != nil {
		t.Fatal(err)
	}
	for _, data := range [][]byte{be, le, gbk(t, qianniuFile)} {
		_, err := ReadCSV(data, "")
		if err == nil {
			t.Fatal("want an encoding error")
		}
		m := regexp.MustCompile(`--encoding (\w+)`).FindStringSubmatch(err.Error())
		if m == nil {
			t.Fatalf("no --encoding in %q", err)
		}
		enc, perr := ParseEncoding(m[1])
		if perr != nil {
			t.Errorf("the hint --encoding %s is refused: %v", m[1], perr)
			continue
		}
		if _, err := ReadSogou(data, enc); err != nil && enc != GB18030 {
			t.Errorf("--encoding %s: %v", m[1], err)
		}
	}
}

// TestDuplicateHeaderColumn: a header naming one column twice is an error
// that names both, not a silent choice of the last.
func TestDuplicateHeaderColumn(t *testing.T) {
	_, err := ReadCSV([]byte("code,text,title,text\nhy,您好,欢迎,再见\n"), "")
	if want := "第 1 行：表头有两列都是 text（第 2 列“text”和第 4 列“text”）：删掉或改名其中一列"; err == nil || err.Error() != want {
		t.Errorf("csv: err = %v, want %q", err, want)
	}
	_, err = ReadQianniu([]byte("快捷短语编码,快捷短语,内容\nhy,您好,再见\n"), UTF8)
	if want := "第 1 行：表头有两列都是 text（第 2 列“快捷短语”和第 3 列“内容”）：删掉或改名其中一列"; err == nil || err.Error() != want {
		t.Errorf("qianniu: err = %v, want %q", err, want)
	}
}
