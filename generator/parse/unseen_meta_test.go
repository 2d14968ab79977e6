package parse_test

import (
	"strings"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// The metadata of documents outside the corpus, each read from a
// synthetic text of the shape a real one has: addressees, issuer,
// number, date.

// TestAddressees reads a notice's 主送 line into its addressees.
func TestAddressees(t *testing.T) {
	tests := []struct{ line, want string }{
		// An organisation's committees at levels of government, named once.
		{"共青团各省、自治区、直辖市委：", "共青团各省、自治区、直辖市委"},
		{"共青团各省、团中央各部门：", "共青团各省|团中央各部门"},
		// A place before another place's body: the committees of both.
		{"各县(区)人民政府,高新区、工业园区管委会,市人民政府各部门:", "各县(区)人民政府|高新区、工业园区管委会|市人民政府各部门"},
		{"市发改委、高新区：", "市发改委|高新区"},
		{"各旗、县、区人民政府，市直有关部门、单位：", "各旗、县、区人民政府|市直有关部门、单位"},
		{"省政府各部门、各直属机构：", "省政府各部门|各直属机构"},
		// Two bodies of each place, the second without its place or its
		// 各: each a body of each place, as a reader cites it.
		{"各县市区委、人民政府,市直各单位:", "各县市区委|各县市区人民政府|市直各单位"},
		{"各县（市、区）委、人民政府，各街道办事处：", "各县（市、区）委|各县（市、区）人民政府|各街道办事处"},
		{"各区委、区政府，市委各部委：", "各区委|各区政府|市委各部委"},
		{"各县委、县政府，县直各部门：", "各县委|各县政府|县直各部门"},
		{"各乡镇党委、政府，各街道党工委、办事处：", "各乡镇党委|各乡镇政府|各街道党工委|各街道办事处"},
		{"各乡镇人民政府、街道办事处：", "各乡镇人民政府|街道办事处"},
		{"各区委、市直各部门：", "各区委|市直各部门"},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			text := "某某委员会关于印发《某办法》的通知\n某发〔2023〕3号\n" + tt.line + "\n现将《某办法》印发给你们。\n某某委员会\n2023年3月1日\n某办法\n一、总则\n加强管理。\n"
			doc, err := parse.Parse("a.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			if have := strings.Join(doc.Meta.Addressees, "|"); have != tt.want {
				t.Errorf("have %q, want %q", have, tt.want)
			}
		})
	}
}

// TestNumberInTitle reads the document number a page runs into a notice's
// title as the notice's number.
func TestNumberInTitle(t *testing.T) {
	rest := "\n\n各乡镇人民政府:\n\n现将《某县总体应急预案》印发给你们。\n\n某县人民政府\n\n2023年3月9日\n\n某县总体应急预案\n\n1 总则\n\n1.1 编制依据\n\n结合实际,制定本预案。\n"
	for _, tt := range []struct{ name, head string }{
		{"before the title", "某政发【2023】7号关于印发某县总体应急预案的通知"},
		// A page's line of source, date and type sizes, and its eyesight
		// colour switch, under the title.
		{"in brackets after the title", "关于印发某县总体应急预案的通知(某政发〔2023〕7号)\n\n来源:某县政府门户网 日期:2023-03-10 17:08 字号:【\n视力保护色:\n浏览量:"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("a.txt", []byte(tt.head+rest))
			if err != nil {
				t.Fatal(err)
			}
			if have, want := doc.Meta.DocumentNumber, "某政发〔2023〕7号"; have != want {
				t.Errorf("number: have %q, want %q in\n%s", have, want, outline(doc))
			}
			if have, want := doc.Meta.NoticeTitle, "关于印发某县总体应急预案的通知"; have != want {
				t.Errorf("notice title: have %q, want %q", have, want)
			}
			if have, want := strings.Join(doc.Meta.Addressees, "|"), "各乡镇人民政府"; have != want {
				t.Errorf("addressees: have %q, want %q", have, want)
			}
		})
	}
}

// TestDatedNote reads the date a document notes in brackets under its title
// (a Party committee's and government's joint opinion) as its date, not as
// a deadline.
func TestDatedNote(t *testing.T) {
	doc, err := parse.Parse("a.txt", []byte("中共某县委 某县人民政府\n关于全面推进乡村振兴的实施意见\n（2023年5月6日）\n\n为全面推进乡村振兴，现提出如下意见。\n\n一、总体要求\n\n坚持农业农村优先发展。\n\n二、重点任务\n\n（一）保障粮食安全。稳定粮食播种面积。（县农业农村局牵头，各乡镇配合）\n"))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Meta.Date != "2023-05-06" {
		t.Errorf("date: have %q, want 2023-05-06", doc.Meta.Date)
	}
	if n := doc.Node("preamble__para_1"); n == nil || n.Deadline != nil {
		t.Errorf("preamble__para_1: have %+v, want the dated note without a deadline", n)
	}
}

// TestTitleNote reads the 主送 line under a note a notice prints in
// brackets under its title (when its document was approved and issued),
// as a Party committee's and government's offices print it.
func TestTitleNote(t *testing.T) {
	doc, err := parse.Parse("a.txt", []byte("关于印发《某市乡村振兴责任制实施细则》的通知\n(2023年6月21日中共某市委常委会会议审议批准 2023年7月20日中共某市委办公厅、某市人民政府办公厅发布)\n"+
		"各区委、区政府,市委各部委办,市各国家机关:\n经市委、市政府同意,现将《某市乡村振兴责任制实施细则》印发给你们,请认真遵照执行。\n"+
		"中共某市委办公厅\n某市人民政府办公厅\n2023年7月20日\n某市乡村振兴责任制实施细则\n第一章 总则\n第一条 为了落实乡村振兴责任制,制定本细则。\n"))
	if err != nil {
		t.Fatal(err)
	}
	if have, want := strings.Join(doc.Meta.Addressees, "|"), "各区委|各区政府|市委各部委办|市各国家机关"; have != want {
		t.Errorf("addressees: have %q, want %q in\n%s", have, want, outline(doc))
	}
	if n := doc.Node("notice__para_2"); n == nil || !strings.HasPrefix(n.Text, "经市委") {
		t.Errorf("notice__para_2: have %+v, want the notice's text after the note (notice__para_1)", n)
	}
	if doc.Meta.Date != "2023-07-20" {
		t.Errorf("date: have %q, want 2023-07-20", doc.Meta.Date)
	}
}

// TestReportOccasion reads the line under a 政府工作报告's title that says
// when and where it was given as the report's date, a paragraph, not a
// bullet.
func TestReportOccasion(t *testing.T) {
	for _, line := range []string{"——2023年2月2日在某市第十六届人民代表大会第三次会议上", "—— 二〇二三年二月二日在某市第十六届人民代表大会第三次会议上"} {
		doc, err := parse.Parse("a.txt", []byte("政府工作报告\n"+line+"\n某市市长 某某\n各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n"+
			"一、2022年工作回顾\n经济实现稳健发展。\n——地区生产总值增长5%。\n"))
		if err != nil {
			t.Fatal(err)
		}
		if doc.Meta.Date != "2023-02-02" {
			t.Errorf("%s: have date %q, want 2023-02-02", line, doc.Meta.Date)
		}
		if n := doc.Node("preamble__para_1"); n == nil || n.Kind != plan.KindParagraph {
			t.Errorf("%s: preamble__para_1: have %+v, want the occasion as a paragraph", line, n)
		}
		if n := doc.Node("part_1__para_2"); n == nil || n.Kind != plan.KindBullet {
			t.Errorf("%s: part_1__para_2: have %+v, want a bullet", line, n)
		}
		if doc.Meta.Issuer != "" {
			t.Errorf("%s: have issuer %q, want none: 某市市长 names no body", line, doc.Meta.Issuer)
		}
	}
	// A byline naming the government whose head gave the report: the
	// government's report.
	doc, err := parse.Parse("a.txt", []byte("政府工作报告\n——2024年1月10日在某县第十八届人民代表大会第四次会议上\n某县人民政府县长 王某某\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、工作回顾\n经济稳健发展。\n"))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Meta.Issuer != "某县人民政府" {
		t.Errorf("have issuer %q, want 某县人民政府 in\n%s", doc.Meta.Issuer, outline(doc))
	}
}

// TestRedHeadReprint reads a 红头 notice as a portal reprints its PDF,
// double-spaced: the page's breadcrumb and its last section printed again,
// the page's heading over the masthead, the masthead over two lines
// (某自治区人民政府 / 文件), the title and the 主送 wrapped, unsigned.
func TestRedHeadReprint(t *testing.T) {
	header := "某自治区人民政府\n\n文件\n\n某政发〔2020〕16号\n\n关于印发《某自治区关于进一步\n\n做好稳就业工作的实施意见》的通知\n\n" +
		"某某自治州,各州、市、县(市)人民政府,各行政公署,自治\n\n区人民政府各部门、各直属机构:\n\n" +
		"《某自治区关于进一步做好稳就业工作的实施意见》\n\n已经自治区人民政府第81次常务会议审议通过,现印发你们,请\n\n认真贯彻执行。\n\n2020年3月19日\n\n(此件公开发布)\n\n—1—\n\n" +
		"某自治区关于进一步做好\n\n稳就业工作的实施意见\n\n"
	body := strings.Repeat("自治区党委、自治区人民政府始终坚持就业第一,把就业作为\n\n最大的民生工程、民心工程、根基工程,作为保障和改善民生、维护\n\n社会稳定的重要举措,确保我区就业局势保持总体稳定。\n\n", 3) +
		"一、总体要求\n\n以新时代中国特色社会主义思想为指导,深入学习贯彻党的十九\n\n大和十九届二中、三中、四中全会精神,把稳就业摆在更加突出\n\n的位置。\n"
	page := "政府信息公开\n\n您的位置: 首页  >>  政务公开  >>  自治区文件  >>  正文\n自治区文件\n\n关于印发《某自治区关于进一步做好稳就业工作的实施意见》的通知\n\n来源:某自治区政府网 发布时间:2020年03月25日 11:31 浏览次数:\n\n"
	for name, text := range map[string]string{"as printed": header + body, "on the portal's page": page + header + body} {
		t.Run(name, func(t *testing.T) {
			doc, err := parse.Parse("a.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			m := doc.Meta
			if m.DocumentNumber != "某政发〔2020〕16号" || m.NoticeTitle != "关于印发《某自治区关于进一步做好稳就业工作的实施意见》的通知" || m.Issuer != "某自治区人民政府" {
				t.Errorf("meta: have number %q, notice title %q, issuer %q in\n%s", m.DocumentNumber, m.NoticeTitle, m.Issuer, outline(doc))
			}
			if have, want := strings.Join(m.Addressees, "|"), "某某自治州|各州、市、县(市)人民政府|各行政公署|自治区人民政府各部门|各直属机构"; have != want {
				t.Errorf("addressees: have %q, want %q", have, want)
			}
			if n := doc.Node("notice__masthead"); n == nil || n.Text != "某自治区人民政府文件" {
				t.Errorf("notice__masthead: have %+v, want the masthead joined", n)
			}
			if n := doc.Node("notice__para_2"); n != nil {
				t.Errorf("notice__para_2: have %+v, want the notice's one paragraph", n)
			}
		})
	}
}

// TestAdoptedNote reads the note under a Party committee's proposal of the
// day its plenary session adopted it as the document's date, an adoption.
func TestAdoptedNote(t *testing.T) {
	doc, err := parse.Parse("a.txt", []byte("中国共产党某市委员会关于制定“十五五”时期国民经济和社会发展规划的建议\n\n  (2025年11月28日中国共产党某市第十届委员会第十次全体会议通过)\n\n"+
		"  中国共产党某市第十届委员会第十次全体会议就制定规划提出以下建议。\n\n  一、“十五五”时期是关键时期\n\n  (一)发展取得历史性成就。各项事业全面进步。\n"))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Meta.Date != "2025-11-28" {
		t.Errorf("date: have %q, want 2025-11-28 in\n%s", doc.Meta.Date, outline(doc))
	}
	// The date is the adoption's, shown as 通过日期, not 成文日期.
	if v := doc.Meta.DatedVersion(); v == nil || v.Act != plan.ActAdopted {
		t.Errorf("the date's version: have %+v, want the adoption", v)
	}
}

// TestTitleOverATopic joins a title printed over two lines whose first ends
// in a word that names what the document is about (标准, 清单, 制度,
// 规则), though 标准 alone may end a title too; a title of one line so
// ended stays one.
func TestTitleOverATopic(t *testing.T) {
	body := "\n\n根据有关要求，特制定本实施细则。\n\n一、补贴对象\n\n（一）补贴对象\n\n本细则给予补贴的对象为老旧营运货车。\n"
	tests := []struct{ name, text, want string }{
		{"a title over two lines", "北京市继续促进国四排放标准\n老旧营运货车报废更新实施细则" + body, "北京市继续促进国四排放标准老旧营运货车报废更新实施细则"},
		{"a list's title over two lines", "某市政府部门权责清单\n动态调整管理办法" + body, "某市政府部门权责清单动态调整管理办法"},
		{"a standard's title alone", "某市公共服务标准" + body, "某市公共服务标准"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("a.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Meta.Title != tt.want {
				t.Errorf("title: have %q, want %q in\n%s", doc.Meta.Title, tt.want, outline(doc))
			}
		})
	}
}

// TestPrintLineOverDocument reads the 版记 a notice prints at the foot of
// its last page, over the document it issues, as the notice's printer and
// printing date, where it was read as that document's title (or joined to
// it); the notice's date stays the signature's.
func TestPrintLineOverDocument(t *testing.T) {
	for _, title := range []string{"住房限购政策的实施意见", ""} {
		text := "某市住房保障和房产局文件\n\n某房市字〔2017〕108号\n\n关于明确住房限购政策有关事项的通知\n\n各区人民政府：\n为进一步促进房地产市场健康发展，我局制定了住房限购政策的实施意见。\n现将具体意见印发给你们，请认真执行。\n\n某市住房保障和房产局\n2017年5月3日\n\n" +
			"某市住房保障和房产局办公室       2017年5月4日印发\n"
		want := "关于明确住房限购政策有关事项的通知"
		if title != "" {
			text += title + "\n\n一、关于执行对象的认定\n\n因赠与取得不动产的，按住房限购政策执行。\n"
			want = title
		}
		doc, err := parse.Parse("n.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if m := doc.Meta; m.Title != want || m.Date != "2017-05-03" || m.Printer != "某市住房保障和房产局办公室" || m.PrintDate != "2017-05-04" {
			t.Errorf("meta: have %+v, want title %q, date 2017-05-03, printed 2017-05-04 by the office in\n%s", m, want, outline(doc))
		}
	}
}

// TestDecisionTitle joins a decision's title printed under the issuing
// body's name over five lines, naming the two rules it amends.
func TestDecisionTitle(t *testing.T) {
	doc, err := parse.Parse("d.txt", []byte("某市人民政府\n关于修改《某市关于开展对部分\n个人住房征收房产税改革试点的暂行办法》和\n《某市个人住房房产税征收管理\n实施细则》的决定\n\n市政府决定对《某市关于开展对部分个人住房征收房产税改革试点的暂行办法》作如下修改：\n\n一、将第二条修改为“本办法适用于全市。”\n\n本决定自公布之日起施行。\n"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "某市人民政府关于修改《某市关于开展对部分个人住房征收房产税改革试点的暂行办法》和《某市个人住房房产税征收管理实施细则》的决定"; doc.Meta.Title != want {
		t.Errorf("title: have %q, want %q in\n%s", doc.Meta.Title, want, outline(doc))
	}
}

// TestRuleOnItsPage reads the title of a rule republished whole after the
// decision that amends it, over two lines at the top of a page of its own,
// as one title, and the rule as the decision's annex.
func TestRuleOnItsPage(t *testing.T) {
	doc, err := parse.Parse("d.txt", []byte("某市人民政府关于修改《某市个人住房房产税暂行办法》的决定\n\n市政府决定对《某市个人住房房产税暂行办法》作如下修改：\n\n一、将第二条修改为“本办法适用于全市。”\n\n二、删去第三条。\n\n本决定自公布之日起施行。\n\n《某市关于开展对部分个人住房征收房产税改革试点的暂行办法》根据本决定作相应修改，重新公布。\n\n- 1 -\n"+
		"\f       某市关于开展对部分\n   个人住房征收房产税改革试点的暂行办法\n    为调节收入分配，制定本暂行办法。\n    一、试点区域\n    试点区域为主城九区。\n"))
	if err != nil {
		t.Fatal(err)
	}
	// The decision names the rule as republished: its annex, att_1,
	// though it opens with no article and no history of its own.
	if n := doc.Node("att_1"); n == nil || n.Heading != "某市关于开展对部分个人住房征收房产税改革试点的暂行办法" {
		t.Errorf("att_1: have %+v, want the rule's title over its two lines in\n%s", n, outline(doc))
	}
}
