package parse_test

import (
	"reflect"
	"strings"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestPortalBlock reads the metadata block of a portal page in each layout
// extractions give it, and checks nothing is invented where it is empty.
func TestPortalBlock(t *testing.T) {
	body := "某县教育发展规划\n一、总体要求\n坚持立德树人。\n"
	tests := []struct {
		name, head string
		want       plan.Meta
	}{
		{"key：value, NBSP-padded", "索\u00a0\u00a0引\u00a0\u00a0号: 014501017/2020-03655\n发文机关:  省粮食和物资储备局\n文\u00a0\u00a0\u00a0\u00a0号: 赣粮办发〔2020〕 3 号\n主题分类:  农业、林业、水利\n成文日期:  2020-03-13\n",
			plan.Meta{Index: "014501017/2020-03655", Issuer: "省粮食和物资储备局", DocumentNumber: "赣粮办发〔2020〕3号", Subject: "农业、林业、水利", Date: "2020-03-13"}},
		{"key and value on separate lines", "索引号\n50000007/2022-1663341\n统一登记号\n发布机构\n安化县\n发文日期\n2022-10-12\n主题分类\n综合政务\nAHDR-2022-01008\n",
			plan.Meta{Index: "50000007/2022-1663341", Issuer: "安化县", Date: "2022-10-12", Subject: "综合政务"}},
		{"[key] value", "[主题分类] 科技教育/教育\n[发文机构] 北京市西城区教育委员会\n[成文日期] 2020-04-30\n[发文字号] 〔〕号\n[废止日期]\n[发布日期] 2020-04-30\n[有效性] 否\n",
			plan.Meta{Subject: "科技教育/教育", Issuer: "北京市西城区教育委员会", Date: "2020-04-30", Published: "2020-04-30", Validity: "失效"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("portal.txt", []byte(tt.head+"时间：2022-10-12 来源：县政府办 浏览次数：12\n"+body+"【打印】【关闭】\n"))
			if err != nil {
				t.Fatal(err)
			}
			have := doc.Meta
			want := tt.want
			want.Title = "某县教育发展规划"
			have.Addressees, have.CC, have.Attachments = nil, nil, nil
			if !reflect.DeepEqual(have, want) {
				t.Errorf("meta:\nhave %+v\nwant %+v", have, want)
			}
			if n := doc.Node("part_1"); n == nil || n.Heading != "总体要求" {
				t.Errorf("part_1: have %+v; the block is not body text", n)
			}
			var ws []string
			for _, w := range doc.Warnings {
				ws = append(ws, w.String())
			}
			all := strings.Join(ws, "\n")
			if !strings.Contains(all, "metadata block") || !strings.Contains(all, "removed 2 line(s) of the portal page") {
				t.Errorf("warnings: have\n%s\nwant the block and the page debris named", all)
			}
		})
	}
}

// TestPortalSideBySide reads a block whose entries stand two to a line,
// some empty, under the page's breadcrumbs, which are debris.
func TestPortalSideBySide(t *testing.T) {
	text := "首页 > 某县人民政府办公室信息公开 > 信息浏览\n" +
		"• 索引号: 003129766/201901-00336 组配分类: 规范性文件发布\n" +
		"信息分类: 通知   发布机构: 某县人民政府办公室\n" +
		"生成日期: 2019-01-23 文号:\n" +
		"发文日期: 2019-01-23 时效性 :现行有效\n" +
		"信息来源: 关键词:\n\n" +
		"某县人民政府工作规则\n第一章  总  则\n一、为规范工作，制定本规则。\n"
	doc, err := parse.Parse("portal.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	have := doc.Meta
	want := plan.Meta{Title: "某县人民政府工作规则", Index: "003129766/201901-00336", Issuer: "某县人民政府办公室", Date: "2019-01-23", Validity: "现行有效"}
	if !reflect.DeepEqual(have, want) {
		t.Errorf("meta:\nhave %+v\nwant %+v", have, want)
	}
	if n := doc.Node("chp_1__part_1"); n == nil {
		t.Errorf("no chp_1__part_1 in\n%s", outline(doc))
	}
	var ws []string
	for _, w := range doc.Warnings {
		ws = append(ws, w.String())
	}
	all := strings.Join(ws, "\n")
	for _, w := range []string{"removed 1 line(s) of the portal page (\"首页 > ", "metadata block (lines 2–6)", "组配分类 规范性文件发布; 信息分类 通知; 生成日期 2019-01-23"} {
		if !strings.Contains(all, w) {
			t.Errorf("warnings: have\n%s\nwant %q", all, w)
		}
	}
}

// TestDecree reads a government rule's decree number from the note under
// its title, and a date with spaces and a full-width digit.
func TestDecree(t *testing.T) {
	doc, err := parse.Parse("rule.txt", []byte("北京市铁路沿线安全管理规定\n（2023年3月16日北京市人民政府第308号令公布　自2023年4月15日起施行）\n第一条　为了加强管理，制定本规定。\n"))
	if err != nil {
		t.Fatal(err)
	}
	if m := doc.Meta; m.DocumentNumber != "北京市人民政府令第308号" || m.Date != "2023-03-16" || m.Issuer != "北京市人民政府" {
		t.Errorf("meta: have %+v", m)
	}
	// As a PDF extraction prints it: its digits spaced apart, the note
	// wrapped over two lines.
	doc, err = parse.Parse("rule.txt", []byte("北京市地震预警管理办法\n（2022 年 12 月 23 日北京市人民政府第 307 号令公布     自\n2023 年 3 月 1 日起施行）\n第一条　为了规范地震预警活动，制定本办法。\n"))
	if err != nil {
		t.Fatal(err)
	}
	if m := doc.Meta; m.DocumentNumber != "北京市人民政府令第307号" || m.Date != "2022-12-23" || m.Issuer != "北京市人民政府" {
		t.Errorf("meta of the spaced note: have %+v", m)
	}
	doc, _ = parse.Parse("n.txt", []byte("某县人民政府文件\n某政发〔2025〕42 号\n某县人民政府\n关于印发某县促进某事若干\n措施的通知\n各乡镇：\n现印发给你们。\n某县人民政府\n2025年９月4日\n某县促进某事若干措施\n一、总则\n正文。\n"))
	if m := doc.Meta; m.DocumentNumber != "某政发〔2025〕42号" || m.Date != "2025-09-04" || m.NoticeTitle != "某县人民政府关于印发某县促进某事若干措施的通知" || m.Title != "某县促进某事若干措施" {
		t.Errorf("meta: have %+v", m)
	}
	if n := doc.Node("notice__masthead"); n == nil || n.Text != "某县人民政府文件" {
		t.Errorf("notice__masthead: have %+v", n)
	}
}

// TestPortalBlockUnderTitle reads a block a page prints under the
// document's title (twice) and the posting's time and source, as a table
// without colons whose labels are spaced out over their cells.
func TestPortalBlockUnderTitle(t *testing.T) {
	tests := []struct {
		name, block string
		want        plan.Meta
	}{
		{"spaced labels side by side",
			"索 引 号 MB0000001/2023-00001 发文日期 2023-01-03\n发布机构 某区人民政府办公室 文    号 某政办〔2023〕1号\n分   类 政务公开 有 效 性 有效\n",
			plan.Meta{Index: "MB0000001/2023-00001", DocumentNumber: "某政办〔2023〕1号", Subject: "政务公开", Validity: "有效"}},
		{"key：value",
			"索引号：MB0000001/2023-00001\n文号：某政办〔2023〕1号\n",
			plan.Meta{Index: "MB0000001/2023-00001", DocumentNumber: "某政办〔2023〕1号"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			title := "某区人民政府办公室关于印发某区某方案的通知"
			text := title + "\n\n" + title + "\n\n2023-01-05 10:00 某区人民政府办公室\n" + tt.block +
				"\n各街道办事处，区人民政府各部门：\n现将《某区某方案》印发给你们，请认真贯彻落实。\n某区人民政府办公室\n2023年1月3日\n某区某方案\n一、总体要求\n坚持稳中求进。\n"
			doc, err := parse.Parse("portal.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			have := doc.Meta
			want := tt.want
			want.Title, want.NoticeTitle, want.Issuer, want.Date = "某区某方案", title, "某区人民政府办公室", "2023-01-03"
			want.Addressees = []string{"各街道办事处", "区人民政府各部门"}
			if !reflect.DeepEqual(have, want) {
				t.Errorf("meta:\nhave %+v\nwant %+v", have, want)
			}
			if n := doc.Node("part_1"); n == nil || n.Heading != "总体要求" {
				t.Errorf("part_1: have %+v in\n%s", n, outline(doc))
			}
			if len(doc.Dropped) < 2 || doc.Dropped[0].Text != "2023-01-05 10:00 某区人民政府办公室" {
				t.Errorf("dropped: have %+v, want the posting's time first, then the block", doc.Dropped)
			}
		})
	}
}

// TestPortalBulleted reads a block of bulleted labels with colons, each
// value indented under its label after a blank line or none, under the
// page's heading and its 返回顶部 button; the document's title under the
// block makes the heading above it the page's.
func TestPortalBulleted(t *testing.T) {
	text := "返回顶部\n\n某县人民政府工作规则\n\n  • 索引号:\n\n    0000000000/2024-001005\n  • 主题分类:\n\n  • 来源:\n\n" +
		"  • 发文字号:\n\n    某政发〔2024〕7号\n  • 发文日期:\n\n    2024年04月06日 16:40\n  • 内容概述:\n\n" +
		"某县人民政府工作规则\n\n第一章总则\n\n一、为规范工作，制定本规则。\n\n第二章 组成人员\n\n二、县政府由县长、副县长组成。\n"
	doc, err := parse.Parse("portal.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	want := plan.Meta{Title: "某县人民政府工作规则", Index: "0000000000/2024-001005", DocumentNumber: "某政发〔2024〕7号", Date: "2024-04-06"}
	if have := doc.Meta; !reflect.DeepEqual(have, want) {
		t.Errorf("meta:\nhave %+v\nwant %+v", have, want)
	}
	for _, eid := range []string{"preamble", "chp_1__part_1", "chp_2__part_2"} {
		if doc.Node(eid) == nil {
			t.Errorf("no %s in\n%s", eid, outline(doc))
		}
	}
	if n := doc.Node("preamble__para_1"); n != nil {
		t.Errorf("preamble__para_1: have %q, want none (the block and the heading are the page's)", n.Text)
	}
	var why []string
	for _, d := range doc.Dropped {
		why = append(why, d.Why)
	}
	if have := strings.Join(why, ","); !strings.Contains(have, "page debris") || !strings.Contains(have, "page heading") {
		t.Errorf("dropped: have %s, want the button and the page's heading among them", have)
	}
}

// TestNavHeadings takes the names of a portal's sections printed alone at
// the top of the page (政府信息公开, 政府文件) out as page furniture, so the
// notice under them is read; the same words further down are text.
func TestNavHeadings(t *testing.T) {
	text := "政府信息公开\n\n您的位置: 首页  >>  政务公开  >>  正文\n政府文件\n\n关于印发《某市人民政府工作规则》的通知\n\n" +
		"来源:市政府办公室 发布时间:2016年10月14日 18:46 浏览次数:\n\n某市政发〔2016〕83号\n\n关于印发《某市人民政府工作规则》的通知\n\n" +
		"某镇人民政府,市人民政府各部门:\n\n《某市人民政府工作规则》已经市政府常务会议通过,现予印发。\n\n某市人民政府\n\n2016年10月14日\n\n" +
		"某市人民政府工作规则\n\n第一章 总则\n\n第一条 为规范工作,制定本规则。\n\n第二章 政务公开\n\n政务公开\n\n第二条 市政府推进政务公开。\n"
	doc, err := parse.Parse("rule.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	m := doc.Meta
	if m.Title != "某市人民政府工作规则" || m.DocumentNumber != "某市政发〔2016〕83号" || m.Issuer != "某市人民政府" || len(m.Addressees) != 2 {
		t.Errorf("meta: have %+v", m)
	}
	for _, eid := range []string{"notice__addressees", "chp_1", "art_2"} {
		if doc.Node(eid) == nil {
			t.Errorf("no %s in\n%s", eid, outline(doc))
		}
	}
	for _, d := range doc.Dropped {
		if d.Line > 10 && d.Why == "page debris" {
			t.Errorf("dropped %+v: the body's words are text", d)
		}
	}
}

// TestLawDatabasePage reads a notice as a law database prints it: its
// breadcrumb trail without 首页 and its buttons over the text, its title
// with the year of a revision (…的通知(2019修订)), then the title as
// printed, joined to neither.
func TestLawDatabasePage(t *testing.T) {
	title := "某市人民政府关于印发《某市人民政府工作规则》的通知"
	text := "广东规范性文件 > 正文阅览\n转第\n下载\n保留字段信息\n页面宽度(px):\n\n页面宽度范围为200至2000\n\n" +
		title + "(2019修订)\n\n" + title + "\n\n\n各县(市、区)人民政府,市政府各部门:\n  《某市人民政府工作规则》已经市政府常务会议审议通过,现印发给你们。\n某市人民政府\n  2019年11月29日\n\n" +
		"某市人民政府工作规则(2019年11月修订)\n\n\n  一、为规范工作,制定本规则。\n  二、市政府实行市长负责制。\n"
	doc, err := parse.Parse("rule.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	want := plan.Meta{Title: "某市人民政府工作规则(2019年11月修订)", NoticeTitle: title, Issuer: "某市人民政府", Date: "2019-11-29",
		Addressees: []string{"各县(市、区)人民政府", "市政府各部门"}}
	if have := doc.Meta; !reflect.DeepEqual(have, want) {
		t.Errorf("meta:\nhave %+v\nwant %+v", have, want)
	}
	if doc.Node("part_2") == nil || doc.Node("notice__addressees") == nil {
		t.Errorf("want part_2 and notice__addressees in\n%s", outline(doc))
	}
}

// TestLawDatabaseFields reads a rule as a law database's page prints it
// (WorldLII, 法律法规数据库): its trail, its title, a block of 发布部门,
// 发文字号, 效力级别, 时效性, 发布日期, 实施日期 (labels with colons or in
// 【】), the title again, the text and a copyright line. The block is the
// rule's metadata, dated by its 发布日期; the page's chrome is no text.
func TestLawDatabaseFields(t *testing.T) {
	rule := "\n\n第一章 总则\n\n第一条 为了加强城市绿化管理，制定本办法。\n\n第二章 附则\n\n第二条 本办法自2015年7月1日起施行。\n"
	for _, tt := range []struct{ name, head, tail, subject string }{
		{"labels with colons", "某市城市绿化管理办法\n发布部门： 某市人民政府\n发文字号： 某市人民政府令第12号\n效力级别： 地方政府规章\n" +
			"时效性： 现行有效\n发布日期： 2015-06-01\n实施日期： 2015-07-01", "", ""},
		{"labels in 【】 under a trail", "WorldLII >> Databases >> China Law >> 某市城市绿化管理办法\n某市城市绿化管理办法\n【发布部门】 某市人民政府\n" +
			"【发文字号】 某市人民政府令第12号\n【效力级别】 地方政府规章\n【时效性】 现行有效\n【发布日期】 2015.06.01\n【实施日期】 2015.07.01\n" +
			"【法规类别】 城市建设\n【正文】\n某市城市绿化管理办法", "© 版权所有 某某法律信息研究所\n", "城市建设"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("rule.txt", []byte(tt.head+rule+tt.tail))
			if err != nil {
				t.Fatal(err)
			}
			want := plan.Meta{Title: "某市城市绿化管理办法", DocumentNumber: "某市人民政府令第12号", Issuer: "某市人民政府",
				Date: "2015-06-01", Published: "2015-06-01", Validity: "现行有效", Subject: tt.subject}
			if have := doc.Meta; !reflect.DeepEqual(have, want) {
				t.Errorf("meta:\nhave %+v\nwant %+v", have, want)
			}
			if n := doc.Node("preamble"); n == nil || len(n.Children) > 0 {
				t.Errorf("preamble: have %+v, want the title alone in\n%s", n, outline(doc))
			}
			if n := doc.Node("art_2"); n == nil || len(n.Children) > 0 {
				t.Errorf("art_2: have %+v, want its text alone in\n%s", n, outline(doc))
			}
		})
	}
}

// TestPortalBlockRows reads a portal's metadata block as extractions
// print its rows: cells between bars, as a 镇's page's table reads as
// text; labels in 【】 side by side on one line, one of them empty, as a
// law site prints them.
func TestPortalBlockRows(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       plan.Meta
	}{
		{"cells between bars",
			"索引号 | 001008003001086/2020-42401 | ||\n组配分类 | 部门文件 | 发布机构 | 某镇 |\n生成日期 | 2020-10-22 | 公开方式 | 主动公开 |\n文号 | 某山政〔2020〕72号 |\n\n" +
				"某镇突发公共事件总体应急预案\n\n1 总则\n\n1.1 目的依据\n\n为提高处置突发公共事件的能力，制定本预案。\n",
			plan.Meta{Title: "某镇突发公共事件总体应急预案", Index: "001008003001086/2020-42401", Issuer: "某镇", DocumentNumber: "某山政〔2020〕72号", Publicity: "主动公开"}},
		{"labels in 【】 side by side",
			"【发布文号】某自治区人民政府令2016年第116号 【发布日期】2016-12-06 【生效日期】2017-03-01 【失效日期】 【所属类别】地方法规\n\n" +
				"【文件来源】某自治区人民政府\n\n某自治区土地整治办法\n\n第一章 总则\n\n第一条 为了规范土地整治活动,制定本办法。\n",
			plan.Meta{Title: "某自治区土地整治办法", DocumentNumber: "某自治区人民政府令2016年第116号", Subject: "地方法规", Published: "2016-12-06"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("a.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			have := doc.Meta
			have.Addressees, have.CC, have.Attachments = nil, nil, nil
			if !reflect.DeepEqual(have, tt.want) {
				t.Errorf("meta:\nhave %+v\nwant %+v", have, tt.want)
			}
			if n := doc.Node("preamble"); n == nil || len(n.Children) > 0 {
				t.Errorf("preamble: have %+v, want the title alone in\n%s", n, outline(doc))
			}
		})
	}
}

// TestArticleSource takes the page's 文章来源： line under a notice's text
// out as furniture, where Dehong's page (德宏州人民政府办公室关于印发…的通
// 知) read it as the last paragraph of its measures, unfinished.
func TestArticleSource(t *testing.T) {
	text := "某州人民政府办公室关于印发《某州某某措施》的通知\n各县市人民政府：\n《某州某某措施》已经州人民政府同意，现印发给你们，请认真贯彻执行。\n" +
		"某州人民政府办公室\n2024年7月8日\n（此件公开发布）\n某州某某措施\n一、科学编制住房发展规划。统筹考虑实际情况。\n二、支持团购商品住房。各县市人民政府要联动推出优惠措施。\n本通知自印发之日起执行。\n文章来源：某州人民政府办公室\n"
	doc, err := parse.Parse("page.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	doc.Walk(func(n *plan.Node) bool {
		if strings.Contains(n.Text, "文章来源") {
			t.Errorf("%s holds the page's furniture: %q", n.EID, n.Text)
		}
		return true
	})
}
