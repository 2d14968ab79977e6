package parse_test

import (
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// table builds a table in the layout of the Zichuan 表2: a caption, then
// rows separated by blank lines, one tab-indented cell per line.
func table(caption string, rows ...[]string) string {
	var b strings.Builder
	b.WriteString(caption + "\n")
	for i, r := range rows {
		if i > 0 {
			b.WriteString("\n")
		}
		for _, c := range r {
			b.WriteString("\t" + c + "\n")
		}
	}
	return b.String()
}

func TestTables(t *testing.T) {
	header := []string{"序号", "名称", "主要内容"}
	tests := []struct {
		name     string
		text     string
		projects []plan.Node // EID, Num, Heading, Text, Resp, Rows compared
		rows     int         // plain rows of the table
	}{
		{
			name: "projects",
			text: table("表2 重点项目", header, []string{"1", "幼儿园建设", "新建幼儿园。（区教体局、区财政局负责）"}, []string{"2", "特殊教育  提升行动", "建设学校。"}),
			projects: []plan.Node{
				{EID: "proj_1", Num: "1", Heading: "幼儿园建设", Text: "新建幼儿园。", Resp: &plan.Responsibility{Support: []string{"区教体局", "区财政局"}, Raw: "（区教体局、区财政局负责）"}},
				{EID: "proj_2", Num: "2", Heading: "特殊教育提升行动", Text: "建设学校。"},
			},
		},
		{
			name: "responsibility column",
			text: table("表1 项目清单", []string{"序号", "项目名称", "建设内容", "牵头单位", "完成时限"}, []string{"1", "甲工程", "建设。", "省教育厅、省财政厅", "2023年"}),
			projects: []plan.Node{
				{EID: "proj_1", Num: "1", Heading: "甲工程", Text: "建设。", Resp: &plan.Responsibility{Lead: []string{"省教育厅", "省财政厅"}, Raw: "省教育厅、省财政厅"}, Rows: [][]string{{"2023年"}}},
			},
		},
		{
			name: "task table with lead and responsible columns",
			text: table("表1 重点任务分工表", []string{"序号", "重点任务", "具体措施", "牵头单位", "责任单位", "完成时限"},
				[]string{"1", "提升政务服务效能", "推行一网通办。", "区政务服务中心", "区市场监管局、区税务局", "2024年6月底前"}),
			projects: []plan.Node{
				{EID: "proj_1", Num: "1", Heading: "提升政务服务效能", Text: "推行一网通办。", Resp: &plan.Responsibility{Lead: []string{"区政务服务中心"}, Support: []string{"区市场监管局", "区税务局"}, Raw: "区政务服务中心 区市场监管局、区税务局"}, Rows: [][]string{{"2024年6月底前"}}},
			},
		},
		{
			name: "rectification list",
			text: table("表1 反馈问题整改清单", []string{"序号", "存在问题", "整改措施", "责任领导", "责任单位", "整改时限"},
				[]string{"1", "垃圾处理设施运行不规范", "开展专项排查。", "张某", "县住建局、各乡镇人民政府", "2024年6月底前"}),
			projects: []plan.Node{
				{EID: "proj_1", Num: "1", Heading: "垃圾处理设施运行不规范", Text: "开展专项排查。", Resp: &plan.Responsibility{Support: []string{"县住建局", "各乡镇人民政府"}, Raw: "县住建局、各乡镇人民政府"}, Rows: [][]string{{"张某", "2024年6月底前"}}},
			},
		},
		{
			name: "task breakdown with a leader column",
			text: table("表1 重点工作任务分解表", []string{"序号", "目标任务", "责任领导", "牵头单位", "配合单位", "完成时限"},
				[]string{"1", "新增城镇就业3000人", "李某", "县人社局", "各乡镇人民政府", "2024年12月底前"}),
			projects: []plan.Node{
				{EID: "proj_1", Num: "1", Heading: "新增城镇就业3000人", Resp: &plan.Responsibility{Lead: []string{"县人社局"}, Support: []string{"各乡镇人民政府"}, Raw: "县人社局 各乡镇人民政府"}, Rows: [][]string{{"李某", "2024年12月底前"}}},
			},
		},
		{
			name: "responsibility in both",
			text: table("表1 项目清单", []string{"序号", "名称", "内容", "责任单位"}, []string{"1", "甲工程", "建设。（省教育厅负责）", "省财政厅"}),
			projects: []plan.Node{
				{EID: "proj_1", Num: "1", Heading: "甲工程", Text: "建设。", Resp: &plan.Responsibility{Lead: []string{"省教育厅"}, Raw: "（省教育厅负责）"}, Rows: [][]string{{"省财政厅"}}},
			},
		},
		{
			name: "extra and missing cells",
			text: table("表1 项目", header, []string{"1", "甲", "建设。", "多余"}, []string{"2"}),
			projects: []plan.Node{
				{EID: "proj_1", Num: "1", Heading: "甲", Text: "建设。", Rows: [][]string{{"多余"}}},
				{EID: "proj_2", Num: "2"},
			},
		},
		{
			name: "unnumbered row",
			text: table("表1 项目", header, []string{"1", "甲", "建设。"}, []string{"二", "乙", "建设。"}),
			projects: []plan.Node{
				{EID: "proj_1", Num: "1", Heading: "甲", Text: "建设。"},
				{EID: "proj_2", Num: "二", Heading: "乙", Text: "建设。"},
			},
		},
		{
			name: "two project tables",
			text: table("表1 项目", header, []string{"1", "甲", "建设。"}) + "\n" + table("表2 项目", header, []string{"1", "乙", "建设。"}),
			projects: []plan.Node{
				{EID: "proj_1", Num: "1", Heading: "甲", Text: "建设。"},
				{EID: "proj_1_2", Num: "1", Heading: "乙", Text: "建设。"},
			},
		},
		{
			name: "not a project list",
			text: table("表3 主要指标", []string{"指标", "2020年", "2025年"}, []string{"学前教育毛入园率（%）", "90", "95"}, []string{"高中阶段毛入学率（%）", "98", "99"}),
			rows: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("table.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Projects) != len(tt.projects) {
				t.Fatalf("have %d projects, want %d:\n%s", len(doc.Projects), len(tt.projects), outline(doc))
			}
			for i, want := range tt.projects {
				have := doc.Projects[i]
				if have.EID != want.EID || have.Num != want.Num || have.Heading != want.Heading || have.Text != want.Text ||
					!sameResp(have.Resp, want.Resp) || !reflect.DeepEqual(have.Rows, want.Rows) {
					t.Errorf("project %d:\nhave %s %q %q %q %+v %q\nwant %s %q %q %q %+v %q", i+1,
						have.EID, have.Num, have.Heading, have.Text, have.Resp, have.Rows,
						want.EID, want.Num, want.Heading, want.Text, want.Resp, want.Rows)
				}
			}
			rows := 0
			doc.Walk(func(n *plan.Node) bool { rows += len(n.TableRows()) * btoi(n.Kind == plan.KindTable); return true })
			if rows != tt.rows {
				t.Errorf("plain rows: have %d, want %d", rows, tt.rows)
			}
			if have, want := squeeze(doc.Source()), squeeze(tt.text); have != want {
				t.Errorf("Source:\n%s", firstDiff(have, want))
			}
			if bad := checkEIDs(doc); bad != "" {
				t.Error(bad)
			}
		})
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// sameResp compares responsibilities, nil and empty name lists alike.
func sameResp(a, b *plan.Responsibility) bool {
	if a == nil || b == nil {
		return a == b
	}
	return sameNames(a.Lead, b.Lead) && sameNames(a.Support, b.Support) && a.Raw == b.Raw
}

// TestKeyedRows reads tables printed one cell per line without a 序号
// column, as the Zhejiang plan prints its 表5–8: each row is found by the
// label or Roman numeral that opens it, and the notes under a table ("注：
// 1. …", "2. …") are paragraphs beside it, not items of the text.
func TestKeyedRows(t *testing.T) {
	lines := func(s ...string) string { return strings.Join(s, "\n\n") + "\n" }
	text := "某规划\n\n一、任务\n\n（一）明确标准\n\n按照规范执行。\n\n" + lines(
		"表5  雨水管渠设计重现期（年）", "城镇类型", "中心城区", "非中心城区",
		"超大城市和特大城市", "3～5", "2～3", "大城市", "2～5", "2～3",
		"注：1. 按表中所列重现期设计暴雨强度公式时，均采用年最大法。",
		"2. 雨水管渠应按重力流、满管流计算。",
		"表8  城市防护区的防护等级和防洪标准", "防护等级", "重要性", "常住人口", "（万人）",
		"Ⅰ", "特别重要", "≥150", "Ⅱ", "重要", "<150，≥50",
		"（二）落实方案", "因地制宜。")
	doc, err := parse.Parse("z.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		eid     string
		columns []string
		rows    [][]string
	}{
		{"part_1__sec_1__table_5", []string{"城镇类型", "中心城区", "非中心城区"}, [][]string{{"超大城市和特大城市", "3～5", "2～3"}, {"大城市", "2～5", "2～3"}}},
		{"part_1__sec_1__table_8", []string{"防护等级", "重要性", "常住人口（万人）"}, [][]string{{"Ⅰ", "特别重要", "≥150"}, {"Ⅱ", "重要", "<150，≥50"}}},
	} {
		n := doc.Node(tt.eid)
		if n == nil || !reflect.DeepEqual(n.Columns, tt.columns) || !reflect.DeepEqual(n.TableRows(), tt.rows) {
			t.Errorf("%s: have %+v, want columns %q rows %q", tt.eid, n, tt.columns, tt.rows)
		}
	}
	if n := doc.Node("part_1__sec_1__para_3"); n == nil || n.Text != "2. 雨水管渠应按重力流、满管流计算。" {
		t.Errorf("the second note: have %+v, want a paragraph beside the table", n)
	}
	if n := doc.Node("part_1__sec_2"); n == nil || n.Heading != "落实方案" {
		t.Errorf("the section after the tables: have %+v", n)
	}
	for _, w := range doc.Warnings {
		t.Errorf("unexpected warning %v", w)
	}
}

// TestTableGroups: the Zhejiang plan's 附表4 is in sections (a city before
// its header, printed again for each) and groups each city's projects by
// kind of work, numbering them afresh in each group (one cell a line);
// each project knows its groups, where a total or a header is no group.
func TestTableGroups(t *testing.T) {
	doc, _ := parseFile(t, filepath.Join(corpusDir, "zhejiang-urban-waterlogging-2021.txt"))
	const river, flood = "河道综合治理工程（含新开河道、连通河道、堤岸治理、清淤疏浚等工程）/（个）", "城市排洪防涝工程（含沿河强排设施、泵闸站、排洪沟等工程）/（个）"
	want := map[string][]string{
		"proj_1":    {"杭州市", river},          // the first city, printed between the caption and the header
		"proj_45":   {"杭州市", river},          // the group's last
		"proj_1_2":  {"杭州市", flood},          // after 小计, the next group
		"proj_2_3":  {"杭州市", "智慧监测管控工程/（项）"}, // the city's last group
		"proj_1_9":  {"宁波市", river},          // after 合计, the next city and its header
		"proj_1_20": {"温州市", flood},          // a part of project 1, numbered （1）
	}
	have := map[string][]string{}
	doc.Walk(func(n *plan.Node) bool {
		if _, ok := want[n.EID]; ok && n.Parent.Num == "附表4" {
			have[n.EID] = n.Group
		}
		return true
	})
	for eid, w := range want {
		if !reflect.DeepEqual(have[eid], w) {
			t.Errorf("%s: have %q, want %q", eid, have[eid], w)
		}
	}
}

// TestSpannedCells reads a table that groups its rows under a cell printed
// once, on the group's first row (a 考核办法's score table), with the
// spanned cell's place empty in the group's other rows, so that every cell
// stands under its column; a row short of a last cell nothing tells stays
// as printed, with the warning.
func TestSpannedCells(t *testing.T) {
	tests := []struct {
		name, text string
		want       [][]string
		ragged     bool // warned about rows short of the columns
	}{
		{"the first column spans, tab-indented cells",
			table("表1 考核评分表", []string{"考核项目", "考核内容", "分值", "评分标准"},
				[]string{"组织领导（20分）", "1．成立领导小组", "10", "未成立的扣10分。"}, []string{"2．制定工作方案", "10", "未制定的扣10分。"},
				[]string{"3．开展督查", "5", "未开展的扣5分。"}, []string{"产业发展（30分）", "4．培育特色产业", "15", "每少一个扣5分。"}),
			[][]string{{"组织领导（20分）", "1．成立领导小组", "10", "未成立的扣10分。"}, {"", "2．制定工作方案", "10", "未制定的扣10分。"},
				{"", "3．开展督查", "5", "未开展的扣5分。"}, {"产业发展（30分）", "4．培育特色产业", "15", "每少一个扣5分。"}}, false},
		{"the second column spans, one cell per line after 序号",
			"一、考核内容\n\n序号\n考核项目\n考核内容\n分值\n评分标准\n1\n组织领导\n成立领导小组\n10\n未成立的扣10分。\n2\n制定工作方案\n10\n未制定的扣10分。\n3\n产业发展\n培育特色产业\n15\n每少一个扣5分。\n\n二、结果运用\n\n作为评优依据。\n",
			[][]string{{"1", "组织领导", "成立领导小组", "10", "未成立的扣10分。"}, {"2", "", "制定工作方案", "10", "未制定的扣10分。"}, {"3", "产业发展", "培育特色产业", "15", "每少一个扣5分。"}}, false},
		{"the first column empty on the first row, tab-separated rows (a PDF's table)",
			"表1 补贴标准\n车辆类型\t距离强制报废时间\t补贴标准\n         \t满1年（含）不足2年\t1.0\n中型\t满2年（含）不足4年\t1.8\n         \t满4年（含）以上\t2.5\n",
			[][]string{{"", "满1年（含）不足2年", "1.0"}, {"中型", "满2年（含）不足4年", "1.8"}, {"", "满4年（含）以上", "2.5"}}, false},
		{"a last cell not printed",
			table("表1 评分表", []string{"序号", "考核内容", "分值", "备注"}, []string{"1", "成立领导小组", "10", "按季度"}, []string{"2", "制定工作方案", "10"}),
			[][]string{{"1", "成立领导小组", "10", "按季度"}, {"2", "制定工作方案", "10"}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("table.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			var rows [][]string
			doc.Walk(func(n *plan.Node) bool {
				if n.Kind == plan.KindTable {
					rows = n.TableRows()
				}
				return true
			})
			if !reflect.DeepEqual(rows, tt.want) {
				t.Errorf("rows:\nhave %q\nwant %q", rows, tt.want)
			}
			ragged := slices.ContainsFunc(doc.Warnings, func(w plan.Warning) bool { return strings.Contains(w.Msg, "do not have its") })
			if ragged != tt.ragged || len(doc.Warnings) > 0 && !tt.ragged {
				t.Errorf("warnings: have %v, want the ragged rows warned about: %v", doc.Warnings, tt.ragged)
			}
			if have, want := squeeze(doc.Source()), squeeze(tt.text); have != want {
				t.Errorf("Source:\n%s", firstDiff(have, want))
			}
		})
	}
}

// TestDataRows makes each row of a table that lists no projects a node
// with an eId of the table's own, numbered as printed below the header,
// so a reader can cite and link it (表3第2行); two tables under one parent
// each have their row_1. Before, the cells were only the table's Rows.
func TestDataRows(t *testing.T) {
	text := "某办法\n\n" +
		table("表3 主要指标", []string{"指标", "2020年", "2025年目标"}, []string{"学前教育毛入园率（%）", "90", "95"}, []string{"高中阶段毛入学率（%）", "98", "99"}) + "\n" +
		table("表4 评分标准", []string{"项目", "分值", "评分标准"}, []string{"组织领导", "10", "未成立的扣10分。"})
	doc, err := parse.Parse("rows.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		eid     string
		ordinal int
		cells   []string
	}{
		{"table_3__row_1", 1, []string{"学前教育毛入园率（%）", "90", "95"}},
		{"table_3__row_2", 2, []string{"高中阶段毛入学率（%）", "98", "99"}},
		{"table_4__row_1", 1, []string{"组织领导", "10", "未成立的扣10分。"}},
	} {
		t.Run(tt.eid, func(t *testing.T) {
			n := doc.Node(tt.eid)
			if n == nil {
				t.Fatalf("no node %s:\n%s", tt.eid, outline(doc))
			}
			if !n.DataRow() || n.Ordinal != tt.ordinal || len(n.Rows) != 1 || !reflect.DeepEqual(n.Rows[0], tt.cells) {
				t.Errorf("have %s ordinal %d rows %q, want a data row %d with %q", n.Kind, n.Ordinal, n.Rows, tt.ordinal, tt.cells)
			}
		})
	}
	if tab := doc.Node("table_3"); tab == nil || len(tab.Rows) != 0 || len(tab.Indicators) != 2 || tab.Indicators[1].Row != 1 {
		t.Errorf("table 3: have %+v, want its cells in its rows and two indicators, the second in row index 1", tab)
	}
	if have, want := squeeze(doc.Source()), squeeze(text); have != want {
		t.Errorf("Source:\n%s", firstDiff(have, want))
	}
}

// TestTaskListRows: a task list whose second column names no tasks
// (工作内容) stays a table of data rows, but each row carries the
// departments of its responsibility columns (牵头单位 the lead, 配合单位
// support) and the deadline of its 完成时限 column, dated, as a task does;
// a table without a responsibility column gives its rows neither. Before,
// the rows had no departments and no deadline.
func TestTaskListRows(t *testing.T) {
	text := "某区2023年工作要点\n\n" +
		table("表1 重点工作任务清单", []string{"序号", "工作内容", "牵头单位", "配合单位", "完成时限"},
			[]string{"1", "建成智慧校园平台", "区教体局", "区财政局、区大数据中心", "2023年10月底"},
			[]string{"2", "完善学生资助体系", "区民政局", "区财政局", "持续推进"}) + "\n" +
		table("表2 项目进度", []string{"序号", "工作内容", "完成时限"}, []string{"1", "开工", "2023年6月"})
	doc, err := parse.Parse("tasks.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		eid           string
		lead, support []string
		deadline      *plan.Deadline
	}{
		{"table_1__row_1", []string{"区教体局"}, []string{"区财政局", "区大数据中心"}, &plan.Deadline{Text: "2023年10月底", Date: "2023-10-31"}},
		{"table_1__row_2", []string{"区民政局"}, []string{"区财政局"}, &plan.Deadline{Text: "持续推进"}},
		{"table_2__row_1", nil, nil, nil},
	} {
		t.Run(tt.eid, func(t *testing.T) {
			n := doc.Node(tt.eid)
			if n == nil || !n.DataRow() {
				t.Fatalf("no data row %s:\n%s", tt.eid, outline(doc))
			}
			var lead, support []string
			if n.Resp != nil {
				lead, support = n.Resp.Lead, n.Resp.Support
			}
			if !reflect.DeepEqual(lead, tt.lead) || !reflect.DeepEqual(support, tt.support) {
				t.Errorf("have lead %q support %q, want %q %q", lead, support, tt.lead, tt.support)
			}
			if n.Deadline != nil { // its form is TestDeadlineForms'
				n.Deadline = &plan.Deadline{Text: n.Deadline.Text, Date: n.Deadline.Date}
			}
			if !reflect.DeepEqual(n.Deadline, tt.deadline) {
				t.Errorf("have deadline %+v, want %+v", n.Deadline, tt.deadline)
			}
		})
	}
	if have, want := squeeze(doc.Source()), squeeze(text); have != want {
		t.Errorf("Source:\n%s", firstDiff(have, want))
	}
}
