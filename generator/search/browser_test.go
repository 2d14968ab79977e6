package search

import (
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"plansite/generator/cdp"
)

// The browser tests serve a small site under a sub-path (/plansite/) on
// localhost — the client scripts in assets/, the fixture indexes, a results
// page per language, the plan page with every passage's id, and the parity
// harness — and drive headless Chromium through package cdp.

const subPath = "/plansite/"

// site serves the test site folder under subPath.
type site struct{ srv *httptest.Server }

func serveSite(t *testing.T, dir string) *site {
	files := http.StripPrefix(strings.TrimSuffix(subPath, "/"), http.FileServer(http.Dir(dir)))
	s := &site{httptest.NewServer(files)}
	t.Cleanup(s.srv.Close)
	return s
}

// evalJSON evaluates an expression that returns JSON text and decodes it.
func evalJSON(t *testing.T, b *cdp.Browser, expr string, v any) {
	t.Helper()
	var s string
	must(t, b.Eval(expr, &s))
	if err := json.Unmarshal([]byte(s), v); err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// writeSite lays out the test site and returns its folder.
func writeSite(t *testing.T) string {
	dir := t.TempDir()
	writeIndexes(t, dir)
	for _, name := range []string{"search.js", "search-core.js", "search-index.js", "search.css"} {
		data, err := os.ReadFile(filepath.Join(templates, name))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, "assets", name), data)
	}
	harness, err := os.ReadFile("testdata/harness.html")
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "harness.html"), harness)
	for _, lang := range []string{ModeZh, ModeEn} {
		page := `<!doctype html><html lang="` + lang + `"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>search</title>
<link rel="stylesheet" href="../../assets/search.css">
<form action="./" method="get"><input type="search" name="q"></form>
<div id="search-results"><noscript>Search needs JavaScript.</noscript></div>
<script src="../../assets/search.js" data-root="../../" defer></script></html>`
		writeFile(t, filepath.Join(dir, lang, "search", "index.html"), []byte(page))
		doc := fixture.zh
		if lang == ModeEn {
			doc = fixture.en
		}
		var b strings.Builder
		fmt.Fprintf(&b, `<!doctype html><html lang="%s"><meta charset="utf-8"><title>plan</title>`+
			`<link rel="stylesheet" href="../../assets/search.css"><main>`, lang)
		for _, p := range doc.Passages {
			fmt.Fprintf(&b, "<section id=\"%s\"><h3>%s</h3><p>%s</p></section>\n", p.EID, html.EscapeString(p.Heading), html.EscapeString(p.Text))
		}
		b.WriteString(`</main><script src="../../assets/search.js" data-root="../../" defer></script></html>`)
		writeFile(t, filepath.Join(dir, lang, doc.Slug, "index.html"), []byte(b.String()))
	}
	return dir
}

// results lists what the results page shows.
const results = `JSON.stringify(Array.from(document.querySelectorAll('#search-results .search-result'), function (li) {
  return {href: li.querySelector('a').href, label: li.querySelector('.search-label').textContent,
    heading: (li.querySelector('.search-heading') || {}).textContent || '',
    marks: Array.from(li.querySelectorAll('mark'), function (m) { return m.textContent; })};
}))`

type shown struct {
	Href, Label, Heading string
	Marks                []string
}

// TestClientChromium runs the real client in headless Chromium: the results
// pages for 近视 and myopia, the highlighted passage a result leads to, and
// the parity queries through the harness, with their latency.
func TestClientChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	b := cdp.Start(t, 1000, 800)
	zichuanIndex(t)
	dir := writeSite(t)
	base := serveSite(t, dir).srv.URL + subPath
	for _, c := range []struct{ lang, q, label, mark string }{
		{ModeZh, "近视", "二（一）4", "近视"}, {ModeEn, "myopia", "II (1) 4", "myopia"},
	} {
		page := c.lang + "/search/?q=" + c.q
		must(t, b.Navigate(base+page))
		must(t, b.WaitFor(`document.getElementById('search-results').dataset.searchState === 'done'`))
		var links []shown
		var ms float64
		evalJSON(t, b, results, &links)
		must(t, b.Eval(`+document.getElementById('search-results').dataset.searchMs`, &ms))
		if len(links) == 0 {
			t.Fatalf("%s: no results", page)
		}
		first := links[0]
		if !strings.HasSuffix(first.Href, "#part_2__sec_1__item_4") || !strings.Contains(first.Href, subPath+c.lang+"/"+zichuan+"/?highlight=") ||
			first.Label != c.label || !slices.Contains(first.Marks, c.mark) {
			t.Errorf("%s: first result %+v", page, first)
		}
		t.Logf("%s: %d results, first %s %s, shown in %.0f ms (scripts and index loaded by the page)", page, len(links), first.Label, first.Heading, ms)

		must(t, b.Navigate(first.Href))
		must(t, b.WaitFor(`document.querySelector('#part_2__sec_1__item_4.search-target mark.search-hit')`))
		var hits []string
		evalJSON(t, b, `JSON.stringify(Array.from(document.querySelectorAll('mark.search-hit'), function (m) { return m.textContent; }))`, &hits)
		if !slices.Contains(hits, c.mark) {
			t.Errorf("arriving at %s: highlighted %q", first.Href, hits)
		}
	}

	qs := parityQueries(t)
	data, _ := json.Marshal(qs)
	writeFile(t, filepath.Join(dir, "queries.json"), data)
	must(t, b.Navigate(base+"harness.html"))
	must(t, b.WaitFor(`window.harness`))
	var res struct {
		Results [][]jsResult
		Cold    map[string]float64
		Warm    []float64
		Error   string
	}
	evalJSON(t, b, `JSON.stringify(window.harness)`, &res)
	if res.Error != "" {
		t.Fatal(res.Error)
	}
	compareRuns(t, qs, res.Results, nil)
	sort.Float64s(res.Warm)
	if n := len(res.Warm); n > 0 {
		t.Logf("query latency in Chromium: first query (manifest, shards, chunks loaded) zh %.1f ms, en %.1f ms; "+
			"%d further queries: median %.1f ms, p95 %.1f ms, max %.1f ms", res.Cold[ModeZh], res.Cold[ModeEn], n,
			res.Warm[n/2], res.Warm[n*95/100], res.Warm[n-1])
	}
}
