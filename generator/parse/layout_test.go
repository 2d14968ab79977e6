package parse_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestTableLayouts reads tables in each layout extractions print them and
// checks every cell is kept with its header.
func TestTableLayouts(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		columns    []string
		above      string     // lines between the caption and the header
		rows       [][]string // plain rows, and rows among projects that are none
		cells      [][]string // projects' cells
		deadlines  []string
		indicators []plan.Indicator
	}{
		{
			name:    "tab-separated with a caption, ragged",
			text:    "表1 主要指标\n指标\t单位\t2020年\t2025年\t属性\n学前教育毛入园率\t%\t90\t95\t预期性\n高中阶段毛入学率\t%\t98\t99\t约束性\t备注\n",
			columns: []string{"指标", "单位", "2020年", "2025年", "属性"},
			rows:    [][]string{{"学前教育毛入园率", "%", "90", "95", "预期性"}, {"高中阶段毛入学率", "%", "98", "99", "约束性", "备注"}},
			indicators: []plan.Indicator{
				{Row: 0, Name: "学前教育毛入园率", Unit: "%", Base: "90", Target: "95", Binding: "预期性"},
			},
		},
		{
			name:    "tab-separated indicators",
			text:    "表1 主要指标\n指标\t单位\t基期值\t目标值\t属性\n学前教育毛入园率\t%\t90\t95\t预期性\n高中阶段毛入学率\t%\t98\t99\t约束性\n",
			columns: []string{"指标", "单位", "基期值", "目标值", "属性"},
			rows:    [][]string{{"学前教育毛入园率", "%", "90", "95", "预期性"}, {"高中阶段毛入学率", "%", "98", "99", "约束性"}},
			indicators: []plan.Indicator{
				{Row: 0, Name: "学前教育毛入园率", Unit: "%", Base: "90", Target: "95", Binding: "预期性"},
				{Row: 1, Name: "高中阶段毛入学率", Unit: "%", Base: "98", Target: "99", Binding: "约束性"},
			},
		},
		{
			name:    "tab-separated without a caption",
			text:    "一、任务\n年份\t数量\n2021\t3\n2022\t4\n",
			columns: []string{"年份", "数量"},
			rows:    [][]string{{"2021", "3"}, {"2022", "4"}},
		},
		{
			name:      "key projects with any columns",
			text:      "表2 重点项目\n序号\t名称\t主要内容\t建设期限\t总投资\t责任单位\n1\t幼儿园建设\t新建幼儿园。\t2021-2023\t5000\t区教体局\n",
			columns:   []string{"序号", "名称", "主要内容", "建设期限", "总投资", "责任单位"},
			cells:     [][]string{{"1", "幼儿园建设", "新建幼儿园。", "2021-2023", "5000", "区教体局"}},
			deadlines: []string{"2021-2023|2023-12-31"},
		},
		{
			name:    "one cell per line, an indicator table",
			text:    "表3  主要指标\n\n序号\n\n类别\n\n主要指标\n\n2020年现状\n\n2025年目标\n\n指标\n\n属性\n\n1\n\n综合\n\n治理\n\n城市内涝防治达标率（%）\n\n——\n\n95\n\n约束性\n\n2\n\n城市防洪达标率（%）\n\n80\n\n95\n\n约束性\n\n注：1. 说明。\n",
			columns: []string{"序号", "类别", "主要指标", "2020年现状", "2025年目标", "指标属性"},
			rows:    [][]string{{"1", "综合治理", "城市内涝防治达标率（%）", "——", "95", "约束性"}, {"2", "城市防洪达标率（%）", "80", "95", "约束性"}},
			indicators: []plan.Indicator{
				{Row: 0, Name: "城市内涝防治达标率（%）", Unit: "%", Base: "——", Target: "95", Binding: "约束性"},
				{Row: 1, Name: "城市防洪达标率（%）", Unit: "%", Base: "80", Target: "95", Binding: "约束性"},
			},
		},
		{
			// A double-spaced extraction (a blank line after every line)
			// prints an empty cell as a line of its own: three blank lines.
			name: "double-spaced, merged cells empty, a cell in two points",
			text: "某市排水防涝规划\n\n一、标准\n\n" + strings.Repeat("按标准建设。\n\n", 8) + doubleSpaced("表6  内涝防治设计重现期（年）",
				"城镇类型", "重现期（年）", "地面积水设计标准",
				"超大城市", "100", "1.底层不进水；", "2.积水深度不超过15cm。",
				"特大城市", "50～100", "",
				"大城市", "30～50", "",
				"注：1. 表中所列设计重现期适用于年最大值法。"),
			columns: []string{"城镇类型", "重现期（年）", "地面积水设计标准"},
			rows:    [][]string{{"超大城市", "100", "1.底层不进水；2.积水深度不超过15cm。"}, {"特大城市", "50～100", ""}, {"大城市", "30～50", ""}},
		},
		{
			name: "double-spaced, a name over two lines, two printed rows under one number",
			text: "某市防洪规划\n\n一、标准\n\n按标准建设。\n\n" + doubleSpaced("附表2  城市防洪标准表",
				"序号", "城市及分区", "城市类型", "主要防洪河流", "规划标准", "现状标准",
				"1", "杭州市江北主城区（上城区、", "西湖区）", "平原", "钱塘江", "100", "100",
				"2", "滨江区", "平原", "钱塘江", "100", "100", "", "", "", "浦阳江", "50", "50",
				"3", "临安区", "", "苕溪", "50", "≤50",
				"“十三五”期间：",
				"4", "富阳区", "山区", "富春江", "50", "20-50"),
			columns: []string{"序号", "城市及分区", "城市类型", "主要防洪河流", "规划标准", "现状标准"},
			rows: [][]string{
				{"1", "杭州市江北主城区（上城区、西湖区）", "平原", "钱塘江", "100", "100"},
				{"2", "滨江区", "平原", "钱塘江", "100", "100"},
				{"", "", "", "浦阳江", "50", "50"},
				{"3", "临安区", "", "苕溪", "50", "≤50"},
				{"“十三五”期间："},
				{"4", "富阳区", "山区", "富春江", "50", "20-50"},
			},
		},
		{
			name:      "one cell per line, projects in groups",
			text:      "附表4  重大项目表\n杭州市\n序号\n项目名称\n建设内容\n项目起止\n总投资\n（万元）\n1\n甲工程\n清淤。\n2021-2022\n240\n2\n乙工程\n清淤。\n2021-2023\n150\n宁波市\n1\n丙工程\n清淤。\n2022-2025\n10\n合计\n400\n",
			columns:   []string{"序号", "项目名称", "建设内容", "项目起止", "总投资（万元）"},
			above:     "杭州市",
			rows:      [][]string{{"宁波市"}, {"合计", "400"}},
			cells:     [][]string{{"1", "甲工程", "清淤。", "2021-2022", "240"}, {"2", "乙工程", "清淤。", "2021-2023", "150"}, {"1", "丙工程", "清淤。", "2022-2025", "10"}},
			deadlines: []string{"2021-2022|2022-12-31", "2021-2023|2023-12-31", "2022-2025|2025-12-31"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, tab := firstTable(t, "t.txt", tt.text)
			if tab == nil {
				t.Fatalf("no table:\n%s", outline(doc))
			}
			if !reflect.DeepEqual(tab.Columns, tt.columns) {
				t.Errorf("columns: have %q, want %q", tab.Columns, tt.columns)
			}
			rows := tab.Rows
			var cells [][]string
			var deadlines []string
			for _, p := range tab.Children {
				if p.Kind == plan.KindRow {
					rows = append(rows, p.Rows...)
					continue
				}
				cells = append(cells, p.Cells)
				if p.Deadline != nil {
					deadlines = append(deadlines, p.Deadline.Text+"|"+p.Deadline.Date)
				}
			}
			if !reflect.DeepEqual(rows, tt.rows) {
				t.Errorf("rows: have %q, want %q", rows, tt.rows)
			}
			if tab.Text != tt.above {
				t.Errorf("text: have %q, want %q", tab.Text, tt.above)
			}
			if !reflect.DeepEqual(cells, tt.cells) {
				t.Errorf("project cells: have %q, want %q", cells, tt.cells)
			}
			if !reflect.DeepEqual(deadlines, tt.deadlines) {
				t.Errorf("deadlines: have %q, want %q", deadlines, tt.deadlines)
			}
			if !reflect.DeepEqual(tab.Indicators, tt.indicators) {
				t.Errorf("indicators:\nhave %+v\nwant %+v", tab.Indicators, tt.indicators)
			}
			if have, want := squeeze(doc.Source()), squeeze(tt.text); have != want {
				t.Errorf("Source is not the text in order:\n%s", firstDiff(have, want))
			}
		})
	}
}

// doubleSpaced prints lines as a double-spaced extraction does, a blank
// line after each; an empty line stands for an empty cell.
func doubleSpaced(lines ...string) string {
	return strings.Join(lines, "\n\n") + "\n"
}

// TestRaggedWarning checks that the rows of a table that do not have its
// columns are told once for the table, with their lines and why.
func TestRaggedWarning(t *testing.T) {
	text := "表1 主要指标\n指标\t单位\t2020年\t2025年\t属性\n学前教育毛入园率\t%\t90\t95\t预期性\n高中阶段毛入学率\t%\t98\t99\t约束性\t备注\n义务教育巩固率\t%\t95\n"
	doc, err := parse.Parse("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for _, w := range doc.Warnings {
		if strings.Contains(w.Msg, "columns") {
			tables = append(tables, fmt.Sprintf("%d: %s", w.Line, w.Msg))
		}
	}
	want := "4: table 表1: 2 of its 3 rows do not have its 5 columns, 1 with fewer cells (lines 5): a merged cell printed once for several rows or columns; 1 with more (lines 4): a cell printed over two lines, or two printed rows under one number; every cell is kept as printed, check these rows against the original"
	if len(tables) != 1 || tables[0] != want {
		t.Errorf("have %q,\nwant [%q]", tables, want)
	}
}

// firstTable parses text as the file name and returns the document and
// its first table, or nil.
func firstTable(t *testing.T, name, text string) (*plan.Document, *plan.Node) {
	t.Helper()
	doc, err := parse.Parse(name, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var tab *plan.Node
	doc.Walk(func(n *plan.Node) bool {
		if n.Kind == plan.KindTable && tab == nil {
			tab = n
		}
		return true
	})
	return doc, tab
}
