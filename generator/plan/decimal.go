package plan

import (
	"regexp"
	"strings"
)

// decimalNum is a heading's number in a plan numbered by decimals, as an
// emergency plan (应急预案) is: 1 总则, 1.1 编制目的, 1.2.1 国家级.
var decimalNum = regexp.MustCompile(`^[0-9]+(?:[.．][0-9]+)*[.．]?$`)

// Decimal is n's number as printed in a plan numbered by decimals (1,
// 1.2, 1.2.1; a full-width point or a closing point dropped), and whether
// n is numbered so: a part numbered by a figure alone, or a section or
// item by figures and points. Such a number holds its ancestors' (1.2.1 is
// in 1.2, in 1), so it is the whole of n's label, as readers cite it,
// where 第一部分（二）1 would not say what the page prints.
func Decimal(n *Node) (string, bool) {
	num := strings.TrimSpace(n.Num)
	if !decimalNum.MatchString(num) {
		return "", false
	}
	num = strings.TrimRight(strings.ReplaceAll(num, "．", "."), ".")
	switch n.Kind {
	case KindPart:
		return num, !strings.Contains(num, ".")
	case KindSection, KindItem:
		return num, strings.Contains(num, ".")
	}
	return "", false
}

// decimalLevel is Level for a node numbered by decimals: its number; in a
// citation a part's is 第1部分 / Part 1 and a section's or item's Section
// 1.2.1 in English, so that a citation after a title reads (…, Section
// 1.2), as the go-to does.
func decimalLevel(n *Node, num string, zh, citation bool) string {
	switch {
	case !citation:
		return num
	case n.Kind == KindPart && zh:
		return "第" + num + "部分"
	case n.Kind == KindPart:
		return "Part " + num
	case zh:
		return num
	}
	return "Section " + num
}
