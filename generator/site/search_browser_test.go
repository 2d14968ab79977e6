package site

import (
	"encoding/json"
	"fmt"
	"mime"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path"
	"slices"
	"sort"
	"strings"
	"testing"

	"plansite/generator/cdp"
	"plansite/generator/search"
	"plansite/generator/view"
)

// The browser tests serve the built site under a sub-path, as a static
// host would (no server logic, no caching, so every page load is a first
// visit), and drive headless Chromium through package cdp.

const searchSub = "/sub/"

// serveUnder serves files under prefix, with no caching.
func serveUnder(t *testing.T, files map[string][]byte, prefix string) string {
	srv := httptest.NewServer(http.StripPrefix(strings.TrimSuffix(prefix, "/"), noStore(files)))
	t.Cleanup(srv.Close)
	return srv.URL + prefix
}

// noStore serves files as a static host does, telling the browser to keep
// nothing, so that every page load is a first visit.
func noStore(files map[string][]byte) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/")
		if name == "" || strings.HasSuffix(name, "/") {
			name += "index.html"
		}
		data, ok := files[name]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", mime.TypeByExtension(path.Ext(name)))
		w.Header().Set("Cache-Control", "no-store")
		w.Write(data)
	})
}

func mustDo(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func evalInto(t *testing.T, b *cdp.Browser, expr string, v any) {
	t.Helper()
	var s string
	mustDo(t, b.Eval(expr, &s))
	if err := json.Unmarshal([]byte(s), v); err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
}

// shownResults lists what the results page shows.
const shownResults = `JSON.stringify(Array.from(document.querySelectorAll('#search-results .search-result'), function (li) {
  return {href: li.querySelector('a').href, label: (li.querySelector('.search-label') || {}).textContent || '',
    marks: Array.from(li.querySelectorAll('mark'), function (m) { return m.textContent; })};
}))`

// fetchedFiles lists the site files the page loaded, relative to the site root.
const fetchedFiles = `JSON.stringify(performance.getEntriesByType('resource').map(function (e) { return new URL(e.name).pathname; }))`

type shownResult struct {
	Href, Label string
	Marks       []string
}

const healthTask = "part_2__sec_1__item_4"

// TestSearchInBrowser is the acceptance test on the real site,
// served under a sub-path: /zh/search/?q=近视 and /en/search/?q=myopia list
// the health task 二（一）4 first, its link lands on the passage with the
// terms highlighted; the search box of a plan page gives live results and
// submits to the results page; the language switch keeps the query. It
// logs what a first query downloads and how long queries take.
func TestSearchInBrowser(t *testing.T) {
	t.Parallel() // the slow tests run side by side (-parallel), overlapping their waits on Chromium
	if testing.Short() {
		t.Skip("browser test")
	}
	if cdp.Binary() == "" {
		t.Skip("no Chromium installed")
	}
	bld, _ := builtForSearch(t)
	base := serveUnder(t, bld.files, searchSub)
	b := cdp.Start(t, 1000, 800)

	for _, c := range []struct{ lang, q, label, mark string }{
		{"zh", "近视", "二（一）4", "近视"}, {"en", "myopia", "II (1) 4", "myopia"},
	} {
		page := base + SearchDir(c.lang) + "?q=" + url.QueryEscape(c.q)
		mustDo(t, b.Navigate(page))
		mustDo(t, b.WaitFor(`document.getElementById('search-results').dataset.searchState === 'done'`))
		var shown []shownResult
		evalInto(t, b, shownResults, &shown)
		if len(shown) == 0 {
			t.Fatalf("%s: no results", page)
		}
		first := shown[0]
		if !strings.HasSuffix(first.Href, "#"+healthTask) || !strings.Contains(first.Href, searchSub+c.lang+"/zichuan-education-2022/?highlight=") ||
			first.Label != c.label || !slices.Contains(first.Marks, c.mark) {
			t.Errorf("%s: first result %+v, want %s %s", page, first, c.label, healthTask)
		}
		var ms float64
		mustDo(t, b.Eval(`+document.getElementById('search-results').dataset.searchMs`, &ms))
		var fetched []string
		evalInto(t, b, fetchedFiles, &fetched)
		index, scripts := firstQueryBytes(t, bld.files, fetched)
		t.Logf("%s: %d results, first %s; shown %.0f ms after the page started it (scripts and index fetched, no cache); "+
			"fetched %s index + %s scripts gzip", c.q, len(shown), first.Label, ms, index, scripts)

		mustDo(t, b.Navigate(first.Href))
		mustDo(t, b.WaitFor(`document.querySelector('#`+healthTask+`.search-target mark.search-hit')`))
		var hits []string
		evalInto(t, b, `JSON.stringify(Array.from(document.querySelectorAll('mark.search-hit'), function (m) { return m.textContent; }))`, &hits)
		if !slices.Contains(hits, c.mark) {
			t.Errorf("arriving at %s: highlighted %q, want %q", first.Href, hits, c.mark)
		}
	}

	// The search box of a plan page: live results, then the results page.
	mustDo(t, b.Navigate(base+"zh/zichuan-education-2022/"))
	mustDo(t, b.Eval(`(function(){var i=document.getElementById('site-search-q'); i.focus(); i.value='家访'; i.dispatchEvent(new Event('input'));})()`, nil))
	mustDo(t, b.WaitFor(`document.querySelector('.site-search .search-live:not([hidden]) .search-result')`))
	if err := b.Eval(`document.getElementById('site-search-q').form.submit()`, nil); err != nil && !strings.Contains(err.Error(), "navigated") {
		t.Fatal(err)
	}
	mustDo(t, b.WaitFor(`location.pathname === '`+searchSub+`zh/search/' && document.getElementById('search-results').dataset.searchState === 'done'`))
	var n int
	mustDo(t, b.Eval(`document.querySelectorAll('#search-results .search-result').length`, &n))
	if n != 2 {
		t.Errorf("家访 from the plan page's box: %d results, want 2", n)
	}

	// The language switch keeps the query.
	if err := b.Eval(`document.querySelector('a[data-lang-switch]').click()`, nil); err != nil && !strings.Contains(err.Error(), "navigated") {
		t.Fatal(err)
	}
	mustDo(t, b.WaitFor(`location.pathname === '`+searchSub+`en/search/' && document.getElementById('search-results').dataset.searchState === 'done'`))
	var q string
	mustDo(t, b.Eval(`new URLSearchParams(location.search).get('q') + '|' + document.getElementById('search-q').value`, &q))
	if q != "家访|家访" {
		t.Errorf("after the language switch: query and box %q, want 家访|家访", q)
	}

	searchLatency(t, b, bld)
}

// firstQueryBytes sums the gzip size of the search files a page fetched:
// the index files and the client scripts (the stylesheets come with
// every page).
func firstQueryBytes(t *testing.T, files map[string][]byte, fetched []string) (index, scripts kbytes) {
	for _, p := range fetched {
		name, ours := strings.CutPrefix(p, searchSub)
		if !ours {
			continue // the browser's own requests: /favicon.ico
		}
		data, ok := files[name]
		if !ok {
			t.Errorf("the page fetched %s, which the site lacks", p)
			continue
		}
		switch {
		case strings.Contains(name, "/search/"):
			index += kbytes(search.GzipSize(data))
		case strings.HasPrefix(name, "assets/search") && strings.HasSuffix(name, ".js"):
			scripts += kbytes(search.GzipSize(data))
		}
	}
	return index, scripts
}

type kbytes int

func (k kbytes) String() string { return fmt.Sprintf("%.1f KB", float64(k)/1000) }

// searchLatency runs the quality queries of each language in the page's
// own client, once to load what they need and once more, and logs the
// times of both passes.
func searchLatency(t *testing.T, b *cdp.Browser, bld *builder) {
	cases := loadQualityCases(t)
	for _, lang := range view.Langs() {
		var qs []string
		for _, c := range cases {
			if c.Lang == lang {
				qs = append(qs, c.Q)
			}
		}
		data, _ := json.Marshal(qs)
		var times struct{ Open, First, Again []float64 }
		evalInto(t, b, `(async function(){
			var load = function (u) { return fetch(u).then(function (r) { return r.json(); }); };
			var qs = `+string(data)+`, out = {Open: [], First: [], Again: []}, t0 = performance.now();
			var ix = await PlansiteSearchIndex.open(new URL('../../`+lang+`/search/', location.href).href, load);
			out.Open.push(performance.now() - t0);
			for (var pass = 0; pass < 2; pass++) for (var i = 0; i < qs.length; i++) {
				t0 = performance.now();
				await ix.search(qs[i]);
				(pass ? out.Again : out.First).push(performance.now() - t0);
			}
			return JSON.stringify(out);
		})()`, &times)
		med := func(xs []float64) (float64, float64) {
			sort.Float64s(xs)
			return xs[len(xs)/2], xs[len(xs)-1]
		}
		m1, x1 := med(times.First)
		m2, x2 := med(times.Again)
		t.Logf("%s latency in Chromium, %d quality queries: manifest opened in %.1f ms; first time (fetching shards and chunks) median %.1f ms, max %.1f ms; again median %.1f ms, max %.1f ms",
			lang, len(qs), times.Open[0], m1, x1, m2, x2)
	}
}
