package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/huashu-cli/huashu/pkg/match"
)

// SearchOptions are the flags of "huashu search".
type SearchOptions struct {
	Query string
	Limit int
	JSON  bool
}

// NewCmdSearch is "huashu search QUERY…".
func NewCmdSearch(f *Factory, runF func(*SearchOptions) error) *cobra.Command {
	o := &SearchOptions{}
	cmd := &cobra.Command{
		Use:   "search QUERY...",
		Short: "Print ranked matches without a UI, like fzf --filter",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Query = strings.Join(args, " ")
			if runF != nil {
				return runF(o)
			}
			set, err := f.Packs()
			if err != nil {
				return err
			}
			res := match.New(set.Phrases).Search(o.Query, o.Limit)
			if len(res) == 0 {
				return Silent(ExitNotFound)
			}
			for _, r := range res {
				fmt.Fprintf(f.IO.Out, "%s\t%s\n", r.Phrase.Code, r.Phrase.Title)
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&o.Limit, "limit", 20, "show at most N results (0 = all)")
	cmd.Flags().BoolVar(&o.JSON, "json", false, "print results as JSON")
	return cmd
}
