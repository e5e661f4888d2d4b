// Command geninfer trains the models of package infer on the labelled lint
// corpus, the training-only lines of pkg/lint/testdata/train and the starter
// packs and writes pkg/lint/internal/infer/models:
//
//	go run ./pkg/lint/internal/infer/geninfer
//
// run from the repository root after any change to pkg/lint/testdata/corpus,
// pkg/lint/testdata/train or phrases/ (task infer does the same); TestModelMatchesCorpus fails until
// the models are regenerated.
package main

import (
	"fmt"
	"os"

	"github.com/huashu-cli/huashu/pkg/lint/internal/infer/infergen"
)

func main() {
	models, err := infergen.Generate("pkg/lint/testdata/corpus", "pkg/lint/testdata/train")
	if err != nil {
		fmt.Fprintln(os.Stderr, "geninfer:", err)
		os.Exit(1)
	}
	for name, data := range models {
		if err := os.WriteFile("pkg/lint/internal/infer/models/"+name+".tsv", data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "geninfer:", err)
			os.Exit(1)
		}
	}
}
