package cli

import (
	"context"
	"fmt"
	"time"

	"github.com/huashu-cli/huashu/pkg/config"
	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
	"github.com/huashu-cli/huashu/pkg/source"
)

// sourceStatus is what doctor asks about team sources (source.Manager).
type sourceStatus interface {
	Status(ctx context.Context, s config.SourceConfig) source.Info
	LastAutoUpdate() time.Time
}

// managerStatus is a source.Manager as doctor's sourceStatus.
type managerStatus struct{ *source.Manager }

// gitSourceStatusLines is doctor's detail for a team source: the checked-out
// commit, when the checkout last fetched (pack update, the picker's
// background update, or the clone) and its state, with what to do when it
// needs a person. It never touches the network.
func gitSourceStatusLines(m sourceStatus, cfg *config.Config, src pack.Source) []string {
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
	in := m.Status(context.Background(), sc)
	var lines []string
	if sc.URL != "" {
		lines = append(lines, "git "+source.Redact(sc.URL))
	}
	if in.Commit != "" {
		commit := fmt.Sprintf("提交 %s（%s）", source.Short(in.Commit), in.CommitTime.Local().Format("2006-01-02 15:04"))
		if !in.Updated.IsZero() {
			commit += "，更新于 " + in.Updated.Local().Format("2006-01-02 15:04")
		}
		lines = append(lines, commit)
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
