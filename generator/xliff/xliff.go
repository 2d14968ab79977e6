// Package xliff reads and writes the subset of XLIFF 2.1 that Plansite
// exchanges with translators' CAT tools (OmegaT, memoQ, Trados, Weblate).
//
// # What is written
//
// One <xliff version="2.1"> with srcLang and trgLang, one <file> per plan
// (id and original name the plan), one <unit> per translation unit, in
// this order inside a unit, as the core schema wants it:
//
//	<unit id="part_2__sec_1" pls:zh="1a2b3c4d">       pls:zh: fingerprint of the Chinese exported
//	  <mtc:matches>…</mtc:matches>                     Translation Candidates module: fuzzy matches
//	  <gls:glossary>…</gls:glossary>                   Glossary module: terms and departments present
//	  <notes><note category="…">…</note></notes>       context for the translator
//	  <originalData><data id="d1">55%</data></originalData>
//	  <segment id="h" state="final"><source>…</source><target>…</target></segment>
//	</unit>
//
// Inline content is text and <ph/> placeholders. A placeholder protects
// what must not change (a number with its unit, a document number, an eId
// reference): it points by dataRef to the original text, which equiv and
// disp repeat so that tools show it. Reading a target replaces each
// placeholder with its original text. Text keeps every character, line
// feeds included (written as &#xA; so no tool folds them).
//
// Anything else a tool may add (other modules, attributes, groups of
// units) is skipped when reading; what Plansite needs (ids, states,
// sources, targets, pls:zh) is read with the line it is on, so problems
// are reported as file:line (package pos).
package xliff

import "strings"

// Namespaces written and read.
const (
	NSCore     = "urn:oasis:names:tc:xliff:document:2.0"
	NSMatches  = "urn:oasis:names:tc:xliff:matches:2.0"
	NSGlossary = "urn:oasis:names:tc:xliff:glossary:2.0"
	NSPlansite = "urn:plansite:xliff:1"
)

// Segment states of the core specification, in the order work advances.
const (
	StateInitial    = "initial"
	StateTranslated = "translated"
	StateReviewed   = "reviewed"
	StateFinal      = "final"
)

// Document is one XLIFF file.
type Document struct {
	SrcLang, TrgLang string
	Files            []*File
}

// File is the translation of one original document.
type File struct {
	ID       string
	Original string
	Notes    []Note
	Units    []*Unit
	Line     int // where <file> starts, when read
}

// Unit is one translation unit.
type Unit struct {
	ID       string
	Name     string
	ZH       string // pls:zh, the fingerprint of the source when exported
	Matches  []Match
	Glossary []GlossEntry
	Notes    []Note
	Data     []Data
	Segments []*Segment
	Line     int
}

// Segment returns the segment with the id, or nil.
func (u *Unit) Segment(id string) *Segment {
	for _, s := range u.Segments {
		if s.ID == id {
			return s
		}
	}
	return nil
}

// DataText returns the original text of the data with the id.
func (u *Unit) DataText(id string) (string, bool) {
	for _, d := range u.Data {
		if d.ID == id {
			return d.Text, true
		}
	}
	return "", false
}

// Note is a comment for the translator; Category says what it is about.
type Note struct {
	Category string
	Text     string
}

// Data is the original text an inline code stands for.
type Data struct {
	ID   string
	Text string
}

// Segment is a source and, once translated or pre-filled, its target.
type Segment struct {
	ID        string
	State     string
	SubState  string // "pls:stale", "pls:memory": why the state is what it is
	Source    Content
	Target    Content
	HasTarget bool
	Line      int // where <segment> starts, when read
	// TargetLine is where <target> starts, when read.
	TargetLine int
}

// Content is inline content: text runs and placeholders.
type Content []Inline

// Inline is a run of text, or a placeholder when Code is set.
type Inline struct {
	Text string
	Code *Code
}

// Code is a <ph/>: a placeholder for original text that must not change.
type Code struct {
	ID      string
	DataRef string
	Equiv   string
	Disp    string
	SubType string // "pls:number", "pls:docnum", "pls:eid"
}

// Plain is content with placeholders replaced by data, the text a reader
// sees: data(dataRef) gives the original text, and failing that equiv.
func (c Content) Plain(data func(id string) (string, bool)) string {
	var b strings.Builder
	for _, in := range c {
		if in.Code == nil {
			b.WriteString(in.Text)
			continue
		}
		if data != nil {
			if t, ok := data(in.Code.DataRef); ok {
				b.WriteString(t)
				continue
			}
		}
		b.WriteString(in.Code.Equiv)
	}
	return b.String()
}

// Text is content without placeholders.
func Text(s string) Content {
	if s == "" {
		return nil
	}
	return Content{{Text: s}}
}

// Match is a translation candidate (Translation Candidates module): a
// fuzzy match from the project's memory, offered, never taken as target.
type Match struct {
	Ref        string  // the segment it is for, "#t"
	Similarity float64 // 0–100
	Origin     string  // where it comes from: "zichuan-education-2022#part_2"
	Source     string
	Target     string
}

// GlossEntry is a term the unit's source uses (Glossary module), with the
// rendering the project fixes.
type GlossEntry struct {
	Term        string
	Translation string
	Origin      string // "content/glossary.yaml:12"
	Definition  string
}
