package serve

import (
	"fmt"
	"slices"
	"strings"

	"plansite/generator/plan"
	"plansite/generator/pos"
)

// passages are the eIds of each plan's passages and key projects at the
// last good load, by seed file, in document order: what a save's parse is
// compared with when the load fails elsewhere.
type passages map[string][]string

// update records the passages of docs, loaded in place of those ps
// records: again only for the seeds parsed in this load (parsed) or not
// recorded yet, since an unchanged seed's document is the one recorded.
func (ps passages) update(docs []*plan.Document, parsed []string) passages {
	next := make(passages, len(docs))
	for _, d := range docs {
		if ids, ok := ps[d.File]; ok && !slices.Contains(parsed, d.File) {
			next[d.File] = ids
			continue
		}
		// Key projects count once, where their tables print them:
		// counted twice, a project kept before a cut hid the cut.
		next[d.File] = d.EIDs()
	}
	return next
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
		if d.File == p.File {
			continue
		}
		if lead, cut, ok := vanished(last, d, changed); ok {
			if cut {
				lead.Msg += ": the file looks cut off, saved half-written? The problem below follows from it"
			} else {
				lead.Msg += "; the problem below may follow from it"
			}
			lead.Follows = []Problem{p}
			return lead
		}
	}
	return p
}

// cutWarnings are warnings, for a load that succeeded, at each seed of
// docs parsed in this save (changed) that lost its last passages of the
// last good load, as a half-written save does: nothing may fail for
// it, and the plan would be shown cut short without a word.
func cutWarnings(last passages, docs []*plan.Document, changed []string) []Problem {
	var ws []Problem
	for _, d := range docs {
		if w, cut, ok := vanished(last, d, changed); ok && cut {
			w.Msg += ": does the file look cut off, saved half-written?"
			ws = append(ws, w)
		}
	}
	return ws
}

// vanished is the problem, at the line where d's text now ends, of the
// passages of the last good load d lost in this save, and whether they
// are its last ones (cut); ok is false when d did not change or lost
// none.
func vanished(last passages, d *plan.Document, changed []string) (p Problem, cut, ok bool) {
	old, known := last[d.File]
	if !known || !slices.Contains(changed, d.File) {
		return Problem{}, false, false
	}
	ids := d.EIDs()
	have := map[string]bool{}
	for _, id := range ids {
		have[id] = true
	}
	var moves *plan.Moves // made only once a passage is missing: a save keeps them all, mostly
	var gone, moved []string
	lastKept := -1
	for i, id := range old {
		if have[id] {
			lastKept = i
			continue
		}
		if moves == nil {
			moves = plan.NewMoves(ids)
		}
		if moves.Of(id) != "" {
			moved = append(moved, id)
			lastKept = i
		} else {
			gone = append(gone, id)
		}
	}
	if len(gone) == 0 && len(moved) == 0 {
		return Problem{}, false, false
	}
	cut = len(gone) > 0 && cutOff(old, lastKept, len(gone))
	if len(moved) > 0 && !cut {
		return movedProblem(d, old, moved, gone, moves), false, true
	}
	end := endLine(d)
	p = Problem{Error: pos.Error{File: d.File, Line: end, Place: d.Place(end)}}
	p.Msg = fmt.Sprintf("%d passages of the last good load vanished with this save (%s", len(gone), gone[0])
	if len(gone) > 1 {
		p.Msg += " … " + gone[len(gone)-1]
	}
	p.Msg += ")"
	if cut {
		p.Msg = "the plan's text ends here; " + p.Msg + ", all after the last one left"
	}
	return p, cut, true
}

// movedProblem is the problem of passages whose eIds changed with this
// save though their text did not (plan.Moves): a heading added above a
// plan's title makes it an attachment, and what names the old eIds
// (content/links.yaml, translations) finds nothing; a few may have gone
// (the plan's preamble, now the attachment's first paragraph). It is at
// the first
// passage the last good load did not have, whose text moved the others.
func movedProblem(d *plan.Document, old, moved, gone []string, moves *plan.Moves) Problem {
	before := map[string]bool{}
	for _, id := range old {
		before[id] = true
	}
	to := map[string]bool{}
	for _, id := range moved {
		to[moves.Of(id)] = true
	}
	line := 0
	d.Walk(func(n *plan.Node) bool {
		if line == 0 && n.EID != "" && !before[n.EID] && !to[n.EID] {
			line = n.Line
		}
		return line == 0
	})
	line = max(line, 1)
	p := Problem{Error: pos.Error{File: d.File, Line: line, Place: d.Place(line)}}
	p.Msg = fmt.Sprintf("with this save %d passages of the last good load have new eIds (%s is %s now)", len(moved), moved[0], moves.Of(moved[0]))
	if len(gone) > 0 {
		p.Msg += fmt.Sprintf(" and %d have none (%s)", len(gone), strings.Join(gone[:min(len(gone), 3)], ", "))
	}
	p.Msg += ": the text here moved them in the plan's outline, and what names them by eId (content/links.yaml, translations) names the old ones"
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
