package parse_test

import (
	"fmt"
	"strings"
	"testing"

	"plansite/generator/parse"
)

// projectList is a notice's 附件 as a portal page prints its table, one
// row a line with its cells separated by tabs: the header, then each
// city's label (一、甲市（2个）) as a row of one cell over its projects, and
// rows long enough to fill a printed line, none ending a sentence.
func projectList(cities, perCity int) string {
	var b strings.Builder
	b.WriteString("附件：\n某省部分重大产业项目入库名单\n\n序号\t项目名称\t投资总额（亿元）\t类别\t主要建设内容和规模\t牵头领导\t责任单位\t责任人\n")
	n := 0
	for c := range cities {
		fmt.Fprintf(&b, "%s、第%d市（%d个）\n", []string{"一", "二", "三", "四", "五", "六"}[c], c+1, perCity)
		for range perCity {
			n++
			fmt.Fprintf(&b, "%d\t某某科技有限公司年产%d万套智能终端产品及配套零部件生产线建设项目\t%d\t在建\t项目占地%d亩，新建厂房及配套设施，年产智能终端产品%d万套。\t某某 （某某经开区管委会副主任）\t某某经开区管委会\t某某 1357611%04d\n", n, n*10, 20+n, 100+n, n, n)
		}
	}
	b.WriteString("\n")
	return b.String()
}

// TestGroupRows wants a page's table of projects read whole: each label
// printed across it is a row of the table, not a part of the text (it
// was a part heading, the header a paragraph and each city's first
// project that city's table's header), and no row is joined to the one
// before as if the text were hard-wrapped.
func TestGroupRows(t *testing.T) {
	for _, shape := range []struct{ cities, perCity int }{{2, 2}, {6, 4}} {
		t.Run(fmt.Sprintf("%d cities of %d", shape.cities, shape.perCity), func(t *testing.T) {
			text := "某省人民政府办公厅关于加大重大产业项目督查调度力度的通知\n各市人民政府：\n现就有关事项通知如下：\n一、定期发布。年初发布名单。\n二、真督实查。每季度核查。\n附件：某省部分重大产业项目入库名单\n2020年2月10日\n" + projectList(shape.cities, shape.perCity)
			doc, err := parse.Parse("notice.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			if have, want := len(doc.Projects), shape.cities*shape.perCity; have != want {
				t.Errorf("have %d projects, want %d, in\n%s", have, want, outline(doc))
			}
			for i, p := range doc.Projects {
				if have, want := len(p.Cells), 8; have != want {
					t.Errorf("project %d: have %d cells %q, want %d", i+1, have, p.Cells, want)
				}
				if have, want := len(p.Group), 1; have != want || !strings.HasPrefix(p.Group[0], "第") && !strings.Contains(p.Group[0], "市（") {
					t.Errorf("project %d: groups %q, want its city's", i+1, p.Group)
				}
			}
			tbl := doc.Node("att_1__table_1")
			if tbl == nil || len(tbl.Columns) != 8 || tbl.Columns[0] != "序号" {
				t.Fatalf("no table att_1__table_1 with the header's 8 columns in\n%s", outline(doc))
			}
			if doc.Node("att_1__part_1") != nil || doc.Node("att_1__para_1") != nil {
				t.Errorf("a label or the header outside the table in\n%s", outline(doc))
			}
			if have, want := squeeze(doc.Source()), squeeze(text); have != want {
				t.Errorf("Source:\n%s", firstDiff(have, want))
			}
			for _, w := range doc.Warnings {
				t.Errorf("warning: %s", w.Msg)
			}
		})
	}
}
