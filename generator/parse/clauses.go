package parse

import (
	"strings"
	"unicode"

	"plansite/generator/plan"
)

// Numbered clauses of a list, told apart from headings: a numbered line of
// text alone is a heading over text to come, or one entry of a list the
// text before it opens.

// isListEntry reports whether the numbered line n, printed as a heading
// without text, is an entry of a list that the text before it opens
// ("备注：小学入学咨询热线：" / "1.西城区政务服务业务咨询电话010-66007070"),
// or continues a list of such entries: its words are the entry's text, not
// a heading over text to come.
func isListEntry(n, before *plan.Node) bool {
	if before == nil || n.Heading == "" || n.Text != "" || n.RunIn || n.Resp != nil {
		return false
	}
	t := strings.TrimRightFunc(before.Text, unicode.IsSpace)
	if before == n.Parent || before.Kind == plan.KindParagraph {
		return len(before.Children) == 0 && (strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":"))
	}
	return before.Kind == n.Kind && before.Heading == "" && t != "" && len(before.Children) == 0 && !endsSentence(t)
}

// endsList reports whether n is the last clause of a list: a numbered
// entry of text alone ending a sentence, after an entry like it that ends
// with a semicolon ("（二）拥有…的非本市五城区户籍居民家庭；" "（三）…家庭。").
func endsList(n *plan.Node, sib []*plan.Node) bool {
	if !clause(n, "。") {
		return false
	}
	for i := len(sib) - 1; i > 0; i-- {
		if sib[i] == n {
			return sib[i-1].Kind == n.Kind && clause(sib[i-1], "；;")
		}
	}
	return false
}

// siblings returns the nodes beside the innermost open node: its parent's
// children, or the document's top-level nodes.
func siblings(stack, top []*plan.Node) []*plan.Node {
	if k := len(stack); k > 1 {
		return stack[k-2].Children
	}
	return top
}

// clause reports whether n is a numbered clause of a list: text alone,
// ending with one of the characters ends.
func clause(n *plan.Node, ends string) bool {
	t := strings.TrimRightFunc(n.Text, unicode.IsSpace)
	return n.Num != "" && n.Heading == "" && n.Resp == nil && len(n.Children) == 0 && t != "" && strings.Contains(ends, lastRune(t))
}

// clauseOfArticle reports whether n, open in an article, is one of its
// items or their sub-items as a law prints them: a number and text, no
// heading.
func clauseOfArticle(n *plan.Node) bool {
	return (n.Kind == plan.KindItem || n.Kind == plan.KindSubitem) && n.Heading == "" && n.Num != ""
}

// clauseLists puts the items a 款 of an article opens (前款所称公共设施包
// 括：, …履行下列职责：) under that 款, where they were the article's: a
// reader cites them as 第二条第二款第（一）项 (art_2__para_2__item_1). The
// items after the article's own text stay the article's, since that text
// is its first 款 and no node of its own.
func clauseLists(nodes []*plan.Node) {
	for _, n := range nodes {
		if n.Kind == plan.KindArticle {
			n.Children = underClauses(n.Children)
		}
		clauseLists(n.Children)
	}
}

// underClauses moves each run of items after a 款 that ends with a colon
// under it, and returns the article's children left.
func underClauses(children []*plan.Node) []*plan.Node {
	out := children[:0]
	var open *plan.Node // the 款 whose list is being read
	for _, c := range children {
		switch {
		case open != nil && c.Kind == plan.KindItem:
			c.Parent = open
			open.Children = append(open.Children, c)
			continue
		case c.Kind == plan.KindParagraph && len(c.Children) == 0 && opensList(c.Text):
			open = c
		default:
			open = nil
		}
		out = append(out, c)
	}
	return out
}

// opensList reports whether a 款's text ends by announcing the list after
// it, with a colon.
func opensList(text string) bool {
	t := strings.TrimRightFunc(text, unicode.IsSpace)
	return strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":")
}
