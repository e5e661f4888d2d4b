package cli

import "github.com/spf13/cobra"

// ImportOptions are the flags of "huashu import".
type ImportOptions struct{ From, File, Output string }

// NewCmdImport is "huashu import --from qianniu|sogou|csv FILE -o PACK.yaml".
func NewCmdImport(f *Factory, runF func(*ImportOptions) error) *cobra.Command {
	o := &ImportOptions{}
	return &cobra.Command{
		Use:   "import FILE",
		Short: "Import 千牛, 搜狗 or CSV phrases into a pack",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(o)
			}
			return Usage("import is not built yet")
		},
	}
}

// ExportOptions are the flags of "huashu export".
type ExportOptions struct{ To, Output string }

// NewCmdExport is "huashu export --to qianniu|sogou|csv -o FILE".
func NewCmdExport(f *Factory, runF func(*ExportOptions) error) *cobra.Command {
	o := &ExportOptions{}
	return &cobra.Command{
		Use:   "export",
		Short: "Export the loaded packs for 千牛, 搜狗 or as CSV",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(o)
			}
			return Usage("export is not built yet")
		},
	}
}
