package site_test

import (
	"strings"
	"testing"

	"plansite/generator/internal/testproject"
	"plansite/generator/site"
)

// TestLibraryTopics: a plan the portal files under two categories
// (主题分类 工业、交通,商贸、海关) is listed under each, on its card and in
// the filters, with each category's English name; neither is one topic
// named by both.
func TestLibraryTopics(t *testing.T) {
	m := testproject.Map(t)
	works := string(m["content/works.yaml"].Data)
	const subject = "  subject:\n    zh: 教育\n    en: Education\n"
	if !strings.Contains(works, subject) {
		t.Fatal("the frozen works.yaml gives no subject as expected")
	}
	m["content/works.yaml"].Data = []byte(strings.Replace(works, subject, "  subject:\n    zh: 工业、交通,商贸、海关\n", 1))
	s, err := site.Build(m)
	if err != nil {
		t.Fatal(err)
	}
	const slug = "zichuan-education-2022"
	for _, c := range []struct{ lang, names string }{
		{"zh", "工业、交通；商贸、海关"},
		{"en", "Industry and transport; Commerce and customs"},
	} {
		home := c.lang + "/index.html"
		var found bool
		for _, cd := range cards(t, s, home) {
			if cd.Slug != slug {
				continue
			}
			found = true
			if have, want := cd.Facet["topic"], "industry-transport commerce-customs"; have != want {
				t.Errorf("%s: data-topic %q, want %q", home, have, want)
			}
			if !strings.Contains(cd.Text, c.names) {
				t.Errorf("%s: card %q does not name the topics %q", home, cd.Text, c.names)
			}
		}
		if !found {
			t.Fatalf("%s: no card of %s", home, slug)
		}
		for _, topic := range []string{"industry-transport", "commerce-customs"} {
			page := c.lang + "/plans/topic/" + topic + "/index.html"
			cs := cards(t, s, page)
			if len(cs) != 1 || cs[0].Slug != slug {
				t.Errorf("%s: cards %v, want the plan's", page, cs)
			}
		}
		if _, ok := s.Files[c.lang+"/plans/topic/gong-ye-jiao-tong-shang-mao-hai-guan/index.html"]; ok {
			t.Errorf("%s: a page for both categories as one topic", c.lang)
		}
	}
}

// TestLibraryTopicsInEnglish: the Beijing portal's levels below its
// categories (国民经济管理、国有资产监管/宏观经济 of the CPC committee's
// proposal, 劳动、人事、监察/人事工作 of the points-based hukou notice) are
// topics with English names, where the English library printed 宏观经济 and
// 人事工作 on the cards and filters and their pages sat at pinyin slugs
// (hong-guan-jing-ji, ren-shi-gong-zuo).
func TestLibraryTopicsInEnglish(t *testing.T) {
	m := testproject.Map(t)
	works := string(m["content/works.yaml"].Data)
	const subject = "  subject:\n    zh: 教育\n    en: Education\n"
	m["content/works.yaml"].Data = []byte(strings.Replace(works, subject, "  subject:\n    zh: 国民经济管理、国有资产监管/宏观经济,劳动、人事、监察/人事工作\n", 1))
	s, err := site.Build(m)
	if err != nil {
		t.Fatal(err)
	}
	for _, cd := range cards(t, s, "en/index.html") {
		if cd.Slug != "zichuan-education-2022" {
			continue
		}
		if have, want := cd.Facet["topic"], "macroeconomy personnel"; have != want {
			t.Errorf("data-topic %q, want %q", have, want)
		}
		if !strings.Contains(cd.Text, "Macroeconomy; Personnel") {
			t.Errorf("card %q does not name the topics in English", cd.Text)
		}
		return
	}
	t.Fatal("no card of zichuan-education-2022")
}
