package infergen

import (
	"bytes"
	"runtime"
	"testing"

	"github.com/huashu-cli/huashu/pkg/lint/internal/infer"
)

// The embedded models are what the corpus, the training lines and the starter
// packs train: an edit of either without regenerating fails here, so they
// never drift apart.
func TestModelMatchesCorpus(t *testing.T) {
	if runtime.GOARCH != "amd64" {
		// Other architectures may fuse multiply-adds, which moves the last
		// rounded digit of a few weights; the file is generated on amd64.
		t.Skip("model.tsv is generated and checked on amd64")
	}
	got, err := Generate("../../../testdata/corpus", "../../../testdata/train")
	if err != nil {
		t.Fatal(err)
	}
	for _, sp := range infer.Specs {
		if !bytes.Equal(got[sp.Name], infer.Data(sp.Name)) {
			t.Errorf("pkg/lint/internal/infer/models/%s.tsv is stale: run go run ./pkg/lint/internal/infer/geninfer from the repository root", sp.Name)
		}
	}
}

func TestTrainSeparatesTheExamples(t *testing.T) {
	var ex []Example
	for _, s := range []string{"你自己看详情页", "自己看去吧", "你自己不会看吗"} {
		ex = append(ex, Example{Text: s, Rude: true})
	}
	for _, s := range []string{"您好，请问有什么可以帮您", "详情页有尺码表，我发给您", "好的，马上为您处理"} {
		ex = append(ex, Example{Text: s})
	}
	m := Train(ex)
	for _, e := range ex {
		if got := m.Score(e.Text) > 0; got != e.Rude {
			t.Errorf("%q: score %.2f, rude %v", e.Text, m.Score(e.Text), e.Rude)
		}
	}
}
