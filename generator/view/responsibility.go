package view

import (
	"strings"

	"plansite/generator/link/dept"
	"plansite/generator/plan"
)

// leadWord is how a plan says that the department before it leads.
const leadWord = "牵头"

// DeptRef is a department named in a responsibility list as a page shows
// it: its name in the page's language (on Chinese pages as the plan writes
// it), its department page and its role.
type DeptRef struct {
	Name string
	Lang string // set when Name is not in the page's language
	URL  string // site path of the department page; "" outside a build
	Lead bool
	// LeadTag is the lead tag in the page's language (牵头, lead): a
	// field, so that templates need no reflective call of the t function
	// for every lead. It is empty where the plan's own words after the
	// name say so (省商务厅牵头，…): the tag would print 牵头 twice.
	LeadTag string
	// Runs is Name with its Chinese marked, where a name in the page's
	// language quotes some (two departments the rule names alike in
	// English say their Chinese names beside: District Transport Bureau
	// (区交通局)); nil otherwise, the templates printing Name.
	Runs []TextRun
}

// RespPart is a piece of a responsibility parenthetical in print order:
// plain text (Dept nil) or a department name.
type RespPart struct {
	Text string
	Dept *DeptRef
}

// RespParts is the node's responsibility parenthetical as printed, split
// so that department names link to their pages (Chinese pages). Joined,
// the parts' text is the parenthetical.
func (n *Node) RespParts() []RespPart {
	a := n.Doc.Analysis()
	if n.Resp == nil {
		return nil
	}
	if a == nil {
		return []RespPart{{Text: n.Resp.Raw}}
	}
	var out []RespPart
	segs := a.Segments(n.Node)
	for i, s := range segs {
		p := RespPart{Text: s.Text}
		if s.Dept != nil {
			p.Dept = &DeptRef{Name: s.Text, URL: s.Dept.URL(n.Doc.Lang), Lead: s.Role == dept.RoleLead, LeadTag: n.Doc.nodeUI().RoleLead}
			if p.Dept.Lead && i+1 < len(segs) && segs[i+1].Dept == nil && strings.HasPrefix(segs[i+1].Text, leadWord) {
				p.Dept.LeadTag = ""
			}
		}
		out = append(out, p)
	}
	return out
}

// RespLeads are the lead departments of the node's list, in the page's
// language, for pages that do not print the Chinese parenthetical.
func (n *Node) RespLeads() []DeptRef { return n.respRefs(dept.RoleLead) }

// RespSupports are the supporting departments: see RespLeads.
func (n *Node) RespSupports() []DeptRef { return n.respRefs(dept.RoleSupport) }

func (n *Node) respRefs(role dept.Role) []DeptRef {
	if n.Resp == nil {
		return nil
	}
	a := n.Doc.Analysis()
	if a == nil {
		names := n.Resp.Support
		if role == dept.RoleLead {
			names = n.Resp.Lead
		}
		var out []DeptRef
		for _, name := range names {
			out = append(out, n.Dept(name))
		}
		return out
	}
	var out []DeptRef
	for _, as := range a.Responsible(n.Node) {
		if as.Role == role {
			out = append(out, n.deptRef(as.Dept, as.Written, as.Role == dept.RoleLead))
		}
	}
	return out
}

// deptRef names e in the node's language; zh is the name as written.
func (n *Node) deptRef(e *dept.Entry, zh string, lead bool) DeptRef {
	r := DeptRef{Name: e.NameIn(n.Doc.Lang), URL: e.URL(n.Doc.Lang), Lead: lead, LeadTag: n.Doc.nodeUI().RoleLead}
	if n.Doc.Lang == "zh" {
		r.Name = zh
	} else if plan.HasHan(r.Name) {
		r.Runs = ScriptRuns(r.Name)
	}
	return r
}

// Dept returns the department named zh in the node's language, resolved
// through the department registry (package link): the English name, or the
// pinyin of a name the registry lacks. Outside a build the name stays
// Chinese, marked as such.
func (n *Node) Dept(zh string) DeptRef {
	if a := n.Doc.Analysis(); a != nil {
		if e := a.Resolver.Known(zh); e != nil {
			return n.deptRef(e, zh, false)
		}
		for _, as := range a.Responsible(n.Node) {
			if as.Written == zh {
				return n.deptRef(as.Dept, zh, as.Role == dept.RoleLead)
			}
		}
	}
	if n.Doc.Lang == "zh" {
		return DeptRef{Name: zh}
	}
	return DeptRef{Name: zh, Lang: "zh-Hans"}
}
