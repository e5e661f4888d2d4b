package lint

import "testing"

// lint v22: the false errors lint v21 left (red teams 538-545 and 562-569),
// in new words, with the look-alikes that keep their verdict.
func TestLintV22LeftFromV21(t *testing.T) {
	wantLint(t, map[string][]string{
		// False errors left from lint v21: the buyer's complaint echoed as a question and then
		// apologised for; 也么事 (no matter); goods bought from the platform's own store; 您话.
		"您讲我解释了好几遍还是不清楚？实在不好意思，是我没讲明白": nil,
		"你说我回复了好几次都答非所问？抱歉抱歉，我重新看一下":   nil,
		"我说了好几遍了你还不懂？":                 {RuleForbidden + " error"},
		"说了好几遍了，你自己看？不好意思":             {RuleForbidden + " error", RuleForbidden + " error"},
		"问了好几次也么事，我再跟你讲":               nil,
		"讲过交关遍也么事，我再讲一遍":               nil,
		"我说了好几遍了，就是不行":                 {RuleForbidden + " error"},
		"您在京东自营买的那台，售后得找京东客服":          nil,
		"在天猫超市买的话，退货要找天猫客服":            nil,
		"这个你去找京东客服":                    {RulePushAway + " error"},
		"您话要去找淘宝客服？唔使，我帮您搞掂":           nil,
		"你话要找拼多多？找拼多多去":                {RulePushAway + " error"},
	})
}
