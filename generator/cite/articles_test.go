package cite_test

import (
	"testing"

	"plansite/generator/cite"
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
