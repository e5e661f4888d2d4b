package lint

import (
	"fmt"
	"strings"
	"testing"
)

// lintText lints one reply and returns "rule severity" per problem.
func lintText(t *testing.T, cfg *Config, text string) []string {
	t.Helper()
	src := fmt.Sprintf("pack: x\nphrases:\n  - code: a\n    title: t\n    text: %q\n", text)
	r := lintBytes(t, cfg, map[string]string{"f.yaml": src}, nil)
	var out []string
	for _, p := range r.Problems {
		out = append(out, p.Rule+" "+p.Severity.String())
	}
	return out
}

// The exceptions the issue names, and the refusals the starter packs will
// carry, stay clean at warning and error level.
func TestPrecisionTraps(t *testing.T) {
	for _, text := range []string{
		"棉100%，透气吸汗", "100%棉，不起球", "面料成分：棉 100%", "含棉量100%",
		"您收到的是空包裹吗？麻烦拍一下外包装照片", "穿之前请把纽扣扣好", "这件是V领设计", "这件是加V领设计",
		"京东支持微信支付、京东白条", "付款时选微信支付就可以", "第一次购买可以领新人券", "第1次使用前请充电",
		"最近下单的人多，发货稍慢", "最多可以退 3 件", "您的订单号是 139123456789012",
		"抱歉亲，平台规定不能好评返现哦", "不好意思，我们不能加微信，有问题在这里联系客服就好",
		"本店不刷单、不返现", "为了您的资金安全，请不要私下转账给任何人", "这款不是药品，不能治疗疾病",
		"感谢您的好评，我们会继续努力", "抖音同款网红杯", "可以放微波炉加热",
		"不知道您平时穿多大码呢？", "不好意思，这个我们不是很清楚，我去问一下技术",
	} {
		for _, p := range lintText(t, nil, text) {
			if !strings.HasSuffix(p, " info") {
				t.Errorf("%q: %s", text, p)
			}
		}
	}
}

// Each new mechanism fires on its class, with the rule the issue expects.
func TestNewMechanisms(t *testing.T) {
	for text, want := range map[string]string{
		"🐧：123456789 售后更快":      "compliance/off-platform-contact error",
		"Q：876543210，备注订单号":     "compliance/off-platform-contact error",
		"抖音搜我们店铺名，直播间更便宜":       "compliance/off-platform-contact error",
		"拍下先别付款，支付宝直接转给我":       "compliance/off-platform-contact error",
		"官网 www点haowu点com 买更划算": "compliance/external-link error",
		"电话幺三八幺二三四五六七八":         "compliance/phone-number error",
		"收货后给个五星，联系客服领取小惊喜":     "compliance/review-cashback error",
		"拍A发B，不影响你收货":           "compliance/fake-order error",
		"全网TOP1的吹风机":            "compliance/ad-law warning",
		"这款枕头能治疗颈椎病":            "compliance/medical-claim warning",
		"这个我也不太清楚":              "service/forbidden-phrase error",
		"你有完没完":                 "service/forbidden-phrase error",
		"这个你问京东吧":               "service/push-to-platform error",
		"${name}您好":             "vars/malformed error",
		"好~":                    "text/one-char error",
		"。。。":                   "text/one-char error",
		"亲\u3164您好":             "text/invisible-char error",
	} {
		got := lintText(t, nil, text)
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q: got %v, want [%s]", text, got, want)
		}
	}
}

// U+3164 and the invisible operators U+2061–U+2064 are named, and a reply
// of fillers alone is both empty and invisible.
func TestInvisibleFillersAndOperators(t *testing.T) {
	for _, r := range []rune{0x3164, 0x2061, 0x2062, 0x2063, 0x2064, 0x115F, 0xFFA0} {
		text := "您" + string(r) + "好"
		src := fmt.Sprintf("pack: x\nphrases:\n  - code: a\n    title: t\n    text: %s\n", text)
		res := lintBytes(t, nil, map[string]string{"f.yaml": src}, nil)
		if len(res.Problems) != 1 || res.Problems[0].Rule != RuleTextInvisible || res.Problems[0].Column != 12 ||
			!strings.Contains(res.Problems[0].Message, fmt.Sprintf("U+%04X", r)) || !res.Problems[0].Fixable() {
			t.Errorf("U+%04X: %+v", r, res.Problems)
		}
	}
	if got := lintText(t, nil, "\u3164\u3164"); strings.Join(got, ",") != "text/empty error,text/invisible-char error" {
		t.Errorf("fillers only: %v", got)
	}
	if got := lintText(t, nil, "\u200b"); strings.Join(got, ",") != "text/empty error" {
		t.Errorf("zero width only: %v", got)
	}
}

// Placeholders of other template systems: the exact span and message.
func TestPlaceholderLookalikes(t *testing.T) {
	for text, want := range map[string]string{
		"${name}您好":     `"${name}" 是别的模板的占位符写法`,
		"%s 亲，快递明天到":    `"%s" 是别的模板的占位符写法`,
		"订单 %1$s 已发货":   `"%1$s" 是别的模板的占位符写法`,
		"｛｛订单号｝｝已发出":    `"｛｛订单号｝｝" 是别的模板的占位符写法`,
		"{订单号}已发货":      `"{订单号}" 是别的模板的占位符写法`,
		"{{订单号}}}已经催了":  `占位符 {{订单号}} 旁边多了括号`,
		"{{{昵称}}}您好":    `占位符 {{昵称}} 旁边多了括号`,
		"亲爱的{{ 昵称 }，你好": `占位符没有闭合`,
	} {
		src := fmt.Sprintf("pack: x\nphrases:\n  - code: a\n    title: t\n    text: %q\n", text)
		res := lintBytes(t, nil, map[string]string{"f.yaml": src}, nil)
		if len(res.Problems) != 1 || !strings.HasPrefix(res.Problems[0].Message, want) {
			var msgs []string
			for _, p := range res.Problems {
				msgs = append(msgs, p.Rule+" "+p.Message)
			}
			t.Errorf("%q: got %v, want one %s…", text, msgs, want)
		}
	}
	for _, clean := range []string{"满100元减10元", "折扣为原价的 80%", "{{称呼}}您好", "价格 99 元", "尺码 S/M/L"} {
		if got := lintText(t, nil, clean); len(got) != 0 {
			t.Errorf("%q: %v", clean, got)
		}
	}
}

// Team words are kept as written: a word with a symbol or emoji is matched
// as such, so v❤ does not become v (and V领 stays clean).
func TestTeamWordsWithSymbols(t *testing.T) {
	cfg, err := ParseConfig(".huashu-lint.yaml", []byte("rules:\n  compliance/off-platform-contact:\n    words: [v❤, \"🐧\", 拼夕夕]\n    exceptions: [\"🐧玩偶\"]\n"))
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]string{
		"这件是V领设计":     "",
		"可以放微波炉加热":    "",
		"企鹅玩偶很可爱":     "",
		"🐧玩偶很可爱":      "",
		"有事加 v❤ 哦":    "compliance/off-platform-contact error",
		"🐧 找我":        "compliance/off-platform-contact error",
		"去拼夕夕买":       "compliance/off-platform-contact error",
		"去拼 夕 夕 买更便宜": "compliance/off-platform-contact error",
	} {
		got := strings.Join(lintText(t, cfg, text), ",")
		if got != want {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}

// Config mistakes in word lists and rule names: one Chinese line with
// file:line:col, and a "是不是…？" for a near miss.
func TestConfigWordErrors(t *testing.T) {
	for c, want := range map[string]string{
		"rules:\n  compliance/ad-law: {words: [\"，\"]}\n":         `.huashu-lint.yaml:2:31: compliance/ad-law 的 words 里的 "，" 只有空白或标点，匹配不到任何内容`,
		"rules:\n  compliance/ad-law:\n    exceptions: [\" \"]\n": `.huashu-lint.yaml:3:18: compliance/ad-law 的 exceptions 里的 " " 只有空白或标点`,
		"rules:\n  compliance/ad-lawz: off\n":                     `.huashu-lint.yaml:2:3: 未知规则 "compliance/ad-lawz"，是不是 "compliance/ad-law"？（规则清单见 huashu lint --list-rules）`,
		"rules:\n  compliance/medical: warning\n":                 `.huashu-lint.yaml:2:3: 未知规则 "compliance/medical"，是不是`,
		"rules:\n  schema/syntax: {words: [x]}\n":                 `.huashu-lint.yaml:2:19: schema/syntax 不检查回复正文，不能加 words`,
	} {
		_, err := ParseConfig(".huashu-lint.yaml", []byte(c))
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%q:\n got %v\nwant %s", c, err, want)
		}
	}
	// 🐧 alone is a word, not an error (it used to be "term is empty after
	// normalizing", in English, with no file or line).
	if _, err := ParseConfig(".huashu-lint.yaml", []byte("rules:\n  compliance/off-platform-contact: {words: [\"🐧\"]}\n")); err != nil {
		t.Error(err)
	}
}

// FuzzParseConfig: any .huashu-lint.yaml gives a config or one Chinese line
// with a position, never a panic; a config that parses builds a Linter.
func FuzzParseConfig(f *testing.F) {
	for _, s := range []string{
		"rules:\n  compliance/ad-law: {words: [全球首发], exceptions: [最好吃]}\n",
		"rules:\n  compliance/off-platform-contact:\n    words: [v❤, \"🐧\"]\n",
		"rules:\n  text/too-long: {max: 150}\n  service/first-person: off\n",
		"rules:\n  compliance/ad-lawz: off\n", "rules: [\n", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		cfg, err := ParseConfig(".huashu-lint.yaml", []byte(s))
		if err != nil {
			if msg := err.Error(); strings.Contains(msg, "\n") || !strings.HasPrefix(msg, ".huashu-lint.yaml") {
				t.Fatalf("error %q", msg)
			}
			return
		}
		if _, err := New(Options{Config: cfg, Now: testNow}); err != nil {
			t.Fatalf("parsed config does not build: %v", err)
		}
	})
}

// Lint v3: one reply per class the independent red-team set showed, with the
// exact rule and severity. Entries that infer a problem from a sentence's
// shape alone (weak: true) report a warning even on an error rule.
func TestLintV3Classes(t *testing.T) {
	for text, want := range map[string]string{
		"朋友圈每天上新，加一下就能看":                 "compliance/off-platform-contact error",
		"直接转账到支付宝，给您便宜十块":                "compliance/off-platform-contact error",
		"维信：mm_shop2024":                 "compliance/off-platform-contact error",
		"我的 v 是 x m 6 6 8 8":             "compliance/off-platform-contact error",
		"到京东店“乐享家居”下单，同款便宜":              "compliance/off-platform-contact error",
		"我们二店同款便宜十块":                     "compliance/off-platform-contact warning",
		"给个⭐⭐⭐⭐⭐，返您两块":                   "compliance/review-cashback error",
		"收到后给好评，下一单打八折":                  "compliance/review-cashback error",
		"拍一号链接，实际发您三号款":                  "compliance/fake-order warning",
		"shuadan 的联系我":                   "compliance/fake-order error",
		"鞋垫能矫正扁平足":                       "compliance/medical-claim warning",
		"你眼睛不看的吗":                        "service/forbidden-phrase error",
		"这是你自己的问题":                       "service/forbidden-phrase error", // lint v4: unambiguous blame at a clause end
		"这个也没办法啊":                        "service/forbidden-phrase error",
		"去找PDD客服申诉吧":                     "service/push-to-platform error",
		"这个得拼夕夕官方处理":                     "service/push-to-platform warning",
		"店长电话：壹叁捌 零零壹叁 捌捌捌捌":             "compliance/phone-number error",
		"不清楚尺码的话，可以告诉这边身高体重":             "",
		"本店不会以任何理由让您加好友或私下转账，请注意防骗":      "",
		"漏发的配件已经补单，今天寄出":                 "",
		"抖音直播间的价格是直播专享，店铺这边是日常价":         "",
		"这款是永久牌的自行车":                     "",
		"券码是唯一的":                         "",
		"店铺绝对不会泄露您的个人信息":                 "",
		"手机 iPhone 15 Pro 和这款壳适配":        "",
		"电池 1.5 小时充满，拍下今天发":              "",
		"售后电话 0 5 7 1 - 8 7 6 5 4 3 2 1": "compliance/phone-number error",
		"您好 $buyer，订单已发货":                "vars/malformed error",
		"价格是 $25，约合人民币 180 元":            "",
		"退货运费您先垫付，我们收到后退给您":              "",
		"买的时候不看清楚，现在来退？":                 "service/forbidden-phrase warning",
		"感谢您的好评，下次下单返您5元":                "compliance/review-cashback warning",
		"期待您的五星好评，关注店铺还能领券哦":             "",
		"我们客服微信不加的，有问题在这里说就行":            "",
		"快递员电话 1380013****，您可以直接联系":      "",
		"具体原因还不清楚，正在核实":                  "",
		"尊敬的 %nickname%，您好":              "vars/malformed error",
	} {
		got := strings.Join(lintText(t, nil, text), ", ")
		if got != want {
			t.Errorf("%q: got [%s], want [%s]", text, got, want)
		}
	}
}

// A weak hit is reported at most as a warning and says so; a rule a team
// turns down to info stays info.
func TestWeakHitSeverity(t *testing.T) {
	src := "pack: x\nphrases:\n  - code: a\n    title: t\n    text: 拍一号链接，实际发您三号款\n"
	r := lintBytes(t, nil, map[string]string{"f.yaml": src}, nil)
	if len(r.Problems) != 1 || r.Problems[0].Severity != Warning ||
		!strings.HasSuffix(r.Problems[0].Message, "（按句式推断，报为警告）") {
		t.Fatalf("%+v", r.Problems)
	}
	cfg, err := ParseConfig(".huashu-lint.yaml", []byte("rules:\n  compliance/fake-order: info\n"))
	if err != nil {
		t.Fatal(err)
	}
	r = lintBytes(t, cfg, map[string]string{"f.yaml": src}, nil)
	if len(r.Problems) != 1 || r.Problems[0].Severity != Info {
		t.Fatalf("%+v", r.Problems)
	}
}

// A pattern naming a set that sets.yaml does not have is an error naming it.
func TestUnknownWordSet(t *testing.T) {
	_, err := compileWords(map[string]*WordList{RulePushAway: {Rule: RulePushAway,
		Entries: []WordEntry{{Pattern: "找{没有这个}", Source: "测试"}}}}, "")
	if err == nil || !strings.Contains(err.Error(), "没有名为 {没有这个} 的词组（words/sets.yaml）") {
		t.Fatalf("err = %v", err)
	}
}

// lintSpans lints one reply and returns, per problem, its rule and the text
// its span covers, read back from the reply by column.
func lintSpans(t *testing.T, text string) []string {
	t.Helper()
	src := fmt.Sprintf("pack: x\nphrases:\n  - code: a\n    title: t\n    text: %q\n", text)
	r := lintBytes(t, nil, map[string]string{"f.yaml": src}, nil)
	rs := []rune(text)
	const first = 12 // column of the reply's first rune: `    text: "`
	var out []string
	for _, p := range r.Problems {
		if p.Line != 5 || p.EndLine != 5 || p.Column < first || p.EndColumn-first >= len(rs) {
			out = append(out, fmt.Sprintf("%s %d:%d-%d:%d", p.Rule, p.Line, p.Column, p.EndLine, p.EndColumn))
			continue
		}
		out = append(out, p.Rule+" «"+string(rs[p.Column-first:p.EndColumn-first+1])+"»")
	}
	return out
}

// A finding's span covers the term, not the text around it (the second
// red-team set saw 宜，私信我, 私聊vx，价格, 加个 v❤ 呗 and 朋友圈每天更新新款，加了).
func TestSpansCoverTheTerm(t *testing.T) {
	for text, want := range map[string]string{
		"在外面拍更便宜，私信我发链接给您":                       "compliance/off-platform-contact «私信我»",
		"私聊vx，价格还能再谈":                            "compliance/off-platform-contact «私聊vx»",
		"加个 v❤ 呗：tb_ruby99，发您福利":                 "compliance/off-platform-contact «加个 v❤»",
		"朋友圈每天更新新款，加了就能看到":                       "compliance/off-platform-contact «朋友圈»",
		"扫包裹卡片上的码进群，群里福利多":                       "compliance/off-platform-contact «扫包裹卡片上的码进群»",
		"稍微我们也会再核对，不过您也可以私我":                     "compliance/off-platform-contact «私我»",
		"可以帮做个数据，拍完全款退回":                         "compliance/fake-order «做个数据»",
		"dy搜我们店名就行":                              "compliance/off-platform-contact «dy搜»",
		"门店电话（0755）2688－1234，到店自提也行":             "compliance/phone-number «（0755）2688－1234»",
		"TEL13912345678 白天都在":                    "compliance/phone-number «13912345678»",
		"加一下店长的v，到货了马上通知您：hh_dianzhang":          "compliance/off-platform-contact «hh_dianzhang»",
		"货都一样，你挑什么挑":                             "service/forbidden-phrase «挑什么挑»",
		"页面上不是写得很明白了吗？":                          "service/forbidden-phrase «不是写得»",
		"这把锅就是炒锅天花板":                             "compliance/ad-law «天花板»",
		"金额%.2f元已退回原账户":                          "vars/malformed «%.2f»",
		"卡号 6217 0012 3456 7890 123，户名张三，转过来就发货": "compliance/off-platform-contact «卡号 6217 0012 3456 7890 123»",
		// lint v6: a number next to another covers only the number
		"手机 139 1234 5678 20号之前发货": "compliance/phone-number «139 1234 5678»",
		"+86 13912345678 2024":     "compliance/phone-number «+86 13912345678»",
		"座机 021-62345678-8001":     "compliance/phone-number «021-62345678»",
		"138转1234转5678":            "compliance/phone-number «138转1234转5678»",
		"尾号是5678，前面是 138 1234":     "compliance/phone-number «5678，前面是 138 1234»",
		"您的尺码是{{尺码｜M}}":            "vars/malformed «{{尺码｜M}}»",
	} {
		got := strings.Join(lintSpans(t, text), ", ")
		if got != want {
			t.Errorf("%q: got [%s], want [%s]", text, got, want)
		}
	}
}

// Lint v4: one reply per mechanism and class, with the exact rule and
// severity: unambiguous rudeness is an error, rudeness inferred from a
// sentence's shape (or softened by 亲, 哦…) a warning, and each mechanism's
// trap stays clean.
func TestLintV4Classes(t *testing.T) {
	for text, want := range map[string]string{
		// numbers in codes and after labels; landlines
		"京东物流单号 JDVA18392047561，预计明天送达": "",
		"发票代码 044032500111，发票已经开好":      "",
		"TEL：0755—2688 1234":            "compliance/phone-number error",
		"加V13800138000，备注买的什么":          "compliance/off-platform-contact error, compliance/phone-number error",
		// straddles
		"这款是单人份的，做单人餐正好": "",
		"招做单人员，在家就能做":    "compliance/fake-order error",
		// WeChat as the platform's channel
		"拼单还差一人，可以分享给微信好友一起拼": "",
		"想一起拼的话，发到我们店长微信上就行":  "compliance/off-platform-contact error",
		// comparing options
		"这两个颜色里，黑色最耐脏": "",
		"同类产品中这款最好用":   "compliance/ad-law warning",
		// recall classes
		"拼多多也有我们家，搜 小熊生活馆 便宜五块":             "compliance/off-platform-contact error",
		"这款断货了，可以去隔壁「暖阳家纺」看看，是我们的小号店铺":      "compliance/off-platform-contact warning",
		"银行卡号 6222 0212 3456 7890，转账后截图给这边": "compliance/off-platform-contact error, compliance/off-platform-contact error",
		"礼品卡卡号 8888 1234 5678 9012，在App里兑换": "",
		"搜一下小程序“鹿小铺”，在里面下单能便宜二十":            "compliance/off-platform-contact error",
		"加💬：sunnyhome520，有惊喜":               "compliance/off-platform-contact error",
		"💬 有问题随时在这里留言哦":                     "",
		"领10元红包的条件：确认收货+5星评价":               "compliance/review-cashback error",
		"付款后联系客服领8元，记得给五星哦":                 "compliance/review-cashback warning",
		"五星后下单备注一下，就能少付五块":                  "compliance/review-cashback error",
		"五分袖的款式更凉快，夏天送人也合适":                 "",
		"有空帮店铺冲个量吗？下单后直接退款就行":               "compliance/fake-order error",
		"奶粉按说明冲一下量勺就行":                      "",
		"这把锅就是炒锅天花板":                        "compliance/ad-law warning",
		"吸顶灯装在天花板上，记得量好尺寸":                  "",
		"金额%.2f元已退回原账户":                     "vars/malformed error",
		// rude tone
		"页面上不是写得很明白了吗？":       "service/forbidden-phrase error",
		"亲，页面上不是写得很明白了吗？":     "service/forbidden-phrase warning",
		"不是已经给您补发了吗？别担心，明天就到": "",
		"买之前怎么不问清楚？":          "service/forbidden-phrase warning",
		"怎么不见了呢，我帮您查一下物流":     "",
		"您是不是没看说明书就用了？":       "service/forbidden-phrase warning",
		"是不是没插好电源呢？您检查一下插头":   "",
		"你确定你会用吗？":            "service/forbidden-phrase error",
		"您确定要取消订单吗？取消后优惠券会退回": "",
		"货都一样，你挑什么挑":          "service/forbidden-phrase error",
		"那是你的事":               "service/forbidden-phrase error",
		"我也说不准，您看着办吧":         "service/forbidden-phrase warning",
		"您看着选就好，两个颜色都很百搭":     "",
		"想退就退，无所谓":            "service/forbidden-phrase warning",
		"颜色无所谓的话，可以选白色":       "",
		"有问题随便问我哦":            "",
		"不想要可以不买":             "service/forbidden-phrase error",
		"不想要的话可以申请退款":         "",
		"得，您说了算":              "service/forbidden-phrase error",
		"颜色您说了算，我们按备注发":       "",
		"这种问题也要问？":            "service/forbidden-phrase error",
	} {
		got := strings.Join(lintText(t, nil, text), ", ")
		if got != want {
			t.Errorf("%q: got [%s], want [%s]", text, got, want)
		}
	}
}

// Lint v5: the ad-law precision model — 最好 as "had better" before what to
// do, 最 + a dimension naming a part or given as a measure, 第一 counting a
// step or a steep, 最 over the stages of use, 100% as a level — each with the
// claim on the other side of its line, at the rule's severity.
func TestLintV5AdLaw(t *testing.T) {
	for text, want := range map[string]string{
		"床垫拆封后最好平放一晚再使用":     "",
		"最好用温水手洗":            "",
		"这款最好用，闭眼入":          "compliance/ad-law warning",
		"最好用的扫地机器人就是这台":      "compliance/ad-law warning",
		"这台空气炸锅最好清洗":         "compliance/ad-law warning",
		"质量最好还便宜":            "compliance/ad-law warning",
		"您最好的选择就是这款":         "compliance/ad-law warning",
		"沙发最宽处是2.1米":         "",
		"沙发最宽2.1米，进门没问题":     "",
		"最宽的床垫就在我们家":         "compliance/ad-law warning",
		"同类里最轻的吸尘器，才1.2公斤":   "compliance/ad-law warning",
		"价格降到最低点了":           "compliance/ad-law warning",
		"开到最大档也不吵":           "",
		"最高层次的享受":            "compliance/ad-law warning",
		"第一泡用来洗茶，第二泡开始喝口感最好": "",
		"口碑第一，回头客特别多":        "compliance/ad-law warning",
		"我们是国内第一家做无醛板材的工厂":   "compliance/ad-law warning",
		"这款茶的口感最好":           "compliance/ad-law warning",
		"充到100%会自动断电":        "",
		"电量显示100%就充满了":       "",
		"100%正品，假一赔十":        "compliance/ad-law warning",
		"充电效率100%":           "compliance/ad-law warning",
		"面料成分：棉100%":         "",
		"安装的时候安全第一":          "",
	} {
		got := strings.Join(lintText(t, nil, text), ", ")
		if got != want {
			t.Errorf("%q: got [%s], want [%s]", text, got, want)
		}
	}
}

// Lint v5: the recall classes of the third red-team set, each mechanism with
// its exact rule and severity and a trap on the other side of its line.
func TestLintV5Recall(t *testing.T) {
	for text, want := range map[string]string{
		// private deals, personal accounts, pick-ups
		"私底下跟我订，出厂价给您":        "compliance/off-platform-contact error",
		"仓库同事私下拍了实物图，我发给您看":   "",
		"订金交到老板个人账户，剩下的拍链接":   "compliance/off-platform-contact error",
		"退款会原路退到您的个人账户":       "",
		"到档口拿货按批发价算":          "compliance/off-platform-contact error",
		"来仓库自提可以省运费，下单时选自提":   "",
		"联系方式在包裹里的小卡片上":       "compliance/off-platform-contact error",
		"保修卡上有品牌售后电话，维修直接找品牌": "",
		// apps, homophones, quoted names, mini programs
		"加我Line：momo_shop88":     "compliance/off-platform-contact error",
		"手机壳有 Line Friends 联名款":  "",
		"秋秋号 2233445566 找客服小美":   "compliance/off-platform-contact error",
		"猫咪的球球被咬坏了可以补发一个":        "",
		"闲鱼店铺有清仓的，名字是“小李二手”":     "compliance/off-platform-contact error",
		"小红书上那条测评是博主自己拍的":        "",
		"会员积分在小程序「鹿鹿生活」里查":       "compliance/off-platform-contact error",
		"拼多多小程序里也能看订单":           "",
		"去小程序登记一下保修":             "compliance/off-platform-contact warning",
		"体脂秤要用微信小程序连接，扫说明书上的码就行": "",
		// reward behind a colon, germs
		"红包5元等您拿：收货后五星评价并截图": "compliance/review-cashback error",
		"运费险说明：收货后评价不影响理赔":   "",
		"床垫能杀灭螨虫和细菌":         "compliance/medical-claim warning",
		"杀毒软件可以清除电脑病毒":       "",
		// rude tone
		"您问完了没有？":            "service/forbidden-phrase error",
		"检查完了没有发现质量问题":       "",
		"说了您也不懂":             "service/forbidden-phrase error",
		"电话里跟您说不明白的话，我发视频给您": "",
		"这是常识啊亲":             "service/forbidden-phrase warning",
		"谁跟您说的您找谁去":          "service/forbidden-phrase error",
		"颜色是您自己选错的，这个不能怪我们":  "service/forbidden-phrase warning, service/forbidden-phrase error",
		"怪不得我们家这款卖断货了，确实好用":  "",
		"就这样吧，不行您就退":         "service/forbidden-phrase warning",
		"不行的话您就退，运费我们承担":     "",
		"这个不归客服管":            "service/forbidden-phrase error",
		"这个不归客服管，我帮您转给售后同事":  "",
		// push to the platform
		"运费险是平台的，别问店铺":     "service/push-to-platform error",
		"不用问京东客服，我们这边就能处理": "",
		"别找平台了，有问题直接找我们就行": "",
	} {
		got := strings.Join(lintText(t, nil, text), ", ")
		if got != want {
			t.Errorf("%q: got [%s], want [%s]", text, got, want)
		}
	}
}

// A mobile number after China's country code (+86, 86, 0086) is one finding
// whose span starts at the code (the + and a bracket around it included) and
// whose message gives the number as written — plus the digits it reads as
// when it is written otherwise — not the digits glued together.
func TestPhoneCountryCode(t *testing.T) {
	for text, want := range map[string]string{
		"有事打 +86 139 0000 1234 找我": "compliance/phone-number «+86 139 0000 1234» 手机号码 +86 139 0000 1234",
		"电话0086-13900001234":       "compliance/phone-number «0086-13900001234» 手机号码 0086-13900001234",
		"电话86 13900001234":         "compliance/phone-number «86 13900001234» 手机号码 86 13900001234",
		"（+86）139-0000-1234":       "compliance/phone-number «（+86）139-0000-1234» 手机号码 （+86）139-0000-1234",
		"拨打＋８６ １３９００００１２３４":        "compliance/phone-number «＋８６ １３９００００１２３４» 手机号码 ＋８６ １３９００００１２３４（13900001234）",
		"售后电话：一三九 二八七六 五五四三":       "compliance/phone-number «一三九 二八七六 五五四三» 手机号码 一三九 二八七六 五五四三（13928765543）",
		"订单号 008613900001234 已发货":  "",
	} {
		src := fmt.Sprintf("pack: x\nphrases:\n  - code: a\n    title: t\n    text: %q\n", text)
		r := lintBytes(t, nil, map[string]string{"f.yaml": src}, nil)
		rs := []rune(text)
		const first = 12
		var got []string
		for _, p := range r.Problems {
			msg, _, _ := strings.Cut(p.Message, "：")
			got = append(got, fmt.Sprintf("%s «%s» %s", p.Rule, string(rs[p.Column-first:p.EndColumn-first+1]), msg))
		}
		if g := strings.Join(got, ", "); g != want {
			t.Errorf("%q: got [%s], want [%s]", text, g, want)
		}
	}
}

// Lint v5, held-out 10's classes: one reply per class with its rule and
// severity, and the trap on the other side.
func TestLintV5HeldOut10Classes(t *testing.T) {
	for text, want := range map[string]string{
		"老铁，视频我发你V上，号是 car_laowang66": "compliance/off-platform-contact error",
		"去我们京东的另一家店看看，那边有货":           "compliance/off-platform-contact error",
		"可以来我们实体店试穿，比网上便宜一百":          "compliance/off-platform-contact error",
		"线下门店和网店价格一样，您在这里下单就好":        "",
		"你留个电话，我们老板直接打给你谈价格":          "compliance/off-platform-contact warning",
		"留个电话，快递师傅送货前会联系您":            "",
		"我们有个老客户群，新品都先在群里发":           "compliance/off-platform-contact error",
		"我们有个淘宝群，在店铺首页就能进":            "",
		"这款冲锋衣在得物更便宜，可以去看看":           "compliance/off-platform-contact error",
		"在别的平台更便宜的多半是仿品，建议认准官方渠道":     "",
		"晚上八点开播，平台是快手，搜“阿强五金”就能进":     "compliance/off-platform-contact error",
		"五星好评后截图，邮费给您免了":              "compliance/review-cashback error",
		"日结返佣，拍完就退款":                  "compliance/fake-order error",
		"喝了一个月，胃炎慢慢就好了":               "compliance/medical-claim warning",
		"新鞋刚开始有点磨脚，穿几天慢慢就好了":          "",
		"用了这个护膝，关节炎再也没犯过":             "compliance/medical-claim warning",
		"这点东西自己研究一下吧":                 "service/forbidden-phrase error",
		"您也可以自己研究一下说明书，不会的随时问我":       "",
		"装个软件还用教吗":                    "service/forbidden-phrase error",
		"您不会先看看说明书吗？":                 "service/forbidden-phrase warning",
		"您不会用的话，我发视频教您":               "",
		"我们又不是开维修店的，这个管不了":            "service/forbidden-phrase warning, service/forbidden-phrase error",
		"这个价格我们也管不了，是平台的统一活动价，请您理解":   "",
		"猫不吃是猫挑食，跟猫粮没关系":              "service/forbidden-phrase warning",
		"是快递的问题，跟您没关系，我们马上补发":         "",
		"运费险理赔是淘宝管的，我们这儿处理不了":         "service/push-to-platform error, service/forbidden-phrase error",
		"{收货人 您好，包裹已经到驿站了":            "vars/malformed error",
		"$(订单号) 已经发货":                 "vars/malformed error",
		"价格{{价格}}元以内都有":               "",
		"这款有两个颜色，灰色最耐脏":               "",
		"水杯底部的二维码可以查生产批次":             "",
	} {
		got := strings.Join(lintText(t, nil, text), ", ")
		if got != want {
			t.Errorf("%q: got [%s], want [%s]", text, got, want)
		}
	}
}

// Lint v5's findings made in Go rather than by a word list cover the term:
// the mini program with its quoted name (merged with the verb pattern that
// touches it), the app of a sentence that names a shop in quotes, the reward
// through the colon to the review.
func TestLintV5Spans(t *testing.T) {
	for text, want := range map[string]string{
		"售后去小程序“耳机之家”报修":      "compliance/off-platform-contact «去小程序“耳机之家”报修»",
		"直播在抖音，晚上八点，搜“东北大米哥”": "compliance/off-platform-contact «抖音»",
		"加我Line：momo_shop88":  "compliance/off-platform-contact «Line：momo_shop88»",
		"红包5元等您拿：收货后五星评价并截图":  "compliance/review-cashback «红包5元等您拿：收货后五星评价»",
		"沙发最宽的床垫":             "compliance/ad-law «最»",
	} {
		got := strings.Join(lintSpans(t, text), ", ")
		if got != want {
			t.Errorf("%q: got [%s], want [%s]", text, got, want)
		}
	}
}

// Control and invisible characters are flagged wherever an agent reads them,
// not only in replies: the pack's name and description, var values, and each
// phrase's title, group, tags, keywords and buyer questions — each named in
// the message, at its own line and column.
func TestUnsafeCharsOutsideReplies(t *testing.T) {
	src := "pack: \"售后\\u202e\"\n" +
		"description: 说明\u200b\n" +
		"vars:\n  店名: \"好\\x1b店\"\n" +
		"phrases:\n" +
		"  - code: a\n" +
		"    title: \"退款\\x1b[2J\"\n" +
		"    group: 售后\u2066退换\n" +
		"    tags: [退\u200b款, 好]\n" +
		"    keywords: [\"tui\\u0085\"]\n" +
		"    ask: [怎么退\u061c款]\n" +
		"    text: \"{{店名}}您好\"\n"
	r := lintBytes(t, nil, map[string]string{"f.yaml": src}, nil)
	var got []string
	for _, p := range r.Problems {
		head, _, _ := strings.Cut(p.Message, "：")
		got = append(got, fmt.Sprintf("%d:%d %s %s %s", p.Line, p.Column, p.Rule, p.Code, head))
	}
	want := []string{
		"1:10 text/invisible-char  包名里有看不见的字符 U+202E（零宽或双向控制）",
		"2:16 text/invisible-char  包说明里有看不见的字符 U+200B（零宽或双向控制）",
		"4:9 text/control-char  变量 店名 的值里有控制字符 U+001B",
		"7:15 text/control-char a 标题里有控制字符 U+001B",
		"8:14 text/invisible-char a 分组里有看不见的字符 U+2066（零宽或双向控制）",
		"9:13 text/invisible-char a 标签里有看不见的字符 U+200B（零宽或双向控制）",
		"10:20 text/control-char a 关键词里有控制字符 U+0085",
		"11:14 text/invisible-char a 买家问法里有看不见的字符 U+061C（零宽或双向控制）",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
