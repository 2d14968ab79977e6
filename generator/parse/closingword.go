package parse

import (
	"regexp"

	"plansite/generator/plan"
)

// A document's last words speak of all of it, not of its last part: the
// closing formula (特此通告。), the call to those who carry it out (各区、
// 各部门要充分认识…), the turn to the audience of a report (各位代表！…).
// Printed after the last numbered point without a number of their own, they
// are read as paragraphs of the document's body end, as a conclusion printed
// after the parts would be, never as one more paragraph of that point.

var (
	// closingFormula is the formula a notice, announcement or reply ends
	// with (特此通知。, 特此通告。, 特此批复。): the document's, whatever
	// point stands above it.
	closingFormula = guardStart(regexp.MustCompile(`^特此(?:通知|通告|公告|批复|函告|函复|报告|决定|公布)\s*[。.！!]?\s*$`))
	// addressingAll opens a last word to all who carry the document out:
	// 各区、各部门要…, 各地各相关部门要…, or, after one short sentence,
	// 全市上下要… (实现“十五五”规划目标，责任重大、使命光荣。全市上下要…).
	addressingAll = regexp.MustCompile(`^(?:[^。！？；]{1,30}。)?(?:各[^，。；、要]{1,10}[、，]?\s*各[^，。；要]{1,12}?|全(?:国|省|市|区|县|州)上下|全(?:省|市|区|县|州)各级各[^，。；要]{1,10}?|各级各[^，。；要]{1,10}?)要`)
)

// addressing is the form of address a report or speech opens with and
// turns to again in its last words (各位代表！, 同志们：).
var addressing = guardStart(regexp.MustCompile(`^(?:各位代表|各位委员|各位同志|同志们|代表们)[！!，,：:]`))

// addressedClosing reports whether the paragraph at p.i turns to the
// audience with no numbered line after it: the last words of a report
// (各位代表！新征程催人奋进…), which speak of the whole of it, not of
// its last part; an address within a part (各位代表！过去一年…) is that
// part's.
func (p *parser) addressedClosing() bool {
	if !addressing.MatchString(p.lines[p.i].text) {
		return false
	}
	for _, l := range p.lines[p.i+1:] {
		if _, ok := l.number(); ok {
			return false
		}
	}
	return true
}

// lastWord reports whether the paragraph at p.i, the last of the text (only
// the closing formula, the footer or the 附件 after it), calls on all who
// carry the document out (各区、各部门要充分认识职称制度改革的重要性…)
// after the last numbered point open on stack had its own text: the
// document's closing word, not a second paragraph of that point. A point
// with nothing under it yet (十、组织实施 / 各区、各部门要…) keeps it.
func (p *parser) lastWord(stack []*plan.Node) bool {
	if inArticle(stack) || bare(stack[len(stack)-1]) || !addressingAll.MatchString(p.lines[p.i].text) {
		return false
	}
	return p.onlyClosingAfter(p.i + 1)
}

// onlyClosingAfter reports whether nothing but the closing formula, the
// footer, the list of 附件 or a 附件 follows from line j.
func (p *parser) onlyClosingAfter(j int) bool {
	l, k := p.peek(j)
	if k >= 0 && closingFormula.MatchString(l.text) {
		l, k = p.peek(k + 1)
	}
	return k < 0 || p.footerAt(k) || attachmentLine.MatchString(l.text) || rosterLine.MatchString(l.text)
}

// closingWord reports whether the paragraph at p.i, the last before the
// footer, speaks of the whole document rather than of the part open on
// stack: every part held its text on its own line ("二十、优化市场流通环境。
// 强化…"), so a paragraph after the last of them is the document's closing
// word ("各地、各有关部门要充分认识…"), not a second paragraph of that part.
func (p *parser) closingWord(stack, top []*plan.Node) bool {
	if len(stack) != 1 || len(stack[0].Children) > 0 || stack[0].Text == "" {
		return false
	}
	if l, j := p.peek(p.i + 1); j >= 0 && !ccLine.MatchString(l.text) && !p.closing(j) && !printLine.MatchString(l.text) && !attachmentLine.MatchString(l.text) {
		return false
	}
	parts := 0
	for _, n := range top {
		if n.Kind == stack[0].Kind {
			if len(n.Children) > 0 || n.Text == "" {
				return false
			}
			parts++
		}
	}
	return parts >= 3
}
