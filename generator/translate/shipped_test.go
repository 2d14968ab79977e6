package translate_test

import (
	"os"
	"testing"

	"plansite/generator/site"
	"plansite/generator/translate"
)

// TestShippedTranslationIsComplete is the alignment check on the
// repository: every plan's English is complete, current, stamped, with no
// orphans, and renders every glossary term as the glossary fixes it.
func TestShippedTranslationIsComplete(t *testing.T) {
	fsys := os.DirFS("../..")
	docs, err := site.LoadDocs(fsys)
	if err != nil {
		t.Fatal(err)
	}
	set, err := translate.Load(fsys, "en")
	if err != nil {
		t.Fatal(err)
	}
	terms, err := translate.LoadGlossary(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if len(terms) < 50 {
		t.Errorf("have %d glossary terms, want the shipped glossary (≥ 50)", len(terms))
	}
	for _, doc := range docs {
		if set.Doc(doc.Slug) == nil {
			continue // not every plan is translated yet
		}
		t.Run(doc.Slug, func(t *testing.T) {
			r := translate.Align(doc, set.Doc(doc.Slug), "en")
			if !r.Complete() || len(r.Translated) != r.Progress.Units {
				t.Errorf("have %d of %d translated, %d missing, %d orphaned, %d stale, %d unstamped; want all translated and none else "+
					"(an editor who changed the Chinese revises the English, then runs go run ./generator check -restamp)",
					len(r.Translated), r.Progress.Units, len(r.Missing), len(r.Orphaned), len(r.Stale), len(r.Unstamped))
			}
			// Name each unit, so that the failure says where to look.
			for _, n := range r.Missing {
				t.Errorf("%s:%d: %s has no English", doc.File, n.Line, n.EID)
			}
			for _, u := range r.Stale {
				t.Errorf("%s: %s is stale: its Chinese changed since it was translated", u.Pos(), u.EID)
			}
			for _, u := range r.Unstamped {
				t.Errorf("%s: %s has no fingerprint", u.Pos(), u.EID)
			}
			for _, u := range r.Orphaned {
				t.Errorf("%s: %s has no Chinese", u.Pos(), u.EID)
			}
			for _, i := range translate.CheckTerms(doc, set.Doc(doc.Slug), terms) {
				t.Errorf("%s: %s renders %s otherwise than %q", i.Unit.Pos(), i.Unit.EID, i.Term.ZH, i.Term.EN)
			}
		})
	}
	if set.Doc("zichuan-education-2022") == nil {
		t.Error("the Zichuan plan has no English translation")
	}
}
