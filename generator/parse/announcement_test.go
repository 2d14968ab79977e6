package parse_test

import (
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
