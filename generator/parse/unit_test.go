package parse

import (
	"reflect"
	"testing"

	"plansite/generator/plan"
)

// Debris exports the pattern of removed word-processor debris, so the
// lossless tests of package parse_test remove exactly what the parser may.
var Debris = debris

func TestClassify(t *testing.T) {
	tests := []struct {
		line    string
		kind    plan.Kind // "" when the line is not numbered
		num     string
		ordinal int
		rest    string
	}{
		{"一、总体要求", plan.KindPart, "一、", 1, "总体要求"},
		{"十、强化", plan.KindPart, "十、", 10, "强化"},
		{"十一、强化", plan.KindPart, "十一、", 11, "强化"},
		{"二十三、其他", plan.KindPart, "二十三、", 23, "其他"},
		{"（一）指导思想", plan.KindSection, "（一）", 1, "指导思想"},
		{"(八)提升", plan.KindSection, "(八)", 8, "提升"},
		{"（十二）其他", plan.KindSection, "（十二）", 12, "其他"},
		{"1．完善", plan.KindItem, "1．", 1, "完善"},
		{"2.发展", plan.KindItem, "2.", 2, "发展"},
		{"3、加强", plan.KindItem, "3、", 3, "加强"},
		{"24﹒促进", plan.KindItem, "24﹒", 24, "促进"},
		{"１２．全角", plan.KindItem, "１２．", 12, "全角"},
		{"（1）科技", plan.KindSubitem, "（1）", 1, "科技"},
		{"(10)强化", plan.KindSubitem, "(10)", 10, "强化"},
		{"②加强", plan.KindSubitem, "②", 2, "加强"},
		{"1）推进一网通办", plan.KindSubitem, "1）", 1, "推进一网通办"},
		{"12)强化", plan.KindSubitem, "12)", 12, "强化"},
		{"⑳最后", plan.KindSubitem, "⑳", 20, "最后"},
		{"A．可回收物", plan.KindSubitem, "A．", 1, "可回收物"},
		{"Ｃ． 全角", plan.KindSubitem, "Ｃ．", 3, " 全角"},
		{"A级景区", "", "", 0, ""},
		{"2.2018年民生实事", plan.KindItem, "2.", 2, "2018年民生实事"},
		{"5.4 型（双一流高校全日制硕士研究生除外）、5 型保障对象", plan.KindItem, "5.", 5, "4 型（双一流高校全日制硕士研究生除外）、5 型保障对象"},
		{"1.5 万元", "", "", 0, ""},
		{"3.2 倍以上", "", "", 0, ""},
		{"B.2B模式", "", "", 0, ""},
		// An emergency plan's decimal headings.
		{"1 总则", plan.KindPart, "1", 1, " 总则"},
		{"2.2 办事机构", plan.KindSection, "2.2", 2, " 办事机构"},
		{"2.2.1 办公室职责", plan.KindItem, "2.2.1", 1, " 办公室职责"},
		{"3.1.2.4 细目", plan.KindSubitem, "3.1.2.4", 4, " 细目"},
		{"１０．２　全角", plan.KindSection, "１０．２", 2, "　全角"},
		{"第一章　总则", plan.KindChapter, "第一章", 1, "　总则"},
		{"第二编 分则", plan.KindBook, "第二编", 2, " 分则"},
		{"第二部分 重点任务", plan.KindBook, "第二部分", 2, " 重点任务"},
		{"第三篇 创新驱动", plan.KindBook, "第三篇", 3, " 创新驱动"},
		{"第三节 保障", plan.KindSection, "第三节", 3, " 保障"},
		{"第四条房屋", plan.KindArticle, "第四条", 4, "房屋"},
		{"第一百零五条　罚则", plan.KindArticle, "第一百零五条", 105, "　罚则"},
		{"第二十条 其他", plan.KindArticle, "第二十条", 20, " 其他"},
		{"第12条 阿拉伯", plan.KindArticle, "第12条", 12, " 阿拉伯"},
		// A reference to an article in running text is not a heading.
		{"第二条规定的情形", "", "", 0, ""},
		{"第三条的规定", "", "", 0, ""},
		{"第一批试点", "", "", 0, ""},
		{"第一部分的内容", "", "", 0, ""},
		// Not numbering: a decimal, a year, a bare numeral, brackets
		// around something else, a numeral that is part of a word.
		{"1.5倍", "", "", 0, ""},
		{"1.5 万元以下的项目", "", "", 0, ""},
		{"34 号）进行修订，修订后具体措施如下：", "", "", 0, ""},
		{"2 个县区完成改造任务，其余", "", "", 0, ""},
		{"2025年，基本建成", "", "", 0, ""},
		{"一是加强", "", "", 0, ""},
		{"一体化发展", "", "", 0, ""},
		{"（含特殊教育学校）", "", "", 0, ""},
		{"（2021-2025）", "", "", 0, ""},
		{"十十、错", "", "", 0, ""},
		{"1234．太长", "", "", 0, ""},
		{"（一", "", "", 0, ""},
		{"", "", "", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			have, ok := classify(tt.line)
			if tt.kind == "" {
				if ok {
					t.Errorf("have %+v, want no numbering", have)
				}
				return
			}
			want := numbered{kind: tt.kind, num: tt.num, ordinal: tt.ordinal, rest: tt.rest}
			have.rank = 0
			if !ok || have != want {
				t.Errorf("have %+v (%v), want %+v", have, ok, want)
			}
		})
	}
}

func TestSplitHeading(t *testing.T) {
	long := "这是一个很长的句子，" + "它显然不是标题而是正文的第一句话，" + "因为它超过了标题所允许的最大长度，所以应当作为正文处理。后文。"
	tests := []struct {
		rest, heading, text string
		runIn               bool
	}{
		{"指导思想", "指导思想", "", false},
		{"指导思想。高举旗帜。", "指导思想", "高举旗帜。", true},
		{"基本原则。", "基本原则", "", true},
		{"健全机制，加强党的领导。健全完善。", "健全机制，加强党的领导", "健全完善。", true},
		{long, "", long, false},
		{"。开头就是句号", "", "。开头就是句号", false},
		{"推进工作；落实任务", "", "推进工作；落实任务", false},
		{"购房人满足以下条件的，可以另行享受补贴政策，具体为：", "", "购房人满足以下条件的，可以另行享受补贴政策，具体为：", false},
		// A provision standing alone as one sentence is text: with a comma,
		// or longer than a heading runs.
		{"坚持政府统筹，统一入学管理。", "", "坚持政府统筹，统一入学管理。", false},
		{"鼓励房地产开发企业在法律政策框架内开展住房团购优惠、以老带新等促销活动。", "", "鼓励房地产开发企业在法律政策框架内开展住房团购优惠、以老带新等促销活动。", false},
		// A run-in heading with a comma is short.
		{"符合西城区入学条件的新冠肺炎疫情防控一线医务人员子女，在学区内根据入学意愿优先安排入学。西城区及以上。", "", "符合西城区入学条件的新冠肺炎疫情防控一线医务人员子女，在学区内根据入学意愿优先安排入学。西城区及以上。", false},
		{"", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.rest, func(t *testing.T) {
			h, x, r := splitHeading(tt.rest, maxHeading)
			if h != tt.heading || x != tt.text || r != tt.runIn {
				t.Errorf("have %q %q %v, want %q %q %v", h, x, r, tt.heading, tt.text, tt.runIn)
			}
		})
	}
}

func TestLeadSentence(t *testing.T) {
	tests := []struct {
		s, lead, text string
		ok            bool
	}{
		{"坚持党的全面领导。坚持道路。", "坚持党的全面领导", "坚持道路。", true},
		{"到2025年，基本建成体系。后文。", "", "到2025年，基本建成体系。后文。", false},
		{"只有一句话。", "", "只有一句话。", false},
		{"“双减”落实。后文。", "", "“双减”落实。后文。", false},
		{"没有句号", "", "没有句号", false},
		{"一是加强组织领导。成立领导小组。二是强化督查考核。", "", "一是加强组织领导。成立领导小组。二是强化督查考核。", false},
		// A point printed as a paragraph of its own, 二是 the next.
		{"一是坚持政府主导。充分发挥政府主导作用。", "一是坚持政府主导", "充分发挥政府主导作用。", true},
		{"本措施补贴申报时间截止2023年8月20日。购房人申请。", "", "本措施补贴申报时间截止2023年8月20日。购房人申请。", false},
		{"招生学校要严格按照规定的入学方式接收学生。严禁学校私自招生。", "", "招生学校要严格按照规定的入学方式接收学生。严禁学校私自招生。", false},
		{"落实主要任务。后文。", "落实主要任务", "后文。", true},
	}
	for _, tt := range tests {
		t.Run(tt.s, func(t *testing.T) {
			lead, text, ok := leadSentence(tt.s)
			if lead != tt.lead || text != tt.text || ok != tt.ok {
				t.Errorf("have %q %q %v, want %q %q %v", lead, text, ok, tt.lead, tt.text, tt.ok)
			}
		})
	}
}

func TestCollapse(t *testing.T) {
	tests := []struct{ in, want string }{
		{"青少年学生法治教育 行动", "青少年学生法治教育行动"},
		{"“十四五”特殊教育  提升行动", "“十四五”特殊教育提升行动"},
		{"新时代教育评价改革\u3000行动", "新时代教育评价改革行动"},
		{"5G network 行动", "5G network行动"},
		{"IPv6 and TSN", "IPv6 and TSN"},
		{" 行动 ", " 行动 "}, // edges are trimmed by the caller, not here
	}
	for _, tt := range tests {
		if have := collapse(tt.in); have != tt.want {
			t.Errorf("collapse(%q): have %q, want %q", tt.in, have, tt.want)
		}
	}
}

func TestNames(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"区教体局、区科技局", []string{"区教体局", "区科技局"}},
		{"省通信管理局，省铁塔公司、各基础电信企业", []string{"省通信管理局", "省铁塔公司", "各基础电信企业"}},
		{"省发展改革委（省能源局）、省财政厅", []string{"省发展改革委（省能源局）", "省财政厅"}},
		{"甲（乙、丙）、丁", []string{"甲（乙、丙）", "丁"}},
		{" 甲 、、乙 ", []string{"甲", "乙"}},
		{"", nil},
	}
	for _, tt := range tests {
		if have := names(tt.in); !reflect.DeepEqual(have, tt.want) {
			t.Errorf("names(%q): have %q, want %q", tt.in, have, tt.want)
		}
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"seeds/zichuan-education-2022.txt": "zichuan-education-2022",
		"Anhui_Industrial Internet.TXT":    "anhui-industrial-internet",
		"淄川规划2022.txt":                     "zi-chuan-gui-hua-2022",
		"--a--b--.txt":                     "a-b",
		"规划.txt":                           "gui-hua",
		"——.txt":                           "plan-ef6b320d",
	} {
		if have := Slug(in); have != want {
			t.Errorf("Slug(%q): have %q, want %q", in, have, want)
		}
	}
}
