package site

import (
	"strings"
	"testing"

	"plansite/generator/search"
)

// TestLibraryEnglishTerms searches the frozen library in English for the
// words of plans nobody has translated: the library's glossary carries
// their terms (internal/library), so "flood" finds the waterlogging
// plan's flood-control passages, whose text is Chinese.
func TestLibraryEnglishTerms(t *testing.T) {
	_, docs, sharded, _ := libraryIndexes(t)
	ix, err := search.Open(sharded["en"])
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ q, plan, zh string }{
		{"flood", "zhejiang-urban-waterlogging-2021", "防洪"},
		{"flood control", "zhejiang-urban-waterlogging-2021", "防洪"},
		{"waterlogging", "zhejiang-urban-waterlogging-2021", "内涝"},
		{"sponge city", "zhejiang-urban-waterlogging-2021", "海绵城市"},
	} {
		t.Run(c.q, func(t *testing.T) {
			a, err := ix.Query(c.q)
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Results) == 0 || a.Partial || planOf(docs["en"], a.Results[0].Passage) != c.plan {
				t.Fatalf("%q: have %d results (partial %v), want %s's first", c.q, len(a.Results), a.Partial, c.plan)
			}
			saying := 0
			for _, r := range a.Results {
				p := passageOf(docs["en"], r.Passage)
				if planOf(docs["en"], r.Passage) == c.plan && strings.Contains(p.Heading+p.Text, c.zh) {
					saying++
				}
			}
			if saying == 0 {
				t.Errorf("%q: none of %d results is a passage of %s saying %s", c.q, len(a.Results), c.plan, c.zh)
			}
		})
	}
}

// passageOf is the p-th passage of the library's index.
func passageOf(docs []search.Doc, p int) search.Passage {
	for _, d := range docs {
		if p < len(d.Passages) {
			return d.Passages[p]
		}
		p -= len(d.Passages)
	}
	return search.Passage{}
}
