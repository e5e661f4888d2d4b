package pack

import (
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/huashu-cli/huashu/pkg/phrase"
)

func TestGroupsKey(t *testing.T) {
	pk, errs := Parse("g.yaml", []byte("pack: g\ngroups: [售前, 售后/退换, 售前, \"售后//x\", 3]\nphrases: []\n"))
	if pk == nil {
		t.Fatalf("pack not loaded: %v", errs)
	}
	if got := strings.Join(pk.Groups, ","); got != "售前,售后/退换,3" {
		t.Errorf("groups = %s", got)
	}
	want := []string{
		`g.yaml:2:21: "groups" 里分组 "售前" 重复`,
		`g.yaml:2:25: 分组 "售后//x" 里有空的一级："/" 只用来分隔名字，如 "售后/退款"`,
	}
	if len(errs) != len(want) {
		t.Fatalf("errors %v, want %v", errs, want)
	}
	for i, e := range errs {
		if e.Error() != want[i] {
			t.Errorf("error %d = %q, want %q", i, e.Error(), want[i])
		}
	}
	if _, errs := Parse("g.yaml", []byte("pack: g\ngroups: 售前\nphrases: []\n")); len(errs) != 1 || !strings.Contains(errs[0].Error(), `字段 "groups" 应为列表`) {
		t.Errorf("groups as a string: %v", errs)
	}
}

func TestGroupOrder(t *testing.T) {
	fsys := fstest.MapFS{
		"a.yaml": {Data: []byte("pack: 售后包\nphrases:\n" +
			"  - {code: th, title: 退货, group: 售后/退换, text: x}\n" +
			"  - {code: tk, title: 退款, group: 售后/退款, text: x}\n")},
		"b.yaml": {Data: []byte("pack: 售前包\ngroups: [售前, 售中, 售后]\nphrases:\n" +
			"  - {code: cm, title: 尺码, group: 售前/尺码, text: x}\n" +
			"  - {code: hy, title: 欢迎, group: 售前/问候, text: x}\n" +
			"  - {code: wz, title: 无组, text: x}\n" +
			"  - {code: dd, title: 大促, group: 大促, text: x}\n")},
	}
	team := fstest.MapFS{
		"t.yaml": {Data: []byte("pack: 团队\ngroups: [售前/问候, 售后/退款]\nphrases:\n" +
			"  - {code: fh, title: 发货, group: 售中/发货, text: x}\n")},
	}
	set := Load([]Source{
		{Name: "embedded", Layer: phrase.LayerEmbedded, Path: ".", FS: fsys},
		{Name: "team", Layer: phrase.LayerTeam, Path: ".", FS: team},
	})
	if got := strings.Join(set.GroupOrder(), ","); got != "售前/问候,售后/退款,售前,售中,售后" {
		t.Errorf("GroupOrder = %s (the team's declaration first)", got)
	}
	var got []string
	for _, ph := range ByGroupOrder(set.Phrases, set.GroupOrder()) {
		got = append(got, ph.Code)
	}
	if want := "hy tk cm fh th dd wz"; strings.Join(got, " ") != want {
		t.Errorf("ByGroupOrder = %s, want %s", strings.Join(got, " "), want)
	}
	if set.Phrases[0].Code != "th" {
		t.Errorf("ByGroupOrder changed the set's own order")
	}
}

// TestGroupOrderIndexIsAStableSort: GroupOrderIndex orders as a stable
// sort by group rank does.
func TestGroupOrderIndexIsAStableSort(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	groups := []string{"", "售前", "售前/问候", "售后", "售后/退款/急", "物流", "物流/快递", "其他", "其他/x"}
	for round := range 300 {
		var phrases []*phrase.Phrase
		for range r.IntN(60) {
			phrases = append(phrases, &phrase.Phrase{Group: groups[r.IntN(len(groups))]})
		}
		var order []string
		for _, g := range groups[1:] {
			if r.IntN(3) == 0 {
				order = append(order, g)
			}
		}
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		ranks, _ := groupRanks(phrases, order)
		want := make([]int, len(phrases))
		for i := range want {
			want[i] = i
		}
		sort.SliceStable(want, func(a, b int) bool { return ranks[want[a]] < ranks[want[b]] })
		if got := GroupOrderIndex(phrases, order); !slices.Equal(got, want) {
			t.Fatalf("round %d: %v, want %v", round, got, want)
		}
	}
}
