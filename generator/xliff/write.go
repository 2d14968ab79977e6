package xliff

import (
	"encoding/xml"
	"strconv"

	"plansite/generator/xmlwrite"
)

// Marshal writes d as XLIFF 2.1, indented, the same bytes for the same
// document.
func Marshal(d *Document) []byte {
	w := &writer{xmlwrite.Writer{OmitEmpty: true}}
	w.WriteString(xml.Header)
	w.Open("xliff", "xmlns", NSCore, "xmlns:mtc", NSMatches, "xmlns:gls", NSGlossary, "xmlns:pls", NSPlansite,
		"version", "2.1", "srcLang", d.SrcLang, "trgLang", d.TrgLang)
	for _, f := range d.Files {
		w.file(f)
	}
	w.Close("xliff")
	return w.Bytes()
}

// writer leaves out attributes with empty values, which XLIFF reads as
// absent.
type writer struct{ xmlwrite.Writer }

// content writes <name>inline content</name> on a line of its own.
func (w *writer) content(name string, c Content) {
	w.Inline(name, nil, func() {
		for _, in := range c {
			if in.Code == nil {
				w.Text(in.Text)
				continue
			}
			k := in.Code
			w.Tag("ph", []string{"id", k.ID, "dataRef", k.DataRef, "equiv", k.Equiv, "disp", k.Disp,
				"type", typeOf(k), "subType", k.SubType}, true)
		}
	})
}

// typeOf is the core type a subType needs beside it.
func typeOf(k *Code) string {
	if k.SubType == "" {
		return ""
	}
	return "other"
}

func (w *writer) file(f *File) {
	// canResegment="no": the importer maps segments to a unit's heading
	// and text by id, so tools must not split or join them.
	w.Open("file", "id", f.ID, "original", f.Original, "canResegment", "no", "xml:space", "preserve")
	w.notes(f.Notes)
	for _, u := range f.Units {
		w.unit(u)
	}
	w.Close("file")
}

func (w *writer) notes(ns []Note) {
	if len(ns) == 0 {
		return
	}
	w.Open("notes")
	for _, n := range ns {
		w.Leaf("note", n.Text, "category", n.Category)
	}
	w.Close("notes")
}

func (w *writer) unit(u *Unit) {
	w.Open("unit", "id", u.ID, "name", u.Name, "pls:zh", u.ZH)
	if len(u.Matches) > 0 {
		w.Open("mtc:matches")
		for _, m := range u.Matches {
			w.Open("mtc:match", "ref", m.Ref, "similarity", strconv.FormatFloat(m.Similarity, 'f', 1, 64), "type", "tm", "origin", m.Origin)
			w.Leaf("source", m.Source)
			w.Leaf("target", m.Target)
			w.Close("mtc:match")
		}
		w.Close("mtc:matches")
	}
	if len(u.Glossary) > 0 {
		w.Open("gls:glossary")
		for _, g := range u.Glossary {
			w.Open("gls:glossEntry")
			w.Leaf("gls:term", g.Term, "source", g.Origin)
			w.Leaf("gls:translation", g.Translation, "source", g.Origin)
			if g.Definition != "" {
				w.Leaf("gls:definition", g.Definition)
			}
			w.Close("gls:glossEntry")
		}
		w.Close("gls:glossary")
	}
	w.notes(u.Notes)
	if len(u.Data) > 0 {
		w.Open("originalData")
		for _, d := range u.Data {
			w.Leaf("data", d.Text, "id", d.ID)
		}
		w.Close("originalData")
	}
	for _, s := range u.Segments {
		w.Open("segment", "id", s.ID, "state", s.State, "subState", s.SubState)
		w.content("source", s.Source)
		if s.HasTarget {
			w.content("target", s.Target)
		}
		w.Close("segment")
	}
	w.Close("unit")
}
