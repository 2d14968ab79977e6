package opendata

import (
	"encoding/csv"
	"io"
	"slices"
	"strconv"

	"plansite/generator/export"
	"plansite/generator/plan"
)

// bom makes Excel read the file as UTF-8; without it Excel guesses the
// system code page and shows the Chinese as mojibake.
const bom = "\ufeff"

// csvHeader names the columns in each language.
var csvHeader = map[string][]string{
	"zh": {"eId", "编号", "类型", "标题", "部门", "职责", "链接", "部门英文名称", "完成时限", "完成日期", "分值"},
	"en": {"eId", "label", "kind", "heading", "department", "role", "url", "department (English)", "deadline", "deadline date", "points"},
}

// CSV writes the responsibility table of x (see the package comment) to
// out, row by row; base is prefixed to every url; en gives a department's
// English name (nil: the column stays empty).
func CSV(out io.Writer, x *export.Doc, base string, en func(name string) string) error {
	w, err := newCSV(out, csvHeader, x.Lang, 0)
	if err != nil {
		return err
	}
	walk(x.Nodes, func(n *export.Node) {
		dl, date := "", ""
		if n.Deadline != nil {
			dl, date = n.Deadline.Text, n.Deadline.Date
		}
		for _, r := range roles(n) {
			english := ""
			if en != nil {
				english = en(r.Department)
			}
			w.Write([]string{n.EID, n.Label, string(n.Kind), n.Heading, r.Department, r.Role, base + n.URL, english, dl, date, n.Points})
		}
	})
	w.Flush()
	return w.Error()
}

// newCSV writes the byte-order mark and the header row, in lang (English
// for another language) and followed by cells columns of cells, and
// returns the writer of the rows. A csv.Writer keeps its first error, which
// Error reports after Flush.
func newCSV(out io.Writer, headers map[string][]string, lang string, cells int) (*csv.Writer, error) {
	if _, err := io.WriteString(out, bom); err != nil {
		return nil, err
	}
	w := csv.NewWriter(out)
	w.UseCRLF = true
	header, ok := headers[lang]
	if !ok {
		header = headers["en"]
	}
	header = slices.Clone(header)
	cell := "单元格"
	if lang != "zh" {
		cell = "cell "
	}
	for i := range cells {
		header = append(header, cell+strconv.Itoa(i+1))
	}
	return w, w.Write(header)
}

// Role is one department's part in a task.
type Role struct {
	Department string
	Role       string // lead or support
}

// roles lists the departments of every responsibility list of n: those
// printed inside its text, then its closing one, leads first in each.
func roles(n *export.Node) []Role {
	var rs []Role
	for _, r := range append(slices.Clone(n.Inline), n.Responsibility) {
		rs = append(rs, listRoles(r)...)
	}
	return rs
}

// listRoles lists the departments of one responsibility list, leads first.
func listRoles(r *plan.Responsibility) []Role {
	if r == nil {
		return nil
	}
	var rs []Role
	for _, d := range r.Lead {
		rs = append(rs, Role{d, "lead"})
	}
	for _, d := range r.Support {
		rs = append(rs, Role{d, "support"})
	}
	return rs
}

// walk calls fn for every node in document order.
func walk(ns []*export.Node, fn func(*export.Node)) {
	for _, n := range ns {
		fn(n)
		walk(n.Children, fn)
	}
}
