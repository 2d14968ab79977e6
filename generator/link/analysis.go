// Package link makes departments, key projects and targets first-class.
// It owns the key project ↔ task links (candidates, the editors' link file
// content/links.yaml, evidence and reasons) and the Analysis that puts a
// document's three analyses together; the others are its sub-packages,
// each usable alone:
//
//   - link/dept: the department registry (content/departments.yaml), the
//     resolution of the names a plan writes, who leads and supports which
//     task, the departments index across plans and the responsibility
//     matrix (and its SVG);
//   - link/target: the plan's quantitative and dated commitments;
//   - link/docref: where a plan names another plan of the library (by
//     title, notice title or document number), the passage it names and
//     whether it repeals it: across plans, so the site runs it over the
//     whole library rather than in Analyze.
//
// The imports go one way: target and link use dept; link uses target.
// Everything is a pure function of a parsed *plan.Document, the registry
// and the editors' link file:
//
//	reg, err := dept.Load(fsys, "content/departments.yaml")
//	edits, err := link.ParseEdits("content/links.yaml", data)
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
// a.Departments, a.Matrix (and a.Matrix.SVG(lang, words, labels)),
// a.Responsible(node) and a.Segments(node) (a responsibility parenthetical
// split into text and linked names), all of the embedded
// *dept.Responsibilities, and a.Links.OfProject(eId), a.Links.OfTask(eId),
// a.Targets and the export's members (ExportDepartments, ExportLinks,
// ExportTargetOf) are what the site and the JSON export range over. Loaders fail with a
// pos.List, each naming file:line; Analyze fails only when the link file
// names an eId the document lacks. Unknown departments and unreviewed links
// are a.Warnings, with file:line.
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
// editors' reason, which package view words in a sentence (view.Explain).
package link

import (
	"plansite/generator/link/dept"
	"plansite/generator/link/target"
	"plansite/generator/plan"
)

// Analysis is everything this package derives from one document: who is
// responsible for what and the responsibility matrix (package dept), the
// key project ↔ task links (this package) and the targets (package
// target). Build it with Analyze; the site ranges over its fields.
type Analysis struct {
	*dept.Responsibilities
	Links    *Links
	Targets  []*target.Target
	Warnings []plan.Warning // unknown departments, unreviewed link candidates

	z *Analyzer // during Analyze
}

// Analyze derives departments, matrix, links and targets from doc, using
// the registry and the editors' link decisions (edits may be nil). It fails
// with a pos.List only when the link file names eIds the document lacks.
func Analyze(doc *plan.Document, reg *dept.Registry, edits *Edits) (*Analysis, error) {
	return analyzeWith(doc, reg, edits, NewAnalyzer())
}

func analyzeWith(doc *plan.Document, reg *dept.Registry, edits *Edits, z *Analyzer) (*Analysis, error) {
	a := &Analysis{Responsibilities: dept.Assign(doc, reg), z: z}
	defer func() { a.z = nil }()
	links, err := a.links(edits)
	if err != nil {
		return nil, err
	}
	a.Links = links
	a.Targets = target.Of(doc, a.Lead,
		func(text string) []target.Target { return z.targets.get(text, target.Extract) },
		func(heading string) bool { return z.review.get(heading, target.IsReview) })
	a.Warnings = append(a.Resolver.Warnings, a.Links.Warnings...)
	return a, nil
}

// Departments merges the departments of the analysed documents into the
// departments index (dept.Departments).
func Departments(analyses ...*Analysis) []*dept.Department {
	rs := make([]*dept.Responsibilities, len(analyses))
	for i, a := range analyses {
		rs[i] = a.Responsibilities
	}
	return dept.Departments(rs...)
}
