package tui

import "github.com/charmbracelet/lipgloss"

// Styles are made once, from one renderer, and passed in (tests use a
// renderer with the ASCII profile, so golden files hold plain text).
type Styles struct {
	Prompt      lipgloss.Style
	Input       lipgloss.Style
	Placeholder lipgloss.Style
	Cursor      lipgloss.Style

	Tab       lipgloss.Style
	ActiveTab lipgloss.Style

	Code      lipgloss.Style
	Title     lipgloss.Style
	Preview   lipgloss.Style
	Group     lipgloss.Style
	Selected  lipgloss.Style // the selected row, applied over its cells
	Marker    lipgloss.Style // "▸" before the selected row
	Highlight lipgloss.Style // matched characters
	Mark      lipgloss.Style // 顶 (pinned), 新 (updated)
	Dim       lipgloss.Style
	Prefilled lipgloss.Style // a form value the agent did not type

	Rule        lipgloss.Style // the line above the preview
	PartCurrent lipgloss.Style // the part Enter copies next
	PartDone    lipgloss.Style

	Status  lipgloss.Style
	Copied  lipgloss.Style
	Error   lipgloss.Style
	Warning lipgloss.Style

	HelpKey, HelpDesc, HelpSep lipgloss.Style
}

// NewStyles builds the styles on r. With noColor (NO_COLOR set) nothing has
// a colour; selection and highlights use reverse, bold and underline, which
// NO_COLOR allows.
func NewStyles(r *lipgloss.Renderer, noColor bool) Styles {
	if r == nil {
		r = lipgloss.DefaultRenderer()
	}
	c := func(light, dark string) lipgloss.TerminalColor {
		if noColor {
			return lipgloss.NoColor{}
		}
		return lipgloss.AdaptiveColor{Light: light, Dark: dark}
	}
	s := Styles{
		Prompt:      r.NewStyle().Foreground(c("#D7005F", "#FF5F87")).Bold(true),
		Input:       r.NewStyle(),
		Placeholder: r.NewStyle().Foreground(c("#A8A8A8", "#6C6C6C")),
		Cursor:      r.NewStyle().Reverse(true),

		Tab:       r.NewStyle().Foreground(c("#767676", "#8A8A8A")),
		ActiveTab: r.NewStyle().Foreground(c("#D7005F", "#FF5F87")).Bold(true).Underline(true),

		Code:      r.NewStyle().Foreground(c("#005FAF", "#5FAFFF")),
		Title:     r.NewStyle().Bold(true),
		Preview:   r.NewStyle().Foreground(c("#585858", "#A8A8A8")),
		Group:     r.NewStyle().Foreground(c("#767676", "#8A8A8A")),
		Selected:  r.NewStyle().Background(c("#E4E4E4", "#303030")),
		Marker:    r.NewStyle().Foreground(c("#D7005F", "#FF5F87")).Bold(true),
		Highlight: r.NewStyle().Foreground(c("#D75F00", "#FFAF00")).Bold(true).Underline(noColor),
		Mark:      r.NewStyle().Foreground(c("#AF5F00", "#FFAF5F")).Bold(true),
		Dim:       r.NewStyle().Foreground(c("#A8A8A8", "#6C6C6C")),
		Prefilled: r.NewStyle().Foreground(c("#585858", "#A8A8A8")).Underline(true),

		Rule:        r.NewStyle().Foreground(c("#BCBCBC", "#4E4E4E")),
		PartCurrent: r.NewStyle().Bold(true),
		PartDone:    r.NewStyle().Foreground(c("#A8A8A8", "#6C6C6C")),

		Status:  r.NewStyle().Foreground(c("#585858", "#A8A8A8")),
		Copied:  r.NewStyle().Foreground(c("#008700", "#5FD75F")).Bold(true),
		Error:   r.NewStyle().Foreground(c("#D70000", "#FF5F5F")).Bold(true),
		Warning: r.NewStyle().Foreground(c("#AF5F00", "#FFAF5F")),

		HelpKey:  r.NewStyle().Foreground(c("#909090", "#7A7A7A")).Bold(noColor),
		HelpDesc: r.NewStyle().Foreground(c("#B2B2B2", "#5A5A5A")),
		HelpSep:  r.NewStyle().Foreground(c("#DDDADA", "#3C3C3C")),
	}
	if noColor {
		s.Selected = r.NewStyle().Reverse(true)
	}
	return s
}
