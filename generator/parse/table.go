package parse

import (
	"strings"

	"plansite/generator/plan"
)

// tableFollows reports whether the next non-blank line from j is a cell.
func (p *parser) tableFollows(j int) bool {
	l, k := p.peek(j)
	return k >= 0 && l.tabbed()
}

// table reads a table from its caption line: one cell per tab-indented
// line, rows separated by blank lines, a cell continuing on the next line
// without a tab. The table ends at the first untabbed line after a blank
// line. A table whose header names 序号 and 名称 is a list of key projects.
func (p *parser) table(caption line, ordinal int) *plan.Node {
	num := tableCaption.FindString(caption.text)
	t := &plan.Node{Kind: plan.KindTable, Num: num, Ordinal: ordinal,
		Heading: strings.TrimSpace(caption.text[len(num):]), Line: caption.n}
	var rows []tableRow
	var cur *tableRow
	prevBlank := false
	p.i++
	for ; p.i < len(p.lines); p.i++ {
		l := p.lines[p.i]
		switch {
		case l.blank():
			cur, prevBlank = nil, true
			continue
		case l.tabbed():
			if cur == nil {
				rows = append(rows, tableRow{line: l.n})
				cur = &rows[len(rows)-1]
			}
			cur.cells = append(cur.cells, l.text)
		case !prevBlank && cur != nil && len(cur.cells) > 0 && !endsTable(l.text):
			cur.cells[len(cur.cells)-1] += l.text // a cell wrapped onto the next line
		case !prevBlank && cur != nil:
			// A heading right after the last row: the blank line that ends
			// a table is missing, and the heading is not part of a cell.
			p.warn(l.n, "table %s is not closed by a blank line before %q", num, clipRunes(l.text, 12))
			p.i--
			return p.finishTable(t, rows)
		default:
			p.i-- // the line after the table
			return p.finishTable(t, rows)
		}
		prevBlank = false
	}
	p.i--
	if len(rows) > 1 && len(rows[len(rows)-1].cells) < len(rows[0].cells) {
		p.warn(rows[len(rows)-1].line, "table %s ends with an incomplete row at the end of the file: expected %d cells", num, len(rows[0].cells))
	}
	return p.finishTable(t, rows)
}

type tableRow struct {
	cells []string
	line  int
}

// finishTable turns rows into the table's header and projects or rows.
func (p *parser) finishTable(t *plan.Node, rows []tableRow) *plan.Node {
	if len(rows) == 0 {
		p.warn(t.Line, "table %s has no rows: expected tab-indented cells", t.Num)
		return t
	}
	for _, r := range rows {
		for j := range r.cells {
			r.cells[j] = collapse(r.cells[j])
		}
	}
	t.Columns = rows[0].cells
	if len(rows) == 1 {
		p.warn(t.Line, "table %s has no rows after its header: expected tab-indented cells", t.Num)
	}
	numCol, nameCol, contentCol := -1, -1, -1
	for i, c := range t.Columns {
		switch {
		case strings.Contains(c, "序号") || c == "编号":
			numCol = i
		case strings.Contains(c, "名称") || c == "项目":
			nameCol = i
		case strings.Contains(c, "内容"):
			contentCol = i
		}
	}
	projects := numCol >= 0 && nameCol >= 0
	for _, r := range rows[1:] {
		if len(r.cells) != len(t.Columns) {
			p.warn(r.line, "table %s row has %d cells: expected %d (%s)", t.Num, len(r.cells), len(t.Columns), strings.Join(t.Columns, ", "))
		}
		if !projects || len(r.cells) <= max(numCol, nameCol) {
			t.Rows = append(t.Rows, r.cells)
			continue
		}
		n := &plan.Node{Kind: plan.KindProject, Num: r.cells[numCol], Ordinal: atoi(r.cells[numCol]), Heading: r.cells[nameCol], Line: r.line, Parent: t}
		if contentCol >= 0 && contentCol < len(r.cells) {
			n.Text, n.Resp = takeResponsibility(r.cells[contentCol], &p.leadFirst)
		}
		if n.Ordinal == 0 {
			p.warn(r.line, "project row %q has no number", r.cells[numCol])
		}
		t.Children = append(t.Children, n)
	}
	return t
}

// endsTable reports whether a line after a table row starts what follows the
// table rather than continuing its last cell: a part or section heading, a
// caption, a box or the footer.
func endsTable(text string) bool {
	if num, ok := classify(text); ok && (num.kind == plan.KindPart || num.kind == plan.KindSection) {
		return true
	}
	return tableCaption.MatchString(text) || boxLine.MatchString(text) || ccLine.MatchString(text)
}

// clipRunes shortens s to n characters for a message.
func clipRunes(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
