package cli

import (
	"fmt"
	"sort"

	"github.com/spf13/cobra"

	"github.com/huashu-cli/huashu/internal/termsafe"
	"github.com/huashu-cli/huashu/pkg/pack"
)

// ListOptions are the flags of "huashu list".
type ListOptions struct {
	IO    *IOStreams
	Packs func() (*pack.Set, error)

	What string // phrases | packs | groups
	JSON bool
}

// NewCmdList is "huashu list".
func NewCmdList(f *Factory, runF func(*ListOptions) error) *cobra.Command {
	o := &ListOptions{IO: f.IO, Packs: f.Packs}
	var packs, groups bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the loaded phrases, packs or groups",
		Long: `List what is loaded from every source, in layer order.

By default one line per phrase: code, title, group and pack. --packs lists the
pack files, --groups the groups with their phrase counts.`,
		Example: `  huashu list
  huashu list --packs
  huashu list --groups --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			switch {
			case packs && groups:
				return Usage("--packs 和 --groups 不能同时使用")
			case packs:
				o.What = "packs"
			case groups:
				o.What = "groups"
			default:
				o.What = "phrases"
			}
			if runF != nil {
				return runF(o)
			}
			return listRun(o)
		},
	}
	cmd.Flags().BoolVar(&packs, "packs", false, "list packs instead of phrases")
	cmd.Flags().BoolVar(&groups, "groups", false, "list groups instead of phrases")
	cmd.Flags().BoolVar(&o.JSON, "json", false, "print as JSON")
	return cmd
}

// PackJSON is one pack in "list --packs --json".
type PackJSON struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	File        string `json:"file"`
	Layer       string `json:"layer"`
	Phrases     int    `json:"phrases"`
}

// GroupJSON is one group in "list --groups --json".
type GroupJSON struct {
	Group   string `json:"group"`
	Phrases int    `json:"phrases"`
}

// ListPhraseJSON is one phrase in "list --json" (unrendered: text as written).
type ListPhraseJSON struct {
	Code   string     `json:"code"`
	Title  string     `json:"title"`
	Group  string     `json:"group"`
	Tags   []string   `json:"tags"`
	Pack   string     `json:"pack"`
	Layer  string     `json:"layer"`
	Text   string     `json:"text"`
	Parts  []string   `json:"parts"`
	Source SourceJSON `json:"source"`
}

func listRun(o *ListOptions) error {
	set, err := o.Packs()
	if err != nil {
		return err
	}
	warnProblems(o.IO, set.Problems)
	switch o.What {
	case "packs":
		return listPacks(o, set)
	case "groups":
		return listGroups(o, set)
	}
	if o.JSON {
		out := []ListPhraseJSON{}
		for _, ph := range set.Phrases {
			tags := ph.Tags
			if tags == nil {
				tags = []string{}
			}
			parts := ph.Messages()
			if parts == nil {
				parts = []string{}
			}
			out = append(out, ListPhraseJSON{Code: ph.Code, Title: ph.Title, Group: ph.Group, Tags: tags,
				Pack: ph.Pack, Layer: ph.Layer.String(), Text: ph.Joined(), Parts: parts,
				Source: SourceJSON{File: ph.File, Line: ph.Line, Column: ph.Column}})
		}
		return writeJSON(o.IO.Out, out)
	}
	var t table
	for _, ph := range set.Phrases {
		group := ph.Group
		if group == "" {
			group = "-"
		}
		t.add(termsafe.Line(ph.Code), termsafe.Line(ph.Title), termsafe.Line(group), termsafe.Line(ph.Pack))
	}
	return t.write(o.IO.Out)
}

func listPacks(o *ListOptions, set *pack.Set) error {
	out := []PackJSON{}
	for _, p := range set.Packs {
		out = append(out, PackJSON{Name: p.Name, Description: p.Description, File: p.File,
			Layer: p.Layer.String(), Phrases: len(p.Phrases)})
	}
	if o.JSON {
		return writeJSON(o.IO.Out, out)
	}
	var t table
	for _, p := range out {
		t.add(termsafe.Line(p.Name), fmt.Sprintf("%d 条", p.Phrases), p.Layer, termsafe.Line(p.File))
	}
	return t.write(o.IO.Out)
}

func listGroups(o *ListOptions, set *pack.Set) error {
	counts := map[string]int{}
	for _, ph := range set.Phrases {
		counts[ph.Group]++
	}
	out := []GroupJSON{}
	for g, n := range counts {
		out = append(out, GroupJSON{Group: g, Phrases: n})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Group < out[j].Group })
	if o.JSON {
		return writeJSON(o.IO.Out, out)
	}
	var t table
	for _, g := range out {
		name := termsafe.Line(g.Group)
		if name == "" {
			name = "（未分组）"
		}
		t.add(name, fmt.Sprintf("%d 条", g.Phrases))
	}
	return t.write(o.IO.Out)
}
