package search

import (
	"slices"
	"testing"
)

// glossCase finds the terms of every passage of doc as Add does: its
// heading's and text's tokens collected, then the terms they use.
func glossCase(tb testing.TB, lang string, doc Doc, each func(p *Passage, terms []Term)) func() {
	x, err := NewIndexer(lang, Options{Glossary: fixture.gloss, Put: func(string, []byte) error { return nil }})
	if err != nil {
		tb.Fatal(err)
	}
	return func() {
		for i := range doc.Passages {
			p := &doc.Passages[i]
			f := &x.fields
			l := x.collect(&f[0], p.Heading)
			x.collect(&f[1], p.Text)
			each(p, x.gloss.find(p.Heading, p.Text, &f[0], &f[1], l))
		}
	}
}

// TestGlossaryFindFields: the terms find reads from a passage's collected
// tokens are those it finds scanning the passage's text again, in both
// languages.
func TestGlossaryFindFields(t *testing.T) {
	zichuanIndex(t)
	for _, tt := range []struct {
		lang string
		doc  Doc
	}{{ModeZh, fixture.zh}, {ModeEn, fixture.en}} {
		t.Run(tt.lang, func(t *testing.T) {
			found := 0
			var scanned *glossary
			glossCase(t, tt.lang, tt.doc, func(p *Passage, terms []Term) {
				if scanned == nil {
					scanned = newGlossary(fixture.gloss, tt.lang, stems{})
					scanned.whole = true
				}
				want := scanned.find(p.Heading, p.Text, nil, nil, 0)
				if !slices.EqualFunc(terms, want, func(a, b Term) bool { return a.Zh == b.Zh }) {
					t.Errorf("%s: have %d terms, want %d (%v)", p.EID, len(terms), len(want), want)
				}
				found += len(terms)
			})()
			if found == 0 {
				t.Errorf("no term found in any passage")
			}
		})
	}
}

// BenchmarkGlossaryFind finds the glossary terms of every passage of the
// Zichuan plan, as Add does, in both languages.
func BenchmarkGlossaryFind(b *testing.B) {
	zichuanIndex(b)
	for _, tt := range []struct {
		lang string
		doc  Doc
	}{{ModeZh, fixture.zh}, {ModeEn, fixture.en}} {
		b.Run(tt.lang, func(b *testing.B) {
			run := glossCase(b, tt.lang, tt.doc, func(*Passage, []Term) {})
			b.ReportAllocs()
			for b.Loop() {
				run()
			}
		})
	}
}
