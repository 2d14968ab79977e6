package site

import (
	"fmt"
	"iter"
	"math"

	tparse "text/template/parse"
)

// A template that loops without end must not take a core for ever: a
// goroutine cannot be stopped from outside, so every loop is made to
// stop by itself once its page has failed. Two guards, at template load:
//
//   - A {{range}} over a number constant above MaxRange is refused with
//     the template's file:line ({{range 3000000000}}{{end}}): templates
//     range over the plan's data, and a constant that large is a mistake
//     or a test of the limits.
//   - Every {{range}} body and every template body starts with an empty
//     text node (guardTree), so each iteration and each template call
//     writes to the page's writer, which fails every write once the page
//     has failed: at its time limit (Limits), when the build is cancelled
//     or when another page failed. The loop then ends at its next
//     iteration instead of running on unseen.
//
// What remains possible: a single call of a function or method that
// takes long (the template functions and the views' methods are bounded
// by the plan), and, in `build`, which sets no time limit, a loop that
// runs long over a number the template computes ({{range add 2000000000
// 1}}), until the build is interrupted (Ctrl-C), which stops it at its
// next iteration too. A loop that prints is also bounded by Limits.Bytes.
const MaxRange = 100000

// guardTree refuses in tree, parsed from file, a range over a number
// constant above MaxRange, and starts every range body and the template's
// own body with an empty text node.
func guardTree(tree *tparse.Tree, file string) error {
	if tree == nil || tree.Root == nil {
		return nil
	}
	if err := guardList(tree, file, tree.Root); err != nil {
		return err
	}
	tick(tree.Root)
	return nil
}

// tick puts an empty text node first in list: a write of nothing, which
// fails once the page's writer is halted.
func tick(list *tparse.ListNode) {
	list.Nodes = append([]tparse.Node{&tparse.TextNode{NodeType: tparse.NodeText, Pos: list.Pos, Text: []byte{}}}, list.Nodes...)
}

func guardList(tree *tparse.Tree, file string, list *tparse.ListNode) error {
	if list == nil {
		return nil
	}
	for _, n := range list.Nodes {
		branch := branchOf(n)
		if branch == nil {
			continue
		}
		r, isRange := n.(*tparse.RangeNode)
		if v, ok := constant(branch.Pipe); isRange && ok && v > MaxRange {
			return rangeError(tree, file, r)
		}
		if err := guardList(tree, file, branch.List); err != nil {
			return err
		}
		if err := guardList(tree, file, branch.ElseList); err != nil {
			return err
		}
		if isRange {
			tick(branch.List)
		}
	}
	return nil
}

// branchOf is the branch of an if, range or with node, else nil.
func branchOf(n tparse.Node) *tparse.BranchNode {
	switch n := n.(type) {
	case *tparse.IfNode:
		return &n.BranchNode
	case *tparse.RangeNode:
		return &n.BranchNode
	case *tparse.WithNode:
		return &n.BranchNode
	}
	return nil
}

// nodes yields n and every node under it, parents first: the lists, the
// branches of if, range and with, and the pipelines, commands and
// arguments of actions and template calls.
func nodes(n tparse.Node) iter.Seq[tparse.Node] {
	return func(yield func(tparse.Node) bool) { walkTree(n, yield) }
}

// walkTree is nodes' walk; it returns false once yield has.
func walkTree(n tparse.Node, yield func(tparse.Node) bool) bool {
	if !yield(n) {
		return false
	}
	var under []tparse.Node
	switch n := n.(type) {
	case *tparse.ListNode:
		if n != nil {
			under = n.Nodes
		}
	case *tparse.ActionNode:
		under = []tparse.Node{n.Pipe}
	case *tparse.TemplateNode:
		under = []tparse.Node{n.Pipe}
	case *tparse.PipeNode:
		if n != nil {
			for _, c := range n.Cmds {
				under = append(under, c)
			}
		}
	case *tparse.CommandNode:
		under = n.Args
	default:
		if b := branchOf(n); b != nil {
			under = []tparse.Node{b.Pipe, b.List, b.ElseList}
		}
	}
	for _, c := range under {
		if !walkTree(c, yield) {
			return false
		}
	}
	return true
}

// constant is the number a pipeline is when it is a number constant,
// written as it is or in parentheses ({{range 30}}, {{range $i := (30)}}).
func constant(p *tparse.PipeNode) (float64, bool) {
	if p == nil || len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 1 {
		return 0, false
	}
	switch a := p.Cmds[0].Args[0].(type) {
	case *tparse.NumberNode:
		switch {
		case a.IsInt:
			return float64(a.Int64), true
		case a.IsUint:
			return float64(a.Uint64), true
		case a.IsFloat:
			return a.Float64, true
		}
		return math.Inf(1), true // too big for any of them
	case *tparse.PipeNode:
		return constant(a)
	}
	return 0, false
}

// rangeError refuses the range n over a number above MaxRange.
func rangeError(tree *tparse.Tree, file string, n *tparse.RangeNode) error {
	e := placeOf(tree, file, n)
	e.Msg = fmt.Sprintf("{{range %s}}: a template ranges over at most %d numbers (a runaway loop?); range over the plan's data instead", n.Pipe, MaxRange)
	return e
}
