package parse

import (
	"regexp"

	"plansite/generator/plan"
)

// tocEntry is a line of a printed table of contents: a heading, dot
// leaders (or spaces) and a page number ("第一章 总则……………1",
// "一、发展基础 ........ 3").
var tocEntry = regexp.MustCompile(`^(.*?\S)\s*(?:[.．…·•‥⋯_\-—]{2,}\s*|\s+)(\d{1,3})$`)

// isTOCHeading reports whether text heads a table of contents.
func isTOCHeading(text string) bool {
	t := squeezeSpace(text)
	return t == "目录" || t == "目次"
}

// toc reads the table of contents that starts at line p.i (目录) into one
// node: the site draws its own contents, so the printed one is kept, as
// rows of heading and page, but never read as structure. It leaves p.i on
// the last line of the table.
func (p *parser) toc() *plan.Node {
	head := p.lines[p.i]
	n := &plan.Node{Kind: plan.KindTOC, Heading: head.text, Line: head.n}
	last := p.i
	for j := p.i + 1; j < len(p.lines); j++ {
		l := p.lines[j]
		if l.blank() {
			continue
		}
		m := tocEntry.FindStringSubmatch(l.text)
		if m == nil {
			break
		}
		n.Rows = append(n.Rows, []string{m[1], l.text[len(m[1]) : len(l.text)-len(m[2])], m[2]})
		last = j
	}
	if len(n.Rows) == 0 {
		return nil
	}
	p.warn(head.n, "read a printed table of contents of %d entries (lines %d–%d) as a table of contents, not as structure", len(n.Rows), head.n, p.lines[last].n)
	p.i = last
	return n
}
