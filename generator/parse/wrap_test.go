package parse_test

import (
	"strings"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// wrappedPlan is a plan as pdftotext -layout prints it: paragraphs wrapped
// at the measure, first lines indented, page numbers between dashes, a
// running header on every page, a spaced-out heading and a glyph the
// extraction could not map.
const wrappedPlan = `II某县促进房地产市场平稳健康发展若干措施
    为深入贯彻落实全国稳住经济大盘电视电话会议精神和国
务院扎实稳住经济一揽子政策措施，激发市场主体发展活力，更
好满足群众合理住房需求，结合我县实际，制定本措施。
前    言
    一、居民住房消费补贴措施及标准
    自本文件发布之日起至 2023 年 2 月 20 日止，在我县城市
规划区内购买新建商品住房的，按所购商品住房面积予以每平
方米 150 元的补贴，每套最高补贴不超过 2 万元，补贴资金由
县财政统一拨付(cid:21)。
    二、鼓励在县城购房，提供就学、落户保障
    在我县城市规划区范围内购买新建商品住房的，凭商品房买

                                    - 1 -
某县人民政府行政规范性文件
卖合同可以申请落户，其子女可以按照规定就近入学，享受与
县城户籍居民同等的基本公共服务，具体办法由县教育局另行
制定并公布。Chinese and English text joins with a space
in between words.

                                    - 2 -
某县人民政府行政规范性文件
    三、引导房产企业开展促销活动
    鼓励房地产开发企业在法律政策框架内开展住房团购优惠、以老
带新等促销活动，对在县城购房的给予适当优惠，具体由企业自
行确定并向社会公布，县住建局加强指导和监督，确保落实到位。

                                    - 3 -
某县人民政府行政规范性文件
    四、其他
    本措施自发布之日起施行，有效期至 2023 年 12 月 31 日，由县
住建局负责解释，以往规定与本措施不一致的，以本措施为准。
`

func TestWrappedLayout(t *testing.T) {
	doc, err := parse.Parse("wrapped.txt", []byte(wrappedPlan))
	if err != nil {
		t.Fatal(err)
	}
	if have, want := doc.Meta.Title, "某县促进房地产市场平稳健康发展若干措施"; have != want {
		t.Errorf("title: have %q, want %q (the glued page number II removed)", have, want)
	}
	for eid, want := range map[string]string{
		"preamble__para_1": "为深入贯彻落实全国稳住经济大盘电视电话会议精神和国务院扎实稳住经济一揽子政策措施，激发市场主体发展活力，更好满足群众合理住房需求，结合我县实际，制定本措施。",
		"part_1__para_1":   "自本文件发布之日起至 2023 年 2 月 20 日止，在我县城市规划区内购买新建商品住房的，按所购商品住房面积予以每平方米 150 元的补贴，每套最高补贴不超过 2 万元，补贴资金由县财政统一拨付。",
		"part_2__para_1":   "在我县城市规划区范围内购买新建商品住房的，凭商品房买卖合同可以申请落户，其子女可以按照规定就近入学，享受与县城户籍居民同等的基本公共服务，具体办法由县教育局另行制定并公布。Chinese and English text joins with a space in between words.",
	} {
		n := doc.Node(eid)
		if n == nil || n.Text != want {
			t.Errorf("%s: have %+v\n\twant text %q", eid, n, want)
		}
	}
	if n := doc.Node("hcontainer_1"); n == nil || n.Heading != "前言" {
		t.Errorf("hcontainer_1: have %+v, want the spaced-out heading 前言", n)
	}
	kinds := map[string]int{}
	for _, d := range doc.Dropped {
		kinds[d.Why]++
	}
	if kinds["page number"] != 4 || kinds["running header"] != 3 || kinds["extraction garbage"] != 1 {
		t.Errorf("dropped: have %v, want 4 page numbers (II and three), 3 running headers, 1 garbage", kinds)
	}
	var msgs []string
	for _, w := range doc.Warnings {
		msgs = append(msgs, w.String())
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{"wrapped.txt:14: removed 3 page number(s)", "running header", "wrapped.txt:10: removed 1 unreadable glyph(s) (cid:21)", "wrapped.txt:1: removed the page number \"II\""} {
		if !strings.Contains(all, want) {
			t.Errorf("warnings: have\n%s\nwant one containing %q", all, want)
		}
	}
	if c := parse.Count(doc); c.Parts != 4 || c.Whole != c.Paragraphs {
		t.Errorf("counts: have %v, want 4 parts and every paragraph whole", c)
	}
}

// TestTOC reads a printed table of contents as one node, never as a second
// copy of the structure.
func TestTOC(t *testing.T) {
	src := "某市城市内涝治理规划\n目   录\n前言……………………1\n一、发展基础 ........ 3\n（一）主要成效……………3\n二、总体要求………………12\n前    言\n本规划是专项规划。\n一、发展基础\n正文。\n（一）主要成效\n正文。\n二、总体要求\n正文。\n"
	doc, err := parse.Parse("toc.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	toc := doc.Node("toc")
	if toc == nil || toc.Kind != plan.KindTOC || len(toc.Rows) != 4 || toc.Rows[1][0] != "一、发展基础" || toc.Rows[1][2] != "3" {
		t.Fatalf("toc: have %+v, want 4 entries", toc)
	}
	if c := parse.Count(doc); c.Parts != 2 || c.Sections != 1 {
		t.Errorf("counts: have %v, want 2 parts and 1 section (the contents are not structure)", c)
	}
	if n := doc.Node("hcontainer_1"); n == nil || n.Heading != "前言" {
		t.Errorf("hcontainer_1: have %+v, want 前言", n)
	}
}

// TestShortWrapped reads a short excerpt of a PDF hard-wrapped at a fixed
// width, its first lines not indented: a few lines broken mid-sentence
// are enough to tell, and its headings stay headings.
func TestShortWrapped(t *testing.T) {
	text := "某区关于进一步优化营商环境的实施方案\n" +
		"为深入贯彻落实党中央、国务院关于优化营商环境的决策部署，\n持续打造市场化法治化国际化营商环境，结合我区实际，制定\n本方案。\n" +
		"一、工作目标\n到2024年底，全区营商环境便利度明显提升，企业开办时间压\n缩至1个工作日以内，政务服务事项全程网办率达到90%以上。\n" +
		"二、重点任务\n（一）提升政务服务效能。全面推行“一网通办”，推动更多\n政务服务事项网上办、掌上办，实现高频事项“跨省通办”。\n" +
		"（二）优化企业开办服务。推行企业开办“一件事一次办”，\n压缩企业开办时间。\n" +
		"三、保障措施\n各部门要加强组织领导，明确责任分工，确保各项任务落到实\n处。\n"
	doc, err := parse.Parse("short.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for eid, want := range map[string]string{
		"preamble__para_1": "为深入贯彻落实党中央、国务院关于优化营商环境的决策部署，持续打造市场化法治化国际化营商环境，结合我区实际，制定本方案。",
		"part_1__para_1":   "到2024年底，全区营商环境便利度明显提升，企业开办时间压缩至1个工作日以内，政务服务事项全程网办率达到90%以上。",
		"part_2__sec_1":    "全面推行“一网通办”，推动更多政务服务事项网上办、掌上办，实现高频事项“跨省通办”。",
		"part_2__sec_2":    "推行企业开办“一件事一次办”，压缩企业开办时间。",
		"part_3__para_1":   "各部门要加强组织领导，明确责任分工，确保各项任务落到实处。",
	} {
		if n := doc.Node(eid); n == nil || n.Text != want {
			t.Errorf("%s: have %+v\n\twant text %q", eid, n, want)
		}
	}
	if c := parse.Count(doc); c.Parts != 3 || c.Sections != 2 || c.Whole != c.Paragraphs {
		t.Errorf("counts: have %v, want 3 parts, 2 sections and every paragraph whole", c)
	}
}

// TestWrappedLastLine ends a wrapped paragraph at its short last line,
// judged by that line's width, not the joined paragraph's: a part's
// heading wrapped over two lines does not run on into the item under it,
// nor a wrapped duty line into the next task.
func TestWrappedLastLine(t *testing.T) {
	text := "某区任务分解方案\n" +
		"为贯彻落实全市街道工作会议精神及有关文件要求，建设文明街道\n、活力街道、宜居街道，现结合我区实际，制定如下任务分解方案。\n" +
		"一、提高城市基层党建工作水平，加强党对基层治理的全面领\n导\n" +
		"1.完善街道党工委对地区治理重大工作的领导体制机制，优化决\n策程序，全面提升街道抓党建、抓治理、抓服务的领导能力。\n" +
		"牵头单位：区委组织部\n协办单位：区委编办、区民政局、园区党工委、各街道党工\n委\n" +
		"2.以区域化党建为重点，构建区、街道、社区党组织上下贯通的\n基层党建工作体系，推动社区党建、单位党建、行业党建联动。\n" +
		"牵头单位：区委组织部\n" +
		"二、推进街道管理体制改革，完善街道职责清单和工作运行机\n制\n3.制定街道职责清单，明确街道主要承担党群工作、平安建设\n、城市管理、社区建设、民生保障等方面的职能。\n"
	doc, err := parse.Parse("tasks.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for eid, want := range map[string]string{
		"part_1":         "提高城市基层党建工作水平，加强党对基层治理的全面领导",
		"part_1__item_2": "以区域化党建为重点",
		"part_2":         "推进街道管理体制改革，完善街道职责清单和工作运行机制",
		"part_2__item_3": "制定街道职责清单",
	} {
		n := doc.Node(eid)
		if n == nil || !strings.HasPrefix(n.Heading+n.Text, want) {
			t.Errorf("%s: have %+v, want %q first", eid, n, want)
		}
	}
	if n := doc.Node("part_1__item_1"); n == nil || n.Resp == nil || strings.Join(n.Resp.Support, "|") != "区委编办|区民政局|园区党工委|各街道党工委" {
		t.Errorf("part_1__item_1: have %+v, want its duty lines' departments, the wrapped line joined", n)
	}
}

// TestPagedNoticeWrapped joins the lines of a notice of a page and a half
// as a PDF prints it, page by page: two lines broken mid-sentence are
// enough where the text is of printed pages (a form feed between them),
// though as few in a text of paragraphs would be long headings.
func TestPagedNoticeWrapped(t *testing.T) {
	lines := []parse.Line{
		{Text: "          沪建房管联〔2024〕58 号"}, {Text: ""},
		{Text: "    关于优化本市住房限购政策的通知"}, {Text: ""},
		{Text: "各有关单位："},
		{Text: "  为更好满足居民合理住房需求，经市政府同意，现就优"},
		{Text: "化本市住房限购政策事宜通知如下："},
		{Text: "  截至购房之日，在本市连续缴纳社会保险或个人所得税"},
		{Text: "已满 5 年及以上的非本市户籍居民，可在外环以外区域（崇"},
		{Text: "明区除外）限购 1 套住房（含新建商品住房和二手住房）。"},
		{Text: "  本通知自 2024 年 1 月 31 日起施行。"}, {Text: ""}, {Text: ""},
		{Text: "             2024 年 1 月 30 日"},
		{Text: "（此件公开发布）"},
		{Text: "\f上海市房屋管理局办公室   2024 年 1 月 30 日印发"},
	}
	doc := parse.Lines("seeds/x.pdf", lines, plan.Meta{})
	for eid, want := range map[string]string{
		"notice__para_1": "为更好满足居民合理住房需求，经市政府同意，现就优化本市住房限购政策事宜通知如下：",
		"notice__para_2": "截至购房之日，在本市连续缴纳社会保险或个人所得税已满 5 年及以上的非本市户籍居民，可在外环以外区域（崇明区除外）限购 1 套住房（含新建商品住房和二手住房）。",
		"notice__para_3": "本通知自 2024 年 1 月 31 日起施行。",
	} {
		if n := doc.Node(eid); n == nil || n.Text != want {
			t.Errorf("%s: have %+v\n\twant text %q", eid, n, want)
		}
	}
}

// TestStandardCodeFragment joins a standard's code that the extraction set
// apart at the right margin between two lines of one sentence (…要求》 /
// （GB/T / 29912—2024）相关要求…) into its paragraph: a fragment of a few
// characters without a Han one, as one of three characters is.
func TestStandardCodeFragment(t *testing.T) {
	var b strings.Builder
	for range 6 {
		b.WriteString("  本市取得道路运输经营许可且在本实施细则发布之日前已经具备\n“冷藏保鲜”经营范围的道路货运业户，在本市汽车销售企业购置\n并在本市办理注册登记的冷链货车。\n")
	}
	b.WriteString("  新能源城市冷链配送货车须在本市汽车销售企业购置并在本市办理\n注册登记，同时须符合《城市物流配送汽车选型技术要求》\n                         （GB/T\n29912—2024）相关要求，并纳入《减免车辆购置税的新能源汽\n车车型目录》。\n")
	doc, err := parse.Parse("a.txt", []byte("北京市老旧营运货车报废更新实施细则\n\n"+b.String()))
	if err != nil {
		t.Fatal(err)
	}
	want := "新能源城市冷链配送货车须在本市汽车销售企业购置并在本市办理注册登记，同时须符合《城市物流配送汽车选型技术要求》（GB/T 29912—2024）相关要求，并纳入《减免车辆购置税的新能源汽车车型目录》。"
	found := false
	doc.Walk(func(n *plan.Node) bool {
		found = found || n.Text == want
		return true
	})
	if !found {
		t.Errorf("no paragraph %q in\n%s", want, outline(doc))
	}
}

// TestTitleOverAddressees keeps a notice's title, as wide as the measure
// and set apart by a blank line, out of the 主送 line under it: the blank
// line inside a wrapped sentence is a page break, but a title ends as a
// title ends and a 主送 line is the notice's own (Dongguan's provident fund
// notice read "…规定的通知各住房公积金缴存职工：" as its title and its first
// paragraph as its addressees).
func TestTitleOverAddressees(t *testing.T) {
	lines := []parse.Line{
		{Text: " 东莞市住房公积金管理委员会文件"},
		{Text: "            东公积金委〔2020〕2 号"}, {Text: ""}, {Text: ""},
		{Text: "关于调整部分住房公积金贷款和提取规定的通知"}, {Text: ""},
		{Text: "各住房公积金缴存职工："},
		{Text: "  经市住房公积金管理委员会四届五次会议审议通过，"},
		{Text: "2020 年 10 月 19 日起，我市住房公积金贷款和提取规定作出"},
		{Text: "以下调整："},
		{Text: "  一、调整最高贷款额度。"},
		{Text: "            （一）首套房最高贷款额度由 120"},
		{Text: "万元调整为 90 万元；"},
		{Text: "           （二）二套房最高贷款额度由 80 万元调"},
		{Text: "整为 50 万元。"},
		{Text: "  二、增加购买外市二手房申请提取的条件。购买外市二"},
		{Text: "手房应办出不动产权证满 6 个月方可申请提取。"},
		{Text: "  三、停止受理物业管理费提取。"},
		{Text: "\f东莞市住房公积金管理委员会办公室   2020 年 9 月 22 日印发"},
	}
	doc := parse.Lines("seeds/x.pdf", lines, plan.Meta{})
	if have := doc.Meta.NoticeTitle; have != "关于调整部分住房公积金贷款和提取规定的通知" {
		t.Errorf("have notice title %q, want the title alone", have)
	}
	if have := strings.Join(doc.Meta.Addressees, "|"); have != "各住房公积金缴存职工" {
		t.Errorf("have addressees %q, want 各住房公积金缴存职工", have)
	}
}

// TestSplitAtMarks joins the two halves of a printed line that pdftotext
// -layout set on lines of their own where a closing mark overlaps the
// opening one after it (Dongguan's 2020 provident-fund 解读: "…148 号）、"
// / the book title far to the right / "理办法》" / "（东府…" indented as a
// paragraph's first line), so that the sentence stays one paragraph; a
// heading ending with a bracket keeps the numbered line after it apart.
func TestSplitAtMarks(t *testing.T) {
	var b strings.Builder
	for range 6 {
		b.WriteString("  为落实国家审计署 2019 年对住房公积金的专项审计的整\n改要求，此次市住房公积金管理委员会作出停止受理物业管\n理费提取申请的决定。\n")
	}
	b.WriteString("  流动性预警警戒线：根据《住房城乡建设部 财政部 中\n国人民银行关于发展住房公积金个人住房贷款业务的通知》\n（建金〔2014〕148 号）、\n               《东莞市住房公积金个人住房贷款管\n理办法》\n   （东府〔2020〕16 号）有关规定，个贷率 85%为流动\n性预警临界点。\n")
	b.WriteString("  四、名词解释（试行）\n  （一）结余资金：结余资金=归集余额-个人贷款余额。\n")
	doc, err := parse.Parse("a.txt", []byte("关于调整部分住房公积金贷款提取规定的解读\n\n"+b.String()))
	if err != nil {
		t.Fatal(err)
	}
	want := "流动性预警警戒线：根据《住房城乡建设部 财政部 中国人民银行关于发展住房公积金个人住房贷款业务的通知》（建金〔2014〕148 号）、《东莞市住房公积金个人住房贷款管理办法》（东府〔2020〕16 号）有关规定，个贷率 85%为流动性预警临界点。"
	found, numbered := false, false
	doc.Walk(func(n *plan.Node) bool {
		found = found || n.Text == want
		numbered = numbered || n.Num == "（一）"
		return true
	})
	if !found {
		t.Errorf("no paragraph %q in\n%s", want, outline(doc))
	}
	if !numbered {
		t.Errorf("（一） joined to the heading before it:\n%s", outline(doc))
	}
}
