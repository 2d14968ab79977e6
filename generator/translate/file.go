package translate

import (
	"bytes"
	"fmt"
	"html/template"
	"regexp"
	"strings"

	"github.com/yuin/goldmark/ast"

	"plansite/generator/markdown"
	"plansite/generator/pos"
)

// eIDPattern is what an eId looks like: lower-case levels joined by "__".
var eIDPattern = regexp.MustCompile(`^[a-z]+(?:_[0-9a-z]+)*(?:__[a-z]+(?:_[0-9a-z]+)*)*$`)

// fingerprintPattern is a recorded fingerprint.
var fingerprintPattern = regexp.MustCompile(`^[0-9a-f]{8}$`)

// ParseFile reads the units of one translation file; name is used in
// messages. See the package comment for the format.
func ParseFile(name string, src []byte) ([]*Unit, error) {
	// A byte order mark (Windows editors save UTF-8 with one) is read as
	// the three spaces of indentation a heading may have, so that every
	// offset stays the file's.
	if rest, ok := bytes.CutPrefix(src, []byte("\uFEFF")); ok {
		src = append([]byte("   "), rest...)
	}
	p := &fileParser{name: name, src: src, lines: bytes.Split(src, []byte{'\n'})}
	doc := markdown.Parse(src)
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok {
			p.finish()
			p.heading(h)
			continue
		}
		p.block(n)
	}
	p.finish()
	p.spans()
	if len(p.errs) > 0 {
		return p.units, p.errs
	}
	return p.units, nil
}

// spans records each unit's Markdown as written: its heading text, its
// body lines and the lines it spans, up to the next unit's heading.
func (p *fileParser) spans() {
	n := len(p.lines)
	if n > 0 && len(p.lines[n-1]) == 0 {
		n-- // the empty "line" after the final line feed
	}
	for i, u := range p.units {
		end := n
		if i+1 < len(p.units) {
			end = p.units[i+1].Line - 1
		}
		u.End = end
		if u.Line < 1 || u.Line > len(p.lines) {
			continue
		}
		head := strings.TrimRight(string(p.lines[u.Line-1]), "\r")
		trimmed := strings.TrimLeft(head, " ")
		u.Level = len(trimmed) - len(strings.TrimLeft(trimmed, "#"))
		head = strings.TrimLeft(trimmed, "#")
		if open := strings.LastIndex(head, "{"); open >= 0 {
			head = head[:open]
		}
		u.HeadingMD = strings.TrimSpace(head)
		var body []string
		for l := u.Line; l < end && l < len(p.lines); l++ {
			body = append(body, strings.TrimRight(string(p.lines[l]), "\r"))
		}
		u.BodyMD = strings.Trim(strings.Join(body, "\n"), "\n")
	}
}

type fileParser struct {
	name   string
	src    []byte
	lines  [][]byte
	next   int // 0-based line where the next block may start
	cur    *Unit
	blocks []ast.Node
	units  []*Unit
	errs   pos.List
	orphan bool // text before the first heading was reported
}

func (p *fileParser) errorf(line int, format string, args ...any) {
	p.errs.Add(p.name, line, format, args...)
}

// heading starts a unit.
func (p *fileParser) heading(h *ast.Heading) {
	line := p.headingLine(h)
	text := markdown.PlainText(p.src, h)
	raw := bytes.TrimSpace(p.lines[line-1])
	id, ok := h.AttributeString("id")
	if !ok {
		if bytes.HasSuffix(raw, []byte("}")) && bytes.Contains(raw, []byte("{")) {
			p.errorf(line, "malformed attribute block in heading %q: expected {#eId zh=\"xxxxxxxx\"}", raw)
		} else {
			p.errorf(line, "heading %q has no eId: add {#eId} to name the unit it translates", text)
		}
		p.cur = nil
		return
	}
	u := &Unit{Heading: text, File: p.name, Line: line}
	if b, isBytes := id.([]byte); isBytes {
		u.EID = string(b)
	}
	if !eIDPattern.MatchString(u.EID) {
		p.errorf(line, "eId %q: expected levels like part_2__sec_1__item_3", u.EID)
	}
	for _, a := range h.Attributes() {
		switch string(a.Name) {
		case "id":
		case "zh":
			b, isBytes := a.Value.([]byte)
			if !isBytes || !fingerprintPattern.Match(b) {
				v := fmt.Sprint(a.Value)
				if isBytes {
					v = string(b)
				}
				p.errorf(line, "zh=%s: expected a quoted fingerprint of 8 hex digits, zh=\"1a2b3c4d\"", v)
				continue
			}
			u.ZH = string(b)
		default:
			p.errorf(line, "unknown attribute %q (expected only {#eId zh=\"…\"})", a.Name)
		}
	}
	p.cur = u
}

// block adds a body block to the current unit.
func (p *fileParser) block(n ast.Node) {
	if l := lastLine(p.src, n); l > 0 {
		p.next = l
	}
	if p.cur == nil {
		if !p.orphan && len(p.errs) == 0 {
			p.errorf(max(markdown.Line(p.src, n), 1), "text before the first heading belongs to no unit: start the file with a heading {#eId}")
		}
		p.orphan = true
		return
	}
	p.blocks = append(p.blocks, n)
}

// finish renders the current unit's body and records it.
func (p *fileParser) finish() {
	if p.cur == nil {
		return
	}
	u := p.cur
	body, err := markdown.RenderBlocks(p.src, p.blocks)
	if err != nil {
		p.errorf(u.Line, "rendering %s: %v", u.EID, err)
	}
	u.Body = body
	u.Inline = p.inline(body)
	for _, b := range p.blocks {
		if t := markdown.PlainText(p.src, b); t != "" {
			if u.Text != "" {
				u.Text += "\n\n"
			}
			u.Text += t
		}
	}
	p.units = append(p.units, u)
	p.cur, p.blocks = nil, nil
}

// inline is a body made of paragraphs only as inline HTML, for pages that
// show a node's text inside their own <p>: the rendered paragraphs without
// their <p> tags (escaped text cannot contain "</p>"), joined by line
// breaks. The Chinese node is one paragraph; a unit of several gets breaks.
func (p *fileParser) inline(body template.HTML) template.HTML {
	for _, b := range p.blocks {
		if b.Kind() != ast.KindParagraph {
			return ""
		}
	}
	s := strings.TrimSuffix(strings.TrimPrefix(string(body), "<p>"), "</p>")
	return template.HTML(strings.ReplaceAll(s, "</p>\n<p>", "<br>\n"))
}

// headingLine is the 1-based line of an ATX heading. goldmark gives an
// empty heading ("#### {#eId}") no text segment, so the line is found as
// the first line starting with '#' after the previous block.
func (p *fileParser) headingLine(h *ast.Heading) int {
	if l := markdown.Line(p.src, h); l > 0 {
		p.next = l
		return l
	}
	for i := p.next; i < len(p.lines); i++ {
		if bytes.HasPrefix(bytes.TrimLeft(p.lines[i], " "), []byte("#")) {
			p.next = i + 1
			return i + 1
		}
	}
	return p.next + 1
}

// lastLine is the 1-based line on which block n's text ends, or 0.
func lastLine(src []byte, n ast.Node) int {
	end := -1
	ast.Walk(n, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
			end = max(end, n.Lines().At(n.Lines().Len()-1).Stop)
		}
		return ast.WalkContinue, nil
	})
	if end < 0 {
		return 0
	}
	return markdown.LineAt(src, max(end-1, 0))
}
