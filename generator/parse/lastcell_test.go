package parse_test

import (
	"reflect"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestLastCellRows reads a page's table row whose only filled cell is its
// last column (a task's second deadline under the cells the row above
// spans, printed as tabs then the text) as a row of the table, where it
// ended the table and the rows after it were read as text; among a list of
// tasks it is a row of the task above, not a task without a number (which
// broke the numbering with three warnings). A paragraph indented by a tab
// after a table of two columns stays a paragraph.
func TestLastCellRows(t *testing.T) {
	tests := []struct {
		name, text string
		want       [][]string
		para       string // a paragraph that follows the table, as read
	}{
		{"a second deadline",
			"表1 重点任务分工表\n序号\t重点任务\t责任单位\t完成时限\n1\t建设政务服务平台\t市政务服务局\t2024年12月底前\n\t\t\t2025年6月底前\n2\t完善数据共享机制\t市大数据局\t2024年9月底前\n",
			[][]string{{"1", "建设政务服务平台", "市政务服务局", "2024年12月底前"}, {"", "", "", "2025年6月底前"}, {"2", "完善数据共享机制", "市大数据局", "2024年9月底前"}}, ""},
		{"a second deadline, in a table of work",
			"表1 工作分工表\n序号\t工作内容\t责任单位\t完成时限\n1\t建设政务服务平台\t市政务服务局\t2024年12月底前\n\t\t\t2025年6月底前\n2\t完善数据共享机制\t市大数据局\t2024年9月底前\n",
			[][]string{{"1", "建设政务服务平台", "市政务服务局", "2024年12月底前"}, {"", "", "", "2025年6月底前"}, {"2", "完善数据共享机制", "市大数据局", "2024年9月底前"}}, ""},
		{"the last row's",
			"表1 重点任务分工表\n序号\t重点任务\t责任单位\t完成时限\n1\t建设政务服务平台\t市政务服务局\t2024年12月底前\n\t\t\t长期坚持\n",
			[][]string{{"1", "建设政务服务平台", "市政务服务局", "2024年12月底前"}, {"", "", "", "长期坚持"}}, ""},
		{"a paragraph after two columns",
			"表1 联系人\n单位\t联系人\n市政务服务局\t张某\n\n\t各单位要按时报送有关材料。\n",
			[][]string{{"市政务服务局", "张某"}}, "各单位要按时报送有关材料。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("table.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			var rows [][]string
			para := ""
			doc.Walk(func(n *plan.Node) bool {
				switch n.Kind {
				case plan.KindTable:
					for _, c := range n.Children {
						if c.Kind == plan.KindProject {
							rows = append(rows, c.Cells) // a task of a list of projects or tasks
						} else {
							rows = append(rows, c.Rows...)
						}
					}
				case plan.KindParagraph:
					para = n.Text
				}
				return true
			})
			if !reflect.DeepEqual(rows, tt.want) || para != tt.para {
				t.Errorf("rows:\nhave %q\nwant %q\nparagraph: have %q, want %q in\n%s", rows, tt.want, para, tt.para, outline(doc))
			}
			for _, n := range doc.Projects {
				if n.Ordinal == 0 {
					t.Errorf("a task without a number: %q", n.Cells)
				}
			}
			if len(doc.Warnings) > 0 {
				t.Errorf("warnings: %v", doc.Warnings)
			}
		})
	}
}
