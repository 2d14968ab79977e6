package cite_test

import (
	"testing"

	"plansite/generator/cite"
	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestUncaptionedTable: a table printed without a caption (a portal's
// list of projects under its attachment's title) is named by its place,
// as its eId is (table_1: 表1, Table 1), in its projects' labels and in the
// go-to, where its number was 0 (表0第2项).
func TestUncaptionedTable(t *testing.T) {
	const text = "某某县人民政府办公室关于印发某某方案的通知\n\n各乡镇人民政府：\n\n现将《某某方案》印发给你们，请认真贯彻执行。\n\n" +
		"某某县人民政府办公室\n2020年2月10日\n\n附件\n\n重点项目名单\n\n序号\t项目名称\t投资（亿元）\n1\t甲项目\t10\n2\t乙项目\t20\n"
	doc, err := parse.Parse("uncaptioned.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	nodes := map[string]*plan.Node{}
	doc.Walk(func(n *plan.Node) bool { nodes[n.EID] = n; return true })
	table, proj := nodes["table_1"], nodes["proj_2"]
	if table == nil || proj == nil || table.Num != "" {
		t.Fatalf("want an uncaptioned table_1 with proj_2; have %v, %v", table, proj)
	}
	for _, c := range []struct{ have, want string }{
		{plan.Level(table, true, false), "表1"},
		{plan.Level(table, false, false), "Table 1"},
		{cite.Label(proj, "zh"), "表1第2项"},
		{cite.Label(proj, "en"), "Table 1, item 2"},
	} {
		if c.have != c.want {
			t.Errorf("have %q, want %q", c.have, c.want)
		}
	}
	goto_ := cite.NewTable(func(yield func(*plan.Node)) {
		doc.Walk(func(n *plan.Node) bool { yield(n); return true })
	})
	for _, q := range []string{"表1第2项", "Table 1, item 2"} {
		if have, _ := resolve(goto_, q); have != "proj_2" {
			t.Errorf("go-to %q: have %q, want proj_2", q, have)
		}
	}
}
