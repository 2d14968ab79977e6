package parse

import (
	"strings"
	"unicode/utf8"

	"plansite/generator/plan"
)

// The rows of a table printed one cell per line (cellLines): where each
// row starts (keyedRows), what its cells are (cellRow, groupLabel,
// totalRow), where the table ends (prose), and its header's cells
// (mergeHeader).

// keyedRows finds the rows of a table printed one cell per line without a
// 序号 column, by the cell that opens each: a Roman numeral (Ⅰ, Ⅱ … for
// grades), or a label after the figures or sentences that close the row
// before ("大城市" after "20～30"). The header is every cell before the
// first row: the first Roman numeral, or the first label that figures
// follow. It returns the first row's index and every row's; none when the
// rows cannot be told.
func keyedRows(ls []line) (first int, starts []int) {
	value := func(s string) bool { return measure.MatchString(s) || strings.ContainsAny(lastRune(s), "。；;") }
	label := func(s string) bool { return plan.HasHan(s) && !value(s) && utf8.RuneCountInString(s) <= 20 }
	first = -1
	byRoman := false
	for k, l := range ls {
		if roman.MatchString(l.text) {
			first, byRoman = k, true
			break
		}
		if k+1 < len(ls) && label(l.text) && value(ls[k+1].text) {
			first = k
			break
		}
	}
	if first <= 0 {
		return 0, nil
	}
	starts = []int{first}
	for k := first + 1; k < len(ls); k++ {
		if byRoman && roman.MatchString(ls[k].text) || !byRoman && label(ls[k].text) && value(ls[k-1].text) {
			starts = append(starts, k)
		}
	}
	return first, starts
}

// prose reports whether text reads as a paragraph after a table rather
// than a cell: long and ending a sentence or a lead-in.
func prose(text string) bool {
	return utf8.RuneCountInString(text) > 25 && strings.ContainsAny(lastRune(text), "。：；:")
}

func lastRune(s string) string {
	_, size := utf8.DecodeLastRuneInString(s)
	return s[len(s)-size:]
}

// groupLabel reports whether a cell printed after a table's header labels
// a group of rows: "“十二五”期间：", "河道综合治理工程（含…）/（个）".
func groupLabel(s string) bool {
	return strings.HasSuffix(s, "：") || utf8.RuneCountInString(s) > 12
}

// totalRow reports whether a cell opens a row of totals.
func totalRow(text string) bool {
	switch strings.Join(strings.Fields(text), "") {
	case "合计", "总计", "小计", "全省", "序号":
		return true
	}
	return false
}

// cellRow makes a row of lines, one cell each.
func cellRow(ls []line) tableRow {
	r := tableRow{line: ls[0].n}
	for _, l := range ls {
		r.cells = append(r.cells, l.text)
	}
	return r
}

// mergeHeader joins header cells printed over two lines: a line opening
// with a bracket continues the one before ("总投资", "（万元）"); a quoted
// term alone opens the next ("“十四五”", "投资（万元）"); 属性 and 情况
// close the one before ("指标", "属性").
func mergeHeader(cells []string) []string {
	var out []string
	for _, c := range cells {
		n := len(out)
		switch {
		case n > 0 && strings.IndexAny(c, "（([") == 0,
			n > 0 && (c == "属性" || c == "情况"),
			n > 0 && strings.HasPrefix(out[n-1], "“") && strings.HasSuffix(out[n-1], "”") && strings.Count(out[n-1], "“") == 1:
			out[n-1] += c
		default:
			out = append(out, c)
		}
	}
	return out
}
