package parse

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"plansite/generator/plan"
	"plansite/generator/pos"
)

// Layout is what a PDF or Word extraction adds to the text of a plan: page
// numbers ("- 1 -", "— 31 —", a lone "II"), running headers and footers
// repeated on every page, form feeds, words spaced out to fill a line
// ("目   录"), garbage such as "(cid:21)", and hard line wraps that cut every
// paragraph into printed lines. layout takes it out before the structure is
// read: each kind it removes is named in one warning (with its lines) and
// kept in Document.Dropped, and wrapped lines are joined into their
// paragraph, CJK with nothing between, Latin words with a space.

var (
	// pageNumber is a page number standing alone between dashes: - 1 -,
	// — 31 —, －3－, with its dashes spaced apart (— — — 2 —, as a site
	// re-printing a PDF gives them), or 第 2 页 (共 9 页).
	pageNumber = regexp.MustCompile(`^(?:(?:[-－—–]\s*)+\d{1,3}\s*[-－—–](?:\s*[-－—–])*|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?)$`)
	// romanPage is a lone Roman page number (the front matter's II).
	romanPage = regexp.MustCompile(`^(?:I{1,3}|IV|V|VI{1,3}|IX|X|XI{1,3})$`)
	// gluedRoman is a Roman page number that extraction glued onto the
	// first line of a page: "II浙江省城市内涝治理…".
	gluedRoman = regexp.MustCompile(`^(?:I{2,3}|IV|VI{1,3}|IX|XI{0,3})\p{Han}`)
	// noTextNote is what a page prints that holds no text of the document,
	// only its seal or its 版记: （此页无正文）.
	noTextNote = regexp.MustCompile(`^[（(]\s*此页无正文\s*[）)]$`)
	// garbage is what a PDF extraction prints for a glyph it cannot map.
	garbage = regexp.MustCompile(`\(cid:\d+\)`)
)

// drop records text taken out of line n as layout.
func (p *parser) drop(n int, text, why string) {
	// A form feed is layout, taken out as such (pageBreaks), not text
	// that was dropped, though a line taken out before may hold one.
	text = strings.ReplaceAll(text, "\f", "")
	p.dropped = append(p.dropped, plan.Dropped{Line: n, Text: text, Why: why})
}

func (p *parser) layout() {
	p.lawMarkers()
	p.readingTags()
	p.portalBlock()
	p.garbage()
	p.pageBreaks()
	p.forms()
	p.doubleSpaced()
	p.spacedWords()
	p.compactDates()
	p.joinWrapped()
	p.joinTitles()
}

// garbage removes "(cid:NN)" glyphs, one warning a line: the text there
// has lost characters and must be checked against the original.
func (p *parser) garbage() {
	for i := range p.lines {
		l := &p.lines[i]
		m := garbage.FindAllString(l.raw, -1)
		if m == nil {
			continue
		}
		for _, g := range m {
			p.drop(l.n, g, "extraction garbage")
		}
		p.warn(l.n, "removed %d unreadable glyph(s) %s from the extraction: characters are missing here; compare with the original", len(m), strings.Join(m, ""))
		l.raw = garbage.ReplaceAllString(l.raw, "")
		l.text = strings.TrimSpace(l.raw)
	}
}

// pageBreaks removes form feeds, page numbers, the blank lines around them
// and running headers and footers, so that a paragraph continues across
// the break.
func (p *parser) pageBreaks() {
	var inside, numbers []int
	var numberText []string
	feeds := 0
	brk := make([]bool, len(p.lines)) // a page ends after line i
	for i := range p.lines {
		l := &p.lines[i]
		if strings.ContainsRune(l.raw, '\f') {
			feeds++
			if strings.HasPrefix(strings.TrimLeft(l.raw, " \t"), "\f") && i > 0 {
				brk[i-1] = true
			}
			if strings.ContainsRune(strings.TrimLeft(l.raw, " \t\f"), '\f') {
				inside = append(inside, l.n)
			}
			l.raw = strings.ReplaceAll(l.raw, "\f", "")
			l.text = strings.TrimSpace(l.raw)
		}
		if noTextNote.MatchString(l.text) {
			p.drop(l.n, l.text, "page note")
			p.warn(l.n, "took out %q, the note of a page printed without text (for the seal or the 版记)", l.text)
			l.raw, l.text = "", ""
			continue
		}
		if pageNumber.MatchString(l.text) || (romanPage.MatchString(l.text) && p.nearBreak(i)) {
			numbers = append(numbers, l.n)
			numberText = append(numberText, l.text)
			p.drop(l.n, l.text, "page number")
			l.raw, l.text = "", ""
			brk[i] = true
		}
	}
	if len(numbers) > 0 {
		p.warn(numbers[0], "removed %d page number(s) (%s) on line(s) %s", len(numbers), quoteFew(numberText), pos.Lines(numbers))
	}
	// A form feed opening a line is where a page starts, as a PDF's
	// reader and pdftotext write every page: normal, and no news to an
	// editor. One after text on its line breaks the page inside a line,
	// whose two sides are now one: that one is worth a look.
	if len(inside) > 0 {
		p.warn(inside[0], "removed %d form feed(s) inside a line (a page break in the middle of a line; its two sides are joined) on line(s) %s", len(inside), pos.Lines(inside))
	}
	p.paged = p.paged || feeds > 0
	p.runningHeaders(brk)
	p.gluedPageNumbers(brk)
	// The blank lines on either side of a page break are layout too.
	var keep []line
	top := false // a page has ended, and no text has followed yet
	for i, l := range p.lines {
		if !l.blank() {
			l.pageTop, top = top, false
		}
		top = top || brk[i]
		if l.blank() && (p.blankRunTouches(i, brk)) {
			continue
		}
		keep = append(keep, l)
	}
	if len(numbers)+feeds > 0 {
		p.lines = keep
	}
}

// doubleSpaced removes the blank line an extraction put after every line
// (the Zhejiang plan's text has one after each), which would otherwise end
// every box and list at its first line. A run of blank lines stays one.
func (p *parser) doubleSpaced() {
	single, text, adjacent := 0, 0, 0
	for i, l := range p.lines {
		if l.blank() {
			continue
		}
		text++
		if i+2 < len(p.lines) && p.lines[i+1].blank() && !p.lines[i+2].blank() {
			single++
		}
		if i+1 < len(p.lines) && !p.lines[i+1].blank() {
			adjacent++
		}
	}
	// A short PDF (a notice of two pages) has fewer lines, and more of
	// them set apart by several blank lines (the number, the title, the
	// signature): most lines single-spaced apart and nearly none right
	// under another is enough there.
	short := p.paged && text >= 10 && single*10 >= text*6 && adjacent*10 <= text
	if !short && (text < 20 || single*10 < text*7) {
		return
	}
	var out []line
	run := 0
	for i, l := range p.lines {
		if l.blank() {
			run++
		} else {
			l.emptyBefore, run = max(run-1, 0), 0
		}
		if l.blank() && i > 0 && i+1 < len(p.lines) && !p.lines[i-1].blank() && !p.lines[i+1].blank() {
			continue
		}
		if l.blank() && len(out) > 0 && out[len(out)-1].blank() {
			continue
		}
		out = append(out, l)
	}
	p.lines = out
}

// nearBreak reports whether line i is at the top or bottom of a page: next
// to a form feed, or the first or last text of the file.
func (p *parser) nearBreak(i int) bool {
	prev, next := p.nonBlank(i-1, -1), p.nonBlank(i+1, 1)
	return prev < 0 || next < 0 || strings.ContainsRune(p.lines[next].raw, '\f') || strings.HasPrefix(p.lines[i].raw, "\f")
}

// blankRunTouches reports whether blank line i belongs to a run of blank
// lines that ends or starts at a page break.
func (p *parser) blankRunTouches(i int, brk []bool) bool {
	for j := i; j >= 0 && (j == i || p.lines[j].blank()); j-- {
		if brk[j] {
			return true
		}
	}
	for j := i; j < len(p.lines); j++ {
		if brk[j] {
			return true
		}
		if !p.lines[j].blank() {
			return false
		}
	}
	return false
}

// runningHeaders removes short lines printed at the top or bottom of three
// or more pages ("重庆市人民政府办公厅行政规范性文件").
func (p *parser) runningHeaders(brk []bool) {
	edge := map[string][]int{} // text → indexes of lines next to a break
	for i, b := range brk {
		if !b {
			continue
		}
		for _, j := range []int{p.nonBlank(i, -1), p.nonBlank(i+1, 1)} {
			if j >= 0 && j < len(p.lines) {
				t := squeezeSpace(p.lines[j].text)
				if t != "" && utf8.RuneCountInString(t) <= 40 && !strings.ContainsAny(t, "。；，") {
					if !slices.Contains(edge[t], j) {
						edge[t] = append(edge[t], j)
					}
				}
			}
		}
	}
	for _, t := range slices.Sorted(maps.Keys(edge)) {
		idx := edge[t]
		if len(idx) < 3 {
			continue
		}
		if first := p.nonBlank(0, 1); first >= 0 && !slices.Contains(idx, first) && squeezeSpace(p.lines[first].text) == t && !masthead.MatchString(t) {
			// The header printed on the first page too, over the title
			// (北京市人民政府规章 / 北京市地震预警管理办法): furniture
			// there as well. A masthead (…文件, …行政规范性文件) that
			// pages after the first repeat stays the first page's 红头.
			idx = append([]int{first}, idx...)
		}
		var ns []int
		for _, j := range idx {
			ns = append(ns, p.lines[j].n)
			p.drop(p.lines[j].n, p.lines[j].text, "running header")
			p.lines[j].raw, p.lines[j].text = "", ""
			brk[j] = true
		}
		p.warn(ns[0], "removed the running header or footer %q printed on %d pages, line(s) %s", t, len(ns), pos.Lines(ns))
	}
}

// gluedPageNumbers removes a Roman page number glued onto the first line of
// the file or of a page.
func (p *parser) gluedPageNumbers(brk []bool) {
	for i := range p.lines {
		l := &p.lines[i]
		if l.blank() {
			continue
		}
		// the first line of the file, or of a page
		if prev := p.nonBlank(i-1, -1); prev >= 0 && !brk[prev] {
			continue
		}
		if m := gluedRoman.FindString(l.text); m != "" {
			_, size := utf8.DecodeLastRuneInString(m)
			num := m[:len(m)-size]
			p.drop(l.n, num, "page number")
			p.warn(l.n, "removed the page number %q glued to the start of the line", num)
			l.raw = strings.Replace(l.raw, num, "", 1)
			l.text = strings.TrimSpace(l.raw)
		}
	}
}

// nonBlank returns the first non-blank line from i in direction step, or -1.
func (p *parser) nonBlank(i, step int) int {
	for ; i >= 0 && i < len(p.lines); i += step {
		if !p.lines[i].blank() {
			return i
		}
	}
	return -1
}

// spacedWords reads a short line of single characters spaced out to fill
// the line ("目   录", "前    言") as the word it prints.
func (p *parser) spacedWords() {
	for i := range p.lines {
		l := &p.lines[i]
		if l.form {
			continue // a form's cells (年 / 月 / 日), not a word spaced out
		}
		if w, ok := spacedWord(l.text); ok {
			l.text = w
			l.raw = leading(l.raw) + l.text
		}
	}
}

// spacedWord returns the word s prints spaced out, one character at a
// time (总  则 → 总则), and whether s is so spaced: two to eight Han
// characters, each standing alone.
func spacedWord(s string) (string, bool) {
	fields := strings.Fields(s)
	if len(fields) < 2 || len(fields) > 8 {
		return s, false
	}
	for _, f := range fields {
		if r, size := utf8.DecodeRuneInString(f); size != len(f) || !unicode.Is(unicode.Han, r) {
			return s, false
		}
	}
	return strings.Join(fields, ""), true
}

// leading returns the layout whitespace at the start of s.
func leading(s string) string {
	return s[:len(s)-len(strings.TrimLeftFunc(s, unicode.IsSpace))]
}

// quoteFew quotes the first three texts for a warning.
func quoteFew(ts []string) string {
	var qs []string
	for i, t := range ts {
		if i == 3 {
			qs = append(qs, "…")
			break
		}
		qs = append(qs, fmt.Sprintf("%q", t))
	}
	return strings.Join(qs, ", ")
}
