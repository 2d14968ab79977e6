package parse

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"plansite/generator/plan"
)

// check reports damage that parsing took in its stride: numbers skipped or
// repeated, headings without text, unbalanced brackets, a file cut off.
func (p *parser) check(doc *plan.Document) {
	p.checkNumbers(doc.Nodes)
	var last *plan.Node
	doc.Walk(func(n *plan.Node) bool {
		if s := n.Heading + n.Text; s != "" {
			o, c := strings.Count(s, "（")+strings.Count(s, "("), strings.Count(s, "）")+strings.Count(s, ")")
			if o != c {
				p.warn(n.Line, "unbalanced brackets: %d opening, %d closing", o, c)
			}
			if n.Kind != plan.KindConclusions && (n.Parent == nil || n.Parent.Kind != plan.KindConclusions) {
				last = n
			}
		}
		return true
	})
	cut := p.checkEnd(last)
	doc.Walk(func(n *plan.Node) bool {
		if n.Kind == plan.KindDate && blankDate.MatchString(n.Text) {
			p.warn(n.Line, "the date is left blank (%s), as a draft prints it: the document has no date until it is filled in", n.Text)
		}
		return true
	})
	doc.Walk(func(n *plan.Node) bool {
		// The last heading of a file that was cut off is reported once, as
		// the cut, not also as a heading without text.
		// A heading that is a whole sentence (ends with 。) is a complete
		// provision: "（四）自发文之日起，…不享受本文件补贴政策。".
		if structural(n.Kind) && n.Text == "" && n.Resp == nil && len(n.Children) == 0 && !n.RunIn && !(cut && n == last) {
			p.warn(n.Line, "%s%s has no text: expected a paragraph after the heading", n.Num, n.Heading)
		}
		return true
	})
}

// checkEnd warns when the last text of the file stops mid-sentence or right
// after a heading, the marks of a file cut off, and reports whether it did.
func (p *parser) checkEnd(last *plan.Node) bool {
	if last == nil || last.Kind == plan.KindProject || last.Kind == plan.KindDate || last.Resp != nil {
		return false
	}
	s := strings.TrimSpace(last.Text)
	if s == "" {
		if last.RunIn || len(last.Children) > 0 || !structural(last.Kind) {
			return false
		}
		p.warn(last.Line, "the file ends after the heading %s%s, with no text: it may be cut off", last.Num, last.Heading)
		return true
	}
	if r, _ := utf8.DecodeLastRuneInString(s); !strings.ContainsRune(sentenceEnds, r) && !lastEntry(last) && !contactLine.MatchString(s) {
		p.warn(last.Line, "text ends mid-sentence (%q): the file may be cut off", tail(s))
		return true
	}
	return false
}

// contactLine is a line of whom to ask, with no sentence to end: 出让文件
// 领取联系电话：郑丰敏0551-66223771, 联系人：某某, 传真：…, a notice's last
// line before its signature.
var contactLine = regexp.MustCompile(`^\p{Han}{0,12}(?:电话|联系人|传真|邮箱|电子邮箱)\s*[:：].{1,40}$`)

// lastEntry reports whether n ends a list of entries that are names, not
// sentences (a list of telephone numbers): its text has no sentence to end.
func lastEntry(n *plan.Node) bool {
	if n.Num == "" || n.Parent == nil || !listEntry(n.Text) {
		return false
	}
	sib := n.Parent.Children
	return len(sib) > 1 && sib[len(sib)-1] == n && sib[len(sib)-2].Kind == n.Kind && sib[len(sib)-2].Heading == "" && listEntry(sib[len(sib)-2].Text)
}

// sentenceEnds are the characters a complete paragraph may end with.
const sentenceEnds = "。！？；…”’）)」』.!?"

// checkNumbers warns when the numbering of siblings skips or repeats.
// Numbering may restart under each parent (legal, and usual) or run
// straight through the document (items 1.–26. across parts, articles across
// chapters), so a list may begin at 1 or continue from the last number of
// its kind seen before it.
func (p *parser) checkNumbers(nodes []*plan.Node) {
	seen := map[plan.Kind]int{}
	var walk func(nodes []*plan.Node)
	walk = func(nodes []*plan.Node) {
		last := map[plan.Kind]int{}
		for _, n := range nodes {
			if n.Kind == plan.KindProject && strings.IndexAny(n.Num, "（(") == 0 {
				// A part （1） of the project above: numbered within it,
				// not among the projects.
				walk(n.Children)
				continue
			}
			if structural(n.Kind) || n.Kind == plan.KindProject {
				want := last[n.Kind] + 1
				if last[n.Kind] == 0 && seen[n.Kind] > 0 && n.Ordinal > seen[n.Kind] {
					// Not 1: the numbering runs through from the last
					// number seen (第四条 after 第二条 in the chapter
					// before skips 第三条, not 第一条 to 第三条).
					want = seen[n.Kind] + 1
				}
				if n.Kind == plan.KindProject && n.Ordinal == 1 {
					want = 1 // the projects of each group (杭州市, 宁波市) are numbered afresh
				}
				switch {
				case n.Ordinal == want:
				case n.Ordinal > want:
					p.warn(n.Line, "%s follows %d: expected %d (a number is skipped)", n.Num, want-1, want)
				default:
					p.warn(n.Line, "%s repeats or goes back: expected %d", n.Num, want)
				}
				last[n.Kind] = n.Ordinal
				seen[n.Kind] = n.Ordinal
			}
			if n.Kind == plan.KindBox || n.Kind == plan.KindAttachment {
				// Numbering starts afresh inside a box or another document.
				saved := seen
				seen = map[plan.Kind]int{}
				walk(n.Children)
				seen = saved
				continue
			}
			walk(n.Children)
		}
	}
	walk(nodes)
}

func tail(s string) string {
	r := []rune(s)
	if len(r) > 12 {
		r = r[len(r)-12:]
	}
	return string(r)
}
