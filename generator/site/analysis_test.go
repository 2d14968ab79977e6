package site

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"slices"
	"testing"

	"plansite/generator/internal/testproject"
	"plansite/generator/link"
	"plansite/generator/parse"
	"plansite/generator/plan"
)

// analysisInputs reads the project's plans and the two editors' files
// link.Analyze reads.
func analysisInputs(t *testing.T) (root fs.FS, docs []*plan.Document, reg, edits []byte) {
	t.Helper()
	root = testproject.FS()
	docs, err := LoadDocs(root)
	if err != nil {
		t.Fatal(err)
	}
	if reg, err = readInput(root, deptFile); err != nil {
		t.Fatal(err)
	}
	if edits, err = readInput(root, linkFile); err != nil {
		t.Fatal(err)
	}
	return root, docs, reg, edits
}

// TestAnalysisCache: a plan is analysed again only when it, the registry or
// the link file changed, so the preview server's rebuilds skip the work.
func TestAnalysisCache(t *testing.T) {
	root, docs, reg, edits := analysisInputs(t)
	tests := []struct {
		name       string
		reg, edits []byte
		reparse    bool
		same       bool
	}{
		{"unchanged", reg, edits, false, true},
		{"registry edited", append(append([]byte(nil), reg...), "\n# note\n"...), edits, false, false},
		{"link file edited", reg, append(append([]byte(nil), edits...), "\n# note\n"...), false, false},
		{"plan parsed again", reg, edits, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := docs
			if tt.reparse {
				var err error
				if ds, err = LoadDocs(root); err != nil {
					t.Fatal(err)
				}
			}
			var c analysisCache
			first, err := c.get(docs, reg, edits)
			if err != nil {
				t.Fatal(err)
			}
			got, err := c.get(ds, tt.reg, tt.edits)
			if err != nil {
				t.Fatal(err)
			}
			if have := got[0] == first[0]; have != tt.same {
				t.Errorf("have the cached analysis %v, want %v", have, tt.same)
			}
		})
	}
}

// TestAnalysisCacheEdit: a plan parsed again after an edit is analysed
// reusing the last analysis's work, and the analysis is the one a cold
// link.Analyze gives: same export, same matrix.
func TestAnalysisCacheEdit(t *testing.T) {
	root, docs, reg, edits := analysisInputs(t)
	registry, err := link.ParseRegistry(deptFile, orEmptyList(reg))
	if err != nil {
		t.Fatal(err)
	}
	decisions, err := link.ParseEdits(linkFile, edits)
	if err != nil {
		t.Fatal(err)
	}
	var c analysisCache
	if _, err := c.get(docs, reg, edits); err != nil {
		t.Fatal(err)
	}
	const file = "seeds/zichuan-education-2022.txt"
	data, err := fs.ReadFile(root, file)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, old, new string }{
		{"task", "着力构建价值统一、导向一致", "着力构建目标统一、导向一致"},
		{"project", "计划支持8所幼儿园新建、改扩建", "计划支持10所幼儿园新建、改造、改扩建"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !bytes.Contains(data, []byte(tt.old)) {
				t.Fatalf("no %q in %s", tt.old, file)
			}
			data = bytes.Replace(data, []byte(tt.old), []byte(tt.new), 1)
			edited := slices.Clone(docs)
			i := slices.IndexFunc(edited, func(d *plan.Document) bool { return d.File == file })
			if i < 0 {
				t.Fatalf("no plan %s", file)
			}
			if edited[i], err = parse.Parse(file, data); err != nil {
				t.Fatal(err)
			}
			z := c.analyzers[file]
			got, err := c.get(edited, reg, edits)
			if err != nil {
				t.Fatal(err)
			}
			if z == nil || c.analyzers[file] != z {
				t.Error("have a new analyzer for the plan, want the last one")
			}
			cold, err := link.Analyze(edited[i], registry, decisions)
			if err != nil {
				t.Fatal(err)
			}
			if have, want := published(t, got[i]), published(t, cold); have != want {
				t.Errorf("have an analysis unlike link.Analyze's (%d bytes, want %d)", len(have), len(want))
			}
		})
	}
}

// published is what the site publishes of an analysis: its export and matrix.
func published(t *testing.T, a *link.Analysis) string {
	t.Helper()
	data, err := json.Marshal(a.Export())
	if err != nil {
		t.Fatal(err)
	}
	return string(data) + string(a.Matrix.SVG("zh")) + string(a.Matrix.SVG("en"))
}
