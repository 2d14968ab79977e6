package site_test

import (
	"slices"
	"strings"
	"testing"

	"plansite/generator/cdp"
	"plansite/generator/internal/library"
)

// TestLibraryFilterBrowser filters the 14-plan library by issuer and by
// year in a browser, with script (in place, several filters at once, from
// the home page and from a filter page, which takes the other cards from
// the home page) and without (following the same links to their pages),
// and checks the cards a reader sees.
func TestLibraryFilterBrowser(t *testing.T) {
	t.Parallel() // the slow tests run side by side (-parallel), overlapping their waits on Chromium
	if testing.Short() {
		t.Skip("browser test")
	}
	s := buildLibrary(t, library.Sources)
	srv := serve(t, s)
	b := cdp.Start(t, 1280, 900)
	year2022 := []string{"anhua-realestate-2022", "anhui-rcep-2022", "mingxi-realestate-2022", "zichuan-education-2022"}

	// shown is the slugs of the cards on screen, sorted.
	shown := func(t *testing.T) []string {
		t.Helper()
		var slugs []string
		err := b.Eval(`[...document.querySelectorAll('[data-lib-list] > li')].filter(li => !li.hidden && li.offsetParent !== null)
			.map(li => li.querySelector('h2 a').getAttribute('href').replace(/\/$/, '').split('/').pop())`, &slugs)
		if err != nil {
			t.Fatal(err)
		}
		slices.Sort(slugs)
		return slugs
	}
	// click clicks the filter link of facet and value in the filters.
	click := func(t *testing.T, facet, value string) {
		t.Helper()
		var ok bool
		if err := b.Eval(`(function () { var a = document.querySelector('[data-facet-group] a[data-facet="`+facet+`"][data-value="`+value+`"]');
			if (!a) return false; a.click(); return true; })()`, &ok); err != nil || !ok {
			t.Fatalf("no filter link %s=%s (%v)", facet, value, err)
		}
	}
	expect := func(t *testing.T, what string, want []string) {
		t.Helper()
		slices.Sort(want)
		if have := shown(t); !slices.Equal(have, want) {
			t.Errorf("%s: cards shown %v, want %v", what, have, want)
		}
	}
	address := func(t *testing.T) string {
		t.Helper()
		var u string
		if err := b.Eval(`location.pathname + location.search`, &u); err != nil {
			t.Fatal(err)
		}
		return u
	}

	t.Run("script", func(t *testing.T) {
		must(t, b.Navigate(srv.URL+"/zh/"))
		must(t, b.WaitFor(`document.querySelector('[data-library][data-ready]')`))
		if have := len(shown(t)); have != library.Sources {
			t.Fatalf("home shows %d cards, want %d", have, library.Sources)
		}
		click(t, "issuer", "zichuan-government")
		expect(t, "issuer 淄川区人民政府", []string{"zichuan-education-2022"})
		if u := address(t); u != "/zh/plans/issuer/zichuan-government/" {
			t.Errorf("address after one filter: %s, want its page's", u)
		}
		click(t, "issuer", "zichuan-government") // off again
		click(t, "year", "2022")
		expect(t, "year 2022", year2022)
		if u := address(t); u != "/zh/plans/year/2022/" {
			t.Errorf("address: %s, want /zh/plans/year/2022/", u)
		}
		click(t, "issuer", "anhua-government-office")
		expect(t, "year 2022 and 安化县人民政府办公室", []string{"anhua-realestate-2022"})
		if u := address(t); !strings.Contains(u, "year=2022") || !strings.Contains(u, "issuer=anhua-government-office") {
			t.Errorf("address of two filters: %s", u)
		}
		var heading string
		must(t, b.Eval(`document.querySelector('h1').textContent`, &heading))
		if !strings.Contains(heading, "2022") || !strings.Contains(heading, "安化县") {
			t.Errorf("heading %q names not both filters", heading)
		}
		// Back goes to the year alone.
		must(t, b.Eval(`history.back()`, nil))
		must(t, b.WaitFor(`location.search === ''`))
		expect(t, "back to year 2022", year2022)
		// A card's own link still leads to its plan: links were made absolute.
		var href string
		must(t, b.Eval(`document.querySelector('[data-lib-list] > li:not([hidden]) h2 a').href`, &href))
		if !strings.HasPrefix(href, srv.URL+"/zh/") || strings.Contains(href, "/plans/") {
			t.Errorf("a card's title link is %s after filtering", href)
		}
	})

	t.Run("script from a filter page", func(t *testing.T) {
		must(t, b.Navigate(srv.URL+"/zh/plans/year/2022/"))
		must(t, b.WaitFor(`document.querySelector('[data-library][data-ready]')`))
		expect(t, "year page", year2022)
		var total int
		must(t, b.Eval(`document.querySelectorAll('[data-lib-list] > li').length`, &total))
		if total != library.Sources {
			t.Errorf("the year page holds %d cards once the script has run, want all %d", total, library.Sources)
		}
		click(t, "year", "2022") // off: every plan
		expect(t, "no filter", slugsOf(cards(t, s, "zh/index.html")))
		click(t, "issuer", "zichuan-government")
		expect(t, "issuer", []string{"zichuan-education-2022"})
	})

	t.Run("English", func(t *testing.T) {
		must(t, b.Navigate(srv.URL+"/en/"))
		must(t, b.WaitFor(`document.querySelector('[data-library][data-ready]')`))
		click(t, "year", "2022")
		click(t, "issuer", "zichuan-government")
		expect(t, "English, 2022 and Zichuan", []string{"zichuan-education-2022"})
		var sw string
		must(t, b.Eval(`document.querySelector('a[data-lang-switch]').href`, &sw))
		if !strings.HasPrefix(sw, srv.URL+"/zh/?") || !strings.Contains(sw, "year=2022") {
			t.Errorf("the language switch leads to %s, want the Chinese library with the same filters", sw)
		}
	})

	t.Run("phone", func(t *testing.T) {
		must(t, b.Call("Emulation.setDeviceMetricsOverride", map[string]any{
			"width": 320, "height": 700, "deviceScaleFactor": 2, "mobile": true,
		}, nil))
		defer b.Call("Emulation.clearDeviceMetricsOverride", nil, nil)
		for _, p := range []string{"/zh/", "/en/", "/en/plans/year/2022/"} {
			must(t, b.Navigate(srv.URL+p))
			must(t, b.WaitFor(`document.querySelector('[data-library][data-ready]')`))
			var have struct {
				Folded       bool
				Scroll, View int
			}
			// Folded so that the plans come first; open, no wider than the screen.
			must(t, b.Eval(`(function () { var d = document.querySelector('.lib-filters'), folded = !d.open; d.open = true;
				return {Folded: folded, Scroll: document.documentElement.scrollWidth, View: innerWidth}; })()`, &have))
			if !have.Folded || have.Scroll > have.View {
				t.Errorf("%s at 320 px: filters folded %v; page %d px wide", p, have.Folded, have.Scroll)
			}
		}
	})

	t.Run("without script", func(t *testing.T) {
		must(t, b.Call("Emulation.setScriptExecutionDisabled", map[string]any{"value": true}, nil))
		defer b.Call("Emulation.setScriptExecutionDisabled", map[string]any{"value": false}, nil)
		must(t, b.Navigate(srv.URL+"/zh/"))
		follow := func(t *testing.T, facet, value, want string) {
			t.Helper()
			click(t, facet, value)
			must(t, b.WaitFor(`location.pathname === '`+want+`' && document.readyState === 'complete'`))
		}
		follow(t, "issuer", "zichuan-government", "/zh/plans/issuer/zichuan-government/")
		expect(t, "issuer page", []string{"zichuan-education-2022"})
		follow(t, "year", "2022", "/zh/plans/year/2022/")
		expect(t, "year page", year2022)
		var ready bool
		must(t, b.Eval(`document.querySelector('[data-library]').hasAttribute('data-ready')`, &ready))
		if ready {
			t.Error("the library script ran with script disabled")
		}
		// The order by title is a page too.
		var next string
		must(t, b.Eval(`document.querySelector('a[data-sort="title"]').getAttribute('href')`, &next))
		if next != "by-title/" {
			t.Errorf("the year page's order-by-title link is %q, want by-title/", next)
		}
	})
}
