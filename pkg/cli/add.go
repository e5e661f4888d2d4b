package cli

import "github.com/spf13/cobra"

// AddOptions are the flags of "huashu add".
type AddOptions struct{ Code string }

// NewCmdAdd is "huashu add CODE --title T (--text X | --part X…)".
func NewCmdAdd(f *Factory, runF func(*AddOptions) error) *cobra.Command {
	o := &AddOptions{}
	return &cobra.Command{
		Use:   "add CODE",
		Short: "Save a phrase to your personal pack",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Code = args[0]
			if runF != nil {
				return runF(o)
			}
			return Usage("add is not built yet")
		},
	}
}
