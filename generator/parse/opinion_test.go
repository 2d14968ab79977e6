package parse_test

import (
	"strings"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestNumberOverAddressedTitle reads an opinion a body issues as itself,
// its number printed over its title (宜公积金委〔2022〕5 号 / 安庆市…关于…的
// 意见 / 主送), as a notice's header: number, title, 主送, then the parts,
// and the signature, date and 版记 as its closing. The title, which is no
// notice's (…的意见), was read as the document's first paragraph and the
// number as its title, the signature and date as paragraphs of 三、.
func TestNumberOverAddressedTitle(t *testing.T) {
	doc := parse.Lines("seeds/x.pdf", anqingOpinion, plan.Meta{})
	m := doc.Meta
	for _, c := range []struct{ what, have, want string }{
		{"number", m.DocumentNumber, "宜公积金委〔2022〕5号"},
		{"title", m.Title, "安庆市住房公积金管理委员会关于调整住房公积金贷款有关政策的意见"},
		{"addressees", strings.Join(m.Addressees[max(len(m.Addressees)-2, 0):], "|"), "市政府各部门|各直属机构"},
		{"issuer", m.Issuer, "安庆市住房公积金管理委员会"},
		{"date", m.Date, "2022-07-27"},
		{"printer", m.Printer, "安庆市住房公积金管理委员会"},
	} {
		if c.have != c.want {
			t.Errorf("have %s %q, want %q", c.what, c.have, c.want)
		}
	}
	if n := doc.Node("part_3"); n == nil || len(n.Children) > 0 {
		t.Errorf("have part_3 %+v, want 三、 without the signature and date as its paragraphs", n)
	}
}
