package view

import (
	"plansite/generator/link/dept"
	"plansite/generator/plan"
)

// TimetableURL is the plan's timetable page: its deadlines by date.
func (d *Doc) TimetableURL() string { return d.URL() + "timetable/" }

// HasDeadlines reports whether any task or project of the plan has a
// deadline: only such a plan has a timetable page, and links to it.
func (d *Doc) HasDeadlines() bool {
	found := false
	d.Document.Walk(func(n *plan.Node) bool {
		found = found || n.Deadline != nil
		return !found
	})
	return found
}

// TimetableRow is a task or project with a deadline, as a row of the
// timetable page in the page's language.
type TimetableRow struct {
	Node     *Node
	Deadline plan.Deadline // Text as printed, Chinese
	// Due is the deadline as printed in the page's language where the
	// parser read its form (DueInLang: 6月底完成, by the end of June), InLang
	// whether it is; else the Chinese.
	Due    string
	InLang bool
	Points string
	Depts  []DeptRef // every department of its lists, leads first
}

// Timetable lists the plan's deadlines soonest first, those without a
// date last (plan.Document.Timetable).
func (d *Doc) Timetable() []TimetableRow {
	var out []TimetableRow
	for _, n := range d.Document.Timetable() {
		v := d.Find(n.EID)
		if v == nil {
			continue
		}
		due, inLang := d.DueInLang(*n.Deadline)
		out = append(out, TimetableRow{Node: v, Deadline: *n.Deadline, Due: due, InLang: inLang, Points: n.Points, Depts: v.AllDepts()})
	}
	return out
}

// AllDepts are the departments of every responsibility list of the node,
// those printed inside its text included: leads first, each once.
func (n *Node) AllDepts() []DeptRef {
	var out []DeptRef
	seen := map[string]bool{}
	add := func(r DeptRef) {
		if !seen[r.Name] {
			seen[r.Name] = true
			out = append(out, r)
		}
	}
	if a := n.Doc.Analysis(); a != nil {
		as := a.Responsible(n.Node)
		for _, lead := range []bool{true, false} {
			for _, x := range as {
				if (x.Role == dept.RoleLead) == lead {
					add(n.deptRef(x.Dept, x.Written, lead))
				}
			}
		}
		return out
	}
	for _, r := range n.Responsibilities() {
		for _, name := range r.Lead {
			ref := n.Dept(name)
			ref.Lead = true
			add(ref)
		}
	}
	for _, r := range n.Responsibilities() {
		for _, name := range r.Support {
			add(n.Dept(name))
		}
	}
	return out
}
