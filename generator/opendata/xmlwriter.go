package opendata

import (
	"bytes"
	"encoding/xml"
	"strings"
)

// xw writes indented XML; inline content (a p with mixed text and
// elements) is written without indentation so its text stays exact.
type xw struct {
	buf   bytes.Buffer
	depth int
}

func (w *xw) raw(s string) { w.buf.WriteString(s) }

func (w *xw) indent() {
	w.buf.WriteString(strings.Repeat("  ", w.depth))
}

func (w *xw) start(name string, attrs []string, selfClose bool) {
	w.buf.WriteString("<" + name)
	for i := 0; i+1 < len(attrs); i += 2 {
		w.buf.WriteString(" " + attrs[i] + `="`)
		xml.EscapeText(&w.buf, []byte(attrs[i+1]))
		w.buf.WriteString(`"`)
	}
	if selfClose {
		w.buf.WriteString("/>")
	} else {
		w.buf.WriteString(">")
	}
}

func (w *xw) open(name string, attrs ...string) {
	w.indent()
	w.start(name, attrs, false)
	w.buf.WriteString("\n")
	w.depth++
}

func (w *xw) close(name string) {
	w.depth--
	w.indent()
	w.buf.WriteString("</" + name + ">\n")
}

func (w *xw) leaf(name string, attrs ...string) {
	w.indent()
	w.start(name, attrs, true)
	w.buf.WriteString("\n")
}

// elem writes <name>text</name> on a line of its own, or inline when
// called inside inline.
func (w *xw) elem(name, text string) {
	if w.depth >= 0 {
		w.indent()
	}
	w.inlineElem(name, text)
	if w.depth >= 0 {
		w.buf.WriteString("\n")
	}
}

func (w *xw) inlineElem(name, text string, attrs ...string) {
	w.start(name, attrs, false)
	w.text(text)
	w.buf.WriteString("</" + name + ">")
}

func (w *xw) text(s string) { xml.EscapeText(&w.buf, []byte(s)) }

// inline writes an element whose content fn writes without line breaks.
func (w *xw) inline(name string, attrs []string, fn func()) {
	w.indent()
	w.start(name, attrs, false)
	saved := w.depth
	w.depth = -1 // elem inside writes inline
	fn()
	w.depth = saved
	w.buf.WriteString("</" + name + ">\n")
}
