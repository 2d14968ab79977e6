package view

import (
	"strings"

	"plansite/generator/plan"
)

// MatrixURL is the plan's responsibility matrix page.
func (d *Doc) MatrixURL() string { return d.URL() + "matrix/" }

// TargetsURL is the plan's targets page.
func (d *Doc) TargetsURL() string { return d.URL() + "targets/" }

// DepartmentsURL is the departments index in the plan's language.
func (d *Doc) DepartmentsURL() string { return "/" + d.Lang + "/departments/" }

// ShortTitle is the node's heading, or the start of its text when it has
// none, for lists of tasks.
func (n *Node) ShortTitle() string {
	if h := n.Heading(); h != "" {
		return h
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
