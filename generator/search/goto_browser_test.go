package search

import (
	"path/filepath"
	"testing"

	"plansite/generator/cdp"
)

// TestClientGotoMore: in a library where seven plans have Part III (2),
// the box lists five, the translated plan first, says in how many plans
// the label is and links to the results page, which lists five, the other
// two when asked, and, of the text, only the passage quoting the label.
func TestClientGotoMore(t *testing.T) {
	b := cdp.Start(t, 1000, 800)
	zichuanIndex(t)
	dir := writeSite(t)
	// The "gotolib" index (goto_test.go), searched from its own folder.
	writeFile(t, filepath.Join(dir, "gotolib", "search", "index.html"), []byte(`<!doctype html><html lang="en"><meta charset="utf-8"><title>search</title>
<link rel="stylesheet" href="../../assets/search.css">
<form action="./" method="get"><input type="search" name="q"></form>
<div id="search-results"></div>
<script src="../../assets/search.js" data-root="../../" data-lang="en" data-index="./" defer></script></html>`))
	base := serveSite(t, dir).srv.URL + subPath
	const box = `document.querySelector('input[type=search][name=q]')`
	must(t, b.Navigate(base+"gotolib/search/"))
	must(t, b.WaitFor(box))
	must(t, b.Eval(box+`.focus()`, nil))
	must(t, b.Call("Input.insertText", map[string]any{"text": "Part III (2)"}, nil))
	must(t, b.WaitFor(`document.querySelector('.search-live:not([hidden]) [role=option]')`))
	var live struct {
		Gotos int
		First string
		More  string
		Href  string
	}
	evalJSON(t, b, `JSON.stringify({gotos: document.querySelectorAll('.search-live .search-goto').length,
	  first: document.querySelector('.search-live .search-goto .search-plan-tag').textContent,
	  more: (document.querySelector('.search-live .search-goto-more') || {}).textContent || '',
	  href: (document.querySelector('.search-live .search-goto-more a') || {}).href || ''})`, &live)
	if live.Gotos != 5 || live.First != "Plan p7" || live.More != "“Part III (2)” is in 7 plans; 2 more" {
		t.Errorf("box: %d passages, first in %q, then %q; want 5, the translated Plan p7 first, and “Part III (2)” is in 7 plans; 2 more", live.Gotos, live.First, live.More)
	}
	if live.Href == "" {
		t.Fatal("box: no link to the rest")
	}
	must(t, b.Navigate(live.Href))
	must(t, b.WaitFor(`document.getElementById('search-results').dataset.searchState === 'done'`))
	var page struct {
		Gotos, Results int
		Count          string
	}
	evalJSON(t, b, `JSON.stringify({gotos: document.querySelectorAll('.search-gotos .search-goto').length,
	  results: document.querySelectorAll('#search-results .search-result').length,
	  count: (document.querySelector('.search-goto-count') || {}).textContent || ''})`, &page)
	// The page reads the first five passages' files, one per plan, and
	// the rest when asked (a label in 22 plans read 22 files).
	if page.Gotos != 5 || page.Results != 1 || page.Count != "“Part III (2)” is in 7 plans" {
		t.Errorf("results page: %d passages named, %d text results, %q; want 5, 1 (p4's quoting the label), “Part III (2)” is in 7 plans", page.Gotos, page.Results, page.Count)
	}
	must(t, b.Eval(`document.querySelector('.search-more-gotos').click()`, nil))
	must(t, b.WaitFor(`document.querySelectorAll('.search-gotos .search-goto').length === 7 && !document.querySelector('.search-more-gotos')`))
	shot(t, b, "goto-more-en.png")
}
