package parse_test

import (
	"reflect"
	"strings"
	"testing"

	"plansite/generator/plan"
)

// The corpus plans (testdata, from ../shared/corpus, see SOURCES.md) are
// real documents of the genre that the seed does not exercise.
const (
	science   = "testdata/shandong-science-2021.txt"
	education = "testdata/shandong-education-2021.txt"
	anhui     = "testdata/anhui-industrial-internet-2021.txt"
)

// depth is the number of numbered levels above and including n.
func depth(n *plan.Node) int {
	d := 0
	for ; n != nil; n = n.Parent {
		if n.Kind == plan.KindPart || n.Kind == plan.KindSection || n.Kind == plan.KindItem || n.Kind == plan.KindSubitem {
			d++
		}
	}
	return d
}

func TestShandongScience(t *testing.T) {
	doc, _ := parseFile(t, science)
	levels := map[plan.Kind]int{}
	deepest := 0
	doc.Walk(func(n *plan.Node) bool {
		levels[n.Kind]++
		deepest = max(deepest, depth(n))
		return true
	})
	for _, k := range []plan.Kind{plan.KindPart, plan.KindSection, plan.KindItem, plan.KindSubitem, plan.KindBullet} {
		if levels[k] == 0 {
			t.Errorf("no %s node: want four levels and —— bullets", k)
		}
	}
	if deepest != 4 {
		t.Errorf("deepest numbering: have %d levels, want 4", deepest)
	}
	if have := count(doc, kind(plan.KindPart)); have != 15 {
		t.Errorf("parts: have %d, want 15 (一 … 十五)", have)
	}
	n := doc.Node("part_1__sec_2__item_3__subitem_2")
	if n == nil || n.Num != "（2）" || n.Heading != "科技战略力量进一步强化" {
		t.Errorf("part_1__sec_2__item_3__subitem_2: have %+v, want （2）科技战略力量进一步强化", n)
	}
	b := doc.Node("part_1__sec_1__item_1__para_1")
	if b == nil || b.Kind != plan.KindBullet || b.Num != "——" || b.Heading != "综合创新能力迈入全国前列" {
		t.Errorf("part_1__sec_1__item_1__para_1: have %+v, want a —— bullet 综合创新能力迈入全国前列", b)
	}
	if have := count(doc, func(n *plan.Node) bool { return n.Resp != nil }); have != 0 {
		t.Errorf("responsibility lists: have %d, want none", have)
	}
	if len(doc.Warnings) != 1 {
		t.Fatalf("warnings: have %v, want one, for the cut", doc.Warnings)
	}
	w := doc.Warnings[0]
	last := doc.Node("part_15__sec_4__item_2")
	if w.Line != 373 || !strings.Contains(w.Msg, "2.促进") || !strings.Contains(w.Msg, "cut off") || last == nil || last.Line != 373 {
		t.Errorf("have %v, want a warning at line 373 that the file is cut off after 2.促进", w)
	}
}

func TestShandongEducation(t *testing.T) {
	doc, _ := parseFile(t, education)
	if have := count(doc, kind(plan.KindPart)); have != 11 {
		t.Errorf("parts: have %d, want 11", have)
	}
	if have := count(doc, kind(plan.KindItem)); have != 0 {
		t.Errorf("items: have %d, want none (the plan has no 1． level)", have)
	}
	if doc.Node("notice") != nil || doc.Meta.DocumentNumber != "" {
		t.Errorf("found a wrapper in a plan printed without one")
	}
	if doc.Meta.Title != "山东省“十四五”教育事业发展规划" {
		t.Errorf("title: have %q", doc.Meta.Title)
	}
	runIn := doc.Node("part_1__sec_1")
	if runIn.Heading != "指导思想" || !runIn.RunIn || !strings.HasPrefix(runIn.Text, "高举") {
		t.Errorf("run-in section: have heading %q text %q, want 指导思想 / 高举…", runIn.Heading, plan.Clip(runIn.Text, 8))
	}
	var resps []*plan.Responsibility
	doc.Walk(func(n *plan.Node) bool {
		if n.Resp != nil {
			resps = append(resps, n.Resp)
		}
		return true
	})
	if len(resps) != 56 {
		t.Fatalf("responsibility lists: have %d, want 56", len(resps))
	}
	first := plan.Responsibility{Lead: []string{"省委教育工委"}, Support: []string{"省委宣传部", "团省委"},
		Raw: "（省委教育工委、省委宣传部、团省委负责，列第一位者为牵头部门，下同）"}
	if !reflect.DeepEqual(*resps[0], first) {
		t.Errorf("first list: have %+v, want %+v", *resps[0], first)
	}
	for _, r := range resps {
		if len(r.Lead) != 1 {
			t.Errorf("%s: have lead %v, want the first named (列第一位者为牵头部门)", r.Raw, r.Lead)
		}
	}
	// 省委宣传部 leads where it is named first, and only there.
	if r := doc.Node("part_6__sec_4").Resp; r == nil || r.Lead[0] != "省委宣传部" {
		t.Errorf("part_6__sec_4: have %+v, want 省委宣传部 leading", r)
	}
	if len(doc.Warnings) != 0 {
		t.Errorf("warnings: have %v, want none", doc.Warnings)
	}
}

func TestAnhui(t *testing.T) {
	doc, _ := parseFile(t, anhui)
	m := doc.Meta
	if m.DocumentNumber != "皖政办秘〔2021〕82号" || m.Issuer != "安徽省人民政府办公厅" || m.Date != "2021-09-02" {
		t.Errorf("meta: have number %q issuer %q date %q", m.DocumentNumber, m.Issuer, m.Date)
	}
	titles := children(doc.Node("notice"), plan.KindTitle)
	// The export's heading over the printed title (2021—2023 for
	// 2021-2023) is taken out: the title is printed once.
	if len(titles) != 1 || titles[0].Line != 2 || !strings.Contains(titles[0].Text, "（2021-2023年）") {
		t.Errorf("notice titles: have %+v, want the printed title of line 2 alone", titles)
	}
	tests := []struct {
		eid, num, heading string
	}{
		{"att_1", "", "支持工业互联网发展若干政策"},
		{"att_2", "", "安徽省工业互联网创新发展行动计划（2021-2023年）"},
		{"att_3", "附件", "省推进工业互联网创新发展专项工作组名单"},
		{"att_2__part_2__sec_2__item_3", "3﹒", "加快标识解析体系建设"},
		{"att_2__part_2__sec_9__item_24", "24﹒", "促进区域协同发展"},
		{"att_2__part_2__sec_1__item_2__box_1", "专栏1", "工业互联网网络互联互通工程"},
		{"att_2__part_2__sec_9__item_22__box_12", "专栏12", "工业互联网示范应用工程"},
		{"att_2__part_1__sec_2__para_2", "--", "新型基础设施更加完善"},
	}
	for _, tt := range tests {
		n := doc.Node(tt.eid)
		if n == nil {
			t.Errorf("no node %s", tt.eid)
			continue
		}
		if n.Num != tt.num || n.Heading != tt.heading {
			t.Errorf("%s: have %q %q, want %q %q", tt.eid, n.Num, n.Heading, tt.num, tt.heading)
		}
	}
	if have := count(doc, kind(plan.KindAttachment)); have != 3 {
		t.Errorf("attachments: have %d, want 3 (two documents and the 附件 roster)", have)
	}
	if have := count(doc, kind(plan.KindBox)); have != 12 {
		t.Errorf("boxes: have %d, want 专栏1–12", have)
	}
	if have := count(doc, kind(plan.KindItem)); have != 24 {
		t.Errorf("items: have %d, want 24, numbered straight through", have)
	}
	lists, names := 0, 0
	doc.Walk(func(n *plan.Node) bool {
		if r := n.Resp; r != nil {
			lists++
			names += len(r.Support)
			if len(r.Lead) != 0 || len(r.Support) == 0 || !strings.HasPrefix(r.Raw, "（责任单位：") {
				t.Errorf("%s: have %+v, want 责任单位 as support, no lead", n.EID, *r)
			}
			for _, s := range r.Support {
				if strings.ContainsAny(s, "，、：") {
					t.Errorf("%s: name %q not split", n.EID, s)
				}
			}
		}
		return true
	})
	if lists != 49 {
		t.Errorf("（责任单位：…） lists: have %d, want 49", lists)
	}
	mixed := doc.Node("att_1__part_8__para_1").Resp // "，" and "、" in one list
	if want := []string{"省经济和信息化厅", "人行合肥中心支行", "安徽银保监局", "各市人民政府"}; mixed == nil || !reflect.DeepEqual(mixed.Support, want) {
		t.Errorf("att_1__part_8__para_1: have %+v, want support %v", mixed, want)
	}
	for _, w := range doc.Warnings {
		if strings.Contains(w.Msg, "skipped") || strings.Contains(w.Msg, "repeats") {
			t.Errorf("numbering warning on items numbered straight through: %v", w)
		}
	}
}
