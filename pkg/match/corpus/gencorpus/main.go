// Command gencorpus writes the deterministic benchmark corpus: a pack file
// for huashu and the same phrases as text lines for fzf.
//
//	go run ./pkg/match/corpus/gencorpus -n 100000 -o big.yaml -lines big.txt
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"

	"github.com/huashu-cli/huashu/pkg/match/corpus"
)

func main() {
	n := flag.Int("n", 100000, "number of phrases")
	seed := flag.Uint64("seed", corpus.Seed, "random seed")
	out := flag.String("o", "big.yaml", "pack file to write")
	lines := flag.String("lines", "", "also write the phrases as text lines here (for fzf --filter)")
	flag.Parse()
	if err := run(*n, *seed, *out, *lines); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}

func run(n int, seed uint64, out, lines string) error {
	phrases := corpus.Generate(n, seed)
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	if err := corpus.WriteYAML(w, "基准语料", phrases); err != nil {
		_ = f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		_ = f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if lines == "" {
		return nil
	}
	lf, err := os.Create(lines)
	if err != nil {
		return err
	}
	lw := bufio.NewWriter(lf)
	for _, p := range phrases {
		fmt.Fprintln(lw, corpus.Line(p))
	}
	if err := lw.Flush(); err != nil {
		_ = lf.Close()
		return err
	}
	return lf.Close()
}
