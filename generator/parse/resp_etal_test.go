package parse_test

import (
	"slices"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestEtAl: a list of departments that ends "X等部门" (X and other
// departments) names X, where 区水利局等部门 was read as a name of its own
// and, ending in 部门, a role no registry could resolve; the text keeps
// 等部门 as printed.
func TestEtAl(t *testing.T) {
	tests := []struct {
		text          string
		lead, support []string // nil and empty alike
	}{
		{"一、任务\n\n加快推进病险水库除险加固工程。（牵头责任单位：区发改局；责任单位：区住建局、区交通运输局、区水利局等部门）\n",
			[]string{"区发改局"}, []string{"区住建局", "区交通运输局", "区水利局"}},
		{"一、任务\n\n做好工作。（区教体局等有关单位负责）\n", []string{"区教体局"}, nil},
		{"一、任务\n\n做好工作。（市教育局、市财政局等相关部门负责）\n", []string{}, []string{"市教育局", "市财政局"}},
		// 等 alone after the last name, as a province's and a city's
		// measures print it.
		{"一、任务\n\n做好工作。（责任单位：市卫生健康委、市民政局、市人力社保局等）\n", []string{}, []string{"市卫生健康委", "市民政局", "市人力社保局"}},
		{"一、任务\n\n做好工作。（省商务厅、省文化和旅游厅、省邮政管理局等按职责分工负责）\n", []string{}, []string{"省商务厅", "省文化和旅游厅", "省邮政管理局"}},
		{"一、任务\n\n做好工作。（责任单位：重庆金融监管局、人行重庆市分行等）\n", []string{}, []string{"重庆金融监管局", "人行重庆市分行"}},
		{"一、任务\n\n做好工作。（责任单位：市民政局、市妇联等）\n", []string{}, []string{"市民政局", "市妇联"}},
		// Not a department before 等: kept as printed.
		{"一、任务\n\n做好工作。（区直各部门负责）\n", []string{"区直各部门"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.text[len("一、任务\n\n"):], func(t *testing.T) {
			doc, err := parse.Parse("etal.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			var resp *plan.Responsibility
			doc.Walk(func(n *plan.Node) bool {
				if n.Resp != nil {
					resp = n.Resp
				}
				return true
			})
			if resp == nil {
				t.Fatal("no responsibility read")
			}
			if !slices.Equal(resp.Lead, tt.lead) || !slices.Equal(resp.Support, tt.support) {
				t.Errorf("have lead %q support %q, want lead %q support %q", resp.Lead, resp.Support, tt.lead, tt.support)
			}
		})
	}
}
