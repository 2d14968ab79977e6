package site

import (
	"iter"

	"plansite/generator/view"
)

// Parallel is what the side-by-side page shows: every passage of a plan
// that has words of its own, in document order, with its Chinese and its
// translation. Rows are made as the template ranges over them, each
// dropped once written: the page of a plan of 50,000 passages holds one.
type Parallel struct {
	Rows iter.Seq[ParallelRow]
}

// ParallelRow is one passage in both languages; EID is the row's id, so
// /zh/<slug>/parallel/#eId and /en/<slug>/parallel/#eId show the same row.
type ParallelRow struct {
	EID    string
	Source *view.NodeView // the Chinese
	Target *view.NodeView // the translation (Chinese with a note where it is missing)
}

// parallel describes /<lang>/<slug>/parallel/ for every language: the same
// two columns, Chinese first as the text that prevails, with the page's
// interface in its own language.
func (b *builder) parallel(s *pageSet, d *view.Doc) error {
	zh, en := d.InLang(view.SourceLang), d.InLang(view.Langs()[1])
	p := &Page{Path: d.URL() + "parallel/", Lang: d.Lang, Kind: "parallel", Doc: d,
		Title: d.PlainTitle() + " · " + b.T(d.Lang, "parallel")}
	p.prepare = func(p *Page) (any, error) {
		rows := func(yield func(ParallelRow) bool) {
			var walk func([]*view.Node) bool
			walk = func(ns []*view.Node) bool {
				for _, n := range ns {
					if n.NeedsUnit() && !yield(ParallelRow{EID: n.EID, Source: p.View(n), Target: p.View(en.Find(n.EID))}) {
						return false
					}
					if !walk(n.Children) {
						return false
					}
				}
				return true
			}
			walk(zh.Nodes)
		}
		return &Parallel{Rows: rows}, nil
	}
	return s.page(b, p)
}
