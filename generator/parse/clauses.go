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
