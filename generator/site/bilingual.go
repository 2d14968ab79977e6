package site

import "plansite/generator/translate"

// NeedsUnit reports whether the node has words of its own to translate
// (package translate decides: not dates, not empty containers).
func (n *Node) NeedsUnit() bool { return translate.Needs(n.Node) }
