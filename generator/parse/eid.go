package parse

import (
	"strconv"

	"plansite/generator/plan"
)

// fixed names the wrapper nodes, which have no number of their own.
var fixed = map[plan.Kind]string{
	plan.KindNotice:      "notice",
	plan.KindNumber:      "number",
	plan.KindTitle:       "title",
	plan.KindAddressees:  "addressees",
	plan.KindSignature:   "signature",
	plan.KindDate:        "date",
	plan.KindPublicity:   "publicity",
	plan.KindPreamble:    "preamble",
	plan.KindConclusions: "conclusions",
	plan.KindCC:          "cc",
	plan.KindPrinter:     "printer",
}

// abbrev is the eId abbreviation of each numbered kind.
var abbrev = map[plan.Kind]string{
	plan.KindAttachment: "att",
	plan.KindPart:       "part",
	plan.KindSection:    "sec",
	plan.KindItem:       "item",
	plan.KindSubitem:    "subitem",
	plan.KindParagraph:  "para",
	plan.KindBullet:     "para",
	plan.KindBox:        "box",
	plan.KindTable:      "table",
	plan.KindProject:    "proj",
}

// assignEIDs names nodes from their numbering (see package plan). A number
// seen twice under one parent gets a suffix and a warning.
func assignEIDs(nodes []*plan.Node, prefix string, p *parser) {
	used := map[string]bool{}
	paras := 0
	for _, n := range nodes {
		var id string
		if name, ok := fixed[n.Kind]; ok {
			id = name
		} else {
			num := n.Ordinal
			switch n.Kind {
			case plan.KindParagraph, plan.KindBullet:
				paras++
				num = paras
			case plan.KindTable, plan.KindBox, plan.KindAttachment:
				if num == 0 {
					num = countKind(nodes, n)
				}
			}
			id = abbrev[n.Kind] + "_" + strconv.Itoa(num)
		}
		base := id
		for k := 2; used[id]; k++ {
			id = base + "_" + strconv.Itoa(k)
		}
		used[id] = true
		n.EID = join(prefix, id)
		childPrefix := n.EID
		if n.Kind == plan.KindTable {
			// Projects are cited as proj_12, not table_2__proj_12.
			childPrefix = prefix
		}
		assignEIDs(n.Children, childPrefix, p)
	}
}

func join(prefix, id string) string {
	if prefix == "" {
		return id
	}
	return prefix + "__" + id
}

// countKind is n's position among its siblings of the same kind.
func countKind(siblings []*plan.Node, n *plan.Node) int {
	k := 0
	for _, s := range siblings {
		if s.Kind == n.Kind {
			k++
		}
		if s == n {
			break
		}
	}
	return k
}
