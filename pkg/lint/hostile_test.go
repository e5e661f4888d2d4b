package lint

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// longReplyUnits are the units of hostile replies: one unit repeated up to
// the phrase size limit, every hit with many cues around it — the worst
// case for the guards and the paired rules. The commented ones each made a
// check read the hit's sentence or the reply once per hit (lint v34, v35).
var longReplyUnits = []string{"好评返现", "领条件五星", "两款里最", "不是说了吗", "微❤", "加微信", "不能加微信", "是不是没就", "小红书@",
	"口感最好，", "最好", "最宽处", "电量100%", "搜“店”抖音", "小程序“店”", "红包：五星", "谁说的找谁",
	"不需要加微信不行", "好评截图没有返现", "138转1234转5678", "139，1234，5678，电话", "不得以返现、红包、", "13912345678 20",
	"不知道您穿多大码呢", "二维码发不了，", "二维码发不了。截图", "6923 0876 4421 9873 ",
	"最", "最近", "{{a", "}}", "a.com ", "/:^_^", "a@b.cn ",
	"二维码",        // reachesShopAfter (lint v35 indexes it once per reply)
	"qq里", "qq，", // appOwnFeature, askedThenStayHere: the hit's sentence, per hit
	"不知道，", "电脑装微信，", // lint v34's readings (reading.go), now once per reply
	"婆婆说“不知道”，", // quotedMention, reportedSpeech
}

// hostilePack is a pack of n replies, each unit repeated to about runes
// runes.
func hostilePack(unit string, runes, n int) []Input {
	text := fmt.Sprintf("%q", strings.Repeat(unit, runes/len([]rune(unit))))
	var b strings.Builder
	b.WriteString("pack: x\nphrases:\n")
	for i := range n {
		fmt.Fprintf(&b, "  - code: a%d\n    title: t\n    text: %s\n", i, text)
	}
	return []Input{{File: "f.yaml", Data: []byte(b.String())}}
}

// TestHostileRepliesScaleLinearly: lint time grows with the reply, not with
// its square. No time bound is asserted — the machine may be slow or
// loaded. Each unit of longReplyUnits is linted as four replies of 2500
// runes and as one reply of 10 000, side by side, best of five: the same
// text, so a linear lint takes about as long for both, and a check that
// reads the reply once per hit takes four times as long for the long one.
// The test fails at two and a half. It compares the process's CPU time, not
// wall time: with two busy processes beside it, wall time made a linear
// unit's ratio 3.3 (a 3 ms sample fits in one time slice, a 12 ms one is
// cut into several). BenchmarkLintLongReplies measures the times.
func TestHostileRepliesScaleLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("lints replies of up to 10 000 runes")
	}
	l, err := New(Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	const big = 10000
	for _, unit := range longReplyUnits {
		short, long := hostilePack(unit, big/4, 4), hostilePack(unit, big, 1)
		best := [2]time.Duration{time.Hour, time.Hour}
		for range 5 {
			for i, in := range [][]Input{short, long} {
				start := processCPU()
				l.Lint(in)
				best[i] = min(best[i], processCPU()-start)
			}
		}
		if ratio := float64(best[1]) / float64(max(best[0], time.Microsecond)); ratio > 2.5 {
			t.Errorf("%s: %v for four replies of %d runes, %v for one of %d: %.1f times as long", unit, best[0], big/4, best[1], big, ratio)
		}
	}
}

// TestHitCapFailsClosed: past hitCap hits of one rule, lint stops judging
// hits one by one and reports the rule on the reply — a contact hidden
// after a hundred harmless 二维码 on the packaging is not let through, and
// the reply says why.
func TestHitCapFailsClosed(t *testing.T) {
	l, err := New(Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	lint := func(rule, text string) []string {
		r := l.Lint(hostilePack(text, len([]rune(text)), 1)) // the reply once
		var out []string
		for _, p := range r.Problems {
			if p.Rule == rule {
				out = append(out, fmt.Sprintf("%d:%d %s %s", p.Line, p.Column, p.Severity, p.Message))
			}
		}
		return out
	}
	onBox := "包装盒上的二维码扫了能验真伪，"
	if got := lint(RuleContact, strings.Repeat(onBox, hitCap)); len(got) != 0 {
		t.Errorf("%d hits on the packaging: got %q, want none", hitCap, got)
	}
	msg := func(hits, limit int) string {
		return fmt.Sprintf("这条回复命中本规则的词 %d 处，超过 %d 处：只逐一判断了前 %d 处，其余不再判断、一并报出；真实回复不会这样写，删掉重复或拆成几条", hits, limit, limit)
	}
	// The reply starts at column 12 of line 5 ("    text: \"").
	at := 12 + hitCap*len([]rune(onBox))
	review := "评价，"
	for _, tc := range []struct{ rule, text, want string }{
		{RuleContact, strings.Repeat(onBox, hitCap+1), fmt.Sprintf("5:%d error %s", at+len([]rune("包装盒上的")), msg(hitCap+1, hitCap))},
		// 加微信 is two hits (加微信, 微信); the first not judged is where it starts
		{RuleContact, strings.Repeat(onBox, hitCap) + "加微信", fmt.Sprintf("5:%d error %s", at, msg(hitCap+2, hitCap))},
		// cues too: past cueCap review words the pairing is not read
		{RuleCashback, strings.Repeat(review, cueCap+1), fmt.Sprintf("5:%d error %s", 12+cueCap*len([]rune(review)), msg(cueCap+1, cueCap))},
	} {
		if got := lint(tc.rule, tc.text); fmt.Sprint(got) != fmt.Sprint([]string{tc.want}) {
			t.Errorf("%.20q…:\n got %q\nwant %q", tc.text, got, []string{tc.want})
		}
	}
}
