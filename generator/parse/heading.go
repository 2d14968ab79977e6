package parse

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"plansite/generator/plan"
)

// entry is a numbered node and the rank of its numbering style.
type entry struct {
	node *plan.Node
	rank int
}

// closes reports whether an open node of rank open ends where a node of
// rank next begins. An unnumbered heading standing alone (前言, 总则) holds
// the articles after it but ends at any other heading.
func closes(open, next int) bool {
	if open == rankHeading {
		return next != rankArticle
	}
	return open >= next
}

// inArticle reports whether an article is open: inside one, （一） is an
// item of the article and 1. and （1） sub-items, as in laws and 办法.
func inArticle(stack []*plan.Node) bool {
	return slices.ContainsFunc(stack, func(n *plan.Node) bool { return n.Kind == plan.KindArticle })
}

// numberedNodes makes the nodes of a numbered line: usually one, but a
// chapter heading may carry the chapter's first article on the same line
// ("第一章　总则　　第一条 　为规范…").
func (p *parser) numberedNodes(l line, num numbered, article bool) []entry {
	n := &plan.Node{Kind: num.kind, Num: num.num, Ordinal: num.ordinal, Line: l.n}
	if article {
		switch num.rank {
		case rankSection:
			n.Kind = plan.KindItem
		case rankItem, rankSubitem:
			n.Kind = plan.KindSubitem
		}
	}
	switch num.rank {
	case rankArticle:
		// An article's text is its first 款, whether a space follows the
		// number or not (第四条房屋…), or the line under a number printed
		// alone; a caption in brackets before it (第一条(立法目的)为了…)
		// is its heading.
		rest := strings.TrimLeftFunc(num.rest, unicode.IsSpace)
		if rest == "" {
			if next, j := p.peek(p.i + 1); j >= 0 && p.articleText(next) {
				rest, p.i = next.text, j
			}
		}
		if m := articleCaption.FindStringSubmatch(rest); m != nil && len(m[0]) < len(rest) {
			n.Heading, rest = m[1], rest[len(m[0]):]
		}
		n.Text, n.Resp = takeResponsibility(rest, &p.leadFirst)
		return []entry{{n, num.rank}}
	case rankBook, rankChapter, rankDivision:
		rest := strings.TrimLeftFunc(num.rest, unicode.IsSpace)
		if w, ok := spacedWord(rest); ok {
			// A heading spaced out to fill the line (第一章 总 则) reads
			// as its word, as a heading standing alone does; the line
			// keeps its spaces in the source.
			n.Heading = w
			return []entry{{n, num.rank}}
		}
		if i := strings.IndexFunc(rest, unicode.IsSpace); i > 0 {
			after := strings.TrimLeftFunc(rest[i:], unicode.IsSpace)
			if inner, ok := classify(after); ok && inner.rank > num.rank {
				n.Heading = rest[:i]
				return append([]entry{{n, num.rank}}, p.numberedNodes(l, inner, article || inner.rank == rankArticle)...)
			}
		}
		if utf8.RuneCountInString(rest) <= maxHeading && !strings.ContainsAny(rest, "。；;") {
			n.Heading = rest
			return []entry{{n, num.rank}}
		}
		n.Heading, n.Text, n.RunIn = splitHeading(rest, maxHeading)
		return []entry{{n, num.rank}}
	}
	if article {
		// An article's list items are clauses of its text ("（一）法律、
		// 法规…发生变化的；"), never headings.
		n.Text, n.Resp = takeResponsibility(num.rest, &p.leadFirst)
		return []entry{{n, num.rank}}
	}
	// "8. 巩固…": a space after the number is layout.
	n.Heading, n.Text, n.RunIn = splitHeading(strings.TrimLeftFunc(num.rest, unicode.IsSpace), maxHeading)
	n.Text, n.Resp = takeResponsibility(n.Text, &p.leadFirst)
	if n.Text == "" && !n.RunIn && n.Resp == nil {
		// A task stated in its heading alone: "3．建设智慧校园（区教体局负责）".
		n.Heading, n.Resp = takeResponsibility(n.Heading, &p.leadFirst)
	}
	return []entry{{n, num.rank}}
}

// articleCaption is an article's caption in brackets before its text
// (（立法目的）为了…).
var articleCaption = regexp.MustCompile(`^[（(]([^（()）。，；：,;:]{2,12})[）)]\s*`)

// articleText reports whether l, under an article's number printed alone,
// is that article's text: running text, not a number, heading or table.
func (p *parser) articleText(l line) bool {
	if _, ok := l.number(); ok || l.tabbed() || boxLine.MatchString(l.text) || tableCaption.MatchString(l.text) || attachmentLine.MatchString(l.text) || standingHeading(l.text) {
		return false
	}
	return true
}

// textFollows reports whether the text after a table (from line j) goes on
// within the node the table stands in. A table followed by a new part (or
// by nothing, an attachment, the footer) closes the part, as the Zichuan
// plan's key-project tables do, and stands at the top level; one followed
// by a paragraph or a lower heading stays inside the text.
func (p *parser) textFollows(j int) bool {
	for ; j < len(p.lines); j++ {
		l := p.lines[j]
		if l.blank() || l.tabbed() {
			continue
		}
		if attachmentLine.MatchString(l.text) || ccLine.MatchString(l.text) || tableCaption.MatchString(l.text) {
			return false
		}
		num, ok := l.number()
		return !ok || num.rank > rankPart
	}
	return false
}

// boxContinues reports whether n continues the numbered list of an open
// 专栏: its first item, or the next after the box's last one of its kind.
func boxContinues(box, n *plan.Node) bool {
	last := 0
	for _, c := range box.Children {
		if c.Kind == n.Kind {
			last = c.Ordinal
		}
	}
	return n.Ordinal == last+1
}

// boxNumber is the number of a 专栏's entry printed as two figures and a
// space (01 茶产业提升工程。…, 02 …), as key-project boxes number theirs.
var boxNumber = regexp.MustCompile(`^(\d\d)[ \t\x{3000}]+\S`)

// boxEntry reads line as the next entry of the open 专栏 box numbered
// 01, 02: the box's first (01) or the one after its last, only inside
// the box, where a figure and a space read so (05 年内…) outside it are
// text.
func boxEntry(box *plan.Node, text string) (numbered, bool) {
	m := boxNumber.FindStringSubmatch(text)
	if box == nil || m == nil {
		return numbered{}, false
	}
	num := numbered{plan.KindItem, m[1], atoi(m[1]), text[len(m[1]):], rankItem}
	if !boxContinues(box, &plan.Node{Kind: num.kind, Ordinal: num.ordinal}) {
		return numbered{}, false
	}
	return num, true
}

// boxGoesOn reports whether the 专栏 box still holds the line after a blank
// line, from j: a box's content often stands a blank line from its heading
// and between its entries. The box holds the first line after its heading
// unless that opens something else, and the further entries of its own
// numbered list, printed as the last one was ("1．" then "2．"); any other
// line after a blank one is the text around the box again.
func (p *parser) boxGoesOn(box *plan.Node, j int) bool {
	l, j := p.peek(j)
	if j < 0 || boxLine.MatchString(l.text) || attachmentLine.MatchString(l.text) || tableCaption.MatchString(l.text) || tabSeparated(l) {
		return false
	}
	num, ok := l.number()
	if !ok {
		num, ok = boxEntry(box, l.text)
	}
	if !ok {
		return len(box.Children) == 0 && !standingHeading(l.text)
	}
	if num.rank <= rankSection {
		return false
	}
	n := &plan.Node{Kind: num.kind, Ordinal: num.ordinal}
	if !boxContinues(box, n) {
		return false
	}
	for _, c := range slices.Backward(box.Children) {
		if c.Kind == num.kind {
			return numberStyle(c.Num) == numberStyle(num.num)
		}
	}
	return true
}

// numberStyle is what a number is printed with, its digits taken out
// ("1．" and "12．" are one style, "1." another).
func numberStyle(num string) string {
	return strings.TrimLeftFunc(num, func(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' })
}

// standingHeadings are the unnumbered headings that stand alone on a line
// and open a division of the text: 前言 before the first part, 总则 and 附则
// around the articles of a 办法, 结束语 at the end; in traditional
// characters (總則, 結束語) read through simplifiedOf.
var standingHeadings = map[string]bool{
	"前言": true, "序言": true, "引言": true, "导言": true, "总则": true, "分则": true,
	"附则": true, "结束语": true, "结语": true,
}

// divisionHeadings are the headings of a plan's closing division that a
// plan may print without the number its other divisions have (一、…
// 二、… 保障措施): standing alone among numbered divisions, they are one.
var divisionHeadings = map[string]bool{
	"保障措施": true, "保障机制": true, "组织实施": true, "组织保障": true, "实施保障": true,
	"工作保障": true, "工作要求": true, "工作措施": true, "实施步骤": true, "工作步骤": true,
}

// divisionHeading reports whether text is such a heading, spaced out or
// not (保 障 措 施).
func divisionHeading(text string) bool {
	return divisionHeadings[squeezeSpace(text)]
}

// standingHeading reports whether text is such a heading, spaced out or not
// ("前    言").
func standingHeading(text string) bool {
	return standingHeadings[simplified(squeezeSpace(text))]
}
