package parse_test

import (
	"reflect"
	"strings"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestDuties reads responsibilities, deadlines and scores in the forms
// plans print them, full-width and half-width.
func TestDuties(t *testing.T) {
	type want struct {
		eid      string
		lead     []string
		support  []string
		deadline plan.Deadline
		points   string
	}
	tests := []struct {
		name string
		text string
		want []want
	}{
		{
			// An opinion's 一是/二是 run names the lead of each clause
			// with 牵头 and the others with 配合, unbracketed.
			name: "牵头 and 配合 as a clause",
			text: "一、任务\n（一）改善人居环境。\n一是推进厕所革命。县农业农村局牵头，县卫生健康局、县财政局配合。\n二是县住建局牵头组织农房改造。\n",
			want: []want{
				{eid: "part_1__sec_1__para_1", lead: []string{"县农业农村局"}},
				{eid: "part_1__sec_1__para_1", support: []string{"县卫生健康局", "县财政局"}},
			},
		},
		{
			// A rule's 款 and a plan's paragraph name their subjects'
			// shares of a duty with 按照职责分工 and 按各自职责.
			name: "按照职责分工负责 as subject",
			text: "第一条 市园林局负责编制城市绿地规划。\n市自然资源局、市住建局按照职责分工负责相关工作。\n第二条 市财政局按各自职责负责保障经费，市审计局按照职责分工配合。\n",
			want: []want{
				{eid: "art_1", lead: []string{"市园林局"}},
				{eid: "art_1__para_2", support: []string{"市自然资源局", "市住建局"}},
				{eid: "art_2", lead: []string{"市财政局"}},
				{eid: "art_2", support: []string{"市审计局"}},
			},
		},
		{
			// A 厅's own 工作要点 names its divisions: 处室, 科室.
			name: "a department's divisions",
			text: "一、任务\n1.加快高速公路建设。（责任处室：规划处、建设处）\n2.推进国省道建设。（责任处室：公路处；责任单位：省公路事业发展中心）\n3.优化客运服务。（牵头处室：运输处；配合处室：安全处）\n4.编制规划。\n牵头科室：规划科\n责任科室：综合科\n",
			want: []want{
				{eid: "part_1__item_1", support: []string{"规划处", "建设处"}},
				{eid: "part_1__item_2", support: []string{"公路处", "省公路事业发展中心"}},
				{eid: "part_1__item_3", lead: []string{"运输处"}, support: []string{"安全处"}},
				{eid: "part_1__item_4", lead: []string{"规划科"}, support: []string{"综合科"}},
			},
		},
		{
			// As a portal's big5 gateway prints a task list: every form
			// above, in traditional characters; names stay as printed.
			name: "in traditional characters",
			text: "一、任務\n1.推進一網通辦。（牽頭單位：區政務服務中心；責任單位：區大數據局；完成時限：2024年12月底前）\n" +
				"2.推進幫辦代辦。（區教體局、區科技局負責，2024年內辦結）\n3.優化營商環境。（區發改局牽頭，區財政局、區稅務局配合）\n" +
				"4.區市場監管局負責做好企業開辦工作，區公安分局配合。\n5.加強隊伍建設。\n牽頭單位：區委組織部\n責任單位：各街道辦事處\n",
			want: []want{
				{eid: "part_1__item_1", lead: []string{"區政務服務中心"}, support: []string{"區大數據局"}, deadline: plan.Deadline{Text: "2024年12月底前", Date: "2024-12-31"}},
				{eid: "part_1__item_2", support: []string{"區教體局", "區科技局"}, deadline: plan.Deadline{Text: "2024年內辦結", Date: "2024-12-31"}},
				{eid: "part_1__item_3", lead: []string{"區發改局"}, support: []string{"區財政局", "區稅務局"}},
				{eid: "part_1__item_4", lead: []string{"區市場監管局"}},
				{eid: "part_1__item_4", support: []string{"區公安分局"}},
				{eid: "part_1__item_5", lead: []string{"區委組織部"}, support: []string{"各街道辦事處"}},
			},
		},
		{
			name: "half-width labels with nested brackets",
			text: "一、任务\n1.扩大开放。推进合作(牵头单位:示范区发展改革和统计局(商务局),责任单位:示范区财政金融局)\n",
			want: []want{{eid: "part_1__item_1", lead: []string{"示范区发展改革和统计局(商务局)"}, support: []string{"示范区财政金融局"}}},
		},
		{
			name: "labels in square brackets",
			text: "一、任务\n1、做好疫情防控。建立常态化防控机制。[牵头单位:区卫健局;责任单位:区疫情防控指挥部成员单位、各街办(新区)]\n2、推进复工复产。【牵头单位：区发改局】\n3、完善制度。见附件[1]\n",
			want: []want{
				{eid: "part_1__item_1", lead: []string{"区卫健局"}, support: []string{"区疫情防控指挥部成员单位", "各街办(新区)"}},
				{eid: "part_1__item_2", lead: []string{"区发改局"}},
			},
		},
		{
			name: "按职责分工负责 without a lead",
			text: "一、任务\n1.扩大开放。推进合作。（省商务厅、省发展改革委、省财政厅按职责分工负责）\n",
			want: []want{{eid: "part_1__item_1", support: []string{"省商务厅", "省发展改革委", "省财政厅"}}},
		},
		{
			name: "牵头 and 配合",
			text: "一、任务\n1.扩大开放。推进合作。（省商务厅牵头，合肥海关、省贸促会按职责分工配合）\n",
			want: []want{{eid: "part_1__item_1", lead: []string{"省商务厅"}, support: []string{"合肥海关", "省贸促会"}}},
		},
		{
			name: "score, deadline and 牵头考核单位",
			text: "二〇二二年工作要点\n\n一、任务\n1.开展养老服务。建成站点20个。（0.5分）（10月底完成，牵头考核单位：市民政局）\n",
			want: []want{{eid: "part_1__item_1", lead: []string{"市民政局"}, deadline: plan.Deadline{Text: "10月底完成"}, points: "0.5"}},
		},
		{
			name: "deadline year from the document",
			text: "关于印发2022年工作要点的通知\n\n2022年工作要点\n\n一、任务\n1.开展养老服务。建成站点20个。（0.5分）（10月底完成，牵头考核单位：市民政局）\n",
			want: []want{{eid: "part_1__item_1", lead: []string{"市民政局"}, deadline: plan.Deadline{Text: "10月底完成", Date: "2022-10-31"}, points: "0.5"}},
		},
		{
			name: "labelled fields with a deadline",
			text: "一、任务\n1.建设平台。建成平台。（牵头单位：市大数据局；配合单位：市财政局、市人社局；完成时限：2023年6月底前）\n",
			want: []want{{eid: "part_1__item_1", lead: []string{"市大数据局"}, support: []string{"市财政局", "市人社局"},
				deadline: plan.Deadline{Text: "2023年6月底前", Date: "2023-06-30"}}},
		},
		{
			name: "an unlabelled deadline after a labelled list",
			text: "一、任务\n1.规范市场秩序。开展专项整治。（责任单位：区市场监管局、区商务局，2024年6月底前完成）\n",
			want: []want{{eid: "part_1__item_1", support: []string{"区市场监管局", "区商务局"}, deadline: plan.Deadline{Text: "2024年6月底前完成", Date: "2024-06-30"}}},
		},
		{
			name: "labelled sentences at the end of the text, without brackets",
			text: "一、任务\n1）推进一网通办。全面推行线上办理。责任单位：区政务服务中心、区大数据局。完成时限：2024年12月底。\n2）深化一件事一次办。推出主题服务。牵头单位：区政务服务中心；配合单位：区市场监管局。\n3）加强协调。责任单位要加强协调。\n",
			want: []want{
				{eid: "part_1__subitem_1", support: []string{"区政务服务中心", "区大数据局"}, deadline: plan.Deadline{Text: "2024年12月底", Date: "2024-12-31"}},
				{eid: "part_1__subitem_2", lead: []string{"区政务服务中心"}, support: []string{"区市场监管局"}},
			},
		},
		{
			name: "a deadline before the departments",
			text: "一、任务\n1.建设平台。建成平台。（2022年底前完成，县住建局负责）\n",
			want: []want{{eid: "part_1__item_1", lead: []string{"县住建局"}, deadline: plan.Deadline{Text: "2022年底前完成", Date: "2022-12-31"}}},
		},
		{
			name: "ongoing",
			text: "一、任务\n1.建设平台。建成平台。（持续推进，县住建局负责）\n",
			want: []want{{eid: "part_1__item_1", lead: []string{"县住建局"}, deadline: plan.Deadline{Text: "持续推进"}}},
		},
		{
			name: "责任单位 broken over two lines",
			text: "一、任务\n1.实行契税补贴。对购房人给予补贴。（责任单位：县财政局、\n县税务局、县住建局）\n2.加大支持。提高额度。（责任单位：县住房公积金中心）\n",
			want: []want{
				{eid: "part_1__item_1", support: []string{"县财政局", "县税务局", "县住建局"}},
				{eid: "part_1__item_2", support: []string{"县住房公积金中心"}},
			},
		},
		{
			name: "two lists in one item",
			text: "一、任务\n1.扩大出口。建立清单。（合肥海关负责）巩固优势。（省商务厅牵头，合肥海关配合）\n",
			want: []want{
				{eid: "part_1__item_1", lead: []string{"合肥海关"}},
				{eid: "part_1__item_1", lead: []string{"省商务厅"}, support: []string{"合肥海关"}},
			},
		},
		{
			name: "a leader in charge before the departments, in brackets and as lines",
			text: "一、工作任务\n（一）清理生活垃圾。各村（社区）要全面清理。（责任领导：王某某；责任单位：镇农业服务中心、各村〔社区〕；完成时限：2024年5月底前）\n" +
				"（二）整治村容村貌。拆除违章搭建。\n责任领导：李某某\n责任单位：镇村建办、各村（社区）\n完成时限：2024年9月底前\n（三）开展评比。（牵头领导小组负责）\n",
			want: []want{
				{eid: "part_1__sec_1", support: []string{"镇农业服务中心", "各村〔社区〕"}, deadline: plan.Deadline{Text: "2024年5月底前", Date: "2024-05-31"}},
				{eid: "part_1__sec_2", support: []string{"镇村建办", "各村（社区）"}, deadline: plan.Deadline{Text: "2024年9月底前", Date: "2024-09-30"}},
				{eid: "part_1__sec_3", lead: []string{"牵头领导小组"}},
			},
		},
		{
			name: "duty lines whose subject is a department",
			text: "职责分工\n\n一、分工\n省教育厅负责统筹推进学校建设。\n省发展改革委、省财政厅按职责分工负责资金保障。\n各地要抓好落实。\n",
			want: []want{
				{eid: "part_1__para_1", lead: []string{"省教育厅"}},
				{eid: "part_1__para_2", support: []string{"省发展改革委", "省财政厅"}},
			},
		},
		{
			name: "a duty line with its supporting departments at the end",
			text: "职责分工\n\n一、分工\n省住房城乡建设厅牵头负责配套幼儿园建设，省自然资源厅、省财政厅配合。\n县教育局负责组织实施，由县财政局配合拨付资金。\n",
			want: []want{
				{eid: "part_1__para_1", lead: []string{"省住房城乡建设厅"}},
				{eid: "part_1__para_1", support: []string{"省自然资源厅", "省财政厅"}},
				{eid: "part_1__para_2", lead: []string{"县教育局"}},
			},
		},
		{
			name: "articles of a rule whose subject is a department",
			text: "某区学校安全管理办法\n\n第一条　为加强学校安全管理，制定本办法。\n第二条　区教体局负责全区学校安全管理工作，区公安分局、区应急局配合。\n第三条　本办法由区人民政府办公室负责解释。\n",
			want: []want{
				{eid: "art_2", lead: []string{"区教体局"}},
				{eid: "art_2", support: []string{"区公安分局", "区应急局"}},
			},
		},
		{
			name: "several duty clauses in one paragraph",
			text: "某市学校安全管理办法\n\n第一条　为加强学校安全管理，制定本办法。\n第二条　职责分工如下：\n市教育局负责学校安全的监督管理；市公安局负责校园周边治安秩序，市交通运输局配合；市卫生健康委负责学校卫生防疫的指导。\n",
			want: []want{
				{eid: "art_2__para_2", lead: []string{"市教育局"}},
				{eid: "art_2__para_2", lead: []string{"市公安局"}},
				{eid: "art_2__para_2", support: []string{"市交通运输局"}},
				{eid: "art_2__para_2", lead: []string{"市卫生健康委"}},
			},
		},
		{
			name: "duty lines of an office, a group and a federation",
			text: "职责分工\n\n一、分工\n北京市经济和信息化局负责数据专区的统筹协调。\n北京市大数据工作推进小组负责数据专区建设的统筹。\n省妇联负责参与婴幼儿家庭教育指导服务。\n",
			want: []want{
				{eid: "part_1__para_1", lead: []string{"北京市经济和信息化局"}},
				{eid: "part_1__para_2", lead: []string{"北京市大数据工作推进小组"}},
				{eid: "part_1__para_3", lead: []string{"省妇联"}},
			},
		},
		{
			name: "a score in a heading",
			text: "2022年考评指标\n\n一、政务服务“一网通办”（25分）\n（一）一体化政务服务平台建设（3分）\n1．全面开通全程网办。（5月底取得明显成效并持续推进，牵头考核单位：市审批服务局）\n",
			want: []want{
				{eid: "part_1", points: "25"},
				{eid: "part_1__sec_1", points: "3"},
				{eid: "part_1__sec_1__item_1", lead: []string{"市审批服务局"}, deadline: plan.Deadline{Text: "5月底取得明显成效并持续推进", Date: "2022-05-31"}},
			},
		},
		{
			name: "time node label in the text",
			text: "一、任务\n1.建设平台。建成平台，时间节点：2024年3月。\n",
			want: []want{{eid: "part_1__item_1", deadline: plan.Deadline{Text: "2024年3月", Date: "2024-03-31"}}},
		},
		{
			name: "labelled lines under each task",
			text: "2023年重点工作任务分解方案\n\n一、预期目标\n1.努力实现地区生产总值增长6.2%左右。\n\n牵头单位:区发改局\n\n责任单位:立山经济开发区,各街道、区直各部门\n\n2.加快项目建设。\n牵头单位：区发改局\n完成时限：12月底前\n全年实施亿元以上项目30个。\n",
			want: []want{
				{eid: "part_1__item_1", lead: []string{"区发改局"}, support: []string{"立山经济开发区", "各街道", "区直各部门"}},
				{eid: "part_1__item_2", lead: []string{"区发改局"}, deadline: plan.Deadline{Text: "12月底前", Date: "2023-12-31"}},
			},
		},
		{
			name: "a bracketed duty on a line of its own under a task",
			text: "一、任务\n（一）提升服务效能。\n1．推进一网通办。推行线上办理。\n（牵头单位：区政务服务中心；责任单位：区大数据局）\n2．优化企业开办。压缩开办时间。\n" +
				"（二）加强监管。推行双随机。\n（牵头单位：区市场监管局）\n",
			want: []want{
				{eid: "part_1__sec_1__item_1", lead: []string{"区政务服务中心"}, support: []string{"区大数据局"}},
				{eid: "part_1__sec_2", lead: []string{"区市场监管局"}},
			},
		},
		{
			name: "a bracketed duty on a line of its own after a task's sub-items",
			text: "一、任务\n1．推进一网通办。\n①推行线上办理。\n②推行帮办代办。\n（牵头单位：区政务服务中心；责任单位：区大数据局，2024年底前完成）\n2．优化企业开办。\n",
			want: []want{
				{eid: "part_1__item_1", lead: []string{"区政务服务中心"}, support: []string{"区大数据局"}, deadline: plan.Deadline{Text: "2024年底前完成", Date: "2024-12-31"}},
			},
		},
		{
			name: "a bracketed duty on a line of its own under each sub-item",
			text: "一、任务\n1．推进一网通办。\n①推行线上办理。\n（责任单位：区大数据局）\n②推行帮办代办。\n（责任单位：区政务服务中心）\n",
			want: []want{
				{eid: "part_1__item_1__subitem_1", support: []string{"区大数据局"}},
				{eid: "part_1__item_1__subitem_2", support: []string{"区政务服务中心"}},
			},
		},
		{
			name: "a deadline line alone stays a paragraph",
			text: "一、任务\n1.建设平台。\n完成时限：2024年3月\n",
			want: []want{{eid: "part_1__item_1__para_1", deadline: plan.Deadline{Text: "2024年3月", Date: "2024-03-31"}}},
		},
		{
			name: "not a responsibility",
			text: "一、任务\n1.建设平台。审批同意后拨付县住建局，由县住建局负责发放。（以下简称平台）\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("duty.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			var have []want
			doc.Walk(func(n *plan.Node) bool {
				rs := n.Responsibilities()
				if len(rs) == 0 && (n.Deadline != nil || n.Points != "") {
					rs = []*plan.Responsibility{{}}
				}
				for _, r := range rs {
					w := want{eid: n.EID, lead: r.Lead, support: r.Support, points: n.Points}
					if n.Deadline != nil {
						// its form is TestDeadlineForms'
						w.deadline = plan.Deadline{Text: n.Deadline.Text, Date: n.Deadline.Date}
					}
					if len(w.lead) == 0 {
						w.lead = nil
					}
					if len(w.support) == 0 {
						w.support = nil
					}
					have = append(have, w)
				}
				return true
			})
			if len(have) != len(tt.want) {
				t.Fatalf("have %d lists %+v, want %d %+v", len(have), have, len(tt.want), tt.want)
			}
			for i := range have {
				// Deadline and score are the node's: compare them on its first list.
				if i > 0 && have[i].eid == have[i-1].eid {
					have[i].deadline, have[i].points = tt.want[i].deadline, tt.want[i].points
				}
				if !reflect.DeepEqual(have[i], tt.want[i]) {
					t.Errorf("list %d:\nhave %+v\nwant %+v", i+1, have[i], tt.want[i])
				}
			}
			src := strings.Join(strings.Fields(tt.text), "")
			if got := strings.Join(strings.Fields(doc.Source()), ""); got != src {
				t.Errorf("Source:\n%s", firstDiff(got, src))
			}
		})
	}
}

// TestClosingDays reads the day a window closes from running text, as the
// Mingxi measures print it, and leaves the document's own term and "as of"
// alone.
func TestClosingDays(t *testing.T) {
	tests := []struct{ text, deadline, date string }{
		{"自本文件发布之日起至 2023 年 2 月 20 日 24:00 止，在我县购买新建商品住房。", "2023 年 2 月 20 日 24:00 止", "2023-02-20"},
		{"本措施补贴申报时间截止2023年8月20日。购房人提出申请。", "截止2023年8月20日", "2023-08-20"},
		{"本政策措施自2022年6月1日起实行，有效期至2023年12月31日止。", "", ""},
		{"截至2020年12月31日，全市已建成平台3个。", "", ""},
		{"从2021年1月1日至2022年6月30日，开展专项行动。", "", ""},
		{"截止2020年12月31日，已累计改造易涝点100处。", "", ""},
	}
	for _, tt := range tests {
		doc, err := parse.Parse("d.txt", []byte("某县人民政府文件\n某政〔2022〕1号\n关于印发若干措施的通知\n各单位：\n现印发。\n某县人民政府\n2022年11月26日\n某县若干措施\n\n一、措施\n"+tt.text+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		var n *plan.Node
		doc.Walk(func(c *plan.Node) bool {
			if c.Text == tt.text {
				n = c
			}
			return true
		})
		if n == nil {
			t.Fatalf("%s: no paragraph", tt.text)
		}
		var have plan.Deadline
		if n.Deadline != nil {
			have = *n.Deadline
		}
		if have.Text != tt.deadline || have.Date != tt.date || tt.date != "" && have.Form != plan.DueDay {
			t.Errorf("%s: have %+v, want %q %s", tt.text, have, tt.deadline, tt.date)
		}
	}
}

// TestDutyLinesNumbering wants the paragraph after a task's duty lines to
// be the task's first: the lines are the task's, as a parenthetical is.
func TestDutyLinesNumbering(t *testing.T) {
	doc, err := parse.Parse("duty.txt", []byte("一、任务\n1.加快项目建设。\n牵头单位：区发改局\n责任单位：各街道\n全年实施亿元以上项目30个。\n"))
	if err != nil {
		t.Fatal(err)
	}
	n := doc.Node("part_1__item_1__para_1")
	if n == nil || n.Text != "全年实施亿元以上项目30个。" {
		t.Errorf("part_1__item_1__para_1: have %+v, want the paragraph after the lines, in\n%s", n, outline(doc))
	}
	if r := doc.Node("part_1__item_1").Resp; r == nil || r.Raw != "牵头单位：区发改局 责任单位：各街道" {
		t.Errorf("Resp: have %+v, want the lines as printed", r)
	}
}
