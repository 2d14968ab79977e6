package cite_test

import (
	"testing"

	"plansite/generator/cite"
	"plansite/generator/plan"
)

// TestPoints cites the points a 建议 numbers through its parts by their
// own number, whatever part holds them (第（三）条, Point 3, not 二（3）),
// and the go-to finds them by every form a reader types: the citation,
// the printed number alone, the English, the eId.
func TestPoints(t *testing.T) {
	doc, tab := readPlan(t, "testdata/plans/points.txt")
	labels := []struct{ eid, label, labelEN, zh, en string }{
		{"point_3", "第（三）条", "Point 3", "第（三）条", "Point 3"},
		{"point_3__para_1", "第（三）条¶1", "Point 3 ¶1", "第（三）条第1段", "Point 3, para. 1"},
		{"point_5", "第（五）条", "Point 5", "第（五）条", "Point 5"},
	}
	for _, tt := range labels {
		t.Run(tt.eid, func(t *testing.T) {
			n := doc.Node(tt.eid)
			if n == nil {
				t.Fatalf("no %s", tt.eid)
			}
			if have := plan.Label(n, "zh"); have != tt.label {
				t.Errorf("label zh: have %q, want %q", have, tt.label)
			}
			if have := plan.Label(n, "en"); have != tt.labelEN {
				t.Errorf("label en: have %q, want %q", have, tt.labelEN)
			}
			if have := cite.Label(n, "zh"); have != tt.zh {
				t.Errorf("citation zh: have %q, want %q", have, tt.zh)
			}
			if have := cite.Label(n, "en"); have != tt.en {
				t.Errorf("citation en: have %q, want %q", have, tt.en)
			}
		})
	}
	gotos := []struct{ q, want string }{
		{"第（三）条", "point_3"},
		{"第（3）条", "point_3"},
		{"第3条", "point_3"},
		{"（3）", "point_3"},
		{"Point 3", "point_3"},
		{"point 3, para. 1", "point_3__para_1"},
		{"第（三）条第1段", "point_3__para_1"},
		{"二", "part_2"},
		{"point_4", "point_4"},
	}
	for _, tt := range gotos {
		t.Run(tt.q, func(t *testing.T) {
			if have, why := resolve(tab, tt.q); have != tt.want {
				t.Errorf("have %q (%s), want %q", have, why, tt.want)
			}
		})
	}
}
