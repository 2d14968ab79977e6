package site_test

import (
	"strings"
	"testing"
)

// scoreSeed is an assessment with a score table and an appended table,
// neither a list of projects.
const scoreSeed = `某区教育工作考核办法

一、考核内容
考核按下表评分。

表1 评分标准
	项目
	分值
	评分标准

	组织领导
	10
	未成立领导小组的扣10分。

	工作方案
	10
	未制定工作方案的扣10分。

	督查落实
	5
	未开展督查的扣5分。

附表1 考核结果汇总表
	单位
	得分

	区教体局
	95

	区财政局
	90
`

// TestTableRowsCitable: each row of a table that lists no projects has
// its eId on its <tr>, a cite control in its first cell with its label
// (表1第3行, Table 1, row 3) and citations linking it on the plan page,
// and a go-to key; it has no page of its own. Before, such rows were
// cells without an id.
func TestTableRowsCitable(t *testing.T) {
	s, page := buildPages(t, withSeed(t, "score-2023.txt", scoreSeed))
	zh, en := page("zh/score-2023/index.html"), page("en/score-2023/index.html")
	for _, tt := range []struct {
		name, page, want string
	}{
		{"zh row", zh, `<tr id="table_1__row_3" class="node data-row" data-eid="table_1__row_3"><td>督查落实`},
		{"zh label", zh, `<p class="cite-label">表1第3行</p>`},
		{"zh citation", zh, `《某区教育工作考核办法》表1第3行`},
		{"zh link", zh, `/zh/score-2023/#table_1__row_3</a>`},
		{"zh schedule", zh, `<p class="cite-label">附表1第2行</p>`},
		{"en row", en, `<tr id="table_1__row_3" class="node data-row" data-eid="table_1__row_3">`},
		{"en label", en, `<p class="cite-label">Table 1, row 3</p>`},
		{"en citation", en, `[Measures of Mou District], Table 1, row 3 [A/OL]`},
		{"en schedule", en, `Schedule 1, row 2`},
		{"zh row tooltip", zh, `<summary title="引用本行">`},
		{"en row tooltip", en, `<summary title="Cite this row">`},
		{"zh passage tooltip", zh, `<summary title="引用本段">`},
		{"goto", zh, `"t1.r3":"table_1__row_3"`},
		{"goto schedule", zh, `"st1.r2":"table_1_2__row_2"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(tt.page, tt.want) {
				t.Errorf("have no %s", tt.want)
			}
		})
	}
	for name := range s.Files {
		if strings.Contains(name, "__row_") {
			t.Errorf("a row has a page of its own: %s", name)
		}
	}
	csv := page("data/score-2023.text.csv")
	if n := strings.Count(csv, "\ntable_1__row_3,"); n != 1 || !strings.Contains(csv, "table_1__row_3,表1第3行,row,") || !strings.Contains(csv, "#table_1__row_3,督查落实,5,") {
		t.Errorf("text CSV: have %d lines of row 3, want one with its label and cells", n)
	}
}
