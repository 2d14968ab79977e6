package view

import (
	"testing"

	"plansite/generator/plan"
)

// TestTargetsFirstIn: a task's first target is the first row in the task
// or below it, by eId, and never one of a sibling whose eId merely begins
// alike (art_1 is not above art_10).
func TestTargetsFirstIn(t *testing.T) {
	row := func(eid string) TargetRow { return TargetRow{ID: eid, Node: &Node{Node: &plan.Node{EID: eid}}} }
	rows := indexTargets([]TargetRow{row("art_10__para_2"), row("art_1__item_3"), row("art_1"), {ID: "orphan"}, row("part_1__sec_2__list_1__item_4")})
	for _, c := range []struct{ eid, want string }{
		{"art_1", "art_1__item_3"},
		{"art_10", "art_10__para_2"},
		{"art_10__para_2", "art_10__para_2"},
		{"art_1__item_3", "art_1__item_3"},
		{"part_1", "part_1__sec_2__list_1__item_4"},
		{"part_1__sec_2__list_1", "part_1__sec_2__list_1__item_4"},
		{"art_100", ""},
		{"art", ""},
		{"part_1__sec", ""},
	} {
		have := ""
		if r := rows.firstIn(c.eid); r != nil {
			have = r.ID
		}
		if have != c.want {
			t.Errorf("firstIn(%q): have %q, want %q", c.eid, have, c.want)
		}
	}
}
