// Package xmlwrite writes indented XML whose bytes depend only on what is
// written, for the exports that must stay byte-stable (Akoma Ntoso in
// package opendata, XLIFF in package xliff), and the escaped tags and text
// of other XML (the responsibility matrix's SVG in package link/dept).
// encoding/xml's Encoder would indent inside mixed content, changing its
// text, and writes no self-closing tags.
//
// Elements are written one a line, indented two spaces a level; text and
// attribute values are escaped by xml.EscapeText, which writes a line feed
// as &#xA; so no tool folds it. Inline writes an element whose content
// (text and elements) stays on one line, exactly as given.
package xmlwrite

import (
	"bytes"
	"encoding/xml"
	"strings"
)

// Writer writes XML into its buffer. The zero value writes every
// attribute; OmitEmpty leaves out those with empty values.
type Writer struct {
	bytes.Buffer
	OmitEmpty bool
	depth     int
}

func (w *Writer) indent() { w.WriteString(strings.Repeat("  ", w.depth)) }

// Tag writes a start tag, or an empty element, with attributes given as
// name, value pairs.
func (w *Writer) Tag(name string, attrs []string, empty bool) {
	w.WriteString("<" + name)
	for i := 0; i+1 < len(attrs); i += 2 {
		if w.OmitEmpty && attrs[i+1] == "" {
			continue
		}
		w.WriteString(" " + attrs[i] + `="`)
		w.Text(attrs[i+1])
		w.WriteString(`"`)
	}
	if empty {
		w.WriteString("/>")
	} else {
		w.WriteString(">")
	}
}

// Text writes s escaped.
func (w *Writer) Text(s string) { xml.EscapeText(w, []byte(s)) }

// Open starts an element on a line of its own; what follows is indented.
func (w *Writer) Open(name string, attrs ...string) {
	w.indent()
	w.Tag(name, attrs, false)
	w.WriteByte('\n')
	w.depth++
}

// Close ends the element Open started.
func (w *Writer) Close(name string) {
	w.depth--
	w.indent()
	w.WriteString("</" + name + ">\n")
}

// Empty writes <name attrs/> on a line of its own.
func (w *Writer) Empty(name string, attrs ...string) {
	w.indent()
	w.Tag(name, attrs, true)
	w.WriteByte('\n')
}

// Leaf writes <name attrs>text</name> on a line of its own.
func (w *Writer) Leaf(name, text string, attrs ...string) {
	w.Inline(name, attrs, func() { w.Text(text) })
}

// InlineLeaf writes <name attrs>text</name> where the writer is, inside
// Inline's content.
func (w *Writer) InlineLeaf(name, text string, attrs ...string) {
	w.Tag(name, attrs, false)
	w.Text(text)
	w.WriteString("</" + name + ">")
}

// Inline writes an element on a line of its own whose content fn writes
// without line breaks or indentation.
func (w *Writer) Inline(name string, attrs []string, fn func()) {
	w.indent()
	w.Tag(name, attrs, false)
	fn()
	w.WriteString("</" + name + ">\n")
}
