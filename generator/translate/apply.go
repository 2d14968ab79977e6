package translate

import (
	"io/fs"
	"path"
	"strings"

	"plansite/generator/plan"
	"plansite/generator/pos"
	"plansite/generator/xliff"
)

// Imported is what Apply makes of an XLIFF file: the translation files to
// write and what happened to the units.
type Imported struct {
	Slug  string
	Files map[string][]byte // content/<lang>/<slug>/<name>.md → new content; only files that change
	// Units by what happened to them.
	Changed, Added, Restamped, Unchanged, Empty int
	Warnings                                    []*pos.Error // at the unit in the XLIFF file
}

// unitEdit is the English one XLIFF unit brings for a node.
type unitEdit struct {
	node          *plan.Node
	heading, body string
	zh            string // fingerprint of the Chinese the translator saw
	old           *Unit  // the unit as it is, or nil
	restampOnly   bool
}

// Apply works out how the XLIFF file x (read from name) changes the
// translation of its plan. docs are the plans of the project, set the
// translations into x's target language, fsys the project. want, when not
// empty, is the plan the file must be for.
//
// A unit's targets replace its heading ("h") and text ("t"); a segment
// without a target keeps what the translation has. A unit whose targets
// say what the translation already says is left byte for byte as it is,
// unless the translator moved its state on (a stale unit confirmed as
// translated or better): then only its fingerprint is stamped. A changed
// or new unit is stamped with the fingerprint of the Chinese the
// translator saw (pls:zh, or the fingerprint of the unit's source when a
// tool dropped the attribute); when that is not the Chinese as it is now,
// the unit is imported stale, with a warning. New units go into the file
// that holds their part (else notice.md, projects.md or part-N.md), in
// document order.
//
// A file for another plan, for a plan the project lacks, in another
// language, or with a unit id that is not an eId of the plan is rejected
// with file:line.
func Apply(name string, x *xliff.Document, docs []*plan.Document, set *Set, fsys fs.FS, want string) (*Imported, error) {
	var errs pos.List
	if !strings.HasPrefix(x.SrcLang, "zh") {
		errs.Add(name, 1, "source language %q: expected Chinese (zh)", x.SrcLang)
	}
	if lang, _, _ := strings.Cut(x.TrgLang, "-"); lang != set.Lang {
		errs.Add(name, 1, "target language %q: expected %s", x.TrgLang, set.Lang)
	}
	if len(x.Files) != 1 {
		errs.Add(name, 1, "%d <file> elements: expected one, for one plan (export one with translate export -plan SLUG)", len(x.Files))
	}
	if len(errs) > 0 {
		return nil, errs
	}
	f := x.Files[0]
	var doc *plan.Document
	for _, d := range docs {
		if d.Slug == f.ID {
			doc = d
		}
	}
	switch {
	case want != "" && f.ID != want:
		return nil, pos.Errorf(name, f.Line, "the file is for plan %q, not %q", f.ID, want)
	case doc == nil:
		return nil, pos.Errorf(name, f.Line, "the file is for plan %q, which seeds/ lacks", f.ID)
	}
	nodes := map[string]*plan.Node{}
	var order []string
	doc.Walk(func(n *plan.Node) bool {
		nodes[n.EID] = n
		order = append(order, n.EID)
		return true
	})
	d := set.Doc(doc.Slug)
	out := &Imported{Slug: doc.Slug, Files: map[string][]byte{}}
	var edits []*unitEdit
	seen := map[string]int{}
	for _, u := range f.Units {
		n := nodes[u.ID]
		switch {
		case n == nil:
			errs.Add(name, u.Line, "unit %q is not an eId of %s", u.ID, doc.File)
			continue
		case seen[u.ID] > 0:
			errs.Add(name, u.Line, "unit %q again (first at line %d)", u.ID, seen[u.ID])
			continue
		}
		seen[u.ID] = u.Line
		e, err := readUnit(name, u, n, d.Unit(u.ID))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		switch {
		case e == nil:
			out.Empty++
			continue
		case e.old != nil && e.heading == e.old.HeadingMD && e.body == strings.TrimSpace(e.old.BodyMD):
			if !e.restampOnly {
				out.Unchanged++
				continue
			}
			out.Restamped++
		case e.old != nil:
			out.Changed++
		default:
			out.Added++
		}
		if e.zh != Fingerprint(n) {
			out.Warnings = append(out.Warnings, pos.Errorf(name, u.Line, "%s: the Chinese changed since the file was exported; imported as stale (revise it, then export again)", u.ID))
		}
		edits = append(edits, e)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	files, err := writeEdits(fsys, set.Lang, doc.Slug, d, edits, nodes, order)
	if err != nil {
		return nil, err
	}
	out.Files = files
	return out, nil
}

// stateRank orders segment states as work advances.
var stateRank = map[string]int{xliff.StateInitial: 0, xliff.StateTranslated: 1, xliff.StateReviewed: 2, xliff.StateFinal: 3}

// readUnit reads the English an XLIFF unit gives node n (whose unit is
// old, or nil); nil when it gives none.
func readUnit(name string, u *xliff.Unit, n *plan.Node, old *Unit) (*unitEdit, *pos.Error) {
	e := &unitEdit{node: n, old: old, zh: u.ZH}
	h, t := englishOf(n, old)
	any := false
	minRank := 3
	var seenH, seenT string
	for _, s := range u.Segments {
		if s.ID != SegHeading && s.ID != SegText {
			return nil, pos.Errorf(name, s.Line, "segment %q in unit %s: expected h (heading) or t (text)", s.ID, u.ID)
		}
		src := s.Source.Plain(u.DataText)
		if s.ID == SegHeading {
			seenH = src
		} else {
			seenT = src
		}
		minRank = min(minRank, stateRank[s.State])
		if !s.HasTarget {
			continue
		}
		for _, in := range s.Target {
			if in.Code != nil && in.Code.Equiv == "" {
				if _, ok := u.DataText(in.Code.DataRef); !ok {
					return nil, pos.Errorf(name, s.TargetLine, "placeholder %q in unit %s stands for nothing: keep the placeholders the source has", in.Code.ID, u.ID)
				}
			}
		}
		text := strings.TrimSpace(strings.ReplaceAll(s.Target.Plain(equivFirst(u)), "\r\n", "\n"))
		if text == "" {
			continue
		}
		any = true
		if s.ID == SegHeading {
			h = text
		} else {
			t = text
		}
	}
	if !any {
		return nil, nil
	}
	e.heading, e.body = placeEnglish(n, old, h, t)
	e.heading = strings.Join(strings.Fields(e.heading), " ")
	if n.Text == "" {
		seenT = "" // a row's cells, which the fingerprint takes from the node
	}
	if e.zh == "" {
		e.zh = Fingerprint(&plan.Node{Heading: seenH, Text: seenT, Columns: n.Columns, Rows: n.Rows})
	}
	if old != nil && old.ZH != e.zh {
		exported := stateRank[map[State]string{Current: xliff.StateFinal, Unstamped: xliff.StateTranslated}[unitState(n, old)]]
		e.restampOnly = minRank > exported && minRank >= stateRank[xliff.StateTranslated]
	}
	return e, nil
}

// equivFirst expands a target's placeholders to the text the English
// writes (equiv), falling back to the original data.
func equivFirst(u *xliff.Unit) func(string) (string, bool) {
	return func(ref string) (string, bool) {
		for _, s := range u.Segments {
			for _, in := range append(s.Source, s.Target...) {
				if in.Code != nil && in.Code.DataRef == ref && in.Code.Equiv != "" {
					return in.Code.Equiv, true
				}
			}
		}
		return u.DataText(ref)
	}
}

// defaultFile is the file a new unit under the top-level node top goes in.
func defaultFile(top *plan.Node) string {
	switch top.Kind {
	case plan.KindNotice, plan.KindPreamble, plan.KindConclusions:
		return "notice.md"
	case plan.KindTable, plan.KindProject:
		return "projects.md"
	}
	return strings.ReplaceAll(top.EID, "_", "-") + ".md"
}

// topOf is the top-level node n is in.
func topOf(n *plan.Node) *plan.Node {
	for n.Parent != nil {
		n = n.Parent
	}
	return n
}

// fileFor is where a new unit for n goes: the file that already holds a
// unit of its top-level node, else the default.
func fileFor(lang, slug string, d *Doc, n *plan.Node, nodes map[string]*plan.Node) string {
	top := topOf(n)
	if d != nil {
		for _, u := range d.Units {
			if m := nodes[u.EID]; m != nil && topOf(m) == top {
				return u.File
			}
		}
	}
	return path.Join(Dir(lang), slug, defaultFile(top))
}

// levelFor is the heading level of a new unit (for the translator's eye).
func levelFor(n *plan.Node) int {
	switch {
	case n.Heading == "":
		return 4
	case n.Kind == plan.KindPart || n.Kind == plan.KindPreamble || n.Kind == plan.KindTitle || n.Kind == plan.KindTable || n.Kind == plan.KindAttachment:
		return 1
	case n.Kind == plan.KindSection:
		return 2
	}
	return 3
}

// headingLine writes a unit's heading line.
func headingLine(level int, heading, eid, zh string) string {
	attrs := "{#" + eid + ` zh="` + zh + `"}`
	if heading == "" {
		return strings.Repeat("#", level) + " " + attrs + "\n"
	}
	return strings.Repeat("#", level) + " " + escapeHeading(heading) + " " + attrs + "\n"
}

// escapeHeading keeps a heading's text from closing the heading early.
func escapeHeading(s string) string {
	return strings.NewReplacer("{", `\{`, "}", `\}`).Replace(s)
}

// escapeBody keeps body lines from starting a unit or turning into a
// heading: a line starting with # or made only of = or - is escaped.
func escapeBody(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		t := strings.TrimLeft(l, " ")
		if strings.HasPrefix(t, "#") || t != "" && strings.Trim(t, "=- ") == "" && i > 0 {
			lines[i] = l[:len(l)-len(t)] + `\` + t
		}
	}
	return strings.Join(lines, "\n")
}
