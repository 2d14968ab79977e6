package site

import (
	"slices"
	"strings"

	"plansite/generator/link"
	"plansite/generator/link/dept"
	"plansite/generator/plan"
	"plansite/generator/search"
	"plansite/generator/view"
)

// searchDocs turns the plans of one language into what package search
// indexes (searchDoc of each).
func (b *builder) searchDocs(lang string) []search.Doc {
	var out []search.Doc
	for i := range b.views[lang] {
		out = append(out, b.searchDoc(lang, i))
	}
	return out
}

// searchDoc turns plan i of one language into what package search
// indexes: every node with a heading or text is a passage (a table's row
// by its cells), read through the
// page views (so the English index holds the translation, and a unit not
// yet translated the Chinese the page shows), with its departments under
// their names in lang and every name of both languages as aliases, a key
// project's names in both languages, and in Chinese its targets. Every passage
// is linked on its plan page at #eId, where every node carries its eId as
// id, so the arrival highlight finds it in context.
func (b *builder) searchDoc(lang string, i int) search.Doc {
	d := b.views[lang][i]
	other := b.views[otherLang(lang)][i]
	var a *link.Analysis
	if b.linking != nil {
		a = b.linking.byDoc[d.Document]
	}
	targets := map[string][]string{}
	if a != nil && lang == "zh" {
		// Targets are extracted from the Chinese and printed in the
		// plan's words; the English text carries the same numbers.
		for _, t := range a.Targets {
			targets[t.EID] = append(targets[t.EID], t.Indicator+t.Printed)
		}
	}
	doc := search.Doc{Slug: d.Slug, Title: d.Title(), Note: b.namesake(lang, i), URL: searchSiteRel(d.URL()), Issuers: b.issuerNames(d),
		// A plan with nothing translated shows the Chinese on the
		// English side: its passages named by number come last there.
		Untranslated: lang != view.SourceLang && d.TranslationStatus().Translated == 0}
	gm := d.GotoMap()
	doc.Goto, doc.Moved, doc.Ambiguous = gm.Keys, gm.Moved, gm.Ambiguous
	// A plan of 25,000 tasks has 44,000 passages: room for them all at
	// once, not twice that as append grows, and one department's names
	// shared by every passage naming it.
	nodes := 0
	d.Walk(func(*plan.Node) bool { nodes++; return true })
	doc.Passages = make([]search.Passage, 0, nodes)
	depts := departmentNames{}
	included := map[*plan.Node]bool{}
	d.Walk(func(pn *plan.Node) bool {
		n := d.Find(pn.EID)
		heading, text := n.Heading(), n.PlainText()
		if text == "" && pn.DataRow() && len(pn.Rows) > 0 {
			// A table's row (表1第3行) is found by its cells, as printed.
			text = strings.Join(pn.Rows[0], " ")
		}
		if heading == "" && text == "" {
			return true
		}
		included[pn] = true
		p := search.Passage{EID: n.EID, Kind: string(n.Kind), Label: searchLabel(d, n), Heading: heading, Text: text,
			Targets: targets[n.EID]}
		for up := pn.Parent; up != nil; up = up.Parent {
			if included[up] {
				p.Parent = up.EID
				break
			}
		}
		if a != nil {
			p.Departments = depts.of(a.Responsible(pn), lang)
		}
		// A key project is found by its names in both languages. The
		// tasks it is linked to are not: a project's name would then
		// lift every task it carries out above the project itself
		// (its permalink page lists them).
		if n.Kind == plan.KindProject {
			p.Projects = append(p.Projects, searchProject(d, other, n.EID))
		}
		doc.Passages = append(doc.Passages, p)
		return true
	})
	return doc
}

// departmentNames are the departments of one plan's passages as the
// index names them, each made once (departmentNames.of).
type departmentNames map[dept.Assignment]search.Department

// of names the departments of a responsibility list in lang, the lead
// first, with every Chinese and English name of each as aliases, so that
// 教育局 and "education bureau" both find 区教体局's tasks.
func (m departmentNames) of(as []dept.Assignment, lang string) []search.Department {
	var out []search.Department
	for _, as := range as {
		dep, ok := m[as]
		if !ok {
			dep = searchDepartment(as, lang)
			m[as] = dep
		}
		out = append(out, dep)
	}
	return out
}

// searchDepartment names one department of a responsibility list in lang.
func searchDepartment(as dept.Assignment, lang string) search.Department {
	dep := search.Department{Name: as.Written, Lead: as.Role == dept.RoleLead}
	if e := as.Dept; e != nil {
		if lang != "zh" {
			dep.Name = e.NameIn(lang)
		}
		names := append([]string{as.Written, e.Name, e.Full}, e.Aliases...)
		names = append(append(names, e.EN), e.ENAliases...)
		if e.EN == "" {
			names = append(names, e.ByRule, e.Pinyin)
		}
		dep.Aliases = searchAliases(dep.Name, names)
	}
	return dep
}

// searchProject is the key project eid of d, named in d's language and
// found by its name in the other language too.
func searchProject(d, other *view.Doc, eid string) search.Project {
	pr := search.Project{Name: d.Find(eid).Heading()}
	if o := other.Find(eid); o != nil {
		pr.Aliases = searchAliases(pr.Name, []string{o.Heading()})
	}
	return pr
}

// searchAliases returns names without blanks, repeats and name itself.
func searchAliases(name string, names []string) []string {
	var out []string
	for _, n := range names {
		if n != "" && n != name && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// searchGlossary reads content/glossary.yaml as search terms.
func searchGlossary(b *builder) ([]search.Term, error) {
	gl := b.glossary()
	if gl.err != nil {
		return nil, gl.err
	}
	terms := gl.terms
	out := make([]search.Term, 0, len(terms))
	for _, t := range terms {
		out = append(out, search.Term{Zh: t.ZH, En: t.EN, AliasesZh: t.AliasesZH, AliasesEn: t.AliasesEN, Plans: t.Plans})
	}
	return out, nil
}

// searchSiteRel is a site path without its leading slash, as the index stores
// URLs relative to the site root.
func searchSiteRel(p string) string { return p[1:] }
