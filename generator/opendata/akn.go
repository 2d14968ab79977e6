package opendata

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"github.com/mozillazg/go-pinyin"

	"plansite/generator/export"
	"plansite/generator/plan"
	"plansite/generator/xmlwrite"
)

// AKNNamespace is Akoma Ntoso 3.0's namespace.
const AKNNamespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

// Department identifies a department named in a plan: an ASCII slug for
// its reference (the department registry's, so the reference matches the
// site's /departments/<slug>/ page) and its name in the export's language.
type Department func(name string) (slug, showAs string)

// xw writes Akoma Ntoso: a p's mixed content is written inline, so its
// text stays exact.
type xw struct{ xmlwrite.Writer }

// AKN writes x to out as an Akoma Ntoso document (see the package
// comment), a few kilobytes at a time. f names the expression; original
// is the authoritative expression's URI when x is a translation, else "";
// generated is the manifestation's date; dept names departments (nil:
// pinyin slugs, names as printed).
func AKN(out io.Writer, x *export.Doc, f FRBR, original, generated string, dept Department) error {
	w := &xw{xmlwrite.Writer{To: out}}
	w.WriteString(xml.Header)
	w.Open("akomaNtoso", "xmlns", AKNNamespace)
	w.Open("doc", "name", "plan")
	orgs := organizations(x, dept)
	w.meta(x, f, original, generated, orgs)
	w.Open("preface")
	w.Inline("p", []string{"class", "title"}, func() { w.InlineLeaf("docTitle", x.Meta.Title) })
	if x.Meta.DocumentNumber != "" {
		w.Inline("p", []string{"class", "number"}, func() { w.InlineLeaf("docNumber", x.Meta.DocumentNumber) })
	}
	w.Close("preface")
	w.Open("mainBody")
	for _, n := range x.Nodes {
		w.node(n, x.Lang, orgs)
	}
	w.Close("mainBody")
	w.Close("doc")
	w.Close("akomaNtoso")
	return w.Flush()
}

// meta writes identification and references.
func (w *xw) meta(x *export.Doc, f FRBR, original, generated string, orgs *orgIDs) {
	// The work's authors: its issuer, or each body of a joint issue.
	var authors []string
	for _, name := range x.Meta.Issuers() {
		authors = append(authors, orgs.id(name))
	}
	if len(authors) == 0 {
		authors = []string{orgs.id("")}
	}
	w.Open("meta")
	w.Open("identification", "source", "#plansite")
	w.Open("FRBRWork")
	w.Empty("FRBRthis", "value", f.Work+"/!main")
	w.Empty("FRBRuri", "value", f.Work)
	if f.Date != "" {
		w.Empty("FRBRdate", "date", f.Date, "name", f.DateName)
	}
	for _, a := range authors {
		w.Empty("FRBRauthor", "href", "#"+a, "as", "#author")
	}
	w.Empty("FRBRcountry", "value", strings.SplitN(strings.TrimPrefix(f.Work, "/akn/"), "/", 2)[0])
	w.Empty("FRBRsubtype", "value", "plan")
	w.Empty("FRBRnumber", "value", f.Number)
	if x.Meta.DocumentNumber != "" {
		w.Empty("FRBRname", "value", x.Meta.DocumentNumber)
	}
	w.Close("FRBRWork")
	w.Open("FRBRExpression")
	w.Empty("FRBRthis", "value", f.Expression+"/!main")
	w.Empty("FRBRuri", "value", f.Expression)
	if f.Date != "" {
		w.Empty("FRBRdate", "date", f.Date, "name", "expression")
	}
	if original == "" {
		for _, a := range authors {
			w.Empty("FRBRauthor", "href", "#"+a, "as", "#author")
		}
	} else {
		w.Empty("FRBRauthor", "href", "#plansite", "as", "#translator")
	}
	w.Empty("FRBRlanguage", "language", f.Language)
	if original != "" {
		w.Empty("FRBRtranslation", "href", original, "fromLanguage", "zho", "authoritative", "false", "by", "#plansite")
	}
	w.Close("FRBRExpression")
	w.Open("FRBRManifestation")
	w.Empty("FRBRthis", "value", f.Manifestation)
	w.Empty("FRBRuri", "value", f.Expression+".xml")
	w.Empty("FRBRdate", "date", generated, "name", "generation")
	w.Empty("FRBRauthor", "href", "#plansite", "as", "#publisher")
	w.Empty("FRBRformat", "value", "application/akn+xml")
	w.Close("FRBRManifestation")
	w.Close("identification")
	w.Open("references", "source", "#plansite")
	w.Empty("TLCOrganization", "eId", "plansite", "href", "/ontology/organization/plansite", "showAs", "Plansite")
	for _, o := range orgs.list {
		w.Empty("TLCOrganization", "eId", o.id, "href", "/ontology/organization/"+strings.TrimPrefix(o.id, "org_"), "showAs", o.showAs)
	}
	lead, support := "牵头部门", "配合部门"
	if x.Lang != "zh" {
		lead, support = "lead department", "supporting department"
	}
	w.Empty("TLCRole", "eId", "lead", "href", "/ontology/role/lead", "showAs", lead)
	w.Empty("TLCRole", "eId", "support", "href", "/ontology/role/support", "showAs", support)
	w.Empty("TLCRole", "eId", "author", "href", "/ontology/role/author", "showAs", "author")
	if original != "" {
		w.Empty("TLCRole", "eId", "translator", "href", "/ontology/role/translator", "showAs", "translator")
	}
	w.Empty("TLCRole", "eId", "publisher", "href", "/ontology/role/publisher", "showAs", "publisher")
	deadline := "完成时限"
	if x.Lang != "zh" {
		deadline = "deadline"
	}
	w.Empty("TLCConcept", "eId", "deadline", "href", "/ontology/concept/deadline", "showAs", deadline)
	w.Close("references")
	w.Close("meta")
}

// elements are the Akoma Ntoso elements of the kinds that have one of
// their own (a bullet is a paragraph of class bullet); every other kind is
// an hcontainer named by its kind.
var elements = map[plan.Kind]string{plan.KindBook: "book", plan.KindChapter: "chapter", plan.KindArticle: "article",
	plan.KindPart: "part", plan.KindSection: "section", plan.KindParagraph: "paragraph", plan.KindBullet: "paragraph"}

// node writes n and its children. A hierarchical element holds num,
// heading, then its text as content (no children) or as intro before them.
func (w *xw) node(n *export.Node, lang string, orgs *orgIDs) {
	attrs := []string{"eId", n.EID}
	el, ok := elements[n.Kind]
	switch {
	case !ok:
		el, attrs = "hcontainer", append(attrs, "name", string(n.Kind))
	case n.Kind == plan.KindBullet:
		attrs = append(attrs, "class", "bullet")
	}
	w.Open(el, attrs...)
	if n.Num != "" {
		w.Leaf("num", n.Num)
	}
	if n.Heading != "" {
		w.Leaf("heading", n.Heading)
	}
	body := func() {
		if n.Text != "" {
			if n.Kind == plan.KindNumber {
				w.Inline("p", nil, func() { w.InlineLeaf("docNumber", n.Text) })
			} else {
				w.Inline("p", nil, func() { w.Text(n.Text) })
			}
		}
		for _, r := range n.Inline {
			w.Inline("p", []string{"class", "responsibility inline"}, func() { w.responsibility(r, lang, orgs) })
		}
		if n.Responsibility != nil {
			w.Inline("p", []string{"class", "responsibility"}, func() { w.responsibility(n.Responsibility, lang, orgs) })
		}
		w.duties(n)
		w.table(n)
	}
	has := n.Text != "" || n.Responsibility != nil || len(n.Inline) > 0 || n.Deadline != nil || n.Points != "" ||
		len(n.Columns) > 0 || len(n.Rows) > 0 || len(n.Cells) > 0
	switch {
	case len(n.Children) == 0:
		w.Open("content")
		if !has {
			w.Inline("p", nil, func() {})
		}
		body()
		w.Close("content")
	default:
		if has {
			w.Open("intro")
			body()
			w.Close("intro")
		}
		for _, c := range n.Children {
			w.node(c, lang, orgs)
		}
	}
	w.Close(el)
}

// duties writes a task's deadline, as a date where it has one, and its
// score.
func (w *xw) duties(n *export.Node) {
	if d := n.Deadline; d != nil {
		w.Inline("p", []string{"class", "deadline"}, func() {
			if d.Date != "" {
				w.InlineLeaf("date", d.Text, "date", d.Date, "refersTo", "#deadline")
			} else {
				w.Text(d.Text)
			}
		})
	}
	if n.Points != "" {
		w.Inline("p", []string{"class", "points"}, func() { w.Text(n.Points) })
	}
}

// table writes a table's cells as an Akoma Ntoso table: the header row as
// th cells, every other row as printed, a ragged row with all its cells;
// a project's whole row as a table of one row.
func (w *xw) table(n *export.Node) {
	if len(n.Columns) == 0 && len(n.Rows) == 0 && len(n.Cells) == 0 {
		return
	}
	if n.Kind == plan.KindProject {
		if len(n.Cells) > 0 {
			w.Open("table", "class", "row")
			w.row("td", n.Cells)
			w.Close("table")
		}
		return
	}
	w.Open("table")
	if len(n.Columns) > 0 {
		w.row("th", n.Columns)
	}
	for _, r := range n.Rows {
		w.row("td", r)
	}
	w.Close("table")
}

func (w *xw) row(cell string, cells []string) {
	w.Open("tr")
	for _, c := range cells {
		w.Open(cell)
		w.Inline("p", nil, func() { w.Text(c) })
		w.Close(cell)
	}
	w.Close("tr")
}

// responsibility writes the parenthetical with each department marked up:
// the Chinese as printed, the English as a list.
func (w *xw) responsibility(r *plan.Responsibility, lang string, orgs *orgIDs) {
	ns := listRoles(r)
	org := func(x Role) {
		text := x.Department
		if lang != "zh" {
			text = orgs.showAs[orgs.id(x.Department)]
		}
		w.InlineLeaf("organization", text, "refersTo", "#"+orgs.id(x.Department), "as", "#"+x.Role)
	}
	if lang == "zh" && r.Raw != "" {
		rest := r.Raw
		for _, x := range ns {
			i := strings.Index(rest, x.Department)
			if i < 0 {
				continue
			}
			w.Text(rest[:i])
			org(x)
			rest = rest[i+len(x.Department):]
		}
		w.Text(rest)
		return
	}
	w.Text("(")
	for i, x := range ns {
		if i > 0 {
			w.Text(", ")
		}
		org(x)
	}
	w.Text(")")
}

// orgIDs gives every organization a stable ASCII eId: org_ and its
// registry slug, or its name's pinyin.
type orgIDs struct {
	dept   Department
	byName map[string]string
	showAs map[string]string // id → name in the export's language
	used   map[string]bool
	list   []struct{ id, showAs string }
}

func organizations(x *export.Doc, dept Department) *orgIDs {
	o := &orgIDs{dept: dept, byName: map[string]string{}, showAs: map[string]string{}, used: map[string]bool{}}
	for _, name := range x.Meta.Issuers() {
		o.id(name)
	}
	walk(x.Nodes, func(n *export.Node) {
		for _, r := range roles(n) {
			o.id(r.Department)
		}
	})
	return o
}

func (o *orgIDs) id(name string) string {
	if id, ok := o.byName[name]; ok {
		return id
	}
	slug, showAs := "", name
	if o.dept != nil {
		slug, showAs = o.dept(name)
	}
	if slug == "" {
		slug = strings.Join(pinyin.LazyConvert(name, nil), "")
		for _, r := range name {
			if r < 128 && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
				slug += string(r)
			}
		}
	}
	base := "org_" + slug
	id := base
	for i := 2; o.used[id]; i++ {
		id = base + "_" + strconv.Itoa(i)
	}
	o.used[id] = true
	o.byName[name] = id
	o.showAs[id] = showAs
	o.list = append(o.list, struct{ id, showAs string }{id, showAs})
	return id
}
