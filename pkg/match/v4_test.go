package match

import (
	"testing"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

// Tests of search round 4: pasted buyer messages.

// 呗 is no particle in a shop: it is 花呗, the payment every shop names,
// and the rare word must not be lost to the siblings that share the
// message's question wording (退到哪里).
func TestHuabeiIsAWord(t *testing.T) {
	m := New(shop(
		withBody("hbtk", "花呗退款", "花呗付款的订单，退款会退回花呗额度。"),
		&phrase.Phrase{Code: "ylth", Title: "原路退回", Tags: []string{"退到哪"}, Body: phrase.Body{Text: "退款会原路退回到您付款的账户。"}},
		&phrase.Phrase{Code: "tkdz", Title: "退款到账时间", Ask: []string{"退款多久到账", "钱什么时候退回来"}, Body: phrase.Body{Text: "退款审核通过后，退到余额的马上到账。"}},
	))
	wantFirst(t, m, "我用花呗付的 退款的话钱退到哪里", "hbtk")
}

// A particle or pronoun between two content characters of a message may be
// half of a word of the shop's (了解): the pairs it forms count where a
// title, question, keyword or tag holds them. A particle ending a title
// (拍错了) or a question (能开发票吗) is no such word.
func TestParticleInsideWord(t *testing.T) {
	m := New(shop(
		withBody("lj", "了解商品", "想知道哪一款，发链接给我。"),
		withBody("jd", "解答说明", "有问题随时问，客服为您解答。"),
		withBody("pcl", "拍错了", "拍错了的话，没发货前可以申请退款重新拍。"),
		withBody("fch", "发错货", "发错货非常抱歉，马上给您补发。"),
	))
	// 想 and 解 alone are one character each: only the bridge 了解 finds.
	if res := wantFirst(t, m, "我想了解", "lj"); len(res) != 1 {
		t.Errorf("我想了解: got %v, want lj alone", top(res))
	}
	// 了 ends 拍错了 and the message's run: no bridge, and 发错 decides.
	wantFirst(t, m, "买的蓝色 收到是黑色 发错了吧", "fch")
	if res := m.Search("了吗", 5); len(res) != 0 {
		t.Errorf("了吗: got %v, want nothing", top(res))
	}
}

// The bridge pairs are not in the filters (a message still scans by its
// other tokens; New and NewFromData agree, TestDataMatchesNew), and the
// particle is not counted as content.
func TestBridgeNotInFilters(t *testing.T) {
	aq := newApproxQuery([]rune("我想了解面料"))
	if aq == nil {
		t.Fatal("no tokens")
	}
	bridges := 0
	for i, tok := range aq.toks {
		if tok.bridge {
			bridges++
			for _, st := range aq.sigToks() {
				if int(st.tok) == i {
					t.Errorf("bridge %c%c is a filter token", tok.a, tok.b)
				}
			}
		}
	}
	if bridges != 2 || aq.content != 4 {
		t.Errorf("bridges %d, content %d: want 2 (想了, 了解) and 4 (想解面料)", bridges, aq.content)
	}
}
