package parse

import (
	"slices"
	"strings"

	"plansite/generator/plan"
)

// The file's documents: the notice, the documents it carries (bodies, read
// by body.go) and the conclusions, in the order the text prints them, and
// the eIds that order gives them.

// document parses the whole file into top-level nodes.
func (p *parser) document() []*plan.Node {
	var out []*plan.Node
	if n := p.notice(); n != nil {
		out = append(out, n)
	}
	var bodies []*body
	var footer, tail *plan.Node
	footerAt := 0 // the number of documents before the footer
	for p.i < len(p.lines) {
		b := p.body()
		if b != nil {
			bodies = append(bodies, b)
		}
		if p.i < len(p.lines) && p.footerAt(p.i) {
			f := p.footer()
			switch {
			case footer == nil:
				footer, footerAt = f, len(bodies)
			case len(bodies) > footerAt:
				// A 版记 after the 附件 closes the file where it is
				// printed, after them: conclusions of its own
				// (conclusions_2), so the text keeps its order.
				if tail == nil {
					tail = f
				} else {
					adopt(tail, f)
				}
			default:
				// One closing printed in pieces (a signature, a
				// note, the 版记): one conclusions.
				adopt(footer, f)
			}
		}
	}
	bodies, footerAt = rosters(bodies, footerAt)
	if len(out) == 0 && footer != nil && footerAt == 1 && len(bodies) > 1 {
		if n := unrecognisedNotice(bodies[0], footer); n != nil {
			out = append(out, n)
			bodies = bodies[1:]
			footerAt = len(bodies)
			if len(footer.Children) == 0 {
				footer = nil
			}
		}
	}
	// The conclusions stand where the text printed them: after the plan,
	// before its 附件, or at the end.
	place := func(done int) {
		if footer != nil && footerAt == done {
			out = append(out, footer)
		}
	}
	// A plan followed only by its 附件 (each opened by a 附件 line) is the
	// file's main document: it keeps plain eIds, and only the annexes are
	// att_N, numbered as printed (附件2 → att_2). A lone document keeps
	// plain eIds (part_2, not att_1__part_2) even when it is printed as a
	// 附件, so a plan is cited alike whether or not its file carries the
	// notice.
	annexes := len(bodies) > 1 && bodies[0].num == ""
	for _, b := range bodies[min(1, len(bodies)):] {
		annexes = annexes && (b.num != "" || b.republished || isReading(b))
	}
	for i, b := range bodies {
		if i == 0 && (annexes || len(bodies) == 1) {
			out = append(out, p.lone(b)...)
			place(1)
			continue
		}
		att := b.title
		att.Kind, att.Num, att.Ordinal = plan.KindAttachment, b.num, i+1
		if n := atoi(strings.TrimSpace(strings.TrimLeft(strings.TrimRight(b.num, "：: "), "附件"))); n > 0 && attachmentLine.MatchString(b.num) && !ordinalUsed(out, n) {
			att.Ordinal = n // 附件 2 is the second, whatever its 附表 before it
		}
		if annexes {
			att.Ordinal = i
			if n := atoi(strings.TrimLeft(strings.TrimRight(b.num, "：: "), "附件")); n > 0 {
				att.Ordinal = n
			}
		}
		if owner := scheduleOwner(out, b); owner != nil {
			// A 附表 after a 附件 is that 附件's (附件1附表2): inside
			// it, numbered as printed, where numbered among the file's
			// documents it took the number of a later 附件.
			att.Ordinal = atoi(strings.TrimSpace(strings.TrimPrefix(b.num, "附表")))
			for _, n := range b.nodes {
				n.Parent = att
			}
			att.Children = append(att.Children, b.nodes...)
			att.Parent = owner
			owner.Children = append(owner.Children, att)
			place(i + 1)
			continue
		}
		if soleAnnex(bodies, b) {
			att.Ordinal = 0 // 附件, as printed: no 附件1 (its eId stays att_N)
		}
		if isReading(b) {
			att.Ordinal = 0 // no 附件 the notice lists: named by its title
			p.warnReading(att)
		}

		for _, n := range b.nodes {
			n.Parent = att
		}
		att.Children = append(att.Children, b.nodes...)
		out = append(out, att)
		place(i + 1)
	}
	if tail != nil {
		out = append(out, tail)
	}
	return out
}

// scheduleOwner is the 附件 (an attachment numbered 附件 N, last of out)
// that body b, opened by a line 附表 N, is annexed to; nil where b is no
// 附表 or follows no such 附件.
func scheduleOwner(out []*plan.Node, b *body) *plan.Node {
	if !scheduleLine.MatchString(b.num) || len(out) == 0 {
		return nil
	}
	last := out[len(out)-1]
	if last.Kind != plan.KindAttachment || !attachmentLine.MatchString(last.Num) || atoi(strings.TrimSpace(strings.TrimPrefix(b.num, "附表"))) == 0 {
		return nil
	}
	return last
}

// ordinalUsed reports whether an attachment of out is numbered n.
func ordinalUsed(out []*plan.Node, n int) bool {
	return slices.ContainsFunc(out, func(a *plan.Node) bool { return a.Kind == plan.KindAttachment && a.Ordinal == n })
}

// adopt moves the nodes of conclusions f into conclusions c.
func adopt(c, f *plan.Node) {
	for _, n := range f.Children {
		n.Parent = c
	}
	c.Children = append(c.Children, f.Children...)
}

// unrecognisedNotice makes the notice of a file whose first document is
// untitled, unnumbered running text, signed and dated (footer), and
// followed by the document it issues, though its start was none the
// wrapper knows (notice): the text and the signature, date and publicity
// note are the notice's, taken out of footer, which keeps a 抄送 or 印发
// line after them. It returns nil for any other first document.
func unrecognisedNotice(b *body, footer *plan.Node) *plan.Node {
	if b.num != "" || b.title.Heading != "" || len(b.nodes) > 0 || len(b.title.Children) == 0 {
		return nil
	}
	n := &plan.Node{Kind: plan.KindNotice, Line: b.title.Line}
	signed := 0
	for _, c := range footer.Children {
		if c.Kind != plan.KindSignature && c.Kind != plan.KindDate && c.Kind != plan.KindPublicity || strings.HasSuffix(c.Text, "印发") {
			break
		}
		signed++
	}
	if signed == 0 {
		return nil
	}
	n.Children = append(b.title.Children, footer.Children[:signed]...)
	footer.Children = footer.Children[signed:]
	for _, c := range n.Children {
		c.Parent = n
	}
	return n
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

// soleAnnex reports whether b is the file's one 附件, printed without a
// number (附件, 附件：): it is cited as printed, 附件 / Annex, not as 附件1,
// which it never was. An annex among several, or numbered, keeps its
// number.
func soleAnnex(bodies []*body, b *body) bool {
	if strings.TrimRight(b.num, "：: ") != "附件" {
		return false
	}
	for _, o := range bodies {
		if o != b && o.num != "" {
			return false
		}
	}
	return true
}

// rosters folds the list of a file's 附件 printed over two lines (附件：,
// then the annex's title) into the document before it, one paragraph as
// the list on one line is (附件：包头市数字政府建设考评指标): a body that
// is a 附件 line and a title alone, followed by a 附件 of the same title,
// is that annex's entry in the list, not an annex of its own. footerAt,
// the number of bodies before the conclusions, follows.
func rosters(bodies []*body, footerAt int) ([]*body, int) {
	for k := 1; k+1 < len(bodies); k++ {
		b, next := bodies[k], bodies[k+1]
		if b.num == "" || b.title.Heading == "" || len(b.nodes) > 0 || len(b.title.Children) > 0 ||
			next.num == "" || squeezeSpace(next.title.Heading) != squeezeSpace(b.title.Heading) {
			continue
		}
		prev := bodies[k-1]
		prev.nodes = append(prev.nodes, &plan.Node{Kind: plan.KindParagraph, Line: b.numLine,
			Text: strings.TrimSpace(b.num) + b.title.Heading})
		bodies = slices.Delete(bodies, k, k+1)
		if footerAt > k {
			footerAt--
		}
	}
	return bodies, footerAt
}
