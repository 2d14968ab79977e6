package site

import (
	"plansite/generator/alias"
	"plansite/generator/opendata"
	"plansite/generator/plan"
	"plansite/generator/view"
)

// Pages and files of the citation issue: the go-to page, the open-data
// page and files, and redirects for retired eIds.
//
//	/<lang>/<slug>/goto/        every passage label → its place (the go-to
//	                            form's target; its script jumps to ?q=)
//	/<lang>/<slug>/data/        the open-data page
//	/<lang>/<slug>/<old eId>/   redirect of a retired eId (content/aliases.yaml)
//	/data/<slug>.csv, .en.csv, /data/<slug>.text.csv, .en.text.csv,
//	/data/<slug>.zh.akn.xml, .en.akn.xml,
//	/data/plan.schema.json, /assets/highlight.css

// citing is the state the citation producers share.
type citing struct {
	aliases alias.Set
	works   map[string]opendata.Work
	// listed holds the plans alias.PublishedFile lists, whose lost
	// addresses it reports (published.go; lostpages.go leaves them alone).
	listed map[string]bool
}

// citeSetup reads content/aliases.yaml and content/works.yaml; it runs
// before the plan pages, which embed the aliases.
func (b *builder) citeSetup() error {
	set, err := alias.Load(b.root, b.docs)
	if err != nil {
		return err
	}
	works, err := opendata.LoadWorks(b.root, b.docs)
	if err != nil {
		return err
	}
	b.citing = citing{aliases: set, works: works}
	return nil
}

type deptName struct{ slug, name string }

// departments resolves doc's department names through the registry
// (package link), with the resolver of the build's analysis of doc
// (analysis.go), so open data names them as department pages do.
func (b *builder) departments(doc *plan.Document) func(zh, lang string) deptName {
	a := b.linking.byDoc[doc]
	if a == nil {
		return func(zh, lang string) deptName { return deptName{name: zh} }
	}
	rs := a.Resolver
	return func(zh, lang string) deptName {
		e := rs.Peek(zh)
		return deptName{slug: e.Slug, name: e.NameIn(lang)}
	}
}

// citePages describes the plan's go-to, open-data and redirect pages.
func (b *builder) citePages(s *pageSet, d *view.Doc) error {
	lang := d.Lang
	if err := s.page(b, &Page{Path: d.URL() + "goto/", Lang: lang, Kind: "goto", Title: b.T(lang, "gotoTitle") + " · " + d.PlainTitle(), Doc: d}); err != nil {
		return err
	}
	p := &Page{Path: d.URL() + "data/", Lang: lang, Kind: "data", Title: b.T(lang, "openData") + " · " + d.PlainTitle(), Doc: d}
	p.prepare = func(*Page) (any, error) { return b.dataPage(d) }
	if err := s.page(b, p); err != nil {
		return err
	}
	for _, a := range b.citing.aliases.For(d.Slug) {
		// A redirect is left out of the sitemap (pageSet.page): search
		// engines should index the new page, which its rel=canonical
		// names.
		n := d.Find(a.New)
		p := &Page{Path: d.URL() + a.Old + "/", Lang: lang, Kind: "redirect", Title: b.T(lang, "redirectTitle"), Doc: d, Node: n}
		if err := s.page(b, p); err != nil {
			return err
		}
	}
	return nil
}
