// Package corpus generates a deterministic corpus of realistic 客服 phrases
// for benchmarks and for whole-process timing: the same seed and size give
// the same phrases on every machine.
package corpus

import (
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/huashu-cli/huashu/pkg/match"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// Seed is the default seed; Generate(n, Seed) is "the" corpus of size n.
const Seed = 20261122

var (
	topics = []string{"退款", "到账", "发货", "物流", "换货", "发票", "优惠券", "活动", "尺码", "地址", "质量", "售后",
		"保修", "运费", "理赔", "补发", "漏发", "差价", "重新", "下单", "取消", "订单", "会员", "赠品", "预售", "定金",
		"尾款", "安装", "快递", "顺丰", "包邮", "库存", "现货", "调货", "价格", "正品", "评价", "好评", "返现", "差评",
		"客服", "转接", "银行卡", "花呗", "还款", "分期", "支付", "签收", "拒收", "破损", "色差", "洗涤", "材质", "规格",
		"型号", "保价", "降价", "秒杀", "满减", "积分", "礼品卡", "包装", "时效", "延迟", "催单", "拦截", "改派", "上门"}
	heads         = []string{"", "", "", "关于", "如何", "申请", "查询", "处理", "说明", "咨询"}
	tails         = []string{"流程", "时间", "说明", "问题", "规则", "政策", "须知", "方法", "进度", "安排", "处理", "提醒"}
	platformsText = map[phrase.Platform]string{phrase.JD: "京东", phrase.Tmall: "天猫", phrase.PDD: "拼多多"}
	opens         = []string{"亲，", "您好，", "亲亲，", "非常抱歉，", "感谢您的耐心等待，", "好的，"}
	verbs         = []string{"这边马上为您核实", "我们会尽快为您处理", "已经为您登记", "请您在订单详情里操作",
		"麻烦您提供一下订单号", "建议您先联系快递", "可以在商品页面查看", "我们已经安排专人跟进"}
	times  = []string{"24小时内", "1-3个工作日内", "48小时内", "今天之内", "7天内", "3-5天"}
	closes = []string{"请您放心。", "给您带来不便非常抱歉。", "有问题随时联系我们哦。", "感谢您的理解与支持！",
		"祝您生活愉快～", "以页面显示为准。"}
	groups = []string{"售前", "售后", "通用", "物流", "活动", "支付"}
)

// Generate returns n phrases made from seed: titles of two or three topic
// words, codes from their pinyin initials (unique, numbered on collision),
// one to three tags, a keyword in pinyin on some, multi-part bodies and
// platform variants on a few, placeholders on some.
func Generate(n int, seed uint64) []*phrase.Phrase {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	pick := func(xs []string) string { return xs[rng.IntN(len(xs))] }
	used := map[string]int{}
	out := make([]*phrase.Phrase, 0, n)
	for i := 0; i < n; i++ {
		a, b := pick(topics), pick(topics)
		title := pick(heads) + a + b
		if rng.IntN(2) == 0 {
			title += pick(tails)
		}
		code := initials(title)
		used[code]++
		if c := used[code]; c > 1 {
			code += strconv.Itoa(c)
		}
		grp := pick(groups) + "/" + a
		tags := []string{a}
		for k := rng.IntN(3); k > 0; k-- {
			tags = append(tags, pick(topics))
		}
		var keywords []string
		if rng.IntN(4) == 0 {
			keywords = []string{fullPinyin(b)}
		}
		text := func() string {
			s := pick(opens) + "关于" + a + b + "的问题，" + pick(verbs) + "，" + pick(times) + "会给您答复，" + pick(closes)
			if rng.IntN(5) == 0 {
				s += "订单号：{{订单号}}。"
			}
			return s
		}
		p := &phrase.Phrase{Code: code, Title: title, Group: grp, Tags: tags, Keywords: keywords}
		if rng.IntN(8) == 0 {
			p.Parts = []string{text(), text()}
		} else {
			p.Text = text()
		}
		if rng.IntN(10) == 0 {
			p.Variants = map[phrase.Platform]phrase.Body{}
			for _, pl := range phrase.Platforms {
				if rng.IntN(2) == 0 {
					p.Variants[pl] = phrase.Body{Text: platformsText[pl] + "订单" + text()}
				}
			}
		}
		out = append(out, p)
	}
	return out
}

// initials is the code an agent would give a title: the first letter of the
// first reading of each character.
func initials(s string) string {
	var b strings.Builder
	for _, r := range s {
		if rd := match.Readings(r); len(rd) > 0 {
			b.WriteByte(rd[0][0])
		}
	}
	return b.String()
}

func fullPinyin(s string) string {
	var b strings.Builder
	for _, r := range s {
		if rd := match.Readings(r); len(rd) > 0 {
			b.WriteString(rd[0])
		}
	}
	return b.String()
}

type yamlPhrase struct {
	Code     string            `yaml:"code"`
	Title    string            `yaml:"title"`
	Group    string            `yaml:"group,omitempty"`
	Tags     []string          `yaml:"tags,omitempty,flow"`
	Keywords []string          `yaml:"keywords,omitempty,flow"`
	Text     string            `yaml:"text,omitempty"`
	Parts    []string          `yaml:"parts,omitempty"`
	Platform map[string]string `yaml:"platform,omitempty"`
}

// WriteFile writes the corpus of n phrases (Generate with Seed) as one pack
// file at path, the way the benchmarks and the whole-process script use it.
func WriteFile(path string, n int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	err = WriteYAML(f, "基准", Generate(n, Seed))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// WriteYAML writes the phrases as one pack file.
func WriteYAML(w io.Writer, name string, phrases []*phrase.Phrase) error {
	doc := struct {
		Pack    string       `yaml:"pack"`
		Phrases []yamlPhrase `yaml:"phrases"`
	}{Pack: name}
	for _, p := range phrases {
		y := yamlPhrase{Code: p.Code, Title: p.Title, Group: p.Group, Tags: p.Tags, Keywords: p.Keywords,
			Text: p.Text, Parts: p.Parts}
		for _, pl := range phrase.Platforms {
			if v, ok := p.Variants[pl]; ok {
				if y.Platform == nil {
					y.Platform = map[string]string{}
				}
				y.Platform[string(pl)] = v.Joined()
			}
		}
		doc.Phrases = append(doc.Phrases, y)
	}
	if _, err := fmt.Fprintf(w, "# Generated by `go run ./pkg/match/corpus/gencorpus`: %d phrases, deterministic.\n", len(phrases)); err != nil {
		return err
	}
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return err
	}
	return enc.Close()
}

// Line is a phrase as one line of text for fzf: code, title, keywords and
// the body with newlines as spaces.
func Line(p *phrase.Phrase) string {
	return strings.Join([]string{p.Code, p.Title, strings.Join(p.Keywords, " "),
		strings.ReplaceAll(p.Joined(), "\n", " ")}, " ")
}
