package plan

import (
	"reflect"
	"testing"
)

func TestTimetable(t *testing.T) {
	n := func(eid, date string) *Node {
		return &Node{EID: eid, Deadline: &Deadline{Text: eid, Date: date}}
	}
	d := &Document{Nodes: []*Node{
		n("a", "2023-06-30"),
		{EID: "b", Children: []*Node{n("c", ""), n("d", "2022-10-31")}},
		n("e", "2023-06-30"),
		n("f", "2022-12-31"),
	}}
	var have []string
	for _, x := range d.Timetable() {
		have = append(have, x.EID)
	}
	if want := []string{"d", "f", "a", "e", "c"}; !reflect.DeepEqual(have, want) {
		t.Errorf("have %v, want %v", have, want)
	}
}
