package cli

import (
	"context"
	"fmt"

	"github.com/huashu-cli/huashu/pkg/config"
	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
	"github.com/huashu-cli/huashu/pkg/source"
)

// gitSourceStatusLines is doctor's detail for a team source: the checked-out
// commit and the checkout's state, with what to do when it needs a person.
// It never touches the network.
func gitSourceStatusLines(f *Factory, cfg *config.Config, src pack.Source) []string {
	if src.Layer != phrase.LayerTeam || cfg == nil {
		return nil
	}
	var sc config.SourceConfig
	found := false
	for _, s := range cfg.Sources {
		if s.Name == src.Name {
			sc, found = s, true
			break
		}
	}
	if !found {
		return nil
	}
	m := &source.Manager{Paths: f.Paths, ConfigFile: cfg.File}
	in := m.Status(context.Background(), sc)
	var lines []string
	if sc.URL != "" {
		lines = append(lines, "git "+source.Redact(sc.URL))
	}
	if in.Commit != "" {
		lines = append(lines, fmt.Sprintf("提交 %s（%s）", source.Short(in.Commit), in.CommitTime.Local().Format("2006-01-02 15:04")))
	}
	state := "状态：" + in.State.Label()
	if in.Detail != "" {
		state += "（" + in.Detail + "）"
	}
	switch in.State {
	case source.StateBehind:
		state += "；运行 huashu pack update 拉取（若新提交的话术包有问题，会继续使用当前提交）"
	case source.StateDirty, source.StateAhead, source.StateDiverged:
		state += "；pack update 不会覆盖，请在 " + in.Dir + " 中检查（git status）"
	case source.StateNotCloned:
		state += "；" + source.NotClonedHint
	case source.StateMissing, source.StateNotGit, source.StateWrongRemote:
		state += fmt.Sprintf("；用 huashu pack remove %s 后重新添加", sc.Name)
	}
	return append(lines, state)
}
