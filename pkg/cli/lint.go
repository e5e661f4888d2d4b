package cli

import "github.com/spf13/cobra"

// LintOptions are the flags of "huashu lint".
type LintOptions struct {
	Paths []string
}

// NewCmdLint is "huashu lint [PATH…]".
func NewCmdLint(f *Factory, runF func(*LintOptions) error) *cobra.Command {
	o := &LintOptions{}
	return &cobra.Command{
		Use:   "lint [PATH...]",
		Short: "Check packs for broken rules and service-standard problems",
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Paths = args
			if runF != nil {
				return runF(o)
			}
			return Usage("lint is not built yet")
		},
	}
}

// InitOptions are the flags of "huashu init".
type InitOptions struct{ Dir string }

// NewCmdInit is "huashu init [DIR]".
func NewCmdInit(f *Factory, runF func(*InitOptions) error) *cobra.Command {
	o := &InitOptions{}
	return &cobra.Command{
		Use:   "init [DIR]",
		Short: "Scaffold a team pack repository with lint wired into CI",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(o)
			}
			return Usage("init is not built yet")
		},
	}
}
