package cli

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestAddFlags(t *testing.T) {
	tests := []struct {
		args []string
		want AddOptions
	}{
		{[]string{"tk", "--title", "退款", "--text", "亲"}, AddOptions{Code: "tk", Title: "退款", Text: "亲", textSet: true}},
		{[]string{"fhsj", "--title", "发货", "--part", "一", "--part", "二,三", "--group", "售中/物流", "--tags", "物流,发货", "--force"},
			AddOptions{Code: "fhsj", Title: "发货", Parts: []string{"一", "二,三"}, Group: "售中/物流", Tags: []string{"物流", "发货"}, Force: true}},
	}
	for _, tt := range tests {
		io, _, _, _ := Test()
		var got *AddOptions
		cmd := NewCmdAdd(NewFactory(io), func(o *AddOptions) error { got = o; return nil })
		cmd.SetArgs(tt.args)
		if err := cmd.Execute(); err != nil {
			t.Fatalf("%v: %v", tt.args, err)
		}
		got.IO, got.Config, got.PersonalPath, got.Index, got.Reindex = nil, nil, nil, nil, nil
		if !reflect.DeepEqual(*got, tt.want) {
			t.Errorf("%v:\n got %+v\nwant %+v", tt.args, *got, tt.want)
		}
	}
}

func TestAdd(t *testing.T) {
	e := newPackEnv(t)
	file := e.paths.PersonalPack()
	for _, tt := range []struct {
		args   []string
		stderr string
	}{
		{[]string{"add", "tk", "--text", "亲"}, "huashu: 缺少 --title（话术标题）\n"},
		{[]string{"add", "tk", "--title", "退款"}, "huashu: 请给出 --text 或 --part 中的一个（分次回答用多个 --part）\n"},
		{[]string{"add", "tk", "--title", "退款", "--text", "亲", "--part", "二"}, "huashu: 请给出 --text 或 --part 中的一个（分次回答用多个 --part）\n"},
		{[]string{"add", "tk", "--title", "退款", "--text", " "}, "huashu: --text 不能为空\n"},
		{[]string{"add", "t k", "--title", "退款", "--text", "亲"}, ""},
	} {
		r := e.run(tt.args...)
		if r.code != 2 || (tt.stderr != "" && r.stderr != tt.stderr) || !strings.HasPrefix(r.stderr, "huashu: ") {
			t.Errorf("%v: %+v", tt.args, r)
		}
		if _, err := os.Stat(file); !os.IsNotExist(err) {
			t.Fatalf("%v wrote the personal pack", tt.args)
		}
	}

	e.runIn("亲，收货地址是：\n{{地址}}\n请核对～\n", "add", "dz", "--title", "地址确认", "--text", "-", "--tags", "地址, 核对").check(t, 0,
		"已创建个人话术 "+file+"，保存 dz（地址确认）\n", "")
	e.run("add", "dz", "--title", "地址", "--text", "亲").check(t, 2, "",
		"huashu: "+file+":5: 个人话术里已有编码 \"dz\"；用 --force 替换它\n")
	want := `# 个人话术：huashu add 写入这里，也可以手工编辑（注释会保留）。
# 这里的编码优先于团队话术和内置话术。
pack: 个人话术
phrases:
  - code: dz
    title: 地址确认
    tags: [地址, 核对]
    text: |-
      亲，收货地址是：
      {{地址}}
      请核对～
`
	if got, _ := os.ReadFile(file); string(got) != want {
		t.Fatalf("personal pack\n%s\nwant\n%s", got, want)
	}
	e.run("--no-embedded", "get", "dz", "--print", "--var", "地址=北京").check(t, 0, "亲，收货地址是：\n北京\n请核对～\n", "")

	e.run("add", "dz", "--title", "地址", "--part", "亲，地址对吗？", "--part", "不对请告诉我～", "--force").check(t, 0,
		"已替换个人话术 dz（地址）："+file+"；旧版本在 "+file+".bak\n", "")
	if got, _ := os.ReadFile(file + ".bak"); string(got) != want {
		t.Fatalf("backup\n%s", got)
	}
	e.run("--no-embedded", "get", "dz", "--print", "--part", "2").check(t, 0, "不对请告诉我～\n", "")
}

func TestAddBrokenPersonalPack(t *testing.T) {
	e := newPackEnv(t)
	file := e.paths.PersonalPack()
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ data, where string }{
		{"pack: 个人话术\nphrases:\n  - code: [\n", ":3:3: "},
		{"pack: 个人话术\nphrases:\n\t- code: x\n", ":3:1: "},
		{"- 一\n- 二\n", ":1:1: "},
		// Half-saved: cut inside a quoted text, inside a key, before phrases.
		{"pack: 个人话术\nphrases:\n  - code: aa\n    title: 一\n    text: \"你好\n  - code: bb\n", ":5:11: "},
		{"pack: 个人话术\nphrases:\n  - code: aa\n    title: 一\n    te", ":5:5: "},
		{"pack: 个人", ":1:1: "},
		// Saved as UTF-16 by Notepad, or cut to binary zeros.
		{"\xff\xfep\x00a\x00c\x00k\x00", ":1:1: "},
		{"\x00\x00\x00", ":1:1: "},
	} {
		if err := os.WriteFile(file, []byte(tt.data), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file+".bak", []byte("上一次的备份"), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{{"add", "x", "--title", "t", "--text", "亲"}, {"add", "aa", "--force", "--title", "t", "--text", "亲"}} {
			r := e.run(args...)
			if r.code != 2 || r.stdout != "" || strings.Count(r.stderr, "\n") != 1 || !strings.HasPrefix(r.stderr, "huashu: "+file+tt.where) ||
				!strings.HasSuffix(r.stderr, "；个人话术文件无法读取，请先修正，未写入\n") {
				t.Errorf("%q %v: %+v", tt.data, args, r)
			}
			if got, _ := os.ReadFile(file); string(got) != tt.data {
				t.Errorf("%q: file changed to %q", tt.data, got)
			}
			if got, _ := os.ReadFile(file + ".bak"); string(got) != "上一次的备份" {
				t.Errorf("%q: the backup changed to %q", tt.data, got)
			}
		}
	}
}

func TestAddRefusesWhatLintRejects(t *testing.T) {
	e := newPackEnv(t)
	file := e.paths.PersonalPack()
	unclosed := `huashu: 话术 "dd" 未写入：占位符没有闭合：缺少 }}；写成 {{变量名}} 或 {{变量名|默认值}}（huashu lint 规则 vars/malformed）` + "\n"
	control := `huashu: 话术 "dd" 未写入：控制字符 U+001B：粘贴到聊天窗口会显示成乱码或被截断，删掉它（huashu lint 规则 text/control-char）` + "\n"
	e.run("add", "dd", "--title", "订单", "--text", "亲，您的订单 {{订单号").check(t, 2, "", unclosed)
	e.run("add", "dd", "--title", "订单", "--text", "a\x1b[2Jb").check(t, 2, "", control)
	// What the agent reads is checked too: an ESC in the title would drive
	// the terminal of whoever lists the pack, a bidi override reorders the
	// group in the picker, a zero-width space hides in a tag.
	e.run("add", "dd", "--title", "订单\x1b]52;c;YWJj\x07", "--text", "亲").check(t, 2, "",
		`huashu: 话术 "dd" 未写入：标题里有控制字符 U+001B：在选择器、列表和终端里会显示成乱码，甚至被终端当成指令执行，删掉它（huashu lint 规则 text/control-char）`+"\n")
	e.run("add", "dd", "--title", "订单", "--group", "售后\u202e款退", "--text", "亲").check(t, 2, "",
		`huashu: 话术 "dd" 未写入：分组里有看不见的字符 U+202E（零宽或双向控制）：在选择器、列表和搜索里看不出来，或让文字倒序显示，删掉它（huashu lint 规则 text/invisible-char）`+"\n")
	e.run("add", "dd", "--title", "订单", "--tags", "退\u200b款", "--text", "亲").check(t, 2, "",
		`huashu: 话术 "dd" 未写入：标签里有看不见的字符 U+200B（零宽或双向控制）：在选择器、列表和搜索里看不出来，或让文字倒序显示，删掉它（huashu lint 规则 text/invisible-char）`+"\n")
	if _, err := os.Stat(file); !os.IsNotExist(err) {
		t.Fatalf("personal pack written: %v", err)
	}

	e.run("--no-embedded", "add", "hy", "--title", "欢迎", "--text", "您好，在的～").check(t, 0, "已创建个人话术 "+file+"，保存 hy（欢迎）\n", "")
	before, _ := os.ReadFile(file)
	e.run("add", "dd", "--title", "订单", "--part", "亲，稍等～", "--part", "订单号 {{订单号").check(t, 2, "", unclosed)
	e.run("add", "hy", "--title", "欢迎", "--text", "您好\x1b[2J", "--force").check(t, 2, "",
		strings.ReplaceAll(control, `"dd"`, `"hy"`))
	if after, _ := os.ReadFile(file); string(after) != string(before) {
		t.Errorf("personal pack changed:\n%s", after)
	}
	if _, err := os.Stat(file + ".bak"); !os.IsNotExist(err) {
		t.Errorf("backup written: %v", err)
	}
	e.run("--no-embedded", "add", "dd", "--title", "订单", "--text", "亲，您的订单 {{订单号}} 已发货").check(t, 0,
		"已保存 dd（订单）到个人话术 "+file+"\n", "")
}

// TestCommandsRebuildTheIndex: add, import into a loaded source, and pack
// update leave the serving index built for what they changed, so the
// agent's next start (or an open picker's reload) does not parse anything.
func TestCommandsRebuildTheIndex(t *testing.T) {
	e := newPackEnv(t)
	idxFiles := func() []string {
		m, _ := filepath.Glob(filepath.Join(e.paths.Cache, "index", "*.idx"))
		return m
	}
	if r := e.run("--no-embedded", "get", "hy", "--print"); r.code != ExitNotFound {
		t.Fatalf("get: %+v", r)
	}
	for i, text := range []string{"您好", "您好呀"} {
		before := idxFiles()
		args := []string{"--no-embedded", "add", "hy", "--title", "欢迎", "--text", text}
		if i > 0 {
			args = append(args, "--force")
		}
		if r := e.run(args...); r.code != 0 {
			t.Fatalf("add: %+v", r)
		}
		after := idxFiles()
		if slices.Equal(before, after) {
			t.Fatalf("add did not build the index: %v", after)
		}
		// The next command serves the new phrase from the index add built.
		if r := e.run("--no-embedded", "get", "hy", "--print"); r.code != 0 || r.stdout != text+"\n" || !slices.Equal(idxFiles(), after) {
			t.Fatalf("get after add: %+v, %v → %v", r, after, idxFiles())
		}
	}
}

// TestAddToAPersonalDirectory: when the config's personal: names a
// directory, every pack file in it loads as personal phrases (get serves
// them), and add writes there too instead of refusing to read a
// directory: a code already in one of its files is replaced in that file
// (with --force; without, refused with where it stands), a new code goes to
// personal.yaml in it, created when missing. No code ends up in two files.
func TestAddToAPersonalDirectory(t *testing.T) {
	e := newPackEnv(t)
	dir := filepath.Join(t.TempDir(), "我的话术")
	if err := os.MkdirAll(filepath.Join(dir, "售后"), 0o755); err != nil {
		t.Fatal(err)
	}
	imported := filepath.Join(dir, "售后", "导入.yaml")
	writeTestFile(t, imported, "pack: 导入\nphrases:\n  - code: wd\n    title: 我的\n    text: 我自己的话术\n")
	writeTestFile(t, e.paths.Config, "personal: "+dir+"\n")
	e.run("--no-embedded", "get", "wd", "--print").check(t, 0, "我自己的话术\n", "")

	created := filepath.Join(dir, "personal.yaml")
	e.run("add", "zz", "--title", "测试", "--text", "亲，您好").check(t, 0, "已创建个人话术 "+created+"，保存 zz（测试）\n", "")
	e.run("add", "wdzz", "--title", "再一条", "--text", "亲，在的").check(t, 0, "已保存 wdzz（再一条）到个人话术 "+created+"\n", "")
	e.run("--no-embedded", "get", "zz", "--print").check(t, 0, "亲，您好\n", "")

	e.run("add", "wd", "--title", "我的", "--text", "改过的话术").check(t, 2, "",
		"huashu: "+imported+":3: 个人话术里已有编码 \"wd\"；用 --force 替换它\n")
	e.run("add", "wd", "--title", "我的", "--text", "改过的话术", "--force").check(t, 0,
		"已替换个人话术 wd（我的）："+imported+"；旧版本在 "+imported+".bak\n", "")
	e.run("--no-embedded", "get", "wd", "--print").check(t, 0, "改过的话术\n", "")
	if data, _ := os.ReadFile(created); strings.Contains(string(data), "code: wd\n") {
		t.Errorf("wd went to %s as well:\n%s", created, data)
	}
	if r := e.run("--no-embedded", "doctor"); strings.Contains(r.stdout+r.stderr, "冲突") {
		t.Errorf("doctor reports a conflict:\n%s%s", r.stdout, r.stderr)
	}
}
