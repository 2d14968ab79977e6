package parse

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"plansite/generator/plan"
)

// tocEntry is a line of a printed table of contents: a heading, dot
// leaders (or spaces) and a page number ("第一章 总则……………1",
// "一、发展基础 ........ 3").
var tocEntry = regexp.MustCompile(`^(.*?\S)\s*(?:[.．…·•‥⋯_\-—]{2,}\s*|\s+)(\d{1,3})$`)

// isTOCHeading reports whether text heads a table of contents.
// A plan's title may run into it (某县应急预案目录).
func isTOCHeading(text string) bool {
	t := squeezeSpace(text)
	return t == "目录" || t == "目次" || strings.HasSuffix(t, "目录") && utf8.RuneCountInString(t) <= 40 && !strings.ContainsAny(t, "。，；：:")
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
		last = p.bareTOC(n, p.i+1)
	}
	if len(n.Rows) == 0 {
		return nil
	}
	p.warn(head.n, "read a printed table of contents of %d entries (lines %d–%d) as a table of contents, not as structure", len(n.Rows), head.n, p.lines[last].n)
	p.i = last
	return n
}

// bareTOC reads a table of contents printed without page numbers (1 总则 /
// 1.1 编制目的 / …) from line from into n's rows: short headings without
// punctuation, up to the text's own first heading, which repeats the first
// entry in its words (1.总则 after 1 总则). Without that repeat, or with
// fewer than three entries, it is no table of contents and n keeps no
// rows; it returns the index of the last entry.
func (p *parser) bareTOC(n *plan.Node, from int) int {
	var rows [][]string
	first, last := "", p.i
	for j := from; j < len(p.lines); j++ {
		l := p.lines[j]
		if l.blank() {
			continue
		}
		if first != "" && hanOnly(l.text) == first {
			if len(rows) >= 3 {
				n.Rows = rows
				return last
			}
			break
		}
		if utf8.RuneCountInString(l.text) > 30 || strings.ContainsAny(l.text, "。，；：:;,") {
			break
		}
		if first == "" {
			first = hanOnly(l.text)
		}
		rows = append(rows, []string{l.text, "", ""})
		last = j
	}
	return p.i
}

// hanOnly is the Chinese characters of s, without its numbers, spaces and
// punctuation.
func hanOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Han, r) {
			return r
		}
		return -1
	}, s)
}

// headlessTOC reads a table of contents printed without its 目录 heading
// and without page numbers, the first heading of the text at line p.i
// (1 总则 / 1.1 编制目的 / … / 1 总则 again, as a portal prints a Word
// file's contents), as bareTOC does; nil when the headings from p.i are
// the text's own. It leaves p.i on the last line of the table.
func (p *parser) headlessTOC() *plan.Node {
	head := p.lines[p.i]
	n := &plan.Node{Kind: plan.KindTOC, Line: head.n}
	last := p.bareTOC(n, p.i)
	if len(n.Rows) == 0 {
		return nil
	}
	p.warn(head.n, "read %d headings without text that the text then prints again (lines %d–%d) as a table of contents without its heading, not as structure", len(n.Rows), head.n, p.lines[last].n)
	p.i = last
	return n
}
