package view

import (
	"strconv"
	"strings"

	"plansite/generator/plan"
)

// MatrixURL is the plan's responsibility matrix page.
func (d *Doc) MatrixURL() string { return d.URL() + "matrix/" }

// TargetsURL is the plan's targets page.
func (d *Doc) TargetsURL() string { return d.URL() + "targets/" }

// NamesDepartments reports whether the plan names a department
// responsible for a task or key project. A plan that names none has an
// empty matrix, so its pages do not link to the matrix or the departments
// index, which would show nothing of it.
func (d *Doc) NamesDepartments() bool {
	a := d.Analysis()
	return a != nil && a.Matrix != nil && len(a.Matrix.Rows) > 0
}

// HasTargets reports whether the plan states a target: only then do its
// pages link to its targets page.
func (d *Doc) HasTargets() bool { return len(d.Targets()) > 0 }

// DepartmentsURL is the departments index in the plan's language.
func (d *Doc) DepartmentsURL() string { return "/" + d.Lang + "/departments/" }

// ShortTitle is the node's heading, or the start of its text when it has
// none, for lists of tasks.
func (n *Node) ShortTitle() string {
	if h := n.Heading(); h != "" {
		return h
	}
	if n.DataRow() && n.PlainText() == "" && len(n.Rows) > 0 {
		// A table's row by its cells, as printed.
		return plan.Clip(strings.Join(strings.Fields(strings.Join(rowWords(n.Node), " ")), " "), 40)
	}
	return plan.Clip(strings.TrimSpace(n.PlainText()), 40)
}

// ParallelURL is the side-by-side page of the plan.
func (d *Doc) ParallelURL() string { return d.URL() + "parallel/" }

// DataFile is the site path of one of d's files: data/<slug>.csv and
// data/<slug>.en.csv, or with withLang data/<slug>.zh.akn.xml.
func DataFile(d *Doc, ext string, withLang bool) string {
	if withLang || d.Lang != SourceLang {
		return "data/" + d.Slug + "." + d.Lang + "." + ext
	}
	return "data/" + d.Slug + "." + ext
}

// rowWords are the cells of data row n that say what it is: all of them,
// but for a task list's row (one with departments) without its number and
// the cells of its departments and deadline, which lists of tasks show
// apart (建成智慧校园平台, not 1 建成智慧校园平台 区档案馆 区财政局 2023年10月底).
func rowWords(n *plan.Node) []string {
	cells := n.Rows[0]
	if n.Resp == nil {
		return cells
	}
	var out []string
	for i, c := range cells {
		switch {
		case i == 0 && c == strconv.Itoa(n.Ordinal):
		case n.Deadline != nil && c == n.Deadline.Text:
		case strings.Contains(" "+n.Resp.Raw+" ", " "+c+" "): // Raw: the departments' cells joined by spaces
		default:
			out = append(out, c)
		}
	}
	return out
}
