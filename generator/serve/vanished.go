package serve

import (
	"fmt"
	"slices"

	"plansite/generator/plan"
	"plansite/generator/pos"
)

// passages are the eIds of each plan's passages and key projects at the
// last good load, by seed file, in document order: what a save's parse is
// compared with when the load fails elsewhere.
type passages map[string][]string

// passagesOf records the passages of docs.
func passagesOf(docs []*plan.Document) passages {
	ps := passages{}
	for _, d := range docs {
		var ids []string
		d.Walk(func(n *plan.Node) bool {
			if n.EID != "" {
				ids = append(ids, n.EID)
			}
			return true
		})
		for _, n := range d.Projects {
			ids = append(ids, n.EID)
		}
		ps[d.File] = ids
	}
	return ps
}

// leadWithSeed puts first, before p, the seed of docs parsed in this save
// (changed) whose passages of the last good load vanished, when p is
// elsewhere: a seed saved half-written (an editor's save truncates the
// file, then writes it) loses its last passages, and what links to them
// (content/links.yaml, a translation) fails, pointing away from the
// cause. The seed's problem is at the line where its text now ends, says
// how many passages vanished, and, when they are all after the last one
// left, that the file looks cut off; p follows it. Otherwise it returns p.
func leadWithSeed(last passages, docs []*plan.Document, changed []string, p Problem) Problem {
	for _, d := range docs {
		old, known := last[d.File]
		if !known || d.File == p.File || !slices.Contains(changed, d.File) {
			continue
		}
		now := passagesOf([]*plan.Document{d})[d.File]
		have := map[string]bool{}
		for _, id := range now {
			have[id] = true
		}
		var gone []string
		lastKept := -1
		for i, id := range old {
			if have[id] {
				lastKept = i
			} else {
				gone = append(gone, id)
			}
		}
		if len(gone) == 0 {
			continue
		}
		end := endLine(d)
		lead := Problem{Error: pos.Error{File: d.File, Line: end, Place: d.Place(end)}, Follows: []Problem{p}}
		what := fmt.Sprintf("%d passages of the last good load vanished with this save (%s", len(gone), gone[0])
		if len(gone) > 1 {
			what += " … " + gone[len(gone)-1]
		}
		what += ")"
		if cutOff(old, lastKept, len(gone)) {
			lead.Msg = "the plan's text ends here; " + what + ", all after the last one left: the file looks cut off, saved half-written? The problem below follows from it"
		} else {
			lead.Msg = what + "; the problem below may follow from it"
		}
		return lead
	}
	return p
}

// cutOff reports whether the gone passages of old are exactly those after
// lastKept, the last one the save kept: the tail of the plan, as a
// truncated file loses it.
func cutOff(old []string, lastKept, gone int) bool {
	return gone == len(old)-lastKept-1
}

// endLine is the line of the last passage d has, where its text now ends.
func endLine(d *plan.Document) int {
	end := 0
	d.Walk(func(n *plan.Node) bool {
		end = max(end, n.Line)
		return true
	})
	return max(end, 1)
}
