package view

import (
	"cmp"
	"html/template"
	"strings"

	"plansite/generator/plan"
)

// NodeView is what the node templates (templates/partials/node.html and
// the partials they call) show of a node on one page: the "node"
// template's dot, and what other templates pass to the partials.
//
// It exists for speed. text/template finds a method by name through
// reflection on every call, and a *Node has dozens of methods, so each
// {{.Heading}} cost a method lookup, a function type and a reflective call;
// a field of a type without promoted methods is a cheap lookup. A whole
// build renders every node in every language, several calls per node.
//
// Every field is a value of the *Node method of the same name (or a plain
// test of one; Citing holds its Citations as printed), worked out on first
// use and kept while the collector leaves it (weakValue); UI holds
// interface strings (nodeui.go), the same on every node in the language.
// What depends on the page — links relative to it, heading levels — is
// set for the page the view is made for (Shown: Href, HeadingLevel,
// the department links, CiteDisclosure), or comes from its methods (Rel, View,
// Link), which ask that page.
type NodeView struct {
	// The fields the node templates read on most nodes come first, the
	// most read first: text/template finds a field by comparing its name
	// with each field's in turn, on every read.

	Passage bool // a paragraph or a bullet
	// Pending: not Translated; Stale: the Chinese has changed since.
	Pending bool
	// Notes: the node is Pending, Stale or has PendingTerms, the notes
	// the unitnote partial prints; Marks: it has a responsibility list,
	// a Deadline, Points, Carries, CarriedBy or Refs, what the resp, due
	// and xref-mark partials print. Most nodes have neither, and one
	// test of a field costs the templates less than calling the
	// partials to find each of theirs empty.
	Notes, Marks bool
	Note         *Note // what unitnote prints, where Notes is set

	UI        *NodeUI // strings in Lang
	Label     string
	Href      string // the link to the node's page, or to it in the plan page, from this one
	Heading   string
	EID       string
	HTMLLang  string // HTMLLang(Lang)
	Title     bool
	CiteLabel string
	// LabelRuns and CiteLabelRuns are Label and CiteLabel with their
	// Chinese marked, on a page in another language where they quote
	// some (a grouped project's kind of work); nil otherwise, the
	// templates printing the string.
	LabelRuns, CiteLabelRuns []TextRun
	NumText                  string
	Stale                    bool
	PendingTerms             []TermGloss
	Resp                     bool // the node has a responsibility list
	Kind                     string
	URL                      string
	HasText                  bool // PlainText is not empty
	// NumInText: the node's number opens its text instead of standing as
	// a heading of its own, as a passage's does: a numbered part, item or
	// subitem that prints a sentence and no heading (1.本实施细则给予补贴
	// 的对象包括：) read as a heading of "1." alone over its text. An
	// article's number (第一条) stays a heading: a regulation's articles
	// are what its readers look for and cite.
	NumInText bool
	Citable   bool
	// CiteDisclosure: the node shows its citations in a disclosure: it is
	// Citable and the page is not its permalink page, whose cite-block
	// shows the same rows open. Set for the page (Shown) as a field, as
	// is Href, since a method (or a not) costs the templates a reflective
	// call, once per node shown.
	CiteDisclosure bool
	// XRefMarks: the node points to its key projects or tasks beside its
	// text (the xref-mark partial): it has some, and the page is not its
	// permalink page, whose xref section lists them with why just below.
	XRefMarks bool
	Body      template.HTML
	Lang      string // the document's language
	Carries   []XRef
	CarriedBy []XRef
	Refs      []DocRef       // the library's plans the node names
	Deadline  *plan.Deadline // a task's, as the plan sets it
	// Due is a Deadline without a Date in the page's language where its
	// form says it (DueInLang: 持续推进, ongoing), else "" and the
	// template prints the Chinese.
	Due        string
	Date       bool
	AbsURL     string  // citable nodes only
	Citing     *Citing // the citations to print once for every page; citable nodes only
	Zh         bool    // Lang is Chinese, the text of the plan
	Points     string  // a task's score in an assessment
	Translated bool
	HasPage    bool
	Children   []*Node

	// Kinds the templates tell apart, beside Passage, Date and Title.
	Notice, Conclusions, Table, TOC bool
	// ProjectList: a table whose rows are key projects (and the rows
	// among them that are none), where another table's rows are its
	// data rows (plan.DataRow).
	ProjectList bool
	// Span: a row of one filled cell under a table that shows more
	// columns, a group's label printed across the table (一、南昌市（8个）),
	// spans the Span columns the table shows, its label SpanText; 0 for
	// another row.
	Span     int
	SpanText string

	// RepeatsTitle: the node's heading would repeat the plan page's h1
	// right under it. The preamble of a plan printed without a notice
	// opens the document with the title the page is headed by (西城's
	// 实施意见, the Shandong plans); after a notice, the plan's own title
	// stands where the text prints it and is kept.
	RepeatsTitle bool
	// HeadingLevel is the node's HTML heading level on the page: below the
	// plan's h1 on the plan page, the page's own h1 on a permalink page
	// (nodes that are not passages).
	HeadingLevel int

	// The responsibility list's departments with their links from the
	// page, set for the page (Shown) as the list prints them: RespLinks
	// on a Chinese page (the parenthetical as printed, RespParts), else
	// LeadLinks and SupportLinks. A department list is several names on
	// most tasks, so a method per name cost the templates a reflective
	// call each.
	RespLinks               []RespLink
	LeadLinks, SupportLinks []DeptLink

	Node       *Node
	Doc        *Doc
	Cells      []string // a project's row as printed
	Facts      []Fact   // a project's other cells under their headers (facts)
	Line       string
	ISODate    string // date nodes only
	Columns    []string
	Rows       [][]string
	ShortTitle string
	CiteOf     string // the cite control's title (引用本段, 引用本行); citable nodes only

	RespParts    []RespPart
	RespLeads    []DeptRef
	RespSupports []DeptRef

	page Page
}

// RespLink is a piece of a responsibility parenthetical as a page prints
// it: plain text (Dept nil) or a department with its link.
type RespLink struct {
	Text string
	Dept *DeptLink
}

// Shown is what the node templates show of the node on page p.
func (n *Node) Shown(p Page) *NodeView {
	v := *n.nodeView.get(n.makeView)
	v.page = p
	top := p.PageNode()
	v.CiteDisclosure = v.Citable && top != n
	v.XRefMarks = (len(v.Carries) > 0 || len(v.CarriedBy) > 0) && top != n
	if top == n && v.Note != nil && v.Note.CiteLabel != "" {
		// On the node's own page the label stands right above (the page's
		// label) and in its citations: the note says only what it is.
		nt := v.Note
		v.Note = &Note{Pending: nt.Pending, HTMLLang: nt.HTMLLang, UI: nt.UI, PendingTerms: nt.PendingTerms, Stale: nt.Stale}
	}
	if v.URL != "" {
		v.Href = p.Rel(v.URL)
	}
	if !v.Passage {
		v.HeadingLevel = n.headingLevel(top)
		d := n.Doc
		v.RepeatsTitle = n.Kind == plan.KindPreamble && top == nil && len(d.Nodes) > 0 && d.Nodes[0] == n && n.GivenHeading() == d.givenTitle()
	}
	if v.Resp {
		v.linkResp()
	}
	return &v
}

// linkResp sets the view's department links for its page.
func (v *NodeView) linkResp() {
	if v.Zh {
		v.RespLinks = make([]RespLink, len(v.RespParts))
		for i, part := range v.RespParts {
			v.RespLinks[i].Text = part.Text
			if part.Dept != nil {
				l := v.deptLink(*part.Dept)
				v.RespLinks[i].Dept = &l
			}
		}
		return
	}
	links := func(rs []DeptRef) []DeptLink {
		out := make([]DeptLink, len(rs))
		for i, r := range rs {
			out[i] = v.deptLink(r)
		}
		return out
	}
	v.LeadLinks, v.SupportLinks = links(v.RespLeads), links(v.RespSupports)
}

// makeView works out what Shown shows, for every page.
func (n *Node) makeView() *NodeView {
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
		ProjectList: k == plan.KindTable && len(n.Node.Children) > 0 && !plan.HasDataRows(n.Node),
		TOC:         k == plan.KindTOC,
		Passage:     k == plan.KindParagraph || k == plan.KindBullet,
		Date:        k == plan.KindDate,
		Title:       k == plan.KindTitle,
		Lang:        n.Doc.Lang,
		Zh:          n.Doc.Lang == "zh",
		HTMLLang:    HTMLLang(n.Doc.Lang),
		UI:          n.Doc.nodeUI(),
		Translated:  n.Translated(),
		Stale:       n.Stale(),
		NumText:     n.NumText(),
		Heading:     n.Heading(),
		Deadline:    n.Node.Deadline,
		Points:      n.Node.Points,
		Cells:       n.Node.Cells,
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
		Refs:        n.Refs(),
	}
	v.LabelRuns, v.CiteLabelRuns = Quoted(v.Lang, v.Label), Quoted(v.Lang, v.CiteLabel)
	v.Pending = !v.Translated
	if v.Pending {
		v.PendingTerms = n.PendingTerms()
	}
	// A cite control for every passage with a permalink page, and a
	// table's row (plan.DataRow), which is linked at its place on the
	// plan page.
	v.Citable = (v.HasPage || n.DataRow()) && v.CiteLabel != ""
	if v.Citable {
		v.CiteOf = v.UI.CiteOf
		if n.DataRow() {
			v.CiteOf = v.UI.CiteRowOf // 引用本行: a row is no paragraph
		}
		v.AbsURL = n.AbsURL()
		v.Citing = &Citing{UI: v.UI, node: n}
	}
	if v.Date {
		v.ISODate = n.ISODate()
	}
	text := n.PlainText()
	v.HasText = text != ""
	v.NumInText = !v.Passage && v.HasText && v.Heading == "" && v.NumText != "" && k != plan.KindArticle
	v.Line = cmp.Or(v.Heading, text)
	if v.Pending {
		if s, ok := n.ruleLine(); ok {
			v.Line, v.Body, v.Pending, v.PendingTerms = s, template.HTML(template.HTMLEscapeString(s)), false, nil
		}
	}
	if v.Resp {
		v.RespParts = n.RespParts()
		v.RespLeads = n.RespLeads()
		v.RespSupports = n.RespSupports()
	}
	if k == plan.KindProject {
		v.Facts = facts(n.Node, !v.Zh)
	}
	v.Notes = v.Pending || v.Stale || len(v.PendingTerms) > 0
	if v.Notes {
		v.Note = &Note{Pending: v.Pending, HTMLLang: v.HTMLLang, UI: v.UI, CiteLabel: v.CiteLabel,
			CiteLabelRuns: v.CiteLabelRuns, PendingTerms: v.PendingTerms, Stale: v.Stale}
	}
	if dl := v.Deadline; dl != nil && dl.Date == "" && !v.Zh {
		if due, ok := n.Doc.DueInLang(*dl); ok {
			v.Due = due
		}
	}
	v.Marks = v.Resp || v.Deadline != nil || v.Points != "" || len(v.Carries) > 0 || len(v.CarriedBy) > 0 || len(v.Refs) > 0
	if k == plan.KindRow && !n.DataRow() {
		v.Span, v.SpanText = n.labelSpan()
	}
	return v
}

// labelSpan is the number of columns row n spans and its label, when it
// holds one filled cell under a table that shows more columns: every
// column of its header, or the three of the interface (序号, 名称, 主要内容)
// a list of projects in no more shows.
func (n *Node) labelSpan() (int, string) {
	if len(n.Rows) != 1 || n.Parent == nil || n.Parent.Kind != plan.KindTable {
		return 0, ""
	}
	label := ""
	for _, c := range n.Rows[0] {
		if strings.TrimSpace(c) == "" {
			continue
		}
		if label != "" {
			return 0, "" // two cells: a total, a header printed again
		}
		label = c
	}
	shown := len(n.Parent.Columns)
	if !plan.HasDataRows(n.Parent.Node) {
		shown = max(shown, 3)
	}
	if label == "" || len(n.Rows[0]) >= shown {
		return 0, ""
	}
	return shown, label
}

// Fact is a cell of a key project's row under its column's header, as
// the plan's table prints it; Zh marks Chinese on an English page.
type Fact struct {
	Column, Cell     string
	ColumnZh, CellZh bool
}

// facts are the cells of project n's row beyond its number, name,
// content and departments (the cells parse left in its Rows: 建设性质,
// 建设地点, 项目起止, 总投资（万元）…), each under its column's header, for
// the project's own page, which shows the project as a section and would
// otherwise lose them where the plan's table prints them. A ragged row,
// whose cells the header does not name one to one, has none.
func facts(n *plan.Node, en bool) []Fact {
	if n.Parent == nil || len(n.Rows) == 0 || len(n.Cells) != len(n.Parent.Columns) {
		return nil
	}
	cols, rest := n.Parent.Columns, n.Rows[0]
	var out []Fact
	for i, j := 2, 0; i < len(n.Cells) && j < len(rest); i++ {
		if n.Cells[i] != rest[j] {
			continue // a cell the page shows already (content, departments)
		}
		j++
		if c := n.Cells[i]; strings.TrimSpace(c) != "" {
			out = append(out, Fact{Column: cols[i], Cell: c, ColumnZh: en && plan.HasHan(cols[i]), CellZh: en && plan.HasHan(c)})
		}
	}
	return out
}

// Rel is the link from the view's page to target (Page.Rel).
func (v *NodeView) Rel(target string) string { return v.page.Rel(target) }

// View is the view of another node on the same page.
func (v *NodeView) View(n *Node) *NodeView { return n.Shown(v.page) }

// XRefLink is a key project ↔ task link with the link to the node at its
// other end from the page showing it.
type XRefLink struct {
	XRef
	Href string
}

// Link is x as shown on the view's page.
func (v *NodeView) Link(x XRef) XRefLink { return XRefLink{XRef: x, Href: v.Rel(x.Node.URL())} }

// DeptLink is a department of a responsibility list with the link to its
// page from the page showing it: DeptRef's fields and Href, not embedded,
// since text/template finds a promoted field by a search of the embedded
// structs on every lookup.
type DeptLink struct {
	Name, Lang, URL, LeadTag string
	Lead                     bool
	Href                     string
	Runs                     []TextRun // DeptRef.Runs
}

// deptLink is r as shown on the view's page.
func (v *NodeView) deptLink(r DeptRef) DeptLink {
	l := DeptLink{Name: r.Name, Lang: r.Lang, URL: r.URL, LeadTag: r.LeadTag, Lead: r.Lead, Runs: r.Runs}
	if r.URL != "" {
		l.Href = v.Rel(r.URL)
	}
	return l
}
