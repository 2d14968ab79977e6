// Package xmlwrite writes indented XML whose bytes depend only on what is
// written, for the exports that must stay byte-stable (Akoma Ntoso in
// package opendata, XLIFF in package xliff, the sitemap in package site),
// and the escaped tags and text of other XML (the responsibility matrix's
// SVG in package link/dept).
// encoding/xml's Encoder would indent inside mixed content, changing its
// text, and writes no self-closing tags.
//
// Elements are written one a line, indented two spaces a level (or by
// Indent); text and attribute values are escaped by xml.EscapeText, as
// encoding/xml's Encoder escapes them, which writes a line feed as &#xA;
// so no tool folds it. Inline writes an element whose content (text and
// elements) stays on one line, exactly as given.
package xmlwrite

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"io"
	"strings"
	"unicode/utf8"
)

// Writer writes XML into its buffer. The zero value writes every
// attribute; OmitEmpty leaves out those with empty values. Indent is one
// level's indentation, two spaces when empty. With To set,
// the buffer is passed on to To whenever a line ends with at least
// flushSize bytes in it, and Flush passes on the rest: a huge document
// is then never held whole.
type Writer struct {
	bytes.Buffer
	OmitEmpty bool
	Indent    string
	To        io.Writer
	depth     int
	err       error
}

// flushSize is how much a Writer with To set holds before passing it on.
const flushSize = 32 << 10

// lineEnd ends a line and passes the buffer on if To is set and the
// buffer is full enough.
func (w *Writer) lineEnd() {
	w.WriteByte('\n')
	if w.To != nil && w.Len() >= flushSize {
		w.pass()
	}
}

// pass hands the buffer to To, keeping the first error.
func (w *Writer) pass() {
	if w.err == nil {
		_, w.err = w.To.Write(w.Bytes())
	}
	w.Reset()
}

// Flush passes what the buffer holds on to To and returns the first error
// To gave; without To it does nothing.
func (w *Writer) Flush() error {
	if w.To != nil {
		w.pass()
	}
	return w.err
}

func (w *Writer) indent() {
	for range w.depth {
		w.WriteString(cmp.Or(w.Indent, "  "))
	}
}

// Tag writes a start tag, or an empty element, with attributes given as
// name, value pairs.
func (w *Writer) Tag(name string, attrs []string, empty bool) {
	w.WriteByte('<')
	w.WriteString(name)
	for i := 0; i+1 < len(attrs); i += 2 {
		if w.OmitEmpty && attrs[i+1] == "" {
			continue
		}
		w.WriteByte(' ')
		w.WriteString(attrs[i])
		w.WriteString(`="`)
		w.Text(attrs[i+1])
		w.WriteByte('"')
	}
	if empty {
		w.WriteString("/>")
	} else {
		w.WriteString(">")
	}
}

// Text writes s escaped, as xml.EscapeText does; most text has nothing
// to escape and is written as it is, without the copy EscapeText needs.
func (w *Writer) Text(s string) {
	if strings.ContainsFunc(s, needsEscape) {
		xml.EscapeText(w, []byte(s))
		return
	}
	w.WriteString(s)
}

// needsEscape reports whether xml.EscapeText writes r otherwise than as
// it is: the five characters of markup, tab and line ends, what is no XML
// character, and U+FFFD, as which a string's bytes that are no UTF-8 are
// read.
func needsEscape(r rune) bool {
	return r < 0x20 || strings.ContainsRune(`"'&<>`, r) || r == utf8.RuneError || r == 0xFFFE || r == 0xFFFF || r > 0xD7FF && r < 0xE000 || r > 0x10FFFF
}

// closeTag writes </name>.
func (w *Writer) closeTag(name string) {
	w.WriteString("</")
	w.WriteString(name)
	w.WriteByte('>')
}

// Open starts an element on a line of its own; what follows is indented.
func (w *Writer) Open(name string, attrs ...string) {
	w.indent()
	w.Tag(name, attrs, false)
	w.lineEnd()
	w.depth++
}

// Close ends the element Open started.
func (w *Writer) Close(name string) {
	w.depth--
	w.indent()
	w.closeTag(name)
	w.lineEnd()
}

// Empty writes <name attrs/> on a line of its own.
func (w *Writer) Empty(name string, attrs ...string) {
	w.indent()
	w.Tag(name, attrs, true)
	w.lineEnd()
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
	w.closeTag(name)
}

// Inline writes an element on a line of its own whose content fn writes
// without line breaks or indentation.
func (w *Writer) Inline(name string, attrs []string, fn func()) {
	w.indent()
	w.Tag(name, attrs, false)
	fn()
	w.closeTag(name)
	w.lineEnd()
}
