package xliff

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"regexp"
	"strconv"
)

// Validate checks a document against what the XLIFF 2.1 core schema and
// the specification's constraints require of the elements Plansite writes
// (xliff, file, notes, unit, originalData, segment, source, target, ph)
// and of the Translation Candidates and Glossary modules: required
// attributes, element order and cardinality, unique ids, NMTOKEN ids,
// state values, subState only with state, dataRef and target codes that
// resolve. It returns every violation, with its line.
func Validate(data []byte) []string {
	v := &validator{dec: xml.NewDecoder(bytes.NewReader(data))}
	v.run()
	return v.errs
}

type validator struct {
	dec  *xml.Decoder
	errs []string
}

func (v *validator) errorf(format string, args ...any) {
	l, _ := v.dec.InputPos()
	v.errs = append(v.errs, fmt.Sprintf("line %d: ", l)+fmt.Sprintf(format, args...))
}

// elem is an element read whole: its name, attributes, children and text.
type elem struct {
	name     xml.Name
	attrs    map[string]string // by local name; xml: and foreign ones by "space local"
	children []*elem
	text     string
	line     int
}

func (e *elem) is(space, local string) bool { return e.name.Space == space && e.name.Local == local }

func (v *validator) read(start xml.StartElement) (*elem, error) {
	l, _ := v.dec.InputPos()
	e := &elem{name: start.Name, attrs: map[string]string{}, line: l}
	for _, a := range start.Attr {
		key := a.Name.Local
		if a.Name.Space != "" {
			key = a.Name.Space + " " + a.Name.Local
		}
		e.attrs[key] = a.Value
	}
	for {
		tok, err := v.dec.Token()
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			c, err := v.read(t)
			if err != nil {
				return nil, err
			}
			e.children = append(e.children, c)
		case xml.CharData:
			e.text += string(t)
		case xml.EndElement:
			return e, nil
		}
	}
}

func (v *validator) run() {
	for {
		tok, err := v.dec.Token()
		if err == io.EOF {
			v.errorf("no root element")
			return
		}
		if err != nil {
			v.errorf("%v", err)
			return
		}
		if se, ok := tok.(xml.StartElement); ok {
			root, err := v.read(se)
			if err != nil {
				v.errorf("%v", err)
				return
			}
			v.xliff(root)
			return
		}
	}
}

var nmtoken = regexp.MustCompile(`^[\pL\pN._:-]+$`)

func (v *validator) at(e *elem, format string, args ...any) {
	v.errs = append(v.errs, fmt.Sprintf("line %d <%s>: ", e.line, e.name.Local)+fmt.Sprintf(format, args...))
}

func (v *validator) required(e *elem, names ...string) {
	for _, n := range names {
		if e.attrs[n] == "" {
			v.at(e, "attribute %s is required", n)
		}
	}
}

func (v *validator) xliff(e *elem) {
	if !e.is(NSCore, "xliff") {
		v.at(e, "root must be <xliff> in %s", NSCore)
		return
	}
	v.required(e, "version", "srcLang")
	if e.attrs["version"] != "2.1" {
		v.at(e, "version %q, want 2.1", e.attrs["version"])
	}
	ids := map[string]bool{}
	files := 0
	for _, c := range e.children {
		switch {
		case c.is(NSCore, "file"):
			files++
			v.required(c, "id")
			if ids[c.attrs["id"]] {
				v.at(c, "file id %q repeated", c.attrs["id"])
			}
			ids[c.attrs["id"]] = true
			v.file(c)
		case c.name.Space == NSCore:
			v.at(c, "not allowed in <xliff>")
		}
	}
	if files == 0 {
		v.at(e, "at least one <file> is required")
	}
}

// order checks that children come in the order of the names given (a
// name may repeat; others must not appear between).
func (v *validator) order(e *elem, names ...string) {
	i := 0
	for _, c := range e.children {
		if c.name.Space != NSCore {
			if i > 0 {
				v.at(c, "elements of other namespaces must come before the core children of <%s>", e.name.Local)
			}
			continue
		}
		for i < len(names) && names[i] != c.name.Local {
			i++
		}
		if i == len(names) {
			v.at(c, "not allowed here in <%s> (order: %v)", e.name.Local, names)
			return
		}
	}
}

func (v *validator) file(f *elem) {
	v.order(f, "skeleton", "notes", "unit")
	ids := map[string]bool{}
	units := 0
	for _, c := range f.children {
		switch {
		case c.is(NSCore, "notes"):
			v.notes(c)
		case c.is(NSCore, "unit"):
			units++
			id := c.attrs["id"]
			v.required(c, "id")
			if !nmtoken.MatchString(id) {
				v.at(c, "id %q is not an NMTOKEN", id)
			}
			if ids[id] {
				v.at(c, "unit id %q repeated in the file", id)
			}
			ids[id] = true
			v.unit(c)
		}
	}
	if units == 0 {
		v.at(f, "at least one <unit> or <group> is required")
	}
}

func (v *validator) notes(n *elem) {
	if len(n.children) == 0 {
		v.at(n, "at least one <note> is required")
	}
	for _, c := range n.children {
		if !c.is(NSCore, "note") {
			v.at(c, "only <note> is allowed in <notes>")
		}
	}
}

var states = map[string]bool{StateInitial: true, StateTranslated: true, StateReviewed: true, StateFinal: true}

var prefixed = regexp.MustCompile(`^[\pL_][\pL\pN._-]*:.+$`)

func (v *validator) unit(u *elem) {
	v.order(u, "notes", "originalData", "segment")
	data := map[string]bool{}
	segIDs := map[string]bool{}
	segments := 0
	for _, c := range u.children {
		switch {
		case c.is(NSCore, "notes"):
			v.notes(c)
		case c.is(NSCore, "originalData"):
			for _, d := range c.children {
				if !d.is(NSCore, "data") || d.attrs["id"] == "" || data[d.attrs["id"]] {
					v.at(d, "<data> needs a unique id")
				}
				data[d.attrs["id"]] = true
			}
		case c.is(NSCore, "segment"):
			segments++
			if id := c.attrs["id"]; id != "" {
				if segIDs[id] {
					v.at(c, "segment id %q repeated", id)
				}
				segIDs[id] = true
			}
		}
	}
	if segments == 0 {
		v.at(u, "at least one <segment> is required")
	}
	codes := map[string]bool{}
	for _, c := range u.children {
		switch {
		case c.is(NSCore, "segment"):
			v.segment(c, data, codes)
		case c.is(NSMatches, "matches"):
			v.matches(c, segIDs)
		case c.is(NSGlossary, "glossary"):
			v.glossary(c)
		}
	}
}

func (v *validator) segment(s *elem, data, codes map[string]bool) {
	state, sub := s.attrs["state"], s.attrs["subState"]
	if state != "" && !states[state] {
		v.at(s, "state %q is not initial, translated, reviewed or final", state)
	}
	if sub != "" && (state == "" || !prefixed.MatchString(sub)) {
		v.at(s, "subState %q needs a state and the form prefix:value", sub)
	}
	if len(s.children) == 0 || !s.children[0].is(NSCore, "source") {
		v.at(s, "<source> must come first")
	}
	if len(s.children) > 2 || len(s.children) == 2 && !s.children[1].is(NSCore, "target") {
		v.at(s, "only <source> and one <target> are allowed")
	}
	for i, c := range s.children {
		for _, ph := range c.children {
			if !ph.is(NSCore, "ph") {
				v.at(ph, "unexpected inline element")
				continue
			}
			id := ph.attrs["id"]
			v.required(ph, "id")
			if ref := ph.attrs["dataRef"]; ref != "" && !data[ref] {
				v.at(ph, "dataRef %q names no <data>", ref)
			}
			if st := ph.attrs["subType"]; st != "" && (ph.attrs["type"] == "" || !prefixed.MatchString(st)) {
				v.at(ph, "subType %q needs type and the form prefix:value", st)
			}
			if i == 0 {
				if codes[id] {
					v.at(ph, "code id %q repeated in the unit's sources", id)
				}
				codes[id] = true
			} else if !codes[id] {
				v.at(ph, "target code %q has no counterpart in the source", id)
			}
		}
	}
}

var matchTypes = map[string]bool{"am": true, "mt": true, "icm": true, "idm": true, "tb": true, "tm": true, "other": true}

func (v *validator) matches(m *elem, segs map[string]bool) {
	if len(m.children) == 0 {
		v.at(m, "at least one <mtc:match> is required")
	}
	for _, c := range m.children {
		if !c.is(NSMatches, "match") {
			v.at(c, "only <mtc:match> is allowed")
			continue
		}
		ref := c.attrs["ref"]
		if len(ref) < 2 || ref[0] != '#' || !segs[ref[1:]] {
			v.at(c, "ref %q must point to a segment of the unit (#id)", ref)
		}
		if s := c.attrs["similarity"]; s != "" {
			if f, err := strconv.ParseFloat(s, 64); err != nil || f < 0 || f > 100 {
				v.at(c, "similarity %q is not between 0 and 100", s)
			}
		}
		if t := c.attrs["type"]; t != "" && !matchTypes[t] {
			v.at(c, "type %q is not a match type", t)
		}
		var names []string
		for _, k := range c.children {
			names = append(names, k.name.Local)
		}
		if len(names) != 2 || !c.children[0].is(NSCore, "source") || !c.children[1].is(NSCore, "target") {
			v.at(c, "a match holds <source> then <target>, have %v", names)
		}
	}
}

func (v *validator) glossary(g *elem) {
	if len(g.children) == 0 {
		v.at(g, "at least one <gls:glossEntry> is required")
	}
	for _, e := range g.children {
		if !e.is(NSGlossary, "glossEntry") {
			v.at(e, "only <gls:glossEntry> is allowed")
			continue
		}
		terms, defs := 0, 0
		for i, c := range e.children {
			switch {
			case c.is(NSGlossary, "term"):
				terms++
				if i != 0 {
					v.at(c, "<gls:term> comes first")
				}
			case c.is(NSGlossary, "translation"):
			case c.is(NSGlossary, "definition"):
				defs++
				if i != len(e.children)-1 {
					v.at(c, "<gls:definition> comes last")
				}
			default:
				v.at(c, "not allowed in <gls:glossEntry>")
			}
		}
		if terms != 1 || defs > 1 {
			v.at(e, "one <gls:term> and at most one <gls:definition>, have %d and %d", terms, defs)
		}
	}
}
