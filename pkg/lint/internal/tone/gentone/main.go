// Command gentone trains the rude-tone model (package tone) on the labelled
// lint corpus and writes model.tsv:
//
//	go run ./pkg/lint/internal/tone/gentone
//
// run from the repository root after any change to pkg/lint/testdata/corpus
// (go generate ./pkg/lint/... does the same); TestModelMatchesCorpus fails
// until the model is regenerated.
package main

import (
	"fmt"
	"os"

	"github.com/huashu-cli/huashu/pkg/lint/internal/tone/tonegen"
)

func main() {
	data, err := tonegen.Generate("pkg/lint/testdata/corpus")
	if err != nil {
		fmt.Fprintln(os.Stderr, "gentone:", err)
		os.Exit(1)
	}
	if err := os.WriteFile("pkg/lint/internal/tone/model.tsv", data, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gentone:", err)
		os.Exit(1)
	}
}
