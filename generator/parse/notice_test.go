package parse_test

import (
	"reflect"
	"strings"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestWrappers covers the forms of the issuance wrapper and footer that
// government files print, beyond the seed's.
func TestWrappers(t *testing.T) {
	const body = "\n某规划\n一、总体要求\n正文。\n"
	tests := []struct {
		name string
		text string
		meta plan.Meta
		eids []string // that must exist
	}{
		{
			name: "number in parentheses, no publicity",
			text: "关于印发某规划的通知\n\n（某政办发〔2021〕3号）\n\n各县人民政府，各部门：\n现印发给你们。\n某市人民政府办公室\n2021年9月2日" + body,
			meta: plan.Meta{DocumentNumber: "某政办发〔2021〕3号", NoticeTitle: "关于印发某规划的通知", Title: "某规划",
				Issuer: "某市人民政府办公室", Date: "2021-09-02", Addressees: []string{"各县人民政府", "各部门"}},
			eids: []string{"notice__title", "notice__number", "notice__addressees", "notice__para_1", "notice__signature", "notice__date", "preamble", "part_1"},
		},
		{
			name: "通知如下 is body, not 主送",
			text: "某政发〔2022〕1号\n关于做好某工作的通知\n各单位：\n为做好某工作，现通知如下：\n一是加强领导。\n某区人民政府\n2022年3月1日\n（此件主动公开）" + body,
			meta: plan.Meta{DocumentNumber: "某政发〔2022〕1号", NoticeTitle: "关于做好某工作的通知", Title: "某规划",
				Issuer: "某区人民政府", Date: "2022-03-01", Addressees: []string{"各单位"}, Publicity: "主动公开"},
			eids: []string{"notice__addressees", "notice__para_1", "notice__para_2", "notice__publicity"},
		},
		{
			name: "不予公开",
			text: "某政发〔2022〕2号\n关于某事的通知\n各单位：\n现印发。\n某区人民政府\n2022年3月1日\n（此件不公开）" + body,
			meta: plan.Meta{DocumentNumber: "某政发〔2022〕2号", NoticeTitle: "关于某事的通知", Title: "某规划",
				Issuer: "某区人民政府", Date: "2022-03-01", Addressees: []string{"各单位"}, Publicity: "不予公开"},
		},
		{
			name: "footer",
			text: "某规划\n一、总体要求\n正文。\n\n抄送：甲办公室，乙办公室，\n    丙法院。\n某区人民政府办公室　　2022年12月28日印发\n",
			meta: plan.Meta{Title: "某规划", CC: []string{"甲办公室", "乙办公室", "丙法院"}, Printer: "某区人民政府办公室", PrintDate: "2022-12-28"},
			eids: []string{"conclusions__cc", "conclusions__printer", "conclusions__date"},
		},
		{
			name: "footer after a finished list",
			text: "某规划\n一、总体要求\n正文。\n抄送：甲办公室。\n附注：乙。\n",
			meta: plan.Meta{Title: "某规划", CC: []string{"甲办公室"}},
			eids: []string{"conclusions__cc", "conclusions__para_1"},
		},
		{
			name: "an opinion issued as itself, its title over its number",
			text: "某省人民政府关于深化某某改革的实施意见\n某政发〔2014〕20号\n各市人民政府，各省、自治区、直辖市人民政府，省政府各部门、各直属机构：\n前言。\n一、总体要求\n正文。\n某省人民政府\n2014年12月31日\n",
			meta: plan.Meta{DocumentNumber: "某政发〔2014〕20号", NoticeTitle: "某省人民政府关于深化某某改革的实施意见", Title: "某省人民政府关于深化某某改革的实施意见",
				Issuer: "某省人民政府", Date: "2014-12-31", Addressees: []string{"各市人民政府", "各省、自治区、直辖市人民政府", "省政府各部门", "各直属机构"}},
			eids: []string{"notice__title", "notice__number", "notice__addressees", "preamble__para_1", "part_1", "conclusions__signature", "conclusions__date"},
		},
		{
			name: "红头, a title over two lines, each line a paragraph, signed in Chinese numerals",
			text: "某市人民政府办公厅文件\n\n某政办发〔2009〕24号\n\n某市人民政府办公厅关于加强某某\n\n工作的通知\n\n各市州、县市区人民政府：\n\n现通知如下：\n\n一、加强领导。正文。\n\n某市人民政府办公厅\n\n二〇〇九年三月十日\n",
			meta: plan.Meta{DocumentNumber: "某政办发〔2009〕24号", NoticeTitle: "某市人民政府办公厅关于加强某某工作的通知", Title: "某市人民政府办公厅关于加强某某工作的通知",
				Issuer: "某市人民政府办公厅", Date: "2009-03-10", Addressees: []string{"各市州、县市区人民政府"}},
			eids: []string{"notice__masthead", "notice__number", "notice__title", "notice__addressees", "preamble__para_1", "part_1", "conclusions__date"},
		},
		{
			name: "a notice opening with its 主送 line (a portal's metadata block, read before, took its number)",
			text: "各市、县人民政府，省人民政府各委、办、厅、局：\n现将《某方案》印发给你们，请认真组织实施。\n某省人民政府\n2018年3月27日\n（此件公开发布）\n\n某方案\n前言。\n一、总体要求\n正文。\n",
			meta: plan.Meta{Title: "某方案", Issuer: "某省人民政府", Date: "2018-03-27", Publicity: "主动公开",
				Addressees: []string{"各市、县人民政府", "省人民政府各委、办、厅、局"}},
			eids: []string{"notice__addressees", "notice__para_1", "notice__signature", "notice__date", "notice__publicity", "preamble__para_1", "part_1"},
		},
		{
			name: "a notice opening with what it issues",
			text: "现将《某方案》印发给你们，请认真贯彻执行。\n某区人民政府\n2022年3月1日\n\n某方案\n一、总体要求\n正文。\n",
			meta: plan.Meta{Title: "某方案", Issuer: "某区人民政府", Date: "2022-03-01"},
			eids: []string{"notice__para_1", "notice__signature", "notice__date", "preamble", "part_1"},
		},
		{
			name: "untitled text, signed and dated, before the document it issues",
			text: "为做好某工作，特制定本方案，请遵照执行。\n某区人民政府\n2022年3月1日\n（此件公开发布）\n\n某区某工作方案\n前言。\n一、总体要求\n正文。\n",
			meta: plan.Meta{Title: "某区某工作方案", Issuer: "某区人民政府", Date: "2022-03-01", Publicity: "主动公开"},
			eids: []string{"notice__para_1", "notice__signature", "notice__date", "notice__publicity", "preamble__para_1", "part_1__para_1"},
		},
		{
			name: "a title quoted whole, the number printed twice, then the untitled document it issues",
			text: "《某市人民政府办公厅关于印发〈某市2016年政务公开工作要点〉的通知》\n某政办发〔2016〕26号\n某政办发〔2016〕26号\n各区人民政府，市政府各委、办、局，各市属机构：\n现印发给你们。\n某市人民政府办公厅\n2016年5月28日\n今年的总体要求是做好公开。\n一、推进公开\n（一）推进清单公开\n公布清单。\n",
			meta: plan.Meta{DocumentNumber: "某政办发〔2016〕26号", NoticeTitle: "某市人民政府办公厅关于印发《某市2016年政务公开工作要点》的通知", Title: "某市2016年政务公开工作要点",
				Issuer: "某市人民政府办公厅", Date: "2016-05-28", Addressees: []string{"各区人民政府", "市政府各委、办、局", "各市属机构"}},
			eids: []string{"notice__title", "notice__number_2", "notice__date", "preamble__para_1", "part_1__sec_1__para_1"},
		},
		{
			name: "a notice whose own parts follow its title, undated, is the document",
			text: "某政〔2024〕1号\n某市人民政府关于印发某方案的通知\n各区人民政府：\n现将《某方案》印发给你们，并就有关事项通知如下，请一并贯彻执行。\n一、强化统筹。各单位要统筹。\n二、强化落实。各单位要落实。\n某市人民政府\n2024年1月20日\n",
			meta: plan.Meta{DocumentNumber: "某政〔2024〕1号", NoticeTitle: "某市人民政府关于印发某方案的通知", Title: "某市人民政府关于印发某方案的通知",
				Issuer: "某市人民政府", Date: "2024-01-20", Addressees: []string{"各区人民政府"}},
			eids: []string{"notice__title", "notice__addressees", "preamble__para_1", "part_2", "conclusions__date"},
		},
		{
			name: "an issuing notice with parts of its own, signed and dated, then the document it issues",
			text: "某政办〔2023〕1号\n某区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知\n各街道办事处，区人民政府各部门：\n《分解方案》已经区人民政府同意，现印发给你们，并就有关事项通知如下：\n一、各责任单位要高度重视，制订工作方案。\n二、各责任单位要按季度报送进展情况。\n某区人民政府办公室\n2023年1月3日\n\n2023年区《政府工作报告》确定的主要目标任务责任分解方案\n一、主要预期目标\n（一）地区生产总值增长7%以上\n责任单位：区发展和改革局\n",
			meta: plan.Meta{DocumentNumber: "某政办〔2023〕1号", NoticeTitle: "某区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知", Title: "2023年区《政府工作报告》确定的主要目标任务责任分解方案",
				Issuer: "某区人民政府办公室", Date: "2023-01-03", Addressees: []string{"各街道办事处", "区人民政府各部门"}},
			eids: []string{"notice__para_2", "notice__para_3", "notice__signature", "notice__date", "preamble", "part_1__sec_1"},
		},
		{
			name: "a notice listing its 附件 over its signature, then the attachments",
			text: "某县人民政府办公室关于印发某县三个方案的通知\n某政办发〔2023〕8号\n各乡镇人民政府，县直有关单位：\n现将《甲方案》《乙方案》《丙方案》印发给你们。\n\n附件：1．甲方案\n      2．乙方案\n      3．丙方案\n\n某县人民政府办公室\n2023年3月1日\n" +
				"附件1\n甲方案\n一、目标任务\n正文。\n附件2\n乙方案\n一、目标任务\n正文。\n附件3\n丙方案\n一、目标任务\n正文。\n",
			meta: plan.Meta{DocumentNumber: "某政办发〔2023〕8号", NoticeTitle: "某县人民政府办公室关于印发某县三个方案的通知", Title: "某县人民政府办公室关于印发某县三个方案的通知",
				Issuer: "某县人民政府办公室", Date: "2023-03-01", Addressees: []string{"各乡镇人民政府", "县直有关单位"}},
			eids: []string{"notice__para_4", "notice__signature", "notice__date", "att_1__part_1", "att_3__part_1"},
		},
		{
			name: "a decree signed by the mayor, dated in Chinese numerals",
			text: "某市人民政府令第123号\n\n《某办法》已经市人民政府同意，现予发布。\n\n市 长 某某某\n\n二○一二年五月三十日\n\n某办法\n\n第一章 总 则\n\n第一条 为加强管理，制定本办法。\n",
			meta: plan.Meta{DocumentNumber: "某市人民政府令第123号", Title: "某办法", Issuer: "某市人民政府", Date: "2012-05-30"},
			eids: []string{"notice__number", "notice__signature", "notice__date", "preamble", "chp_1", "art_1"},
		},
		{
			name: "no wrapper",
			text: "某规划\n\n前言。\n一、总体要求\n正文。",
			meta: plan.Meta{Title: "某规划"},
			eids: []string{"preamble", "preamble__para_1", "part_1", "part_1__para_1"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("notice.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(doc.Meta, tt.meta) {
				t.Errorf("meta:\nhave %+v\nwant %+v", doc.Meta, tt.meta)
			}
			for _, eid := range tt.eids {
				if doc.Node(eid) == nil {
					t.Errorf("no node %s in\n%s", eid, outline(doc))
				}
			}
			if have, want := squeeze(doc.Source()), squeeze(tt.text); have != want {
				t.Errorf("Source:\n%s", firstDiff(have, want))
			}
			if len(doc.Warnings) != 0 {
				t.Errorf("warnings: have %v, want none", doc.Warnings)
			}
		})
	}
}

// TestAttachments wants each document of a file that carries several to be
// an attachment att_N with its own numbering, and a lone 附件 to keep plain
// eIds.
func TestAttachments(t *testing.T) {
	two := "某政办发〔2021〕1号\n关于印发甲和乙的通知\n各单位：\n现印发。\n某办公室\n2021年1月1日\n" +
		"甲办法\n一、总则\n正文。\n二、附则\n正文。\n" +
		"乙方案\n一、目标\n正文。\n" +
		"附件\n名单\n组长：某\n"
	doc, err := parse.Parse("att.txt", []byte(two))
	if err != nil {
		t.Fatal(err)
	}
	var have []string
	for _, n := range doc.Nodes {
		have = append(have, n.EID+" "+n.Num+n.Heading)
	}
	want := []string{"notice ", "att_1 甲办法", "att_2 乙方案", "att_3 附件名单"}
	if !reflect.DeepEqual(have, want) {
		t.Errorf("top level:\nhave %q\nwant %q", have, want)
	}
	if n := doc.Node("att_2__part_1"); n == nil || n.Heading != "目标" {
		t.Errorf("att_2__part_1: have %+v, want 一、目标", n)
	}
	for _, w := range doc.Warnings {
		if strings.Contains(w.Msg, "repeats") {
			t.Errorf("numbering restarted in a new document was taken for a repeat: %v", w)
		}
	}
	lone, err := parse.Parse("att.txt", []byte("附件\n某规划\n一、目标\n正文。"))
	if err != nil {
		t.Fatal(err)
	}
	if n := lone.Node("part_1"); n == nil || lone.Node("preamble").Num != "附件" {
		t.Errorf("a lone 附件: have\n%s\nwant preamble 附件 and part_1", outline(lone))
	}
}

// TestDecreeAndAddressees checks a decree whose serial is printed under its
// masthead, and 主送 lines whose 、 joins levels of government.
func TestDecreeAndAddressees(t *testing.T) {
	doc, err := parse.Parse("d.txt", []byte("江西省人民政府关于修改《江西省流动人口服务和管理办法》的决定\n江西省人民政府令\n第223号\n省人民政府第66次常务会议决定对《江西省流动人口服务和管理办法》作如下修改：\n一、将第六条修改为：“公安机关负责流动人口的居住登记。”\n二、删除第十二条。\n"))
	if err != nil {
		t.Fatal(err)
	}
	if have, want := doc.Meta.DocumentNumber, "江西省人民政府令第223号"; have != want {
		t.Errorf("number: have %q, want %q", have, want)
	}
	if len(doc.Meta.Addressees) != 0 {
		t.Errorf("addressees: have %q, want none (the decision's first paragraph is no 主送 line)", doc.Meta.Addressees)
	}
	doc, err = parse.Parse("d.txt", []byte("某省人民政府关于修改《某办法》的决定\n某省人民政府令\n第223号\n常务会议决定对《某办法》作如下修改：\n一、将第六条修改为：“公安机关负责登记。”\n二、删除第十二条。\n本决定自公布之日起施行。\n《某办法》根据本决定作相应修改，重新公布。\n某办法\n(2011年8月26日省人民政府令第190号公布　根据2020年3月13日省人民政府令第223号修正)\n第一条 为了保障合法权益，制定本办法。\n第二条 本办法适用于本省。\n"))
	if err != nil {
		t.Fatal(err)
	}
	// The decision keeps plain eIds and names the file; the regulation it
	// republishes is its annex, though no 附件 line marks it.
	if have, want := doc.Meta.Title, "某省人民政府关于修改《某办法》的决定"; have != want {
		t.Errorf("title: have %q, want %q", have, want)
	}
	if n := doc.Node("part_1"); n == nil || n.Text != "将第六条修改为：“公安机关负责登记。”" {
		t.Errorf("part_1: have %+v, want the amendment as its text (the 。 inside the quotation ends no heading)", n)
	}
	for eid, heading := range map[string]string{"part_1": "", "att_1": "某办法", "att_1__art_2": ""} {
		if n := doc.Node(eid); n == nil || n.Heading != heading {
			t.Errorf("%s: have %+v, want a node with heading %q", eid, n, heading)
		}
	}
	doc, err = parse.Parse("a.txt", []byte("包头市人民政府办公室关于印发《考评办法》的通知\n包府办发〔2022〕43号\n各旗、县、区人民政府，稀土高新区管委会，市直有关部门、单位：\n现印发给你们。\n2022年4月14日\n考评办法\n一、考评对象\n各旗县区人民政府。\n"))
	if err != nil {
		t.Fatal(err)
	}
	if have, want := strings.Join(doc.Meta.Addressees, "|"), "各旗、县、区人民政府|稀土高新区管委会|市直有关部门、单位"; have != want {
		t.Errorf("addressees: have %q, want %q", have, want)
	}
}

// TestRepeatedPageHeading takes out of the notice a page's heading printed
// under the header, the number run into it and the printed title's book
// title marks and line breaks left out, with a warning; the 主送 line after
// it is still the notice's.
func TestRepeatedPageHeading(t *testing.T) {
	text := "某市某区人民政府文件\n某立政发〔2023〕2号\n某区人民政府关于印发 《某区2023年重点工作任务分解 和责任分工方案》的通知\n\n" +
		"某立政发〔2023〕2号某区人民政府关于印发某区2023年重点工作任务分解和责任分工方案的通知\n\n各街道办事处，各区直部门：\n现印发给你们。\n某区人民政府\n2023年3月28日\n"
	doc, err := parse.Parse("notice.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if have, want := strings.Join(doc.Meta.Addressees, "|"), "各街道办事处|各区直部门"; have != want {
		t.Errorf("addressees: have %q, want %q in\n%s", have, want, outline(doc))
	}
	if len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0].String(), "took the page's repeat of the title") {
		t.Errorf("warnings: have %v, want the page's heading taken out", doc.Warnings)
	}
	if len(doc.Dropped) != 1 {
		t.Errorf("dropped: have %v, want the heading kept", doc.Dropped)
	}
}

// TestTitleLines joins a title printed over several lines: with a blank
// line between (each line a paragraph on a portal's page), and with the
// note of its years on a third line.
func TestTitleLines(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"status note on a third line", "某区全力打响服务品牌\n加快建设某区三年行动计划\n(2018—2020年)\n为贯彻落实部署，制定本计划。\n一、总体要求\n正文。\n",
			"某区全力打响服务品牌加快建设某区三年行动计划(2018—2020年)"},
		{"blank lines between", "某县关于加强某某\n\n工作的实施意见\n\n为贯彻落实部署，提出本意见。\n一、总体要求\n正文。\n",
			"某县关于加强某某工作的实施意见"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("title.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if have := doc.Meta.Title; have != tt.want {
				t.Errorf("title: have %q, want %q in\n%s", have, tt.want, outline(doc))
			}
			if n := doc.Node("preamble__para_1"); n == nil || !strings.HasPrefix(n.Text, "为贯彻落实") {
				t.Errorf("preamble__para_1: have %+v, want the first paragraph", n)
			}
		})
	}
}

// TestPageSummary takes out of a notice a page's summary of it printed
// under its title (the title and the text's first words, cut off).
func TestPageSummary(t *testing.T) {
	title := "某市发展和改革委员会 某市住房和城乡建设局 关于印发某工程实施方案的通知"
	text := title + "\n\n" + title + " 各区(市)县政府(管委会…\n\n" + title + "\n\n各区(市)县政府(管委会),市级有关部门:\n\n为推动建设，特制定本方案。\n\n一、主要目标\n\n到2025年底前建成。\n"
	doc, err := parse.Parse("notice.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if have, want := strings.Join(doc.Meta.Addressees, "|"), "各区(市)县政府(管委会)|市级有关部门"; have != want {
		t.Errorf("addressees: have %q, want %q in\n%s", have, want, outline(doc))
	}
	if have := doc.Meta.NoticeTitle; have != title {
		t.Errorf("notice title: have %q, want %q", have, title)
	}
	if len(doc.Dropped) != 2 {
		t.Errorf("dropped: have %v, want the summary and the repeated heading", doc.Dropped)
	}
}

// TestIssuerLineBetweenTitles reads the 主送 line of a notice whose page
// prints the issuing body's name between its heading and the title.
func TestIssuerLineBetweenTitles(t *testing.T) {
	text := "某市人民政府办公厅关于印发某办法的通知\n\n某省某市人民政府办公厅\n\n某市人民政府办公厅关于印发某办法的通知\n\n某政办〔2008〕114号\n\n" +
		"某区人民政府，市政府有关委、办、局：\n\n现将《某办法》印发给你们。\n\n二○○八年九月二十二日\n\n某办法\n第一章 总 则\n第一条 为规范管理，制定本办法。\n"
	doc, err := parse.Parse("notice.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	m := doc.Meta
	if have, want := strings.Join(m.Addressees, "|"), "某区人民政府|市政府有关委、办、局"; have != want {
		t.Errorf("addressees: have %q, want %q in\n%s", have, want, outline(doc))
	}
	if m.DocumentNumber != "某政办〔2008〕114号" || m.Date != "2008-09-22" || m.Title != "某办法" || m.NoticeTitle != "某市人民政府办公厅关于印发某办法的通知" {
		t.Errorf("meta: have %+v", m)
	}
	if doc.Node("art_1") == nil {
		t.Errorf("no art_1 in\n%s", outline(doc))
	}
}

// TestTitlePrintedThrice reads a notice as a law site prints it: a line
// of the page's furniture (author, time, views, source, download link),
// the title, the issuing body alone, the title again, then the notice
// unsigned, dated with the letter O for 〇.
func TestTitlePrintedThrice(t *testing.T) {
	title := "某市人民政府关于印发某市某管理规定(试行)的通知"
	text := title + "\n\n作者:某资料网 时间:2024-07-05 22:45:45   浏览:8903   来源:某资料网\n下载地址: 点击此处下载\n\n" +
		title + "\n\n某省某市人民政府\n\n\n" + title + "\n\n\n各县、区人民政府,市直各委、办、局:\n\n" +
		"《某市某管理规定(试行)》已经市人民政府常务会议通过,现印发给你们,请认真遵照执行。\n\n二OO六年二月二十日\n\n\n" +
		"某市某管理规定(试行)\n\n第一条 为加强管理,制定本规定。\n\n第二条 本规定适用于本市。\n"
	doc, err := parse.Parse("notice.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	want := plan.Meta{Title: "某市某管理规定(试行)", NoticeTitle: title, Issuer: "某省某市人民政府", Date: "2006-02-20",
		Addressees: []string{"各县、区人民政府", "市直各委、办、局"}}
	if have := doc.Meta; !reflect.DeepEqual(have, want) {
		t.Errorf("meta:\nhave %+v\nwant %+v", have, want)
	}
	if n := doc.Node("notice__addressees"); n == nil {
		t.Errorf("no notice__addressees in\n%s", outline(doc))
	}
	if n := doc.Node("art_2"); n == nil {
		t.Errorf("no art_2 in\n%s", outline(doc))
	}
	headings := 0
	for _, d := range doc.Dropped {
		if d.Why == "page heading" {
			headings++
		}
	}
	if headings != 2 {
		t.Errorf("dropped: have %+v, want the title's first two printings as page headings", doc.Dropped)
	}
}

// TestAddressedOpinion reads an opinion issued as itself, unnumbered, as
// a decision is: its title over its 主送 line is its header, the 主送
// line its addressees, where the line was the preamble's first paragraph.
func TestAddressedOpinion(t *testing.T) {
	for _, title := range []string{"某县人民政府关于加快推进乡村振兴的意见", "某县人民政府办公室关于加快推进乡村振兴的实施意见", "某县人民政府关于加快推进乡村振兴的决定"} {
		t.Run(title, func(t *testing.T) {
			text := title + "\n\n各乡镇人民政府，县政府各部门：\n为加快推进乡村振兴，现提出如下意见。\n一、总体要求\n坚持农业农村优先发展。\n\n某县人民政府\n2023年5月6日\n"
			doc, err := parse.Parse("a.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			if have := doc.Meta.Addressees; !reflect.DeepEqual(have, []string{"各乡镇人民政府", "县政府各部门"}) || doc.Meta.Title != title || doc.Node("preamble__para_1") == nil {
				t.Errorf("have addressees %q, title %q; want 各乡镇人民政府|县政府各部门, %s, preamble__para_1 in\n%s", have, doc.Meta.Title, title, outline(doc))
			}
		})
	}
}

// TestAddresseesOfPlaces: a 主送 line's levels of places sharing one body
// (各辖市、区人民政府: the governments of the county-level cities and the
// districts under the city) are one addressee.
func TestAddresseesOfPlaces(t *testing.T) {
	doc, err := parse.Parse("a.txt", []byte("市政府关于印发《某规定》的通知\n各辖市、区人民政府，市各委办局，市各公司、直属单位：\n现印发给你们。\n某市人民政府\n2019年1月30日\n某规定\n第一条 为了规范管理，制定本规定。\n"))
	if err != nil {
		t.Fatal(err)
	}
	if have, want := strings.Join(doc.Meta.Addressees, "|"), "各辖市、区人民政府|市各委办局|市各公司|市直属单位"; have != want {
		t.Errorf("addressees: have %q, want %q", have, want)
	}
}
