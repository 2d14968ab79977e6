package site

import (
	"sort"

	"plansite/generator/alias"
	"plansite/generator/cite"
	"plansite/generator/export"
	"plansite/generator/highlight"
	"plansite/generator/opendata"
	"plansite/generator/plan"
)

// Pages and files of the citation issue: the go-to page, the open-data
// page and files, and redirects for retired eIds.
//
//	/<lang>/<slug>/goto/        every passage label → its place (the go-to
//	                            form's target; its script jumps to ?q=)
//	/<lang>/<slug>/data/        the open-data page
//	/<lang>/<slug>/<old eId>/   redirect of a retired eId (content/aliases.yaml)
//	/data/<slug>.csv, .en.csv, /data/<slug>.zh.akn.xml, .en.akn.xml,
//	/data/plan.schema.json, /assets/highlight.css

// citing is the state the citation producers share.
type citing struct {
	aliases alias.Set
	works   map[string]opendata.Work
}

// citeSetup reads content/aliases.yaml and content/works.yaml; it runs
// before the plan pages, which embed the aliases.
func (b *builder) citeSetup() error {
	set, err := alias.Load(b.root, b.docs)
	if err != nil {
		return err
	}
	works, err := opendata.LoadWorks(b.root, b.docs)
	if err != nil {
		return err
	}
	b.citing = citing{aliases: set, works: works}
	return nil
}

// exportOf builds d's JSON export model, as exports does.
func exportOf(d *Doc) *export.Doc {
	return export.New(d.Document, d.Lang, func(n *plan.Node) (string, string, string) {
		v := d.Find(n.EID)
		return v.Heading(), v.PlainText(), v.URL()
	})
}

// openData writes the CSV and Akoma Ntoso files, the schema and the
// highlighting stylesheet into out.
func (b *builder) openData(out map[string][]byte) error {
	css, err := highlight.CSS()
	if err != nil {
		return err
	}
	out[highlight.CSSPath] = css
	out[opendata.SchemaPath] = opendata.Schema
	for _, lang := range Langs {
		for _, d := range b.views[lang] {
			csvName, aknName := dataFile(d, "csv", false), dataFile(d, "akn.xml", true)
			x := exportOf(d)
			names, err := b.departments(d.Document)
			if err != nil {
				return err
			}
			csv, err := opendata.CSV(x, b.cfg.BaseURL, func(zh string) string { return names(zh, "en").name })
			if err != nil {
				return err
			}
			w := b.citing.works[d.Slug]
			original := ""
			if lang != Langs[0] {
				original = w.Identify(d.Document, Langs[0]).Expression
			}
			akn, err := opendata.AKN(x, w.Identify(d.Document, lang), original, accessedDate(), func(zh string) (string, string) {
				n := names(zh, lang)
				return n.slug, n.name
			})
			if err != nil {
				return err
			}
			out[csvName], out[aknName] = csv, akn
		}
	}
	return nil
}

type deptName struct{ slug, name string }

// departments resolves doc's department names through the registry
// (package link), with the resolver of the build's analysis of doc
// (analysis.go), so open data names them as department pages do.
func (b *builder) departments(doc *plan.Document) (func(zh, lang string) deptName, error) {
	a := b.linking.byDoc[doc]
	if a == nil {
		return func(zh, lang string) deptName { return deptName{name: zh} }, nil
	}
	rs := a.Resolver
	return func(zh, lang string) deptName {
		e := rs.Resolve(zh, 0)
		return deptName{slug: e.Slug, name: e.NameIn(lang)}
	}, nil
}

// dataFile is the site path of one of d's files: data/<slug>.csv and
// data/<slug>.en.csv, or with withLang data/<slug>.zh.akn.xml.
func dataFile(d *Doc, ext string, withLang bool) string {
	if withLang || d.Lang != Langs[0] {
		return "data/" + d.Slug + "." + d.Lang + "." + ext
	}
	return "data/" + d.Slug + "." + ext
}

// citePages writes the go-to, open-data and redirect pages.
func (b *builder) citePages() error {
	for _, lang := range Langs {
		for _, d := range b.views[lang] {
			if err := b.page(&Page{Path: d.URL() + "goto/", Lang: lang, Kind: "goto", Title: uiString(lang, "gotoTitle") + " · " + d.Title(), Doc: d}); err != nil {
				return err
			}
			p := &Page{Path: d.URL() + "data/", Lang: lang, Kind: "data", Title: uiString(lang, "openData") + " · " + d.Title(), Doc: d}
			p.prepare = func(*Page) (any, error) { return b.dataPage(d) }
			if err := b.page(p); err != nil {
				return err
			}
			for _, a := range b.citing.aliases.For(d.Slug) {
				if err := b.redirect(d, a); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// redirect writes the page at a retired eId's path. It is left out of the
// sitemap: search engines should index the new page, which the redirect's
// rel=canonical names.
func (b *builder) redirect(d *Doc, a alias.Alias) error {
	n := d.Find(a.New)
	p := &Page{Path: d.URL() + a.Old + "/", Lang: d.Lang, Kind: "redirect", Title: uiString(d.Lang, "redirectTitle"), Doc: d, Node: n}
	if err := b.page(p); err != nil {
		return err
	}
	b.pages = b.pages[:len(b.pages)-1]
	return nil
}

// GotoEntry is one line of the go-to page.
type GotoEntry struct {
	Node  *Node
	Label string // the short label, 二（一）3
	Cite  string // the citation label, 第二部分（一）3
	Key   string // the go-to key, 2.1.3
}

// Title is the passage's heading, or the start of its text when it has
// none (paragraphs).
func (e GotoEntry) Title() string {
	if h := e.Node.Heading(); h != "" {
		return h
	}
	return clipRunes(e.Node.PlainText(), 40)
}

// GotoEntries lists every passage with a label, in document order.
func (d *Doc) GotoEntries() []GotoEntry {
	var es []GotoEntry
	var walk func([]*Node)
	walk = func(ns []*Node) {
		for _, n := range ns {
			if k := cite.Key(n.Node); k != "" {
				es = append(es, GotoEntry{Node: n, Label: n.Label(), Cite: n.CiteLabel(), Key: k})
			}
			walk(n.Children)
		}
	}
	walk(d.Nodes)
	return es
}

// GotoMap is what the go-to script resolves a query against: go-to keys,
// every eId, and retired eIds with their successors.
type GotoMap struct {
	Keys  map[string]string `json:"keys"`  // go-to key → eId
	IDs   []string          `json:"ids"`   // current eIds
	Moved map[string]string `json:"moved"` // retired eId → current eId
}

// GotoMap builds the go-to map of d.
func (d *Doc) GotoMap() GotoMap {
	m := GotoMap{Keys: map[string]string{}, Moved: map[string]string{}}
	for _, e := range d.GotoEntries() {
		if _, dup := m.Keys[e.Key]; !dup {
			m.Keys[e.Key] = e.Node.EID
		}
	}
	for eid := range d.byEID {
		m.IDs = append(m.IDs, eid)
	}
	sort.Strings(m.IDs)
	if b := d.builder(); b != nil {
		for _, a := range b.citing.aliases.For(d.Slug) {
			m.Moved[a.Old] = a.New
		}
	}
	return m
}
