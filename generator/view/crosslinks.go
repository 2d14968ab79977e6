package view

import (
	"strings"

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

// Verdict is who decided the link, in the page's language: the editors
// with their reason, or the computation, not yet reviewed.
func (x XRef) Verdict() string { return x.Link.Verdict(x.lang) }

// Task is the task end of the link (the page's own node on a task's page).
func (x XRef) Task() *Node { return x.Node.Doc.Find(x.Link.Task.EID) }

// SharedDepts are the departments both passages name, as a list in the
// page's language ("A, B and C", "A、B、C"), or "".
func (x XRef) SharedDepts() string {
	names := x.Link.DepartmentNames(x.lang)
	if x.lang == "zh" {
		return strings.Join(names, "、")
	}
	return link.AndList(names)
}

// Goal is the goal a link's project and task share: the project carries
// the task out, so it serves what the task aims at — the task's first
// target (its indicator and level, package link/target) or, where the task
// sets none, the heading of the part of the plan the task is in.
type Goal struct {
	Label string // the part's label (II (2)), for a heading; "" for a target
	Text  string // the heading, or the target's indicator
	Zh    bool   // Text is the plan's Chinese on an English page
	// A target's level and deadline in the page's language: Cmp in words
	// (at least), Value (Chinese on an English page where ValueZh: a
	// benchmark), Unit, Deadline (by 2025).
	Cmp, Value, Unit, Deadline string
	ValueZh                    bool
}

// Goal returns the goal the link's ends share, or nil when the task has
// neither a target nor a part with a heading above it.
func (x XRef) Goal() *Goal {
	task := x.Task()
	if task == nil {
		return nil
	}
	if r := task.Doc.targets().firstIn(task.EID); r != nil {
		return &Goal{Text: r.Indicator, Zh: r.IndicatorZh, Cmp: r.CmpWords, Value: r.Value, ValueZh: r.ValueZh, Unit: r.Unit, Deadline: r.Deadline}
	}
	for p := task.Parent; p != nil; p = p.Parent {
		if h := p.Heading(); h != "" && p.Node.Heading != "" {
			return &Goal{Label: p.Label(), Text: h, Zh: !p.Translated()}
		}
	}
	return nil
}

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
