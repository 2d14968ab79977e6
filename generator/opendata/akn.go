package opendata

import (
	"encoding/xml"
	"strings"

	"github.com/mozillazg/go-pinyin"

	"plansite/generator/export"
	"plansite/generator/plan"
)

// AKNNamespace is Akoma Ntoso 3.0's namespace.
const AKNNamespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

// Department identifies a department named in a plan: an ASCII slug for
// its reference (the department registry's, so the reference matches the
// site's /departments/<slug>/ page) and its name in the export's language.
type Department func(name string) (slug, showAs string)

// AKN writes x as an Akoma Ntoso document (see the package comment). f
// names the expression; original is the authoritative expression's URI
// when x is a translation, else ""; generated is the manifestation's date;
// dept names departments (nil: pinyin slugs, names as printed).
func AKN(x *export.Doc, f FRBR, original, generated string, dept Department) ([]byte, error) {
	w := &xw{}
	w.raw(xml.Header)
	w.open("akomaNtoso", "xmlns", AKNNamespace)
	w.open("doc", "name", "plan")
	orgs := organizations(x, dept)
	w.meta(x, f, original, generated, orgs)
	w.open("preface")
	w.inline("p", []string{"class", "title"}, func() { w.elem("docTitle", x.Meta.Title) })
	if x.Meta.DocumentNumber != "" {
		w.inline("p", []string{"class", "number"}, func() { w.elem("docNumber", x.Meta.DocumentNumber) })
	}
	w.close("preface")
	w.open("mainBody")
	for _, n := range x.Nodes {
		w.node(n, x.Lang, orgs)
	}
	w.close("mainBody")
	w.close("doc")
	w.close("akomaNtoso")
	return w.buf.Bytes(), nil
}

// meta writes identification and references.
func (w *xw) meta(x *export.Doc, f FRBR, original, generated string, orgs *orgIDs) {
	issuer := orgs.id(x.Meta.Issuer)
	w.open("meta")
	w.open("identification", "source", "#plansite")
	w.open("FRBRWork")
	w.leaf("FRBRthis", "value", f.Work+"/!main")
	w.leaf("FRBRuri", "value", f.Work)
	if f.Date != "" {
		w.leaf("FRBRdate", "date", f.Date, "name", f.DateName)
	}
	w.leaf("FRBRauthor", "href", "#"+issuer, "as", "#author")
	w.leaf("FRBRcountry", "value", strings.SplitN(strings.TrimPrefix(f.Work, "/akn/"), "/", 2)[0])
	w.leaf("FRBRsubtype", "value", "plan")
	w.leaf("FRBRnumber", "value", f.Number)
	if x.Meta.DocumentNumber != "" {
		w.leaf("FRBRname", "value", x.Meta.DocumentNumber)
	}
	w.close("FRBRWork")
	w.open("FRBRExpression")
	w.leaf("FRBRthis", "value", f.Expression+"/!main")
	w.leaf("FRBRuri", "value", f.Expression)
	if f.Date != "" {
		w.leaf("FRBRdate", "date", f.Date, "name", "expression")
	}
	if original == "" {
		w.leaf("FRBRauthor", "href", "#"+issuer, "as", "#author")
	} else {
		w.leaf("FRBRauthor", "href", "#plansite", "as", "#translator")
	}
	w.leaf("FRBRlanguage", "language", f.Language)
	if original != "" {
		w.leaf("FRBRtranslation", "href", original, "fromLanguage", "zho", "authoritative", "false", "by", "#plansite")
	}
	w.close("FRBRExpression")
	w.open("FRBRManifestation")
	w.leaf("FRBRthis", "value", f.Manifestation)
	w.leaf("FRBRuri", "value", f.Expression+".xml")
	w.leaf("FRBRdate", "date", generated, "name", "generation")
	w.leaf("FRBRauthor", "href", "#plansite", "as", "#publisher")
	w.leaf("FRBRformat", "value", "application/akn+xml")
	w.close("FRBRManifestation")
	w.close("identification")
	w.open("references", "source", "#plansite")
	w.leaf("TLCOrganization", "eId", "plansite", "href", "/ontology/organization/plansite", "showAs", "Plansite")
	for _, o := range orgs.list {
		w.leaf("TLCOrganization", "eId", o.id, "href", "/ontology/organization/"+strings.TrimPrefix(o.id, "org_"), "showAs", o.showAs)
	}
	lead, support := "牵头部门", "配合部门"
	if x.Lang != "zh" {
		lead, support = "lead department", "supporting department"
	}
	w.leaf("TLCRole", "eId", "lead", "href", "/ontology/role/lead", "showAs", lead)
	w.leaf("TLCRole", "eId", "support", "href", "/ontology/role/support", "showAs", support)
	w.leaf("TLCRole", "eId", "author", "href", "/ontology/role/author", "showAs", "author")
	if original != "" {
		w.leaf("TLCRole", "eId", "translator", "href", "/ontology/role/translator", "showAs", "translator")
	}
	w.leaf("TLCRole", "eId", "publisher", "href", "/ontology/role/publisher", "showAs", "publisher")
	deadline := "完成时限"
	if x.Lang != "zh" {
		deadline = "deadline"
	}
	w.leaf("TLCConcept", "eId", "deadline", "href", "/ontology/concept/deadline", "showAs", deadline)
	w.close("references")
	w.close("meta")
}

// element is the Akoma Ntoso element and name attribute for a kind.
func element(k plan.Kind) (string, string) {
	switch k {
	case plan.KindBook:
		return "book", ""
	case plan.KindChapter:
		return "chapter", ""
	case plan.KindArticle:
		return "article", ""
	case plan.KindPart:
		return "part", ""
	case plan.KindSection:
		return "section", ""
	case plan.KindParagraph:
		return "paragraph", ""
	case plan.KindBullet:
		return "paragraph", "bullet"
	}
	return "hcontainer", string(k)
}

// node writes n and its children. A hierarchical element holds num,
// heading, then its text as content (no children) or as intro before them.
func (w *xw) node(n *export.Node, lang string, orgs *orgIDs) {
	el, name := element(n.Kind)
	attrs := []string{"eId", n.EID}
	if name != "" {
		if el == "hcontainer" {
			attrs = append(attrs, "name", name)
		} else {
			attrs = append(attrs, "class", name)
		}
	}
	w.open(el, attrs...)
	if n.Num != "" {
		w.elem("num", n.Num)
	}
	if n.Heading != "" {
		w.elem("heading", n.Heading)
	}
	body := func() {
		if n.Text != "" {
			if n.Kind == plan.KindNumber {
				w.inline("p", nil, func() { w.elem("docNumber", n.Text) })
			} else {
				w.inline("p", nil, func() { w.text(n.Text) })
			}
		}
		for _, r := range n.Inline {
			w.inline("p", []string{"class", "responsibility inline"}, func() { w.responsibility(r, lang, orgs) })
		}
		if n.Responsibility != nil {
			w.inline("p", []string{"class", "responsibility"}, func() { w.responsibility(n.Responsibility, lang, orgs) })
		}
		w.duties(n)
		w.table(n)
	}
	has := n.Text != "" || n.Responsibility != nil || len(n.Inline) > 0 || n.Deadline != nil || n.Points != "" ||
		len(n.Columns) > 0 || len(n.Rows) > 0 || len(n.Cells) > 0
	switch {
	case len(n.Children) == 0:
		w.open("content")
		if !has {
			w.inline("p", nil, func() {})
		}
		body()
		w.close("content")
	default:
		if has {
			w.open("intro")
			body()
			w.close("intro")
		}
		for _, c := range n.Children {
			w.node(c, lang, orgs)
		}
	}
	w.close(el)
}

// duties writes a task's deadline, as a date where it has one, and its
// score.
func (w *xw) duties(n *export.Node) {
	if d := n.Deadline; d != nil {
		w.inline("p", []string{"class", "deadline"}, func() {
			if d.Date != "" {
				w.inlineElem("date", d.Text, "date", d.Date, "refersTo", "#deadline")
			} else {
				w.text(d.Text)
			}
		})
	}
	if n.Points != "" {
		w.inline("p", []string{"class", "points"}, func() { w.text(n.Points) })
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
			w.open("table", "class", "row")
			w.row("td", n.Cells)
			w.close("table")
		}
		return
	}
	w.open("table")
	if len(n.Columns) > 0 {
		w.row("th", n.Columns)
	}
	for _, r := range n.Rows {
		w.row("td", r)
	}
	w.close("table")
}

func (w *xw) row(cell string, cells []string) {
	w.open("tr")
	for _, c := range cells {
		w.open(cell)
		w.inline("p", nil, func() { w.text(c) })
		w.close(cell)
	}
	w.close("tr")
}

// responsibility writes the parenthetical with each department marked up:
// the Chinese as printed, the English as a list.
func (w *xw) responsibility(r *plan.Responsibility, lang string, orgs *orgIDs) {
	type named struct{ name, role string }
	var ns []named
	for _, d := range r.Lead {
		ns = append(ns, named{d, "#lead"})
	}
	for _, d := range r.Support {
		ns = append(ns, named{d, "#support"})
	}
	org := func(x named) {
		text := x.name
		if lang != "zh" {
			text = orgs.showAs[orgs.id(x.name)]
		}
		w.inlineElem("organization", text, "refersTo", "#"+orgs.id(x.name), "as", x.role)
	}
	if lang == "zh" && r.Raw != "" {
		rest := r.Raw
		for _, x := range ns {
			i := strings.Index(rest, x.name)
			if i < 0 {
				continue
			}
			w.text(rest[:i])
			org(x)
			rest = rest[i+len(x.name):]
		}
		w.text(rest)
		return
	}
	w.text("(")
	for i, x := range ns {
		if i > 0 {
			w.text(", ")
		}
		org(x)
	}
	w.text(")")
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
	if x.Meta.Issuer != "" {
		o.id(x.Meta.Issuer)
	}
	walk(x.Nodes, func(n *export.Node) {
		for _, r := range AllRoles(n) {
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
		id = base + "_" + itoa(i)
	}
	o.used[id] = true
	o.byName[name] = id
	o.showAs[id] = showAs
	o.list = append(o.list, struct{ id, showAs string }{id, showAs})
	return id
}

func itoa(i int) string {
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}
