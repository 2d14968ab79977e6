package xliff

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"

	"plansite/generator/pos"
)

// Parse reads an XLIFF 2.x document; name is the file's path for messages.
// Problems are *pos.Error at the line of the element concerned. It reads
// what an import needs (see the package comment), not what Plansite wrote
// for the translator to read: notes, match candidates, glossary entries
// and a unit's name are skipped like any tool's additions.
func Parse(name string, data []byte) (*Document, error) {
	r := &reader{name: name, dec: xml.NewDecoder(bytes.NewReader(data))}
	d, err := r.document()
	if err != nil {
		if se, ok := errors.AsType[*xml.SyntaxError](err); ok {
			return nil, &pos.Error{File: name, Line: se.Line, Msg: "not well-formed XML: " + se.Msg, Err: err}
		}
		if _, ok := pos.First(err); ok {
			return nil, err
		}
		return nil, &pos.Error{File: name, Line: r.line(), Msg: err.Error(), Err: err}
	}
	return d, nil
}

type reader struct {
	name string
	dec  *xml.Decoder
}

func (r *reader) line() int {
	l, _ := r.dec.InputPos()
	return l
}

func (r *reader) errorf(line int, format string, args ...any) error {
	return pos.Errorf(r.name, line, format, args...)
}

// clip is the first line of text, cut to a few words, for a message.
func clip(text []byte) string {
	line, _, _ := bytes.Cut(text, []byte("\n"))
	if r := []rune(string(line)); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return string(line)
}

// core reports whether an element is in the XLIFF 2 namespace (or in none,
// as a careless tool may write it).
func core(n xml.Name, local string) bool {
	return n.Local == local && (n.Space == NSCore || n.Space == "")
}

func attr(se xml.StartElement, space, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local && (a.Name.Space == space || space == "" && a.Name.Space == "") {
			return a.Value
		}
	}
	return ""
}

// document reads up to and through the root element.
func (r *reader) document() (*Document, error) {
	for {
		line := r.line()
		tok, err := r.dec.Token()
		if err == io.EOF {
			return nil, r.errorf(r.line(), "no <xliff> element: not an XLIFF file")
		}
		if err != nil {
			return nil, err
		}
		if text, ok := tok.(xml.CharData); ok && len(bytes.TrimSpace(text)) > 0 {
			// A Markdown or text file given by mistake: its first line,
			// not the first thing in it that looks like a tag.
			return nil, r.errorf(line, "text before any element (%s): not an XLIFF file; expected <xliff> (XLIFF 2.1), as translate export writes it", clip(bytes.TrimSpace(text)))
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if se.Name.Local != "xliff" {
			return nil, r.errorf(r.line(), "root element <%s>: expected <xliff> (XLIFF 2.1)", se.Name.Local)
		}
		v := attr(se, "", "version")
		if len(v) < 2 || v[:2] != "2." {
			return nil, r.errorf(r.line(), "XLIFF version %q: expected 2.0, 2.1 or 2.2 (export a new file with go run ./generator translate export)", v)
		}
		d := &Document{SrcLang: attr(se, "", "srcLang"), TrgLang: attr(se, "", "trgLang")}
		err = r.children(se, func(c xml.StartElement) error {
			if !core(c.Name, "file") {
				return r.dec.Skip()
			}
			f, err := r.file(c)
			if err != nil {
				return err
			}
			d.Files = append(d.Files, f)
			return nil
		})
		return d, err
	}
}

// children calls fn for each child element of the element just started;
// fn must consume the child through its end.
func (r *reader) children(parent xml.StartElement, fn func(xml.StartElement) error) error {
	for {
		tok, err := r.dec.Token()
		if err != nil {
			if err == io.EOF {
				return r.errorf(r.line(), "<%s> is not closed", parent.Name.Local)
			}
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := fn(t); err != nil {
				return err
			}
		case xml.EndElement:
			return nil
		}
	}
}

func (r *reader) file(se xml.StartElement) (*File, error) {
	f := &File{ID: attr(se, "", "id"), Original: attr(se, "", "original"), Line: r.line()}
	var walk func(xml.StartElement) error
	walk = func(c xml.StartElement) error {
		switch {
		case core(c.Name, "unit"):
			u, err := r.unit(c)
			if err != nil {
				return err
			}
			f.Units = append(f.Units, u)
			return nil
		case core(c.Name, "group"):
			return r.children(c, walk)
		}
		return r.dec.Skip()
	}
	return f, r.children(se, walk)
}

func (r *reader) unit(se xml.StartElement) (*Unit, error) {
	u := &Unit{ID: attr(se, "", "id"), ZH: attr(se, NSPlansite, "zh"), Line: r.line()}
	if u.ID == "" {
		return nil, r.errorf(u.Line, "<unit> without an id")
	}
	err := r.children(se, func(c xml.StartElement) error {
		switch {
		case core(c.Name, "segment"):
			s, err := r.segment(c)
			if err == nil {
				u.Segments = append(u.Segments, s)
			}
			return err
		case core(c.Name, "originalData"):
			return r.children(c, func(d xml.StartElement) error {
				text, err := r.content() // text only: no inline codes in original data
				u.Data = append(u.Data, Data{ID: attr(d, "", "id"), Text: text.Plain(nil)})
				return err
			})
		}
		return r.dec.Skip()
	})
	return u, err
}

func (r *reader) segment(se xml.StartElement) (*Segment, error) {
	s := &Segment{ID: attr(se, "", "id"), State: attr(se, "", "state"), SubState: attr(se, "", "subState"), Line: r.line()}
	err := r.children(se, func(c xml.StartElement) error {
		switch {
		case core(c.Name, "source"):
			content, err := r.content()
			s.Source = content
			return err
		case core(c.Name, "target"):
			s.TargetLine = r.line()
			content, err := r.content()
			s.Target, s.HasTarget = content, true
			return err
		}
		return r.dec.Skip()
	})
	return s, err
}

// content reads inline content through the end of the element just
// started. Placeholders become codes; the text inside other inline
// elements a tool may add (<pc>, <mrk>) is kept, their markup is not.
func (r *reader) content() (Content, error) {
	var c Content
	add := func(s string) {
		if n := len(c); n > 0 && c[n-1].Code == nil {
			c[n-1].Text += s
			return
		}
		c = append(c, Inline{Text: s})
	}
	depth := 1
	for depth > 0 {
		tok, err := r.dec.Token()
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.CharData:
			add(string(t))
		case xml.StartElement:
			depth++
			if core(t.Name, "ph") {
				c = append(c, Inline{Code: &Code{ID: attr(t, "", "id"), DataRef: attr(t, "", "dataRef"),
					Equiv: attr(t, "", "equiv"), Disp: attr(t, "", "disp"), SubType: attr(t, "", "subType")}})
			}
		case xml.EndElement:
			depth--
		}
	}
	return c, nil
}
