package source

import (
	"regexp"
	"strings"
	"unicode"
)

// A PDF's table, as pdftotext -layout prints it, is rows of text whose
// cells stand in columns set apart by runs of spaces:
//
//	表 1 报废国四排放标准老旧营运货车补贴标准
//	 车辆类型      距离强制报废时间       补贴标准（万元/辆）
//	         满 1 年（含）不足 2 年       1.0
//	  中型     满 2 年（含）不足 4 年       1.8
//
// pdfTables rewrites such a table's rows as the parser reads a table (one
// row a line, its cells separated by tabs), each cell in the column of the
// header cell it stands under, so that a cell a row leaves empty (中型
// printed once, on the middle row of the three it spans) keeps its place.
// A table is one only under its caption (表 1 …, 附表2 …), its header the
// next line of two cells or more, and it runs to the first blank line.
// A line of one cell stays as printed: the parser reads it as a row of
// its own (a group's label, a merged cell printed down the column: 重 /
// 型). Every character stays, and every line its place; only the spaces
// between cells become tabs.

// pdfCaption is a table's caption line.
var pdfCaption = regexp.MustCompile(`^附?表\s*[0-9０-９]+`)

// cell is a run of text in a printed line, from column start to end (in
// characters, as pdftotext -layout places them: one a character, CJK or not).
type cell struct {
	text       string
	start, end int
}

// pdfTables returns a page's lines with the rows of each captioned table
// rewritten as tab-separated cells.
func pdfTables(lines []string) []string {
	out := append([]string(nil), lines...)
	for i := 0; i < len(out); i++ {
		if !pdfCaption.MatchString(strings.TrimSpace(strings.TrimPrefix(out[i], "\f"))) || i+1 >= len(out) {
			continue
		}
		header := layoutCells(out[i+1])
		if len(header) < 2 {
			continue
		}
		end := i + 2
		for end < len(out) && strings.TrimSpace(out[end]) != "" {
			end++
		}
		rows := 0
		for _, l := range out[i+2 : end] {
			if len(layoutCells(l)) >= 2 {
				rows++
			}
		}
		if rows < 2 {
			continue // a caption over text, or over a table printed otherwise
		}
		for j := i + 1; j < end; j++ {
			feed := ""
			if strings.HasPrefix(out[j], "\f") {
				feed = "\f"
			}
			out[j] = feed + tabRow(columns(layoutCells(out[j]), header, leading(out[j])))
		}
		i = end
	}
	return out
}

// columns places cs under the header's columns, by the header cell whose
// middle is nearest each cell's: empty columns between and before them
// stay (as empty cells), and so does the line's indent (indent) where the
// first column is empty. A line whose cells do not fall in columns of
// their own is written as printed, its cells in order.
func columns(cs, header []cell, indent string) []string {
	if len(cs) < 2 {
		return texts(cs)
	}
	place := make([]int, len(cs))
	for i, c := range cs {
		best := 0
		for k, h := range header {
			if abs(mid(c)-mid(h)) < abs(mid(c)-mid(header[best])) {
				best = k
			}
		}
		place[i] = best
		if i > 0 && place[i] <= place[i-1] {
			return texts(cs)
		}
	}
	row := make([]string, place[len(cs)-1]+1)
	for i, c := range cs {
		row[place[i]] = c.text
	}
	if row[0] == "" {
		// The parser trims a row's spaces but not its tabs: the indent
		// before the first tab keeps the row a line of cells.
		row[0] = indent
	}
	return row
}

// texts is the text of cs, in order: a line written as printed.
func texts(cs []cell) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.text
	}
	return out
}

// layoutCells splits a printed line at each run of two spaces or more.
func layoutCells(l string) []cell {
	var cs []cell
	runes := []rune(strings.TrimPrefix(l, "\f"))
	for i := 0; i < len(runes); {
		if isSpace(runes[i]) {
			i++
			continue
		}
		j := i
		for j < len(runes) && !(isSpace(runes[j]) && (j+1 >= len(runes) || isSpace(runes[j+1]))) {
			j++
		}
		cs = append(cs, cell{text: string(runes[i:j]), start: i, end: j})
		i = j
	}
	return cs
}

func isSpace(r rune) bool { return unicode.IsSpace(r) }

// leading is the run of spaces that opens l (after a form feed).
func leading(l string) string {
	rest := strings.TrimPrefix(l, "\f")
	return rest[:len(rest)-len(strings.TrimLeftFunc(rest, unicode.IsSpace))]
}

func mid(c cell) int { return (c.start + c.end) / 2 }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
