package parse_test

import (
	"slices"
	"strings"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// The metadata of documents outside the corpus as portals and databases
// print them (blocks of labels, tags around titles, dates), each read
// from a synthetic text of the shape a real one has.

// TestPortalIssuerWebsite leaves the issuer empty where a page's block names
// the website it was posted on, and reads it where the block names a body.
func TestPortalIssuerWebsite(t *testing.T) {
	for value, want := range map[string]string{"县政府网站": "", "某县人民政府": "某县人民政府"} {
		text := "索引号: 6107280000/2024-001005\n发文机构: " + value + "\n发文字号: 某政发〔2024〕7号\n\n某县人民政府工作规则\n\n第一章 总则\n\n一、为规范工作，制定本规则。\n"
		doc, err := parse.Parse("a.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if doc.Meta.Issuer != want {
			t.Errorf("发文机构 %s: have issuer %q, want %q", value, doc.Meta.Issuer, want)
		}
	}
}

// TestLawDatabaseLabels reads a law database's block of 颁布日期 and 颁布单位
// and keeps the labels it takes out of the text in Dropped.
func TestLawDatabaseLabels(t *testing.T) {
	doc, err := parse.Parse("a.txt", []byte("某市制定地方性法规条例\n\n颁布日期:2001-6-3\n颁布单位:某市人民代表大会常务委员会\n\n【章名】 第一章 总则\n第一条 为了规范立法活动,制定本条例。\n第二条 本条例适用于本市。\n"))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Meta.Date != "2001-06-03" || doc.Meta.Issuer != "某市人民代表大会常务委员会" {
		t.Errorf("meta: have date %q issuer %q, want 2001-06-03 and the committee", doc.Meta.Date, doc.Meta.Issuer)
	}
	if !slices.ContainsFunc(doc.Dropped, func(d plan.Dropped) bool { return d.Text == "【章名】" && d.Line == 6 }) {
		t.Errorf("dropped: have %+v, want the label 【章名】 of line 6", doc.Dropped)
	}
}

// TestSpacedLabelSideBySide reads a portal block whose entries stand side
// by side, one label spaced out to the others' width (文    号:), under
// a breadcrumb that opens with 网站首页.
func TestSpacedLabelSideBySide(t *testing.T) {
	doc, err := parse.Parse("a.txt", []byte("网站首页\n当前位置: 网站首页>>公开信息内容\n关于印发《某州人民政府工作规则》的通知\n"+
		"索引号: K4563570-X-2017-0831005 公开目录: 政府文件 发布日期: 2017年08月31日\n主题词: 发布机构: 某州政府 文    号: 某州政发〔2017〕129号\n\n"+
		"各县市人民政府,州人民政府各部门:\n\n《某州人民政府工作规则》已经州人民政府常务会议研究通过,现予印发。\n\n 2017年8月28日\n\n某州人民政府工作规则\n\n第一章 总 则\n\n一、为规范工作,制定本规则。\n"))
	if err != nil {
		t.Fatal(err)
	}
	m := doc.Meta
	if m.DocumentNumber != "某州政发〔2017〕129号" || m.Issuer != "某州政府" || m.Index != "K4563570-X-2017-0831005" || m.NoticeTitle != "关于印发《某州人民政府工作规则》的通知" {
		t.Errorf("meta: have number %q, issuer %q, index %q, notice title %q in\n%s", m.DocumentNumber, m.Issuer, m.Index, m.NoticeTitle, outline(doc))
	}
	if have, want := strings.Join(m.Addressees, "|"), "各县市人民政府|州人民政府各部门"; have != want {
		t.Errorf("addressees: have %q, want %q", have, want)
	}
}

// TestPolicyDatabasePage reads an opinion as a policy database prints it:
// its greeting, a breadcrumb trail without 首页 ending in the title, the
// trail's section again, the title, and a block naming the poster.
func TestPolicyDatabasePage(t *testing.T) {
	title := "某自治区人民政府关于统筹推进县域内城乡义务教育一体化改革发展的实施意见"
	doc, err := parse.Parse("a.txt", []byte("欢迎来到某某研究数据库\n\n某某研究数据库 > 地方政策 > "+title+"\n\n地方政策\n\n"+title+"\n\n发布部门:某区政府 发布时间:2017年04月27日\n"+
		"为深入推进县域内城乡义务教育一体化改革发展,结合我区实际,制定如下实施意见。\n \n 一、总体要求\n \n(一)指导思想。\n \n统筹推进县域内城乡义务教育一体化改革发展。\n"))
	if err != nil {
		t.Fatal(err)
	}
	m := doc.Meta
	if m.Title != title || m.Issuer != "某自治区人民政府" || m.Published != "2017-04-27" {
		t.Errorf("meta: have title %q, issuer %q, published %q, want the title, the body it opens with and 2017-04-27 in\n%s", m.Title, m.Issuer, m.Published, outline(doc))
	}
	if n := doc.Node("preamble__para_1"); n == nil || !strings.HasPrefix(n.Text, "为深入推进") {
		t.Errorf("preamble__para_1: have %+v, want the opinion's first paragraph", n)
	}
}

// TestNumberedPageHeading reads an opinion issued as itself under a page's
// heading of its number and its title in book marks.
func TestNumberedPageHeading(t *testing.T) {
	doc, err := parse.Parse("a.txt", []byte("某政发〔2014〕20号《某省人民政府关于深化预算管理制度改革的实施意见》\n\n浏览量:          时间:2016-01-17 23:45:19\n\n"+
		"某省人民政府关于深化预算管理制度改革的实施意见\n\n\n某政发〔2014〕20号\n\n \n\n\n各市人民政府,省政府各部门、各直属机构:\n\n"+
		"现代预算制度是现代财政制度的基础。现就深化预算管理制度改革提出以下实施意见:\n\n一、总体要求\n\n1.指导思想。改进预算管理制度。\n"))
	if err != nil {
		t.Fatal(err)
	}
	m := doc.Meta
	if m.DocumentNumber != "某政发〔2014〕20号" || m.Title != "某省人民政府关于深化预算管理制度改革的实施意见" || strings.Join(m.Addressees, "|") != "各市人民政府|省政府各部门|各直属机构" {
		t.Errorf("meta: have number %q, title %q, addressees %q in\n%s", m.DocumentNumber, m.Title, m.Addressees, outline(doc))
	}
	// The heading's title without book marks, or the title printed in
	// them under it.
	notice := "某省人民政府办公厅关于印发某省贯彻落实《某规划》工作方案"
	rest := "\n某政办发〔2017〕55号\n各市、县人民政府:\n现印发给你们,请认真贯彻执行。\n某省人民政府办公厅\n2017年5月15日\n某省贯彻落实《某规划》工作方案\n一、总体要求\n加快转型。\n"
	for _, head := range []string{"某政办发〔2017〕55号 " + notice + "\n" + notice, "某政办发〔2017〕55号《" + notice + "》\n《" + notice + "》"} {
		doc, err := parse.Parse("a.txt", []byte(head+rest))
		if err != nil {
			t.Fatal(err)
		}
		if m := doc.Meta; m.DocumentNumber != "某政办发〔2017〕55号" || m.Title != "某省贯彻落实《某规划》工作方案" || m.Date != "2017-05-15" {
			t.Errorf("meta: have number %q, title %q, date %q in\n%s", m.DocumentNumber, m.Title, m.Date, outline(doc))
		}
	}
}

// TestPlaceTag takes the place a news site tags a notice's title with out
// of the title, into Dropped.
func TestPlaceTag(t *testing.T) {
	doc, err := parse.Parse("a.txt", []byte("某市:关于印发《某市乡村振兴责任制实施细则》的通知\n各区委、区政府:\n现将《某市乡村振兴责任制实施细则》印发给你们,请认真遵照执行。\n"+
		"中共某市委办公厅\n2023年7月20日\n某市乡村振兴责任制实施细则\n第一章 总则\n第一条 为了落实乡村振兴责任制,制定本细则。\n"))
	if err != nil {
		t.Fatal(err)
	}
	if have, want := doc.Meta.NoticeTitle, "关于印发《某市乡村振兴责任制实施细则》的通知"; have != want {
		t.Errorf("notice title: have %q, want %q in\n%s", have, want, outline(doc))
	}
	if !slices.ContainsFunc(doc.Dropped, func(d plan.Dropped) bool { return d.Text == "某市:" && d.Line == 1 }) {
		t.Errorf("dropped: have %+v, want the tag 某市: of line 1", doc.Dropped)
	}
}

// TestCompactDate reads a metadata field's date printed without
// separators, as some portals' databases keep it, where one reading gives a
// date.
func TestCompactDate(t *testing.T) {
	for value, want := range map[string]string{
		"20180525": "2018-05-25", "2018525": "2018-05-25", "201855": "2018-05-05",
		"2018105": "2018-10-05", "20180525 10:30": "2018-05-25", "２０１８５２５": "2018-05-25",
		"2018115":  "", // 1月15日 or 11月5日
		"2018135":  "", // 1月35日 and 13月5日 are no dates
		"20181305": "", "12345678": "", "2018-5-25": "2018-05-25",
		"2019230": "", // 2月30日 and 23月0日 are no dates
	} {
		t.Run(value, func(t *testing.T) {
			var m plan.Meta
			parse.PageMeta(&m, "成文日期", value)
			if m.Date != want {
				t.Errorf("have %q, want %q", m.Date, want)
			}
		})
	}
	// A notice's date line (2018525 under its signature), a block's field,
	// and a page's line of its posting under the title.
	notice := "某区人民政府办公室关于印发某区扶贫工作方案的通知\n\n各镇人民政府，区政府各部门:\n\n现将《某区扶贫工作方案》印发给你们。\n\n" +
		"某区人民政府办公室\n\n2018525\n\n某区扶贫工作方案\n"
	for _, tt := range []struct{ text, date, published string }{
		{"索引号: 000-2018-00025\n发文字号: 某政办发〔2018〕12号\n成文日期: 2018525\n发布日期: 20180528\n\n某区扶贫工作方案\n", "2018-05-25", "2018-05-28"},
		{"某区扶贫工作方案\n发布时间：2018528 来源：某区政府办 浏览次数：120\n", "", "2018-05-28"},
		{notice, "2018-05-25", ""},
	} {
		doc, err := parse.Parse("a.txt", []byte(tt.text+"\n一、工作目标\n\n到2020年全部脱贫。\n"))
		if err != nil {
			t.Fatal(err)
		}
		if doc.Meta.Date != tt.date || doc.Meta.Published != tt.published || doc.Meta.Title != "某区扶贫工作方案" {
			t.Errorf("have date %q, published %q, title %q; want %q, %q, 某区扶贫工作方案 in\n%s", doc.Meta.Date, doc.Meta.Published, doc.Meta.Title, tt.date, tt.published, outline(doc))
		}
	}
}

// TestReadingTag takes the tag a portal prints before or after a title to
// say the page is a reading of it (【文字解读】) out of the title, into
// Dropped.
func TestReadingTag(t *testing.T) {
	body := "\n\n一、工作目标\n\n到2020年全部脱贫。\n"
	notice := "\n\n各镇人民政府、街道办事处：\n\n现将《某区扶贫工作方案》印发给你们。\n\n某区人民政府办公室\n\n2018年5月25日\n\n某区扶贫工作方案" + body
	for _, tt := range []struct{ name, text, title, noticeTitle, tag string }{
		{"before a plan's title", "【图片解读】某区扶贫工作方案" + body, "某区扶贫工作方案", "", "【图片解读】"},
		{"after it, under the trail", "首页 > 政策解读\n某区扶贫工作方案【文字解读】" + body, "某区扶贫工作方案", "", "【文字解读】"},
		{"alone over it", "[政策解读]\n某区扶贫工作方案" + body, "某区扶贫工作方案", "", "[政策解读]"},
		{"before a notice's title", "【文字解读】某区人民政府办公室关于印发某区扶贫工作方案的通知" + notice,
			"某区扶贫工作方案", "某区人民政府办公室关于印发某区扶贫工作方案的通知", "【文字解读】"},
		{"in the block's title", "索引号: 000-2018-00025\n标题: 【政策解读】某区扶贫工作方案\n\n【政策解读】某区扶贫工作方案" + body, "某区扶贫工作方案", "", "【政策解读】"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("a.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Meta.Title != tt.title || doc.Meta.NoticeTitle != tt.noticeTitle {
				t.Errorf("have title %q, notice title %q; want %q, %q in\n%s", doc.Meta.Title, doc.Meta.NoticeTitle, tt.title, tt.noticeTitle, outline(doc))
			}
			if !slices.ContainsFunc(doc.Dropped, func(d plan.Dropped) bool { return d.Text == tt.tag }) {
				t.Errorf("dropped: have %+v, want %s", doc.Dropped, tt.tag)
			}
			if n := doc.Node("part_1__para_1"); n == nil || n.Text != "到2020年全部脱贫。" {
				t.Errorf("part_1__para_1: have %+v", n)
			}
		})
	}
}

// TestPageMetaZeroWidth takes out of a page's metadata what prints as
// nothing (Beijing's 人社局 page gives its 通告's number as
// U+200B京人社发〔2026〕6号), as decode does from the text: the number
// read with it matched no other and showed a stray character in the data.
func TestPageMetaZeroWidth(t *testing.T) {
	var m plan.Meta
	parse.PageMeta(&m, "文号", "\u200B京人社发〔2026〕6号")
	parse.PageMeta(&m, "标题", "\u200B北京市人力资源和社会保障局关于2026年积分落户公示及落户办理有关工作的通告")
	if want := "京人社发〔2026〕6号"; m.DocumentNumber != want {
		t.Errorf("number: have %q, want %q", m.DocumentNumber, want)
	}
	if want := "北京市人力资源和社会保障局关于2026年积分落户公示及落户办理有关工作的通告"; m.Title != want {
		t.Errorf("title: have %q, want %q", m.Title, want)
	}
}
