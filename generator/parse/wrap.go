package parse

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// joinWrapped joins the printed lines of a hard-wrapped text (a PDF
// extraction, a Word file saved as text with line breaks) into paragraphs.
// A text is wrapped when many of its lines fill the measure without ending
// a sentence; then a line continues the one before it when that one fills
// the measure, does not end a sentence and the line is not indented as a
// paragraph's first line is. A text whose lines are paragraphs is left as
// it is, and so is a table's row of cells separated by tabs, however wide
// (a page's table of 64 projects, none of whose rows ends a sentence).
func (p *parser) joinWrapped() {
	measure, base := p.measure()
	if measure < 40 {
		// No printed page is narrower than 20 characters: short lines are
		// headings or table cells one a line, never a wrapped paragraph.
		return
	}
	full := func(l line) bool { return width(l.raw) >= measure*3/4 }
	marked := p.indentMarked(base, full)
	// cont reports whether l continues prev, whose last printed line
	// fills the measure when prevFull.
	cont := func(prev line, prevFull bool, l line) bool {
		if prev.blank() || l.blank() || prev.tabbed() || l.tabbed() || tabSeparated(prev) || tabSeparated(l) || !prevFull || indent(l.raw) > base+1 ||
			attachmentLine.MatchString(l.text) || scheduleLine.MatchString(l.text) || standingHeading(l.text) || publicity.MatchString(l.text) {
			return false
		}
		if organ.MatchString(l.text) && titleEnd.MatchString(prev.text) {
			return false // a page's heading over the masthead's body (…的通知 / 某某人民政府 / 文件)
		}
		if !strings.ContainsAny(prev.text, "，。；") && titleEnd.MatchString(prev.text) && addressees(l.text) {
			return false // a title as wide as the measure, then the 主送 line (…的通知 / 各住房公积金缴存职工：)
		}
		if !endsSentence(prev.text) {
			return true
		}
		// A sentence that ends at the margin, and a line after it that is
		// not indented where every paragraph's first line is: the paragraph
		// goes on ("…定期通报企业违法违规情况。" / "加强舆论正面宣传引导…").
		_, numbered := classify(l.text)
		return marked && !numbered && !l.isDate()
	}
	wrapped, lines := 0, 0
	for i := 1; i < len(p.lines); i++ {
		if !p.lines[i].blank() {
			lines++
			if cont(p.lines[i-1], full(p.lines[i-1]), p.lines[i]) {
				wrapped++
			}
		}
	}
	// Fewer than one line in five, or a short excerpt (a page or less)
	// with fewer than a third of its lines broken mid-sentence, is not
	// wrapped: a text of one paragraph a line leaves few full lines
	// unfinished, a long heading or two. Printed pages (paged) are wrapped
	// wherever a full line breaks a sentence, however few: a notice of a
	// page and a half has two or three such lines.
	if !(p.paged && wrapped >= 2) && (wrapped < 4 || wrapped*5 < lines || wrapped < 8 && wrapped*3 < lines) {
		return
	}
	var out []line
	lastFull := false // the last printed line of out's last fills the measure
	lastWidth := 0    // the width of that printed line
	for i := 0; i < len(p.lines); i++ {
		l := p.lines[i]
		k := len(out) - 1
		if k >= 0 && l.blank() && i+1 < len(p.lines) && cont(out[k], lastFull, p.lines[i+1]) {
			// One blank line inside a wrapped sentence is a page break
			// (a form feed read as a line break).
			l = p.lines[i+1]
			i++
		}
		if k >= 0 && cont(out[k], lastFull, l) {
			// Judged by its own width, not the joined paragraph's: a
			// heading's short last line (…的全面 / 领导) ends it.
			out[k], lastFull, lastWidth = joinLines(out[k], l), full(l), width(l.raw)
			continue
		}
		if k >= 0 && splitAtMarks(out[k], lastWidth, l, measure) {
			// One printed line the extraction broke in two where a
			// closing mark and an opening one overlap (…号）、 /
			// 《东莞市…): the two halves fill one line.
			out[k], lastWidth = joinLines(out[k], l), lastWidth+width(strings.TrimSpace(l.raw))
			lastFull = lastWidth >= measure*3/4
			continue
		}
		if k >= 0 && fragment(out[k], l) && indent(l.raw) > base+1 && i+1 < len(p.lines) && indent(p.lines[i+1].raw) <= base+1 && lastFull && !endsSentence(out[k].text) {
			// A few characters the extraction set apart at the right
			// margin ("（明"), between two lines of one sentence.
			out[k] = joinLines(out[k], l)
			continue
		}
		out, lastFull, lastWidth = append(out, l), full(l), width(l.raw)
	}
	p.lines = out
}

// splitAtMarks reports whether l is the rest of the printed line whose
// first part, lastWidth wide, ends prev: pdftotext -layout breaks a line
// where a compressed closing mark (、，》）) overlaps the opening mark
// after it (《（“), and sets the rest on a line of its own, indented
// anywhere. Prev ends mid-sentence with the closing mark, l opens with
// the opening one and is not numbered, and the two halves are no wider
// than one line (the marks overlap by a character or two).
func splitAtMarks(prev line, lastWidth int, l line, measure int) bool {
	if prev.blank() || l.blank() || prev.tabbed() || l.tabbed() || endsSentence(prev.text) {
		return false
	}
	a, _ := utf8.DecodeLastRuneInString(prev.text)
	b, _ := utf8.DecodeRuneInString(l.text)
	if !strings.ContainsRune("、，》）", a) || !strings.ContainsRune("《（“", b) {
		return false
	}
	if _, numbered := classify(l.text); numbered {
		return false
	}
	return lastWidth+width(l.text) <= measure+4
}

// indentMarked reports whether the text marks each paragraph by indenting
// its first line: nearly every line that follows the short last line of a
// paragraph is indented past the continuation lines' margin base.
func (p *parser) indentMarked(base int, full func(line) bool) bool {
	starts, indented := 0, 0
	for i := 1; i < len(p.lines); i++ {
		prev, l := p.lines[i-1], p.lines[i]
		if prev.blank() || l.blank() || prev.tabbed() || l.tabbed() || full(prev) || !endsSentence(prev.text) {
			continue
		}
		starts++
		if indent(l.raw) > base+1 {
			indented++
		}
	}
	return starts >= 5 && indented*10 >= starts*9
}

// fragment reports whether l is a few characters standing apart after the
// unfinished line prev: up to three, or up to eight without a Han
// character (a standard's code, （GB/T, that the line had no room for).
func fragment(prev, l line) bool {
	n := utf8.RuneCountInString(l.text)
	return !prev.blank() && !l.blank() && !l.tabbed() && (n <= 3 || n <= 8 && !strings.ContainsFunc(l.text, isHan)) && !endsSentence(l.text) &&
		!attachmentLine.MatchString(l.text) && !standingHeading(l.text)
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// joinLines appends the wrapped line l to prev: CJK text joins with
// nothing between, Latin words and numbers with a space.
func joinLines(prev, l line) line {
	next := strings.TrimLeftFunc(l.raw, unicode.IsSpace)
	a, _ := utf8.DecodeLastRuneInString(prev.text)
	b, _ := utf8.DecodeRuneInString(next)
	sep := ""
	if !wide(a) && !wide(b) && a != '-' {
		sep = " "
	}
	prev.raw = strings.TrimRightFunc(prev.raw, unicode.IsSpace) + sep + next
	prev.text = strings.TrimSpace(prev.raw)
	return prev
}

// measure returns the width of a full printed line (the 90th percentile of
// line widths) and the indentation of continuation lines (the smallest),
// or 0 when the text has too few lines to tell.
func (p *parser) measure() (measure, base int) {
	var ws []int
	base = -1
	for _, l := range p.lines {
		if l.blank() || l.tabbed() || tabSeparated(l) {
			continue // a table's row, printed as wide as its cells make it
		}
		ws = append(ws, width(l.raw))
		if in := indent(l.raw); base < 0 || in < base {
			base = in
		}
	}
	if len(ws) < 10 {
		return 0, 0
	}
	sort.Ints(ws)
	return ws[len(ws)*9/10], base
}

// width is the printed width of s: CJK characters and full-width forms
// count two columns, others one.
func width(s string) int {
	w := 0
	for _, r := range strings.TrimRightFunc(s, unicode.IsSpace) {
		if wide(r) || r == '\u3000' {
			w += 2
		} else {
			w++
		}
	}
	return w
}

// indent is the printed width of the whitespace at the start of s.
func indent(s string) int {
	return width(leading(s)+"x") - 1
}
