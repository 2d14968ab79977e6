package view

import (
	"testing"

	"plansite/generator/parse"
)

// paraLabelPlan is a notice issuing a plan of parts, sections and items,
// with a 附件 of its own parts and items.
const paraLabelPlan = "某市人民政府关于印发某市教育发展规划的通知\n各县人民政府：\n现将《某市教育发展规划》印发给你们，请认真贯彻执行。\n某市人民政府\n2021年9月2日\n某市教育发展规划\n为推进教育发展，制定本规划。\n一、总体要求\n（一）指导思想。\n坚持教育优先发展。\n到2025年，学前教育毛入园率达到90%。\n（二）主要目标\n1.普及学前教育。\n2.巩固义务教育。\n3.发展职业教育。\n二、保障措施\n加强组织领导。\n附件1\n重点任务清单\n一、学前教育\n1.新建幼儿园10所。\n二、义务教育\n1.新建学校5所。\n2.改扩建学校3所。\n3.建设智慧校园。\n"

// headlessPartsNotice is a notice of parts without headings, each a
// measure of one sentence.
const headlessPartsNotice = "某市住房公积金管理中心关于调整住房公积金提取政策的通知\n各单位：\n为支持缴存人住房消费，现就有关事项通知如下：\n一、停止受理物业管理费提取。\n二、购买本市新建商品住房可提取住房公积金支付首付款。\n三、本通知自印发之日起施行。\n某市住房公积金管理中心\n2020年3月1日\n"

// TestParaLabel: a passage standing alone (a target's source, a search
// result, a permalink page's title) is labelled by one rule in each
// language: a paragraph's number as the citation counts and joins it
// (一（一）第2段, I (1), para. 2), the section's title set off by spaces
// where a search result gives it, and a passage of an attachment as its
// citation labels it (附件1第二部分3), where the short label ran the
// attachment's number into the point's (附件1二3, Att. 1 II 3). Before,
// the targets page's ParaLabel wrote 一（一）第1段 where search results and
// page titles, by a copy of their own, wrote 一（一） 第1段. A part
// without a heading is labelled as its citation labels it (第一部分, Part
// I), where 一 and I alone, a search result's whole link in English, named
// nothing.
func TestParaLabel(t *testing.T) {
	doc, err := parse.Parse("seeds/p.txt", []byte(paraLabelPlan))
	if err != nil {
		t.Fatal(err)
	}
	notice, err := parse.Parse("seeds/n.txt", []byte(headlessPartsNotice))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ lang, want string }{{"zh", "第二部分"}, {"en", "Part II"}} {
		if have := New(notice, c.lang, nil, nil).Find("part_2").ParaLabel(); have != c.want {
			t.Errorf("%s part_2 without a heading: have %q, want %q", c.lang, have, c.want)
		}
	}
	for _, c := range []struct{ lang, eid, title, want string }{
		{"zh", "part_1__sec_1__para_2", "", "一（一）第2段"},
		{"zh", "part_1__sec_1__para_2", "指导思想", "一（一） 指导思想 第2段"},
		{"zh", "part_2__para_1", "", "二第1段"},
		{"zh", "part_2__para_1", "保障措施", "二 保障措施 第1段"},
		{"zh", "preamble__para_1", "", "序言第1段"},
		{"zh", "notice__para_1", "", "印发通知第1段"},
		{"zh", "part_1__sec_2__item_3", "", "一（二）3"},
		{"zh", "att_1__part_2__item_3", "", "附件1第二部分3"},
		{"zh", "att_1__part_2", "", "附件1第二部分"},
		{"en", "part_1__sec_1__para_2", "", "I (1), para. 2"},
		{"en", "part_1__sec_1__para_2", "Guiding Ideology", "I (1) Guiding Ideology, para. 2"},
		{"en", "part_2__para_1", "", "II, para. 1"},
		{"en", "preamble__para_1", "", "Preamble, para. 1"},
		{"en", "notice__para_1", "", "Issuing notice, para. 1"},
		{"en", "att_1__part_2__item_3", "", "Annex 1, Part II 3"},
	} {
		t.Run(c.lang+" "+c.eid+" "+c.title, func(t *testing.T) {
			n := New(doc, c.lang, nil, nil).Find(c.eid)
			if n == nil {
				t.Fatalf("no passage %s", c.eid)
			}
			if have := n.PassageLabel(c.title); have != c.want {
				t.Errorf("have %q, want %q", have, c.want)
			}
			if c.title == "" {
				if have := n.ParaLabel(); have != c.want {
					t.Errorf("ParaLabel: have %q, want %q", have, c.want)
				}
			}
		})
	}
}
