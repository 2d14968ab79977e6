package site

import (
	"errors"
	"html/template"
)

// Parallel is what the side-by-side page shows: every passage of a plan
// that has words of its own, in document order, with its Chinese and its
// translation.
type Parallel struct {
	Rows []ParallelRow
}

// ParallelRow is one passage in both languages; EID is the row's id, so
// /zh/<slug>/parallel/#eId and /en/<slug>/parallel/#eId show the same row.
type ParallelRow struct {
	EID    string
	Source *Node // the Chinese
	Target *Node // the translation (Chinese with a note where it is missing)
}

// parallel writes /<lang>/<slug>/parallel/ for every language: the same
// two columns, Chinese first as the text that prevails, with the page's
// interface in its own language.
func (b *builder) parallel() error {
	src, dst := Langs[0], Langs[1]
	for _, lang := range Langs {
		for i := range b.views[lang] {
			// The page shows both languages, so with the build's views it
			// would wait for every other page; it gets views of its own.
			views := b.ownViews()
			d, zh, en := views[lang][i], views[src][i], views[dst][i]
			var rows []ParallelRow
			var walk func([]*Node)
			walk = func(ns []*Node) {
				for _, n := range ns {
					if n.NeedsUnit() {
						rows = append(rows, ParallelRow{EID: n.EID, Source: n, Target: en.Find(n.EID)})
					}
					walk(n.Children)
				}
			}
			walk(zh.Nodes)
			p := &Page{Path: d.URL() + "parallel/", Lang: lang, Kind: "parallel", Doc: d, Docs: views[lang],
				Title: d.Title() + " · " + uiString(lang, "parallel"), Data: &Parallel{Rows: rows}}
			// Node templates link through their document; both documents
			// are rendered on this page.
			p.binds = []*Doc{zh, en}
			if err := b.page(p); err != nil {
				return err
			}
		}
	}
	return nil
}

// ParallelURL is the side-by-side page of the plan.
func (d *Doc) ParallelURL() string { return d.URL() + "parallel/" }

// HTML is the row as the page's "parrow" template renders it, taken from
// an earlier rendering while both passages and the plan's metadata are
// unchanged (fragment.go).
func (r ParallelRow) HTML() (template.HTML, error) {
	p := r.Source.Doc.page
	if p == nil || p.b == nil {
		return "", errors.New("HTML: the row is not on a page being rendered")
	}
	set := p.b.tmpl.kinds[p.Kind]
	h := newHasher()
	h.digest(p.b.tmpl.sigOf(p.Kind, "parrow"))
	h.str("parrow")
	h.digest(r.Source.Doc.metas())
	h.digest(r.Source.Doc.digests().own[r.Source.EID])
	h.digest(r.Target.Doc.digests().own[r.Target.EID])
	return p.fragment(h.sum(), set, "parrow", r)
}
