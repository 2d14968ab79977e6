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
//
// A table is a list of projects when its header starts 序号, 名称, as the
// key-project tables of plans do; then every row becomes a project, cells
// taken by position: number, name, content (内容), responsible departments
// (责任单位 and the like), and any further cells kept in the project's Rows.
// Taking cells by position, in source order, keeps the model lossless
// whatever columns a table adds.
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
	cols := t.Columns
	projects := len(cols) >= 2 && (strings.Contains(cols[0], "序号") || cols[0] == "编号") &&
		(strings.Contains(cols[1], "名称") || strings.Contains(cols[1], "项目"))
	known := 2 // cells a project takes as Num and Heading
	content, resp := false, false
	if projects && len(cols) > known && strings.Contains(cols[known], "内容") {
		content, known = true, known+1
	}
	if projects && len(cols) > known && respColumn(cols[known]) {
		resp, known = true, known+1
	}
	for _, r := range rows[1:] {
		if len(r.cells) != len(cols) {
			p.warn(r.line, "table %s row has %d cells: expected %d (%s)", t.Num, len(r.cells), len(cols), strings.Join(cols, ", "))
		}
		if !projects {
			t.Rows = append(t.Rows, r.cells)
			continue
		}
		t.Children = append(t.Children, p.project(t, r, content, resp, known))
	}
	return t
}

// project makes a key project of a table row (see finishTable).
func (p *parser) project(t *plan.Node, r tableRow, content, resp bool, known int) *plan.Node {
	cell := func(i int) string {
		if i < len(r.cells) {
			return r.cells[i]
		}
		return ""
	}
	n := &plan.Node{Kind: plan.KindProject, Num: cell(0), Ordinal: atoi(cell(0)), Heading: cell(1), Line: r.line, Parent: t}
	if n.Ordinal == 0 {
		p.warn(r.line, "project row %q has no number", clipRunes(n.Num, 12))
	}
	if content {
		n.Text, n.Resp = takeResponsibility(cell(2), &p.leadFirst)
	}
	if resp && n.Resp == nil && known-1 < len(r.cells) {
		n.Resp = columnResponsibility(t.Columns[known-1], cell(known-1))
	} else if resp {
		known-- // the column's cell stays a plain cell
	}
	if known < len(r.cells) {
		n.Rows = [][]string{r.cells[known:]}
	}
	return n
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

// respColumn reports whether a table header names responsible departments.
func respColumn(header string) bool {
	for _, w := range []string{"责任单位", "责任部门", "牵头单位", "牵头部门", "配合单位"} {
		if strings.Contains(header, w) {
			return true
		}
	}
	return false
}

// columnResponsibility reads a cell of a responsibility column. The header
// decides the role as the label inside a parenthetical does (see
// parseResponsibility): 牵头 names the lead; 责任单位 and 配合单位 name no
// lead, so every name is support.
func columnResponsibility(header, cell string) *plan.Responsibility {
	all := names(cell)
	if len(all) == 0 {
		return nil
	}
	r := &plan.Responsibility{Lead: []string{}, Support: []string{}, Raw: cell}
	if strings.Contains(header, "牵头") {
		r.Lead = all
	} else {
		r.Support = all
	}
	return r
}
