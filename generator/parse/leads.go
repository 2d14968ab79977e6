package parse

import (
	"strings"

	"plansite/generator/plan"
)

// settleLeads takes back lead sentences that their list does not bear out.
// A short first sentence is read as a run-in heading ("坚持党的全面领导。坚持
// …", "（一）指导思想。高举…") because plans print their leads so; but a
// provision may open with a short sentence too ("（四）残疾儿童少年可到特殊
// 教育学校登记入学。符合…"). A lead is a heading only where the list it is
// in has them: among numbered siblings of one kind, a third at least run in
// with a heading (or stand as headings), and among unnumbered paragraphs,
// two at least, or any in a 专栏 box, whose measures open with their leads.
// The others are given back their first sentence; no text moves.
func settleLeads(parent *plan.Node, ns []*plan.Node, whole map[plan.Kind]*leadCount) {
	if whole == nil {
		// Items numbered straight through a document (1.–90.) may stand
		// two under a heading: a list that short is judged by all the
		// nodes of its kind.
		whole = map[plan.Kind]*leadCount{}
		var walk func([]*plan.Node)
		walk = func(ns []*plan.Node) {
			for _, n := range ns {
				if n.RunIn && n.Heading != "" && len(n.Children) == 0 && leadsNothing(n.Text) {
					unlead(n)
				}
				if n.Num != "" {
					whole[n.Kind] = whole[n.Kind].add(n)
				}
				walk(n.Children)
			}
		}
		walk(ns)
	}
	type count = leadCount
	numbered := map[plan.Kind]*count{}
	var paras count
	for _, n := range ns {
		switch {
		case n.Kind == plan.KindParagraph || n.Kind == plan.KindBullet:
			paras.all++
			if n.RunIn && n.Heading != "" {
				paras.runIn++
			}
		case n.Num != "":
			numbered[n.Kind] = numbered[n.Kind].add(n)
		}
	}
	inBox := parent != nil && parent.Kind == plan.KindBox
	for _, n := range ns {
		if !n.RunIn || n.Heading == "" {
			continue
		}
		switch {
		case n.Kind == plan.KindParagraph || n.Kind == plan.KindBullet:
			if paras.runIn < 2 && !inBox {
				unlead(n)
			}
		case n.Num != "" && n.Kind != plan.KindChapter && n.Kind != plan.KindBook:
			c := numbered[n.Kind]
			if c.all < 3 || c.first > 1 {
				// A short list, or a stretch of one that runs on from
				// the heading before (6.–8.): judged as a whole.
				c = whole[n.Kind]
			}
			if c.all >= 3 && 3*(c.runIn+c.headed) < c.all {
				unlead(n)
			}
		}
	}
	for _, n := range ns {
		settleLeads(n, n.Children, whole)
	}
}

// leadCount counts the nodes of a list and those with headings, run in or
// standing.
// first is the ordinal of the list's first node.
type leadCount struct{ runIn, headed, all, first int }

// add counts n in c, which it makes when nil.
func (c *leadCount) add(n *plan.Node) *leadCount {
	if c == nil {
		c = &leadCount{first: n.Ordinal}
	}
	c.all++
	switch {
	case n.RunIn && n.Heading != "":
		c.runIn++
	case n.Heading != "":
		c.headed++
	}
	return c
}

// leadsNothing reports whether the text after a run-in heading holds no
// words outside brackets: the sentence was the whole provision, followed
// only by its score or deadline ("41．完成经济运行领域云图等模块建设。（1分）
// （10月底完成，…）"), and a heading that leads nothing is none.
func leadsNothing(text string) bool {
	at := 0
	for _, s := range parentheticals(text) {
		if strings.TrimSpace(text[at:s[0]]) != "" {
			return false
		}
		at = s[1]
	}
	return strings.TrimSpace(text[at:]) == ""
}

// unlead puts a run-in heading back at the head of its text.
func unlead(n *plan.Node) {
	n.Text = n.Heading + "。" + n.Text
	n.Heading, n.RunIn = "", false
}
