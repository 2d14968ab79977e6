package view

import (
	"regexp"
	"strings"
)

// paraMark is a paragraph's number in a short label (一（三）¶1, I (3) ¶1).
var paraMark = regexp.MustCompile(` ?¶([0-9]+)`)

// ParaLabel is Label with a paragraph's number written as the citation
// counts it (一（三）第1段, I (3), para. 1), for the places that name a
// passage by its label alone (a target's source), where 一（三）¶1 names no
// paragraph to a reader who does not know the mark.
func (n *Node) ParaLabel() string {
	label := n.Label()
	if !strings.Contains(label, "¶") {
		return label
	}
	var b strings.Builder
	last := 0
	for _, m := range paraMark.FindAllStringSubmatchIndex(label, -1) {
		b.WriteString(label[last:m[0]])
		num := label[m[2]:m[3]]
		switch {
		case n.Doc.Lang == SourceLang:
			if b.Len() > 0 && isASCIIDigit(b.String()[b.Len()-1]) {
				b.WriteString(" ") // 3 第2段, not 3第2段
			}
			b.WriteString("第" + num + "段")
		case b.Len() == 0:
			b.WriteString("Para. " + num)
		default:
			b.WriteString(", para. " + num)
		}
		last = m[1]
	}
	b.WriteString(label[last:])
	return b.String()
}

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }
