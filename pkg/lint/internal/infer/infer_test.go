package infer

import (
	"math"
	"reflect"
	"testing"
)

func TestNormalizeAndFeatures(t *testing.T) {
	rs := Normalize("  自己看，OK吗？？ ")
	if got, want := string(rs), "自己看|ok吗"; got != want {
		t.Fatalf("Normalize = %q, want %q", got, want)
	}
	var got []string
	Features(rs, func(g string) { got = append(got, g) })
	want := []string{"k吗", "ok", "ok吗", "己看", "自己", "自己看"} // sorted by bytes
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Features = %q, want %q", got, want)
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"bias\t1\nab", "第 2 行：没有制表符"},
		{"ab\tx", `第 1 行：strconv.ParseFloat: parsing "x": invalid syntax`},
	} {
		if _, err := Parse([]byte(tc.in)); err == nil || err.Error() != tc.want {
			t.Errorf("Parse(%q) = %v, want %s", tc.in, err, tc.want)
		}
	}
	m, err := Parse([]byte("# c\nbias\t-1.5\n自己\t2\n"))
	if err != nil || m.Bias != -1.5 || m.Weights["自己"] != 2 {
		t.Fatalf("Parse = %+v, %v", m, err)
	}
	if s := m.Score("自己"); s != 0.5 {
		t.Fatalf("Score = %v, want 0.5", s)
	}
}

// BenchmarkReply is what the lint does per reply: one Load, one ScoreAll (BenchmarkLint100k in pkg/lint measures the whole).
func BenchmarkReply(b *testing.B) {
	var sc Scratch
	out := make([]float64, len(Specs))
	const reply = "亲，您好！这款外套是常规版型，您平时穿M码的话选M就可以，有问题随时联系我们哦～"
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sc.Load(reply)
		ScoreAll(&sc, out)
	}
}

// Load + ScoreAll (the fast path lint runs) and Model.Score (the trainer's
// view, Features) read the same grams: their scores agree on any text.
func FuzzScoreMatchesFeatures(f *testing.F) {
	for _, s := range []string{"", "你自己看详情页吧！！", "OK吗？ ok吗", "哈哈哈哈哈", "a|b|c", "\u3000不 知 道\n"} {
		f.Add(s)
	}
	m := Get("rude-tone")
	var sc Scratch
	f.Fuzz(func(t *testing.T, s string) {
		want := m.Score(s)
		sc.Load(s)
		out := make([]float64, len(Specs))
		ScoreAll(&sc, out)
		if math.Abs(out[0]-want) > 1e-9 { // Specs[0] is rude-tone
			t.Fatalf("%q: ScoreAll %v, Features %v", s, out[0], want)
		}
	})
}
