package cli

import (
	"github.com/spf13/cobra"
)

// PickOptions are the picker's flags (DESIGN §7).
type PickOptions struct {
	Query    string
	Platform string
	Group    string
	Once     bool
	Print    bool
}

func addPickFlags(cmd *cobra.Command, o *PickOptions) {
	fl := cmd.Flags()
	fl.StringVarP(&o.Query, "query", "q", "", "start with this query")
	fl.StringVar(&o.Platform, "platform", "", "platform to render for: jd, tmall or pdd")
	fl.StringVar(&o.Group, "group", "", "start in this group")
	fl.BoolVar(&o.Once, "once", false, "exit after one copy")
	fl.BoolVar(&o.Print, "print", false, "print the reply to stdout instead of copying it")
}

// NewCmdPick is "huashu pick", the same as "huashu" alone.
func NewCmdPick(f *Factory, runF func(*PickOptions) error) *cobra.Command {
	o := &PickOptions{}
	cmd := &cobra.Command{
		Use:   "pick",
		Short: "Open the picker (the default command)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(o)
			}
			return pickRun(f, o)
		},
	}
	addPickFlags(cmd, o)
	return cmd
}

func pickRun(f *Factory, o *PickOptions) error {
	if !f.IO.CanPrompt() {
		return Usage("the picker needs a terminal; use 'huashu get CODE' or 'huashu search QUERY' in scripts")
	}
	return Usage("the picker is not built yet; use 'huashu get CODE' or 'huashu search QUERY'")
}
