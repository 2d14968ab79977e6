package site_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/internal/library"
	"plansite/generator/site"
)

// clauseSeed is a 办法 whose article's second 款 opens a list of items
// (前款所称…包括：), which parse puts under that 款.
const clauseSeed = "某区公共设施管理办法\n\n第一条 为规范管理，制定本办法。\n\n第二条 本办法所称公共设施，是指政府投资建设的设施。\n" +
	"前款所称公共设施包括：\n（一）道路、桥梁；\n（二）公园、广场。\n公共设施由区政府统一管理。\n"

// TestClauseItemsShown: the items a 款 opens are on the plan page and on
// the article's and the 款's own pages, in both languages, after the 款
// and before the next one, each with its id.
func TestClauseItemsShown(t *testing.T) {
	fsys, err := library.Project(1)
	if err != nil {
		t.Fatal(err)
	}
	fsys["seeds/zichuan-facilities-2023.txt"] = &fstest.MapFile{Data: []byte(clauseSeed)}
	s, err := site.Build(fsys)
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"zh", "en"} {
		for _, p := range []string{"", "art_2/", "art_2__para_2/"} {
			name := lang + "/zichuan-facilities-2023/" + p + "index.html"
			html := page(t, s, name)
			at := func(s string) int { return strings.Index(html, s) }
			clause, item, next := at(`id="art_2__para_2"`), at(`id="art_2__para_2__item_2"`), at("公园、广场")
			if item < 0 || next < 0 || clause < 0 || item < clause {
				t.Errorf("%s: have 款 at %d, its item 2 at %d, its text at %d; want the item after the 款", name, clause, item, next)
			}
			if third := at(`id="art_2__para_3"`); p != "art_2__para_2/" && (third < 0 || third < next) {
				t.Errorf("%s: the third 款 at %d, want it after the items (%d)", name, third, next)
			}
		}
	}
}
