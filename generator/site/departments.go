package site

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"plansite/generator/link/dept"
	"plansite/generator/view"
)

// Department pages: /<lang>/departments/ lists every department of every
// plan by load, by government when the plans have several; each government
// has its own index, /<lang>/departments/government/<id>/ (the filter that
// works without script); /<lang>/departments/<slug>/ shows what one
// department leads and supports in every plan naming it, one section per
// plan, grouped by part and section; a retired slug of the registry
// (former) redirects to it; /<lang>/<plan>/matrix/ draws the plan's
// responsibility matrix (among the plan's pages).

// DeptIndex is what a departments index shows.
type DeptIndex struct {
	Depts []*dept.Department // this page's departments, by load
	// Govs are the governments with departments, most departments first,
	// when there are several; Gov is the one this page shows (nil on the
	// index of all).
	Govs  []*DeptGov
	Gov   *DeptGov
	Total int         // departments of every government
	Plans []*view.Doc // the plans naming this page's departments
}

// DeptGov is a government's departments, by load.
type DeptGov struct {
	ID    string           // the government's id; "other" for departments of none known
	Gov   *dept.Government // nil for departments of no known government
	Depts []*dept.Department
}

// URL is the government's departments index in lang.
func (g *DeptGov) URL(lang string) string {
	return "/" + lang + "/departments/government/" + g.ID + "/"
}

// DeptPage is what a department page shows: the department and its part in
// each plan naming it.
type DeptPage struct {
	Dept  *dept.Department
	Plans []*DeptPlan
	Gov   *DeptGov // its government's index, when the site has several
}

// DeptPlan is a department's part in one plan.
type DeptPlan struct {
	Doc      *view.Doc
	Namesake string      // what tells it from a plan of its title the page lists too (namesake.go)
	Lead     []*DeptPart // tasks it leads, by part
	Support  []*DeptPart // tasks it supports, by part
	Projects []DeptProject
	Counts   dept.Counts
	// Deadlines are its tasks and projects with a deadline, soonest first.
	Deadlines []view.TimetableRow
	// AsRoles are the roles by which the plan assigns it its duties
	// (公安机关), where the registry says it holds them.
	AsRoles []dept.RoleName
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

// departmentPages describes the departments index, an index per
// government when there are several, a page per department and redirects
// from retired slugs, in every language; each plan's matrix is among its
// pages (matrixPage).
func (b *builder) departmentPages() error {
	govs := governments(b.linking.index)
	govOf := map[*dept.Department]*DeptGov{}
	for _, g := range govs {
		for _, d := range g.Depts {
			govOf[d] = g
		}
	}
	if len(govs) < 2 {
		govs = nil
	}
	for _, lang := range view.Langs() {
		all := &DeptIndex{Depts: b.linking.index, Govs: govs, Total: len(b.linking.index), Plans: b.plansOf(lang, b.linking.index)}
		index := &Page{Path: "/" + lang + "/departments/", Lang: lang, Kind: "departments",
			Title: b.T(lang, "departments"), Data: all}
		if err := b.page(index); err != nil {
			return err
		}
		for _, g := range govs {
			p := &Page{Path: g.URL(lang), Lang: lang, Kind: "departments",
				Data: &DeptIndex{Depts: g.Depts, Govs: govs, Gov: g, Total: all.Total, Plans: b.plansOf(lang, g.Depts)}}
			p.Title = b.govName(lang, g) + " · " + b.T(lang, "departments")
			if err := b.page(p); err != nil {
				return err
			}
		}
		for _, d := range b.linking.index {
			p := &Page{Path: d.URL(lang), Lang: lang, Kind: "department", Title: d.NameIn(lang)}
			if govs != nil {
				p.Title = deptTitle(lang, d, govOf[d])
			}
			// What it does in each plan is worked out when the page
			// renders: a library has hundreds of departments.
			p.prepare = func(*Page) (any, error) {
				dp := &DeptPage{Dept: d}
				if govs != nil {
					dp.Gov = govOf[d]
				}
				titles := map[string]int{}
				for _, r := range d.Plans {
					dp.Plans = append(dp.Plans, b.deptPlan(lang, r))
					titles[dp.Plans[len(dp.Plans)-1].Doc.Title()]++
				}
				for _, p := range dp.Plans {
					if titles[p.Doc.Title()] > 1 {
						p.Namesake = b.namesakes()[p.Doc]
					}
				}
				return dp, nil
			}
			if err := b.page(p); err != nil {
				return err
			}
			if err := b.formerSlugs(lang, d); err != nil {
				return err
			}
		}
	}
	return nil
}

// plansOf returns the plans, in lang and site order, that name any of ds.
func (b *builder) plansOf(lang string, ds []*dept.Department) []*view.Doc {
	named := map[string]bool{}
	for _, d := range ds {
		for _, r := range d.Plans {
			named[r.Doc.Slug] = true
		}
	}
	var out []*view.Doc
	for _, d := range b.views[lang] {
		if named[d.Slug] {
			out = append(out, d)
		}
	}
	return out
}

// governments groups the departments by government, most departments
// first, then by id; the departments keep their order (by load). Two
// governments with one id (福州市 and 抚州市, undeclared, are both fuzhou)
// get id-2, -3… for their indexes' addresses.
func governments(index []*dept.Department) []*DeptGov {
	var out []*DeptGov
	byKey := map[[2]string]*DeptGov{}
	ids := map[string]bool{}
	for _, d := range index {
		key := [2]string{"other", ""}
		if d.Gov != nil {
			key = [2]string{d.Gov.ID, d.Gov.Name}
		}
		g := byKey[key]
		if g == nil {
			g = &DeptGov{ID: key[0], Gov: d.Gov}
			for i := 2; ids[g.ID]; i++ {
				g.ID = key[0] + "-" + strconv.Itoa(i)
			}
			ids[g.ID] = true
			byKey[key] = g
			out = append(out, g)
		}
		g.Depts = append(g.Depts, d)
	}
	slices.SortStableFunc(out, func(x, y *DeptGov) int {
		if c := cmp.Compare(len(y.Depts), len(x.Depts)); c != 0 {
			return c
		}
		return cmp.Compare(x.ID, y.ID)
	})
	return out
}

// formerSlugs writes a redirect to d's page at each slug the registry says
// it had (former), so that a cited address keeps working. Like the
// redirects of retired eIds they stay out of the sitemap.
func (b *builder) formerSlugs(lang string, d *dept.Department) error {
	if !d.Known {
		return nil
	}
	for _, old := range d.Former {
		if err := b.page(&Page{Path: "/" + lang + "/departments/" + old + "/", Lang: lang, Kind: "deptredirect",
			Title: b.T(lang, "redirectTitle"), Data: d}); err != nil {
			return err
		}
	}
	return nil
}

// GovName is the government's name in the page's language.
func (p *Page) GovName(g *DeptGov) string { return p.b.govName(p.Lang, g) }

func (b *builder) govName(lang string, g *DeptGov) string {
	if g == nil || g.Gov == nil {
		return b.T(lang, "govOther")
	}
	return g.Gov.NameIn(lang)
}

// NamedText is CountsText followed, for a department of several plans,
// by how many: "牵头任务5项；配合任务2项。见于2份文件。" / "Leads 5 tasks;
// supports 2 tasks. Named in 2 plans." (deptNamedIn of content/i18n).
func (p *Page) NamedText(c dept.Counts, plans int) string {
	out := p.CountsText(c)
	if plans < 2 {
		return out
	}
	return out + fmt.Sprintf(p.T("deptNamedIn"), plans)
}

// DeptRows are departments shown in a table, the dot of the
// "dept-index-table" template.
type DeptRows struct {
	Page    *Page
	Depts   []*dept.Department
	Caption string
	Plans   bool // a column of how many plans name each: the site has several
}

// DeptRows pairs departments with the page, for "dept-index-table".
func (p *Page) DeptRows(ds []*dept.Department, caption string) DeptRows {
	return DeptRows{Page: p, Depts: ds, Caption: caption, Plans: len(p.Docs) > 1}
}

// matrixPage describes the plan's responsibility matrix.
func (b *builder) matrixPage(s *pageSet, d *view.Doc) error {
	return s.page(b, &Page{Path: d.MatrixURL(), Lang: d.Lang, Kind: "matrix", Title: b.T(d.Lang, "matrix") + " · " + d.PlainTitle(), Doc: d})
}

// deptPlan turns a department's roles in a plan into views in lang.
func (b *builder) deptPlan(lang string, r *dept.Roles) *DeptPlan {
	d := b.View(lang, r.Doc)
	dp := &DeptPlan{Doc: d, Counts: r.Counts, Lead: byPart(d, r.Lead), Support: byPart(d, r.Support), AsRoles: r.AsRoles}
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

// Itself reports whether the part is the one task the department has in
// it (一、健全校园安全制度。…（配合单位：区公安分局）): the page lists it as
// that task, where a part's heading counting 1 with nothing under it
// read as a part the task sits in.
func (p *DeptPart) Itself() bool {
	return p.Count == 1 && len(p.Groups) == 1 && p.Groups[0].Node == p.Part && len(p.Groups[0].Listed()) == 0
}

// IsPart reports whether the group's tasks sit directly under the part.
func (g *DeptGroup) IsPart(p *DeptPart) bool { return g.Node == p.Part }

// Listed are the group's tasks to list under its heading: all but the
// group's own passage, a part or section that is itself a task (一、加强
// 民生商品保供稳价……（牵头单位：…）), which its heading already names and links.
func (g *DeptGroup) Listed() []*view.Node {
	if !slices.Contains(g.Tasks, g.Node) {
		return g.Tasks
	}
	out := make([]*view.Node, 0, len(g.Tasks)-1)
	for _, t := range g.Tasks {
		if t != g.Node {
			out = append(out, t)
		}
	}
	return out
}

// CountsText says in the page's language what a department is named for,
// leaving out what it has none of: "Leads 5 tasks and 3 key projects;
// supports 2 tasks." / "牵头任务5项、重点项目3项；配合任务2项。" Its words
// and punctuation are content/i18n's dept* keys; Go only leaves out what
// is zero, picks one or many, and capitalises the first letter.
func (p *Page) CountsText(c dept.Counts) string {
	count := func(n int, key string) string {
		if n == 1 {
			key += "One"
		}
		return fmt.Sprintf(p.T(key), n)
	}
	var parts []string
	for _, r := range []struct {
		role         string
		tasks, projs int
	}{{"deptLeads", c.Lead, c.ProjectsLead}, {"deptSupports", c.Support, c.ProjectsSupport}} {
		var xs []string
		if r.tasks > 0 {
			xs = append(xs, count(r.tasks, "deptTasks"))
		}
		if r.projs > 0 {
			xs = append(xs, count(r.projs, "deptProjects"))
		}
		if len(xs) > 0 {
			parts = append(parts, p.T(r.role)+strings.Join(xs, p.T("deptAnd")))
		}
	}
	out := strings.Join(parts, p.T("deptClauses")) + p.T("deptEnd")
	first, size := utf8.DecodeRuneInString(out)
	return string(unicode.ToUpper(first)) + out[size:]
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
	return s.page(b, &Page{Path: d.TargetsURL(), Lang: d.Lang, Kind: "targets", Title: b.T(d.Lang, "targets") + " · " + d.PlainTitle(), Doc: d})
}

// timetablePage describes the plan's timetable page, deadlines soonest
// first, if it has deadlines.
func (b *builder) timetablePage(s *pageSet, d *view.Doc) error {
	if !d.HasDeadlines() {
		return nil
	}
	return s.page(b, &Page{Path: d.TimetableURL(), Lang: d.Lang, Kind: "timetable", Title: b.T(d.Lang, "timetable") + " · " + d.PlainTitle(), Doc: d})
}
