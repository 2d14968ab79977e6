package link

import (
	"fmt"
	"slices"
	"strings"

	"plansite/generator/plan"
	"plansite/generator/pos"
)

// Stale entries. An editor's entry in content/links.yaml names a key
// project and a task by eId; when the plan's text changes above them (a
// heading added before the plan's title makes the plan an attachment:
// proj_1 becomes att_2__proj_1), every entry names an eId the plan no
// longer has. Each missing eId is reported once, at its first entry, with
// the eId the same node has now (plan.Moves); and where every missing eId
// moved the same way, one problem says so, as that is one cause, not
// eighty.

// staleRefs collects the eIds entries name that the plan lacks.
type staleRefs struct {
	file, slug, seed string
	order            []string               // missing eIds, by first entry
	kind             map[string]string      // of a missing eId: "key project", "task"
	moves            map[string]*plan.Moves // the plan's eIds of a kind
	lines            map[string][]int
}

func newStaleRefs(file, slug, seed string) *staleRefs {
	return &staleRefs{file: file, slug: slug, seed: seed, kind: map[string]string{}, moves: map[string]*plan.Moves{}, lines: map[string][]int{}}
}

// add records that the entry at line names eid, of a kind ("key
// project", "task") whose eIds in the plan, none of them eid, have
// returns (called once a kind, as only stale entries need them).
func (s *staleRefs) add(eid, kind string, line int, have func() []string) {
	if _, ok := s.lines[eid]; !ok {
		s.order = append(s.order, eid)
		s.kind[eid] = kind
		if s.moves[kind] == nil {
			s.moves[kind] = plan.NewMoves(have())
		}
	}
	s.lines[eid] = append(s.lines[eid], line)
}

// moved is the eId a node of the plan has now that eid, missing, named
// before its text moved (plan.Moves), or "".
func (s *staleRefs) moved(eid string) string { return s.moves[s.kind[eid]].Of(eid) }

// problems are the stale entries as problems at their file and line.
func (s *staleRefs) problems() pos.List {
	var ps pos.List
	if s == nil || len(s.order) == 0 {
		return nil
	}
	if p := s.oneCause(); p != nil {
		return pos.List{p}
	}
	for _, eid := range s.order {
		lines := s.lines[eid]
		what := eid
		if s.kind[eid] == "task" {
			what += " (a node with a responsibility list)"
		}
		msg := fmt.Sprintf("%s: no %s %s in %s", s.slug, s.kind[eid], what, s.seed)
		if now := s.moved(eid); now != "" {
			msg += " (is it " + now + " now?)"
		}
		if len(lines) > 1 {
			msg += "; also named on line(s) " + pos.Lines(lines[1:])
		}
		ps = append(ps, pos.Errorf(s.file, lines[0], "%s", msg))
	}
	return ps
}

// oneCause is the problem of missing eIds that all moved by one change
// of their start (proj_1 → att_2__proj_1, part_2__sec_2__item_1 →
// att_2__part_2__sec_2__item_1), at the first entry; nil when fewer than
// two are missing or they did not all move alike.
func (s *staleRefs) oneCause() *pos.Error {
	if len(s.order) < 2 {
		return nil
	}
	var from, to string
	entries := 0
	for i, eid := range s.order {
		now := s.moved(eid)
		if now == "" {
			return nil
		}
		f, t := eid, now
		if strings.HasSuffix(now, eid) {
			f, t = "", strings.TrimSuffix(now, eid)
		} else {
			f, t = strings.TrimSuffix(eid, now), ""
		}
		if i == 0 {
			from, to = f, t
		} else if f != from || t != to {
			return nil
		}
		entries += len(s.lines[eid])
	}
	first := s.order[0]
	change := "now start " + to
	if from != "" {
		change = "no longer start " + from
	}
	line := slices.Min(s.lines[first])
	return pos.Errorf(s.file, line, "%s: the %d eIds its %d entries name are not in %s, whose passages' eIds %s (%s is %s now): the text above them changed (a heading added or removed before the plan's title?); see the warnings about %s, or rename the eIds",
		s.slug, len(s.order), entries, s.seed, change, first, s.moved(first), s.seed)
}

func eidsOf(nodes []*plan.Node) []string {
	ids := make([]string, len(nodes))
	for i, n := range nodes {
		ids[i] = n.EID
	}
	return ids
}
