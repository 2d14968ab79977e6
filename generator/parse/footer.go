package parse

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"plansite/generator/plan"
)

// closing reports whether line i starts the closing of a document: the
// issuing authority, the date under it, then nothing but a publicity note
// and the 抄送/印发 footer.
func (p *parser) closing(i int) bool {
	l := p.lines[i]
	if l.blank() || utf8.RuneCountInString(l.text) > 30 || strings.ContainsAny(l.text, "。，；：:") {
		return false
	}
	if l.isDate() {
		// A portal page may print the date without the authority above
		// it (the seal was an image): a date then the publicity note, or
		// a date that only the 附件 or the 抄送 footer follow, or nothing
		// (the page's last line).
		next, k := p.peek(i + 1)
		return k >= 0 && publicity.MatchString(next.text) || p.onlyFooter(i+1)
	}
	if signedOnOneLine(l) {
		// The signature and its date on one line (主席 某某某
		// 2023年3月20日): the closing where only the footer follows.
		return p.onlyFooter(i + 1)
	}
	if _, ok := l.number(); ok {
		return false
	}
	if last := p.coSigners(i); last >= 0 {
		i = last // the first of a joint document's signatures
	}
	next, k := p.peek(i + 1)
	if k < 0 || !next.isDate() {
		return false
	}
	return p.onlyFooter(k + 1)
}

// footerAt reports whether line i opens the conclusions: a 抄送 or 印发
// line, the closing (signature, date), or a publicity note right over the
// 版记 or last in the file (公开方式：主动公开). A document (body) stops at
// such a line and the file's loop (document) reads the conclusions from
// it, by this one test: where the two judged apart, a body stopped at a
// line no footer took would be read again from that line, for ever. The
// note looks at the next line only: asking onlyFooter of every line of a
// run of them made the file's reading quadratic in the run.
func (p *parser) footerAt(i int) bool {
	t := p.lines[i].text
	if publicity.MatchString(t) {
		next, k := p.peek(i + 1)
		return k < 0 || ccLine.MatchString(next.text) || printLine.MatchString(next.text)
	}
	return ccLine.MatchString(t) || p.closing(i) || printLine.MatchString(t) || p.wrappedSignature(i) >= 0
}

// placeLine is a signature's first line that names only the place of the
// body the next line names (湖北省巴东县官渡口镇马鬃山村 / 地质险情调查专家组).
var placeLine = guardEnd(regexp.MustCompile(`^\p{Han}{2,24}(?:省|市|县|区|旗|镇|乡|村|街道)$`))

// wrappedSignature is the line of the closing that line i opens when i is
// the first of a signature printed over two lines (a place, then the body
// there), or -1: the two are one signature.
func (p *parser) wrappedSignature(i int) int {
	if !placeLine.MatchString(p.lines[i].text) {
		return -1
	}
	next, j := p.peek(i + 1)
	if j < 0 || next.isDate() || placeLine.MatchString(next.text) || !p.closing(j) {
		return -1
	}
	return j
}

// abridged is the note a portal prints under a document it publishes
// shortened (国务院办公厅 / 二〇〇四年一月十六日 / （本文有删减）): the
// closing's, kept as a paragraph of the conclusions.
var abridged = guardStart(regexp.MustCompile(`^[（(](?:本文|此文|全文|原文)?有删[减节][）)]$`))

// onlyFooter reports whether from line from on there is nothing but a
// closing's publicity note (or a note that the text is abridged) and
// 抄送/印发 footer, up to a 附件 or the document a notice issues.
func (p *parser) onlyFooter(from int) bool {
	for j := from; j < len(p.lines); j++ {
		t := p.lines[j].text
		if attachmentLine.MatchString(t) || rosterLine.MatchString(t) || p.isTitle(j, true) {
			// The text's closing, before its 附件 or the document it
			// issues, or before the list of its 附件 that a page prints
			// under the closing (附件：…分工.docx, a link to the file).
			return true
		}
		if t != "" && !publicity.MatchString(t) && !abridged.MatchString(t) && !ccLine.MatchString(t) && !printLine.MatchString(t) {
			return false
		}
		if ccLine.MatchString(t) {
			return true
		}
	}
	return true
}

// footer reads the closing of the text: the signature and date, the 抄送
// list and the printing line at the end of the file. A signature and date
// followed by 附件 end where the first 附件 begins.
func (p *parser) footer() *plan.Node {
	l := p.lines[p.i]
	root := &plan.Node{Kind: plan.KindConclusions, Line: l.n}
	for ; p.i < len(p.lines); p.i++ {
		l := p.lines[p.i]
		if l.blank() {
			continue
		}
		if (attachmentLine.MatchString(l.text) || p.isTitle(p.i, true) || readingTitle.MatchString(l.text)) && len(root.Children) > 0 {
			return root // the 附件, or the document a notice issues, follow the signature
		}
		last := len(root.Children) - 1
		switch {
		case ccLine.MatchString(l.text):
			num := ccLine.FindString(l.text)
			root.Children = append(root.Children, &plan.Node{Kind: plan.KindCC, Num: num, Text: strings.TrimSpace(l.text[len(num):]), Line: l.n, Parent: root})
		case printLine.MatchString(l.text):
			m := printLine.FindStringSubmatch(l.text)
			if m[1] != "" {
				root.Children = append(root.Children, &plan.Node{Kind: plan.KindPrinter, Text: m[1], Line: l.n, Parent: root})
			}
			root.Children = append(root.Children, &plan.Node{Kind: plan.KindDate, Text: m[2], Num: "", Line: l.n, Parent: root})
			root.Children[len(root.Children)-1].Text += "印发"
		case l.isDate():
			root.Children = append(root.Children, &plan.Node{Kind: plan.KindDate, Text: l.text, Line: l.n, Parent: root})
		case signedOnOneLine(l):
			signature, date, _ := signedDateLine(l.text)
			root.Children = append(root.Children, &plan.Node{Kind: plan.KindSignature, Text: signature, Line: l.n, Parent: root},
				&plan.Node{Kind: plan.KindDate, Text: date, Line: l.n, Parent: root})
		case publicity.MatchString(l.text):
			root.Children = append(root.Children, &plan.Node{Kind: plan.KindPublicity, Text: l.text, Line: l.n, Parent: root})
		case p.wrappedSignature(p.i) >= 0:
			j := p.wrappedSignature(p.i)
			root.Children = append(root.Children, &plan.Node{Kind: plan.KindSignature, Text: l.text + p.lines[j].text, Line: l.n, Parent: root})
			p.i = j
		case p.closing(p.i):
			root.Children = append(root.Children, &plan.Node{Kind: plan.KindSignature, Text: l.text, Line: l.n, Parent: root})
		case last >= 0 && root.Children[last].Kind == plan.KindCC && !strings.HasSuffix(root.Children[last].Text, "。"):
			root.Children[last].Text += l.text // the list wrapped onto another line
		default:
			root.Children = append(root.Children, &plan.Node{Kind: plan.KindParagraph, Text: l.text, Line: l.n, Parent: root})
		}
	}
	return root
}
