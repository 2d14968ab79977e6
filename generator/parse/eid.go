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
// seen twice under one parent gets a suffix (checkNumbers warns about it).
func assignEIDs(nodes []*plan.Node, prefix string) {
	paras := 0
	name(nodes, prefix, map[string]bool{}, &paras)
}

// name names nodes that share one eId namespace: the children of one
// parent, and the projects of the tables among them, which are cited as
// proj_12, not table_2__proj_12; so two project tables under one parent
// cannot both have a proj_1.
func name(nodes []*plan.Node, prefix string, used map[string]bool, paras *int) {
	for _, n := range nodes {
		var id string
		if fixedID, ok := fixed[n.Kind]; ok {
			id = fixedID
		} else {
			num := n.Ordinal
			switch n.Kind {
			case plan.KindParagraph, plan.KindBullet:
				*paras++
				num = *paras
			case plan.KindTable, plan.KindBox, plan.KindAttachment, plan.KindProject:
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
		if n.Kind == plan.KindTable {
			name(n.Children, prefix, used, paras)
		} else {
			assignEIDs(n.Children, n.EID)
		}
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
