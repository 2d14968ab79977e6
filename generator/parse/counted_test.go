package parse_test

import (
	"testing"

	"plansite/generator/parse"
)

// TestCountedItem reads an item numbered 1、 whose text opens with a figure
// (1、2年内无自有住房…) as item 1 where item 2 follows, and a line opening
// 1、2 with no item 2 after it as running text (1、2月份 counts months).
func TestCountedItem(t *testing.T) {
	head := "关于进一步优化无房家庭购房工作的通知\n\n一、优化无房家庭购房资格\n\n“无房家庭”须本市户籍，申请时需同时满足以下条件：\n"
	tests := []struct {
		name, text, eid, want string
	}{
		{"item 2 follows", head + "1、2年内无自有住房登记信息和交易记录。\n2、前1年内在本市连续缴纳12个月城镇社会保险。\n", "part_1__item_1", "2年内无自有住房登记信息和交易记录。"},
		{"no item 2", head + "1、2月份全市商品住房成交量同比增长。\n", "part_1__para_2", "1、2月份全市商品住房成交量同比增长。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("n.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if n := doc.Node(tt.eid); n == nil || n.Text != tt.want {
				t.Errorf("%s: have %+v, want text %q in\n%s", tt.eid, n, tt.want, outline(doc))
			}
			for _, w := range doc.Warnings {
				t.Errorf("warning %s: want none", w.Msg)
			}
		})
	}
}
