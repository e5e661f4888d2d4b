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

// The sixth red team's misses, by class; each with clean near misses.
func TestLintV7Classes(t *testing.T) {
	wantRule(t, RuleForbidden,
		"不可能是我们发错货",
		"这个不可能是我们的问题",
		"这个没办法，规定就是这样",
		"茶叶就这个味，喝不惯是您的事",
		"尺码选错了是你自己的事",
		"你急什么",
		"急啥，快递又不是我开的",
		"早就跟你说了，听不进去吗",
		"我这会儿很忙，一会儿再说",
		"找我们也没用",
		"耳机坏了自己拿去修",
		"您爱怎么评怎么评",
	)
	wantClean(t,
		"不可能让您白跑一趟，我们一定负责到底",
		"这个没办法马上发货，要等到明天下午哦",
		"选哪个颜色是您的自由，我们都有现货",
		"不急不急，您慢慢挑",
		"着急的话可以选顺丰，明天就到",
		"咨询的人比较多，回复慢了请见谅",
		"保修期内不用自己拿去修，寄回来我们修",
		"您的评价对我们很重要，谢谢支持",
		"规定的发货时间是48小时内",
	)
	wantRule(t, RulePushAway,
		"这个您去问抖音官方客服，他们会给您答复",
		"发票开不出来是京东系统的问题，您联系京东处理",
	)
	wantClean(t,
		"我帮您联系京东物流处理，稍等",
		"已经为您联系京东客服加急处理了",
	)
	wantRule(t, RuleCashback,
		"给个好评就可以免费延保一年",
		"追评的话给您寄一对枕套",
		"您把中差评删掉的话，我们补偿您50元",
		"五颗星配上三张图，下一单我们直接给您减免十元",
		"评价写好截个图发给我，我们这边给您准备了8元的小心意",
	)
	wantClean(t,
		"本店商品均享受一年延保服务",
		"一点小心意，感谢您一直以来的支持",
		"满300减免运费",
		"收到差评我们会认真改进",
	)
	wantRule(t, RuleFakeOrder,
		"拍一号链接（9.9元试吃装），实发五斤装，差价我们自己贴",
		"拍下改成礼品代发就行，有真实物流单号",
	)
	wantClean(t,
		"拍一号链接就是五斤装，两个链接都是现货",
		"送朋友的话可以备注，我们帮您附上贺卡",
	)
	wantRule(t, RuleMedical,
		"艾草泡脚包可以退烧",
		"宝宝定型枕能矫正偏头，预防扁头综合征",
		"精华能修复激素脸，治好敏感肌",
	)
	wantClean(t,
		"宝宝发烧请及时就医，退烧药要遵医嘱",
		"敏感肌也可以用，成分很温和",
		"定型枕适合0到3岁宝宝，头型圆润好看",
	)
	wantRule(t, RuleContact,
		"尾款可以直接付现金给送货师傅，不用在线上付了",
		"走线下合同吧，款打到公司账户",
		"您加我个人好友私聊，叫我小李就行",
	)
	wantClean(t,
		"尾款在平台上补拍差价链接就可以",
		"有问题直接在这里联系我就行",
		"我们是公司账户开票，发票抬头可以写单位名称",
	)
}

// A display's colour gamut is a measurement (色域覆盖100% sRGB), not a 100%
// claim; 快团团 is another platform.
func TestLintV7GamutAndGroupBuying(t *testing.T) {
	wantClean(t, "色域覆盖100% sRGB", "屏幕覆盖100% DCI-P3色域", "色域 100%，色准出厂校准")
	wantRule(t, RuleAdLaw, "效果100%满意", "100%有效，无效退款")
	wantRule(t, RuleContact, "社区团购可以在快团团下单，价格更低")
}

// A search engine sending the buyer to the brand's own site is diversion;
// searching how to use the product is not.
func TestLintV7SearchEngineToOwnSite(t *testing.T) {
	wantRule(t, RuleContact,
		"您可以在百度搜一下“林木家居官网”，里面有全部二十多种木色",
		"浏览器里搜「小熊电器官方网站」就能看到更多款")
	wantClean(t,
		"可以百度搜一下“空气炸锅怎么用”，教程很多",
		"防伪码可以在品牌官网查询真伪",
		"说明书上有安装视频，也可以在本店首页看")
}
