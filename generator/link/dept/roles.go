package dept

import (
	"cmp"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"plansite/generator/plan"
)

// Role is how a department takes part in a task.
type Role string

// Roles a department can have in a responsibility list.
const (
	RoleLead    Role = "lead"    // 牵头: named first where the plan says the first leads, or under 牵头单位
	RoleSupport Role = "support" // 配合 / 责任单位 without a lead
)

// Assignment is one department named in one responsibility list.
type Assignment struct {
	Dept    *Entry
	Role    Role
	Written string // the name as the plan writes it
}

// Counts says how many responsibility lists name a department.
type Counts struct {
	Lead            int `json:"lead"`            // tasks it leads
	Support         int `json:"support"`         // tasks it supports
	ProjectsLead    int `json:"projectsLead"`    // key projects it leads
	ProjectsSupport int `json:"projectsSupport"` // key projects it supports
}

// Lists is the number of responsibility lists naming the department.
func (c Counts) Lists() int { return c.Lead + c.Support + c.ProjectsLead + c.ProjectsSupport }

// Led is the number of lists, tasks and key projects, the department leads.
func (c Counts) Led() int { return c.Lead + c.ProjectsLead }

func (c *Counts) add(o Counts) {
	c.Lead += o.Lead
	c.Support += o.Support
	c.ProjectsLead += o.ProjectsLead
	c.ProjectsSupport += o.ProjectsSupport
}

// Group is the tasks of one section (or part, or table) that a department
// leads or supports, in document order.
type Group struct {
	Node  *plan.Node   // the section, part or table holding the tasks
	Tasks []*plan.Node // items, sections or paragraphs with the list
}

// ProjectRole is a key project and the department's role in it.
type ProjectRole struct {
	Project *plan.Node
	Role    Role
}

// Roles is a department's part in one document.
type Roles struct {
	Doc      *plan.Document
	Lead     []*Group // tasks it leads, grouped by section
	Support  []*Group // tasks it supports, grouped by section
	Projects []ProjectRole
	Counts   Counts
	// AsRoles are the roles by which the document assigns the department
	// its duties (公安机关), where the registry says it holds them
	// (authority.go), in document order.
	AsRoles []RoleName
}

// RoleName is a role a rule names, in Chinese (without the level's
// government printed before it) and in English by rule.
type RoleName struct {
	Name, EN string
}

// Department is a department with its roles in every document naming it:
// the data of a department page and of a row of the departments index.
type Department struct {
	*Entry
	Plans  []*Roles // one per document, in the order the analyses were given
	Counts Counts   // totals over Plans
}

// container is the node a task is grouped under on a department page and
// in the matrix: its parent section, part or table.
func container(n *plan.Node) *plan.Node {
	if n.Parent != nil {
		return n.Parent
	}
	return n
}

// roles collects every department's roles in the analysed document.
func (r *Responsibilities) roles() map[*Entry]*Roles {
	out := map[*Entry]*Roles{}
	get := func(e *Entry) *Roles {
		if out[e] == nil {
			out[e] = &Roles{Doc: r.Doc}
		}
		return out[e]
	}
	addTo := func(groups []*Group, n *plan.Node) []*Group {
		c := container(n)
		if len(groups) > 0 && groups[len(groups)-1].Node == c {
			g := groups[len(groups)-1]
			g.Tasks = append(g.Tasks, n)
			return groups
		}
		return append(groups, &Group{Node: c, Tasks: []*plan.Node{n}})
	}
	for _, n := range r.Tasks {
		for _, as := range r.Responsible(n) {
			// A role the registry resolves, not a registered name that
			// happens to end in 部门.
			if key, ok := roleKey(as.Written); ok && as.Dept.Known && r.Resolver.reg.Lookup(r.Resolver.Scope, as.Written) == nil {
				rs := get(as.Dept)
				if !slices.ContainsFunc(rs.AsRoles, func(rn RoleName) bool { return rn.Name == key }) {
					rs.AsRoles = append(rs.AsRoles, RoleName{Name: key, EN: r.Resolver.roleInEnglish(key)})
				}
			}
		}
		for _, as := range once(r.Responsible(n)) {
			r := get(as.Dept)
			if as.Role == RoleLead {
				r.Lead = addTo(r.Lead, n)
				r.Counts.Lead++
			} else {
				r.Support = addTo(r.Support, n)
				r.Counts.Support++
			}
		}
	}
	for _, p := range r.Doc.Projects {
		for _, as := range once(r.Responsible(p)) {
			r := get(as.Dept)
			r.Projects = append(r.Projects, ProjectRole{Project: p, Role: as.Role})
			if as.Role == RoleLead {
				r.Counts.ProjectsLead++
			} else {
				r.Counts.ProjectsSupport++
			}
		}
	}
	return out
}

// once keeps one assignment per department of a task's lists: a task
// whose text prints several lists (（省商务厅牵头，合肥海关配合）… （省商务厅
// 牵头，省农业农村厅配合）) is one task of each department named, led by
// one that leads in any of them.
func once(as []Assignment) []Assignment {
	if len(as) < 2 {
		return as
	}
	out := make([]Assignment, 0, len(as))
	at := map[*Entry]int{}
	for _, a := range as {
		i, seen := at[a.Dept]
		if !seen {
			at[a.Dept] = len(out)
			out = append(out, a)
		} else if a.Role == RoleLead {
			out[i].Role = RoleLead
		}
	}
	return out
}

// Departments merges the departments of the documents into the
// departments index, sorted by load: most responsibility lists first, then
// most led, then by slug. Departments are the same when their slugs are.
func Departments(docs ...*Responsibilities) []*Department {
	bySlug := map[string]*Department{}
	var out []*Department
	for _, doc := range docs {
		rs := doc.roles()
		for _, e := range slices.SortedFunc(maps.Keys(rs), func(x, y *Entry) int { return cmp.Compare(x.baseSlug(), y.baseSlug()) }) {
			if !e.Known {
				e.Slug = freeAcross(bySlug, e)
			}
			d := bySlug[e.Slug]
			if d == nil {
				d = &Department{Entry: e}
				bySlug[e.Slug] = d
				out = append(out, d)
			}
			d.Plans = append(d.Plans, rs[e])
			d.Counts.add(rs[e].Counts)
		}
	}
	tellApart(out) // alike.go
	sortByLoad(out)
	return out
}

// freeAcross returns the slug of a name the registry lacks in the index
// being made: the one its plan gave it, unless a department of another
// government already has it (福州市 and 抚州市 are both fuzhou in pinyin),
// then -2, -3… The same name of the same government keeps one slug.
func freeAcross(bySlug map[string]*Department, e *Entry) string {
	base := e.baseSlug()
	e.base = base
	slug := base
	for i := 2; ; i++ {
		d := bySlug[slug]
		if d == nil || d.Entry == e || (!d.Known && d.Name == e.Name && sameGov(d.Gov, e.Gov)) {
			return slug
		}
		slug = base + "-" + strconv.Itoa(i)
	}
}

// sameGov reports whether two governments are one: the same id and name
// (each plan of an undeclared county makes its own Government).
func sameGov(a, b *Government) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a == b || (a.ID == b.ID && a.Name == b.Name)
}

// sortByLoad orders departments by lists named, then lists led, then slug.
func sortByLoad(ds []*Department) {
	slices.SortStableFunc(ds, func(x, y *Department) int {
		if c := cmp.Compare(y.Counts.Lists(), x.Counts.Lists()); c != 0 {
			return c
		}
		if c := cmp.Compare(y.Counts.Led(), x.Counts.Led()); c != 0 {
			return c
		}
		return cmp.Compare(x.Slug, y.Slug)
	})
}

// Segment is a piece of a responsibility parenthetical as printed: plain
// text, or a department's name (Dept set) with its role, for the text to
// link names to department pages and mark the lead.
type Segment struct {
	Text string
	Dept *Entry
	Role Role
}

// Segments splits n's responsibility parenthetical (Resp.Raw) into text
// and department names, in print order; joined, the segments' Text is Raw.
// It returns nil when n has no list.
func (r *Responsibilities) Segments(n *plan.Node) []Segment {
	if n.Resp == nil {
		return nil
	}
	raw := n.Resp.Raw
	var out []Segment
	at := 0
	list := r.Responsible(n)
	for k, as := range list {
		written := as.Written
		i := strings.Index(raw[at:], written)
		if i < 0 && k+1 < len(list) {
			// 州、县财政局: 州财政局 is printed as its level before the
			// next name's, which it shares the rest of.
			written, i = sharedLevel(raw[at:], written, list[k+1].Written)
		}
		if i < 0 {
			continue
		}
		if i > 0 {
			out = append(out, Segment{Text: raw[at : at+i]})
		}
		out = append(out, Segment{Text: written, Dept: as.Dept, Role: as.Role})
		at += i + len(written)
	}
	if at < len(raw) {
		out = append(out, Segment{Text: raw[at:]})
	}
	return out
}

// sharedLevel finds in raw the level a name is printed as where a list
// prints its levels before one name (州、县财政局: 州财政局 and 县财政局):
// name's words before the rest it shares with next (州), printed before
// 、; "" and -1 where raw does not print it so.
func sharedLevel(raw, name, next string) (string, int) {
	shared := 0
	for shared < len(name) && shared < len(next) && name[len(name)-1-shared] == next[len(next)-1-shared] {
		shared++
	}
	for shared > 0 && !utf8.RuneStart(name[len(name)-shared]) {
		shared-- // a whole character
	}
	level := name[:len(name)-shared]
	if level == "" || shared == 0 {
		return "", -1
	}
	i := strings.Index(raw, level+"、")
	if i < 0 {
		return "", -1
	}
	return level, i
}
