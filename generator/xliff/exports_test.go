package xliff_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"plansite/generator/internal/testproject"
	"plansite/generator/link/dept"
	"plansite/generator/parse"
	"plansite/generator/plan"
	"plansite/generator/translate"
	"plansite/generator/xliff"
)

// TestExportsValid exports the frozen project's plans with their
// translations, and every corpus plan untranslated, with the project's
// memory (translations, registry, glossary, a pre-filled title), and
// checks each file against Validate, the XLIFF 2.1 oracle of
// validator_test.go.
func TestExportsValid(t *testing.T) {
	if testing.Short() {
		t.Skip("exports every corpus plan")
	}
	fsys := testproject.Map(t)
	seeds, err := fs.Glob(fsys, "seeds/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	var docs []*plan.Document
	for _, name := range seeds {
		doc, err := parse.File(fsys, name)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	set, err := translate.Load(fsys, "en")
	if err != nil {
		t.Fatal(err)
	}
	reg, err := dept.Load(fsys, "content/departments.yaml")
	if err != nil {
		t.Fatal(err)
	}
	terms, err := translate.LoadGlossary(fsys)
	if err != nil {
		t.Fatal(err)
	}
	mem := translate.NewMemory(docs, set, reg, terms)
	mem.Titles = map[string]string{"shandong-education-2021": "Shandong Province 14th Five-Year Plan for Education Development"}
	corpus, err := filepath.Glob("../testdata/corpus/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	more, err := filepath.Glob("../parse/testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	exported := map[string]bool{}
	for _, doc := range docs {
		exported[doc.Slug] = true
	}
	for _, name := range append(corpus, more...) {
		doc, err := parse.File(os.DirFS(filepath.Dir(name)), filepath.Base(name))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !exported[doc.Slug] {
			exported[doc.Slug] = true
			docs = append(docs, doc)
		}
	}
	for _, doc := range docs {
		f, _ := translate.Export(doc, set.Doc(doc.Slug), mem)
		data := xliff.Marshal(&xliff.Document{SrcLang: "zh-CN", TrgLang: "en", Files: []*xliff.File{f}})
		if errs := xliff.Validate(data); len(errs) > 0 {
			t.Errorf("%s: not valid XLIFF 2.1: %s", doc.Slug, strings.Join(errs[:min(len(errs), 5)], "; "))
		}
	}
}
