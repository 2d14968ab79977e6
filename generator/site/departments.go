package site

import (
	"strconv"
	"strings"

	"plansite/generator/link/dept"
	"plansite/generator/view"
)

// Department pages: /<lang>/departments/ lists every department of every
// plan by load; /<lang>/departments/<slug>/ shows what one department leads
// and supports, grouped by part and section; /<lang>/<plan>/matrix/ draws
// the plan's responsibility matrix.

// DeptIndex is what the departments index shows.
type DeptIndex struct {
	Depts []*dept.Department // by load
}

// DeptPage is what a department page shows: the department and its part in
// each plan naming it.
type DeptPage struct {
	Dept  *dept.Department
	Plans []*DeptPlan
}

// DeptPlan is a department's part in one plan.
type DeptPlan struct {
	Doc      *view.Doc
	Lead     []*DeptPart // tasks it leads, by part
	Support  []*DeptPart // tasks it supports, by part
	Projects []DeptProject
	Counts   dept.Counts
	// Deadlines are its tasks and projects with a deadline, soonest first.
	Deadlines []view.TimetableRow
}

// DeptPart is the tasks of one part of the plan, by section.
type DeptPart struct {
	Part   *view.Node
	Groups []*DeptGroup
	Count  int
}

// DeptGroup is the tasks of one section (or of the part itself, when Node
// is the part).
type DeptGroup struct {
	Node  *view.Node
	Tasks []*view.Node
}

// DeptProject is a key project and whether the department leads it.
type DeptProject struct {
	Node *view.Node
	Lead bool
}

// departmentPages describes the departments index and a page per
// department, in every language; each plan's matrix is among its pages
// (matrixPage).
func (b *builder) departmentPages() error {
	for _, lang := range view.Langs() {
		index := &Page{Path: "/" + lang + "/departments/", Lang: lang, Kind: "departments",
			Title: b.T(lang, "departments"), Data: &DeptIndex{Depts: b.linking.index}}
		if err := b.page(index); err != nil {
			return err
		}
		for _, d := range b.linking.index {
			p := &Page{Path: d.URL(lang), Lang: lang, Kind: "department", Title: d.NameIn(lang)}
			// What it does in each plan is worked out when the page
			// renders: a library has hundreds of departments.
			p.prepare = func(*Page) (any, error) {
				dp := &DeptPage{Dept: d}
				for _, r := range d.Plans {
					dp.Plans = append(dp.Plans, b.deptPlan(lang, r))
				}
				return dp, nil
			}
			if err := b.page(p); err != nil {
				return err
			}
		}
	}
	return nil
}

// matrixPage describes the plan's responsibility matrix.
func (b *builder) matrixPage(s *pageSet, d *view.Doc) error {
	return s.page(b, &Page{Path: d.MatrixURL(), Lang: d.Lang, Kind: "matrix", Title: b.T(d.Lang, "matrix") + " · " + d.Title(), Doc: d})
}

// deptPlan turns a department's roles in a plan into views in lang.
func (b *builder) deptPlan(lang string, r *dept.Roles) *DeptPlan {
	d := b.View(lang, r.Doc)
	dp := &DeptPlan{Doc: d, Counts: r.Counts, Lead: byPart(d, r.Lead), Support: byPart(d, r.Support)}
	for _, p := range r.Projects {
		dp.Projects = append(dp.Projects, DeptProject{Node: d.Find(p.Project.EID), Lead: p.Role == dept.RoleLead})
	}
	mine := map[string]bool{}
	for _, gs := range [][]*dept.Group{r.Lead, r.Support} {
		for _, g := range gs {
			for _, t := range g.Tasks {
				mine[t.EID] = true
			}
		}
	}
	for _, p := range r.Projects {
		mine[p.Project.EID] = true
	}
	for _, row := range d.Timetable() {
		if mine[row.Node.EID] {
			dp.Deadlines = append(dp.Deadlines, row)
		}
	}
	return dp
}

// byPart regroups a department's tasks, grouped by section, under the
// parts holding the sections.
func byPart(d *view.Doc, groups []*dept.Group) []*DeptPart {
	var out []*DeptPart
	for _, g := range groups {
		node := d.Find(g.Node.EID)
		part := node
		if path := node.Path(); len(path) > 0 {
			part = path[0]
		}
		if len(out) == 0 || out[len(out)-1].Part != part {
			out = append(out, &DeptPart{Part: part})
		}
		dp := out[len(out)-1]
		dg := &DeptGroup{Node: node}
		for _, t := range g.Tasks {
			dg.Tasks = append(dg.Tasks, d.Find(t.EID))
		}
		dp.Groups = append(dp.Groups, dg)
		dp.Count += len(dg.Tasks)
	}
	return out
}

// IsPart reports whether the group's tasks sit directly under the part.
func (g *DeptGroup) IsPart(p *DeptPart) bool { return g.Node == p.Part }

// CountsText says in the page's language what a department is named for,
// leaving out what it has none of: "Leads 5 tasks and 3 key projects;
// supports 2 tasks." / "牵头任务5项、重点项目3项；配合任务2项。"
func (p *Page) CountsText(c dept.Counts) string {
	if p.Lang == "zh" {
		var parts []string
		for _, r := range []struct {
			role         string
			tasks, projs int
		}{{"牵头", c.Lead, c.ProjectsLead}, {"配合", c.Support, c.ProjectsSupport}} {
			var xs []string
			if r.tasks > 0 {
				xs = append(xs, "任务"+strconv.Itoa(r.tasks)+"项")
			}
			if r.projs > 0 {
				xs = append(xs, "重点项目"+strconv.Itoa(r.projs)+"项")
			}
			if len(xs) > 0 {
				parts = append(parts, r.role+strings.Join(xs, "、"))
			}
		}
		return strings.Join(parts, "；") + "。"
	}
	var parts []string
	for _, r := range []struct {
		role         string
		tasks, projs int
	}{{"leads", c.Lead, c.ProjectsLead}, {"supports", c.Support, c.ProjectsSupport}} {
		var xs []string
		if r.tasks > 0 {
			xs = append(xs, view.Plural(r.tasks, "task"))
		}
		if r.projs > 0 {
			xs = append(xs, view.Plural(r.projs, "key project"))
		}
		if len(xs) > 0 {
			parts = append(parts, r.role+" "+strings.Join(xs, " and "))
		}
	}
	out := strings.Join(parts, "; ") + "."
	return strings.ToUpper(out[:1]) + out[1:]
}

// DeptTasks are a department's tasks by part with the page showing them,
// the dot of the "dept-tasks" template.
type DeptTasks struct {
	Page  *Page
	Parts []*DeptPart
}

// DeptTasks pairs parts with the page, for "dept-tasks".
func (p *Page) DeptTasks(parts []*DeptPart) DeptTasks { return DeptTasks{Page: p, Parts: parts} }

// targetsPage describes the plan's targets page.
func (b *builder) targetsPage(s *pageSet, d *view.Doc) error {
	return s.page(b, &Page{Path: d.TargetsURL(), Lang: d.Lang, Kind: "targets", Title: b.T(d.Lang, "targets") + " · " + d.Title(), Doc: d})
}

// timetablePage describes the plan's timetable page, deadlines soonest
// first, if it has deadlines.
func (b *builder) timetablePage(s *pageSet, d *view.Doc) error {
	if !d.HasDeadlines() {
		return nil
	}
	return s.page(b, &Page{Path: d.TimetableURL(), Lang: d.Lang, Kind: "timetable", Title: b.T(d.Lang, "timetable") + " · " + d.Title(), Doc: d})
}
