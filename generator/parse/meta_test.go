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
