package tui

import "github.com/charmbracelet/bubbles/key"

// KeyMap holds every binding of the picker; the help view (?) is written
// from it, so a binding and its description live in one place.
type KeyMap struct {
	Up, Down         key.Binding
	PageUp, PageDown key.Binding
	// PreviewUp/Down scroll a reply longer than the preview pane.
	PreviewUp, PreviewDown key.Binding
	Copy                   key.Binding
	NextGroup              key.Binding
	PrevGroup              key.Binding
	Platform               key.Binding
	Warnings               key.Binding
	Help                   key.Binding
	Clear                  key.Binding // Esc: clear the query, then quit
	Quit                   key.Binding

	// In the variable form.
	NextField, PrevField key.Binding
	Submit, Cancel       key.Binding
}

// DefaultKeyMap is the picker's key map (DESIGN §7). ctrl+j/ctrl+k are taken
// before the text input sees them (the input would delete to the end of the
// line on ctrl+k).
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:          key.NewBinding(key.WithKeys("up", "ctrl+p", "ctrl+k"), key.WithHelp("↑/ctrl+p/ctrl+k", "上一条")),
		Down:        key.NewBinding(key.WithKeys("down", "ctrl+n", "ctrl+j"), key.WithHelp("↓/ctrl+n/ctrl+j", "下一条")),
		PageUp:      key.NewBinding(key.WithKeys("pgup"), key.WithHelp("PgUp", "上一页")),
		PageDown:    key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("PgDn", "下一页")),
		PreviewUp:   key.NewBinding(key.WithKeys("shift+up", "alt+k"), key.WithHelp("shift+↑", "预览上滚")),
		PreviewDown: key.NewBinding(key.WithKeys("shift+down", "alt+j"), key.WithHelp("shift+↓", "预览下滚")),
		Copy:        key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "复制")),
		NextGroup:   key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "下一分组")),
		PrevGroup:   key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "上一分组")),
		Platform:    key.NewBinding(key.WithKeys("ctrl+t"), key.WithHelp("ctrl+t", "切换平台")),
		Warnings:    key.NewBinding(key.WithKeys("ctrl+o"), key.WithHelp("ctrl+o", "展开/收起警告")),
		Help:        key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "帮助")),
		Clear:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "清空/退出")),
		Quit:        key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "退出")),

		NextField: key.NewBinding(key.WithKeys("tab", "down"), key.WithHelp("tab", "下一项")),
		PrevField: key.NewBinding(key.WithKeys("shift+tab", "up"), key.WithHelp("shift+tab", "上一项")),
		Submit:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "复制")),
		Cancel:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "取消")),
	}
}

// ShortHelp is the one-line help under the status line.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Copy, k.NextGroup, k.Platform, k.Help, k.Clear}
}

// FullHelp is the ? screen, in columns.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.PreviewUp, k.PreviewDown},
		{k.Copy, k.NextGroup, k.PrevGroup, k.Platform},
		{k.Warnings, k.Help, k.Clear, k.Quit},
	}
}

// formKeys is the help line of the variable form.
func (k KeyMap) formKeys() []key.Binding {
	return []key.Binding{k.NextField, k.Submit, k.Cancel}
}
