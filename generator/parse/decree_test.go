package parse_test

import (
	"reflect"
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
