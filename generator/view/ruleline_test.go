package view

import (
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestRuleLineNumber: an untranslated notice's document number is given
// romanized on the English page, as the page's title gives it, whether
// the notice prints it bare or in brackets under its title (Anhui's
// （皖开放办〔2022〕6号） stood in Chinese marked Translation pending).
func TestRuleLineNumber(t *testing.T) {
	for _, tt := range []struct{ name, number, want string }{
		{"bare", "明政规〔2022〕6号", "Ming Zheng Gui [2022] No. 6"},
		{"in full-width brackets", "（皖开放办〔2022〕6号）", "(Wan Kai Fang Ban [2022] No. 6)"},
		{"in ASCII brackets", "(某政发〔1994〕103号)", "(Mou Zheng Fa [1994] No. 103)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text := "某县人民政府关于印发某规划的通知\n" + tt.number + "\n各乡镇人民政府：\n现将《某规划》印发给你们，请认真贯彻执行。\n某县人民政府\n2022年5月6日\n某规划\n一、总体要求\n坚持教育优先发展。\n"
			doc, err := parse.Parse("seeds/p.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			d := New(doc, "en", nil, nil)
			var number *Node
			for _, n := range d.Nodes {
				for _, c := range n.Children {
					if n.Kind == plan.KindNotice && c.Kind == plan.KindNumber {
						number = c
					}
				}
			}
			if number == nil {
				t.Fatalf("no number in the notice of %q", text)
			}
			if have, ok := number.ruleLine(); !ok || have != tt.want {
				t.Errorf("have %q (%v), want %q", have, ok, tt.want)
			}
		})
	}
}
