//go:build unix

package lint

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

// corpus builds n phrases spread over files of 1000 phrases each, from a
// small deterministic generator (a linear congruential sequence picking
// fragments), with a problem in about one reply in twenty.
func corpus(n int) []Input {
	frags := []string{"亲，您好", "欢迎光临{{店铺}}", "现货商品会在付款后48小时内发出", "请您稍等，马上为您查询",
		"预售商品以页面标注的发货时间为准", "收到商品如有问题请在订单详情里申请售后", "感谢您的支持",
		"咱们家的面料是精梳棉，柔软透气", "尺码可以参考详情页的尺码表", "有任何疑问随时联系咱们哦",
		"运费险在下单时可以勾选", "发票会在确认收货后开具", "活动期间满199减20"}
	bad := []string{"加微信详聊", "不知道", "好评返现", "13912345678", "最好的", "嗯嗯嗯", "/:^_^"}
	seed := uint32(12345)
	next := func(k int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % k
	}
	var inputs []Input
	for f := 0; f*1000 < n; f++ {
		var b strings.Builder
		fmt.Fprintf(&b, "pack: 压测%d\nvars:\n  店铺: 示例旗舰店\nphrases:\n", f)
		for i := f * 1000; i < n && i < (f+1)*1000; i++ {
			var parts []string
			for k := 0; k < 2+next(4); k++ {
				parts = append(parts, frags[next(len(frags))])
			}
			if next(20) == 0 {
				parts = append(parts, bad[next(len(bad))])
			}
			fmt.Fprintf(&b, "  - code: c%d\n    title: 话术%d\n    group: 售前/测试\n    text: %s。\n", i, i, strings.Join(parts, "，"))
		}
		inputs = append(inputs, Input{File: fmt.Sprintf("bench/%03d.yaml", f), Data: []byte(b.String()), Layer: phrase.LayerTeam})
	}
	return inputs
}

func benchLint(b *testing.B, n int) {
	in := corpus(n)
	l, err := New(Options{Now: testNow})
	if err != nil {
		b.Fatal(err)
	}
	var ru0, ru1 syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := l.Lint(in)
		if r.Summary.Phrases != n {
			b.Fatalf("%d phrases", r.Summary.Phrases)
		}
	}
	b.StopTimer()
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru1)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/phrase")
	// CPU time (user+system) per run: stable when the machine is shared.
	cpu := time.Duration(ru1.Utime.Nano()-ru0.Utime.Nano()+ru1.Stime.Nano()-ru0.Stime.Nano()) / time.Duration(b.N)
	b.ReportMetric(float64(cpu.Milliseconds()), "cpu-ms/op")
}

// BenchmarkLint measures the whole run (YAML parse + every rule) at 10k and
// 100k phrases: go test ./pkg/lint -run '^$' -bench Lint -benchtime 3x
func BenchmarkLint10k(b *testing.B)  { benchLint(b, 10_000) }
func BenchmarkLint100k(b *testing.B) { benchLint(b, 100_000) }

// TestWriteCorpus writes the benchmark corpus to $HUASHU_LINT_CORPUS (N
// phrases, default 100000) for timing the real command:
//
//	HUASHU_LINT_CORPUS=/tmp/corpus go test ./pkg/lint -run TestWriteCorpus
//	time huashu lint /tmp/corpus
func TestWriteCorpus(t *testing.T) {
	dir := os.Getenv("HUASHU_LINT_CORPUS")
	if dir == "" {
		t.Skip("HUASHU_LINT_CORPUS not set")
	}
	n := 100_000
	if s := os.Getenv("HUASHU_LINT_CORPUS_N"); s != "" {
		if _, err := fmt.Sscan(s, &n); err != nil {
			t.Fatal(err)
		}
	}
	for _, in := range corpus(n) {
		p := filepath.Join(dir, filepath.Base(in.File))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, in.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// longReplies are replies at the phrase size limit (pack.MaxPhraseSize, 64
// KiB) made of each of longReplyUnits repeated.
func longReplies() []Input {
	var in []Input
	for i, u := range longReplyUnits {
		in = append(in, Input{File: fmt.Sprintf("long/%d.yaml", i), Data: hostilePack(u, 20000, 1)[0].Data})
	}
	return in
}

// BenchmarkLintLongReplies: 20 000-rune replies of repeated hits and cues,
// one for each of longReplyUnits (main before lint v4 took minutes on some
// of them: every guard scanned every cue for every hit; lint v34 took
// minutes on 二维码 and qq里 — hitCap). go test ./pkg/lint -run '^$' -bench LongReplies
func BenchmarkLintLongReplies(b *testing.B) {
	in := longReplies()
	l, err := New(Options{Now: testNow})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.Lint(in)
	}
}
