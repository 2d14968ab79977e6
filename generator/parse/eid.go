package parse

import (
	"strconv"
	"strings"

	"plansite/generator/plan"
)

// fixed are the wrapper nodes, which have no number of their own: each is
// named by its kind (notice, notice__date, conclusions__cc).
var fixed = map[plan.Kind]bool{
	plan.KindNotice: true, plan.KindMasthead: true, plan.KindNumber: true, plan.KindTitle: true,
	plan.KindAddressees: true, plan.KindSignature: true, plan.KindDate: true, plan.KindPublicity: true,
	plan.KindPreamble: true, plan.KindConclusions: true, plan.KindCC: true, plan.KindPrinter: true, plan.KindTOC: true,
}

// abbrev is the eId abbreviation of a numbered kind where it is not the
// kind itself (part, item, box …).
var abbrev = map[plan.Kind]string{
	plan.KindAttachment: "att", plan.KindChapter: "chp", plan.KindArticle: "art", plan.KindSection: "sec",
	plan.KindParagraph: "para", plan.KindBullet: "para", plan.KindProject: "proj",
}

// assignEIDs names nodes from their numbering (see package plan). A number
// seen twice under one parent gets a suffix (checkNumbers warns about it).
func assignEIDs(nodes []*plan.Node, prefix string) {
	nm := &namer{articles: map[string]bool{}, next: map[string]int{}, through: through(nodes)}
	nm.children(nodes, prefix)
}

// through reports whether the articles of a document are numbered straight
// through it, as laws number them: no number is used twice.
func through(nodes []*plan.Node) bool {
	seen := map[string]bool{}
	ok := true
	var walk func([]*plan.Node, string)
	walk = func(ns []*plan.Node, att string) {
		for _, n := range ns {
			if n.Kind == plan.KindArticle {
				k := att + "/" + strconv.Itoa(n.Ordinal)
				ok = ok && !seen[k]
				seen[k] = true
			}
			if n.Kind == plan.KindAttachment {
				walk(n.Children, strconv.Itoa(n.Ordinal))
			} else {
				walk(n.Children, att)
			}
		}
	}
	walk(nodes, "")
	return ok
}

// namer names the nodes of one document. Articles share one namespace per
// document (or attachment), since their eIds leave out the chapters.
type namer struct {
	articles map[string]bool
	// next is the first suffix to try for an eId seen before, so that a
	// number repeated n times costs n lookups, not n²/2.
	next    map[string]int
	through bool // articles are numbered through, so named without chapters
}

// children names the children of one parent.
func (nm *namer) children(nodes []*plan.Node, prefix string) {
	paras := 0
	if len(nodes) > 0 {
		if a := nodes[0].Parent; a != nil && a.Kind == plan.KindArticle && a.Text != "" {
			// The article's own text is its first 款 (art_12__para_2 is
			// the second, as 第十二条第二款 cites it).
			paras = 1
		}
	}
	nm.name(nodes, prefix, map[string]bool{}, &paras)
}

// articlePrefix is the prefix of an article's eId: articles are numbered
// through a document, so the chapters and 节 around one are no part of its
// name (art_12, not chp_2__art_12); an attachment still is.
func articlePrefix(n *plan.Node) string {
	for a := n.Parent; a != nil; a = a.Parent {
		switch {
		case a.Kind == plan.KindBook || a.Kind == plan.KindChapter || a.Kind == plan.KindHcontainer:
		case a.Kind == plan.KindSection && strings.HasPrefix(a.Num, "第"):
		default:
			return a.EID
		}
	}
	return ""
}

// name names nodes that share one eId namespace: the children of one
// parent, and the projects of the tables among them, which are cited as
// proj_12, not table_2__proj_12; so two project tables under one parent
// cannot both have a proj_1. The rows of a table that lists no projects
// are the table's own: table_2__row_3.
func (nm *namer) name(nodes []*plan.Node, prefix string, used map[string]bool, paras *int) {
	kinds := map[plan.Kind]int{} // n's position among its siblings of its kind
	for _, n := range nodes {
		kinds[n.Kind]++
		var id string
		if fixed[n.Kind] {
			id = string(n.Kind)
		} else {
			num := n.Ordinal
			switch n.Kind {
			case plan.KindParagraph, plan.KindBullet:
				*paras++
				num = *paras
			case plan.KindTable, plan.KindBox, plan.KindAttachment, plan.KindProject, plan.KindRow, plan.KindHcontainer:
				if num == 0 {
					num = kinds[n.Kind]
				}
			}
			a, ok := abbrev[n.Kind]
			if !ok {
				a = string(n.Kind)
			}
			id = a + "_" + strconv.Itoa(num)
		}
		pre, seen := prefix, used
		if n.Kind == plan.KindArticle && nm.through {
			pre, seen = articlePrefix(n), nm.articles
		}
		if n.Kind == plan.KindPoint {
			pre, seen = pointPrefix(n), nm.articles
		}
		if first := join(pre, id); seen[first] {
			k := max(nm.next[first], 2)
			for seen[join(pre, id+"_"+strconv.Itoa(k))] {
				k++
			}
			nm.next[first] = k + 1
			id += "_" + strconv.Itoa(k)
		}
		seen[join(pre, id)] = true
		n.EID = join(pre, id)
		if n.Kind == plan.KindTable && !plan.HasDataRows(n) {
			nm.name(n.Children, prefix, used, paras)
		} else {
			nm.children(n.Children, n.EID)
		}
	}
}

func join(prefix, id string) string {
	if prefix == "" {
		return id
	}
	return prefix + "__" + id
}
