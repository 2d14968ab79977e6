package view

import (
	"html/template"
	"sync"
)

// Printable is a value that every page showing it prints alike, so pages
// print it once (the template function once, generator/site/fragment.go)
// and keep what they printed with it, for as long as its node's view is
// kept: a node's citations (Citing), its translation notes (Note).
type Printable interface {
	// Make readies the value for printing, the first time.
	Make()
	// Printed is what the template name of the template set set printed
	// of the value, if it did.
	Printed(set any, name string) (template.HTML, bool)
	// KeepPrinted keeps what the template name of set printed of it.
	KeepPrinted(set any, name string, h template.HTML)
}

// printCache is what partials printed of a Printable.
type printCache struct {
	mu      sync.Mutex
	printed []printed
}

type printed struct {
	set  any
	name string
	html template.HTML
}

func (c *printCache) get(set any, name string) (template.HTML, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, p := range c.printed {
		if p.set == set && p.name == name {
			return p.html, true
		}
	}
	return "", false
}

func (c *printCache) keep(set any, name string, h template.HTML) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, p := range c.printed {
		if p.set == set && p.name == name {
			return
		}
	}
	c.printed = append(c.printed, printed{set, name, h})
}

// Note is what the unitnote partial prints of a node on a page in
// another language than Chinese: that its translation is pending, with
// the glossary terms its Chinese uses, or stale. Its fields are the
// view's of the same names, which are the node's, the same on every page
// (the plan page, its ancestors' pages and its own, side by side): an
// English page of an untranslated plan printed each node's note several
// times over. A view has one where its Notes is set.
type Note struct {
	Pending       bool
	HTMLLang      string
	UI            *NodeUI
	CiteLabel     string
	CiteLabelRuns []TextRun
	PendingTerms  []TermGloss
	Stale         bool

	prints printCache
}

// Make does nothing: a Note is made whole.
func (n *Note) Make() {}

// Printed is what the template name of set printed of n, if it did.
func (n *Note) Printed(set any, name string) (template.HTML, bool) { return n.prints.get(set, name) }

// KeepPrinted keeps what the template name of set printed of n.
func (n *Note) KeepPrinted(set any, name string, h template.HTML) { n.prints.keep(set, name, h) }
