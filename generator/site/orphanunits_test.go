package site

import (
	"fmt"
	"strings"
	"testing"

	"plansite/generator/plan"
)

// TestOrphanWarnings: translation units whose passages moved in the
// outline (a heading added above the plan's title: part_1 is now
// att_2__part_1) are warned of with the eId they have now; more than a
// few in one warning that says how many moved, where each had a line of
// its own (98 lines for one added heading).
func TestOrphanWarnings(t *testing.T) {
	doc := &plan.Document{File: "seeds/x.txt", Nodes: []*plan.Node{{EID: "att_1"}, {EID: "att_2", Children: []*plan.Node{
		{EID: "att_2__part_1"}, {EID: "att_2__part_2"}, {EID: "att_2__part_3"}, {EID: "att_2__part_4"}, {EID: "att_2__part_5"}, {EID: "att_2__part_6"},
	}}}}
	units := func(ids ...string) []orphan {
		var us []orphan
		for i, id := range ids {
			us = append(us, orphan{id, "content/en/x/a.md", 1 + 2*i})
		}
		return us
	}
	for _, tt := range []struct {
		name  string
		units []orphan
		want  []string
	}{
		{"few", units("part_1", "preamble"), []string{
			"content/en/x/a.md:1: part_1 is not in seeds/x.txt (is it att_2__part_1 now?): the unit is not shown",
			"content/en/x/a.md:3: preamble is not in seeds/x.txt: the unit is not shown",
		}},
		{"many", units("preamble", "part_1", "part_2", "part_3", "part_4", "part_5", "part_6"), []string{
			"content/en/x/a.md:1: 7 units are not in seeds/x.txt and are not shown (first: preamble); 6 of them name passages whose eIds changed (part_1 is att_2__part_1 now): the text above them moved them in the plan's outline; go run ./generator check lists them",
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var have []string
			for _, w := range orphanWarnings(tt.units, doc.EIDs, [2]string{"is not in", "are not in"}, doc.File, "") {
				have = append(have, w.String())
			}
			if fmt.Sprint(have) != fmt.Sprint(tt.want) {
				t.Errorf("have\n%s\nwant\n%s", strings.Join(have, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
