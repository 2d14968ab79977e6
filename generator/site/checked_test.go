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

// TestRenderUnchecked: the check renders what its record lacks: every
// page and the data files at first; nothing again on the same project;
// after a save of templates alone, the pages of the kinds whose templates
// changed and nothing else (the other pages and the data files are what
// it rendered before); after a change to a partial, which every kind
// includes, every page.
func TestRenderUnchecked(t *testing.T) {
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
	var pages []string
	for _, p := range all {
		if first.IsPage(p) {
			pages = append(pages, p)
		}
	}
	isPlanPage := func(p string) bool { return strings.Count(p, "/") == 2 && strings.HasSuffix(p, "-2022/index.html") }
	var checked site.Checked
	tests := []struct {
		name      string
		fsys      fstest.MapFS
		want      func(string) bool // the pages rendered
		dataFiles bool
	}{
		{"at first", m, func(string) bool { return true }, true},
		{"nothing changed", m, func(string) bool { return false }, false},
		{"the plan page's template", edit(t, "templates/plan.html", `<article class="plan"`, `<article class="plan edited"`), isPlanPage, false},
		{"a partial", edit(t, "templates/partials/resp.html", `<span class="resp">`, `<span class="resp edited">`),
			func(string) bool { return true }, false},
	}
	prev := first
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			next := first
			if tt.name != "at first" {
				if next, err = site.Load(tt.fsys, docs, prev); err != nil {
					t.Fatal(err)
				}
			}
			prev = next
			var made names
			n, err := next.RenderUnchecked(context.Background(), site.Limits{}, &made, &checked)
			if err != nil {
				t.Fatal(err)
			}
			var have, others []string
			for _, f := range made.files {
				if next.IsPage(f) {
					have = append(have, f)
				} else {
					others = append(others, f)
				}
			}
			if n != len(have) {
				t.Errorf("have %d pages counted, %d made", n, len(have))
			}
			if tt.dataFiles != (len(others) > 0) {
				t.Errorf("have %d other files made (%.100q), want some: %v", len(others), others, tt.dataFiles)
			}
			var want []string
			for _, p := range pages {
				if tt.want(p) {
					want = append(want, p)
				}
			}
			slices.Sort(have)
			if !slices.Equal(have, want) {
				t.Errorf("have %d pages %.200q, want %d %.200q", len(have), have, len(want), want)
			}
		})
	}
	if n := len(slices.DeleteFunc(slices.Clone(pages), func(p string) bool { return !isPlanPage(p) })); n == 0 || n == len(pages) {
		t.Errorf("%d plan pages of %d: the test's selection is wrong", n, len(pages))
	}
}
