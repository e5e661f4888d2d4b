package lint

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/huashu-cli/huashu/pkg/render"
)

// vars/*: placeholders ({{变量}}) and the pack's vars.

var varsMalformedRule = Rule{ID: RuleVarsMalformed, Severity: Error,
	Summary: "占位符写坏了（未闭合、空名、多余的括号，或 ${x}、%s、｛｛x｝｝ 这类别的模板写法）", check: checkVarsMalformed}

var varsUnusedRule = Rule{ID: RuleVarsUnused, Severity: Warning, Summary: "包里定义的变量没有话术使用"}

var varsTypoRule = Rule{ID: RuleVarsTypo, Severity: Warning, Summary: "占位符与已定义变量只差一个字", check: checkVarsTypo}

// markUsedVars records the pack vars the reply's placeholders name
// (vars/unused needs them whether or not the vars rules are on).
func markUsedVars(t *textCtx) {
	if !strings.Contains(t.value, "{{") {
		return
	}
	for _, p := range render.Placeholders(t.value) {
		t.used[p.Name] = true
	}
}

// checkVarsTypo reports a placeholder one edit away from a declared var.
func checkVarsTypo(c *checker, t *textCtx) {
	v := t.value
	if !strings.Contains(v, "{{") || len(t.pk.Vars) == 0 {
		return
	}
	names := make([]string, 0, len(t.pk.Vars))
	for k := range t.pk.Vars {
		names = append(names, k)
	}
	sort.Strings(names)
	ri := runeIndex{s: v}
	for _, p := range render.Placeholders(v) {
		if _, ok := t.pk.Vars[p.Name]; ok || c.l.builtins[p.Name] {
			continue
		}
		// lint v10 round 5: {{訂單號}} is {{订单号}} typed in the other
		// script (or the var was declared in it); the picker sees another
		// name and asks for it again.
		if k, ok := sameSimplified(p.Name, names); ok {
			a := ri.at(p.Start)
			c.report(t, RuleVarsTypo, a, a+runeCount(v[p.Start:p.End]),
				fmt.Sprintf("占位符 {{%s}} 和包里定义的变量 %q 只差繁简：选择器不会用定义的值填它；写成 {{%s}}", p.Name, k, k), nil)
			continue
		}
		simp := strings.Map(t2s, p.Name)
		for _, k := range names {
			// lint v11 round 7: {{暱稱}} for 昵称: 稱 is Traditional and 暱 a
			// variant no table folds, so the Simplified forms are one
			// character apart: a typo like any other.
			if editDistance1(p.Name, k) || editDistance1(simp, strings.Map(t2s, k)) {
				a := ri.at(p.Start)
				c.report(t, RuleVarsTypo, a, a+runeCount(v[p.Start:p.End]),
					fmt.Sprintf("占位符 {{%s}} 和包里定义的变量 %q 只差一个字：多半是写错了", p.Name, k), nil)
				break
			}
		}
	}
}

// sameSimplified returns the declared name that reads the same as name
// once both are made Simplified (訂單號 and 订单号).
func sameSimplified(name string, declared []string) (string, bool) {
	simp := strings.Map(t2s, name)
	for _, k := range declared {
		if k != name && strings.Map(t2s, k) == simp {
			return k, true
		}
	}
	return "", false
}

// checkVarsMalformed reports broken {{…}} placeholders and the look-alikes
// of other template systems, which the picker does not fill and the buyer
// would see as written.
func checkVarsMalformed(c *checker, t *textCtx) {
	v := t.value
	if strings.Contains(v, "{{") || strings.Contains(v, "}}") {
		c.malformedBraces(t)
	}
	if mayHaveLookalike(v) {
		c.lookalikePlaceholders(t)
	}
	if mayHaveSlot(v) {
		c.unfilledSlots(t)
	}
}

// mayHaveSlot is a cheap scan for what slotRE and blankRE need: a bracket
// (or #) that may hold a field name, or a run of X, x or underscores.
func mayHaveSlot(v string) bool {
	return strings.ContainsAny(v, "【[［<＜‹〈「『#＃@＠（(Xx×Ｘ") || strings.Contains(v, "___") || strings.Contains(v, "＿＿")
}

// eitherScript is a regexp for name written in Simplified or Traditional
// characters, or a mix of both (lint v21, after red teams 562-569: a Hong
// Kong template's 【訂單號】 is 【订单号】): each Han rune that t2s_table.go
// folds other runes to becomes a class of all of them.
func eitherScript(name string) string {
	var b strings.Builder
	for _, r := range name {
		if alts := traditionalOf()[r]; len(alts) > 0 {
			b.WriteByte('[')
			b.WriteRune(r)
			for _, a := range alts {
				b.WriteRune(a)
			}
			b.WriteByte(']')
			continue
		}
		b.WriteString(regexp.QuoteMeta(string(r)))
	}
	return b.String()
}

// traditionalOf maps a Simplified rune to the runes t2s folds to it.
var traditionalOf = sync.OnceValue(func() map[rune][]rune {
	m := make(map[rune][]rune)
	for i, from := range t2sFrom {
		if to := t2sTo[i]; to != from {
			m[to] = append(m[to], from)
		}
	}
	return m
})

// slotRE finds a CRM slot nobody filled: a field name of sets.yaml 槽位 in
// brackets or between # marks (【订单号】, [退款金额], #商品名称#, ＜快递单号＞,
// 【请填写单号】). Any opening mark may meet any closing one: templates
// pasted between tools mix them (‹订单号>).
var slotRE = sync.OnceValue(func() *regexp.Regexp {
	sets, err := defaultSets()
	if err != nil {
		panic(err) // the embedded words are tested; a broken file is a build defect
	}
	names := append([]string(nil), sets["槽位"].Words...)
	sort.Slice(names, func(i, j int) bool { return len(names[i]) > len(names[j]) })
	for i, n := range names {
		names[i] = eitherScript(n)
	}
	return regexp.MustCompile(`[【\[［<＜‹〈「『#＃@＠]\s*(?:请?(?:填写|输入|填入|替换成|替换为)|此处填写?)?(?:` +
		strings.Join(names, "|") + `)\s*[】\]］>＞›〉」』#＃@＠]` +
		// lint v10 round 4: a Han field name in angle brackets that ends like
		// one (<批号>, <生产日期>, <产品编号>); <大号>和<小号> mark options.
		`|[<＜‹]\s*\p{Han}{0,6}(?:名称|名字|编号|批号|日期|时间|地址|金额|电话|号码|姓名|昵称|链接)\s*[>＞›]` +
		// lint v16 (after red teams 314-321): a Han name field in square
		// brackets, Simplified or Traditional (尊敬的【收货人姓名】,
		// 親愛的[客戶名稱]); a heading (【商品名称】羊毛衫) is told apart by
		// unfilledSlots.
		`|[【\[［]\s*\p{Han}{0,6}(?:名称|名稱|名字|姓名|[昵暱][称稱])\s*[】\]］]` +
		// lint v21 (after red teams 546-553): a date or a time still to fill
		// in (师傅【安装日期】上门); a heading (【发货时间】48小时内) is told
		// apart by asked, as for names.
		`|[【\[［]\s*\p{Han}{0,4}(?:日期|时间|時間)\s*[】\]］]` +
		// lint v30 (after red teams 970-977): a model, an age (您的型号
		// 【手机型号】, 【宝宝年龄】的宝宝); a heading is told apart by asked.
		`|[【\[［]\s*\p{Han}{1,4}(?:型号|年龄|年齡)\s*[】\]］]` +
		// lint v20 (after red teams 506-513): or a person's name field
		// named by its bare 名 (親愛嘅【客戶名】, 【买家名】您好).
		`|[【\[［]\s*(?:客户|客戶|买家|買家|顾客|顧客|会员|會員|收件人|收貨人|收货人)名\s*[】\]］]` +
		// lint v11 round 7: an English field left in brackets by a template
		// written for cross-border shops (Hi [Customer Name], <Order Number>).
		`|(?i:[\[［<＜【]\s*(?:(?:customer|buyer|client|user|recipient|receiver|first|last|full|your|agent|shop|store|product|item|sender|contact)['’]?s?[ _-]?)?(?:name|username|nickname)\s*[\]］>＞】])` +
		`|(?i:[\[［<＜【]\s*(?:order|tracking|parcel|invoice|refund|coupon|phone|mobile|contact)[ _-]?(?:number|no\.?|id|#|code|amount|link)\s*[\]］>＞】])` +
		`|(?i:[\[［<＜【]\s*(?:(?:refund|order|total|payment|shipping|delivery|pickup)[ _-]?)?(?:amount|address|date|time)\s*[\]］>＞】])`)
})

// slotHereRE (lint v10 round 4): a bracket that says it is the place to fill
// in (（此处填写退货地址）, (这里填金额)), and an empty pair of square brackets
// (亲爱的【】): both reach the buyer as written.
//
// lint v10 round 6: a bracket holding only the instruction (【填写】, 【请填写】,
// （待填写）) or a field name and the instruction after it (【单号填写】,
// 【金额待填】); 备注（选填）, （必填） label a form's field and are left alone.
var slotHereRE = regexp.MustCompile(`[（(【\[［<＜〈「『]\s*(?:此处|这里|在此)请?(?:填写|填入|输入|替换|填)[^）)】\]］>＞〉」』\n]{0,16}[）)】\]］>＞〉」』]|【\s*】|［\s*］|\[\s*\]` +
	`|[（(【\[［〈「『]\s*(?:请|待)?(?:填写|填入|输入|替换)(?:处|此处)?\s*[）)】\]］〉」』]|[【\[［]\s*\p{Han}{1,6}(?:填写|待填写?|待填入)\s*[】\]］]`)

// slotInstructedRE (lint v22, after red teams 586-593): the instruction to
// fill in before any field name (【填写款式】, 【请替换成商品名】), not only the
// names slotRE knows; a button the reply points at (点击【填写退货物流】) is
// left alone (slotButtonRE).
var slotInstructedRE = regexp.MustCompile(`[【\[［]\s*请?(?:填写|填入|替换成|替换为)\p{Han}{1,6}\s*[】\]］]`)

// slotButtonRE: the clause before a bracket ends on a verb of pressing or
// opening (点击【填写退货物流】, 进入【填写地址】页面).
var slotButtonRE = regexp.MustCompile(`(点击|点一下|点|按|进入|打开|在|去)\s*$`)

var slotToFillRE = regexp.MustCompile(`填写|输入|填入|替换`)

// blankRE finds a blank left to fill: XX (XX月XX日), xxx, ___ or ＿＿, not
// touching a Latin letter or digit (XXL and XXXL are sizes; 138XXXX1234 and
// 8XX3K are masked or coded numbers).
//
// lint v10 round 6: ×× and ＸＸ too (订单号××, 退款×××元): two or more
// multiplication signs in a row are no product.
var blankRE = regexp.MustCompile(`(?:^|[^A-Za-z0-9_])(X{2,}|x{3,}|_{3,}|＿{2,}|×{2,}|Ｘ{2,}|ｘ{3,})(?:[^A-Za-z0-9_]|$)`)

// oneXRE (lint v10 round 6) finds a single X standing for a number of a
// date, a time or an amount: X月X日, X月15号, X个工作日, X天, X元, X点前
// (您的包裹预计【X月X日】送达). X光, X型, XS, 宝马X5 have no such unit after
// them; unfilledSlots also drops an X right after a Latin letter or a digit
// (iPhone X 天天降价 aside, the X there follows a word).
var oneXRE = regexp.MustCompile(`[XxＸｘ×]\s*(?:月\s*(?:[XxＸｘ×]\s*[日号]?|[0-9０-９]{1,2}\s*[日号])|日|号|个工作日|个小时|小时|天|元|块钱|块|点前|点之前|点后|点以后|点到|分钟|周内|年[XxＸｘ×0-9])`)

// slotAskedRE: the clause before a bracketed field asks the buyer for it or
// points at a button or page (请提供【订单号】, 点击【我的订单】, 在【收货人】后面填写).
// Lint v17: 补发, 已发 and 寄出 ship something, they ask for nothing (您的补发单号是【快递单号】).
var slotAskedRE = regexp.MustCompile(`(提供|告诉|告知|(?:^|[^补已寄出分转派])发|报|输入|填|写|留|备注|点|进入|打开|找到|查看|选|复制|搜|在|看|核对|确认|检查|修改|改)`)

// slotSpeaksRE (lint v29, after red teams 906-913): the field is the one
// who speaks to the buyer ([客服名]给你说一哈, 【客服名】跟您讲一下): a name still
// to fill in, not a field the buyer is asked to give (把[单号]给我).
var slotSpeaksRE = regexp.MustCompile(`^\s*(?:给|跟|和|同|为)(?:你|您)(?:说|讲|介绍|解释|汇报|答复|回复)`)

// slotWhenRE: a field that holds a date or a time (【日期】, [发货时间]).
var slotWhenRE = regexp.MustCompile(`(?:日期|时间|時間)\s*[】\]］>＞›〉」』#＃@＠]$`)

// slotAfterAskRE: what follows a field the buyer is asked for or a form's
// field (把[快递单号]发我, 【收货人】那一栏, 【订单号】后面).
var slotAfterAskRE = regexp.MustCompile(`^\s*(?:发|给|告诉|提供|报|填|写|那一?栏|一栏|栏|里|中|页|按钮|处|后面|前面)`)

// salutationSlotRE (lint v21, after red teams 530-537): a bracketed field
// right after a salutation is a name or a detail still to fill in, whatever
// it is called (亲爱的【宝宝月龄】宝宝妈妈, 尊敬的【会员等级】会员).
var salutationSlotRE = regexp.MustCompile(`(?:亲爱的|亲爱滴|尊敬的|親愛的|親愛嘅|尊敬嘅)\s*([【\[［]\s*\p{Han}{1,8}\s*[】\]］])`)

// slotGreetingRE: what follows a field name that opens a clause when it is a
// salutation or a signature (【买家昵称】您好, 【店铺名】欢迎您, 【客服名】为您服务;
// lint v15: 【买家昵称】宝子你好呀, 【买家昵称】您的快递…; lint v18: or the
// reply's own sentence, 【订单号】这单已经给您登记补发了; lint v24: or a way of
// addressing the buyer, 【买家昵称】老表, 【买家昵称】嗯家好; lint v26: 【客服名】很高兴为您服务;
// lint v29: 【订单号】这一单已经备注加急了; lint v30: 【买家昵称】婆婆您好, a
// kinship word or a greeting after a word or two),
// not a heading with its value
// (【地址】浙江省…, 【订单号】2026…).
var slotGreetingRE = regexp.MustCompile(`^\s*(?:[，,。！!~～]|$|您|你好|侬|汝|恁好|雷好|早晨|亲|欢迎|很高兴|为您|提醒|祝|感谢|谢谢|宝|家人|姐妹|小主|哈喽|嗨|(?i:hi|hello)|早上好|上午好|中午好|下午好|晚上好|在吗|这单|这一单|这笔|这一笔|这件|这个|已经|已为|已给|已帮|我们|我这边|这边|给您|帮您|同学|先生|女士|小姐|老师|阿姨|叔叔|大哥|大姐|宝妈|妈妈|爸爸|老表|老铁|老乡|朋友|兄弟|靓仔|靓女|美女|帅哥|大爷|大娘|老板|嗯家|婆婆|爷爷|奶奶|爹爹|孃孃|嬢嬢|伯伯|婶婶|姐姐|哥哥|\p{Han}{1,2}(?:您好|你好))`)

func (c *checker) unfilledSlots(t *textCtx) {
	v := t.value
	ri := runeIndex{s: v}
	report := func(s, e int) {
		a := ri.at(s)
		c.report(t, RuleVarsMalformed, a, a+runeCount(v[s:e]),
			fmt.Sprintf("%q 像是没填的占位符：买家会原样看到；要选择器来填就写成 {{变量名}}", v[s:e]), nil)
	}
	// asked: the buyer is asked for the field, or it names a button, a
	// form's field or (at the start of a clause, before no greeting) a heading.
	asked := func(m []int) bool {
		if slotSpeaksRE.MatchString(v[m[1]:]) {
			return false
		}
		if slotAfterAskRE.MatchString(v[m[1]:]) {
			return true
		}
		clause := v[clauseStart(v, m[0]):m[0]]
		if strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(clause), "亲")) == "" {
			// A heading: 【收货地址】浙江省…; not one that 的 joins to what
			// follows (lint v16: 【订单号】的酒已经出库).
			rest := strings.TrimSpace(v[m[1]:])
			return !slotGreetingRE.MatchString(v[m[1]:]) && !strings.HasPrefix(rest, "的") && !strings.HasPrefix(rest, "嘅")
		}
		// Lint v25 (after red teams 690-697): 在 right before a date or a
		// time says when, not where to fill it in (将在【日期】完成).
		if trimmed := strings.TrimSpace(clause); strings.HasSuffix(trimmed, "在") && slotWhenRE.MatchString(v[m[0]:m[1]]) {
			return slotAskedRE.MatchString(strings.TrimSuffix(trimmed, "在"))
		}
		return slotAskedRE.MatchString(clause)
	}
	if strings.ContainsAny(v, "（(【[［") {
		for _, m := range slotHereRE.FindAllStringIndex(v, -1) {
			if asked(m) {
				continue // 请在【】里写上收货人
			}
			report(m[0], m[1])
		}
	}
	if strings.ContainsAny(v, "【[［<＜‹〈「『#＃@＠") {
		for _, m := range slotRE().FindAllStringIndex(v, -1) {
			if slotToFillRE.MatchString(v[m[0]:m[1]]) {
				report(m[0], m[1]) // 【请填写单号】 says itself that it is a slot
				continue
			}
			if !asked(m) {
				report(m[0], m[1])
			}
		}
	}
	if strings.ContainsAny(v, "【[［") {
		for _, m := range slotInstructedRE.FindAllStringIndex(v, -1) {
			if !slotRE().MatchString(v[m[0]:m[1]]) && !slotButtonRE.MatchString(v[clauseStart(v, m[0]):m[0]]) {
				report(m[0], m[1]) // slotRE's own finds were reported above
			}
		}
		for _, m := range salutationSlotRE.FindAllStringSubmatchIndex(v, -1) {
			if !slotRE().MatchString(v[m[2]:m[3]]) {
				report(m[2], m[3]) // slotRE's own finds were reported above
			}
		}
	}
	for _, m := range blankRE.FindAllStringSubmatchIndex(v, -1) {
		report(m[2], m[3])
	}
	if strings.ContainsAny(v, "Xx×Ｘｘ") {
		for _, m := range oneXRE.FindAllStringIndex(v, -1) {
			if oneX(v, m[0]) {
				report(m[0], m[1])
			}
		}
	}
}

// oneX reports whether the X at v[i] stands alone: no Latin letter, digit or
// X right before it (XX月 is blankRE's; 3×4天, XL码, iPhone X 天天 are not
// blanks), spaces skipped; and no Latin letter or digit right after the
// first character (X5, XS).
func oneX(v string, i int) bool {
	r, n := utf8.DecodeRuneInString(v[i:])
	if j := i + n; j < len(v) {
		if a, _ := utf8.DecodeRuneInString(v[j:]); isASCIILetter(a) || isDigit(a) || a == r {
			return false
		}
	}
	for j := i; j > 0; {
		b, m := utf8.DecodeLastRuneInString(v[:j])
		if b == ' ' || b == '\u3000' {
			j -= m
			continue
		}
		f := foldRune(b)
		return !isASCIILetter(f) && !isDigit(f) && b != '_' && !strings.ContainsRune("Xx×Ｘｘ", b)
	}
	return true
}

// clauseStart returns the byte offset where the clause holding v[i] begins:
// just after the last clause or sentence mark before i.
func clauseStart(v string, i int) int {
	for j := i; j > 0; {
		r, n := utf8.DecodeLastRuneInString(v[:j])
		if isClauseBreak(foldRune(r)) {
			return j
		}
		j -= n
	}
	return 0
}

// mayHaveLookalike is a cheap scan for what lookalikeRE needs: a $, a %
// before a letter, a digit, a printf flag or ( (%(name)s), a full-width brace, or a single brace.
func mayHaveLookalike(v string) bool {
	for i := 0; i < len(v); i++ {
		switch v[i] {
		case '$':
			return true
		case '%':
			if i+1 < len(v) && (isASCIILetter(rune(v[i+1])) || isDigit(rune(v[i+1])) || v[i+1] >= 0x80 || strings.IndexByte("@-+#.(", v[i+1]) >= 0) {
				return true
			}
		case '{':
			if (i == 0 || v[i-1] != '{') && (i+1 == len(v) || v[i+1] != '{') {
				return true
			}
		}
	}
	return strings.ContainsAny(v, "％＄｛<＜[")
}

func (c *checker) malformedBraces(t *textCtx) {
	v := t.value
	phs := render.Placeholders(v)
	covered := make([]bool, len(v)+1)
	for _, p := range phs {
		for i := p.Start; i < p.End && i < len(covered); i++ {
			covered[i] = true
		}
	}
	ri := runeIndex{s: v}
	// A full-width ｜ (typed by a Chinese IME) is not the default's bar: the
	// variable would be named 尺码｜M and never filled.
	for _, p := range phs {
		if k := strings.IndexAny(p.Name, "｜丨"); k >= 0 {
			bar, _ := utf8.DecodeRuneInString(p.Name[k:])
			a := ri.at(p.Start)
			c.report(t, RuleVarsMalformed, a, a+runeCount(v[p.Start:p.End]),
				fmt.Sprintf("占位符 %s 里的 %c 是全角的：选择器把它当成变量名的一部分，默认值不会生效；写成半角的 {{%s|%s}}",
					v[p.Start:p.End], bar, p.Name[:k], p.Name[k+len(string(bar)):]), nil)
		}
	}
	// lint v10 round 4: {{.BuyerName}} is a Go template's field; the picker
	// fills {{name}} and would look for a variable named .BuyerName.
	ri = runeIndex{s: v}
	for _, p := range phs {
		if name := strings.TrimSpace(p.Name); strings.HasPrefix(name, ".") {
			a := ri.at(p.Start)
			c.report(t, RuleVarsMalformed, a, a+runeCount(v[p.Start:p.End]),
				fmt.Sprintf("占位符 %s 是 Go 模板的写法：选择器不会填它，买家会原样看到；写成 {{变量名}}", v[p.Start:p.End]), nil)
		}
	}
	ri = runeIndex{s: v}
	// A brace right next to a placeholder ({{订单号}}}, {{{昵称}}}) goes to
	// the buyer as a stray brace.
	for _, p := range phs {
		extraBefore := p.Start > 0 && v[p.Start-1] == '{'
		extraAfter := p.End < len(v) && v[p.End] == '}'
		if extraBefore || extraAfter {
			s, e := p.Start, p.End
			for s > 0 && v[s-1] == '{' {
				s--
			}
			for e < len(v) && v[e] == '}' {
				e++
			}
			for i := s; i < e; i++ {
				covered[i] = true
			}
			a := ri.at(s)
			c.report(t, RuleVarsMalformed, a, a+runeCount(v[s:e]),
				fmt.Sprintf("占位符 {{%s}} 旁边多了括号：买家会看到多出来的 { 或 }；写成 {{%s}}", p.Name, p.Name), nil)
		}
	}
	ri = runeIndex{s: v}
	closeAt := -2 // byte offset of the next "}}"; -1 none, -2 not looked for yet
	for i := 0; i+1 < len(v); i++ {
		if covered[i] {
			continue
		}
		if v[i] == '{' && v[i+1] == '{' {
			j := i
			for j < len(v) && v[j] == '{' && !covered[j] {
				j++
			}
			rest := v[j:]
			if closeAt != -1 && closeAt < j { // the next "}}", found once per stretch: linear overall
				if k := strings.Index(rest, "}}"); k >= 0 {
					closeAt = j + k
				} else {
					closeAt = -1
				}
			}
			end := -1
			if closeAt >= 0 {
				end = closeAt - j
			}
			msg := "占位符没有闭合：缺少 }}"
			span := len(v) - i
			if nl := strings.IndexAny(rest, "\n{"); nl >= 0 && (end < 0 || nl < end) {
				span = j - i + nl
			}
			if end >= 0 && !strings.ContainsAny(rest[:end], "\n{") {
				name := rest[:end]
				if k := strings.IndexByte(name, '|'); k >= 0 {
					name = name[:k]
				}
				msg = "占位符的变量名是空的"
				if strings.TrimSpace(name) != "" {
					msg = "占位符写法不对（变量名里不能有 { } | 或换行）"
				}
				span = j - i + end + 2
			}
			a := ri.at(i)
			c.report(t, RuleVarsMalformed, a, a+runeCount(v[i:i+span]), msg+"；写成 {{变量名}} 或 {{变量名|默认值}}", nil)
			i += span - 1
			continue
		}
		if v[i] == '}' && v[i+1] == '}' {
			a := ri.at(i)
			c.report(t, RuleVarsMalformed, a, a+2, "多余的 }}：前面没有对应的 {{", nil)
			i++
		}
	}
}

// lookalikeRE finds placeholders of other template systems: ${name} (JS,
// shell), printf conversions with their flags, width, precision and length
// (%s %d %1$s %.2f %-8s %08d %+d %lu %x), ｛｛name｝｝ and ｛name｝ in full-width braces,
// {name} in single braces (Python, C#), $name (shell, PHP; $25 is a price),
// %name% (batch files, some CRMs), %name (some CRMs), #{name} (Ruby),
// <%= name %> (ERB, EJS, JSP; lint v11 round 8: a Han name too, <%= 订单号 %>, and full-width ＜％＝ 昵称 ％＞), <order_no> (angle brackets), [BUYER_NAME] (capitals in square brackets;
// [微笑] and 【温馨提示】 are not Latin), $(name) (shell, Makefile), a single brace left open
// before a space or a mark ({收货人 您好), and (lint v6) {0} (C#, Java
// MessageFormat), [[订单号]] (wiki-style), <<客服名>> (some CRMs), $订单号$
// and $订单号, %订单号% with a Han name; (lint v8) %1 %2, the positional
// arguments of Qt and Windows message strings (5% and 100% after a digit are
// percentages); (lint v9) %(name)s, Python's named conversions; (lint v10
// round 5) {customer_name} and {orderNumber} of any length — snake_case or
// camelCase names nobody writes in prose. A name is a short run of letters,
// digits, Han or _; single braces around anything longer are prose. Each
// alternative captures the placeholder itself in its group; the characters
// around it only say where it may stand.
var lookalikeRE = regexp.MustCompile(`([$＄#]\s*[{｛][^{}｛｝\n]{0,20}[}｝])` +
	`|(?:^|[^0-9A-Za-z%％])([%％](?:[1-9][0-9]?\$)?[-+#0]*(?:[1-9][0-9]{0,2})?(?:\.[0-9]{1,3})?(?:hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGcsp@v])(?:[^A-Za-z]|$)` +
	`|(｛+[^{}｛｝\n]{1,20}｝+)` +
	`|(?:^|[^{$＄])(\{[\p{Han}A-Za-z_][\p{Han}A-Za-z0-9_]{0,11}\})(?:[^}]|$)` +
	`|(?:^|[^{$＄])(\{\s*(?:[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]{0,30}|[a-z]+[A-Z][A-Za-z0-9]{0,30})\s*\})(?:[^}]|$)` +
	`|(?:^|[^0-9A-Za-z$＄])([$＄][A-Za-z_][A-Za-z0-9_]{1,20})(?:[^A-Za-z0-9_{｛]|$)` +
	`|(?:^|[^0-9A-Za-z%％])([%％][A-Za-z_][A-Za-z0-9_]{1,20}[%％])` +
	`|(?:^|[^0-9A-Za-z%％])([%％][A-Za-z_][A-Za-z0-9_]{2,20})(?:[^A-Za-z0-9_%％]|$)` +
	`|([<＜][%％][=＝]?\s*@?[\p{Han}A-Za-z_][\p{Han}A-Za-z0-9_.]{0,20}\s*[%％]?[>＞])` +
	`|([<＜][A-Za-z_][A-Za-z0-9_]{1,20}[>＞])` +
	`|(\[[A-Z_][A-Z0-9_]{1,20}\])` +
	`|([$＄][(（]\s*[\p{Han}A-Za-z_][\p{Han}A-Za-z0-9_]{0,20}\s*[)）])` +
	`|(?:^|[^{$＄#])(\{[\p{Han}A-Za-z_][\p{Han}A-Za-z0-9_]{0,11})(?:[^}\p{Han}A-Za-z0-9_]|$)` +
	`|(?:^|[^{$＄#])(\{[0-9]{1,2}\})(?:[^}]|$)` +
	`|(\[\[[\p{Han}A-Za-z_][\p{Han}A-Za-z0-9_.]{0,20}\]\])` +
	`|(<<[\p{Han}A-Za-z_][\p{Han}A-Za-z0-9_.]{0,20}>>)` +
	`|([$＄][\p{Han}A-Za-z_][\p{Han}A-Za-z0-9_]{0,20}[$＄])` +
	`|(?:^|[^0-9A-Za-z$＄])([$＄]\p{Han}[\p{Han}A-Za-z0-9_]{0,11})` +
	`|(?:^|[^0-9A-Za-z%％])([%％]\p{Han}[\p{Han}A-Za-z0-9_]{0,11}[%％])` +
	`|(?:^|[^0-9A-Za-z%％.])([%％][1-9][0-9]?)(?:[^0-9A-Za-z$.%％]|$)` +
	`|([%％][(（]\s*[\p{Han}A-Za-z_][\p{Han}A-Za-z0-9_]{0,20}\s*[)）][-+#0 ]*[0-9]{0,3}(?:\.[0-9]{1,3})?[diouxXeEfFgGcrsa])`)

// chatStickers are the capital-letter sticker codes of 千牛, 咚咚 and the
// 拼多多 workbench that look like [BUYER_NAME] but are drawn as stickers.
var chatStickers = map[string]bool{"[OK]": true, "[NO]": true, "[YES]": true, "[GO]": true, "[HI]": true, "[BYE]": true, "[LOL]": true}

func (c *checker) lookalikePlaceholders(t *textCtx) {
	v := t.value
	ri := runeIndex{s: v}
	for _, m := range lookalikeRE.FindAllStringSubmatchIndex(v, -1) {
		s, e := -1, -1
		for g := 1; 2*g+1 < len(m); g++ {
			if m[2*g] >= 0 {
				s, e = m[2*g], m[2*g+1]
				break
			}
		}
		if s < 0 {
			continue
		}
		if (v[s] == '%' || strings.HasPrefix(v[s:], "％")) && inURL(v, s) {
			continue // %E6%9D%AF in a link is percent-encoding
		}
		if chatStickers[v[s:e]] {
			continue // lint v11: 好的～马上发[OK] is a sticker the chat draws
		}
		a := ri.at(s)
		lit := v[s:e]
		c.report(t, RuleVarsMalformed, a, a+runeCount(lit),
			fmt.Sprintf("%q 是别的模板的占位符写法：选择器不会填它，买家会原样看到；写成 {{变量名}}", lit), nil)
	}
}

// inURL reports whether byte offset i of v lies in a link: the run of
// non-space ASCII around it has "://" or "www.", or percent-encodes at least
// two bytes (%E6%9D).
func inURL(v string, i int) bool {
	a, b := i, i
	for a > 0 && v[a-1] > ' ' && v[a-1] < 0x80 {
		a--
	}
	for b < len(v) && v[b] > ' ' && v[b] < 0x80 {
		b++
	}
	tok := v[a:b]
	if strings.Contains(tok, "://") || strings.Contains(tok, "www.") {
		return true
	}
	return len(percentByteRE.FindAllStringIndex(tok, 2)) >= 2
}

var percentByteRE = regexp.MustCompile(`%[0-9A-Fa-f]{2}`)

// editDistance1 reports whether a and b differ by exactly one substitution,
// insertion or deletion of a rune.
func editDistance1(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	switch len(ra) - len(rb) {
	case 0:
		d := 0
		for i := range ra {
			if ra[i] != rb[i] {
				d++
			}
		}
		return d == 1
	case 1:
		i, j, skipped := 0, 0, false
		for i < len(ra) && j < len(rb) {
			if ra[i] == rb[j] {
				i++
				j++
				continue
			}
			if skipped {
				return false
			}
			skipped = true
			i++
		}
		return true
	}
	return false
}
