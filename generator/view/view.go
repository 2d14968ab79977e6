package view

import (
	"cmp"
	"html/template"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"plansite/generator/cite"
	"plansite/generator/plan"
	"plansite/generator/schemaorg"
	"plansite/generator/translate"
)

// Doc is a plan as a page shows it in one language.
type Doc struct {
	*plan.Document
	Lang  string
	Nodes []*Node // top-level views
	byEID map[string]*Node
	tr    Translation
	site  Site // what it reads of the site, or nil outside a build
	// Worked out on first use (sync.OnceValue), for views that pages
	// rendering side by side share: they must not depend on the page
	// asking.
	nodeUI     func() *NodeUI
	citeWork   func() cite.Work
	pageOrder  func() pageOrder       // status.go
	romanTitle func() string          // PlainTitle's, on every page of the plan
	ruleTitle  func() string          // Title's by rule, on every page of the plan (ruletitle.go)
	ruleAlone  func() string          // ruleTitle's before another plan's title is looked at
	glossForms func() *glossForms     // the site's glossary, to find in the plan's text (progress.go)
	targets    func() *targetRows     // targets.go
	schemaPlan func() *schemaorg.Plan // SchemaPlan(false)'s, on every permalink page of the plan
	gotoMap    func() gotoTable       // the plan page's, the go-to page's and the search index's (goto.go)
	citeTerms  func() cite.Terms      // the glossary's English of grouped projects' kinds of work (cite.go)
	term       func() Term            // the status line's, on every page (term.go)
	period     func() [2]int          // the status line's years (status.go)
	number     func() string          // NumberInLang's, in every page's title (bilingual.go)
	issuers    func() []string        // Issuers', which NumberInLang and the library read
}

// Node is a node as a page shows it in one language.
type Node struct {
	*plan.Node
	Doc      *Doc
	Children []*Node
	Parent   *Node
	nodeView weakValue[NodeView] // nodeview.go
	labels   atomic.Pointer[nodeLabels]
}

// nodeLabels are a node's short and citation labels, worked out once
// (Node.labelsOf): the permalink pages' pagers, breadcrumbs and heads,
// the node's views and citations, the search index and the go-to page
// each worked them out again, each a walk up the node's ancestors
// (cite.ShortLabelIn and cite.LabelIn, 1.8 and 1.4% of a 48-plan build's
// CPU profile).
type nodeLabels struct{ short, cite string }

// labelsOf returns n's labels. Two pages asking at once may both work
// them out, alike: either is kept.
func (n *Node) labelsOf() *nodeLabels {
	if l := n.labels.Load(); l != nil {
		return l
	}
	terms := n.Doc.citeTerms()
	l := &nodeLabels{short: cite.ShortLabelIn(n.Node, n.Doc.Lang, terms), cite: cite.LabelIn(n.Node, n.Doc.Lang, terms)}
	n.labels.Store(l)
	return l
}

// Unit is the translation of one node.
type Unit struct {
	Heading string
	Body    template.HTML // rendered Markdown
	Text    string        // plain text of Body, for search and metadata
	Stale   bool          // the Chinese changed since the unit was translated
}

// Translation gives a node's text in a language other than the source,
// and how far a plan's translation has come.
type Translation interface {
	Unit(slug, eid string) (Unit, bool)
	Progress(slug string) translate.Progress
}

func newDoc(d *plan.Document, lang string, tr Translation) *Doc {
	v := &Doc{Document: d, Lang: lang, byEID: map[string]*Node{}, tr: tr}
	v.nodeUI, v.citeWork, v.pageOrder = sync.OnceValue(v.makeNodeUI), sync.OnceValue(v.makeCiteWork), sync.OnceValue(v.makePageOrder)
	v.romanTitle, v.targets = sync.OnceValue(v.makeRomanTitle), sync.OnceValue(v.makeTargets)
	v.schemaPlan, v.gotoMap, v.term = sync.OnceValue(v.schemaPlanOnly), sync.OnceValue(v.makeGotoMap), sync.OnceValue(v.makeTerm)
	v.glossForms = sync.OnceValue(func() *glossForms { return makeGlossForms(translate.TermsFor(v.site.Glossary(), v.Slug)) })
	v.citeTerms, v.ruleTitle = sync.OnceValue(v.makeCiteTerms), sync.OnceValue(v.makeRuleTitle)
	v.period, v.number, v.issuers = sync.OnceValue(v.makePeriod), sync.OnceValue(v.makeNumberInLang), sync.OnceValue(v.makeIssuers)
	v.ruleAlone = sync.OnceValue(v.makeRuleTitleAlone)
	var wrap func(ns []*plan.Node, parent *Node) []*Node
	wrap = func(ns []*plan.Node, parent *Node) []*Node {
		var out []*Node
		for _, n := range ns {
			w := &Node{Node: n, Doc: v, Parent: parent}
			w.Children = wrap(n.Children, w)
			v.byEID[n.EID] = w
			out = append(out, w)
		}
		return out
	}
	v.Nodes = wrap(d.Nodes, nil)
	return v
}

// URL is the plan page.
func (d *Doc) URL() string { return "/" + d.Lang + "/" + d.Slug + "/" }

// WalkViews calls fn for the view of every node in document order, parents
// before children.
func (d *Doc) WalkViews(fn func(*Node)) { walk(d.Nodes, fn) }

func walk(ns []*Node, fn func(*Node)) {
	for _, n := range ns {
		fn(n)
		walk(n.Children, fn)
	}
}

// Find returns the view of the node with the eId, or nil.
func (d *Doc) Find(eid string) *Node { return d.byEID[eid] }

// Title is the plan's title in the document's language: on a page in
// another language whose title nobody has translated, its English by rule
// (ruletitle.go), where the rule can make one. Its document number is
// part of it only where another plan's title by rule would be the same:
// else pages show the number beside a title.
func (d *Doc) Title() string {
	if t := d.ruleTitle(); t != "" {
		return t
	}
	return d.givenTitle()
}

// givenTitle is the plan's title as given: translated, in works.yaml, or
// the Chinese.
func (d *Doc) givenTitle() string {
	if t := d.worksTitle(); t != "" {
		return t
	}
	if n := d.Find("preamble"); n != nil && n.GivenHeading() != "" {
		return n.GivenHeading()
	}
	atts := d.attachments()
	switch {
	case len(atts) == 1 && !d.ownText():
		return atts[0].Heading()
	case len(atts) > 1 && d.NoticeTitle() != "":
		// A file of several documents is known by the notice issuing them.
		return d.NoticeTitle()
	}
	return d.Meta.Title
}

// unit returns the translation of n when the document is not in Chinese.
func (n *Node) unit() (Unit, bool) {
	if n.Doc.Lang == "zh" || n.Doc.tr == nil {
		return Unit{}, false
	}
	return n.Doc.tr.Unit(n.Doc.Slug, n.EID)
}

// Translated reports whether the node's text is in the document's language;
// when false, the page shows the Chinese with a "translation pending" note.
func (n *Node) Translated() bool {
	if n.translatorGave() {
		return true
	}
	_, ok := n.ruleHeading()
	return ok
}

// translatorGave reports whether the node is in the document's language
// as translated: the Chinese, a node with nothing to translate, or one a
// translation gives.
func (n *Node) translatorGave() bool {
	if n.Doc.Lang == "zh" || !n.NeedsUnit() {
		return true
	}
	_, ok := n.unit()
	return ok
}

// Stale reports whether the translation predates a change in the Chinese.
func (n *Node) Stale() bool {
	u, ok := n.unit()
	return ok && u.Stale
}

// Heading is the node's heading in the document's language: translated,
// by rule (ruleHeading), or the Chinese.
func (n *Node) Heading() string {
	if h, ok := n.ruleHeading(); ok {
		return h
	}
	return n.GivenHeading()
}

// GivenHeading is the node's heading as translated, or the Chinese: the
// data exports' (as ruleLine's lines, a heading by rule is the pages' only).
func (n *Node) GivenHeading() string {
	if u, ok := n.unit(); ok {
		return u.Heading
	}
	return n.Node.Heading
}

// ruleHeading is the untranslated heading of the node that gives the
// plan its title (a preamble, or the one 附件 a notice issues) in the
// document's language, as the plan's pages give the title (works.yaml,
// or the rule of ruletitle.go): the title opening the plan's text says
// what the page's heading says, not the Chinese marked Translation
// pending. The data exports keep it as issued (GivenHeading).
func (n *Node) ruleHeading() (string, bool) {
	d := n.Doc
	// The kind first: Translated asks this of every node a translator has
	// not given, and only a preamble or an attachment can be titleNode.
	if d.Lang == SourceLang || (n.Kind != plan.KindPreamble && n.Kind != plan.KindAttachment) ||
		d.site == nil || n.Node.Text != "" || n.Node.Heading == "" || n.translatorGave() || d.titleNode() != n {
		return "", false
	}
	if t := cmp.Or(d.worksTitle(), d.ruleAlone()); t != "" {
		return t, true
	}
	return "", false
}

// Body is the node's running text as HTML in the document's language.
func (n *Node) Body() template.HTML {
	if u, ok := n.unit(); ok {
		return u.Body
	}
	return template.HTML(template.HTMLEscapeString(n.Node.Text))
}

// PlainText is the node's running text without markup.
func (n *Node) PlainText() string {
	if u, ok := n.unit(); ok {
		return u.Text
	}
	if s, ok := n.dateText(); ok {
		return s
	}
	return n.Node.Text
}

// Label is the node's short reference (二（一）4, II (1) 4; cite.ShortLabel).
func (n *Node) Label() string { return n.labelsOf().short }

// URL is where the node can be read: its permalink page when it has one,
// otherwise its anchor on the plan page.
func (n *Node) URL() string {
	if n.HasPage() {
		return n.Doc.URL() + n.EID + "/"
	}
	return n.Anchor()
}

// Anchor is the node's place on the plan page.
func (n *Node) Anchor() string { return n.Doc.URL() + "#" + n.EID }

// HasPage reports whether the node gets a permalink page of its own.
func (n *Node) HasPage() bool {
	switch n.Kind {
	case plan.KindPart, plan.KindSection, plan.KindItem, plan.KindSubitem, plan.KindPoint, plan.KindProject, plan.KindAttachment,
		plan.KindBook, plan.KindChapter, plan.KindArticle, plan.KindHcontainer:
		return true
	case plan.KindParagraph, plan.KindBullet, plan.KindBox:
		return n.Parent != nil && n.Parent.Kind != plan.KindNotice && n.Parent.Kind != plan.KindConclusions
	}
	return false
}

// Numbered reports whether the node is a heading in the contents list.
func (n *Node) Numbered() bool {
	switch n.Kind {
	case plan.KindPart, plan.KindSection, plan.KindAttachment, plan.KindTable, plan.KindPreamble,
		plan.KindBook, plan.KindChapter, plan.KindArticle, plan.KindPoint, plan.KindHcontainer:
		return true
	}
	return false
}

// Is reports whether the node is of kind k, for templates.
func (n *Node) Is(k string) bool { return string(n.Kind) == k }

// Depth is the number of ancestors.
func (n *Node) Depth() int {
	d := 0
	for p := n.Parent; p != nil; p = p.Parent {
		d++
	}
	return d
}

// Path is the chain of ancestors, outermost first, for breadcrumbs.
func (n *Node) Path() []*Node {
	var ps []*Node
	for p := n.Parent; p != nil; p = p.Parent {
		ps = append([]*Node{p}, ps...)
	}
	return ps
}

// NumText is the node's number as a reader of the page's language expects
// it: the printed 二、 （一） 1． in Chinese, II. (1) 1. in English.
func (n *Node) NumText() string {
	if n.Doc.Lang == "zh" {
		return n.Num
	}
	if d, ok := plan.Decimal(n.Node); ok {
		return d // as printed: 1.2.1
	}
	switch n.Kind {
	case plan.KindAttachment:
		return ""
	case plan.KindItem:
		if plan.ArticleItem(n.Node) {
			// An article's 项, printed （二）: (2), as its label and
			// citation say (Art. 13 (2)), not 2.
			return "(" + strconv.Itoa(n.Ordinal) + ")"
		}
		return plan.Level(n.Node, false, false) + "."
	case plan.KindPart:
		return plan.Level(n.Node, false, false) + "."
	case plan.KindSection:
		if strings.HasPrefix(n.Num, "第") { // 第一节
			return "Section " + strconv.Itoa(n.Ordinal)
		}
	case plan.KindChapter, plan.KindArticle:
		return plan.Level(n.Node, false, true) // in full: Chapter 2, Article 12
	case plan.KindPoint:
		return "(" + strconv.Itoa(n.Ordinal) + ")" // as printed, （23）
	case plan.KindProject:
		return strconv.Itoa(n.Ordinal)
	case plan.KindBullet:
		return "—"
	case plan.KindTable:
		if n.Num == "" {
			// Printed without a caption: the Chinese shows no number,
			// nor does the English (the heading names it, see the
			// table template).
			return ""
		}
	case plan.KindCC:
		return "CC: "
	}
	return plan.Level(n.Node, false, false) // Book 1, (1), Box 1, Table 1
}

// Line is the text of a one-line wrapper node (number, title, signature…),
// which translators may give as a heading or as a body.
func (n *Node) Line() string {
	if h := n.Heading(); h != "" {
		return h
	}
	return n.PlainText()
}

// PageNodes are the nodes that get a permalink page, by eId.
func (d *Doc) PageNodes() []*Node {
	var ns []*Node
	for _, n := range d.byEID {
		if n.HasPage() {
			ns = append(ns, n)
		}
	}
	sort.Slice(ns, func(i, j int) bool { return ns[i].EID < ns[j].EID })
	return ns
}

// EIDs are the eIds of every node, in order.
func (d *Doc) EIDs() []string {
	return slices.Sorted(maps.Keys(d.byEID))
}
