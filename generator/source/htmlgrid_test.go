package source_test

import (
	"testing"

	"plansite/generator/plan"
	"plansite/generator/source"
)

// TestRowspanTable reads a page's table whose cells span the rows of a
// group (a land sale's parcel: 出让方式, 序号, 宗地座落 and the figures over
// the four rows of its 四至范围) as one table of every row, each row's
// cell in its column, where Hefei's 出让公告 read the first parcel as the
// table and every later row as a paragraph (南至：云谷路, then the next
// parcel's cells run together). A cell spanning columns stays one cell.
func TestRowspanTable(t *testing.T) {
	page := `<html><body><div class="content">
<p>合肥市国有建设用地使用权出让公告</p>
<p>一、出让地块的基本情况</p>
<table>
<tr><td>出让方式</td><td>序号</td><td>宗地座落</td><td>四至范围</td><td>土地面积（亩）</td><td>竞买保证金</td></tr>
<tr><td rowspan="4">拍卖</td><td rowspan="4">1</td><td rowspan="4">滨湖科学城云谷路以北</td><td>东至：武夷山路</td><td rowspan="4">75.62</td><td rowspan="4">1.5亿元</td></tr>
<tr><td>南至：云谷路</td></tr>
<tr><td>西至：庐山路</td></tr>
<tr><td>北至：南昌路</td></tr>
<tr><td rowspan="2">拍卖</td><td rowspan="2">2</td><td rowspan="2">滨湖科学城锦绣大道以南</td><td>东至：安徽路</td><td rowspan="2">101</td><td rowspan="2">7亿元</td></tr>
<tr><td>南至：扬子江路</td></tr>
<tr><td colspan="6">合计：两宗地块</td></tr>
</table>
<p>二、竞买人资格。中华人民共和国境内外的法人均可申请参加。</p>
</div></body></html>`
	text, err := source.ReadBytes("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	doc := text.Document()
	var table *plan.Node
	doc.Walk(func(n *plan.Node) bool {
		if n.Kind == plan.KindTable && table == nil {
			table = n
		}
		return true
	})
	if table == nil {
		t.Fatalf("no table in the page's text")
	}
	var rows [][]string
	for _, r := range table.Children {
		rows = append(rows, r.Rows...)
	}
	want := [][]string{
		{"拍卖", "1", "滨湖科学城云谷路以北", "东至：武夷山路", "75.62", "1.5亿元"},
		{"", "", "", "南至：云谷路", "", ""},
		{"", "", "", "西至：庐山路", "", ""},
		{"", "", "", "北至：南昌路", "", ""},
		{"拍卖", "2", "滨湖科学城锦绣大道以南", "东至：安徽路", "101", "7亿元"},
		{"", "", "", "南至：扬子江路", "", ""},
	}
	if len(rows) < len(want) {
		t.Fatalf("have %d rows %q, want at least %d", len(rows), rows, len(want))
	}
	for i, w := range want {
		if have := rows[i]; len(have) != len(w) || !equal(have, w) {
			t.Errorf("row %d: have %q, want %q", i+1, have, w)
		}
	}
}

func equal(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return len(a) == len(b)
}
