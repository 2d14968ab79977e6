package view

import (
	"fmt"
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

// Verdict is who decided the link, in the page's language: the editors
// with their reason, or the computation, not yet reviewed.
func (x XRef) Verdict() string { return Verdict(x.Node.Doc.T, x.Link, x.lang) }

// SharedDepts are the departments both passages name, as a list in the
// page's language ("A, B and C", "A、B、C"), or "".
func (x XRef) SharedDepts() string {
	return AndList(x.Node.Doc.T, sharedDepts(x.Node.Doc.T, x.Link, x.lang))
}

// Explain says in lang, for a reader, why the link exists, in the words t
// gives (content/i18n): who decided it (Verdict) and the departments both
// passages name (linkBothDepts). The shared terms the computation found
// stay out of it: they are fragments of the Chinese (育人, 国家学前教),
// meaningless to a reader and untranslatable; the data export keeps them.
func Explain(t func(key string) string, l *link.Link, lang string) string {
	s := Verdict(t, l, lang)
	if len(l.Departments) > 0 {
		s += fmt.Sprintf(t("linkBothDepts"), AndList(t, sharedDepts(t, l, lang)))
	}
	return s
}

// Verdict says in lang, in the words t gives, who decided the link: the
// editors, with their reason in lang, or the computation, not yet
// reviewed. The reason's closing punctuation gives way to the sentence's.
func Verdict(t func(key string) string, l *link.Link, lang string) string {
	reason := l.Reason
	if lang != SourceLang {
		reason = l.ReasonEN
	}
	reason = strings.TrimRight(reason, "。．.；; ")
	switch {
	case l.Status == link.StatusConfirmed && reason != "":
		return fmt.Sprintf(t("linkConfirmedWhy"), reason)
	case l.Status == link.StatusConfirmed:
		return t("linkConfirmed")
	case l.Status == link.StatusAdded && reason != "":
		return fmt.Sprintf(t("linkAddedWhy"), reason)
	case l.Status == link.StatusAdded:
		return t("linkAdded")
	}
	return t("linkSuggested")
}

// sharedDepts are the names, in lang, of the departments both passages
// name, as a sentence writes them: a District bureau with deptInSentence
// ("the District Finance Bureau").
func sharedDepts(t func(key string) string, l *link.Link, lang string) []string {
	names := make([]string, len(l.Departments))
	for i, d := range l.Departments {
		names[i] = d.NameIn(lang)
		if strings.HasPrefix(names[i], "District ") {
			names[i] = fmt.Sprintf(t("deptInSentence"), names[i])
		}
	}
	return names
}

// AndList joins names as a sentence lists them, in the words t gives:
// listSep between all but the last two, listAnd before the last ("A, B
// and C", "A、B、C").
func AndList(t func(key string) string, names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], t("listSep")) + t("listAnd") + names[len(names)-1]
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
	ValueZh, UnitZh            bool
}

// task is the task end of the link (the page's own node on a task's page).
func (x XRef) task() *Node { return x.Node.Doc.Find(x.Link.Task.EID) }

// Goal returns the goal the link's ends share, or nil when the task has
// neither a target nor a part with a heading above it.
func (x XRef) Goal() *Goal {
	task := x.task()
	if task == nil {
		return nil
	}
	if r := task.Doc.targets().firstIn(task.EID); r != nil {
		return &Goal{Text: r.Indicator, Zh: r.IndicatorZh, Cmp: r.CmpWords, Value: r.Value, ValueZh: r.ValueZh, Unit: r.Unit, UnitZh: r.UnitZh, Deadline: r.Deadline}
	}
	for p := task.Parent; p != nil; p = p.Parent {
		if h := p.Heading(); h != "" && p.Node.Heading != "" {
			return &Goal{Label: p.Label(), Text: h, Zh: !p.Translated()}
		}
	}
	return nil
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
