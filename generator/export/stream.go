package export

import (
	"encoding/json"
	"io"
	"maps"
	"reflect"
	"slices"
)

// WriteJSON writes the export to w, indented for people who read data
// files as json.Indent lays out json.Marshal's text (with Extra, the
// top-level members, Extra's among them, in name order, as of a map),
// member by member and node by node, so that the export of a big plan is
// never held whole as text: at most one top-level node or section is,
// encoded.
func (d *Doc) WriteJSON(w io.Writer) error {
	members := map[string]any{"slug": d.Slug, "lang": d.Lang, "meta": d.Meta, "nodes": d.Nodes,
		"projects": d.Projects, "warnings": d.Warnings}
	keys := []string{"slug", "lang", "meta", "nodes", "projects", "warnings"}
	if len(d.Extra) > 0 {
		// As through a map: Extra's members among the others, all in
		// name order, Extra's winning a name both have.
		maps.Copy(members, d.Extra)
		keys = slices.Sorted(maps.Keys(members))
	}
	buf := []byte{'{'}
	for i, k := range keys {
		if i > 0 {
			buf = append(buf, ',')
		}
		key, err := json.Marshal(k)
		if err != nil {
			return err
		}
		buf = append(append(append(buf, "\n  "...), key...), ": "...)
		if buf, err = d.writeValue(w, buf, members[k]); err != nil {
			return err
		}
	}
	buf = append(buf, "\n}"...)
	_, err := w.Write(buf)
	return err
}

// appendValue appends v encoded and indented at depth.
func (d *Doc) appendValue(buf []byte, v any, depth int) ([]byte, error) {
	compact, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	// Room for the value laid out at once, as indentAt makes for a new
	// buffer: a section of a big plan grew buf by doubling, from what the
	// last write left.
	return indentAt(slices.Grow(buf, len(compact)+len(compact)/2), compact, depth)
}

// writeValue appends v, a top-level member's value, to buf as
// appendValue does at depth 1; a list (the targets, links and departments
// of a big plan's link analysis) is encoded element by element and
// written out to w as buf fills, so that it is never held whole as text.
// It returns what of buf is left to write.
func (d *Doc) writeValue(w io.Writer, buf []byte, v any) ([]byte, error) {
	l, ok := v.(List)
	if !ok {
		rv := reflect.ValueOf(v)
		if !streamable(rv) {
			return d.appendValue(buf, v, 1)
		}
		l = List{N: rv.Len(), At: func(i int) any { return rv.Index(i).Interface() }}
	}
	if l.N == 0 {
		return append(buf, "[]"...), nil
	}
	buf = append(buf, '[')
	for j := range l.N {
		if j > 0 {
			buf = append(buf, ',')
		}
		buf = append(buf, "\n    "...)
		var err error
		if buf, err = d.appendValue(buf, l.At(j), 2); err != nil {
			return nil, err
		}
		if len(buf) >= flushBytes {
			if _, err := w.Write(buf); err != nil {
				return nil, err
			}
			buf = buf[:0]
		}
	}
	return append(buf, "\n  ]"...), nil
}

// List is a list of N values that At makes one at a time, for an Extra
// member too big to make whole: WriteJSON makes, encodes and drops each
// in turn, and JSON encodes it as the slice of them.
type List struct {
	N  int
	At func(i int) any
}

// MarshalJSON encodes l as JSON encodes the slice of its values.
func (l List) MarshalJSON() ([]byte, error) {
	buf := []byte{'['}
	for i := range l.N {
		if i > 0 {
			buf = append(buf, ',')
		}
		b, err := json.Marshal(l.At(i))
		if err != nil {
			return nil, err
		}
		buf = append(buf, b...)
	}
	return append(buf, ']'), nil
}

// flushBytes is how much encoded text writeValue gathers before writing.
const flushBytes = 32 << 10

var marshaler = reflect.TypeFor[json.Marshaler]()

// streamable reports whether v is a list that JSON encodes as an array of
// its elements, each as it encodes alone: a non-empty slice, not of bytes
// (base64) and not one that encodes itself.
func streamable(v reflect.Value) bool {
	if v.Kind() != reflect.Slice || v.Len() == 0 || v.Type().Elem().Kind() == reflect.Uint8 {
		return false
	}
	t := v.Type()
	return !t.Implements(marshaler) && !reflect.PointerTo(t).Implements(marshaler)
}
