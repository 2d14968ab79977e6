package parse_test

import (
	"reflect"
	"strings"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestDecreeTitleRepeated reads a government rule as a law site prints
// it: the rule's title, again, the issuing body alone, the title once
// more over the decree's number with its year (政府令〔2010〕第15号), the
// decree signed by the office alone (省长), then the rule under its title.
func TestDecreeTitleRepeated(t *testing.T) {
	text := "某省某管理规定\n\n某省某管理规定\n\n某省人民政府\n\n\n某省某管理规定\n\n政府令〔2010〕第15号\n\n\n" +
		"《某省某管理规定》已经省政府常务会议通过,现予公布,自2011年2月1日起施行。\n\n\n省长\n\n\n二○一○年十二月二十五日\n\n\n" +
		"某省某管理规定\n\n\n第一章总则\n\n第一条为加强管理,制定本规定。\n\n第二条本规定适用于本省。\n"
	doc, err := parse.Parse("rule.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	want := plan.Meta{Title: "某省某管理规定", NoticeTitle: "某省某管理规定", DocumentNumber: "政府令〔2010〕第15号", Issuer: "某省人民政府", Date: "2010-12-25"}
	if have := doc.Meta; !reflect.DeepEqual(have, want) {
		t.Errorf("meta:\nhave %+v\nwant %+v", have, want)
	}
	for _, eid := range []string{"notice__number", "notice__signature", "notice__date", "preamble", "chp_1", "art_2"} {
		if doc.Node(eid) == nil {
			t.Errorf("no %s in\n%s", eid, outline(doc))
		}
	}
}

// TestSignedDateLine reads a signature and its date printed on one line
// (主席 某某某 2023年3月20日, as a page prints an autonomous region's
// decree; 某市人民政府 2018年5月25日 under a plan) as the signature and the
// date, two nodes of the line, where the line was a paragraph joined to
// the rule's title under it and the decree had no date.
func TestSignedDateLine(t *testing.T) {
	decree := "某自治区人民政府令 第156号\n\n《某自治区某某管理办法》已经2023年3月1日自治区人民政府第10次常务会议审议通过，现予公布，自2023年5月1日起施行。\n\n" +
		"主席 某某某 2023年3月20日\n\n某自治区某某管理办法\n\n第一条 为了加强某某管理，制定本办法。\n第二条 本办法适用于本自治区行政区域。\n"
	closing := "某市扶贫工作方案\n\n一、工作目标\n到2020年全部脱贫。\n\n某市人民政府　2018年5月25日\n"
	for _, tt := range []struct {
		name, text string
		want       plan.Meta
		signature  string // eId of the signature, the date's the same with date
	}{
		{"a decree", decree, plan.Meta{Title: "某自治区某某管理办法", DocumentNumber: "某自治区人民政府令第156号", Issuer: "某自治区人民政府", Date: "2023-03-20"}, "notice__signature"},
		{"a plan's closing", closing, plan.Meta{Title: "某市扶贫工作方案", Issuer: "某市人民政府", Date: "2018-05-25"}, "conclusions__signature"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("a.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if have := doc.Meta; !reflect.DeepEqual(have, tt.want) {
				t.Errorf("meta:\nhave %+v\nwant %+v", have, tt.want)
			}
			date := strings.TrimSuffix(tt.signature, "signature") + "date"
			if s, d := doc.Node(tt.signature), doc.Node(date); s == nil || d == nil || strings.ContainsAny(s.Text, "0123456789") {
				t.Errorf("have signature %+v, date %+v, want both in\n%s", s, d, outline(doc))
			}
		})
	}
}

// TestDecreeHeading reads a page's heading of a rule's title with its
// decree's number in brackets (某自治区某某管理办法（某自治区人民政府令第156号）),
// over the decree, as the decree's number; the title, printed again over
// the rule, is the page's and taken out. Before, the heading was the
// plan's title, the decree its preamble and the rule an attachment.
func TestDecreeHeading(t *testing.T) {
	decree := "《某自治区某某管理办法》已经2023年3月1日自治区人民政府第10次常务会议审议通过，现予公布，自2023年5月1日起施行。\n主席 某某某\n2023年3月20日\n"
	rule := "某自治区某某管理办法\n第一条 为了加强某某管理，制定本办法。\n第二条 本办法适用于本自治区行政区域。\n"
	for _, tt := range []struct{ name, text, noticeTitle string }{
		{"title printed again", "某自治区某某管理办法（某自治区人民政府令第156号）\n" + decree + rule, ""},
		{"half-width brackets, title not again", "某自治区某某管理办法(某自治区人民政府令第156号)\n" + decree + "第一条 为了加强某某管理，制定本办法。\n", "某自治区某某管理办法"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("a.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			want := plan.Meta{Title: "某自治区某某管理办法", NoticeTitle: tt.noticeTitle, DocumentNumber: "某自治区人民政府令第156号", Issuer: "某自治区人民政府", Date: "2023-03-20"}
			if have := doc.Meta; !reflect.DeepEqual(have, want) {
				t.Errorf("meta:\nhave %+v\nwant %+v in\n%s", have, want, outline(doc))
			}
			if doc.Node("art_2") == nil && doc.Node("art_1") == nil {
				t.Errorf("no article at the top level in\n%s", outline(doc))
			}
		})
	}
}

// TestDecreeNote reads the note under a government rule's title naming the
// decree that published it, 公布 or 发布 (Beijing's 无线电管理规定 and
// 自然科学基金管理办法, whose notes say 发布, had no number, issuer or date).
// A rule amended by later decrees is the text as amended: dated by the last
// amendment (it kept its first decree's date), under its first decree's
// number, the first issue kept among its versions.
func TestDecreeNote(t *testing.T) {
	rule := "\n\n第一条　为了加强某某管理，制定本规定。\n\n第二条　本规定适用于本市。\n"
	issued := func(date string) plan.Version { return plan.Version{Date: date, Act: plan.ActIssued} }
	amended := func(date string) plan.Version { return plan.Version{Date: date, Act: plan.ActAmended} }
	for _, tt := range []struct {
		name, note, number, date string
		versions                 []plan.Version
	}{
		{"公布", "（2023年3月16日北京市人民政府第308号令公布　自2023年4月15日起施行）", "北京市人民政府令第308号", "2023-03-16", []plan.Version{issued("2023-03-16")}},
		{"发布", "（2025年8月29日北京市人民政府第318号令发布 自2025年10月1日起施行）", "北京市人民政府令第318号", "2025-08-29", []plan.Version{issued("2025-08-29")}},
		{"发布, then amended", "（2011年7月7日北京市人民政府第235号令发布 根据2024年11月27日北京市人民政府第313号令修改）", "北京市人民政府令第235号", "2024-11-27", []plan.Version{issued("2011-07-07"), amended("2024-11-27")}},
		{"公布, amended twice by decisions", "（2010年11月5日北京市人民政府第225号令公布　根据2018年2月12日北京市人民政府第277号令《北京市人民政府关于修改〈北京市某某管理规定〉等规章的决定》第一次修改　根据2021年12月30日北京市人民政府第302号令修改）", "北京市人民政府令第225号", "2021-12-30", []plan.Version{issued("2010-11-05"), amended("2018-02-12"), amended("2021-12-30")}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("a.txt", []byte("北京市某某管理规定\n\n"+tt.note+rule))
			if err != nil {
				t.Fatal(err)
			}
			want := plan.Meta{Title: "北京市某某管理规定", DocumentNumber: tt.number, Issuer: "北京市人民政府", Date: tt.date, Versions: tt.versions}
			if have := doc.Meta; !reflect.DeepEqual(have, want) {
				t.Errorf("meta:\nhave %+v\nwant %+v", have, want)
			}
		})
	}
}
