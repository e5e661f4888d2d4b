package cli

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/huashu-cli/huashu/internal/termsafe"
	"github.com/huashu-cli/huashu/pkg/clip"
	"github.com/huashu-cli/huashu/pkg/config"
	"github.com/huashu-cli/huashu/pkg/pack"
)

// DoctorOptions are the dependencies of "huashu doctor".
type DoctorOptions struct {
	IO       *IOStreams
	Config   func() (*config.Config, error)
	Packs    func() (*pack.Set, error)
	Paths    config.Paths
	Personal func(cfg *config.Config) string // the personal pack file
	// Sources describes the team sources of cfg (git state, last update)
	// without touching the network.
	Sources func(cfg *config.Config) sourceStatus
	Backend func() string // the system clipboard tool
	Problem func() string // why it cannot work here, or ""
	Getenv  func(string) string
}

// NewCmdDoctor is "huashu doctor".
func NewCmdDoctor(f *Factory, runF func(*DoctorOptions) error) *cobra.Command {
	o := &DoctorOptions{
		IO:       f.IO,
		Config:   f.Config,
		Packs:    f.Packs,
		Paths:    f.Paths,
		Personal: f.PersonalPath,
		Sources:  func(cfg *config.Config) sourceStatus { return managerStatus{sourceManagerFor(f, cfg)} },
		Backend:  clip.SystemBackend,
		Problem:  clip.SystemProblem,
		Getenv:   f.IO.Getenv,
	}
	return &cobra.Command{
		Use:   "doctor",
		Short: "Show what is loaded from where, conflicts, the clipboard and the terminal",
		Long: `Show where huashu reads its config and data, every pack source with its
phrase count (team sources with their commit, state and last update, and the
picker's background update), problems in packs, code conflicts and overrides
between layers, which clipboard backend copies go to, and what terminal
huashu runs in. It never touches the network.

Exit status is 1 when a pack failed to load or codes conflict, else 0.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(o)
			}
			return doctorRun(o)
		},
	}
}

func doctorRun(o *DoctorOptions) error {
	w := o.IO.Out
	getenv := o.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	cfg, err := o.Config()
	if err != nil {
		return err
	}
	set, err := o.Packs()
	if err != nil {
		return err
	}
	sources := o.Sources(cfg)

	fmt.Fprintln(w, "路径")
	state := "存在"
	if !cfg.Exists {
		state = "不存在，使用默认设置"
	}
	fmt.Fprintf(w, "  配置文件  %s（%s）\n", termsafe.Line(cfg.File), state)
	fmt.Fprintf(w, "  数据目录  %s\n", termsafe.Line(o.Paths.Data))
	fmt.Fprintf(w, "  状态目录  %s\n", termsafe.Line(o.Paths.State))
	fmt.Fprintf(w, "  缓存目录  %s\n", termsafe.Line(o.Paths.Cache))
	fmt.Fprintf(w, "  个人话术  %s\n", termsafe.Line(o.Personal(cfg)))
	platform := "未设置（使用通用话术）"
	if cfg.Platform != "" {
		platform = cfg.Platform
	}
	fmt.Fprintf(w, "  平台      %s\n", termsafe.Line(platform))

	fmt.Fprintln(w, "来源（按优先级从低到高）")
	for _, src := range set.Sources {
		packs, phrases := 0, 0
		for _, p := range set.Packs {
			if p.Source == src.Name && p.Layer == src.Layer {
				packs++
				phrases += len(p.Phrases)
			}
		}
		where := src.Path
		if src.FS != nil {
			where = "（内置）"
		}
		fmt.Fprintf(w, "  %-8s %s  %s  %d 个话术包，%d 条\n", src.Layer, termsafe.Line(src.Name), termsafe.Line(where), packs, phrases)
		for _, line := range gitSourceStatusLines(sources, cfg, src) {
			fmt.Fprintf(w, "           %s\n", oneLine(line))
		}
	}
	fmt.Fprintf(w, "  共 %d 条生效话术\n", len(set.Phrases))
	if line := autoUpdateLine(cfg, sources, getenv); line != "" {
		fmt.Fprintf(w, "  %s\n", line)
	}

	bad := writeProblems(w, set)

	fmt.Fprintln(w, "剪贴板")
	fmt.Fprintf(w, "  模式      %s\n", cfg.ClipboardMode())
	fmt.Fprintf(w, "  系统剪贴板 %s\n", o.Backend())
	if o.Problem != nil {
		if problem := o.Problem(); problem != "" {
			fmt.Fprintf(w, "            %s\n", problem)
		}
	}
	fmt.Fprintln(w, "终端")
	yes := func(b bool) string {
		if b {
			return "是"
		}
		return "否"
	}
	fmt.Fprintf(w, "  标准输入是终端 %s，标准输出是终端 %s\n", yes(o.IO.InTTY), yes(o.IO.OutTTY))
	fmt.Fprintf(w, "  TERM=%s  tmux %s  SSH %s  NO_COLOR %s\n", termsafe.Line(getenv("TERM")), yes(getenv("TMUX") != ""),
		yes(getenv("SSH_CONNECTION") != "" || getenv("SSH_TTY") != ""), yes(getenv("NO_COLOR") != ""))
	if bad {
		return Silent(ExitNotFound)
	}
	return nil
}

// writeProblems lists load problems, conflicts and overrides; it reports
// whether anything needs fixing (overrides are by design, not a problem).
func writeProblems(w io.Writer, set *pack.Set) bool {
	bad := false
	if len(set.Problems) > 0 {
		bad = true
		fmt.Fprintf(w, "加载问题（%d）\n", len(set.Problems))
		for _, p := range set.Problems {
			fmt.Fprintf(w, "  %s\n", oneLine(p.Error()))
		}
	}
	if len(set.Conflicts) > 0 {
		bad = true
		fmt.Fprintf(w, "编码冲突（同一层重复，%d）\n", len(set.Conflicts))
		for _, c := range set.Conflicts {
			var where []string
			for _, ph := range c.Phrases {
				where = append(where, fmt.Sprintf("%s:%d", termsafe.Line(ph.File), ph.Line))
			}
			fmt.Fprintf(w, "  %s  %s\n", termsafe.Line(c.Code), strings.Join(where, "、"))
		}
	}
	if len(set.Overrides) > 0 {
		fmt.Fprintf(w, "覆盖（高层覆盖低层，%d）\n", len(set.Overrides))
		for _, ov := range set.Overrides {
			fmt.Fprintf(w, "  %s  %s:%d（%s）覆盖 %s:%d（%s）\n", termsafe.Line(ov.Code), termsafe.Line(ov.Winner.File), ov.Winner.Line, ov.Winner.Layer,
				termsafe.Line(ov.Hidden.File), ov.Hidden.Line, ov.Hidden.Layer)
		}
	}
	return bad
}

// autoUpdateLine says whether and when the picker updates team packs by
// itself (config picker.auto_update); "" without git sources.
func autoUpdateLine(cfg *config.Config, sources sourceStatus, getenv func(string) string) string {
	hasGit := false
	for _, s := range cfg.Sources {
		hasGit = hasGit || s.URL != ""
	}
	if !hasGit {
		return ""
	}
	every := cfg.AutoUpdateEvery()
	if every <= 0 {
		return "后台自动更新：关闭（在配置里写 picker.auto_update: 6h 打开）"
	}
	line := "后台自动更新：选择器启动时，每 " + humanInterval(every) + " 最多一次"
	if last := sources.LastAutoUpdate(); !last.IsZero() {
		line += "，上次 " + last.Local().Format("2006-01-02 15:04")
	}
	if getenv("CI") != "" {
		line += "（CI 中不运行）"
	}
	return line
}

// humanInterval writes an interval the way the config takes it.
func humanInterval(d time.Duration) string {
	switch {
	case d%(24*time.Hour) == 0:
		return strconv.Itoa(int(d/(24*time.Hour))) + " 天"
	case d%time.Hour == 0:
		return strconv.Itoa(int(d/time.Hour)) + " 小时"
	}
	return strconv.Itoa(int(d/time.Minute)) + " 分钟"
}
