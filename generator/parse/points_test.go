package parse_test

import (
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestThroughPoints wants the points a 建议 numbers through its parts
// （1）…（4） read as points named by their own number (point_3, not
// part_2__subitem_3), and sub-items each part numbers afresh left as the
// part's.
func TestThroughPoints(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]plan.Kind
		none       []string
	}{
		{
			name: "numbered through the parts",
			text: "中共某市委关于制定某市第十五个五年规划的建议\n一、总体要求\n（1）指导思想。坚持稳中求进。\n（2）主要目标。经济稳定增长。\n二、主要任务\n（3）发展产业。壮大产业。\n加快转型。\n（4）扩大内需。提振消费。\n三、实施保障\n（5）健全机制。落实任务。\n",
			want: map[string]plan.Kind{"point_1": plan.KindPoint, "point_3": plan.KindPoint, "point_3__para_1": plan.KindParagraph, "point_5": plan.KindPoint, "part_2": plan.KindPart},
			none: []string{"part_2__subitem_3", "part_1__point_1"},
		},
		{
			name: "numbered afresh in each part",
			text: "某某实施方案\n一、总体要求\n（1）指导思想。坚持稳中求进。\n（2）主要目标。经济稳定增长。\n二、主要任务\n（1）发展产业。壮大产业。\n（2）扩大内需。提振消费。\n",
			want: map[string]plan.Kind{"part_1__subitem_2": plan.KindSubitem, "part_2__subitem_1": plan.KindSubitem},
			none: []string{"point_1"},
		},
		{
			name: "one part",
			text: "某某建议\n一、总体要求\n（1）指导思想。坚持稳中求进。\n（2）主要目标。经济稳定增长。\n（3）基本原则。坚持改革。\n",
			want: map[string]plan.Kind{"part_1__subitem_3": plan.KindSubitem},
			none: []string{"point_1"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("plan.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			for eid, kind := range tt.want {
				if n := doc.Node(eid); n == nil || n.Kind != kind {
					t.Errorf("%s: have %v, want a %s in\n%s", eid, n, kind, outline(doc))
				}
			}
			for _, eid := range tt.none {
				if doc.Node(eid) != nil {
					t.Errorf("%s: have one, want none in\n%s", eid, outline(doc))
				}
			}
		})
	}
}
