package parse

import "plansite/generator/plan"

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
			if c.all < 3 {
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
type leadCount struct{ runIn, headed, all int }

// add counts n in c, which it makes when nil.
func (c *leadCount) add(n *plan.Node) *leadCount {
	if c == nil {
		c = &leadCount{}
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

// unlead puts a run-in heading back at the head of its text.
func unlead(n *plan.Node) {
	n.Text = n.Heading + "。" + n.Text
	n.Heading, n.RunIn = "", false
}
