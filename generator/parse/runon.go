package parse

import (
	"strings"
	"unicode/utf8"
)

// splitRunOn gives each list entry a line of its own where a page printed
// several one after another in one paragraph, each clause closed by a
// semicolon (（六）其他行政机关推送…的信息；（七）人民法院…裁决；), so that the
// list keeps every number and each entry its own text. An entry starts
// only at a bracketed number of the line's own style that continues its
// count, right after a semicolon: a reference (第（七）项) or a number the
// count does not reach stays in the text.
func (p *parser) splitRunOn() {
	var out []line
	for _, l := range p.lines {
		for !l.tabbed() && !tabSeparated(l) { // a table's cells are no list
			at := runOnAt(l.text)
			if at < 0 {
				break
			}
			first, rest := l, l
			first.text, rest.text = l.text[:at], l.text[at:]
			if k := strings.Index(l.raw, rest.text); k >= 0 {
				first.raw, rest.raw = l.raw[:k], l.raw[k:]
			} else {
				first.raw, rest.raw = first.text, rest.text
			}
			out = append(out, first)
			l = rest
		}
		out = append(out, l)
	}
	p.lines = out
}

// runOnAt returns where the next entry starts in text, a line opened by a
// bracketed list number ((六), （六）, （6）), or -1.
func runOnAt(text string) int {
	num, ok := classify(text)
	if !ok || !bracketed(num.num) {
		return -1
	}
	open, _ := utf8.DecodeRuneInString(num.num)
	for from := len(num.num); ; {
		k := strings.IndexAny(text[from:], "；;")
		if k < 0 {
			return -1
		}
		at := from + k
		_, size := utf8.DecodeRuneInString(text[at:])
		at += size
		if next, ok := classify(text[at:]); ok && next.kind == num.kind && next.ordinal == num.ordinal+1 && bracketed(next.num) {
			if r, _ := utf8.DecodeRuneInString(next.num); r == open {
				return at
			}
		}
		from = at
	}
}

// bracketed reports whether a list number is printed in brackets: （六）,
// (6).
func bracketed(num string) bool {
	return (strings.HasPrefix(num, "（") || strings.HasPrefix(num, "(")) && (strings.HasSuffix(num, "）") || strings.HasSuffix(num, ")"))
}
