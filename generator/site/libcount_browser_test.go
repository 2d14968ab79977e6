package site_test

import (
	"testing"

	"plansite/generator/cdp"
	"plansite/generator/internal/library"
)

// TestLibraryCountsWhole: on a phone, a filter's count of plans stays on
// one line beside its name. A long issuer's name (Anhui Provincial
// Inter-Departmental Joint Meeting for …) took the pill's width and its
// count, which its link lets break anywhere, stood as "(", "1", ")" on
// three lines, on 43 of the English filters of a 56-plan library.
func TestLibraryCountsWhole(t *testing.T) {
	t.Parallel() // the slow tests run side by side (-parallel), overlapping their waits on Chromium
	if testing.Short() {
		t.Skip("browser test")
	}
	s := buildLibrary(t, library.Sources)
	srv := serve(t, s)
	b := cdp.Start(t, 390, 844)
	phone(t, b, 390)
	for _, lang := range []string{"en", "zh"} {
		t.Run(lang, func(t *testing.T) {
			must(t, b.Navigate(srv.URL+"/"+lang+"/"))
			var broken []string
			if err := b.Eval(`(function () {
				document.querySelector('.lib-filters').open = true;
				return [...document.querySelectorAll('.lib-count')].filter(function (e) {
					return e.getClientRects().length > 1 || e.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(e).lineHeight);
				}).map(function (e) { return e.parentNode.textContent.trim(); });
			})()`, &broken); err != nil {
				t.Fatal(err)
			}
			if len(broken) > 0 {
				t.Errorf("%d counts broken over lines, as %q", len(broken), broken[0])
			}
		})
	}
}

// TestLibraryFilterPagePlansFirst: on a phone without script, which cannot
// fold the filters, a filter page (the plans of 2022) shows its plans
// before the filters, where its first card stood below every issuer's,
// year's, topic's and type's link; with script the folded filters stay on
// top, and the home page keeps its filters first.
func TestLibraryFilterPagePlansFirst(t *testing.T) {
	t.Parallel() // the slow tests run side by side (-parallel), overlapping their waits on Chromium
	if testing.Short() {
		t.Skip("browser test")
	}
	s := buildLibrary(t, library.Sources)
	srv := serve(t, s)
	b := cdp.Start(t, 390, 844)
	phone(t, b, 390)
	plansFirst := func(t *testing.T, path string, script bool) bool {
		t.Helper()
		must(t, b.Navigate(srv.URL+path))
		if script {
			// library.js marks the page once it has run: on a loaded
			// machine the measure could come before it (a failure of the
			// full suite under load).
			must(t, b.WaitFor(`document.documentElement.classList.contains('js-library')`))
		}
		var first bool
		// The first card shown: with script the list holds the home
		// page's cards, those of other years hidden.
		if err := b.Eval(`[...document.querySelectorAll('[data-lib-list] > li')].find(function (e) { return e.getClientRects().length > 0; }).getBoundingClientRect().top < document.querySelector('.lib-filters').getBoundingClientRect().top`, &first); err != nil {
			t.Fatal(err)
		}
		return first
	}
	must(t, b.Call("Emulation.setScriptExecutionDisabled", map[string]any{"value": true}, nil))
	for _, lang := range []string{"zh", "en"} {
		if !plansFirst(t, "/"+lang+"/plans/year/2022/", false) {
			t.Errorf("%s: without script, the filter page shows its filters before its plans", lang)
		}
		if plansFirst(t, "/"+lang+"/", false) {
			t.Errorf("%s: without script, the home page shows its plans before its filters", lang)
		}
	}
	must(t, b.Call("Emulation.setScriptExecutionDisabled", map[string]any{"value": false}, nil))
	if plansFirst(t, "/zh/plans/year/2022/", true) {
		t.Errorf("with script, the filter page shows its plans before its folded filters")
	}
}
