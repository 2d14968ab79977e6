package parse_test

import (
	"testing"

	"plansite/generator/parse"
)

// TestLeads checks that a short first sentence is a run-in heading only
// where its list bears it out.
func TestLeads(t *testing.T) {
	tests := []struct {
		name string
		text string
		eid  string
		want string // the heading; "" for none
	}{
		{
			name: "one provision of many opening with a short sentence",
			text: "一、有关说明\n(一)对持有烈士子女证明的，按有关规定入学。\n(二)符合条件的医务人员子女，在学区内优先安排入学。\n(三)符合条件的无房家庭适龄子女小学入学依据市教委相关规定办理。\n(四)残疾儿童少年可到特殊教育学校登记入学。符合条件的儿童少年可就近随班就读。\n(五)符合入学条件的超龄儿童，须在规定时间内登记。\n",
			eid:  "part_1__sec_4",
		},
		{
			name: "run-in headings through the list",
			text: "一、任务\n1.扩大开放。推进合作。\n2.优化环境。推行一网通办。\n3.加强服务。设立基金，支持企业。\n",
			eid:  "part_1__item_3",
			want: "加强服务",
		},
		{
			name: "a lone paragraph under a heading",
			text: "一、保障\n（一）加强组织领导\n坚持党组对工作的统一领导。各专项小组要切实发挥统筹作用。\n",
			eid:  "part_1__sec_1__para_1",
		},
		{
			name: "a series of principles",
			text: "一、总体要求\n（一）基本原则\n坚持党的全面领导。完善党领导教育工作的体制机制。\n坚持教育优先发展。把优先发展教育事业作为重点。\n",
			eid:  "part_1__sec_1__para_2",
			want: "坚持教育优先发展",
		},
		{
			name: "a sentence followed only by its score and deadline leads nothing",
			text: "一、任务\n（一）平台（5分）\n1．建设平台。加快建设。（1分）\n2．完成模块建设。（1分）（10月底完成，牵头考核单位：市工信局）\n3．推进共享。联通数据。（1分）\n",
			eid:  "part_1__sec_1__item_2",
		},
		{
			name: "a stretch of a list numbered straight through is judged whole",
			text: "一、任务\n（一）甲\n1．建设平台，加快建设。\n2．完善机制，强化保障。\n（二）乙\n3．持续梳理事项，全部纳入平台。对标先进地区，形成目录。\n4．升级模块，实现通办。\n5．深化改革，持续优化。\n",
			eid:  "part_1__sec_2__item_3",
		},
		{
			name: "a measure in a 专栏 box",
			text: "一、任务\n（一）网络建设\n专栏1 工业互联网网络互联互通工程\n优化网络基础设施。组织基础电信企业改造已有网络。\n",
			eid:  "part_1__sec_1__box_1__para_1",
			want: "优化网络基础设施",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("leads.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			n := doc.Node(tt.eid)
			if n == nil {
				t.Fatalf("no node %s:\n%s", tt.eid, outline(doc))
			}
			if n.Heading != tt.want || n.RunIn != (tt.want != "") {
				t.Errorf("%s: have heading %q (run in %v), want %q", tt.eid, n.Heading, n.RunIn, tt.want)
			}
			if have, want := squeeze(doc.Source()), squeeze(tt.text); have != want {
				t.Errorf("Source is not the text:\n%s", firstDiff(have, want))
			}
		})
	}
}
