package cite_test

import (
	"strings"
	"testing"

	"plansite/generator/cite"
	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestLabelArticles cites a regulation as Chinese legal citations do: an
// article by its number alone (articles are numbered through the
// document, so 第二编第一章 adds nothing), its paragraphs as 款 and its
// items as 第（一）项.
func TestLabelArticles(t *testing.T) {
	doc, _ := readPlan(t, "testdata/plans/law-bian.txt")
	tests := []struct{ eid, zh, en string }{
		{"book_2", "第二编", "Book 2"},
		{"book_2__chp_1", "第二编第一章", "Book 2, Chapter 1"},
		{"art_4", "第四条", "Article 4"},
		{"art_4__item_1", "第四条第（一）项", "Article 4 (1)"},
		{"art_4__para_2", "第四条第二款", "Article 4, para. 2"},
		{"art_2__para_2", "第二条第二款", "Article 2, para. 2"},
		{"art_7", "第七条", "Article 7"},
	}
	for _, tt := range tests {
		t.Run(tt.eid, func(t *testing.T) {
			n := doc.Node(tt.eid)
			if n == nil {
				t.Fatalf("no %s", tt.eid)
			}
			if have := cite.Label(n, "zh"); have != tt.zh {
				t.Errorf("zh: have %q, want %q", have, tt.zh)
			}
			if have := cite.Label(n, "en"); have != tt.en {
				t.Errorf("en: have %q, want %q", have, tt.en)
			}
		})
	}
}

// TestGotoChapterArticles: a chapter-qualified article goes to the article
// in that chapter where articles are numbered within each chapter (the
// parking measures' three 第一条), to the one article where they are
// numbered through the document (the regulation's), and to nothing where
// that chapter holds no such article; the number alone names every
// chapter's article, which the go-to lists. The forms: 第二章第一条,
// Chapter 2 Article 2, para. 2, 第二章第一节, 第二编第一章第四条.
func TestGotoChapterArticles(t *testing.T) {
	tests := []struct{ file, q, want, why string }{
		{"chapter-articles.txt", "第二章第一条", "chp_2__sec_1__art_1", ""},
		{"chapter-articles.txt", "第三章第一条", "chp_3__art_1", ""},
		{"chapter-articles.txt", "第一章第一条", "chp_1__art_1", ""},
		{"chapter-articles.txt", "Chapter 2 Article 2, para. 2", "chp_2__sec_1__art_2__para_2", ""},
		{"chapter-articles.txt", "第二章第二条第二款", "chp_2__sec_1__art_2__para_2", ""},
		{"chapter-articles.txt", "第二章第一节第二条", "chp_2__sec_1__art_2", ""},
		{"chapter-articles.txt", "第二章第一节", "chp_2__sec_1", ""},
		{"chapter-articles.txt", "第四章第一条", "", "nothing"},
		{"chapter-articles.txt", "第一条", "", "names 3 passages"},
		{"law-bian.txt", "第二编第一章第四条", "art_4", ""},
		{"law-bian.txt", "Chapter 1, Article 4 (2)", "art_4__item_2", ""},
		{"law-bian.txt", "第四条", "art_4", ""},
		{"law-bian.txt", "第二章第四条", "", "nothing"},
	}
	tables := map[string]cite.Table{}
	for _, tt := range tests {
		t.Run(tt.file+"/"+tt.q, func(t *testing.T) {
			tab, ok := tables[tt.file]
			if !ok {
				_, tab = readPlan(t, "testdata/plans/"+tt.file)
				tables[tt.file] = tab
			}
			have, why := resolve(tab, tt.q)
			if have != tt.want || tt.want == "" && !strings.Contains(why, tt.why) {
				t.Errorf("have %q (%s), want %q %s", have, why, tt.want, tt.why)
			}
		})
	}
}

// TestGotoTableRowAsItem: a row of a table that lists no projects is
// found as the table's item too (表1第2项, Table 1, item 2), as staff count
// a table's lines, and by its row as cited (表1第2行).
func TestGotoTableRowAsItem(t *testing.T) {
	text := "某规划\n\n一、发展目标\n\n表1 主要指标\n\t指标\n\t2020年\n\t2025年目标\n\t属性\n\n\t学前教育毛入园率（%）\n\t90\n\t95\n\t预期性\n\n\t高中阶段毛入学率（%）\n\t98\n\t99\n\t约束性\n"
	doc, err := parse.Parse("rows.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	tab := cite.NewTable(func(yield func(*plan.Node)) { doc.Walk(func(n *plan.Node) bool { yield(n); return true }) })
	want := ""
	doc.Walk(func(n *plan.Node) bool {
		if n.DataRow() && n.Ordinal == 2 {
			want = n.EID
		}
		return true
	})
	if want == "" {
		t.Fatal("no row 2")
	}
	for _, q := range []string{"表1第2项", "Table 1, item 2", "表1第2行", "Table 1, row 2"} {
		if have, why := resolve(tab, q); have != want {
			t.Errorf("%s: have %q (%s), want %s", q, have, why, want)
		}
	}
}
