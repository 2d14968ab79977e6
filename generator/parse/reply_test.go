package parse_test

import (
	"strings"
	"testing"

	"plansite/generator/parse"
)

// TestReplyLetterAnnexes reads a 复函 that forwards a ministry's report and
// an expert group's opinion as its 附件 (the State Council office's reply
// on Badong's geological hazard, in testdata/more): the report's title
// printed over two lines (…马鬃山村 / 地质险情调研情况的报告) is its
// heading, and the expert group signing over two lines, its place then
// itself (湖北省巴东县官渡口镇马鬃山村 / 地质险情调查专家组), signs once.
func TestReplyLetterAnnexes(t *testing.T) {
	text := "国务院办公厅关于某县地质灾害险情有关问题的复函\n国办函〔2004〕80号\n湖北省人民政府：\n你省请示收悉。现将有关意见转复你省。\n" +
		"附件：1.某部关于某村地质险情调研情况的报告\n2.某村地质险情调查专家组意见\n国务院办公厅\n二〇〇四年十一月四日\n" +
		"附件1\n关于湖北省巴东县官渡口镇马鬃山村\n地质险情调研情况的报告\n国务院：\n为落实批示，我部组织专家组调查。\n一、基本情况\n马鬃山村属巴东县。\n二、建议意见\n建议做好监测工作。\n某部\n二〇〇四年十月十日\n" +
		"附件2\n某村地质险情调查意见\n专家组调查了现场。\n建议继续加强监测研究。\n湖北省巴东县官渡口镇马鬃山村\n地质险情调查专家组\n二〇〇四年九月二十三日\n"
	doc, err := parse.Parse("reply.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if n := doc.Node("att_1"); n == nil || n.Heading != "关于湖北省巴东县官渡口镇马鬃山村地质险情调研情况的报告" {
		t.Errorf("att_1: have %v, want the report's title over two lines as its heading in\n%s", n, outline(doc))
	}
	if n := doc.Node("conclusions_2__signature"); n == nil || n.Text != "湖北省巴东县官渡口镇马鬃山村地质险情调查专家组" {
		t.Errorf("conclusions_2__signature: have %v, want the group's one signature in\n%s", n, outline(doc))
	}
	if n := doc.Node("att_2__para_3"); n != nil {
		t.Errorf("att_2__para_3: have %q, want no paragraph of the signature's first line", n.Text)
	}
	if have, want := squeeze(doc.Source()), squeeze(text); have != want {
		t.Errorf("Source:\n%s", firstDiff(have, want))
	}
	for _, w := range doc.Warnings {
		if strings.Contains(w.Msg, "mid-sentence") {
			t.Errorf("warning: %s", w.Msg)
		}
	}
}
