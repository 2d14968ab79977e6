package link

import (
	"cmp"
	"slices"
	"strconv"

	"plansite/generator/link/dept"
	"plansite/generator/plan"
)

// Status says where a key project ↔ task link comes from.
type Status string

// Link statuses.
const (
	StatusConfirmed Status = "confirmed" // computed and confirmed by an editor
	StatusAdded     Status = "added"     // added by an editor
	StatusSuggested Status = "suggested" // computed, not yet reviewed
)

// Link joins a key project and a task it carries out, with the reason a
// reader sees.
type Link struct {
	Project     *plan.Node
	Task        *plan.Node
	Status      Status
	Score       float64       // computed similarity, 0–1
	Terms       []string      // terms the project and the task share
	Departments []*dept.Entry // departments both name (leaving out those most lists name)
	Reason      string        // the editor's reason, Chinese
	ReasonEN    string        // the editor's reason, English (may be empty)
}

// Links are a document's key project ↔ task links, both ways.
type Links struct {
	All       []*Link // by project, then task in document order
	Rejected  []*Link // candidates the editors rejected, for review
	Warnings  []plan.Warning
	byProject map[string][]*Link
	byTask    map[string][]*Link
}

// OfProject returns the links of the key project with the eId, tasks in
// document order.
func (l *Links) OfProject(eid string) []*Link { return l.byProject[eid] }

// OfTask returns the links to the task with the eId, by project number.
func (l *Links) OfTask(eid string) []*Link { return l.byTask[eid] }

// links computes candidates and applies the editors' decisions.
func (a *Analysis) links(edits *Edits) (*Links, error) {
	out := &Links{byProject: map[string][]*Link{}, byTask: map[string][]*Link{}}
	taskIndex := map[string]int{}
	for i, t := range a.Tasks {
		taskIndex[t.EID] = i
	}
	projects := map[string]*plan.Node{}
	for _, p := range a.Doc.Projects {
		projects[p.EID] = p
	}
	decided := map[string]map[string]Edit{} // project → task → edit
	var file string
	var reviewed bool
	var stale *staleRefs
	if edits != nil {
		file = edits.File
		_, reviewed = edits.Docs[a.Doc.Slug]
		stale = newStaleRefs(file, a.Doc.Slug, a.Doc.File)
		for _, ed := range edits.Docs[a.Doc.Slug] {
			if projects[ed.Project] == nil {
				stale.add(ed.Project, "key project", ed.Line, func() []string { return eidsOf(a.Doc.Projects) })
				continue
			}
			if _, ok := taskIndex[ed.Task]; !ok {
				stale.add(ed.Task, "task", ed.Line, func() []string { return eidsOf(a.Tasks) })
				continue
			}
			if decided[ed.Project] == nil {
				decided[ed.Project] = map[string]Edit{}
			}
			decided[ed.Project][ed.Task] = ed
		}
	}
	if err := stale.problems().Err(); err != nil {
		return nil, err
	}
	if len(a.Doc.Projects) == 0 || len(a.Tasks) == 0 {
		// Nothing to score, and no edit to apply (one would name a
		// missing project or task): most plans have no key projects, and
		// the corpus is the costliest part of an analysis.
		return out, nil
	}
	c := a.corpus()
	warn := func(line int, msg string) {
		out.Warnings = append(out.Warnings, plan.Warning{File: file, Line: line, Msg: msg})
	}
	for _, p := range a.Doc.Projects {
		scores := a.scores(p, c)
		cands := a.candidates(p, scores, c)
		var mine []*Link
		unreviewed := 0
		for _, cd := range cands {
			l := &Link{Project: p, Task: cd.task, Score: cd.score, Terms: cd.terms, Departments: cd.depts, Status: StatusSuggested}
			ed, ok := decided[p.EID][cd.task.EID]
			switch {
			case !ok:
				unreviewed++
				mine = append(mine, l)
			case ed.Action == ActionReject:
				l.Reason, l.ReasonEN = ed.Reason, ed.ReasonEN
				out.Rejected = append(out.Rejected, l)
			default:
				l.Status, l.Reason, l.ReasonEN = StatusConfirmed, ed.Reason, ed.ReasonEN
				mine = append(mine, l)
			}
		}
		for _, ed := range decided[p.EID] {
			if slices.ContainsFunc(cands, func(cd candidate) bool { return cd.task.EID == ed.Task }) {
				continue
			}
			switch ed.Action {
			case ActionReject:
				warn(ed.Line, p.EID+" rejects "+ed.Task+", which is no longer a candidate; the entry can go")
				continue
			case ActionConfirm:
				warn(ed.Line, p.EID+" confirms "+ed.Task+", which is not a candidate; list it under add")
			}
			ev := scores[taskIndex[ed.Task]]
			ev.terms = a.terms(p, ev.task, c)
			mine = append(mine, &Link{Project: p, Task: ev.task, Score: ev.score, Terms: ev.terms, Departments: ev.depts,
				Status: StatusAdded, Reason: ed.Reason, ReasonEN: ed.ReasonEN})
		}
		if unreviewed > 0 && reviewed {
			out.Warnings = append(out.Warnings, plan.Warning{File: a.Doc.File, Line: p.Line,
				Msg: p.EID + " " + p.Heading + ": " + strconv.Itoa(unreviewed) + " computed link(s) not reviewed; confirm or reject them in " + file})
		}
		slices.SortFunc(mine, func(x, y *Link) int { return cmp.Compare(taskIndex[x.Task.EID], taskIndex[y.Task.EID]) })
		for _, l := range mine {
			out.All = append(out.All, l)
			out.byProject[p.EID] = append(out.byProject[p.EID], l)
			out.byTask[l.Task.EID] = append(out.byTask[l.Task.EID], l)
		}
	}
	return out, nil
}
