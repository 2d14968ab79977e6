package parse_test

import (
	"strings"
	"testing"

	"plansite/generator/cite"
	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestSchedulesAsAnnexes reads each 附表 a 附件 prints after its text, a
// line 附表 N over its title, as an annex numbered 附表 N inside that 附件
// (附件1附表2), whatever it holds: a blank form, or a pledge of numbered
// paragraphs; the 附件 after them is still 附件 2. Changle's talent-housing
// 细则 read its forms as paragraphs 附表 1 and a title inside the 细则, its
// pledge (附表 2, of 一、–五、) as an annex without a number, cited as
// 附件2, and 附表 3 and 4 inside the pledge's last part.
func TestSchedulesAsAnnexes(t *testing.T) {
	form := "附表 1\n“好年华 聚福州”某区人才购房补贴资格申请表\n申报单位：        企业联系人：        联系电话：\n  姓名          性别          身份证号\n婚姻状况        联系电话      户籍地址\n  学历          职称          □是 □否\n申请人（签字）：            年   月   日\n"
	pledge := "附表 2\n“好年华 聚福州”某区人才购房补贴资格承诺和授权书\n作为申请家庭成员，我们作出如下声明及承诺和授权：\n一、本人在某区范围内无房产。\n二、我们愿意遵守以上承诺并承担相应的法律责任。\n"
	roster := "附表 3\n企业申报某区人才购房补贴资格花名册\n序号    姓名    身份证号    学历\n1       张三    350000      本科\n2       李四    350001      硕士\n3       王五    350002      博士\n4       赵六    350003      本科\n"
	text := "附件 1\n某区人才购房补贴的实施细则（试行）\n一、保障对象\n符合条件的人才可以申请补贴。\n二、其他事项\n本细则自2023年6月1日起施行。\n" + form + pledge + roster +
		"附件 2\n某区人才租赁补贴的实施细则（试行）\n一、保障对象\n符合条件的人才可以申请租赁补贴。\n"
	doc, err := parse.Parse("x.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for eid, want := range map[string]string{
		"att_1__att_1": "附表 1 “好年华 聚福州”某区人才购房补贴资格申请表 附件1附表1",
		"att_1__att_2": "附表 2 “好年华 聚福州”某区人才购房补贴资格承诺和授权书 附件1附表2",
		"att_1__att_3": "附表 3 企业申报某区人才购房补贴资格花名册 附件1附表3",
		"att_2":        "附件 2 某区人才租赁补贴的实施细则（试行） 附件2",
	} {
		n := doc.Node(eid)
		if n == nil || n.Kind != plan.KindAttachment || n.Num+" "+n.Heading+" "+cite.Label(n, "zh") != want {
			t.Errorf("%s: have %+v, want the annex %s in\n%s", eid, n, want, outline(doc))
		}
	}
	if doc.Node("att_1__att_2__part_2") == nil || doc.Node("att_1__att_2__part_3") != nil {
		t.Errorf("want the pledge's two parts, and no more, in\n%s", outline(doc))
	}
}

// TestWrappedRosterEntries reads a list of annexes whose entries go on
// under them (2.…承诺和 / 授权书, 3.…申报公示 / 模板) as four entries, where
// Changle's 细则 read the rest of an entry as a paragraph and the entries
// after it as items of the text, headings without text.
func TestWrappedRosterEntries(t *testing.T) {
	for _, tt := range []struct{ name, roster string }{
		{"past the entries' margin", "   附表 :1.某区人才购房补贴资格申请表\n       2.某区人才购房补贴资格承诺和\n        授权书\n       3.企业申报某区人才购房补贴资\n        格花名册\n       4.某区人才购房补贴发放申请表\n"},
		{"at the entries' margin", " 附表: 1.某区人才租赁补贴申请表\n    2.某区人才租赁补贴承诺和授权书\n    3.企业某区人才租赁补贴申报公示\n    模板\n    4.某区人才租赁补贴申报人员花名册\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text := "某区人才购房补贴的实施细则（试行）\n一、保障对象\n符合条件的人才可以申请补贴。\n二、其他事项\n本细则自2023年6月1日起施行。\n" + tt.roster
			doc, err := parse.Parse("x.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			var entries []string
			for _, n := range doc.Nodes {
				if n.Kind == plan.KindParagraph {
					entries = append(entries, n.Text)
				}
			}
			if len(entries) != 4 || !strings.HasSuffix(entries[1], "授权书") || !strings.HasPrefix(entries[3], "4.") {
				t.Errorf("have entries %q, want the list's four, each whole, in\n%s", entries, outline(doc))
			}
		})
	}
}
