package site_test

import (
	"strings"
	"testing"

	"plansite/generator/cdp"
	"plansite/generator/internal/library"
)

// touchTargets are the controls and the lists of links a reader taps on a
// phone: the header's, the library's filters, order and each card's title
// and links, the search form and its buttons, breadcrumbs, a department's
// lists of tasks and the government filter, the go-to box, the citation's
// copy buttons, the print button, the contents and the footer's link. A
// link inside a sentence is exempt (WCAG 2.5.8), and so are a card's facts
// (issuer, topic, type, status), which the filters beside them repeat as
// targets of full size.
const touchTargets = `.site-header a:not(.skip), .site-header input, .site-header button, .lib-filters a, .lib-filters summary,
.lib-bar a, .plan-card h2 a, .plan-card .actions a, .search-form input, .search-form button, .search-form select,
.search-more, .search-more-plan, .breadcrumbs a, .dept-tasks a, .dept-part h4 a, .dept-part h5 a, .dept-plan-links a, .gov-filter a,
.goto input, .goto button, .cite-copy, .print-btn, .toc a, .site-footer a, .fold > summary`

// TestTouchTargets opens, on a phone 390 px wide, the pages a citizen and
// a staff member use, in both languages, and checks that every visible
// target of touchTargets is at least 44 px high and wide (Apple's and
// WCAG 2.5.5's size for a finger).
func TestTouchTargets(t *testing.T) {
	t.Parallel() // the slow tests run side by side (-parallel), overlapping their waits on Chromium
	if testing.Short() {
		t.Skip("browser test")
	}
	s := buildLibrary(t, library.Sources)
	srv := serve(t, s)
	b := cdp.Start(t, 390, 844)
	phone(t, b, 390)
	pages := []string{"/%s/", "/%s/plans/year/2022/", "/%s/search/?q=%E6%95%99%E8%82%B2", "/%s/zichuan-education-2022/",
		"/%s/zichuan-education-2022/part_2__sec_1__item_3/", "/%s/zichuan-education-2022/goto/",
		"/%s/departments/", "/%s/departments/ah-commerce-department/"}
	for _, lang := range []string{"zh", "en"} {
		for _, p := range pages {
			p = strings.Replace(p, "%s", lang, 1)
			t.Run(p, func(t *testing.T) {
				if err := b.Navigate(srv.URL + p); err != nil {
					t.Fatal(err)
				}
				if strings.Contains(p, "/search/") {
					if err := b.WaitFor(`document.querySelector('.search-result')`); err != nil {
						t.Fatal(err)
					}
				}
				var small []string
				if err := b.Eval(`[...document.querySelectorAll(`+"`"+touchTargets+"`"+`)].filter(function (e) {
					var r = e.getBoundingClientRect(), s = getComputedStyle(e);
					return r.width > 0 && r.height > 0 && s.visibility != 'hidden' && (r.height < 43.5 || r.width < 43.5);
				}).slice(0, 8).map(function (e) {
					var r = e.getBoundingClientRect();
					return e.tagName.toLowerCase() + '.' + e.className + ' "' + e.textContent.trim().slice(0, 16) + '" ' + Math.round(r.width) + '×' + Math.round(r.height);
				})`, &small); err != nil {
					t.Fatal(err)
				}
				if len(small) > 0 {
					t.Errorf("targets smaller than 44×44 px: %v", small)
				}
			})
		}
	}
}
