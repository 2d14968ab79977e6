package parse

import (
	"strings"

	"plansite/generator/plan"
)

// throughPoints makes points of the sub-items a document numbers through
// its parts: a Party committee's 建议 numbers its points （1）…（56） across
// twelve parts (一、… holds （1）–（5）, 二、 goes on at （6）), and a reader
// cites 第（二十三）条, point 23, by that number alone, whatever part holds
// it. Read as each part's sub-items they were named part_2__subitem_6 and
// labelled 二（6）. A list is taken so only where the parts' bracketed
// sub-items, read in order, run 1, 2, 3 … without a gap or a repeat and
// span two parts at least: sub-items that start again in each part stay
// the part's. The file's documents (attachments) are read apart.
func throughPoints(nodes []*plan.Node) {
	var points []*plan.Node
	parts := 0
	for _, n := range nodes {
		switch n.Kind {
		case plan.KindAttachment:
			throughPoints(n.Children)
		case plan.KindPart:
			found := false
			for _, c := range n.Children {
				if c.Kind == plan.KindSubitem && figureInBrackets(c.Num) {
					points = append(points, c)
					found = true
				}
			}
			if found {
				parts++
			}
		}
	}
	if parts < 2 {
		return
	}
	for i, n := range points {
		if n.Ordinal != i+1 {
			return
		}
	}
	for _, n := range points {
		n.Kind = plan.KindPoint
	}
}

// figureInBrackets reports whether num is a figure in brackets: （23）, (23).
func figureInBrackets(num string) bool {
	num = strings.TrimSpace(num)
	return (strings.HasPrefix(num, "（") || strings.HasPrefix(num, "(")) && strings.ContainsAny(num, "0123456789０１２３４５６７８９")
}

// pointPrefix is the prefix of a point's eId: points are numbered through
// a document, so the parts around one are no part of its name (point_23,
// not part_6__point_23); an attachment still is.
func pointPrefix(n *plan.Node) string {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Kind == plan.KindAttachment {
			return a.EID
		}
	}
	return ""
}
