package parse_test

import (
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestListOfDocuments: a list of documents cited by their numbers, as a
// decision repealing them or a catalogue of those kept prints it, is a
// list of entries, however short each: before, an entry under 50
// characters was a heading with no text (warned), and the decision's
// closing sentence under the last one its paragraph.
func TestListOfDocuments(t *testing.T) {
	text := "某市人民政府关于废止部分行政规范性文件的决定\n某政发〔2023〕5号\n各县（市、区）人民政府，市政府各部门：\n" +
		"经研究，决定废止以下行政规范性文件：\n" +
		"1．某市人民政府关于印发某市农村义务教育学校布局调整规划的通知（某政发〔2012〕18号）\n" +
		"2．某市人民政府办公室关于加强校车安全管理工作的意见（某政办发〔2013〕7号）\n" +
		"3．某市人民政府关于进一步加强安全生产工作的决定（某政发〔2015〕3号）\n" +
		"本决定自公布之日起施行。\n某市人民政府\n2023年3月1日\n"
	doc, err := parse.Parse("repeal.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, eid := range []string{"item_1", "item_2", "item_3"} {
		n := doc.Node(eid)
		if n == nil || n.Heading != "" || n.Text == "" || len(n.Children) != 0 {
			t.Errorf("%s: have %+v, want an entry of text alone in\n%s", eid, n, outline(doc))
		}
	}
	if n := doc.Node("para_1"); n == nil || n.Kind != plan.KindParagraph || n.Text != "本决定自公布之日起施行。" {
		t.Errorf("para_1: have %+v, want the decision's closing sentence in\n%s", n, outline(doc))
	}
	if len(doc.Warnings) != 0 {
		t.Errorf("warnings: have %v, want none", doc.Warnings)
	}
}
