package lint

import (
	"strings"
	"testing"
)

// lint v7, precision first: the classes of the sixth red team's false errors
// and its one regression, each with traps both ways.

// wantClean fails on any warning or error.
func wantClean(t *testing.T, texts ...string) {
	t.Helper()
	for _, text := range texts {
		for _, p := range lintText(t, nil, text) {
			if !strings.HasSuffix(p, " info") {
				t.Errorf("%q: %s", text, p)
			}
		}
	}
}

// wantRule fails unless rule fires on each text.
func wantRule(t *testing.T, rule string, texts ...string) {
	t.Helper()
	for _, text := range texts {
		got := lintText(t, nil, text)
		found := false
		for _, p := range got {
			found = found || strings.HasPrefix(p, rule+" ")
		}
		if !found {
			t.Errorf("%q: got %v, want %s", text, got, rule)
		}
	}
}

// A long order or tracking number written in groups of four is an ID: its
// groups are not joined back into a landline (0876 4421 9873 inside it).
func TestLintV7GroupedIDsAreNotLandlines(t *testing.T) {
	wantClean(t,
		"订单号6923 0876 4421 9873",
		"快递单号 7721 0553 8812 4406 请查收",
		"您的运单 3301 0571 8765 4321 已揽收",
		"退款流水 8812 0755 2688 1234 5678 已原路退回",
	)
	wantRule(t, RulePhone,
		"订单 2024 021-62345678",
		"电话021-62345678-8001",
		"座机 0571 8765 4321 欢迎来电",
		"0755-26881234 2024年起启用",
		"客服 0755 2688 1234，工作日可打",
		"(0755)2688-1234 20点前",
		"座机0755 2688 1234 2024年起启用",
	)
}

// 不知道 that opens a polite question to the buyer is asking, not the
// forbidden "I don't know"; the agent's own 不知道 stays an error.
func TestLintV7PoliteQuestionWithBuzhidao(t *testing.T) {
	wantClean(t,
		"不知道宝宝平时穿多大码呢？告诉我身高体重，我帮您推荐。",
		"不知道您平时穿多大码呢？",
		"不知道亲是想要哪款呢",
		"不知道小主喜欢什么颜色呢？",
		"亲，不知道平时穿多大码呢？我帮您对一下尺码表",
		"不知道宝宝现在多重呀？",
		"不知道亲亲方便收货的时间是几点呢？",
	)
	wantRule(t, RuleForbidden,
		"这个我也不知道呢",
		"我不知道",
		"不知道。",
		"我也不知道是什么原因呢？",
		"不知道呢，你自己看吧",
		"这个真不知道啊",
	)
}

// The chat cannot carry a QR code (发不了), so the reply sends a screenshot
// to scan: 发不了 is not a refusal when a way round it follows.
func TestLintV7QRCodeWorkaround(t *testing.T) {
	wantRule(t, RuleContact,
		"二维码在聊天里发不了，您截图这张图扫一下就能加上我",
		"二维码这里传不了，您长按识别图片就能加我",
	)
	wantClean(t,
		"二维码在聊天里发不了哦，有问题直接在这里问我就行",
		"微信加不了，有什么问题在这里说就好",
		"这边二维码发不了的，售后在平台上处理就行",
	)
}
