package parse_test

import (
	"reflect"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestPromulgation reads a ministry's order as the ministry prints it:
// its masthead (中华人民共和国交通运输部令), the number by year (2022年第1号),
// the note that publishes the rule, signed by the minister, then the rule
// of chapters and articles. Before, the masthead was the document's title,
// the rule an attachment, the minister its issuer and the order had no
// number; a rule the central bank or a commission orders is read alike,
// and so are the State Council's order (国务院令) and a people's congress
// standing committee's announcement of a regulation (常务委员会公告 / 第67号),
// which was the document's title over a preamble of paragraphs.
func TestPromulgation(t *testing.T) {
	rule := "\n城市轨道交通运营安全管理办法\n第一章　总　　则\n第一条　为了加强城市轨道交通运营安全管理，制定本办法。\n" +
		"第二条　交通运输部负责指导全国城市轨道交通运营安全管理工作。\n第二章　附　　则\n第三条　本办法自2022年3月1日起施行。\n"
	for _, tt := range []struct {
		name, text string
		want       plan.Meta
	}{
		{"a ministry's order numbered by year",
			"中华人民共和国交通运输部令\n2022年第1号\n《城市轨道交通运营安全管理办法》已于2022年1月10日经第1次部务会议通过，现予公布，自2022年3月1日起施行。\n部长　李小鹏\n2022年1月20日" + rule,
			plan.Meta{Title: "城市轨道交通运营安全管理办法", DocumentNumber: "中华人民共和国交通运输部令2022年第1号", Issuer: "中华人民共和国交通运输部", Date: "2022-01-20"}},
		{"the central bank's order",
			"中国人民银行令\n〔2021〕第3号\n《城市轨道交通运营安全管理办法》已经中国人民银行2021年第5次行务会议审议通过，现予发布，自2022年3月1日起施行。\n行长　易纲\n2021年9月29日" + rule,
			plan.Meta{Title: "城市轨道交通运营安全管理办法", DocumentNumber: "中国人民银行令〔2021〕第3号", Issuer: "中国人民银行", Date: "2021-09-29"}},
		{"the State Council's order",
			"中华人民共和国国务院令\n第752号\n《城市轨道交通运营安全管理办法》已经2021年9月15日国务院第149次常务会议通过，现予公布，自2021年12月1日起施行。\n总理　李克强\n2021年10月21日" + rule,
			plan.Meta{Title: "城市轨道交通运营安全管理办法", DocumentNumber: "中华人民共和国国务院令第752号", Issuer: "中华人民共和国国务院", Date: "2021-10-21"}},
		{"a standing committee's announcement of a regulation",
			"江西省人民代表大会常务委员会公告\n第67号\n《城市轨道交通运营安全管理办法》已由江西省第十三届人民代表大会常务委员会第三十四次会议于2021年11月19日通过，现予公布，自2022年1月1日起施行。\n江西省人民代表大会常务委员会\n2021年11月19日" +
				"\n城市轨道交通运营安全管理办法\n（2021年11月19日江西省第十三届人民代表大会常务委员会第三十四次会议通过）" + rule[len("\n城市轨道交通运营安全管理办法"):],
			plan.Meta{Title: "城市轨道交通运营安全管理办法", DocumentNumber: "江西省人民代表大会常务委员会公告第67号", Issuer: "江西省人民代表大会常务委员会", Date: "2021-11-19",
				Versions: []plan.Version{{Date: "2021-11-19", Act: plan.ActAdopted}}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("order.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if have := doc.Meta; !reflect.DeepEqual(have, tt.want) {
				t.Errorf("meta:\nhave %+v\nwant %+v\n%s", have, tt.want, outline(doc))
			}
			for _, eid := range []string{"notice__masthead", "notice__number", "notice__signature", "chp_1", "art_3"} {
				if doc.Node(eid) == nil {
					t.Errorf("no %s in\n%s", eid, outline(doc))
				}
			}
		})
	}
}
