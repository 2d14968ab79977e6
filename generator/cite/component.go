package cite

import (
	"strconv"
	"strings"

	"plansite/generator/plan"
)

// A key is made of components, one a level of the plan's numbering: what
// each kind of node contributes to its own key and its descendants'.

// component is one level of a key.
type component struct {
	node *plan.Node
	kind plan.Kind
	key  string
}

func join(cs []component) string {
	ks := make([]string, len(cs))
	for i, c := range cs {
		ks[i] = c.key
	}
	return strings.Join(ks, ".")
}

// keyed reports whether nodes of kind k are cited on their own.
func keyed(k plan.Kind) bool {
	switch k {
	case plan.KindPreamble, plan.KindAttachment, plan.KindBook, plan.KindChapter, plan.KindArticle,
		plan.KindHcontainer, plan.KindPart, plan.KindSection, plan.KindItem, plan.KindSubitem, plan.KindPoint,
		plan.KindParagraph, plan.KindBullet, plan.KindBox, plan.KindTable:
		return true
	}
	return false
}

// keyComponent is what a node contributes to the keys of itself and its
// descendants; false for wrapper nodes, whose passages have no key.
func keyComponent(a *plan.Node) (component, bool) {
	o := strconv.Itoa(a.Ordinal)
	c := component{node: a, kind: a.Kind}
	switch a.Kind {
	case plan.KindNotice, plan.KindConclusions:
		return c, false
	case plan.KindAttachment:
		c.key = "a" + o
		if a.Ordinal == 0 {
			c.key = "a" // the one 附件, printed without a number
		}
		if plan.Reading(a) {
			c.key = "i" // the notice's 解读, no 附件 of it
		}
	case plan.KindPreamble:
		c.key = "pre"
	case plan.KindPart, plan.KindSection, plan.KindItem, plan.KindSubitem:
		c.key = o
	case plan.KindBook:
		// A plan's 第X部分 and 第X篇 are cited as Part X, as a part is.
		c.key = "bk" + o
		if !strings.HasSuffix(a.Num, "编") && a.Num != "" {
			c.key = "pt" + o
		}
	case plan.KindChapter:
		c.key = "ch" + o
	case plan.KindHcontainer:
		// Unnumbered: its place among the plan's, as its eId has it
		// (hcontainer_2), where its ordinal is 0 for all.
		c.key = "h" + strconv.Itoa(plan.ParaNumber(a))
	case plan.KindArticle:
		c.key = "art" + o
	case plan.KindPoint:
		c.key = "pnt" + o
	case plan.KindParagraph, plan.KindBullet:
		c.key = "p" + strconv.Itoa(plan.ParaNumber(a))
	case plan.KindBox:
		c.key = "b" + o
	case plan.KindRow:
		c.key = "r" + o // a table's row (plan.DataRow): t1.r3
	case plan.KindTable:
		c.key = "t" + strconv.Itoa(plan.TableNumber(a))
		if strings.HasPrefix(a.Num, "附表") {
			c.key = "st" + o
		}
	}
	return c, true
}
