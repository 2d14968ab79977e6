package site

import (
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"plansite/generator/cdp"
	"plansite/generator/search"
)

// TestLibrarySearchInBrowser searches the frozen library of 14 plans in
// headless Chromium, on the built site served under a sub-path: a query
// that hits two plans lists its results grouped by plan, the plans in the
// order of their best result; the plan filter keeps one plan's results,
// the issuer filter the results of that issuer's plans; a plan page's box
// lists its own plan's results first.
func TestLibrarySearchInBrowser(t *testing.T) {
	t.Parallel() // the slow tests run side by side (-parallel), overlapping their waits on Chromium
	if testing.Short() {
		t.Skip("browser test on a library of 14 plans")
	}
	if cdp.Binary() == "" {
		t.Skip("no Chromium installed")
	}
	_, docs, sharded, _ := libraryIndexes(t)
	ix, err := search.Open(sharded["zh"])
	if err != nil {
		t.Fatal(err)
	}
	// The query: the first of these whose results are in two plans or
	// more, and those plans in the order of their best result.
	q, plans := "", []string(nil)
	for _, c := range []string{"课后服务", "近视", "校外培训", "教育"} {
		a, err := ix.Query(c)
		if err != nil {
			t.Fatal(err)
		}
		var ps []string
		for _, r := range a.Results {
			if p := planOf(docs["zh"], r.Passage); !slices.Contains(ps, p) {
				ps = append(ps, p)
			}
		}
		if len(ps) >= 2 {
			q, plans = c, ps
			break
		}
	}
	if q == "" {
		t.Fatal("no query hits two plans of the library")
	}
	s := LibrarySite(t, libraryPlans)
	base := serveUnder(t, s.Files, searchSub)
	b := cdp.Start(t, 1280, 900)
	done := `document.getElementById('search-results').dataset.searchState === 'done'`
	groups := `JSON.stringify(Array.from(document.querySelectorAll('#search-results .search-plan'), function (g) { return g.dataset.plan; }))`
	hrefs := `JSON.stringify(Array.from(document.querySelectorAll('#search-results .search-result .search-link'), function (a) { return a.pathname; }))`

	// Across the library: grouped by plan.
	mustDo(t, b.Navigate(base+"zh/search/?q="+url.QueryEscape(q)))
	mustDo(t, b.WaitFor(done))
	var shown []string
	evalInto(t, b, groups, &shown)
	if len(shown) < 2 || !slices.Equal(shown, plans[:len(shown)]) {
		t.Errorf("%s: groups %v, want the plans in the order of their best result %v", q, shown, plans)
	}
	var status string
	mustDo(t, b.Eval(`document.querySelector('#search-results .search-status').textContent`, &status))
	if !strings.Contains(status, "个规划") {
		t.Errorf("%s: status %q does not say how many plans", q, status)
	}
	if dir := os.Getenv("PLANSITE_SHOTS"); dir != "" {
		mustDo(t, b.Screenshot(filepath.Join(dir, "library-search-zh.png")))
	}
	t.Logf("%s: %d plans' results shown, status %q", q, len(shown), status)

	// A result without a heading of its own (an article's 款) is named by
	// its label, not by its plan's title again under the group that names
	// the plan.
	mustDo(t, b.Navigate(base+"zh/search/?q="+url.QueryEscape("大数据中心")))
	mustDo(t, b.WaitFor(done))
	var named struct{ ByLabel, Repeated int }
	evalInto(t, b, `(function(){
		var n = {ByLabel: document.querySelectorAll('#search-results .search-by-label').length, Repeated: 0};
		document.querySelectorAll('#search-results .search-plan').forEach(function (g) {
			var title = g.querySelector('.search-plan-title').firstChild.textContent;
			g.querySelectorAll('.search-heading').forEach(function (h) { if (h.textContent === title) n.Repeated++; });
		});
		return JSON.stringify(n);
	})()`, &named)
	if named.ByLabel == 0 || named.Repeated > 0 {
		t.Errorf("大数据中心: %d results named by their label, %d headed by their plan's title again: want some and none", named.ByLabel, named.Repeated)
	}

	// A plan's group shows more of that plan's results on request, with a
	// button a finger can hit and an eye can read: the browser's default
	// (13 px text, 21 px high) was smaller than the results around it.
	mustDo(t, b.Navigate(base+"zh/search/?q="+url.QueryEscape("教育")))
	mustDo(t, b.WaitFor(done))
	var button struct{ Height, Font, Body float64 }
	evalInto(t, b, `(function(){
		var btn = document.querySelector('#search-results .search-more-plan');
		return JSON.stringify({Height: btn.getBoundingClientRect().height, Font: parseFloat(getComputedStyle(btn).fontSize), Body: parseFloat(getComputedStyle(document.body).fontSize)});
	})()`, &button)
	if button.Height < 32 || button.Font < 0.85*button.Body {
		t.Errorf("the more-results button is %.0f px high with %.1f px text (body %.1f px): want a 32 px target and text near the body's", button.Height, button.Font, button.Body)
	}
	var grew struct{ Before, After, Left int }
	evalInto(t, b, `(function(){
		var btn = document.querySelector('#search-results .search-more-plan'), g = btn.closest('.search-plan');
		var before = g.querySelectorAll('.search-result').length;
		btn.click();
		return new Promise(function (ok) {
			(function wait() {
				var after = g.querySelectorAll('.search-result').length;
				if (after > before) ok(JSON.stringify({Before: before, After: after, Left: parseInt(g.querySelector('.search-plan-count').textContent.replace(/\D/g, ''), 10) - before}));
				else setTimeout(wait, 50);
			})();
		});
	})()`, &grew)
	if grew.After != grew.Before+min(10, grew.Left) {
		t.Errorf("教育: a plan's group showed %d results, then %d after asking for more of %d left", grew.Before, grew.After, grew.Left)
	}
	t.Logf("教育: a plan's group showed %d results, %d after asking for more", grew.Before, grew.After)

	// The plan filter: the second plan's results only.
	want := plans[1]
	mustDo(t, b.Eval(`(function(){ var s = document.getElementById('search-plan'); s.value = '`+want+`'; s.dispatchEvent(new Event('change')); })()`, nil))
	mustDo(t, b.WaitFor(`new URLSearchParams(location.search).get('plan') === '`+want+`' && `+done))
	var paths []string
	evalInto(t, b, hrefs, &paths)
	if len(paths) == 0 {
		t.Fatalf("%s in %s: no results", q, want)
	}
	for _, p := range paths {
		if !strings.Contains(p, "/zh/"+want+"/") {
			t.Errorf("%s in %s: a result at %s", q, want, p)
		}
	}
	// One plan's results in a library still name their plan, as a group.
	evalInto(t, b, groups, &shown)
	if !slices.Equal(shown, []string{want}) {
		t.Errorf("%s in %s: groups %v, want the one plan's", q, want, shown)
	}
	var selected string
	mustDo(t, b.Eval(`document.getElementById('search-plan').value`, &selected))
	if selected != want {
		t.Errorf("after filtering, the plan filter shows %q, want %q", selected, want)
	}

	// The issuer filter: the first plan's issuer.
	var issuer string
	for _, d := range s.Docs {
		if d.Slug == plans[0] {
			issuer = d.Meta.Issuer
		}
	}
	if issuer != "" {
		mustDo(t, b.Navigate(base+"zh/search/?q="+url.QueryEscape(q)+"&issuer="+url.QueryEscape(issuer)))
		mustDo(t, b.WaitFor(done))
		evalInto(t, b, hrefs, &paths)
		keep := map[string]bool{}
		for _, d := range s.Docs {
			if d.Meta.Issuer == issuer {
				keep[d.Slug] = true
			}
		}
		if len(paths) == 0 {
			t.Errorf("%s by %s: no results", q, issuer)
		}
		for _, p := range paths {
			slug := strings.Split(strings.TrimPrefix(p, searchSub+"zh/"), "/")[0]
			if !keep[slug] {
				t.Errorf("%s by %s: a result of %s", q, issuer, slug)
			}
		}
	}

	// A plan page's box searches its plan first: the second plan's page.
	mustDo(t, b.Navigate(base+"zh/"+want+"/"))
	mustDo(t, b.Eval(`(function(){var i=document.getElementById('site-search-q'); i.focus(); i.value='`+q+`'; i.dispatchEvent(new Event('input'));})()`, nil))
	mustDo(t, b.WaitFor(`document.querySelector('.site-search .search-live:not([hidden]) .search-result')`))
	var first string
	mustDo(t, b.Eval(`document.querySelector('.site-search .search-live .search-result a').pathname`, &first))
	if !strings.Contains(first, "/zh/"+want+"/") {
		t.Errorf("%s from %s's box: first live result at %s, want its own plan's", q, want, first)
	}
}
