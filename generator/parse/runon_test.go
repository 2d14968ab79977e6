package parse_test

import (
	"testing"

	"plansite/generator/parse"
)

// TestRunOnEntries wants list entries a page printed one after another in
// one paragraph, each clause closed by a semicolon (（六）…信息；（七）…裁决；),
// read as entries of their own, the list keeping every number; a number
// after a semicolon that does not continue the list (a reference, a
// number of another style) stays in the text.
func TestRunOnEntries(t *testing.T) {
	tests := []struct {
		name, line string
		items      []string // eIds of art_1's items after （五）
		text6      string   // item_6's text
	}{
		{
			name:  "two entries on one line",
			line:  "（六）其他行政机关推送或者通过共享等渠道获取的信息；（七）人民法院、仲裁委员会相关判决、裁决；\n（八）其他渠道。",
			items: []string{"art_1__item_6", "art_1__item_7", "art_1__item_8"},
			text6: "其他行政机关推送或者通过共享等渠道获取的信息；",
		},
		{
			name:  "three entries on one line",
			line:  "（六）甲机关推送的信息；（七）乙法院的判决；（八）其他渠道。",
			items: []string{"art_1__item_6", "art_1__item_7", "art_1__item_8"},
			text6: "甲机关推送的信息；",
		},
		{
			name:  "a reference after a semicolon",
			line:  "（六）依照本条第（五）项录入的信息；（八）项所列信息除外。",
			items: []string{"art_1__item_6"},
			text6: "依照本条第（五）项录入的信息；（八）项所列信息除外。",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "某市某某管理办法\n第一条　信用信息的来源包括：\n（一）甲；\n（二）乙；\n（三）丙；\n（四）丁；\n（五）物业企业的自行申报；\n" + tt.line + "\n第二条　本办法自2024年1月1日起施行。\n"
			doc, err := parse.Parse("rule.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			for _, eid := range tt.items {
				if doc.Node(eid) == nil {
					t.Errorf("no %s in\n%s", eid, outline(doc))
				}
			}
			if n := doc.Node("art_1__item_6"); n == nil || n.Text != tt.text6 {
				t.Errorf("item 6: want text %q in\n%s", tt.text6, outline(doc))
			}
			if len(tt.items) == 1 && doc.Node("art_1__item_8") != nil {
				t.Errorf("a reference read as an entry:\n%s", outline(doc))
			}
			if have, want := squeeze(doc.Source()), squeeze(text); have != want {
				t.Errorf("Source:\n%s", firstDiff(have, want))
			}
			for _, w := range doc.Warnings {
				t.Errorf("warning: %s", w.Msg)
			}
		})
	}
}
