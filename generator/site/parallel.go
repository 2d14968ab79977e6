package site

import "plansite/generator/view"

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
		par := &Parallel{}
		var walk func([]*view.Node)
		walk = func(ns []*view.Node) {
			for _, n := range ns {
				if n.NeedsUnit() {
					par.Rows = append(par.Rows, ParallelRow{EID: n.EID, Source: p.View(n), Target: p.View(en.Find(n.EID))})
				}
				walk(n.Children)
			}
		}
		walk(zh.Nodes)
		return par, nil
	}
	return s.page(b, p)
}
