package cite_test

import (
	"testing"

	"plansite/generator/cite"
	"plansite/generator/parse"
	"plansite/generator/plan"
)

// readingNotice is a notice with its one 附件 printed without a number,
// followed in its file by its 解读, as the Dongguan provident-fund PDFs
// print a notice and its interpretation (generator/testdata/more).
const readingNotice = "东莞市住房公积金管理委员会关于阶段性实施部分住房公积金提取政策的通知\n\n各住房公积金缴存人：\n\n" +
	"为贯彻落实国家和省市有关精神，现阶段性实施部分提取政策如下：\n\n" +
	"一、购买本市新建商品住房可提取住房公积金支付首付款。\n\n二、多子女家庭租房提取的规定比例从70%提高至100%。\n\n" +
	"东莞市住房公积金管理委员会\n2023年9月11日\n\n" +
	"附件\n\n提取申请需提供的材料\n\n一、提取申请表；\n\n二、购房合同。\n\n" +
	"关于阶段性实施部分住房公积金提取政策的解读\n\n" +
	"管委会印发《通知》，我中心现对阶段性实施部分提取政策解读如下：\n\n" +
	"一、关于提取公积金支付购买本市新建商品住房首付款\n\n为支持刚性和改善性住房需求，允许缴存人提取。\n\n" +
	"二、关于加大多子女家庭公积金租房支持力度\n\n此次向多子女家庭租房提供政策倾斜。\n"

// TestReadingHasItsOwnKey: a notice's 解读 printed after it is no 附件
// (package parse): the go-to names it by its own word in either language
// (解读, Interpretation), its points as its citation labels them (解读第二部分,
// Interpretation, Part II, para. 1) and as staff say them (解读二, 解读第二点,
// interpretation, point 2), while 附件 names the notice's unnumbered
// 附件 alone. Before, both were key "a": 附件 listed the two.
func TestReadingHasItsOwnKey(t *testing.T) {
	doc, err := parse.Parse("dongguan.txt", []byte(readingNotice))
	if err != nil {
		t.Fatal(err)
	}
	annex, reading := doc.Node("att_1"), doc.Node("att_2")
	if annex == nil || reading == nil || reading.Kind != plan.KindAttachment || reading.Ordinal != 0 || annex.Ordinal != 0 {
		t.Fatalf("want an unnumbered 附件 att_1 and the 解读 att_2; have %v, %v", annex, reading)
	}
	labels := map[string][2]string{ // eId: zh, en
		"att_2":                 {"解读", "Interpretation"},
		"att_2__part_2":         {"解读第二部分", "Interpretation, Part II"},
		"att_2__part_2__para_1": {"解读第二部分第1段", "Interpretation, Part II, para. 1"},
		"att_1__part_2":         {"附件第二部分", "Annex, Part II"},
	}
	for eid, want := range labels {
		n := doc.Node(eid)
		if n == nil {
			t.Errorf("no %s", eid)
			continue
		}
		if have := [2]string{cite.Label(n, "zh"), cite.Label(n, "en")}; have != want {
			t.Errorf("%s's labels: have %q, want %q", eid, have, want)
		}
	}
	table := cite.NewTable(func(yield func(*plan.Node)) {
		doc.Walk(func(n *plan.Node) bool { yield(n); return true })
	})
	for q, want := range map[string]string{
		"附件":                               "att_1",
		"附件第二部分":                           "att_1__part_2",
		"Annex, Part II":                   "att_1__part_2",
		"解读":                               "att_2",
		"Interpretation":                   "att_2",
		"解读第二部分":                           "att_2__part_2",
		"解读二":                              "att_2__part_2",
		"解读第二点":                            "att_2__part_2",
		"解读第二部分第1段":                        "att_2__part_2__para_1",
		"Interpretation, Part II":          "att_2__part_2",
		"interpretation, point 2":          "att_2__part_2",
		"Interpretation, Part II, para. 1": "att_2__part_2__para_1",
		"解读 关于阶段性实施部分住房公积金提取政策的解读":                   "att_2",
		"《东莞市住房公积金管理委员会关于阶段性实施部分住房公积金提取政策的通知》解读第二部分": "att_2__part_2",
		"二": "part_2",
	} {
		if have, why := resolve(table, q); have != want {
			t.Errorf("go-to %q: have %q (%s), want %s", q, have, why, want)
		}
	}
}
