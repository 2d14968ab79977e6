package parse_test

import (
	"reflect"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestLegislatureNote reads the note under a regulation's (条例) title of
// the session of a people's congress that adopted it as the regulation's
// issuer, and its date the last amendment's or revision's, the text's
// (Beijing's 优化营商环境条例, as beijing.gov.cn prints it, had neither,
// then the day of its adoption in 2020, which set its 施行日期 four years
// before the text it dates); an autonomous prefecture's regulation is
// issued by the congress that adopted it, not the province's standing
// committee that approved it; a national law names its congress after the
// term. Each act of the note is a version of the text: adopted, approved,
// amended, revised.
func TestLegislatureNote(t *testing.T) {
	body := "\n\n第一章　总则\n\n第一条　为了优化营商环境，制定本条例。\n\n第二条　本条例自公布之日起施行。\n"
	for _, tt := range []struct {
		name, text string
		want       plan.Meta
	}{
		{"a city's, amended and revised",
			"北京市优化营商环境条例\n\n（2020年3月27日北京市第十五届人民代表大会常务委员会第二十次会议通过　根据2022年8月29日北京市第十五届人民代表大会常务委员会第四十二次会议通过的《关于修改〈北京市优化营商环境条例〉的决定》第一次修正　2024年11月29日北京市第十六届人民代表大会常务委员会第十三次会议第一次修订）",
			plan.Meta{Title: "北京市优化营商环境条例", Issuer: "北京市人民代表大会常务委员会", Date: "2024-11-29",
				Versions: []plan.Version{{Date: "2020-03-27", Act: plan.ActAdopted}, {Date: "2022-08-29", Act: plan.ActAmended}, {Date: "2024-11-29", Act: plan.ActRevised}}}},
		{"a city's, amended once",
			"某市某某条例\n\n（2015年3月27日某市第十四届人民代表大会常务委员会第十八次会议通过　根据2022年8月29日某市第十五届人民代表大会常务委员会第四十二次会议通过的《关于修改〈某市某某条例〉的决定》修正）",
			plan.Meta{Title: "某市某某条例", Issuer: "某市人民代表大会常务委员会", Date: "2022-08-29",
				Versions: []plan.Version{{Date: "2015-03-27", Act: plan.ActAdopted}, {Date: "2022-08-29", Act: plan.ActAmended}}}},
		{"an autonomous prefecture's, approved",
			"某某藏族自治州某某条例\n\n（2019年1月18日某某藏族自治州第十四届人民代表大会第四次会议通过　2019年3月28日某某省第十三届人民代表大会常务委员会第九次会议批准）",
			plan.Meta{Title: "某某藏族自治州某某条例", Issuer: "某某藏族自治州人民代表大会", Date: "2019-01-18",
				Versions: []plan.Version{{Date: "2019-01-18", Act: plan.ActAdopted}, {Date: "2019-03-28", Act: plan.ActApproved}}}},
		{"a national law, spaced as a PDF prints it",
			"中华人民共和国某某法\n\n（2021 年 6 月 10 日第十三届全国人民代表大会常务委员会第二十九次会议通过）",
			plan.Meta{Title: "中华人民共和国某某法", Issuer: "全国人民代表大会常务委员会", Date: "2021-06-10",
				Versions: []plan.Version{{Date: "2021-06-10", Act: plan.ActAdopted}}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("a.txt", []byte(tt.text+body))
			if err != nil {
				t.Fatal(err)
			}
			if have := doc.Meta; !reflect.DeepEqual(have, tt.want) {
				t.Errorf("meta:\nhave %+v\nwant %+v", have, tt.want)
			}
		})
	}
}
