package parse_test

import (
	"strings"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestNumberOverAddressedTitle reads an opinion a body issues as itself,
// its number printed over its title (宜公积金委〔2022〕5 号 / 安庆市…关于…的
// 意见 / 主送), as a notice's header: number, title, 主送, then the parts,
// and the signature, date and 版记 as its closing. The title, which is no
// notice's (…的意见), was read as the document's first paragraph and the
// number as its title, the signature and date as paragraphs of 三、.
func TestNumberOverAddressedTitle(t *testing.T) {
	doc := parse.Lines("seeds/x.pdf", anqingOpinion, plan.Meta{})
	m := doc.Meta
	for _, c := range []struct{ what, have, want string }{
		{"number", m.DocumentNumber, "宜公积金委〔2022〕5号"},
		{"title", m.Title, "安庆市住房公积金管理委员会关于调整住房公积金贷款有关政策的意见"},
		{"addressees", strings.Join(m.Addressees[max(len(m.Addressees)-2, 0):], "|"), "市政府各部门|各直属机构"},
		{"issuer", m.Issuer, "安庆市住房公积金管理委员会"},
		{"date", m.Date, "2022-07-27"},
		{"printer", m.Printer, "安庆市住房公积金管理委员会"},
	} {
		if c.have != c.want {
			t.Errorf("have %s %q, want %q", c.what, c.have, c.want)
		}
	}
	if n := doc.Node("part_3"); n == nil || len(n.Children) > 0 {
		t.Errorf("have part_3 %+v, want 三、 without the signature and date as its paragraphs", n)
	}
}

// TestNoticeInForceAfterArticles reads the clause that puts the issuing
// notice in force (本通知自印发之日起施行…), printed after the last of
// measures numbered as articles (第十条), as the document's closing, not
// as a paragraph of 第十条: an article's own clause names its rule (本办法,
// 本规定), and the measures are no notice.
func TestNoticeInForceAfterArticles(t *testing.T) {
	text := "达州市促进房地产市场良性循环健康发展十条措施\n为促进达州房地产市场良性循环、健康发展，提出如下措施。\n" +
		"第一条　新出让的商住经营性用地，按不低于起始价的20%确定竞买保证金。\n" +
		"第十条　推动测绘、验收和不动产登记流程整合。\n" +
		"本通知自印发之日起施行，有效期至2022年12月31日。\n各县（市）可参照执行或根据各地实际制定相应政策措施。\n"
	doc, err := parse.Parse("x.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if n := doc.Node("art_10"); n == nil || len(n.Children) > 0 {
		t.Errorf("have art_10 %+v, want it without the notice's closing clause", n)
	}
	if n := doc.Node("para_1"); n == nil || !strings.HasPrefix(n.Text, "本通知自印发之日起施行") {
		t.Errorf("have para_1 %+v, want the closing clause, the document's", n)
	}
	rule := "某某办法\n第一条　为了规范管理，制定本办法。\n第二条　本办法由市司法局负责解释。\n本办法自2022年1月1日起施行。\n"
	if doc, err = parse.Parse("x.txt", []byte(rule)); err != nil {
		t.Fatal(err)
	}
	if n := doc.Node("art_2"); n == nil || len(n.Children) != 1 {
		t.Errorf("have art_2 %+v, want its second paragraph, the rule's own clause, kept", n)
	}
}
