package view

import (
	"testing"

	"plansite/generator/plan"
)

// TestTerm reads the document's term of force from the sentences of the
// corpus's shapes (本办法自颁布之日起施行，有效期2年; 本政策措施自…起实行，
// 有效期至…止; a rule's parenthetical under its title) and not from
// sentences about other terms.
func TestTerm(t *testing.T) {
	tests := []struct {
		name, date string
		texts      []string
		want       Term
	}{
		{"date and end", "", []string{"本政策措施自2022年6月1日起实行，有效期至2023年12月31日止。"}, Term{"2022-06-01", "2023-12-31"}},
		{"from the date of issue, for two years", "2021-03-10", []string{"本办法自颁布之日起施行，有效期2年。"}, Term{"2021-03-10", "2023-03-09"}},
		{"years in Chinese", "2020-05-20", []string{"本方案自印发之日起实施，有效期为三年。"}, Term{"2020-05-20", "2023-05-19"}},
		{"the rule's parenthetical", "", []string{"（2023年3月16日北京市人民政府第308号令公布　自2023年4月15日起施行）", "第二十九条　本规定自2023年4月15日起施行。"}, Term{"2023-04-15", ""}},
		{"to the year's end", "", []string{"本实施细则自2024年1月1日起施行，有效期至2025年底。"}, Term{"2024-01-01", "2025-12-31"}},
		{"spaced figures", "", []string{"本通知自 2016 年 10 月 7 日起施行。"}, Term{"2016-10-07", ""}},
		{"years without a start", "", []string{"本办法有效期5年。"}, Term{}},
		{"another policy's term", "", []string{"在本政策有效期内办理网签备案。", "将原政策有效期延长至2025年12月31日。"}, Term{}},
		{"a task's dates", "", []string{"自2022年起实施学前教育行动计划。"}, Term{}},
		{"no date", "", []string{"本意见自印发之日起施行。"}, Term{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &plan.Document{Meta: plan.Meta{Date: tt.date}}
			for _, s := range tt.texts {
				doc.Nodes = append(doc.Nodes, &plan.Node{Kind: plan.KindParagraph, Text: s})
			}
			if have := New(doc, "zh", nil, nil).Term(); have != tt.want {
				t.Errorf("have %+v, want %+v", have, tt.want)
			}
		})
	}
}

// TestStatusFromTerm: a document's own term makes its state where nothing
// else gives one: lapsed after it, not yet in force before, in force
// within; a term without an end leaves the state unknown.
func TestStatusFromTerm(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1796428800") // 2026-12-05
	tests := []struct{ text, validity, want string }{
		{"本政策措施自2022年6月1日起实行，有效期至2023年12月31日止。", "", "statusLapsed"},
		{"本措施自2026年1月1日起施行，有效期至2027年12月31日。", "", "statusInForce"},
		{"本办法自2027年1月1日起施行。", "", "statusNotYet"},
		{"本办法自2020年1月1日起施行。", "", ""},
		{"本政策措施自2022年6月1日起实行，有效期至2023年12月31日止。", "有效", "statusInForce"},
		{"本办法自2020年1月1日起施行。", "失效", "statusLapsed"},
	}
	for _, tt := range tests {
		doc := &plan.Document{Meta: plan.Meta{Validity: tt.validity}, Nodes: []*plan.Node{{Kind: plan.KindParagraph, Text: tt.text}}}
		if have := New(doc, "zh", nil, nil).Status().State; have != tt.want {
			t.Errorf("%s (有效性 %q): have %q, want %q", tt.text, tt.validity, have, tt.want)
		}
	}
}
