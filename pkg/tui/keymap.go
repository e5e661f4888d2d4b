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
	// CopyRow is alt+1 … alt+9: copy the n-th visible row. It is matched
	// by rowKey (nine keys, one meaning); the binding is for help.
	CopyRow   key.Binding
	NextGroup key.Binding
	PrevGroup key.Binding
	Platform  key.Binding
	Pin       key.Binding
	Warnings  key.Binding
	Help      key.Binding
	CloseHelp key.Binding // ?, esc or q on the ? screen
	Clear     key.Binding // Esc: clear the query, then quit
	Quit      key.Binding

	// In the variable form.
	NextField, PrevField key.Binding
	Submit, Cancel       key.Binding
}

// DefaultKeyMap is the picker's key map (DESIGN §7). ctrl+j/ctrl+k are taken
// before the text input sees them (the input would delete to the end of the
// line on ctrl+k). ctrl+g pins: it is free in the text input and in
// terminals (ctrl+s would stop the terminal's output on many systems).
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:          key.NewBinding(key.WithKeys("up", "ctrl+p", "ctrl+k"), key.WithHelp("↑ ctrl+p", "上一条")),
		Down:        key.NewBinding(key.WithKeys("down", "ctrl+n", "ctrl+j"), key.WithHelp("↓ ctrl+n", "下一条")),
		PageUp:      key.NewBinding(key.WithKeys("pgup"), key.WithHelp("PgUp", "上一页")),
		PageDown:    key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("PgDn", "下一页")),
		PreviewUp:   key.NewBinding(key.WithKeys("shift+up", "alt+k"), key.WithHelp("shift+↑", "预览上滚")),
		PreviewDown: key.NewBinding(key.WithKeys("shift+down", "alt+j"), key.WithHelp("shift+↓", "预览下滚")),
		Copy:        key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "复制")),
		CopyRow:     key.NewBinding(key.WithKeys("alt+1"), key.WithHelp("alt+1…9", "复制该行")),
		NextGroup:   key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "分组")),
		PrevGroup:   key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "上一分组")),
		Platform:    key.NewBinding(key.WithKeys("ctrl+t"), key.WithHelp("ctrl+t", "切换平台")),
		Pin:         key.NewBinding(key.WithKeys("ctrl+g"), key.WithHelp("ctrl+g", "置顶/取消")),
		Warnings:    key.NewBinding(key.WithKeys("ctrl+o"), key.WithHelp("ctrl+o", "展开警告")),
		Help:        key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "帮助")),
		CloseHelp:   key.NewBinding(key.WithKeys("?", "esc", "q"), key.WithHelp("? esc q", "关闭帮助")),
		Clear:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "清空")),
		Quit:        key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "退出")),

		NextField: key.NewBinding(key.WithKeys("tab", "down"), key.WithHelp("tab/enter", "下一项")),
		PrevField: key.NewBinding(key.WithKeys("shift+tab", "up"), key.WithHelp("shift+tab", "上一项")),
		Submit:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "最后一项后复制")),
		Cancel:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "取消")),
	}
}

// ShortHelp is the one-line help under the status line.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Copy, k.CopyRow, k.NextGroup, k.Help, k.Clear}
}

// FullHelp is the ? screen: every binding, laid out in as many columns as
// the terminal fits (helpView).
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Copy, k.CopyRow, k.Up, k.Down, k.PageUp, k.PageDown, k.PreviewUp},
		{k.PreviewDown, k.NextGroup, k.PrevGroup, k.Platform, k.Pin, k.Warnings, k.Clear, k.Quit},
	}
}

// formKeys is the help line of the variable form.
func (k KeyMap) formKeys() []key.Binding {
	return []key.Binding{k.NextField, k.Submit, k.Cancel}
}
