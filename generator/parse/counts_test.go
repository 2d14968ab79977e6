package parse_test

import (
	"os"
	"path"
	"reflect"
	"strings"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestCorpusDuties counts, in each corpus plan and the frozen copy of the
// seed (testdata/project: an editor's change to seeds/ must not break it), the
// responsibility lists, deadlines, scores, tables, table cells and
// indicators the parser finds, against figures counted by hand in the
// texts (grep for the parentheticals, the 项目起止 cells of 附表4, the
// cells of each table).
func TestCorpusDuties(t *testing.T) {
	tests := []struct {
		file                                   string
		lists, deadlines, points               int
		tables, indicators, projects, withDate int
	}{
		// Roles as subjects: 州数据资源主管部门负责 (第十条, 第十五条),
		// 数据资源主管部门负责 (第三十八条); 政务部门, 数据提供部门 and
		// 数据使用部门 are generic, 州人民政府授权… a government's act;
		// a list with generic members is its named members' (第三十九条
		// 数据资源主管部门、政务部门应当, 第四十条 …通信管理部门和其他有关部门);
		// a level's role (第十条 县（市）数据资源主管部门负责, 第二十三条
		// 州、县（市）数据资源主管部门具体负责); a duty assigned with 由
		// (第二十九条 由本级数据资源主管部门会同…, 第四十四条 由…应当).
		{file: "aba-gov-data-2021.txt", lists: 18},
		{file: "anhua-realestate-2022.txt", lists: 13},
		{file: "anhui-industrial-internet-2021.txt", lists: 49},
		{file: "anhui-rcep-2022.txt", lists: 31},
		// 第六条's roles: 规划自然资源主管部门, 公安机关, 住房和城乡建设主管部门
		// (依法负责), 城市管理, 农业农村, 应急管理, 园林绿化, 消防救援主管部门
		// and 城市管理综合行政执法机关, each 负责…; ¶2's 交通运输主管部门
		// 按照…制度，组织协调推进…, a duty stated by its act.
		{file: "beijing-railway-safety-2023.txt", lists: 11},
		{file: "beijing-samr-bizenv-2025.txt"},
		{file: "fuzhou-realestate-2016.txt"},
		{file: "jiangxi-grain-workpoints-2020.txt"},
		// 至 2023 年 2 月 20 日 24:00 止 (the window to buy), 截止2023年8月20日
		// (the window to apply).
		// …拨付县住建局，由县住建局负责发放 (in the text and its annex).
		{file: "mingxi-realestate-2022.txt", lists: 2, deadlines: 2, withDate: 2},
		{file: "shandong-education-2021.txt", lists: 56},
		{file: "shandong-science-2021.txt"},
		{file: "xicheng-enrollment-2020.txt"},
		// 表1–8 and 附表1–4; 表3 has 7 indicators, 表4 6; 附表4 lists 256
		// project rows (the 32 parts （1）… of a project among them), 244
		// of them with a span 2021-2025 or a year (the rows of a project
		// in parts give their dates on the parts).
		{file: "zhejiang-urban-waterlogging-2021.txt", deadlines: 244, tables: 12, indicators: 13, projects: 255, withDate: 244},
		{file: "../project/seeds/zichuan-education-2022.txt", lists: 69, tables: 1, projects: 20},
	}
	for _, tt := range tests {
		t.Run(path.Base(tt.file), func(t *testing.T) {
			file := path.Join("../testdata/corpus", tt.file)
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := parse.Parse(path.Base(file), data)
			if err != nil {
				t.Fatal(err)
			}
			var lists, deadlines, points, tables, indicators, projects, withDate int
			doc.Walk(func(n *plan.Node) bool {
				lists += len(n.Responsibilities())
				if n.Deadline != nil {
					deadlines++
					if n.Deadline.Date != "" {
						withDate++
					}
				}
				if n.Points != "" {
					points++
				}
				if n.Kind == plan.KindTable {
					tables++
					indicators += len(n.Indicators)
				}
				if n.Kind == plan.KindProject {
					projects++
				}
				return true
			})
			for _, c := range []struct {
				what       string
				have, want int
			}{
				{"responsibility lists", lists, tt.lists},
				{"deadlines", deadlines, tt.deadlines},
				{"deadlines with a date", withDate, tt.withDate},
				{"scores", points, tt.points},
				{"tables", tables, tt.tables},
				{"indicators", indicators, tt.indicators},
				{"projects", projects, tt.projects},
			} {
				if c.have != c.want {
					t.Errorf("%s: have %d, want %d", c.what, c.have, c.want)
				}
			}
		})
	}
}

// TestCorpusRoles checks how the corpus plans assign their tasks: every
// item of the Anhua measures has its 责任单位, every one of the 24 items of
// the Anhui RCEP opinions has a list, a lead and support kept apart where
// the list says 牵头 and then 配合 or 按职责分工负责.
func TestCorpusRoles(t *testing.T) {
	read := func(name string) *plan.Document {
		data, err := os.ReadFile(path.Join("../testdata/corpus", name))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := parse.Parse(name, data)
		if err != nil {
			t.Fatal(err)
		}
		return doc
	}
	anhua := read("anhua-realestate-2022.txt")
	parts := 0
	anhua.Walk(func(n *plan.Node) bool {
		if n.Kind == plan.KindPart {
			parts++
			if n.Resp == nil || len(n.Resp.Support) == 0 || !strings.Contains(n.Resp.Raw, "责任单位") {
				t.Errorf("anhua %s: have %+v, want a 责任单位 list", n.EID, n.Resp)
			}
		}
		return true
	})
	if parts != 13 {
		t.Errorf("anhua items: have %d, want 13", parts)
	}
	rcep := read("anhui-rcep-2022.txt")
	items := 0
	rcep.Walk(func(n *plan.Node) bool {
		if n.Kind != plan.KindItem {
			return true
		}
		items++
		rs := n.Responsibilities()
		if len(rs) == 0 {
			t.Errorf("rcep %s %s: no responsibility list", n.EID, n.Heading)
		}
		for _, r := range rs {
			if len(r.Lead) == 0 {
				t.Errorf("rcep %s %s: no lead", n.EID, r.Raw)
			}
			if strings.Contains(r.Raw, "牵头，") != (len(r.Support) > 0) {
				t.Errorf("rcep %s %s: support %q", n.EID, r.Raw, r.Support)
			}
		}
		return true
	})
	if items != 24 {
		t.Errorf("rcep items: have %d, want 24", items)
	}
	// The forms as the RCEP opinions print them: 牵头 then 按职责分工负责
	// (item 17), several lists in one item, the last taken from its end
	// (item 1: （合肥海关负责） inside the text, two 牵头/配合 lists).
	for _, tt := range []struct {
		eid           string
		n             int // lists
		lead, support []string
	}{
		{"part_2__sec_7__item_17", 1, []string{"合肥海关"}, []string{"省港航集团", "省机场集团"}},
		{"part_2__sec_1__item_1", 3, []string{"省商务厅"}, []string{"省农业农村厅"}},
		{"part_2__sec_4__item_10", 1, []string{"省商务厅"}, []string{"省十大新兴产业推进组工作专班牵头单位"}},
	} {
		n := rcep.Node(tt.eid)
		if n == nil {
			t.Errorf("rcep: no %s", tt.eid)
			continue
		}
		rs := n.Responsibilities()
		if len(rs) != tt.n || n.Resp == nil || !reflect.DeepEqual(n.Resp.Lead, tt.lead) || !reflect.DeepEqual(n.Resp.Support, tt.support) {
			t.Errorf("rcep %s: have %d lists, last %+v; want %d, lead %q support %q", tt.eid, len(rs), n.Resp, tt.n, tt.lead, tt.support)
		}
	}
}
