package cite_test

import (
	"testing"

	"plansite/generator/cite"
	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestUnnumberedAnnex: a file's one 附件 printed without a number (附件,
// 附件：) is labelled as printed, 附件 / Annex, its parts 附件第一部分 /
// Annex, Part I (附件一 would read as its number), and the go-to finds its
// passages by those labels and by the 附件1 they were cited as before
// (its items are 附件第1项, Annex, item 1: Annex 1 is the 附件 itself);
// a file's numbered 附件 keep their numbers, and a lone 附件 after other
// documents gets no 附件1 key, which names the first of them.
func TestUnnumberedAnnex(t *testing.T) {
	const notice = "某县人民政府关于促进房地产市场平稳健康发展的通知\n\n各乡镇人民政府：\n\n为促进房地产市场平稳健康发展，现就有关事项通知如下。\n\n" +
		"一、实施购房补贴\n\n对购买新建商品住房的给予补贴。\n\n二、加强组织实施\n\n各乡镇要加强宣传。\n\n某县人民政府\n2022年11月26日\n\n"
	tests := []struct {
		name, text, eid string
		labels          [4]string // the 附件's zh and en label, its part's zh and en
		goTo            map[string]string
	}{
		{"附件 alone on a line", notice + "附件\n\n补贴申请需提供的材料\n\n一、申请审批表；\n\n二、买卖合同备案信息表。\n",
			"att_1", [4]string{"附件", "Annex", "附件第一部分", "Annex, Part I"},
			map[string]string{"附件第二部分": "att_1__part_2", "Annex, Part II": "att_1__part_2", "附件": "att_1",
				"附件1第二部分": "att_1__part_2", "附件：补贴申请需提供的材料": "att_1"}},
		{"附件： alone", notice + "附件：\n\n补贴申请需提供的材料\n\n一、申请审批表；\n\n二、买卖合同备案信息表。\n",
			"att_1", [4]string{"附件", "Annex", "附件第一部分", "Annex, Part I"},
			map[string]string{"附件第一部分": "att_1__part_1"}},
		{"items under 附件", notice + "附件\n\n补贴申请需提供的材料\n\n1．申请审批表；\n\n2．买卖合同备案信息表。\n",
			"att_1", [4]string{"附件", "Annex", "附件第1项", "Annex, item 1"},
			map[string]string{"附件第2项": "att_1__item_2", "Annex, item 2": "att_1__item_2", "Annex 1": "att_1"}},
		{"numbered 附件 keep their numbers", notice + "附件1\n\n补贴申请需提供的材料\n\n一、申请审批表；\n\n二、买卖合同备案信息表。\n\n附件2\n\n发放流程\n\n一、核实；\n\n二、发放。\n",
			"att_1", [4]string{"附件1", "Annex 1", "附件1第一部分", "Annex 1, Part I"},
			map[string]string{"附件2第二部分": "att_2__part_2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("annex.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			nodes := map[string]*plan.Node{}
			doc.Walk(func(n *plan.Node) bool { nodes[n.EID] = n; return true })
			att, part := nodes[tt.eid], nodes[tt.eid+"__part_1"]
			if part == nil {
				part = nodes[tt.eid+"__item_1"]
			}
			if att == nil || part == nil || att.Kind != plan.KindAttachment {
				t.Fatalf("want attachment %s with its part_1; have %v, %v", tt.eid, att, part)
			}
			have := [4]string{cite.Label(att, "zh"), cite.Label(att, "en"), cite.Label(part, "zh"), cite.Label(part, "en")}
			if have != tt.labels {
				t.Errorf("labels: have %q, want %q", have, tt.labels)
			}
			table := cite.NewTable(func(yield func(*plan.Node)) {
				doc.Walk(func(n *plan.Node) bool { yield(n); return true })
			})
			for q, want := range tt.goTo {
				if have, why := resolve(table, q); have != want {
					t.Errorf("go-to %q: have %q (%s), want %s", q, have, why, want)
				}
			}
		})
	}
}

// TestNumberedAnnexItem: an item directly under a numbered 附件 is cited
// 附件1第1项 and Annex 1, item 1, where the English ran its number into
// the attachment's (Annex 1 1), and the go-to reads both forms.
func TestNumberedAnnexItem(t *testing.T) {
	att := &plan.Node{EID: "att_1", Kind: plan.KindAttachment, Num: "附件1", Ordinal: 1}
	item := &plan.Node{EID: "att_1__item_2", Kind: plan.KindItem, Num: "2.", Ordinal: 2, Parent: att}
	if have, want := cite.Label(item, "zh"), "附件1第2项"; have != want {
		t.Errorf("zh: have %q, want %q", have, want)
	}
	if have, want := cite.Label(item, "en"), "Annex 1, item 2"; have != want {
		t.Errorf("en: have %q, want %q", have, want)
	}
	for _, q := range []string{"Annex 1, item 2", "附件1第2项"} {
		if have := cite.Parse(q); have != "a1.2" {
			t.Errorf("Parse(%q): have %q, want a1.2", q, have)
		}
	}
}
