package opendata

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"

	"plansite/generator/export"
	"plansite/generator/plan"
)

// Samples: short, real excerpts of each file for the open-data page, so a
// reader sees the shape of the data before downloading it.

// SampleJSON is the first node with a responsibility list, as the export
// writes it, without its children.
func SampleJSON(x *export.Doc) (string, error) {
	var found *export.Node
	walk(x.Nodes, func(n *export.Node) {
		if found == nil && n.Responsibility != nil && n.Kind != "project" {
			found = n
		}
	})
	if found == nil && len(x.Nodes) > 0 {
		found = x.Nodes[0]
	}
	if found == nil {
		return "", nil
	}
	c := *found
	c.Children = nil
	c.Text = plan.Clip(c.Text, 60)
	b, err := json.MarshalIndent(&c, "", "  ")
	return string(b), err
}

// SampleCSV is the header and the first n rows of a CSV file, without its
// byte-order mark.
func SampleCSV(data []byte, n int) string {
	s := strings.TrimPrefix(string(data), bom)
	lines := strings.SplitAfter(s, "\r\n")
	return strings.ReplaceAll(strings.Join(lines[:min(len(lines), n+1)], ""), "\r\n", "\n")
}

// AKNSample keeps, of an Akoma Ntoso file written through it, the
// FRBRExpression block and the first item element, each with its
// indentation; the rest passes without being kept, so a file written
// through it need not be held.
type AKNSample struct {
	line       []byte // the line being written
	expr, item lineBlock
}

// lineBlock is the lines from the first that start matches to the first
// at start's indentation that begins with end.
type lineBlock struct {
	start  func(string) bool
	end    string
	indent string
	lines  []string
	state  int // 0 looking for the start, 1 inside, 2 done
}

func (b *lineBlock) see(l string) {
	switch {
	case b.state == 0 && b.start(l):
		b.indent = l[:len(l)-len(strings.TrimLeft(l, " "))]
		b.state = 1
	case b.state != 1:
		return
	}
	b.lines = append(b.lines, clipLine(l, 110))
	if strings.HasPrefix(l, b.indent+b.end) {
		b.state = 2
	}
}

func (s *AKNSample) Write(p []byte) (int, error) {
	n := len(p)
	if s.expr.state == 2 && s.item.state == 2 {
		return n, nil // both found: the rest need not be read
	}
	for len(p) > 0 {
		i := bytes.IndexByte(p, '\n')
		if i < 0 {
			s.line = append(s.line, p...)
			break
		}
		s.line = append(s.line, p[:i]...)
		s.see(string(s.line))
		s.line, p = s.line[:0], p[i+1:]
	}
	return n, nil
}

func (s *AKNSample) see(l string) {
	if s.expr.start == nil {
		s.expr = lineBlock{start: func(l string) bool { return strings.TrimSpace(l) == "<FRBRExpression>" }, end: "</FRBRExpression>"}
		s.item = lineBlock{start: func(l string) bool { return strings.Contains(l, `name="item"`) }, end: "</hcontainer>"}
	}
	s.expr.see(l)
	s.item.see(l)
}

// String returns the sample: the FRBRExpression block, an ellipsis, the
// first item element.
func (s *AKNSample) String() string {
	if len(s.line) > 0 {
		s.see(string(s.line))
		s.line = s.line[:0]
	}
	return strings.Join(append(append(slices.Clip(s.expr.lines), "…"), s.item.lines...), "\n")
}

// clipLine shortens the text of a long XML line, keeping its tags whole
// when the line is one element with text.
func clipLine(l string, n int) string {
	if len([]rune(l)) <= n {
		return l
	}
	open := strings.Index(l, ">")
	close := strings.LastIndex(l, "</")
	if open < 0 || close <= open {
		return l
	}
	var b bytes.Buffer
	b.WriteString(l[:open+1])
	text := []rune(l[open+1 : close])
	if len(text) > 40 {
		text = append(text[:40], '…')
	}
	b.WriteString(string(text))
	b.WriteString(l[close:])
	return b.String()
}
