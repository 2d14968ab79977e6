package view

import (
	"plansite/generator/cite"
	"plansite/generator/link/docref"
)

// DocRef is a reference between two plans of the library (package
// docref) seen from one end: the plan and passage at the other end, in
// the view's language.
type DocRef struct {
	Doc  *Doc  // the plan at the other end
	Node *Node // its passage: the one named (《X》第十条) or the citing one; nil for the whole plan
	// Title is Doc's title and Label Node's label as citations give it
	// (第三部分（一）, Part III (1); "" for the whole plan), Chinese on another language's page where untranslated
	// (TitleZh).
	Title, Label string
	TitleZh      bool
	// Number is Doc's document number as the language gives it
	// (Chuan Zheng Fa [2022] No. 10), or "": two editions of one rule
	// share a title.
	Number  string
	URL     string // the passage's page or anchor, else the plan's page
	Repeals bool   // the citing sentence repeals the plan named
}

// Refs are the plans the node names, in the order it names them.
func (n *Node) Refs() []DocRef {
	x := n.Doc.references()
	if x == nil {
		return nil
	}
	var out []DocRef
	for _, r := range x.From(n.Doc.Slug, n.EID) {
		to := n.Doc.site.Plan(n.Doc.Lang, r.To)
		if to == nil {
			continue
		}
		var target *Node
		if r.Where != "" {
			target = to.Find(to.GotoMap().Keys[cite.Parse(r.Where)])
		}
		out = append(out, to.refTo(target, r.Repeals))
	}
	return out
}

// CitedBy are the passages of other plans that name the plan, in the
// library's order of plans, then in document order.
func (d *Doc) CitedBy() []DocRef {
	x := d.references()
	if x == nil {
		return nil
	}
	var out []DocRef
	for _, r := range x.To(d.Slug) {
		from := d.site.Plan(d.Lang, r.From)
		if from == nil {
			continue
		}
		out = append(out, from.refTo(from.Find(r.EID), r.Repeals))
	}
	return out
}

// RepealedBy is the first passage of another plan that repeals the plan
// (原《X》同时废止), or nil.
func (d *Doc) RepealedBy() *DocRef {
	for _, r := range d.CitedBy() {
		if r.Repeals {
			return &r
		}
	}
	return nil
}

// refTo is a reference to d, at node n when not nil.
func (d *Doc) refTo(n *Node, repeals bool) DocRef {
	r := DocRef{Doc: d, Node: n, Title: d.Title(), TitleZh: d.TitlePending(), Number: d.DocumentNumber(), URL: d.URL(), Repeals: repeals}
	if d.Lang != SourceLang {
		r.Number = d.NumberInLang()
	}
	if r.Number != "" {
		// The number follows the title: a title by rule that is told
		// apart by it is given without it.
		r.Title = d.TitleAlone()
	}
	if n != nil {
		r.Label, r.URL = n.CiteLabel(), n.URL()
	}
	return r
}

// references is the library's references between plans, or nil.
func (d *Doc) references() *docref.Index {
	if d.site == nil {
		return nil
	}
	return d.site.References()
}
