package parse_test

import (
	"strings"
	"testing"

	"plansite/generator/parse"
)

// TestAnnouncementTitle joins a 通告's title printed over two lines (某省住房
// 公积金管理局关于 / 2026年度住房公积金缴存基数范围的通告, as Hainan's portal
// prints it), as a 通知's or a 公告's is: the first line was the title and
// the second a paragraph, 通告 being no ending of a title.
func TestAnnouncementTitle(t *testing.T) {
	text := "某省住房公积金管理局关于\n2026年度住房公积金缴存基数范围的通告\n根据《住房公积金管理条例》及相关规定，现将有关事项通告如下：\n一、职工住房公积金缴存基数不低于当地最低工资标准。\n二、本通告自2026年7月1日起施行。\n特此通告。\n某省住房公积金管理局\n2026年6月26日\n"
	doc, err := parse.Parse("a.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	want := "某省住房公积金管理局关于2026年度住房公积金缴存基数范围的通告"
	if have := doc.Meta.Title; have != want {
		t.Errorf("title: have %q, want %q in\n%s", have, want, outline(doc))
	}
	if n := doc.Node("preamble__para_1"); n == nil || n.Text == "2026年度住房公积金缴存基数范围的通告" {
		t.Errorf("the title's second line is a paragraph in\n%s", outline(doc))
	}
}

// TestInterpretationLinkAbove takes the link a portal page prints between
// a 通告's title and its text to the interpretation it published beside it
// (点击查看政策解读：【图文解读】《…》, Guangzhou's 自然资源局) out of the
// text as page furniture, with a warning naming it, as the 相关解读： line
// under a text is: it was the document's first paragraph.
func TestInterpretationLinkAbove(t *testing.T) {
	link := "点击查看政策解读：【图文解读】《某市创新开展“一手房带押过户”》"
	text := "某市规划和自然资源局关于创新开展“一手房带押过户”的通告\n" + link + "\n为优化营商环境，现就有关事项通告如下：\n一、适用范围\n全市范围内已办理抵押的预售商品房。\n二、办理规则\n各不动产登记机构统一标准办理。\n特此通告。\n某市规划和自然资源局\n2023年4月28日\n"
	doc, err := parse.Parse("a.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if n := doc.Node("preamble__para_1"); n == nil || n.Text == link {
		t.Errorf("the link is the text's first paragraph in\n%s", outline(doc))
	}
	if len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0].Msg, link) {
		t.Errorf("warnings: have %v, want one naming the link", doc.Warnings)
	}
}
