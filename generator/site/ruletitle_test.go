package site

import (
	"context"
	"html/template"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/internal/testproject"
)

// ruleTitleSeeds are small plans nobody has translated, one for each shape
// of title and kind of document the rule names, with the English title
// their pages show (view's ruletitle.go); "" where the rule knows too
// little and the Chinese title stays.
var ruleTitleSeeds = []struct{ slug, text, want string }{
	{"issuing-notice", "安徽省人民政府关于印发安徽省教育事业发展规划的通知\n皖政〔2021〕5号\n各市人民政府：\n现将《安徽省教育事业发展规划》印发给你们，请认真贯彻执行。\n安徽省人民政府\n2021年3月1日\n",
		"Notice of the Anhui Provincial People's Government on Issuing the Plan for Education Development"},
	// Each document issued by its kind and subject.
	{"two-documents", "安徽省人民政府办公厅关于印发支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划（2021-2023年）的通知\n皖政办秘〔2021〕82号\n各市人民政府：\n现将有关文件印发给你们。\n安徽省人民政府办公厅\n2021年6月1日\n",
		"Notice of the General Office of the Anhui Provincial People's Government on Issuing the Policies for Supporting Industrial Internet Development and the Action Plan for Industrial Internet Innovation and Development"},
	// A notice issuing the plan that follows it: the plan's title.
	{"issued-plan", "安徽省人民政府关于印发安徽省教育事业发展规划的通知\n皖政〔2021〕6号\n各市人民政府：\n现将《安徽省教育事业发展规划》印发给你们，请认真贯彻执行。\n安徽省人民政府\n2021年3月1日\n安徽省教育事业发展规划\n一、总体要求\n坚持教育优先发展。\n",
		"Plan of Anhui Province for Education Development"},
	{"amending-decision", "江西省人民政府关于修改《江西省流动人口服务和管理办法》的决定\n赣府发〔2020〕3号\n省人民政府决定对《江西省流动人口服务和管理办法》作如下修改。\n一、将第一条修改。\n江西省人民政府\n2020年1月1日\n",
		"Decision of the Jiangxi Provincial People's Government on Amending the Measures for Floating Population Services and Administration"},
	// A subject in clauses, each opening with its verb.
	{"implementing-opinions", "江西省人民政府办公厅关于加快发展流通促进商业消费的实施意见\n赣府厅发〔2020〕7号\n各市、县（区）人民政府：\n为促进消费，提出如下意见。\n一、总体要求\n加快发展。\n江西省人民政府办公厅\n2020年3月1日\n",
		"Implementing Opinions of the General Office of the Jiangxi Provincial People's Government on Accelerating the Development of Circulation and Promoting Commercial Consumption"},
	{"five-year-plan", "浙江省城市内涝治理“十四五”规划\n一、现状\n城市内涝时有发生。\n二、目标\n到2025年，基本消除易涝点。\n",
		"14th Five-Year Plan of Zhejiang Province for Urban Waterlogging Control"},
	// A subject the glossary and content/i18n/subjects.yaml do not
	// cover is left out (夜景照明, night lighting).
	{"five-year-plan-2", "浙江省城市夜景照明治理“十四五”规划\n一、现状\n照明过度。\n",
		"14th Five-Year Plan of Zhejiang Province"},
	// The subjects vocabulary: a subject, and a verb opening it.
	{"subject-words", "山东省“十四五”科技创新规划\n一、现状\n创新能力提升。\n",
		"14th Five-Year Plan of Shandong Province for Scientific and Technological Innovation"},
	{"leading-verb", "重庆市提振消费若干措施\n一、扩大消费\n提振消费。\n",
		"Measures of Chongqing for Boosting Consumption"},
	// A noun with adjectives closing a subject goes before it (close of).
	{"close-of", "明溪县促进房地产市场平稳健康发展若干措施（修订）\n一、支持购房\n支持购房。\n",
		"Measures of Mingxi County for Promoting the Steady and Healthy Development of the Real Estate Market (Revised)"},
	{"supplementary", "福州市人民政府办公厅关于进一步促进房地产市场平稳健康发展的补充通知\n榕政办〔2016〕186号\n各县（市）区人民政府：\n现补充通知如下。\n一、调整政策。\n福州市人民政府办公厅\n2016年9月1日\n",
		"Supplementary Notice of the General Office of the Fuzhou Municipal People's Government on Further Promoting the Steady and Healthy Development of the Real Estate Market"},
	// A verb inside what the title says is more than a subject: left out.
	{"verb-inside", "重庆市消费提振规划\n一、扩大消费\n提振消费。\n",
		"Plan of Chongqing"},
	{"interim-measures", "阿坝州政务数据资源管理暂行办法\n第一条　为了规范管理，制定本办法。\n第二条　本办法自2021年1月1日起施行。\n",
		"Interim Measures of Aba Tibetan and Qiang Autonomous Prefecture for Government Data Resources Administration"},
	{"key-points", "江西省粮食和物资储备局关于印发2020年全省粮食和物资储备改革发展工作要点的通知\n赣粮办发〔2020〕3号\n各设区市粮食和物资储备局：\n现将工作要点印发给你们。\n江西省粮食和物资储备局\n2020年3月1日\n附件\n2020年全省粮食和物资储备改革发展工作要点\n一、深化改革\n推进改革。\n",
		"2020 Key Points of Work of the Jiangxi Provincial Food and Strategic Reserves Bureau for Food and Strategic Reserves Reform and Development"},
	{"trial-regulations", "淄川区城市管理条例（试行）\n第一条　为了加强城市管理，制定本条例。\n第二条　本条例自2023年1月1日起施行。\n",
		"Regulations of Zichuan District (Trial)"},
	{"glossary-subject", "淄川区关于课后服务的决定\n一、总体要求\n做好课后服务。\n",
		"Decision of Zichuan District on After-School Services"},
	// A title opening with 城市 (city) names no place 城: a ministry's
	// order is the ministry's.
	{"ministry-order", "中华人民共和国交通运输部令\n2022年第1号\n《城市轨道交通运营安全管理办法》已于2022年1月10日经第1次部务会议通过，现予公布，自2022年3月1日起施行。\n部长　李小鹏\n2022年1月20日\n城市轨道交通运营安全管理办法\n第一条　为了加强城市轨道交通运营安全管理，制定本办法。\n第二条　本办法自2022年3月1日起施行。\n",
		"Measures of the Ministry of Transport"},
	// A list (清单), the Beijing science and technology bureau's list of
	// first offences it does not punish: the place's.
	{"list", "北京市科技行政处罚初次违法不予处罚清单\n一、适用范围\n首次违法。\n",
		"List of Beijing on No Penalty for First Violations in Science and Technology Administration"},
	// A count (十条), a skip word (扎实), a place the title names (本市,
	// 北京市 in a Beijing title) and a year are left out or qualify.
	{"skip-words", "北京市关于扎实推进北京市2022年数据专区建设十条措施\n一、总体要求\n推进建设。\n",
		"Measures of Beijing for Advancing 2022 Data Zone Construction"},
	// A verb with its object as one phrase, the article English wants.
	{"phrase-subject", "北京市优化营商环境条例\n第一条　为了持续优化营商环境，制定本条例。\n",
		"Regulations of Beijing on Optimizing the Business Environment"},
	// A campaign's slogan opening the title is the Chinese title's.
	{"slogan", "“好年华 聚福州”长乐区人才购房补贴的实施细则（试行）\n第一条　为了吸引人才，制定本细则。\n",
		"Detailed Rules of Changle District for Home Purchase Subsidies for Talent (Trial)"},
	// Two bodies a space parts: each with its article.
	{"two-bodies", "海南省住房和城乡建设厅 海南省住房公积金管理局关于调整住房公积金贷款有关政策的通知\n各市县住房公积金管理局：\n现就有关事项通知如下。\n一、调整政策。\n",
		"Notice of the Hainan Provincial Department of Housing and Urban-Rural Development and the Hainan Provincial Housing Provident Fund Management Bureau on Adjusting Housing Provident Fund Loan Policies"},
	// A Party committee's proposals are for the plan they would have
	// formulated, as its official English says.
	{"proposals", "中共北京市委关于制定北京市国民经济和社会发展第十五个五年规划的建议\n一、总体要求\n（1）指导思想。坚持稳中求进。\n",
		"Proposals of the CPC Beijing Municipal Committee for Formulating the 15th Five-Year Plan for Economic and Social Development"},
	// The kind alone says less than the Chinese: the Chinese stays.
	{"kind-alone", "关于进一步优化夜景照明工作的通知\n各区住房保障和房产局：\n现就有关事项通知如下。\n一、优化政策。\n",
		""},
}

// TestOrderNumberOfIssuer: an order's number that names its government by
// level alone (省政府令第223号, as a portal prints it) is given in English
// by the issuer's name (Jiangxi Provincial People's Government Order No.
// 223), where it read "Provincial People's Government Order No. 223".
func TestOrderNumberOfIssuer(t *testing.T) {
	m := testproject.Map(t)
	m["seeds/order.txt"] = &fstest.MapFile{Data: []byte("江西省人民政府关于修改《江西省流动人口服务和管理办法》的决定\n省政府令第223号\n" +
		"省人民政府决定对《江西省流动人口服务和管理办法》作如下修改。\n一、将第一条修改。\n江西省人民政府\n2020年1月1日\n")}
	b := loadOnce(t, m)
	if have, want := b.Plan("en", "order").NumberInLang(), "Jiangxi Provincial People's Government Order No. 223"; have != want {
		t.Errorf("have number %q, want %q", have, want)
	}
}

// TestRuleTitle: an English page of a plan whose title nobody translated
// titles it in English by rule, for every kind of document; the Chinese
// title stays beside it, and an editor's title (works.yaml) wins.
func TestRuleTitle(t *testing.T) {
	m := testproject.Map(t)
	for _, s := range ruleTitleSeeds {
		m["seeds/"+s.slug+".txt"] = &fstest.MapFile{Data: []byte(s.text)}
	}
	m["content/glossary.yaml"].Data = append(m["content/glossary.yaml"].Data,
		"\n- zh: 城市内涝\n  en: urban waterlogging\n"...)
	m["content/departments.yaml"].Data = append(m["content/departments.yaml"].Data,
		"\n- name: 交通运输部\n  aliases: [中华人民共和国交通运输部]\n  en: Ministry of Transport\n  kind: government\n  slug: cn-transport\n"...)
	m["content/works.yaml"].Data = append(m["content/works.yaml"].Data,
		"\ntrial-regulations:\n  title: {en: Zichuan District Urban Management Regulations (Trial)}\n"...)
	b := loadOnce(t, m)
	for _, s := range ruleTitleSeeds {
		t.Run(s.slug, func(t *testing.T) {
			d := b.Plan("en", s.slug)
			want, byRule := s.want, s.want != ""
			if s.slug == "trial-regulations" {
				want, byRule = "Zichuan District Urban Management Regulations (Trial)", false
			}
			zh := b.Plan("zh", s.slug).Title()
			if want == "" {
				want = zh
			}
			if have := d.Title(); have != want {
				t.Errorf("have title %q, want %q (Chinese %q)", have, want, zh)
			}
			if d.TitleByRule() != byRule || d.TitlePending() != (s.want == "" && s.slug != "trial-regulations") {
				t.Errorf("TitleByRule %v, TitlePending %v; want %v, %v", d.TitleByRule(), d.TitlePending(), byRule, !byRule)
			}
			if byRule && d.ChineseTitle() != zh {
				t.Errorf("ChineseTitle %q, want %q", d.ChineseTitle(), zh)
			}
		})
	}
	// The plan's page says the title is by rule and shows the Chinese.
	page, found, err := (&Project{b}).File(context.Background(), "en/issuing-notice/index.html", Limits{})
	if err != nil || !found {
		t.Fatalf("en/issuing-notice/index.html: %v (found %v)", err, found)
	}
	for _, w := range []string{
		`<h1 class="long">Notice of the Anhui Provincial People&#39;s Government on Issuing the Plan for Education Development (Wan Zheng [2021] No. 5)</h1>`,
		"<title>Notice of the Anhui Provincial People&#39;s Government on Issuing the Plan for Education Development (Wan Zheng [2021] No. 5) · ",
		`not an official translation. Chinese title: <span lang="zh-Hans">安徽省人民政府关于印发安徽省教育事业发展规划的通知</span>`,
	} {
		if !strings.Contains(string(page), w) {
			t.Errorf("the plan page lacks %s", w)
		}
	}
	// The heading gives the number: the folded document information
	// does not give it again on the first screen of a phone.
	if strings.Contains(string(page), `<span class="fold-hint">Wan Zheng [2021] No. 5</span>`) {
		t.Errorf("the document information's summary repeats the heading's number")
	}
}

// TestNoticeLinesByRule: the English page of a plan nobody translated
// gives its notice's title by the rule of English titles, its number
// romanized and its signature by the body's English name, as it gives
// the date, where they showed the Chinese marked "Translation pending"
// (TestIssuanceByRule: the sentence issuing the documents, the masthead,
// the addressees, and lines the rule cannot say, which stay pending).
func TestNoticeLinesByRule(t *testing.T) {
	m := testproject.Map(t)
	m["seeds/notice.txt"] = &fstest.MapFile{Data: []byte("安徽省人民政府关于印发安徽省教育事业发展规划的通知\n皖政〔2021〕5号\n各市人民政府：\n" +
		"现将《安徽省教育事业发展规划》印发给你们，请认真贯彻执行。\n安徽省人民政府\n2021年3月1日\n")}
	// A joint notice issuing the plan that follows it, without 关于,
	// quoting the plan's title; the plan is named as its own pages name it.
	m["seeds/joint.txt"] = &fstest.MapFile{Data: []byte("中共北京市委办公厅 北京市人民政府办公厅印发《关于深化职称制度改革的实施意见》的通知\n各区委、区政府：\n" +
		"现将《关于深化职称制度改革的实施意见》印发给你们，请结合实际认真贯彻落实。\n中共北京市委办公厅\n北京市人民政府办公厅\n2018年3月1日\n" +
		"关于深化职称制度改革的实施意见\n一、总体要求\n深化职称制度改革。\n")}
	// A notice naming the plan it issues with fewer title marks than the
	// plan's own title has: still the plan, named as its pages name it.
	m["seeds/rcep.txt"] = &fstest.MapFile{Data: []byte("安徽省人民政府办公厅关于印发安徽省关于加快对接区域全面经济伙伴关系协定（RCEP）经贸新规则扎实推进高水平开放实施意见的通知\n各市人民政府：\n" +
		"现将《安徽省关于加快对接〈区域全面经济伙伴关系协定〉（RCEP）经贸新规则扎实推进高水平开放实施意见》印发给你们，请认真贯彻执行。\n安徽省人民政府办公厅\n2022年3月23日\n" +
		"安徽省关于加快对接《区域全面经济伙伴关系协定》（RCEP）经贸新规则扎实推进高水平开放实施意见\n一、发展目标\n全面拓展和深化与其他RCEP国家的经贸合作。\n")}
	b := loadOnce(t, m)
	rcep, _, err := (&Project{b}).File(context.Background(), "en/rcep/index.html", Limits{})
	if err != nil {
		t.Fatal(err)
	}
	h1 := template.HTMLEscapeString(b.Plan("en", "rcep").Title())
	if !strings.Contains(string(rcep), `class="w-title">Notice of the General Office of the Anhui Provincial People&#39;s Government on Issuing the `+h1+"</p>") {
		t.Errorf("the notice's title on the page does not issue the plan %q", h1)
	}
	// The plan's own title opening its text, and the contents, say it
	// as the page's heading does; the data export keeps it as issued.
	for _, want := range []string{
		`<section id="preamble" class="node preamble" data-eid="preamble">` + "\n" + `  <h2 class="heading">` + h1 + "</h2>",
		`<li><a href="#preamble"><span>` + h1 + "</span>",
	} {
		if !strings.Contains(string(rcep), want) {
			t.Errorf("the plan's page has no %s", want)
		}
	}
	export, _, err := (&Project{b}).File(context.Background(), "data/rcep.en.json", Limits{})
	if err != nil || !strings.Contains(string(export), `"heading": "安徽省关于加快对接《区域全面经济伙伴关系协定》（RCEP）`) {
		t.Errorf("the English export's preamble is not headed as issued (%v)", err)
	}
	joint, _, err := (&Project{b}).File(context.Background(), "en/joint/index.html", Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if want := `class="w-title">Notice of the General Office of the CPC Beijing Municipal Committee and the General Office of the Beijing Municipal People&#39;s Government on Issuing the Implementing Opinions on Deepening the Reform of the Professional Title System</p>`; !strings.Contains(string(joint), want) {
		t.Errorf("the joint notice's page has no %s", want)
	}
	data, _, err := (&Project{b}).File(context.Background(), "en/notice/index.html", Limits{})
	if err != nil {
		t.Fatal(err)
	}
	page := string(data)
	for _, want := range []string{
		`class="w-title">Notice of the Anhui Provincial People&#39;s Government on Issuing the Plan for Education Development</p>`,
		`class="w-number">Wan Zheng [2021] No. 5</p>`,
		`class="w-signature">Anhui Provincial People&#39;s Government</p>`,
		`<time datetime="2021-03-01">1 March 2021</time>`,
		`class="w-addressees">The people&#39;s governments of all cities:</p>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("have no %s", want)
		}
	}
}

// loadOnce loads the project m as a build does.
func loadOnce(t *testing.T, m fstest.MapFS) *builder {
	t.Helper()
	docs, err := LoadDocs(m)
	if err != nil {
		t.Fatal(err)
	}
	b, err := loadKeeping(m, docs, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
