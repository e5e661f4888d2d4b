package personal

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/safefile"
)

func read(t *testing.T, file string) string {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestAddCreatesFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "data", "personal.yaml")
	res, err := Add(file, Phrase{Code: "tk", Title: "退款说明", Group: "售后/退款", Tags: []string{"退款", "售后"},
		Text: "亲，退款会在1-3个工作日内原路退回。\n如有疑问随时联系我们～"}, false)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Created || res.Backup != "" || res.Replaced {
		t.Fatalf("%+v", res)
	}
	want := `# 个人话术：huashu add 写入这里，也可以手工编辑（注释会保留）。
# 这里的编码优先于团队话术和内置话术。
pack: 个人话术
phrases:
  - code: tk
    title: 退款说明
    group: 售后/退款
    tags: [退款, 售后]
    text: |-
      亲，退款会在1-3个工作日内原路退回。
      如有疑问随时联系我们～
`
	if got := read(t, file); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
	if _, err := os.Stat(file + ".bak"); !os.IsNotExist(err) {
		t.Fatal("backup made for a new file")
	}
	p, errs := pack.ReadFile(file)
	if len(errs) > 0 || p.Name != PackName || len(p.Phrases) != 1 {
		t.Fatalf("%+v %v", p, errs)
	}
}

const handWritten = `# 我的话术，别删注释
pack: 我的话术
phrases:
  # 开场
  - code: hy
    title: 欢迎语 # 常用
    text: "您好，在的～"

  # 物流
  - code: wl
    title: 物流
    parts:
      - 亲，已经发货了。
      - 单号在订单详情里可以看到。
`

func TestAddKeepsCommentsAndOrder(t *testing.T) {
	file := filepath.Join(t.TempDir(), "personal.yaml")
	os.WriteFile(file, []byte(handWritten), 0o600)
	res, err := Add(file, Phrase{Code: "fp", Title: "发票", Parts: []string{"亲，发票会随货寄出。", "电子发票在订单详情下载。"}}, false)
	if err != nil {
		t.Fatal(err)
	}
	if res.Created || res.Replaced || res.Backup != file+".bak" {
		t.Fatalf("%+v", res)
	}
	want := handWritten + `  - code: fp
    title: 发票
    parts:
      - 亲，发票会随货寄出。
      - 电子发票在订单详情下载。
`
	if got := read(t, file); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
	if got := read(t, file+".bak"); got != handWritten {
		t.Fatalf("backup\n%s", got)
	}
	if st, _ := os.Stat(file); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v", st.Mode().Perm())
	}
}

func TestAddExistingCode(t *testing.T) {
	file := filepath.Join(t.TempDir(), "personal.yaml")
	os.WriteFile(file, []byte(handWritten), 0o644)

	_, err := Add(file, Phrase{Code: "hy", Title: "新欢迎语", Text: "亲，您好！"}, false)
	var ee *ExistsError
	if !errors.As(err, &ee) || ee.Line != 5 || err.Error() != file+`:5: 个人话术里已有编码 "hy"；用 --force 替换它` {
		t.Fatalf("err = %v", err)
	}
	if read(t, file) != handWritten {
		t.Fatal("file changed")
	}

	res, err := Add(file, Phrase{Code: "hy", Title: "新欢迎语", Text: "亲，您好！"}, true)
	if err != nil || !res.Replaced {
		t.Fatalf("%+v %v", res, err)
	}
	want := strings.Replace(handWritten, `  - code: hy
    title: 欢迎语 # 常用
    text: "您好，在的～"`, `  - code: hy
    title: 新欢迎语
    text: 亲，您好！`, 1)
	if got := read(t, file); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
	if read(t, file+".bak") != handWritten {
		t.Fatal("backup is not the previous version")
	}
}

func TestAddRefusesInvalid(t *testing.T) {
	file := filepath.Join(t.TempDir(), "personal.yaml")
	os.WriteFile(file, []byte(handWritten), 0o644)
	for _, ph := range []Phrase{
		{Code: "a b", Title: "空格", Text: "x"},
		{Code: "ok", Title: "", Text: "x"},
		{Code: "ok", Title: "空", Text: ""},
	} {
		_, err := Add(file, ph, false)
		var ie *InvalidError
		if !errors.As(err, &ie) || !strings.HasPrefix(err.Error(), "话术无效，未写入：") {
			t.Errorf("%+v: err = %v", ph, err)
		}
	}
	if read(t, file) != handWritten {
		t.Fatal("file changed")
	}
	if _, err := os.Stat(file + ".bak"); !os.IsNotExist(err) {
		t.Fatal("backup written for a refused add")
	}
}

func TestAddEmptyFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "personal.yaml")
	if err := os.WriteFile(file, []byte("\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Add(file, Phrase{Code: "x", Title: "x", Text: "亲"}, false)
	if err != nil || res.Created || res.Backup != file+".bak" {
		t.Fatalf("%+v %v", res, err)
	}
	if got := read(t, file); !strings.HasPrefix(got, "# 个人话术") || !strings.HasSuffix(got, "phrases:\n  - code: x\n    title: x\n    text: 亲\n") {
		t.Fatalf("got\n%s", got)
	}
}

func TestAddLocked(t *testing.T) {
	defer func(w time.Duration) { LockWait = w }(LockWait)
	LockWait = 50 * time.Millisecond
	file := filepath.Join(t.TempDir(), "personal.yaml")
	// Another add is writing (its OS lock, held here through a second open
	// file, as another process would).
	unlock, err := safefile.Lock(file+".lock", 0)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Add(file, Phrase{Code: "x", Title: "x", Text: "亲"}, false)
	if err == nil || err.Error() != "另一个 huashu add 正在写个人话术（进程 "+strconv.Itoa(os.Getpid())+"），请稍后再试" {
		t.Fatalf("err = %v", err)
	}
	if _, err := os.Stat(file); !os.IsNotExist(err) {
		t.Fatal("written under another's lock")
	}
	unlock()
	if _, err := Add(file, Phrase{Code: "x", Title: "x", Text: "亲"}, false); err != nil {
		t.Fatal(err)
	}
}

// The lock file an add that crashed left behind holds nothing: the next add
// does not wait for it.
func TestAddIgnoresALeftoverLockFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "personal.yaml")
	if err := os.WriteFile(file+".lock", []byte(" 4242\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if _, err := Add(file, Phrase{Code: "x", Title: "x", Text: "亲"}, false); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > LockWait {
		t.Errorf("add waited %v", d)
	}
}

func TestAddBrokenFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "personal.yaml")
	broken := "pack: 个人话术\nphrases:\n  - code: [\n"
	os.WriteFile(file, []byte(broken), 0o644)
	if _, err := Add(file, Phrase{Code: "x", Title: "x", Text: "亲"}, false); err == nil || !strings.Contains(err.Error(), "请先修正") {
		t.Fatalf("err = %v", err)
	}
	if read(t, file) != broken {
		t.Fatal("file changed")
	}
}

func TestAddWithExistingProblemElsewhere(t *testing.T) {
	file := filepath.Join(t.TempDir(), "personal.yaml")
	withTypo := handWritten + "  - code: bad\n    title: 拼错\n    txet: 哎\n"
	os.WriteFile(file, []byte(withTypo), 0o644)
	res, err := Add(file, Phrase{Code: "new", Title: "新的", Text: "亲，在的"}, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Existing) == 0 {
		t.Fatal("existing problem not reported")
	}
	if !strings.HasSuffix(read(t, file), "  - code: new\n    title: 新的\n    text: 亲，在的\n") {
		t.Fatalf("got\n%s", read(t, file))
	}
}

func TestTextThatLooksLikeOtherTypes(t *testing.T) {
	file := filepath.Join(t.TempDir(), "personal.yaml")
	for _, ph := range []Phrase{
		{Code: "n1", Title: "123", Text: "true"},
		{Code: "n2", Title: "冒号: 井号 #", Text: "- 列表？\n  缩进\n"},
		{Code: "n3", Title: "引号", Text: `"{{订单号}}" 已发货`},
	} {
		if _, err := Add(file, ph, false); err != nil {
			t.Errorf("%+v: %v", ph, err)
		}
	}
	p, errs := pack.ReadFile(file)
	if len(errs) > 0 || len(p.Phrases) != 3 || p.Phrases[1].Text != "- 列表？\n  缩进\n" || p.Phrases[0].Title != "123" {
		t.Fatalf("%+v %v", p, errs)
	}
}

func TestSpliceKeepsLayout(t *testing.T) {
	file := filepath.Join(t.TempDir(), "personal.yaml")
	orig := `pack: 个人话术
phrases:
- code: a
  title: A
  text: 第一条


- code: b   # 行尾注释
  title: B
  text: |
    第二条
    两行

# 变量放在最后
vars:
  店铺: 小店
`
	os.WriteFile(file, []byte(orig), 0o644)
	if _, err := Add(file, Phrase{Code: "c", Title: "C", Text: "第三条"}, false); err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(orig, "    两行\n", "    两行\n- code: c\n  title: C\n  text: 第三条\n", 1)
	if got := read(t, file); got != want {
		t.Fatalf("append: got\n%s\nwant\n%s", got, want)
	}
	if _, err := Add(file, Phrase{Code: "a", Title: "A2", Text: "改过的\n第一条"}, true); err != nil {
		t.Fatal(err)
	}
	want = strings.Replace(want, "- code: a\n  title: A\n  text: 第一条\n", "- code: a\n  title: A2\n  text: |-\n    改过的\n    第一条\n", 1)
	if got := read(t, file); got != want {
		t.Fatalf("replace: got\n%s\nwant\n%s", got, want)
	}
}

// TestAddKeepsCRLF: a personal pack saved by a Windows editor keeps its CRLF
// line ends and its blank lines; only the new entry's lines are added, in
// CRLF too.
func TestAddKeepsCRLF(t *testing.T) {
	file := filepath.Join(t.TempDir(), "personal.yaml")
	before := strings.ReplaceAll(handWritten, "\n", "\r\n")
	if err := os.WriteFile(file, []byte(before), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Add(file, Phrase{Code: "fp", Title: "发票", Text: "亲，发票会随货寄出。"}, false); err != nil {
		t.Fatal(err)
	}
	want := before + "  - code: fp\r\n    title: 发票\r\n    text: 亲，发票会随货寄出。\r\n"
	if got := read(t, file); got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

// A personal pack whose directory cannot be made (a file stands where a
// directory should) is reported in Chinese, not as Go's "mkdir …".
func TestAddWhereNoDirectoryCanBeMade(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, "huashu")
	if err := os.WriteFile(blocker, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(blocker, "personal.yaml")
	_, err := Add(file, Phrase{Code: "xd", Title: "下单提醒", Text: "您好，库存有限"}, false)
	want := "无法创建个人话术的目录 " + blocker + "：路径中有一段不是目录"
	if err == nil || err.Error() != want {
		t.Errorf("Add = %v\nwant %s", err, want)
	}
}

// TestFileFor: a personal pack that is a file (or missing) is written as
// it is; in one that is a directory, a code goes to the file holding it,
// else to personal.yaml in it.
func TestFileFor(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "mine.yml")
	if err := os.WriteFile(file, []byte("pack: 我的\nphrases:\n  - code: wd\n    title: 我的\n    text: 我的话术\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(dir, "packs", "售后")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	nested := filepath.Join(sub, "导入.yaml")
	if err := os.WriteFile(nested, []byte("pack: 导入\nphrases:\n  - code: th\n    title: 退货\n    text: 亲，支持退货\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	packs := filepath.Join(dir, "packs")
	for _, tt := range []struct{ path, code, want string }{
		{file, "wd", file},
		{file, "zz", file},
		{filepath.Join(dir, "missing.yaml"), "zz", filepath.Join(dir, "missing.yaml")},
		{packs, "th", nested},
		{packs, "zz", filepath.Join(packs, "personal.yaml")},
		{packs, "wd", filepath.Join(packs, "personal.yaml")}, // wd is in another pack, not this one
	} {
		if got := FileFor(tt.path, tt.code); got != tt.want {
			t.Errorf("FileFor(%s, %s) = %s, want %s", tt.path, tt.code, got, tt.want)
		}
	}
}
