package dept

import (
	"fmt"
	"strings"

	"plansite/generator/plan"
)

// Matrix is the responsibility matrix of a document: departments (rows, by
// load) × sections (columns, in document order; the key-project table is the
// last column), each cell counting the tasks a department leads and
// supports there.
type Matrix struct {
	ID      string       // "matrix-<slug>": prefix of the SVG's element ids
	Columns []*plan.Node // the section, part or table of each column
	Rows    []*MatrixRow
}

// MatrixRow is one department's line of the matrix.
type MatrixRow struct {
	Dept   *Entry
	Cells  []Cell // one per column
	Counts Counts
}

// Cell counts a department's tasks in one column.
type Cell struct {
	Lead    int `json:"lead"`
	Support int `json:"support"`
}

// Mark is the cell's symbol: "●" when the department leads a task there,
// "○" when it only supports, "" when it has none.
func (c Cell) Mark() string {
	switch {
	case c.Lead > 0:
		return "●"
	case c.Support > 0:
		return "○"
	}
	return ""
}

// Describe says what the cell means in lang, for a tooltip or a screen
// reader: "牵头2项、配合1项" / "leads 2, supports 1".
func (c Cell) Describe(lang string) string {
	var parts []string
	if lang == "en" {
		if c.Lead > 0 {
			parts = append(parts, fmt.Sprintf("leads %d", c.Lead))
		}
		if c.Support > 0 {
			parts = append(parts, fmt.Sprintf("supports %d", c.Support))
		}
		if len(parts) == 0 {
			return "none"
		}
		return strings.Join(parts, ", ")
	}
	if c.Lead > 0 {
		parts = append(parts, fmt.Sprintf("牵头%d项", c.Lead))
	}
	if c.Support > 0 {
		parts = append(parts, fmt.Sprintf("配合%d项", c.Support))
	}
	if len(parts) == 0 {
		return "无"
	}
	return strings.Join(parts, "、")
}

// matrix builds the document's matrix from its tasks and key projects.
func (r *Responsibilities) matrix() *Matrix {
	m := &Matrix{ID: "matrix-" + r.Doc.Slug}
	col := map[*plan.Node]int{}
	column := func(n *plan.Node) int {
		c := container(n)
		if i, ok := col[c]; ok {
			return i
		}
		col[c] = len(m.Columns)
		m.Columns = append(m.Columns, c)
		return col[c]
	}
	type hit struct {
		col  int
		role Role
	}
	hits := map[*Entry][]hit{}
	for _, n := range r.Tasks {
		i := column(n)
		for _, as := range once(r.Responsible(n)) {
			hits[as.Dept] = append(hits[as.Dept], hit{i, as.Role})
		}
	}
	for _, p := range r.Doc.Projects {
		i := column(p)
		for _, as := range once(r.Responsible(p)) {
			hits[as.Dept] = append(hits[as.Dept], hit{i, as.Role})
		}
	}
	for _, d := range r.Departments {
		row := &MatrixRow{Dept: d.Entry, Cells: make([]Cell, len(m.Columns)), Counts: d.Counts}
		for _, h := range hits[d.Entry] {
			if h.role == RoleLead {
				row.Cells[h.col].Lead++
			} else {
				row.Cells[h.col].Support++
			}
		}
		m.Rows = append(m.Rows, row)
	}
	return m
}

// Summary is the matrix's text alternative in lang: what it shows and its
// main facts, for the SVG's description and the page around it.
func (m *Matrix) Summary(lang string) string {
	if len(m.Rows) == 0 {
		if lang == "en" {
			return "The plan names no responsible departments."
		}
		return "本规划未列出责任单位。"
	}
	top := m.Rows[0]
	n, led := top.Counts.Lists(), top.Counts.Led()
	if lang == "en" {
		share := fmt.Sprintf("leading %d", led)
		switch {
		case led == 0:
			share = "supporting in all"
		case led == n:
			share = "leading all"
		}
		return fmt.Sprintf("Responsibility matrix: %d departments (rows, by number of tasks) × %d sections (columns). "+
			"● leads at least one task in the section, ○ only supports. %s is named most often: in %d tasks, %s.",
			len(m.Rows), len(m.Columns), top.Dept.NameIn("en"), n, share)
	}
	share := fmt.Sprintf("牵头%d项", led)
	switch {
	case led == 0:
		share = "均为配合"
	case led == n:
		share = "均为牵头"
	}
	return fmt.Sprintf("责任矩阵：%d个部门（行，按任务数排序）×%d个部分（列）。●表示牵头该部分至少一项任务，○表示仅配合。"+
		"%s出现最多：列入%d项任务，%s。",
		len(m.Rows), len(m.Columns), top.Dept.Name, n, share)
}
