package link

import (
	"plansite/generator/link/dept"
	"plansite/generator/link/target"
)

// ExportDepartment, ExportLink and ExportTarget are the members this
// package adds to a document's JSON export (public/data/<slug>.json):
// "departments", "links" and "targets", written one element at a time
// (export.List).

// ExportDepartment is a department named in the document.
type ExportDepartment struct {
	Slug       string      `json:"slug"`
	Name       string      `json:"name"`              // Chinese, as the plan writes it
	NameEN     string      `json:"nameEn"`            // English; made by rule or the pinyin when the registry has none
	Full       string      `json:"full,omitempty"`    // full official Chinese name
	Aliases    []string    `json:"aliases,omitempty"` // other Chinese forms
	Kind       string      `json:"kind"`              // party, government, people, other
	InRegistry bool        `json:"inRegistry"`        // false: the registry lacks it
	Role       bool        `json:"role,omitempty"`    // a role the plan names (公安机关) that the registry does not say who holds
	AsRoles    []string    `json:"asRoles,omitempty"` // roles by which the plan assigns it duties (公安机关), the registry saying it holds them
	URL        string      `json:"url"`               // /zh/departments/<slug>/
	URLEN      string      `json:"urlEn"`             // /en/departments/<slug>/
	Counts     dept.Counts `json:"counts"`
	Lead       []string    `json:"lead"`    // eIds of the tasks and key projects it leads
	Support    []string    `json:"support"` // eIds of those it supports
}

// ExportLink is a key project ↔ task link.
type ExportLink struct {
	Project     string   `json:"project"` // eId
	Task        string   `json:"task"`    // eId
	Status      string   `json:"status"`  // confirmed, added, suggested
	Score       float64  `json:"score"`
	Terms       []string `json:"terms,omitempty"`       // shared terms (Chinese)
	Departments []string `json:"departments,omitempty"` // slugs of shared departments
	Reason      string   `json:"reason"`                // what a reader sees, Chinese
	ReasonEN    string   `json:"reasonEn"`              // what a reader sees, English
}

// ExportTarget is a target; Lead is the slug of the lead department.
type ExportTarget struct {
	target.Target
	Lead string `json:"lead,omitempty"`
}

// ExportDepartments are the export's departments.
func (a *Analysis) ExportDepartments() []ExportDepartment {
	out := []ExportDepartment{}
	for _, d := range a.Departments {
		e := ExportDepartment{Slug: d.Slug, Name: d.Name, NameEN: d.NameIn("en"), Full: d.Full, Aliases: d.Aliases,
			Kind: d.Kind, InRegistry: d.Known, URL: d.URL("zh"), URLEN: d.URL("en"), Counts: d.Counts,
			Lead: []string{}, Support: []string{}}
		e.Role = d.IsRole
		for _, r := range d.Plans {
			for _, rn := range r.AsRoles {
				e.AsRoles = append(e.AsRoles, rn.Name)
			}
			e.Lead = append(e.Lead, eids(r.Lead)...)
			e.Support = append(e.Support, eids(r.Support)...)
			for _, p := range r.Projects {
				if p.Role == dept.RoleLead {
					e.Lead = append(e.Lead, p.Project.EID)
				} else {
					e.Support = append(e.Support, p.Project.EID)
				}
			}
		}
		out = append(out, e)
	}
	return out
}

// ExportLinks are the export's links, each link's reason worded in a
// language by explain (view.Explain, from content/i18n).
func (a *Analysis) ExportLinks(explain func(l *Link, lang string) string) []ExportLink {
	out := []ExportLink{}
	for _, l := range a.Links.All {
		e := ExportLink{Project: l.Project.EID, Task: l.Task.EID, Status: string(l.Status), Score: round(l.Score),
			Terms: l.Terms, Reason: explain(l, "zh"), ReasonEN: explain(l, "en")}
		for _, d := range l.Departments {
			e.Departments = append(e.Departments, d.Slug)
		}
		out = append(out, e)
	}
	return out
}

// ExportTargetOf is t as the export's targets give it. A big plan has a
// hundred thousand targets: an export may make each as it is written
// instead of all at once.
func ExportTargetOf(t *target.Target) ExportTarget {
	e := ExportTarget{Target: *t}
	if t.Lead != nil {
		e.Lead = t.Lead.Slug
	}
	return e
}

func eids(groups []*dept.Group) []string {
	var out []string
	for _, g := range groups {
		for _, n := range g.Tasks {
			out = append(out, n.EID)
		}
	}
	return out
}

func round(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }
