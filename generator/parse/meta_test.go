package parse_test

import (
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

func TestISODate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2022年12月28日", "2022-12-28"},
		{"2022 年 1 月 6 日印发", "2022-01-06"},
		{"２０２２年１０月１２日", "2022-10-12"},
		{"2022-10-12 20:28", "2022-10-12"},
		{"2022.10.12", "2022-10-12"},
		{"发布时间：2022/3/4", "2022-03-04"},
		{"2022年13月1日", ""},
		{"二〇二二年十二月", ""},
		{"二〇〇九年三月十日", "2009-03-10"},
		{"二OO六年二月二十日", "2006-02-20"}, // the letter O typed for 〇
		{"二〇二三年十二月二十五日", "2023-12-25"},
		{"二○二一年九月三十日印发", "2021-09-30"},
		{"二〇二二年十三月一日", ""},
		{"", ""},
	} {
		t.Run(c.in, func(t *testing.T) {
			if have := parse.ISODate(c.in); have != c.want {
				t.Errorf("have %q, want %q", have, c.want)
			}
		})
	}
}

func TestPageMeta(t *testing.T) {
	var m plan.Meta
	for _, kv := range [][2]string{
		{"[发布机构]", "安化县"},      // weak: the office that posted the page
		{"发文日期", "2022-10-12"}, // weak
		{"发文机关", "安化县人民政府办公室"},
		{"索 引 号：", "000-2022-01"},
		{"索引号", "second"}, // the first value wins
		{"文号", "〔〕号"},     // a placeholder fills nothing
		{"有效性", "是"},
		{"标题", "关于印发某某规划的通知"},
		{"名称", "某某规划"},
		{"发布时间", "2022年10月12日 20:28"},
		{"统一登记号", "AHDR-2022-01008"}, // a label that fills nothing
	} {
		parse.PageMeta(&m, kv[0], kv[1])
	}
	want := plan.Meta{Issuer: "安化县人民政府办公室", Index: "000-2022-01", Validity: "有效",
		NoticeTitle: "关于印发某某规划的通知", Title: "某某规划", Published: "2022-10-12"}
	if m.Issuer != want.Issuer || m.Index != want.Index || m.Validity != want.Validity || m.NoticeTitle != want.NoticeTitle ||
		m.Title != want.Title || m.Published != want.Published || m.Date != "" || m.DocumentNumber != "" {
		t.Errorf("have %+v\nwant %+v", m, want)
	}
	for _, l := range []string{"发布机构", "统一登记号", "【主题分类】", "索  引  号：", "[发文字号] 京市监发〔2025〕21号"} {
		if _, _, ok := parse.MetaLabel(l); !ok {
			t.Errorf("MetaLabel(%q) is not a label", l)
		}
	}
	for _, l := range []string{"标题党", "[标题党] 甲", "标题是甲"} {
		if _, _, ok := parse.MetaLabel(l); ok {
			t.Errorf("MetaLabel(%q) is a label", l)
		}
	}
}

// TestCompactDateColumn reads a number in digits alone that could be a
// date (20230101, 2018525) as a table's cell where the table is printed
// one cell per line, not as the document's date line: a line of digits
// stands around it. Under a signature, alone, it is the date.
func TestCompactDateColumn(t *testing.T) {
	head := "某市重点项目工作方案\n\n一、总体要求\n加快推进项目建设。\n二、项目清单\n"
	for _, tt := range []struct{ name, text, date string }{
		{"a 编号 column, no 序号", head + "项目名称\n项目编号\n某某道路工程\n20230101\n某某公园建设\n2018525\n", ""},
		{"a 序号 column and a 单位 column", head + "序号\n项目名称\n责任单位\n开工日期\n1\n某某道路工程\n某区住建局\n20230101\n2\n某某公园建设\n某区城管局\n2018525\n", ""},
		{"under the signature", head + "某某道路工程年内开工。\n\n某市人民政府办公室\n2018525\n", "2018-05-25"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("a.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			signed := false
			doc.Walk(func(n *plan.Node) bool {
				signed = signed || n.Kind == plan.KindSignature || n.Kind == plan.KindDate
				return true
			})
			if doc.Meta.Date != tt.date || signed != (tt.date != "") {
				t.Errorf("have date %q, signed %v; want %q in\n%s", doc.Meta.Date, signed, tt.date, outline(doc))
			}
		})
	}
}
