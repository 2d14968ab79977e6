package site

import (
	"bytes"
	"plansite/generator/textfile"
	"plansite/generator/translate"
	"plansite/generator/view"
)

// Glossary is what the glossary page shows: the fixed English renderings of
// the recurring terms translators and readers meet (content/glossary.yaml,
// read by package translate, which also checks the translation uses them).
type Glossary struct {
	Terms []GlossaryTerm
}

// GlossaryTerm is one term as the page shows it; its note, in English, may
// quote Chinese, which the page marks as such.
type GlossaryTerm struct {
	translate.Term
	NoteRuns []TextRun
	// Only are the plans of the library the term's rendering is for
	// (Term.Plans: 体育, physical education in the education plans), as
	// the page's language titles them, where pages, search, check and
	// the translation memory give it; none when it is every plan's.
	Only []GlossaryPlan
	// OnlyElsewhere reports that none of the term's plans is in the
	// library: the rendering is given nowhere here.
	OnlyElsewhere bool
}

// GlossaryPlan is a plan a term is given for: its title and page.
type GlossaryPlan struct{ Title, URL string }

// TextRun is a stretch of text in one script (view.TextRun).
type TextRun = view.TextRun

// glossaryPages writes /zh/glossary/ and /en/glossary/ when the project has
// a glossary.
func (b *builder) glossaryPages() error {
	gl := b.glossary()
	if gl.err != nil || len(gl.terms) == 0 {
		return gl.err
	}
	for _, lang := range view.Langs() {
		g := &Glossary{}
		for _, t := range gl.terms {
			gt := GlossaryTerm{Term: t, NoteRuns: view.ScriptRuns(t.Note)}
			for _, slug := range t.Plans {
				if d := b.Plan(lang, slug); d != nil {
					gt.Only = append(gt.Only, GlossaryPlan{Title: d.PlainTitle(), URL: d.URL()})
				}
			}
			gt.OnlyElsewhere = len(t.Plans) > 0 && len(gt.Only) == 0
			g.Terms = append(g.Terms, gt)
		}
		p := &Page{Path: "/" + lang + "/glossary/", Lang: lang, Kind: "glossary", Title: b.T(lang, "glossary"), Data: g}
		if err := b.page(p); err != nil {
			return err
		}
	}
	return nil
}

// glossaryFile is the project's glossary, content/glossary.yaml.
type glossaryFile struct {
	raw   []byte // the file as parsed
	terms []translate.Term
	err   error
}

// glossary returns the glossary, which the glossary pages and the search
// indexes read: read once per build, and parsed again only when the file
// differs from the last build's.
func (b *builder) glossary() glossaryFile {
	return b.gloss.get(func() glossaryFile {
		raw, err := textfile.Read(b.root, translate.GlossaryFile)
		if err != nil {
			return glossaryFile{err: err}
		}
		if last := b.lastGloss; last.err == nil && last.raw != nil && bytes.Equal(last.raw, raw) {
			return last
		}
		terms, err := translate.ParseGlossary(raw)
		return glossaryFile{raw, terms, err}
	})
}

// Glossary implements view.Site: the glossary's terms, none when the file
// is missing or unreadable (the build reports that).
func (b *builder) Glossary() []translate.Term { return b.glossary().terms }

// GlossaryURL is the glossary page in the page's language.
func (p *Page) GlossaryURL() string { return "/" + p.Lang + "/glossary/" }
