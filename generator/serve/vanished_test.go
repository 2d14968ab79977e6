package serve

import (
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestCutSeedLeads: a seed saved half-written (an editor's save that
// truncates the file, then writes it) loses its last passages, and a
// link of content/links.yaml to one of them fails the load. The overlay
// leads with the seed, where the text now ends, saying that the passages
// after it vanished with this save and it looks cut off; the links.yaml
// problem follows. It pointed at content/links.yaml alone.
func TestCutSeedLeads(t *testing.T) {
	dir := project(t)
	rb := newRebuilder(os.DirFS(dir), io.Discard, &idle{}, func(*served) {}, func(*Status) {})
	rb.lim = testLimits()
	t.Cleanup(rb.stop)
	if st := rb.build(nil); st.Error != nil {
		t.Fatal(st.Error.Msg)
	}
	const seed = "seeds/zichuan-education-2022.txt"
	path := filepath.Join(dir, filepath.FromSlash(seed))
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Half of what an editor's save writes: up to the heading of 二（六),
	// whose task 3 links.yaml links to.
	at := strings.Index(string(data), "（六）深入推进教育改革创新")
	if err := os.WriteFile(path, data[:at], 0o644); err != nil {
		t.Fatal(err)
	}
	st := rb.build([]string{seed})
	if st.Error == nil {
		t.Fatal("have no error, want the seed's")
	}
	if st.Error.File != seed || st.Error.Line < 1 || !strings.Contains(st.Error.Msg, "cut off") {
		t.Errorf("have %s:%d: %s, want %s:N: …cut off…", st.Error.File, st.Error.Line, st.Error.Msg, seed)
	}
	if len(st.Error.Follows) != 1 || st.Error.Follows[0].File != "content/links.yaml" {
		t.Errorf("have %+v following, want the links.yaml problem", st.Error.Follows)
	}
	if !slices.ContainsFunc(st.Error.Source, func(l SourceLine) bool { return l.Here && l.N == st.Error.Line }) {
		t.Errorf("have source %+v, want the seed's lines around its end", st.Error.Source)
	}
	for _, local := range []bool{true, false} {
		seen := st
		if !local {
			seen = withoutSource(st)
		}
		if have := len(seen.Error.Follows[0].Source) > 0; have != local {
			t.Errorf("local %v: the following problem's source shown: have %v, want %v", local, have, local)
		}
	}
}
