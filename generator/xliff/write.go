package xliff

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"strings"
)

// Marshal writes d as XLIFF 2.1, indented, the same bytes for the same
// document.
func Marshal(d *Document) []byte {
	w := &writer{}
	w.buf.WriteString(xml.Header)
	attrs := []string{"xmlns", NSCore, "xmlns:mtc", NSMatches, "xmlns:gls", NSGlossary, "xmlns:pls", NSPlansite,
		"version", "2.1", "srcLang", d.SrcLang}
	if d.TrgLang != "" {
		attrs = append(attrs, "trgLang", d.TrgLang)
	}
	w.open("xliff", attrs...)
	for _, f := range d.Files {
		w.file(f)
	}
	w.close("xliff")
	return w.buf.Bytes()
}

type writer struct {
	buf   bytes.Buffer
	depth int
}

func (w *writer) indent() { w.buf.WriteString(strings.Repeat("  ", w.depth)) }

// tag writes a start tag (or an empty element) with attributes given as
// name, value pairs; empty values are left out.
func (w *writer) tag(name string, attrs []string, empty bool) {
	w.buf.WriteString("<" + name)
	for i := 0; i+1 < len(attrs); i += 2 {
		if attrs[i+1] == "" {
			continue
		}
		w.buf.WriteString(" " + attrs[i] + `="`)
		w.escape(attrs[i+1])
		w.buf.WriteString(`"`)
	}
	if empty {
		w.buf.WriteString("/>")
	} else {
		w.buf.WriteString(">")
	}
}

// escape writes s as character data; xml.EscapeText writes line feeds as
// &#xA;, which keeps them through any tool's whitespace handling.
func (w *writer) escape(s string) { xml.EscapeText(&w.buf, []byte(s)) }

func (w *writer) open(name string, attrs ...string) {
	w.indent()
	w.tag(name, attrs, false)
	w.buf.WriteByte('\n')
	w.depth++
}

func (w *writer) close(name string) {
	w.depth--
	w.indent()
	w.buf.WriteString("</" + name + ">\n")
}

// leaf writes <name attrs>text</name> on a line of its own.
func (w *writer) leaf(name, text string, attrs ...string) {
	w.indent()
	w.tag(name, attrs, false)
	w.escape(text)
	w.buf.WriteString("</" + name + ">\n")
}

// content writes <name>inline content</name> on a line of its own.
func (w *writer) content(name string, c Content) {
	w.indent()
	w.tag(name, nil, false)
	for _, in := range c {
		if in.Code == nil {
			w.escape(in.Text)
			continue
		}
		k := in.Code
		w.tag("ph", []string{"id", k.ID, "dataRef", k.DataRef, "equiv", k.Equiv, "disp", k.Disp,
			"type", typeOf(k), "subType", k.SubType}, true)
	}
	w.buf.WriteString("</" + name + ">\n")
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
	w.open("file", "id", f.ID, "original", f.Original, "canResegment", "no", "xml:space", "preserve")
	w.notes(f.Notes)
	for _, u := range f.Units {
		w.unit(u)
	}
	w.close("file")
}

func (w *writer) notes(ns []Note) {
	if len(ns) == 0 {
		return
	}
	w.open("notes")
	for _, n := range ns {
		w.leaf("note", n.Text, "category", n.Category)
	}
	w.close("notes")
}

func (w *writer) unit(u *Unit) {
	w.open("unit", "id", u.ID, "name", u.Name, "pls:zh", u.ZH)
	if len(u.Matches) > 0 {
		w.open("mtc:matches")
		for _, m := range u.Matches {
			w.open("mtc:match", "ref", m.Ref, "similarity", strconv.FormatFloat(m.Similarity, 'f', 1, 64), "type", "tm", "origin", m.Origin)
			w.leaf("source", m.Source)
			w.leaf("target", m.Target)
			w.close("mtc:match")
		}
		w.close("mtc:matches")
	}
	if len(u.Glossary) > 0 {
		w.open("gls:glossary")
		for _, g := range u.Glossary {
			w.open("gls:glossEntry")
			w.leaf("gls:term", g.Term, "source", g.Origin)
			w.leaf("gls:translation", g.Translation, "source", g.Origin)
			if g.Definition != "" {
				w.leaf("gls:definition", g.Definition)
			}
			w.close("gls:glossEntry")
		}
		w.close("gls:glossary")
	}
	w.notes(u.Notes)
	if len(u.Data) > 0 {
		w.open("originalData")
		for _, d := range u.Data {
			w.leaf("data", d.Text, "id", d.ID)
		}
		w.close("originalData")
	}
	for _, s := range u.Segments {
		w.open("segment", "id", s.ID, "state", s.State, "subState", s.SubState)
		w.content("source", s.Source)
		if s.HasTarget {
			w.content("target", s.Target)
		}
		w.close("segment")
	}
	w.close("unit")
}
