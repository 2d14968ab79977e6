package parse_test

import (
	"reflect"
	"strings"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// truckForm is the last page of Beijing's truck-scrappage 实施细则 as its
// PDF's text layer prints it: a blank form to fill in, a cell's text
// wrapped onto lines of its own.
const truckForm = `   附件 2
           老旧营运货车报废更新资金申请表
编号：
    申请资金类型        □仅报废营运货车 □报废并更新营运货车 □仅新购置新能源城市冷链配送货车
                              所有人统一社会信用
车辆注册登记所有人
                                  代码
     所有人地址                         联系电话
开户银行名称（须填写全称）
      开户银行账号
            车辆
      车辆          道路运   品牌    车辆   排放   注册登                注销   实际使
序号          识别                                  注销证明
1
2     ……
      申请资金合计（元）
本人（单位）承诺所填内容真实有效，自愿承担相关法律责任。
申领人（签字或盖章）：

                                              年   月    日
                                              区交通运输主管部门意见
                                                 （盖章）
`

// TestBlankForm reads an annex that is a blank form as one table, a row a
// printed line and a cell a run of text set apart by spaces, where each
// line was a paragraph that ends no sentence and a line ran into the next
// (所有人统一社会信用车辆注册登记所有人). An annex titled as a table whose
// lines are sentences stays text.
func TestBlankForm(t *testing.T) {
	text := "北京市继续促进国四排放标准老旧营运货车报废更新实施细则\n一、补贴对象\n本实施细则给予补贴的对象包括营运货车。\n附件 2：老旧营运货车报废更新资金申请表\n" + truckForm
	doc, err := parse.Parse("x.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	att := doc.Node("att_1")
	if att == nil || len(att.Children) != 1 || att.Children[0].Kind != plan.KindTable {
		t.Fatalf("have att_1 %+v, want the form as its one table", att)
	}
	form := att.Children[0]
	var rows [][]string
	for _, r := range form.Children {
		rows = append(rows, r.Rows...)
	}
	lines := 0
	for _, l := range strings.Split(truckForm, "\n")[2:] {
		if strings.TrimSpace(l) != "" {
			lines++
		}
	}
	if len(rows) != lines {
		t.Errorf("have %d rows, want %d, one a printed line", len(rows), lines)
	}
	for i, want := range map[int][]string{
		0:  {"编号："},
		1:  {"申请资金类型", "□仅报废营运货车 □报废并更新营运货车 □仅新购置新能源城市冷链配送货车"},
		2:  {"所有人统一社会信用"},
		3:  {"车辆注册登记所有人"},
		5:  {"所有人地址", "联系电话"},
		9:  {"车辆", "道路运", "品牌", "车辆", "排放", "注册登", "注销", "实际使"},
		14: {"本人（单位）承诺所填内容真实有效，自愿承担相关法律责任。"},
		16: {"年", "月", "日"},
	} {
		if i >= len(rows) || !reflect.DeepEqual(rows[i], want) {
			t.Errorf("row %d: have %q, want %q", i+1, rows[min(i, len(rows)-1)], want)
		}
	}
	if c := parse.Count(doc); c.Paragraphs != 1 {
		t.Errorf("have %d paragraphs, want 1 (the rule's), the form's lines none", c.Paragraphs)
	}

	prose := "某实施细则\n一、补贴对象\n本细则给予补贴。\n附件 2\n补贴标准说明表\n申请人应当如实填写。\n每辆车补贴一次。\n补贴资金  按季度拨付。\n所需材料  另行通知。\n"
	doc, err = parse.Parse("x.txt", []byte(prose))
	if err != nil {
		t.Fatal(err)
	}
	if c := parse.Count(doc); c.Tables != 0 {
		t.Errorf("have %d tables in an annex of sentences, want none", c.Tables)
	}
}

// TestNumberedRoster reads the list of a document's annexes printed one a
// line with their numbers (附件 1：…补贴标准 / 附件 2：…申请表) after its last
// part as the whole document's, as 附件：1．… is, not as text of that part.
func TestNumberedRoster(t *testing.T) {
	text := "某实施细则\n一、补贴对象\n本细则给予补贴。\n六、其他\n本实施细则自印发之日起施行。\n附件 1：老旧营运货车报废更新补贴标准\n附件２：老旧营运货车报废更新资金申请表\n"
	doc, err := parse.Parse("x.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, eid := range []string{"para_1", "para_2"} {
		if n := doc.Node(eid); n == nil || !strings.HasPrefix(n.Text, "附件") {
			t.Errorf("%s: have %+v, want an entry of the list of annexes, the document's own", eid, n)
		}
	}
}
