package parse_test

import (
	"reflect"
	"testing"

	"plansite/generator/parse"
)

// TestDivisionColumns: a 厅's or 局's own task list names its divisions
// in columns headed 牵头处室, 责任处室, 配合处室 or 责任科室, read as the
// 牵头单位 and 责任单位 columns are: 牵头 the lead, the others support.
// Before, such a table's rows named no one.
func TestDivisionColumns(t *testing.T) {
	text := "省交通运输厅2023年工作要点\n\n" +
		table("表1 重点工作任务分解", []string{"序号", "工作内容", "牵头处室", "配合处室", "完成时限"},
			[]string{"1", "加快高速公路建设", "规划处", "建设处、财审处", "2023年12月底"}) + "\n" +
		table("表2 重点工作任务", []string{"序号", "工作内容", "责任处室", "完成时限"},
			[]string{"1", "推进国省道建设", "公路处", "持续推进"}) + "\n" +
		table("表3 任务清单", []string{"序号", "工作内容", "责任科室"},
			[]string{"1", "编制规划", "综合科"})
	doc, err := parse.Parse("tasks.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		eid           string
		lead, support []string
	}{
		{"table_1__row_1", []string{"规划处"}, []string{"建设处", "财审处"}},
		{"table_2__row_1", []string{}, []string{"公路处"}},
		{"table_3__row_1", []string{}, []string{"综合科"}},
	} {
		t.Run(tt.eid, func(t *testing.T) {
			n := doc.Node(tt.eid)
			if n == nil || !n.DataRow() {
				t.Fatalf("no data row %s:\n%s", tt.eid, outline(doc))
			}
			if n.Resp == nil || !reflect.DeepEqual(n.Resp.Lead, tt.lead) || !reflect.DeepEqual(n.Resp.Support, tt.support) {
				t.Errorf("have %+v, want lead %q support %q", n.Resp, tt.lead, tt.support)
			}
		})
	}
}
