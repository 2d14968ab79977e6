package translate

import (
	"bytes"
	"maps"
	"regexp"
	"slices"

	"plansite/generator/plan"
	"plansite/generator/pos"
)

// zhAttr is a recorded fingerprint inside an attribute block.
var zhAttr = regexp.MustCompile(`[\s{]zh=("[^"]*"|[^\s}]*)`)

// Stamp writes fingerprints into a translation file: fps maps a heading's
// 1-based line to the fingerprint its attribute block should carry. The
// zh attribute is added before the closing brace, or its value replaced;
// every other byte of src is kept.
func Stamp(name string, src []byte, fps map[int]string) ([]byte, error) {
	lines := bytes.SplitAfter(src, []byte{'\n'})
	for _, l := range slices.Sorted(maps.Keys(fps)) {
		if l < 1 || l > len(lines) {
			return nil, pos.Errorf(name, l, "no such line")
		}
		line := lines[l-1]
		body := bytes.TrimRight(line, "\r\n")
		eol := line[len(body):]
		open := bytes.LastIndex(body, []byte("{"))
		end := bytes.LastIndex(body, []byte("}"))
		if open < 0 || end < open || len(bytes.TrimSpace(body[end+1:])) > 0 {
			return nil, pos.Errorf(name, l, "no attribute block to stamp")
		}
		attrs := body[open : end+1]
		want := []byte(`zh="` + fps[l] + `"`)
		var out []byte
		if m := zhAttr.FindSubmatchIndex(attrs); m != nil {
			out = append(out, attrs[:m[0]+1]...)
			out = append(out, want...)
			out = append(out, attrs[m[3]:]...)
		} else {
			out = append(out, attrs[:len(attrs)-1]...)
			out = append(out, ' ')
			out = append(out, want...)
			out = append(out, '}')
		}
		lines[l-1] = bytes.Join([][]byte{body[:open], out, body[end+1:], eol}, nil)
	}
	return bytes.Join(lines, nil), nil
}

// StampPlan lists, per file, the fingerprints to write for translation d
// of doc: every unstamped unit, and with restamp every stale one too.
func StampPlan(doc *plan.Document, d *Doc, restamp bool) map[string]map[int]string {
	out := map[string]map[int]string{}
	if d == nil {
		return out
	}
	doc.Walk(func(n *plan.Node) bool {
		u := d.Unit(n.EID)
		if u == nil {
			return true
		}
		switch StateOf(n, d) {
		case Unstamped:
		case Stale:
			if !restamp {
				return true
			}
		default:
			return true
		}
		if out[u.File] == nil {
			out[u.File] = map[int]string{}
		}
		out[u.File][u.Line] = Fingerprint(n)
		return true
	})
	return out
}
