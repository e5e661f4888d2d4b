package cli

import "github.com/spf13/cobra"

// NewCmdPack is "huashu pack add|update|list|remove".
func NewCmdPack(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:   "pack",
		Short: "Manage team pack sources in git",
		RunE: func(cmd *cobra.Command, args []string) error {
			return Usage("pack is not built yet")
		},
	}
}
