package parse_test

import (
	"strings"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestRosterOverTwoLines: the list of a file's 附件 printed over two
// lines (附件：, then the annex's title), before the annex itself (附件,
// its title again, its text), is a paragraph of the document it closes,
// as the list on one line is, and the file has one annex, printed without
// a number (baotou-digital-gov-2022's shape); an annex whose title only
// another annex repeats, with text of its own, stays an annex.
func TestRosterOverTwoLines(t *testing.T) {
	const plan1 = "某市数字政府建设考评办法\n一、考评对象\n各旗县区人民政府。\n二、考评内容\n按指标考评。\n"
	tests := []struct{ name, text, want string }{
		{"a roster over two lines",
			plan1 + "附件：\n某市数字政府建设考评指标\n附件\n某市数字政府建设考评指标\n一、政务服务（25分）\n（一）平台建设（3分）\n",
			"para_1 附件：某市数字政府建设考评指标|att_1 附件 某市数字政府建设考评指标"},
		{"two annexes, the first with text",
			plan1 + "附件1\n某市考评指标\n一、政务服务\n附件2\n某市考评指标\n一、数据共享\n",
			"att_1 附件1 某市考评指标|att_2 附件2 某市考评指标"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("plan.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			var have []string
			for _, n := range doc.Nodes {
				switch n.Kind {
				case plan.KindAttachment:
					have = append(have, n.EID+" "+plan.Level(n, true, true)+" "+n.Heading)
				case plan.KindParagraph:
					have = append(have, n.EID+" "+n.Text)
				}
			}
			if strings.Join(have, "|") != tt.want {
				t.Errorf("have %s\nwant %s", strings.Join(have, "|"), tt.want)
			}
		})
	}
}
