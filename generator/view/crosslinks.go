package view

import (
	"plansite/generator/link"
)

// XRef is a key project ↔ task link (package link) seen from one end: the
// node at the other end and why the link exists.
type XRef struct {
	Node *Node // the task, on a project's page; the project, on a task's
	Link *link.Link
	lang string
}

// Why is the reason a reader sees, in the page's language
// (link.Link.Explain): who decided the link and the departments both
// passages name, never the raw shared terms.
func (x XRef) Why() string { return x.Link.Explain(x.lang) }

// WhyParts is a link's evidence piece by piece: the editors' verdict (a UI
// key) and reason, the shared departments' names and the shared terms
// (Chinese, to be marked lang="zh-Hans").
type WhyParts struct {
	Status string // UI key: linkConfirmed, linkAdded, linkSuggested
	Reason string
	Depts  []string
	Terms  []string
}

// WhyParts returns the link's evidence in the page's language.
func (x XRef) WhyParts() WhyParts {
	w := WhyParts{Reason: x.Link.Reason, Terms: x.Link.Terms, Status: "linkSuggested"}
	if x.lang != "zh" {
		w.Reason = x.Link.ReasonEN
	}
	switch x.Link.Status {
	case link.StatusConfirmed:
		w.Status = "linkConfirmed"
	case link.StatusAdded:
		w.Status = "linkAdded"
	}
	for _, d := range x.Link.Departments {
		w.Depts = append(w.Depts, d.NameIn(x.lang))
	}
	return w
}

// Carries lists the tasks a key project carries out, in document order;
// empty for other nodes.
func (n *Node) Carries() []XRef {
	a := n.Doc.Analysis()
	if a == nil {
		return nil
	}
	var out []XRef
	for _, l := range a.Links.OfProject(n.EID) {
		out = append(out, XRef{Node: n.Doc.Find(l.Task.EID), Link: l, lang: n.Doc.Lang})
	}
	return out
}

// CarriedBy lists the key projects that carry out a task, by project
// number; empty for other nodes.
func (n *Node) CarriedBy() []XRef {
	a := n.Doc.Analysis()
	if a == nil {
		return nil
	}
	var out []XRef
	for _, l := range a.Links.OfTask(n.EID) {
		out = append(out, XRef{Node: n.Doc.Find(l.Project.EID), Link: l, lang: n.Doc.Lang})
	}
	return out
}
