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

// Words gives the interface string of a key in the language of a
// description or a drawing: view.Doc.T, from content/i18n.
type Words func(key string) string

// Describe says what the cell means, for a tooltip or a screen reader:
// "牵头2项、配合1项" / "leads 2, supports 1".
func (c Cell) Describe(t Words) string {
	var parts []string
	if c.Lead > 0 {
		parts = append(parts, fmt.Sprintf(t("cellLeads"), c.Lead))
	}
	if c.Support > 0 {
		parts = append(parts, fmt.Sprintf(t("cellSupports"), c.Support))
	}
	if len(parts) == 0 {
		return t("cellNone")
	}
	return strings.Join(parts, t("listSep"))
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
func (m *Matrix) Summary(lang string, t Words) string {
	if len(m.Rows) == 0 {
		return t("matrixNone")
	}
	top := m.Rows[0]
	n, led := top.Counts.Lists(), top.Counts.Led()
	if tied := m.tied(n); tied > 1 {
		// A rule's roles, one article each: no department is named
		// most often, so none is named as if it were.
		return fmt.Sprintf(t("matrixSummaryTie"), len(m.Rows), len(m.Columns), tied, n)
	}
	share := fmt.Sprintf(t("matrixLeading"), led)
	switch {
	case led == 0:
		share = t("matrixSupportingAll")
	case led == n:
		share = t("matrixLeadingAll")
	}
	return fmt.Sprintf(t("matrixSummary"), len(m.Rows), len(m.Columns), top.Dept.NameIn(lang), n, share)
}

// tied is how many rows are named in n lists, the first row's number.
func (m *Matrix) tied(n int) int {
	k := 0
	for _, r := range m.Rows {
		if r.Counts.Lists() == n {
			k++
		}
	}
	return k
}
