package parse_test

import (
	"strings"
	"testing"

	"plansite/generator/parse"
)

// TestUnseenShapes reads shapes found in real plans outside the corpus, each
// in a synthetic text of the same shape: every node named is there, as
// num[heading]text (the text may be cut short).
func TestUnseenShapes(t *testing.T) {
	tests := []struct {
		name string
		text string
		want map[string]string // eId → num[heading]text, a prefix of it
		none []string          // eIds that must not be there
	}{
		{
			name: "a 专栏 box whose entries stand a blank line apart",
			text: "某区推进教育现代化实施方案\n\n为加快推进教育现代化，制定本方案。\n\n一、主要任务\n\n（一）扩大学前教育资源。新建幼儿园5所。\n\n" +
				"专栏1 学前教育重点工程\n\n1．新建幼儿园工程。新建公办幼儿园5所。\n\n2．改扩建工程。改扩建幼儿园3所。\n\n" +
				"（二）提升义务教育质量。推进集团化办学。\n\n专栏2 义务教育提升工程\n\n实施学校标准化建设，新建学校2所。\n\n" +
				"3．加强师资。补充教师100名。\n\n二、保障措施\n\n加强组织领导。\n",
			want: map[string]string{
				"part_1__sec_1__box_1":         "专栏1[学前教育重点工程]",
				"part_1__sec_1__box_1__item_2": "2．[改扩建工程]改扩建幼儿园3所。",
				"part_1__sec_2__box_2__para_1": "[]实施学校标准化建设",
				"part_1__sec_2__item_3":        "3．[加强师资]",
				"part_2":                       "二、[保障措施]",
			},
			none: []string{"part_1__sec_1__item_1", "part_1__sec_2__box_2__para_2"},
		},
		{
			name: "a 附件 that is a task table printed one cell per line under its title",
			text: "某区营商环境工作方案\n\n一、工作目标\n\n便利度明显提升。\n\n附件\n\n某区营商环境重点任务清单\n\n" +
				"序号\n重点任务\n具体措施\n牵头单位\n1\n优化企业开办\n推行一网通办。\n区市场监管局\n2\n提升办税便利度\n推行非接触式办税。\n区税务局\n",
			want: map[string]string{
				"att_1":         "附件[某区营商环境重点任务清单]",
				"att_1__proj_1": "1[优化企业开办]推行一网通办。",
				"att_1__proj_2": "2[提升办税便利度]推行非接触式办税。",
			},
			none: []string{"att_1__para_1"},
		},
		{
			name: "a chapter heading after a table printed one cell per line",
			text: "某县规划纲要\n\n第一章 产业发展\n\n加快发展。\n\n序号\n项目名称\n建设内容\n责任单位\n1\n物流园\n建设物流园。\n县商务局\n2\n电商中心\n建设电商中心。\n县商务局\n\n" +
				"第二章 保障措施\n\n加强领导。\n",
			want: map[string]string{
				"proj_2":        "2[电商中心]建设电商中心。",
				"chp_2":         "第二章[保障措施]",
				"chp_2__para_1": "[]加强领导。",
			},
		},
		{
			name: "a 专栏's table printed one cell per line under its heading",
			text: "某县规划纲要\n\n第一章 产业发展\n\n第一节 发展服务业\n\n加快发展。\n\n专栏1 服务业重点项目\n\n序号\n项目名称\n建设内容\n责任单位\n1\n物流园\n建设物流园。\n县商务局\n2\n电商中心\n建设电商中心。\n县商务局\n\n" +
				"第二章 保障措施\n\n加强领导。\n",
			want: map[string]string{
				"chp_1__sec_1__box_1":          "专栏1[服务业重点项目]",
				"chp_1__sec_1__box_1__table_1": "[]",
				"chp_1__sec_1__box_1__proj_2":  "2[电商中心]建设电商中心。",
				"chp_2":                        "第二章[保障措施]",
			},
			none: []string{"table_1", "proj_1"},
		},
		{
			name: "a page number between dashes spaced apart",
			text: "某区任务分解方案\n\n为做好工作，制定本方案。\n\n— — — 2 —\n\n一、工作任务\n\n加强领导。\n\n- - 3 - -\n\n二、保障措施\n\n抓好落实。\n",
			want: map[string]string{
				"preamble__para_1": "[]为做好工作",
				"part_1__para_1":   "[]加强领导。",
				"part_2":           "二、[保障措施]",
			},
			none: []string{"preamble__para_2", "part_1__para_2"},
		},
		{
			name: "chapter headings spaced out to fill the line",
			text: "某市某管理办法\n\n第一章 总 则\n\n第一条 为规范管理，制定本办法。\n\n第二章  管 理 职 责\n\n第二条 市政府负责。\n\n" +
				"第一节 一 般 规 定\n\n第三条 各区负责。\n\n第三章 附  则\n\n第四条 本办法自发布之日起施行。\n",
			want: map[string]string{
				"chp_1":        "第一章[总则]",
				"chp_2":        "第二章[管理职责]",
				"chp_2__sec_1": "第一节[一般规定]",
				"chp_3":        "第三章[附则]",
				"art_4":        "第四条[]本办法",
			},
		},
		{
			name: "decimal headings printed without a space, in sequence",
			text: "某县森林火灾应急预案\n\n1总则\n\n1.1编制目的\n\n为有效应对森林火灾，制定本预案。\n\n1.2编制依据\n\n依据有关法律法规。\n\n" +
				"2组织体系\n\n2.1指挥机构\n\n县政府设立指挥部。\n\n3.5米以上的隔离带由乡镇负责\n\n2.2成员单位职责\n\n各成员单位按职责分工负责。\n",
			want: map[string]string{
				"part_1":                "1[总则]",
				"part_1__sec_2":         "1.2[编制依据]",
				"part_2__sec_1__para_2": "[]3.5米以上",
				"part_2__sec_2__para_1": "[]各成员单位",
			},
		},
		{
			name: "sub-items lettered A． B．",
			text: "某区垃圾分类工作方案\n\n一、分类标准\n\n（一）生活垃圾分为四类。\n\nA．可回收物。主要包括废纸。\n\nＢ．有害垃圾。主要包括废电池。\n\n" +
				"C. 厨余垃圾。主要包括剩菜剩饭。\n\nA级景区实行分类全覆盖。\n\n（二）分类投放要求。按类别投放。\n",
			want: map[string]string{
				"part_1__sec_1__subitem_1": "A．[可回收物]",
				"part_1__sec_1__subitem_2": "Ｂ．[有害垃圾]",
				"part_1__sec_1__subitem_3": "C.[厨余垃圾]",
				"part_1__sec_2":            "（二）[分类投放要求]",
			},
			none: []string{"part_1__sec_1__subitem_4"},
		},
		{
			name: "a key-project table a portal printed one cell per line, without a caption",
			text: "某区优化营商环境工作要点\n\n一、提升政务服务效能\n\n推行线上办理。\n\n二、重点项目\n\n" +
				"序号\n项目名称\n建设内容\n责任单位\n1\n政务服务中心改造\n改造大厅2000平方米\n区政务服务中心\n" +
				"2\n企业开办一网通办\n实现企业开办全程网办\n区市场监管局\n\n三、保障措施\n\n加强组织领导。\n",
			want: map[string]string{
				"part_2__table_1": "[]",
				"part_2__proj_2":  "2[企业开办一网通办]实现企业开办全程网办",
				"part_3__para_1":  "[]加强组织领导。",
			},
			none: []string{"part_2__para_1"},
		},
		{
			name: "a title whose status note is spaced out on its own line",
			text: "某市青年中心创建办法\n(试 行)\n\n第一章 总 则\n\n第一条 为规范创建工作，制定本办法。\n\n第二条 本办法适用于本市。\n",
			want: map[string]string{
				"preamble": "[某市青年中心创建办法(试 行)]",
				"art_2":    "第二条[]本办法适用于本市。",
			},
			none: []string{"preamble__para_1"},
		},
		{
			name: "a notice's 附件 roster whose entries open with a year, over its signature, then a page's QR code note",
			text: "关于做好某区2018年重点工作任务的通知\n各乡镇人民政府,区政府各部门:\n现就有关事宜通知如下:\n一、落实责任\n各责任单位要制定计划。\n二、加强督查\n区政府办公室将加强跟踪督查。\n" +
				"附件:1.2018年重点工作任务分解表\n2.2018年民生实事任务分解表\n3.某市2018年为民办实事任务分解表\n某区人民政府办公室\n2018年8月16日\n(此件公开发布)\n扫一扫在手机上查看当前页面\n",
			want: map[string]string{
				"para_2":                 "[]2.2018年民生实事任务分解表",
				"para_3":                 "[]3.某市2018年",
				"conclusions__signature": "[]某区人民政府办公室",
			},
			none: []string{"item_3", "conclusions__para_1"},
		},
		{
			name: "a page's links at its top",
			text: "- 设为首页\n- 加入收藏\n- 无障碍阅读\n- 长者版\n某区人民政府办公室关于印发某方案的通知\n某政办发〔2020〕3号\n各街道办事处:\n现将《某方案》印发给你们。\n某区人民政府办公室\n2020年6月28日\n某方案\n一、目标\n加强管理。\n",
			want: map[string]string{
				"notice__title": "[]某区人民政府办公室关于印发某方案的通知",
				"preamble":      "[某方案]",
			},
		},
		{
			name: "decimal numbers heading running text, and headings opening with a unit-like character",
			text: "某镇突发事件总体应急预案\n1总则\n1.1制定目的\n规范应对突发事件行为。\n1.2分级分类\n" +
				"1.2.1为有效处置各类突发事件,依据危害程度,由低到高划分为4个级别。\n1.2.2根据其发生的过程,分为四大类。\n" +
				"1.3工作原则\n1.3.1以人为本。把保障人民群众生命财产安全作为首要任务。\n2.公众参与\n2.1平台建设\n镇政府建设信息平台。\n",
			want: map[string]string{
				"part_1__sec_2":         "1.2[分级分类]",
				"part_1__sec_2__item_1": "1.2.1[]为有效处置各类突发事件",
				"part_1__sec_3__item_1": "1.3.1[以人为本]把保障",
				"part_2":                "2.[公众参与]",
				"part_2__sec_1":         "2.1[平台建设]",
			},
		},
		{
			name: "a table of contents without page numbers under a heading the title runs into",
			text: "某县煤矿事故应急预案\n某县煤矿事故应急预案目录\n1 总则\n1.1 编制目的\n1.2 编制依据\n2 组织体系\n2.1 指挥机构\n" +
				"1.总则\n1.1编制目的\n建立健全救援体系。\n1.2 编制依据\n依据有关法律。\n2.组织体系\n2.1指挥机构\n县政府成立指挥部。\n",
			want: map[string]string{
				"toc":                   "[某县煤矿事故应急预案目录]",
				"part_1__sec_1__para_1": "[]建立健全救援体系。",
				"part_2__sec_1__para_1": "[]县政府成立指挥部。",
			},
			none: []string{"part_1_2", "part_3"},
		},
		{
			name: "a portal page's furniture of another design: site notices with bars, a block without colons, a link to its reading",
			text: "网站支持IPV6 | 无障碍阅读 | 适老化模式\n当前位置: 首页>>政府信息公开>>政府文件\n\n某县人民政府关于印发某县总体应急预案的通知\n\n" +
				"索引号 620722087/2020-00915 发文字号 某政发〔2020〕110号\n公开形式 主动公开 责任部门 政府办\n生成日期 2020-12-12 15:40:33 是否有效\n\n" +
				"政策解读链接:《某县总体应急预案》政策解读\n\n各镇人民政府,县政府各部门:\n\n《某县总体应急预案》已经县政府同意,现印发你们。\n\n某县人民政府\n\n2020年12月8日\n\n" +
				"某县总体应急预案\n\n1 总则\n\n1.1 编制目的\n\n为了建立健全应急处置机制,特制定本预案。\n",
			want: map[string]string{
				"notice__addressees": "[]各镇人民政府",
				"preamble":           "[某县总体应急预案]",
				"part_1__sec_1":      "1.1[编制目的]",
			},
			none: []string{"att_1", "notice__para_2"},
		},
		{
			name: "a posting time between a notice's title and its 主送 line",
			text: "某政发【2023】7号关于印发某县总体应急预案的通知\n\n发布日期: 2023-03-10 00:00\n\n浏览次数:\n\n各乡镇人民政府、街道办事处:\n\n现将《某县总体应急预案》印发给你们。\n\n" +
				"某县人民政府\n\n2023年3月9日\n\n某县总体应急预案\n\n1 总则\n\n1.1 编制依据\n\n结合实际,制定本预案。\n",
			want: map[string]string{
				"notice__addressees": "[]各乡镇人民政府",
				"notice__para_1":     "[]现将",
			},
		},
		{
			name: "a notice's number run into its title, the page printing it only so",
			text: "某政发【2023】7号关于印发某县总体应急预案的通知\n\n各乡镇人民政府、街道办事处:\n\n现将《某县总体应急预案》印发给你们。\n\n" +
				"某县人民政府\n\n2023年3月9日\n\n某县总体应急预案\n\n1 总则\n\n1.1 编制依据\n\n结合实际,制定本预案。\n",
			want: map[string]string{
				"notice__number": "[]某政发【2023】7号",
				"notice__title":  "[]关于印发某县总体应急预案的通知",
			},
		},
		{
			name: "articles with a caption in brackets, and article numbers printed alone over their text",
			text: "某市社会信用条例\n\n第一章 总则\n\n第一条(立法目的)为了规范社会信用管理,制定本条例。\n\n第二条（适用范围）本市行政区域内的社会信用管理,适用本条例。\n\n" +
				"第三条\n\n本条例所称社会信用信息,是指客观数据和资料。\n\n前款信息的归集,依照国家规定执行。\n\n第四条（已删除）\n",
			want: map[string]string{
				"art_1":         "第一条[立法目的]为了规范",
				"art_2":         "第二条[适用范围]本市行政区域",
				"art_3":         "第三条[]本条例所称社会信用信息",
				"art_3__para_2": "[]前款信息的归集",
				"art_4":         "第四条[]（已删除）",
			},
			none: []string{"art_3__para_1"},
		},
		{
			name: "a draft's stage a blank line under its title",
			text: "某市社会信用条例\n\n(草案修改二稿征求意见稿)\n\n第一章 总则\n\n第一条 为了规范社会信用管理,制定本条例。\n\n第二条 本条例适用于本市。\n",
			want: map[string]string{"preamble": "[某市社会信用条例(草案修改二稿征求意见稿)]"},
			none: []string{"preamble__para_1"},
		},
		{
			name: "a law database's line labels (【章名】, 【题注】)",
			text: "某市制定地方性法规条例\n\n颁布日期:2001-6-3\n实施日期:2001-8-1\n颁布单位:某市人民代表大会常务委员会\n\n" +
				"【题注】 (2001年4月29日某市人民代表大会通过)\n【章名】 第一章 总则\n第一条 为了规范立法活动,制定本条例。\n第二条 本条例适用于本市。\n【章名】 第二章 立法准备\n第三条 常务委员会应当编制立法规划。\n",
			want: map[string]string{
				"chp_1": "第一章[总则]",
				"chp_2": "第二章[立法准备]",
			},
			none: []string{"art_2__para_2"},
		},
		{
			name: "a rule's title a law database prints three times, the body's name between",
			text: "某市制定地方性法规条例\n\n某市制定地方性法规条例\n\n某省某市人大常委会\n\n某市制定地方性法规条例\n\n第一章 总则\n\n第一条 为了规范立法活动,制定本条例。\n\n第二条 本条例适用于本市。\n",
			want: map[string]string{"preamble": "[某市制定地方性法规条例]", "preamble__para_1": "[]某省某市人大常委会", "art_2": "第二条"},
			none: []string{"preamble__para_2"},
		},
		{
			name: "a closing clause that is the only text of the last part's heading",
			text: "某县乡村振兴实施方案\n\n为推进乡村振兴，制定本方案。\n\n一、总体要求\n\n坚持农业农村优先发展。\n\n二、附则\n\n本方案自印发之日起施行。\n",
			want: map[string]string{"part_2": "二、[附则]", "part_2__para_1": "[]本方案自印发之日起施行。"},
			none: []string{"para_1"},
		},
		{
			name: "a 专栏's entries numbered 01, 02",
			text: "某县乡村振兴实施方案\n\n一、重点任务\n\n（一）发展特色产业。建设示范基地3个。\n\n专栏1 特色产业重点工程\n\n" +
				"01 茶产业提升工程。新建茶园5000亩。\n\n02 食用菌产业工程。建设大棚200个。\n03 乡村旅游工程。打造精品线路2条。\n\n" +
				"（二）改善人居环境。推进厕所革命。\n\n05 年内完成改厕。\n",
			want: map[string]string{
				"part_1__sec_1__box_1__item_1": "01[茶产业提升工程]新建茶园5000亩。",
				"part_1__sec_1__box_1__item_2": "02[食用菌产业工程]",
				"part_1__sec_1__box_1__item_3": "03[乡村旅游工程]",
				"part_1__sec_2__para_1":        "[]05 年内完成改厕。",
			},
			none: []string{"part_1__sec_1__box_1__para_1", "part_1__sec_1__para_1"},
		},
		{
			name: "an unnumbered 保障措施 standing alone between numbered parts",
			text: "某区优化营商环境实施方案\n\n一、工作目标\n\n便利度明显提升。\n\n二、重点任务\n\n（一）提升政务服务效能。推行一网通办。\n\n（二）优化企业开办。压缩开办时间。\n\n" +
				"保障措施\n\n（一）加强组织领导。成立领导小组。\n\n（二）强化督查考核。纳入年度考核。\n\n三、附则\n\n本方案由区发改局负责解释。\n",
			want: map[string]string{
				"part_2__sec_2":       "（二）[优化企业开办]压缩开办时间。",
				"hcontainer_1":        "[保障措施]",
				"hcontainer_1__sec_1": "（一）[加强组织领导]",
				"hcontainer_1__sec_2": "（二）[强化督查考核]",
				"part_3":              "三、[附则]",
				"part_3__para_1":      "[]本方案由区发改局",
			},
			none: []string{"part_2__sec_2__para_1", "sec_1", "part_2__sec_3"},
		},
		{
			name: "an unnumbered 组织实施 standing alone after the last part, with paragraphs",
			text: "某镇人居环境整治工作方案\n\n一、工作目标\n\n村容村貌明显改善。\n\n二、工作任务\n\n清理生活垃圾。\n\n组织实施\n\n加强组织领导。成立工作专班。\n\n强化督导检查。每月通报一次。\n",
			want: map[string]string{
				"hcontainer_1":         "[组织实施]",
				"hcontainer_1__para_2": "[强化督导检查]",
			},
			none: []string{"part_2__para_2"},
		},
		{
			name: "a portal block bulleted with hyphens",
			text: "- 索引号:abcd/2021-00016\n- 发文字号:某行发〔2021〕42号\n- 发文机构:地区行署\n- 名 称:某地区行政公署关于印发《某地区行政公署工作规则》的通知\n- 公文种类 :其他\n" +
				"某地区行政公署关于印发《某地区行政公署工作规则》的通知\n各县人民政府,行署各局、委、办:\n《某地区行政公署工作规则》已经研究通过,现印发给你们。\n某地区行政公署\n2021年11月9日\n" +
				"某地区行政公署工作规则\n第一章 总 则\n一、为规范行政行为,制定本规则。\n",
			want: map[string]string{"notice__addressees": "[]各县人民政府", "notice__title": "[]某地区行政公署关于印发", "chp_1__part_1": "一、"},
			none: []string{"notice__para_2"},
		},
		{
			name: "a posting's time with its source, and a font size switch, over the number",
			text: "关于印发《某市人民政府工作规则》的通知\n2011-06-18 00:00:00 来源: 本站原创\n【字体:\n\n某府〔2011〕33号\n\n各区人民政府,市政府直属各单位:\n" +
				"    《某市人民政府工作规则》已经市政府常务会议修订通过,现予印发。\n\n                二○一一年四月八日\n\n某市人民政府工作规则\n\n第一章  总  则\n\n    一、为规范工作,制定本规则。\n",
			want: map[string]string{"notice__addressees": "[]各区人民政府", "notice__para_1": "[]《某市人民政府工作规则》", "chp_1__part_1": "一、"},
			none: []string{"notice__para_2"},
		},
		{
			name: "a notice's number in brackets run into its 主送 line, as a law database prints it",
			text: "自治区人民政府关于\n印发某自治区温饱工程计划的通知\n(某政发〔1994〕103号)各州、市、县(市)人民政府,自治区人民政府各部门:\n" +
				"现将《某自治区温饱工程计划》印发给你们,请认真贯彻执行。\n某自治区人民政府\n一九九四年十二月二十七日\n某自治区温饱工程计划\n一、指导思想\n坚持开发式扶贫。\n",
			want: map[string]string{"notice__number": "[](某政发〔1994〕103号)", "notice__addressees": "[]各州、市、县(市)人民政府", "notice__para_1": "[]现将"},
		},
		{
			name: "an emergency plan's contents printed without 目录 and page numbers, then its text",
			text: "某市干旱灾害应急预案\n\n1 总则\n\n1.1 编制目的\n\n1.2 编制依据\n\n2 组织指挥体系\n\n2.1 指挥部职责\n\n" +
				"1 总则\n\n1.1 编制目的\n\n减少旱灾损失。\n\n1.2 编制依据\n\n依据有关法律法规。\n\n2 组织指挥体系\n\n2.1 指挥部职责\n\n负责组织全市抗旱工作。\n",
			want: map[string]string{"toc": "[]", "part_1__sec_1__para_1": "[]减少旱灾损失。", "part_2__sec_1": "2.1[指挥部职责]"},
			none: []string{"part_1_2", "part_3"},
		},
		{
			name: "a page's poster under the title",
			text: "某县“十四五”规划纲要(草案)的说明\n发布日期:2021-07-01 15:12\n发布者:政务公开办\n来源:\n一、编制起草情况\n按照全省统一部署,正式启动规划编制工作。\n",
			want: map[string]string{"part_1__para_1": "[]按照全省统一部署"},
			none: []string{"preamble__para_1"},
		},
		{
			name: "items a 款 of an article opens (前款所称…包括：)",
			text: "某市某管理办法\n\n第一条 为规范管理，制定本办法。\n\n第二条 本办法所称公共设施，是指政府投资建设的设施。\n前款所称公共设施包括：\n" +
				"（一）道路、桥梁；\n（二）公园、广场。\n公共设施由市政府统一管理。\n\n第三条 有下列情形之一的，予以处罚：\n（一）擅自占用的；\n（二）损坏设施的。\n",
			want: map[string]string{
				"art_2__para_2":         "[]前款所称公共设施包括：",
				"art_2__para_2__item_2": "（二）[]公园、广场。",
				"art_2__para_3":         "[]公共设施由市政府统一管理。",
				"art_3__item_2":         "（二）[]损坏设施的。",
			},
			none: []string{"art_2__item_1", "art_2__para_3__item_1"},
		},
		{
			name: "a rule in traditional characters, as a portal's big5 gateway prints it",
			text: "某市規範性文件管理規定\n\n第一章 總 則\n\n第一條 為了規範管理，制定本規定。\n第二條 依照本規定第一條規定辦理。\n\n" +
				"第二章 附則\n\n第一節 一般規定\n\n第三條 本規定自發布之日起施行。\n",
			want: map[string]string{
				"chp_1":        "第一章[總則]",
				"art_2":        "第二條[]依照本規定第一條規定辦理。",
				"chp_2__sec_1": "第一節[一般規定]",
				"art_3":        "第三條[]本規定",
			},
			none: []string{"chp_1__para_1"},
		},
		{
			name: "a 款 of an article after its items and their 目 (实施细则)",
			text: "某市某实施细则\n\n第一章 总则\n\n第一条 某局履行下列职责：\n（一）负责市容方面的执法，包括：\n1．违反容貌标准的；\n2．乱扔垃圾的；\n" +
				"（二）负责规划方面的执法。\n区城市管理部门负责本区域的执法。\n\n第二条 本细则自发布之日起施行。\n",
			want: map[string]string{
				"art_1__item_1__subitem_2": "2．[]乱扔垃圾的；",
				"art_1__para_2":            "[]区城市管理部门",
			},
			none: []string{"art_1__item_2__para_1"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("plan.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			for eid, want := range tt.want {
				n := doc.Node(eid)
				if n == nil {
					t.Errorf("%s: have none, want %s in\n%s", eid, want, outline(doc))
					continue
				}
				if have := n.Num + "[" + n.Heading + "]" + n.Text; !strings.HasPrefix(have, want) {
					t.Errorf("%s: have %s, want %s in\n%s", eid, have, want, outline(doc))
				}
			}
			for _, eid := range tt.none {
				if n := doc.Node(eid); n != nil {
					t.Errorf("%s: have %+v, want none in\n%s", eid, n, outline(doc))
				}
			}
		})
	}
}
