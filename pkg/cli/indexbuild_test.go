package cli

import (
	"path/filepath"
	"reflect"
	"testing"
)

// TestDeferredBuild: with big packs and no index, search answers from the
// packs parsed into memory — exactly what it answers from a built index —
// writes nothing, and starts one background build once it has answered;
// the hidden build-index command then writes the index the next start
// serves from, and that start starts nothing.
func TestDeferredBuild(t *testing.T) {
	old := deferAbove
	deferAbove = 1
	t.Cleanup(func() { deferAbove = old })
	big := bigPack(t)

	// The answer of the foreground build, for comparison.
	ref := pickFactory(t, "", big)
	ioRef, _, outRef, _ := Test()
	ref.IO = ioRef
	if code := Run([]string{"search", "--no-embedded", "--pack", big, "退款说明12"}, ref); code != 0 {
		t.Fatalf("reference search exit %d", code)
	}

	f := pickFactory(t, "", big)
	var spawned [][]string
	f.Spawn = func(args []string) error { spawned = append(spawned, args); return nil }
	io, _, out, errOut := Test()
	f.IO = io
	if code := Run([]string{"search", "--no-embedded", "--pack", big, "退款说明12"}, f); code != 0 {
		t.Fatalf("search exit %d: %s", code, errOut)
	}
	if out.String() != outRef.String() || out.Len() == 0 {
		t.Errorf("deferred search printed\n%s\nwant\n%s", out, outRef)
	}
	want := [][]string{{"--no-embedded", "--pack", big, "build-index"}}
	if !reflect.DeepEqual(spawned, want) {
		t.Fatalf("spawned %q, want %q", spawned, want)
	}
	idxDir := filepath.Join(f.Paths.Cache, "index")
	if m, _ := filepath.Glob(filepath.Join(idxDir, "*.idx")); len(m) != 0 {
		t.Fatalf("a deferred search wrote %v", m)
	}

	// The background process.
	b := pickFactory(t, "", big)
	b.Paths = f.Paths
	ioB, _, outB, errB := Test()
	b.IO = ioB
	if code := Run(spawned[0], b); code != 0 || outB.Len() != 0 || errB.Len() != 0 {
		t.Fatalf("build-index: exit %d, out %q, err %q", code, outB, errB)
	}
	if m, _ := filepath.Glob(filepath.Join(idxDir, "*.idx")); len(m) != 1 {
		t.Fatalf("build-index wrote %v", m)
	}
	if m, _ := filepath.Glob(filepath.Join(idxDir, "*.lock")); len(m) != 0 {
		t.Fatalf("build-index left its lock: %v", m)
	}

	g := pickFactory(t, "", big)
	g.Paths = f.Paths
	spawned = nil
	g.Spawn = func(args []string) error { spawned = append(spawned, args); return nil }
	io2, _, out2, _ := Test()
	g.IO = io2
	if code := Run([]string{"search", "--no-embedded", "--pack", big, "退款说明12"}, g); code != 0 || out2.String() != outRef.String() {
		t.Fatalf("warm search: exit %d\n%s", code, out2)
	}
	if spawned != nil {
		t.Errorf("a warm search spawned %q", spawned)
	}
}

// TestReindexInTheBackground: after add, big packs are rebuilt by the
// background build, not by the command (which has nothing left to do).
func TestReindexInTheBackground(t *testing.T) {
	old := deferAbove
	deferAbove = 1
	t.Cleanup(func() { deferAbove = old })
	f := pickFactory(t, "", bigPack(t))
	var spawned [][]string
	f.Spawn = func(args []string) error { spawned = append(spawned, args); return nil }
	f.Reindex()
	if len(spawned) != 1 {
		t.Fatalf("spawned %q", spawned)
	}
	if m, _ := filepath.Glob(filepath.Join(f.Paths.Cache, "index", "*.idx")); len(m) != 0 {
		t.Fatalf("Reindex built in the foreground: %v", m)
	}
}

// TestBackgroundBuildsOnlyOutsideCI: Main starts background builds only
// outside CI and unless HUASHU_INDEX_BUILD=foreground.
func TestBackgroundBuildsOnlyOutsideCI(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		want bool
	}{
		{map[string]string{}, true},
		{map[string]string{"CI": "true"}, false},
		{map[string]string{"HUASHU_INDEX_BUILD": "foreground"}, false},
		{map[string]string{"HUASHU_INDEX_BUILD": "background"}, true},
	} {
		if got := backgroundBuilds(func(k string) string { return c.env[k] }); got != c.want {
			t.Errorf("%v: %v, want %v", c.env, got, c.want)
		}
	}
}
