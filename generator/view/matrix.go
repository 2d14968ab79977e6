package view

import (
	"html/template"

	"plansite/generator/cite"
	"plansite/generator/plan"
)

// MatrixView is a plan's responsibility matrix (package link) as the matrix
// page shows it in one language: the SVG drawn at build time, its text
// alternative and the same data as a table.
type MatrixView struct {
	Summary string
	SVG     template.HTML
	Columns []MatrixColumn
	Rows    []MatrixRowView
}

// MatrixColumn is a section (or part, or the key-project table).
type MatrixColumn struct {
	Short string // 二（一）, II (1), 重点项目
	Title string // the label with the heading
	URL   string
}

// MatrixRowView is one department's row.
type MatrixRowView struct {
	Name  string
	URL   string
	Cells []MatrixCell
	Total int
}

// MatrixCell counts a department's tasks in one column.
type MatrixCell struct {
	Lead, Support int
	Mark          string // ● leads, ○ only supports, "" none
	Describe      string // 牵头2项、配合1项 / leads 2, supports 1
}

// Total is the number of tasks in the cell.
func (c MatrixCell) Total() int { return c.Lead + c.Support }

// Matrix is the plan's responsibility matrix in the document's language, or
// nil outside a build.
func (d *Doc) Matrix() *MatrixView {
	a := d.Analysis()
	if a == nil {
		return nil
	}
	m := a.Matrix
	// Package xmlwrite wrote and escaped every piece of the SVG
	// (dept.Matrix.SVG), whose columns are labelled as the table's are.
	v := &MatrixView{Summary: m.Summary(d.Lang, d.T), SVG: template.HTML(m.SVG(d.Lang, d.T, cite.ShortLabel))}
	for _, c := range m.Columns {
		n := d.Find(c.EID)
		col := MatrixColumn{Short: n.Label(), Title: n.Label(), URL: n.URL()}
		if n.Translated() { // a tooltip cannot mark Chinese on an English page
			col.Title += " " + n.Heading()
		}
		if c.Kind == plan.KindTable && !plan.HasDataRows(c) {
			col.Short = d.T("keyProjects")
			col.Title = n.NumText()
			if n.Translated() {
				col.Title += " " + n.Heading()
			}
		}
		v.Columns = append(v.Columns, col)
	}
	for _, r := range m.Rows {
		row := MatrixRowView{Name: r.Dept.NameIn(d.Lang), URL: r.Dept.URL(d.Lang), Total: r.Counts.Lists()}
		for _, c := range r.Cells {
			row.Cells = append(row.Cells, MatrixCell{Lead: c.Lead, Support: c.Support, Mark: c.Mark(), Describe: c.Describe(d.T)})
		}
		v.Rows = append(v.Rows, row)
	}
	return v
}
