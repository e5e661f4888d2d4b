package tui

import (
	"io"
	"os"
	"reflect"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/huashu-cli/huashu/pkg/phrase"
	"github.com/huashu-cli/huashu/pkg/render"
)

func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii)
	os.Exit(m.Run())
}

var testNow = time.Date(2026, 11, 11, 10, 0, 0, 0, time.FixedZone("CST", 8*3600))

func tm(s string) *time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return &t
}

// fixture is a small team pack: every kind of phrase the picker treats
// differently (placeholders, parts, variants, a campaign window, nesting).
func fixture() []*phrase.Phrase {
	return []*phrase.Phrase{
		{Code: "hy", Title: "欢迎语", Group: "售前/问候", Keywords: []string{"huanying"},
			Body: phrase.Body{Text: "您好，欢迎光临{{店铺}}，请问有什么可以帮您？"}, Pack: "通用"},
		{Code: "tk", Title: "退款说明", Group: "售后/退换",
			Body: phrase.Body{Text: "亲，退款会在审核通过后1-3个工作日原路退回，请您留意账户。"}, Pack: "通用"},
		{Code: "fhsj", Title: "发货时间", Group: "售中/物流",
			Body: phrase.Body{Parts: []string{
				"亲，现货商品会在付款后48小时内发出。",
				"预售商品以页面标注的发货时间为准。",
				"发货后您可在订单详情查看物流。",
			}}, Pack: "通用"},
		{Code: "dh", Title: "物流单号", Group: "售中/物流",
			Body: phrase.Body{Text: "亲，您的订单{{订单号}}已由{{快递公司}}发出，请注意查收。"}, Pack: "通用"},
		{Code: "yhp", Title: "邀请评价", Group: "售后/评价",
			Body:     phrase.Body{Text: "感谢您的支持，收到商品满意的话欢迎给个评价～"},
			Variants: map[phrase.Platform]phrase.Body{phrase.Tmall: {Text: "感谢您的支持，有任何问题随时联系我们哦～"}},
			Pack:     "通用"},
		{Code: "thdz", Title: "退货地址", Group: "售后/退换",
			Body: phrase.Body{Text: "退货地址以售后申请通过后页面显示的为准，请不要寄到发货地址。"}, Pack: "通用"},
		{Code: "jdbz", Title: "京东保价", Group: "售中", Platforms: []phrase.Platform{phrase.JD},
			Body: phrase.Body{Text: "京东自营商品支持价格保护，下单后降价可申请保价。"}, Pack: "通用"},
		{Code: "618", Title: "618 运费险", Group: "活动",
			Valid: &phrase.Window{From: tm("2026-05-31T18:00:00+08:00"), Until: tm("2026-06-20T23:59:59+08:00")},
			Body:  phrase.Body{Text: "活动期间下单的商品均支持运费险。"}, Pack: "活动"},
		{Code: "ss", Title: "售后时效", Group: "",
			Body: phrase.Body{Text: "售后问题我们会在24小时内处理完毕。"}, Pack: "通用"},
	}
}

// testValues are the fixture's values: the pack var 店铺.
func testValues(*phrase.Phrase) render.Values {
	return render.Values{Pack: map[string]string{"店铺": "示例旗舰店"}}
}

// fakeClip records copies.
type fakeClip struct {
	mu     sync.Mutex
	copies []string
	fail   error
	via    string
}

func (c *fakeClip) Copy(s string) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.fail != nil {
		return "", c.fail
	}
	c.copies = append(c.copies, s)
	return c.via, nil
}

func (c *fakeClip) all() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.copies...)
}

func asciiStyles() *Styles {
	st := NewStyles(lipgloss.NewRenderer(io.Discard, termenv.WithProfile(termenv.Ascii)), false)
	return &st
}

func testOptions(cb *fakeClip, recorded *[]string) Options {
	// The history store at a fixed moment: a use adds one to its score.
	scores := map[string]float64{"fhsj": 9, "hy": 4}
	var mu sync.Mutex
	return Options{
		Phrases: fixture(),
		Values:  testValues,
		Copy:    cb.Copy,
		Backend: "xclip",
		Record: func(code string) (map[string]float64, error) {
			mu.Lock()
			defer mu.Unlock()
			*recorded = append(*recorded, code)
			scores[code]++
			out := map[string]float64{}
			for k, v := range scores {
				out[k] = v
			}
			return out, nil
		},
		Frecency: map[string]float64{"fhsj": 9, "hy": 4},
		Now:      func() time.Time { return testNow },
		Styles:   asciiStyles(),
	}
}

// drive feeds msgs to m and runs every command it returns synchronously,
// like the program would (batches and sequences in order). It reports
// whether the model asked to quit.
func drive(t *testing.T, m Model, msgs ...tea.Msg) (Model, bool) {
	t.Helper()
	quit := false
	var (
		run  func(cmd tea.Cmd)
		feed func(msg tea.Msg)
	)
	feed = func(msg tea.Msg) {
		if msg == nil {
			return
		}
		if _, ok := msg.(tea.QuitMsg); ok {
			quit = true
			return
		}
		if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
			for i := 0; i < v.Len(); i++ {
				run(v.Index(i).Interface().(tea.Cmd))
			}
			return
		}
		next, cmd := m.Update(msg)
		m = next.(Model)
		run(cmd)
	}
	run = func(cmd tea.Cmd) {
		if cmd != nil {
			feed(cmd())
		}
	}
	for _, msg := range msgs {
		feed(msg)
	}
	return m, quit
}

func keys(s string) []tea.Msg {
	var out []tea.Msg
	for _, r := range s {
		out = append(out, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	return out
}

func k(t tea.KeyType) tea.Msg { return tea.KeyMsg{Type: t} }
