package parse_test

import (
	"reflect"
	"strings"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestFigureBeforeTotal: in a table printed one cell per line, a number
// right before 小计 is the last figure of the row above (the Zhejiang
// 附表4's …58, 3, 小计 … 39, where 39 = 36 + 3), not the number of a
// project of its own. Before, it opened a project 3 without a name.
func TestFigureBeforeTotal(t *testing.T) {
	text := "某规划\n\n表1 项目表\n序号\n项目名称\n总投资\n“十四五”投资\n1\n甲工程\n62\n36\n2\n乙工程\n58\n3\n小  计\n120\n39\n\n二、保障措施\n加强领导。\n"
	doc, err := parse.Parse("total.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	tab := doc.Node("table_1")
	if tab == nil {
		t.Fatalf("no table:\n%s", outline(doc))
	}
	var projects [][]string
	for _, c := range tab.Children {
		if c.Kind == plan.KindProject {
			projects = append(projects, c.Cells)
		}
	}
	if want := [][]string{{"1", "甲工程", "62", "36"}, {"2", "乙工程", "58", "3"}}; !reflect.DeepEqual(projects, want) {
		t.Errorf("have projects %q, want %q", projects, want)
	}
}

// TestNotesAloneUnderTable: notes under a table whose 注： stands alone on
// its line (the State Council's table of hospital indicators) are
// paragraphs beside the table, as those opening on the 注 line are, not
// items of the text.
func TestNotesAloneUnderTable(t *testing.T) {
	lines := func(s ...string) string { return strings.Join(s, "\n\n") + "\n" }
	text := "某规划\n\n一、任务\n\n（一）明确标准\n\n按照规范执行。\n\n" + lines(
		"表5  雨水管渠设计重现期（年）", "城镇类型", "中心城区", "非中心城区",
		"超大城市和特大城市", "3～5", "2～3", "大城市", "2～5", "2～3",
		"注：", "1. 按表中所列重现期设计暴雨强度公式时，均采用年最大法。",
		"2. 雨水管渠应按重力流、满管流计算。",
		"（二）落实方案", "因地制宜。")
	doc, err := parse.Parse("z.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for eid, want := range map[string]string{"part_1__sec_1__para_2": "注：", "part_1__sec_1__para_3": "1. 按表中所列", "part_1__sec_1__para_4": "2. 雨水管渠"} {
		if n := doc.Node(eid); n == nil || !strings.HasPrefix(n.Text, want) {
			t.Errorf("%s: have %+v, want a note beside the table opening %q in\n%s", eid, n, want, outline(doc))
		}
	}
	if n := doc.Node("part_1__sec_1__item_1"); n != nil {
		t.Errorf("part_1__sec_1__item_1: have %q, want no item", n.Text)
	}
}
