package opendata

import (
	"io"

	"plansite/generator/export"
)

// textHeader names the text CSV's fixed columns in each language; cell
// columns follow, as many as the widest table row.
var textHeader = map[string][]string{
	"zh": {"eId", "编号", "类型", "序号", "标题", "正文", "职责", "完成时限", "完成日期", "分值", "链接"},
	"en": {"eId", "label", "kind", "num", "heading", "text", "responsibility", "deadline", "deadline date", "points", "url"},
}

// TextCSV writes the whole plan (see the package comment): one row per
// node in document order, then, after a table's own row, a row for its
// header (kind "header") and one for each of its rows (kind "row"), their
// cells in the cell columns; a project's row has its whole table row in
// them, and a table's row that is a node (plan.KindRow: 表1第3行, a group
// label among projects) is one row of kind "row", with its eId and cells. base is prefixed to every url. It writes to out row by row: the
// text CSV of a plan of 25,000 tasks is 10 MB.
func TextCSV(out io.Writer, x *export.Doc, base string) error {
	width := 0
	walk(x.Nodes, func(n *export.Node) {
		width = max(width, len(n.Columns), len(n.Cells))
		for _, r := range n.Rows {
			width = max(width, len(r))
		}
	})
	w, err := newCSV(out, textHeader, x.Lang, width)
	if err != nil {
		return err
	}
	fixed := len(textHeader["en"])
	// One record for every row: the CSV writer writes it out at once.
	rec := make([]string, fixed+width)
	record := func(fields []string, cells []string) []string {
		clear(rec)
		copy(rec, fields)
		copy(rec[fixed:], cells)
		return rec
	}
	walk(x.Nodes, func(n *export.Node) {
		raw, dl, date := "", "", ""
		if n.Responsibility != nil {
			raw = n.Responsibility.Raw
		}
		if n.Deadline != nil {
			dl, date = n.Deadline.Text, n.Deadline.Date
		}
		heading := n.Heading
		if n.RunIn {
			heading += "。"
		}
		url := base + n.URL
		fields := []string{n.EID, n.Label, string(n.Kind), n.Num, heading, n.Text, raw, dl, date, n.Points, url}
		if n.Kind == "row" && len(n.Rows) == 1 {
			// A table's row is a node (表1第3行): one row, its cells.
			w.Write(record(fields, n.Rows[0]))
			return
		}
		w.Write(record(fields, n.Cells))
		if len(n.Columns) > 0 {
			w.Write(record([]string{n.EID, n.Label, "header", "", "", "", "", "", "", "", url}, n.Columns))
		}
		if n.Kind == "project" {
			return // its rows are cells not read as fields, which Cells holds
		}
		for _, r := range n.Rows {
			w.Write(record([]string{n.EID, n.Label, "row", "", "", "", "", "", "", "", url}, r))
		}
	})
	w.Flush()
	return w.Error()
}
