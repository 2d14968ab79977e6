package parse

import (
	"strings"
	"unicode/utf8"

	"plansite/generator/plan"
)

// check reports damage that parsing took in its stride: numbers skipped or
// repeated, headings without text, unbalanced brackets, a file cut off.
func (p *parser) check(doc *plan.Document) {
	p.checkNumbers(doc.Nodes, nil)
	var last *plan.Node
	doc.Walk(func(n *plan.Node) bool {
		switch n.Kind {
		case plan.KindPart, plan.KindSection, plan.KindItem, plan.KindSubitem:
			if n.Text == "" && len(n.Children) == 0 {
				p.warn(n.Line, "%s%s has no text: expected a paragraph after the heading", n.Num, n.Heading)
			}
		}
		if s := n.Heading + n.Text; s != "" {
			if o, c := strings.Count(s, "（")+strings.Count(s, "("), strings.Count(s, "）")+strings.Count(s, ")"); o != c {
				p.warn(n.Line, "unbalanced brackets: %d opening, %d closing", o, c)
			}
			if n.Kind != plan.KindConclusions && (n.Parent == nil || n.Parent.Kind != plan.KindConclusions) {
				last = n
			}
		}
		return true
	})
	if last != nil && last.Kind != plan.KindProject && last.Kind != plan.KindDate {
		s := strings.TrimSpace(last.Text)
		if s == "" && last.Resp == nil {
			s = last.Heading
		}
		if r, _ := utf8.DecodeLastRuneInString(s); last.Resp == nil && s != "" && !strings.ContainsRune("。！？；…”’）)」』.!?", r) && last.Heading != s {
			p.warn(last.Line, "text ends mid-sentence (%q): the file may be cut off", tail(s))
		} else if last.Text == "" && last.Resp == nil && len(last.Children) == 0 && level(last.Kind) > 0 {
			p.warn(last.Line, "the file ends after the heading %s%s: it may be cut off", last.Num, last.Heading)
		}
	}
}

// checkNumbers warns when the numbering of siblings skips or repeats.
// Items may be numbered straight through the sections of a part, so an item
// list may continue from the previous section's last item.
func (p *parser) checkNumbers(nodes []*plan.Node, prevItems *int) {
	last := map[plan.Kind]int{}
	through := 0 // last item number of the previous sibling section
	for _, n := range nodes {
		if level(n.Kind) > 0 || n.Kind == plan.KindProject {
			want := last[n.Kind] + 1
			if n.Kind == plan.KindItem && last[n.Kind] == 0 && prevItems != nil && *prevItems > 0 && n.Ordinal == *prevItems+1 {
				want = n.Ordinal
			}
			switch {
			case n.Ordinal == want:
			case n.Ordinal > want:
				p.warn(n.Line, "%s follows %d: expected %d (a number is skipped)", n.Num, want-1, want)
			default:
				p.warn(n.Line, "%s repeats or goes back: expected %d", n.Num, want)
			}
			last[n.Kind] = n.Ordinal
		}
		if n.Kind == plan.KindBox {
			p.checkNumbers(n.Children, nil) // numbering restarts inside a box
			continue
		}
		p.checkNumbers(n.Children, &through)
		if n.Kind == plan.KindSection || n.Kind == plan.KindPart {
			for _, c := range n.Children {
				if c.Kind == plan.KindItem {
					through = c.Ordinal
				}
			}
		}
	}
}

func tail(s string) string {
	r := []rune(s)
	if len(r) > 12 {
		r = r[len(r)-12:]
	}
	return string(r)
}
