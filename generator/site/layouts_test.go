package site_test

import (
	"context"
	"io"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"plansite/generator/internal/testproject"
	"plansite/generator/site"
)

// names records the files a rendering makes.
type names struct {
	mu    sync.Mutex
	files []string
}

func (n *names) Create(name string) (io.WriteCloser, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.files = append(n.files, name)
	return nopCloser{io.Discard}, nil
}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

// TestRenderLayouts: after a save of templates alone, the check renders
// the pages of the kinds whose templates changed and nothing else; the
// other pages and the data files are what the last check rendered. A
// change to a partial, which every kind includes, renders every page.
func TestRenderLayouts(t *testing.T) {
	m := testproject.Map(t)
	docs, err := site.LoadDocs(m)
	if err != nil {
		t.Fatal(err)
	}
	first, err := site.Load(m, docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	edit := func(t *testing.T, file, from, to string) fstest.MapFS {
		e := fstest.MapFS{}
		for k, v := range m {
			e[k] = v
		}
		data := string(m[file].Data)
		if !strings.Contains(data, from) {
			t.Fatalf("%s has no %q", file, from)
		}
		e[file] = &fstest.MapFile{Data: []byte(strings.Replace(data, from, to, 1))}
		return e
	}
	all, err := first.Paths()
	if err != nil {
		t.Fatal(err)
	}
	pages := 0
	for _, p := range all {
		if first.IsPage(p) {
			pages++
		}
	}
	tests := []struct {
		name     string
		fsys     fstest.MapFS
		want     func(string) bool // the pages rendered
		wantSome bool
	}{
		{"nothing changed", m, func(string) bool { return false }, false},
		{"the plan page's template", edit(t, "templates/plan.html", `<article class="plan"`, `<article class="plan edited"`),
			func(p string) bool { return strings.Count(p, "/") == 2 && strings.HasSuffix(p, "-2022/index.html") }, true},
		{"a partial", edit(t, "templates/partials/resp.html", `<span class="resp">`, `<span class="resp edited">`),
			func(string) bool { return true }, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			next, err := site.Load(tt.fsys, docs, first)
			if err != nil {
				t.Fatal(err)
			}
			var made names
			n, err := next.RenderLayouts(context.Background(), site.Limits{}, &made, first.Layouts())
			if err != nil {
				t.Fatal(err)
			}
			if n != len(made.files) {
				t.Errorf("have %d pages counted, %d made", n, len(made.files))
			}
			for _, f := range made.files {
				if !next.IsPage(f) {
					t.Errorf("have %s made, want pages only", f)
				}
			}
			var want []string
			for _, p := range all {
				if next.IsPage(p) && tt.want(p) {
					want = append(want, p)
				}
			}
			slices.Sort(made.files)
			slices.Sort(want)
			if !slices.Equal(made.files, want) {
				t.Errorf("have %d pages %.200q, want %d %.200q", len(made.files), made.files, len(want), want)
			}
			if tt.wantSome && len(want) == 0 || len(want) == pages && tt.name != "a partial" {
				t.Errorf("want %d pages of %d: the test's selection is wrong", len(want), pages)
			}
		})
	}
	// The zero Layouts, an earlier check's being unknown, renders every page.
	var made names
	if n, err := first.RenderLayouts(context.Background(), site.Limits{}, &made, site.Layouts{}); err != nil || n != pages {
		t.Errorf("since nothing: have %d pages (%v), want all %d", n, err, pages)
	}
}
