package site

import (
	"errors"
	"html/template"

	"plansite/generator/plan"
)

// NodeView is what the node templates (templates/partials/node.html and
// the partials it calls) show of a node, worked out once per view: the
// "node" template's dot, and what other templates pass to the partials.
//
// It exists for speed. text/template finds a method by name through
// reflection on every call, and a *Node has dozens of methods, so each
// {{.Heading}} cost a method lookup, a function type and a reflective call;
// a field of a type without promoted methods is a cheap lookup. A whole
// build renders every node in every language, several calls per node.
//
// Every field is a value of the *Node method of the same name (or a plain
// test of one; CiteRows are its Citations as printed), so the node's
// digests (digest.go) cover it as they cover the method; UI holds
// interface strings (nodeui.go), the same on every node in the language. What depends on the page being rendered is not here: the
// templates still reach it through Doc.Rel and Node.HeadingLevel, the only
// page-dependent calls fragments record (fragment.go).
type NodeView struct {
	Node     *Node
	Doc      *Doc
	Children []*Node
	EID      string
	Kind     string

	// Kinds the templates tell apart; Passage is a paragraph or a bullet.
	Notice, Conclusions, Table, Passage, Date, Title bool

	Lang     string  // the document's language
	UI       *NodeUI // strings in Lang
	Zh       bool    // Lang is Chinese, the text of the plan
	HTMLLang string  // htmlLang(Lang)

	Translated, Stale bool
	Pending           bool // not Translated
	NumText, Heading  string
	Body              template.HTML
	HasText           bool // PlainText is not empty
	Line              string
	ISODate           string // date nodes only
	Columns           []string
	Rows              [][]string

	HasPage    bool
	URL        string
	Label      string
	ShortTitle string
	Citable    bool
	CiteLabel  string
	AbsURL     string    // citable nodes only
	CiteRows   []CiteRow // Citations; citable nodes only

	Resp         bool // the node has a responsibility list
	RespParts    []RespPart
	RespLeads    []DeptRef
	RespSupports []DeptRef
	Carries      []XRef
	CarriedBy    []XRef
}

// View returns what the node templates show of the node. The view must
// belong to a build whose link analysis is done, as for the digests.
func (n *Node) View() *NodeView { return n.view.get(n.viewOnce) }

func (n *Node) viewOnce() *NodeView {
	k := n.Kind
	v := &NodeView{
		Node:        n,
		Doc:         n.Doc,
		Children:    n.Children,
		EID:         n.EID,
		Kind:        string(k),
		Notice:      k == plan.KindNotice,
		Conclusions: k == plan.KindConclusions,
		Table:       k == plan.KindTable,
		Passage:     k == plan.KindParagraph || k == plan.KindBullet,
		Date:        k == plan.KindDate,
		Title:       k == plan.KindTitle,
		Lang:        n.Doc.Lang,
		Zh:          n.Doc.Lang == "zh",
		HTMLLang:    htmlLang(n.Doc.Lang),
		UI:          nodeUIFor(n.Doc.Lang),
		Translated:  n.Translated(),
		Stale:       n.Stale(),
		NumText:     n.NumText(),
		Heading:     n.Heading(),
		Body:        n.Body(),
		Columns:     n.Columns,
		Rows:        n.Rows,
		HasPage:     n.HasPage(),
		URL:         n.URL(),
		Label:       n.Label(),
		ShortTitle:  n.ShortTitle(),
		CiteLabel:   n.CiteLabel(),
		Resp:        n.Resp != nil,
		Carries:     n.Carries(),
		CarriedBy:   n.CarriedBy(),
	}
	v.Pending = !v.Translated
	v.Citable = v.HasPage && v.CiteLabel != ""
	if v.Citable {
		v.AbsURL = n.AbsURL()
		v.CiteRows = citeRows(n.Citations(), v.Lang)
	}
	if v.Date {
		v.ISODate = n.ISODate()
	}
	text := n.PlainText()
	v.HasText = text != ""
	v.Line = v.Heading
	if v.Line == "" {
		v.Line = text
	}
	if v.Resp {
		v.RespParts = n.RespParts()
		v.RespLeads = n.RespLeads()
		v.RespSupports = n.RespSupports()
	}
	return v
}

// Part is the template name of the node templates rendered on the view
// as part of the page being rendered, and reused wherever it comes out the
// same, as Node.HTML reuses the node's whole fragment: a template that
// does not call HeadingLevel renders once for all the pages in one
// directory, while the section around it renders again on every ancestor's
// page. Its key is the node fragment's and the name: the template is one
// "node" reaches (templateCalls counts .Part calls), shown with the same
// view.
func (v *NodeView) Part(name string) (template.HTML, error) {
	p := v.Doc.page
	if p == nil || p.b == nil {
		return "", errors.New("Part: the node is not on a page being rendered")
	}
	h := newHasher()
	h.digest(v.Node.fragmentKey(p))
	h.str("part")
	h.str(name)
	return p.fragment(h.sum(), p.b.tmpl.fragmentSet(p.Kind), name, v)
}

// Is reports whether the node is of kind k, as Node.Is does.
func (v *NodeView) Is(k string) bool { return v.Kind == k }
