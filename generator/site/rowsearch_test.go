package site

import (
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/internal/testproject"
)

// TestTableRowsSearched: a row of a table that lists no projects is a
// passage of the search index in both languages, found by its cells and
// named by its label (表1第3行, Table 1, row 3), linked at its place on
// the plan page. Before, a table's cells were in no index.
func TestTableRowsSearched(t *testing.T) {
	fsys := testproject.Map(t)
	fsys["seeds/score-2023.txt"] = &fstest.MapFile{Data: []byte("某区教育工作考核办法\n\n一、考核内容\n考核按下表评分。\n\n表1 评分标准\n\t项目\n\t分值\n\t评分标准\n\n\t组织领导\n\t10\n\t未成立领导小组的扣10分。\n\n\t督查落实\n\t5\n\t未开展督查的扣5分。\n")}
	docs, err := LoadDocs(fsys)
	if err != nil {
		t.Fatal(err)
	}
	b, err := load(fsys, docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for lang, label := range map[string]string{"zh": "表1第2行", "en": "Table 1, row 2"} {
		found := false
		for _, d := range b.searchDocs(lang) {
			for _, p := range d.Passages {
				if d.Slug == "score-2023" && p.EID == "table_1__row_2" {
					found = true
					if !strings.Contains(p.Text, "督查落实") || p.Label != label {
						t.Errorf("%s: have text %q label %q, want the row's cells and %s", lang, p.Text, p.Label, label)
					}
				}
			}
		}
		if !found {
			t.Errorf("%s: no passage table_1__row_2 in the index", lang)
		}
	}
}
