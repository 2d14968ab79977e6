package site_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/site"
)

// TestUncaptionedTableHeading: a table printed without a caption shows no
// number the plan does not print, in either language, and its heading is
// its label for screen readers and the region it names (表1, Table 1),
// where it was an empty <h2> in Chinese and "Table 0" in English.
func TestUncaptionedTableHeading(t *testing.T) {
	root := repoFS(t)
	root["seeds/uncaptioned-2020.txt"] = &fstest.MapFile{Data: []byte("某某县人民政府办公室关于印发某某方案的通知\n\n各乡镇人民政府：\n\n现将《某某方案》印发给你们，请认真贯彻执行。\n\n" +
		"某某县人民政府办公室\n2020年2月10日\n\n附件\n\n重点项目名单\n\n序号\t项目名称\t投资（亿元）\n1\t甲项目\t10\n2\t乙项目\t20\n")}
	s, err := site.Build(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ page, want string }{
		{"zh/uncaptioned-2020/index.html", `<h2 class="heading vh" id="table_1-h">表1</h2>`},
		{"en/uncaptioned-2020/index.html", `<h2 class="heading vh" id="table_1-h">Table 1</h2>`},
	} {
		page := string(s.Files[c.page])
		if !strings.Contains(page, c.want) {
			t.Errorf("%s: no %s", c.page, c.want)
		}
		for _, bad := range []string{"表0", "Table 0"} {
			if strings.Contains(page, bad) {
				t.Errorf("%s: names the table %s", c.page, bad)
			}
		}
		scan(t, c.page, s.Files[c.page]) // no empty heading
	}
}
