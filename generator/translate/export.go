package translate

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"plansite/generator/cite"
	"plansite/generator/link/dept"
	"plansite/generator/plan"
	"plansite/generator/xliff"
)

// XLIFF exchange (package xliff has the format).
//
// Export writes one <file> per plan (id: the slug, original: the seed) and
// one <unit> per node that needs a translation, its id the eId and pls:zh
// the fingerprint of the Chinese exported. A unit has a segment "h" for
// the heading and "t" for the running text, each that the node has; a
// node with cells only (a table row) has its cells as "t", a line per row,
// cells joined by " | ". A segment's
// target is the unit's English as written (Markdown), or what the memory
// finds for the whole segment; its state says where it stands:
//
//	final        translated from the Chinese as it is now
//	translated   translated, fingerprint not recorded; or pre-filled from memory (subState pls:memory)
//	initial      no English yet; or English of Chinese that has changed (subState pls:stale)
//
// Import (Apply) writes targets back; see its comment.

// Segment ids.
const (
	SegHeading = "h"
	SegText    = "t"
)

// Subststates Plansite writes.
const (
	SubStale  = "pls:stale"
	SubMemory = "pls:memory"
)

// ExportStats counts what an export holds.
type ExportStats struct {
	Units                              int
	Current, Unstamped, Stale, Missing int // units, by where they stand
	Segments                           int
	Targets                            int            // segments with a target
	Prefilled                          int            // of them, from memory
	PrefilledBy                        map[string]int // by Hit.Kind
	Fuzzy                              int            // segments offered fuzzy matches
	Chars, PrefilledChars              int            // Chinese characters of all segments, of pre-filled ones
	Departments                        int            // department mentions with an English name offered
	Terms                              int            // glossary term uses with a rendering offered
}

// maxFuzzy is how many fuzzy matches a segment is offered.
const maxFuzzy = 3

// Export makes the XLIFF file of doc's translation d (nil when none).
func Export(doc *plan.Document, d *Doc, mem *Memory) (*xliff.File, ExportStats) {
	st := ExportStats{PrefilledBy: map[string]int{}}
	scope := ""
	if mem.reg != nil {
		scope = dept.NewResolver(mem.reg, doc).Scope
	}
	f := &xliff.File{ID: doc.Slug, Original: doc.File, Notes: []xliff.Note{{Category: "format", Text: formatNote}}}
	doc.Walk(func(n *plan.Node) bool {
		if !Needs(n) {
			return true
		}
		u := exportUnit(n, d, mem, doc.Slug, scope, mem.Titles[doc.Slug], &st)
		if len(u.Segments) > 0 {
			f.Units = append(f.Units, u)
			st.Units++
		}
		return true
	})
	return f, st
}

// formatNote tells translators how targets are written.
const formatNote = "Targets are Markdown: *italics* for titles of documents, a blank line between paragraphs. " +
	"Numbering (一、 （一） 1．) and responsibility lists are not translated: pages print them. " +
	"Placeholders stand for numbers, document numbers and eIds: keep them. " +
	"Segments in state initial with subState pls:stale translate Chinese that has changed: revise them and confirm."

// exportUnit makes the unit of node n of plan slug; title is the plan's
// English title from content/works.yaml, if any, for the preamble's heading.
func exportUnit(n *plan.Node, d *Doc, mem *Memory, slug, scope, title string, st *ExportStats) *xliff.Unit {
	tu := d.Unit(n.EID)
	state := StateOf(n, d)
	xu := &xliff.Unit{ID: n.EID, Name: cite.LabelIn(n, "en", mem.citeTerms), ZH: Fingerprint(n)}
	cs := &codes{}
	type seg struct{ id, zh, en string }
	var segs []seg
	enH, enT := englishOf(n, tu)
	if n.Heading != "" {
		segs = append(segs, seg{id: SegHeading, zh: n.Heading, en: enH})
	}
	if n.Text != "" {
		segs = append(segs, seg{id: SegText, zh: n.Text, en: enT})
	}
	if n.Heading == "" && n.Text == "" && (len(n.Columns) > 0 || len(n.Rows) > 0) {
		// A table row, or a table without heading: its cells are the text.
		segs = append(segs, seg{id: SegText, zh: cellsText(n), en: enT})
	}
	switch state {
	case Current:
		st.Current++
	case Unstamped:
		st.Unstamped++
	case Stale:
		st.Stale++
	default:
		st.Missing++
	}
	var memNotes []string
	for _, s := range segs {
		xs := &xliff.Segment{ID: s.id, Source: cs.source(s.zh)}
		st.Segments++
		st.Chars += utf8.RuneCountInString(s.zh)
		switch {
		case s.en != "":
			xs.Target, xs.HasTarget = cs.target(s.en, xs.Source), true
			xs.State = map[State]string{Current: xliff.StateFinal, Unstamped: xliff.StateTranslated, Stale: xliff.StateInitial}[state]
			if state == Stale {
				xs.SubState = SubStale
			}
		default:
			xs.State = xliff.StateInitial
			hit, ok := mem.Exact(s.zh, scope, slug)
			if !ok && title != "" && s.id == SegHeading && n.Kind == plan.KindPreamble {
				hit, ok = Hit{EN: title, Origin: "content/works.yaml", Kind: "title"}, true
			}
			if ok {
				xs.Target, xs.HasTarget = cs.target(hit.EN, xs.Source), true
				xs.State, xs.SubState = xliff.StateTranslated, SubMemory
				st.Prefilled++
				st.PrefilledBy[hit.Kind]++
				st.PrefilledChars += utf8.RuneCountInString(s.zh)
				memNotes = append(memNotes, fmt.Sprintf("%s: pre-filled from %s (%s); check it and confirm.", segName(s.id), hit.Origin, hit.Kind))
			}
		}
		if xs.HasTarget {
			st.Targets++
		}
		if xs.State != xliff.StateFinal {
			ms := mem.Fuzzy(s.zh, slug, maxFuzzy)
			for _, m := range ms {
				xu.Matches = append(xu.Matches, xliff.Match{Ref: "#" + s.id, Similarity: m.Similarity, Origin: m.Origin, Source: m.ZH, Target: m.EN})
			}
			if len(ms) > 0 {
				st.Fuzzy++
			}
		}
		xu.Segments = append(xu.Segments, xs)
	}
	xu.Data = cs.data
	var zh strings.Builder
	for _, s := range segs {
		zh.WriteString(s.zh + "\n")
	}
	var deptNotes, termNotes []string
	seen := map[*dept.Entry]bool{}
	dept := func(written string, e *dept.Entry, what string) {
		if e == nil || e.EN == "" || seen[e] {
			return
		}
		seen[e] = true
		xu.Glossary = append(xu.Glossary, xliff.GlossEntry{Term: written, Translation: e.EN,
			Origin: fmt.Sprintf("%s:%d", mem.reg.File, e.Line), Definition: what})
		st.Departments++
	}
	for _, m := range mem.DepartmentsIn(zh.String(), scope) {
		dept(m.Written, m.Entry, "department (registry)")
		if m.Entry.EN != "" {
			deptNotes = append(deptNotes, m.Written+" = "+m.Entry.EN)
		}
	}
	for _, name := range n.Resp.All() {
		dept(name, mem.department(scope, name), "department in the responsibility list (registry)")
	}
	for _, t := range mem.TermsIn(zh.String(), slug) {
		xu.Glossary = append(xu.Glossary, xliff.GlossEntry{Term: t.ZH, Translation: t.EN,
			Origin: fmt.Sprintf("%s:%d", GlossaryFile, t.Line), Definition: t.Note})
		termNotes = append(termNotes, t.ZH+" = "+t.EN)
		st.Terms++
	}
	xu.Notes = append(xu.Notes, xliff.Note{Category: "location", Text: location(n, d, mem.citeTerms)})
	if len(deptNotes) > 0 {
		xu.Notes = append(xu.Notes, xliff.Note{Category: "departments", Text: "Departments named, with their registry English names: " + strings.Join(deptNotes, "; ") + "."})
	}
	if r := respNote(n, mem, scope); r != "" {
		xu.Notes = append(xu.Notes, xliff.Note{Category: "responsibility", Text: r})
	}
	if len(termNotes) > 0 {
		xu.Notes = append(xu.Notes, xliff.Note{Category: "terms", Text: "Glossary terms, use these renderings: " + strings.Join(termNotes, "; ") + "."})
	}
	if state == Stale {
		xu.Notes = append(xu.Notes, xliff.Note{Category: "status", Text: fmt.Sprintf("Needs review: the Chinese changed since this English was written (at %s). Revise the target and confirm it.", tu.Pos())})
	}
	for _, m := range memNotes {
		xu.Notes = append(xu.Notes, xliff.Note{Category: "memory", Text: m})
	}
	return xu
}

// englishOf is the English of node n's heading and text in unit u (nil
// for none). A node with a heading or a text only may have its English
// in either place of the unit: a notice's title, Chinese text, is
// translated as the unit's heading.
func englishOf(n *plan.Node, u *Unit) (heading, text string) {
	if u == nil {
		return "", ""
	}
	heading, text = u.HeadingMD, strings.TrimSpace(u.BodyMD)
	switch {
	case n.Heading == "" && n.Text == "":
		if text == "" {
			return "", heading
		}
		return "", text
	case n.Text == "" && heading == "":
		return text, ""
	case n.Heading == "" && text == "":
		return "", heading
	}
	return heading, text
}

// placeEnglish is where the English of a node's heading (h) and text (t)
// goes in its unit: the reverse of englishOf, keeping the place the unit
// old (nil for a new one) uses. A new notice title goes in the heading.
func placeEnglish(n *plan.Node, old *Unit, h, t string) (heading, body string) {
	switch {
	case n.Heading == "" && n.Text == "":
		return "", t
	case n.Heading != "" && n.Text != "":
		return h, t
	case n.Heading != "":
		if old != nil && old.HeadingMD == "" && strings.TrimSpace(old.BodyMD) != "" {
			return "", h
		}
		return h, ""
	case n.Text != "":
		if old != nil && old.HeadingMD != "" && strings.TrimSpace(old.BodyMD) == "" || old == nil && n.Kind == plan.KindTitle {
			return t, ""
		}
		return "", t
	}
	return h, t
}

// cellsText is a table's or a row's cells as one text: a line per row,
// cells joined by " | ".
func cellsText(n *plan.Node) string {
	var lines []string
	if len(n.Columns) > 0 {
		lines = append(lines, strings.Join(n.Columns, " | "))
	}
	for _, r := range n.Rows {
		lines = append(lines, strings.Join(r, " | "))
	}
	return strings.Join(lines, "\n")
}

func segName(id string) string {
	if id == SegHeading {
		return "Heading"
	}
	return "Text"
}

// location says where the passage is: its label in both languages (a
// grouped project's kind of work in the glossary's English, terms) and
// the heading it is under, with that heading's English where there is one.
func location(n *plan.Node, d *Doc, terms cite.Terms) string {
	var b strings.Builder
	zh, en := cite.Label(n, "zh"), cite.LabelIn(n, "en", terms)
	switch {
	case zh != "":
		fmt.Fprintf(&b, "%s (%s), %s", zh, en, n.Kind)
	default:
		fmt.Fprintf(&b, "%s (%s)", n.EID, n.Kind)
	}
	if n.Num != "" {
		fmt.Fprintf(&b, "; numbered %s, which pages print", n.Num)
	}
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Heading == "" {
			continue
		}
		fmt.Fprintf(&b, "; under %s%s", p.Num, p.Heading)
		if u := d.Unit(p.EID); u != nil && u.HeadingMD != "" {
			fmt.Fprintf(&b, " (%s)", u.HeadingMD)
		}
		break
	}
	return b.String() + "."
}

// respNote lists the node's responsibility list with the registry's
// English names; the list is not translated, but the text may refer to it.
func respNote(n *plan.Node, mem *Memory, scope string) string {
	if n.Resp == nil {
		return ""
	}
	name := func(zh string) string {
		if e := mem.department(scope, zh); e != nil {
			return zh + " (" + e.EN + ")"
		}
		return zh
	}
	var parts []string
	for i, names := range [][]string{n.Resp.Lead, n.Resp.Support} {
		if len(names) == 0 {
			continue
		}
		var ens []string
		for _, zh := range names {
			ens = append(ens, name(zh))
		}
		parts = append(parts, []string{"lead: ", "supporting: "}[i]+strings.Join(ens, ", "))
	}
	return "Responsibility list, printed by pages from the registry (do not translate): " + strings.Join(parts, "; ") + "."
}
