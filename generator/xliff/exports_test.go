package xliff_test

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"plansite/generator/internal/testproject"
	"plansite/generator/link/dept"
	"plansite/generator/plan"
	"plansite/generator/translate"
	"plansite/generator/xliff"
)

// TestExportsValid exports the frozen project's plans with their
// translations, and every corpus plan untranslated, with the project's
// memory (translations, registry, glossary, a pre-filled title), and
// checks each file against Validate, the XLIFF 2.1 oracle of
// validator_test.go. It takes about 3 s, so -short runs it too.
func TestExportsValid(t *testing.T) {
	var docs []*plan.Document
	seen := map[string]bool{}
	for _, pattern := range []string{testproject.Path("seeds/*.txt"), "../testdata/corpus/*.txt", "../parse/testdata/*.txt"} {
		names, _ := filepath.Glob(pattern) // the patterns are well formed
		for _, name := range names {
			if doc := testproject.ParseFile(t, name); !seen[doc.Slug] {
				seen[doc.Slug] = true
				docs = append(docs, doc)
			}
		}
	}
	fsys := testproject.FS()
	set, errSet := translate.Load(fsys, "en")
	reg, errReg := dept.Load(fsys, "content/departments.yaml")
	terms, errTerms := translate.LoadGlossary(fsys)
	if err := errors.Join(errSet, errReg, errTerms); err != nil {
		t.Fatal(err)
	}
	mem := translate.NewMemory(docs, set, reg, terms)
	mem.Titles = map[string]string{"shandong-education-2021": "Shandong Province 14th Five-Year Plan for Education Development"}
	for _, doc := range docs {
		f, _ := translate.Export(doc, set.Doc(doc.Slug), mem)
		data := xliff.Marshal(&xliff.Document{SrcLang: "zh-CN", TrgLang: "en", Files: []*xliff.File{f}})
		if errs := xliff.Validate(data); len(errs) > 0 {
			t.Errorf("%s: not valid XLIFF 2.1: %s", doc.Slug, strings.Join(errs[:min(len(errs), 5)], "; "))
		}
	}
	if len(docs) < 10 {
		t.Errorf("exported %d plans, want the project's and the corpus's", len(docs))
	}
}
