package parse

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"plansite/generator/plan"
)

// Tables come in three layouts, as extractions print them:
//
//   - tab-indented: one cell per line, each line opened by a tab, rows
//     separated by blank lines (the Zichuan 表2; see table);
//   - tab-separated: one row per line, cells separated by tabs (HTML
//     extractions), with a caption or without one;
//   - one cell per line without tabs (PDF and portal extractions; the
//     Zhejiang 表1–8): rows are told apart by the numbers of their 序号
//     column.
//
// Every layout keeps every cell: a row with more or fewer cells than the
// header stays as printed (ragged), with a warning.

// tableAt reads the table that starts at line l (p.lines[p.i]), leaving p.i
// on its last line, or returns nil when no table starts there.
func (p *parser) tableAt(l line) *plan.Node {
	m := tableCaption.FindStringSubmatch(l.text)
	switch {
	case l.form:
		return p.formTable(l)
	case m != nil && p.nextIs(p.i+1, line.tabbed):
		return p.table(l, atoi(m[1]))
	case m != nil && p.nextIs(p.i+1, tabSeparated):
		p.i++
		return p.tabRows(l, atoi(m[1]))
	case m != nil && p.cellsFollow(p.i+1):
		return p.cellLines(l, atoi(m[1]))
	case m == nil && tabSeparated(l) && (p.nextIs(p.i+1, tabSeparated) || p.groupRow(p.i+1)):
		return p.tabRows(line{n: l.n}, 0)
	case m == nil && serialHead.MatchString(l.text) && p.firstRowFollows(p.i+1):
		// A table printed one cell per line without a caption, as a
		// portal's page prints its table as text: 序号, the header's
		// cells, then 1 and the first row's.
		p.i--
		return p.cellLines(line{n: l.n}, 0)
	}
	return nil
}

// tabSeparated reports whether l is a row of cells separated by tabs.
func tabSeparated(l line) bool {
	if l.blank() {
		return false
	}
	if l.form || strings.Contains(strings.TrimSpace(l.raw), "\t") {
		return true
	}
	// A row of one cell among empty ones, under the cells the rows above
	// span (a parcel's 南至 under its 出让方式, 序号 … on a page): tabs on
	// both sides of its text, where a paragraph indented by a tab has them
	// before it only.
	r := strings.TrimFunc(l.raw, func(r rune) bool { return r != '\t' && unicode.IsSpace(r) })
	return strings.HasPrefix(r, "\t") && strings.HasSuffix(r, "\t")
}

// tabRows reads tab-separated rows from p.i; the first is the header. A
// caption with an empty text (n only) stands for a table printed without one.
func (p *parser) tabRows(caption line, ordinal int) *plan.Node {
	t := newTable(caption, ordinal)
	var rows []tableRow
	for ; p.i < len(p.lines); p.i++ {
		l := p.lines[p.i]
		if l.blank() {
			if p.nextIs(p.i+1, tabSeparated) {
				continue
			}
			break
		}
		if !tabSeparated(l) && !p.groupRow(p.i) && !(len(rows) > 1 && lastCellRow(l, len(rows[0].cells))) {
			break
		}
		var cells []string
		// A row's spaces go, its tabs stay: a row that leaves its first
		// cell empty (under a cell the row above spans) opens with a tab.
		for c := range strings.SplitSeq(strings.TrimFunc(l.raw, func(r rune) bool { return r != '\t' && unicode.IsSpace(r) }), "\t") {
			cells = append(cells, strings.TrimSpace(c))
		}
		rows = append(rows, tableRow{cells: cells, line: l.n})
	}
	p.i--
	return p.finishTable(t, rows)
}

// lastCellRow reports whether l is a row of a table of width columns
// whose only filled cell is its last (a task's second deadline under the
// cells the row above spans): as many tabs before its text as the columns
// before the last, none after. A table of two columns has no such row: one
// tab before a text is a paragraph's indent.
func lastCellRow(l line, width int) bool {
	r := strings.TrimFunc(l.raw, func(r rune) bool { return r != '\t' && unicode.IsSpace(r) })
	text := strings.TrimLeft(r, "\t")
	return width >= 3 && text != "" && !strings.Contains(text, "\t") && len(r)-len(text) == width-1
}

// groupRow reports whether line j is a row of one cell among a table's
// tab-separated rows: the label of the rows under it, printed across the
// table (一、南昌市（8个）, 续表), right between two rows, with no blank line
// on either side, as a page's table prints a row of one merged cell. A
// heading or a note after a table stands apart from it, or is followed by
// text.
func (p *parser) groupRow(j int) bool {
	if j <= 0 || j+1 >= len(p.lines) {
		return false
	}
	l := p.lines[j]
	if l.blank() || tabSeparated(l) || !tabSeparated(p.lines[j-1]) || !tabSeparated(p.lines[j+1]) {
		return false
	}
	return utf8.RuneCountInString(l.text) <= 30 && !strings.ContainsAny(l.text, "。；;") &&
		!tableCaption.MatchString(l.text) && !attachmentLine.MatchString(l.text) && !endsCells(strings.TrimLeft(l.text, "一二三四五六七八九十、 "))
}

func newTable(caption line, ordinal int) *plan.Node {
	num := tableCaption.FindString(caption.text)
	return &plan.Node{Kind: plan.KindTable, Num: num, Ordinal: ordinal,
		Heading: strings.TrimSpace(caption.text[len(num):]), Line: caption.n}
}

// cellsFollow reports whether short lines follow a caption, the first
// within a few lines being a header cell such as 序号.
func (p *parser) cellsFollow(j int) bool {
	short := 0
	for k := j; k < len(p.lines) && short < 6; k++ {
		l := p.lines[k]
		if l.blank() {
			continue
		}
		if endsCells(l.text) || utf8.RuneCountInString(l.text) > 40 {
			return false
		}
		short++
	}
	return short >= 4
}

// firstRowFollows reports whether, from line j, the header cells of a
// table printed one cell per line follow its 序号 cell, two to twelve short
// lines without a sentence's punctuation, and then the first row's number 1.
func (p *parser) firstRowFollows(j int) bool {
	cells := 0
	for k := j; k < len(p.lines); k++ {
		l := p.lines[k]
		switch {
		case l.blank():
			continue
		case l.text == "1" || l.text == "１":
			return cells >= 2
		case cells == 12 || endsCells(l.text) || utf8.RuneCountInString(l.text) > 12 || strings.ContainsAny(l.text, "。；;，,：:"):
			return false
		}
		cells++
	}
	return false
}

var (
	serial     = regexp.MustCompile(`^\d{1,4}$`)
	serialHead = regexp.MustCompile(`^(?:序号|编号|序)$`)
	subSerial  = regexp.MustCompile(`^[（(]\d{1,3}[）)]$`) // （5）: a part of the project above
)

// cellLines reads a table printed one cell per line (see tableAt). The
// header runs from the 序号 cell to the first row, numbered 1; a row runs
// to the next number; numbering may restart at 1 after a group label
// ("宁波市"), which becomes a row of its own. Without a 序号 column each
// row is found by the cell that opens it (keyedRows); where even that
// fails, the first line is taken as the header and every other line as a
// row of one cell, with a warning.
func (p *parser) cellLines(caption line, ordinal int) *plan.Node {
	t := newTable(caption, ordinal)
	var ls []line
	since := -1              // lines since the last row number
	numAt, firstAt := -1, -1 // the 序号 cell's index in ls, and the first row's number's
	for p.i++; p.i < len(p.lines); p.i++ {
		l := p.lines[p.i]
		if l.blank() {
			continue
		}
		if endsCells(l.text) || (since >= 3 && prose(l.text)) {
			break
		}
		if numAt >= 0 && firstAt > numAt && since+1 >= firstAt-numAt && p.closing(p.i) {
			// The last row has as many cells as the header: the
			// signature and date under the table are the text's
			// closing, not more cells of the row.
			break
		}
		switch {
		case numAt < 0 && serialHead.MatchString(l.text):
			numAt = len(ls)
		case numAt >= 0 && firstAt < 0 && l.text == "1":
			firstAt = len(ls)
		}
		if serial.MatchString(l.text) {
			since = 0
		} else if since >= 0 {
			since++
		}
		ls = append(ls, l)
	}
	after := 0 // empty cells after the last
	if l, k := p.peek(p.i); k >= 0 {
		after = emptyCells(l)
	}
	// bodyRow is the row of ls[s:end] with the empty cells printed
	// between its cells and after its last (cells merged from the row
	// above, in a double-spaced text).
	bodyRow := func(s, end int) tableRow {
		r := tableRow{line: ls[s].n}
		for k := s; k < end; k++ {
			if k > s {
				r.cells = append(r.cells, make([]string, emptyCells(ls[k]))...)
			}
			r.cells = append(r.cells, ls[k].text)
		}
		r.trail = after
		if end < len(ls) {
			r.trail = emptyCells(ls[end])
		}
		return r
	}
	p.i--
	for p.i > 0 && p.lines[p.i].blank() {
		p.i--
	}
	head := -1
	for k, l := range ls {
		if serialHead.MatchString(l.text) {
			head = k
			break
		}
	}
	starts := []int{}
	if head >= 0 {
		next := 1
		for k := head + 1; k < len(ls); k++ {
			if !serial.MatchString(ls[k].text) {
				continue
			}
			v, _ := strconv.Atoi(ls[k].text)
			if k > head+1 && v == 1 && len(starts) == 0 {
				next = 1
			}
			restart := v == 1 && len(starts) > 0 && k-starts[len(starts)-1] >= 3 && !strings.ContainsAny(ls[k-1].text, "0123456789")
			if totalRow(ls[k-1].text) {
				continue // the count of a 小计 row
			}
			if k+1 < len(ls) && totalRow(ls[k+1].text) {
				// The last figure of the row above, not a row's number:
				// a row's name follows its number, and 小计 opens a row
				// of its own (Zhejiang 附表4: …58, 3, 小计, …, 39 =
				// 36 + 3).
				continue
			}
			if v == next || restart {
				starts = append(starts, k)
				next = v + 1
			}
		}
		for k := head + 1; len(starts) > 0 && k < len(ls); k++ {
			if k > starts[0] && (totalRow(ls[k].text) || subSerial.MatchString(ls[k].text)) {
				starts = append(starts, k) // 合计, or a part of a project: a row of its own
			}
		}
		slices.Sort(starts)
	}
	if len(starts) == 0 && head < 0 {
		if first, keyed := keyedRows(ls); len(keyed) > 0 {
			header := cellRow(ls[:first])
			header.cells = mergeHeader(header.cells)
			var rows []tableRow
			for i, s := range keyed {
				end := len(ls)
				if i+1 < len(keyed) {
					end = keyed[i+1]
				}
				rows = append(rows, bodyRow(s, end))
			}
			rows = repairRows(rows, len(header.cells))
			return p.finishTable(t, append([]tableRow{header}, rows...))
		}
	}
	if len(starts) == 0 {
		p.warn(t.Line, "table %s is printed one cell per line without a 序号 column: its rows are not recognised, each line is kept as a row", t.Num)
		var rows []tableRow
		for _, l := range ls {
			rows = append(rows, tableRow{cells: []string{l.text}, line: l.n})
		}
		return p.finishTable(t, rows)
	}
	var rows []tableRow
	if head > 0 { // lines between the caption and the header: a unit, a group
		t.Text = strings.Join(cellRow(ls[:head]).cells, " ")
	}
	header := cellRow(ls[head:starts[0]])
	ncol := starts[min(1, len(starts)-1)] - starts[0]
	if len(starts) == 1 {
		ncol = len(ls) - starts[0]
	}
	header.cells = mergeHeader(header.cells)
	var pre []tableRow
	for len(header.cells) > ncol && len(header.cells) > 2 && groupLabel(header.cells[len(header.cells)-1]) {
		// "“十二五”期间：", "河道综合治理工程…" after the header label the
		// rows below it.
		k := len(header.cells) - 1
		pre = append([]tableRow{{cells: []string{header.cells[k]}, line: header.line}}, pre...)
		header.cells = header.cells[:k]
	}
	rows = append(rows, pre...)
	for i, s := range starts {
		end := len(ls)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		r := bodyRow(s, end)
		if i+1 < len(starts) && ls[starts[i+1]].text == "1" && serial.MatchString(r.cells[0]) {
			// Labels of the next group close this row: "宁波市", "河道综合治理工程".
			k := len(r.cells)
			for k > 2 && !strings.ContainsAny(r.cells[k-1], "0123456789") {
				k--
			}
			if k < len(r.cells) {
				rows = append(rows, tableRow{cells: r.cells[:k], line: r.line}, tableRow{cells: r.cells[k:], line: r.line, trail: r.trail})
				continue
			}
		}
		rows = append(rows, r)
	}
	rows = repairRows(rows, len(header.cells))
	header.cells = fitHeader(header.cells, rows)
	return p.finishTable(t, append([]tableRow{header}, rows...))
}

var (
	// measure is a cell of figures: 3～5, ≥150, <150，≥50, 0.5～2.
	measure = regexp.MustCompile(`^[\d.．～~\-—–≥≤<>＜＞，,%％/×+ ]*\d[\d.．～~\-—–≥≤<>＜＞，,%％/×+ ]*$`)
	roman   = regexp.MustCompile(`^(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]+|[IVX]{1,4})$`)
)
