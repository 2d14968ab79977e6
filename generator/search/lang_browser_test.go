package search

import (
	"path/filepath"
	"strings"
	"testing"

	"plansite/generator/cdp"
)

// TestClientChineseMarked: on an English results page, a plan not yet
// translated shows its Chinese title, headings and text, each marked
// zh-Hans for screen readers, apart from the English around them (its
// note, the labels, the page's own words).
func TestClientChineseMarked(t *testing.T) {
	b := cdp.Start(t, 1000, 800)
	dir := writeSite(t)
	docs := []Doc{
		{Slug: "one", Title: "Urban Drainage Plan", URL: "en/one/", Passages: []Passage{
			{EID: "part_1", Kind: "part", Label: "Part I", Heading: "Flood control", Text: "Build levees for 防洪 works."},
		}},
		{Slug: "two", Title: "城市内涝治理规划", Note: "Mou Zheng Fa [2021] No. 1", URL: "en/two/", Untranslated: true, Passages: []Passage{
			{EID: "part_1", Kind: "part", Label: "Part I", Heading: "完善防洪排涝体系", Text: "提升城市防洪能力，建设排涝泵站。"},
		}},
		// A note that is an issuer without an English name is Chinese too.
		{Slug: "three", Title: "城市内涝治理规划", Note: "某县防汛办", URL: "en/three/", Untranslated: true, Passages: []Passage{
			{EID: "part_1", Kind: "part", Label: "Part I", Heading: "防洪工程", Text: "建设防洪堤。"},
		}},
	}
	files, _, err := Build(docs, ModeEn, Options{SkipGzip: true})
	must(t, err)
	for name, data := range files {
		writeFile(t, filepath.Join(dir, "utlib", "search", name), data)
	}
	writeFile(t, filepath.Join(dir, "utlib", "search", "index.html"), []byte(`<!doctype html><html lang="en"><meta charset="utf-8"><title>search</title>
<link rel="stylesheet" href="../../assets/search.css">
<form action="./" method="get"><input type="search" name="q"></form>
<div id="search-results"></div>
<script src="../../assets/search.js" data-root="../../" data-lang="en" data-index="./" defer></script></html>`))
	base := serveSite(t, dir).srv.URL + subPath
	must(t, b.Navigate(base+"utlib/search/?q=%E9%98%B2%E6%B4%AA")) // 防洪
	must(t, b.WaitFor(`document.getElementById('search-results').dataset.searchState === 'done'`))
	var marks []struct{ Cls, Text, Lang string }
	evalJSON(t, b, `JSON.stringify(Array.from(document.querySelectorAll('#search-results [data-plan="two"] :is(.search-plan-title a, .search-plan-note, .search-label, .search-heading, .search-snippet)'),
	  function (e) { return {cls: e.className, text: e.textContent, lang: e.lang}; }))`, &marks)
	want := map[string]string{"": "zh-Hans", "search-plan-note": "", "search-label": "", "search-heading": "zh-Hans", "search-snippet": "zh-Hans"}
	if len(marks) < 5 {
		t.Fatalf("the untranslated plan's group shows %+v, want its title, note, label, heading and snippet", marks)
	}
	for _, m := range marks {
		if m.Lang != want[m.Cls] {
			t.Errorf("%s %q: lang %q, want %q", m.Cls, m.Text, m.Lang, want[m.Cls])
		}
	}
	var note string
	evalJSON(t, b, `JSON.stringify((document.querySelector('#search-results [data-plan="three"] .search-plan-note') || {}).lang || 'none')`, &note)
	if note != "zh-Hans" {
		t.Errorf("the Chinese note 某县防汛办: lang %q, want zh-Hans", note)
	}
	var english []string
	evalJSON(t, b, `JSON.stringify(Array.from(document.querySelectorAll('#search-results [data-plan="one"] [lang]'), function (e) { return e.textContent; }))`, &english)
	if len(english) != 0 {
		t.Errorf("the English plan's group marks %q as another language", english)
	}
}

// TestClientGlossaryMarked: an English query that finds a passage not yet
// translated through the glossary ("flood" → 防洪) marks the Chinese it
// found in the result's heading and snippet, and the result's link
// carries it to the passage (highlight-zh), which marks it there too.
func TestClientGlossaryMarked(t *testing.T) {
	b := cdp.Start(t, 1000, 800)
	dir := writeSite(t)
	docs := []Doc{{Slug: "two", Title: "城市内涝治理规划", URL: "en/two/", Untranslated: true, Passages: []Passage{
		{EID: "part_1", Kind: "part", Label: "Part I", Heading: "完善防洪排涝体系", Text: "提升城市防洪能力，建设排涝泵站。"},
	}}}
	gloss := []Term{{Zh: "防洪", En: "flood control"}}
	files, _, err := Build(docs, ModeEn, Options{SkipGzip: true, Glossary: gloss})
	must(t, err)
	for name, data := range files {
		writeFile(t, filepath.Join(dir, "gloss", "search", name), data)
	}
	page := `<!doctype html><html lang="en"><meta charset="utf-8"><title>search</title>
<form action="./" method="get"><input type="search" name="q"></form>
<div id="search-results"></div><main><section id="part_1"><h2>完善防洪排涝体系</h2><p>提升城市防洪能力。</p></section></main>
<script src="../../assets/search.js" data-root="../../" data-lang="en" data-index="./" defer></script></html>`
	writeFile(t, filepath.Join(dir, "gloss", "search", "index.html"), []byte(page))
	base := serveSite(t, dir).srv.URL + subPath
	must(t, b.Navigate(base+"gloss/search/?q=flood"))
	must(t, b.WaitFor(`document.getElementById('search-results').dataset.searchState === 'done'`))
	var got struct {
		Marks []string
		Href  string
	}
	evalJSON(t, b, `JSON.stringify({marks: Array.from(document.querySelectorAll('#search-results .search-result mark'), function (m) { return m.textContent; }),
	  href: (document.querySelector('#search-results .search-result a') || {}).href || ''})`, &got)
	if len(got.Marks) != 2 || got.Marks[0] != "防洪" || got.Marks[1] != "防洪" {
		t.Errorf("the result marks %q, want 防洪 in its heading and snippet", got.Marks)
	}
	if !strings.Contains(got.Href, "highlight-zh=%E9%98%B2%E6%B4%AA") {
		t.Errorf("the result links %s, without highlight-zh=防洪", got.Href)
	}
	// Arriving at the passage: the page marks what the query found.
	must(t, b.Navigate(base+"gloss/search/?highlight=flood&highlight-zh=%E9%98%B2%E6%B4%AA#part_1"))
	must(t, b.WaitFor(`document.querySelectorAll('#part_1 mark.search-hit').length > 0`))
}
