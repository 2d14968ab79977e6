// Package link makes departments, key projects and targets first-class:
// it resolves the departments a plan names against the department
// registry, says who leads and supports which task, draws the
// responsibility matrix, links key projects to the tasks they carry out,
// and extracts the plan's quantitative and dated commitments.
//
// Everything is a pure function of a parsed *plan.Document, the registry
// and the editors' link file:
//
//	reg, err := link.Load(fsys, "content/departments.yaml")
//	edits, err := link.LoadEdits(fsys, "content/links.yaml")
//	a, err := link.Analyze(doc, reg, edits) // one per document
//	index := link.Departments(a1, a2)       // departments of all documents, by load
//
// A link.Analyzer analyses successive parses of one document (the preview
// server's, after each save), redoing only what an edit touched; its
// analyses are those of Analyze:
//
//	z := link.NewAnalyzer()                // one per plan file, kept between builds
//	a, err := z.Analyze(doc, reg, edits)   // doc: the latest parse
//
// a.Departments, a.Matrix (and a.Matrix.SVG(lang)), a.Links.OfProject(eId),
// a.Links.OfTask(eId), a.Targets, a.Responsible(node), a.Segments(node) (a
// responsibility parenthetical split into text and linked names) and
// a.Export() are what the site and the JSON export range over. Loaders
// fail with a pos.List, each naming file:line; Analyze fails only when the
// link file names an eId the document lacks. Unknown departments and
// unreviewed links are a.Warnings, with file:line.
//
// # Department registry (content/departments.yaml)
//
// A YAML list, one mapping per department:
//
//	# content/departments.yaml
//	- name: 区教体局                 # canonical Chinese name as plans write it (required)
//	  full: 淄川区教育和体育局         # full official name
//	  aliases: [区教育和体育局, 教育局]  # other Chinese forms, resolved like the name
//	  en: District Education and Sports Bureau   # English name (required)
//	  en_aliases: [Education Bureau] # English forms a searcher may type
//	  kind: government               # party | government | people | other
//	  scope: zichuan                 # whose plans use the name; omit for all plans
//	  slug: education-sports-bureau  # ASCII, lower case, hyphens; unique in the file
//
// Names and aliases are unique within a scope (the same short name, 省教育厅,
// is a different body in Shandong and Anhui); a document's scope is the one
// that recognises most of its responsibility names. A name the registry
// lacks gets an entry with a pinyin slug (区教体局 → qu-jiao-ti-ju), no
// English name (NameIn("en") falls back to the pinyin) and a warning at the
// plan's file:line. Department pages live at /<lang>/departments/<slug>/.
//
// # Roles
//
// A responsibility list (plan.Responsibility) names a lead and supporting
// departments. A task is a node with a list, key projects apart; it is
// grouped under its parent (section, part or table) on department pages
// and in the matrix. Counts tell tasks and key projects led and supported.
//
// # Link file (content/links.yaml)
//
// Candidates are computed for every key project: tasks whose heading and
// text share the project name's bigrams (weighted by rarity, more in the
// heading), the content's bigrams, and departments. Editors decide:
//
//	<document slug>:
//	  <project eId>:
//	    confirm: [{task: <eId>, reason: 中文理由, reason_en: English reason}]
//	    reject:  [{task: <eId>, reason: …}]
//	    add:     [{task: <eId>, reason: …}]
//
// Every entry needs a reason (reason_en is optional). Published links are
// confirmed, added, or suggested (computed, undecided: the build warns).
// Each carries its evidence (shared terms, shared departments) and the
// editors' reason; Link.Explain(lang) says it in a sentence.
//
// # Targets
//
// A Target is a commitment found in a node's text: a quantity (55%, 95%以上,
// 超过65%, 90％, 1—2项, 3-5个, 至少一所, 每周不少于1课时), a change (每年降低不少于1个
// 百分点, 年均增长10%左右), a ratio (每5所幼儿园配备1名), a benchmark (不低于当地公务员
// 平均工资收入水平, 只增不减) or a deadline alone (到2025年, 2022年年底前, 力争2024年,
// 三年内). Fields: Indicator (the plan's words), Comparator (≥ > ≈ ≤ < =, empty
// for a deadline alone), Value (normalised: "55", "1–2", or a benchmark),
// Low/High, Unit, Change (increase, decrease, no-decrease), Per (每年, 年均,
// 每5所幼儿园), Deadline ("2025", "2022-12-31", "P3Y"), DeadlineText, Strive
// (力争/争取/努力), Printed, Sentence, EID and Lead (the lead department of the
// node or its nearest ancestor with a list). Numbers inside quotes, book
// titles and document numbers (“十四五”, “1530”, 《…2035年…》, 〔2022〕), glued to
// Latin letters (5G, IPv6, 1+X), ordinals (第十四个), years (十五年一贯制),
// conditions (超过1000人规模的) and Chinese numerals outside a commitment
// (一批, 五育) are not targets; nor is the review of achievements (发展基础).
package link

import (
	"plansite/generator/plan"
)

// Analysis is everything this package derives from one document: who is
// responsible for what, the responsibility matrix, the key project ↔ task
// links and the targets. Build it with Analyze; the site ranges over its
// fields.
type Analysis struct {
	Doc         *plan.Document
	Resolver    *Resolver
	Tasks       []*plan.Node  // nodes with a responsibility list, key projects excluded, in document order
	Departments []*Department // this document's departments, by load
	Matrix      *Matrix
	Links       *Links
	Targets     []*Target
	Warnings    []plan.Warning // unknown departments, unreviewed link candidates

	assignments map[*plan.Node][]Assignment
	z           *Analyzer // during Analyze
}

// Analyze derives departments, matrix, links and targets from doc, using
// the registry and the editors' link decisions (edits may be nil). It fails
// with a pos.List only when the link file names eIds the document lacks.
func Analyze(doc *plan.Document, reg *Registry, edits *Edits) (*Analysis, error) {
	return analyzeWith(doc, reg, edits, NewAnalyzer())
}

func analyzeWith(doc *plan.Document, reg *Registry, edits *Edits, z *Analyzer) (*Analysis, error) {
	a := &Analysis{Doc: doc, Resolver: NewResolver(reg, doc), assignments: map[*plan.Node][]Assignment{}, z: z}
	defer func() { a.z = nil }()
	doc.Walk(func(n *plan.Node) bool {
		// The closing list first, so its lead is the node's (Lead) and
		// Segments finds its names in Resp.Raw; then the lists printed
		// inside the text.
		var rs []*plan.Responsibility
		if n.Resp != nil {
			rs = append(rs, n.Resp)
		}
		rs = append(rs, n.Inline...)
		if len(rs) == 0 {
			return true
		}
		for _, r := range rs {
			for _, name := range r.Lead {
				a.assignments[n] = append(a.assignments[n], Assignment{Dept: a.Resolver.Resolve(name, n.Line), Role: RoleLead, Written: name})
			}
			for _, name := range r.Support {
				a.assignments[n] = append(a.assignments[n], Assignment{Dept: a.Resolver.Resolve(name, n.Line), Role: RoleSupport, Written: name})
			}
		}
		if n.Kind != plan.KindProject {
			a.Tasks = append(a.Tasks, n)
		}
		return true
	})
	a.Departments = Departments(a)
	a.Matrix = a.matrix()
	links, err := a.links(edits)
	if err != nil {
		return nil, err
	}
	a.Links = links
	a.Targets = a.targets()
	a.Warnings = append(a.Resolver.Warnings, a.Links.Warnings...)
	return a, nil
}

// Responsible returns the departments named in n's responsibility list, the
// lead first, or nil when n has no list.
func (a *Analysis) Responsible(n *plan.Node) []Assignment { return a.assignments[n] }

// Lead returns the department that leads n: the first lead of n's own list
// or of its nearest ancestor with one; failing a lead, the first department
// named. It returns nil when no list covers n.
func (a *Analysis) Lead(n *plan.Node) *Entry {
	for m := n; m != nil; m = m.Parent {
		as := a.assignments[m]
		if len(as) > 0 {
			return as[0].Dept
		}
	}
	return nil
}

// Department returns this document's department with the slug, or nil.
func (a *Analysis) Department(slug string) *Department {
	for _, d := range a.Departments {
		if d.Slug == slug {
			return d
		}
	}
	return nil
}
