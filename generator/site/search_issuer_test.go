package site

import (
	"slices"
	"testing"

	"plansite/generator/view"
)

// TestSearchIssuersAsLibrary: the search index and the results page's
// issuer filter name each plan's issuers as the library's cards and
// filters do, in both languages: the Jiangxi grain bureau, which signs
// 省粮食和物资储备局, is 江西省粮食和物资储备局 wherever a reader filters.
func TestSearchIssuersAsLibrary(t *testing.T) {
	b, docs, _, _ := libraryIndexes(t)
	for _, lang := range view.Langs() {
		t.Run(lang, func(t *testing.T) {
			var library []string
			for i, d := range b.views[lang] {
				var want []string
				for _, v := range b.issuerValues(d) {
					want = append(want, v.Name)
					if !slices.Contains(library, v.Name) {
						library = append(library, v.Name)
					}
				}
				if have := docs[lang][i].Issuers; !slices.Equal(have, want) {
					t.Errorf("%s: the index's issuers are %q, want the library's %q", d.Slug, have, want)
				}
			}
			p := &Page{Lang: lang, Docs: b.views[lang], b: b}
			if have := p.SearchIssuers(); !slices.Equal(have, library) {
				t.Errorf("the results page's issuer filter has %q, want the library's %q", have, library)
			}
		})
	}
	for i, d := range b.views["zh"] {
		if d.Slug == "jiangxi-grain-workpoints-2020" && !slices.Contains(docs["zh"][i].Issuers, "江西省粮食和物资储备局") {
			t.Errorf("%s: the index's issuers are %q, want 江西省粮食和物资储备局", d.Slug, docs["zh"][i].Issuers)
		}
	}
}
