package parse_test

import (
	"reflect"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
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

// TestCellTableBeforeSignature: a table printed one cell per line that
// ends the text, right above the signature and its date, ends where its
// last row is full: the signature is the document's, not two cells more
// of the last row. A row whose last cells are a department and a date,
// as a deadline column prints them, keeps them.
func TestCellTableBeforeSignature(t *testing.T) {
	const head = "某县2022年重点工作任务清单\n\n一、总体要求\n加强组织领导，压实工作责任。\n\n表1 任务清单\n序号\n工作内容\n责任单位\n完成时限\n1\n建设平台\n县住建局\n2022年12月31日\n2\n完善制度\n县司法局\n"
	tests := []struct {
		name, text string
		lastRow    []string
		signature  string
	}{
		{"signature after the table", head + "2022年6月30日\n某县人民政府\n2022年3月1日\n", []string{"2", "完善制度", "县司法局", "2022年6月30日"}, "某县人民政府"},
		{"signature and date on one line", head + "2022年6月30日\n某县人民政府　2022年3月1日\n", []string{"2", "完善制度", "县司法局", "2022年6月30日"}, "某县人民政府"},
		{"a row ending in a department and a date", head + "2022年6月30日\n3\n开展督查\n县政府办公室\n2022年12月31日\n", []string{"3", "开展督查", "县政府办公室", "2022年12月31日"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, tab := firstTable(t, "signed.txt", tt.text)
			if tab == nil || len(tab.Children) == 0 {
				t.Fatalf("no table with rows:\n%s", outline(doc))
			}
			last := tab.Children[len(tab.Children)-1]
			if len(last.Rows) != 1 || !reflect.DeepEqual(last.Rows[0], tt.lastRow) {
				t.Errorf("last row %q, want %q", last.Rows, tt.lastRow)
			}
			var signature string
			doc.Walk(func(n *plan.Node) bool {
				if n.Kind == plan.KindSignature {
					signature = n.Text
				}
				return true
			})
			if signature != tt.signature {
				t.Errorf("signature %q, want %q\n%s", signature, tt.signature, outline(doc))
			}
		})
	}
}
