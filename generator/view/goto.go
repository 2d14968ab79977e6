package view

import (
	"cmp"

	"plansite/generator/cite"
)

// GotoEntry is one line of the go-to page, with what the page prints of
// its node as fields: the page lists every passage of the plan, and a
// method costs the template a lookup by name and a reflective call.
type GotoEntry struct {
	Node       *Node
	Label      string // the label as a citation says it, 二（一）3, 序言第1段 (Node.ParaLabel)
	Cite       string // the citation label, 第二部分（一）3
	Key        string // the go-to key, 2.1.3
	Anchor     string // the node in the plan page (Node.Anchor)
	ShortTitle string
	Pending    bool // not Translated: ShortTitle is the Chinese
	// LabelRuns and CiteRuns are Label (Cite where there is none) and
	// Cite with their Chinese marked on a page in another language
	// (Quoted), else nil: the page prints the string.
	LabelRuns, CiteRuns []TextRun
}

// GotoEntries lists every passage with a label, in document order.
func (d *Doc) GotoEntries() []GotoEntry {
	keyed := d.gotoMap().keyed
	es := make([]GotoEntry, 0, len(keyed))
	for _, k := range keyed {
		n := k.node
		e := GotoEntry{Node: n, Label: n.ParaLabel(), Cite: n.CiteLabel(), Key: k.key,
			Anchor: n.Anchor(), ShortTitle: n.ShortTitle(), Pending: !n.Translated()}
		e.LabelRuns, e.CiteRuns = Quoted(d.Lang, cmp.Or(e.Label, e.Cite)), Quoted(d.Lang, e.Cite)
		es = append(es, e)
	}
	return es
}

// GotoMap is what the go-to script resolves a query against: go-to keys,
// every eId, and retired eIds with their successors.
type GotoMap struct {
	Keys  map[string]string `json:"keys"`  // go-to key → eId
	IDs   []string          `json:"ids"`   // current eIds
	Moved map[string]string `json:"moved"` // retired eId → current eId
	// Ambiguous lists the passages of keys that name several (第一章 in a
	// code whose books each have one), for the go-to to say so.
	Ambiguous map[string][]string `json:"ambiguous,omitempty"`
}

// GotoMap is the go-to map of d (cite.NewTable), made once: the plan
// page, the go-to page and the search index each print it. Its maps are
// shared and must not be changed.
func (d *Doc) GotoMap() GotoMap { return d.gotoMap().m }

// gotoTable is a plan's go-to map with the first go-to key of each node
// that has one, in document order, for the go-to page: a node's keys
// (cite.KeysIn) are worked out once for both. Each worked them out over
// the whole plan, 3.5% of a 48-plan library's build CPU, 1.5% since.
type gotoTable struct {
	m     GotoMap
	keyed []gotoKey
}

type gotoKey struct {
	node *Node
	key  string
}

func (d *Doc) makeGotoMap() gotoTable {
	if src := d.InLang(SourceLang); src != d {
		return d.gotoMapOf(src.gotoMap())
	}
	var keyed []gotoKey
	t := cite.NewTableOf(func(yield func(string, []string)) {
		d.WalkViews(func(n *Node) {
			if ks := cite.KeysIn(n.Node, d.citeTerms()); len(ks) > 0 {
				keyed = append(keyed, gotoKey{n, ks[0]})
				yield(n.EID, ks)
			}
		})
	})
	m := GotoMap{Keys: t.Keys, Moved: map[string]string{}, Ambiguous: t.Ambiguous}
	m.IDs = d.EIDs()
	if d.site != nil {
		for _, a := range d.site.Aliases(d.Slug) {
			m.Moved[a.Old] = a.New
		}
	}
	return gotoTable{m: m, keyed: keyed}
}

// gotoMapOf is d's go-to table from src's, the same plan in another
// language: a node's go-to keys are its plan node's (cite.KeysIn, with the
// glossary's English for the plan, whatever the page's language), and the
// eIds and retired eIds are the plan's, so the map is shared and only the
// nodes the go-to page lists are d's own. Each language worked the keys
// out again: making the tables (cite.NewTableOf) was 2.4% of a 48-plan
// build's CPU profile, half of it the second language's.
func (d *Doc) gotoMapOf(src gotoTable) gotoTable {
	keyed := make([]gotoKey, len(src.keyed))
	for i, k := range src.keyed {
		keyed[i] = gotoKey{d.Find(k.node.EID), k.key}
	}
	return gotoTable{m: src.m, keyed: keyed}
}
