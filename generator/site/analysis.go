package site

import (
	"bytes"
	"fmt"
	"maps"
	"runtime"
	"slices"

	"golang.org/x/sync/errgroup"

	"plansite/generator/alias"
	"plansite/generator/export"
	"plansite/generator/opendata"
	"plansite/generator/textfile"

	"plansite/generator/link"
	"plansite/generator/link/dept"
	"plansite/generator/link/docref"
	"plansite/generator/plan"
	"plansite/generator/translate"
	"plansite/generator/view"
)

// The editors' files package link reads: the department registry and the
// key project ↔ task decisions.
const (
	deptFile = "content/departments.yaml"
	linkFile = "content/links.yaml"
)

// linking is what package link derives for one build: an analysis per
// plan (departments, matrix, key project ↔ task links, targets) and the
// departments index over all plans.
type linking struct {
	byDoc      map[*plan.Document]*link.Analysis
	index      []*dept.Department // every plan's departments, by load
	reg, edits []byte             // the editors' files they were made from
	registry   *dept.Registry
	links      *link.Edits
	analyzers  map[string]*link.Analyzer // by plan file
	refs       *docref.Index             // references between the plans
	catalog    []docref.Doc              // the plans' titles and numbers refs were found by
	refsByDoc  map[*plan.Document]docRefs
}

// analyze runs link.Analyze once per plan and load. Analysing a plan
// costs tens of milliseconds, much of a preview save's budget, so what
// prev, the preview's last load, made is used again where its inputs are
// the same: the parsed registry and link file while their bytes are; a
// plan's analysis while it is the same parsed document (which a seed's
// content stands for: DocCache) and the two files are unchanged; and each
// plan file's link.Analyzer, which analyses an edited plan redoing only
// the work on the texts the edit touched.
func (b *builder) analyze(prev *builder) error {
	reg, err := textfile.Read(b.root, deptFile)
	if err != nil {
		return err
	}
	edits, err := textfile.Read(b.root, linkFile)
	if err != nil {
		return err
	}
	var last *linking
	if prev != nil && prev.linking != nil && bytes.Equal(prev.linking.reg, reg) && bytes.Equal(prev.linking.edits, edits) &&
		slices.Equal(prev.strings.Subjects, b.strings.Subjects) && bytes.Equal(prev.glossary().raw, b.glossary().raw) {
		// The vocabulary of subjects and the glossary say ad hoc
		// bodies' missions (Registry.Missions): names are made anew
		// when they change.
		last = prev.linking
	}
	l := &linking{byDoc: map[*plan.Document]*link.Analysis{}, analyzers: map[string]*link.Analyzer{}, reg: reg, edits: edits}
	if last != nil {
		l.registry, l.links = last.registry, last.links
	} else {
		if l.registry, err = dept.ParseRegistry(deptFile, orEmptyList(reg)); err != nil {
			return err
		}
		l.registry.Missions = view.MissionEnglish(b.Glossary(), b.strings.Subjects)
		if l.links, err = link.ParseEdits(linkFile, edits); err != nil {
			return err
		}
	}
	all := make([]*link.Analysis, len(b.docs))
	zs := make([]*link.Analyzer, len(b.docs))
	for i, d := range b.docs {
		if last != nil {
			all[i] = last.byDoc[d]
		}
		if !b.once {
			// A build run once loads nothing after: it keeps no
			// analyzer for the next load.
			z := l.analyzers[d.File]
			if z == nil && prev != nil && prev.linking != nil {
				z = prev.linking.analyzers[d.File]
			}
			if z == nil {
				z = link.NewAnalyzer()
			}
			l.analyzers[d.File] = z
			zs[i] = z
		}
	}
	// The plans are analysed side by side: each reads only its own
	// document, the registry and the link file.
	errs := make([]error, len(b.docs))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, d := range b.docs {
		if all[i] != nil {
			continue
		}
		g.Go(func() error {
			if zs[i] == nil {
				all[i], errs[i] = link.Analyze(d, l.registry, l.links)
			} else {
				all[i], errs[i] = zs[i].Analyze(d, l.registry, l.links)
			}
			return nil
		})
	}
	g.Wait()
	for i, d := range b.docs {
		if errs[i] != nil {
			return errs[i]
		}
		l.byDoc[d] = all[i]
		b.warnings = append(b.warnings, all[i].Warnings...)
	}
	b.warnings = append(b.warnings, unknownLinkPlans(l.links, b.docs)...)
	l.index = link.Departments(all...)
	var lastRefs *linking
	if prev != nil {
		lastRefs = prev.linking
	}
	b.warnings = append(b.warnings, l.references(b.docs, lastRefs)...)
	b.linking = l
	return nil
}

// unknownLinkPlans warns of each plan content/links.yaml decides links
// for that seeds/ lacks: its decisions apply to nothing, and a seed
// renamed would otherwise lose them without a word (its key projects'
// links back to what the analyzer finds alone).
func unknownLinkPlans(e *link.Edits, docs []*plan.Document) []plan.Warning {
	known := map[string]bool{}
	for _, d := range docs {
		known[d.Slug] = true
	}
	var ws []plan.Warning
	for _, slug := range slices.Sorted(maps.Keys(e.Lines)) {
		if !known[slug] {
			ws = append(ws, plan.Warning{File: e.File, Line: e.Lines[slug],
				Msg: fmt.Sprintf("no plan %q in seeds/: its %d link decisions apply to nothing (was the seed renamed?)", slug, len(e.Docs[slug]))})
		}
	}
	return ws
}

// docRefs are a plan's references to the others, and warnings of those
// that could not say which plan they name.
type docRefs struct {
	refs     []docref.Ref
	warnings []plan.Warning
}

// references finds the references between the plans of docs and returns
// the warnings of those that could not say which plan they name. A plan's
// references change with the others' titles and numbers: they are last's,
// the preview's last load's, again only while the plan is the same parsed
// document and every plan's title and number are as they were. (Finding a
// plan's reads only the text that quotes a title or a number, yet in a
// library of 34 plans it was a tenth of a save's load.)
func (l *linking) references(docs []*plan.Document, last *linking) []plan.Warning {
	l.catalog = make([]docref.Doc, len(docs))
	for i, d := range docs {
		l.catalog[i] = docref.Doc{Slug: d.Slug, Title: d.Meta.Title, NoticeTitle: d.Meta.NoticeTitle, Number: d.Meta.DocumentNumber}
	}
	if last != nil && !slices.Equal(last.catalog, l.catalog) {
		last = nil
	}
	c := docref.NewCatalog(l.catalog)
	l.refsByDoc = make(map[*plan.Document]docRefs, len(docs))
	var refs []docref.Ref
	var warnings []plan.Warning
	for _, d := range docs {
		r, ok := docRefs{}, false
		if last != nil {
			r, ok = last.refsByDoc[d]
		}
		if !ok {
			r.refs, r.warnings = c.Find(d.Slug, d)
		}
		l.refsByDoc[d] = r
		refs = append(refs, r.refs...)
		warnings = append(warnings, r.warnings...)
	}
	l.refs = docref.NewIndex(refs)
	return warnings
}

// orEmptyList stands in an empty list for a missing registry.
func orEmptyList(data []byte) []byte {
	if len(bytes.TrimSpace(data)) == 0 {
		return []byte("[]")
	}
	return data
}

// linkExport is what package link adds to a plan's JSON export:
// departments, key project ↔ task links and targets (link.ExportDepartment,
// ExportLink, ExportTarget), each target with the url of its passage in
// the export's language, each link's reason worded from content/i18n.
func (b *builder) linkExport(d *view.Doc) map[string]any {
	a := b.linking.byDoc[d.Document]
	if a == nil {
		return nil
	}
	// The targets are made as they are written: a plan of 25,000 tasks
	// has over 100,000, which took 70 MB made all at once.
	targets := export.List{N: len(a.Targets), At: func(i int) any {
		t := exportTarget{ExportTarget: link.ExportTargetOf(a.Targets[i])}
		if n := d.Find(t.EID); n != nil {
			t.URL = n.URL()
		}
		return t
	}}
	explain := func(l *link.Link, lang string) string {
		return view.Explain(func(key string) string { return b.T(lang, key) }, l, lang)
	}
	m := map[string]any{"departments": a.ExportDepartments(), "links": a.ExportLinks(explain), "targets": targets}
	// References between plans only where there are some: a plan of its
	// own keeps the export it had.
	var refs []exportRef
	d.WalkViews(func(n *view.Node) {
		for _, r := range n.Refs() {
			refs = append(refs, exportRefOf(n.EID, r, true))
		}
	})
	if len(refs) > 0 {
		m["references"] = refs
	}
	var by []exportRef
	for _, r := range d.CitedBy() {
		by = append(by, exportRefOf(r.Node.EID, r, false))
	}
	if len(by) > 0 {
		m["citedBy"] = by
	}
	if t := d.Term(); t != (view.Term{}) {
		m["term"] = exportTerm{Effective: t.Effective, Expires: t.Expires}
	}
	return m
}

// exportTerm is a rule's own term of force in the JSON export (view.Term),
// where its text gives one.
type exportTerm struct {
	Effective string `json:"effective,omitempty"`
	Expires   string `json:"expires,omitempty"`
}

// exportRef is a reference between plans of the library in the JSON
// export: in "references", a passage of the plan (EID) naming another plan
// (Plan) or its passage (Passage); in "citedBy", a passage (EID) of
// another plan (Plan) naming this one. URL is the other end's page.
type exportRef struct {
	EID     string `json:"eId"`
	Plan    string `json:"plan"`
	Passage string `json:"passage,omitempty"`
	URL     string `json:"url"`
	Repeals bool   `json:"repeals,omitempty"`
}

// exportRefOf is r as the export gives it: from the passage eid of the
// plan to the passage r names (named), or from r's passage to the plan.
func exportRefOf(eid string, r view.DocRef, named bool) exportRef {
	x := exportRef{EID: eid, Plan: r.Doc.Slug, URL: r.URL, Repeals: r.Repeals}
	if named && r.Node != nil {
		x.Passage = r.Node.EID
	}
	return x
}

// exportTarget is a target of the JSON export with its passage's url.
type exportTarget struct {
	link.ExportTarget
	URL string `json:"url"`
}

// The builder is the site its views read (view.Site).

// Analysis is doc's link analysis.
func (b *builder) Analysis(doc *plan.Document) *link.Analysis {
	if b.linking == nil {
		return nil
	}
	return b.linking.byDoc[doc]
}

// Work is the plan's entry in works.yaml.
func (b *builder) Work(slug string) opendata.Work { return b.citing.works[slug] }

// Aliases are the plan's retired eIds.
func (b *builder) Aliases(slug string) []alias.Alias { return b.citing.aliases.For(slug) }

// References are the references between the library's plans.
func (b *builder) References() *docref.Index {
	if b.linking == nil {
		return nil
	}
	return b.linking.refs
}

// Plan is the view in lang of the library's plan slug, or nil.
func (b *builder) Plan(lang, slug string) *view.Doc {
	for _, d := range b.views[lang] {
		if d.Slug == slug {
			return d
		}
	}
	return nil
}

// View is doc's view in lang.
func (b *builder) View(lang string, doc *plan.Document) *view.Doc {
	if i, ok := b.order[doc]; ok {
		return b.views[lang][i]
	}
	return nil
}

// TargetUnits are the plan's target indicator units in lang, read when the
// project was loaded (loadTargetUnits).
func (b *builder) TargetUnits(lang, slug string) map[string]translate.TargetUnit {
	return b.targets[lang+"/"+slug]
}

// BaseURL is content/site.yaml's baseURL.
func (b *builder) BaseURL() string { return b.cfg.BaseURL }

// T is an interface string (content/i18n).
func (b *builder) T(lang, key string) string { return b.strings.T(lang, key) }

// TargetWords are the targets page's words (content/i18n/targets.yaml).
func (b *builder) TargetWords() *view.TargetWords { return &b.strings.Targets }

// Kinds are the kinds of documents by their titles (content/i18n/kinds.yaml).
func (b *builder) Kinds() view.Kinds { return b.strings.Kinds }

// Subjects are plans' subjects, for titles by rule (content/i18n/subjects.yaml).
func (b *builder) Subjects() view.Subjects { return b.strings.Subjects }
