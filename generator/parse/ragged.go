package parse

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"plansite/generator/plan"
	"plansite/generator/pos"
)

// Tables printed one cell per line come from PDFs whose tables have merged
// cells: a cell spanning several rows is printed once, a cell's text may be
// broken over two lines, two printed rows may share one number. The
// functions here undo what can be undone without guessing, and tell the
// editor where the rest is; every cell is kept.

// emptyCells returns how many empty cells the blank lines before l hold
// in a table printed one cell per line: none unless the text was
// double-spaced, where the blank line that follows every line leaves
// emptyBefore blank lines for the empty cells, two each ("1" / "" / ""
// / "" / "城市防洪达标率（%）": one).
func emptyCells(l line) int {
	return l.emptyBefore / 2
}

// repairRows mends the body rows of a table printed one cell per line
// against its header of ncol cells: a cell broken over two lines inside
// brackets ("江北主城区（上城区、拱墅区、" / "西湖区、钱塘区江北部分）") or a
// list, or a category broken in two ("综合" / "治理"), is joined; a label
// of the next group printed at a row's end ("“十三五”期间：",
// "易涝区域整治工程/（个）") becomes a row of its own; a row of at least
// twice the columns whose second part opens with an empty cell is two
// printed rows. The empty cells printed between two rows end the first
// while it is short of the columns and open the second after that (a 小计
// row's empty 序号), unless the second opens with its number; a group
// label keeps none.
func repairRows(rows []tableRow, ncol int) []tableRow {
	var out []tableRow
	lead := 0
	for i, r := range rows {
		c := r.cells
		if lead > 0 && !serial.MatchString(c[0]) {
			c = append(make([]string, lead), c...)
		} else if lead > 0 && len(out) > 0 {
			prev := &out[len(out)-1]
			prev.cells = append(prev.cells, make([]string, lead)...)
		}
		lead = 0
		c = joinBracketed(c)
		if len(c) > ncol {
			c = joinContinued(c, ncol)
		}
		if len(c) > ncol {
			c = joinCategory(c)
		}
		if len(c) > ncol && c[0] == "序号" { // the header again, on a new page or for a new group
			c = mergeHeader(c[:lastFilled(c)+1])
		}
		var label []string
		if k := lastFilled(c); len(c) > ncol && k > 0 && nextGroup(c[k], totalRow(firstFilled(c))) {
			c, label = c[:k], c[k:k+1]
			for len(c) > ncol && c[len(c)-1] == "" {
				c = c[:len(c)-1] // the label's row opens with them
			}
		}
		for len(c) >= 2*ncol && ncol > 1 && c[ncol] == "" {
			out = append(out, tableRow{cells: c[:ncol], line: r.line})
			c = c[ncol:]
		}
		last := &c
		if label != nil {
			last = &label
		}
		switch trail := r.trail; {
		case trail > 0 && i+1 < len(rows):
			fill := min(trail, max(ncol-len(*last), 0))
			*last = append(*last, make([]string, fill)...)
			lead = trail - fill
		case trail > 0 && len(*last)+trail == ncol:
			// After the last row the blank lines may be the gap before the
			// next paragraph: empty cells only where they complete the row.
			*last = append(*last, make([]string, trail)...)
		}
		if lone(c) {
			c = c[:1]
		}
		out = append(out, tableRow{cells: c, line: r.line})
		if label != nil {
			if lone(label) {
				label = label[:1]
			}
			out = append(out, tableRow{cells: label, line: r.line})
		}
	}
	return out
}

// lastFilled returns the index of the last cell of c that is not empty.
func lastFilled(c []string) int {
	k := len(c) - 1
	for k >= 0 && c[k] == "" {
		k--
	}
	return k
}

// groupUnit ends a label of a group of rows with the unit its figures
// count in: "易涝区域整治工程/（个）".
var groupUnit = regexp.MustCompile(`/[（(][^）)]{1,8}[）)]$`)

// nextGroup reports whether a cell printed after a row's columns labels
// the group of rows after it: "“十三五”期间：", "雨水泵站提升工程/（个）",
// and after a total, words without figures ("合计 … 宁波市").
func nextGroup(s string, total bool) bool {
	return strings.HasSuffix(s, "：") || groupUnit.MatchString(s) || total && plan.HasHan(s) && !strings.ContainsAny(s, "0123456789０１２３４５６７８９")
}

// joinBracketed joins a cell that leaves a bracket open with the cells
// after it that close it.
func joinBracketed(cells []string) []string {
	var out []string
	for i := 0; i < len(cells); i++ {
		c := cells[i]
		for unclosed(c) >= 0 && i+1 < len(cells) && cells[i+1] != "" && unclosed(c+cells[i+1]) < 0 {
			i++
			c += cells[i]
		}
		out = append(out, c)
	}
	return out
}

// joinContinued joins, while a row has more than ncol cells, a cell that
// ends inside a list ("海盐塘、酱园港、" / "白洋河") or a numbered point
// with the point after it ("1.居民住宅…；" / "2.道路中…。").
func joinContinued(cells []string, ncol int) []string {
	out := []string{}
	for i, c := range cells {
		n := len(out)
		if n > 0 && len(out)+len(cells)-i > ncol && c != "" && (strings.HasSuffix(out[n-1], "、") || strings.HasSuffix(out[n-1], "，") || nextPoint(out[n-1], c)) {
			out[n-1] += c
			continue
		}
		out = append(out, c)
	}
	return out
}

// nextPoint reports whether b opens the numbered point after the last one
// of a: "1.…；" then "2.…".
func nextPoint(a, b string) bool {
	last := 0
	for k := 1; k <= 9; k++ {
		if strings.HasPrefix(a, fmt.Sprintf("%d.", k)) || strings.Contains(a, fmt.Sprintf("；%d.", k)) {
			last = k
		}
	}
	return last > 0 && strings.HasPrefix(b, fmt.Sprintf("%d.", last+1))
}

// joinCategory joins the first pair of cells after the number that are
// both one or two Chinese characters: a category printed over two lines in
// its merged cell ("综合" / "治理", "海绵" / "城市").
func joinCategory(cells []string) []string {
	for j := 1; j+1 < len(cells); j++ {
		if shortWord(cells[j]) && shortWord(cells[j+1]) {
			out := append([]string{}, cells[:j]...)
			out = append(out, cells[j]+cells[j+1])
			return append(out, cells[j+2:]...)
		}
		if cells[j] != "" {
			return cells
		}
	}
	return cells
}

// shortWord reports whether s is one or two Chinese characters.
func shortWord(s string) bool {
	n := utf8.RuneCountInString(s)
	return n >= 1 && n <= 2 && !strings.ContainsFunc(s, func(r rune) bool { return !unicode.Is(unicode.Han, r) })
}

// lone reports whether a row is one label and empty cells.
func lone(cells []string) bool {
	if len(cells) < 2 || cells[0] == "" || serial.MatchString(cells[0]) {
		return false
	}
	return !slices.ContainsFunc(cells[1:], func(c string) bool { return c != "" })
}

// fitHeader joins a header cell of one or two characters into the cell
// before it ("“十三五”规划" / "目标") while the header has more cells than
// most rows: the header's text was broken over two lines.
func fitHeader(header []string, rows []tableRow) []string {
	width := map[int]int{}
	for _, r := range rows {
		width[len(r.cells)]++
	}
	modal, most := 0, 0
	for w, n := range width {
		if n > most || n == most && w > modal {
			modal, most = w, n
		}
	}
	for len(header) > modal && modal > 0 {
		// The word that ends the longest cell before it; 单位 is a column
		// of its own.
		j, longest := 0, 3
		for k := 2; k < len(header); k++ {
			if n := utf8.RuneCountInString(header[k-1]); shortWord(header[k]) && header[k] != "单位" && n > longest {
				j, longest = k, n
			}
		}
		if j == 0 {
			break
		}
		header = append(append(header[:j-1:j-1], header[j-1]+header[j]), header[j+1:]...)
	}
	return header
}

// raggedWarning tells, once for a table, which rows do not have its
// columns and why they may not: a row of one label spans the table and is
// none of them.
func (p *parser) raggedWarning(num string, ncol int, rows []tableRow) {
	var fewer, more []int
	for _, r := range rows {
		switch {
		case len(r.cells) == 1 && !serial.MatchString(r.cells[0]):
		case len(r.cells) < ncol:
			fewer = append(fewer, r.line)
		case len(r.cells) > ncol:
			more = append(more, r.line)
		}
	}
	if len(fewer)+len(more) == 0 {
		return
	}
	var why []string
	if len(fewer) > 0 {
		why = append(why, fmt.Sprintf("%d with fewer cells (lines %s): a merged cell printed once for several rows or columns", len(fewer), pos.Lines(fewer)))
	}
	if len(more) > 0 {
		why = append(why, fmt.Sprintf("%d with more (lines %s): a cell printed over two lines, or two printed rows under one number", len(more), pos.Lines(more)))
	}
	first := slices.Min(append(fewer, more...))
	p.warn(first, "table %s: %d of its %d rows do not have its %d columns, %s; every cell is kept as printed, check these rows against the original",
		num, len(fewer)+len(more), len(rows), ncol, strings.Join(why, "; "))
}

// spannedCells gives a body row printed one cell short its empty place
// where a cell of the row above spans it: a table groups its rows under a
// cell printed once, on the group's first row (a score table's 考核项目
// 组织领导 over its 考核内容 rows). The place is the leftmost where the
// row's cells line up with the full row's above, figure for figure and text
// for text, as grouping columns stand on the left; a row that lines up
// leaving out the last cell (an empty 备注 not printed) stays as printed,
// since either may be so.
func spannedCells(rows []tableRow, ncol int) {
	for i := 1; i < len(rows) && ncol >= 3; i++ {
		r, above := &rows[i], rows[i-1].cells
		if len(r.cells) != ncol-1 || len(above) != ncol {
			continue
		}
		have := cellShapes(r.cells)
		without := func(k int) string { return cellShapes(slices.Concat(above[:k], above[k+1:])) }
		if without(ncol-1) == have {
			continue
		}
		for k := range ncol - 1 {
			if without(k) == have {
				r.cells = slices.Insert(r.cells, k, "")
				break
			}
		}
	}
}

// figure is a cell holding a figure: a score, a count, a share.
var figure = regexp.MustCompile(`^[-+]?[0-9０-９]+(?:[.．][0-9０-９]+)?\s*(?:%|％|分|个|项)?$`)

// cellShapes writes each cell as f (a figure), e (empty) or t (text).
func cellShapes(cells []string) string {
	var b strings.Builder
	for _, c := range cells {
		switch c = strings.TrimSpace(c); {
		case c == "":
			b.WriteByte('e')
		case figure.MatchString(c):
			b.WriteByte('f')
		default:
			b.WriteByte('t')
		}
	}
	return b.String()
}
