package translate

import (
	"strings"

	"plansite/generator/plan"
)

// Fingerprint is the short fingerprint of the Chinese a unit translates
// (see the package comment for what goes into it).
func Fingerprint(n *plan.Node) string {
	return TextFingerprint(strings.Join(chinese(n), "\n"))
}

// chinese is the Chinese of node n that a unit translates: its heading,
// its running text, then its table's cells.
func chinese(n *plan.Node) []string {
	out := append([]string{n.Heading, n.Text}, n.Columns...)
	for _, r := range n.Rows {
		out = append(out, r...)
	}
	return out
}

// Needs reports whether node n needs a unit in a translation: it has words
// of its own and is not a date.
func Needs(n *plan.Node) bool {
	if n.Kind == plan.KindDate {
		return false
	}
	return n.Heading != "" || n.Text != "" || len(n.Columns) > 0 || len(n.Rows) > 0
}

// State is where one unit stands against the Chinese.
type State int

// Unit states.
const (
	Missing   State = iota // the node needs a unit and has none
	Current                // translated, fingerprint matches
	Stale                  // translated from Chinese that has since changed
	Unstamped              // translated, no fingerprint recorded
	Orphaned               // the unit's eId is not in the Chinese
	NotNeeded              // the node needs no unit (a date, a container)
)

// StateOf tells where node n of the Chinese stands in translation d.
func StateOf(n *plan.Node, d *Doc) State {
	u := d.Unit(n.EID)
	switch {
	case !Needs(n):
		return NotNeeded
	case u == nil:
		return Missing
	}
	return unitState(n, u)
}

// unitState is where unit u, which translates node n, stands.
func unitState(n *plan.Node, u *Unit) State {
	switch {
	case u.ZH == "":
		return Unstamped
	case u.ZH != Fingerprint(n):
		return Stale
	}
	return Current
}

// Report is the alignment of one translation with its Chinese document,
// and its progress.
type Report struct {
	Slug, Lang string
	Progress   Progress     // by units and by characters of the Chinese; Units are the nodes that need one
	Translated []*Unit      // units whose eId the Chinese has (current, stale or unstamped)
	Missing    []*plan.Node // nodes that need a unit and have none
	Orphaned   []*Unit      // units whose eId the Chinese lacks
	Stale      []*Unit      // translated from Chinese that has since changed
	Unstamped  []*Unit      // translated, with no fingerprint recorded
	Extra      []*Unit      // units for nodes that need none (dates, containers); harmless
}

// Align compares translation d (nil when there is none) with doc and
// measures its progress.
func Align(doc *plan.Document, d *Doc, lang string) *Report {
	r := &Report{Slug: doc.Slug, Lang: lang, Progress: Progress{Slug: doc.Slug, Lang: lang}}
	seen := map[string]bool{}
	doc.Walk(func(n *plan.Node) bool {
		seen[n.EID] = true
		state := StateOf(n, d)
		if state != NotNeeded {
			r.Progress.count(state, ChineseChars(n))
		}
		u := d.Unit(n.EID)
		switch state {
		case Missing:
			r.Missing = append(r.Missing, n)
		case NotNeeded:
		case Stale:
			r.Stale = append(r.Stale, u)
		case Unstamped:
			r.Unstamped = append(r.Unstamped, u)
		}
		if u != nil {
			r.Translated = append(r.Translated, u)
			if !Needs(n) {
				r.Extra = append(r.Extra, u)
			}
		}
		return true
	})
	if d != nil {
		for _, u := range d.Units {
			if !seen[u.EID] {
				r.Orphaned = append(r.Orphaned, u)
			}
		}
	}
	return r
}
