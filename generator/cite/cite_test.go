package cite

import (
	"testing"

	"plansite/generator/plan"
)

// tree builds a small plan: part 1 with section 2 and its paragraph 1,
// part 2 with section 1, item 3 and sub-item 2, the preamble's paragraph,
// and table 2 with project 12.
func tree() map[string]*plan.Node {
	ns := map[string]*plan.Node{}
	add := func(parent *plan.Node, eid string, k plan.Kind, ord int) *plan.Node {
		n := &plan.Node{EID: eid, Kind: k, Ordinal: ord, Parent: parent}
		if parent != nil {
			parent.Children = append(parent.Children, n)
		}
		ns[eid] = n
		return n
	}
	notice := add(nil, "notice", plan.KindNotice, 0)
	add(notice, "notice__para_1", plan.KindParagraph, 0)
	pre := add(nil, "preamble", plan.KindPreamble, 0)
	add(pre, "preamble__para_1", plan.KindParagraph, 0)
	p1 := add(nil, "part_1", plan.KindPart, 1)
	s12 := add(p1, "part_1__sec_2", plan.KindSection, 2)
	add(s12, "part_1__sec_2__para_1", plan.KindParagraph, 0)
	p2 := add(nil, "part_2", plan.KindPart, 2)
	s21 := add(p2, "part_2__sec_1", plan.KindSection, 1)
	i213 := add(s21, "part_2__sec_1__item_3", plan.KindItem, 3)
	add(i213, "part_2__sec_1__item_3__subitem_2", plan.KindSubitem, 2)
	s23 := add(p2, "part_2__sec_3", plan.KindSection, 3)
	add(s23, "part_2__sec_3__box_4", plan.KindBox, 4)
	t2 := add(nil, "table_2", plan.KindTable, 2)
	add(t2, "proj_12", plan.KindProject, 12)
	return ns
}

func TestLabel(t *testing.T) {
	ns := tree()
	tests := []struct {
		eid, zh, en string
	}{
		{"part_2", "第二部分", "Part II"},
		{"part_2__sec_1", "第二部分（一）", "Part II (1)"},
		{"part_2__sec_1__item_3", "第二部分（一）3", "Part II (1) 3"},
		{"part_2__sec_1__item_3__subitem_2", "第二部分（一）3（2）", "Part II (1) 3 (2)"},
		{"part_1__sec_2__para_1", "第一部分（二）第1段", "Part I (2), para. 1"},
		{"preamble__para_1", "序言第1段", "Preamble, para. 1"},
		{"part_2__sec_3__box_4", "第二部分（三）专栏4", "Part II (3), Box 4"},
		{"table_2", "表2", "Table 2"},
		{"proj_12", "表2第12项", "Table 2, item 12"},
		{"notice", "", ""},
		{"notice__para_1", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.eid, func(t *testing.T) {
			n := ns[tt.eid]
			if have := Label(n, "zh"); have != tt.zh {
				t.Errorf("zh: have %q, want %q", have, tt.zh)
			}
			if have := Label(n, "en"); have != tt.en {
				t.Errorf("en: have %q, want %q", have, tt.en)
			}
		})
	}
}

func TestFormat(t *testing.T) {
	zh := Work{Issuer: "淄川区人民政府", Title: "淄川区教育事业发展“十四五”规划", Number: "川政发〔2022〕10号", Date: "2022-12-28"}
	en := Work{Issuer: "Zichuan District People's Government", Title: "14th Five-Year Plan for Education Development in Zichuan District", Number: "川政发〔2022〕10号", Date: "2022-12-28"}
	const base = "https://plans.example.gov.cn"
	ns := tree()
	tests := []struct {
		name, eid, lang, url, want string
	}{
		{"part zh", "part_2", "zh", base + "/zh/z/part_2/",
			"淄川区人民政府. 淄川区教育事业发展“十四五”规划 第二部分: 川政发〔2022〕10号[A/OL]. (2022-12-28)[2026-11-29]. https://plans.example.gov.cn/zh/z/part_2/."},
		{"section zh", "part_2__sec_1", "zh", base + "/zh/z/part_2__sec_1/",
			"淄川区人民政府. 淄川区教育事业发展“十四五”规划 第二部分（一）: 川政发〔2022〕10号[A/OL]. (2022-12-28)[2026-11-29]. https://plans.example.gov.cn/zh/z/part_2__sec_1/."},
		{"item zh", "part_2__sec_1__item_3", "zh", base + "/zh/z/part_2__sec_1__item_3/",
			"淄川区人民政府. 淄川区教育事业发展“十四五”规划 第二部分（一）3: 川政发〔2022〕10号[A/OL]. (2022-12-28)[2026-11-29]. https://plans.example.gov.cn/zh/z/part_2__sec_1__item_3/."},
		{"paragraph zh", "part_1__sec_2__para_1", "zh", base + "/zh/z/part_1__sec_2__para_1/",
			"淄川区人民政府. 淄川区教育事业发展“十四五”规划 第一部分（二）第1段: 川政发〔2022〕10号[A/OL]. (2022-12-28)[2026-11-29]. https://plans.example.gov.cn/zh/z/part_1__sec_2__para_1/."},
		{"project zh", "proj_12", "zh", base + "/zh/z/proj_12/",
			"淄川区人民政府. 淄川区教育事业发展“十四五”规划 表2第12项: 川政发〔2022〕10号[A/OL]. (2022-12-28)[2026-11-29]. https://plans.example.gov.cn/zh/z/proj_12/."},
		{"part en", "part_2", "en", base + "/en/z/part_2/",
			"Zichuan District People's Government. 14th Five-Year Plan for Education Development in Zichuan District, Part II: Chuan Zheng Fa [2022] No. 10 [A/OL]. (2022-12-28)[2026-11-29]. https://plans.example.gov.cn/en/z/part_2/."},
		{"section en", "part_2__sec_1", "en", base + "/en/z/part_2__sec_1/",
			"Zichuan District People's Government. 14th Five-Year Plan for Education Development in Zichuan District, Part II (1): Chuan Zheng Fa [2022] No. 10 [A/OL]. (2022-12-28)[2026-11-29]. https://plans.example.gov.cn/en/z/part_2__sec_1/."},
		{"item en", "part_2__sec_1__item_3", "en", base + "/en/z/part_2__sec_1__item_3/",
			"Zichuan District People's Government. 14th Five-Year Plan for Education Development in Zichuan District, Part II (1) 3: Chuan Zheng Fa [2022] No. 10 [A/OL]. (2022-12-28)[2026-11-29]. https://plans.example.gov.cn/en/z/part_2__sec_1__item_3/."},
		{"paragraph en", "part_1__sec_2__para_1", "en", base + "/en/z/part_1__sec_2__para_1/",
			"Zichuan District People's Government. 14th Five-Year Plan for Education Development in Zichuan District, Part I (2), para. 1: Chuan Zheng Fa [2022] No. 10 [A/OL]. (2022-12-28)[2026-11-29]. https://plans.example.gov.cn/en/z/part_1__sec_2__para_1/."},
		{"project en", "proj_12", "en", base + "/en/z/proj_12/",
			"Zichuan District People's Government. 14th Five-Year Plan for Education Development in Zichuan District, Table 2, item 12: Chuan Zheng Fa [2022] No. 10 [A/OL]. (2022-12-28)[2026-11-29]. https://plans.example.gov.cn/en/z/proj_12/."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := zh
			if tt.lang == "en" {
				w = en
			}
			c := Format(w, Label(ns[tt.eid], tt.lang), tt.url, "2026-11-29", tt.lang)
			if have := c.Text(); have != tt.want {
				t.Errorf("\nhave %s\nwant %s", have, tt.want)
			}
			if c.Accessed != "2026-11-29" {
				t.Errorf("accessed: have %q, want 2026-11-29", c.Accessed)
			}
		})
	}
}

// TestFormatWithoutNumber: a Chinese citation runs the type code on, as
// GB/T 7714's example does; an English one sets it apart after a label as
// after a number (No. 10 [A/OL]).
func TestFormatWithoutNumber(t *testing.T) {
	for _, tt := range []struct{ title, label, lang, want string }{
		{"某规划", "", "zh", "某规划[A/OL]. [2026-01-02]. https://x/."},
		{"Some Plan", "Schedule 4, Hangzhou, item 5", "en", "Some Plan, Schedule 4, Hangzhou, item 5 [A/OL]. [2026-01-02]. https://x/."},
	} {
		c := Format(Work{Title: tt.title}, tt.label, "https://x/", "2026-01-02", tt.lang)
		if have := c.Text(); have != tt.want {
			t.Errorf("have %q, want %q", have, tt.want)
		}
	}
}

func TestRomanizeNumber(t *testing.T) {
	tests := []struct{ in, want string }{
		{"川政发〔2022〕10号", "Chuan Zheng Fa [2022] No. 10"},
		{"鲁政发[2021]7号", "Lu Zheng Fa [2021] No. 7"},
		{"皖政办〔2021〕3号", "Wan Zheng Ban [2021] No. 3"},
		{"北京市人民政府令第308号", "Beijing Municipal People's Government Order No. 308"},
		{"安徽省人民政府令第 190 号", "Anhui Provincial People's Government Order No. 190"},
		{"阿坝州政府令〔2010〕第15号", "Aba Tibetan and Qiang Autonomous Prefecture People's Government Order [2010] No. 15"},
		{"省人民政府令第190号", "Provincial People's Government Order No. 190"},
		{"北京市西城区人民政府令第2号", "Xicheng District People's Government Order No. 2"}, // the last of its levels
		{"陕西省人民政府令第211号", "Shaanxi Provincial People's Government Order No. 211"},
		{"广东省广州市人民政府令第9号", "Guangzhou Municipal People's Government Order No. 9"},
		{"国务院令第708号", "State Council Order No. 708"},
		{"交通运输部令第5号", "Jiao Tong Yun Shu Bu Order No. 5"},
		{"not a number", "not a number"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if have := RomanizeNumber(tt.in); have != tt.want {
				t.Errorf("have %q, want %q", have, tt.want)
			}
		})
	}
}

func TestShort(t *testing.T) {
	zh := Work{Issuer: "淄川区人民政府", Title: "淄川区教育事业发展“十四五”规划", Number: "川政发〔2022〕10号"}
	en := Work{Title: "14th Five-Year Plan for Education Development in Zichuan District", Number: "川政发〔2022〕10号"}
	ns := tree()
	for _, tt := range []struct {
		name string
		w    Work
		eid  string
		lang string
		want string
	}{
		{"item zh", zh, "part_2__sec_1__item_3", "zh", "《淄川区教育事业发展“十四五”规划》（川政发〔2022〕10号）第二部分（一）3"},
		{"project zh", zh, "proj_12", "zh", "《淄川区教育事业发展“十四五”规划》（川政发〔2022〕10号）表2第12项"},
		{"whole zh", zh, "", "zh", "《淄川区教育事业发展“十四五”规划》（川政发〔2022〕10号）"},
		{"nested marks", Work{Title: "贯彻《教育法》实施方案"}, "part_2", "zh", "《贯彻〈教育法〉实施方案》第二部分"},
		{"item en", en, "part_2__sec_1__item_3", "en", "14th Five-Year Plan for Education Development in Zichuan District (Chuan Zheng Fa [2022] No. 10), Part II (1) 3"},
		{"paragraph en", en, "part_1__sec_2__para_1", "en", "14th Five-Year Plan for Education Development in Zichuan District (Chuan Zheng Fa [2022] No. 10), Part I (2), para. 1"},
		{"no number en", Work{Title: "A Plan"}, "part_2", "en", "A Plan, Part II"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			label := ""
			if tt.eid != "" {
				label = Label(ns[tt.eid], tt.lang)
			}
			if have := Short(tt.w, label, tt.lang); have != tt.want {
				t.Errorf("have %s\nwant %s", have, tt.want)
			}
			if c := Format(tt.w, label, "https://x/", "2026-11-29", tt.lang); c.Short != tt.want {
				t.Errorf("Format's Short: have %s", c.Short)
			}
		})
	}
}

// BenchmarkFormat measures the citations of one passage in both
// languages, as every passage's page makes them.
func BenchmarkFormat(b *testing.B) {
	// The number romanized once, as view's Work for a plan's citations is.
	w := Work{Issuer: "淄川区人民政府", Title: "淄川区教育事业发展“十四五”规划", Number: "川政发〔2022〕10号", NumberEN: RomanizeNumber("川政发〔2022〕10号"), Date: "2022-12-28"}
	n := tree()["part_2__sec_1__item_3"]
	b.ReportAllocs()
	for b.Loop() {
		for _, lang := range []string{"zh", "en"} {
			Format(w, Label(n, lang), "https://x/", "2026-11-29", lang)
		}
	}
}
