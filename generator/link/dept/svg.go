package dept

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"plansite/generator/plan"
	"plansite/generator/xmlwrite"
)

// SVG geometry, in user units (CSS pixels at natural size).
const (
	svgPad      = 8
	svgFont     = 13
	svgCell     = 26
	svgLine     = 15 // height of one line of a row label
	svgTotalW   = 40 // the totals column
	svgLegendH  = 44
	svgEnChars  = 30 // characters of an English row label line
	svgEnLines  = 2
	svgMaxLabel = 220
)

// SVG draws the matrix in lang as a standalone SVG element: row labels on
// the left, column labels turned upright above the columns, a dark cell
// where a department leads a task in the column and a light one where it
// only supports, the number of tasks in the cell, a totals column and a
// legend. Every cell and label carries a <title> with its full text; the
// <desc> is Summary. Its words are t's (content/i18n). All text is
// escaped by package xmlwrite.
//
// The drawing has a viewBox and its natural width and height; on a phone,
// scale it to the screen width (max-width:100%; height:auto) or let its
// container scroll sideways.
//
// label names a column's node as the pages do (a key project under
// groups by its groups and number, cite.ShortLabel), so that the drawing
// and the page around it agree; nil names it by plan.Label.
func (m *Matrix) SVG(lang string, t Words, label func(n *plan.Node, lang string) string) []byte {
	en := lang == "en"
	if label == nil {
		label = plan.Label
	}
	labels, labelW, lines := m.rowLabels(lang)
	rowH := max(svgCell, lines*svgLine+6)
	headH := 0
	for _, c := range m.Columns {
		headH = max(headH, textWidth(columnLabel(c, lang, t, label)))
	}
	headH += 2 * svgPad
	x0, y0 := svgPad+labelW, svgPad+headH
	width := x0 + len(m.Columns)*svgCell + svgTotalW + svgPad
	height := y0 + len(m.Rows)*rowH + svgLegendH + svgPad

	w := &svgWriter{}
	w.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 "+itoa(width)+" "+itoa(height),
		"width", itoa(width), "height", itoa(height), "role", "img", "aria-labelledby", m.ID+"-title "+m.ID+"-desc",
		"font-family", "system-ui, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif", "font-size", itoa(svgFont))
	w.InlineLeaf("title", t("matrix"), "id", m.ID+"-title")
	w.InlineLeaf("desc", m.Summary(lang, t), "id", m.ID+"-desc")
	w.empty("rect", "width", "100%", "height", "100%", "fill", "#fff")

	for j, c := range m.Columns {
		if en {
			// Latin labels turned to read upwards
			cx := x0 + j*svgCell + svgCell/2 + 4
			w.open("text", "transform", "translate("+itoa(cx)+" "+itoa(y0-svgPad)+") rotate(-90)", "fill", "#222")
		} else {
			// Chinese labels written vertically, characters upright
			cx := x0 + j*svgCell + svgCell/2
			w.open("text", "x", itoa(cx), "y", itoa(y0-svgPad), "writing-mode", "tb", "text-anchor", "end", "fill", "#222")
		}
		w.InlineLeaf("title", columnTitle(c, lang, t, label))
		w.Text(columnLabel(c, lang, t, label))
		w.close("text")
	}
	w.InlineLeaf("text", t("colTotal"), "x", itoa(x0+len(m.Columns)*svgCell+svgTotalW/2), "y", itoa(y0-svgPad), "text-anchor", "middle", "fill", "#222")

	for i, r := range m.Rows {
		y := y0 + i*rowH
		if i%2 == 1 {
			w.empty("rect", "x", itoa(svgPad), "y", itoa(y), "width", itoa(width-2*svgPad), "height", itoa(rowH), "fill", "#f4f6f8")
		}
		w.open("text", "x", itoa(x0-svgPad), "y", itoa(y+(rowH-len(labels[i])*svgLine)/2+svgLine-3), "text-anchor", "end", "fill", "#111")
		w.InlineLeaf("title", r.Dept.NameIn(lang))
		for k, l := range labels[i] {
			if k == 0 {
				w.runs(l, en)
			} else {
				w.open("tspan", "x", itoa(x0-svgPad), "dy", itoa(svgLine))
				w.runs(l, en)
				w.close("tspan")
			}
		}
		w.close("text")
		for j, c := range r.Cells {
			x := x0 + j*svgCell
			w.open("g")
			w.InlineLeaf("title", r.Dept.NameIn(lang)+" · "+columnTitle(m.Columns[j], lang, t, label)+": "+c.Describe(t))
			fill, stroke, ink := "#fff", "#d0d5da", "#000"
			switch {
			case c.Lead > 0:
				fill, stroke, ink = "#1d4f91", "#1d4f91", "#fff"
			case c.Support > 0:
				fill, stroke, ink = "#cfe0f5", "#7aa3d6", "#0b2545"
			}
			w.empty("rect", "x", itoa(x+2), "y", itoa(y+(rowH-svgCell)/2+2), "width", itoa(svgCell-4), "height", itoa(svgCell-4), "rx", "3", "fill", fill, "stroke", stroke)
			if n := c.Lead + c.Support; n > 0 {
				w.InlineLeaf("text", itoa(n), "x", itoa(x+svgCell/2), "y", itoa(y+rowH/2+svgFont/2-2), "text-anchor", "middle", "fill", ink)
			}
			w.close("g")
		}
		total := r.Counts.Lists()
		w.InlineLeaf("text", itoa(total), "x", itoa(x0+len(m.Columns)*svgCell+svgTotalW/2), "y", itoa(y+rowH/2+svgFont/2-2), "text-anchor", "middle", "fill", "#111", "font-weight", "bold")
	}

	ly := y0 + len(m.Rows)*rowH + 12
	w.empty("rect", "x", itoa(svgPad), "y", itoa(ly), "width", "16", "height", "16", "rx", "3", "fill", "#1d4f91")
	w.InlineLeaf("text", t("matrixLegendLead"), "x", itoa(svgPad+22), "y", itoa(ly+13))
	w.empty("rect", "x", itoa(svgPad), "y", itoa(ly+22), "width", "16", "height", "16", "rx", "3", "fill", "#cfe0f5", "stroke", "#7aa3d6")
	w.InlineLeaf("text", t("matrixLegendSupport"), "x", itoa(svgPad+22), "y", itoa(ly+35))
	w.close("svg")
	return w.Bytes()
}

// columnLabel is the short upright label of a column: "二（一）", "II (1)",
// "表1" for a task list's table of rows (plan.HasDataRows), and for the
// key-project table t's "keyProjects" (重点项目 / Key projects).
func columnLabel(c *plan.Node, lang string, t Words, label func(*plan.Node, string) string) string {
	if projectTable(c) {
		return t("keyProjects")
	}
	return label(c, lang)
}

// columnTitle is a column's label with its heading, for tooltips.
func columnTitle(c *plan.Node, lang string, t Words, label func(*plan.Node, string) string) string {
	if projectTable(c) || lang == "en" || c.Heading == "" {
		return columnLabel(c, lang, t, label)
	}
	return label(c, lang) + " " + c.Heading
}

// projectTable reports whether a column is a table of key projects, where
// a task list's rows (plan.HasDataRows) are a table's own.
func projectTable(c *plan.Node) bool { return c.Kind == plan.KindTable && !plan.HasDataRows(c) }

// rowLabels are the rows' labels in lang, the width of the column that
// holds them, padding included, and the most lines a label has. The
// column is as wide as its widest label, which rowLabel keeps to about
// svgMaxLabel, so that no label runs out of the drawing.
func (m *Matrix) rowLabels(lang string) (labels [][]string, width, lines int) {
	labels = make([][]string, len(m.Rows))
	lines = 1
	for i, r := range m.Rows {
		labels[i] = rowLabel(r.Dept.NameIn(lang), lang == "en")
		lines = max(lines, len(labels[i]))
		for _, l := range labels[i] {
			width = max(width, textWidth(l))
		}
	}
	return labels, width + svgPad, lines
}

// rowLabel is a department's label: Chinese on one line, cut with "…"
// where it is wider than svgMaxLabel; English wrapped at word boundaries
// into at most two lines, the rest cut with "…", and the Chinese name an
// English name two departments share says beside it (alike.go) on a line
// of its own, so that the cut never takes what tells the two rows apart
// (Data Zone Regulatory Department… twice, Beijing's data zones).
func rowLabel(name string, en bool) []string {
	if !en {
		return []string{cutLabel(name)}
	}
	if i := strings.LastIndex(name, " ("); i > 0 && strings.HasSuffix(name, ")") && strings.ContainsFunc(name[i:], isHan) {
		return append(wrapLabel(name[:i]), cutLabel(name[i+1:]))
	}
	return wrapLabel(name)
}

// cutLabel is name on one line, cut with "…" where it is wider than
// svgMaxLabel.
func cutLabel(name string) string {
	if textWidth(name) <= svgMaxLabel {
		return name
	}
	rs := []rune(name)
	for len(rs) > 1 && textWidth(string(rs))+svgFont > svgMaxLabel {
		rs = rs[:len(rs)-1]
	}
	return string(rs) + "…"
}

// wrapLabel is an English name wrapped at word boundaries into at most
// svgEnLines lines, the rest cut with "…".
func wrapLabel(name string) []string {
	var lines []string
	var cur string
	for word := range strings.FieldsSeq(name) {
		switch {
		case cur == "":
			cur = word
		case len(cur)+1+len(word) <= svgEnChars:
			cur += " " + word
		default:
			lines = append(lines, cur)
			cur = word
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	if len(lines) > svgEnLines {
		last := lines[svgEnLines-1]
		if len(last) > svgEnChars-1 {
			last = last[:svgEnChars-1]
		}
		lines = append(lines[:svgEnLines-1], last+"…")
	}
	return lines
}

// textWidth estimates the drawn width of s: full width for CJK, about
// 0.7 em for a capital letter (M, W), 0.6 em for other Latin letters.
func textWidth(s string) int {
	w := 0.0
	for _, r := range s {
		switch {
		case utf8.RuneLen(r) >= 3:
			w += svgFont
		case r >= 'A' && r <= 'Z':
			w += svgFont * 0.7
		default:
			w += svgFont * 0.6
		}
	}
	return int(w + 0.5)
}

func itoa(n int) string { return strconv.Itoa(n) }

// svgWriter writes SVG on one line: the drawing's text is escaped by
// package xmlwrite.
type svgWriter struct{ xmlwrite.Writer }

func (w *svgWriter) open(name string, kv ...string) { w.Tag(name, kv, false) }

func (w *svgWriter) close(name string) { w.WriteString("</" + name + ">") }

// runs writes s, a row label's line, its stretches of Han marked as
// Chinese where the drawing is English (en): a name two departments share
// in English says each one's Chinese beside it (District Transport Bureau
// (区交通局)), which a screen reader would read in an English voice.
func (w *svgWriter) runs(s string, en bool) {
	for s != "" {
		i := strings.IndexFunc(s, isHan)
		if !en || i < 0 {
			w.Text(s)
			return
		}
		w.Text(s[:i])
		s = s[i:]
		j := strings.IndexFunc(s, func(r rune) bool { return !isHan(r) })
		if j < 0 {
			j = len(s)
		}
		w.InlineLeaf("tspan", s[:j], "lang", "zh-Hans")
		s = s[j:]
	}
}

// isHan reports whether r is a Han character.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

func (w *svgWriter) empty(name string, kv ...string) {
	w.open(name, kv...)
	w.close(name)
}
