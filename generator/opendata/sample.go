package opendata

import (
	"bytes"
	"encoding/json"
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
	if len(lines) > n+1 {
		lines = lines[:n+1]
	}
	return strings.ReplaceAll(strings.Join(lines, ""), "\r\n", "\n")
}

// SampleAKN is the FRBRExpression block and the first item element of an
// Akoma Ntoso file, each with its indentation.
func SampleAKN(data []byte) string {
	lines := strings.Split(string(data), "\n")
	var out []string
	block := func(start func(string) bool, endTag string) {
		for i, l := range lines {
			if !start(l) {
				continue
			}
			indent := l[:len(l)-len(strings.TrimLeft(l, " "))]
			for _, m := range lines[i:] {
				out = append(out, m)
				if strings.HasPrefix(m, indent+endTag) {
					return
				}
			}
		}
	}
	block(func(l string) bool { return strings.TrimSpace(l) == "<FRBRExpression>" }, "</FRBRExpression>")
	out = append(out, "…")
	block(func(l string) bool { return strings.Contains(l, `name="item"`) }, "</hcontainer>")
	for i, l := range out {
		out[i] = clipLine(l, 110)
	}
	return strings.Join(out, "\n")
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
