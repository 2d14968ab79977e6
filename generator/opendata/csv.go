package opendata

import (
	"encoding/csv"
	"io"

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
	if _, err := io.WriteString(out, bom); err != nil {
		return err
	}
	w := csv.NewWriter(out)
	w.UseCRLF = true
	header := csvHeader[x.Lang]
	if header == nil {
		header = csvHeader["en"]
	}
	if err := w.Write(header); err != nil {
		return err
	}
	var err error
	walk(x.Nodes, func(n *export.Node) {
		if err != nil {
			return
		}
		dl, date := "", ""
		if n.Deadline != nil {
			dl, date = n.Deadline.Text, n.Deadline.Date
		}
		for _, r := range AllRoles(n) {
			english := ""
			if en != nil {
				english = en(r.Department)
			}
			if e := w.Write([]string{n.EID, n.Label, string(n.Kind), n.Heading, r.Department, r.Role, base + n.URL, english, dl, date, n.Points}); e != nil {
				err = e
			}
		}
	})
	if err != nil {
		return err
	}
	w.Flush()
	return w.Error()
}

// Role is one department's part in a task.
type Role struct {
	Department string
	Role       string // lead or support
}

// Roles lists the departments of n's responsibility, leads first.
func Roles(n *export.Node) []Role {
	if n.Responsibility == nil {
		return nil
	}
	return roles(n.Responsibility)
}

func roles(r *plan.Responsibility) []Role {
	var rs []Role
	for _, d := range r.Lead {
		rs = append(rs, Role{d, "lead"})
	}
	for _, d := range r.Support {
		rs = append(rs, Role{d, "support"})
	}
	return rs
}

// AllRoles lists the departments of every responsibility list of n: those
// printed inside its text, then its closing one, leads first in each.
func AllRoles(n *export.Node) []Role {
	var rs []Role
	for _, r := range n.Inline {
		rs = append(rs, roles(r)...)
	}
	return append(rs, Roles(n)...)
}

// walk calls fn for every node in document order.
func walk(ns []*export.Node, fn func(*export.Node)) {
	for _, n := range ns {
		fn(n)
		walk(n.Children, fn)
	}
}
