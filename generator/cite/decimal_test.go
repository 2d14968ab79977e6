package cite_test

import (
	"testing"

	"plansite/generator/cite"
	"plansite/generator/plan"
)

// TestDecimalLabels labels and cites the headings of a plan numbered by
// decimals (an emergency plan's 1 总则, 1.1, 2.1.1) by their printed
// numbers, which hold their ancestors', where they read 第二部分（一）1 /
// Part II (1) 1; a citation names a part 第1部分 / Part 1 and in English a
// section Section 2.1.1, so that it reads after a title; the go-to finds
// each by every form.
func TestDecimalLabels(t *testing.T) {
	doc, tab := readPlan(t, "testdata/plans/decimal.txt")
	tests := []struct {
		eid, label, zh, en string
		typed              []string
	}{
		{"part_1", "1", "第1部分", "Part 1", []string{"1", "1 总则", "第1部分 总则", "Part 1"}},
		{"part_1__sec_2", "1.2", "1.2", "Section 1.2", []string{"1.2 工作原则", "《某县突发事件应急预案》1.2"}},
		{"part_1__sec_2__subitem_2", "1.2（2）", "1.2（2）", "Section 1.2 (2)", []string{"1.2.2"}},
		{"part_2__sec_1__item_1", "2.1.1", "2.1.1", "Section 2.1.1", []string{"2.1.1 办公室职责", "Some Plan, 2021-2025, Section 2.1.1"}},
		{"part_2__sec_1__item_1__para_1", "2.1.1¶1", "2.1.1第1段", "Section 2.1.1, para. 1", nil},
	}
	for _, tt := range tests {
		t.Run(tt.eid, func(t *testing.T) {
			n := doc.Node(tt.eid)
			if n == nil {
				t.Fatalf("no %s", tt.eid)
			}
			if have := plan.Label(n, "zh"); have != tt.label {
				t.Errorf("label: have %q, want %q", have, tt.label)
			}
			if have := cite.Label(n, "zh"); have != tt.zh {
				t.Errorf("citation zh: have %q, want %q", have, tt.zh)
			}
			if have := cite.Label(n, "en"); have != tt.en {
				t.Errorf("citation en: have %q, want %q", have, tt.en)
			}
			for _, q := range append([]string{tt.label, tt.zh, tt.en}, tt.typed...) {
				if have, why := resolve(tab, q); have != tt.eid {
					t.Errorf("go-to %q: have %q (%s), want %s", q, have, why, tt.eid)
				}
			}
		})
	}
}
