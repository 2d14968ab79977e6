package view

import (
	"testing"

	"plansite/generator/plan"
)

// TestPeriod reads the years a plan covers from its title, or from its
// text where the text says they are its own, not from a span of years
// it cites or orders: Baotou's 考评办法 of 2022 showed 规划期 2021–2023
// from a 行动方案 it cites, Dehong's measures 2026–2030, 现行有效, from the
// plan they tell the bureau to draw up.
func TestPeriod(t *testing.T) {
	tests := []struct {
		name, title, text string
		want              [2]int
	}{
		{"the title's", "某市行动计划（2021-2023年）", "到2025年，全面完成。", [2]int{2021, 2023}},
		{"the text names its period", "某县教育发展规划", "本规划期为2021—2025年，展望到2035年。", [2]int{2021, 2025}},
		{"a cited plan's", "包头市2022年数字政府建设考评办法", "根据《包头市人民政府办公室关于印发包头市数字政府建设行动方案（2021—2023年）的通知》制定本办法。", [2]int{}},
		{"a plan it orders", "德宏州优化调整房地产市场调控措施", "住建部门要科学编制2025年住房年度计划和2026—2030年住房发展规划。", [2]int{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &plan.Document{Meta: plan.Meta{Title: tt.title}}
			doc.Nodes = append(doc.Nodes, &plan.Node{Kind: plan.KindParagraph, Text: tt.text})
			if have := New(doc, "zh", nil, nil).makePeriod(); have != tt.want {
				t.Errorf("have %v, want %v", have, tt.want)
			}
		})
	}
}
