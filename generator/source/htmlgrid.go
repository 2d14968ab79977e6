package source

import "strconv"

// A portal page's table merges cells across rows with rowspan: the cell
// is in its first row only, and the rows under it leave its place out (a
// land sale's 出让方式, 序号, 宗地座落 … span the four rows of a parcel's
// 四至范围, 东至 / 南至 / 西至 / 北至). Read as printed, those rows are one
// cell each, which ends the table. spanRows gives each such row an empty
// field where a cell from above spans it, as a Word table's merged cell
// is (docxtable.go). A cell spanning columns stays one field, as Word's
// does: a group's row of one cell across the table keeps its one field.

// spanRows returns the rows of cells, each cell's text or "" where a cell
// of a row above spans into the row; the cells a row holds itself are in
// their order.
func spanRows(rows [][]*hnode) [][]string {
	type span struct{ rows, cols int } // rows still to cover below, and the width
	var above []span                   // by grid column: a cell's span from a row above
	out := make([][]string, len(rows))
	for r, cells := range rows {
		var fields []string
		col := 0
		// spanned writes the empty fields of the cells from above that
		// cover the grid from col on.
		spanned := func() {
			for col < len(above) && above[col].rows > 0 {
				fields = append(fields, "")
				w := above[col].cols
				above[col].rows--
				col += w
			}
		}
		for _, c := range cells {
			spanned()
			fields = append(fields, textOf(c))
			w := max(1, atoiAttr(c.attr("colspan")))
			h := max(1, atoiAttr(c.attr("rowspan")))
			for len(above) < col+w {
				above = append(above, span{})
			}
			above[col] = span{rows: h - 1, cols: w}
			for k := col + 1; k < col+w; k++ {
				above[k] = span{}
			}
			col += w
		}
		spanned()
		out[r] = fields
	}
	return out
}

// atoiAttr reads a span attribute; 0 where it is missing or not a number.
func atoiAttr(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil || n > 1000 {
		return 0 // a page's rowspan="9999" spans no more than the table
	}
	return n
}
