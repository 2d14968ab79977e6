package parse_test

import (
	"strings"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// changleSchedules is the end of the Changle talent-housing 实施细则 (a
// 附件 of its notice) as its PDF's text layer prints it: the list of its
// 附表, then each 附表 on a page of its own, under its line 附表 N — a
// form to fill in, and a roster of names (花名册) set out as a grid.
const changleSchedules = "附件 1\n“好年华 聚福州”长乐区人才购房补贴的实施细则（试行）\n" +
	"一、保障对象类型\n1 型保障对象：福建省高层次特级、A 类人才。\n" +
	"二、其他事项\n申请人及用人单位应提交真实有效的申请材料，发现弄虚作假的，取消补贴资格。\n" +
	"附表 :1.“好年华 聚福州”长乐区人才购房补贴资格申请表\n" +
	"\f附表 1\n" +
	"           “好年华 聚福州”长乐区人才购房补贴资格申请表\n" +
	"申报单位：                 企业联系人：           联系电话：\n" +
	"姓名                     性别            出生年月\n" +
	"婚姻状况                  联系电话\n" +
	"毕业院校\n" +
	"社保缴费起\n" +
	"年     月 至     年   月\n" +
	"就业           创业           □\n" +
	"                                              年   月    日\n" +
	"\f     附表 3\n" +
	"      企业申报“好年华 聚福州”长乐区人才购房补贴资格花名册\n" +
	"单位名称（盖章）                填报人：             联系电话：\n" +
	"人才                    劳动合同\n" +
	"序号    姓名     性别      身份证号      类别      起止时间\n" +
	"1    张三     女      350000000000000000    1 型    2023.1-2026.1\n" +
	"2    李四     男      350000000000000000    2 型    2023.1-2026.1\n"

// TestScheduleForms reads a 附表 that is a form, under its line 附表 N,
// as one table, as a form under 附件 N is (TestBlankForm), and so a roster
// of names to fill in (花名册); 附表 N is never joined to the line before
// it across the page. Before, every line of them was a paragraph that
// ended no sentence, and 附表 1 ran into the last line of the list.
func TestScheduleForms(t *testing.T) {
	doc, err := parse.Parse("changle.txt", []byte(changleSchedules))
	if err != nil {
		t.Fatal(err)
	}
	var tables []*plan.Node
	joined := false
	doc.Walk(func(n *plan.Node) bool {
		if n.Kind == plan.KindTable {
			tables = append(tables, n)
		}
		if s := n.Heading + n.Text; strings.Contains(s, "附表 1") && strings.TrimSpace(s) != "附表 1" || strings.Contains(s, "附表 3") && strings.TrimSpace(s) != "附表 3" {
			joined = true
		}
		return true
	})
	if len(tables) != 2 {
		t.Fatalf("have %d tables, want 2 (the form and the roster):\n%s", len(tables), outline(doc))
	}
	for i, want := range []int{8, 5} {
		if have := len(tables[i].Children); have != want {
			t.Errorf("table %d: have %d rows, want %d, one a printed line", i+1, have, want)
		}
	}
	if joined {
		t.Errorf("附表 N joined to another line:\n%s", outline(doc))
	}
}
