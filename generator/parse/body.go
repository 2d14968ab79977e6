package parse

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"plansite/generator/plan"
)

var (
	boxLine        = regexp.MustCompile(`^专栏\s*(\d+)`)
	tableCaption   = regexp.MustCompile(`^附?表\s*(\d+)`)
	attachmentLine = regexp.MustCompile(`^附件\s*(\d*)\s*[:：]?$`)
)

// body is one document of the file: a title, the paragraphs before its first
// part, and its numbered nodes.
type body struct {
	title *plan.Node // KindPreamble or KindAttachment
	nodes []*plan.Node
	num   string // 附件 marker as printed, if any
}

// document parses the whole file into top-level nodes.
func (p *parser) document() []*plan.Node {
	var out []*plan.Node
	if n := p.notice(); n != nil {
		out = append(out, n)
	}
	var bodies []*body
	var footer *plan.Node
	for p.i < len(p.lines) && footer == nil {
		b := p.body()
		if b != nil {
			bodies = append(bodies, b)
		}
		if p.i < len(p.lines) && (ccLine.MatchString(p.lines[p.i].text) || p.closing(p.i) || printLine.MatchString(p.lines[p.i].text)) {
			footer = p.footer()
		}
	}
	// A plan followed only by its 附件 (each opened by a 附件 line) is the
	// file's main document: it keeps plain eIds, and only the annexes are
	// att_N, numbered as printed (附件2 → att_2).
	annexes := len(bodies) > 1 && bodies[0].num == ""
	for _, b := range bodies[min(1, len(bodies)):] {
		annexes = annexes && b.num != ""
	}
	if annexes {
		out = append(out, p.lone(bodies[0])...)
		for i, b := range bodies[1:] {
			att := b.title
			att.Kind = plan.KindAttachment
			att.Ordinal = i + 1
			if n := atoi(strings.TrimLeft(strings.TrimRight(b.num, "：: "), "附件")); n > 0 {
				att.Ordinal = n
			}
			att.Num = b.num
			for _, n := range b.nodes {
				n.Parent = att
			}
			att.Children = append(att.Children, b.nodes...)
			out = append(out, att)
		}
		bodies = nil
	}
	switch len(bodies) {
	case 0:
	case 1:
		// A lone document keeps plain eIds (part_2, not att_1__part_2) even
		// when it is printed as a 附件, so a plan is cited alike whether or
		// not its file carries the notice.
		out = append(out, p.lone(bodies[0])...)
	default:
		for i, b := range bodies {
			att := b.title
			att.Kind = plan.KindAttachment
			att.Ordinal = i + 1
			att.Num = b.num
			for _, n := range b.nodes {
				n.Parent = att
			}
			att.Children = append(att.Children, b.nodes...)
			out = append(out, att)
		}
	}
	if footer != nil {
		out = append(out, footer)
	}
	return out
}

// lone returns the top-level nodes of a document that is not an
// attachment: its title (the preamble) and its text.
func (p *parser) lone(b *body) []*plan.Node {
	var out []*plan.Node
	b.title.Num = b.num
	if b.title.Heading != "" || b.title.Num != "" || len(b.title.Children) > 0 {
		out = append(out, b.title)
	}
	return append(out, b.nodes...)
}

// body reads one document from p.i: its title, preamble and numbered text,
// up to the next document, the footer or the end of the file.
func (p *parser) body() *body {
	first, j := p.peek(p.i)
	if j < 0 {
		p.i = len(p.lines)
		return nil
	}
	b := &body{title: &plan.Node{Kind: plan.KindPreamble, Line: first.n}}
	if m := attachmentLine.FindString(first.text); m != "" {
		b.num = first.text
		p.i = j + 1
		first, j = p.peek(p.i)
		if j < 0 {
			return b
		}
	}
	if p.isTitle(j, false) {
		b.title.Heading = first.text
		b.title.Line = first.n
		p.i = j + 1
	}
	var stack []*plan.Node // open numbered nodes, outermost first
	var ranks []int        // the rank of each node on the stack
	var box *plan.Node     // open 专栏, until a blank line
	top := func() *plan.Node {
		if box != nil {
			if len(box.Children) > 0 && level(box.Children[len(box.Children)-1].Kind) > 0 {
				return box.Children[len(box.Children)-1]
			}
			return box
		}
		if len(stack) > 0 {
			return stack[len(stack)-1]
		}
		if len(b.nodes) == 0 {
			return b.title
		}
		return nil
	}
	attach := func(n *plan.Node) {
		if parent := top(); parent != nil {
			n.Parent = parent
			parent.Children = append(parent.Children, n)
		} else {
			b.nodes = append(b.nodes, n)
		}
	}
	for ; p.i < len(p.lines); p.i++ {
		l := p.lines[p.i]
		if l.blank() {
			box = nil
			continue
		}
		if ccLine.MatchString(l.text) || p.closing(p.i) || printLine.MatchString(l.text) {
			return b
		}
		if attachmentLine.MatchString(l.text) || (len(stack) > 0 && p.isTitle(p.i, true)) {
			return b
		}
		if t := p.tableAt(l); t != nil {
			if len(stack) > 0 && p.textFollows(p.i+1) {
				attach(t) // a table inside the text, where it stands
			} else {
				stack, ranks, box = nil, nil, nil
				b.nodes = append(b.nodes, t)
			}
			continue
		}
		if m := boxLine.FindStringSubmatch(l.text); m != nil {
			num := boxLine.FindString(l.text)
			box = nil
			n := &plan.Node{Kind: plan.KindBox, Num: num, Ordinal: atoi(m[1]), Heading: strings.TrimSpace(l.text[len(num):]), Line: l.n}
			attach(n)
			box = n
			continue
		}
		if num, ok := classify(l.text); ok {
			for _, e := range p.numberedNodes(l, num, inArticle(stack)) {
				n := e.node
				if box != nil && (e.rank <= rankSection || !boxContinues(box, n)) {
					box = nil // a heading of the text, or numbering the box's list does not continue
				}
				if box != nil {
					n.Parent = box
					box.Children = append(box.Children, n)
					continue
				}
				for len(stack) > 0 && closes(ranks[len(ranks)-1], e.rank) {
					stack, ranks = stack[:len(stack)-1], ranks[:len(ranks)-1]
				}
				if len(stack) > 0 {
					n.Parent = stack[len(stack)-1]
					n.Parent.Children = append(n.Parent.Children, n)
				} else {
					b.nodes = append(b.nodes, n)
				}
				stack, ranks = append(stack, n), append(ranks, e.rank)
			}
			continue
		}
		if isTOCHeading(l.text) {
			if t := p.toc(); t != nil {
				b.nodes = append(b.nodes, t)
				continue
			}
		}
		if h := standingHeading(l.text); h && box == nil {
			n := &plan.Node{Kind: plan.KindHcontainer, Heading: l.text, Line: l.n}
			stack, ranks = nil, nil // a standing heading closes everything open
			b.nodes = append(b.nodes, n)
			stack, ranks = append(stack, n), append(ranks, rankHeading)
			continue
		}
		n := &plan.Node{Kind: plan.KindParagraph, Line: l.n}
		text := l.text
		if dash := bulletDash(text); dash != "" {
			n.Kind, n.Num, text = plan.KindBullet, dash, text[len(dash):]
		}
		if lead, rest, ok := leadSentence(text); ok && !inArticle(stack) {
			n.Heading, n.RunIn, text = lead, true, rest
		}
		n.Text, n.Resp = takeResponsibility(text, &p.leadFirst)
		attach(n)
	}
	return b
}

// isTitle reports whether line j is the title of a document: short,
// unnumbered, unpunctuated. Inside a document (inner) it must also be
// followed, within a few lines, by a first part 一、, since only a new
// document restarts the numbering.
func (p *parser) isTitle(j int, inner bool) bool {
	l := p.lines[j]
	if isTOCHeading(l.text) {
		return false
	}
	if _, ok := classify(l.text); ok || l.tabbed() {
		return false
	}
	if utf8.RuneCountInString(l.text) > 60 || strings.ContainsAny(l.text, "。，；：:;！？") {
		return false
	}
	if boxLine.MatchString(l.text) || tableCaption.MatchString(l.text) || ccLine.MatchString(l.text) {
		return false
	}
	if inner && utf8.RuneCountInString(l.text) < 3 {
		return false // a document's title names at least its kind: 乙方案
	}
	if !inner {
		next, k := p.peek(j + 1)
		return k < 0 || !dateLine.MatchString(next.text)
	}
	for k, seen := j+1, 0; k < len(p.lines) && seen < 4; k++ {
		if p.lines[k].blank() {
			continue
		}
		seen++
		if num, ok := classify(p.lines[k].text); ok {
			return num.kind == plan.KindPart && num.ordinal == 1
		}
		if !endsSentence(p.lines[k].text) {
			return false // a preamble is made of whole sentences
		}
	}
	return false
}

// bulletDashes are the dashes that open a bullet: the proper em dashes and
// the ASCII or full-width hyphens some exports put in their place (the Anhui
// plan prints "--新型基础设施更加完善。").
var bulletDashes = []string{"——", "--", "－－"}

// bulletDash returns the dash that opens text as a bullet, or "".
func bulletDash(text string) string {
	for _, d := range bulletDashes {
		if strings.HasPrefix(text, d) && !strings.HasPrefix(text[len(d):], "—") {
			return d
		}
	}
	return ""
}

func atoi(s string) int {
	n, _ := arabic(s)
	return n
}
