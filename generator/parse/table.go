package parse

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"plansite/generator/plan"
)

// table reads a table from its caption line: one cell per tab-indented
// line, rows separated by blank lines, a cell continuing on the next line
// without a tab. The table ends at the first untabbed line after a blank
// line. A table whose header names 序号 and 名称 is a list of key projects.
func (p *parser) table(caption line, ordinal int) *plan.Node {
	t := newTable(caption, ordinal)
	num := t.Num
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
			p.warn(l.n, "table %s is not closed by a blank line before %q", num, plan.Clip(l.text, 12))
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
	trail int // empty cells printed after the row, before the next (repairRows)
}

// finishTable turns rows into the table's header and projects or rows.
//
// A table is a list of projects when its header starts 序号, 名称 (or 项目),
// as the key-project tables of plans do; then every row becomes a project:
// number and name from the first two cells, content from a 内容 column,
// departments from the content's parenthetical or a 责任单位 column, a
// deadline from a 建设期限 (完成时限, 项目起止…) column; the cells not taken
// stay in the project's Rows, and Cells keeps the whole row. Another
// table's rows are its children, each a KindRow holding its cells
// (dataRows); an indicator table (主要指标) also lists its Indicators.
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
	projects := len(cols) >= 2 && (strings.Contains(cols[0], "序号") || cols[0] == "编号") && projectName(cols[1])
	spannedCells(rows[1:], len(cols))
	p.raggedWarning(t.Num, len(cols), rows[1:])
	// The groups the table prints above its projects: a section's label
	// before its own header (杭州市, 宁波市 …, the first one between the
	// caption and the header), and a label among the rows (河道综合治理工程
	// …/（个）), which a table may number its rows afresh under.
	var section, group string
	if sectioned(rows[1:]) {
		section = t.Text
	}
	var lines []int // of the rows of a table that lists no projects
	for i, r := range rows[1:] {
		if !projects {
			t.Rows, lines = append(t.Rows, r.cells), append(lines, r.line)
			continue
		}
		under := spannedRow(r.cells)
		if atoi(strings.Trim(r.cells[0], "（）()")) == 0 && (len(r.cells) < 3 || totalRow(firstFilled(r.cells)) || under) {
			// A group label, a total or a repeated header among projects
			// ("杭州市", "小计", "序号"), kept in its place; so is a row
			// under the number and name the project above spans (its
			// second deadline), which is no project of its own.
			t.Children = append(t.Children, &plan.Node{Kind: plan.KindRow, Rows: [][]string{r.cells}, Line: r.line, Parent: t})
			if label := groupLabelRow(r.cells); label != "" && !under {
				if i+2 < len(rows) && repeatedHeader(rows[i+2].cells) {
					section, group = label, ""
				} else {
					group = label
				}
			}
			continue
		}
		n := p.project(t, r)
		for _, g := range []string{section, group} {
			if g != "" {
				n.Group = append(n.Group, g)
			}
		}
		t.Children = append(t.Children, n)
	}
	if !projects {
		t.Indicators = indicators(t)
		dataRows(t, lines)
		rowDuties(t)
	}
	return t
}

// rowDuties gives each data row of a task list whose header names no
// tasks in its second column (序号, 工作内容, 责任单位, 完成时限) the
// departments of its responsibility columns and the deadline of its
// deadline column, as a key project's row has them, so that the row is
// a task on department pages, the deadlines and the matrix. Its cells
// stay in its Rows as printed.
func rowDuties(t *plan.Node) {
	cols := t.Columns
	if !slices.ContainsFunc(cols[min(2, len(cols)):], respColumn) {
		return
	}
	dl := column(cols, deadlineColumns...)
	for _, n := range t.Children {
		cells := n.Rows[0]
		if len(cells) != len(cols) {
			continue // ragged: a merged cell shifts the columns
		}
		n.Resp = columnsResponsibility(cols, cells, map[int]bool{})
		if dl >= 0 && strings.TrimSpace(cells[dl]) != "" {
			n.Deadline = &plan.Deadline{Text: cells[dl]}
		}
	}
}

// dataRows makes each row of a table that lists no projects a node of its
// own (KindRow, numbered from 1 as printed, the header not counted), so
// that it has an eId (table_1__row_3) a reader can cite and link; its
// cells move from the table's Rows into the row's.
func dataRows(t *plan.Node, lines []int) {
	for i, cells := range t.Rows {
		t.Children = append(t.Children, &plan.Node{Kind: plan.KindRow, Ordinal: i + 1, Rows: [][]string{cells}, Line: lines[i], Parent: t})
	}
	t.Rows = nil
}

// spannedRow reports whether a row of three cells or more leaves its
// number and name empty and fills another: a row under the cells the row
// above spans, as a page or a Word table prints a merged cell once.
func spannedRow(cells []string) bool {
	return len(cells) >= 3 && strings.TrimSpace(cells[0]) == "" && strings.TrimSpace(cells[1]) == "" && firstFilled(cells) != ""
}

// groupLabelRow is the label of a row that labels a group of projects
// (its one filled cell, neither a total nor a header), or "".
func groupLabelRow(cells []string) string {
	label := ""
	for _, c := range cells {
		if strings.TrimSpace(c) == "" {
			continue
		}
		if label != "" {
			return ""
		}
		label = c
	}
	if totalRow(label) || !plan.HasHan(label) {
		return ""
	}
	return label
}

// repeatedHeader reports whether a row is the table's header printed again.
func repeatedHeader(cells []string) bool {
	return strings.Join(strings.Fields(firstFilled(cells)), "") == "序号"
}

// sectioned reports whether a table prints a label before a repeated
// header: it is in sections, the first labelled before its header.
func sectioned(rows []tableRow) bool {
	for i := 1; i < len(rows); i++ {
		if repeatedHeader(rows[i].cells) && groupLabelRow(rows[i-1].cells) != "" {
			return true
		}
	}
	return false
}

// firstFilled returns the first cell that is not empty: a 小计 row may open
// with the empty cell of its number.
func firstFilled(cells []string) string {
	for _, c := range cells {
		if c != "" {
			return c
		}
	}
	return ""
}

// projectName reports whether the second header cell of a table names its
// rows as projects or tasks (however a task breakdown words it), or as the
// problems a 整改方案 sets out to
// rectify (存在问题, 反馈问题), each a task with its measures, departments
// and deadline.
func projectName(c string) bool {
	switch c {
	case "名称", "项目", "重点项目", "工程", "任务", "重点任务", "工作任务", "任务名称", "项目内容":
		return true
	}
	n := utf8.RuneCountInString(c)
	return strings.Contains(c, "项目名称") || strings.Contains(c, "工程名称") || strings.HasSuffix(c, "问题") && n <= 6 ||
		// 目标任务, 主要任务, 具体工作任务; 重点工作, 主要工作, 工作事项:
		// a task breakdown's (任务分解表) rows.
		strings.HasSuffix(c, "任务") && n <= 6 || strings.HasSuffix(c, "工作") && n <= 4 || c == "工作事项"
}

// column returns the index of the first header cell from 2 on that
// contains one of words, or -1.
func column(cols []string, words ...string) int {
	for i := 2; i < len(cols); i++ {
		for _, w := range words {
			if strings.Contains(cols[i], w) {
				return i
			}
		}
	}
	return -1
}

// contentColumns are header words of a column giving what a project or
// task does: a key-project table's 建设内容, a task table's 具体措施.
var contentColumns = []string{"内容", "具体措施", "整改措施", "工作措施", "主要措施", "推进措施", "工作举措", "具体举措", "主要举措"}

// deadlineColumns are header words of a column giving when a project is due.
var deadlineColumns = []string{"完成时限", "完成时间", "时间节点", "建设期限", "建设年限", "建设周期", "实施期限", "实施年限", "起止年限", "项目起止", "起止时间", "实施时间", "时限"}

// project makes a key project of a table row (see finishTable).
func (p *parser) project(t *plan.Node, r tableRow) *plan.Node {
	cols := t.Columns
	cell := func(i int) string {
		if i >= 0 && i < len(r.cells) {
			return r.cells[i]
		}
		return ""
	}
	n := &plan.Node{Kind: plan.KindProject, Num: cell(0), Ordinal: atoi(strings.Trim(cell(0), "（）()")), Heading: cell(1), Line: r.line, Parent: t,
		Cells: r.cells}
	if n.Ordinal == 0 {
		p.warn(r.line, "project row %q has no number", plan.Clip(n.Num, 12))
	}
	taken := map[int]bool{0: true, 1: true}
	if c := column(cols, contentColumns...); c >= 0 && c < len(r.cells) {
		n.Text, n.Resp = takeResponsibility(cell(c), &p.leadFirst)
		taken[c] = true
	}
	if n.Resp == nil {
		n.Resp = columnsResponsibility(cols, r.cells, taken)
	}
	if c := column(cols, deadlineColumns...); c >= 0 {
		switch {
		case len(r.cells) == len(cols) && strings.TrimSpace(cell(c)) != "":
			n.Deadline = &plan.Deadline{Text: cell(c)}
		default:
			// A ragged row: a cell printed over two lines or a merged one
			// shifts the column; the deadline is the cell that reads as one.
			for i := 2; i < len(r.cells); i++ {
				if !taken[i] && (isDeadline(r.cells[i]) || yearOnly.MatchString(r.cells[i]) && i >= c-1 && i <= c+1) {
					n.Deadline = &plan.Deadline{Text: r.cells[i]}
					break
				}
			}
		}
	}
	var rest []string
	for i, c := range r.cells {
		if !taken[i] {
			rest = append(rest, c)
		}
	}
	if len(rest) > 0 {
		n.Rows = [][]string{rest}
	}
	return n
}

var yearOnly = regexp.MustCompile(`^(?:19|20)\d\d$`)

// endsTable reports whether a line after a table row starts what follows the
// table rather than continuing its last cell: a book, chapter, part or
// section heading, a caption, a box or the footer.
func endsTable(text string) bool {
	if num, ok := classify(text); ok && (num.kind == plan.KindPart || num.kind == plan.KindSection || num.kind == plan.KindChapter || num.kind == plan.KindBook) {
		return true
	}
	return tableCaption.MatchString(text) || boxLine.MatchString(text) || ccLine.MatchString(text)
}

// endsCells reports whether a line ends a table printed one cell per line:
// a part or section heading, a caption, a box, a note, the footer.
func endsCells(text string) bool {
	if endsTable(text) || attachmentLine.MatchString(text) {
		return true
	}
	return slices.ContainsFunc([]string{"注：", "注:", "备注：", "说明：", "资料来源", "数据来源"}, func(p string) bool { return strings.HasPrefix(text, p) })
}

// respWords name a column of responsible departments, or of a 厅's or
// 局's own divisions (牵头处室, 责任处室, 责任科室), as respLabels do.
var respWords = []string{"责任单位", "责任部门", "牵头单位", "牵头部门", "配合单位", "配合部门",
	"牵头处", "责任处", "配合处", "牵头科", "责任科", "配合科"}

// respColumn reports whether a table header names responsible departments.
func respColumn(header string) bool {
	header = simplified(header) // 責任單位
	return slices.ContainsFunc(respWords, func(w string) bool { return strings.Contains(header, w) })
}

// columnsResponsibility reads the cells of a row's responsibility columns
// (from the third on), marking them taken. The header decides the role
// as the label inside a parenthetical does (see parseResponsibility): 牵头
// names the lead; 责任单位 and 配合单位 name no lead, so every name is
// support; a task table's 牵头单位 and 责任单位 columns side by side give
// both. Raw is the cells read, joined by a space.
func columnsResponsibility(cols, cells []string, taken map[int]bool) *plan.Responsibility {
	r := &plan.Responsibility{Lead: []string{}, Support: []string{}}
	var raw []string
	for i := 2; i < len(cols) && i < len(cells); i++ {
		all := deptNames(cells[i])
		if !respColumn(cols[i]) || len(all) == 0 {
			continue
		}
		if strings.Contains(simplified(cols[i]), "牵头") {
			r.Lead = append(r.Lead, all...)
		} else {
			r.Support = append(r.Support, all...)
		}
		raw = append(raw, cells[i])
		taken[i] = true
	}
	if len(raw) == 0 {
		return nil
	}
	r.Raw = strings.Join(raw, " ")
	return r
}
