package view

import (
	"cmp"
	"html/template"
	"os"
	"slices"
	"strconv"
	"sync"
	"time"

	"plansite/generator/cite"
	"plansite/generator/translate"
)

// Citations (package cite) as pages show them: templates/partials/cite.html
// renders a cite control for every node Citable reports, from the methods
// below.

// AccessedDate is the date of citation printed in every citation: the day
// of the build in China Standard Time, or SOURCE_DATE_EPOCH's day for a
// reproducible build. The page's script replaces it with the reader's day.
func AccessedDate() string {
	t := time.Now()
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		if sec, err := strconv.ParseInt(s, 10, 64); err == nil {
			t = time.Unix(sec, 0)
		}
	}
	return t.In(time.FixedZone("CST", 8*3600)).Format("2006-01-02")
}

// CiteLabel is the node's citation label (第二部分（一）3, Part II (1) 3).
func (n *Node) CiteLabel() string { return n.labelsOf().cite }

// makeCiteTerms is the glossary as cite.Terms (Doc.citeTerms): the English
// editors fixed for a term or any of its Chinese forms, which labels name
// a grouped project's kind of work by (河道综合治理工程 → comprehensive
// river improvement projects). Made once per plan and language.
func (d *Doc) makeCiteTerms() cite.Terms {
	if d.site == nil {
		return nil
	}
	return translate.CiteTerms(translate.TermsFor(d.site.Glossary(), d.Slug))
}

// AbsURL is the node's permalink as an absolute URL.
func (n *Node) AbsURL() string { return n.Doc.Absolute(n.URL()) }

// Citations are the node's references, the page's language first. They
// are the same on every page that shows the node: its view (Shown) keeps
// them for the pages that show it.
func (n *Node) Citations() []cite.Citation {
	var cs []cite.Citation
	for _, lang := range citeLangs(n.Doc.Lang) {
		d := n.Doc.InLang(lang)
		v := d.Find(n.EID)
		if v == nil {
			continue
		}
		var label string
		if d.Lang == lang {
			label = v.CiteLabel() // kept with v
		} else { // no view in lang (outside a build)
			label = cite.LabelIn(n.Node, lang, d.citeTerms())
		}
		cs = append(cs, cite.Format(d.citeWork(), label, n.Doc.Absolute(v.URL()), AccessedDate(), lang))
	}
	return cs
}

// Citation is the plan's reference as a whole, in the document's language.
func (d *Doc) Citation() cite.Citation {
	return cite.Format(d.citeWork(), "", d.Absolute(d.URL()), AccessedDate(), d.Lang)
}

// AbsURL is the plan page as an absolute URL.
func (d *Doc) AbsURL() string { return d.Absolute(d.URL()) }

// Citations are the plan's references as a whole, the document's language
// first.
func (d *Doc) Citations() []cite.Citation {
	var cs []cite.Citation
	for _, lang := range citeLangs(d.Lang) {
		cs = append(cs, d.InLang(lang).Citation())
	}
	return cs
}

func citeLangs(first string) []string {
	return append([]string{first}, slices.DeleteFunc(Langs(), func(l string) bool { return l == first })...)
}

// makeCiteWork is the document as its citations name it in d's language
// (Doc.citeWork). Every citation of every node needs it, and finding the
// translated notice title, issuer and number walks the whole document, so
// it is worked out once per build.
func (d *Doc) makeCiteWork() cite.Work {
	// The plan's own title, with the notice's number: see package cite.
	title := cmp.Or(d.citeTitle(), d.NoticeTitle())
	// A translation may render the document number (Chuan Zheng Fa [2022]
	// No. 10); cite.Format romanises it when it does not.
	number := d.DocumentNumber()
	return cite.Work{Issuer: d.Issuer(), Title: title, Number: number, NumberEN: cite.RomanizeNumber(number), Date: d.Meta.Date}
}

// InLang is the same plan in another language, or d when there is none.
func (d *Doc) InLang(lang string) *Doc {
	if lang == d.Lang {
		return d
	}
	if d.site != nil {
		if o := d.site.View(lang, d.Document); o != nil {
			return o
		}
	}
	return d
}

// Absolute turns a site path into a URL under content/site.yaml's baseURL.
func (d *Doc) Absolute(sitePath string) string {
	if d.site != nil {
		return d.site.BaseURL() + sitePath
	}
	return sitePath
}

// Citing is what a node's cite panels print of it besides its link: its
// citations as rows, with the strings around them. It is the same on
// every page that shows the node, so pages print it once (the template
// function once) and keep what they printed with it, for as long as the
// node's view is kept.
//
// Its rows are made by Make, before they are first printed, not with the
// view: a view made for a page that shows the node without its citations
// (side by side, a department's tasks) may be collected before any page
// prints them, and a node's citations were two thirds of what making its
// view cost.
type Citing struct {
	UI   *NodeUI
	Rows []CiteRow // the node's Citations as printed, once Make has made them

	node   *Node
	mu     sync.Mutex
	made   bool
	prints printCache
}

// Make makes c's Rows, the first time: call it before printing them.
func (c *Citing) Make() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.made && c.node != nil {
		c.Rows = citeRows(c.node.Citations(), c.UI)
	}
	c.made = true
}

// Printed is what the template name of the template set set printed of
// c, if it did.
func (c *Citing) Printed(set any, name string) (template.HTML, bool) { return c.prints.get(set, name) }

// KeepPrinted keeps what the template name of set printed of c.
func (c *Citing) KeepPrinted(set any, name string, h template.HTML) { c.prints.keep(set, name, h) }
