package interop

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// importPack is the import command without files: read, normalise, write
// the pack YAML, load it with the real loader.
func importPack(t *testing.T, f Format, data []byte) []*phrase.Phrase {
	t.Helper()
	im, err := Read(f, data, "")
	if err != nil {
		t.Fatalf("read %s: %v", f, err)
	}
	recs, _, _ := Normalize(im.Records)
	out, err := MarshalPack(PackFile{Name: "往返", Phrases: recs})
	if err != nil {
		t.Fatalf("marshal: %v", err)
	}
	pk, errs := pack.Parse("roundtrip.yaml", out)
	if len(errs) > 0 {
		t.Fatalf("pack.Parse: %s\n%s", errs.String(), out)
	}
	return pk.Phrases
}

type kept struct{ Code, Title, Group, Text string }

func keep(phs []*phrase.Phrase, group bool) []kept {
	var out []kept
	for _, ph := range phs {
		k := kept{ph.Code, ph.Title, ph.Group, ph.Text}
		if !group {
			k.Group = ""
		}
		out = append(out, k)
	}
	return out
}

// TestRoundTrip: import → load with the loader → export → import gives the
// same phrases, for every format (搜狗 has no groups).
func TestRoundTrip(t *testing.T) {
	first := importPack(t, Qianniu, gbk(t, qianniuFile))
	if len(first) != 6 {
		t.Fatalf("%d phrases", len(first))
	}
	for _, f := range Formats {
		t.Run(string(f), func(t *testing.T) {
			recs, _, _ := Flatten(first, "", time.Time{})
			data, n, notes, err := Write(f, recs)
			wantN := len(first)
			if f == Sogou {
				wantN--
			}
			if err != nil || n != wantN {
				t.Fatalf("write: %v, %d written, notes %v", err, n, notes)
			}
			if f == Sogou && len(notes) != 1 { // 退款 is not a 搜狗 code
				t.Errorf("notes %v", notes)
			}
			again := importPack(t, f, data)
			want := keep(first, f != Sogou)
			if f == Sogou {
				want = append(want[:2], want[3:]...)
			}
			if got := keep(again, f != Sogou); !reflect.DeepEqual(got, want) {
				t.Errorf("after %s:\n got %+v\nwant %+v", f, got, want)
			}
		})
	}
}

// TestRoundTripTrickyTexts sends every awkward text through each format.
func TestRoundTripTrickyTexts(t *testing.T) {
	var recs []Record
	for i, text := range trickyTexts {
		if strings.TrimSpace(text) == "" {
			continue
		}
		recs = append(recs, Record{Code: "t" + string(rune('a'+i)), Title: "标题", Group: "组", Text: crlfToLF(text)})
	}
	for _, f := range []Format{Qianniu, CSV} {
		t.Run(string(f), func(t *testing.T) {
			data, _, _, err := Write(f, recs)
			if err != nil {
				t.Fatal(err)
			}
			im, err := Read(f, data, "")
			if err != nil {
				t.Fatal(err)
			}
			got, _, _ := Normalize(im.Records)
			for i, r := range got {
				if r.Text != recs[i].Text || r.Code != recs[i].Code {
					t.Errorf("%s: %q → %q", r.Code, recs[i].Text, r.Text)
				}
			}
		})
	}
}

func TestWriteQianniuBytes(t *testing.T) {
	data, notes, err := WriteQianniu([]Record{
		{Code: "618", Text: "第一行\n第二行", Group: "活动"},
		{Code: "退款", Text: `他说"好"，=1`, Group: ""},
		{Code: "hy", Text: "-5元", Group: "2024"},
	})
	if err != nil || len(notes) != 0 {
		t.Fatal(err, notes)
	}
	_, notes, _ = WriteQianniu([]Record{{Code: "xx", Text: "谢谢🙂"}})
	if len(notes) != 1 || notes[0].Msg != "编码 “xx” 含 GBK 以外的字符 “🙂”：文件按 GB18030 写出，不支持 GB18030 的软件会显示为乱码" {
		t.Errorf("notes %v", notes)
	}
	want := gbk(t, "快捷短语编码,快捷短语,快捷短语分组\r\n"+
		"\t618,\"第一行\n第二行\",活动\r\n"+
		"退款,\"他说\"\"好\"\"，=1\",\r\n"+
		"hy,\t-5元,\t2024\r\n")
	if !bytes.Equal(data, want) {
		t.Errorf("got\n%q\nwant\n%q", data, want)
	}
}

func TestWriteSogouBytes(t *testing.T) {
	data, n, notes := WriteSogou([]Record{
		{Code: "hy", Text: "您好"},
		{Code: "hy", Text: "第一行\n\n第二行"},
		{Code: "退款", Text: "跳过"},
		{Code: "dz", Text: "地址\n;不是注释"},
	})
	want := utf16le(t, "; 搜狗输入法自定义短语，由 huashu 导出\r\n"+
		"; 单行：编码,位置=短语；多行：编码,位置= 后面各行是短语\r\n\r\n"+
		"hy,1=您好\r\nhy,2=\r\n第一行\r\n\r\n第二行\r\ndz,1=\r\n地址\r\n;不是注释\r\n")
	if !bytes.Equal(data, want) || n != 3 {
		t.Errorf("got %d\n%q\nwant\n%q", n, data, want)
	}
	if len(notes) != 2 || !strings.Contains(notes[0].Msg, "退款") || !strings.Contains(notes[1].Msg, "注释") {
		t.Errorf("notes %v", notes)
	}
}

func TestFlatten(t *testing.T) {
	phs := []*phrase.Phrase{
		{Code: "a", Title: "A", Body: phrase.Body{Parts: []string{"一", "二"}}},
		{Code: "b", Title: "B", Body: phrase.Body{Text: "默认{{店铺}}"}, Variants: map[phrase.Platform]phrase.Body{phrase.Tmall: {Text: "天猫"}}},
		{Code: "c", Title: "C", Body: phrase.Body{Text: "京东"}, Platforms: []phrase.Platform{phrase.JD}},
	}
	recs, st, _ := Flatten(phs, "", time.Time{})
	if len(recs) != 3 || recs[0].Text != "一\n\n二" || recs[1].Text != "默认{{店铺}}" || st.Parts != 1 || st.Placeholders != 1 {
		t.Errorf("no platform: %+v %+v", recs, st)
	}
	recs, st, _ = Flatten(phs, phrase.Tmall, time.Time{})
	if len(recs) != 2 || recs[1].Text != "天猫" || st.Variants != 1 || st.NotPlatform != 1 {
		t.Errorf("tmall: %+v %+v", recs, st)
	}
}

func TestFlattenValid(t *testing.T) {
	day := func(d int) *time.Time { v := time.Date(2026, 11, d, 0, 0, 0, 0, time.UTC); return &v }
	phs := []*phrase.Phrase{
		{Code: "old", Title: "双十一", Body: phrase.Body{Text: "a"}, Valid: &phrase.Window{From: day(1), Until: day(11)}},
		{Code: "now", Title: "现在", Body: phrase.Body{Text: "b"}, Valid: &phrase.Window{From: day(20), Until: day(25)}},
		{Code: "soon", Title: "双十二", Body: phrase.Body{Text: "c"}, Valid: &phrase.Window{From: day(28)}},
	}
	recs, st, notes := Flatten(phs, "", *day(22))
	if len(recs) != 2 || recs[0].Code != "now" || recs[1].Code != "soon" || st.Expired != 1 || len(notes) != 2 ||
		notes[0].Msg != "跳过编码 “old”（“双十一”）：活动已于 2026-11-11 00:00 结束" ||
		notes[1].Msg != "编码 “soon”（“双十二”）的活动 2026-11-28 00:00 才开始；导出后不会按时间隐藏，请到时再用" {
		t.Errorf("%+v %+v %q", recs, st, notes)
	}
}

// checkRecords is what every fuzz target asserts beyond "no panic": what
// Normalize returns always makes a pack the loader accepts.
func checkRecords(t *testing.T, im *Imported) {
	recs, _, _ := Normalize(im.Records)
	seen := map[string]bool{}
	for _, r := range recs {
		if !phrase.ValidCode(r.Code) || seen[r.Code] {
			t.Fatalf("bad or duplicate code %q", r.Code)
		}
		seen[r.Code] = true
		if r.Title == "" || utf8.RuneCountInString(r.Title) > MaxTitleRunes || strings.TrimSpace(r.Text) == "" {
			t.Fatalf("bad record %+v", r)
		}
	}
	if len(recs) == 0 || len(recs) > 50 {
		return
	}
	out, err := MarshalPack(PackFile{Name: "fuzz", Phrases: recs})
	if err != nil {
		return // a text YAML cannot hold exactly is refused, never written wrong
	}
	pk, errs := pack.Parse("fuzz.yaml", out)
	if len(errs) > 0 {
		t.Fatalf("pack.Parse: %s\n%s", errs.String(), out)
	}
	for i, ph := range pk.Phrases {
		if ph.Text != recs[i].Text {
			t.Fatalf("text %q read back as %q", recs[i].Text, ph.Text)
		}
	}
}

func FuzzQianniu(f *testing.F) {
	f.Add(gbk(f, qianniuFile))
	f.Add([]byte(qianniuFile))
	f.Add(gbk(f, "快捷短语编码,快捷短语,快捷短语分组\r\n\t\"a,b\",\"\"\"\",\r\n"))
	f.Add([]byte("\xff\xfe\x00"))
	f.Add([]byte("\"unterminated"))
	// A reply with nothing to make a title of and a code over 16 characters.
	f.Add(gbk(f, "快捷短语编码,快捷短语,快捷短语分组\r\nabcdefghijklmnopqrstuvwxyz,……,\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		im, err := ReadQianniu(data, "")
		if err != nil {
			return
		}
		checkRecords(t, im)
	})
}

func FuzzSogou(f *testing.F) {
	f.Add(utf16le(f, sogouFile))
	f.Add([]byte(sogouFile))
	f.Add([]byte("a,1=\n\n\n;x\nb,99999999999999999999=y\n"))
	f.Add([]byte{0xFF, 0xFE, 0x00, 0xD8})
	f.Fuzz(func(t *testing.T, data []byte) {
		im, err := ReadSogou(data, "")
		if err != nil {
			return
		}
		checkRecords(t, im)
	})
}

func FuzzCSV(f *testing.F) {
	f.Add([]byte("code,title,group,text\nhy,欢迎,售前,\"a\nb\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		im, err := ReadCSV(data, "")
		if err != nil {
			return
		}
		checkRecords(t, im)
	})
}

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestGoldenPack pins the exact YAML an import writes for the 千牛 fixture
// (refresh with go test ./pkg/interop -update).
func TestGoldenPack(t *testing.T) {
	im, err := ReadQianniu(gbk(t, qianniuFile), "")
	if err != nil {
		t.Fatal(err)
	}
	recs, _, _ := Normalize(im.Records)
	recs = append(recs, Record{Code: "ws", Title: "尾随空格", Text: "行尾有空格  \n第二行\n"})
	got, err := MarshalPack(PackFile{Name: "千牛导入", Description: "从千牛快捷短语导入：快捷短语.csv", Phrases: recs})
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "qianniu.golden.yaml")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("pack YAML differs from %s:\n%s", golden, got)
	}
}

// TestCSVExportNeutralisesFormulas: a value Excel or LibreOffice would run
// as a formula (=, +, -, @, and a tab or CR in front of one) gets a leading
// tab, as 千牛 export does; huashu's CSV import strips it again, so the
// round trip is exact.
func TestCSVExportNeutralisesFormulas(t *testing.T) {
	recs := []Record{
		{Code: "a", Title: "=HYPERLINK(\"http://x\",\"点我\")", Group: "@SUM(A1)", Text: "=cmd|' /C calc'!A0"},
		{Code: "b", Title: "+86 电话", Group: "-组", Text: "\t=1+1"},
		{Code: "c", Title: "普通", Group: "", Text: "\tplain 保留前导制表符"},
		{Code: "d", Title: "普通", Group: "售后", Text: "亲，=号在中间没关系"},
	}
	data := WriteCSV(recs)
	noFormulas(t, data)
	im, err := ReadCSV(data, "")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(im.Records, withLines(recs, 2)) {
		t.Errorf("round trip:\n got %+v\nwant %+v", im.Records, withLines(recs, 2))
	}
}

// noFormulas fails when a field of the CSV (after the header) starts a
// spreadsheet formula.
func noFormulas(t *testing.T, data []byte) {
	t.Helper()
	rows, err := parseTable(string(data), ',')
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows[1:] {
		for _, f := range r.fields {
			if f != "" && strings.ContainsRune("=+-@\r", rune(f[0])) {
				t.Errorf("line %d: field %q starts a formula", r.line, f)
			}
		}
	}
}

func withLines(recs []Record, first int) []Record {
	out := make([]Record, len(recs))
	for i, r := range recs {
		r.Line = first + i
		out[i] = r
	}
	return out
}

// FuzzCSVExportRoundTrip: any reply written by the CSV export and read by
// the CSV import comes back exactly (CRLF as LF), and no written field
// starts a spreadsheet formula.
func FuzzCSVExportRoundTrip(f *testing.F) {
	for _, s := range []string{"=cmd|' /C calc'!A0", "\t=1", "\t\t@x", "+86", "-", "亲，\"您好\"\n第二行", "\r\n=x", ""} {
		f.Add(s, "标题")
	}
	f.Fuzz(func(t *testing.T, text, title string) {
		if !utf8.ValidString(text) || !utf8.ValidString(title) || strings.TrimSpace(text) == "" || strings.ContainsAny(title, "\r\n") {
			return
		}
		data := WriteCSV([]Record{{Code: "a", Title: title, Group: "组", Text: text}})
		noFormulas(t, data)
		im, err := ReadCSV(data, "")
		if err != nil {
			t.Fatalf("read back: %v\n%q", err, data)
		}
		want := Record{Line: 2, Code: "a", Title: title, Group: "组", Text: crlfToLF(text)}
		if len(im.Records) != 1 || !reflect.DeepEqual(im.Records[0], want) {
			t.Fatalf("read back %+v, want %+v\n%q", im.Records, want, data)
		}
	})
}
