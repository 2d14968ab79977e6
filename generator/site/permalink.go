package site

import "plansite/generator/view"

// Permalink is the Data of a node's permalink page (templates/node.html):
// what the page shows around the node — the way back up the plan, the
// passages before and after — worked out in Go, so that the template
// reads fields. A method call costs text/template a lookup by name, a
// function type and a reflective call, and these pages are most of a
// library's pages (8,358 of 10,712 at 48 plans are a passage's alone).
type Permalink struct {
	View *view.NodeView // the node, as the page shows it

	DocHref, DocTitle string
	DocTitlePending   bool
	Crumbs            []*view.NodeView // the node's ancestors that have a page, outermost first
	FullText          string           // the link to the node in the plan page
	Prev, Next        *PagerLink

	// The page's words (content/i18n).
	PartOf, Prevails, FullTextWord, PassageNav, PrevPassage, NextPassage string
}

// PagerLink is the passage before or after the node, in page order.
type PagerLink struct {
	Href, Label, Title string         // Label as the citation says it (view.Node.ParaLabel)
	LabelRuns          []view.TextRun // Label with its Chinese marked on an English page (view.Quoted), else nil
	Pending            bool           // Title is the plan's Chinese
}

// permalink makes p's Permalink; p is a node's permalink page.
func permalink(p *Page) *Permalink {
	n, d := p.Node, p.Doc
	pl := &Permalink{
		View:            n.Shown(p),
		DocHref:         p.Rel(d.URL()),
		DocTitle:        d.Title(),
		DocTitlePending: d.TitlePending(),
		FullText:        p.Rel(n.Anchor()),
		Prev:            pagerLink(p, n.Prev()),
		Next:            pagerLink(p, n.Next()),
		PartOf:          p.T("partOf"),
		FullTextWord:    p.T("fullText"),
		PassageNav:      p.T("passageNav"),
		PrevPassage:     p.T("prevPassage"),
		NextPassage:     p.T("nextPassage"),
	}
	if p.Lang != "zh" && !pl.View.Pending {
		pl.Prevails = p.T("prevails")
	}
	for _, a := range n.Path() {
		if v := a.Shown(p); v.HasPage {
			pl.Crumbs = append(pl.Crumbs, v)
		}
	}
	return pl
}

func pagerLink(p *Page, n *view.Node) *PagerLink {
	if n == nil {
		return nil
	}
	l := &PagerLink{Href: p.Rel(n.URL()), Label: n.ParaLabel(), Title: n.ShortTitle(), Pending: !n.Translated()}
	l.LabelRuns = view.Quoted(p.Lang, l.Label)
	return l
}
