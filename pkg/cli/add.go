package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/huashu-cli/huashu/pkg/config"
	"github.com/huashu-cli/huashu/pkg/index"
	"github.com/huashu-cli/huashu/pkg/lint"
	"github.com/huashu-cli/huashu/pkg/personal"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// AddOptions are the flags and dependencies of "huashu add".
type AddOptions struct {
	IO           *IOStreams
	Config       func() (*config.Config, error)
	PersonalPath func(*config.Config) string
	// Index is the serving index before the add: what the new phrase
	// overrides is looked up there (decoding only that phrase).
	Index   func() (*index.Index, error)
	Reindex func() // the serving index, rebuilt after the add

	Code  string
	Title string
	Text  string
	Parts []string
	Group string
	Tags  []string
	Force bool

	textSet bool // --text was given (even as "")
}

// NewCmdAdd is "huashu add CODE --title T (--text X | --part X…)".
func NewCmdAdd(f *Factory, runF func(*AddOptions) error) *cobra.Command {
	o := &AddOptions{IO: f.IO, Config: f.Config, PersonalPath: f.PersonalPath, Index: f.Index, Reindex: f.Reindex}
	cmd := &cobra.Command{
		Use:   "add CODE --title TITLE (--text TEXT | --part TEXT…)",
		Short: "Save a phrase to your personal pack",
		Long: `Save a phrase to your personal pack (个人话术), which overrides the team's and
the built-in packs: a code you add here wins over the same code anywhere else.

The pack is created when missing ("pack: 个人话术" in the data directory, or
the config's "personal:" file). Your comments, order and blank lines are kept,
the new phrase is checked like any pack phrase before anything is written (and
refused, exit 2, when huashu lint would report an error in it), the
file is replaced atomically and the previous version is kept as FILE.bak.
A code already in your personal pack needs --force, and is then replaced where
it stands. When "personal:" names a directory, every pack file in it is
personal: a code is replaced in the file that holds it, a new code goes to
personal.yaml in the directory.

--text - reads the text from standard input (for multi-line replies).`,
		Example: `  huashu add tk --title 退款说明 --text "亲，退款会在1-3个工作日内原路退回。"
  huashu add fhsj --title 发货时间 --part "亲，现货48小时内发出。" --part "预售以页面为准。" --group 售中/物流
  huashu add hy --title 欢迎语 --text "您好，在的～" --tags 欢迎,开场 --force
  pbpaste | huashu add dz --title 地址确认 --text -`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Code = args[0]
			o.textSet = cmd.Flags().Changed("text")
			if runF != nil {
				return runF(o)
			}
			return addRun(o)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&o.Title, "title", "", "short title (required)")
	fl.StringVar(&o.Text, "text", "", `the reply ("-" reads standard input)`)
	fl.StringArrayVar(&o.Parts, "part", nil, "one part of a multi-part reply, sent as separate messages (repeatable)")
	fl.StringVar(&o.Group, "group", "", `group, "/" nests: 售后/退款`)
	fl.StringSliceVar(&o.Tags, "tags", nil, "tags, comma-separated: 退款,售后")
	fl.BoolVar(&o.Force, "force", false, "replace a phrase with the same code in your personal pack")
	return cmd
}

func addRun(o *AddOptions) error {
	if strings.TrimSpace(o.Title) == "" {
		return Usage("缺少 --title（话术标题）")
	}
	textGiven := o.textSet || o.Text != ""
	if textGiven == (len(o.Parts) > 0) {
		return Usage("请给出 --text 或 --part 中的一个（分次回答用多个 --part）")
	}
	text := o.Text
	if text == "-" {
		b, err := io.ReadAll(o.IO.In)
		if err != nil {
			return fmt.Errorf("无法读取标准输入：%w", err)
		}
		text = strings.TrimRight(string(b), "\r\n")
	}
	if textGiven && strings.TrimSpace(text) == "" {
		return Usage("--text 不能为空")
	}
	var tags []string
	for _, t := range o.Tags {
		if t = strings.TrimSpace(t); t != "" {
			tags = append(tags, t)
		}
	}
	cfg, err := o.Config()
	if err != nil {
		return err
	}
	file := personal.FileFor(o.PersonalPath(cfg), o.Code)
	hidden := shadowed(o, o.Code)

	res, err := personal.AddChecked(file, personal.Phrase{Code: o.Code, Title: o.Title, Group: o.Group, Tags: tags,
		Text: text, Parts: o.Parts}, o.Force, lintNew(file, o.Code))
	var exists *personal.ExistsError
	var invalid *personal.InvalidError
	var broken *personal.BrokenError
	var ee *ExitError
	switch {
	case errors.As(err, &ee):
		return err
	case errors.As(err, &exists), errors.As(err, &invalid), errors.As(err, &broken):
		return &ExitError{Code: ExitUsage, Err: err}
	case err != nil:
		return &ExitError{Code: ExitNotFound, Err: err}
	}

	if o.Reindex != nil {
		o.Reindex() // the next get or search, and an open picker, find it built
	}
	var msg string
	switch {
	case res.Created:
		msg = fmt.Sprintf("已创建个人话术 %s，保存 %s（%s）\n", res.File, o.Code, o.Title)
	case res.Replaced:
		msg = fmt.Sprintf("已替换个人话术 %s（%s）：%s；旧版本在 %s\n", o.Code, o.Title, res.File, res.Backup)
	default:
		msg = fmt.Sprintf("已保存 %s（%s）到个人话术 %s\n", o.Code, o.Title, res.File)
	}
	if hidden != nil {
		msg += fmt.Sprintf("  覆盖了%s中的同名话术（%s:%d %s）\n", layerLabel(hidden.Layer), hidden.File, hidden.Line, hidden.Title)
	}
	if _, err := io.WriteString(o.IO.Out, msg); err != nil {
		return err
	}
	if len(res.Existing) > 0 {
		fmt.Fprintf(o.IO.ErrOut, "huashu: 警告：个人话术里原有 %d 处问题（未影响本次保存），第一处：%s\n",
			len(res.Existing), oneLine(res.Existing[0].Error()))
	}
	return nil
}

// lintNew runs the lint engine (its default rules and severities) on the
// personal pack as it would be written and refuses the add when the new
// phrase has an error-severity problem (an unclosed placeholder, a control
// character…): the first one, in lint's words, exit 2.
func lintNew(file, code string) func(out []byte) error {
	return func(out []byte) error {
		l, err := lint.New(lint.Options{})
		if err != nil {
			return fmt.Errorf("无法运行话术检查：%w", err)
		}
		res := l.Lint([]lint.Input{{File: file, Data: out, Layer: phrase.LayerPersonal}})
		for _, p := range res.Problems {
			if p.Severity == lint.Error && p.Code == code {
				return &ExitError{Code: ExitUsage, Err: fmt.Errorf("话术 %q 未写入：%s（huashu lint 规则 %s）", code, oneLine(p.Message), p.Rule)}
			}
		}
		return nil
	}
}

// shadowed finds the phrase of a lower layer that code will hide once
// added, for the agent to see what the personal phrase replaces; asked of
// the index before the add.
func shadowed(o *AddOptions, code string) *phrase.Phrase {
	if o.Index == nil {
		return nil
	}
	idx, err := o.Index()
	if err != nil || idx == nil {
		return nil
	}
	return idx.Shadowed(code, phrase.LayerPersonal)
}

func layerLabel(l phrase.Layer) string {
	switch l {
	case phrase.LayerEmbedded:
		return "内置话术"
	case phrase.LayerTeam:
		return "团队话术"
	case phrase.LayerFlag:
		return "--pack 话术"
	}
	return l.String()
}
