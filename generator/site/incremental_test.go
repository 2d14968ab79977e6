package site_test

import (
	"bytes"
	"io/fs"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/internal/testproject"
	"plansite/generator/plan"
	"plansite/generator/site"
)

// repoFS is the frozen project (testproject) in memory, for a test that
// edits it.
func repoFS(t testing.TB) fstest.MapFS { return testproject.Map(t) }

// loadProject parses the project's plans and loads it, as the preview
// does, failing the test on an error.
func loadProject(tb testing.TB, fsys fs.FS) ([]*plan.Document, *site.Project) {
	tb.Helper()
	docs, err := site.LoadDocs(fsys)
	if err != nil {
		tb.Fatal(err)
	}
	p, err := site.Load(fsys, docs, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return docs, p
}

func TestDocCacheParsesOnlyChangedSeeds(t *testing.T) {
	fsys := repoFS(t)
	fsys["seeds/second-plan.txt"] = &fstest.MapFile{Data: fsys["seeds/zichuan-education-2022.txt"].Data}
	var c site.DocCache
	steps := []struct {
		name string
		edit func()
		want []string // seeds parsed
	}{
		{"first load parses all", func() {}, []string{"seeds/second-plan.txt", "seeds/zichuan-education-2022.txt"}},
		{"nothing changed", func() {}, nil},
		{"template edit", func() {
			fsys["templates/base.html"] = &fstest.MapFile{Data: append(fsys["templates/base.html"].Data, '\n')}
		}, nil},
		{"one seed edited", func() {
			d := fsys["seeds/second-plan.txt"].Data
			fsys["seeds/second-plan.txt"] = &fstest.MapFile{Data: bytes.Replace(d, []byte("教育"), []byte("教養"), 1)}
		}, []string{"seeds/second-plan.txt"}},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			st.edit()
			docs, err := c.Load(fsys)
			if err != nil {
				t.Fatal(err)
			}
			if have := c.Parsed; !slices.Equal(have, st.want) {
				t.Errorf("parsed %q, want %q", have, st.want)
			}
			fresh, err := site.LoadDocs(fsys)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(docs, fresh) {
				t.Errorf("cached documents differ from a fresh parse")
			}
		})
	}
}

// TestRenderLeavesDocsUnchanged guards the cache's premise: rendering the
// same parsed documents twice gives the same site as a fresh build.
func TestRenderLeavesDocsUnchanged(t *testing.T) {
	fsys := repoFS(t)
	docs, err := site.LoadDocs(fsys)
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if _, err := site.Render(fsys, docs); err != nil {
			t.Fatal(err)
		}
	}
	again, err := site.Render(fsys, docs)
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := site.Build(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Files) != len(fresh.Files) {
		t.Fatalf("have %d files, want %d", len(again.Files), len(fresh.Files))
	}
	for name, want := range fresh.Files {
		if !bytes.Equal(again.Files[name], want) {
			t.Errorf("%s differs after rendering the same documents again", name)
		}
	}
}

func TestYAMLErrorsNameFileAndLine(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"syntax", "baseURL: [x\n", "content/site.yaml:1: did not find expected ',' or ']'"},
		{"indentation", "a: b\n  c: d\n", "content/site.yaml:2: mapping values are not allowed in this context"},
		{"unknown field", "baseURL: x\nbase: y\n", `content/site.yaml:2: unknown field "base"`},
		{"wrong type", "baseURL: {a: 1}\n", "content/site.yaml:1: found a mapping: expected text"},
		{"address without its scheme", "# where\nbaseURL: plans.example.gov.cn\n", `content/site.yaml:2: baseURL "plans.example.gov.cn": expected the site's address with its scheme, as https://plans.example.gov.cn`},
		{"not a web address", "baseURL: javascript:alert(1)\n", `content/site.yaml:1: baseURL "javascript:alert(1)": expected the site's address with its scheme, as https://plans.example.gov.cn`},
		{"with a query", "baseURL: https://example.gov.cn/?a=1\n", `content/site.yaml:1: baseURL "https://example.gov.cn/?a=1": expected the site's address with its scheme, as https://plans.example.gov.cn`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := repoFS(t)
			fsys["content/site.yaml"] = &fstest.MapFile{Data: []byte(tt.yaml)}
			_, err := site.Build(fsys)
			if err == nil {
				t.Fatal("have no error")
			}
			if have := err.Error(); !strings.Contains(have, tt.want) {
				t.Errorf("have %q, want %q", have, tt.want)
			}
		})
	}
}

// TestTargetUnitsErrors: a plan's targets.yaml that does not read stops
// the load at its line, where the targets page showed every indicator in
// Chinese without a word.
func TestTargetUnitsErrors(t *testing.T) {
	const name = "content/en/zichuan-education-2022/targets.yaml"
	tests := []struct{ name, yaml, want string }{
		{"syntax", "a-t1: [\n", name + ":1: did not find expected node content"},
		{"misspelt field", "a-t1:\n  zh: \"00000000\"\n  en: Rate\n  enn: x\n", name + `:4: unknown field "enn" (expected zh, en)`},
		{"no English", "a-t1:\n  zh: \"00000000\"\n", name + ":1: a-t1: expected zh: (the fingerprint) and en: (the English)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := repoFS(t)
			fsys[name] = &fstest.MapFile{Data: []byte(tt.yaml)}
			docs, err := site.LoadDocs(fsys)
			if err != nil {
				t.Fatal(err)
			}
			_, err = site.Load(fsys, docs, nil)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("have %v, want %s", err, tt.want)
			}
		})
	}
}
